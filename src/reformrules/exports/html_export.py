"""A status report as one self-contained HTML page: no script, no network, no CDN, inline CSS only.

The page shows, in order: the plan's header and the as-of date; the count of tasks per status; a
timeline per lead agency with each task's window (start to due) coloured by status and a line on
the as-of date; the tables of overdue and waiting tasks; the target verdicts; every task; and the
notes on the inputs. Rows carry ``data-task``/``data-status`` attributes (and tables ``id``\\ s) so
that a test, or a user's stylesheet, can find them.

Examples:
    >>> from datetime import date
    >>> from reformrules.plans import read_plan
    >>> from reformrules.tracker import track
    >>> page = to_html([track(read_plan("examples/plans/000_56be073c6998dd9f.txt"), date(2018, 7, 2))])
    >>> page.startswith("<!DOCTYPE html>"), "http" in page.replace("http-equiv", ""), '<tr data-task="I.2"' in page
    (True, False, True)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from html import escape

from ..tracker.model import STATUS_ORDER, StatusReport, TaskReport, TaskStatus

#: Status colours (background) of bars, badges and table rows; text on them is dark enough to read.
COLOURS = {
    TaskStatus.OVERDUE: "#d93025", TaskStatus.DUE_SOON: "#f29900", TaskStatus.WAITING: "#8e63ce",
    TaskStatus.OPEN: "#1a73e8", TaskStatus.ONGOING: "#129eaf", TaskStatus.NOT_STARTED: "#9aa0a6",
    TaskStatus.UNKNOWN: "#dadce0", TaskStatus.DONE_LATE: "#7cb342", TaskStatus.DONE: "#188038",
}
LABELS = {
    TaskStatus.OVERDUE: "overdue", TaskStatus.DUE_SOON: "due soon", TaskStatus.WAITING: "waiting",
    TaskStatus.OPEN: "open", TaskStatus.ONGOING: "ongoing", TaskStatus.NOT_STARTED: "not started",
    TaskStatus.UNKNOWN: "unknown", TaskStatus.DONE_LATE: "done late", TaskStatus.DONE: "done",
}
NO_LEAD = "(no lead agency named)"

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:24px;color:#202124}
h1{font-size:20px;margin:0 0 4px} h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #dadce0}
h3{font-size:14px;margin:14px 0 4px} dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px;margin:8px 0}
dt{color:#5f6368} dd{margin:0} table{border-collapse:collapse;width:100%;margin:6px 0 12px}
th,td{border:1px solid #dadce0;padding:4px 6px;text-align:left;vertical-align:top} th{background:#f1f3f4}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;color:#fff;font-size:12px;white-space:nowrap}
.chips span{margin-right:6px} .muted{color:#5f6368}
.lane{margin:6px 0 14px} .trow{display:grid;grid-template-columns:90px 1fr;align-items:center;height:20px}
.trow .tid{font-size:12px;overflow:hidden;white-space:nowrap} .track{position:relative;height:14px;background:#f8f9fa}
.bar{position:absolute;top:1px;height:12px;border-radius:3px;min-width:3px} .bar.open-ended{opacity:.55}
.nodate{font-size:12px;color:#5f6368;padding-left:4px} .asof{position:absolute;top:-3px;bottom:-3px;width:2px;background:#202124}
.axis{position:relative;height:16px;margin-left:90px;font-size:11px;color:#5f6368}
.axis span{position:absolute;transform:translateX(-50%);white-space:nowrap}
"""


