"""find_deadlines' prefilter skips only text where the grammar finds nothing.

The prefilter (deadlines/words.py ``may_hold``) is derived from the grammar table's clues: a digit,
or a clue's words as whole words with any spacing, line breaks or emphasis marks between them. A head
word that is common in other senses is a clue only with the word it needs after it ("hằng năm", not
"hàng" of "hàng hóa"; "đầu năm", not "Đầu" of "Đầu tư"). These tests run find_deadlines with the
prefilter and with it switched off, on every paragraph and line of the example plans and on generated
running text, and require the same finds.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reformrules import PlanContext, find_deadlines
from reformrules.deadlines import clear_cache
from reformrules.deadlines.words import compiled
from reformrules.lexicon import packaged
from reformrules.text.fold import fold

CTX = PlanContext(plan_year=2026, issued=date(2025, 11, 20))
WORDS = compiled(packaged())
TW = packaged().time
ROOT = Path(__file__).resolve().parents[2]
PLANS = sorted((ROOT / "examples" / "plans").glob("*.txt")) + sorted(
    p for p in (ROOT / "examples" / "corpus").glob("*.md") if p.name != "README.md")


def finds(text: str) -> list[tuple[int, int, str]]:
    return [(d.span.start, d.span.end, str(d)) for d in find_deadlines(text, CTX)]


def unfiltered(text: str) -> list[tuple[int, int, str]]:
    """find_deadlines with the prefilter switched off: every text goes to the grammar."""
    kept = WORDS.may_hold
    WORDS.may_hold = lambda folded: True
    try:
        clear_cache()
        return finds(text)
    finally:
        WORDS.may_hold = kept
        clear_cache()


def test_plans_find_the_same_with_and_without_the_prefilter():
    texts = [piece for path in PLANS for para in path.read_text(encoding="utf-8").split("\n\n")
             for piece in (para, *para.split("\n"))]
    skipped = found = 0
    for text in texts:
        if not WORDS.may_hold(fold(text)):
            skipped += 1
            assert unfiltered(text) == [], text
        else:
            found += len(finds(text))
    assert skipped > 1000 and found > 100  # both sides of the filter are exercised


@pytest.mark.parametrize("text", [
    "Thực hiện thường  xuyên.",            # two spaces
    "Thực hiện thường **xuyên**.",         # emphasis between the words
    "Thực hiện thường\nxuyên.",            # a hard wrap
    "Báo cáo khi  có\nyêu cầu.",
    "Báo cáo hằng\nquý.",
    "Tổ chức sơ kết vào cuối **năm**.",
    "Thực hiện đột xuất.",
])
def test_clues_read_through_spacing_and_emphasis(text):
    assert WORDS.may_hold(fold(text))
    assert finds(text) == unfiltered(text) != []


@pytest.mark.parametrize("text", [
    "Sở Kế hoạch và Đầu tư",         # "đầu" of "đầu tư" (investment), not "đầu năm" (start of the year)
    "Kiểm soát chất lượng hàng hóa",  # "hàng" of "hàng hóa" (goods), not "hàng quý"
    "nhẹ nhàng, ngân hàng",           # "hàng" inside a syllable and in "ngân hàng" (bank)
    "giữa các cơ quan, mỗi đơn vị",   # "giữa" (between), "mỗi" (each) with no period word
])
def test_common_senses_of_head_words_are_skipped(text):
    assert not WORDS.may_hold(fold(text))
    assert unfiltered(text) == []


# running text built from the words that open or shape a phrase, with fillers and mixed spacing
VOCABULARY = sorted({w for clue in WORDS.clues for w in clue.split()} | WORDS.start_words
                    | set(TW.PERIOD_WORDS) | set(TW.ROMAN) | {"tư", "hóa", "các", "đơn", "vị", "báo", "cáo"})
SPACING = st.sampled_from([" ", "  ", "\n", " **", "** ", "\u00a0", " - "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(VOCABULARY), SPACING), min_size=1, max_size=8))
def test_generated_text_finds_the_same(pieces):
    text = "".join(word + gap for word, gap in pieces)
    clear_cache()
    assert finds(text) == unfiltered(text)
