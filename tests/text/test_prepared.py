"""A text prepared once (text/prepared.py): every parser accepts it and reads it as the text itself."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reformrules import find_deadlines, parse_assignment, parse_deadline, parse_targets
from reformrules.deadlines import clear_cache
from reformrules.document import Located
from reformrules.source import Source, SourceMap, Span
from reformrules.text import prepared as prepared_module
from reformrules.text.fold import fold
from reformrules.text.prepared import Prepared, prepare
from reformrules.text.tokens import tokenize

plan_words = st.sampled_from(["Quý", "II", "/", "2026", "trước", "ngày", "15/6", "hằng", "năm", "sau", "khi",
                              "UBND", "tỉnh", "(", ")", "hoặc", "đạt", "50%", "\u00a0", "\n", "**", "Hoà"])
texts = st.lists(plan_words, max_size=10).map(" ".join) | st.text(max_size=30)


@given(texts)
def test_a_prepared_text_reads_as_the_text(text) -> None:
    cell = prepare(text)
    assert cell.text == unicodedata.normalize("NFC", text) and cell.normalized == (cell.text != text)
    assert cell.folded == fold(cell.text)
    assert cell.tokens() == tokenize(cell.text) and cell.tokens("decimals") == tokenize(cell.text, numbers="decimals")
    clear_cache()
    plain = parse_deadline(text)
    clear_cache()
    assert parse_deadline(cell) == plain
    assert find_deadlines(cell) == find_deadlines(text)
    if not cell.normalized:  # the others read the NFC text of a prepared cell (spans of its NFC form)
        assert parse_targets(cell) == parse_targets(text)
        assert parse_assignment(cell) == parse_assignment(text)


def test_preparing_twice_is_the_same_object_and_tokenizes_once(monkeypatch) -> None:
    calls = []
    real = prepared_module.token_columns

    def counted(*args, **kwargs):
        calls.append(kwargs.get("numbers"))
        return real(*args, **kwargs)

    monkeypatch.setattr(prepared_module, "token_columns", counted)
    cell = prepare("Hoàn thành chậm nhất Quý II/2026 (hoặc sau khi Sở Nội vụ hướng dẫn)")
    assert prepare(cell) is cell
    clear_cache()
    assert str(parse_deadline(cell)) == 'any(by 2026Q2 | after "Sở Nội vụ hướng dẫn")'
    assert [d.text for d in find_deadlines(cell)] == ["Hoàn thành chậm nhất Quý II/2026", "sau khi Sở Nội vụ hướng dẫn"]
    assert cell.tokens() is cell.tokens()
    assert calls == ["dates"]  # one tokenization for both deadline readers


def test_a_prepared_located_cell_keeps_its_place() -> None:
    src = Source("p.md", "x\nQuý II\n/2026")
    cell = Located("Quý II /2026", Span(2, 14), SourceMap(((0, 2, 6), (7, 9, 5))))
    d = parse_deadline(prepare(cell))
    assert str(d) == "within 2026Q2" and d.span == parse_deadline(cell).span
    assert d.span.slice(src.text) == "Quý II\n/2026"


def test_a_plain_string_with_an_offset_and_other_types() -> None:
    cell = prepare("Quý II/2026", offset=100)
    assert parse_deadline(cell).span == Span(100, 111)
    with pytest.raises(ValueError):
        prepare(cell, offset=5)
    with pytest.raises(TypeError, match="not bytes"):
        prepare(b"Quy II")
    with pytest.raises(TypeError):
        parse_deadline(b"Quy II")  # type: ignore[arg-type]
    assert isinstance(prepare("x"), Prepared) and str(prepare("Hoà")) == "Hoà"


def test_a_text_that_is_not_nfc_is_read_in_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Quý II/2026")
    d = parse_deadline(prepare(decomposed))
    assert str(d) == "within 2026Q2" and [x.code.value for x in d.diagnostics] == ["text.normalized"]


@given(texts)
def test_a_cell_made_from_its_nfc_text_and_fold_is_the_prepared_one(text) -> None:
    nfc = unicodedata.normalize("NFC", text)
    made, prepared = Prepared.of_nfc(nfc, fold(nfc)), prepare(nfc)
    assert (made.text, made.given, made.normalized, made.folded, made.place.is_identity) == (
        prepared.text, prepared.given, prepared.normalized, prepared.folded, prepared.place.is_identity)
    assert made.tokens() == prepared.tokens() and made.columns("decimals") == prepared.columns("decimals")
