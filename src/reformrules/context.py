"""The plan context: the only way a date ("now", the plan year, the issue date) enters the library.

Examples:
    >>> from datetime import date
    >>> ctx = PlanContext(plan_year=2022, issued=date(2022, 1, 21))
    >>> ctx.plan_year, ctx.issued
    (2022, datetime.date(2022, 1, 21))
    >>> PlanContext().plan_year is None
    True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


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
    - ``plan_period``: ``(first year, last year)`` of a multi-year plan ("giai đoạn 2026-2030",
      "đến năm 2030": the first year then is the issue year, or None); ``plan_year`` is then None.
    """

    plan_year: int | None = None
    issued: date | None = None
    issuer: str | None = None
    doc_id: str | None = None
    policy: Policy = field(default_factory=Policy)
    plan_period: tuple[int | None, int] | None = None
