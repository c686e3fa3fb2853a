"""Evaluation semantics (exact boundaries, relative goals, alternatives) and actuals loading."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from reformrules.serialize import from_json, to_json
from reformrules.targets import (
    Actuals,
    Target,
    Verdict,
    VerdictStatus,
    VerdictTable,
    evaluate,
    evaluate_targets,
    load_actuals,
    parse_canonical,
    parse_targets,
    read_value,
)

MET, NOT_MET, UNKNOWN = VerdictStatus.MET, VerdictStatus.NOT_MET, VerdictStatus.UNKNOWN
ROOT = Path(__file__).resolve().parents[2]


# (canonical target, actual, status, margin): the boundaries are exact.
BOUNDARIES = [
    (">= 78%", "78", MET, "0"),
    (">= 78%", "77.99", NOT_MET, "-0.01"),
    (">= 78%", "78.0", MET, "0.0"),
    ("> 84%", "84", NOT_MET, "0"),
    ("> 84%", "84.01", MET, "0.01"),
    ("<= 10%", "10", MET, "0"),
    ("<= 10%", "10.5", NOT_MET, "-0.5"),
    ("< 5%", "5", NOT_MET, "0"),
    ("< 5%", "4.9", MET, "0.1"),
    ("== 100%", "100", MET, "0"),
    ("== 100%", "99.5", NOT_MET, "-0.5"),
    ("95%..100%", "95", MET, "0"),
    ("95%..100%", "100", MET, "0"),
    ("95%..100%", "97", MET, "2"),
    ("95%..100%", "94.9", NOT_MET, "-0.1"),
    (">= 10 hồ sơ", "12", MET, "2"),
    ("> 84", "90", MET, "6"),
]


@pytest.mark.parametrize(("canonical", "actual", "status", "margin"), BOUNDARIES,
                         ids=[f"{c} with {a}" for c, a, _s, _m in BOUNDARIES])
def test_boundaries(canonical: str, actual: str, status: VerdictStatus, margin: str) -> None:
    verdict = evaluate(parse_canonical(canonical), Decimal(actual))
    assert verdict.status is status
    assert verdict.margin == Decimal(margin)


def test_issue_examples() -> None:
    above = parse_targets("đạt trên 84%")[0]
    minimum = parse_targets("đạt tối thiểu 78%")[0]
    assert evaluate(above, 84).status is NOT_MET
    assert evaluate(minimum, 78).status is MET
    assert evaluate(minimum, "78,0%").status is MET


def test_explanations_say_what_was_compared() -> None:
    target = parse_targets("đạt trên 84%")[0]
    assert evaluate(target, 84).explanation == "84% misses > 84% on the bound"
    assert evaluate(target, 86).explanation == "86% meets > 84% by 2"
    implicit = parse_targets("đạt 80%")[0]
    assert evaluate(implicit, 79).explanation == "79% misses >= 80% by 1 (comparison assumed: 'đạt 80%')"


@pytest.mark.parametrize(("actual", "expected"), [
    (Decimal("86.2"), Decimal("86.2")), (86, Decimal("86")), ("86,2", Decimal("86.2")), ("86.2 %", Decimal("86.2")),
    (86.2, Decimal("86.2")),
])
def test_actual_types(actual: object, expected: Decimal) -> None:
    assert evaluate(parse_canonical(">= 78%"), actual).actual == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [True, [78], object()])
def test_actual_of_a_wrong_type_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        evaluate(parse_canonical(">= 78%"), bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["abc", "7,8,9", "", "NaN", "%"])
def test_actual_text_that_is_not_a_number_is_a_value_error(bad: str) -> None:
    with pytest.raises(ValueError):
        evaluate(parse_canonical(">= 78%"), bad)


@pytest.mark.parametrize(("canonical", "actual", "code"), [
    (">= 78%", "120", "verdict.bad_actual"),
    (">= 78%", "-1", "verdict.bad_actual"),
    (">= 10 hồ sơ", "-3", "verdict.bad_actual"),
    (">= 78%", "12 hồ sơ", "verdict.unit_mismatch"),
])
def test_unusable_actual_gives_unknown_with_a_diagnostic(canonical: str, actual: str, code: str) -> None:
    verdict = evaluate(parse_canonical(canonical), actual)
    assert verdict.status is UNKNOWN and verdict.margin is None
    assert [d.code.value for d in verdict.diagnostics] == [code]


def test_unknowns_have_reasons() -> None:
    assert evaluate(parse_canonical(">= 78%"), None).explanation == "no actual value submitted"
    unparsed = parse_targets("đạt …%")[0]
    assert evaluate(unparsed, 50).explanation == "the target could not be read"
    no_base = parse_targets("tăng 20%")[0]
    assert evaluate(no_base, 50).explanation == "needs a baseline value (the text does not say which)"


# Relative goals: (canonical, actual, baseline, status, margin).
RELATIVE = [
    ('+5pp..+10pp vs "năm 2021"', "36", "30", MET, "1"),
    ('+5pp..+10pp vs "năm 2021"', "35", "30", MET, "0"),
    ('+5pp..+10pp vs "năm 2021"', "34", "30", NOT_MET, "-1"),
    ('+5pp..+10pp vs "năm 2021"', "41", "30", NOT_MET, "-1"),
    ('>= +20% vs "năm trước"', "120", "100", MET, "0"),
    ('>= +20% vs "năm trước"', "119", "100", NOT_MET, "-1"),
    ('<= -10% vs "năm 2021"', "90", "100", MET, "0"),
    ('<= -10% vs "năm 2021"', "95", "100", NOT_MET, "-5"),
    ('>= 120% of "kế hoạch"', "60", "50", MET, "0"),
    ('>= +3 hồ sơ vs "năm trước"', "13", "10", MET, "0"),
]


@pytest.mark.parametrize(("canonical", "actual", "baseline", "status", "margin"), RELATIVE,
                         ids=[f"{c} {a}/{b}" for c, a, b, _s, _m in RELATIVE])
def test_relative(canonical: str, actual: str, baseline: str, status: VerdictStatus, margin: str) -> None:
    target = parse_canonical(canonical)
    assert evaluate(target, actual).status is UNKNOWN
    verdict = evaluate(target, actual, baseline=baseline)
    assert verdict.status is status
    assert verdict.margin == Decimal(margin)
    assert verdict.baseline == Decimal(baseline)


def test_growth_against_a_zero_baseline_is_unknown() -> None:
    verdict = evaluate(parse_canonical('>= +20% vs "năm trước"'), 5, baseline=0)
    assert verdict.status is UNKNOWN and "0" in verdict.explanation


def test_seed_001_relative_goal_in_percentage_points() -> None:
    line = ("Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ giải quyết TTHC trực tuyến được công bố vượt "
            "5-10% so với chỉ tiêu được UBND tỉnh giao")
    target = parse_targets(line)[0]
    assert str(target) == '>= +5pp vs "chỉ tiêu được UBND tỉnh giao" [implicit]'
    assert evaluate(target, 38, baseline=30).status is MET
    assert evaluate(target, 35, baseline=30).status is MET  # on the bound
    assert evaluate(target, 34, baseline=30).status is NOT_MET
    # "vượt 5-10%": exceeding the quota by 11 points still exceeds it (REVIEW.md 001:62)
    verdict = evaluate(target, 41, baseline=30)
    assert (verdict.status, verdict.margin) == (MET, Decimal(6))


@pytest.mark.parametrize(("phrase", "actual", "status", "margin"), [
    ("Không để xảy ra tình trạng giải quyết hồ sơ trễ hạn", "0", MET, "0"),
    ("Không để xảy ra tình trạng giải quyết hồ sơ trễ hạn", "0,4", NOT_MET, "-0.4"),
    ("Toàn bộ hồ sơ được luân chuyển điện tử", "100", MET, "0"),
    ("Toàn bộ hồ sơ được luân chuyển điện tử", "99,5", NOT_MET, "-0.5"),
])
def test_goals_written_in_words(phrase: str, actual: str, status: VerdictStatus, margin: str) -> None:
    (target,) = parse_targets(phrase)
    verdict = evaluate(target, actual)
    assert (verdict.status, verdict.margin) == (status, Decimal(margin))
    assert "comparison assumed" not in verdict.explanation


@pytest.mark.parametrize(("primary", "alternative", "status"), [
    ("35", None, MET),
    ("25", "55", MET),
    ("25", "45", NOT_MET),
    ("25", None, UNKNOWN),
    (None, "55", MET),
    (None, None, UNKNOWN),
])
def test_alternatives_are_met_when_either_is(primary: str | None, alternative: str | None,
                                              status: VerdictStatus) -> None:
    target = parse_targets("đạt từ 30% trở lên (hoặc tỷ lệ khác đạt từ 50% trở lên)")[0]
    verdict = evaluate(target, primary, alternative_actuals=[alternative])
    assert verdict.status is status
    assert len(verdict.alternatives) == 1


def test_verdict_str_rounds_long_margins_but_keeps_the_field_exact() -> None:
    verdict = evaluate(parse_canonical('>= +5% vs "x"'), 34, baseline=30)
    assert str(verdict) == "met (+8.3333)"
    assert verdict.margin == (Decimal(34) - 30) * 100 / 30 - 5


# ---- actuals -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "expected"), [
    ("86,2", (Decimal("86.2"), None)), ("86.2%", (Decimal("86.2"), "%")), ("1.234,5", (Decimal("1234.5"), None)),
    ("1,234.5", (Decimal("1234.5"), None)), ("12 hồ sơ", (Decimal("12"), "hồ sơ")), ("-3", (Decimal("-3"), None)),
    ("50 phần trăm", (Decimal("50"), "%")), (Decimal("7"), (Decimal("7"), None)),
])
def test_read_value(raw: object, expected: tuple) -> None:
    assert read_value(raw) == expected


CSV = """key,value,unit,baseline,as_of,note
003:1,86.5,%,,2023-12-14,SIPAS 2023
003:2,84,,,2023-12-14,
003:3,abc,,,,typo
003:4,120,%,,,over 100
003:99,50,,,,no such target
003:1,87,,,,second figure for 003:1
tỷ lệ hồ sơ trễ hạn,1.5,,,2023-12-14,by subject
003:7,,,,,not submitted yet
003:6,40,,,31/13/2023,bad date
"""


def _seed_003_targets() -> tuple[Target, ...]:
    text = (
        "d) 100% thủ tục hành chính có yêu cầu nghĩa vụ tài chính đủ điều kiện được triển khai thanh toán trực tuyến, "
        "trong đó, tỷ lệ giao dịch thanh toán trực tuyến đạt từ 30%. 12. Mức độ hài lòng của tổ chức, cá nhân đối "
        "với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh đạt trên 84%, đối với sự phục vụ của đơn vị "
        "sự nghiệp công lập đạt trên 84%. Tỷ lệ hồ sơ trễ hạn dưới 2%; tối thiểu 50% hồ sơ số hóa; đạt 40% hồ sơ."
    )
    return parse_targets(text, id_prefix="003")


def test_csv_rows_each_report_their_own_problem(tmp_path: Path) -> None:
    path = tmp_path / "actuals.csv"
    path.write_text(CSV, encoding="utf-8")
    sheet = load_actuals(path)
    assert [r.key for r in sheet.rows][:3] == ["003:1", "003:2", "003:3"]
    assert sheet.rows[0].as_of == date(2023, 12, 14) and sheet.rows[0].note == "SIPAS 2023"
    assert [d.message for d in sheet.diagnostics] == [
        "actuals.csv row 4 (key '003:3'): 'abc' is not a number",
        "actuals.csv row 10 (key '003:6'): as_of '31/13/2023' is not a date (YYYY-MM-DD or dd/mm/yyyy)",
    ]
    table = evaluate_targets(_seed_003_targets(), sheet)
    by_id = {v.target.id: v for v in table.verdicts}
    assert by_id["003:1"].status is UNKNOWN and "2 actuals" in by_id["003:1"].explanation
    assert by_id["003:2"].status is MET  # 84 meets ">= 30%" (the second target of the text)
    assert by_id["003:3"].status is UNKNOWN and "'abc' is not a number" in by_id["003:3"].explanation
    assert by_id["003:4"].status is UNKNOWN and "not a percentage between 0 and 100" in by_id["003:4"].explanation
    assert str(by_id["003:5"]) == "met (+0.5)"  # keyed by its subject
    assert by_id["003:6"].status is UNKNOWN and "is not a date" in by_id["003:6"].explanation
    assert by_id["003:7"].status is UNKNOWN and "has no value" in by_id["003:7"].explanation
    codes = sorted(d.code.value for d in table.diagnostics)
    assert codes == ["verdict.bad_actual", "verdict.bad_actual", "verdict.bad_actual", "verdict.duplicate_actual",
                     "verdict.unknown_target"]
    messages = " | ".join(d.message for d in table.diagnostics)
    assert "actuals.csv row 6 (key '003:99'): names no target" in messages
    assert "actuals.csv row 5 (key '003:4'): the actual 120 is not a percentage between 0 and 100" in messages


def test_subject_keys_and_levels() -> None:
    targets = parse_targets("Phấn đấu số hóa kết quả cấp tỉnh, huyện, xã đạt tỷ lệ tương đương (50%, 40%, 25%); "
                            "Tỷ lệ hồ sơ trễ hạn dưới 2%", id_prefix="002")
    subject = targets[0].subject
    assert subject == "số hóa kết quả"
    table = evaluate_targets(targets, {f"{subject} @tỉnh": "55", "002:2": 35, "TỶ LỆ HỒ SƠ TRỄ HẠN": "1,5",
                                       subject: "30"})
    assert [str(v) for v in table.verdicts] == ["met (+5)", "not_met (-5)", "unknown", "met (+0.5)"]
    assert [d.code.value for d in table.diagnostics] == ["verdict.unknown_target"]
    assert "matches 3 targets" in table.diagnostics[0].message


def test_alternative_keyed_by_its_id() -> None:
    targets = parse_targets("Tỷ lệ A đạt từ 30% trở lên (hoặc tỷ lệ B đạt từ 50% trở lên)", id_prefix="004")
    table = evaluate_targets(targets, {"004:1": "20", "004:1.or1": "60"})
    assert table.verdicts[0].status is MET
    table = evaluate_targets(targets, {"004:1": "20", "tỷ lệ B": "40"})
    assert table.verdicts[0].status is NOT_MET


def test_relative_baseline_from_the_actuals_row() -> None:
    targets = parse_targets("Tỷ lệ hồ sơ vượt 5-10% so với chỉ tiêu được UBND tỉnh giao", id_prefix="001")
    assert evaluate_targets(targets, {"001:1": {"value": "37", "baseline": "30"}}).verdicts[0].status is MET
    assert evaluate_targets(targets, {"001:1": "37"}).verdicts[0].status is UNKNOWN


def test_json_object_with_a_repeated_key_and_a_json_list(tmp_path: Path) -> None:
    obj = tmp_path / "actuals.json"
    obj.write_text('{"003:1": 86.5, "003:1": 87, "003:2": {"value": "84", "unit": "%"}}', encoding="utf-8")
    sheet = load_actuals(obj)
    assert [str(r) for r in sheet.rows] == ["003:1=86.5", "003:1=87", "003:2=84%"]
    table = evaluate_targets(_seed_003_targets(), sheet)
    assert [d.code.value for d in table.diagnostics] == ["verdict.duplicate_actual"]
    rows = tmp_path / "rows.json"
    rows.write_text(json.dumps([{"key": "003:2", "value": 31}, {"value": 1}, {"key": "003:7", "value": "x"}]),
                    encoding="utf-8")
    sheet = load_actuals(rows)
    assert [r.key for r in sheet.rows] == ["003:2", "003:7"]
    assert [d.message for d in sheet.diagnostics] == ["rows.json row 2: a row needs a \"key\"",
                                                      "rows.json row 3 (key '003:7'): 'x' is not a number"]


@pytest.mark.parametrize(("name", "content"), [
    ("actuals.txt", "key,value\n"),
    ("actuals.csv", "target,figure\n003:1,5\n"),
    ("actuals.json", '"just a string"'),
])
def test_unreadable_files_raise(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError):
        load_actuals(path)


def test_load_actuals_rejects_other_types() -> None:
    with pytest.raises(TypeError):
        load_actuals(42)  # type: ignore[arg-type]


def test_unknown_csv_column_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("key,value,baselin\n003:1,90,80\n", encoding="utf-8")
    sheet = load_actuals(path)
    assert [(d.code.value, d.severity.value) for d in sheet.diagnostics] == [("verdict.bad_actual", "warning")]
    assert sheet.rows[0].value == Decimal(90)


def test_duplicate_target_ids_are_misuse() -> None:
    twice = parse_targets("đạt 50%") + parse_targets("dưới 5%")
    with pytest.raises(ValueError):
        evaluate_targets(twice, {})


def test_sample_actuals_files_evaluate_the_seed_targets() -> None:
    from reformrules.plans import read_plan

    targets = read_plan(ROOT / "examples" / "plans" / "003_e5038761a6850e2f.txt").targets  # the one id scheme
    csv_table = evaluate_targets(targets, ROOT / "examples" / "actuals_sample.csv")
    json_table = evaluate_targets(targets, str(ROOT / "examples" / "actuals_sample.json"))
    assert [str(v) for v in csv_table.verdicts] == [str(v) for v in json_table.verdicts]
    assert {v.status for v in csv_table.verdicts} == {MET, NOT_MET, UNKNOWN}
    assert {d.code.value for d in csv_table.diagnostics} == {"verdict.bad_actual", "verdict.unknown_target"}


def test_verdict_table_helpers_and_json_round_trip() -> None:
    table = evaluate_targets(_seed_003_targets(), {"003:1": "100", "003:2": "20"})
    assert str(table) == "1 met, 1 not_met, 5 unknown; 0 problems"
    assert [v.target.id for v in table.with_status("not_met")] == ["003:2"]
    assert table.get("003:9") is None and table.get("003:1") is table.verdicts[0]
    assert table.render().splitlines()[0].startswith("003:1  == 100%  met (+0)  thủ tục hành chính")
    assert from_json(VerdictTable, to_json(table)) == table
    assert from_json(Verdict, to_json(table.verdicts[0])) == table.verdicts[0]
    assert isinstance(load_actuals({}), Actuals)
