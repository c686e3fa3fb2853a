"""Helpers of tests/formats: the checked-in .docx/.html/.pdf fixtures and the skip for a missing extra."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def need(module: str) -> None:
    """Skip when the optional 'formats' extra is not installed (the test extra installs it)."""
    pytest.importorskip(module, reason=f"{module} is not installed (pip install 'reformrules[formats]')")
