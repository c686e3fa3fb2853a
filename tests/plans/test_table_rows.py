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


# --- group headings that apply to the rows under them ---------------------------------------------

HEADED = ("STT\tNội dung nhiệm vụ\tThời hạn hoàn thành\tCơ quan chủ trì\tCơ quan phối hợp\n"
          "A\tBỘ TÀI CHÍNH\t\t\t\n"
          "1\tXây dựng quy chế A\tQuý I/2025\t\tBộ Nội vụ\n"
          "2\tBan hành hướng dẫn B\tQuý II/2025\tBộ Xây dựng\t\n"
          "B\tGiai đoạn 2026 - 2027\t\t\t\n"
          "1\tTriển khai mô hình C\t\tBộ Y tế\t\n"
          "2\tTổng kết mô hình D\tNăm 2027\tBộ Y tế\t\n"
          "C\tCẢI CÁCH THỂ CHẾ\t\t\t\n"
          "1\tRà soát văn bản E\tNăm 2025\t\t\n")


def test_a_lead_agency_heading_gives_its_agency_to_rows_with_an_empty_lead_cell() -> None:
    plan = _plan(HEADED)
    first, second = plan.task("A.1"), plan.task("A.2")
    assert plain(first.lead_cell.text) == "bộ tài chính"
    assert plan.source.line_col(first.lead_cell.span.start) == (4, 3)  # the heading's cell, in the file
    assert [m.name for m in first.assignment.lead] == ["Bộ Tài chính"]
    assert [m.name for m in first.assignment.coordinators] == ["Bộ Nội vụ"]
    assert plain(second.lead_cell.text) == "bộ xây dựng"  # its own lead wins
    notes = [d for d in plan.diagnostics if d.code is Code.PLAN_INHERITED_CELLS]
    assert [(dict(d.data).get("task"), "'BỘ TÀI CHÍNH'" in d.message) for d in notes if "lead" in d.message] == [("A.1", True)]


def test_a_period_heading_gives_its_period_to_rows_with_an_empty_deadline_cell() -> None:
    plan = _plan(HEADED)
    third, fourth = plan.task("B.1"), plan.task("B.2")
    assert plain(third.deadline_cell.text) == "giai đoạn 2026 - 2027"
    assert (str(third.deadline.start), str(third.deadline.due)) == ("2026-01-01", "2027-12-31")
    assert str(fourth.deadline.due) == "2027-12-31" and plain(fourth.deadline_cell.text) == "năm 2027"
    assert any(d.code is Code.PLAN_INHERITED_CELLS and dict(d.data).get("task") == "B.1" and "deadline" in d.message
               for d in plan.diagnostics)


def test_a_topic_heading_gives_nothing() -> None:
    task = _plan(HEADED).task("C.1")
    assert task.lead_cell is None and task.assignment is None
    assert not any(d.code is Code.PLAN_INHERITED_CELLS and dict(d.data).get("task") == "C.1" for d in _plan(HEADED).diagnostics)


# --- rows whose cells pair up, item for item ------------------------------------------------------

PAIR_HEADER = ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời hạn hoàn thành")


def _lone_pipe(*rows: tuple[str, ...]) -> str:
    """The corpus's lone-"|" form: every row opened by a "|", every cell ended by one."""
    lines = []
    for row in (PAIR_HEADER, *rows):
        lines.append("|")
        for cell in row:
            lines.extend(cell.split("\n"))
            lines.append("|")
    return "\n".join(lines) + "\n"


def test_content_and_deadline_items_that_pair_are_two_tasks() -> None:
    # thutuong_2530 PL I row B.1 (lines 1014-1040), shortened
    plan = _plan(_lone_pipe(
        ("1", "- Hoàn thiện quy định về thu gom chất thải.\n- Nghiên cứu và thí điểm công nghệ tái chế.",
         "Bộ Xây dựng", "- Bộ Tài chính;\n- Bộ Y tế.", "- Quy định được ban hành.\n- Báo cáo.\n- Mô hình thí điểm.",
         "- Xây dựng quy định trong giai đoạn 2026 - 2027.\n- Thí điểm mô hình từ năm 2027."),
        ("2", "Tổng kết", "Bộ Xây dựng", "Bộ Y tế", "Báo cáo", "Năm 2028")))
    first, second, third = plan.tasks
    assert [t.id for t in plan.tasks] == ["1", "1/2", "2"]
    assert plain(first.content.text) == "- hoàn thiện quy định về thu gom chất thải."
    assert plain(second.content.text) == "- nghiên cứu và thí điểm công nghệ tái chế."
    assert (str(first.deadline.start), str(first.deadline.due)) == ("2026-01-01", "2027-12-31")
    assert str(second.deadline.start) == "2027-01-01"
    assert first.product is second.product or first.product.text == second.product.text  # three results: shared
    assert [m.name for m in second.assignment.lead] == ["Bộ Xây dựng"]
    assert [m.name for m in second.assignment.coordinators] == ["Bộ Tài chính", "Bộ Y tế"]  # a ";" list: shared
    for task in (first, second):  # each item is located in the file
        assert plan.source.text[task.content.span.start:task.content.span.end].startswith("- ")
    assert first.line < second.line and second.end_line > first.end_line
    notes = [d for d in plan.diagnostics if d.code is Code.PLAN_PAIRED_ITEMS]
    assert len(notes) == 1 and "content, deadline" in notes[0].message and "2 tasks" in notes[0].message
    assert plan.accounting and {u.task_id for u in plan.accounting if u.task_id} == {"1", "1/2", "2"}


