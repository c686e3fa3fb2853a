"""Layouts: detection from the text, each reader's quirks, cells mapped back to the file, dependencies."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from plan_seeds import GOLDEN, SEED_FILES

from reformrules.context import PlanContext
from reformrules.diagnostics import Code, render
from reformrules.plans import LAYOUTS, LineRole, detect_layout, read_plan
from reformrules.refs import Dependency, TaskRef
from reformrules.source import Source, Span

EXPECTED_LAYOUT = {"000": "pipe_cells", "001": "tsv_continuation", "002": "body_only", "003": "tab_cells",
                   "004": "tsv_continuation"}


@pytest.mark.parametrize("seed", SEED_FILES)
def test_layout_is_detected_from_the_text_not_the_file_name(seed: str, seed_path) -> None:
    text = Path(seed_path(seed)).read_text(encoding="utf-8")
    assert detect_layout(Source("renamed.txt", text)).layout == EXPECTED_LAYOUT[seed]
    assert read_plan(text, doc_id="anything").layout == EXPECTED_LAYOUT[seed]


# Layouts no seed has, each with a corpus plan (examples/corpus/) that is written in it.
CORPUS_LAYOUT = {"markdown_pipe": "ubtvqh_1339_NQ-UBTVQH15_2024.md", "pipe_cells": "nghean_980_KH-UBND_2025.md"}
CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def test_every_registered_layout_has_a_seed_with_a_golden_table() -> None:
    assert set(LAYOUTS) == set(EXPECTED_LAYOUT.values()) | set(CORPUS_LAYOUT)
    for layout in LAYOUTS:
        seeds = [s for s, name in EXPECTED_LAYOUT.items() if name == layout]
        assert any((GOLDEN / f"seed_{s}" / "tasks.tsv").is_file() for s in seeds) or layout in CORPUS_LAYOUT, layout


@pytest.mark.parametrize("layout, name", sorted(CORPUS_LAYOUT.items()))
def test_corpus_layout_is_detected_from_the_text(layout: str, name: str) -> None:
    text = (CORPUS / name).read_text(encoding="utf-8")
    assert detect_layout(Source("renamed.md", text)).layout == layout


@pytest.mark.parametrize("seed, table_line, title_line", [
    ("000", 244, None), ("001", 118, 114), ("003", 80, 77), ("004", 193, 187), ("002", None, None),
])
def test_detected_table_and_title_lines(seed: str, table_line, title_line, seed_path) -> None:
    detection = detect_layout(Source("x", Path(seed_path(seed)).read_text(encoding="utf-8")))
    assert (detection.table_line, detection.title_line) == (table_line, title_line)


# --- pipe cells (000) -------------------------------------------------------------------------


def test_000_wrapped_cells_keep_their_line_breaks_and_parse(seed_plan) -> None:
    plan = seed_plan("000")
    task = plan.task("VII.12")
    assert task.deadline_text == "Trong Quý\nI/2018"  # lines 922-923
    assert str(task.deadline) == "within 2018Q1"
    assert task.section.number == "VII" and task.section.title == "HIỆN ĐẠI HÓA HÀNH CHÍNH"
    assert plan.task("V.1").section.title == "XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC"
    product = plan.task("I.4").product
    assert product.items == ("Các đề án nghiên cứu và kế hoạch, chính sách\ntriển khai được UBND tỉnh phê duyệt.",
                             "Hoàn thành một số mô hình điểm để rút kinh nghiệm\nnhân rộng.")


def test_000_issue_example_task(seed_plan) -> None:
    task = seed_plan("000").task("II.3")
    assert tuple(task.section) == ("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH")
    assert task.product_text == "Quy chế được UBND tỉnh ban hành"
    assert str(task.deadline) == "within 2018Q1" and task.deadline.due == date(2018, 3, 31)
    assert task.assignment_text.startswith("Các Sở: Kế hoạch và Đầu tư, Xây dựng chủ trì, phối\nhợp")
    assert (task.line, task.end_line) == (441, 452)


def test_000_mixed_deadline_renders_at_its_file_position(seed_plan) -> None:
    plan = seed_plan("000")
    mixed = [d for d in plan.task("V.4").diagnostics if d.code is Code.DEADLINE_MIXED]
    assert len(mixed) == 1 and plan.source.line_col(mixed[0].span.start) == (676, 1)
    assert "000_56be073c6998dd9f.txt:676:1" in render(mixed[0], plan.source)
    assert mixed[0] in plan.diagnostics


def test_000_cross_reference_is_a_dependency(seed_plan) -> None:
    plan = seed_plan("000")
    doc = plan.doc_id
    see = [d for d in plan.dependencies if d.kind == "see"]
    assert see == [Dependency(TaskRef(doc, ("VI", "1")), TaskRef(doc, ("V", "2")), "see", see[0].span)]
    assert plan.source.line_col(see[0].span.start) == (698, 53)  # "(Mục V.2)", counted in line 698
    assert see[0].span.slice(plan.source.text) == "Mục V.2"
    assert not any(d.code is Code.DEPENDENCY_DANGLING_REF for d in plan.diagnostics)


def test_dangling_and_cyclic_references() -> None:
    text = ("TT\n|\nNhiệm vụ\n|\nSản phẩm\n|\nTiến độ\n|\nPhân công\n|\nI\n|\nTHỂ CHẾ\n|\n"
            "1\n|\nViệc A (Mục I.2)\n|\nQĐ\n|\nQuý I/2022\n|\nSở X\n|\n"
            "2\n|\nViệc B, sau Mục I.1\n|\nQĐ\n|\nQuý II/2022\n|\nSở Y (xem Mục V.9)\n|\n")
    plan = read_plan(text, doc_id="cyc")
    assert plan.layout == "pipe_cells"
    assert sorted(str(d) for d in plan.dependencies) == ["cyc#I.1 -> cyc#I.2 (see)", "cyc#I.2 -> cyc#I.1 (see)"]
    dangling = [d for d in plan.diagnostics if d.code is Code.DEPENDENCY_DANGLING_REF]
    assert len(dangling) == 1 and dict(dangling[0].data) == {"task": "I.2", "ref": "V.9"}
    assert dangling[0].span.slice(text) == "Mục V.9"
    assert [d.code for d in plan.diagnostics].count(Code.DEPENDENCY_CYCLE) == 1


def test_deadline_events_become_after_edges(seed_plan) -> None:
    plan = seed_plan("004")
    after = [str(d) for d in plan.dependencies if d.kind == "after" and d.task.id == "IV.1"]
    assert after == [f'{plan.doc_id}#IV.1 -> "UBND tỉnh có hướng dẫn" (after)']


# --- tab-separated rows with continuations (001, 004) -----------------------------------------


def test_001_page_break_continuations_are_joined_cell_by_cell(seed_plan) -> None:
    plan = seed_plan("001")
    ii1 = plan.task("II.1")
    assert "nhiều tầng nấc, kéo dài thời gian giải quyết" in ii1.content.text  # lines 124 + 127
    assert (ii1.line, ii1.end_line) == (124, 127)
    at = ii1.content.text.index("dài thời gian")
    assert plan.source.line_col(ii1.content.to_source(Span(at, at + 3)).start) == (127, 2)
    vi5 = plan.task("VI.5")
    assert vi5.deadline_text == "Năm 2022 - 2023 (sau khi có hướng dẫn của Bộ Khoa học và Công nghệ)"
    assert str(vi5.deadline) == 'all(within 2022..2023 ; after "có hướng dẫn của Bộ Khoa học và Công nghệ")'
    assert vi5.content.text.endswith("đảm bảo phù hợp với việc áp dụng TCVN ISO 18091:2020 cho Chính quyền địa phương")
    assert "xây dựng Kế hoạch thực hiện Chương trình hành động của Tỉnh ủy" in plan.task("VII.6").content.text


def test_html_list_fragments_become_items(seed_plan) -> None:
    iv1 = seed_plan("001").task("IV.1")
    assert iv1.product.items == ("100% viên chức đạt chuẩn theo yêu cầu của vị trí việc làm", "Báo cáo của theo quy định")
    iii5 = seed_plan("004").task("III.5")
    assert iii5.assignment_cell.items == ("Các cơ quan, đơn vị, UBND xã, phường tổ chức thực hiện",
                                          "Phòng Văn hóa và Thông tin chủ trì, hướng dẫn, tham mưu")
    for seed in ("001", "004"):
        for task in seed_plan(seed).tasks:
            for cell in (task.content, task.product, task.deadline_cell, task.assignment_cell):
                assert cell is None or "<ul" not in cell.text and "</" not in cell.text


def test_004_continuation_row_with_list_items(seed_plan) -> None:
    task = seed_plan("004").task("III.1")
    assert task.deadline_text == "Trong năm 2022 (hoặc sau khi UBND tỉnh triển khai)"
    assert task.assignment_cell.items == ("Văn phòng HĐND và UBND thị xã chủ trì",
                                          "Các cơ quan, đơn vị, UBND xã, phường rà soát, đề xuất")


def test_004_deadline_before_issue_renders_at_229_160(seed_plan) -> None:
    plan = seed_plan("004")
    before = [d for d in plan.task("IV.2").diagnostics if d.code is Code.DEADLINE_BEFORE_ISSUE]
    assert len(before) == 1
    assert render(before[0], plan.source).split("\n")[1] == "  --> 004_507df5ea52532140.txt:229:160"


# --- one cell per tab-led line (003) ----------------------------------------------------------


def test_003_starts_mid_table_in_section_iv(seed_plan) -> None:
    plan = seed_plan("003")
    first = plan.tasks[0]
    assert first.id == "IV.3" and first.section.inferred and first.section.title == ""
    mid = [d for d in plan.diagnostics if d.code is Code.PLAN_STARTS_MID_TABLE]
    assert len(mid) == 1 and plan.source.line_col(mid[0].span.start) == (80, 3)
    assert dict(mid[0].data) == {"section": "IV"}
    assert [str(s) for s in plan.sections] == ["IV. (title not in the file)", "V. CẢI CÁCH TÀI CHÍNH CÔNG",
                                               "VI. XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ",
                                               "VII. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"]
    assert not any(d.code is Code.PLAN_NUMBERING_GAP for d in plan.diagnostics)


def test_003_cell_lines_without_a_tab_continue_the_cell(seed_plan) -> None:
    task = seed_plan("003").task("IV.3")
    assert task.product.items == ("100% viên chức đạt chuẩn theo yêu cầu của vị trí việc làm",
                                  "Báo cáo của các cơ quan, đơn vị, địa phương")
    assert task.assignment_text == ("- Các cơ quan, đơn vị triển khai theo Đề án được phê duyệt\n"
                                    "- Sở Nội vụ tham mưu hướng dẫn, đôn đốc và kiểm tra")


def test_003_deadline_before_the_plan_year(seed_plan) -> None:
    plan = seed_plan("003")
    notes = [d for d in plan.task("VII.1").diagnostics if d.code is Code.DEADLINE_BEFORE_PLAN_YEAR]
    assert len(notes) == 1 and plan.source.line_col(notes[0].span.start) == (224, 2)


# --- body only (002) --------------------------------------------------------------------------


def test_002_tasks_come_from_body_section_ii(seed_plan) -> None:
    plan = seed_plan("002")
    assert plan.appendix_lines == (47, 208)
    task = plan.task("II.7.a")
    assert task.section.number == "II.7" and task.section.title.startswith("Xây dựng và phát triển chính quyền")
    assert task.content.text.startswith("Hoàn thiện môi trường pháp lý\n- Tiếp tục hoàn thiện các văn bản chỉ đạo")
    assert task.product is None and task.deadline_cell is None
    # its lead comes from "V. TỔ CHỨC THỰC HIỆN" 5. (line 243): "Sở Thông tin và Truyền thông có trách nhiệm chủ trì …"
    assert plan.source.line_col(task.assignment_cell.span.start) == (243, 4)
    codes = {(d.code.value, plan.source.line_col(d.span.start) if d.span else None) for d in plan.diagnostics
             if d.code.value.startswith("plan.")}
    assert codes == {("plan.no_appendix", None), ("plan.no_appendix", (207, 15)),
                     ("plan.duplicate_task", (101, 1)), ("plan.numbering_gap", (205, 1)),
                     ("plan.body_lead", (231, 4)), ("plan.body_lead", (237, 4)), ("plan.body_lead", (239, 4)),
                     ("plan.body_lead", (241, 4)), ("plan.body_lead", (243, 4))}


def test_002_reporting_rules(seed_plan) -> None:
    plan = seed_plan("002")
    submissions = [r for r in plan.reporting if r.kind == "submission"]
    lines = [plan.source.line_col(r.span.start)[0] for r in submissions]
    assert lines == [211, 213, 235]
    assert submissions[0].periods == ("quarter", "half", "year")
    assert [str(d) for d in submissions[0].deadlines] == ["every quarter, half, year; before day 20 of last month"]
    assert submissions[2].periods == ("quarter", "half", "year")
    cutoffs = [(r.period_text, r.periods, r.cutoff) for r in plan.reporting if r.kind == "cutoff"]
    assert cutoffs == [
        ("Báo cáo Quý I/2022", ("quarter",), (date(2021, 12, 15), date(2022, 3, 14))),
        ("Báo cáo 6 tháng đầu năm 2022", ("half",), (date(2021, 12, 15), date(2022, 6, 14))),
        ("Báo cáo Quý III/2022", ("quarter",), (date(2022, 6, 15), date(2022, 9, 14))),
        ("Báo cáo tổng hợp năm 2022", ("year",), (date(2021, 12, 15), date(2022, 12, 14))),
    ]
    # each window is the one ND 09/2019 Art. 12 sets (domain.md §3.1), so no notice
    assert all(r.standard_cutoff == r.cutoff for r in plan.reporting if r.kind == "cutoff")
    assert not any(d.code is Code.PLAN_REPORTING_CUTOFF for d in plan.diagnostics)


def test_a_cutoff_window_off_the_decree_is_noticed() -> None:
    text = ("Số: 1/KH-UBND\nHà Nội, ngày 05 tháng 01 năm 2024\nKẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024\n"
            "I. MỤC TIÊU\nII. CHẾ ĐỘ BÁO CÁO\n- Báo cáo Quý II/2024: thời gian chốt số liệu tính từ ngày 15/3/2024 "
            "đến ngày 20/6/2024.\n- Báo cáo 9 tháng năm 2024: thời gian chốt số liệu tính từ ngày 15/12/2023 đến "
            "ngày 14/9/2024.\n")
    plan = read_plan(text, doc_id="cut")
    q2, nine = [r for r in plan.reporting if r.kind == "cutoff"]
    assert q2.standard_cutoff == (date(2024, 3, 15), date(2024, 6, 14)) and q2.cutoff[1] == date(2024, 6, 20)
    assert nine.periods == ("nine_months",) and nine.standard_cutoff is None  # Art. 12 has no 9-month window
    notes = [d for d in plan.diagnostics if d.code is Code.PLAN_REPORTING_CUTOFF]
    assert len(notes) == 1 and plan.source.line_col(notes[0].span.start) == (6, 3)
    assert dict(notes[0].data) == {"stated": "2024-03-15..2024-06-20", "standard": "2024-03-15..2024-06-14"}


# --- body of every plan -----------------------------------------------------------------------

BODY_DEADLINES = [
    ("000", 177, 42, "trong Quý I năm 2018", "within 2018Q1"),
    ("000", 186, 39, "chậm nhất trong Quý I năm 2018", "by 2018Q1"),
    ("004", 169, 260, "trong vòng 30 ngày kể từ ngày kế hoạch này được ban hành", "+30d after issued"),
    ("002", 211, 85, "hàng quý, 06 tháng, năm: trước ngày 20 của tháng cuối kỳ báo cáo",
     "every quarter, half, year; before day 20 of last month"),
]


@pytest.mark.parametrize("seed, line, col, phrase, rule", BODY_DEADLINES, ids=[f"{r[0]}:{r[1]}" for r in BODY_DEADLINES])
def test_body_deadlines(seed: str, line: int, col: int, phrase: str, rule: str, seed_plan) -> None:
    plan = seed_plan(seed)
    at = plan.source.offset(line, col)
    found = [b for b in plan.body_deadlines if b.span.start == at]
    assert len(found) == 1, [str(b) for b in plan.body_deadlines if abs(b.span.start - at) < 200]
    assert found[0].text.rstrip(";.") == phrase and str(found[0].deadline) == rule


def test_004_thirty_days_from_issue(seed_plan) -> None:
    found = [b for b in seed_plan("004").body_deadlines if b.text.startswith("trong vòng 30 ngày")]
    assert found[0].deadline.due == date(2022, 2, 21) and found[0].section == "IV"


@pytest.mark.parametrize("seed, line, starts", [
    ("000", 139, "phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh đạt tối thiểu 78%"),
    ("000", 89, "Tỷ lệ hồ sơ trễ hạn trên các lĩnh vực: Đất đai,\nmôi trường"),
    ("001", 82, "Mức độ hài lòng của tổ chức, cá nhân đối với sự phục vụ của Ban đạt tối thiểu 83%."),
    ("002", 87, "Phấn đấu từ 95% -100% số hồ sơ TTHC"),
    ("003", 51, "Mức độ hài lòng của tổ chức, cá nhân đối với sự phục vụ của cơ quan hành chính"),
    ("004", 71, "Tỷ lệ hồ sơ trễ hạn trên các lĩnh vực: đất đai,"),
])
def test_target_sentences_of_the_body(seed: str, line: int, starts: str, seed_plan) -> None:
    plan = seed_plan(seed)
    found = [c for c in plan.body_targets_text if plan.source.line_col(c.span.start)[0] <= line
             <= plan.source.line_col(c.span.end)[0] and "%" in c.text]
    assert found and any(starts in c.text for c in found), [c.text[:80] for c in found]
    for cell in plan.body_targets_text:
        assert cell.span.slice(plan.source.text) == cell.text
    appendix = plan.appendix_lines
    assert all(plan.source.line_col(c.span.start)[0] < appendix[0] for c in plan.body_targets_text) \
        or seed == "002"


def test_body_sections(seed_plan) -> None:
    assert [s.number for s in seed_plan("002").body_sections] == ["I", "II", "III", "IV", "V"]
    assert [s.title for s in seed_plan("004").body_sections][1] == "NHIỆM VỤ, SẢN PHẨM, TIẾN ĐỘ VÀ TRÁCH NHIỆM THỰC HIỆN"


# --- what no reader knows ---------------------------------------------------------------------

UNKNOWN = ("Số: 1/KH-UBND\nHà Nội, ngày 05 tháng 01 năm 2024\nKẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024\n"
           "I. MỤC TIÊU\nNâng cao chất lượng.\nII. NHIỆM VỤ\nTheo phụ lục.\n" + "Dòng đệm.\n" * 6 +
           "PHỤ LỤC\nNHIỆM VỤ CỤ THỂ\n1) Ban hành quy chế ; Quý I/2024 ; Sở Nội vụ\n2) Tập huấn ; Quý II/2024 ; Sở Nội vụ\n")


def test_unknown_layout_says_so_and_accounts_for_every_line() -> None:
    plan = read_plan(UNKNOWN, doc_id="unknown")
    assert plan.layout == "unknown" and plan.tasks == ()
    unknown = [d for d in plan.diagnostics if d.code is Code.PLAN_UNKNOWN_LAYOUT]
    assert len(unknown) == 1 and "no row could be read" in unknown[0].message
    assert [(u.line, u.role) for u in plan.accounting] == [(14, LineRole.TITLE), (15, LineRole.UNREAD),
                                                          (16, LineRole.UNREAD), (17, LineRole.UNREAD)]


def test_unknown_layout_reads_what_it_can() -> None:
    text = UNKNOWN.replace("1) Ban hành quy chế ; Quý I/2024 ; Sở Nội vụ",
                           "1\tBan hành quy chế\tQuyết định\tQuý I/2024\tSở Nội vụ")
    plan = read_plan(text, doc_id="partly")
    assert plan.layout == "unknown"
    assert [t.id for t in plan.tasks] == ["1"] and str(plan.tasks[0].deadline) == "within 2024Q1"
    assert any(d.code is Code.PLAN_UNKNOWN_LAYOUT and "1 rows read" in d.message for d in plan.diagnostics)
    assert any(d.code is Code.PLAN_UNREADABLE_ROW for d in plan.diagnostics)


def test_a_plan_without_tasks_says_why() -> None:
    plan = read_plan("Số: 1/KH-UBND\nHà Nội, ngày 05 tháng 01 năm 2024\nKẾ HOẠCH CCHC NĂM 2024\n"
                     "I. MỤC TIÊU\nNâng cao chất lượng.\nII. NHIỆM VỤ\nTheo phụ lục chi tiết đính kèm.\n", doc_id="x")
    assert plan.tasks == ()
    assert [d.code for d in plan.diagnostics if d.code is Code.PLAN_NO_APPENDIX] == [Code.PLAN_NO_APPENDIX]


def test_numbering_gaps_in_a_table() -> None:
    text = ("STT\tNhiệm vụ\tSản phẩm\tTiến độ\tPhân công\nI\tThể chế\t\t\t\n1\tA\tB\tQuý I/2024\tX\n"
            "3\tC\tD\tQuý II/2024\tY\nIII\tTài chính\t\t\t\n1\tE\tF\tNăm 2024\tZ\n")
    plan = read_plan(text, context=PlanContext(plan_year=2024), doc_id="gaps")
    gaps = [d.message for d in plan.diagnostics if d.code is Code.PLAN_NUMBERING_GAP]
    assert sorted(gaps) == ["row 3 follows row 1 in section I", "section III follows section I"]
    assert [t.id for t in plan.tasks] == ["I.1", "I.3", "III.1"]


def test_duplicate_rows_get_distinct_ids() -> None:
    text = ("STT\tNhiệm vụ\tSản phẩm\tTiến độ\tPhân công\nI\tThể chế\t\t\t\n1\tA\tB\tQuý I/2024\tX\n"
            "1\tA lần hai\tB\tQuý II/2024\tY\n")
    plan = read_plan(text, context=PlanContext(plan_year=2024), doc_id="dup")
    assert [t.id for t in plan.tasks] == ["I.1", "I.1'"]
    assert [dict(d.data) for d in plan.diagnostics if d.code is Code.PLAN_DUPLICATE_TASK] == [{"task": "I.1"}]


def test_example_prints_the_task_table(monkeypatch, capsys) -> None:
    import runpy
    import sys

    path = Path(__file__).resolve().parents[2] / "examples" / "01_read_plan.py"
    monkeypatch.setattr(sys, "argv", [str(path)])
    runpy.run_path(str(path), run_name="__main__")
    out = capsys.readouterr().out
    assert "12/QĐ-UBND of UBND thị xã Ninh Hòa, issued 2022-01-21, plan year 2022" in out
    assert "IV.2" in out and "any(within 2021Q1" in out and "004_507df5ea52532140.txt:229:160" in out
    assert out.count("\nV") >= 3 and "VII.6" in out