def _badge(status: TaskStatus) -> str:
    colour = COLOURS[status]
    text = "#202124" if status in (TaskStatus.UNKNOWN, TaskStatus.DUE_SOON, TaskStatus.NOT_STARTED) else "#fff"
    return f'<span class="badge" style="background:{colour};color:{text}">{escape(LABELS[status])}</span>'


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _range(report: StatusReport) -> tuple[date, date]:
    """The timeline's first and last day: every window, the as-of date, whole months."""
    days = [report.as_of] + [d for t in report.tasks for d in (t.start, t.due) if d is not None]
    first, last = min(days), max(days)
    first = first.replace(day=1)
    last = (last.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return first, last


def _position(day: date, first: date, span: int) -> float:
    return round(100 * (day - first).days / span, 3)


def _axis(first: date, last: date, span: int) -> str:
    ticks = []
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = 1 if months <= 12 else 3 if months <= 36 else 12
    day = first
    while day <= last:
        if (day.month - 1) % step == 0:
            label = f"{day.month:02d}/{day.year}" if step < 12 else str(day.year)
            ticks.append(f'<span style="left:{_position(day, first, span)}%">{label}</span>')
        day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return f'<div class="axis">{"".join(ticks)}</div>'


def _bar(task: TaskReport, report: StatusReport, first: date, last: date, span: int) -> str:
    title = escape(f"{task.id}: {LABELS[task.status]}. {task.why}", quote=True)
    colour = COLOURS[task.status]
    if task.due is None and task.start is None:
        return f'<span class="nodate" title="{title}">no date: {escape(LABELS[task.status])}</span>'
    begin = task.start or report.plan.issued or task.due or first
    end = task.due or last
    begin, end = max(min(begin, end), first), min(max(begin, end), last)
    left = _position(begin, first, span)
    width = max(_position(end + timedelta(days=1), first, span) - left, 0.3)
    classes = "bar" if task.due else "bar open-ended"
    return (f'<div class="{classes}" data-task="{escape(task.id, quote=True)}" data-status="{task.status.value}" '
            f'style="left:{left}%;width:{round(width, 3)}%;background:{colour}" title="{title}"></div>')


def _timeline(report: StatusReport) -> str:
    first, last = _range(report)
    span = (last - first).days + 1
    lanes: dict[str, list[TaskReport]] = {}
    for task in report.tasks:
        for lead in task.leads or (NO_LEAD,):
            lanes.setdefault(lead, []).append(task)
    marker = f'<div class="asof" style="left:{_position(report.as_of, first, span)}%" title="as of {report.as_of}"></div>'
    parts = [_axis(first, last, span)]
    for lead in sorted(lanes, key=lambda name: (name == NO_LEAD, name)):
        rows = []
        for task in lanes[lead]:
            rows.append(f'<div class="trow" data-task="{escape(task.id, quote=True)}"><span class="tid">'
                        f'{escape(task.id)}</span><div class="track">{_bar(task, report, first, last, span)}{marker}'
                        f'</div></div>')
        parts.append(f'<div class="lane" data-lead="{escape(lead, quote=True)}"><h3>{escape(lead)} '
                     f'<span class="muted">({len(lanes[lead])})</span></h3>{"".join(rows)}</div>')
    return "".join(parts)


def _table(table_id: str, headers: tuple[str, ...], rows: list[tuple[str, list[str]]], empty: str) -> str:
    if not rows:
        return f'<p class="muted" id="{table_id}-empty">{escape(empty)}</p>'
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(f"<tr{attrs}>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>" for attrs, cells in rows)
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _task_attrs(task: TaskReport) -> str:
    return f' data-task="{escape(task.id, quote=True)}" data-status="{task.status.value}"'


def _report(report: StatusReport, number: int) -> str:
    p = report.plan
    title = p.title or p.doc_id
    facts = [("File", p.doc_id), ("Number", p.number), ("Issued by", p.issuer), ("Place", p.place),
             ("Issued", _day(p.issued)), ("Plan year", str(p.plan_year) if p.plan_year else None),
             ("Status as of", report.as_of.isoformat()),
             ("Due soon", f"within {report.due_soon_days} working days (Vietnamese calendar)")]
    header = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in facts if v)
    chips = "".join(f"<span>{_badge(s)} {n}</span>" for s, n in report.counts)
    overdue = [(_task_attrs(t), [escape(t.id), escape(_day(t.due)), escape(str(-(t.working_days or 0))),
                                 escape(t.lead or NO_LEAD), escape(t.deadline_text), escape(t.why)])
               for t in report.with_status(TaskStatus.OVERDUE)]
    waiting = [(_task_attrs(t), [escape(t.id), escape("; ".join(t.waits_on)), escape(t.lead or NO_LEAD),
                                 escape(t.deadline_text), escape(t.why)])
               for t in report.with_status(TaskStatus.WAITING)]
    targets = [(f' data-target="{escape(t.id, quote=True)}" data-verdict="{escape(t.status, quote=True)}"',
                [escape(t.id), escape(t.target), escape(t.status), escape("" if t.actual is None else format(t.actual, "f")),
                 escape(t.subject), escape(t.explanation), escape(str(t.line))]) for t in report.targets]
    every = [(_task_attrs(t), [escape(t.id), _badge(t.status), escape(_day(t.due)),
                               escape("" if t.working_days is None else str(t.working_days)), escape(t.lead),
                               escape(t.deadline_text), escape(t.why)]) for t in report.tasks]
    notes = "".join(f"<li>{escape(str(n))}</li>" for n in report.notes)
    sid = f"p{number}"
    return f"""<section class="plan" id="{sid}" data-doc="{escape(p.doc_id, quote=True)}">
<h1>{escape(title)}</h1>
<dl>{header}</dl>
<p class="chips" id="{sid}-summary">{chips or '<span class="muted">no tasks</span>'}</p>
<h2>Timeline by lead agency</h2>
{_timeline(report) if report.tasks else '<p class="muted">No tasks.</p>'}
<h2>Overdue tasks ({len(overdue)})</h2>
{_table(f"{sid}-overdue", ("Task", "Due", "Working days late", "Lead", "Deadline as written", "Why"), overdue,
        "No task is overdue.")}
<h2>Waiting tasks ({len(waiting)})</h2>
{_table(f"{sid}-waiting", ("Task", "Waits on", "Lead", "Deadline as written", "Why"), waiting,
        "No task waits on a condition.")}
<h2>Targets ({len(targets)})</h2>
{_table(f"{sid}-targets", ("Target", "Goal", "Verdict", "Actual", "Subject", "Explanation", "Line"), targets,
        "No target was evaluated (pass actuals to judge the plan's targets).")}
<h2>All tasks ({len(every)})</h2>
{_table(f"{sid}-tasks", ("Task", "Status", "Due", "Working days", "Lead", "Deadline as written", "Why"), every,
        "The plan has no tasks.")}
{f'<h2>Notes on the inputs</h2><ul id="{sid}-notes">{notes}</ul>' if notes else ''}
</section>"""


def to_html(reports: StatusReport | Iterable[StatusReport], *, title: str | None = None) -> str:
    """One self-contained HTML page for one or more reports (nothing is fetched when it is opened).

    Args:
        reports: a report, or several (one section each, in order).
        title: the page title; default: the first plan's title and the as-of date.
    """
    items = [reports] if isinstance(reports, StatusReport) else list(reports)
    if title is None:
        title = (f"{items[0].plan.title or items[0].plan.doc_id}: status on {items[0].as_of.isoformat()}"
                 if items else "Status report")
    legend = "".join(f"<span>{_badge(s)}</span>" for s in STATUS_ORDER)
    body = "\n".join(_report(r, n) for n, r in enumerate(items, start=1))
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<p class="chips muted" id="legend">Status colours: {legend}</p>
{body}
<footer class="muted"><p>Made by reformrules from the plan text, the progress input and the as-of date given;
no date was read from a clock. Rules: docs/tracker.md.</p></footer>
</body>
</html>
"""
