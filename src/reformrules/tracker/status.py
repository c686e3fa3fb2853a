"""``track``: every task of a plan with its status on an explicit as-of date, and why.

The deadline of each task is read by the one schedule of the library (``deadlines.schedule``:
window, due date, occurrences, what it waits on); this module keeps only the status policy, in
this order (docs/tracker.md says the same with examples):

1. A task reported done on or before the as-of date is ``done``, or ``done_late`` when it would
   have been ``overdue`` on the day it was completed (its schedule is read on that day). The
   plan's own row ("Ban hành Kế hoạch CCHC … năm 2022") is done on the plan's issue date.
2. No deadline, or one that could not be read: ``unknown``, with the reason.
3. An unfinished prerequisite ("(Mục V.2)"): ``waiting``, blocked by it.
4. A condition that has not happened and no dated option that was the default: ``waiting``.
5. A continuous task: ``ongoing``, never overdue.
6. A recurring task: its next occurrence inside the plan's period is its due date; after the
   last one, the last one.
7. A window that starts after the as-of date: ``not_started``.
8. A due date before the as-of date: ``overdue``; within ``due_soon_days`` working days:
   ``due_soon``; later: ``open``.

Completions and events dated after the as-of date had not happened on it: they are ignored with a
``tracker.after_as_of`` note. The function reads no clock and no plan text: it uses the ``Plan``
as read (deadlines, assignments, targets, reporting rules, dependencies, diagnostics).

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
    done_late Completed on 2024-04-01, 1 working day (1 calendar day) after the due date 2024-03-31 (within 2024Q1).
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from typing import Any

from ..deadlines.model import After, AllOf, By, From, Recurring, Window, Within, walk
from ..deadlines.schedule import Event, Schedule, match_event, period_end_of, quoted, schedule
from ..diagnostics import Code, Diagnostic, info, warning
from ..workdays import WorkCalendar, default_calendar
from .model import Note, PlanSummary, StatusReport, TaskReport, TaskStatus
from .people import lead_mentions, lead_now, people
from .plan_rows import is_periodic_report, is_the_plan_itself, reporting_cycle, year_in_content
from .progress import Progress, ProgressRow, load_progress
from .verdicts import plan_targets, target_prefix

__all__ = ["lead_mentions", "plan_targets", "target_prefix", "track"]

_DONE = (TaskStatus.DONE, TaskStatus.DONE_LATE)


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def _days(n: int, unit: str = "working day") -> str:
    return f"{n} {unit}{'' if n == 1 else 's'}"


@lru_cache(maxsize=16384)
def _collapse(text: str) -> str:
    return " ".join(text.split())


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:] + ("" if text.endswith(".") else ".")


class _Clock:
    """Working and calendar days between two days; lateness is never 0 (counted to the next working day).

    Remembered for one report: the tasks of a plan share few due dates.
    """

    def __init__(self, calendar: WorkCalendar):
        self.calendar = calendar
        self.seen: dict[tuple[date, date], tuple[int, int]] = {}

    def left(self, day: date, due: date) -> tuple[int, int]:
        """``(working days, calendar days)`` from ``day`` to ``due``; negative when late."""
        found = self.seen.get((day, due))
        if found is None:
            calendar_days = (due - day).days
            if due >= day:
                found = self.calendar.working_days_between(day, due), calendar_days
            else:  # late on a rest day: late by the next working day
                found = -self.calendar.working_days_between(due, self.calendar.next_working_day(day)), calendar_days
            self.seen[(day, due)] = found
        return found


def _released(s: Schedule, events: Mapping[str, Event]) -> str:
    if not s.released_by:
        return ""
    event = events.get(s.released_by)
    return f'"{s.released_by}" ({event.where})' if event is not None and event.where else f'"{s.released_by}"'


def _open_status(s: Schedule, as_of: date, soon: int, clock: _Clock, period_end: date | None,
                 released: str) -> tuple[TaskStatus, int | None, int | None, str]:
    """Status, working and calendar days left (negative: late) and explanation of a task not done."""
    extra = f"; {s.detail}" if s.detail else ""
    after_period = period_end is not None and as_of > period_end
    ended = f"; the plan's period ended {period_end.isoformat()} with it unresolved" if after_period else ""
    met = f"; its condition was met on {s.met.isoformat()} (event {released})" if s.met and released else (
        f"; its condition was met on {s.met.isoformat()}" if s.met else "")
    if s.kind == "unknown":
        return TaskStatus.UNKNOWN, None, None, _sentence(s.detail)
    if s.kind == "waiting":
        return TaskStatus.WAITING, None, None, _sentence(
            f"waits on {quoted(s.waits)}, not reported by {as_of.isoformat()}{extra}{ended}")
    if s.kind == "ongoing":
        if s.start is not None and s.start > as_of:
            return TaskStatus.NOT_STARTED, None, None, _sentence(f"starts {s.start.isoformat()} ({s.label}){extra}")
        if s.detail and s.start is None and s.label != "continuous":  # "định kỳ" without a period
            return TaskStatus.ONGOING, None, None, _sentence(
                f"recurs ({s.label}) but {s.detail}: ongoing, never overdue{ended}")
        what = "continuous task" if s.label == "continuous" else f"ongoing task ({s.label})"
        since = f" since {s.start.isoformat()}" if s.start else ""
        return TaskStatus.ONGOING, None, None, _sentence(f"{what}{since}, never overdue{extra}{ended}")
    if s.kind == "met":
        return TaskStatus.OPEN, None, None, _sentence(
            f"its condition was met on {s.met.isoformat() if s.met else '?'} ({s.label}"
            f"{', event ' + released if released else ''}) and the plan sets no due date after it{extra}{ended}")
    assert s.due is not None
    work, cal = clock.left(as_of, s.due)
    if s.kind == "recurring":
        state = TaskStatus.DUE_SOON if work <= soon else TaskStatus.OPEN
        return state, work, cal, _sentence(f"recurs ({s.label}); {s.detail or 'the next occurrence'} is due "
                                           f"{s.due.isoformat()}, in {_days(work)}")
    if s.start is not None and s.start > as_of:
        return TaskStatus.NOT_STARTED, work, cal, _sentence(
            f"its window starts {s.start.isoformat()} and it is due {s.due.isoformat()} ({s.label}){extra}")
    if s.due < as_of:
        return TaskStatus.OVERDUE, work, cal, _sentence(
            f"was due {s.due.isoformat()} ({s.label}), {_days(-work)} ({_days(-cal, 'calendar day')}) ago, "
            f"and is not reported done{met}{extra}")
    state = TaskStatus.DUE_SOON if work <= soon else TaskStatus.OPEN
    return state, work, cal, _sentence(f"due {s.due.isoformat()} ({s.label}), in {_days(work)}{met}{extra}")


def _done_status(s: Schedule, on: date, clock: _Clock, how: str) -> tuple[TaskStatus, int | None, int | None, str]:
    day = on.isoformat()
    if s.has_due:
        work, cal = clock.left(on, s.due)  # type: ignore[arg-type]
        if s.due < on:  # type: ignore[operator]
            return TaskStatus.DONE_LATE, work, cal, (
                f"{how} {day}, {_days(-work)} ({_days(-cal, 'calendar day')}) after the due date "
                f"{s.due.isoformat()} ({s.label}).")  # type: ignore[union-attr]
        return TaskStatus.DONE, work, cal, f"{how} {day}, on or before the due date {s.due.isoformat()} ({s.label})."  # type: ignore[union-attr]
    why = {"waiting": "while it still waited on its condition", "unknown": "(the plan gives it no readable deadline)",
           "ongoing": "(a continuous task has no due date)", "met": "(the plan sets no due date after its condition)"}
    return TaskStatus.DONE, None, None, f"{how} {day} {why[s.kind]}."


def _bounded_rule(task: Any, plan_year: int | None):
    """The task's rule; a rule with no dated part, in a task whose content names the plan year
    ("… năm 2022"), is also bounded by that year (docs/decisions.md)."""
    rule = task.deadline.rule
    parts = list(walk(rule))
    dated = any(isinstance(p, (Within, By, Recurring)) or (isinstance(p, From) and p.until is not None) for p in parts)
    waits = any(isinstance(p, After) and p.condition.kind != "issued" for p in parts)
    year = year_in_content(task, plan_year) if waits and not dated else None
    return AllOf((rule, Within(Window.year(year)))) if year is not None else rule


def _may_recur(rule: Any) -> bool:
    """True when the rule is "Theo quy định" or "định kỳ" without a period: the body's cycle may apply."""
    return any((isinstance(p, After) and p.condition.kind == "regulation")
               or (isinstance(p, Recurring) and not p.continuous and all(x == "period" for x in p.periods))
               for p in walk(rule))


