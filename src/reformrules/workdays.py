"""The Vietnamese civil-service working-day calendar and the Civil Code's counting of periods.

The calendar is ``holidays.VN(language="vi", observed=True)`` (observed days must stay on: without
them the Tết set is wrong, docs/domain.md §2.4) plus a small sourced override table
(``lexicon/data/holiday_overrides.tsv``) for decisions the package lacks, such as the New Year
2026 swap (12729/VPCP-KGVX). Saturdays and Sundays are rest days for state agencies (QĐ
188/1999/QĐ-TTg, domain.md §2.2); a Saturday made a working day (làm bù) is a working day.

Counting follows Civil Code 2015 Arts. 147-148 (domain.md §1): the first day (or the day of the
event) is not counted; a period in months ends on the matching day of the last month, or on that
month's last day when it has no matching day; a last day that is not a working day moves to the
next working day.

Examples:
    >>> from datetime import date
    >>> cal = default_calendar()
    >>> cal.is_working_day(date(2024, 5, 4))   # Saturday made a working day
    True
    >>> cal.period_end(date(2024, 4, 15), 15, "d")   # 30/4 and 1/5 are holidays
    datetime.date(2024, 5, 2)
    >>> cal.period_end(date(2024, 1, 31), 1, "m")
    datetime.date(2024, 2, 29)
    >>> cal.add_working_days(date(2024, 4, 26), 1)  # Friday; 27/4-1/5 are off
    datetime.date(2024, 5, 2)
"""

from __future__ import annotations

import csv
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Mapping

import holidays
from dateutil.relativedelta import relativedelta

from .dates import FIRST_DAY, LAST_DAY, OutOfDomain
from .errors import LexiconError

_OVERRIDES_FILE = "holiday_overrides.tsv"
_UNITS = ("d", "wd", "w", "m", "y")


@dataclass(frozen=True, slots=True)
class Override:
    """One sourced correction to the holidays package: a day off or a working day."""

    day: date
    kind: str  # "day_off" or "working_day"
    gloss_en: str
    source: str


@cache
def load_overrides() -> tuple[Override, ...]:
    """The packaged override rows, validated."""
    path = resources.files("reformrules.lexicon") / "data" / _OVERRIDES_FILE
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
            try:
                day = date.fromisoformat(row["date"])
            except (TypeError, ValueError) as exc:
                raise LexiconError(_OVERRIDES_FILE, number, f"bad date {row.get('date')!r}") from exc
            if row.get("kind") not in ("day_off", "working_day"):
                raise LexiconError(_OVERRIDES_FILE, number, f"bad kind {row.get('kind')!r}")
            if not row.get("source") or not row.get("gloss_en"):
                raise LexiconError(_OVERRIDES_FILE, number, "source and gloss_en are required")
            rows.append(Override(day, row["kind"], row["gloss_en"], row["source"]))
    return tuple(rows)


def _weekdays_through(ordinal: int) -> int:
    """Mondays to Fridays among the ordinals 1 .. ``ordinal`` (ordinal 1, 1 Jan 0001, is a Monday)."""
    weeks, rest = divmod(ordinal, 7)
    return 5 * weeks + min(rest, 5)


def _check_domain(*days: date) -> None:
    for day in days:
        if not FIRST_DAY <= day <= LAST_DAY:
            raise OutOfDomain(f"{day.isoformat()} is outside the dates this library reads "
                              f"({FIRST_DAY.year}-{LAST_DAY.year}); no working day is counted")


