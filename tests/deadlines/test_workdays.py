"""The working-day calendar and Civil Code counting, pinned to docs/domain.md §1 and §2.3."""

from __future__ import annotations

from datetime import date

import pytest

from reformrules import WorkCalendar, default_calendar
from reformrules.errors import LexiconError
from reformrules.workdays import load_overrides

CAL = default_calendar()
D = date.fromisoformat

# domain.md §2.3: civil-service days off (all listed days must be off).
DAYS_OFF = [
    "2023-01-02", "2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26",
    "2023-05-01", "2023-05-02", "2023-05-03", "2023-09-01", "2023-09-04",
    "2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14",
    "2024-04-18", "2024-04-29", "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03",
    "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31",
    "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02",
    "2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
]
# domain.md §2.3: Saturdays made working days (làm bù), and ordinary weekdays.
WORKING = ["2024-05-04", "2025-04-26", "2026-01-10", "2023-05-04", "2024-02-15", "2026-02-23"]


@pytest.mark.parametrize("day", DAYS_OFF)
def test_days_off_of_domain_table(day: str) -> None:
    assert not CAL.is_working_day(D(day))


@pytest.mark.parametrize("day", WORKING)
def test_working_days_of_domain_table(day: str) -> None:
    assert CAL.is_working_day(D(day))


def test_override_fixes_the_new_year_2026_swap_missing_from_holidays() -> None:
    plain = WorkCalendar(overrides=())
    assert plain.is_working_day(D("2026-01-02")) and not plain.is_working_day(D("2026-01-10"))
    assert not CAL.is_working_day(D("2026-01-02")) and CAL.is_working_day(D("2026-01-10"))


def test_no_year_2023_saturday_make_up_day() -> None:  # domain.md §2.3 "correction to a common belief"
    assert not CAL.is_working_day(D("2023-05-06"))


# domain.md §1 worked examples
@pytest.mark.parametrize(("anchor", "amount", "unit", "end"), [
    ("2024-04-15", 15, "d", "2024-05-02"),
    ("2023-03-31", 1, "m", "2023-05-04"),
    ("2024-01-31", 1, "m", "2024-02-29"),
    ("2024-04-26", 1, "wd", "2024-05-02"),
    ("2024-04-26", 2, "wd", "2024-05-03"),
    ("2024-04-26", 3, "wd", "2024-05-04"),
    ("2022-01-21", 1, "w", "2022-01-28"),
    ("2023-02-28", 1, "y", "2024-02-28"),
])
def test_civil_code_period_end(anchor: str, amount: int, unit: str, end: str) -> None:
    assert CAL.period_end(D(anchor), amount, unit) == D(end)


def test_working_days_between_and_bad_arguments() -> None:
    assert CAL.working_days_between(D("2024-04-26"), D("2024-05-06")) == 4  # 2/5, 3/5, 4/5 (Sat), 6/5
    assert CAL.working_days_between(D("2024-05-06"), D("2024-04-26")) == -4
    with pytest.raises(ValueError):
        CAL.period_end(D("2024-01-01"), 1, "fortnight")
    with pytest.raises(ValueError):
        CAL.add_working_days(D("2024-01-01"), -1)


def test_override_rows_are_sourced() -> None:
    rows = load_overrides()
    assert rows and all(r.source and r.gloss_en and r.kind in ("day_off", "working_day") for r in rows)


def test_bad_override_table_raises_lexicon_error(tmp_path, monkeypatch) -> None:
    import reformrules.workdays as wd

    bad = tmp_path / "data"
    bad.mkdir()
    (bad / "holiday_overrides.tsv").write_text("date\tkind\tgloss_en\tsource\n2026-13-01\tday_off\tx\ty\n",
                                                encoding="utf-8")

    class FakeFiles:
        def __truediv__(self, name):
            return tmp_path / name

    monkeypatch.setattr(wd.resources, "files", lambda package: FakeFiles())
    wd.load_overrides.cache_clear()
    try:
        with pytest.raises(LexiconError, match="holiday_overrides.tsv:2"):
            wd.load_overrides()
    finally:
        monkeypatch.undo()
        wd.load_overrides.cache_clear()


# ---- closed-form counting against the day-by-day reference (issue 13) --------------------------------

from datetime import timedelta  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from reformrules.dates import OutOfDomain  # noqa: E402


def _reference_between(cal, start: date, end: date) -> int:
    """Working days in (start, end], one day at a time (the implementation before issue 13)."""
    if end < start:
        return -_reference_between(cal, end, start)
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        count += cal.is_working_day(day)
    return count


def _reference_add(cal, day: date, count: int) -> date:
    while count:
        day += timedelta(days=1)
        if cal.is_working_day(day):
            count -= 1
    return day


DAYS = st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31))


@settings(max_examples=300, deadline=None)
@given(start=DAYS, length=st.integers(-800, 800))
def test_working_days_between_equals_the_day_by_day_count(start: date, length: int) -> None:
    end = start + timedelta(days=length)
    assert CAL.working_days_between(start, end) == _reference_between(CAL, start, end)


@settings(max_examples=200, deadline=None)
@given(start=DAYS, count=st.integers(0, 400))
def test_add_working_days_equals_the_day_by_day_walk(start: date, count: int) -> None:
    end = CAL.add_working_days(start, count)
    assert end == _reference_add(CAL, start, count)
    assert CAL.working_days_between(start, end) == count


def test_the_2024_holiday_run_in_closed_form() -> None:
    # Friday 26/4/2024 -> Monday 6/5: 27/4-1/5 off, Saturday 4/5 worked (Công văn 2450/VPCP-KGVX): 4 days
    assert CAL.working_days_between(D("2024-04-26"), D("2024-05-06")) == 4
    assert CAL.add_working_days(D("2024-04-26"), 1) == D("2024-05-02")


def test_counts_are_bounded_and_refused_outside_1900_2200() -> None:
    assert CAL.working_days_between(D("1900-01-01"), D("2200-12-31")) == _reference_between(
        CAL, D("1900-01-01"), D("2200-12-31"))
    with pytest.raises(OutOfDomain):
        CAL.add_working_days(D("2022-01-03"), 10 ** 12)  # refused at once, no walk
    with pytest.raises(OutOfDomain):
        CAL.working_days_between(D("1899-12-31"), D("2022-01-03"))
    with pytest.raises(OutOfDomain):
        CAL.is_working_day(D("2201-01-01"))
    assert isinstance(OutOfDomain("x"), ValueError)