def _check_arguments(as_of: object, due_soon_days: object) -> None:
    if not isinstance(as_of, date) or hasattr(as_of, "hour"):
        raise TypeError(f"as_of must be a datetime.date, not {type(as_of).__name__}")
    if isinstance(due_soon_days, bool) or not isinstance(due_soon_days, int):
        raise TypeError(f"due_soon_days must be an int, not {type(due_soon_days).__name__}")
    if due_soon_days < 0:
        raise ValueError("due_soon_days must be >= 0")


class _Inputs:
    """The progress rows that count for one plan on the as-of date, and the findings on them."""

    def __init__(self, plan: Any, as_of: date, progress: Progress):
        mine = progress.for_plan(plan.doc_id)
        self.diagnostics: list[Diagnostic] = list(progress.diagnostics)
        ids = {task.id for task in plan.tasks}
        self.done: dict[str, ProgressRow] = {}
        self.clauses: dict[str, list[ProgressRow]] = {}
        for row in mine.completions:
            task_id, _, clause = row.key.partition("#")
            if task_id not in ids or (clause and not clause.isdigit()):
                self.diagnostics.append(warning(Code.TRACKER_UNKNOWN_TASK, f"{row.where}: the plan has no task "
                                                f"{row.key!r}", key=row.key))
            elif self._counted(row, as_of):
                if clause:
                    self.clauses.setdefault(task_id, []).append(row)
                else:
                    self.done[task_id] = row
        conditions = [r.condition for t in plan.tasks if t.deadline is not None for r in walk(t.deadline.rule)
                      if isinstance(r, After) and r.condition.kind != "issued"]
        self.events: list[Event] = []
        for row in mine.events:
            unknown = [t for t in row.tasks if t not in ids]
            if unknown:
                self.diagnostics.append(warning(Code.TRACKER_UNKNOWN_TASK, f"{row.where}: the event names tasks the "
                                                f"plan does not have: {', '.join(unknown)}", key=row.key))
            elif not row.tasks and not any(match_event(c, plan.context, (Event(row.key, row.on),)) for c in conditions):
                self.diagnostics.append(warning(Code.TRACKER_UNMATCHED_EVENT, f"{row.where}: no condition of the plan "
                                                f"mentions {row.key!r}", key=row.key))
            if self._counted(row, as_of):
                self.events.append(Event(row.key, row.on, row.location, row.tasks))

    def _counted(self, row: ProgressRow, as_of: date) -> bool:
        if row.on <= as_of:
            return True
        what = "completed" if row.kind == "done" else "happened"
        self.diagnostics.append(info(Code.TRACKER_AFTER_AS_OF, f"{row.where}: {what} {row.on.isoformat()}, after "
                                     f"the as-of date {as_of.isoformat()}; not counted", key=row.key))
        return False

    def events_for(self, task_id: str) -> tuple[tuple[Event, ...], bool]:
        """The events that count for a task, and whether one names it (it then meets its conditions)."""
        named = tuple(e for e in self.events if task_id in e.tasks)
        if named:
            return named, True
        return tuple(e for e in self.events if not e.tasks), False


