"""Status reports as CSV for spreadsheets: one row per task, UTF-8 with a BOM so Excel shows Vietnamese.

Columns (``CSV_COLUMNS``): ``plan`` (the plan's file name), ``id``, ``section``, ``status``, ``due``,
``working_days`` (negative: late), ``start``, ``lead`` (lead agencies joined by "; "), ``lead_now``,
``completed``, ``waits_on`` (joined by "; "), ``deadline`` (canonical rule), ``deadline_text`` (as
written), ``why``, ``line``. Dates are ISO ``YYYY-MM-DD``; an empty cell means "none".

Examples:
    >>> from datetime import date
    >>> from reformrules.tracker import PlanSummary, StatusReport, TaskReport, TaskStatus
    >>> row = TaskReport("I.1", TaskStatus.OPEN, "Due 2022-12-31.", due=date(2022, 12, 31), leads=("Sở Nội vụ",))
    >>> for line in to_csv(StatusReport(PlanSummary("x.txt"), date(2022, 3, 25), 5, (row,))).splitlines():
    ...     print(line)
    plan,id,section,status,due,working_days,start,lead,lead_now,completed,waits_on,deadline,deadline_text,why,line
    x.txt,I.1,,open,2022-12-31,,,Sở Nội vụ,,,,,,Due 2022-12-31.,0
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from ..tracker.model import StatusReport

CSV_COLUMNS = ("plan", "id", "section", "status", "due", "working_days", "start", "lead", "lead_now", "completed",
               "waits_on", "deadline", "deadline_text", "why", "line")


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def csv_rows(reports: StatusReport | Iterable[StatusReport]) -> list[tuple[str, ...]]:
    """The rows of :func:`to_csv` (without the header) as tuples of str."""
    if isinstance(reports, StatusReport):
        reports = [reports]
    rows = []
    for report in reports:
        for t in report.tasks:
            rows.append((report.plan.doc_id, t.id, t.section, t.status.value, _day(t.due),
                         "" if t.working_days is None else str(t.working_days), _day(t.start), t.lead, t.lead_now,
                         _day(t.completed), "; ".join(t.waits_on), t.deadline, t.deadline_text, t.why, str(t.line)))
    return rows


def to_csv(reports: StatusReport | Iterable[StatusReport]) -> str:
    """The tasks of one or more reports as CSV text (CRLF line ends, a header row; no BOM: see :func:`write_csv`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_rows(reports))
    return buffer.getvalue()


def write_csv(path: str | os.PathLike[str], reports: StatusReport | Iterable[StatusReport]) -> Path:
    """Write :func:`to_csv` to ``path`` as UTF-8 with a BOM (Excel then reads the Vietnamese right)."""
    target = Path(path)
    target.write_text(to_csv(reports), encoding="utf-8-sig", newline="")
    return target
