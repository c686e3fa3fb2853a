"""No silent loss by cell (issue 17): every cell of every table the reader meets has one ``CellUse``
(``plan.cells``) with its column role and the task it went to, or why it went to none; a cell with
text that nothing is read from is named by a diagnostic the plan carries.

The invariants are checked over the seeds and every corpus copy in examples/corpus/ (the corpus
goldens' plans among them), and over generated tables.
"""

from __future__ import annotations

import collections
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reformrules import read_plan
from reformrules.document.text import read_text_document
from reformrules.plans import CellFate, Plan

ROOT = Path(__file__).resolve().parents[1]
PLANS = sorted((ROOT / "examples" / "plans").glob("*.txt")) + sorted(
    p for p in (ROOT / "examples" / "corpus").glob("*.md") if p.name != "README.md")
SEED_001 = ROOT / "examples" / "plans" / "001_e222448dd8226e4d.txt"
SEED_002 = ROOT / "examples" / "plans" / "002_114c0549c9d7b341.txt"
NOTHING_READ = (CellFate.UNUSED, CellFate.UNREAD, CellFate.SKIPPED)
IN_A_COLUMN = (CellFate.READ, CellFate.KEPT, CellFate.UNUSED, CellFate.HEADER)  # a group row's cells are its title


def _document_cells(plan: Plan) -> list[tuple[int | None, int | None, int | None]]:
    """The address of every cell of every table of the plan's file, as the document model reads it."""
    document = read_text_document(plan.source)
    return [(c.text.address.table, c.text.address.row, c.text.address.column)
            for block in document.blocks if block.table is not None
            for row in block.table.rows for c in row.cells]


def _fields(task) -> list:
    return [c for c in (task.content, task.product, task.deadline_cell, task.assignment_cell, task.lead_cell,
                        task.coordinator_cell) if c is not None] + [c for _, c in task.other_cells]


def _overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def check_cells(plan: Plan) -> None:
    """The invariants of ``plan.cells``: complete, once each, nothing with text silently unused."""
    text = plan.source.text
    addresses = collections.Counter((u.address.table, u.address.row, u.address.column) for u in plan.cells)
    assert [a for a, n in addresses.items() if n > 1] == [], "a cell accounted for twice"
    assert sorted(addresses, key=str) == sorted(_document_cells(plan), key=str), "a table cell with no record"
    codes = {d.code.value for d in plan.diagnostics}
    tasks = {t.id: t for t in plan.tasks}
    for use in plan.cells:
        written = text[use.span.start:use.span.end].strip()
        assert (use.fate is CellFate.EMPTY) == (not written), f"{use}: {written[:40]!r}"
        if use.fate in NOTHING_READ or (use.role == "unknown" and use.fate in IN_A_COLUMN):
            assert use.code is not None and use.code in codes, f"{use}: nothing read from it, and no diagnostic"
        if use.fate in (CellFate.READ, CellFate.KEPT, CellFate.UNUSED):
            task = tasks[use.task_id]  # the task it went to exists
            if use.role == "number" and use.fate is CellFate.READ:
                assert task.number.split("/")[0].rstrip("'") in written.replace("*", ""), use
            else:
                assert any(_overlaps(use.span, f.span) for f in _fields(task)), f"{use} is in none of its task's cells"
            if use.fate is CellFate.UNUSED:  # kept as text only: never in a parsed cell
                assert any(_overlaps(use.span, c.span) for _, c in task.other_cells), use
        elif use.fate is not CellFate.EMPTY:  # an empty cell of a task row names its task
            assert use.task_id is None, use


@pytest.mark.parametrize("path", PLANS, ids=lambda p: p.name)
def test_every_cell_of_a_real_plan_is_accounted_for_once(path: Path) -> None:
    check_cells(read_plan(path))


