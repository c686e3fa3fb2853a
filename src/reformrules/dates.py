"""The one date domain of the library: every date it builds lies in 1 Jan 1900 .. 31 Dec 2200.

Plans are read as text, so any number can stand where a year, a day or a count of days is
expected ("trong vòng 99999999 ngày kể từ …", "trước ngày 1/1/0001", a run of 5,000 digits).
Every place that turns digits into a number or a date goes through this module, so that a value
outside the domain becomes ``None`` (and the caller an ``unparsed`` result or an error
diagnostic), never an ``OverflowError``/``ValueError`` from ``int``, ``date`` or ``timedelta``.
The domain is wide on purpose (plans look ahead to 2045 or 2050); inside it, a date far from the
plan's own year is only suspicious and gets a warning (:func:`plausibility`).

Examples:
    >>> read_int("2022"), read_int("9" * 5000), read_int("٢٠٢٢")
    (2022, None, 2022)
    >>> checked_date(2241, 7, 3)
    Traceback (most recent call last):
    ...
    reformrules.dates.OutOfDomain: 3/7/2241 is outside the dates this library reads (1900-2200)
    >>> shift(LAST_DAY, 1) is None, shift(date(2022, 1, 1), -1)
    (True, datetime.date(2021, 12, 31))
    >>> counted_end(date(2022, 1, 21), 99999999, "d") is None
    True
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Callable

from .diagnostics import Code, Diagnostic, Severity

if TYPE_CHECKING:  # pragma: no cover
    from .context import PlanContext
    from .source import Span
    from .workdays import WorkCalendar

FIRST_YEAR, LAST_YEAR = 1900, 2200
FIRST_DAY, LAST_DAY = date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31)
DOMAIN_DAYS = (LAST_DAY - FIRST_DAY).days
# A number longer than this is never a year, a day, a month or a count a plan means: it is read as
# no number at all (Python's int() refuses more than 4300 digits; nothing here needs more than 9).
MAX_DIGITS = 9
# The longest counted period that can fit in the domain, per unit of ``Offset`` (d, wd, w, m, y).
MAX_COUNT = {"d": DOMAIN_DAYS, "wd": DOMAIN_DAYS, "w": DOMAIN_DAYS // 7,
             "m": (LAST_YEAR - FIRST_YEAR + 1) * 12, "y": LAST_YEAR - FIRST_YEAR + 1}
UNIT_NAMES = {"d": "days", "wd": "working days", "w": "weeks", "m": "months", "y": "years"}
# A due date more than this many years after the plan year (or the issue year) is suspicious:
# plans look ahead to a vision year ("tầm nhìn đến năm 2045") at most about 25 years away.
PLAUSIBLE_YEARS_AHEAD = 30


# Read once (a member read from an Enum class is several times a plain attribute read)
_IMPLAUSIBLE, _START_AFTER_DUE, _WARNING = Code.DEADLINE_IMPLAUSIBLE_DATE, Code.DEADLINE_START_AFTER_DUE, Severity.WARNING


class OutOfDomain(ValueError):
    """A date that exists on the calendar but lies outside 1900-2200."""


def read_int(digits: str, max_digits: int = MAX_DIGITS) -> int | None:
    """The value of a run of decimal digits, or ``None`` when it is longer than ``max_digits``
    (or not digits at all). Never raises.

    Examples:
        >>> read_int("07"), read_int("1234567890"), read_int("12a")
        (7, None, None)
    """
    if not digits or len(digits) > max_digits or not digits.isdecimal():
        return None
    return int(digits)


def year_in_domain(year: int) -> bool:
    """True for a year the library builds dates in."""
    return FIRST_YEAR <= year <= LAST_YEAR


def in_domain(day: date) -> bool:
    """True for a date inside the domain."""
    return FIRST_DAY <= day <= LAST_DAY


def checked_date(year: int, month: int, day: int) -> date:
    """``date(year, month, day)`` inside the domain.

    Raises:
        OutOfDomain: the year is outside 1900-2200 (a ``ValueError``).
        ValueError: no such day ("31/2/2022", month 13).
    """
    if not year_in_domain(year):
        raise OutOfDomain(f"{day}/{month}/{year} is outside the dates this library reads ({FIRST_YEAR}-{LAST_YEAR})")
    return date(year, month, day)


def shift(day: date, days: int) -> date | None:
    """``day`` moved by ``days``, or ``None`` when the result leaves the domain."""
    if not in_domain(day) or abs(days) > DOMAIN_DAYS:
        return None
    moved = day + timedelta(days=days)
    return moved if in_domain(moved) else None


def counted_end(anchor: date, amount: int, unit: str, calendar: WorkCalendar | None = None) -> date | None:
    """Last day of a counted period (Civil Code Arts. 147-148, by ``WorkCalendar.period_end``), or
    ``None`` when the anchor or the end lies outside the domain. The check comes first, so the
    work is bounded: at most one domain's width of days is ever counted.

    Examples:
        >>> counted_end(date(2024, 4, 15), 15, "d")   # 30/4 and 1/5 are holidays
        datetime.date(2024, 5, 2)
        >>> counted_end(date(2200, 6, 1), 12, "m") is None, counted_end(date(1, 1, 1), 1, "d") is None
        (True, True)
    """
    limit = MAX_COUNT.get(unit)
    if limit is None or not in_domain(anchor) or not 0 <= amount <= limit:
        return None
    if unit == "d":  # the unit's own estimate only (a table of all five was built per call)
        years_ahead = amount / 365
    elif unit == "wd":
        years_ahead = amount / 5 * 7 / 365
    elif unit == "w":
        years_ahead = amount * 7 / 365
    elif unit == "m":
        years_ahead = amount / 12
    else:
        years_ahead = amount
    if anchor.year + years_ahead > LAST_YEAR + 1:
        return None
    if calendar is None:
        from .workdays import default_calendar

        calendar = default_calendar()
    try:
        end = calendar.period_end(anchor, amount, unit)
    except OutOfDomain:  # the calendar counts only inside the domain
        return None
    return end if in_domain(end) else None


def plausibility(due: date | None, start: date | None, ctx: PlanContext | None,
                 span: Span | None, make: Callable[..., Diagnostic] = Diagnostic) -> list[Diagnostic]:
    """Warnings about dates that are in the domain but unlikely for the plan: a due date more
    than :data:`PLAUSIBLE_YEARS_AHEAD` years after the plan year (or issue year), and a start
    after its due date. ``make`` builds each diagnostic from its five fields in order (the
    deadline checks pass a builder that skips the frozen ``__init__``; the diagnostics are equal).

    Examples:
        >>> from reformrules import PlanContext
        >>> [d.code.value for d in plausibility(date(2241 - 100, 7, 3), None, PlanContext(plan_year=2022), None)]
        ['deadline.implausible_date']
        >>> [d.code.value for d in plausibility(date(2022, 3, 1), date(2022, 6, 1), None, None)]
        ['deadline.start_after_due']
    """
    found: list[Diagnostic] = []
    if due is None:
        return found
    day = due.isoformat()  # str(date) is its isoformat: formatted once for the message and the data
    if ctx is not None:
        base = ctx.plan_year if ctx.plan_year is not None else (ctx.issued.year if ctx.issued is not None else None)
        if base is not None and due.year > base + PLAUSIBLE_YEARS_AHEAD:
            found.append(make(
                _IMPLAUSIBLE, _WARNING,
                f"due {day}, more than {PLAUSIBLE_YEARS_AHEAD} years after the plan's year {base}", span,
                (("due", day), ("plan_year", str(base)))))
    if start is not None and start > due:
        first = start.isoformat()
        found.append(make(
            _START_AFTER_DUE, _WARNING, f"starts {first}, after its due date {day}", span,
            (("start", first), ("due", day))))
    return found


def out_of_domain(text: str, span: Span | None) -> Diagnostic:
    """The error of a phrase whose date (or counted period) leaves the domain."""
    return Diagnostic(Code.DEADLINE_OUT_OF_RANGE, Severity.ERROR,
                      f"{text} leaves the dates this library reads ({FIRST_YEAR}-{LAST_YEAR})", span)
