"""The plan context: the only way a date ("now", the plan year, the issue date) enters the library.

Examples:
    >>> from datetime import date, datetime
    >>> ctx = PlanContext(plan_year=2022, issued=date(2022, 1, 21))
    >>> ctx.plan_year, ctx.issued
    (2022, datetime.date(2022, 1, 21))
    >>> PlanContext().plan_year is None
    True
    >>> PlanContext(period=(2026, 2030)).period
    (2026, 2030)
    >>> PlanContext(plan_year="2022")
    Traceback (most recent call last):
    ...
    TypeError: PlanContext.plan_year must be an int year or None, not str ('2022')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class Policy:
    """Reading choices where the law leaves room (docs/decisions.md gives the sources).

    - ``before_is_inclusive``: read "trước ngày X" as "by X" (True) instead of "no later than X-1"
      (False, the default: "trước" means strictly before).
    - ``shift_named_windows``: move a named window's last day (a quarter's end that falls on a
      Sunday) to the next working day under Civil Code Art. 148.5. Off by default: plans name the
      window as written.
    """

    before_is_inclusive: bool = False
    shift_named_windows: bool = False


@dataclass(frozen=True, slots=True)
class PlanContext:
    """Facts about the plan a phrase comes from. Every field is optional; nothing is guessed.

    - ``plan_year``: the year the plan is for ("KẾ HOẠCH … NĂM 2018"); fills a missing year.
    - ``issued``: the plan's issue date; anchors "kể từ ngày kế hoạch này được ban hành".
    - ``issuer``: the issuing body as written ("UBND tỉnh Khánh Hòa"), for resolving agency names.
    - ``doc_id``: a name for the document, used in rendered diagnostics.
    - ``period``: the first and last year of a multi-year plan ("giai đoạn 2026-2030"); a plan for
      one year has ``plan_year`` instead (or both, when a yearly plan names its period).

    Wrong types are rejected when the context is built (``TypeError``: a str for a year, a datetime
    for a date), and a period that runs backwards (``ValueError``). A year outside the date domain
    is accepted and fills no year (the parsers report it, reformrules.dates).
    """

    plan_year: int | None = None
    issued: date | None = None
    issuer: str | None = None
    doc_id: str | None = None
    policy: Policy = field(default_factory=Policy)
    period: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        _year("plan_year", self.plan_year)
        if self.issued is not None and (not isinstance(self.issued, date) or isinstance(self.issued, datetime)):
            raise TypeError(f"PlanContext.issued must be a datetime.date or None, not {_shown(self.issued)}")
        for name in ("issuer", "doc_id"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise TypeError(f"PlanContext.{name} must be a str or None, not {_shown(value)}")
        if not isinstance(self.policy, Policy):
            raise TypeError(f"PlanContext.policy must be a Policy, not {_shown(self.policy)}")
        if self.period is not None:
            if not isinstance(self.period, tuple) or len(self.period) != 2:
                raise TypeError(f"PlanContext.period must be a (first, last) tuple of years or None, not {_shown(self.period)}")
            _year("period", self.period[0])
            _year("period", self.period[1])
            if self.period[0] > self.period[1]:
                raise ValueError(f"PlanContext.period runs backwards: {self.period[0]}-{self.period[1]}")


def _shown(value: object) -> str:
    return f"{type(value).__name__} ({value!r})"


def _year(name: str, value: object) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"PlanContext.{name} must be an int year or None, not {_shown(value)}")

