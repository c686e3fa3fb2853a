"""Docs execute: README.md and docs/*.md python blocks run; diagnostic codes equal doc headings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reformrules.diagnostics import Code

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_python_blocks_run(path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict = {"__name__": f"doc_{path.stem}"}
    for number, block in enumerate(BLOCK.findall(path.read_text(encoding="utf-8")), start=1):
        try:
            exec(compile(block, f"{path.name}[block {number}]", "exec"), namespace)
        except Exception as exc:  # name the block in the failure
            raise AssertionError(f"{path.name} python block {number} failed: {exc!r}") from exc


def test_readme_exists_with_python_blocks() -> None:
    assert BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def test_every_code_has_exactly_one_heading() -> None:
    text = (ROOT / "docs" / "diagnostics.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## ([a-z_]+\.[a-z_]+)\s*$", text, re.M)
    assert sorted(headings) == sorted(set(headings)), "a code is documented twice"
    assert set(headings) == {c.value for c in Code}
