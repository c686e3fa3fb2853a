"""Status reports as an Excel workbook (openpyxl): tasks, a summary per agency, targets and verdicts.

Sheets (names and headings in the report's language, Vietnamese by default):

- the **tasks** ("Nhiệm vụ"): one row per task of every report, the columns of the CSV export
  (``rows.TASK_COLUMNS``): status, due date, lateness, lead and coordinating agencies, the deadline
  as written, the explanation; the status cell coloured as in the HTML report;
- the **summary per agency** ("Theo cơ quan"): per plan and lead agency, the number of tasks in
  each status and in all;
- the **targets** ("Chỉ tiêu"): each numeric target, its verdict (coloured), the actual figure;
- the **plans** ("Kế hoạch"): each plan's number, issuer, year and the as-of date.

Every sheet has a frozen, bold header row with filters and fitted column widths; dates are real
Excel dates (shown dd/mm/yyyy, or ISO in English) and numbers are numbers. A text cell that begins
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is stored as text with Excel's quote
prefix, so it can never run as a formula (OWASP "CSV injection").

Needs openpyxl (``pip install "reformrules[reports]"``), imported when :func:`to_xlsx` is called.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import date
from typing import Any

from ..i18n import N_, Translator
from ..tracker.model import STATUS_ORDER, StatusReport
from .html_export import COLOURS
from .rows import TASK_COLUMNS, task_values
from .safety import spreadsheet_cell
from .wording import heading, status_label, tr, verdict_label

SHEETS = {"tasks": N_("Task list"), "agencies": N_("By agency"), "targets": N_("Targets"), "plans": N_("Plans")}
VERDICT_COLOURS = {"met": "#188038", "not_met": "#d93025", "unknown": "#dadce0"}
_WIDE = {"name": 60, "why": 60, "deadline_text": 30, "lead": 30, "coordinators": 30, "lead_now": 30, "waits_on": 30,
         "subject": 50, "explanation": 50, "agency": 40, "plan": 26}
_DARK_TEXT = {"due_soon", "unknown", "not_started"}


def _openpyxl() -> Any:
    try:
        import openpyxl
    except ImportError:
        raise ImportError('the XLSX export needs openpyxl: pip install "reformrules[reports]" (or pip install openpyxl)') \
            from None
    return openpyxl


class _Sheet:
    """Writes rows into one worksheet: typed cells, neutralised text, a styled and frozen header."""

    def __init__(self, openpyxl: Any, sheet: Any, headings: list[str], keys: list[str], t: Translator):
        from openpyxl.styles import Alignment, Font, PatternFill

        self.sheet, self.keys, self.t = sheet, keys, t
        self.Fill, self.Font, self.Alignment = PatternFill, Font, Alignment
        self.date_format = "dd/mm/yyyy" if t.lang == "vi" else "yyyy-mm-dd"
        sheet.append(headings)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="F1F3F4")
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        self.widths = [max(len(h), 6) for h in headings]

    def add(self, values: list[Any], colour: tuple[int, str] | None = None) -> None:
        row = self.sheet.max_row + 1
        for column, value in enumerate(values, start=1):
            cell = self.sheet.cell(row=row, column=column)
            if isinstance(value, date):
                cell.value = value
                cell.number_format = self.date_format
                size = 10
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                cell.value = value
                size = len(str(value))
            else:
                text = "" if value is None else str(value)
                cell.value = text or None
                if text and spreadsheet_cell(text) != text:  # a formula start: text with Excel's quote prefix
                    cell.data_type = "s"
                    cell.quotePrefix = True
                size = len(text)
            cell.alignment = self.Alignment(wrap_text=self.keys[column - 1] in _WIDE, vertical="top")
            self.widths[column - 1] = max(self.widths[column - 1], min(size, 12))
        if colour is not None:
            column, key = colour
            fill = COLOURS_BY_KEY.get(key)
            if fill:
                cell = self.sheet.cell(row=row, column=column)
                cell.fill = self.Fill("solid", fgColor=fill.lstrip("#"))
                cell.font = self.Font(color="202124" if key in _DARK_TEXT else "FFFFFF", bold=True)

    def finish(self) -> None:
        from openpyxl.utils import get_column_letter

        for index, key in enumerate(self.keys, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = _WIDE.get(key, self.widths[index - 1] + 2)
        self.sheet.freeze_panes = "A2"
        if self.sheet.max_row >= 1:
            self.sheet.auto_filter.ref = self.sheet.dimensions


COLOURS_BY_KEY = {**{s.value: c for s, c in COLOURS.items()}, **VERDICT_COLOURS}


def _agency_rows(reports: list[StatusReport], t: Translator) -> list[list[Any]]:
    rows = []
    for report in reports:
        lanes: dict[str, dict[str, int]] = {}
        for task in report.tasks:
            for lead in task.leads or (t.gettext(N_("(no lead agency named)")),):
                lanes.setdefault(lead, {}).setdefault(task.status.value, 0)
                lanes[lead][task.status.value] += 1
        for lead in sorted(lanes):
            counts = lanes[lead]
            rows.append([report.plan.doc_id, lead, *[counts.get(s.value, 0) for s in STATUS_ORDER], sum(counts.values())])
    return rows


def to_xlsx(reports: StatusReport | Iterable[StatusReport], *, lang: str | Translator | None = None) -> bytes:
    """The reports as the bytes of an .xlsx workbook.

    Raises:
        ImportError: openpyxl is not installed.
    """
    openpyxl = _openpyxl()
    t = tr(lang)
    items = [reports] if isinstance(reports, StatusReport) else list(reports)
    book = openpyxl.Workbook()

    tasks_sheet = book.active
    tasks_sheet.title = t.gettext(SHEETS["tasks"])
    tasks = _Sheet(openpyxl, tasks_sheet, [heading(c, t) for c in TASK_COLUMNS], list(TASK_COLUMNS), t)
    status_column = TASK_COLUMNS.index("status") + 1
    for report in items:
        for task in report.tasks:
            values = task_values(report, task, t)
            tasks.add([values[c] if values[c] is not None else "" for c in TASK_COLUMNS], (status_column, task.status.value))
    tasks.finish()

    keys = ["plan", "agency", *[s.value for s in STATUS_ORDER], "tasks"]
    agencies = _Sheet(openpyxl, book.create_sheet(t.gettext(SHEETS["agencies"])),
                      [heading("plan", t), heading("agency", t), *[status_label(s, t) for s in STATUS_ORDER],
                       heading("tasks", t)], keys, t)
    for row in _agency_rows(items, t):
        agencies.add(row)
    agencies.finish()

    keys = ["plan", "id", "target", "verdict", "actual", "subject", "explanation", "line"]
    targets = _Sheet(openpyxl, book.create_sheet(t.gettext(SHEETS["targets"])),
                     [heading("plan", t), heading("id", t), heading("target", t), heading("verdict", t),
                      heading("actual", t), heading("subject", t), heading("why", t), heading("line", t)], keys, t)
    for report in items:
        for goal in report.targets:
            actual = float(goal.actual) if goal.actual is not None else ""
            targets.add([report.plan.doc_id, goal.id, goal.target, verdict_label(goal.status, t), actual, goal.subject,
                         goal.explanation, goal.line], (4, goal.status))
    targets.finish()

    keys = ["plan", "number", "issuer", "title", "issued", "plan_year", "as_of"]
    plans = _Sheet(openpyxl, book.create_sheet(t.gettext(SHEETS["plans"])),
                   [heading("plan", t), t.gettext(N_("Number")), t.gettext(N_("Issued by")), t.gettext(N_("Title")),
                    t.gettext(N_("Issued on")), t.gettext(N_("Plan year")), t.gettext(N_("Status as of"))], keys, t)
    for report in items:
        p = report.plan
        plans.add([p.doc_id, p.number or "", p.issuer or "", p.title or "", p.issued or "", p.plan_year or "",
                   report.as_of])
    plans.finish()

    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
