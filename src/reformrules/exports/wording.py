"""The words of the human-facing reports: status names, column headings, task names, the "why" sentences.

Every message goes through the catalogue (:mod:`reformrules.i18n`): Vietnamese by default, English on
request. The "why" sentence of a row is written from the row's own fields (status, dates, lateness,
the conditions it waits on); the tracker's English ``TaskReport.why`` stays in the JSON export,
where programs read it.

Examples:
    >>> from datetime import date
    >>> from reformrules.tracker import TaskReport, TaskStatus
    >>> row = TaskReport("I.2", TaskStatus.OVERDUE, "", due=date(2022, 3, 31), working_days=-63)
    >>> status_label(row.status), status_label(row.status, "en")
    ('quá hạn', 'overdue')
    >>> why(row, date(2022, 7, 1))
    'Hạn hoàn thành 31/03/2022; đã quá hạn 63 ngày làm việc, chưa có báo cáo hoàn thành.'
    >>> why(row, date(2022, 7, 1), "en")
    'Due 2022-03-31; 63 working days late and not reported done.'
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..i18n import N_, Translator, translator
from ..tracker.model import TaskReport, TaskStatus

#: The status names people read (the enum values stay the machine form).
STATUS_LABELS: dict[str, str] = {
    "overdue": N_("overdue"), "due_soon": N_("due soon"), "waiting": N_("waiting"), "open": N_("in progress"),
    "ongoing": N_("continuous"), "not_started": N_("not started"), "unknown": N_("no readable deadline"),
    "done_late": N_("done late"), "done": N_("done"),
}

#: Column headings of the tables, CSV and XLSX, by machine column name.
HEADINGS: dict[str, str] = {
    "plan": N_("Plan"), "id": N_("No."), "name": N_("Task"), "section": N_("Part"), "status": N_("Status"),
    "due": N_("Due date"), "working_days": N_("Working days left (negative: late)"), "start": N_("Start"),
    "lead": N_("Lead agency"), "coordinators": N_("Coordinating agencies"), "lead_now": N_("Lead agency now"),
    "completed": N_("Completed on"), "waits_on": N_("Waits on"), "deadline": N_("Deadline (canonical)"),
    "deadline_text": N_("Deadline as written"), "why": N_("Explanation"), "line": N_("Line"),
    "target": N_("Target"), "verdict": N_("Verdict"), "actual": N_("Actual"), "subject": N_("Measured"),
    "agency": N_("Agency"), "tasks": N_("Tasks"), "late": N_("Late by"),
}

VERDICT_LABELS: dict[str, str] = {"met": N_("met"), "not_met": N_("not met"), "unknown": N_("no figure")}

# Words a shortened name must not end on (they announce what was cut): Vietnamese, with an English gloss.
_DANGLING = frozenset({
    "và",  # and
    "hoặc",  # or
    "của",  # of
    "với",  # with
    "cho",  # for
    "các",  # the (plural)
    "những",  # the (plural)
    "trong",  # in
    "theo",  # according to
    "để",  # in order to
    "tại",  # at
    "về",  # about
    "đối",  # towards ("đối với")
    "là",  # is
    "từ",  # from
    "đến",  # to
    "trên",  # on
    "việc",  # the matter of
    "được",  # be (passive)
})
_LIST_MARK = re.compile(r"^[-+•*–—]\s+")
_EMPHASIS = re.compile(r"\*\*|__")  # Markdown emphasis left in a cell by a converter
_CLAUSE_END = re.compile(r"[.;:,](?=\s)")
_TRIM = " ,;:-–—(/"


def tr(lang: str | Translator | None) -> Translator:
    """The translator of ``lang`` (a language code, a :class:`Translator`, or None for Vietnamese)."""
    return lang if isinstance(lang, Translator) else translator(lang)


def status_label(status: TaskStatus | str, lang: str | Translator | None = None) -> str:
    """The status name people read, in ``lang``."""
    value = status.value if isinstance(status, TaskStatus) else str(status)
    message = STATUS_LABELS.get(value)
    return tr(lang).gettext(message) if message else value.replace("_", " ")


def verdict_label(verdict: str, lang: str | Translator | None = None) -> str:
    """A target verdict ("met", "not_met", "unknown") as people read it."""
    message = VERDICT_LABELS.get(verdict)
    return tr(lang).gettext(message) if message else verdict.replace("_", " ")


def heading(column: str, lang: str | Translator | None = None) -> str:
    """The heading of a column (``HEADINGS``) in ``lang``."""
    return tr(lang).gettext(HEADINGS[column])


def short_name(text: str, limit: int = 90) -> str:
    """A task's content shortened to at most ``limit`` characters on a word (or clause) boundary.

    Whitespace is collapsed, emphasis marks ("**") and a leading list mark ("- ", "+ ", "• ") dropped; a cut ends on a whole word (after the last clause mark when one falls
    in the second half), never on a dangling "và", "của", "với" …, and is marked with "…".

    Examples:
        >>> short_name("Ban hành Kế hoạch CCHC thị xã Ninh Hòa năm 2022")
        'Ban hành Kế hoạch CCHC thị xã Ninh Hòa năm 2022'
        >>> short_name("Rà soát, đơn giản hóa thủ tục hành chính (TTHC), công bố, công khai kịp thời", 40)
        'Rà soát, đơn giản hóa thủ tục hành chính…'
        >>> short_name("Xây dựng cơ chế tổng hợp và điều phối", 28)
        'Xây dựng cơ chế tổng hợp…'
        >>> short_name("**- **Xây dựng tiêu chuẩn định mức")
        'Xây dựng tiêu chuẩn định mức'
    """
    text = _LIST_MARK.sub("", " ".join(_EMPHASIS.sub("", str(text)).split()))
    if len(text) <= limit:
        return text
    head = text[: limit].rsplit(" ", 1)[0] if text[limit:limit + 1] != " " else text[:limit]
    clause = [m.start() for m in _CLAUSE_END.finditer(head + " ")]
    if clause and clause[-1] >= limit // 2:
        head = head[: clause[-1]]
    words = head.rstrip(_TRIM).split(" ")
    while len(words) > 1 and words[-1].lower() in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(_TRIM) + "…"


def days_text(n: int, t: Translator) -> str:
    """'1 working day', '63 working days' in the translator's language."""
    return t.ngettext("{n} working day", "{n} working days", n).format(n=n)


