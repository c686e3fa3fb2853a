"""Deadline values: windows, offsets, conditions, the rule algebra, and the parsed Deadline.

Every value is a frozen dataclass with a one-line canonical ``str``. Rules say what is written;
dates for scripts (``Deadline.start``/``Deadline.due``) come from ``resolve.py``.

Examples:
    >>> str(Window.quarter(2018, 2)), str(Window.half(2022, 1)), str(Window.years(2023, 2024))
    ('2018Q2', '2022H1', '2023..2024')
    >>> str(AnyOf((Within(Window.quarter(2022, 1)), After(Condition("event", "UBND tỉnh triển khai")))))
    'any(within 2022Q1 | after "UBND tỉnh triển khai")'
    >>> str(After(Condition("issued", ""), Offset(30, "d")))
    '+30d after issued'
"""

from __future__ import annotations

import calendar
from dataclasses import MISSING, dataclass, field, replace
from functools import lru_cache
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Literal, Mapping, Union

from ..context import PlanContext
from ..diagnostics import Diagnostic
from ..source import Span

if TYPE_CHECKING:  # pragma: no cover
    from ..workdays import WorkCalendar


def builder(cls: type):
    """A function that builds ``cls`` (a frozen dataclass with slots) from all its fields in order,
    with no ``__init__`` and no ``__post_init__`` check. For values a parser has already checked (a span
    inside its text, a deadline it assembled); the object is the one the constructor makes.

    The fields are stored in an instance of a plain class with the same slots, which then becomes a
    ``cls``: a plain store per field, instead of a call of each slot's descriptor (a frozen class has no
    other way in), builds a seven-field ``Deadline`` in about half the time (docs/decisions.md).

    Examples:
        >>> make = builder(Deadline)
        >>> make("Quý II/2026", Unparsed("x"), None, None, (), None, None) == Deadline("Quý II/2026", Unparsed("x"))
        True
        >>> type(make("", None, None, None, (), None, None)) is Deadline
        True
    """
    names = tuple(cls.__dataclass_fields__)
    if cls.__slots__ != names:
        raise TypeError(f"{cls.__name__}: its slots are not its fields in order")
    unfrozen = type(f"_Building{cls.__name__}", (), {"__slots__": names})  # the same layout, no frozen setattr
    arguments = ", ".join(f"a{i}" for i in range(len(names)))
    body = "".join(f"    obj.{name} = a{i}\n" for i, name in enumerate(names))
    namespace = {"_new": object.__new__, "_unfrozen": unfrozen, "_cls": cls}
    exec(f"def make({arguments}):\n    obj = _new(_unfrozen)\n{body}    obj.__class__ = _cls\n    return obj\n",  # noqa: S102
         namespace)
    make = namespace["make"]
    make(*[None] * len(names))  # a layout __class__ cannot take raises here, at import, not in a parse
    return make


def _slot_init(cls: type) -> type:
    """``cls`` (a frozen dataclass with slots) with an ``__init__`` that sets the slots through their
    descriptors, as ``builder`` does, instead of the dataclass' ``object.__setattr__`` per field: the
    same signature, defaults and ``__post_init__``, at about half the cost (parsers build several
    values per phrase; docs/decisions.md)."""
    fields = cls.__dataclass_fields__.values()
    if any(not f.init or f.default_factory is not MISSING for f in fields):
        raise TypeError(f"{cls.__name__}: only fields with a plain default or none")
    namespace = {f"_set_{i}": getattr(cls, f.name).__set__ for i, f in enumerate(fields)}
    arguments = []
    for i, f in enumerate(fields):
        if f.default is MISSING:
            arguments.append(f.name)
        else:
            namespace[f"_default_{i}"] = f.default
            arguments.append(f"{f.name}=_default_{i}")
    body = "".join(f"    _set_{i}(self, {f.name})\n" for i, f in enumerate(fields))
    if hasattr(cls, "__post_init__"):
        body += "    self.__post_init__()\n"
    exec(f"def __init__(self, {', '.join(arguments)}):\n{body}", namespace)  # noqa: S102
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return cls


