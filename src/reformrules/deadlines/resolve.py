"""From rules to dates: the flat view (earliest start, latest due) and event resolution.

Policy (docs/decisions.md): a named window is due on its last day as written; "trước X" is due
the day before X unless ``Policy.before_is_inclusive``; counted periods follow Civil Code Arts.
147-148 on the working-day calendar.

Examples:
    >>> from datetime import date
    >>> from reformrules.deadlines.model import Window, Within, By
    >>> flat_dates(Within(Window.quarter(2018, 2)), None)
    (datetime.date(2018, 4, 1), datetime.date(2018, 6, 30))
    >>> flat_dates(By(Window.day(date(2022, 3, 15)), strict=True), None)
    (None, datetime.date(2022, 3, 14))
"""

from __future__ import annotations

from datetime import date
from typing import Mapping

from ..context import PlanContext, Policy
from ..dates import counted_end, shift
from ..text.fold import fold
from ..workdays import WorkCalendar, default_calendar
from .model import After, AllOf, AnyOf, By, Condition, From, Recurring, Rule, Unparsed, Within

_DEFAULT_POLICY = Policy()


def flat_dates(rule: Rule, ctx: PlanContext | None, calendar: WorkCalendar | None = None,
               events: Mapping[str, date] | None = None) -> tuple[date | None, date | None]:
    """Earliest start and latest due of ``rule`` (None where the rule gives none)."""
    policy = ctx.policy if ctx is not None else _DEFAULT_POLICY
    if isinstance(rule, Within):
        due = rule.window.end
        if policy.shift_named_windows:
            due = (calendar or default_calendar()).next_working_day(due)
        return rule.window.start, due
    if isinstance(rule, By):
        if rule.strict:
            return None, rule.limit.start if policy.before_is_inclusive else shift(rule.limit.start, -1)
        return None, rule.limit.end
    if isinstance(rule, From):
        start = rule.start.start if rule.start is not None else (ctx.issued if ctx is not None else None)
        return start, rule.until.end if rule.until is not None else None
    if isinstance(rule, After):
        anchor = event_date(rule.condition, ctx, events)
        if anchor is None:
            return None, None
        if rule.offset is None:
            return anchor, None
        due = counted_end(anchor, rule.offset.amount, rule.offset.unit, calendar)  # None outside 1900-2200
        return (None if rule.condition.kind == "issued" else anchor), due
    if isinstance(rule, (AnyOf, AllOf)):
        parts = rule.options if isinstance(rule, AnyOf) else rule.parts
        pairs = [flat_dates(p, ctx, calendar, events) for p in parts]
        starts = [s for s, _ in pairs if s is not None]
        dues = [d for _, d in pairs if d is not None]
        return (min(starts) if starts else None), (max(dues) if dues else None)
    if isinstance(rule, (Recurring, Unparsed)):
        return None, None
    raise TypeError(f"not a rule: {rule!r}")


def event_date(condition: Condition, ctx: PlanContext | None, events: Mapping[str, date] | None) -> date | None:
    """The date a condition was met: the issue date, or a supplied event (matched on folded text)."""
    if condition.kind == "issued":
        return ctx.issued if ctx is not None else None
    if not events:
        return None
    wanted = fold(" ".join(condition.text.split()))
    for key, day in events.items():
        folded = fold(" ".join(key.split()))
        if folded == wanted or (folded and folded in wanted):
            return day
    return None
