"""What ``reformrules plan`` and ``reformrules targets`` print: a plan's tasks, a plan's targets.

Each is a dataclass with a published JSON Schema (:mod:`.schemas`), so that every command writes
one JSON shape per kind of object: a task of a plan (:class:`PlanTask`), a plan's listing
(:class:`PlanListing`), a target with its verdict (``TargetReport``, the same object as in a status
report's ``targets``), the targets of a plan (:class:`TargetListing`).

Examples:
    >>> from reformrules.plans import read_plan
    >>> listing = plan_listing(read_plan("examples/plans/004_507df5ea52532140.txt"))
    >>> row = listing.tasks[0]
    >>> row.id, row.name, row.deadline_text, row.due, row.lead
    ('I.1', 'Ban hành Kế hoạch CCHC thị xã Ninh Hòa năm 2022', 'Tháng 01/2022', datetime.date(2022, 1, 31), 'Phòng Nội vụ')
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..i18n import Translator
from ..serialize import to_data
from ..tracker.model import TargetReport
from .rows import as_text
from .safety import spreadsheet_cell
from .wording import heading, tr


@dataclass(frozen=True, slots=True)
class PlanTask:
    """One task of a plan as read: id, where it is, its name (content), deadline and lead agencies.

    ``deadline`` is the canonical rule ("within 2018Q1", "" when none); ``deadline_text`` the cell
    as written; ``start``/``due`` the flat dates (named as in a status report's task) of the rule, when it has them.
    """

    id: str
    line: int
    section: str
    name: str
    deadline: str
    deadline_text: str
    start: date | None
    due: date | None
    lead: str


@dataclass(frozen=True, slots=True)
class PlanListing:
    """The tasks of one plan, as ``reformrules plan`` gives them (``plan`` is the header line)."""

    plan: str
    doc_id: str
    tasks: tuple[PlanTask, ...]


@dataclass(frozen=True, slots=True)
class TargetListing:
    """The numeric targets of one plan and their verdicts, as ``reformrules targets`` gives them."""

    plan: str
    targets: tuple[TargetReport, ...]


def plan_listing(plan: Any) -> PlanListing:
    """The tasks of ``plan`` (a ``Plan``) as a :class:`PlanListing`."""
    from ..tracker.status import lead_mentions

    rows = []
    for task in plan.tasks:
        deadline = task.deadline
        rows.append(PlanTask(
            task.id, task.line, task.section.number, " ".join(task.content.text.split()),
            str(deadline.rule) if deadline is not None else "",
            " ".join(task.deadline_cell.text.split()) if task.deadline_cell else "",
            deadline.start if deadline is not None else None, deadline.due if deadline is not None else None,
            "; ".join(m.name for m in lead_mentions(task, plan.context))))
    return PlanListing(str(plan), plan.doc_id, tuple(rows))


def listing_json(value: PlanListing | Sequence[PlanListing] | None) -> str:
    """One listing as a JSON object, several as an array (``null`` for none)."""
    data = None if value is None else to_data(value) if isinstance(value, PlanListing) else [to_data(v) for v in value]
    return json.dumps(data, ensure_ascii=False, indent=2)


_PLAN_COLUMNS = ("plan", "id", "name", "line", "section", "deadline_text", "deadline", "start", "due", "lead")


def listing_csv(listings: Sequence[PlanListing], lang: str | Translator | None = None) -> str:
    """The tasks of the listings as CSV (headed in ``lang``; cells neutralised for spreadsheets)."""
    t = tr(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([heading(c, t) for c in _PLAN_COLUMNS])
    for item in listings:
        for r in item.tasks:
            values = (item.doc_id, r.id, r.name, r.line, r.section, r.deadline_text, r.deadline, r.start,
                      r.due, r.lead)
            writer.writerow([spreadsheet_cell(as_text(v, t)) for v in values])
    return buffer.getvalue()


def targets_json(value: dict[str, Any] | Sequence[dict[str, Any]] | None) -> str:
    """The targets of one plan (an object) or of several (an array) as :class:`TargetListing` JSON."""
    def one(item: dict[str, Any]) -> Any:
        return to_data(TargetListing(item["plan"], tuple(item["targets"])))

    data = None if value is None else one(value) if isinstance(value, dict) else [one(v) for v in value]
    return json.dumps(data, ensure_ascii=False, indent=2)