class Granularity(str, Enum):
    """How coarse a window is."""

    DAY = "day"
    DAYS = "days"  # a run of days: a reporting cut-off "15/12/2021 → 14/3/2022"
    MONTH = "month"
    MONTHS = "months"  # a run of months: "9 tháng đầu năm", "tháng 11, tháng 12"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    YEARS = "years"


# The granularities read once, for the window constructors (a member read from an Enum class is slow)
_DAY, _DAYS, _MONTH, _MONTHS, _QUARTER, _HALF, _YEAR, _YEARS = (
    Granularity.DAY, Granularity.DAYS, Granularity.MONTH, Granularity.MONTHS, Granularity.QUARTER, Granularity.HALF,
    Granularity.YEAR, Granularity.YEARS)

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _last_day(year: int, month: int) -> date:
    """The last day of a month (``calendar.monthrange`` works out the first weekday too, unused here)."""
    if month == 2 and calendar.isleap(year):
        return date(year, 2, 29)
    return date(year, month, _MONTH_DAYS[month] if 0 < month < 13 else 1)  # a month out of range: date() says so


@_slot_init
@dataclass(frozen=True, slots=True)
class Window:
    """An inclusive run of days with its granularity; build it through the constructors."""

    start: date
    end: date
    granularity: Granularity

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"window starts after it ends: {self.start} > {self.end}")

    @classmethod
    def day(cls, day: date) -> Window:
        return _window(day, day, _DAY)

    @classmethod
    def days(cls, first: date, last: date) -> Window:
        return cls(first, last, _DAYS)

    @classmethod
    @lru_cache(maxsize=4096)
    def month(cls, year: int, month: int) -> Window:
        return _window(date(year, month, 1), _last_day(year, month), _MONTH)

    @classmethod
    def months(cls, year: int, first: int, last: int, last_year: int | None = None) -> Window:
        return cls(date(year, first, 1), _last_day(last_year or year, last), _MONTHS)

    @classmethod
    @lru_cache(maxsize=4096)
    def quarter(cls, year: int, quarter: int) -> Window:
        first = 3 * quarter - 2
        return _window(date(year, first, 1), _last_day(year, first + 2), _QUARTER)

    @classmethod
    @lru_cache(maxsize=4096)
    def half(cls, year: int, half: int) -> Window:
        first = 1 if half == 1 else 7
        return _window(date(year, first, 1), _last_day(year, first + 5), _HALF)

    @classmethod
    @lru_cache(maxsize=4096)
    def year(cls, year: int) -> Window:
        return _window(date(year, 1, 1), date(year, 12, 31), _YEAR)

    @classmethod
    @lru_cache(maxsize=4096)
    def years(cls, first: int, last: int) -> Window:
        if last < first:
            return cls(date(first, 1, 1), date(last, 12, 31), _YEARS)  # raises: the range runs backwards
        return _window(date(first, 1, 1), date(last, 12, 31), _YEARS)

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end

    def __str__(self) -> str:
        g, s, e = self.granularity, self.start, self.end
        if g is Granularity.DAY:
            return s.isoformat()
        if g is Granularity.DAYS:
            return f"{s.isoformat()}..{e.isoformat()}"
        if g is Granularity.MONTH:
            return f"{s.year}-{s.month:02d}"
        if g is Granularity.MONTHS:
            return f"{s.year}-{s.month:02d}..{e.year}-{e.month:02d}"
        if g is Granularity.QUARTER:
            return f"{s.year}Q{(s.month + 2) // 3}"
        if g is Granularity.HALF:
            return f"{s.year}H{1 if s.month == 1 else 2}"
        if g is Granularity.YEAR:
            return str(s.year)
        return f"{s.year}..{e.year}"


# A window whose start is not after its end by construction (a day, month, quarter, half or year)
_window = builder(Window)