def _plan_notes(plan: Any) -> tuple[Note, ...]:
    """The reader's diagnostics, located in the plan file and given the task they fall in."""
    spans = sorted(((t.span.start, t.span.end, t.id) for t in plan.tasks if getattr(t, "span", None) is not None))
    starts = [start for start, _, _ in spans]
    notes = []
    for d in getattr(plan, "diagnostics", ()):
        line = col = 0
        task = ""
        if d.span is not None:
            line, col = plan.source.line_col(d.span.start)
            at = bisect_right(starts, d.span.start) - 1
            if at >= 0 and d.span.start < max(spans[at][1], spans[at][0] + 1):
                task = spans[at][2]
        notes.append(Note(d.code.value, d.severity.value, d.message, plan.doc_id, line, col, task))
    return tuple(notes)


def track(plan: Any, as_of: date, progress: Progress | Mapping[str, Any] | list | str | os.PathLike[str] | None = None,
          *, actuals: Any = None, targets: bool | None = None, due_soon_days: int = 5,
          calendar: WorkCalendar | None = None, strict: bool = False) -> StatusReport:
    """The status of every task of ``plan`` on ``as_of`` (a pure function of its inputs).

    Args:
        plan: a ``Plan`` from ``reformrules.plans.read_plan``; it is used as read, never parsed again.
        as_of: the day the report is for; never read from the clock.
        progress: completions and events: a :class:`~reformrules.tracker.progress.Progress`, or
            anything ``load_progress`` accepts (a mapping, rows as mappings, tuples with a header,
            objects or ``sqlite3.Row``, a .csv/.json/.xlsx path). Rows naming another plan are left out.
        actuals: figures for the plan's targets (anything ``reformrules.targets.load_actuals``
            accepts), keyed by the ids of ``plan.targets``; a target without a figure is ``unknown``.
        targets: judge the plan's numeric targets against ``actuals``. Default: only when
            ``actuals`` are given.
        due_soon_days: a task due within this many working days is ``due_soon``.
        calendar: the working-day calendar (the packaged Vietnamese one by default).
        strict: a bad progress or actuals row raises ``InputFileError`` instead of being a diagnostic.

    Raises:
        TypeError: ``as_of`` is not a ``datetime.date``, or ``due_soon_days`` not an int.
        ValueError: ``due_soon_days`` is negative.
        InputFileError: a progress or actuals input cannot be read (or, when ``strict``, has a bad row).

    Examples:
        >>> from reformrules.plans import read_plan
        >>> plan = read_plan("examples/plans/000_56be073c6998dd9f.txt")
        >>> report = track(plan, date(2018, 7, 2), {"done": {"I.2": "2018-03-20"}})
        >>> str(report.task("I.2")), report.task("II.3").status.value
        ('I.2 done due 2018-03-31 (+8 wd) lead Sở Kế hoạch và Đầu tư: Completed on 2018-03-20, on or before the due date 2018-03-31 (within 2018Q1).', 'overdue')
    """
    _check_arguments(as_of, due_soon_days)
    calendar = calendar or default_calendar()
    clock = _Clock(calendar)
    ctx = plan.context
    period_end = period_end_of(ctx)
    inputs = _Inputs(plan, as_of, load_progress(progress, strict=strict) if progress is not None else Progress())
    by_key = {e.key: e for e in inputs.events}
    cycle = reporting_cycle(plan)
    rows: list[TaskReport] = []
    for task in plan.tasks:
        rows.append(_task_row(task, plan, as_of, inputs, by_key, cycle, period_end, due_soon_days, clock, calendar))
    rows = _blocked(rows, plan)

    diagnostics = inputs.diagnostics
    verdicts: tuple = ()
    if targets or (targets is None and actuals is not None):
        verdicts, target_notes = plan_targets(plan, actuals, strict=strict)
        diagnostics.extend(target_notes)
        judged = {v.id: v.status for v in verdicts}
        rows = [r if not r.targets else _with(r, verdicts=tuple(judged.get(i, "unknown") for i in r.targets))
                for r in rows]
    header = plan.header
    title = " ".join((header.title or "").split()) or None
    summary = PlanSummary(plan.doc_id, plan.number, plan.issuer, title, plan.issued, plan.plan_year, plan.place)
    notes = tuple(Note(d.code.value, d.severity.value, d.message) for d in diagnostics)
    return StatusReport(summary, as_of, due_soon_days, tuple(rows), verdicts, notes, _plan_notes(plan), period_end)


