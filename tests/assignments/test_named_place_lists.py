"""A list of one kind of body of several named places ("UBND thành phố Hà Nội, UBND Thành phố Hồ
Chí Minh"): each place is a party of its own, and a bare place after the first ("…, Thành phố Hồ
Chí Minh") shares the first one's body. Texts from thutuong_2530_QD-TTg_2025.md (examples/corpus/)."""

from __future__ import annotations

import pytest

from reformrules.assignments import parse_assignment

CASES = (
    # 2530:1475 (PL I lead cell)
    ("UBND thành phố Hà Nội, UBND Thành phố Hồ Chí Minh",
     ["UBND thành phố Hà Nội", "UBND Thành phố Hồ Chí Minh"]),
    # 2530:1954 (PL II coordinator bullet): the second name shares "UBND"
    ("UBND thành phố Hà Nội, Thành phố Hồ Chí Minh và\ncác địa phương",
     ["UBND thành phố Hà Nội", "Thành phố Hồ Chí Minh", "các địa phương"]),
    # 2530:1090 (PL I coordinator bullet): a "các tỉnh/thành phố khác" tail
    ("UBND thành phố Hà Nội, UBND Thành phố Hồ Chí\nMinh và các tỉnh/thành phố khác.",
     ["UBND thành phố Hà Nội", "UBND Thành phố Hồ Chí\nMinh", "các tỉnh/thành phố khác"]),
    # the same form with provinces (domain.md §6.1: tỉnh)
    ("UBND tỉnh Nghệ An, UBND tỉnh Hà Tĩnh", ["UBND tỉnh Nghệ An", "UBND tỉnh Hà Tĩnh"]),
    ("Ủy ban nhân dân tỉnh Nghệ An, tỉnh Hà Tĩnh", ["Ủy ban nhân dân tỉnh Nghệ An", "tỉnh Hà Tĩnh"]),
)


@pytest.mark.parametrize("text, texts", CASES)
def test_each_named_place_is_a_party(text: str, texts: list[str]) -> None:
    lead = parse_assignment(text).lead
    assert [m.text for m in lead] == texts
    assert len({m.key for m in lead}) == len(lead)


def test_a_place_is_part_of_the_identity_and_a_bare_place_shares_the_body() -> None:
    hanoi, hcm, _ = parse_assignment("UBND thành phố Hà Nội, Thành phố Hồ Chí Minh và các địa phương").lead
    assert hanoi.agency_id == hcm.agency_id and (hanoi.place, hcm.place) == ("hà nội", "hồ chí minh")
    # the reordered list gives the same set of parties
    again = parse_assignment("UBND Thành phố Hồ Chí Minh, UBND thành phố Hà Nội").lead
    assert {m.key for m in again} == {hanoi.key, hcm.key}


def test_a_bare_province_word_is_not_a_group() -> None:
    # "tỉnh" is a group noun only after a quantifier ("các tỉnh/thành phố"); "Lãnh đạo tỉnh" stays the assigner
    assert [m.text for m in parse_assignment("Sở, ban, ngành tỉnh").lead] == ["Sở, ban, ngành tỉnh"]
    assert parse_assignment("Sở, ban, ngành tỉnh").lead[0].agency_id == parse_assignment("các sở, ban, ngành").lead[0].agency_id


def test_a_place_word_inside_the_lexicon_name_is_no_place() -> None:
    # "xã" (commune) is a place unit, but "Thông tấn xã Việt Nam" is one national body
    (m,) = parse_assignment("Thông tấn xã Việt Nam").lead
    assert m.place is None and m.key == m.agency_id