def _quoted(texts: tuple[str, ...], t: Translator) -> str:
    return t.gettext(" and ").join(f"“{x}”" for x in texts)


def why(task: TaskReport, as_of: date, lang: str | Translator | None = None) -> str:
    """One or two sentences that explain the row's status, in ``lang``, from the row's own fields."""
    t = tr(lang)
    extra = []
    if task.lapsed:
        extra.append(t.gettext("The dated option has lapsed and its alternative condition was never reported."))
    if task.released_by:
        extra.append(t.message("Its condition was met: {event}.", event=task.released_by))
    if task.past_plan_period:
        extra.append(t.gettext("The plan period has ended and the task is still unresolved."))
    return " ".join([_main_sentence(task, as_of, t), *extra])


def _late(task: TaskReport) -> int:
    """Working days late (0 when unknown)."""
    return -task.working_days if task.working_days is not None and task.working_days < 0 else 0


def _lateness(task: TaskReport, t: Translator) -> str:
    late = _late(task)
    working = days_text(late, t)
    if task.calendar_days is not None and task.calendar_days < 0 and -task.calendar_days != late:
        return t.message("{working} ({calendar} calendar days)", working=working, calendar=-task.calendar_days)
    return working


def _main_sentence(task: TaskReport, as_of: date, t: Translator) -> str:
    due, start, on = t.day(task.due), t.day(task.start), t.day(task.completed)
    status = task.status.value
    recurring = task.deadline.startswith("every") and not task.deadline.startswith("every period")
    if status == "done":
        if task.due is None:
            return t.message("Completed on {on}.", on=on)
        return t.message("Completed on {on}, on or before the due date {due}.", on=on, due=due)
    if status == "done_late":
        if _late(task):
            return t.message("Completed on {on}, {days} after the due date {due}.", on=on, due=due,
                             days=_lateness(task, t))
        return t.message("Completed on {on}, after the due date {due}.", on=on, due=due)
    if status == "overdue":
        if _late(task):
            return t.message("Due {due}; {days} late and not reported done.", due=due, days=_lateness(task, t))
        return t.message("Due {due}; late and not reported done.", due=due)
    if status in ("due_soon", "open") and task.due is not None:
        days = days_text(task.working_days or 0, t)
        if recurring:
            return t.message("Recurring: the next occurrence is due {due}, in {days}.", due=due, days=days)
        return t.message("Due {due}, in {days}.", due=due, days=days)
    if status == "open":
        return t.gettext("Its condition was met; the plan sets no due date after it.")
    if status == "not_started":
        if task.due is not None:
            return t.message("Starts {start}; due {due}.", start=start, due=due)
        return t.message("Starts {start}.", start=start)
    if status == "waiting":
        if task.blocked_by:
            return t.message("Waits on task {ids} to be completed first.", ids=", ".join(task.blocked_by))
        if task.waits_on:
            return t.message("Waits on {what}, not reported by {day}.", what=_quoted(task.waits_on, t), day=t.day(as_of))
        return t.message("Waits on a condition of the plan, not reported by {day}.", day=t.day(as_of))
    if status == "ongoing":
        if task.start is not None:
            return t.message("Continuous task since {start}, never overdue.", start=start)
        return t.gettext("Continuous task, never overdue.")
    if status == "unknown":
        if task.deadline_text:
            return t.message("The deadline “{text}” could not be read.", text=short_name(task.deadline_text, 80))
        return t.gettext("The plan gives this task no deadline.")
    return task.why  # a status this module does not know yet: the tracker's own sentence


def coordinators(task: Any) -> str:
    """The coordinating agencies of a row, when the tracker gives them ("" before it does)."""
    found = getattr(task, "coordinators", ()) or ()
    return "; ".join(found) if not isinstance(found, str) else found
