"""Tables for the terminal: rich tables that fit its width and colour each status, or plain aligned text.

:func:`print_tables` uses ``rich`` (the ``cli`` extra) when the stream is a terminal: long columns
(the task name, the agency, the explanation) wrap to the terminal's width, the status is coloured,
and ``NO_COLOR`` turns colour off (rich honours it). Otherwise (a pipe, a file, no rich) it writes
plain text: aligned columns, long ones cut at a word with "…". Either way every cell passes
through :func:`~reformrules.exports.safety.terminal_text`, so text from a plan cannot move the
cursor or change colours.

Examples:
    >>> print(format_table(("ID", "DUE"), [("I.1", "2018-03-31"), ("VII.12", "")]))
    ID      DUE
    I.1     2018-03-31
    VII.12
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from ..i18n import N_, Translator
from ..tracker.model import StatusReport
from .rows import as_text
from .safety import terminal_text
from .wording import heading, short_name, status_label, tr, verdict_label, why

#: rich styles of the statuses (and target verdicts).
STYLES = {"overdue": "bold red", "due_soon": "yellow", "waiting": "magenta", "open": "blue", "ongoing": "cyan",
          "not_started": "dim", "unknown": "dim", "done_late": "green", "done": "green", "met": "green",
          "not_met": "bold red"}
SHORT_HEADINGS = {"working_days": N_("WD"), "due": N_("Due")}


@dataclass
class Column:
    """A column of a terminal table: its heading, the plain-text width cap, and whether rich may wrap it."""

    heading: str
    cap: int | None = None
    wrap: bool = False
    ratio: int | None = None


@dataclass
class Table:
    """A titled table: columns, rows of text, and the style key of each row (a status, or "")."""

    title: str
    columns: list[Column]
    rows: list[list[str]] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    style_column: int | None = None


def _cut(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else short_name(text, width)


def format_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], widths: dict[int, int] | None = None) -> str:
    """Rows as aligned plain text; ``widths`` caps some columns (the last column is never cut)."""
    widths = widths or {}
    cells = [[_cut(c, widths.get(i, 10_000)) for i, c in enumerate(row)] for row in rows]
    sizes = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = []
    for row in [list(headers)] + cells:
        lines.append("  ".join(c.ljust(sizes[i]) if i < len(row) - 1 else c for i, c in enumerate(row)).rstrip())
    return "\n".join(lines)


def summary_line(report: StatusReport, lang: str | Translator | None = None) -> str:
    """'004.txt, tình trạng tính đến ngày 01/07/2022: 6 quá hạn, 11 đang chờ …' in ``lang``."""
    t = tr(lang)
    counts = ", ".join(f"{n} {status_label(s, t)}" for s, n in report.counts) or t.gettext("no tasks")
    return t.message("{plan}, status as of {day}: {counts}", plan=report.plan.doc_id, day=t.day(report.as_of),
                     counts=counts)


def status_table(report: StatusReport, lang: str | Translator | None = None) -> Table:
    """Every task of a report: id, name, status, due date, working days, lead agency, explanation."""
    t = tr(lang)
    columns = [Column(heading("id", t)), Column(heading("name", t), 48, True, 3), Column(heading("status", t)),
               Column(t.gettext(SHORT_HEADINGS["due"])), Column(t.gettext(SHORT_HEADINGS["working_days"])),
               Column(heading("lead", t), 32, True, 2), Column(heading("why", t), None, True, 3)]
    table = Table(summary_line(report, t), columns, style_column=2)
    for task in report.tasks:
        table.rows.append([task.id, short_name(task.content, 90), status_label(task.status, t), t.day(task.due),
                           "" if task.working_days is None else f"{task.working_days:+d}", task.lead,
                           why(task, report.as_of, t)])
        table.styles.append(task.status.value)
    return table


def plan_table(item: Any, lang: str | Translator | None = None) -> Table:
    """The tasks of ``reformrules plan``: id, name, line, deadline as written, due date, lead."""
    t = tr(lang)
    columns = [Column(heading("id", t)), Column(heading("name", t), 56, True, 3), Column(heading("line", t)),
               Column(heading("deadline_text", t), 40, True, 2), Column(t.gettext(SHORT_HEADINGS["due"])),
               Column(heading("lead", t), None, True, 2)]
    table = Table(item.plan, columns)
    for row in item.tasks:  # a listing.PlanListing
        table.rows.append([row.id, short_name(row.name, 90), str(row.line), row.deadline_text or "-",
                           as_text(row.due, t), row.lead])
        table.styles.append("")
    return table


def targets_table(plan: str, targets: Sequence[Any], lang: str | Translator | None = None) -> Table:
    """The targets of ``reformrules targets``: id, goal, verdict, actual, line, what is measured, explanation."""
    t = tr(lang)
    columns = [Column(heading("id", t)), Column(heading("target", t), 30), Column(heading("verdict", t)),
               Column(heading("actual", t)), Column(heading("line", t)), Column(heading("subject", t), 48, True, 3),
               Column(heading("why", t), None, True, 3)]
    title = t.message("{plan}: {n} targets", plan=plan, n=len(targets))
    table = Table(title, columns, style_column=2)
    for g in targets:
        table.rows.append([g.id, g.target, verdict_label(g.status, t), "" if g.actual is None else format(g.actual, "f"),
                           str(g.line), g.subject, g.explanation])
        table.styles.append(g.status)
    return table


def plain(tables: Sequence[Table]) -> str:
    """The tables as plain text, one block each, separated by a blank line."""
    blocks = []
    for table in tables:
        caps = {i: c.cap for i, c in enumerate(table.columns) if c.cap}
        body = format_table([c.heading for c in table.columns], table.rows, caps)
        blocks.append(terminal_text(table.title + "\n" + body))
    return "\n\n".join(blocks)


def _rich_console(stream: TextIO) -> Any:
    try:
        from rich.console import Console
    except ImportError:
        return None
    return Console(file=stream, highlight=False, soft_wrap=False)


def print_tables(tables: Sequence[Table], stream: TextIO) -> None:
    """Write ``tables`` to ``stream``: rich tables on a terminal (when rich is installed), plain text otherwise."""
    console = _rich_console(stream) if stream.isatty() else None
    if console is None:
        text = plain(tables)
        stream.write(text + ("\n" if text else ""))
        return
    from rich.table import Table as RichTable
    from rich.text import Text

    for number, table in enumerate(tables):
        shown = RichTable(title=Text(terminal_text(table.title), style="bold"), title_justify="left",
                          show_lines=False, expand=False, header_style="bold")
        for column in table.columns:
            shown.add_column(Text(column.heading), overflow="fold", no_wrap=not column.wrap, ratio=column.ratio)
        for row, key in zip(table.rows, table.styles):
            cells = [Text(terminal_text(" ".join(str(c).split()))) for c in row]
            if table.style_column is not None and key in STYLES:
                cells[table.style_column].stylize(STYLES[key])
            shown.add_row(*cells)
        if number:
            console.print()
        console.print(shown)
