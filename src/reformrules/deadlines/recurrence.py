"""Recurring rules to concrete due dates, and the reporting cut-off windows of ND 09/2019.

Examples:
    >>> from reformrules.deadlines.model import Recurring, DayRule, Window
    >>> rule = Recurring(("quarter", "half", "year"), DayRule(20, strict=True))
    >>> [str(o) for o in occurrences(rule, 2022)][:3]
    ['2022Q1->2022-03-19', '2022Q2->2022-06-19', '2022H1->2022-06-19']
    >>> str(reporting_cutoff(Window.quarter(2022, 1)))
    '2021-12-15..2022-03-14'
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from dateutil.rrule import MONTHLY, rrule

from ..dates import year_in_domain
from ..context import PlanContext, Policy
from .model import DayRule, Occurrence, Recurring, Rule, Window, walk

# Months between period ends, and the window constructor for the period ending in a month.
_STEP = {"month": 1, "quarter": 3, "half": 6, "year": 12}


def _period_window(period: str, year: int, end_month: int) -> Window:
    if period == "month":
        return Window.month(year, end_month)
    if period == "quarter":
        return Window.quarter(year, end_month // 3)
    if period == "half":
        return Window.half(year, end_month // 6)
    return Window.year(year)


def _due(period: Window, rule: DayRule | None, policy: Policy) -> date:
    if rule is None:
        return period.end
    month = rule.month or period.end.month
    year = period.end.year
    day = min(rule.day, calendar.monthrange(year, month)[1])
    due = date(year, month, day)
    if rule.strict and not policy.before_is_inclusive:
        due -= timedelta(days=1)
    return due


def _names_a_month_of(rule: DayRule | None, window: Window) -> bool:
    """True unless the day rule names a month outside a sub-year period ("trước ngày 16/6" of H2)."""
    if rule is None or rule.month is None or window.granularity.value == "year":
        return True
    return window.start.month <= rule.month <= window.end.month


def occurrences(rule: Rule, year: int, ctx: PlanContext | None = None) -> tuple[Occurrence, ...]:
    """Every due date that ``rule`` sets inside ``year``, in date order (period as tie-break).

    A continuous rule ("Thường xuyên") and an unspecified period ("định kỳ") have none, nor has a
    year before the rule's ``since``. A rule done ``times`` times per period ("hai lần/năm") gives
    that many occurrences of each period, all due by its end: the text does not say when inside it.

    Examples:
        >>> [str(o) for o in occurrences(Recurring(("year",), times=2, since=2027), 2027)]
        ['2027->2027-12-31', '2027->2027-12-31']
        >>> occurrences(Recurring(("year",), since=2027), 2026)
        ()
    """
    policy = ctx.policy if ctx is not None else Policy()
    found: list[Occurrence] = []
    repeated: list[Occurrence] = []
    if not isinstance(year, int) or not year_in_domain(year):  # outside 1900-2200 (reformrules.dates)
        return ()
    for part in walk(rule):
        if not isinstance(part, Recurring) or part.continuous:
            continue
        if part.since is not None and year < part.since:
            continue
        if part.times > 1:
            for period in part.periods:
                step = _STEP.get(period)
                if step is None:
                    continue
                for end in rrule(MONTHLY, interval=step, dtstart=date(year, step, 1), until=date(year, 12, 31)):
                    window = _period_window(period, year, end.month)
                    repeated.extend([Occurrence(window, _due(window, part.day_rule, policy))] * part.times)
            continue
        if part.part is not None and part.periods == ("year",):  # "Quý IV hằng năm": one window a year
            unit, number = part.part
            window = Window.quarter(year, number) if unit == "quarter" else Window.month(year, number)
            found.append(Occurrence(window, _due(window, part.day_rule, policy)))
            continue
        for period in part.periods:
            step = _STEP.get(period)
            if step is None:
                continue
            ends = rrule(MONTHLY, interval=step, dtstart=date(year, step, 1), until=date(year, 12, 31))
            for end in ends:
                window = _period_window(period, year, end.month)
                if not _names_a_month_of(part.day_rule, window):
                    continue  # "6 tháng (trước ngày 16/6)": the half that holds June, not the other one
                found.append(Occurrence(window, _due(window, part.day_rule, policy)))
    order = {"month": 0, "quarter": 1, "half": 2, "year": 3, "day": 0}
    every = list(dict.fromkeys(found)) + repeated
    return tuple(sorted(every, key=lambda o: (o.due, order[o.period.granularity.value])))


def reporting_cutoff(period: Window) -> Window:
    """Data cut-off window of a periodic report (ND 09/2019/NĐ-CP Art. 12; domain.md §3.1).

    From the 15th of the month before the period to the 14th of its last month: Q1 15/12 →
    14/3, H1 15/12 → 14/6, a year 15/12 → 14/12. A 9-month report (not defined by Art. 12) gets
    15/12 → 14/9 by analogy, an assumption (domain.md §3.1 [I]).
    """
    first = (period.start - relativedelta(months=1)).replace(day=15)
    last = period.end.replace(day=14)
    return Window.days(first, last)

