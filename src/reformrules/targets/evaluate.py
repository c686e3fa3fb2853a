"""The comparison semantics: is a target met by its actual value, and by how much.

All arithmetic is on ``Decimal``; boundaries are exact: ``>= 78`` is met by 78, ``> 84`` is not
met by 84, a range is met on both of its bounds. A relative target compares a change with its
baseline value (docs/targets.md): ``DIFFERENCE`` is ``actual - baseline`` (percentage points
for a rate), ``GROWTH`` is ``(actual - baseline) / baseline × 100``, ``RATIO`` is
``actual / baseline × 100``. What cannot be decided is ``unknown`` with a reason, never a guess.

Examples:
    >>> from reformrules.targets.parser import parse_targets
    >>> above = parse_targets("đạt trên 84%")[0]
    >>> str(evaluate(above, 84)), str(evaluate(above, "84,5"))
    ('not_met (+0)', 'met (+0.5)')
    >>> str(evaluate(parse_targets("đạt tối thiểu 78%")[0], Decimal("78.0")))
    'met (+0.0)'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from ..diagnostics import Code, Diagnostic, error
from ..text.fold import fold
from .actuals import Actual, Actuals, load_actuals, read_value
from .model import PERCENT, Comparator, Relative, Target, Verdict, VerdictStatus, VerdictTable, format_number

_HUNDRED = Decimal(100)
Number = Decimal | int | float | str


def _met_and_margin(target: Target, measured: Decimal) -> tuple[bool, Decimal]:
    """Whether ``measured`` satisfies the comparison, and its margin (>= 0 on the good side)."""
    value = target.value
    assert value is not None
    op = target.op
    if op is Comparator.GE:
        return measured >= value, measured - value
    if op is Comparator.GT:
        return measured > value, measured - value
    if op is Comparator.LE:
        return measured <= value, value - measured
    if op is Comparator.LT:
        return measured < value, value - measured
    if op is Comparator.EQ:
        return measured == value, -abs(measured - value)
    assert op is Comparator.RANGE and target.upper is not None
    return value <= measured <= target.upper, min(measured - value, target.upper - measured)


def _show(value: Decimal, target: Target, *, signed: bool = False) -> str:
    unit = target.unit or ""
    if target.relative is Relative.DIFFERENCE and unit == PERCENT:
        unit = "pp"
    elif unit and unit != PERCENT:
        unit = " " + unit
    if target.relative is Relative.GROWTH:
        unit = PERCENT
    return format_number(value, signed=signed) + unit


def _unknown(target: Target, reason: str, actual: Decimal | None = None, baseline: Decimal | None = None,
             diagnostics: tuple[Diagnostic, ...] = ()) -> Verdict:
    return Verdict(target, VerdictStatus.UNKNOWN, actual, None, reason, baseline, diagnostics)


def evaluate(
    target: Target,
    actual: Number | None,
    *,
    baseline: Number | None = None,
    alternative_actuals: Sequence[Number | None] = (),
) -> Verdict:
    """Judge one target against its actual value.

    Args:
        target: a parsed target.
        actual: the measured value (``Decimal``, ``int``, float or a number as text, "86,2%");
            ``None`` when not submitted.
        baseline: the baseline's value, needed by a relative target ("chỉ tiêu được giao").
        alternative_actuals: actual values of ``target.alternatives``, in order; the target is
            met when it or any alternative is met.

    Returns:
        A :class:`Verdict`: ``met``/``not_met`` with the margin, or ``unknown`` with the reason
        (no actual, no baseline value, unparsed target, a unit that differs, a share outside
        0..100 with a ``verdict.bad_actual`` diagnostic).

    Raises:
        TypeError: ``actual`` or ``baseline`` is a bool or not a number/str.
        ValueError: ``actual`` or ``baseline`` is a str that is not a number.

    Examples:
        >>> from reformrules.targets.parser import parse_targets
        >>> t = parse_targets("Tỷ lệ hồ sơ trực tuyến vượt 5-10% so với chỉ tiêu được UBND tỉnh giao")[0]
        >>> str(t)
        '>= +5pp vs "chỉ tiêu được UBND tỉnh giao" [implicit]'
        >>> evaluate(t, 34).explanation
        'needs the value of "chỉ tiêu được UBND tỉnh giao"'
        >>> v = evaluate(t, 42, baseline=30)
        >>> str(v), v.explanation
        ('met (+7)', "+12pp (42 against 30) meets >= +5pp by 7 (comparison assumed: 'vượt 5-10% so với chỉ tiêu được UBND tỉnh giao')")
        >>> g = parse_targets("số hồ sơ trực tuyến mỗi năm tăng tối thiểu 20%")[0]
        >>> str(g), str(evaluate(g, 130, baseline=100))
        ('>= +20% vs "năm trước"', 'met (+10)')
    """
    primary = _evaluate_one(target, actual, baseline)
    if not target.alternatives:
        return primary
    others = []
    for k, alternative in enumerate(target.alternatives):
        value = alternative_actuals[k] if k < len(alternative_actuals) else None
        others.append(_evaluate_one(alternative, value, None))
    return _combine(primary, tuple(others))


def _combine(primary: Verdict, others: tuple[Verdict, ...]) -> Verdict:
    """Met when any is met; else unknown when any is unknown; else not met."""
    everyone = (primary, *others)
    met = [v for v in everyone if v.status is VerdictStatus.MET]
    if met:
        best = met[0]
        status, margin = VerdictStatus.MET, best.margin
        which = "the goal" if best is primary else f"alternative {best.target.id or others.index(best) + 1}"
        reason = f"{which} is met: {best.explanation}"
    elif any(v.status is VerdictStatus.UNKNOWN for v in everyone):
        status, margin = VerdictStatus.UNKNOWN, None
        reason = "; ".join(f"{'goal' if v is primary else 'alternative'}: {v.explanation}" for v in everyone)
    else:
        status, margin = VerdictStatus.NOT_MET, primary.margin
        reason = "neither the goal nor its alternatives are met: " + "; ".join(v.explanation for v in everyone)
    diagnostics = tuple(d for v in everyone for d in v.diagnostics)
    return Verdict(primary.target, status, primary.actual, margin, reason, primary.baseline, diagnostics, others)


def _evaluate_one(target: Target, actual: Number | None, baseline: Number | None) -> Verdict:
    if target.op is Comparator.UNPARSED or target.value is None:
        return _unknown(target, "the target could not be read")
    if actual is None:
        return _unknown(target, "no actual value submitted")
    value, unit = read_value(actual)
    base = read_value(baseline)[0] if baseline is not None else None
    growth_or_ratio = target.relative in (Relative.GROWTH, Relative.RATIO)  # the actual is the quantity itself
    if unit is not None and not growth_or_ratio and unit != (target.unit or unit):
        diagnostic = error(Code.VERDICT_UNIT_MISMATCH, f"the actual is in {unit!r} but the target in {target.unit!r}")
        return _unknown(target, f"unit {unit!r} differs from the target's {target.unit!r}", value, base, (diagnostic,))
    problem = _out_of_range(target, value, "the actual") or (
        _out_of_range(target, base, "the baseline") if base is not None else ""
    )
    if problem:
        return _unknown(target, problem, value, base, (error(Code.VERDICT_BAD_ACTUAL, problem),))
    if target.relative is None:
        measured = value
        shown = _show(value, target)
    elif base is None:
        return _unknown(target, f'needs the value of "{target.baseline}"' if target.baseline else
                        "needs a baseline value (the text does not say which)", value)
    else:
        measured, why = _relative(target, value, base)
        if measured is None:
            return _unknown(target, why, value, base)
        shown = f"{_show(measured, target, signed=target.relative is not Relative.RATIO)} ({why})"
    met, margin = _met_and_margin(target, measured)
    status = VerdictStatus.MET if met else VerdictStatus.NOT_MET
    verb = "meets" if met else "misses"
    gap = f"by {format_number(abs(margin))}" if margin else "on the bound"
    explanation = f"{shown} {verb} {target.comparison()} {gap}"
    if target.implicit:
        explanation += f" (comparison assumed: {target.text!r})" if target.text else " (comparison assumed)"
    return Verdict(target, status, value, margin, explanation, base)


def _out_of_range(target: Target, value: Decimal, what: str) -> str:
    """A share must lie in 0..100; a count must not be negative."""
    share = target.unit == PERCENT and target.relative in (None, Relative.DIFFERENCE)
    if share and not Decimal(0) <= value <= _HUNDRED:
        return f"{what} {format_number(value)} is not a percentage between 0 and 100"
    if not share and value < 0 and target.unit is not None:
        return f"{what} {format_number(value)} is negative"
    return ""


def _relative(target: Target, value: Decimal, base: Decimal) -> tuple[Decimal | None, str]:
    shown = f"{format_number(value)} against {format_number(base)}"
    if target.relative is Relative.DIFFERENCE:
        return value - base, shown
    if base == 0:
        return None, f"the baseline value is 0, so {target.relative.value if target.relative else ''} is undefined"
    if target.relative is Relative.GROWTH:
        return (value - base) * _HUNDRED / base, shown
    return value * _HUNDRED / base, shown


def _key(text: str) -> str:
    return " ".join(fold(text).split()).strip(" .;,:")


def _index(targets: Sequence[Target]) -> tuple[dict[str, tuple[int, int]], dict[str, list[tuple[int, int]]]]:
    """Targets by id and by folded subject ("subject" and "subject @level"): (target, alternative+1)."""
    by_id: dict[str, tuple[int, int]] = {}
    by_subject: dict[str, list[tuple[int, int]]] = {}
    for t_index, target in enumerate(targets):
        for k, member in enumerate((target, *target.alternatives)):
            if member.id is not None:
                if member.id in by_id:
                    raise ValueError(f"two targets share the id {member.id!r}; give each parse its own id_prefix")
                by_id[member.id] = (t_index, k)
            if member.subject:
                by_subject.setdefault(_key(member.subject), []).append((t_index, k))
                if member.level:
                    by_subject.setdefault(_key(f"{member.subject} @{member.level}"), []).append((t_index, k))
    return by_id, by_subject


def evaluate_targets(
    targets: Iterable[Target],
    actuals: Actuals | Mapping[str, Any] | str,
) -> VerdictTable:
    """Judge every target against the actuals; one verdict per target, problems per row.

    Args:
        targets: parsed targets (their ids must be unique).
        actuals: an :class:`Actuals` from :func:`load_actuals`, or anything it accepts (a
            mapping, a ``.csv``/``.json`` path). Keys are target ids, alternative ids
            ("<id>.or1") or subjects as written (optionally "<subject> @<level>").

    Returns:
        A :class:`VerdictTable`. A target without a usable actual is ``unknown`` with the
        reason. Rows with an unreadable value (``verdict.bad_actual``), a key that names no
        target or several (``verdict.unknown_target``), or a second figure for the same target
        (``verdict.duplicate_actual``) are reported one diagnostic each; the other rows are
        still evaluated.

    Raises:
        ValueError: two targets share an id.

    Examples:
        >>> from reformrules.targets.parser import parse_targets
        >>> ts = parse_targets("Mức độ hài lòng đạt trên 84%; tỷ lệ hồ sơ trễ hạn dưới 2%", id_prefix="003")
        >>> table = evaluate_targets(ts, {"003:1": "86", "tỷ lệ hồ sơ trễ hạn": "2", "003:9": "1"})
        >>> [str(v) for v in table.verdicts]
        ['met (+2)', 'not_met (+0)']
        >>> print(table.diagnostics[0].message)
        <mapping> row 3 (key '003:9'): names no target
    """
    targets = tuple(targets)
    sheet = actuals if isinstance(actuals, Actuals) else load_actuals(actuals)
    by_id, by_subject = _index(targets)
    diagnostics = list(sheet.diagnostics)
    rows_for: dict[tuple[int, int], list[Actual]] = {}
    for row in sheet.rows:
        hit = by_id.get(row.key)
        if hit is None:
            matches = by_subject.get(_key(row.key), [])
            if len(matches) != 1:
                why = "names no target" if not matches else f"matches {len(matches)} targets; use a target id"
                diagnostics.append(error(Code.VERDICT_UNKNOWN_TARGET, f"{row.where}: {why}", row=row.row, key=row.key))
                continue
            hit = matches[0]
        rows_for.setdefault(hit, []).append(row)
    verdicts = []
    for t_index, target in enumerate(targets):
        members = (target, *target.alternatives)
        picked: list[Actual | None] = []
        for k, member in enumerate(members):
            rows = rows_for.get((t_index, k), [])
            if len(rows) > 1:
                where = ", ".join(r.where for r in rows)
                diagnostics.append(error(Code.VERDICT_DUPLICATE_ACTUAL,
                                         f"{len(rows)} actuals for target {member.id}: {where}; none used",
                                         key=member.id or ""))
            picked.append(rows[0] if len(rows) == 1 else None)
        verdict = _judge(target, picked, rows_for.get((t_index, 0), []))
        for diagnostic in verdict.diagnostics:
            row = picked[0]
            where = row.where if row is not None else f"target {target.id}"
            diagnostics.append(replace(diagnostic, message=f"{where}: {diagnostic.message}"))
        verdicts.append(verdict)
    return VerdictTable(tuple(verdicts), tuple(diagnostics))


def _judge(target: Target, picked: list[Actual | None], primary_rows: list[Actual]) -> Verdict:
    """The verdict of one target from its chosen rows (None: missing, duplicated or unreadable)."""
    row = picked[0]
    if row is None or row.value is None:
        if len(primary_rows) > 1:
            reason = f"{len(primary_rows)} actuals submitted ({', '.join(r.where for r in primary_rows)})"
        elif row is not None and row.problem:
            reason = f"{row.where}: {row.problem}"
        elif row is not None:
            reason = f"{row.where} has no value"
        else:
            reason = "no actual value submitted"
        if not target.alternatives:
            return _unknown(target, reason)
        return _combine(_unknown(target, reason), tuple(
            _evaluate_one(alt, _number(picked[k + 1]), None) for k, alt in enumerate(target.alternatives)))
    actual = row.value if row.unit is None else f"{format_number(row.value)} {row.unit}"
    return evaluate(target, actual, baseline=row.baseline,
                    alternative_actuals=[_number(p) for p in picked[1:]])


def _number(row: Actual | None) -> str | None:
    if row is None or row.value is None:
        return None
    return format_number(row.value) if row.unit is None else f"{format_number(row.value)} {row.unit}"