@dataclass(frozen=True)
class WorkCalendar:
    """Working days of Vietnamese state agencies: Mon-Fri, minus holidays, plus swapped Saturdays.

    ``overrides`` defaults to the packaged table; pass ``()`` for the plain holidays package.

    Counting is in closed form: the weekdays of a run of days come from week arithmetic, then the
    days off that fall on a weekday are subtracted and the weekend days made working days added,
    each found by bisection in a sorted list of the years concerned (loaded once per calendar).
    Every date must lie in 1900-2200 (``reformrules.dates``); outside, ``OutOfDomain`` (a
    ``ValueError``) is raised, so a huge count is refused at once instead of looping.
    """

    overrides: tuple[Override, ...] | None = None
    _days_off: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _working: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _sorted: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def _year(self, year: int) -> tuple[Mapping[date, str], frozenset[date]]:
        """Days off (with their names) and extra working days of one year, computed once."""
        if year not in self._days_off:
            vn = holidays.VN(years=year, language="vi", observed=True)
            days_off = {d: name for d, name in vn.items() if d.year == year}
            working = {d for d in vn.weekend_workdays if d.year == year}
            rows = load_overrides() if self.overrides is None else self.overrides
            for row in rows:
                if row.day.year != year:
                    continue
                if row.kind == "day_off":
                    days_off[row.day] = row.gloss_en
                    working.discard(row.day)
                else:
                    working.add(row.day)
                    days_off.pop(row.day, None)
            self._days_off[year] = MappingProxyType(days_off)
            self._working[year] = frozenset(working)
        return self._days_off[year], self._working[year]

    def _adjustments(self, first: int, last: int) -> tuple[list[int], list[int]]:
        """Sorted ordinals, over the years ``first..last`` (extended as needed), of the days off
        that fall on a weekday and of the weekend days that are working days."""
        span = self._sorted.get("span")
        if span is None or first < span[0] or last > span[1]:
            lo, hi = (first, last) if span is None else (min(first, span[0]), max(last, span[1]))
            off: list[int] = []
            extra: list[int] = []
            for year in range(lo, hi + 1):
                days_off, working = self._year(year)
                off.extend(d.toordinal() for d in days_off if d.weekday() < 5 and d not in working)
                extra.extend(d.toordinal() for d in working if d.weekday() >= 5)
            off.sort()
            extra.sort()
            self._sorted.update(span=(lo, hi), off=off, extra=extra)
        return self._sorted["off"], self._sorted["extra"]

    def holiday_name(self, day: date) -> str | None:
        """The name of the holiday or day off on ``day``, if any."""
        _check_domain(day)
        return self._year(day.year)[0].get(day)

    def is_working_day(self, day: date) -> bool:
        """True when state agencies work on ``day``."""
        _check_domain(day)
        days_off, working = self._year(day.year)
        if day in working:
            return True
        return day.weekday() < 5 and day not in days_off

    def next_working_day(self, day: date) -> date:
        """``day`` itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(day):  # a run of days off is at most a few days long
            day += timedelta(days=1)
        return day

    def _count(self, start: int, end: int) -> int:
        """Working days among the ordinals ``(start, end]``, start <= end, both in the domain."""
        first, last = date.fromordinal(start).year, date.fromordinal(end).year
        off, extra = self._adjustments(first, last)
        weekdays = _weekdays_through(end) - _weekdays_through(start)
        return (weekdays - (bisect_right(off, end) - bisect_right(off, start))
                + (bisect_right(extra, end) - bisect_right(extra, start)))

    def add_working_days(self, day: date, count: int) -> date:
        """The ``count``-th working day after ``day`` (``day`` itself not counted); count >= 0.

        Found by bisection on :meth:`working_days_between` (closed form), so its cost does not grow
        with ``count``; a result after 2200 raises ``OutOfDomain``.
        """
        if count < 0:
            raise ValueError("count must be >= 0")
        _check_domain(day)
        if count == 0:
            return day
        start = day.toordinal()
        last = LAST_DAY.toordinal()
        low, high = start, min(last, start + count * 2 + 30)  # at most 2 calendar days per working day, + Tết
        if count > last - start or self._count(start, high) < count:
            if count > last - start or high == last or self._count(start, last) < count:
                raise OutOfDomain(f"{count} working days after {day.isoformat()} leave the dates this library "
                                  f"reads ({FIRST_DAY.year}-{LAST_DAY.year})")
            high = last
        while high - low > 1:  # the smallest end with `count` working days: itself a working day
            middle = (low + high) // 2
            if self._count(start, middle) >= count:
                high = middle
            else:
                low = middle
        return date.fromordinal(high)

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in ``(start, end]`` (negative when ``end`` is before ``start``), in closed form."""
        _check_domain(start, end)
        if end < start:
            return -self._count(end.toordinal(), start.toordinal())
        return self._count(start.toordinal(), end.toordinal())

    def period_end(self, anchor: date, amount: int, unit: str) -> date:
        """Last day of a period of ``amount`` ``unit`` counted from ``anchor`` (Civil Code 147-148).

        ``unit`` is ``d`` (days), ``wd`` (working days), ``w`` (weeks), ``m`` (months) or ``y``
        (years). The anchor day is not counted; a last day that is not a working day moves to the
        next working day (Art. 148.5).
        """
        if unit not in _UNITS:
            raise ValueError(f"unknown unit {unit!r}; expected one of {_UNITS}")
        if unit == "wd":
            return self.add_working_days(anchor, amount)
        if unit == "d":
            end = anchor + timedelta(days=amount)
        elif unit == "w":
            end = anchor + timedelta(weeks=amount)
        elif unit == "m":
            end = anchor + relativedelta(months=amount)  # clamps to the month's last day
        else:
            end = anchor + relativedelta(years=amount)
        return self.next_working_day(end)


@cache
def default_calendar() -> WorkCalendar:
    """The packaged calendar (holidays.VN + sourced overrides), shared."""
    return WorkCalendar()
