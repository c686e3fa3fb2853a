"""``track``: every task of a plan with its status on an explicit as-of date, and why.

The rules, in the order they are applied (docs/tracker.md says the same with examples):

1. A task reported done on or before the as-of date is ``done``, or ``done_late`` when it would
   have been ``overdue`` on the day it was completed (its schedule is read on that day).
2. No deadline, or one that could not be read: ``unknown``, with the reason.
3. A condition that has not happened ("Sau khi UBND tỉnh có hướng dẫn", "Theo tiến độ của Trung
   ương") and no dated alternative still open: ``waiting``. Events of the progress input resolve
   conditions (``Deadline.resolve``): "+7d after X" gets a due date counted by the Civil Code.
4. A continuous task ("Thường xuyên", "Từ Quý II/2018" with no end): ``ongoing``, never overdue.
5. A recurring task ("hàng quý …"): its next occurrence on or after the as-of date is its due date.
6. A window that starts after the as-of date: ``not_started`` (a single day, "30/06/2023", is a due
   date, not a window).
7. A due date before the as-of date: ``overdue``; within ``due_soon_days`` working days on the
   Vietnamese calendar (``WorkCalendar.working_days_between``): ``due_soon``; later: ``open``.

Alternatives ("Quý I/2022 (hoặc sau khi UBND tỉnh triển khai)") are satisfied by any option: the
latest dated option still open is used; once every dated option has passed, an option that waits
keeps the task ``waiting``, and a condition met only after the dated option ended makes it
``open``; a condition met while the dated option still ran leaves that option as the deadline. Parts that must all hold (a window and its condition, two clauses in
one cell) wait while any part waits, and are otherwise due on the latest due date of their parts.

Completions and events dated after the as-of date had not happened on it: they are ignored with a
``tracker.after_as_of`` note. The function reads no clock: the same inputs give the same report.

Examples:
    >>> from datetime import date
    >>> from reformrules.plans import read_plan
    >>> plan = read_plan("Số: 1/KH-UBND\\nHà Nội, ngày 05 tháng 01 năm 2024\\n"
    ...                  "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024\\nI. MỤC TIÊU\\nII. NHIỆM VỤ\\n"
    ...                  "1. Cải cách thể chế\\na) Ban hành quy chế trong Quý I/2024.\\n"
    ...                  "b) Rà soát thủ tục sau khi UBND tỉnh có hướng dẫn.\\n", doc_id="mini")
    >>> report = track(plan, date(2024, 3, 26))
    >>> [(t.id, t.status.value, t.working_days) for t in report.tasks]
    [('II.1.a', 'due_soon', 3), ('II.1.b', 'waiting', None)]
    >>> print(report.tasks[1].why)
    Waits on the event "UBND tỉnh có hướng dẫn", not reported by 2024-03-26.
    >>> later = track(plan, date(2024, 4, 2), {"done": {"II.1.a": "2024-04-01"}})
    >>> print(later.tasks[0].status.value, later.tasks[0].why)
    done_late Completed on 2024-04-01, 1 working day after the due date 2024-03-31 (within 2024Q1).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal

from ..assignments import Assignment, parse_assignment, responsible_now
from ..context import PlanContext
from ..dates import counted_end
from ..deadlines import occurrences
from ..deadlines.model import (After, AllOf, AnyOf, By, Condition, From, Granularity, Recurring, Rule, Unparsed, Within,
                               walk)
from ..deadlines.resolve import event_date, flat_dates
from ..diagnostics import Code, Diagnostic, info, warning
from ..lexicon.agencies import default_lexicon
from ..targets import Actuals, evaluate_targets, load_actuals, parse_targets
from ..workdays import WorkCalendar, default_calendar
from .model import Note, PlanSummary, StatusReport, TargetReport, TaskReport, TaskStatus
from .progress import Progress, ProgressRow, load_progress

Kind = Literal["dated", "recurring", "active", "ongoing", "waiting", "unknown"]


@dataclass(frozen=True, slots=True)
class _Schedule:
    """What a rule says on one day: dated, recurring, active (condition met, no due), ongoing, waiting, unknown."""

    kind: Kind
    start: date | None = None
    due: date | None = None
    waits: tuple[Condition, ...] = ()
    label: str = ""  # the rule (or option) that gave the dates: "within 2018Q1", "2022Q1 report"
    detail: str = ""  # more for the explanation: a passed option, a met condition
    met: date | None = None  # the day the condition was met (active)


class _Reader:
    """Reads rules on one day, with the events known on that day."""

    def __init__(self, ctx: PlanContext, events: Mapping[str, date], day: date, calendar: WorkCalendar):
        self.ctx = ctx
        self.events = {k: v for k, v in events.items() if v <= day}
        self.day = day
        self.calendar = calendar

    def read(self, rule: Rule) -> _Schedule:
        if isinstance(rule, (Within, By)):
            start, due = flat_dates(rule, self.ctx, self.calendar)
            if isinstance(rule, Within) and rule.window.granularity is Granularity.DAY:
                start = None  # "30/06/2023" is a due date, not a one-day window to wait for
            return _Schedule("dated", start, due, label=str(rule))
        if isinstance(rule, From):
            start = rule.start.start if rule.start is not None else self.ctx.issued
            if rule.until is not None:
                return _Schedule("dated", start, rule.until.end, label=str(rule))
            return _Schedule("ongoing", start, label=str(rule))
        if isinstance(rule, Recurring):
            return self._recurring(rule)
        if isinstance(rule, After):
            return self._after(rule)
        if isinstance(rule, AnyOf):
            return self._any([self.read(option) for option in rule.options])
        if isinstance(rule, AllOf):
            return self._all([self.read(part) for part in rule.parts])
        reason = rule.reason if isinstance(rule, Unparsed) and rule.reason else "no deadline form recognised"
        return _Schedule("unknown", detail=f"the deadline could not be read ({reason})")

    def _recurring(self, rule: Recurring) -> _Schedule:
        if rule.continuous:
            return _Schedule("ongoing", label=str(rule))
        for year in (self.day.year, self.day.year + 1):
            for occurrence in occurrences(rule, year, self.ctx):
                if occurrence.due >= self.day:
                    return _Schedule("recurring", None, occurrence.due, label=str(rule),
                                     detail=f"the {occurrence.period} occurrence")
        return _Schedule("ongoing", label=str(rule), detail="the plan states no period")

    def _after(self, rule: After) -> _Schedule:
        condition = rule.condition
        anchor = event_date(condition, self.ctx, self.events)
        if anchor is None:
            if condition.kind == "issued":
                return _Schedule("unknown", detail=f"'{rule}' needs the plan's issue date, which the plan does not give")
            return _Schedule("waiting", waits=(condition,), label=str(rule))
        if rule.offset is None:
            return _Schedule("active", anchor, label=str(rule), met=anchor)
        due = counted_end(anchor, rule.offset.amount, rule.offset.unit, self.calendar)
        if due is None:  # the end leaves 1900-2200 (reformrules.dates): no date is made up
            return _Schedule("unknown", detail=f"'{rule}' after {anchor} leaves the dates the library reads")
        start = None if condition.kind == "issued" else anchor
        return _Schedule("dated", start, due, label=str(rule), met=None if condition.kind == "issued" else anchor)

    def _any(self, options: list[_Schedule]) -> _Schedule:
        dated = [o for o in options if o.kind in ("dated", "recurring") and o.due is not None]
        current = [o for o in dated if o.due >= self.day]  # type: ignore[operator]
        if current:
            return max(current, key=lambda o: o.due)  # type: ignore[arg-type, return-value]
        passed = max((o.due for o in dated), default=None)  # type: ignore[type-var]
        note = f"the dated option ({max(dated, key=lambda o: o.due).label}) ended {passed.isoformat()}" if passed else ""  # type: ignore[arg-type]
        for kind in ("ongoing", "active", "waiting"):
            for option in options:
                if option.kind != kind:
                    continue
                if kind == "active" and passed is not None and option.met is not None and option.met <= passed:
                    continue  # met while the dated option still ran: that option was the deadline
                return replace(option, detail=_join(option.detail, note))
        if dated:
            return max(dated, key=lambda o: o.due)  # type: ignore[arg-type, return-value]
        return next(o for o in options if o.kind == "unknown")

    def _all(self, parts: list[_Schedule]) -> _Schedule:
        known = [p for p in parts if p.kind != "unknown"]
        if not known:
            return parts[0]
        starts = [p.start for p in known if p.start is not None]
        start = max(starts) if starts else None
        dated = [p for p in known if p.kind in ("dated", "recurring") and p.due is not None]
        due_part = max(dated, key=lambda p: p.due) if dated else None  # type: ignore[arg-type, return-value]
        earlier = [p for p in dated if p.due < self.day and p is not due_part]  # type: ignore[operator]
        note = "; ".join(f"its clause '{p.label}' was due {p.due.isoformat()}" for p in earlier)  # type: ignore[union-attr]
        waiting = [p for p in known if p.kind == "waiting"]
        if due_part is not None:
            # "Trong năm 2022 (theo hướng dẫn …)": a "theo …" qualifier says how, not when; the dated
            # part keeps its deadline. Only an event ("sau khi …") holds a dated task back.
            soft = [p for p in waiting if all(c.kind != "event" for c in p.waits)]
            if soft:
                following = _quoted(tuple(c for p in soft for c in p.waits))
                note = _join(note, f"it follows {following}, which does not hold back its window")
                waiting = [p for p in waiting if p not in soft]
        if waiting:
            waits = tuple(c for p in waiting for c in p.waits)
            window = f"its window ({due_part.label}) ends {due_part.due.isoformat()}" if due_part else ""  # type: ignore[union-attr]
            return _Schedule("waiting", start, due_part.due if due_part else None, waits, waiting[0].label,
                             _join(window, note))
        met = max((p.met for p in known if p.met is not None), default=None)
        if due_part is not None:
            label = due_part.label if len(known) == 1 else f"{due_part.label}, the latest of {len(known)} clauses"
            return _Schedule(due_part.kind, start, due_part.due, label=label, detail=_join(due_part.detail, note), met=met)
        for kind in ("active", "ongoing"):
            for part in known:
                if part.kind == kind:
                    return replace(part, start=start, met=met)
        return known[0]  # pragma: no cover - every kind is handled above


Between = Callable[[date, date], int]


def _memo_between(calendar: WorkCalendar) -> Between:
    """``calendar.working_days_between`` remembered for one report (tasks share due dates)."""
    return functools.lru_cache(maxsize=None)(calendar.working_days_between)


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def _days(n: int) -> str:
    return f"{n} working day{'' if n == 1 else 's'}"


_CONDITION_WORDS = {"event": "the event", "schedule": "the schedule", "guidance": "the guidance",
                    "regulation": "the regulation"}


def _quoted(conditions: tuple[Condition, ...]) -> str:
    """'the event "UBND tỉnh có hướng dẫn" and the schedule "tiến độ của Trung ương"'."""
    seen = dict.fromkeys((c.kind, c.text) for c in conditions)
    return " and ".join(f'{_CONDITION_WORDS.get(kind, "the condition")} "{text}"' for kind, text in seen)


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _schedule_status(s: _Schedule, as_of: date, soon: int, between: Between) -> tuple[TaskStatus, int | None, str]:
    """Status, working days left (negative: late) and explanation of a task that is not done."""
    extra = f"; {s.detail}" if s.detail else ""
    if s.kind == "unknown":
        return TaskStatus.UNKNOWN, None, _sentence(s.detail)
    if s.kind == "waiting":
        return TaskStatus.WAITING, None, _sentence(
            f"waits on {_quoted(s.waits)}, not reported by {as_of.isoformat()}{extra}")
    if s.kind == "ongoing":
        if s.start is not None and s.start > as_of:
            return TaskStatus.NOT_STARTED, None, _sentence(f"starts {s.start.isoformat()} ({s.label}){extra}")
        if s.detail and s.start is None:  # "định kỳ": a recurrence without a period
            return TaskStatus.ONGOING, None, _sentence(f"recurs ({s.label}) but {s.detail}: ongoing, never overdue")
        what = "continuous task" if s.label == "continuous" else f"ongoing task ({s.label})"
        since = f" since {s.start.isoformat()}" if s.start else ""
        return TaskStatus.ONGOING, None, _sentence(f"{what}{since}, never overdue{extra}")
    if s.kind == "active":
        return TaskStatus.OPEN, None, _sentence(
            f"its condition was met on {s.met.isoformat() if s.met else '?'} ({s.label}) and the plan sets no due date after it{extra}")
    assert s.due is not None
    left = between(as_of, s.due)
    if s.kind == "recurring":
        state = TaskStatus.DUE_SOON if left <= soon else TaskStatus.OPEN
        return state, left, _sentence(f"recurs ({s.label}); {s.detail or 'the next occurrence'} is due "
                                      f"{s.due.isoformat()}, in {_days(left)}")
    met = f"; its condition was met on {s.met.isoformat()}" if s.met else ""
    if s.start is not None and s.start > as_of:
        return TaskStatus.NOT_STARTED, left, _sentence(
            f"its window starts {s.start.isoformat()} and it is due {s.due.isoformat()} ({s.label}){extra}")
    if s.due < as_of:
        return TaskStatus.OVERDUE, left, _sentence(
            f"was due {s.due.isoformat()} ({s.label}), {_days(-left)} ago, and is not reported done{met}{extra}")
    state = TaskStatus.DUE_SOON if left <= soon else TaskStatus.OPEN
    return state, left, _sentence(f"due {s.due.isoformat()} ({s.label}), in {_days(left)}{met}{extra}")


def _done_status(s: _Schedule, done: ProgressRow, between: Between) -> tuple[TaskStatus, int | None, str]:
    on = done.on.isoformat()
    if s.kind in ("dated", "recurring") and s.due is not None:
        left = between(done.on, s.due)
        if s.due < done.on:
            return TaskStatus.DONE_LATE, left, (f"Completed on {on}, {_days(-left)} after the due date "
                                                f"{s.due.isoformat()} ({s.label}).")
        return TaskStatus.DONE, left, f"Completed on {on}, on or before the due date {s.due.isoformat()} ({s.label})."
    why = {"waiting": "while it still waited on its condition", "unknown": "(the plan gives it no readable deadline)",
           "ongoing": "(a continuous task has no due date)", "active": "(the plan sets no due date after its condition)"}
    return TaskStatus.DONE, None, f"Completed on {on} {why[s.kind]}."


def lead_mentions(task: Any, ctx: PlanContext) -> tuple[Any, ...]:
    """The lead agencies of a task: its parsed ``assignment``, or its assignment cell parsed now.

    Examples:
        >>> from types import SimpleNamespace as NS
        >>> task = NS(assignment=None, assignment_cell=NS(text="Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ"))
        >>> [m.name for m in lead_mentions(task, PlanContext())]
        ['Sở Tư pháp']
    """
    assignment = getattr(task, "assignment", None)
    if not isinstance(assignment, Assignment):
        text = task.assignment_cell.text if task.assignment_cell is not None else ""
        assignment = parse_assignment(text, ctx) if text.strip() else None
    return assignment.lead if assignment is not None else ()


def _lead_now(mentions: tuple[Any, ...], as_of: date) -> str:
    """Who holds the leads' functions on ``as_of``, for the leads whose agency changed."""
    lexicon = default_lexicon()
    changes = []
    for mention in mentions:
        if not mention.agency_id:
            continue
        held = responsible_now(mention.agency_id, as_of)
        since = f" since {held.since.isoformat()}" if held.since else ""
        if held.status in ("succeeded", "split"):
            names = ", ".join(lexicon.agency(i).name for i in held.agency_ids)
            split = "; the holder depends on the task's field" if held.status == "split" else ""
            changes.append(f"{mention.name} → {names} ({held.status}{since}{split})")
        elif held.status == "abolished":
            changes.append(f"{mention.name}: abolished{since}, no successor")
    return "; ".join(changes)