OffsetUnit = Literal["d", "wd", "w", "m", "y"]


@_slot_init
@dataclass(frozen=True, slots=True)
class Offset:
    """A counted period: ``amount`` days (d), working days (wd), weeks, months or years."""

    amount: int
    unit: OffsetUnit

    def __str__(self) -> str:
        return f"+{self.amount}{self.unit}"


ConditionKind = Literal["event", "schedule", "guidance", "regulation", "issued", "occurrence", "session"]


@_slot_init
@dataclass(frozen=True, slots=True)
class Condition:
    """What a deadline waits on, with the Vietnamese text kept verbatim.

    ``kind``: ``event`` ("sau khi …"), ``schedule`` ("theo tiến độ …"), ``guidance`` ("theo hướng
    dẫn …"), ``regulation`` ("theo quy định"), ``issued`` (the plan's own issue date),
    ``occurrence`` (whenever something arises: "khi có yêu cầu", "đột xuất") or ``session`` (a
    meeting a text is submitted to: "kỳ họp thứ 10 Quốc hội").
    ``actor``: who the condition waits on, abbreviations expanded, when the text names one.
    """

    kind: ConditionKind
    text: str
    actor: str | None = None
    span: Span | None = None

    def __str__(self) -> str:
        if self.kind == "issued":
            return "issued"
        verb = {"event": "after", "occurrence": "when", "session": "at"}.get(self.kind, "per")
        return f'{verb} "{self.text}"'


Period = Literal["day", "week", "month", "quarter", "half", "year", "period"]


@_slot_init
@dataclass(frozen=True, slots=True)
class TimeOfDay:
    """A time-of-day cut-off of a daily rule: "trước 19h00" = before 19:00 (strict), "chậm nhất 17 giờ" = by 17:00."""

    hour: int
    minute: int = 0
    strict: bool = False

    def __str__(self) -> str:
        return f"{'before' if self.strict else 'by'} {self.hour:02d}:{self.minute:02d}"


@_slot_init
@dataclass(frozen=True, slots=True)
class DayRule:
    """A day inside each period: "trước ngày 20 của tháng cuối kỳ" = day 20 of the last month, strict."""

    day: int
    strict: bool
    month: int | None = None  # None: the last month of the period; 1-12: that month of the year

    def __str__(self) -> str:
        where = "last month" if self.month is None else f"month {self.month}"
        return f"{'before' if self.strict else 'by'} day {self.day} of {where}"


@_slot_init
@dataclass(frozen=True, slots=True)
class Within:
    """Done inside a window: start on its first day, due on its last."""

    window: Window
    kind: Literal["within"] = "within"

    def __str__(self) -> str:
        return f"within {self.window}"


@_slot_init
@dataclass(frozen=True, slots=True)
class By:
    """Done by a limit (inclusive), or strictly before it when ``strict``; ``time``: the time of day the
    limit's day ends at ("trước 17h00 ngày 25/11/2025" is by 2025-11-25, before 17:00)."""

    limit: Window
    strict: bool = False
    kind: Literal["by"] = "by"
    time: TimeOfDay | None = None

    def __str__(self) -> str:
        text = f"{'before' if self.strict else 'by'} {self.limit}"
        return text if self.time is None else f"{text}; {self.time}"


@_slot_init
@dataclass(frozen=True, slots=True)
class From:
    """Starts at a window (``None``: the plan's issue date, "từ nay"), optionally until another.

    ``until_only``: no start is written, only the event the work runs until ("cho đến khi Luật có hiệu
    lực"): ``start`` is None and means no date (not the issue date); the canonical string is
    ``until "…"``.
    """

    start: Window | None
    until: Window | None = None
    until_event: Condition | None = None  # "đến khi kết thúc Tổng kiểm kê": runs until an event
    until_only: bool = False
    kind: Literal["from"] = "from"

    def __str__(self) -> str:
        if self.until_only and self.until_event is not None:
            return f'until "{self.until_event.text}"'
        head = f"from {self.start if self.start is not None else 'issued'}"
        if self.until is not None:
            head += f" to {self.until}"
        return head if self.until_event is None else f'{head} until "{self.until_event.text}"'


