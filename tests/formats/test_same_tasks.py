"""Each plan reads to the same tasks from its .docx, .html and .pdf as from its text version.

Compared per task: id, deadline, lead, coordinators and product (the fields status reports and
exports are built from). The native files were written from the text versions by
tests/formats/make_fixtures.py with python-docx and LibreOffice.
"""

from __future__ import annotations

import pytest

from format_files import FIXTURES, need

need("docx")
need("lxml")
need("pypdfium2")

from reformrules import read_plan  # noqa: E402

TEXT = {"seed_001": "seed_001.txt", "seed_002": "seed_002.txt", "seed_004": "seed_004.txt",
        "dongthap_552": "dongthap_552.md", "hanoi_308": "hanoi_308.md"}
NATIVE = [(plan, fmt) for plan in TEXT for fmt in ("docx", "html", "pdf")] + [
    ("seed_004", "lo.docx"), ("hanoi_308", "lo.docx")]


def _fields(plan) -> list[tuple]:
    rows = []
    for task in plan.tasks:
        assignment = task.assignment
        rows.append((task.id, str(task.deadline) if task.deadline else None,
                     tuple(m.name for m in assignment.lead) if assignment else (),
                     tuple(m.name for m in assignment.coordinators) if assignment else (),
                     " ".join(task.product.text.split()) if task.product is not None else None))
    return rows


_TEXT_READS: dict[str, list[tuple]] = {}


def _text(plan: str) -> list[tuple]:
    if plan not in _TEXT_READS:
        _TEXT_READS[plan] = _fields(read_plan(FIXTURES / TEXT[plan]))
    return _TEXT_READS[plan]


@pytest.mark.parametrize("plan, fmt", NATIVE, ids=[f"{p}.{f}" for p, f in NATIVE])
def test_same_tasks_as_the_text(plan: str, fmt: str) -> None:
    expected = _text(plan)
    assert expected, "the text version yields tasks"
    native = read_plan(FIXTURES / f"{plan}.{fmt}")
    assert _fields(native) == expected
    if native.layout != "body_only":  # the tables came from the file's own structure, not from its written text
        assert native.layout == f"{fmt.split('.')[-1]}_table"
    assert native.number == read_plan(FIXTURES / TEXT[plan]).number
