"""Status reports as JSON, and the published JSON Schema other services validate them with.

The schema is generated from the report's dataclasses by pydantic (``reformrules.serialize``),
packaged as ``reformrules/schemas/status-report.schema.json`` with the other kinds' schemas
(:mod:`.schemas`) and checked in as ``docs/schema/status-report.schema.json`` too; a test keeps the
files equal to what the code generates. Each definition's description is the first paragraph of its class docstring.
Regenerate the file after a change to the tracker's model::

    python -c "from reformrules.exports.json_export import main; main()"

Examples:
    >>> schema = status_report_schema()
    >>> schema["title"], schema["$schema"], sorted(schema["required"])
    ('StatusReport', 'https://json-schema.org/draft/2020-12/schema', ['as_of', 'due_soon_days', 'plan', 'tasks'])
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

from ..serialize import to_data, to_json
from ..tracker.model import StatusReport

#: Where the published schema lives in the repository.
SCHEMA_PATH = "docs/schema/status-report.schema.json"


def status_report_schema() -> dict:
    """The JSON Schema (draft 2020-12) of one status report as :func:`report_to_json` writes it.

    Examples:
        >>> sorted(status_report_schema()["$defs"]["TaskStatus"]["enum"])[:3]
        ['done', 'done_late', 'due_soon']
        >>> status_report_schema()["$id"]
        'urn:reformrules:schema:status-report:1'
    """
    from .schemas import schema_for

    return schema_for("status-report")


def schema_text() -> str:
    """The schema as the checked-in file holds it: sorted keys, two-space indent, a final newline."""
    return json.dumps(status_report_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def report_to_json(report: StatusReport, *, indent: int | None = 2) -> str:
    """One report as JSON text (dates ISO, numbers from ``Decimal`` as strings, enums as their values).

    Examples:
        >>> from datetime import date
        >>> from reformrules.tracker import PlanSummary
        >>> report_to_json(StatusReport(PlanSummary("x.txt"), date(2022, 3, 25), 5, ()), indent=None)[:60]
        '{"plan":{"doc_id":"x.txt","number":null,"issuer":null,"title'
    """
    return to_json(report, indent=indent)


def reports_to_json(reports: Iterable[StatusReport], *, indent: int | None = 2) -> str:
    """Several reports as one JSON array (each item valid against the schema).

    Examples:
        >>> reports_to_json([])
        '[]'
    """
    return json.dumps([to_data(r) for r in reports], ensure_ascii=False, indent=indent)


def main(argv: list[str] | None = None) -> int:
    """Write the schema to the path given (default: ``docs/schema/status-report.schema.json``)."""
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0] if args else SCHEMA_PATH)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {path}")
    return 0

