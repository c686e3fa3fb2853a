"""The published JSON Schemas: one per kind of object the commands write, packaged with the library.

Each schema is generated from its dataclass by pydantic (``reformrules.serialize``), given an ``$id``
and the draft it follows, and checked in under ``reformrules/schemas/`` (a test keeps the files equal
to what the code generates). Regenerate them after a change to a model::

    python -c "from reformrules.exports.schemas import main; main()"

Examples:
    >>> sorted(KINDS)
    ['deadline', 'plan-listing', 'status-report', 'target-listing']
    >>> packaged_schema("plan-listing")["$id"]
    'urn:reformrules:schema:plan-listing:1'
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ..serialize import json_schema

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "schemas"
DRAFT = "https://json-schema.org/draft/2020-12/schema"
#: The schema's version in its ``$id``; raise it when a change is not backward compatible.
VERSION = 1

_DESCRIPTIONS = {
    "status-report": "The status of every task of one Vietnamese administrative-reform plan on an as-of date "
                     "(reformrules; docs/tracker.md).",
    "plan-listing": "The tasks of one plan as read, as `reformrules plan --format json` writes them (docs/cli.md).",
    "target-listing": "The numeric targets of one plan and their verdicts, as `reformrules targets --format json` "
                      "writes them (docs/cli.md).",
    "deadline": "One parsed deadline phrase, as `reformrules parse --format json` writes it (docs/deadlines.md).",
}


def _kinds() -> dict[str, type]:
    from ..deadlines.model import Deadline
    from ..tracker.model import StatusReport
    from .listing import PlanListing, TargetListing

    return {"status-report": StatusReport, "plan-listing": PlanListing, "target-listing": TargetListing,
            "deadline": Deadline}


KINDS = tuple(_DESCRIPTIONS)


def schema_for(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``kind`` (one of ``KINDS``), generated from its model."""
    schema = json_schema(_kinds()[kind])
    for definition in [schema, *schema.get("$defs", {}).values()]:
        if "description" in definition:  # the class docstring: keep its first paragraph, not its examples
            definition["description"] = " ".join(definition["description"].split("\n\n")[0].split())
    return {"$schema": DRAFT, "$id": f"urn:reformrules:schema:{kind}:{VERSION}", **schema,
            "description": _DESCRIPTIONS[kind]}


def schema_text(kind: str) -> str:
    """The schema as its packaged file holds it: sorted keys, two-space indent, a final newline."""
    return json.dumps(schema_for(kind), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def schema_path(kind: str) -> Path:
    """Where the packaged schema of ``kind`` is."""
    if kind not in KINDS:
        raise ValueError(f"no schema {kind!r} (choose one of {', '.join(KINDS)})")
    return SCHEMA_DIR / f"{kind}.schema.json"


def packaged_schema(kind: str) -> dict[str, Any]:
    """The packaged schema of ``kind`` (read from the installed package, not generated)."""
    return json.loads(schema_path(kind).read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    """Write every schema into the package (and the status report's into ``docs/schema/`` when given)."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else SCHEMA_DIR
    folder.mkdir(parents=True, exist_ok=True)
    for kind in KINDS:
        (folder / f"{kind}.schema.json").write_text(schema_text(kind), encoding="utf-8")
        print(f"wrote {folder / f'{kind}.schema.json'}")
    return 0
