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

from ..context import PlanContext
from ..text.fold import fold
from ..workdays import WorkCalendar
from .flat import combined, simple_dates
from .model import AllOf, AnyOf, Condition, Recurring, Rule, Within
from .schedule import flat_reader


def flat_dates(rule: Rule, ctx: PlanContext | None, calendar: WorkCalendar | None = None,
               events: Mapping[str, date] | None = None) -> tuple[date | None, date | None]:
    """Earliest start and latest due of ``rule`` (None where the rule gives none).

    The flat, day-independent view of ``deadlines.schedule``: each window or condition is read by
    the schedule (the one interpretation of the rules); options and clauses are combined as the
    earliest start and the latest due. A value that is not a rule raises ``UnknownRuleError``.
    The common rules, with no event supplied, are read directly (``deadlines.flat.simple_dates``,
    which a property test holds to :func:`schedule_dates`); the rest by the schedule.
    """
    if not events:
        found = simple_dates(rule, ctx, calendar)
        if found is not None:
            return found
    return schedule_dates(rule, ctx, calendar, events)


def schedule_dates(rule: Rule, ctx: PlanContext | None, calendar: WorkCalendar | None = None,
                   events: Mapping[str, date] | None = None) -> tuple[date | None, date | None]:
    """:func:`flat_dates` with every part of the rule read by the schedule (the reference)."""
    return _flat(flat_reader(ctx, calendar, events), rule)


def _flat(reader, rule: Rule) -> tuple[date | None, date | None]:
    if isinstance(rule, (AnyOf, AllOf)):
        parts = rule.options if isinstance(rule, AnyOf) else rule.parts
        return combined(parts, [_flat(reader, p) for p in parts], isinstance(rule, AllOf))
    if isinstance(rule, Recurring):
        return None, None
    read = reader.read(rule)
    if isinstance(rule, Within):
        return rule.window.start, read.due
    if read.kind in ("unknown", "waiting"):
        return None, None
    return read.start, read.due


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
