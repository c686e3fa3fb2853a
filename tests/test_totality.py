"""Totality: every reproducer of issue 17 ("Totality and ranges") as a test, then properties that no
public entry point raises anything but its documented errors on generated input.

The reproducers are the exact inputs the attack found; the properties cover the classes (digit runs,
counted periods, full dates, context values, bytes as a plan).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reformrules import PlanContext, find_deadlines, parse_deadline, read_plan
from reformrules.dates import FIRST_DAY, LAST_DAY, MAX_COUNT, counted_end, in_domain, read_int, shift
from reformrules.diagnostics import Code, Severity
from reformrules.errors import PlanReadError
from reformrules.tracker import track

ROOT = Path(__file__).resolve().parents[1]
SEED_004 = ROOT / "examples" / "plans" / "004_507df5ea52532140.txt"
CTX = PlanContext(plan_year=2022, issued=date(2022, 1, 21))
ISSUED = "kể từ ngày kế hoạch này được ban hành"  # anchors a counted period on the plan's issue date


def _codes(deadline) -> list[str]:
    return [d.code.value for d in deadline.diagnostics]


def _every_date(deadline) -> list[date]:
    return [d for d in (deadline.start, deadline.due) if d is not None]


# -- the reproducers -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "1" * 5000,                       # int() refuses more than 4300 digits
    "trước ngày " + "1" * 5000,
    "Quý " + "9" * 4400,
    "trong vòng " + "9" * 4301 + " ngày " + ISSUED,
])
def test_a_run_of_more_than_4300_digits_is_unparsed(text: str) -> None:
    d = parse_deadline(text, CTX)
    assert not d.parsed and d.due is None
    assert find_deadlines(text, CTX) == () or all(x.due is None for x in find_deadlines(text, CTX))


@pytest.mark.parametrize("amount, unit", [
    ("99999999", "ngày"), ("99999999", "tháng"), ("99999999", "năm"), ("99999999", "tuần"),
    ("10000000", "ngày làm việc"), ("9999", "năm"), ("5000", "năm"),
])
def test_a_counted_period_longer_than_the_domain_is_out_of_range(amount: str, unit: str) -> None:
    text = f"trong vòng {amount} {unit} {ISSUED}"
    d = parse_deadline(text, CTX)
    assert (d.parsed, d.due) == (False, None)
    assert _codes(d) == ["deadline.out_of_range"]
    found = find_deadlines(f"Báo cáo {text}.", CTX)
    assert all(x.due is None for x in found)


def test_a_counted_period_that_ends_after_2200_keeps_its_rule_without_a_due_date() -> None:
    d = parse_deadline(f"trong vòng 200 năm {ISSUED}", CTX)  # 2222: inside MAX_COUNT, outside the domain
    assert (str(d), d.due) == ("+200y after issued", None)
    assert [(x.code.value, x.severity) for x in d.diagnostics] == [("deadline.out_of_range", Severity.ERROR)]
    with pytest.raises(Exception) as raised:
        parse_deadline(f"trong vòng 200 năm {ISSUED}", CTX, mode="raise")
    assert type(raised.value).__name__ == "ParseError"


def test_the_last_counted_period_inside_the_domain_is_still_dated() -> None:
    d = parse_deadline(f"trong vòng 30 ngày {ISSUED}", PlanContext(plan_year=2200, issued=date(2200, 11, 1)))
    assert d.due == date(2200, 12, 1) and _codes(d) == []


@pytest.mark.parametrize("text", ["trước ngày 1/1/0001", "Ngày 3/7/2241", "trước ngày 3/7/2241",
                                  "chậm nhất ngày 31/12/1899", "Quý I/2241", "tháng 3/2241", "Quý I năm 2241",
                                  "6 tháng đầu năm 2241", "Quý I, Quý II/2241"])
def test_a_date_outside_1900_2200_is_out_of_range_never_the_plan_year(text: str) -> None:
    d = parse_deadline(text, CTX)
    assert (d.parsed, d.due) == (False, None)
    assert "deadline.out_of_range" in _codes(d)
    found = find_deadlines(f"Báo cáo trong {text} về Sở Nội vụ", CTX)
    assert all(x.due is None for x in found)


def test_the_day_before_the_first_day_of_the_domain_is_not_made() -> None:
    d = parse_deadline("trước ngày 01/01/1900", CTX)
    assert d.due is None and _codes(d) == ["deadline.out_of_range"]


def test_a_date_in_the_domain_but_far_from_the_plan_year_is_a_warning() -> None:
    d = parse_deadline("trước ngày 3/7/2141", CTX)
    assert d.due == date(2141, 7, 2)
    assert [(x.code.value, x.severity) for x in d.diagnostics] == [("deadline.implausible_date", Severity.WARNING)]
    vision = parse_deadline("Năm 2045", PlanContext(plan_year=2025))  # a vision year 20 years on is normal
    assert _codes(vision) == []


@pytest.mark.parametrize("text", ["Từ ngày 15/6/2022 đến ngày 1/6/2022", "Từ tháng 6/2022 đến tháng 3/2022"])
def test_a_start_after_its_due_date_has_its_own_diagnostic(text: str) -> None:
    d = parse_deadline(text, CTX)
    assert d.start > d.due
    assert _codes(d) == ["deadline.start_after_due"]


def test_resolve_with_an_event_at_the_end_of_time_gives_no_date() -> None:
    d = parse_deadline("trong vòng 7 ngày kể từ khi có quyết định")
    assert d.resolve({"có quyết định": date.max}).due is None
    assert d.resolve({"có quyết định": date.min}).due is None
    assert d.resolve({"có quyết định": date(2024, 4, 23)}).due == date(2024, 5, 2)


@pytest.mark.parametrize("year", [0, 1, 1899, 2201, 9999, 10 ** 9, -5])
def test_occurrences_outside_the_domain_are_empty(year: int) -> None:
    d = parse_deadline("hàng quý, 06 tháng, năm: trước ngày 20 của tháng cuối kỳ báo cáo")
    assert d.occurrences(year) == ()
    assert len(d.occurrences(2022)) == 7


@pytest.mark.parametrize("plan_year", [1, 1899, 2201, 99999])
def test_a_plan_year_outside_the_domain_fills_no_year(plan_year: int) -> None:
    d = parse_deadline("Quý II", PlanContext(plan_year=plan_year))
    assert d.due is None and not d.parsed


# -- through a plan and the command line -----------------------------------------------------------

HOSTILE_CELLS = [
    f"trong vòng 99999999 ngày {ISSUED}", f"trong vòng 99999999 tháng {ISSUED}", "trước ngày 1/1/0001",
    "1" * 5000, "Ngày 3/7/2241", f"trong vòng 5000 năm {ISSUED}", f"trong vòng 10000000 ngày làm việc {ISSUED}",
]


def _hostile_plan(tmp_path: Path, cell: str) -> Path:
    lines = SEED_004.read_text(encoding="utf-8").split("\n")
    row = lines[195]  # seed 004 line 196: task 2, deadline cell "Quý I/2022"
    assert "\tQuý I/2022\t" in row
    lines[195] = row.replace("\tQuý I/2022\t", f"\t{cell}\t")
    path = tmp_path / "hostile.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("cell", HOSTILE_CELLS, ids=lambda c: c[:30])
def test_read_plan_and_track_survive_a_hostile_deadline_cell(tmp_path: Path, cell: str) -> None:
    plan = read_plan(_hostile_plan(tmp_path, cell))
    task = next(t for t in plan.tasks if t.deadline is not None and t.deadline.text.startswith(cell[:40]))
    assert task.deadline.due is None
    assert {d.code for d in task.deadline.diagnostics} & {Code.DEADLINE_OUT_OF_RANGE, Code.DEADLINE_UNPARSED}
    report = track(plan, date(2022, 7, 1))
    row = next(r for r in report.tasks if r.id == task.id)
    assert row.due is None and row.working_days is None


@pytest.mark.parametrize("command", [["plan"], ["status", "--as-of", "2022-07-01"], ["graph", "--format", "json"]])
def test_the_commands_print_no_traceback_on_a_hostile_cell(tmp_path: Path, command: list[str]) -> None:
    path = _hostile_plan(tmp_path, f"trong vòng 99999999 ngày {ISSUED}")
    result = subprocess.run([sys.executable, "-m", "reformrules", command[0], str(path), *command[1:]],
                            capture_output=True, text=True, timeout=120,
                            env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"})
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (0, 1), result.stderr


def test_parse_command_prints_no_traceback_on_a_long_period() -> None:
    result = subprocess.run([sys.executable, "-m", "reformrules", "parse", f"trong vòng 99999999 ngày {ISSUED}",
                             "--issued", "2022-01-21"], capture_output=True, text=True, timeout=60,
                            env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"})
    assert "Traceback" not in result.stderr, result.stderr
    assert "out_of_range" in result.stdout + result.stderr


# -- the date domain itself ------------------------------------------------------------------------

@given(st.text(alphabet="0123456789", min_size=1, max_size=6000))
def test_read_int_never_raises(digits: str) -> None:
    value = read_int(digits)
    assert value is None or (len(digits) <= 9 and value == int(digits))


@given(st.dates(), st.integers(-10 ** 12, 10 ** 12))
def test_shift_stays_in_the_domain(day: date, days: int) -> None:
    moved = shift(day, days)
    assert moved is None or in_domain(moved)


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=date(1890, 1, 1), max_value=date(2210, 12, 31)),
       st.integers(-5, 10 ** 7), st.sampled_from(sorted(MAX_COUNT)))
def test_counted_end_stays_in_the_domain(anchor: date, amount: int, unit: str) -> None:
    end = counted_end(anchor, amount, unit)
    assert end is None or (FIRST_DAY <= end <= LAST_DAY and end >= anchor)


# -- properties over the deadline entry points -----------------------------------------------------

_NUMBER = st.one_of(st.integers(0, 10 ** 12).map(str), st.text("0123456789", min_size=1, max_size=40),
                    st.just("9" * 4400))
_WORD = st.sampled_from(["Quý", "quý", "tháng", "năm", "ngày", "trước", "trong vòng", "chậm nhất", "từ", "đến",
                         "kể từ ngày", "kế hoạch này được ban hành", "làm việc", "tuần", "hằng năm", "và",
                         "I", "IV", "/", "-", ",", ".", "(", ")", "hoặc sau khi", "Thường xuyên", "**", "\n"])
_PHRASE = st.lists(st.one_of(_NUMBER, _WORD), max_size=14).map(" ".join)
_DATE_PHRASE = st.builds(lambda w, d, m, y: f"{w} {d}/{m}/{y}", st.sampled_from(["trước ngày", "ngày", "chậm nhất ngày"]),
                         _NUMBER, _NUMBER, _NUMBER)
_CTX = st.builds(PlanContext, plan_year=st.one_of(st.none(), st.integers(-10, 10 ** 6)),
                 issued=st.one_of(st.none(), st.dates()))
_ALLOWED = (TypeError,)  # the documented errors of collect mode: a wrong argument type only


def _check_deadline(d) -> None:
    for day in _every_date(d):
        assert in_domain(day), (d.text, day)
    if d.due is None and d.parsed and "deadline.out_of_range" in _codes(d):
        assert any(x.severity is Severity.ERROR for x in d.diagnostics)
    d.resolve({"có quyết định": date.max, "ban hành": date.min})
    d.occurrences(2022)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_PHRASE, _DATE_PHRASE, st.text(max_size=60)), _CTX)
def test_parse_deadline_and_find_deadlines_never_raise(text: str, ctx: PlanContext) -> None:
    _check_deadline(parse_deadline(text, ctx))
    for found in find_deadlines(text, ctx):
        _check_deadline(found)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000) | st.text(max_size=3000).map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_read_plan_on_bytes_raises_only_plan_read_error(data: bytes) -> None:
    try:
        plan = read_plan(data)
    except PlanReadError:
        return
    for task in plan.tasks:
        if task.deadline is not None:
            assert all(in_domain(day) for day in _every_date(task.deadline))
    track(plan, date(2022, 7, 1))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PHRASE, _DATE_PHRASE), min_size=1, max_size=4))
def test_read_plan_and_track_never_raise_on_hostile_cells_in_a_real_plan(cells: list[str]) -> None:
    lines = SEED_004.read_text(encoding="utf-8").split("\n")
    for offset, cell in enumerate(cells):
        row = lines[195 + offset].split("\t")
        if len(row) >= 4:
            row[3] = cell.replace("\t", " ").replace("\n", " ")
            lines[195 + offset] = "\t".join(row)
    plan = read_plan("\n".join(lines).encode("utf-8"))
    report = track(plan, date(2022, 7, 1))
    for row in report.tasks:
        assert row.due is None or in_domain(row.due)


# -- properties over the rest of the public API ----------------------------------------------------

_TARGET_WORDS = st.sampled_from(["đạt", "tối thiểu", "ít nhất", "trên", "dưới", "≥", "≤", ">", "<", "=", "%",
                                 "phần trăm", "tăng", "giảm", "cắt giảm", ",", "và", "so với", "năm 2021",
                                 "(hoặc", ")", "chỉ đạt", "mục tiêu", "Hằng năm", ";", ".", "-", "trở lên",
                                 "Toàn bộ", "được", "Không để xảy ra", "trễ hạn", "cấp tỉnh, huyện, xã",
                                 "hồ sơ", "Tỷ lệ", "\n\n", "\t", "|"])
_TARGET_TEXT = st.lists(st.one_of(_NUMBER, _TARGET_WORDS, st.text(max_size=4)), max_size=20).map(" ".join)
_AGENCY_WORDS = st.sampled_from(["Sở Nội vụ", "chủ trì", "phối hợp", "với", ",", "và", "UBND", "các", "cơ quan",
                                 "liên quan", ":", "(", ")", "-", "\n", "Văn phòng", "tỉnh", "huyện", "Phòng"])
_AGENCY_TEXT = st.lists(st.one_of(_AGENCY_WORDS, st.text(max_size=5)), max_size=16).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_TARGET_TEXT, st.text(max_size=80)))
def test_parse_targets_never_raises_in_collect_mode_and_only_parse_error_in_raise_mode(text: str) -> None:
    from reformrules.errors import ParseError
    from reformrules.targets import evaluate, parse_targets

    for target in parse_targets(text):
        str(target)
        evaluate(target, 50)
    try:
        parse_targets(text, mode="raise")
    except ParseError:
        pass


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_AGENCY_TEXT, st.text(max_size=80)), _CTX)
def test_parse_assignment_never_raises_in_collect_mode(text: str, ctx: PlanContext) -> None:
    from reformrules.assignments import parse_assignment
    from reformrules.errors import ParseError

    str(parse_assignment(text, ctx))
    try:
        parse_assignment(text, ctx, mode="raise")
    except ParseError:
        pass


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PHRASE, _DATE_PHRASE, _AGENCY_TEXT, _TARGET_TEXT), min_size=1, max_size=4),
       st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_every_export_takes_a_report_of_a_hostile_plan(cells: list[str], as_of: date) -> None:
    from reformrules import exports

    lines = SEED_004.read_text(encoding="utf-8").split("\n")
    for offset, cell in enumerate(cells):
        row = lines[196 + offset].split("\t")
        if len(row) >= 5:
            row[3 + offset % 2] = " ".join(cell.split())  # the deadline or the assignment cell
            lines[196 + offset] = "\t".join(row)
    plan = read_plan("\n".join(lines).encode("utf-8"))
    report = track(plan, as_of)
    exports.report_to_json(report)
    exports.to_csv([report])
    exports.to_html([report])
    try:
        import icalendar  # noqa: F401
    except ImportError:
        return
    exports.to_ics(report, plan)


def test_a_lone_pipe_stretch_at_the_top_of_the_file_reads_from_line_one() -> None:
    # found by the CI fuzz run (fuzz/fuzz_parsers.py): cells before the first "|" line, in a file
    # whose only other table is tab-separated, made a table that started at "line 0" (an inverted span)
    data = (b"\xf1\xad\n\xec\t\x91" + b"\t" * 14 + b"I\t\t111\n--\t\xff\xff;\xec\t\x91" + b"\t" * 14
            + b"I" + b"\t" * 13 + b"I\t%\t111\n--\t111\n-\t\x05\xff\xff\t\x0e\xc4:\n|\n\x0b11\x05\xff\xff\t")
    plan = read_plan(data)
    tables = [b.table for b in plan.document.blocks if b.table is not None] if getattr(plan, "document", None) else []
    assert all(t.span.start <= t.span.end for t in tables)
    track(plan, date(2022, 7, 1))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["|", "", "a", "1", "- b", "\tc\td", "TT\tNhiệm vụ\tThời gian", "Quý I/2024"]),
                min_size=1, max_size=12))
def test_any_arrangement_of_pipe_tab_and_text_lines_reads(lines: list[str]) -> None:
    try:
        plan = read_plan("\n".join(lines).encode("utf-8"))
    except PlanReadError:
        return
    track(plan, date(2022, 7, 1))