def test_the_accounting_gives_roles_and_tasks() -> None:
    plan = read_plan(SEED_001)  # line 120: "1 | Xây dựng và ban hành … | … | Quý I/2022 | …", task I.1
    row = [u for u in plan.cells if u.address.line == 120]
    assert [(u.role, u.fate.value, u.task_id) for u in row][:4] == [
        ("number", "read", "I.1"), ("content", "read", "I.1"), ("product", "read", "I.1"), ("deadline", "read", "I.1")]
    assert {u.fate for u in plan.cells if u.address.line == 118} == {CellFate.HEADER}
    assert str(row[3]).startswith("table 1, row 3, column 4, line 120 deadline read I.1")


def test_a_cut_header_leaves_its_cells_unused_with_a_diagnostic() -> None:
    lines = SEED_001.read_text(encoding="utf-8").split("\n")
    lines[117] = "STT\tNhiệm vụ\tKết quả/sản phẩm đạt được\tTiến"  # "Tiến độ | Phân công …" cut
    plan = read_plan("\n".join(lines).encode("utf-8"))
    check_cells(plan)
    row = [u for u in plan.cells if u.address.line == 120]  # task I.1: its deadline and agency cells
    assert [(u.role, u.fate.value, u.code) for u in row[3:]] == [
        ("unknown", "unused", "plan.unmatched_header")] * (len(row) - 3) and len(row) > 4
    header = [u for u in plan.cells if u.address.line == 118]
    assert (header[3].role, header[3].code) == ("unknown", "plan.unmatched_header")
    unused = {u.task_id for u in plan.cells if u.fate is CellFate.UNUSED}
    assert len(unused) == 27  # every table task names its unread cells


def test_a_body_only_plan_with_a_stray_title_has_no_table_cell() -> None:
    lines = SEED_002.read_text(encoding="utf-8").split("\n")
    lines.insert(99, "PHỤ LỤC")
    plan = read_plan("\n".join(lines).encode("utf-8"))
    assert plan.layout == "body_only" and plan.cells == () and _document_cells(plan) == []


def test_a_table_that_lists_no_tasks_is_accounted_as_skipped() -> None:
    plan = read_plan(ROOT / "examples" / "plans" / "000_56be073c6998dd9f.txt")
    skipped = [u for u in plan.cells if u.fate is CellFate.SKIPPED]
    assert skipped and {u.code for u in skipped} == {"plan.skipped_table"} and all(u.task_id is None for u in skipped)


_HEADER_WORDS = ["STT", "Nhiệm vụ", "Sản phẩm", "Tiến độ", "Thời gian hoàn thành", "Cơ quan chủ trì",
                 "Cơ quan phối hợp", "Ghi chú", "Tiến", "Kinh phí", "Cơ quan thẩm tra", ""]
_CELL_TEXT = st.sampled_from(["", "1", "2", "3", "I", "II", "a)", "STT", "Việc A", "Quý I/2025", "Sở Nội vụ",
                              "Các sở, ngành", "Năm 2025", "Báo cáo", "<ul><li>x</li></ul>", "**II**", "x\ty"])


_MARKER = st.sampled_from(["1", "2", "3", "4", "I", "II", "", "", "a)", "Việc B"])


@st.composite
def _tables(draw) -> str:
    """An appendix table: a header of known, cut and unknown words (or none), rows of any width."""
    header = ["STT", "Nhiệm vụ"] + draw(st.lists(st.sampled_from(_HEADER_WORDS), min_size=1, max_size=6))
    rows = draw(st.lists(st.tuples(_MARKER, st.lists(_CELL_TEXT, max_size=9)).map(lambda r: [r[0], *r[1]]),
                         min_size=1, max_size=12))
    lines = ["Số: 1/KH-UBND", "Hà Nội, ngày 05 tháng 01 năm 2025", "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025",
             "", "PHỤ LỤC", ""]
    if draw(st.integers(0, 3)):
        lines.append("\t".join(header))
    lines.extend("\t".join(row) for row in rows)
    return "\n".join(lines) + "\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_tables())
def test_every_cell_of_a_generated_table_is_accounted_for_once(text: str) -> None:
    check_cells(read_plan(text))