@_slot_init
@dataclass(frozen=True, slots=True)
class Recurring:
    """Repeats every period ("hàng quý"), with an optional day rule, or runs continuously.

    ``part`` names a quarter or month inside each year: "Quý IV hằng năm" is every year within its
    fourth quarter, ``("quarter", 4)``; "Tháng 12 hàng năm" is ``("month", 12)``. ``times`` is how
    many times per period ("hai lần/năm": 2); ``since`` the first year it applies to ("mỗi năm
    tiếp theo" after a plan for 2026: 2027), ``None`` when the text does not say.
    """

    periods: tuple[Period, ...] = ()
    day_rule: DayRule | None = None
    continuous: bool = False
    part: tuple[Literal["quarter", "month"], int] | None = None
    times: int = 1
    since: int | None = None
    time: TimeOfDay | None = None  # a daily rule's cut-off: "trước 19h00 hằng ngày"
    kind: Literal["recurring"] = "recurring"

    def __str__(self) -> str:
        if self.continuous:
            return "continuous"
        text = "every " + ", ".join(self.periods)
        if self.times != 1:
            text += f" x{self.times}"
        if self.since is not None:
            text += f" from {self.since}"
        if self.part is not None:
            text += f"; within {'Q' if self.part[0] == 'quarter' else 'month '}{self.part[1]}"
        if self.day_rule is not None:
            text += f"; {self.day_rule}"
        return text if self.time is None else f"{text}; {self.time}"


@_slot_init
@dataclass(frozen=True, slots=True)
class After:
    """Waits on a condition, optionally due a counted period after it (Civil Code Art. 147.3)."""

    condition: Condition
    offset: Offset | None = None
    kind: Literal["after"] = "after"

    def __str__(self) -> str:
        if self.offset is None:
            return str(self.condition)
        anchor = "issued" if self.condition.kind == "issued" else f'"{self.condition.text}"'
        return f"{self.offset} after {anchor}"


@_slot_init
@dataclass(frozen=True, slots=True)
class Before:
    """Done before a condition happens ("trước khi đưa vào sử dụng"): due the day before it, once
    its day is known."""

    condition: Condition
    kind: Literal["before_event"] = "before_event"

    def __str__(self) -> str:
        return f'before "{self.condition.text}"'


@_slot_init
@dataclass(frozen=True, slots=True)
class AnyOf:
    """Alternatives ("hoặc"): satisfied by any option."""

    options: tuple[Rule, ...]
    kind: Literal["any"] = "any"

    def __str__(self) -> str:
        return "any(" + " | ".join(str(o) for o in self.options) + ")"


@_slot_init
@dataclass(frozen=True, slots=True)
class AllOf:
    """Several clauses that all hold: a dated part and its condition, or two clauses in one cell."""

    parts: tuple[Rule, ...]
    kind: Literal["all"] = "all"

    def __str__(self) -> str:
        return "all(" + " ; ".join(str(p) for p in self.parts) + ")"


@_slot_init
@dataclass(frozen=True, slots=True)
class Unparsed:
    """Text the grammar could not read: no dates, and an error diagnostic says why."""

    reason: str = ""
    kind: Literal["unparsed"] = "unparsed"

    def __str__(self) -> str:
        return "unparsed"


Rule = Union[Within, By, From, Recurring, After, Before, AnyOf, AllOf, Unparsed]


