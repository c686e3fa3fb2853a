"""Value types of the tracker: task statuses, per-task and per-target report rows, the status report.

Every value is a frozen, slotted dataclass of tuples, dates, ``Decimal`` and str, so that a report
dumps to JSON (and to the published JSON Schema, ``docs/schema/status-report.schema.json``) through
``reformrules.serialize``. Notes carry their diagnostic code as plain text, so the schema does not
change each time the library gains a code.

Examples:
    >>> from datetime import date
    >>> row = TaskReport("I.2", TaskStatus.OVERDUE, "Due 2018-03-31 and not reported done.",
    ...                  due=date(2018, 3, 31), working_days=-63, leads=("Sở Kế hoạch và Đầu tư",))
    >>> str(row)
    'I.2 overdue due 2018-03-31 (-63 wd) lead Sở Kế hoạch và Đầu tư: Due 2018-03-31 and not reported done.'
    >>> report = StatusReport(PlanSummary("000.txt"), date(2018, 7, 2), 5, (row,))
    >>> str(report)
    '000.txt as of 2018-07-02: 1 overdue'
    >>> report.has_overdue, [t.id for t in report.with_status("overdue")]
    (True, ['I.2'])
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum


class TaskStatus(str, Enum):
    """Where a task stands on the as-of date (docs/tracker.md gives the rules, in this order)."""

    DONE = "done"  # completed on or before its due date (or it has none)
    DONE_LATE = "done_late"  # completed after its due date
    OVERDUE = "overdue"  # due before the as-of date and not completed
    DUE_SOON = "due_soon"  # due within the due-soon window of working days
    OPEN = "open"  # under way, due later (or its condition was met and no due date follows)
    NOT_STARTED = "not_started"  # its window starts after the as-of date
    WAITING = "waiting"  # waits on an event or schedule that has not happened
    ONGOING = "ongoing"  # continuous ("Thường xuyên", "Từ Quý II/2018"): never overdue
    UNKNOWN = "unknown"  # no deadline, or one that could not be read


#: The command's exit status for a plan from which nothing could be tracked (no task, or every task
#: ``unknown``), so that a cron script never reads it as "nothing overdue" (docs/cli.md).
NOTHING_TRACKABLE_EXIT = 3

#: Display order, most urgent first; used for summaries and the tables of the exports.
STATUS_ORDER: tuple[TaskStatus, ...] = (
    TaskStatus.OVERDUE, TaskStatus.DUE_SOON, TaskStatus.WAITING, TaskStatus.OPEN, TaskStatus.ONGOING,
    TaskStatus.NOT_STARTED, TaskStatus.UNKNOWN, TaskStatus.DONE_LATE, TaskStatus.DONE,
)


@dataclass(frozen=True, slots=True)
class TaskReport:
    """One task's status on the as-of date, and why.

    Attributes:
        id: the task id of the plan ("I.2", "II.1.a").
        status: the :class:`TaskStatus`.
        why: one English sentence that explains the status.
        due: the due date used (the next occurrence for a recurring task); ``None`` when none.
        start: the first day of the task's window, when the deadline gives one.
        working_days: working days from the as-of date to ``due`` (negative: that many working days
            late); for a completed task, from its completion to ``due``. ``None`` without a due date.
            Late is never 0: on a rest day the lateness is counted to the next working day, so an
            ``overdue`` row always has ``working_days <= -1`` (docs/tracker.md, "Lateness").
        calendar_days: the same distance in calendar days (``due - as_of``; negative: late).
        leads: the lead agencies' canonical names, in the order of the assignment cell.
        coordinators: the coordinating agencies' canonical names (phối hợp).
        participants: the other agencies of the assignment cell with their role ("implement: Các sở,
            ngành, địa phương"), so that nobody the plan names is invisible.
        lead_now: who holds the leads' functions on the as-of date, when that changed (the 2025
            reorganisation, docs/domain.md §6.2): "Sở Kế hoạch và Đầu tư → Sở Tài chính (since …)".
        completed: the completion date from the progress input, when counted.
        waits_on: the texts of the conditions the task still waits on.
        deadline: the deadline's canonical rule ("within 2018Q1"); "" when the task has none.
        deadline_text: the deadline cell as written, whitespace collapsed.
        section: the task's section number ("I").
        content: the task's content, whitespace collapsed.
        line: the 1-based line of the task in the plan file.
        product: the task's product cell, whitespace collapsed ("" when the row has none).
        targets: the ids of the task's numeric targets (the ids of ``plan.targets``, docs/tracker.md).
        verdicts: the verdict of each of ``targets``, in the same order ("met", "not_met",
            "unknown"); empty when the targets were not judged.
        blocked_by: the task ids of unfinished prerequisites ("(Mục V.2)"): the task is ``waiting``.
        released_by: the progress event that met the task's condition, as the progress input
            words it, with where it was reported.
        lapsed: the dated option that lapsed while its alternative ("hoặc sau khi …") was never
            reported ("within 2022Q1"): the task is then ``overdue``.
        past_plan_period: True when the as-of date is after the end of the plan's period and
            the task is still unresolved (``waiting``, ``ongoing``, ``open`` without a due date).
        clause: for a cell of several dated clauses, which clause gives ``due`` (1-based; 0 when
            the deadline has one clause); report a clause done with the key "<task id>#<n>".
    """

    id: str
    status: TaskStatus
    why: str
    due: date | None = None
    start: date | None = None
    working_days: int | None = None
    leads: tuple[str, ...] = ()
    lead_now: str = ""
    completed: date | None = None
    waits_on: tuple[str, ...] = ()
    deadline: str = ""
    deadline_text: str = ""
    section: str = ""
    content: str = ""
    line: int = 0
    calendar_days: int | None = None
    coordinators: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    product: str = ""
    targets: tuple[str, ...] = ()
    verdicts: tuple[str, ...] = ()
    blocked_by: tuple[str, ...] = ()
    released_by: str = ""
    lapsed: str = ""
    past_plan_period: bool = False
    clause: int = 0

    @property
    def lead(self) -> str:
        """The lead agencies as one string ("" when the cell names none)."""
        return "; ".join(self.leads)

    def __str__(self) -> str:
        due = f" due {self.due.isoformat()}" if self.due else ""
        days = f" ({self.working_days:+d} wd)" if self.working_days is not None else ""
        lead = f" lead {self.lead}" if self.leads else ""
        return f"{self.id} {self.status.value}{due}{days}{lead}: {self.why}"


@dataclass(frozen=True, slots=True)
class TargetReport:
    """One numeric target of the plan and its verdict against the submitted actuals.

    ``target`` is the canonical comparison (">= 78%"); ``status`` is ``met``, ``not_met`` or
    ``unknown`` (no actual, or one that cannot be compared); ``line`` is where the goal is written.

    Examples:
        >>> str(TargetReport("003:1", "> 84%", "unknown", subject="Mức độ hài lòng", line=51))
        '003:1 > 84% unknown: Mức độ hài lòng'
    """

    id: str
    target: str
    status: str
    subject: str = ""
    actual: Decimal | None = None
    margin: Decimal | None = None
    explanation: str = ""
    text: str = ""
    line: int = 0

    def __str__(self) -> str:
        return f"{self.id} {self.target} {self.status}: {self.subject or '(no subject)'}"


@dataclass(frozen=True, slots=True)
class Note:
    """A structured diagnostic of the report: a finding on the inputs, or one the plan reader made.

    ``code`` is a diagnostic code of ``reformrules.diagnostics.Code`` as text; ``severity`` is
    ``error``, ``warning`` or ``info``. ``origin`` names the file it is about (the plan's file
    name, a progress or actuals file); ``line`` and ``col`` (1-based; 0 when unknown) locate it
    in that file; ``task`` is the task id it belongs to, when it belongs to one.

    Examples:
        >>> str(Note("tracker.unknown_task", "warning", "progress.csv line 3 (key 'IX.1'): no such task"))
        "warning[tracker.unknown_task]: progress.csv line 3 (key 'IX.1'): no such task"
        >>> str(Note("deadline.before_issue", "warning", "ends before the issue date", "004.txt", 229, 12, "IV.2"))
        'warning[deadline.before_issue]: 004.txt:229:12 (IV.2): ends before the issue date'
    """

    code: str
    severity: str
    message: str
    origin: str = ""
    line: int = 0
    col: int = 0
    task: str = ""

    def __str__(self) -> str:
        where = f"{self.origin}:{self.line}:{self.col} " if self.line else ""
        task = f"({self.task}): " if self.task else (": " if where else "")
        head = f"{where.rstrip()} {task}" if where else task
        return f"{self.severity}[{self.code}]: {head}{self.message}"


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """The plan's header as the report shows it.

    Examples:
        >>> str(PlanSummary("004.txt", "12/QĐ-UBND", "UBND thị xã Ninh Hòa", plan_year=2022))
        '004.txt: 12/QĐ-UBND UBND thị xã Ninh Hòa plan 2022'
    """

    doc_id: str
    number: str | None = None
    issuer: str | None = None
    title: str | None = None
    issued: date | None = None
    plan_year: int | None = None
    place: str | None = None

    def __str__(self) -> str:
        parts = [p for p in (self.number, self.issuer) if p]
        year = f" plan {self.plan_year}" if self.plan_year else ""
        return f"{self.doc_id}: {' '.join(parts) or '?'}{year}"


@dataclass(frozen=True, slots=True)
class StatusReport:
    """Every task's status on ``as_of``, the plan's targets and verdicts, and notes on the inputs.

    ``due_soon_days`` is the window (in working days) that made a task ``due_soon``. ``notes`` are
    the tracker's findings on its inputs (progress, actuals); ``plan_diagnostics`` are the plan
    reader's findings (a deadline before the issue date, a number mismatch, an unread cell), each
    located in the plan file. ``period_end`` is the last day of the plan's period (31 December of
    the plan year), after which occurrences stop and unresolved tasks are flagged.
    """

    plan: PlanSummary
    as_of: date
    due_soon_days: int
    tasks: tuple[TaskReport, ...]
    targets: tuple[TargetReport, ...] = ()
    notes: tuple[Note, ...] = ()
    plan_diagnostics: tuple[Note, ...] = ()
    period_end: date | None = None

    @property
    def trackable(self) -> bool:
        """False when nothing of the plan can be tracked: no task, or every task ``unknown``.

        A script must not read such a report as "nothing overdue": the command exits with
        :data:`NOTHING_TRACKABLE_EXIT` (docs/cli.md).
        """
        return any(t.status is not TaskStatus.UNKNOWN for t in self.tasks)

    def with_status(self, *statuses: TaskStatus | str) -> tuple[TaskReport, ...]:
        """The tasks that have one of ``statuses``, in plan order."""
        wanted = {TaskStatus(s) for s in statuses}
        return tuple(t for t in self.tasks if t.status in wanted)

    @property
    def counts(self) -> tuple[tuple[TaskStatus, int], ...]:
        """``(status, number of tasks)`` for every status present, most urgent first."""
        found = {t.status for t in self.tasks}
        return tuple((s, sum(t.status is s for t in self.tasks)) for s in STATUS_ORDER if s in found)

    @property
    def has_overdue(self) -> bool:
        """True when any task is overdue (the CLI's exit code 1)."""
        return any(t.status is TaskStatus.OVERDUE for t in self.tasks)

    def task(self, task_id: str) -> TaskReport:
        """The row of a task id; ``KeyError`` when there is none."""
        for row in self.tasks:
            if row.id == task_id:
                return row
        raise KeyError(task_id)

    def __str__(self) -> str:
        counts = ", ".join(f"{n} {s.value}" for s, n in self.counts) or "no tasks"
        return f"{self.plan.doc_id} as of {self.as_of.isoformat()}: {counts}"
