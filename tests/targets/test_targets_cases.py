"""Case tables for parse_targets: phrase forms, refusals, subjects, ids, spans and policies."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from reformrules.context import PlanContext
from reformrules.errors import ParseError
from reformrules.source import Source, Span
from reformrules.targets import Comparator, Relative, Target, parse_canonical, parse_targets

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "plans"


def _canonical(text: str) -> str:
    return " ; ".join(str(t) for t in parse_targets(text))


def _codes(text: str) -> str:
    found = set()
    for target in parse_targets(text):
        for member in (target, *target.alternatives):
            found.update(d.code.value for d in member.diagnostics)
    return ",".join(sorted(found))


# (phrase, canonical, codes): every comparator form of the issue and docs/domain.md §4.
CASES = [
    ("đạt tối thiểu 78%", ">= 78%", ""),
    ("ít nhất 60%", ">= 60%", ""),
    ("từ 30% trở lên", ">= 30%", ""),
    ("không thấp hơn 70%", ">= 70%", ""),
    ("phấn đấu đạt 90%", ">= 90% [implicit]", "target.implicit_comparator"),
    ("Phấn đấu 30% người dân", ">= 30% [implicit]", "target.implicit_comparator"),  # "strive": no comparison
    ("Phấn đấu tối thiểu 30% hồ sơ", ">= 30%", ""),
    ("Phấn đấu 100% hồ sơ", "== 100%", ""),
    ("đạt từ 20% hồ sơ", ">= 20%", ""),
    ("tối thiểu từ 50% trở lên", ">= 50%", ""),
    ("đạt trên 84%", "> 84%", ""),
    ("hơn 50%", "> 50%", ""),
    ("vượt 50%", "> 50%", ""),
    ("tối đa 10%", "<= 10%", ""),
    ("không quá 3%", "<= 3%", ""),
    ("không vượt quá 3%", "<= 3%", ""),
    ("từ 30% trở xuống", "<= 30%", ""),
    ("giảm xuống còn 4%", "<= 4%", ""),
    ("dưới 2%", "< 2%", ""),
    ("giảm xuống dưới 5%", "< 5%", ""),
    ("100% hồ sơ", "== 100%", ""),
    ("đạt 100%", "== 100%", ""),
    ("tối thiểu 100%", ">= 100%", ""),
    ("đạt 50%", ">= 50% [implicit]", "target.implicit_comparator"),
    ("80% báo cáo định kỳ", ">= 80% [implicit]", "target.implicit_comparator"),
    ("đạt 45,8%", ">= 45.8% [implicit]", "target.implicit_comparator"),
    ("đạt 50 phần trăm", ">= 50% [implicit]", "target.implicit_comparator"),
    ("Phấn đấu từ 95% -100%", "95%..100%", ""),
    ("Phấn đấu từ 95% – 100%", "95%..100%", ""),
    ("từ 95% đến 100%", "95%..100%", ""),
    ("tối thiểu 45% - 50%", "45%..50%", ""),
    ("từ 100% - 95%", "95%..100%", "target.inverted_range"),
    ("tối thiểu 10 hồ sơ", ">= 10 hồ sơ", ""),
    ("từ 10 đến 20 lớp", "10..20 lớp", ""),
    ("không quá 1.000 lượt", "<= 1000 lượt", ""),
    ("đạt trên 84", "> 84", "target.no_unit"),
    # "vượt 5-10%": exceed by at least 5 (the upper end is no ceiling); points for a rate, growth otherwise
    ("Tỷ lệ hồ sơ vượt 5-10% so với chỉ tiêu được UBND tỉnh giao",
     '>= +5pp vs "chỉ tiêu được UBND tỉnh giao" [implicit]', "target.implicit_comparator,target.relative_baseline"),
    ("Tỷ lệ hồ sơ vượt 10 - 5% so với chỉ tiêu", '>= +5pp vs "chỉ tiêu" [implicit]',
     "target.implicit_comparator,target.relative_baseline"),
    ("Tỷ lệ hồ sơ vượt 5% so với chỉ tiêu", '>= +5pp vs "chỉ tiêu" [implicit]',
     "target.implicit_comparator,target.relative_baseline"),
    ("số hồ sơ trực tuyến vượt 5-10% so với kế hoạch", '>= +5% vs "kế hoạch" [implicit]',
     "target.implicit_comparator,target.relative_baseline"),
    ("vượt 5-10%", ">= +5% vs ? [implicit]", "target.implicit_comparator,target.relative_baseline"),
    ("tỷ lệ hồ sơ trực tuyến tăng 5-10% so với năm 2021", '+5pp..+10pp vs "năm 2021"', "target.relative_baseline"),
    ("mỗi năm tăng tối thiểu 20%", '>= +20% vs "năm trước"', "target.relative_baseline"),
    ("tăng tối thiểu 20% mỗi năm", '>= +20% vs "năm trước"', "target.relative_baseline"),
    ("giảm ít nhất 10% so với năm 2021", '<= -10% vs "năm 2021"', "target.relative_baseline"),
    ("tỷ lệ hồ sơ trễ hạn giảm 5-10% so với năm 2021", '-10pp..-5pp vs "năm 2021"', "target.relative_baseline"),
    # the measured noun between the number and "so với" (QA finding): the baseline is still read
    ("Giảm 10% biên chế so với năm 2015", '<= -10% vs "năm 2015" [implicit]',
     "target.implicit_comparator,target.relative_baseline"),
    ("tăng 20%", ">= +20% vs ? [implicit]", "target.implicit_comparator,target.relative_baseline"),
    ("đạt 120% so với kế hoạch", '>= 120% of "kế hoạch" [implicit]',
     "target.implicit_comparator,target.relative_baseline"),
    ("tối thiểu 10 hồ sơ mỗi năm", ">= 10 hồ sơ", ""),
    ("đạt từ 30% trở lên (hoặc … từ 50% trở lên)", ">= 30% | >= 50%", ""),
    ("cấp tỉnh, huyện, xã đạt tỷ lệ tương đương (50%, 40%, 25%)",
     ">= 50% @tỉnh [implicit] ; >= 40% @huyện [implicit] ; >= 25% @xã [implicit]", "target.implicit_comparator"),
    ("các cấp tỉnh, huyện và cấp xã tối thiểu (60%, 50%, 40%)", ">= 60% @tỉnh ; >= 50% @huyện ; >= 40% @xã", ""),
    ("có tối thiểu 40% hồ sơ ở mức độ 3 và 15% hồ sơ ở mức độ 4", ">= 40% ; >= 15%", ""),
    ("đạt 40% hồ sơ và 15% hồ sơ", ">= 40% [implicit] ; >= 15% [implicit]", "target.implicit_comparator"),
    ("tỷ lệ A đạt trên 80%; tỷ lệ B dưới 5%.", "> 80% ; < 5%", ""),
    ("không để quá 5% hồ sơ trễ hạn", "<= 5%", ""),
    # goals written in words (docs/targets.md "Goals written in words")
    ("Toàn bộ hồ sơ được luân chuyển điện tử", "== 100%", "target.value_in_words"),
    ("a) TOÀN  BỘ hồ sơ liên thông được xử lý điện tử", "== 100%", "target.value_in_words"),
    ("Không để xảy ra tình trạng giải quyết hồ sơ trễ hạn", "== 0%", "target.value_in_words"),
    ("không để hồ sơ quá hạn", "== 0%", "target.value_in_words"),
    ("Không để xảy ra tình trạng hồ sơ trễ hạn; 100% hồ sơ đúng hạn", "== 0% ; == 100%", "target.value_in_words"),
    ("Toàn bộ hồ sơ được số hóa, trong đó tối thiểu 40% hồ sơ trực tuyến", "== 100% ; >= 40%",
     "target.value_in_words"),
]


@pytest.mark.parametrize(("phrase", "canonical", "codes"), CASES, ids=[c[0] for c in CASES])
def test_case(phrase: str, canonical: str, codes: str) -> None:
    assert _canonical(phrase) == canonical
    assert _codes(phrase) == codes


def test_case_table_has_no_duplicates() -> None:
    phrases = [c[0] for c in CASES]
    assert len(phrases) == len(set(phrases))


# (phrase, why): goals that are written but cannot be read give an explicit unparsed target.
UNPARSED = [
    ("đạt …%", "no number before the percent sign"),
    ("đạt x%", "a word in place of the number"),
    ("đạt 4,,5%", "malformed number"),
    ("đạt 3.4.5%", "malformed number"),
    ("Phấn đấu từ 95% - đạt", "range without an upper bound"),
    ("cấp tỉnh và huyện đạt (50%, 40%, 25%)", "three values for two levels"),
    ("đạt tỷ lệ (50%, 40%)", "a list with no levels"),
]


@pytest.mark.parametrize(("phrase", "why"), UNPARSED, ids=[u[1] + ": " + u[0] for u in UNPARSED])
def test_unreadable_goal_is_kept_as_unparsed(phrase: str, why: str) -> None:
    targets = parse_targets(phrase)
    assert [t.op for t in targets] == [Comparator.UNPARSED]
    target = targets[0]
    assert str(target) == "unparsed" and target.value is None
    assert [d.code.value for d in target.diagnostics] == ["target.unparsed"]
    assert target.diagnostics[0].severity.value == "error"
    assert target.span is not None and phrase[target.span.start : target.span.end] == target.text
    with pytest.raises(ParseError) as raised:
        parse_targets(phrase, mode="raise")
    assert [d.code.value for d in raised.value.diagnostics] == ["target.unparsed"]


# Numbers that are not goals: years, dates, levels, counts without a cue, durations, codes.
NOT_TARGETS = [
    "Năm 2023 - 2024",
    "thực hiện trực tuyến ở mức độ 3, 4",
    "17 sở, ban, ngành",
    "công chức có trên 5 năm công tác",
    "tối thiểu 3 năm",
    "giai đoạn 2021-2025",
    "từ 2021 đến 2025",
    "theo Quyết định số 1439/QĐ-UBND ngày 15/5/2019",
    "TCVN ISO 9001:2015",
    "Chương trình hành động số 12-CTr/TU",
    "Tỷ lệ 1.000 hồ sơ",
    "Phân đầu tăng tỷ lệ hồ sơ giải quyết sớm hạn",
    "thực hiện có chất lượng, hiệu quả toàn bộ nội dung Kế hoạch này",  # "toàn bộ" not opening the clause
    "Toàn bộ các cơ quan triển khai Kế hoạch",  # no passive "được": an instruction, not a state to reach
    "không để tình trạng nhiều tầng nấc, kéo dài thời gian giải quyết",  # no late word: not countable
    "Không để xảy ra sai sót",
    "",
    "   ",
]


@pytest.mark.parametrize("phrase", NOT_TARGETS)
def test_not_a_target(phrase: str) -> None:
    assert parse_targets(phrase) == ()


# Non-goal numbers as they stand in the seeds (seed, line, col, phrase), checked verbatim first.
SEED_NOT_TARGETS = [
    ("001", 56, 1, "a) Phân đầu tăng tỷ lệ hồ sơ giải quyết sớm hạn trên cơ sở đơn giản hóa, chuẩn hóa và "
                   "thống nhất hóa về hồ sơ và quy trình giải quyết TTHC."),
    ("002", 125, 1, "- Giao quyền tự chủ tài chính của các đơn vị sự nghiệp công lập với các mức độ tự chủ tài "
                    "chính theo 4 nhóm đơn vị"),
    ("002", 161, 1, "- Xây dựng hệ thống giám sát, điều hành và cơ sở dữ liệu chuyên ngành của 5 Sở: Y tế;"),
    ("002", 193, 1, "- Triển khai bảo đảm an toàn thông tin mô hình 4 lớp theo hướng dẫn"),
    ("002", 211, 1, "1. Các sở, ban, ngành; UBND các huyện, thị xã, thành phố gửi báo cáo thực hiện CCHC hàng "
                    "quý, 06 tháng, năm: trước ngày 20 của tháng cuối kỳ báo cáo."),
    ("002", 217, 1, "- Báo cáo Quý I/2022: thời gian chốt số liệu tính từ ngày 15/12/2021 đến ngày 14/3/2022."),
    ("003", 50, 1, "11. Thực hiện việc chuyển đổi số trong áp dụng Hệ thống quản lý chất lượng theo TCVN ISO "
                   "9001:2015 trong các cơ quan hành chính nhà nước đồng bộ ở cả 3 cấp"),
    ("004", 169, None, "trong vòng 30 ngày kể từ ngày kế hoạch này được ban hành"),
    ("000", 475, 1, "Trực tuyến hóa ở mức độ 4 đối với toàn bộ thủ tục\nhành chính đủ điều kiện thực hiện ở cả ba "
                    "cấp hành chính"),
    ("000", 243, 1, "có chất lượng, hiệu quả toàn bộ nội dung Kế hoạch này./."),
    ("001", 124, 137, "không để tình trạng nhiều tầng nấc, kéo"),
]


@pytest.mark.parametrize(("seed", "line", "col", "phrase"), SEED_NOT_TARGETS,
                         ids=[f"{s}:{line}" for s, line, _c, _p in SEED_NOT_TARGETS])
def test_seed_numbers_that_are_not_goals(seed: str, line: int, col: int | None, phrase: str) -> None:
    text = next(SEEDS.glob(f"{seed}_*.txt")).read_text(encoding="utf-8")
    source = Source(seed, text)
    if col is None:
        assert phrase in source.line_text(line)
    else:
        start = source.offset(line, col)
        assert text[start : start + len(phrase)] == phrase
    assert parse_targets(phrase) == ()


# Subjects as written (whitespace collapsed), from seed sentences.
SUBJECTS = [
    ("10. Mức độ hài lòng của tổ chức, cá nhân đối với sự\nphục vụ của cơ quan hành chính nhà nước trên địa bàn "
     "tỉnh đạt tối thiểu 78%, đối\nvới sự phục vụ của đơn vị sự nghiệp công lập đạt tối thiểu 78%.",
     ["Mức độ hài lòng của tổ chức, cá nhân đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh",
      "Mức độ hài lòng của tổ chức, cá nhân đối với sự phục vụ của đơn vị sự nghiệp công lập"]),
    ("c) Tỷ lệ cấp giấy chứng nhận đăng ký đầu tư qua mạng\nđạt tối thiểu 15% hồ sơ thủ tục hành chính được tiếp "
     "nhận, giải quyết.", ["Tỷ lệ cấp giấy chứng nhận đăng ký đầu tư qua mạng"]),
    ("d) 100% thủ tục hành chính có yêu cầu nghĩa vụ tài chính đủ điều kiện được triển khai thanh toán trực "
     "tuyến, trong đó, tỷ lệ giao dịch thanh toán trực tuyến đạt từ 30%.",
     ["thủ tục hành chính có yêu cầu nghĩa vụ tài chính đủ điều kiện được triển khai thanh toán trực tuyến",
      "tỷ lệ giao dịch thanh toán trực tuyến"]),
    ("Phấn đấu hoàn thành số hóa kết quả giải quyết thủ tục hành chính cấp tỉnh, huyện, xã đạt tỷ lệ tương "
     "đương (50%, 40%, 25%).", ["hoàn thành số hóa kết quả giải quyết thủ tục hành chính"] * 3),
    ("Hoàn thành đầu tư gói thầu phần cứng và tối thiểu 30% tiến độ các gói thầu phần mềm",
     ["tiến độ các gói thầu phần mềm"]),
    ("<ul style=\"list-style-type: none\"> - 100% viên chức đạt chuẩn theo yêu cầu của vị trí việc làm - Báo cáo "
     "của theo quy định", ["viên chức đạt chuẩn theo yêu cầu của vị trí việc làm"]),
    ("e) Đẩy mạnh thực hiện dịch vụ công chứng thực bản sao điện tử từ bản chính, trong đó, đạt từ 20% hồ sơ "
     "chứng thực điện tử trên tổng số hồ sơ chứng thực điện tử.",
     ["hồ sơ chứng thực điện tử trên tổng số hồ sơ chứng thực điện tử"]),
    ("đạt trên 84%", [""]),
    ("Giảm 10% biên chế so với năm 2015", ["biên chế"]),
    ("Tỷ lệ hồ sơ trễ hạn ở mức dưới 5%", ["Tỷ lệ hồ sơ trễ hạn"]),
    ("Toàn bộ hồ sơ thủ tục hành chính áp dụng cơ chế một\ncửa liên thông được luân chuyển, phối hợp xử lý dưới "
     "dạng điện tử trên mạng", ["hồ sơ thủ tục hành chính áp dụng cơ chế một cửa liên thông được luân chuyển, "
                                "phối hợp xử lý dưới dạng điện tử trên mạng"]),
    ("a) Phân đầu tăng tỷ lệ hồ sơ giải quyết sớm hạn. Không để xảy ra tình trạng giải quyết hồ sơ trễ hạn.",
     ["tình trạng giải quyết hồ sơ trễ hạn"]),
]


@pytest.mark.parametrize(("phrase", "subjects"), SUBJECTS, ids=[s[0][:30] for s in SUBJECTS])
def test_subject_as_written(phrase: str, subjects: list[str]) -> None:
    assert [t.subject for t in parse_targets(phrase)] == subjects


def test_alternative_keeps_its_own_subject_and_id() -> None:
    phrase = ("Tỷ lệ hồ sơ giải quyết trực tuyến của thị xã đạt từ 30% trở lên (hoặc tỷ lệ hồ sơ trực tuyến "
              "được công bố đạt từ 50% trở lên); tối thiểu 50% hồ sơ được luân chuyển")
    first, second = parse_targets(phrase, id_prefix="004")
    assert first.id == "004:1" and second.id == "004:2"
    assert first.subject == "Tỷ lệ hồ sơ giải quyết trực tuyến của thị xã"
    (alternative,) = first.alternatives
    assert alternative.id == "004:1.or1"
    assert alternative.subject == "tỷ lệ hồ sơ trực tuyến được công bố"
    assert str(second) == ">= 50%" and second.subject == "hồ sơ được luân chuyển"


def test_ids_default_to_the_context_doc_id_then_t() -> None:
    assert [t.id for t in parse_targets("đạt 50%; dưới 5%")] == ["T:1", "T:2"]
    assert parse_targets("dưới 5%", PlanContext(doc_id="000"))[0].id == "000:1"
    assert parse_targets("dưới 5%", PlanContext(doc_id="000"), id_prefix="000#V.2")[0].id == "000#V.2:1"


def test_spans_point_into_the_parsed_text() -> None:
    text = "Mức độ hài lòng\u00a0đạt  tối thiểu\n78%, tỷ lệ trễ hạn giảm xuống dưới 5%"
    first, second = parse_targets(text)
    assert first.span == Span(16, 34) and text[16:34] == "đạt  tối thiểu\n78%"
    assert second.text == "giảm xuống dưới 5%"


def test_per_level_targets_have_value_spans() -> None:
    text = "cấp tỉnh, huyện, xã đạt (50%, 40%, 25%)"
    assert [(t.text, t.level) for t in parse_targets(text)] == [("50%", "tỉnh"), ("40%", "huyện"), ("25%", "xã")]


@pytest.mark.parametrize("variant", [
    "MỨC ĐỘ HÀI LÒNG ĐẠT TỐI THIỂU 78%",
    "Mức độ hài lòng đạt\u00a0tối thiểu 78 %",
    "Mức độ hài lòng  đạt tối  thiểu\n78%",
    "Mức độ hài lòng đạt tối thiểu 78%.",
])
def test_case_spacing_and_line_breaks_do_not_matter(variant: str) -> None:
    assert _canonical(variant) == ">= 78%"


def test_old_tone_placement_and_dashes_do_not_matter() -> None:
    assert _canonical("Phấn đấu từ 95% — 100% ở cấp tỉnh") == "95%..100%"
    assert _canonical("Tỉ lệ hồ sơ hoà giải vượt 5–10% so với chỉ tiêu") == '>= +5pp vs "chỉ tiêu" [implicit]'


def test_raise_mode_passes_clean_text_and_collect_never_raises() -> None:
    assert str(parse_targets("đạt trên 84%", mode="raise")[0]) == "> 84%"
    assert str(parse_targets("đạt …%")[0]) == "unparsed"


@pytest.mark.parametrize("bad", [None, b"78%", 78, ["78%"]])
def test_non_str_input_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        parse_targets(bad)  # type: ignore[arg-type]


def test_unknown_mode_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        parse_targets("đạt 50%", mode="strict")  # type: ignore[arg-type]


CANONICAL = [
    ">= 78%", "> 84%", "<= 10%", "< 5%", "== 100%", "95%..100%", ">= 45.8% @huyện [implicit]",
    '+5pp..+10pp vs "chỉ tiêu được UBND tỉnh giao"', '>= +20% vs "năm trước"', '<= -10% vs "năm 2021"',
    ">= +20% vs ? [implicit]", '>= 120% of "kế hoạch" [implicit]', ">= 10 hồ sơ", "10..20 lớp", "> 84",
    ">= 30% | >= 50%", "unparsed", '>= +3 hồ sơ vs "năm trước"', '>= +1% vs "a \\"quoted\\" b"',
    ">= 5 thủ tục hành chính @trung ương",
]


@pytest.mark.parametrize("text", CANONICAL)
def test_canonical_strings_read_back(text: str) -> None:
    assert str(parse_canonical(text)) == text


@pytest.mark.parametrize("text", [">= 78", "=> 78%", ">= 7,8%", "78%", ">= +5%", '>= 5% vs "x"', "1..2..3%", ""])
def test_parse_canonical_refuses_other_text(text: str) -> None:
    if text == ">= 78":
        assert str(parse_canonical(text)) == text  # a bare number is canonical (no unit)
        return
    with pytest.raises(ValueError):
        parse_canonical(text)


def test_parse_canonical_reads_relative_kinds() -> None:
    assert parse_canonical('+5pp..+10pp vs "x"').relative is Relative.DIFFERENCE
    assert parse_canonical('>= +20% vs "x"').relative is Relative.GROWTH
    assert parse_canonical('>= 120% of "x"').relative is Relative.RATIO
    assert parse_canonical('>= +3 hồ sơ vs "x"').relative is Relative.DIFFERENCE


@pytest.mark.parametrize(("kwargs", "error"), [
    ({"op": Comparator.GE, "value": 78.0}, TypeError),
    ({"op": Comparator.RANGE, "value": Decimal(10), "upper": Decimal(5)}, ValueError),
    ({"op": Comparator.RANGE, "value": Decimal(10)}, ValueError),
    ({"op": Comparator.GE, "value": Decimal(10), "upper": Decimal(20)}, ValueError),
    ({"op": Comparator.UNPARSED, "value": Decimal(1)}, ValueError),
    ({"op": Comparator.GE, "value": Decimal(1), "baseline": "năm trước"}, ValueError),
])
def test_target_rejects_inconsistent_fields(kwargs: dict, error: type[Exception]) -> None:
    with pytest.raises(error):
        Target(**kwargs)


def test_word_tables_are_glossed_sourced_and_distinct_after_folding() -> None:
    from reformrules.lexicon import targetwords as tw
    from reformrules.targets import grammar

    g = grammar.packaged_grammar()
    for cue in tw.CUE_ROWS + tw.AFTER_REDUCTION_CUE_ROWS + tw.SIGN_ROWS:
        assert cue.gloss and cue.source, cue.phrase
        assert (cue.op is not None) == (grammar.CueRole(cue.role) in (
            grammar.CueRole.COMPARATOR, grammar.CueRole.FROM, grammar.CueRole.VERB, grammar.CueRole.STRIVE,
            grammar.CueRole.EXCEED)), cue.phrase
    assert len(g.PREFIX_CUES) == len(tw.CUE_ROWS)
    assert len(g.SIGN_CUES) == len(tw.SIGN_ROWS)
    for unit, gloss in tw.UNITS + tw.LEVEL_ROWS:
        assert unit and gloss
    assert len(g.COUNT_UNITS) == len(tw.UNITS)
    for row in tw.WORD_GOAL_ROWS:
        assert row.gloss and row.source and row.requires, row.phrase
    for goal in g.WORD_GOALS.values():
        assert goal.op is Comparator.EQ and Decimal(0) <= goal.value <= Decimal(100), goal.phrase
    assert len(g.WORD_GOALS) == len(tw.WORD_GOAL_ROWS)
    for phrase, gloss, source in tw.LATE_WORD_ROWS:
        assert phrase and gloss and source
    duplicate = tw.CueRow("Tối  thiểu", "comparator", ">=", "again", "test")
    with pytest.raises(ValueError):
        grammar.cue_table((*tw.CUE_ROWS, duplicate))
