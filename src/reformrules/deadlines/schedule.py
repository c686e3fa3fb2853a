"""One reading of every rule: what a deadline asks on one day, given the events reported by then.

``schedule(rule, ctx, day, events=…, calendar=…, period_end=…)`` returns a :class:`Schedule`: its
kind, window (``start``), ``due`` date, the occurrences of a recurring rule inside the plan's
period, the conditions it still waits on, the event that met a condition, a dated option that
lapsed while its alternative was never reported, and which clause of several gives the due date.
It is the only place that interprets the rule algebra of ``deadlines/model.py``: the flat dates of
a parsed deadline (``resolve.flat_dates``) and the tracker's statuses are both read from it, and a
rule kind it does not know raises :class:`~reformrules.errors.UnknownRuleError` (never a silent
``unknown``). The tracker adds only the status policy (done, overdue, due soon …).

Kinds: ``dated`` (a due date), ``recurring`` (the next occurrence is due), ``met`` (a condition met
and no due date follows), ``ongoing`` (continuous), ``waiting`` (a condition not reported) and
``unknown`` (unreadable, or a date the plan does not give).

Examples:
    >>> from datetime import date
    >>> from reformrules import PlanContext, parse_deadline
    >>> ctx = PlanContext(plan_year=2022, issued=date(2022, 1, 21))
    >>> rule = parse_deadline("Quý I/2022 (hoặc sau khi UBND tỉnh triển khai)", ctx).rule
    >>> s = schedule(rule, ctx, date(2022, 4, 5))
    >>> s.kind, s.due, s.lapsed
    ('dated', datetime.date(2022, 3, 31), 'within 2022Q1')
    >>> schedule(rule, ctx, date(2022, 4, 5), events={"UBND tỉnh triển khai": date(2022, 4, 1)}).released_by
    'UBND tỉnh triển khai'
    >>> yearly = schedule(parse_deadline("hàng năm", ctx).rule, ctx, date(2024, 12, 31))
    >>> yearly.kind, yearly.due, [str(o) for o in yearly.occurrences]
    ('dated', datetime.date(2022, 12, 31), ['2022->2022-12-31'])
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date
from typing import Literal

from ..context import PlanContext, Policy
from ..dates import counted_end, shift
from ..errors import UnknownRuleError
from ..text.fold import fold
from ..workdays import WorkCalendar, default_calendar
from .model import (After, AllOf, AnyOf, Before, By, Condition, From, Granularity, Occurrence, Recurring, Rule, Unparsed,
                    Within)
from .recurrence import occurrences as year_occurrences

Kind = Literal["dated", "recurring", "met", "ongoing", "waiting", "unknown"]
_DEFAULT_POLICY = Policy()


@dataclass(frozen=True, slots=True)
class Event:
    """Something reported to have happened: its words, its day, and where it was reported.

    ``tasks``, when given, are the task ids the event releases: it then meets every condition of
    those tasks whatever their wording, and no other (docs/tracker.md, "Events").
    """

    key: str
    on: date
    where: str = ""
    tasks: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Schedule:
    """What a rule asks on one day (see the module docstring for the kinds).

    ``label`` is the rule or option that gave the dates ("within 2018Q1"); ``detail`` adds what an
    explanation needs (a passed option, the last occurrence of the plan's period); ``met`` is the
    day a condition was met and ``released_by`` the reported event that met it; ``lapsed`` is
    the label of a dated option that passed while its alternative was never reported (the task is
    then due on that option); ``clause`` is the 1-based clause that gives ``due`` when the cell
    has several dated clauses (0 otherwise), and ``clauses`` their number.
    """

    kind: Kind
    start: date | None = None
    due: date | None = None
    waits: tuple[Condition, ...] = ()
    label: str = ""
    detail: str = ""
    met: date | None = None
    released_by: str = ""
    occurrences: tuple[Occurrence, ...] = ()
    lapsed: str = ""
    clause: int = 0
    clauses: int = 0

    @property
    def has_due(self) -> bool:
        return self.due is not None and self.kind in ("dated", "recurring")


def period_end_of(ctx: PlanContext | None) -> date | None:
    """The last day of the plan's period: 31 December of its plan year (None without one).

    Examples:
        >>> period_end_of(PlanContext(plan_year=2022)), period_end_of(None)
        (datetime.date(2022, 12, 31), None)
    """
    return date(ctx.plan_year, 12, 31) if ctx is not None and ctx.plan_year else None


def _as_events(events: Mapping[str, date] | Sequence[Event] | None, day: date) -> tuple[Event, ...]:
    if not events:
        return ()
    found = events.items() if isinstance(events, Mapping) else ((e.key, e) for e in events)
    out = []
    for key, value in found:
        event = value if isinstance(value, Event) else Event(key, value)
        if event.on <= day:
            out.append(event)
    return tuple(out)


@lru_cache(maxsize=4096)
def _words(text: str) -> str:
    """``text`` folded with its whitespace collapsed, for matching an event to a condition."""
    return fold(" ".join(text.split()))


def match_event(condition: Condition, ctx: PlanContext | None, events: Sequence[Event],
                released: bool = False) -> Event | None:
    """The earliest event that meets ``condition``: one naming the task (``released``), or one whose
    words, folded, equal the condition's text or are contained in it. ``issued`` is never an event."""
    if condition.kind == "issued":
        return None
    wanted = _words(condition.text)
    best: Event | None = None
    for event in events:
        if event.tasks:
            hit = released
        else:
            folded = _words(event.key)
            hit = bool(folded) and (folded == wanted or folded in wanted)
        if hit and (best is None or event.on < best.on):
            best = event
    return best


class _Reader:
    """Reads one rule on one day; ``released`` means the events that name the task meet its conditions."""

    def __init__(self, ctx: PlanContext | None, day: date, events: tuple[Event, ...], calendar: WorkCalendar,
                 period_end: date | None, done_clauses: Collection[int], cycle: Recurring | None, released: bool):
        self.ctx = ctx
        self.policy = ctx.policy if ctx is not None else _DEFAULT_POLICY
        self.day = day
        self.events = events
        self.calendar = calendar
        self.period_end = period_end
        self.done_clauses = done_clauses
        self.cycle = cycle
        self.released = released

    def read(self, rule: Rule) -> Schedule:
        reader = _READERS.get(type(rule))
        if reader is None:
            raise UnknownRuleError(f"schedule() does not know the rule kind {type(rule).__name__}: {rule!r}")
        return reader(self, rule)

    # -- leaves: one window or condition ---------------------------------------------------------

    def within(self, rule: Within) -> Schedule:
        due = rule.window.end
        if self.policy.shift_named_windows:
            due = self.calendar.next_working_day(due)
        start = None if rule.window.granularity is Granularity.DAY else rule.window.start  # a due date
        return Schedule("dated", start, due, label=str(rule))

    def by(self, rule: By) -> Schedule:
        if rule.strict:
            due = rule.limit.start if self.policy.before_is_inclusive else shift(rule.limit.start, -1)
        else:
            due = rule.limit.end
        if due is None:  # the day before leaves 1900-2200 (reformrules.dates): no date is made up
            return Schedule("unknown", detail=f"'{rule}' leaves the dates the library reads")
        return Schedule("dated", None, due, label=str(rule))

    def from_(self, rule: From) -> Schedule:
        start = rule.start.start if rule.start is not None else (
            self.ctx.issued if self.ctx is not None and not rule.until_only else None)  # "cho đến khi …": no start
        if rule.until is not None:
            return Schedule("dated", start, rule.until.end, label=str(rule))
        return Schedule("ongoing", start, label=str(rule))

    def recurring(self, rule: Recurring) -> Schedule:
        if rule.continuous:
            return Schedule("ongoing", label=str(rule))
        if not any(p != "period" for p in rule.periods) and rule.part is None:
            if self.cycle is not None:  # "định kỳ" in a plan whose body gives the cycle
                return self._on_cycle()
            return Schedule("ongoing", label=str(rule), detail="the plan states no period")
        return self._occurrences(rule)

    def _on_cycle(self) -> Schedule:
        assert self.cycle is not None
        found = self._occurrences(self.cycle)
        return replace(found, label=f"{found.label}, the reporting cycle the plan's body gives")

    def _occurrences(self, rule: Recurring) -> Schedule:
        end = self.period_end
        if end is None:  # no plan period known: the next occurrence this year or the next
            for year in (self.day.year, self.day.year + 1):
                for occurrence in year_occurrences(rule, year, self.ctx):
                    if occurrence.due >= self.day:
                        return Schedule("recurring", None, occurrence.due, label=str(rule),
                                        detail=f"the {occurrence.period} occurrence", occurrences=(occurrence,))
            return Schedule("ongoing", label=str(rule), detail="the plan states no period")  # pragma: no cover
        first_year = self.ctx.issued.year if self.ctx is not None and self.ctx.issued else end.year
        found = tuple(o for year in range(min(first_year, end.year), end.year + 1)
                      for o in year_occurrences(rule, year, self.ctx) if o.period.end <= end)
        if not found:
            return Schedule("ongoing", label=str(rule), detail="no occurrence falls in the plan's period")
        for occurrence in found:
            if occurrence.due >= self.day:
                return Schedule("recurring", None, occurrence.due, label=str(rule),
                                detail=f"the {occurrence.period} occurrence", occurrences=found)
        last = found[-1]
        return Schedule("dated", None, last.due, label=str(rule), occurrences=found,
                        detail=f"the {last.period} occurrence was the last of the plan's period "
                               f"(it ends {end.isoformat()})")

    def after(self, rule: After) -> Schedule:
        condition = rule.condition
        if condition.kind == "issued":
            anchor = self.ctx.issued if self.ctx is not None else None
            if anchor is None:
                return Schedule("unknown", detail=f"'{rule}' needs the plan's issue date, which the plan does not give")
            if rule.offset is None:
                return Schedule("met", anchor, label=str(rule), met=anchor)
            return self._counted(rule, anchor, None)
        if condition.kind == "regulation" and self.cycle is not None:  # "Theo quy định": the body's cycle
            return self._on_cycle()
        event = match_event(condition, self.ctx, self.events, self.released)
        if event is None:
            return Schedule("waiting", waits=(condition,), label=str(rule))
        if rule.offset is not None:
            return self._counted(rule, event.on, event)
        end = self.period_end
        if end is not None and event.on <= end:  # an annual plan: still due by the end of its period
            return Schedule("dated", event.on, end, label=str(rule), met=event.on, released_by=event.key,
                            detail=f"the plan's period ends {end.isoformat()}")
        return Schedule("met", event.on, label=str(rule), met=event.on, released_by=event.key)

    def _counted(self, rule: After, anchor: date, event: Event | None) -> Schedule:
        """Due a counted period after ``anchor`` (Civil Code Arts. 147-148); unknown outside 1900-2200."""
        assert rule.offset is not None
        due = counted_end(anchor, rule.offset.amount, rule.offset.unit, self.calendar)
        if due is None:
            return Schedule("unknown", detail=f"'{rule}' after {anchor.isoformat()} leaves the dates the library reads")
        if event is None:
            return Schedule("dated", None, due, label=str(rule))
        return Schedule("dated", event.on, due, label=str(rule), met=event.on, released_by=event.key)

    def before(self, rule: Before) -> Schedule:
        """"trước khi X": waiting until X's day is reported, then due the day before it."""
        event = match_event(rule.condition, self.ctx, self.events, self.released)
        if event is None:
            return Schedule("waiting", waits=(rule.condition,), label=str(rule))
        due = shift(event.on, -1)
        if due is None:
            return Schedule("unknown", detail=f"'{rule}' leaves the dates the library reads")
        return Schedule("dated", None, due, label=str(rule))

    def unparsed(self, rule: Unparsed) -> Schedule:
        reason = rule.reason or "no deadline form recognised"
        return Schedule("unknown", detail=f"the deadline could not be read ({reason})")

    # -- combinations ------------------------------------------------------------------------------

    def any_of(self, rule: AnyOf) -> Schedule:
        options = [self.read(option) for option in rule.options]
        plain = [o for o in options if o.has_due and o.met is None]
        # a condition met while a dated option still ran leaves that option as the deadline
        met = [o for o in options if o.met is not None and o.kind != "waiting"
               and not any(p.due >= o.met for p in plain)]  # type: ignore[operator]
        current = [o for o in plain + [m for m in met if m.has_due] if o.due >= self.day]  # type: ignore[operator]
        if current:
            return max(current, key=lambda o: o.due)  # type: ignore[arg-type, return-value]
        passed = max(plain, key=lambda o: o.due) if plain else None  # type: ignore[arg-type, return-value]
        note = f"the dated option ({passed.label}) ended {passed.due.isoformat()}" if passed else ""  # type: ignore[union-attr]
        for option in options:
            if option.kind == "ongoing":
                return replace(option, detail=_join(option.detail, note))
        if met:  # met after the dated option ended: the alternative governs
            chosen = max(met, key=lambda o: o.due or date.max)
            return replace(chosen, detail=_join(chosen.detail, note))
        waiting = [o for o in options if o.kind == "waiting"]
        issued = self.ctx.issued if self.ctx is not None else None
        # a dated option that ended before the plan was issued cannot have been the default (004 IV.2)
        valid = [o for o in plain if issued is None or o.due >= issued]  # type: ignore[operator]
        if waiting and valid:  # the dated option was the default; it lapsed with no alternative reported
            lapsed = max(valid, key=lambda o: o.due)  # type: ignore[arg-type, return-value]
            pending = tuple(c for o in waiting for c in o.waits)
            return replace(lapsed, lapsed=lapsed.label, waits=pending,
                           detail=_join(lapsed.detail, f"the dated option was the default and its alternative {quoted(pending)} "
                                                     "was never reported"))
        if waiting:
            return replace(waiting[0], detail=_join(waiting[0].detail, note))
        if passed is not None:
            return passed
        return next(o for o in options if o.kind == "unknown")

    def all_of(self, rule: AllOf) -> Schedule:
        parts = [self.read(part) for part in rule.parts]
        known = [p for p in parts if p.kind != "unknown"]
        if not known:
            return parts[0]
        starts = [p.start for p in known if p.start is not None]
        start = max(starts) if starts else None
        clauses = [(i, p) for i, p in enumerate(parts, 1) if p.has_due and p.met is None]
        if not clauses:  # only a met condition gives a due date (the end of the plan's period)
            clauses = [(i, p) for i, p in enumerate(parts, 1) if p.has_due]
        waiting = [p for p in known if p.kind == "waiting"]
        due_part, clause, note = None, 0, ""
        if clauses:
            # several dated clauses ("Hoàn thành chậm nhất Quý II/2018 / Triển khai thí điểm 2018-2020"):
            # due on the earliest clause not reported done ("V.4#1"), then on the next
            ordered = sorted(clauses, key=lambda ip: ip[1].due)  # type: ignore[arg-type, return-value]
            pending = [(i, p) for i, p in ordered if i not in self.done_clauses]
            clause, due_part = pending[0] if pending else ordered[-1]
            if len(clauses) > 1:
                start = due_part.start
                done = [f"clause {i} ('{p.label}')" for i, p in ordered if i in self.done_clauses]
                later = [f"clause {i} ('{p.label}') runs to {p.due.isoformat()}" for i, p in ordered  # type: ignore[union-attr]
                         if i not in self.done_clauses and p is not due_part]
                note = _join(f"{', '.join(done)} reported done" if done else "", "; ".join(later))
            # "Trong năm 2022 (theo hướng dẫn …)": a "theo …" qualifier says how, not when; the dated
            # part keeps its deadline. Only an event ("sau khi …") holds a dated task back.
            soft = [p for p in waiting if all(c.kind != "event" for c in p.waits)]
            if soft:
                following = quoted(tuple(c for p in soft for c in p.waits))
                note = _join(note, f"it follows {following}, which does not hold back its window")
                waiting = [p for p in waiting if p not in soft]
        met = [p for p in known if p.met is not None]
        met_day = max((p.met for p in met), default=None)  # type: ignore[type-var]
        released = next((p.released_by for p in met if p.released_by), "")
        if waiting:
            waits = tuple(c for p in waiting for c in p.waits)
            window = f"its window ({due_part.label}) ends {due_part.due.isoformat()}" if due_part else ""  # type: ignore[union-attr]
            return Schedule("waiting", start, due_part.due if due_part else None, waits, waiting[0].label,
                            _join(window, note))
        if due_part is not None:
            several = len(clauses) > 1
            label = f"{due_part.label}, clause {clause} of {len(clauses)}" if several else due_part.label
            return replace(due_part, start=start, label=label, detail=_join(due_part.detail, note), met=met_day,
                           released_by=released, clause=clause if several else 0, clauses=len(clauses) if several else 0)
        for kind in ("met", "ongoing", "recurring", "dated"):
            for part in known:
                if part.kind == kind:
                    return replace(part, start=start, met=met_day, released_by=released)
        return known[0]  # pragma: no cover - every kind is handled above


_READERS: dict[type, Callable[[_Reader, Rule], Schedule]] = {  # type: ignore[dict-item]
    Within: _Reader.within, By: _Reader.by, From: _Reader.from_, Recurring: _Reader.recurring,
    After: _Reader.after, Before: _Reader.before, Unparsed: _Reader.unparsed, AnyOf: _Reader.any_of, AllOf: _Reader.all_of,
}


def schedule(rule: Rule, ctx: PlanContext | None, day: date, *,
             events: Mapping[str, date] | Sequence[Event] | None = None, calendar: WorkCalendar | None = None,
             period_end: date | None = None, done_clauses: Collection[int] = (), cycle: Recurring | None = None,
             released: bool = False) -> Schedule:
    """What ``rule`` asks on ``day``, with the events reported by then.

    Args:
        rule: a rule of ``deadlines.model`` (``Deadline.rule``).
        ctx: the plan context (issue date, plan year, reading policy); ``None`` for none.
        day: the day the rule is read on; events after it have not happened.
        events: ``{event words: day}`` or :class:`Event` values (events naming tasks meet the
            conditions only when ``released`` is true, i.e. when the tracker reads one of those tasks).
        calendar: the working-day calendar for counted periods (default: the packaged one).
        period_end: the last day of the plan's period: recurrences stop there and a met condition
            with no period is due by it (default: :func:`period_end_of` ``ctx``).
        done_clauses: 1-based clauses reported done, for a cell of several dated clauses.
        cycle: the reporting cycle the plan's body gives ("Định kỳ hàng quý, 6 tháng, năm báo cáo"),
            used for "Theo quy định" and "định kỳ" when the task is a periodic report.

    Raises:
        UnknownRuleError: ``rule`` (or a part of it) is not a rule kind this function knows.

    Examples:
        >>> from reformrules.deadlines.model import Window
        >>> schedule(Within(Window.quarter(2018, 2)), None, date(2018, 5, 1)).due
        datetime.date(2018, 6, 30)
        >>> schedule("by 2018Q2", None, date(2018, 5, 1))
        Traceback (most recent call last):
        ...
        reformrules.errors.UnknownRuleError: schedule() does not know the rule kind str: 'by 2018Q2'
    """
    end = period_end if period_end is not None else period_end_of(ctx)
    reader = _Reader(ctx, day, _as_events(events, day), calendar or default_calendar(), end, done_clauses, cycle,
                     released)
    return reader.read(rule)


def flat_reader(ctx: PlanContext | None, calendar: WorkCalendar | None = None,
                events: Mapping[str, date] | None = None) -> _Reader:
    """A reader for the day-independent view (``resolve.flat_dates``): every event counts, no period bound."""
    return _Reader(ctx, date.max, _as_events(events, date.max), calendar or default_calendar(), None, (), None, False)


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


_CONDITION_WORDS = {"event": "the event", "schedule": "the schedule", "guidance": "the guidance",
                    "occurrence": "the occurrence", "session": "the session",
                    "regulation": "the regulation"}


def quoted(conditions: Sequence[Condition]) -> str:
    """'the event "UBND tỉnh có hướng dẫn" and the schedule "tiến độ của Trung ương"'.

    Examples:
        >>> quoted((Condition("event", "UBND tỉnh triển khai"),))
        'the event "UBND tỉnh triển khai"'
    """
    seen = dict.fromkeys((c.kind, c.text) for c in conditions)
    return " and ".join(f'{_CONDITION_WORDS.get(kind, "the condition")} "{text}"' for kind, text in seen)
