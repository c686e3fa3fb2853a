"""Deadline phrases drawn with their expected rule, start and due date.

A ``DeadlineCase`` holds the text and the rule it must read as, built from the value types of
``reformrules.deadlines`` (``Within(Window.quarter(2022, 1))`` …) and dates computed from the windows and
the working-day calendar (Civil Code Arts. 147-148 for counted periods), never by the parser.

Examples:
    >>> from hypothesis import given, settings
    >>> from reformrules import parse_deadline
    >>> @settings(max_examples=20, database=None)
    ... @given(deadline_phrases(kinds=("window", "limit")))
    ... def check(case):
    ...     case.check(parse_deadline(case.text, case.ctx))
    >>> check()
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Sequence

from hypothesis import strategies as st

from ..context import PlanContext
from ..deadlines.model import (After, AllOf, AnyOf, By, Condition, DayRule, Deadline, From, Offset, Recurring,
                               Rule, Unparsed, Window, Within)
from ..text.fold import fold
from ..workdays import WorkCalendar, default_calendar
from .variation import REWRITES, capitalised, vary

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}

#: Every kind of phrase ``deadline_phrases`` draws, simplest first.
DEADLINE_KINDS = (
    "window", "limit", "before", "start", "range", "named_day", "continuous", "recurring", "report",
    "yearly_cutoff", "condition", "guidance", "alternative", "conditioned_window", "counted", "two_clause",
)

# Vietnamese words of the phrases, with an English gloss.
_QUARTER_WORDS = ("Quý", "quý", "QUÝ", "Quí")  # quarter; "Quí" is an old spelling
_MONTH_WORDS = ("Tháng", "tháng")  # month
_YEAR_WORDS = ("Năm", "năm", "Trong năm")  # year; in the year
_WITHIN_LEADS = ("", "Trong ", "Hoàn thành trong ")  # in; completed in
_LIMIT_LEADS = ("Chậm nhất ", "Hoàn thành chậm nhất ", "chậm nhất ", "Chậm nhất là ")  # at the latest
_BEFORE_LEADS = ("Trước ngày ", "trước ngày ", "Hoàn thành trước ngày ")  # before the day
_START_LEADS = ("Từ ", "từ ", "Bắt đầu từ ")  # from; starting from
_CONTINUOUS = ("Thường xuyên", "thường xuyên", "Liên tục")  # ongoing; continuously
_EVERY = {"month": ("Hằng tháng", "Hàng tháng"), "quarter": ("Hằng quý", "Hàng quý"),
          "year": ("Hằng năm", "Hàng năm")}  # every month / quarter / year
# Actors as written, with the name the parser expands them to (abbreviations of the packaged table).
_ACTORS = (
    ("UBND tỉnh", "Ủy ban nhân dân tỉnh"), ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
    ("Bộ Nội vụ", "Bộ Nội vụ"), ("Sở Nội vụ", "Sở Nội vụ"), ("Chính phủ", "Chính phủ"),
    ("Bộ Tư pháp", "Bộ Tư pháp"),
)
_EVENT_VERBS = ("có hướng dẫn", "ban hành hướng dẫn", "phê duyệt", "triển khai", "ban hành quy định")
# counted periods: "trong vòng N ngày (làm việc) kể từ ngày kế hoạch này được ban hành"
_COUNTED_LEADS = ("trong vòng", "trong thời hạn", "Trong vòng")  # within (a period of)
_ISSUE_ANCHORS = ("kể từ ngày kế hoạch này được ban hành", "kể từ ngày Kế hoạch được ban hành",
                  "kể từ ngày ký ban hành Kế hoạch")  # counted from the plan's issue date


@dataclass(frozen=True)
class DeadlineCase:
    """A phrase and what it means.

    ``rule`` is the expected rule (conditions compared on kind, actor and folded text; spans ignored);
    ``start``/``due`` the expected flat dates, or ``None`` where the rule gives none. ``dated`` is False
    for compound two-clause cells, whose flattening is the tracker's policy: their dates are not checked.
    """

    text: str
    rule: Rule
    kind: str
    ctx: PlanContext | None = None
    start: date | None = None
    due: date | None = None
    dated: bool = True
    plain: str = field(default="", compare=False)

    @property
    def recurring(self) -> bool:
        return Deadline(self.text, self.rule).recurring

    @property
    def conditional(self) -> bool:
        return Deadline(self.text, self.rule).conditional

    def mismatch(self, deadline: Deadline) -> str | None:
        """Why ``deadline`` does not read as this case expects, or None when it does."""
        if not same_rule(deadline.rule, self.rule):
            return f"rule {deadline.rule} != expected {self.rule}"
        if self.dated and (deadline.start, deadline.due) != (self.start, self.due):
            return f"dates {deadline.start}..{deadline.due} != expected {self.start}..{self.due}"
        return None

    def check(self, deadline: Deadline) -> None:
        """Raise ``AssertionError`` naming the difference when ``deadline`` is not what is expected."""
        why = self.mismatch(deadline)
        if why is not None:
            raise AssertionError(f"{self.text!r} ({self.kind}): {why}")


def _text_key(text: str) -> str:
    return fold(" ".join(text.replace("*", " ").split()))


def same_rule(got: Rule, want: Rule) -> bool:
    """Structural equality of rules; conditions compare on kind, actor and folded, space-collapsed text."""
    if isinstance(want, Condition) or isinstance(got, Condition):
        return (isinstance(got, Condition) and isinstance(want, Condition) and got.kind == want.kind
                and _text_key(got.text) == _text_key(want.text)
                and (got.actor is None) == (want.actor is None)
                and (want.actor is None or _text_key(got.actor) == _text_key(want.actor)))
    if type(got) is not type(want):
        return False
    if isinstance(want, AnyOf):
        return len(got.options) == len(want.options) and all(map(same_rule, got.options, want.options))
    if isinstance(want, AllOf):
        return len(got.parts) == len(want.parts) and all(map(same_rule, got.parts, want.parts))
    if isinstance(want, After):
        return same_rule(got.condition, want.condition) and got.offset == want.offset
    if isinstance(want, Unparsed):
        return True
    return got == want


# ---------------------------------------------------------------- windows and their text

def _years(ctx: PlanContext | None) -> st.SearchStrategy[int]:
    if ctx is not None and ctx.plan_year is not None:
        return st.integers(ctx.plan_year, ctx.plan_year + 3)
    return st.integers(2000, 2040)


@st.composite
def _quarter(draw, ctx):
    year, quarter = draw(_years(ctx)), draw(st.integers(1, 4))
    word = draw(st.sampled_from(_QUARTER_WORDS))
    number = draw(st.sampled_from((ROMAN[quarter], str(quarter))))
    sep = draw(st.sampled_from(("/", "-", " năm ", " Năm ")))
    return f"{word} {number}{sep}{year}", Window.quarter(year, quarter)


@st.composite
def _month(draw, ctx):
    year, month = draw(_years(ctx)), draw(st.integers(1, 12))
    number = draw(st.sampled_from((str(month), f"{month:02d}")))
    sep = draw(st.sampled_from(("/", " năm ")))
    return f"{draw(st.sampled_from(_MONTH_WORDS))} {number}{sep}{year}", Window.month(year, month)


@st.composite
def _day(draw, ctx):
    year = draw(_years(ctx))
    day = draw(st.dates(date(year, 1, 1), date(year, 12, 31)))
    form = draw(st.sampled_from(("{d}/{m}/{y}", "{d:02d}/{m:02d}/{y}", "ngày {d} tháng {m} năm {y}")))
    return form.format(d=day.day, m=day.month, y=day.year), Window.day(day)


@st.composite
def _year(draw, ctx):
    year = draw(_years(ctx))
    return f"{draw(st.sampled_from(_YEAR_WORDS))} {year}", Window.year(year)


@st.composite
def _year_range(draw, ctx):
    first = draw(_years(ctx))
    last = draw(st.integers(first + 1, first + 8))
    dash = draw(st.sampled_from(("-", " - ", "–", " – ")))
    lead = draw(st.sampled_from(("", "Năm ", "giai đoạn ")))
    return f"{lead}{first}{dash}{last}", Window.years(first, last)


@st.composite
def _half(draw, ctx):
    year, half = draw(_years(ctx)), draw(st.integers(1, 2))
    six = draw(st.sampled_from(("6", "06")))
    return f"{six} tháng {'đầu' if half == 1 else 'cuối'} năm {year}", Window.half(year, half)


def _window(ctx, granularities=("quarter", "month", "day", "year", "years", "half")):
    makers = {"quarter": _quarter, "month": _month, "day": _day, "year": _year, "years": _year_range,
              "half": _half}
    return st.one_of(*(makers[g](ctx) for g in granularities))


def _dates_of(rule: Rule) -> tuple[date | None, date | None]:
    """Expected flat dates of a simple rule, from its windows (the documented policy: docs/decisions.md)."""
    if isinstance(rule, Within):
        return rule.window.start, rule.window.end
    if isinstance(rule, By):
        return None, (rule.limit.start - timedelta(days=1) if rule.strict else rule.limit.end)
    if isinstance(rule, From):
        return (rule.start.start if rule.start else None), (rule.until.end if rule.until else None)
    return None, None


# ---------------------------------------------------------------- the forms

@st.composite
def _form_window(draw, ctx):
    text, window = draw(_window(ctx))
    lead = "" if text.startswith(("Trong", "giai")) else draw(st.sampled_from(_WITHIN_LEADS))
    if lead and text[:1].isupper() and not text.startswith("QUÝ"):
        text = text[0].lower() + text[1:]
    return lead + text, Within(window)


@st.composite
def _form_limit(draw, ctx):
    text, window = draw(_window(ctx, ("quarter", "month", "day", "year")))
    if text.startswith("Trong năm"):
        text = text[len("Trong "):]
    return draw(st.sampled_from(_LIMIT_LEADS)) + text, By(window)


@st.composite
def _form_before(draw, ctx):
    year = draw(_years(ctx))
    day = draw(st.dates(date(year, 1, 2), date(year, 12, 31)))
    text = draw(st.sampled_from(("{d}/{m}/{y}", "{d:02d}/{m:02d}/{y}", "{d} tháng {m} năm {y}")))
    return draw(st.sampled_from(_BEFORE_LEADS)) + text.format(d=day.day, m=day.month, y=day.year), \
        By(Window.day(day), strict=True)


@st.composite
def _form_start(draw, ctx):
    text, window = draw(_window(ctx, ("quarter", "month", "year")))
    if text.startswith("Trong năm"):
        text = "năm" + text[len("Trong năm"):]
    return draw(st.sampled_from(_START_LEADS)) + text, From(window)


@st.composite
def _form_range(draw, ctx):
    year = draw(_years(ctx))
    kind = draw(st.sampled_from(("quarter", "month", "year")))
    if kind == "quarter":
        a, b = sorted(draw(st.lists(st.integers(1, 4), min_size=2, max_size=2, unique=True)))
        word = draw(st.sampled_from(_QUARTER_WORDS[:2]))
        text = f"Từ {word} {ROMAN[a]}/{year} đến {word} {ROMAN[b]}/{year}"
        return text, From(Window.quarter(year, a), Window.quarter(year, b))
    if kind == "month":
        a, b = sorted(draw(st.lists(st.integers(1, 12), min_size=2, max_size=2, unique=True)))
        return f"Từ tháng {a} đến tháng {b} năm {year}", From(Window.month(year, a), Window.month(year, b))
    last = draw(st.integers(year + 1, year + 8))
    return f"Từ năm {year} đến năm {last}", From(Window.year(year), Window.year(last))


@st.composite
def _form_named_day(draw, ctx):
    """"Cuối năm 2022" = by 31/12 (Civil Code Art. 146.2-3: cuối năm is the year's last day)."""
    year = draw(_years(ctx))
    which = draw(st.sampled_from(("Cuối năm", "cuối năm", "Giữa năm")))
    day = date(year, 12, 31) if which.lower() == "cuối năm" else date(year, 6, 30)
    return f"{which} {year}", By(Window.day(day))


@st.composite
def _form_continuous(draw, ctx):
    return draw(st.sampled_from(_CONTINUOUS)), Recurring(continuous=True)


@st.composite
def _form_recurring(draw, ctx):
    period = draw(st.sampled_from(sorted(_EVERY)))
    return draw(st.sampled_from(_EVERY[period])), Recurring(periods=(period,))


@st.composite
def _form_report(draw, ctx):
    """"hàng quý, 06 tháng, năm: trước ngày 20 của tháng cuối kỳ báo cáo": the reporting cycle."""
    day = draw(st.integers(10, 25))
    every = draw(st.sampled_from(("hàng quý, 06 tháng, năm", "Hằng quý, 6 tháng, năm", "hằng quý, 6 tháng, hằng năm")))
    return f"{every}: trước ngày {day} của tháng cuối kỳ báo cáo", \
        Recurring(periods=("quarter", "half", "year"), day_rule=DayRule(day, strict=True))


@st.composite
def _form_yearly_cutoff(draw, ctx):
    """"trước ngày 15/12 hằng năm": a yearly cut-off on a fixed day of a month."""
    month = draw(st.integers(1, 12))
    day = draw(st.integers(2, 28))
    text = draw(st.sampled_from(("trước ngày {d}/{m} hằng năm", "trước ngày {d} tháng {m} hằng năm",
                                 "Trước ngày {d}/{m} hàng năm")))
    return text.format(d=day, m=month), Recurring(periods=("year",), day_rule=DayRule(day, True, month))


@st.composite
def _event(draw):
    written, actor = draw(st.sampled_from(_ACTORS))
    verb = draw(st.sampled_from(_EVENT_VERBS))
    return f"{written} {verb}", actor


@st.composite
def _form_condition(draw, ctx):
    event, actor = draw(_event())
    lead = draw(st.sampled_from(("Sau khi ", "sau khi ")))
    return lead + event, After(Condition("event", event, actor))


@st.composite
def _form_guidance(draw, ctx):
    written, actor = draw(st.sampled_from(_ACTORS))
    if draw(st.booleans()):
        return "Theo quy định", After(Condition("regulation", "quy định"))
    return f"Theo hướng dẫn của {written}", After(Condition("guidance", f"hướng dẫn của {written}", actor))


@st.composite
def _form_alternative(draw, ctx):
    text, window = draw(_window(ctx, ("quarter", "month", "year")))
    event, actor = draw(_event())
    return f"{text} (hoặc sau khi {event})", AnyOf((Within(window), After(Condition("event", event, actor))))


@st.composite
def _form_conditioned_window(draw, ctx):
    text, window = draw(_window(ctx, ("quarter", "year")))
    event, actor = draw(_event())
    return f"{text} (sau khi {event})", AllOf((Within(window), After(Condition("event", event, actor))))


@st.composite
def _form_counted(draw, ctx):
    amount = draw(st.integers(1, 60))
    unit = draw(st.sampled_from(("d", "wd")))
    days = "ngày" if unit == "d" else "ngày làm việc"
    text = f"{draw(st.sampled_from(_COUNTED_LEADS))} {amount} {days} {draw(st.sampled_from(_ISSUE_ANCHORS))}"
    return text, After(Condition("issued", ""), Offset(amount, unit))


@st.composite
def _form_two_clause(draw, ctx):
    text, window = draw(_window(ctx, ("quarter",)))
    first = draw(_years(ctx))
    last = draw(st.integers(first + 1, first + 5))
    sep = draw(st.sampled_from(("; ", " / ", "\n")))
    return f"Hoàn thành chậm nhất {text}{sep}triển khai từ năm {first}-{last}", \
        AllOf((By(window), From(Window.year(first), Window.year(last))))


_FORMS = {
    "window": _form_window, "limit": _form_limit, "before": _form_before, "start": _form_start,
    "range": _form_range, "named_day": _form_named_day, "continuous": _form_continuous,
    "recurring": _form_recurring, "report": _form_report, "yearly_cutoff": _form_yearly_cutoff,
    "condition": _form_condition, "guidance": _form_guidance, "alternative": _form_alternative,
    "conditioned_window": _form_conditioned_window, "counted": _form_counted, "two_clause": _form_two_clause,
}


def counted_due(issued: date, offset: Offset, calendar: WorkCalendar) -> date:
    """Civil Code Arts. 147-148 (domain.md §1): the issue day is not counted; a period ending on a
    day off ends on the next working day; working days count only working days."""
    if offset.unit == "d":
        day = issued + timedelta(days=offset.amount)
        while not calendar.is_working_day(day):
            day += timedelta(days=1)
        return day
    day, left = issued, offset.amount
    while left:
        day += timedelta(days=1)
        left -= calendar.is_working_day(day)
    return day


def _expected_dates(rule: Rule, ctx: PlanContext | None, calendar: WorkCalendar) -> tuple[date | None, date | None]:
    if isinstance(rule, After) and rule.condition.kind == "issued" and rule.offset is not None:
        return None, (counted_due(ctx.issued, rule.offset, calendar) if ctx and ctx.issued else None)
    if isinstance(rule, AnyOf):  # the dated option gives the dates; the event may come earlier or later
        return _dates_of(rule.options[0])
    if isinstance(rule, AllOf) and isinstance(rule.parts[1], After):
        return _dates_of(rule.parts[0])
    return _dates_of(rule)


def deadline_phrases(kinds: Iterable[str] | None = None, ctx: PlanContext | None = None, *,
                     rewrites: Sequence[str] = REWRITES,
                     calendar: WorkCalendar | None = None) -> st.SearchStrategy[DeadlineCase]:
    """Deadline cells with their expected meaning.

    ``kinds`` limits the forms (see ``DEADLINE_KINDS``); ``ctx`` is the plan context the text is read in
    (years are drawn near its plan year; counted periods need its issue date and are drawn only when it
    has one; by default a context of 2022 issued on 21/1/2022). ``rewrites`` are the meaning-preserving
    variations applied (see ``variation.REWRITES``; pass ``("none",)`` for the plain phrases).
    """
    if ctx is None:
        ctx = PlanContext(plan_year=2022, issued=date(2022, 1, 21))
    chosen = tuple(kinds) if kinds is not None else DEADLINE_KINDS
    unknown = [k for k in chosen if k not in _FORMS]
    if unknown:
        raise ValueError(f"unknown deadline kinds {unknown}; choose from {DEADLINE_KINDS}")
    if ctx.issued is None:
        chosen = tuple(k for k in chosen if k != "counted")
    cal = calendar or default_calendar()

    @st.composite
    def draw_case(draw):
        kind = draw(st.sampled_from(chosen))
        plain, rule = draw(_FORMS[kind](ctx))
        plain = capitalised(plain) if kind not in ("counted",) and plain[:1].islower() and draw(st.booleans()) else plain
        text = draw(vary(plain, tuple(rewrites)))
        start, due = _expected_dates(rule, ctx, cal)
        return DeadlineCase(text, rule, kind, ctx, start, due, dated=kind != "two_clause", plain=plain)

    return draw_case()


# Phrases that name no date and must never yield one: how, not when; empty cells; the reporting authority.
_UNDATED = (
    "", " ", "-", "…", "x", "Theo quy định", "Theo kế hoạch", "Kịp thời", "Khi cần thiết", "Đúng tiến độ",
    "Theo chỉ đạo của UBND tỉnh", "Sở Nội vụ", "Báo cáo kết quả", "Không", "chưa xác định",
)


@st.composite
def undated_phrases(draw) -> str:
    """Cells that name no date: the parser must give no start and no due for them."""
    base = draw(st.sampled_from(_UNDATED))
    return draw(vary(base, ("none", "nbsp", "bold", "lower_first", "upper_first")))