def _with(row: TaskReport, **changes: Any) -> TaskReport:
    from dataclasses import replace

    return replace(row, **changes)


def _task_row(task: Any, plan: Any, as_of: date, inputs: _Inputs, by_key: Mapping[str, Event], cycle: Any,
              period_end: date | None, soon: int, clock: _Clock, calendar: WorkCalendar) -> TaskReport:
    ctx = plan.context
    completion = inputs.done.get(task.id)
    done_on, how = (completion.on, "Completed on") if completion is not None else (None, "")
    if done_on is None and ctx.issued is not None and ctx.issued <= as_of and is_the_plan_itself(task, plan):
        done_on, how = ctx.issued, "Done with this plan: the row is the plan being read, issued on"
    day = done_on or as_of
    clauses = {int(r.key.partition("#")[2]) for r in inputs.clauses.get(task.id, ()) if r.on <= day}
    if task.deadline is None:
        s = Schedule("unknown", detail="the plan gives this task no deadline")
    else:
        events, released = inputs.events_for(task.id)
        rule = _bounded_rule(task, plan.plan_year)
        reports = cycle is not None and _may_recur(rule) and is_periodic_report(task)
        s = schedule(rule, ctx, day, events=events, calendar=calendar, period_end=period_end, done_clauses=clauses,
                     cycle=cycle if reports else None, released=released)
    released_by = _released(s, by_key)
    if done_on is not None:
        status, work, cal, why = _done_status(s, done_on, clock, how)
    else:
        status, work, cal, why = _open_status(s, as_of, soon, clock, period_end, released_by)
    if done_on is None and status is not TaskStatus.UNKNOWN:
        why = _other_cells(task, why)
    unresolved = status in (TaskStatus.WAITING, TaskStatus.ONGOING) or (status is TaskStatus.OPEN and s.due is None)
    leads, coordinators, participants = people(task)
    return TaskReport(
        id=task.id, status=status, why=why, due=s.due, start=s.start, working_days=work, calendar_days=cal,
        leads=leads, lead_now=lead_now(task, as_of) if leads else "", coordinators=coordinators,
        participants=participants,
        completed=done_on,
        waits_on=tuple(dict.fromkeys(c.text for c in s.waits)) if status in (TaskStatus.WAITING,) or s.lapsed else (),
        deadline=str(task.deadline.rule) if task.deadline is not None else "",
        deadline_text=_collapse(task.deadline_cell.text if task.deadline_cell is not None
                                else task.deadline.text if task.deadline is not None else ""),
        section=task.section.number, content=_collapse(task.content.text), line=task.line,
        product=_collapse(task.product.text) if getattr(task, "product", None) is not None else "",
        targets=tuple(t.id for t in getattr(task, "targets", ()) if t.id),
        released_by=released_by, lapsed=s.lapsed if status is TaskStatus.OVERDUE or status in _DONE else "",
        past_plan_period=bool(period_end is not None and as_of > period_end and unresolved), clause=s.clause)


