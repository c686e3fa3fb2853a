"""Hypothesis properties of targets: monotonicity, exact ranges, canonical and Vietnamese round trips,
totality and noise robustness."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from reformrules.errors import ParseError
from reformrules.targets import Comparator, Relative, Target, VerdictStatus, evaluate, parse_canonical, parse_targets
from reformrules.targets.model import PERCENT

MET = VerdictStatus.MET
ORDERED = (Comparator.GE, Comparator.GT, Comparator.LE, Comparator.LT)

percents = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False)
levels = st.sampled_from(("tỉnh", "huyện", "xã", "trung ương"))
baselines = st.text(alphabet=st.sampled_from('abc đươ"\\|-'), min_size=1, max_size=12)


@given(op=st.sampled_from(ORDERED), value=percents, a=percents, b=percents)
def test_monotonic(op: Comparator, value: Decimal, a: Decimal, b: Decimal) -> None:
    low, high = sorted((a, b))
    target = Target(op, value, unit=PERCENT)
    met_low = evaluate(target, low).status is MET
    met_high = evaluate(target, high).status is MET
    if op in (Comparator.GE, Comparator.GT):
        assert not met_low or met_high  # if a meets ">= x", every larger actual does
    else:
        assert not met_high or met_low  # if a meets "<= x", every smaller actual does


@given(op=st.sampled_from(ORDERED), value=percents)
def test_boundary_is_exact(op: Comparator, value: Decimal) -> None:
    verdict = evaluate(Target(op, value, unit=PERCENT), value)
    assert (verdict.status is MET) == (op in (Comparator.GE, Comparator.LE))
    assert verdict.margin == 0


@given(bounds=st.tuples(percents, percents), actual=percents)
def test_ranges_are_met_exactly_inside_their_bounds(bounds: tuple[Decimal, Decimal], actual: Decimal) -> None:
    low, high = sorted(bounds)
    verdict = evaluate(Target(Comparator.RANGE, low, high, unit=PERCENT), actual)
    assert (verdict.status is MET) == (low <= actual <= high)
    assert (verdict.margin >= 0) == (low <= actual <= high)  # type: ignore[operator]


@st.composite
def targets(draw: st.DrawFn, depth: int = 1) -> Target:
    relative = draw(st.sampled_from((None, None, Relative.DIFFERENCE, Relative.GROWTH, Relative.RATIO)))
    unit = PERCENT if relative in (Relative.GROWTH, Relative.RATIO) else draw(st.sampled_from((PERCENT, None, "hồ sơ")))
    op = draw(st.sampled_from((*ORDERED, Comparator.EQ, Comparator.RANGE, Comparator.UNPARSED)))
    if op is Comparator.UNPARSED:  # "unparsed" carries no comparison, unit or baseline
        relative, unit = None, None
    signed = relative in (Relative.DIFFERENCE, Relative.GROWTH)
    numbers = st.decimals(min_value=-100 if signed else 0, max_value=100, places=draw(st.integers(0, 2)),
                          allow_nan=False, allow_infinity=False)
    value = upper = None
    if op is not Comparator.UNPARSED:
        value = draw(numbers)
        if op is Comparator.RANGE:
            value, upper = sorted((value, draw(numbers)))
    baseline = draw(st.none() | baselines) if relative is not None else None
    alternatives = tuple(draw(st.lists(targets(depth=0), max_size=2))) if depth else ()
    return Target(op, value, upper, unit=unit, level=draw(st.none() | levels), baseline=baseline,
                  relative=relative, implicit=draw(st.booleans()), alternatives=alternatives)


@given(target=targets())
def test_canonical_string_round_trips(target: Target) -> None:
    text = str(target)
    assert "\n" not in text
    again = parse_canonical(text)
    assert str(again) == text
    assert again == target
    assert again.value == target.value and again.upper == target.upper


# Vietnamese renderings of a comparison: (template, comparator); {v} is written with a decimal comma.
TEMPLATES = [
    ("đạt tối thiểu {v}%", Comparator.GE), ("ít nhất {v}%", Comparator.GE), ("từ {v}% trở lên", Comparator.GE),
    ("không thấp hơn {v} %", Comparator.GE), ("đạt trên {v}%", Comparator.GT), ("hơn {v}%", Comparator.GT),
    ("tối đa {v}%", Comparator.LE), ("không quá {v}%", Comparator.LE), ("không vượt quá {v}%", Comparator.LE),
    ("dưới {v}%", Comparator.LT), ("giảm xuống dưới {v}%", Comparator.LT),
]


def _vi(value: Decimal) -> str:
    return format(value, "f").replace(".", ",")


@given(template=st.sampled_from(TEMPLATES), value=percents, lead=st.sampled_from(("", "Tỷ lệ hồ sơ trực tuyến ")))
def test_vietnamese_comparisons_parse_to_their_canonical(template: tuple[str, Comparator], value: Decimal,
                                                         lead: str) -> None:
    phrase, op = template
    (target,) = parse_targets(lead + phrase.format(v=_vi(value)))
    assert str(target) == str(Target(op, value, unit=PERCENT))
    assert target.value == value


@given(bounds=st.tuples(percents, percents), joiner=st.sampled_from((" - ", " -", "-", " – ", " đến ")))
def test_vietnamese_ranges_parse_to_their_canonical(bounds: tuple[Decimal, Decimal], joiner: str) -> None:
    low, high = sorted(bounds)
    (target,) = parse_targets(f"Phấn đấu từ {_vi(low)}%{joiner}{_vi(high)}%")
    assert str(target) == f"{format(low, 'f')}%..{format(high, 'f')}%"


@given(bounds=st.tuples(percents, percents), rate=st.booleans())
def test_exceeding_by_a_range_requires_its_lower_end_only(bounds: tuple[Decimal, Decimal], rate: bool) -> None:
    low, high = sorted(bounds)
    head = "Tỷ lệ hồ sơ trực tuyến" if rate else "Số hồ sơ trực tuyến"
    (target,) = parse_targets(f"{head} vượt {_vi(bounds[0])}-{_vi(bounds[1])}% so với chỉ tiêu được giao")
    assert (target.op, target.value, target.upper, target.implicit) == (Comparator.GE, low, None, True)
    assert target.relative is (Relative.DIFFERENCE if rate else Relative.GROWTH)
    if rate:  # every excess at or above the lower end meets it, however far past the upper end
        assert evaluate(target, min(Decimal(100), high + 1), baseline=0).status is MET


@settings(max_examples=300)
@given(text=st.text(alphabet=st.sampled_from(list("đạt tối thiểu trên dưới từ trở lên (hoặc) ,;.-–%0123456789\n\u00a0xX…"))))
def test_collect_never_raises_and_spans_stay_in_bounds(text: str) -> None:
    found = parse_targets(text)
    for target in found:
        assert target.span is not None and 0 <= target.span.start <= target.span.end <= len(text)
        assert text[target.span.start : target.span.end] == target.text
        if target.op is Comparator.UNPARSED:
            assert any(d.severity.value == "error" for d in target.diagnostics)
        for diagnostic in target.diagnostics:
            assert diagnostic.span is None or diagnostic.span.end <= len(text)
    try:
        parse_targets(text, mode="raise")
    except ParseError as exc:
        assert exc.diagnostics and all(d.severity.value == "error" for d in exc.diagnostics)


@given(text=st.text(max_size=60))
def test_any_text_parses_and_evaluates_without_error(text: str) -> None:
    for target in parse_targets(text):
        assert evaluate(target, Decimal(50)).status in VerdictStatus


NOISE = st.sampled_from((" ", "  ", "\u00a0", "\n", " \n"))


@given(first=NOISE, second=NOISE, third=NOISE, upper=st.booleans())
def test_spaces_line_breaks_and_case_do_not_change_the_reading(first: str, second: str, third: str,
                                                               upper: bool) -> None:
    phrase = f"Mức độ hài lòng{first}đạt tối{second}thiểu{third}78%, đối với đơn vị đạt trên 84%"
    if upper:
        phrase = phrase.upper()
    assert [str(t) for t in parse_targets(phrase)] == [">= 78%", "> 84%"]


@given(whole=st.integers(min_value=0, max_value=10**7))
def test_counts_keep_their_unit(whole: int) -> None:
    written = f"{whole:,}".replace(",", ".")  # Vietnamese thousands separator
    (target,) = parse_targets(f"tối thiểu {written} hồ sơ")
    assert (target.op, target.value, target.unit) == (Comparator.GE, Decimal(whole), "hồ sơ")
