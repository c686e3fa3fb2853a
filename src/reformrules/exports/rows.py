"""The rows every tabular export shares (CSV, XLSX, the terminal): one per task, typed values by column.

A value is a ``date``, an ``int`` or a ``str`` ("" for none); each export formats it its own way
(CSV and the terminal as text in the report's language, XLSX as real Excel dates and numbers).

Examples:
    >>> from datetime import date
    >>> from reformrules.tracker import PlanSummary, StatusReport, TaskReport, TaskStatus
    >>> row = TaskReport("I.1", TaskStatus.OPEN, "", due=date(2022, 12, 31), working_days=40,
    ...                  leads=("Sở Nội vụ",), content="Ban hành Kế hoạch CCHC năm 2022")
    >>> values = task_values(StatusReport(PlanSummary("x.txt"), date(2022, 10, 25), 5, (row,)), row)
    >>> values["name"], values["status"], values["due"], values["why"]
    ('Ban hành Kế hoạch CCHC năm 2022', 'đang thực hiện', datetime.date(2022, 12, 31), 'Hạn hoàn thành 31/12/2022, còn 40 ngày làm việc.')
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..i18n import Translator
from ..tracker.model import StatusReport, TaskReport
from .wording import coordinators, short_name, status_label, tr, why

#: Task columns of the CSV and XLSX exports, in order (their headings: ``wording.HEADINGS``).
TASK_COLUMNS = ("plan", "id", "name", "section", "status", "due", "working_days", "start", "lead", "coordinators",
                "lead_now", "completed", "waits_on", "deadline_text", "deadline", "why", "line")
#: How long a task name may be in a spreadsheet cell.
SHEET_NAME_LIMIT = 200


def task_values(report: StatusReport, task: TaskReport, lang: str | Translator | None = None,
                name_limit: int = SHEET_NAME_LIMIT) -> dict[str, Any]:
    """The values of one task's row by column (``TASK_COLUMNS``), in ``lang`` (Vietnamese by default)."""
    t = tr(lang)
    return {
        "plan": report.plan.doc_id, "id": task.id, "name": short_name(task.content, name_limit),
        "section": task.section, "status": status_label(task.status, t), "due": task.due,
        "working_days": task.working_days if task.working_days is not None else "", "start": task.start,
        "lead": task.lead, "coordinators": coordinators(task), "lead_now": task.lead_now,
        "completed": task.completed, "waits_on": "; ".join(task.waits_on), "deadline_text": task.deadline_text,
        "deadline": task.deadline, "why": why(task, report.as_of, t), "line": task.line,
    }


def as_text(value: Any, t: Translator) -> str:
    """A typed cell value as text: dates in the language's form, numbers as written, None as ""."""
    if value is None:
        return ""
    if isinstance(value, date):
        return t.day(value)
    return str(value)
