"""A status report as an iCalendar file an officer can subscribe to (needs the ``icalendar`` package).

- One all-day event per dated deadline, on its due date (the task's window is in the description).
- One all-day event per occurrence of a recurring task and of the plan's recurring reports
  ("hàng quý … trước ngày 20 của tháng cuối kỳ"), in the plan year and the as-of year.
- Tasks that wait on a condition, continuous tasks and tasks without a readable deadline get no
  invented date: they are listed in the calendar's description (``DESCRIPTION``, RFC 7986, and
  ``X-WR-CALDESC``).

Every value is derived from the inputs, the clock is never read: ``DTSTAMP`` is the report's as-of
date at 00:00 UTC and ``UID`` is built from the plan's file name, the task id and the date, so the
same inputs give the same bytes and a calendar app updates events instead of duplicating them.

``icalendar`` is imported when :func:`to_ics` is called, never when ``reformrules`` is imported.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from ..deadlines.model import Recurring, walk
from ..deadlines.recurrence import occurrences
from ..tracker.model import StatusReport, TaskReport, TaskStatus

__all__ = ["PRODID", "calendar_entries", "to_ics"]

PRODID = "-//reformrules//status report//EN"
_NO_DATE = (TaskStatus.WAITING, TaskStatus.ONGOING, TaskStatus.UNKNOWN)


def _icalendar() -> Any:
    try:
        import icalendar
    except ImportError:
        raise ImportError("the iCalendar export needs the icalendar package: "
                          "pip install \"reformrules[ical]\" (or pip install icalendar)") from None
    return icalendar


def _uid(doc_id: str, *parts: str) -> str:
    return "-".join((doc_id, *parts)).replace(" ", "_") + "@reformrules"


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _task_description(report: StatusReport, task: TaskReport) -> str:
    lines = [f"Status on {report.as_of.isoformat()}: {task.status.value}. {task.why}",
             f"Deadline as written: {task.deadline_text or '(none)'} ({task.deadline or 'no rule'})"]
    if task.start:
        lines.append(f"Window: {task.start.isoformat()} to {task.due.isoformat() if task.due else '?'}")
    if task.leads:
        lines.append(f"Lead: {task.lead}")
    if task.lead_now:
        lines.append(f"Lead now: {task.lead_now}")
    lines.append(f"Task: {task.content}")
    lines.append(f"Plan: {report.plan.doc_id}, line {task.line}")
    return "\n".join(lines)


def _years(report: StatusReport, years: tuple[int, ...] | None) -> tuple[int, ...]:
    if years is not None:
        return tuple(sorted(set(years)))
    found = {report.as_of.year}
    if report.plan.plan_year:
        found.add(report.plan.plan_year)
    return tuple(sorted(found))


def calendar_entries(report: StatusReport, plan: Any = None, *,
                     years: tuple[int, ...] | None = None) -> tuple[list[dict[str, Any]], list[str]]:
    """The events (as plain dicts) and the undated lines of the calendar, without ``icalendar``.

    Each event has ``uid``, ``day``, ``summary``, ``description`` and ``categories``.

    Examples:
        >>> from reformrules.plans import read_plan
        >>> from reformrules.tracker import track
        >>> plan = read_plan("examples/plans/002_114c0549c9d7b341.txt")
        >>> events, undated = calendar_entries(track(plan, date(2022, 6, 15)), plan)
        >>> [(e["day"].isoformat(), e["summary"][:28]) for e in events][:2]
        [('2022-03-19', 'body:III.1 (2022Q1): Các sở,'), ('2022-03-19', 'body:III.2 (2022Q1): Văn phò')]
    """
    events: list[dict[str, Any]] = []
    recurring_ids: set[str] = set()
    chosen_years = _years(report, years)
    context = getattr(plan, "context", None)
    for task in getattr(plan, "tasks", ()):
        deadline = getattr(task, "deadline", None)
        if deadline is None or not any(isinstance(r, Recurring) and r.periods for r in walk(deadline.rule)):
            continue
        found = [o for year in chosen_years for o in occurrences(deadline.rule, year, context)]
        if not found:
            continue
        recurring_ids.add(task.id)
        row = next((t for t in report.tasks if t.id == task.id), None)
        for occurrence in dict.fromkeys(found):
            events.append({
                "uid": _uid(report.plan.doc_id, task.id, str(occurrence.period)), "day": occurrence.due,
                "summary": f"{task.id} ({occurrence.period}): {_short(task.content.text)}",
                "description": (_task_description(report, row) + "\n" if row else "")
                + f"Recurring ({deadline.rule}); this occurrence reports on {occurrence.period}.",
                "categories": ["recurring"]})
    for rule_index, reporting in enumerate(getattr(plan, "reporting", ()), start=1):
        if reporting.kind != "submission":
            continue
        for deadline in reporting.deadlines:
            for occurrence in dict.fromkeys(o for year in chosen_years for o in deadline.occurrences(year)):
                label = _short(reporting.period_text or reporting.text, 60)
                events.append({
                    "uid": _uid(report.plan.doc_id, f"report{rule_index}", str(occurrence.period)),
                    "day": occurrence.due, "summary": f"Report: {label} ({occurrence.period})",
                    "description": f"{_short(reporting.text, 400)}\nDue {occurrence.due.isoformat()} ({deadline.rule}).",
                    "categories": ["report"]})
    undated = []
    for task in report.tasks:
        if task.id in recurring_ids:
            continue
        if task.due is None or task.status in _NO_DATE:
            undated.append(f"{task.id} [{task.status.value}] {task.deadline_text or '(no deadline)'}: {task.why}")
            continue
        events.append({"uid": _uid(report.plan.doc_id, task.id, task.due.isoformat()), "day": task.due,
                       "summary": f"{task.id} [{task.status.value}]: {_short(task.content)}",
                       "description": _task_description(report, task), "categories": [task.status.value]})
    events.sort(key=lambda e: (e["day"], e["uid"]))
    return events, undated


def to_ics(report: StatusReport, plan: Any = None, *, years: tuple[int, ...] | None = None) -> bytes:
    """The report as iCalendar bytes (RFC 5545), one all-day event per dated deadline or occurrence.

    Args:
        report: the status report (its as-of date stamps every event).
        plan: the ``Plan`` the report is about; with it, recurring tasks and the body's recurring
            reports give one event per occurrence (without it, only the report's due dates).
        years: the years to list occurrences in (default: the plan year and the as-of year).

    Raises:
        ImportError: the ``icalendar`` package is not installed.
    """
    ical = _icalendar()
    events, undated = calendar_entries(report, plan, years=years)
    stamp = datetime.combine(report.as_of, time(0, 0), tzinfo=timezone.utc)
    calendar = ical.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    name = " ".join(p for p in (report.plan.number, report.plan.issuer) if p) or report.plan.doc_id
    calendar.add("x-wr-calname", ical.vText(f"CCHC {name}"))  # an X- property is text only when told so
    header = f"Status of {report.plan.doc_id} on {report.as_of.isoformat()} (reformrules)."
    description = header + ("\nNo date in the plan (not placed on the calendar):\n" + "\n".join(undated) if undated else "")
    calendar.add("x-wr-caldesc", ical.vText(description))
    calendar.add("description", description)
    for entry in events:
        event = ical.Event()
        event.add("uid", entry["uid"])
        event.add("dtstamp", stamp)
        event.add("dtstart", entry["day"])
        event.add("dtend", entry["day"] + timedelta(days=1))
        event.add("summary", entry["summary"])
        event.add("description", entry["description"])
        event.add("categories", entry["categories"])
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()

