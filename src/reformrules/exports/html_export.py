"""Status reports as one self-contained HTML page (Jinja2, autoescaped): no script, no network, inline CSS.

The page shows, per plan: the plan's header and the labelled as-of date; the count of tasks per status;
a timeline per lead agency, scaled to the plan period (its year), with each task's window coloured
by status and a line on the as-of date; the tables of overdue, due-soon and waiting tasks; the target
verdicts; every task; the notes on the inputs. Several reports give one page with a contents list.
Every task shows its name (its content, shortened on a word boundary) next to its id. The page is
in Vietnamese by default (``lang="en"`` for English), fits a 390 px phone screen (tables turn into
cards), and prints on A4 with its colours.

Rows carry ``data-task``/``data-status`` attributes (and tables ``id``\\ s) so that a test, or a
user's stylesheet, can find them. Needs Jinja2 (``pip install "reformrules[reports]"``), imported
when :func:`to_html` is called.

Examples:
    >>> from datetime import date
    >>> from reformrules.plans import read_plan
    >>> from reformrules.tracker import track
    >>> page = to_html([track(read_plan("examples/plans/000_56be073c6998dd9f.txt"), date(2018, 7, 2))])
    >>> page.startswith("<!DOCTYPE html>"), "http" in page.replace("http-equiv", ""), '<tr data-task="I.2"' in page
    (True, False, True)
    >>> "Tình trạng tính đến ngày 02/07/2018" in page, "@page { size: A4" in page
    (True, True)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ..i18n import N_, Translator
from ..tracker.model import STATUS_ORDER, StatusReport, TaskReport, TaskStatus
from .wording import coordinators, short_name, status_label, tr, verdict_label, why

#: Status colours (background) of bars, badges and table rows; the text on them is dark enough to read.
COLOURS = {
    TaskStatus.OVERDUE: "#d93025", TaskStatus.DUE_SOON: "#f29900", TaskStatus.WAITING: "#8e63ce",
    TaskStatus.OPEN: "#1a73e8", TaskStatus.ONGOING: "#129eaf", TaskStatus.NOT_STARTED: "#9aa0a6",
    TaskStatus.UNKNOWN: "#dadce0", TaskStatus.DONE_LATE: "#7cb342", TaskStatus.DONE: "#188038",
}
_DARK_TEXT = (TaskStatus.UNKNOWN, TaskStatus.DUE_SOON, TaskStatus.NOT_STARTED)
NO_LEAD = N_("(no lead agency named)")
MONTHS = (N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"), N_("Jul"), N_("Aug"), N_("Sep"),
          N_("Oct"), N_("Nov"), N_("Dec"))
#: Characters of a task name in the timeline and the tables.
NAME_LIMIT = 110


def _jinja() -> Any:
    try:
        import jinja2
    except ImportError:
        raise ImportError('the HTML export needs Jinja2: pip install "reformrules[reports]" (or pip install jinja2)') \
            from None
    return jinja2


@lru_cache(maxsize=None)
def _environment(t: Translator) -> Any:
    """The template environment of one language (autoescaping on, the catalogue installed)."""
    jinja2 = _jinja()
    environment = jinja2.Environment(loader=jinja2.PackageLoader("reformrules.exports", "templates"),
                                     autoescape=True, extensions=["jinja2.ext.i18n"],
                                     undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    environment.install_gettext_translations(t.catalogue, newstyle=True)
    return environment


@dataclass(frozen=True)
class Period:
    """The span the timeline is drawn on: the plan year (or, without one, the tasks' dates), whole months."""

    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def left(self, day: date) -> float:
        """Where ``day`` starts, in percent of the width (clamped to the period)."""
        day = min(max(day, self.first), self.last + timedelta(days=1))
        return round(100 * (day - self.first).days / self.days, 3)

    def __contains__(self, day: date) -> bool:
        return self.first <= day <= self.last


def plan_period(report: StatusReport) -> Period:
    """The plan year; without one, the months from the earliest to the latest date of the report."""
    if report.plan.plan_year:
        return Period(date(report.plan.plan_year, 1, 1), date(report.plan.plan_year, 12, 31))
    days = [report.as_of] + [d for t in report.tasks for d in (t.start, t.due) if d is not None]
    first, last = min(days).replace(day=1), max(days)
    return Period(first, (last.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1))


def _ticks(period: Period, t: Translator) -> list[dict[str, Any]]:
    months = (period.last.year - period.first.year) * 12 + period.last.month - period.first.month + 1
    step = 1 if months <= 12 else 3 if months <= 36 else 12
    ticks, day = [], period.first
    while day <= period.last:
        if (day.month - 1) % step == 0:
            label = t.gettext(MONTHS[day.month - 1]) if step == 1 else f"{day.month:02d}/{day.year}" if step == 3 \
                else str(day.year)
            ticks.append({"left": period.left(day), "label": label, "year": day.year})
        day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return ticks


def _bar(task: TaskReport, report: StatusReport, period: Period) -> dict[str, Any] | None:
    if task.due is None and task.start is None:
        return None
    begin = task.start or report.plan.issued or task.due or period.first
    end = task.due or period.last
    begin, end = min(begin, end), max(begin, end)
    if end < period.first or begin > period.last:
        return {"outside": "before" if end < period.first else "after"}
    left = period.left(begin)
    width = max(period.left(end + timedelta(days=1)) - left, 0.4)
    return {"outside": "", "left": left, "width": round(width, 3), "open_ended": task.due is None,
            "cut_left": begin < period.first, "cut_right": end > period.last}


def _task_view(task: TaskReport, report: StatusReport, t: Translator) -> dict[str, Any]:
    return {
        "id": task.id, "name": short_name(task.content, NAME_LIMIT), "content": task.content,
        "status": task.status.value, "label": status_label(task.status, t), "colour": COLOURS.get(task.status, "#dadce0"),
        "dark": task.status in _DARK_TEXT, "due": t.day(task.due), "start": t.day(task.start),
        "working_days": "" if task.working_days is None else str(task.working_days),
        "late": str(-task.working_days) if task.working_days is not None and task.working_days < 0 else "",
        "left": "" if task.working_days is None or task.working_days < 0 else str(task.working_days),
        "lead": task.lead or t.gettext(NO_LEAD), "coordinators": coordinators(task), "lead_now": task.lead_now,
        "waits_on": "; ".join(task.waits_on), "deadline_text": task.deadline_text, "why": why(task, report.as_of, t),
        "completed": t.day(task.completed),
    }


def _timeline(report: StatusReport, rows: dict[str, dict[str, Any]], t: Translator) -> dict[str, Any]:
    period = plan_period(report)
    lanes: dict[str, list[dict[str, Any]]] = {}
    no_lead = t.gettext(NO_LEAD)
    for task in report.tasks:
        view = {**rows[task.id], "bar": _bar(task, report, period)}
        for lead in task.leads or (no_lead,):
            lanes.setdefault(lead, []).append(view)
    order = sorted(lanes, key=lambda name: (name == no_lead, name))
    return {"ticks": _ticks(period, t), "first": t.day(period.first), "last": t.day(period.last),
            "as_of": period.left(report.as_of) if report.as_of in period else None,
            "as_of_side": "" if report.as_of in period else "after" if report.as_of > period.last else "before",
            "lanes": [{"lead": lead, "tasks": lanes[lead]} for lead in order]}


def _plan_view(report: StatusReport, number: int, t: Translator) -> dict[str, Any]:
    p = report.plan
    rows = {task.id: _task_view(task, report, t) for task in report.tasks}
    facts = [(N_("File"), p.doc_id), (N_("Number"), p.number), (N_("Issued by"), p.issuer), (N_("Place"), p.place),
             (N_("Issued on"), t.day(p.issued)), (N_("Plan year"), str(p.plan_year) if p.plan_year else "")]

    def having(*statuses: TaskStatus) -> list[dict[str, Any]]:
        return [rows[task.id] for task in report.with_status(*statuses)]

    targets = [{"id": g.id, "target": g.target, "verdict": g.status, "label": verdict_label(g.status, t),
                "actual": "" if g.actual is None else format(g.actual, "f"), "subject": g.subject,
                "explanation": g.explanation, "line": g.line} for g in report.targets]
    return {
        "sid": f"p{number}", "doc_id": p.doc_id, "title": p.title or p.doc_id,
        "facts": [(t.gettext(k), v) for k, v in facts if v], "as_of": t.day(report.as_of),
        "due_soon_days": report.due_soon_days,
        "counts": [{"status": s.value, "label": status_label(s, t), "n": n, "colour": COLOURS[s],
                    "dark": s in _DARK_TEXT} for s, n in report.counts],
        "timeline": _timeline(report, rows, t) if report.tasks else None,
        "overdue": having(TaskStatus.OVERDUE), "due_soon": having(TaskStatus.DUE_SOON),
        "waiting": having(TaskStatus.WAITING), "targets": targets, "tasks": list(rows.values()),
        "notes": [str(n) for n in report.notes],
    }


def to_html(reports: StatusReport | Iterable[StatusReport], *, title: str | None = None,
            lang: str | Translator | None = None) -> str:
    """One self-contained HTML page for one or more reports (nothing is fetched when it is opened).

    Args:
        reports: a report, or several (one section each, in order, after a contents list).
        title: the page title; default: the first plan's title and the as-of date.
        lang: "vi" (default) or "en".

    Raises:
        ImportError: Jinja2 is not installed.
    """
    t = tr(lang)
    items = [reports] if isinstance(reports, StatusReport) else list(reports)
    plans = [_plan_view(r, n, t) for n, r in enumerate(items, start=1)]
    if title is None:
        title = (t.message("{title}: status on {day}", title=plans[0]["title"], day=plans[0]["as_of"]) if len(plans) == 1
                 else t.message("Status of {n} plans", n=len(plans)) if plans else t.gettext("Status report"))
    legend = [{"label": status_label(s, t), "colour": COLOURS[s], "dark": s in _DARK_TEXT} for s in STATUS_ORDER]
    return _environment(t).get_template("report.html").render(lang=t.lang, title=title, plans=plans, legend=legend)
