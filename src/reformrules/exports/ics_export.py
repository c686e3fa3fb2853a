"""A status report as an iCalendar file for an officer's calendar or task list (needs ``icalendar``).

- One all-day ``VEVENT`` per dated task, on its due date, with ``STATUS:CONFIRMED``, the task's
  status in ``CATEGORIES`` and a ``VALARM`` reminder a number of **working days** before (5 by
  default, ``alarm_days``; the reminder always falls on a working day of the Vietnamese calendar).
- A recurring task, or a recurring report of the plan's body ("hàng quý … trước ngày 20 của tháng
  cuối kỳ"), is **one** event with an ``RRULE`` over the plan year; a date the rule's pattern does
  not give is added with ``RDATE``, one it gives but the plan does not with ``EXDATE``; where an
  occurrence needs a different reminder offset (a holiday before it), an override (``RECURRENCE-ID``)
  carries its own alarm.
- A due date stays the day the plan writes ("trước ngày 20" is the 19th even when that is a Saturday:
  the plan's date is the legal one, docs/decisions.md); only the reminder moves to a working day.
- ``todo=True`` adds a ``VTODO`` with ``DUE`` per dated task, ``STATUS:COMPLETED`` with the
  completion date when the task is done, for task-list clients.
- Tasks that wait on a condition, continuous tasks and tasks without a readable deadline get no
  invented date: they are listed in the calendar's description (RFC 7986 ``DESCRIPTION``, and
  ``X-WR-CALDESC``).

``UID`` s are built from the plan's number and issuer and the task id ("4034-QD-UBND.ubnd-tinh-khanh-hoa
.I.2@reformrules"), so a renamed copy of the plan, or a re-run, updates the same events instead of
duplicating them; without a number and issuer the plan's file name stands in. ``DTSTAMP`` is the
as-of date at 00:00 UTC: the clock is never read, and the same inputs give the same bytes.

Summaries and descriptions are in the report's language (Vietnamese by default). ``icalendar`` is
imported when the calendar is written, never when ``reformrules`` is imported.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from ..deadlines.model import Recurring, walk
from ..deadlines.recurrence import occurrences
from ..i18n import N_, Translator
from ..tracker.model import StatusReport, TaskReport, TaskStatus
from ..workdays import WorkCalendar, default_calendar
from .wording import short_name, status_label, tr, why

__all__ = ["PRODID", "CalendarData", "Entry", "calendar_data", "calendar_entries", "plan_key", "render_calendars",
           "to_ics"]

PRODID = "-//reformrules//status report//VI"
_NO_DATE = (TaskStatus.WAITING, TaskStatus.ONGOING, TaskStatus.UNKNOWN)
_DONE = (TaskStatus.DONE, TaskStatus.DONE_LATE)
#: The hour (local, Vietnam) at which a reminder rings on its day.
ALARM_HOUR = 8


@dataclass(frozen=True)
class Entry:
    """One event (and optionally a to-do) of the calendar, before ``icalendar`` writes it.

    ``days`` are its due dates (one, or every occurrence of a recurring rule); ``alarms`` the
    reminder offset in calendar days for each of them (None: no reminder).
    """

    uid: str
    summary: str
    description: str
    days: tuple[date, ...]
    categories: tuple[str, ...]
    alarms: tuple[int | None, ...] = ()
    completed: date | None = None
    todo: bool = False


@dataclass(frozen=True)
class CalendarData:
    """Everything one plan puts on the calendar: its name, stamp, events and undated lines (picklable)."""

    name: str
    stamp: date
    header: str
    undated_title: str
    undated: tuple[str, ...] = ()
    entries: tuple[Entry, ...] = field(default_factory=tuple)

    @property
    def description(self) -> str:
        """The header line, then the tasks the calendar does not date."""
        return self.header + ("\n" + self.undated_title + "\n" + "\n".join(self.undated) if self.undated else "")


def _icalendar() -> Any:
    try:
        import icalendar
    except ImportError:
        raise ImportError("the iCalendar export needs the icalendar package: "
                          "pip install \"reformrules[ical]\" (or pip install icalendar)") from None
    return icalendar


def _slug(text: str) -> str:
    """ASCII, lower case, runs of other characters as one "-" ("4034/QĐ-UBND" → "4034-qd-ubnd")."""
    folded = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]+", "-", plain.lower()).strip("-")


def plan_key(report: StatusReport) -> str:
    """What identifies the plan in UIDs: its number and issuer, else its file name.

    Examples:
        >>> from reformrules.tracker import PlanSummary
        >>> plan_key(StatusReport(PlanSummary("x.txt", "4034/QĐ-UBND", "UBND tỉnh Khánh Hòa"), date(2018, 1, 1), 5, ()))
        '4034-qd-ubnd.ubnd-tinh-khanh-hoa'
    """
    p = report.plan
    if p.number and p.issuer:
        return f"{_slug(p.number)}.{_slug(p.issuer)}"
    if p.number:
        return f"{_slug(p.number)}.{p.plan_year or ''}".rstrip(".")
    return _slug(p.doc_id) or "plan"


def _uid(key: str, *parts: str) -> str:
    return ".".join((key, *(re.sub(r"\s+", "_", p) for p in parts))) + "@reformrules"


def _reminder(day: date, working_days: int, calendar: WorkCalendar) -> int:
    """Calendar days from the reminder to ``day``: ``working_days`` working days before it, on a working day."""
    remind, left = day, working_days
    for _ in range(working_days * 7 + 30):  # bounded: a working week has at least one working day
        if not left:
            break
        remind -= timedelta(days=1)
        left -= calendar.is_working_day(remind)
    return (day - remind).days


def _description(report: StatusReport, task: TaskReport, t: Translator) -> str:
    lines = [t.message("Status as of {day}: {status}. {why}", day=t.day(report.as_of),
                       status=status_label(task.status, t), why=why(task, report.as_of, t)),
             t.message("Deadline as written: {text}", text=task.deadline_text or "-")]
    if task.leads:
        lines.append(t.message("Lead agency: {names}", names=task.lead))
    if task.lead_now:
        lines.append(t.message("Lead agency now: {names}", names=task.lead_now))
    lines.append(t.message("Task: {text}", text=task.content))
    lines.append(t.message("Plan: {plan}, line {line}", plan=report.plan.number or report.plan.doc_id, line=task.line))
    return "\n".join(lines)


def _years(report: StatusReport, years: tuple[int, ...] | None) -> tuple[int, ...]:
    if years is not None:
        return tuple(sorted(set(years)))
    return (report.plan.plan_year or report.as_of.year,)


def _alarms(days: tuple[date, ...], alarm_days: int, calendar: WorkCalendar) -> tuple[int | None, ...]:
    return tuple(_reminder(d, alarm_days, calendar) if alarm_days else None for d in days)


def calendar_data(report: StatusReport, plan: Any = None, *, years: tuple[int, ...] | None = None, alarm_days: int = 5,
                  todo: bool = False, lang: str | Translator | None = None,
                  calendar: WorkCalendar | None = None) -> CalendarData:
    """What the report (and its plan's recurring rules) puts on the calendar, without ``icalendar``.

    Args:
        report: the status report.
        plan: the ``Plan``; with it, recurring tasks and the body's recurring reports are events with
            an ``RRULE`` (without it, only the report's due dates).
        years: the years of the occurrences (default: the plan year, else the as-of year).
        alarm_days: the reminder, in working days before each due date (0: none).
        todo: also a to-do with a due date per dated task.
        lang: the language of summaries and descriptions.
        calendar: the working-day calendar of the reminders.
    """
    t = tr(lang)
    calendar = calendar or default_calendar()
    key = plan_key(report)
    chosen_years = _years(report, years)
    context = getattr(plan, "context", None)
    rows = {row.id: row for row in report.tasks}
    entries: list[Entry] = []
    recurring_ids: set[str] = set()
    for task in getattr(plan, "tasks", ()):
        deadline = getattr(task, "deadline", None)
        if deadline is None or not any(isinstance(r, Recurring) and r.periods for r in walk(deadline.rule)):
            continue
        days = tuple(sorted({o.due for year in chosen_years for o in occurrences(deadline.rule, year, context)}))
        row = rows.get(task.id)
        if not days or row is None:
            continue
        recurring_ids.add(task.id)
        entries.append(Entry(_uid(key, task.id), f"{task.id} {short_name(row.content, 70)}",
                             _description(report, row, t), days, (t.gettext(N_("recurring")),),
                             _alarms(days, alarm_days, calendar)))
    for number, reporting in enumerate(getattr(plan, "reporting", ()), start=1):
        if reporting.kind != "submission":
            continue
        days = tuple(sorted({o.due for d in reporting.deadlines for year in chosen_years for o in d.occurrences(year)}))
        if not days:
            continue
        label = short_name(reporting.period_text or reporting.text, 60)
        entries.append(Entry(_uid(key, f"report{number}"), t.message("Report: {label}", label=label),
                             short_name(reporting.text, 400), days, (t.gettext(N_("report")),),
                             _alarms(days, alarm_days, calendar)))
    undated = []
    for task in report.tasks:
        if task.id in recurring_ids:
            continue
        name = short_name(task.content, 70)
        if task.due is None or task.status in _NO_DATE:
            undated.append(f"{task.id} {name} [{status_label(task.status, t)}]: {why(task, report.as_of, t)}")
            continue
        done = task.status in _DONE
        entries.append(Entry(_uid(key, task.id), f"{task.id} {name} [{status_label(task.status, t)}]",
                             _description(report, task, t), (task.due,), (status_label(task.status, t),),
                             _alarms((task.due,), 0 if done else alarm_days, calendar), task.completed, todo))
    entries.sort(key=lambda e: (e.days[0], e.uid))
    name = " ".join(p for p in (report.plan.number, report.plan.issuer) if p) or report.plan.doc_id
    header = t.message("Status of {plan} as of {day} (reformrules).", plan=name, day=t.day(report.as_of))
    return CalendarData(t.message("CCHC {name}", name=name), report.as_of, header,
                        t.gettext("No date in the plan (not placed on the calendar):"), tuple(undated), tuple(entries))


def calendar_entries(report: StatusReport, plan: Any = None, **options: Any) -> tuple[list[Entry], list[str]]:
    """The events of :func:`calendar_data` and the lines of its undated tasks (a shortcut for tests and scripts)."""
    data = calendar_data(report, plan, **options)
    return list(data.entries), list(data.undated)


def recurrence(days: tuple[date, ...]) -> tuple[str | None, tuple[date, ...], tuple[date, ...]]:
    """An ``RRULE`` for a series of due dates, with the dates to add (RDATE) and to remove (EXDATE).

    The pattern is taken from the first two dates: every k months on the same day of the month (or
    on the month's last day); dates off the pattern are added, pattern dates the plan lacks removed.
    None when there is one date, or no monthly pattern fits.

    Examples:
        >>> recurrence((date(2022, 3, 19), date(2022, 6, 19), date(2022, 9, 19), date(2022, 12, 19)))
        ('FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=19;COUNT=4', (), ())
        >>> recurrence((date(2022, 3, 31), date(2022, 6, 30), date(2022, 9, 15), date(2022, 12, 31)))
        ('FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=4', (datetime.date(2022, 9, 15),), (datetime.date(2022, 9, 30),))
    """
    if len(days) < 2:
        return None, (), ()
    first, second = days[0], days[1]
    step = (second.year - first.year) * 12 + second.month - first.month
    if step <= 0:
        return None, (), ()
    month_end = all((d + timedelta(days=1)).day == 1 for d in days[:2])
    series = []
    for i in range(0, 10 * len(days) + 1):  # the pattern up to the last date
        month = first.month - 1 + i * step
        year, month = first.year + month // 12, month % 12 + 1
        nxt = date(year + month // 12, month % 12 + 1, 1)
        last_day = (nxt - timedelta(days=1)).day
        if not month_end and first.day > last_day:
            continue
        day = date(year, month, last_day if month_end else first.day)
        if day > days[-1]:
            break
        series.append(day)
    given = set(days)
    extra, missing = tuple(d for d in days if d not in set(series)), tuple(d for d in series if d not in given)
    if len(extra) + len(missing) > len(days) // 2:
        return None, (), ()
    by = "-1" if month_end else str(first.day)
    freq = f"FREQ=YEARLY;BYMONTH={first.month}" if step == 12 else f"FREQ=MONTHLY;INTERVAL={step}"
    return f"{freq};BYMONTHDAY={by};COUNT={len(series)}", extra, missing


def _trigger(days_before: int) -> timedelta:
    """From an all-day event's start (00:00) to ``ALARM_HOUR`` o'clock ``days_before`` days earlier."""
    return -timedelta(days=days_before) + timedelta(hours=ALARM_HOUR)


def _alarm(ical: Any, summary: str, days_before: int) -> Any:
    alarm = ical.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", _trigger(days_before))
    return alarm


def _event(ical: Any, entry: Entry, stamp: datetime, day: date, recurrence_id: date | None = None) -> Any:
    event = ical.Event()
    event.add("uid", entry.uid)
    event.add("dtstamp", stamp)
    if recurrence_id is not None:
        event.add("recurrence-id", recurrence_id)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", entry.summary)
    event.add("description", entry.description)
    event.add("categories", list(entry.categories))
    event.add("status", "CONFIRMED")
    event.add("transp", "TRANSPARENT")
    return event


def _components(ical: Any, entry: Entry, stamp: datetime) -> list[Any]:
    master = _event(ical, entry, stamp, entry.days[0])
    components = [master]
    rule, extra, missing = recurrence(entry.days)
    offsets = dict(zip(entry.days, entry.alarms)) if entry.alarms else {}
    if len(entry.days) > 1:
        if rule:
            master.add("rrule", ical.vRecur.from_ical(rule))
            for day in missing:
                master.add("exdate", day)
        for day in (extra if rule else entry.days[1:]):
            master.add("rdate", day)
    first = offsets.get(entry.days[0])
    if first is not None:
        master.add_component(_alarm(ical, entry.summary, first))
    for day in entry.days[1:]:  # an occurrence whose reminder needs another offset: an override
        if offsets.get(day) is not None and offsets[day] != first:
            override = _event(ical, entry, stamp, day, recurrence_id=day)
            override.add_component(_alarm(ical, entry.summary, offsets[day]))
            components.append(override)
    if entry.todo:
        todo = ical.Todo()
        todo.add("uid", entry.uid.replace("@", ".todo@"))
        todo.add("dtstamp", stamp)
        todo.add("due", entry.days[0])
        todo.add("summary", entry.summary)
        todo.add("description", entry.description)
        todo.add("status", "COMPLETED" if entry.completed else "NEEDS-ACTION")
        if entry.completed:
            todo.add("completed", datetime.combine(entry.completed, time(0, 0), tzinfo=timezone.utc))
        components.append(todo)
    return components


def render_calendars(calendars: list[CalendarData]) -> bytes:
    """One iCalendar file (RFC 5545) with the events of every plan given.

    Raises:
        ImportError: the ``icalendar`` package is not installed.
    """
    ical = _icalendar()
    out = ical.Calendar()
    out.add("prodid", PRODID)
    out.add("version", "2.0")
    if calendars:
        out.add("x-wr-calname", ical.vText(" · ".join(c.name for c in calendars)))  # X- is text only when told
        description = "\n\n".join(c.description for c in calendars)
        out.add("x-wr-caldesc", ical.vText(description))
        out.add("description", description)
    for data in calendars:
        stamp = datetime.combine(data.stamp, time(0, 0), tzinfo=timezone.utc)
        for entry in data.entries:
            for component in _components(ical, entry, stamp):
                out.add_component(component)
    return out.to_ical()


def to_ics(report: StatusReport, plan: Any = None, **options: Any) -> bytes:
    """The report as iCalendar bytes (options: those of :func:`calendar_data`).

    Raises:
        ImportError: the ``icalendar`` package is not installed.
    """
    _icalendar()
    return render_calendars([calendar_data(report, plan, **options)])
