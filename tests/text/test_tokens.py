"""The tokenizer: kinds and offsets, checked against a plain named-group reference on any text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from reformrules.text.fold import fold
from reformrules.text.tokens import tokenize

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
