"""Checks that only add diagnostics: a deadline before the plan was issued or before the plan
year, and a rule that counts from an issue date the context lacks.

Examples:
    >>> from datetime import date
    >>> from reformrules import PlanContext
    >>> [d.code.value for d in plausibility(date(2021, 3, 31), PlanContext(2022, date(2022, 1, 21)), None)]
    ['deadline.before_issue']
"""

from __future__ import annotations

from datetime import date

from ..context import PlanContext
from ..diagnostics import Code, Diagnostic, Severity
from ..source import Span
from .model import After, From, Rule, walk


def plausibility(due: date | None, ctx: PlanContext | None, span: Span | None) -> list[Diagnostic]:
    """``deadline.before_issue`` (warning) or, failing that, ``deadline.before_plan_year`` (info)."""
    if due is None or ctx is None:
        return []
    if ctx.issued is not None and due < ctx.issued:
        return [Diagnostic(Code.DEADLINE_BEFORE_ISSUE, Severity.WARNING,
                           f"due {due}, before the plan was issued ({ctx.issued})", span,
                           (("due", str(due)), ("issued", str(ctx.issued))))]
    if ctx.plan_year is not None and due.year < ctx.plan_year:
        return [Diagnostic(Code.DEADLINE_BEFORE_PLAN_YEAR, Severity.INFO,
                           f"due {due}, before the plan year {ctx.plan_year}", span,
                           (("due", str(due)), ("plan_year", str(ctx.plan_year))))]
    return []


def missing_issue_date(rule: Rule, ctx: PlanContext | None, span: Span | None) -> tuple[Diagnostic, ...]:
    """``deadline.missing_context`` (warning) when the rule counts from the plan's issue date
    ("trong vòng 30 ngày kể từ ngày ban hành", "từ nay đến …") and the context has none.

    Examples:
        >>> from reformrules.deadlines.model import After, Condition, Offset
        >>> [d.message for d in missing_issue_date(After(Condition("issued", ""), Offset(30, "d")), None, None)]
        ["counts from the plan's issue date, which the context does not give (PlanContext.issued)"]
    """
    if ctx is not None and ctx.issued is not None:
        return ()
    for part in walk(rule):
        if (isinstance(part, After) and part.condition.kind == "issued") or (isinstance(part, From) and part.start is None):
            return (Diagnostic(Code.DEADLINE_MISSING_CONTEXT, Severity.WARNING,
                               "counts from the plan's issue date, which the context does not give (PlanContext.issued)",
                               span),)
    return ()
