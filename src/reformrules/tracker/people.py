"""Who a task names, as the plan reader parsed the assignment cell: leads, coordinators, other parties.

The tracker never parses an assignment cell again: a plan read without assignments has none.

Examples:
    >>> from types import SimpleNamespace as NS
    >>> from reformrules import parse_assignment
    >>> task = NS(assignment=parse_assignment("Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ"))
    >>> people(task)
    (('Sở Tư pháp',), ('Sở Nội vụ',), ())
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from ..assignments import Assignment, responsible_now
from ..lexicon.agencies import default_lexicon


def lead_mentions(task: Any, ctx: Any = None) -> tuple[Any, ...]:
    """The lead agencies of a task as the plan reader parsed them (``()`` when it has none)."""
    assignment = getattr(task, "assignment", None)
    return assignment.lead if isinstance(assignment, Assignment) else ()


def people(task: Any) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """``(leads, coordinators, participants)``: canonical names; participants are "<role>: <name>"."""
    assignment = getattr(task, "assignment", None)
    if not isinstance(assignment, Assignment):
        return (), (), ()
    leads = tuple(dict.fromkeys(m.name for m in assignment.lead))
    coordinators = tuple(dict.fromkeys(m.name for m in assignment.coordinators))
    others = tuple(dict.fromkeys(f"{p.role.value}: {p.mention.name}" for p in assignment.others))
    return leads, coordinators, others


def lead_now(task: Any, as_of: date) -> str:
    """Who holds the leads' functions on ``as_of``, for the leads whose agency changed (docs/tracker.md)."""
    changes = [_change(mention.agency_id, mention.name, as_of) for mention in lead_mentions(task) if mention.agency_id]
    return "; ".join(c for c in changes if c)


@lru_cache(maxsize=4096)
def _change(agency_id: str, name: str, as_of: date) -> str:
    """"<name> → <holders> (<status> since …)" when the agency's functions moved by ``as_of``, else ""."""
    held = responsible_now(agency_id, as_of)
    since = f" since {held.since.isoformat()}" if held.since else ""
    if held.status in ("succeeded", "split"):
        names = ", ".join(default_lexicon().agency(i).name for i in held.agency_ids)
        split = "; the holder depends on the task's field" if held.status == "split" else ""
        return f"{name} → {names} ({held.status}{since}{split})"
    if held.status == "abolished":
        return f"{name}: abolished{since}, no successor"
    return ""
