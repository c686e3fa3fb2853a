"""Every examples/*.py runs to completion and prints something."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.py"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_runs(path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(path.parent.parent)
    monkeypatch.setattr(sys, "argv", [str(path)])
    runpy.run_path(str(path), run_name="__main__")
    assert capsys.readouterr().out.strip(), f"{path.name} printed nothing"


def test_deadline_example_shows_rules_and_refusals(capsys, monkeypatch) -> None:
    path = next(p for p in EXAMPLES if p.name == "00_deadline_phrases.py")
    monkeypatch.setattr(sys, "argv", [str(path)])
    runpy.run_path(str(path), run_name="__main__")
    out = capsys.readouterr().out
    assert "by 2018Q3" in out and "+30d after issued" in out and "2018-01-29" in out and "deadline.unparsed" in out