def test_items_that_do_not_pair_stay_one_task() -> None:
    plan = _plan(_lone_pipe(
        ("1", "- Bước một của việc A.\n- Bước hai của việc A.", "Bộ Xây dựng", "Bộ Y tế", "Báo cáo", "Năm 2026"),
        ("2", "- Việc B.\n- Việc C.", "Bộ Xây dựng", "Bộ Y tế", "Báo cáo",
         "- Năm 2026.\n- Năm 2027.\n- Năm 2028."),  # three times for two items
        ("3", "- Việc D.\n- Việc E.", "Bộ Xây dựng", "Bộ Y tế", "Báo cáo",
         "- Năm 2026.\n- Theo kế hoạch riêng.")))  # the second is no time
    assert [t.id for t in plan.tasks] == ["1", "2", "3"]
    assert not any(d.code is Code.PLAN_PAIRED_ITEMS for d in plan.diagnostics)


def test_lead_and_coordinator_items_that_pair_are_two_tasks_of_one_text() -> None:
    # chinhphu_394 row 1 (lines 582-601) written as one row: two lead/coordinator pairs, one deadline
    plan = _plan(_lone_pipe(
        ("1", "Đề án triển khai phong trào bảo vệ môi trường.",
         "- Trung ương Mặt trận Tổ quốc Việt Nam\n- Ủy ban nhân dân các tỉnh",
         "- Đài Truyền hình Việt Nam\n- Đài Truyền hình và các cơ quan báo chí tại địa phương", "Đề án", "2030")))
    first, second = plan.tasks
    assert [t.id for t in plan.tasks] == ["1", "1/2"]
    assert plain(first.lead_cell.text) == "- trung ương mặt trận tổ quốc việt nam"
    assert plain(second.lead_cell.text) == "- ủy ban nhân dân các tỉnh"
    assert plain(second.coordinator_cell.text).startswith("- đài truyền hình và các cơ quan báo chí")
    assert first.content.text == second.content.text and str(second.deadline.due) == "2030-12-31"


# --- the body's stitch, rewritten for speed: the same text and map as the character loop it replaced --

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from reformrules.document.model import Located  # noqa: E402
from reformrules.plans.body_blocks import stitch  # noqa: E402
from reformrules.source import SourceMap, Span  # noqa: E402


def _stitch_by_character(text: str, pieces) -> Located | None:
    """The character loop ``body_blocks.stitch`` was (kept here as the reference)."""
    out: list[str] = []
    mapping: list[tuple[int, int, int]] = []
    pending_space = False
    for start, end in pieces:
        for position in range(start, end):
            char = text[position]
            if char == "*":
                continue
            if char.isspace():
                pending_space = bool(out)
                continue
            if pending_space:
                out.append(" ")
                pending_space = False
            here = len(out)
            if mapping and mapping[-1][0] + mapping[-1][2] == here and mapping[-1][1] + mapping[-1][2] == position:
                cell, source, length = mapping[-1]
                mapping[-1] = (cell, source, length + 1)
            else:
                mapping.append((here, position, 1))
            out.append(char)
        pending_space = bool(out)
    if not out:
        return None
    first, last = mapping[0], mapping[-1]
    return Located("".join(out), Span(first[1], last[1] + last[2]), SourceMap(tuple(mapping)))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab Đ*\n\t\u00a0", max_size=40), st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)),
                                                              max_size=4))
def test_stitch_gives_what_the_character_loop_gave(text: str, cuts) -> None:
    pieces = sorted((min(a, b, len(text)), min(max(a, b), len(text))) for a, b in cuts)
    new, old = stitch(text, pieces), _stitch_by_character(text, pieces)
    assert (new is None) == (old is None)
    if new is not None:  # the same text, span and map of every offset (in fewer pieces)
        assert (new.text, new.span) == (old.text, old.span)
        assert [new.to_source(Span(i, i)) for i in range(len(new.text) + 1)] == \
            [old.to_source(Span(i, i)) for i in range(len(old.text) + 1)]
        assert len(new.source_map.pieces) <= len(old.source_map.pieces)
