"""Value types of the targets domain: comparators, targets, verdicts, and their canonical strings.

A :class:`Target` is one numeric goal read from a plan ("đạt tối thiểu 78%"): a comparison
(``op``, ``value``, ``upper``, ``unit``), what is measured (``subject``, as written), and, for
relative goals, what it is measured against (``baseline``, ``relative``). Its ``str`` is one
canonical line (docs/targets.md gives the grammar); :func:`parse_canonical` reads it back.

Examples:
    >>> from decimal import Decimal
    >>> str(Target(Comparator.GE, Decimal("78"), unit="%"))
    '>= 78%'
    >>> str(Target(Comparator.RANGE, Decimal("95"), Decimal("100"), unit="%"))
    '95%..100%'
    >>> str(Target(Comparator.GE, Decimal("50"), unit="%", level="tỉnh", implicit=True))
    '>= 50% @tỉnh [implicit]'
    >>> str(parse_canonical('+5pp..+10pp vs "chỉ tiêu được UBND tỉnh giao"'))
    '+5pp..+10pp vs "chỉ tiêu được UBND tỉnh giao"'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from decimal import Decimal
from enum import Enum

from ..diagnostics import Diagnostic
from ..source import Span

PERCENT = "%"


class Comparator(str, Enum):
    """How an actual value is compared with a target's value.

    ``RANGE`` is ``value <= actual <= upper`` (both bounds included). ``UNPARSED`` marks a goal
    that could not be read: it is kept, with a ``target.unparsed`` error, never dropped.
    """

    GE = ">="
    GT = ">"
    LE = "<="
    LT = "<"
    EQ = "=="
    RANGE = "range"
    UNPARSED = "unparsed"


class Relative(str, Enum):
    """How a relative goal relates the actual value to its baseline value.

    - ``DIFFERENCE``: ``actual - baseline`` in the target's unit (percentage points for a rate).
    - ``GROWTH``: ``(actual - baseline) / baseline × 100``, in percent of the baseline.
    - ``RATIO``: ``actual / baseline × 100``, in percent of the baseline.
    """

    DIFFERENCE = "difference"
    GROWTH = "growth"
    RATIO = "ratio"


class VerdictStatus(str, Enum):
    """Whether a target is met by its actual value."""

    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


def format_number(value: Decimal, *, signed: bool = False) -> str:
    """A Decimal in plain notation (never an exponent), with a sign when ``signed``.

    Examples:
        >>> format_number(Decimal("45.8")), format_number(Decimal("1E+2")), format_number(Decimal("5"), signed=True)
        ('45.8', '100', '+5')
    """
    text = format(value, "f")
    if signed and not text.startswith("-"):
        text = "+" + text
    return text


@dataclass(frozen=True, slots=True)
class Target:
    """One numeric goal of a plan.

    Attributes:
        op: the comparison; ``UNPARSED`` when the goal could not be read.
        value: the number (the lower bound of a range); for a relative goal, the signed change
            (or the ratio); ``None`` only when unparsed.
        upper: the upper bound of a range, else ``None``.
        unit: ``"%"``, a count unit as written ("hồ sơ"), or ``None`` when the text has none.
        subject: the measured quantity as written, whitespace collapsed ("" when not stated).
        level: the administrative level of a per-level goal ("tỉnh", "huyện", "xã").
        baseline: what a relative goal is measured against, as written.
        relative: how the actual relates to the baseline, or ``None`` for an absolute goal.
        implicit: the comparison was assumed (bare "đạt X%" read as ``>= X``).
        alternatives: goals that satisfy this one as well ("(hoặc … đạt từ 50% trở lên)").
        id: a stable id ("<prefix>:<n>", alternatives "<id>.or<k>"); see docs/targets.md.
        text: the goal phrase as written ("đạt tối thiểu 78%").
        span: where ``text`` is in the parsed text.
        diagnostics: what was noticed while reading this goal.
    """

    op: Comparator
    value: Decimal | None
    upper: Decimal | None = None
    unit: str | None = None
    subject: str = ""
    level: str | None = None
    baseline: str | None = None
    relative: Relative | None = None
    implicit: bool = False
    alternatives: tuple[Target, ...] = ()
    id: str | None = None
    text: str = ""
    span: Span | None = None
    diagnostics: tuple[Diagnostic, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        _check(self)

    @property
    def is_relative(self) -> bool:
        """True for a goal measured against a baseline ("vượt 5-10% so với chỉ tiêu …").

        Examples:
            >>> parse_canonical('>= +20% vs "năm trước"').is_relative
            True
        """
        return self.relative is not None

    def comparison(self) -> str:
        """The comparison part of the canonical string ("> 84%", "+5pp..+10pp").

        Examples:
            >>> Target(Comparator.GT, Decimal("84"), unit="%").comparison()
            '> 84%'
        """
        if self.op is Comparator.UNPARSED or self.value is None:
            return "unparsed"
        signed = self.relative in (Relative.DIFFERENCE, Relative.GROWTH)
        points = self.relative is Relative.DIFFERENCE and self.unit == PERCENT
        glued = "pp" if points else PERCENT if self.unit == PERCENT else ""
        spaced = f" {self.unit}" if self.unit not in (None, PERCENT) else ""
        low = format_number(self.value, signed=signed) + glued
        if self.op is Comparator.RANGE:
            assert self.upper is not None
            high = format_number(self.upper, signed=signed) + glued
            return f"{low}..{high}{spaced}"
        return f"{self.op.value} {low}{spaced}"

    def __str__(self) -> str:
        parts = [self.comparison()]
        if self.relative is not None:
            word = "of" if self.relative is Relative.RATIO else "vs"
            parts.append(f"{word} {_quote(self.baseline)}")
        if self.level:
            parts.append(f"@{self.level}")
        if self.implicit:
            parts.append("[implicit]")
        return " | ".join([" ".join(parts), *(str(alt) for alt in self.alternatives)])


# The members the checks compare with, bound once: an attribute of an Enum class costs a lookup through
# its metaclass on every access (Python 3.11), and a target is checked every time one is built.
_UNPARSED, _RANGE = Comparator.UNPARSED, Comparator.RANGE
_PERCENT_ONLY = (Relative.GROWTH, Relative.RATIO)


def _check(target: Target) -> None:
    """The invariants of a :class:`Target` (``__post_init__`` and :func:`new_target` apply them)."""
    op, value, upper = target.op, target.value, target.upper
    if op is _UNPARSED:
        if value is not None or upper is not None:
            raise ValueError("an unparsed target has no value")
        return
    if not isinstance(value, Decimal):
        raise TypeError(f"value must be a Decimal, not {type(value).__name__}")
    if op is _RANGE:
        if not isinstance(upper, Decimal) or upper < value:
            raise ValueError("a range needs an upper bound >= its lower bound")
    elif upper is not None:
        raise ValueError(f"only a range has an upper bound, not {op.value!r}")
    relative = target.relative
    if relative is None:
        if target.baseline is not None:
            raise ValueError("a baseline needs a relative kind")
    elif relative in _PERCENT_ONLY and target.unit != PERCENT:
        raise ValueError(f"{relative.value} is measured in '%', not {target.unit!r}")


_new = object.__new__
(_set_op, _set_value, _set_upper, _set_unit, _set_subject, _set_level, _set_baseline, _set_relative, _set_implicit,
 _set_alternatives, _set_id, _set_text, _set_span, _set_diagnostics) = (
    getattr(Target, name).__set__ for name in (
        "op", "value", "upper", "unit", "subject", "level", "baseline", "relative", "implicit", "alternatives", "id",
        "text", "span", "diagnostics"))
assert [f.name for f in fields(Target)] == [
    "op", "value", "upper", "unit", "subject", "level", "baseline", "relative", "implicit", "alternatives", "id",
    "text", "span", "diagnostics"], "new_target sets the fields of Target in their order"


def new_target(op: Comparator, value: Decimal | None, upper: Decimal | None, unit: str | None, subject: str,
               level: str | None, baseline: str | None, relative: Relative | None, implicit: bool,
               alternatives: tuple[Target, ...], id: str | None, text: str, span: Span | None,
               diagnostics: tuple[Diagnostic, ...]) -> Target:
    """``Target(op, value, …)`` with every field given in order: the same value and the same checks,
    built by setting the slots directly (the parser builds one per goal; the frozen dataclass'
    ``__init__`` goes through ``object.__setattr__`` once per field, twice the cost).

    Examples:
        >>> t = new_target(Comparator.GE, Decimal("78"), None, "%", "", None, None, None, False, (), None, "", None, ())
        >>> t == Target(Comparator.GE, Decimal("78"), unit="%"), str(t)
        (True, '>= 78%')
        >>> new_target(Comparator.GE, None, None, "%", "", None, None, None, False, (), None, "", None, ())
        Traceback (most recent call last):
        ...
        TypeError: value must be a Decimal, not NoneType
    """
    target = _new(Target)
    _set_op(target, op)
    _set_value(target, value)
    _set_upper(target, upper)
    _set_unit(target, unit)
    _set_subject(target, subject)
    _set_level(target, level)
    _set_baseline(target, baseline)
    _set_relative(target, relative)
    _set_implicit(target, implicit)
    _set_alternatives(target, alternatives)
    _set_id(target, id)
    _set_text(target, text)
    _set_span(target, span)
    _set_diagnostics(target, diagnostics)
    _check(target)
    return target


def _quote(text: str | None) -> str:
    if text is None:
        return "?"
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _unquote(text: str) -> str | None:
    if text == "?":
        return None
    return re.sub(r"\\(.)", r"\1", text[1:-1])


# The canonical grammar of one target (alternatives are joined with " | " around it).
_NUMBER = r"[+-]?\d+(?:\.\d+)?"
_CANONICAL = re.compile(
    r"^(?:(?P<unparsed>unparsed)"
    rf"|(?P<lo>{_NUMBER})(?P<lo_unit>%|pp)?\.\.(?P<hi>{_NUMBER})(?P<hi_unit>%|pp)?"
    rf"|(?P<op>>=|>|<=|<|==) (?P<value>{_NUMBER})(?P<unit_glued>%|pp)?)"
    r"(?: (?P<unit>(?!vs |of |@|\[implicit\])[^\s@\[|\"]+(?: (?!vs |of )[^\s@\[|\"]+)*))?"
    r'(?: (?P<rel>vs|of) (?P<baseline>\?|"(?:[^"\\]|\\.)*"))?'
    r"(?: @(?P<level>[^\[|]+?))?"
    r"(?P<implicit> \[implicit\])?$"
)


def _split_alternatives(text: str) -> list[str]:
    """``text`` split at " | " outside quoted baselines."""
    parts, start, quoted, i = [], 0, False, 0
    while i < len(text):
        char = text[i]
        if quoted and char == "\\":
            i += 2
            continue
        if char == '"':
            quoted = not quoted
        elif not quoted and text.startswith(" | ", i):
            parts.append(text[start:i])
            start = i + 3
            i += 3
            continue
        i += 1
    parts.append(text[start:])
    return parts


def parse_canonical(text: str) -> Target:
    """Read a canonical target string back into a :class:`Target` (no subject, span or id).

    ``str(parse_canonical(s)) == s`` for every canonical string ``s``. A signed value is a
    change: ``pp`` marks percentage points (``Relative.DIFFERENCE`` on a rate), ``%`` with a
    sign marks growth; ``of "…"`` marks a ratio.

    Raises:
        ValueError: ``text`` is not a canonical target string.

    Examples:
        >>> t = parse_canonical(">= 45.8% @huyện [implicit]")
        >>> t.op.value, t.value, t.unit, t.level, t.implicit
        ('>=', Decimal('45.8'), '%', 'huyện', True)
        >>> parse_canonical("10..20 hồ sơ").unit
        'hồ sơ'
        >>> str(parse_canonical(">= 30% | >= 50%").alternatives[0])
        '>= 50%'
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    first, *others = _split_alternatives(text)
    match = _CANONICAL.match(first)
    if match is None:
        raise ValueError(f"not a canonical target: {first!r}")
    alternatives = tuple(parse_canonical(other) for other in others)
    groups = match.groupdict()
    level = groups["level"]
    implicit = groups["implicit"] is not None
    if groups["unparsed"]:
        return Target(Comparator.UNPARSED, None, level=level, implicit=implicit, alternatives=alternatives)
    glued = groups["lo_unit"] or groups["hi_unit"] or groups["unit_glued"]
    unit = PERCENT if glued else groups["unit"]
    raw = groups["lo"] or groups["value"]
    signed = raw[0] in "+-"
    relative = None
    baseline = None
    if groups["rel"] == "of":
        relative = Relative.RATIO
    elif groups["rel"] == "vs":
        relative = Relative.DIFFERENCE if glued == "pp" or glued is None else Relative.GROWTH
    elif signed or glued == "pp":
        raise ValueError(f"a signed value needs a baseline: {first!r}")
    if relative in (Relative.DIFFERENCE, Relative.GROWTH) and not signed:
        raise ValueError(f"a change against a baseline is signed: {first!r}")
    if relative is not None:
        baseline = _unquote(groups["baseline"])
    if groups["lo"] is not None:
        return Target(
            Comparator.RANGE, Decimal(groups["lo"]), Decimal(groups["hi"]), unit=unit, level=level,
            baseline=baseline, relative=relative, implicit=implicit, alternatives=alternatives,
        )
    return Target(
        Comparator(groups["op"]), Decimal(groups["value"]), unit=unit, level=level, baseline=baseline,
        relative=relative, implicit=implicit, alternatives=alternatives,
    )


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether one target is met by its actual value, by how much, and why.

    ``margin`` is how far the actual is on the good side of the nearest bound, in the target's
    unit (negative: missed by that much; ``0`` on the bound); ``None`` when unknown. The ``str``
    rounds a margin with more than 4 decimal places; the field keeps it exact.

    Examples:
        >>> t = Target(Comparator.GE, Decimal("78"), unit="%")
        >>> str(Verdict(t, VerdictStatus.MET, Decimal("80.2"), Decimal("2.2"), "80.2 >= 78"))
        'met (+2.2)'
    """

    target: Target
    status: VerdictStatus
    actual: Decimal | None = None
    margin: Decimal | None = None
    explanation: str = ""
    baseline: Decimal | None = None
    diagnostics: tuple[Diagnostic, ...] = field(default=(), compare=False)
    alternatives: tuple[Verdict, ...] = ()

    @property
    def target_id(self) -> str | None:
        """The id of the judged target."""
        return self.target.id

    def __str__(self) -> str:
        if self.margin is None:
            return self.status.value
        margin = self.margin
        if -margin.as_tuple().exponent > _SHOWN_PLACES:  # type: ignore[operator]
            margin = margin.quantize(Decimal(1).scaleb(-_SHOWN_PLACES))
        return f"{self.status.value} ({format_number(margin, signed=True)})"


_SHOWN_PLACES = 4  # a verdict's str rounds a long margin (a growth of 1/3) to 4 decimal places


@dataclass(frozen=True, slots=True)
class VerdictTable:
    """One verdict per target, plus the problems found in the actuals (one diagnostic per row).

    Examples:
        >>> t = Target(Comparator.GE, Decimal("78"), unit="%", id="T:1")
        >>> table = VerdictTable((Verdict(t, VerdictStatus.MET, Decimal("80"), Decimal("2")),))
        >>> str(table)
        '1 met, 0 not_met, 0 unknown; 0 problems'
        >>> table.get("T:1").status.value
        'met'
    """

    verdicts: tuple[Verdict, ...]
    diagnostics: tuple[Diagnostic, ...] = ()

    def __str__(self) -> str:
        counts = {status: 0 for status in VerdictStatus}
        for verdict in self.verdicts:
            counts[verdict.status] += 1
        summary = ", ".join(f"{n} {status.value}" for status, n in counts.items())
        return f"{summary}; {len(self.diagnostics)} problems"

    def get(self, target_id: str) -> Verdict | None:
        """The verdict of a target id, or ``None``."""
        for verdict in self.verdicts:
            if verdict.target.id == target_id:
                return verdict
        return None

    def with_status(self, status: VerdictStatus | str) -> tuple[Verdict, ...]:
        """The verdicts that have a given status.

        Examples:
            >>> VerdictTable(()).with_status("met")
            ()
        """
        wanted = VerdictStatus(status)
        return tuple(v for v in self.verdicts if v.status is wanted)

    def render(self) -> str:
        """A plain-text report: one line per target, then one line per problem.

        Examples:
            >>> t = Target(Comparator.GT, Decimal("84"), unit="%", id="003:1", subject="Mức độ hài lòng")
            >>> print(VerdictTable((Verdict(t, VerdictStatus.NOT_MET, Decimal("84"), Decimal("0"), "84 is not > 84"),)).render())
            003:1  > 84%  not_met (+0)  Mức độ hài lòng: 84 is not > 84
        """
        lines = []
        for verdict in self.verdicts:
            subject = verdict.target.subject or "(no subject)"
            lines.append(f"{verdict.target.id}  {verdict.target}  {verdict}  {subject}: {verdict.explanation}")
        lines.extend(str(diagnostic) for diagnostic in self.diagnostics)
        return "\n".join(lines)
