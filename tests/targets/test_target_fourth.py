"""The fourth scoring set (tests/targets/data/fourth_sentences.tsv) and the families its reading led to.

The set's 42 rows (34 targets, 14 rows with none) are corpus sentences and table cells that no file under
tests/ held before, with the expected targets written by hand from the source before the parser was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reformrules import read_plan
from reformrules.targets import evaluate, parse_targets

from target_sets import score

FOURTH = Path(__file__).parent / "data" / "fourth_sentences.tsv"


def test_f1_on_the_fourth_scoring_set() -> None:
    """First run, before any change: 34 right, 1 extra, 0 missed (F1 0.986, precision 0.971, recall 1.000).

    The extra is "Giao thông có trên 40 điểm ngập" (daklak_0129:70), a damage report in a sentence of its
    own after the report opener's sentence: see docs/targets.md, "A fourth scoring set".
    """
    rows, tp, fp, fn, misses = score(FOURTH)
    assert (rows, tp + fn) == (42, 34)
    assert 2 * tp / (2 * tp + fp + fn) >= 0.97, misses


def _body_targets(body: str) -> list[str]:
    plan = read_plan("I. MỤC TIÊU\n\n" + body + "\n\nII. NHIỆM VỤ\n\nThực hiện tốt.\n", doc_id="form")
    return [str(t) for t in plan.targets]


def test_the_plan_reader_gives_the_target_parser_whole_sentences() -> None:
    # corpus cantho_153:131-135 (short): "Hằng năm," opening the sentence is the baseline of every
    # ";"-clause; the body reader cut the sentence at ";" and the later clauses had no baseline ("vs ?")
    assert _body_targets("d) Hằng năm, số vụ phạm tội được phát hiện tăng trên 3%;\nsố vụ mua bán được "
                         "triệt phá tăng\ntrên 5%.") == ['> +3% vs "năm trước"', '> +5% vs "năm trước"']
    # corpus daklak_0129:65-69 (short): the report opener governs the clauses after ";" too
    assert _body_targets("- Đến 12h00 ngày 21/11/2025, toàn tỉnh ghi nhận nhiều thiệt hại; trên 63.000 ha "
                         "cây trồng bị thiệt hại.") == []
    # a sentence end still ends a sentence: the goal after a report is read
    assert _body_targets("- Tính đến ngày 30/6/2025, đã số hóa 80% hồ sơ. Phấn đấu năm 2026 đạt 100%.") \
        == ["== 100%"]


@pytest.mark.parametrize("text, expected", [
    # a table whose unit is its own column: the value cell's number takes the row's unit
    ("| 1 | Tỷ lệ hồ sơ được số hóa | % | ≥ 80 | Văn phòng Chính phủ |", [">= 80%"]),
    ("| 1 | Tỷ lệ hồ sơ được số hóa | % | >= 80 |", [">= 80%"]),
    ("| 1 | Tỷ lệ hồ sơ được số hóa | % | 80 |", [">= 80% [implicit]"]),
    ("| 1 | Tỷ lệ hồ sơ được số hóa | **%** | **≥ 80,5** |", [">= 80.5%"]),
    ("| 1 | Tỷ lệ hồ sơ được số hóa |\u00a0%\u00a0| ≥\u00a080.5 |", [">= 80.5%"]),
    ("| 1 | Tỷ lệ hồ sơ được số hóa | % | Tối thiểu\n80 |", [">= 80%"]),
    ("| 2 | Số lớp tập huấn | Lớp | ≥ 10 |", [">= 10 lớp"]),
    ("| 2 | Số lớp tập huấn | lớp | 10 |", [">= 10 lớp [implicit]"]),
    # a value cell with its own unit keeps it; a year or a row number is no value
    ("| 7 | Tỉ lệ cán bộ được đào tạo | % | 50 % | Bộ Công an |", [">= 50% [implicit]"]),
    ("| 1 | Tỷ lệ hồ sơ | % | 2025 |", []),
    # the unit holds for its row only: a line break ends it
    ("| 1 | Tỷ lệ hồ sơ | % | ≥ 80 |\n| 2 | Số hồ sơ tiếp nhận | 30 |", [">= 80%"]),
    ("| TT | Chỉ tiêu | ĐVT | Kết quả |\n| 1 | Tỷ lệ hồ sơ | % | ≥ 80 |", [">= 80%"]),
    # a range in a value cell: both bounds take the unit (review item 10)
    ("| Tỷ lệ | % | 80 - 90 |", ["80%..90%"]),
    ("| Tỷ lệ | % | 80-90 |", ["80%..90%"]),
    ("| Tỷ lệ | % | 80 – 90 |", ["80%..90%"]),
    ("| Tỷ lệ | % | từ 80 đến 90 |", ["80%..90%"]),
    ("| Tỷ lệ | % | TỪ 80 ĐẾN 90 |", ["80%..90%"]),
    ("| Tỷ lệ |\u00a0%\u00a0| 80,5\u00a0-\u00a090 |", ["80.5%..90%"]),
    ("| Tỷ lệ | % | 80.5 - 90 |", ["80.5%..90%"]),
    ("| Tỷ lệ | % | từ 80\nđến 90 |", ["80%..90%"]),
    # only a value cell takes the unit: a cell with words before its number is none (review item 10)
    ("| Tỷ lệ | % | 80 | Sở Nội vụ | Tháng 6 |", [">= 80% [implicit]"]),
    ("| Tỷ lệ | % | 80 | Sở Nội vụ | tháng\u00a06 |", [">= 80% [implicit]"]),
    ("| Tỷ lệ | % | 80 | Phụ lục 3 |", [">= 80% [implicit]"]),
    ("| Tỷ lệ | % | 80 | PHỤ LỤC\n3 |", [">= 80% [implicit]"]),
    ("| Tỷ lệ | % | 80 | Ghi chú: theo Quyết định số 12 |", [">= 80% [implicit]"]),
    ("| Tỷ lệ | % | ≥ 80 | Quý 4 |", [">= 80%"]),
])
def test_a_unit_column_gives_its_unit_to_the_value_cell(text: str, expected: list[str]) -> None:
    assert [str(t) for t in parse_targets(text)] == expected


@pytest.mark.parametrize("cell, unit, expected", [
    ("≥ 80", "%", [">= 80%"]),
    ("80", " % ", [">= 80% [implicit]"]),
    ("tối thiểu 10", "lớp", [">= 10 lớp"]),
    ("≥ 80", "Ghi chú", [">= 80"]),  # not a unit of the table: the cell reads as without one
    ("≥ 80%", "lớp", [">= 80%"]),  # the cell's own unit wins
    ("80", None, []),
    ("80 - 90", "%", ["80%..90%"]),  # both bounds of a range (review item 10)
    ("từ 80 đến 90", "%", ["80%..90%"]),
    ("Phụ lục 3", "%", []),  # words before the number: no value cell
])
def test_the_unit_of_a_row_given_by_the_caller(cell: str, unit: str | None, expected: list[str]) -> None:
    assert [str(t) for t in parse_targets(cell, unit=unit)] == expected


def test_the_plan_reader_reads_an_indicator_table_with_a_unit_column() -> None:
    text = ("I. MỤC TIÊU\n\nThực hiện tốt.\n\nPHỤ LỤC\n\n"
            "| TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá |\n|---|---|---|---|---|\n"
            "| 1 | Tỉ lệ hồ sơ được số hóa. | % | ≥ 80 | Văn phòng Chính phủ |\n"
            "| 2 | Số lớp tập huấn. | lớp | 10 | Sở Nội vụ |\n| 3 | Tỉ lệ hài lòng. | % | 95% | Sở Nội vụ |\n")
    plan = read_plan(text, doc_id="t")
    assert [(t.id, str(t)) for t in plan.targets] == [("1:1", ">= 80%"), ("2:1", ">= 10 lớp [implicit]"),
                                                      ("3:1", ">= 95% [implicit]")]


@pytest.mark.parametrize("text, expected", [
    # an N-fold change is a ratio to the baseline, in percent (docs/targets.md, "Multiples and fractions")
    ("Doanh thu tăng gấp 2 lần so với năm 2020", ['>= 200% of "năm 2020" [implicit]']),
    ("doanh thu TĂNG GẤP 2 LẦN so với năm 2020", ['>= 200% of "năm 2020" [implicit]']),
    ("Doanh thu tăng\u00a0gấp **2 lần** so với\nnăm 2020", ['>= 200% of "năm 2020" [implicit]']),
    ("tăng 2 lần so với năm 2020", ['>= 200% of "năm 2020" [implicit]']),
    ("tăng ít nhất 1,5 lần so với năm 2020", ['>= 150% of "năm 2020"']),
    ("tăng ít nhất 1.5 lần", [">= 150% of ?"]),
    ("tăng trên 3 lần", ["> 300% of ?"]),
    ("tăng gấp 2 - 3 lần so với năm 2020", ['200%..300% of "năm 2020"']),
    ("giảm 2 lần so với năm 2020", ['<= 50% of "năm 2020" [implicit]']),
    ("giảm ít nhất 4 lần", ["<= 25% of ?"]),
    # "lần" as a count or the unit of the subject stays what it was
    ("tối thiểu 3 lần kiểm tra", [">= 3 lần"]),
    ("Giảm số giờ làm công việc nhà của nữ so với nam còn 1,7 lần", ["<= 1.7 lần"]),
])
def test_a_multiple_of_the_baseline(text: str, expected: list[str]) -> None:
    assert [str(t) for t in parse_targets(text)] == expected


@pytest.mark.parametrize("text", [
    # review item 12: a decrease N-fold with N <= 1 is no decrease (it was read "<= 200%", at most double)
    "giảm 0,5 lần",
    "GIẢM 0,5 LẦN",
    "giảm 0.5 lần so với năm 2020",
    "Chi phí giảm\u00a00,5 lần so với\nnăm 2020",
    "giảm 1 lần",
    "giảm 0,5 - 2 lần",
    "giảm 0 lần",
])
def test_a_decrease_by_a_multiple_of_at_most_one_is_unparsed(text: str) -> None:
    (target,) = parse_targets(text)
    assert target.op.value == "unparsed"
    assert [d.code for d in target.diagnostics] == ["target.unparsed"]


@pytest.mark.parametrize("text, expected, subject", [
    # review item 12: "tăng gấp" is one cue, so "tăng" is not left in the subject
    ("tăng gấp 2 lần so với năm 2020", '>= 200% of "năm 2020" [implicit]', ""),
    ("Năng suất lao động tăng gấp 2 lần so với năm 2020", '>= 200% of "năm 2020" [implicit]', "Năng suất lao động"),
    ("NĂNG SUẤT LAO ĐỘNG TĂNG GẤP 2 LẦN so với năm 2020", '>= 200% of "năm 2020" [implicit]', "NĂNG SUẤT LAO ĐỘNG"),
    ("Năng suất lao động tăng\u00a0gấp 2,5 lần so với năm 2020", '>= 250% of "năm 2020" [implicit]',
     "Năng suất lao động"),
    ("Năng suất lao động tăng\ngấp 2.5 lần so với năm 2020", '>= 250% of "năm 2020" [implicit]', "Năng suất lao động"),
])
def test_increase_n_fold_is_one_cue(text: str, expected: str, subject: str) -> None:
    (target,) = parse_targets(text)
    assert (str(target), target.subject) == (expected, subject)


@pytest.mark.parametrize("text, expected", [
    # "gấp" after a verb or a modal is "urgently" (URGENT_BEFORE); at the start of the clause it multiplies
    ("phải làm gấp 2 lần", []),
    ("PHẢI LÀM GẤP 2 LẦN", []),
    ("cần triển khai\u00a0gấp 2 lần", []),
    ("cần gấp 2 lần", []),
    ("gấp 2 lần so với năm 2020", ['>= 200% of "năm 2020" [implicit]']),
    ("Gấp 2,5 lần so với năm 2020", ['>= 250% of "năm 2020" [implicit]']),
])
def test_gap_after_a_verb_is_urgently(text: str, expected: list[str]) -> None:
    assert [str(t) for t in parse_targets(text)] == expected


def test_a_multiple_is_met_by_the_ratio_to_its_baseline() -> None:
    target = parse_targets("Doanh thu tăng gấp 2 lần so với năm 2020")[0]
    assert str(evaluate(target, 210, baseline=100)) == "met (+10)"
    assert str(evaluate(target, 190, baseline=100)) == "not_met (-10)"


@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu 1/2 số xã, phường đạt chuẩn nông thôn mới", [">= 50% [implicit]"]),
    ("đạt tối thiểu 1/2 số xã", [">= 50%"]),
    ("trên 3/4 tổng số trường học", ["> 75%"]),
    ("TRÊN 3/4 TỔNG SỐ trường học", ["> 75%"]),
    ("tối thiểu 2/3 số hộ", [">= 66.66666666666666666666666667%"]),
    # dates, numberings and improper fractions are no shares
    ("Từ ngày 1/2 số liệu được cập nhật", []),
    ("Kế hoạch số 12/KH-UBND ngày 15/5/2019", []),
    ("đạt 5/3 số xã", []),
])
def test_a_fraction_before_the_number_of_is_a_share(text: str, expected: list[str]) -> None:
    assert [str(t) for t in parse_targets(text)] == expected


@pytest.mark.parametrize("text, subject", [
    # corpus hatinh_624:107-109, hcm_174:158 (read after the fourth set): a label before ":" whose words come
    # again after it, or a heading word of HEADING_LABELS, heads the item; the quantity is named after it
    ("d) Đối với cha mẹ trẻ em: Phấn đấu 100% cha mẹ trẻ em là công nhân được phổ biến kiến thức.",
     "cha mẹ trẻ em là công nhân được phổ biến kiến thức"),
    ("D) ĐỐI VỚI CHA MẸ TRẺ EM: Phấn đấu 100% cha mẹ trẻ em là công nhân.", "cha mẹ trẻ em là công nhân"),
    ("d) Đối với cha mẹ\u00a0trẻ em: Phấn đấu 100% cha mẹ trẻ em\nlà công nhân.", "cha mẹ trẻ em là công nhân"),
    ("- Chỉ tiêu 3: Đến năm 2025 đạt 80% người bị bạo lực được tiếp cận dịch vụ.",
     "Đến năm 2025 người bị bạo lực được tiếp cận dịch vụ"),
    ("- CHỈ TIÊU III: đạt 80,5% người bị bạo lực được tiếp cận dịch vụ.", "người bị bạo lực được tiếp cận dịch vụ"),
    ("- Mục tiêu cụ thể: 100% xã đạt chuẩn nông thôn mới.", "xã đạt chuẩn nông thôn mới"),
    ("- **Chỉ tiêu 2**: 100.0 % xã đạt chuẩn nông thôn mới.", "xã đạt chuẩn nông thôn mới"),
    # a head word still wins; a comma after the colon keeps the words before it (bvhttdl_4385:323)
    ("- Chỉ tiêu 3: Tỷ lệ nữ học viên đạt trên 30% vào năm 2025.", "Tỷ lệ nữ học viên"),
])
def test_a_label_before_a_colon_is_not_the_subject(text: str, subject: str) -> None:
    assert parse_targets(text)[0].subject == subject


@pytest.mark.parametrize("text, subjects", [
    # review item 11 (hatinh_624:72-75, dongthap_552:246): any other label tells its target apart, or gives
    # its only time, and stays in the subject
    ("- Tại địa bàn đô thị: 100% trẻ em được tiêm chủng; - Tại địa bàn nông thôn: 90% trẻ em được tiêm chủng",
     ["Tại địa bàn đô thị trẻ em được tiêm chủng", "Tại địa bàn nông thôn trẻ em được tiêm chủng"]),
    ("- TẠI ĐỊA BÀN ĐÔ THỊ: 100 % trẻ em\nđược tiêm chủng",  ["TẠI ĐỊA BÀN ĐÔ THỊ trẻ em được tiêm chủng"]),
    ("Khu vực đô thị: 100% hộ dân được dùng nước sạch. Khu vực nông thôn: 70,5% hộ dân được dùng nước sạch.",
     ["Khu vực đô thị hộ dân được dùng nước sạch", "Khu vực nông thôn hộ dân được dùng nước sạch"]),
    ("Khu vực\u00a0nông thôn: 70.5% hộ dân được dùng nước sạch.", ["Khu vực nông thôn hộ dân được dùng nước sạch"]),
    ("a) Đến năm 2030: 100% xã đạt chuẩn", ["Đến năm 2030 xã đạt chuẩn"]),
    ("- **Đổi mới công nghệ**: 100% khu công nghiệp triển khai chương trình.",
     ["Đổi mới công nghệ khu công nghiệp triển khai chương trình"]),
])
def test_a_label_before_a_colon_that_tells_targets_apart_is_kept(text: str, subjects: list[str]) -> None:
    assert [t.subject for t in parse_targets(text)] == subjects


def test_a_comma_after_the_colon_keeps_the_words_before_it() -> None:
    # bvhttdl_4385:323 (short): the budget named before ":" is what accounts for the share
    text = "- Ngân sách trung ương: để thực hiện các dự án, chiếm khoảng 80% tổng vốn."
    assert parse_targets(text)[0].subject.startswith("Ngân sách trung ương")


@pytest.mark.parametrize("text, subject", [
    # corpus dongnai_182:55-63 and 609-615, dongthap_552:134 (read after the fourth set): emphasis marks are
    # left out of a subject, as the tokenizer leaves them out of the goal
    ("**đảm bảo ít nhất 70% xã, phường **tổ chức cai nghiện tự nguyện",
     "đảm bảo xã, phường tổ chức cai nghiện tự nguyện"),
    ("Phấn đấu trên 50% diện tích *(lúa, xoài) *ứng dụng công nghệ", "diện tích (lúa, xoài) ứng dụng công nghệ"),
    ("100% hợp tác xã (*có đủ năng lực*) áp dụng truy xuất", "hợp tác xã (có đủ năng lực) áp dụng truy xuất"),
    ("100% khu công nghệ**thông minh", "khu công nghệ thông minh"),
])
def test_emphasis_marks_are_not_part_of_a_subject(text: str, subject: str) -> None:
    assert parse_targets(text)[0].subject == subject


@pytest.mark.parametrize("text, subjects", [
    # corpus thutuong_2530:183-184 and 1498-1500 (short): two goals with their own cues, parted by a comma,
    # each name their own quantity (the first took both names before)
    ("Hà Nội có tối thiểu 200 công trình, Thành phố Hồ Chí Minh có tối thiểu 500 công trình.",
     ["Hà Nội", "Thành phố Hồ Chí Minh"]),
    ("- Đạt mục tiêu về công trình xanh vào năm 2030: Hà Nội có tối thiểu 200 công trình, Thành phố Hồ Chí Minh có "
     "tối thiểu 500 công trình.", ["Hà Nội", "Thành phố Hồ Chí Minh"]),
    ("Hà Nội đạt 80%, Đà Nẵng đạt 90%.", ["Hà Nội", "Đà Nẵng"]),
    # a bare number after the comma has no name of its own: the words before the comma stay the first's
    ("có tối thiểu 40% hồ sơ được tiếp nhận, 15% hồ sơ được giải quyết",
     ["hồ sơ được tiếp nhận", "hồ sơ được giải quyết"]),
    ("Kết quả: đạt trên 84%", ["Kết quả"]),
])
def test_each_goal_with_its_own_cue_names_its_own_quantity(text: str, subjects: list[str]) -> None:
    assert [t.subject for t in parse_targets(text)] == subjects
