"""refs: Roman numerals, task ids, TaskRef/Dependency values and cross-references ("(Mục V.2)")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reformrules.refs import (CrossRef, Dependency, TaskRef, find_cross_refs, int_to_roman, is_roman,
                              roman_to_int, split_task_id)
from reformrules.source import Span

ROMANS = [(1, "I"), (2, "II"), (4, "IV"), (5, "V"), (7, "VII"), (9, "IX"), (10, "X"), (14, "XIV"),
          (40, "XL"), (90, "XC"), (400, "CD"), (1994, "MCMXCIV"), (3999, "MMMCMXCIX")]


@pytest.mark.parametrize("value, numeral", ROMANS, ids=[n for _, n in ROMANS])
def test_roman_table(value: int, numeral: str) -> None:
    assert int_to_roman(value) == numeral
    assert roman_to_int(numeral) == value
    assert is_roman(numeral)


@pytest.mark.parametrize("text", ["", "IIII", "VV", "IC", "iv", "I I", "A", "3"], ids=repr)
def test_not_roman(text: str) -> None:
    assert not is_roman(text)
    with pytest.raises(ValueError):
        roman_to_int(text)


@pytest.mark.parametrize("value", [0, -1, 4000])
def test_no_roman_outside_1_to_3999(value: int) -> None:
    with pytest.raises(ValueError):
        int_to_roman(value)


@given(st.integers(min_value=1, max_value=3999))
def test_roman_round_trip(value: int) -> None:
    assert roman_to_int(int_to_roman(value)) == value


@pytest.mark.parametrize("task_id, path", [
    ("II.3", ("II", "3")), ("VII.12", ("VII", "12")), ("1.2", ("1", "2")), (" IV.1. ", ("IV", "1")),
    ("II.4.b", ("II", "4", "b")), ("3", ("3",)),
], ids=lambda v: str(v))
def test_split_task_id(task_id: str, path: tuple[str, ...]) -> None:
    assert split_task_id(task_id) == path


def test_taskref_is_a_hashable_canonical_node() -> None:
    ref = TaskRef.parse("000", "V.2")
    assert ref == TaskRef("000", ("V", "2"))
    assert str(ref) == "000#V.2" and ref.id == "V.2"
    assert len({ref, TaskRef("000", ("V", "2")), TaskRef("001", ("V", "2"))}) == 2


def test_dependency_str_names_both_ends_and_the_kind() -> None:
    edge = Dependency(TaskRef("000", ("VI", "1")), TaskRef("000", ("V", "2")), "see", Span(0, 7))
    assert str(edge) == "000#VI.1 -> 000#V.2 (see)"
    event = Dependency(TaskRef("004", ("IV", "1")), "UBND tỉnh có hướng dẫn", "after")
    assert str(event) == '004#IV.1 -> "UBND tỉnh có hướng dẫn" (after)'


CROSS_REFS = [
    ("… theo vị trí việc làm được phê duyệt (Mục V.2)", [("Mục V.2", ("V", "2"), 39)]),  # seed 000 line 698
    ("xem mục II.3 và Mục IV", [("mục II.3", ("II", "3"), 4), ("Mục IV", ("IV",), 16)]),
    ("MỤC\u00a0VII.12 đã nêu", [("MỤC\u00a0VII.12", ("VII", "12"), 0)]),  # case and NBSP do not matter
    ("theo Mục\nIII.1", [("Mục\nIII.1", ("III", "1"), 5)]),  # a line break between the words
    ("tại Phần II", [("Phần II", ("II",), 4)]),
    ("mục tiêu trọng tâm năm 2018", []),  # "mục tiêu" (goal) is not a reference
    ("Mục 5 của Quyết định", []),  # not a Roman section
    ("điểm c khoản 2", []),  # lettered points are not read (c is also a Roman numeral)
    ("mục V.2a", []),  # no word boundary after the path
]


@pytest.mark.parametrize("text, expected", CROSS_REFS, ids=[t for t, _ in CROSS_REFS])
def test_find_cross_refs(text: str, expected: list) -> None:
    found = find_cross_refs(text)
    assert [(r.text, r.path, r.span.start) for r in found] == expected
    for ref in found:
        assert ref.span.slice(text) == ref.text


def test_cross_ref_str() -> None:
    assert str(CrossRef("Mục V.2", ("V", "2"), Span(3, 10))) == "Mục V.2 -> V.2 @3:10"


def test_find_cross_refs_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        find_cross_refs(b"Muc V.2")  # type: ignore[arg-type]


@given(st.text(alphabet="MmụụcỤC VIXvix.0123456789 \u00a0\n()-", max_size=40))
def test_cross_ref_spans_are_in_bounds_and_start_with_the_word(text: str) -> None:
    for ref in find_cross_refs(text):
        assert 0 <= ref.span.start < ref.span.end <= len(text)
        assert ref.text.lower().startswith(("mục", "phần", "tiểu mục"))
        assert is_roman(ref.path[0])
