"""The flat dates of the common rules, read directly (the schedule is the reference).

The schedule (``resolve.schedule_dates``) reads every part of a rule, which builds a reader and a
labelled ``Schedule`` per part. A parse needs only the earliest start and the latest
due of windows, limits, starts, conditions not yet met and counted periods (from the issue date, or from
an event, which has not happened at parse time), so :func:`simple_dates` reads those from the rule itself
and returns ``None`` for anything else ("trước khi …", a policy that moves window ends), which then goes
to the schedule: ``resolve.flat_dates`` asks this module first. A property test checks that the two agree
on every rule the parsers make (tests/deadlines/test_fastpath.py).

Examples:
    >>> from reformrules.deadlines.model import AnyOf, After, Condition, Window, Within
    >>> simple_dates(AnyOf((Within(Window.quarter(2022, 1)), After(Condition("event", "UBND tỉnh triển khai")))), None)
    (datetime.date(2022, 1, 1), datetime.date(2022, 3, 31))
"""

from __future__ import annotations

from datetime import date

from ..context import PlanContext
from ..dates import counted_end, shift
from ..workdays import WorkCalendar, default_calendar
from .model import After, AllOf, AnyOf, By, From, Recurring, Rule, Within

Dates = tuple[date | None, date | None]


class _Schedule(Exception):
    """This rule is the schedule's to read."""


def simple_dates(rule: Rule, ctx: PlanContext | None, calendar: WorkCalendar | None = None) -> Dates | None:
    """``(start, due)`` as ``resolve.schedule_dates(rule, ctx, calendar)`` gives them, or ``None``: ask the schedule."""
    if ctx is not None and ctx.policy.shift_named_windows:
        return None
    try:
        return _dates(rule, ctx, calendar)
    except _Schedule:
        return None


def rule_dates(rule: Rule, ctx: PlanContext | None, calendar: WorkCalendar | None = None) -> Dates:
    """``simple_dates`` for a window, a limit or a start under a policy that keeps window ends (what the
    shortcut reads): no fallback to ask for."""
    return _dates(rule, ctx, calendar)


def _dates(rule: Rule, ctx: PlanContext | None, calendar: WorkCalendar | None) -> Dates:
    kind = type(rule)
    if kind is Within:
        return rule.window.start, rule.window.end
    if kind is By:
        if not rule.strict:
            return None, rule.limit.end
        if ctx is not None and ctx.policy.before_is_inclusive:
            return None, rule.limit.start
        return None, shift(rule.limit.start, -1)  # "trước ngày X": the day before (None outside the domain)
    if kind is From:
        start = rule.start.start if rule.start is not None else (
            ctx.issued if ctx is not None and not rule.until_only else None)
        return start, (rule.until.end if rule.until is not None else None)
    if kind is After:
        if rule.condition.kind != "issued":
            return None, None  # waiting: no event has happened in the flat view
        issued = ctx.issued if ctx is not None else None
        if rule.offset is None:
            return issued, None
        if issued is None:
            return None, None  # the schedule cannot count without the issue date
        # Civil Code Arts. 147-148 on the working-day calendar, as the schedule counts (None: out of the domain)
        return None, counted_end(issued, rule.offset.amount, rule.offset.unit,
                                 default_calendar() if calendar is None else calendar)
    if kind is Recurring:
        return None, None
    if kind is AnyOf:
        return combined(rule.options, [_dates(part, ctx, calendar) for part in rule.options])
    if kind is AllOf:
        return combined(rule.parts, [_dates(part, ctx, calendar) for part in rule.parts], True)
    raise _Schedule


def combined(parts, pairs: list[Dates], all_of: bool = False) -> Dates:
    """The earliest start and the latest due of options or clauses (``pairs``: their dates); of
    clauses (``all_of``), a limit ("trước/chậm nhất ngày …") due inside a window the phrase gives
    ("Năm 2026", "Trong quý II") refines it: "Năm 2026 (trước ngày 30/6/2026)" is due 2026-06-29,
    not 2026-12-31, while "chậm nhất Quý II/2026" beside "từ năm 2026-2028" (two things to do)
    stays due at the end of the later (docs/deadlines.md, "Clauses").

    Examples:
        >>> from .model import Window
        >>> year, cut = Within(Window.year(2026)), By(Window.day(date(2026, 6, 30)), True)
        >>> combined((year, cut), [(date(2026, 1, 1), date(2026, 12, 31)), (None, date(2026, 6, 29))], True)
        (datetime.date(2026, 1, 1), datetime.date(2026, 6, 29))
    """
    starts = [start for start, _ in pairs if start is not None]
    dues = [due for _, due in pairs if due is not None]
    if all_of and len(dues) > 1:
        limits = [due for part, (_, due) in zip(parts, pairs) if type(part) is By and due is not None]
        if limits:  # a window that holds a limit is refined by it: its own end is no due date; every other clause's is
            dues = [due for part, (start, due) in zip(parts, pairs) if due is not None and not (
                type(part) is Within and start is not None and any(start <= limit < due for limit in limits))]
    return (min(starts) if starts else None), (max(dues) if dues else None)
