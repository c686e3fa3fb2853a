"""Target sentences drawn with their expected comparisons.

A ``TargetCase`` lists the goals a sentence sets (comparator, value, upper bound, unit, subject), built from
``reformrules.targets.Comparator``; the comparator words come from a table with their meaning. The
``reported`` form adds a result already reached ("mới đạt 38,2%") beside the goal: only the goal is a target.

Examples:
    >>> from hypothesis import given, settings
    >>> from reformrules.targets import parse_targets
    >>> @settings(max_examples=20, database=None)
    ... @given(target_sentences(forms=("comparison", "range")))
    ... def check(case):
    ...     case.check(parse_targets(case.text))
    >>> check()
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from hypothesis import strategies as st

from ..targets.model import Comparator, Target
from ..text.fold import fold
from .variation import vary

#: The forms ``target_sentences`` draws, simplest first.
TARGET_FORMS = ("comparison", "range", "share", "reported")

# Comparator words of plans, with their meaning: "đạt tối thiểu 78%" (at least), "trên" (above) …
_COMPARATORS = (
    ("đạt tối thiểu", Comparator.GE), ("đạt ít nhất", Comparator.GE), ("đạt trên", Comparator.GT),
    ("đạt tối đa", Comparator.LE), ("không vượt quá", Comparator.LE), ("giảm xuống dưới", Comparator.LT),
    ("dưới", Comparator.LT), ("đạt từ", Comparator.GE),
)
# Measured subjects, as plans write them (rates of administrative reform indicators).
_SUBJECTS = (
    "Tỷ lệ hồ sơ giải quyết đúng hạn", "Tỷ lệ thủ tục hành chính được cung cấp trực tuyến toàn trình",
    "Mức độ hài lòng của người dân, doanh nghiệp", "Tỷ lệ hồ sơ được số hóa",
    "Tỷ lệ văn bản được gửi nhận dưới dạng điện tử", "Chỉ số cải cách hành chính của tỉnh",
)
# Shares written before their subject: "100% thủ tục hành chính được công khai".
_SHARE_SUBJECTS = ("thủ tục hành chính được công khai", "cơ quan nhà nước sử dụng văn bản điện tử",
                   "hồ sơ được tiếp nhận qua dịch vụ bưu chính công ích")
# Words that report a result reached, not a goal: "mới đạt" (has only reached), "chỉ đạt" (only reached).
_REPORTED = ("mới đạt", "chỉ đạt", "đã đạt")


@dataclass(frozen=True)
class ExpectedTarget:
    """One goal: ``op value`` (``value..upper`` for a range) in ``unit``, about ``subject``."""

    op: Comparator
    value: Decimal
    unit: str = "%"
    upper: Decimal | None = None
    subject: str | None = None

    def mismatch(self, target: Target) -> str | None:
        got = (target.op, target.value, target.upper, target.unit)
        want = (self.op, self.value, self.upper, self.unit)
        if got != want:
            return f"{target} != expected {self.op.value} {self.value}{self.unit}"
        if self.subject is not None and fold(target.subject.strip()) != fold(self.subject):
            return f"subject {target.subject!r} != expected {self.subject!r}"
        return None


@dataclass(frozen=True)
class TargetCase:
    """A sentence and the goals it sets, in order."""

    text: str
    targets: tuple[ExpectedTarget, ...]
    form: str

    def mismatch(self, found: Sequence[Target]) -> str | None:
        real = [t for t in found if t.op is not Comparator.UNPARSED]
        if len(real) != len(self.targets):
            return f"{len(real)} targets {[str(t) for t in real]} != expected {len(self.targets)}"
        for target, expected in zip(real, self.targets):
            why = expected.mismatch(target)
            if why:
                return why
        return None

    def check(self, found: Sequence[Target]) -> None:
        """Raise ``AssertionError`` naming the difference when ``found`` is not the expected goals."""
        why = self.mismatch(found)
        if why is not None:
            raise AssertionError(f"{self.text!r} ({self.form}): {why}")


@st.composite
def _percent(draw, low: int = 1, high: int = 99) -> tuple[str, Decimal]:
    whole = draw(st.integers(low, high))
    if draw(st.booleans()):
        return f"{whole}%", Decimal(whole)
    tenth = draw(st.integers(1, 9))
    return f"{whole},{tenth}%", Decimal(f"{whole}.{tenth}")  # a decimal comma, as Vietnamese writes it


@st.composite
def target_sentences(draw, forms: tuple[str, ...] = TARGET_FORMS) -> TargetCase:
    """A target sentence and its goals.

    ``forms``: "comparison" ("Tỷ lệ … đạt tối thiểu 78%"), "range" ("… đạt từ 50% đến 70%"), "share"
    ("100% thủ tục hành chính được công khai"), "reported" ("Năm 2023, tỷ lệ … mới đạt 38,2%, trong khi
    chỉ tiêu là 45%": one goal, 45%).
    """
    form = draw(st.sampled_from(forms))
    subject = draw(st.sampled_from(_SUBJECTS))
    if form == "comparison":
        words, op = draw(st.sampled_from([c for c in _COMPARATORS if c[0] != "đạt từ"]))
        written, value = draw(_percent())
        text = f"{subject} {words} {written}"
        expected = (ExpectedTarget(op, value, subject=subject),)
    elif form == "range":
        low_text, low = draw(_percent(1, 50))
        high_text, high = draw(_percent(51, 99))
        text = f"{subject} đạt từ {low_text} đến {high_text}"
        expected = (ExpectedTarget(Comparator.RANGE, low, upper=high, subject=subject),)
    elif form == "share":
        share = draw(st.sampled_from(_SHARE_SUBJECTS))
        text = f"100% {share}"
        expected = (ExpectedTarget(Comparator.EQ, Decimal(100), subject=share),)
    else:
        year = draw(st.integers(2020, 2030))
        reached_text, _ = draw(_percent(1, 49))
        goal_text, goal = draw(_percent(50, 99))
        lower = subject[0].lower() + subject[1:]
        text = f"Năm {year}, {lower} {draw(st.sampled_from(_REPORTED))} {reached_text}, trong khi chỉ tiêu là {goal_text}"
        expected = (ExpectedTarget(Comparator.GE, goal),)
    text = draw(vary(text, ("none", "nbsp", "double_space", "old_tone")))
    return TargetCase(text, expected, form)
