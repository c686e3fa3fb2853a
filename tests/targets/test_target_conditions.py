"""Target families found by the third scoring set (tests/targets/data/third_sentences.tsv): a threshold of
a condition is no goal, the unit column of a table row is no goal, classifiers of counted things, counts
written as words, planned counts without a comparison word, a count sharing the comparison before it.

Sources: "corpus <file>:<line>" is a line of the corpus plans (examples/corpus, public documents; the
sentence is copied with its hard wraps joined, or shortened where marked "short"); rows marked "issue 16
form" are written from the issue's own wording, to test the family around it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reformrules.targets import parse_targets
from target_sets import read, score

THIRD = Path(__file__).parent / "data" / "third_sentences.tsv"


@pytest.mark.parametrize("text, expected", [
    # corpus hcm_174:114-118: "thấp dưới 30% có thể điều chỉnh" is the threshold of a permission
    ("Chỉ tiêu 1: Năm 2025 đạt 60% các cơ quan quản lý nhà nước có lãnh đạo chủ chốt là nữ. Đối với một số "
     "ngành, lĩnh vực đặc thù có tỷ lệ nữ cán bộ, công chức thấp dưới 30% có thể điều chỉnh mục tiêu",
     [">= 60% [implicit]"]),
    # issue 16 forms: a condition word before the number, a consequence after it
    ("Nếu tỷ lệ hồ sơ trễ hạn trên 5% thì thủ trưởng đơn vị phải giải trình.", []),
    ("Trường hợp tỷ lệ giải ngân dưới 60%, chủ đầu tư báo cáo nguyên nhân.", []),
    ("Khi tỷ lệ lấp đầy vượt 80%, tỉnh xem xét mở rộng khu công nghiệp.", []),
    ("Đơn vị có tỷ lệ hồ sơ trễ hạn trên 10%, thì bị đánh giá không hoàn thành nhiệm vụ.", []),
    # "Đối với <objects> có <quantity> <comparison> N%": which objects are meant, not a goal
    ("Đối với đơn vị có tỷ lệ dưới 50%, phải xây dựng kế hoạch khắc phục.", []),
    ("Đối với các xã có tỷ lệ hộ nghèo trên 10%, ưu tiên hỗ trợ.", []),
    # the neighbours that stay goals: the condition ends at a comma before the goal, or follows it
    ("Khi có yêu cầu, 100% hồ sơ được trả lời trong ngày.", ["== 100%"]),
    ("100% phường, xã khi xây dựng kế hoạch phải có sự tham gia của cộng đồng;", ["== 100%"]),  # hcm_2853:186
    ("Tỷ lệ hồ sơ trễ hạn dưới 5%; nếu vượt, đơn vị phải giải trình.", ["< 5%"]),
    ("Phấn đấu 100% hồ sơ được giải quyết đúng hạn, khi hồ sơ đủ điều kiện.", ["== 100%"]),
    ("Đối với dịch vụ công, có tối thiểu 80% hồ sơ được xử lý trực tuyến.", [">= 80%"]),
    ("Đối với cấp xã, tỷ lệ hồ sơ trực tuyến đạt 50%.", [">= 50% [implicit]"]),
    ("Mức độ hài lòng đối với sự phục vụ của cơ quan có thẩm quyền đạt trên 84%", ["> 84%"]),
])
def test_a_threshold_of_a_condition_is_no_goal(text: str, expected: list[str]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # corpus thutuong_2629:748-760, the rows of an annex table joined cell by cell
    ("| 7 | Tỉ lệ cán bộ chuyên trách về công nghệ thông tin được đào tạo đạt chứng chỉ quản trị dữ liệu cơ bản. "
     "| % | 50% | Bộ Công an |", [">= 50% [implicit]"]),
    ("| Chỉ tiêu | ĐVT | Kết quả |\n| Tỷ lệ hồ sơ trực tuyến | % | 80% |", [">= 80% [implicit]"]),
    ("| Tỷ lệ hồ sơ trực tuyến | phần trăm | 80 phần trăm |", [">= 80% [implicit]"]),
])
def test_the_unit_column_of_a_table_row_is_no_goal(text: str, expected: list[str]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize("text", ["| TT | Chỉ tiêu | Tỷ lệ (%) | Cơ quan |", "Tỷ lệ hồ sơ trực tuyến ( % )"])
def test_a_percent_sign_in_brackets_names_a_unit(text: str) -> None:
    assert read(text) == []


def test_a_percent_sign_without_its_number_inside_a_phrase_is_still_unparsed() -> None:
    assert [t.op.value for t in parse_targets("| Tỷ lệ hồ sơ trực tuyến đạt …% |")] == ["unparsed"]
    assert [t.op.value for t in parse_targets("Tỷ lệ hồ sơ trực tuyến đạt (%)")] == ["unparsed"]


@pytest.mark.parametrize("text, expected", [
    ("- Sản phẩm: Ban hành tối thiểu 02 bộ tiêu chí Nhãn sinh thái Việt Nam", [">= 2 bộ tiêu chí"]),  # thutuong_2530:2099
    ("trong đó hình thành tối thiểu 03 cụm Trung tâm Dữ liệu quốc gia", [">= 3 cụm"]),  # thutuong_2629:394-395
    ("xây dựng ít nhất 05 tiêu chí đánh giá", [">= 5 tiêu chí"]),
    # places in a ranking (usage [I]); "hạng mục" (items) is its own unit, never "hạng"
    ("Chỉ số PAR INDEX tăng ít nhất 03 bậc so với năm 2024", ['>= +3 bậc vs "năm 2024"']),
    ("hoàn thành tối thiểu 5 hạng mục công trình", [">= 5 hạng mục"]),
])
def test_classifiers_of_counted_things(text: str, expected: list[str]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("- Chỉ tiêu 4: Có ít nhất một cơ sở y tế cung cấp thí điểm dịch vụ", [">= 1 cơ sở"]),  # hcm_174:185-186
    ("Mỗi xã tổ chức tối thiểu hai lớp tập huấn", [">= 2 lớp"]),
    ("tiếp nhận không quá ba lần", ["<= 3 lần"]),
    # no count: "một trong" (one of), "một số" (some), "một cửa" (one-stop), no comparison word
    ("được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản", []),  # hcm_174:159-160
    ("Thực hiện cơ chế một cửa, một cửa liên thông tại một số cơ quan", []),
    ("Có một cơ sở y tế", []),
    ("đạt ít nhất năm lớp", []),  # "năm" (five) is also "year": not a number word of the table
    ("Có **ít nhất** một cơ sở", [">= 1 cơ sở"]),  # emphasis between the words, no digit in the text
    ("Có ít nhất\nmột cơ sở y tế", [">= 1 cơ sở"]),
    ("ÍT NHẤT HAI LỚP", [">= 2 lớp"]),
])
def test_a_count_written_as_a_word(text: str, expected: list[str]) -> None:
    assert read(text) == expected


def test_a_digit_free_count_written_as_a_word_passes_the_quick_test() -> None:
    from reformrules.targets.grammar import MAY_HOLD_A_GOAL
    assert MAY_HOLD_A_GOAL.search("Mỗi xã có ÍT NHẤT   MỘT điểm phục vụ")
    assert not MAY_HOLD_A_GOAL.search("Mỗi xã có một điểm phục vụ")


@pytest.mark.parametrize("text, expected", [
    # corpus dongthap_552:186-189: a comparison shared through "," by a count of the same unit; a part of it
    ("Hình thành ít nhất 100 doanh nghiệp khởi nghiệp sáng tạo, 50 doanh nghiệp khoa học công nghệ; đồng thời "
     "có ít nhất 50 doanh nghiệp trở thành hạt nhân, trong đó có 20 doanh nghiệp công nghệ cao",
     [">= 100 doanh nghiệp", ">= 50 doanh nghiệp", ">= 50 doanh nghiệp", ">= 20 doanh nghiệp [implicit]"]),
    # corpus thutuong_2530:183-185: "Phấn đấu … có 1.200 công trình"
    ("h) Phấn đấu đến năm 2030, cả nước có 1.200 công trình xây dựng xanh.", [">= 1200 công trình [implicit]"]),
    # the neighbours that stay no goal: a fact without striving, another unit, a share before
    ("Hình thành ít nhất 100 doanh nghiệp, 50 doanh nghiệp và 30 doanh nghiệp",
     [">= 100 doanh nghiệp", ">= 50 doanh nghiệp", ">= 30 doanh nghiệp"]),  # the comparison goes on sharing
    ("Tỉnh có 17 sở, ban, ngành và 120 xã.", []),
    ("Đạt tối thiểu 10 hồ sơ, 5 lớp tập huấn", [">= 10 hồ sơ"]),
    ("Hiện có 5 hồ sơ chưa giải quyết", []),
])
def test_planned_counts_without_a_comparison_word(text: str, expected: list[str]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # corpus daklak_0129:106-109 (short): a copula before a count states the scope, not a goal
    ("ngoài ra còn một số xã bị ảnh hưởng mưa lũ, trong đó trọng tâm là 40 xã, phường đã được UBND tỉnh công bố",
     []),
    ("Chỉ tiêu là 10 hồ sơ mỗi tháng", [">= 10 hồ sơ [implicit]"]),  # after a goal noun it is one
    ("Năm 2023, tỷ lệ hồ sơ trực tuyến mới đạt 38,2%, trong khi chỉ tiêu là 45%", [">= 45% [implicit]"]),
])
def test_a_copula_before_a_count_is_no_goal(text: str, expected: list[str]) -> None:
    assert read(text) == expected


def test_f1_on_the_third_scoring_set() -> None:
    """52 sentences (75 targets) from twelve corpus plans, expected strings written by hand before any fix.

    Measured before the fixes of this file: 69 right, 2 extra, 6 missed (F1 0.945); after them 74 right,
    0 extra, 1 missed (F1 0.993); see docs/targets.md.
    """
    rows, tp, fp, fn, misses = score(THIRD)
    assert (rows, tp + fn) == (52, 75)
    assert 2 * tp / (2 * tp + fp + fn) >= 0.97, misses
