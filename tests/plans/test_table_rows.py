"""Rows that do not fill the header: short rows placed by what their cells hold, sub-rows under merged
cells, rows whose cells pair up item for item, and lead-agency group headings."""

from __future__ import annotations

from reformrules.context import PlanContext
from reformrules.diagnostics import Code
from reformrules.document.text_tables import plain
from reformrules.plans import read_plan
from reformrules.plans.row_shapes import align_short_row, cell_fit, fit_columns, is_when

CTX = PlanContext(plan_year=2025)
MD_HEADER = ("| TT | Tên văn bản | Cơ quan trình | Cơ quan soạn thảo | Cơ quan thẩm tra | Tiến độ | Hồ sơ |\n"
             "|---|---|---|---|---|---|---|\n")


def _plan(table: str):
    return read_plan("KẾ HOẠCH NĂM 2025\nPHỤ LỤC\n" + table, context=CTX, doc_id="t")


def _cell(task, name: str) -> str:
    cell = getattr(task, name)
    return plain(cell.text) if cell is not None else ""


def test_a_markdown_row_that_lost_a_middle_cell_is_placed_by_what_its_cells_hold() -> None:
    plan = _plan(MD_HEADER
                 + "| 1 | Nghị quyết A | Ban Dân nguyện | Ban Dân nguyện | Ủy ban Pháp luật | Trước ngày 10/01/2025 "
                   "| Tờ trình và dự thảo |\n"
                 + "| 2 | Nghị quyết B | Văn phòng Quốc hội | Văn phòng Quốc hội | Trước ngày 20/01/2025 "
                   "| Tờ trình, dự thảo và báo cáo tổng hợp ý kiến |\n")
    one, two = plan.tasks
    assert _cell(one, "deadline_cell") == "trước ngày 10/01/2025" and _cell(one, "product") == "tờ trình và dự thảo"
    assert _cell(two, "deadline_cell") == "trước ngày 20/01/2025"  # not the "Hồ sơ" cell
    assert _cell(two, "product").startswith("tờ trình, dự thảo")
    assert plain(two.lead_cell.text) == "văn phòng quốc hội; văn phòng quốc hội"
    assert dict(two.other_cells) == {}  # the "Cơ quan thẩm tra" cell is the one the row lacks
    assert str(two.deadline.due) == "2025-01-19"
    notes = [d for d in plan.diagnostics if d.code is Code.PLAN_SHORT_ROW]
    assert len(notes) == 1 and "'Cơ quan thẩm tra' empty" in notes[0].message
    assert plan.source.line_col(notes[0].span.start)[0] == 6  # row 2's line


def test_a_short_row_whose_cells_stand_in_place_is_not_moved() -> None:
    # the last cells are missing (a row cut short), not a middle one: positions stay
    roles = ("content", "lead", "lead", "other", "deadline", "product")
    assert align_short_row(["Nghị quyết A", "Ban Dân nguyện", "Ban Dân nguyện", "Ủy ban Pháp luật"], roles) is None
    assert align_short_row(["Nghị quyết A", "", "Quý I/2025"], roles) is None  # an empty cell holds its place
    assert align_short_row(["Nghị quyết A"], roles) is None


def test_time_cells_that_go_on_with_how_fit_the_deadline_column() -> None:
    # thutuong_2530 PL I lines 772-781 and 1069-1080: sub-rows of three cells, their deadline cells long
    assert is_when("trình thủ tướng chính phủ trong năm 2026 và triển khai thực hiện các hoạt động thường xuyên liên tục")
    assert cell_fit("Thực hiện trong giai đoạn 2026 - 2030.\nTrong đó triển khai các chương trình thí điểm\n"
                    "trong giai đoạn 2027 - 2030 và có đánh giá, nhân rộng (nếu khả thi)", "deadline") == 2
    roles = ("number", "lead", "coordinators", "category", "content", "product", "deadline")
    texts = ["- Xây dựng trình Thủ tướng Chính phủ hồ sơ thành lập Ban Chỉ đạo quốc gia.",
             "- Quyết định phê duyệt thành lập Ban Chỉ đạo quốc gia được ban hành.",
             "Trình Thủ tướng Chính phủ trong năm 2026 và triển khai thực hiện các hoạt động thường xuyên liên tục"]
    assert fit_columns(texts, roles) == [4, 5, 6]
    # a long content cell that names a period late is still text, not a time
    assert not is_when("tiếp tục triển khai hiệu quả đề án trồng một tỷ cây xanh và xây dựng chương trình cho "
                       "giai đoạn 2026 - 2030.")