def _other_cells(task: Any, why: str) -> str:
    """The why, with the conditions the row's other cells name ("Văn bản triển khai Nghị quyết sau khi HĐND
    tỉnh ban hành", 004 II.3): they are said, and the deadline cell keeps the schedule (docs/decisions.md)."""
    own = {c.text for c in task.deadline.conditions} if task.deadline is not None else set()
    named = [r.condition for d in getattr(task, "inline_deadlines", ()) for r in walk(d.rule)
             if isinstance(r, After) and r.condition.kind == "event" and r.condition.text not in own]
    if not named:
        return why
    return f"{why.rstrip('.')}; another cell of the row names {quoted(named)}, which does not change its deadline."


def _blocked(rows: list[TaskReport], plan: Any) -> list[TaskReport]:
    """A task whose prerequisite ("(Mục V.2)") is not done waits on it, whatever its own dates say."""
    by_id = {r.id: r for r in rows}
    prerequisites: dict[str, list[str]] = {}
    for dep in getattr(plan, "dependencies", ()):
        on = getattr(dep.on, "path", None)
        if on is None or dep.task is None:
            continue
        prerequisites.setdefault(".".join(dep.task.path), []).append(".".join(on))
    out = []
    for row in rows:
        pending = [p for p in prerequisites.get(row.id, ()) if p in by_id and by_id[p].status not in _DONE]
        if row.status in _DONE or row.status is TaskStatus.UNKNOWN or not pending:
            out.append(row)
            continue
        states = ", ".join(f"{p} ({by_id[p].status.value})" for p in pending)
        verb = "is" if len(pending) == 1 else "are"
        own = row.why.rstrip(".")
        why = _sentence(f"blocked by {states}, which {verb} not done; its own schedule: {own[0].lower()}{own[1:]}")
        out.append(_with(row, status=TaskStatus.WAITING, blocked_by=tuple(pending), why=why,
                         working_days=None, calendar_days=None))
    return out
