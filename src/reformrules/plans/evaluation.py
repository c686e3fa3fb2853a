"""A plan's targets judged against submitted actuals.

Examples:
    >>> from reformrules.plans import read_plan
    >>> plan = read_plan("examples/plans/000_56be073c6998dd9f.txt")
    >>> table = evaluate_plan(plan, {"body@138:1": "80.5", "body@89:1": "6"})
    >>> [(v.target.id, v.status.value) for v in table.verdicts if v.status.value != "unknown"]
    [('body@89:1', 'not_met'), ('body@138:1', 'met')]
"""

from __future__ import annotations

from typing import Any, Mapping

from ..targets import Actuals, VerdictTable, evaluate_targets
from .model import Plan


def evaluate_plan(plan: Plan, actuals: Actuals | Mapping[str, Any] | str) -> VerdictTable:
    """Every target of ``plan`` (body sentences and product cells) against ``actuals``.

    ``actuals`` is anything ``reformrules.targets.load_actuals`` accepts: a mapping, or the path
    of a CSV or JSON file, keyed by target id ("body@138:1", "II.5:1") or subject as written.
    Bad rows are reported in the table's diagnostics; the other rows are still evaluated.
    """
    return evaluate_targets(plan.targets, actuals)
