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
from ..dates import PLAUSIBLE_YEARS_AHEAD, UNIT_NAMES, out_of_domain
from ..dates import plausibility as dates_plausibility
from ..diagnostics import Code, Diagnostic, Severity
from ..source import Span
from .model import After, By, From, Recurring, Rule, Within, builder, walk

_DIAGNOSTIC = builder(Diagnostic)  # built often (half the deadlines of an old plan are before its issue)
# The codes and severities read once: a member read from an Enum class costs five plain attribute reads.
_BEFORE_ISSUE, _BEFORE_PLAN_YEAR = Code.DEADLINE_BEFORE_ISSUE, Code.DEADLINE_BEFORE_PLAN_YEAR
_WARNING, _INFO = Severity.WARNING, Severity.INFO
from .resolve import event_date, flat_dates


def plausibility(due: date | None, ctx: PlanContext | None, span: Span | None) -> list[Diagnostic]:
    """``deadline.before_issue`` (warning) or, failing that, ``deadline.before_plan_year`` (info)."""
    if due is None or ctx is None:
        return []
    if ctx.issued is not None and due < ctx.issued:
        return [_before_issue(due, ctx.issued, span)]
    if ctx.plan_year is not None and due.year < ctx.plan_year:
        return [_before_plan_year(due, ctx.plan_year, span)]
    return []


def _before_issue(due: date, issued: date, span: Span | None) -> Diagnostic:
    day, issued_day = due.isoformat(), issued.isoformat()
    return _DIAGNOSTIC(_BEFORE_ISSUE, _WARNING,
                       f"due {day}, before the plan was issued ({issued_day})", span,
                       (("due", day), ("issued", issued_day)))


def _before_plan_year(due: date, year: int, span: Span | None) -> Diagnostic:
    day = due.isoformat()
    return _DIAGNOSTIC(_BEFORE_PLAN_YEAR, _INFO, f"due {day}, before the plan year {year}", span,
                       (("due", day), ("plan_year", str(year))))


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
        if (isinstance(part, After) and part.condition.kind == "issued") or (isinstance(part, From) and part.start is None and not part.until_only):
            return (Diagnostic(Code.DEADLINE_MISSING_CONTEXT, Severity.WARNING,
                               "counts from the plan's issue date, which the context does not give (PlanContext.issued)",
                               span),)
    return ()


def domain_checks(rule: Rule, start: date | None, due: date | None, ctx: PlanContext | None,
                  span: Span | None) -> list[Diagnostic]:
    """The date-domain findings of a parsed rule (reformrules.dates): a counted period whose end
    leaves 1900-2200 (``deadline.out_of_range``, an error: its due stays None), a due date far
    from the plan's year and a start after its due date (warnings).

    Examples:
        >>> from reformrules.deadlines.model import After, Condition, Offset
        >>> rule = After(Condition("issued", ""), Offset(99999, "y"))
        >>> [d.code.value for d in domain_checks(rule, None, None, PlanContext(2022, date(2022, 1, 21)), None)]
        ['deadline.out_of_range']
    """
    return _out_of_domain(rule, due, ctx, span) + dates_plausibility(due, start, ctx, span)


def _out_of_domain(rule: Rule, due: date | None, ctx: PlanContext | None, span: Span | None) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for part in walk(rule):
        kind = type(part)  # the rule values are final classes: a type test, not isinstance
        # "trước ngày 1/1/1900": the day before leaves the domain (a plain limit is due on its last day)
        if kind is By:
            if part.strict and flat_dates(part, ctx)[1] is None:
                found.append(out_of_domain(f"the day before {part.limit.start}", span))
        elif kind is After and part.offset is not None:
            anchor = event_date(part.condition, ctx, None)
            if anchor is not None and (due if part is rule else flat_dates(part, ctx)[1]) is None:
                found.append(out_of_domain(f"{part.offset.amount} {UNIT_NAMES[part.offset.unit]} after {anchor}", span))
    return found


def findings(rule: Rule, start: date | None, due: date | None, ctx: PlanContext | None,
             span: Span | None) -> list[Diagnostic]:
    """Every check a parsed phrase gets, in order: ``plausibility``, ``domain_checks`` and
    ``missing_issue_date``: the same findings, each check run only where it can find something (the
    guards below only decide whether to ask; the checks decide what to report).

    Examples:
        >>> from reformrules.deadlines.model import After, Condition, Offset
        >>> [d.code.value for d in findings(After(Condition("issued", ""), Offset(30, "d")), None, None, None, None)]
        ['deadline.missing_context']
    """
    kind = type(rule)
    issued = None if ctx is None else ctx.issued
    found = plausibility(due, ctx, span)
    if kind is not Within and kind is not From and kind is not Recurring and (kind is not By or rule.strict):
        found += _out_of_domain(rule, due, ctx, span)  # a strict limit or a counted period may leave the domain
    if due is not None:  # both dates checks need a due date
        base = None if ctx is None else ctx.plan_year if ctx.plan_year is not None else (
            issued.year if issued is not None else None)
        if (base is not None and due.year > base + PLAUSIBLE_YEARS_AHEAD) or (start is not None and start > due):
            found += dates_plausibility(due, start, ctx, span, _DIAGNOSTIC)
    if issued is None and kind is not Within and kind is not By and kind is not Recurring:
        found += missing_issue_date(rule, ctx, span)  # only a start or a condition counts from the issue date
    return found
