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
