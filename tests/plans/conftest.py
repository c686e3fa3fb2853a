"""Fixtures for the plan reader tests: the five seeds, read once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from plan_seeds import SEED_FILES

from reformrules.plans import Plan, read_plan


@pytest.fixture(scope="session")
def seed_path(seeds_dir: Path):
    """``seed_path("000")``: the path of a seed plan (a missing seed fails the test)."""
    def path(seed: str) -> Path:
        found = seeds_dir / SEED_FILES[seed]
        if not found.is_file():
            pytest.fail(f"seed plan missing: {found}")
        return found
    return path


@pytest.fixture(scope="session")
def seed_plan(seed_path):
    """``seed_plan("000")``: the seed read by ``read_plan``, cached for the session."""
    cache: dict[str, Plan] = {}

    def plan(seed: str) -> Plan:
        if seed not in cache:
            cache[seed] = read_plan(seed_path(seed))
        return cache[seed]
    return plan
