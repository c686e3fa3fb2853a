"""Properties: render/parse round trips, totality, span bounds, noise robustness, window algebra."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from reformrules import By, From, PlanContext, Window, Within, parse_deadline
from reformrules.text.fold import fold

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
years = st.integers(1990, 2090)
CTX = PlanContext(plan_year=2022)


@st.composite
def quarter_phrases(draw):
    year, quarter = draw(years), draw(st.integers(1, 4))
    number = draw(st.sampled_from([ROMAN[quarter], str(quarter)]))
    sep = draw(st.sampled_from(["/", "-", " năm ", ".", " / ", "/ "]))
    word = draw(st.sampled_from(["Quý", "quý", "QUÝ"]))
    return f"{word} {number}{sep}{year}", Window.quarter(year, quarter)


@st.composite
def month_phrases(draw):
    year, month = draw(years), draw(st.integers(1, 12))
    number = draw(st.sampled_from([str(month), f"{month:02d}"]))
    sep = draw(st.sampled_from(["/", "-", " năm "]))
    return f"{draw(st.sampled_from(['Tháng', 'tháng']))} {number}{sep}{year}", Window.month(year, month)


@st.composite
def day_phrases(draw):
    day = draw(st.dates(date(1990, 1, 1), date(2090, 12, 31)))
    form = draw(st.sampled_from(["{d:02d}/{m:02d}/{y}", "{d}/{m}/{y}", "ngày {d} tháng {m} năm {y}", "{d}-{m}-{y}"]))
    return form.format(d=day.day, m=day.month, y=day.year), Window.day(day)


@st.composite
def year_phrases(draw):
    first = draw(years)
    if draw(st.booleans()):
        return f"{draw(st.sampled_from(['Năm', 'năm', 'Trong năm']))} {first}", Window.year(first)
    last = draw(st.integers(first + 1, first + 10))
    dash = draw(st.sampled_from(["-", " - ", "–", " – "]))
    return f"Năm {first}{dash}{last}", Window.years(first, last)


window_phrases = st.one_of(quarter_phrases(), month_phrases(), day_phrases(), year_phrases())


@given(window_phrases)
def test_rendered_windows_parse_back(case) -> None:
    phrase, window = case
    assert parse_deadline(phrase, CTX).rule == Within(window)


@given(window_phrases, st.sampled_from(["chậm nhất", "Hoàn thành chậm nhất", "Chậm nhất là"]))
def test_limits_parse_back_due_on_the_window_end(case, lead) -> None:
    phrase, window = case
    d = parse_deadline(f"{lead} {phrase}", CTX)
    assert d.rule == By(window) and d.due == window.end and d.start is None


@given(window_phrases, st.sampled_from(["Từ", "từ", "Bắt đầu từ"]))
def test_starts_parse_back_start_on_the_window_start(case, lead) -> None:
    phrase, window = case
    if window.granularity.value == "years":
        return  # "từ năm A - B" reads as from A to B, tested in the case table
    d = parse_deadline(f"{lead} {phrase}", CTX)
    assert d.rule == From(window) and d.start == window.start and d.due is None


def _noisy(phrase: str, choice: int) -> str:
    if choice == 0:
        return phrase.replace(" ", "\u00a0")
    if choice == 1:
        return phrase.replace(" ", "  ")
    if choice == 2:
        return phrase.upper()
    if choice == 3:
        return phrase.replace(" ", "\n")
    return "  " + phrase + " "


@given(window_phrases, st.integers(0, 4))
def test_noise_does_not_change_the_rule(case, choice) -> None:
    phrase, _ = case
    clean = parse_deadline(phrase, CTX)
    noisy = parse_deadline(_noisy(phrase, choice), CTX)
    assert noisy.rule == clean.rule and (noisy.start, noisy.due) == (clean.start, clean.due)


@given(st.text(max_size=80))
def test_collect_mode_never_raises_and_spans_stay_in_bounds(text) -> None:
    d = parse_deadline(text, CTX)
    import unicodedata

    n = len(unicodedata.normalize("NFC", text))
    assert d.parsed or any(x.severity.value == "error" for x in d.diagnostics)
    for diag in d.diagnostics:
        if diag.span is not None:
            assert 0 <= diag.span.start <= diag.span.end <= n
    if not d.parsed:
        assert d.start is None and d.due is None


@given(st.text(alphabet="QuýIVX0123456789/-–năm tháng ngày chậm nhất từ trước()hoặc sau khi,.:", max_size=60))
def test_collect_mode_is_total_on_deadline_like_junk(text) -> None:
    d = parse_deadline(text, CTX)
    assert d.parsed or d.due is None


@given(years)
def test_quarters_partition_the_year(year) -> None:
    quarters = [Window.quarter(year, q) for q in (1, 2, 3, 4)]
    assert quarters[0].start == date(year, 1, 1) and quarters[-1].end == date(year, 12, 31)
    for a, b in zip(quarters, quarters[1:]):
        assert a.end + timedelta(days=1) == b.start
    halves = [Window.half(year, 1), Window.half(year, 2)]
    assert halves[0].start == quarters[0].start and halves[0].end == quarters[1].end
    assert halves[1].start == quarters[2].start and halves[1].end == quarters[3].end


@given(st.text())
def test_fold_preserves_length_and_is_idempotent(text) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert fold(folded) == folded


def _full_grammar(text: str):
    from reformrules.deadlines.parser import PhraseParser, combine
    from reformrules.deadlines.words import compiled
    from reformrules.lexicon import packaged
    from reformrules.text.tokens import tokenize

    diagnostics: list = []
    items, unused = PhraseParser(text, tokenize(text), CTX, diagnostics, compiled(packaged())).scan()
    return combine(items, text)[0], unused, diagnostics


half_phrases = st.tuples(st.sampled_from(["6", "06"]), st.sampled_from(["đầu", "cuối", "Đầu"]), years).map(
    lambda t: f"{t[0]} tháng {t[1]} năm {t[2]}")
marked = st.tuples(st.sampled_from(["", "Trong ", "Từ ", "chậm nhất ", "Hoàn thành chậm nhất ", "Đến ", "Trước ",
                                    "trước ngày ", "chậm nhất ngày "]),
                   st.one_of(window_phrases.map(lambda pair: pair[0]), half_phrases)).map(lambda pair: pair[0] + pair[1])


@given(st.one_of(marked, st.text(alphabet="quýQÝivIV0123456789/-. nămtháng", max_size=25)))
def test_shortcut_agrees_with_the_full_grammar(phrase) -> None:
    from reformrules.deadlines.fastpath import shortcut

    quick = shortcut(fold(phrase))
    if quick is None:
        return
    rule, unused, diagnostics = _full_grammar(phrase)
    assert quick == rule and not unused and not diagnostics


@given(st.one_of(marked, st.sampled_from([
    "Quý I/2022 (hoặc sau khi UBND tỉnh triển khai)", "Thường xuyên", "trong vòng 7 ngày kể từ khi có quyết định",
    "hàng quý, 06 tháng, năm: trước ngày 20 của tháng cuối kỳ báo cáo", "ngay trong tuần tới",
    "Hoàn thành chậm nhất Quý II/2018\nTriển khai thí điểm từ năm 2018-2020", "từ nay đến cuối năm 2025"])))
def test_deadlines_survive_json(phrase) -> None:
    from reformrules import Deadline
    from reformrules.serialize import from_json, to_json

    d = parse_deadline(phrase, CTX)
    back = from_json(Deadline, to_json(d))
    assert back == d and str(back) == str(d) and back.diagnostics == d.diagnostics


@given(st.text(max_size=200))
def test_find_deadlines_never_raises_and_spans_cover_their_text(text) -> None:
    import unicodedata

    from reformrules import find_deadlines

    nfc = unicodedata.normalize("NFC", text)
    for d in find_deadlines(text, CTX):
        assert nfc[d.span.start:d.span.end] == d.text and d.parsed


@given(window_phrases)
def test_shortcut_reads_every_plain_window_form(case) -> None:
    """The commonest cells never fall through to the slower grammar (a regression guard on speed)."""
    from reformrules.deadlines.fastpath import shortcut

    phrase, window = case
    assert shortcut(fold(phrase)) == Within(window)


@given(marked, st.sampled_from([CTX, None, PlanContext(plan_year=2030), PlanContext(issued=date(2024, 5, 1))]))
def test_the_shortcut_dates_and_diagnostics_are_the_full_readings(phrase, ctx) -> None:
    """The shortcut path computes a window's dates itself; the grammar path asks the schedule."""
    from dataclasses import replace as copy

    from reformrules.deadlines import _parse
    from reformrules.lexicon import packaged
    from reformrules.text.prepared import prepare

    quick = _parse(prepare(phrase), ctx, None, packaged())  # not cached
    full = _parse(prepare(phrase), ctx, None, copy(packaged()))  # another lexicon: no shortcut
    assert (quick.rule, quick.start, quick.due) == (full.rule, full.start, full.due)
    assert [d.code for d in quick.diagnostics] == [d.code for d in full.diagnostics]
