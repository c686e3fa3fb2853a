"""Every seed through every human-facing export: task names, Vietnamese labels, real dates; XLSX and DOCX read back.

The names are the tasks' content cells as the plan writes them (``short_name`` only cuts long ones on
a word boundary); the golden rows below were read off the seed files by hand, with their lines.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from html import escape
from pathlib import Path

import pytest

from reformrules.exports import short_name, to_csv, to_docx, to_html, to_xlsx
from reformrules.exports.safety import spreadsheet_cell
from reformrules.plans import read_plan
from reformrules.tracker import track

openpyxl = pytest.importorskip("openpyxl", reason="the XLSX export needs openpyxl (the reports extra)")
docx = pytest.importorskip("docx", reason="the DOCX export needs python-docx (the reports extra)")

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "examples" / "plans").glob("*.txt"))
AS_OF = {"000": date(2018, 7, 2), "001": date(2022, 7, 1), "002": date(2022, 7, 1), "003": date(2022, 7, 1),
         "004": date(2022, 7, 1)}
# (seed, task id, the start of its content cell as written, the line where its row begins)
GOLDEN_NAMES = [
    ("000", "I.2", "Xây dựng Quy chế phối hợp trong việc xây dựng, hoàn thiện các quy định", 276),
    ("001", "I.1", "Phối hợp Sở Kế hoạch và Đầu tư xây dựng Chương trình xúc tiến đầu tư tỉnh Khánh Hòa năm 2022", 120),
    ("003", "IV.3", "Tiếp tục triển khai cơ cấu viên chức theo Đề án vị trí việc làm", 80),
    ("004", "I.4", "Ban hành Kế hoạch kiểm tra công tác CCHC, kiểm tra thực thi công chức, công vụ", 198),
]


@pytest.fixture(scope="module", params=SEEDS, ids=lambda p: p.name[:3])
def report(request):
    plan = read_plan(request.param)
    return track(plan, AS_OF[request.param.name[:3]], targets=True)


def test_html_csv_xlsx_docx_show_every_task_name_in_vietnamese(report) -> None:
    names = [short_name(t.content, 110) for t in report.tasks]
    page = to_html(report)
    assert 'lang="vi"' in page and "Tình trạng tính đến ngày" in page and "Nhiệm vụ quá hạn" in page
    assert all(escape(n, quote=False) in page for n in names)
    rows = list(csv.DictReader(io.StringIO(to_csv(report))))
    assert [r["Nhiệm vụ"] for r in rows] == [spreadsheet_cell(short_name(t.content, 200)) for t in report.tasks]
    assert {r["Tình trạng"] for r in rows} <= {"quá hạn", "sắp đến hạn", "đang chờ", "đang thực hiện", "thường xuyên",
                                               "chưa đến thời gian thực hiện", "chưa xác định thời hạn",
                                               "hoàn thành trễ hạn", "hoàn thành"}
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(report)))
    sheet = book["Danh sách nhiệm vụ"]
    assert [c.value for c in sheet[1]][:6] == ["Kế hoạch", "STT", "Nhiệm vụ", "Phần", "Tình trạng", "Hạn hoàn thành"]
    assert [r[2] for r in sheet.iter_rows(min_row=2, values_only=True)] == [short_name(t.content, 200)
                                                                             for t in report.tasks]
    document = docx.Document(io.BytesIO(to_docx(report)))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = {c.text for table in document.tables for row in table.rows for c in row.cells}
    assert "BÁO CÁO" in text and "I. KẾT QUẢ CHUNG" in text
    assert all(short_name(t.content, 160) in cells for t in report.tasks)  # the appendix lists every task


@pytest.mark.parametrize("seed, task_id, name, line", GOLDEN_NAMES)
def test_golden_names_next_to_their_ids(seed: str, task_id: str, name: str, line: int) -> None:
    path = next(p for p in SEEDS if p.name.startswith(seed))
    report = track(read_plan(path), AS_OF[seed])
    row = report.task(task_id)
    assert row.content.startswith(name) and row.line == line
    csv_row = next(r for r in csv.DictReader(io.StringIO(to_csv(report))) if r["STT"] == task_id)
    assert csv_row["Nhiệm vụ"].startswith(name)


def test_xlsx_sheets_header_dates_and_colours() -> None:
    plan = read_plan(SEEDS[4])
    report = track(plan, date(2022, 7, 1), ROOT / "examples" / "progress_sample.csv", targets=True)
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(report)))
    assert book.sheetnames == ["Danh sách nhiệm vụ", "Theo cơ quan", "Chỉ tiêu", "Kế hoạch"]
    tasks = book["Danh sách nhiệm vụ"]
    assert tasks.freeze_panes == "A2" and tasks.auto_filter.ref == tasks.dimensions
    header = [c.value for c in tasks[1]]
    i4 = next(r for r in tasks.iter_rows(min_row=2) if r[1].value == "I.4")
    cell = dict(zip(header, i4))
    # seed 004 line 198, "Quý II/2022", not reported done by 1 July 2022: one working day late
    assert cell["Hạn hoàn thành"].value == datetime(2022, 6, 30) and cell["Hạn hoàn thành"].number_format == "dd/mm/yyyy"
    assert cell["Số ngày làm việc còn lại (số âm: quá hạn)"].value == -1
    assert cell["Tình trạng"].value == "quá hạn" and cell["Tình trạng"].fill.fgColor.rgb.upper().endswith("D93025")
    assert cell["Thời hạn theo Kế hoạch"].value == "Quý II/2022" and cell["Cơ quan chủ trì"].value == "Phòng Nội vụ"
    assert tasks.column_dimensions["C"].width == 60
    agencies = book["Theo cơ quan"]
    header = [c.value for c in agencies[1]]
    rows = {r[1]: dict(zip(header, r)) for r in agencies.iter_rows(min_row=2, values_only=True)}
    noi_vu = rows["Phòng Nội vụ"]
    assert noi_vu["Số nhiệm vụ"] == sum(1 for t in report.tasks if "Phòng Nội vụ" in t.leads)
    assert noi_vu["quá hạn"] == sum(1 for t in report.tasks if "Phòng Nội vụ" in t.leads and t.status.value == "overdue")
    targets = book["Chỉ tiêu"]
    assert targets.max_row - 1 == len(report.targets) > 0
    plans = book["Kế hoạch"]
    assert [c.value for c in plans[2]][:3] == ["004_507df5ea52532140.txt", "12/QĐ-UBND", "UBND thị xã Ninh Hòa"]


def test_xlsx_text_that_looks_like_a_formula_stays_text() -> None:
    from dataclasses import replace

    plan = read_plan(SEEDS[4])
    report = track(plan, date(2022, 7, 1))
    hostile = replace(report, tasks=tuple(replace(t, content='=HYPERLINK("http://x","y")', leads=("@SUM(A1)",))
                                          for t in report.tasks[:2]))
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx(hostile))).worksheets[0]
    for cell in (sheet["C2"], sheet["I2"]):
        assert cell.data_type == "s" and cell.quotePrefix, cell.value
    assert sheet["C2"].value == '=HYPERLINK("http://x","y")'


def test_docx_is_a4_times_new_roman_with_the_report_sections() -> None:
    plan = read_plan(SEEDS[4])
    report = track(plan, date(2022, 7, 1), ROOT / "examples" / "progress_sample.csv", targets=True)
    document = docx.Document(io.BytesIO(to_docx(report)))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert (round(section.left_margin.mm), round(section.right_margin.mm)) == (30, 15)
    text = [p.text for p in document.paragraphs]
    assert "BÁO CÁO" in text
    assert ("Kết quả thực hiện Kế hoạch ban hành kèm theo Quyết định số 12/QĐ-UBND của UBND thị xã Ninh Hòa "
            "quý II năm 2022") in text
    assert "(số liệu tính đến ngày 01/07/2022)" in text
    for heading in ("I. KẾT QUẢ CHUNG", "II. NHIỆM VỤ QUÁ HẠN VÀ SẮP ĐẾN HẠN", "III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
                    "IV. NHIỆM VỤ ĐANG CHỜ ĐIỀU KIỆN THỰC HIỆN"):
        assert heading in text
    runs = [r for p in document.paragraphs for r in p.runs if r.text.strip()]
    assert {r.font.name for r in runs} == {"Times New Roman"} and {r.font.size.pt for r in runs} <= {12, 13, 14}
    summary = document.tables[1]  # after the title block
    counts = {row.cells[0].text: row.cells[1].text for row in summary.rows[1:]}
    assert counts["Tổng số"] == str(len(report.tasks)) == str(len(plan.tasks))  # the 38 rows and the body's duties
    assert counts["quá hạn"] == str(len(report.with_status("overdue")))
    overdue_ids = {row.cells[0].text for table in document.tables[2:] for row in table.rows[1:]}
    assert {t.id for t in report.with_status("overdue", "due_soon")} <= overdue_ids
    english = docx.Document(io.BytesIO(to_docx(report, lang="en")))
    assert "REPORT" in [p.text for p in english.paragraphs]