def walk(rule: Rule) -> tuple[Rule, ...] | list[Rule]:
    """``rule`` and every rule nested in it, in order (a sequence built at once: most rules are one part).
    The rule values are final classes, so a type test tells a group from a leaf (leaves are not recursed)."""
    kind = type(rule)
    if kind is AnyOf:
        nested = rule.options
    elif kind is AllOf:
        nested = rule.parts
    else:
        return (rule,)
    found: list[Rule] = [rule]
    for part in nested:
        kind = type(part)
        if kind is AnyOf or kind is AllOf:
            found.extend(walk(part))
        else:
            found.append(part)
    return found


@_slot_init
@dataclass(frozen=True, slots=True)
class Occurrence:
    """One concrete due date of a recurring rule: the period it reports on, and its due day."""

    period: Window
    due: date

    def __str__(self) -> str:
        return f"{self.period}->{self.due.isoformat()}"


@_slot_init
@dataclass(frozen=True, slots=True)
class Deadline:
    """A parsed deadline phrase: its rule, the flat dates for scripts, and diagnostics.

    ``start``/``due`` are the earliest start and latest completion (None when the rule gives
    none, e.g. a condition not yet met). ``span`` locates the phrase in the text it came from.
    """

    text: str
    rule: Rule
    start: date | None = None
    due: date | None = None
    diagnostics: tuple[Diagnostic, ...] = ()
    span: Span | None = None
    context: PlanContext | None = field(default=None, compare=False, repr=False)

    def resolve(self, events: Mapping[str, date] | None = None, calendar: WorkCalendar | None = None) -> Deadline:
        """The same deadline with dates from events that have happened.

        ``events`` maps an event's text (matched on folded text: equal, or contained in the
        condition) to the day it happened; "+7d after X" becomes a due date counted by the Civil
        Code on working days, and a plain "after X" gets X's day as its start.

        Examples:
            >>> from reformrules import parse_deadline
            >>> d = parse_deadline("trong vòng 7 ngày kể từ khi có quyết định")
            >>> d.due is None, d.resolve({"có quyết định": date(2024, 4, 23)}).due
            (True, datetime.date(2024, 5, 2))
        """
        from .resolve import flat_dates

        start, due = flat_dates(self.rule, self.context, calendar, events)
        return replace(self, start=start, due=due)

    def occurrences(self, year: int) -> tuple[Occurrence, ...]:
        """Concrete due dates of a recurring deadline inside ``year`` (empty when not recurring).

        Examples:
            >>> from reformrules import parse_deadline
            >>> d = parse_deadline("hàng quý, 06 tháng, năm: trước ngày 20 của tháng cuối kỳ báo cáo")
            >>> [o.due.isoformat() for o in d.occurrences(2022)]
            ['2022-03-19', '2022-06-19', '2022-06-19', '2022-09-19', '2022-12-19', '2022-12-19', '2022-12-19']
        """
        from .recurrence import occurrences

        return occurrences(self.rule, year, self.context)

    @property
    def recurring(self) -> bool:
        """True when any part of the rule repeats ("Thường xuyên", "hàng quý")."""
        return any(isinstance(r, Recurring) for r in walk(self.rule))

    @property
    def conditional(self) -> bool:
        """True when any part waits on an event, schedule, guidance or regulation."""
        return any(isinstance(r, Before) or isinstance(r, After) and r.condition.kind != "issued"
                   for r in walk(self.rule))

    @property
    def event_actor(self) -> str | None:
        """Who the first condition waits on ("Ủy ban nhân dân tỉnh"), when the text names one."""
        for r in walk(self.rule):
            if isinstance(r, (After, Before)) and r.condition.actor:
                return r.condition.actor
        return None

    @property
    def conditions(self) -> tuple[Condition, ...]:
        """Every condition of the rule, in order."""
        return tuple(r.condition for r in walk(self.rule) if isinstance(r, (After, Before)))

    @property
    def parsed(self) -> bool:
        """False when the rule is ``Unparsed``."""
        return not isinstance(self.rule, Unparsed)

    def __str__(self) -> str:
        return str(self.rule)



make_deadline = builder(Deadline)
make_span = builder(Span)  # a span a parser found inside its text: valid by construction
