"""The shared text layer: trie, collector, located input and the lexicon object."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reformrules import ParseError, find_deadlines, parse_assignment, parse_deadline, parse_targets
from reformrules.diagnostics import Code
from reformrules.document import Located
from reformrules.lexicon import Lexicon, packaged
from reformrules.source import Source, SourceMap, Span
from reformrules.text.collect import Collector, check_mode
from reformrules.text.located import place_of
from reformrules.text.tokens import tokenize
from reformrules.text.trie import WordTrie

words = st.lists(st.sampled_from(["trong", "vòng", "chậm", "nhất", "kể", "từ", "quý"]), min_size=1, max_size=4)


@given(st.dictionaries(words.map(tuple), st.integers(), max_size=12), st.lists(st.sampled_from(
    ["trong", "vòng", "chậm", "nhất", "kể", "từ", "quý", "x"]), max_size=8), st.integers(0, 8))
def test_trie_longest_is_the_longest_key_at_the_index(table, texts, i) -> None:
    trie = WordTrie(table)
    expected = None
    for key, value in table.items():
        if tuple(texts[i:i + len(key)]) == key and (expected is None or len(key) > expected[0]):
            expected = (len(key), value)
    assert trie.longest(texts, i) == expected
    assert len(trie) == len(table) and all(key in trie for key in table)


def test_trie_accept_stops_at_a_rejected_token() -> None:
    trie = WordTrie({("a", "b"): 1, ("a",): 2})
    assert trie.longest(["a", "b"], 0, accept=lambda k: k == 0) == (1, 2)
    with pytest.raises(ValueError):
        WordTrie({("a", ""): 1})


def test_collector_drops_duplicates_and_raises_every_error() -> None:
    out = Collector()
    out.error(Code.TEXT_EMPTY, "one", Span(0, 1))
    out.error(Code.TEXT_EMPTY, "one", Span(0, 1))
    out.error(Code.DEADLINE_UNPARSED, "two")
    assert len(out.finish("x", "collect")) == 2
    with pytest.raises(ParseError) as caught:
        out.finish("x", "raise")
    assert [d.code for d in caught.value.diagnostics] == [Code.TEXT_EMPTY, Code.DEADLINE_UNPARSED]
    with pytest.raises(ValueError):
        check_mode("strict")


@pytest.mark.parametrize("call", [
    lambda: parse_deadline("Quý I/2022", mode="strict"),
    lambda: parse_assignment("Sở Nội vụ", mode="strict"),
    lambda: parse_targets("đạt 50%", mode="strict"),
])
def test_every_parser_checks_its_mode_the_same_way(call) -> None:
    with pytest.raises(ValueError, match="mode must be 'collect' or 'raise'"):
        call()


def test_every_parser_takes_the_lexicon_object() -> None:
    lex = packaged()
    assert str(parse_deadline("Quý I/2022", lexicon=lex)) == "within 2022Q1"
    assert [m.name for m in parse_assignment("Sở Nội vụ chủ trì", lexicon=lex).lead] == ["Sở Nội vụ"]
    assert [str(t) for t in parse_targets("đạt tối thiểu 50%", lexicon=lex)] == [">= 50%"]
    with pytest.raises(TypeError):
        parse_deadline("Quý I/2022", lexicon={"MARKERS": ()})
    with pytest.raises(TypeError):
        parse_targets("đạt 50%", lexicon="vi")


def test_a_lexicon_without_a_marker_does_not_read_it() -> None:
    lex = packaged()
    without = replace(lex, time=replace(lex.time, MARKERS=tuple(m for m in lex.time.MARKERS if m[0] != ("chậm", "nhất"))))
    assert str(parse_deadline("chậm nhất trong tháng 3 năm 2024 nộp")) == "by 2024-03"
    assert str(parse_deadline("chậm nhất trong tháng 3 năm 2024 nộp", lexicon=without)) != "by 2024-03"
    assert isinstance(without, Lexicon) and without.abbreviations is lex.abbreviations


def test_one_abbreviation_table_expands_actor_names() -> None:
    d = parse_deadline("sau khi UBND tỉnh phê duyệt")
    assert d.event_actor == "Ủy ban nhân dân tỉnh"
    assert packaged().abbreviations["UBND"] == "Ủy ban nhân dân"


def test_a_located_cell_gives_file_coordinates() -> None:
    source = Source("plan.md", "| 3 | Rà soát | Quý II/2026\n(hoặc sau khi\nUBND tỉnh hướng dẫn) |")
    start = source.text.index("Quý")
    first_end = source.text.index("\n", start)
    second = first_end + 1
    text = "Quý II/2026 (hoặc sau khi UBND tỉnh hướng dẫn)"
    # the cell's text joins its two lines with a space; each piece maps to its own line
    pieces = ((0, start, first_end - start), (first_end - start + 1, second, len(source.text) - second - 2))
    cell = Located(text, Span(start, len(source.text) - 2), SourceMap(pieces))
    d = parse_deadline(cell)
    assert d.span == Span(start, len(source.text) - 2)
    condition = d.rule.options[1].condition
    assert condition.span.slice(source.text).replace("\n", " ") == "UBND tỉnh hướng dẫn"
    found = find_deadlines(cell)
    assert [f.span.slice(source.text) for f in found][:1] == ["Quý II/2026"]


def test_place_of_rejects_other_types() -> None:
    with pytest.raises(TypeError):
        place_of(b"Quy I")
    with pytest.raises(TypeError):
        parse_deadline(b"Quy I")  # type: ignore[arg-type]


def test_emphasis_marks_are_not_tokens_anywhere() -> None:
    assert [t.text for t in tokenize("**Quý II**/2026")] == ["quý", "ii", "/", "2026"]
    assert [t.kind for t in tokenize("a*b", skip_emphasis=False)] == ["word", "other", "word"]


def test_the_lexicon_holds_every_time_word_table() -> None:
    from dataclasses import fields

    from reformrules.lexicon import TimeWords, timewords

    tables = {name for name in dir(timewords) if name.isupper()}
    assert tables == {f.name for f in fields(TimeWords)}
    assert all(getattr(TimeWords(), name) is getattr(timewords, name) for name in tables)
