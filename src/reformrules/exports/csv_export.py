"""Status reports as CSV for spreadsheets: one row per task, UTF-8 with a BOM so Excel shows Vietnamese.

Columns (``CSV_COLUMNS``, headed in the report's language): the plan's file name, the task id, its
name (the content shortened on a word boundary), section, status, due date, working days left
(negative: late), start, lead agencies (joined by "; "), coordinating agencies, who leads now, the
completion date, what it waits on, the deadline as written and in canonical form, the explanation,
and the line in the plan. Vietnamese (the default) writes dd/mm/yyyy dates and Vietnamese status
names; ``lang="en"`` English headings, status names and ISO dates. An empty cell means "none".
Programs that need the stable English identifiers read the JSON export.

Every text cell that a spreadsheet would take for a formula is neutralised (:mod:`.safety`).

Examples:
    >>> from datetime import date
    >>> from reformrules.tracker import PlanSummary, StatusReport, TaskReport, TaskStatus
    >>> row = TaskReport("I.1", TaskStatus.OPEN, "", due=date(2022, 12, 31), working_days=40, leads=("Sở Nội vụ",),
    ...                  content="=1+2 Ban hành Kế hoạch")
    >>> report = StatusReport(PlanSummary("x.txt"), date(2022, 10, 25), 5, (row,))
    >>> print(to_csv(report, lang="en").splitlines()[1])
    x.txt,I.1,'=1+2 Ban hành Kế hoạch,,in progress,2022-12-31,40,,Sở Nội vụ,,,,,,,"Due 2022-12-31, in 40 working days.",0
    >>> to_csv(report).splitlines()[0][:40]
    'Kế hoạch,STT,Nhiệm vụ,Phần,Tình trạng,Hạ'
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable
from pathlib import Path

from ..i18n import Translator
from ..tracker.model import StatusReport
from .rows import TASK_COLUMNS, as_text, task_values
from .safety import spreadsheet_cell
from .wording import heading, tr

CSV_COLUMNS = TASK_COLUMNS


def _reports(reports: StatusReport | Iterable[StatusReport]) -> list[StatusReport]:
    return [reports] if isinstance(reports, StatusReport) else list(reports)


def csv_rows(reports: StatusReport | Iterable[StatusReport], lang: str | Translator | None = None) -> list[tuple[str, ...]]:
    """The rows of :func:`to_csv` (without the header) as tuples of str, neutralised for spreadsheets."""
    t = tr(lang)
    rows = []
    for report in _reports(reports):
        for task in report.tasks:
            values = task_values(report, task, t)
            rows.append(tuple(spreadsheet_cell(as_text(values[c], t)) for c in CSV_COLUMNS))
    return rows


def to_csv(reports: StatusReport | Iterable[StatusReport], *, lang: str | Translator | None = None) -> str:
    """The tasks of one or more reports as CSV text (CRLF line ends, a header row; no BOM: see :func:`write_csv`)."""
    t = tr(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([heading(c, t) for c in CSV_COLUMNS])
    writer.writerows(csv_rows(reports, t))
    return buffer.getvalue()


def write_csv(path: str | os.PathLike[str], reports: StatusReport | Iterable[StatusReport], *,
              lang: str | Translator | None = None) -> Path:
    """Write :func:`to_csv` to ``path`` as UTF-8 with a BOM (Excel then reads the Vietnamese right)."""
    target = Path(path)
    target.write_text(to_csv(reports, lang=lang), encoding="utf-8-sig", newline="")
    return target
