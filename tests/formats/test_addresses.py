"""Where things are in a native file, in words a person can follow: diagnostics render the address."""

from __future__ import annotations

import shutil
from pathlib import Path

from format_files import FIXTURES, need

need("docx")
need("lxml")
need("pypdfium2")

from reformrules import read_plan, render  # noqa: E402
from reformrules.cli import expand_inputs  # noqa: E402
from reformrules.diagnostics import Code, warning  # noqa: E402


def _first(plan, code: Code):
    return next(d for d in plan.diagnostics if d.code is code and d.span is not None)


def test_docx_diagnostic_names_the_paragraph() -> None:
    # seed_004's annex caption quotes "112/QĐ-UBND" where the plan is 12/QĐ-UBND (paragraph 102 of the .docx)
    plan = read_plan(FIXTURES / "seed_004.docx")
    shown = render(_first(plan, Code.PLAN_NUMBER_MISMATCH), plan.source).split("\n")
    assert shown[1].startswith("  --> seed_004.docx, paragraph 102 (line ")
    assert shown[2] == "   | (Kèm theo Quyết định số 112/QĐ-UBND ngày 21 tháng 01 năm 2022 của UBND thị xã Ninh Hòa)"


def test_pdf_cell_diagnostic_names_page_table_row_and_column() -> None:
    # page 9 of seed_004.pdf (read from its image): the repeated header, the end of group row I, then
    # row "1" and row "2" (task I.2, "Quý I/2022" under "Tiến độ"): row 4 of the one annex table
    plan = read_plan(FIXTURES / "seed_004.pdf")
    task = plan.task("I.2")
    cell = task.deadline_cell
    note = warning(Code.DEADLINE_UNPARSED, "a finding in the deadline cell", cell.span)
    shown = render(note, plan.source).split("\n")[1]
    assert shown.startswith("  --> seed_004.pdf, page 9, table 1, row 4, column 'Tiến độ' (line ")


def test_html_cell_address() -> None:
    # the page's tables: the letterhead, the "Nơi nhận" signature block, then the annex, whose row 3 is
    # task I.1 under the group row I (corpus file lines 626-650)
    plan = read_plan(FIXTURES / "dongthap_552.html")
    task = plan.task("I.1")
    assert str(plan.source.address_at(task.assignment_cell.span.start)) == "table 3, row 3, column 'CHỦ TRÌ'"


def test_cli_takes_directories_of_native_files(tmp_path: Path) -> None:
    for name in ("seed_004.docx", "seed_004.pdf", "seed_004.html", "seed_004.txt"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    (tmp_path / "notes.csv").write_text("x", encoding="utf-8")
    paths, batch = expand_inputs([str(tmp_path)])
    assert batch and [p.name for p in paths] == ["seed_004.docx", "seed_004.html", "seed_004.pdf", "seed_004.txt"]
