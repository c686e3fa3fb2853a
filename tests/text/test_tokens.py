"""The tokenizer: kinds and offsets, checked against a plain named-group reference on any text, and
against the previous implementation (one pattern over the whole text, a call per token for its kind,
a find loop for its offsets), kept here as the reference of the chunked one."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from reformrules.text import tokens as tokens_module
from reformrules.text.fold import fold
from reformrules.text.tokens import token_columns, tokenize

REFERENCE = re.compile(
    r"""
    (?P<date>\d{1,2}/\d{1,2}/\d{4}(?!\d)|\d{1,2}-\d{1,2}-\d{4}(?!\d)|\d{1,2}\.\d{1,2}\.\d{4}(?!\d))
  | (?P<num>\d+)
  | (?P<word>[^\W\d_]+(?:&[^\W\d_]+)*)
  | (?P<emphasis>\*+|__+)
  | (?P<pct>%)
  | (?P<open>[(\[])
  | (?P<close>[)\]])
  | (?P<ellipsis>\.{2,}|…)
  | (?P<sep>[/\-.])
  | (?P<punct>[,;:])
  | (?P<other>\S)
    """,
    re.VERBOSE,
)


def reference(text: str):
    return [(m.lastgroup, m.group(), m.start(), m.end()) for m in REFERENCE.finditer(fold(text))
            if m.lastgroup != "emphasis"]


def test_a_date_keeps_one_separator() -> None:
    # "Tháng 6-7/2024" is June to July, not the 6th of July
    assert [t.kind for t in tokenize("6-7/2024")] == ["num", "sep", "num", "sep", "num"]
    assert [t.kind for t in tokenize("06-07-2024 6.7.2024 6/7/2024")] == ["date", "date", "date"]


def test_kinds_and_offsets_over_lines() -> None:
    text = "Quý II/2018\n(hoặc sau khi UBND tỉnh…) 30/06/2023; TT&TT"
    got = [(t.kind, t.text, t.start, t.end) for t in tokenize(text)]
    assert got == reference(text)
    assert [t.kind for t in tokenize(text)] == [
        "word", "word", "sep", "num", "open", "word", "word", "word", "word", "word", "ellipsis", "close",
        "date", "punct", "word"]
    for tok in tokenize(text):
        assert fold(text[tok.start:tok.end]) == tok.text


@given(st.text(alphabet=st.sampled_from(list("Quýquí IVX0123456789/-.…,;:()[]&ĐđHoàhòa \n\t\u00a0–năm*_%")), max_size=60))
def test_tokenize_agrees_with_the_reference(text) -> None:
    assert [tuple(t) for t in tokenize(text)] == reference(text)


@given(st.text(max_size=60))
def test_tokenize_agrees_with_the_reference_on_any_text(text) -> None:
    assert [tuple(t) for t in tokenize(text)] == reference(text)


def previous_token_columns(text: str, *, numbers: str = "dates", skip_emphasis: bool = True):
    """token_columns as it was before the chunked scan (same pattern and kinds table)."""
    pattern = tokens_module._PATTERNS[numbers]
    folded = fold(text)
    texts = pattern.findall(folded)
    dates = numbers == "dates"
    kinds = [tokens_module._kind(piece, dates) for piece in texts]
    starts, ends = [], []
    pos = 0
    for piece in texts:
        pos = folded.find(piece, pos)
        starts.append(pos)
        pos += len(piece)
        ends.append(pos)
    if "emphasis" in kinds:
        if skip_emphasis:
            keep = [k != "emphasis" for k in kinds]
            kinds, texts, starts, ends = ([v for v, ok in zip(col, keep) if ok] for col in (kinds, texts, starts, ends))
        else:
            kinds = ["other" if k == "emphasis" else k for k in kinds]
    return kinds, texts, starts, ends


# Plan-like text: syllables with a mark glued on ("vụ," "năm." "tỉnh)"), digits, dates, emphasis, other
# spaces (NBSP, line breaks, U+2028 that fold keeps) and letters outside Vietnamese ("ï", "²", "¼").
plan_chunks = st.sampled_from(["Sở", "vụ,", "năm.", "tỉnh)", "(hoặc", "2026", "30/06/2023", "15.6", "1.000,5", "45,8%",
                               "**", "**ngày", "TT&TT", "__", "_", "*", "…", "..", "-", "–", "\u00a0", "\n", "\u2028",
                               "naïve", "m²", "¼", "Hoà", "QUÝ", "II/2026", "vụ,,", "a.b", ":", "x)", "é\u0301"])
plan_texts = st.lists(plan_chunks, max_size=12).map(lambda words: "".join(w + (" " if i % 3 else "  ") for i, w in enumerate(words)))


@given(plan_texts | st.text(max_size=60), st.sampled_from(["dates", "decimals"]), st.booleans())
def test_token_columns_agree_with_the_previous_implementation(text, numbers, skip_emphasis) -> None:
    assert token_columns(text, numbers=numbers, skip_emphasis=skip_emphasis) == previous_token_columns(
        text, numbers=numbers, skip_emphasis=skip_emphasis)


def test_chunks_of_every_shape_agree_with_the_previous_implementation() -> None:
    text = "Sở Nội vụ, năm. tỉnh) 2026  30/06/2023 m² ¼ naïve a\u2028b, x:: (a) **b** 1.000,5 45%"
    for numbers in ("dates", "decimals"):
        for skip in (True, False):
            assert token_columns(text, numbers=numbers, skip_emphasis=skip) == previous_token_columns(
                text, numbers=numbers, skip_emphasis=skip)
    assert token_columns("vụ, năm.")[0] == ["word", "punct", "word", "sep"]
