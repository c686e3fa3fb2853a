"""parse_targets reads its word tables from the lexicon (``Lexicon.targets``, lexicon/targetwords.py) and
accepts the shared prepared text (text/prepared.py)."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest

from reformrules.lexicon import Lexicon, packaged, targetwords
from reformrules.lexicon.targetwords import CueRow, TargetWords
from reformrules.targets import parse_targets
from reformrules.targets.grammar import compiled, packaged_grammar
from reformrules.text.prepared import prepare


def _read(text: str, lexicon: Lexicon | None = None) -> list[str]:
    return [str(t) for t in parse_targets(text, lexicon=lexicon)]


def test_the_packaged_lexicon_holds_the_targets_tables() -> None:
    assert isinstance(packaged().targets, TargetWords)
    assert compiled(packaged()) is packaged_grammar()  # compiled once per lexicon object


def test_a_callers_extra_unit_is_read_and_the_packaged_lexicon_is_unchanged() -> None:
    lex = packaged()
    mine = replace(lex, targets=replace(lex.targets, UNITS=lex.targets.UNITS + (("chiếc", "pieces"),)))
    assert _read("đạt tối thiểu 20 chiếc xe", mine) == [">= 20 chiếc"]
    assert _read("đạt tối thiểu 20 chiếc xe") == []
    assert _read("đạt tối thiểu 20 chiếc xe", lex) == []


def test_a_callers_cue_table_replaces_the_packaged_one() -> None:
    lex = packaged()
    # without "tối thiểu" the comparison is the verb's, implicit
    cues = tuple(row for row in lex.targets.CUES if row.phrase != "tối thiểu")
    mine = replace(lex, targets=replace(lex.targets, CUES=cues))
    assert _read("Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%", mine) == [">= 50% [implicit]"]
    assert _read("Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%") == [">= 50%"]
    # a synonym of the caller's own
    more = replace(lex, targets=replace(lex.targets, CUES=lex.targets.CUES + (
        CueRow("tối thiểu là", "comparator", ">=", "at least (is)", "test"),)))
    assert _read("Tỷ lệ hồ sơ trực tuyến tối thiểu là 50%", more) == [">= 50%"]


def test_a_callers_word_goal_opener_reaches_the_prefilter() -> None:
    lex = packaged()
    rows = lex.targets.WORD_GOALS + (targetwords.WordGoalRow("tất cả", "==", "100", ("được",), True, "all", "test"),)
    mine = replace(lex, targets=replace(lex.targets, WORD_GOALS=rows))
    assert _read("Tất cả hồ sơ được số hóa", mine) == ["== 100%"]
    assert _read("Tất cả hồ sơ được số hóa") == []


def test_a_lexicon_of_another_type_is_refused() -> None:
    with pytest.raises(TypeError):
        parse_targets("đạt 50%", lexicon="vi")  # type: ignore[arg-type]


def test_every_table_row_has_vietnamese_and_an_english_gloss() -> None:
    words = TargetWords()
    for f in fields(words):
        value = getattr(words, f.name)
        if isinstance(value, int):
            continue
        rows = value if isinstance(value[0], tuple) else (value,)
        for row in rows:
            assert row[0] and isinstance(row[0], str), (f.name, row)
            if hasattr(row, "gloss"):
                assert row.gloss and row.source, (f.name, row)
            else:  # (phrase, English gloss[, …]): some part after the phrase is plain English
                assert any(part[:1].isascii() and part[:1].isalpha() or part[:1] == "("
                           for part in row[1:] if isinstance(part, str) and part), (f.name, row)


def test_a_prepared_text_reads_the_same_and_keeps_its_tokens() -> None:
    text = "Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%; giảm xuống dưới 5% hồ sơ trễ hạn"
    cell = prepare(text)
    assert [str(t) for t in parse_targets(cell)] == _read(text) == [">= 50%", "< 5%"]
    tokens = cell.tokens("decimals")
    assert cell.tokens("decimals") is tokens  # computed once, reused by parse_targets
    assert [t.span for t in parse_targets(cell)] == [t.span for t in parse_targets(text)]
