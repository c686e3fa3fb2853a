"""The plan's numeric targets, as the plan reader found them, judged against actuals.

One target id scheme, used by ``plan.targets``, ``task.targets``, the status report, the command
line and the actuals file: a goal of a task's product cell is ``"<task id>:<n>"`` ("III.5:1"), a
goal of the body is ``"body@<line>:<n>"`` ("body@71:1"; "body@<line>.<k>:<n>" for the k-th sentence
of a line), an alternative adds ``".or<k>"`` (docs/tracker.md, "Targets"). The targets are never
parsed again here. An actuals file for several plans names each row's plan in a ``plan`` column.

Examples:
    >>> from types import SimpleNamespace as NS
    >>> from reformrules import Source, parse_targets
    >>> text = "Mức độ hài lòng đạt trên 84%."
    >>> plan = NS(doc_id="x.txt", targets=parse_targets(text, id_prefix="body@1"), source=Source("x.txt", text))
    >>> rows, problems = plan_targets(plan, {"body@1:1": "85"})
    >>> [(r.id, r.target, r.status) for r in rows], problems
    ([('body@1:1', '> 84%', 'met')], [])
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..diagnostics import Diagnostic, Severity
from ..errors import InputFileError
from ..targets import Actuals, evaluate_targets, load_actuals
from .model import TargetReport


def target_prefix(doc_id: str) -> str:
    """A plan's short name: its file name up to the first "_" (``003_e50….txt`` → ``003``).

    Examples:
        >>> target_prefix("003_e5038761a6850e2f.txt"), target_prefix("ke-hoach-2024.txt")
        ('003', 'ke-hoach-2024')
    """
    stem = Path(doc_id).stem
    return stem.split("_", 1)[0] or stem


def _collapse(text: str, limit: int = 0) -> str:
    text = " ".join(text.split())
    return text if not limit or len(text) <= limit else text[: limit - 1] + "…"


def plan_targets(plan: Any, actuals: Any = None, *, strict: bool = False) -> tuple[tuple[TargetReport, ...], list[Diagnostic]]:
    """Every target of ``plan.targets`` judged against ``actuals`` (None: no figures), with the problems found.

    Rows of ``actuals`` whose ``plan`` column names another plan are left out. ``strict``: a bad
    row raises :class:`~reformrules.errors.InputFileError`.
    """
    sheet = actuals if isinstance(actuals, Actuals) else load_actuals(actuals) if actuals is not None else Actuals(())
    sheet = sheet.for_plan(plan.doc_id)
    if strict:
        bad = [d for d in sheet.diagnostics if d.severity is Severity.ERROR]
        if bad:
            raise InputFileError("; ".join(d.message for d in bad))
    table = evaluate_targets(plan.targets, sheet)
    rows = []
    for verdict in table.verdicts:
        t = verdict.target
        line = plan.source.line_col(t.span.start)[0] if t.span is not None else 0
        rows.append(TargetReport(t.id or "", str(t), verdict.status.value, _collapse(t.subject, 200),
                                 verdict.actual, verdict.margin, verdict.explanation, _collapse(t.text), line))
    return tuple(rows), list(table.diagnostics)
