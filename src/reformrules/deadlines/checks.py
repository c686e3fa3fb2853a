"""Plausibility checks that only add diagnostics: a deadline before the plan was issued, or
before the plan year.

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