def _collapse(text: str, limit: int = 0) -> str:
    text = " ".join(text.split())
    return text if not limit or len(text) <= limit else text[: limit - 1] + "…"


def target_prefix(doc_id: str) -> str:
    """The id prefix of a plan's targets: its file name up to the first "_" (``003_e50….txt`` → ``003``).

    Examples:
        >>> target_prefix("003_e5038761a6850e2f.txt"), target_prefix("ke-hoach-2024.txt")
        ('003', 'ke-hoach-2024')
    """
    stem = Path(doc_id).stem
    return stem.split("_", 1)[0] or stem


def plan_targets(plan: Any, actuals: Any = None) -> tuple[tuple[TargetReport, ...], list[Diagnostic]]:
    """Every numeric target of ``plan`` judged against ``actuals`` (None: no figures), with the problems found.

    Targets are read from the plan's whole text with ids "<prefix>:<n>" (:func:`target_prefix`).
    """
    targets = parse_targets(plan.source.text, plan.context, id_prefix=target_prefix(plan.doc_id))
    table = evaluate_targets(targets, {} if actuals is None else actuals if isinstance(actuals, Actuals) else load_actuals(actuals))
    rows = []
    for verdict in table.verdicts:
        t = verdict.target
        line = plan.source.line_col(t.span.start)[0] if t.span is not None else 0
        rows.append(TargetReport(t.id or "", str(t), verdict.status.value, _collapse(t.subject, 200),
                                 verdict.actual, verdict.margin, verdict.explanation, _collapse(t.text), line))
    return tuple(rows), list(table.diagnostics)


def _event_matches(key: str, day: date, conditions: list[Condition], ctx: PlanContext) -> bool:
    return any(event_date(c, ctx, {key: day}) is not None for c in conditions)


def track(plan: Any, as_of: date, progress: Progress | Mapping[str, Any] | list | str | os.PathLike[str] | None = None,
          *, actuals: Any = None, targets: bool | None = None, due_soon_days: int = 5,
          calendar: WorkCalendar | None = None) -> StatusReport:
    """The status of every task of ``plan`` on ``as_of`` (a pure function of its inputs).

    Args:
        plan: a ``Plan`` from ``reformrules.plans.read_plan``.
        as_of: the day the report is for; never read from the clock.
        progress: completions and events: a :class:`~reformrules.tracker.progress.Progress`, or
            anything ``load_progress`` accepts (a mapping, a list of rows, a .csv/.json path).
            Rows with a ``plan`` column naming another plan are left out.
        actuals: figures for the plan's targets (anything ``reformrules.targets.load_actuals``
            accepts); a target without a figure is ``unknown``.
        targets: read the plan's numeric targets and judge them against ``actuals`` (their ids are
            "<prefix>:<n>", see :func:`target_prefix`). Default: only when ``actuals`` are given
            (reading targets costs more than the statuses).
        due_soon_days: a task due within this many working days is ``due_soon``.
        calendar: the working-day calendar (the packaged Vietnamese one by default).

    Raises:
        TypeError: ``as_of`` is not a ``datetime.date``, or ``due_soon_days`` not an int.
        ValueError: ``due_soon_days`` is negative, or a progress/actuals file cannot be read.

    Examples:
        >>> from reformrules.plans import read_plan
        >>> plan = read_plan("examples/plans/000_56be073c6998dd9f.txt")
        >>> report = track(plan, date(2018, 7, 2), {"done": {"I.2": "2018-03-20"}})
        >>> str(report.task("I.2")), report.task("II.3").status.value
        ('I.2 done due 2018-03-31 (+8 wd) lead Sở Kế hoạch và Đầu tư: Completed on 2018-03-20, on or before the due date 2018-03-31 (within 2018Q1).', 'overdue')
    """
    if not isinstance(as_of, date) or hasattr(as_of, "hour"):
        raise TypeError(f"as_of must be a datetime.date, not {type(as_of).__name__}")
    if isinstance(due_soon_days, bool) or not isinstance(due_soon_days, int):
        raise TypeError(f"due_soon_days must be an int, not {type(due_soon_days).__name__}")
    if due_soon_days < 0:
        raise ValueError("due_soon_days must be >= 0")
    calendar = calendar or default_calendar()
    ctx: PlanContext = plan.context
    source = load_progress(progress) if progress is not None else Progress()
    mine = source.for_plan(plan.doc_id)
    diagnostics: list[Diagnostic] = list(source.diagnostics)

    task_ids = {task.id for task in plan.tasks}
    done: dict[str, ProgressRow] = {}
    for row in mine.completions:
        if row.key not in task_ids:
            diagnostics.append(warning(Code.TRACKER_UNKNOWN_TASK, f"{row.where}: the plan has no task {row.key!r}",
                                       key=row.key))
        elif row.on > as_of:
            diagnostics.append(info(Code.TRACKER_AFTER_AS_OF, f"{row.where}: completed {row.on.isoformat()}, after "
                                    f"the as-of date {as_of.isoformat()}; not counted", key=row.key))
        else:
            done[row.key] = row
    events: dict[str, date] = {}
    conditions = [r.condition for t in plan.tasks if t.deadline is not None for r in walk(t.deadline.rule)
                  if isinstance(r, After) and r.condition.kind != "issued"]
    for row in mine.events:
        if not _event_matches(row.key, row.on, conditions, ctx):
            diagnostics.append(warning(Code.TRACKER_UNMATCHED_EVENT, f"{row.where}: no condition of the plan "
                                       f"mentions {row.key!r}", key=row.key))
        if row.on > as_of:
            diagnostics.append(info(Code.TRACKER_AFTER_AS_OF, f"{row.where}: happened {row.on.isoformat()}, after "
                                    f"the as-of date {as_of.isoformat()}; not counted", key=row.key))
        else:
            events[row.key] = row.on

    between = _memo_between(calendar)
    rows = []
    for task in plan.tasks:
        completion = done.get(task.id)
        if task.deadline is None:
            schedule = _Schedule("unknown", detail="the plan gives this task no deadline")
        else:
            schedule = _Reader(ctx, events, completion.on if completion else as_of, calendar).read(task.deadline.rule)
        if completion is not None:
            status, days, why = _done_status(schedule, completion, between)
        else:
            status, days, why = _schedule_status(schedule, as_of, due_soon_days, between)
        mentions = lead_mentions(task, ctx)
        rows.append(TaskReport(
            id=task.id, status=status, why=why, due=schedule.due, start=schedule.start, working_days=days,
            leads=tuple(m.name for m in mentions), lead_now=_lead_now(mentions, as_of),
            completed=completion.on if completion else None,
            waits_on=tuple(dict.fromkeys(c.text for c in schedule.waits)) if status is TaskStatus.WAITING else (),
            deadline=str(task.deadline.rule) if task.deadline is not None else "",
            deadline_text=_collapse(task.deadline_cell.text if task.deadline_cell is not None
                                    else task.deadline.text if task.deadline is not None else ""),
            section=task.section.number, content=_collapse(task.content.text), line=task.line))

    verdicts: tuple[TargetReport, ...] = ()
    if targets or (targets is None and actuals is not None):
        verdicts, target_notes = plan_targets(plan, actuals)
        diagnostics.extend(target_notes)
    header = plan.header
    summary = PlanSummary(plan.doc_id, plan.number, plan.issuer, _collapse(header.title or "") or None,
                          plan.issued, plan.plan_year, plan.place)
    notes = tuple(Note(d.code.value, d.severity.value, d.message) for d in diagnostics)
    return StatusReport(summary, as_of, due_soon_days, tuple(rows), verdicts, notes)

