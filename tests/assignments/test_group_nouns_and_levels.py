"""Groups of body kinds written as bare nouns, academic bodies, and one body at two levels.

Texts from examples/corpus/ (file:line): the group is one mention, as the cell writes it."""

from __future__ import annotations

import pytest

from reformrules.assignments import parse_assignment

CASES = (
    # dongthap_552:761: institutes and schools, a group of two nouns
    ("Viện, Trường; Sở, ban, ngành có liên quan", ["Viện, Trường", "Sở, ban, ngành có liên quan"]),
    # dongthap_552:690: a two-word noun opens the list ("Doanh nghiệp, Sở, ban, ngành")
    ("Viện, Trường; Doanh nghiệp, Sở, ban, ngành có liên quan",
     ["Viện, Trường", "Doanh nghiệp, Sở, ban, ngành có liên quan"]),
    # chinhphu_394:590: "cơ quan ngang bộ" (ministry-level agencies) is one noun of the group
    ("Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; Đài Truyền\nhình Việt Nam",
     ["Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Đài Truyền\nhình Việt Nam"]),
    # thutuong_2530:1297: a named university and a group of universities and research institutes
    ("Đại học Bách khoa Hà Nội; các trường đại học, viện nghiên cứu",
     ["Đại học Bách khoa Hà Nội", "các trường đại học, viện nghiên cứu"]),
    ("Bộ Y tế, các trường đại học, viện nghiên cứu", ["Bộ Y tế", "các trường đại học, viện nghiên cứu"]),
    # nghean_980:389: one body at the provincial and the commune level
    ("Ban Chỉ huy Phòng\nthủ dân sự cấp tỉnh, cấp xã", ["Ban Chỉ huy Phòng\nthủ dân sự cấp tỉnh, cấp xã"]),
    # a named institute still ends at the verb
    ("Viện Nghiên cứu Quản lý kinh tế Trung ương chủ trì", ["Viện Nghiên cứu Quản lý kinh tế Trung ương"]),
)


@pytest.mark.parametrize("text, texts", CASES)
def test_the_group_is_one_mention(text: str, texts: list[str]) -> None:
    assert [m.text for m in parse_assignment(text).lead] == texts


def test_groups_of_the_same_nouns_in_another_order_are_one_group() -> None:
    a = parse_assignment("các trường đại học, viện nghiên cứu").lead[0]
    b = parse_assignment("các viện nghiên cứu, trường đại học").lead[0]
    assert a.generic and a.agency_id == b.agency_id


def test_a_level_after_a_people_committee_stays_a_group_of_its_own() -> None:
    # "UBND cấp tỉnh, cấp xã" is read as two committee groups (the level rule skips People's Committees)
    assert len(parse_assignment("UBND cấp tỉnh, cấp xã").lead) == 2


def test_the_union_of_science_and_technology_associations_is_a_socio_political_body() -> None:
    # dongthap_552:674 (a lead cell); with the level word, as "Liên đoàn Lao động tỉnh"
    for text in ("Liên hiệp các Hội Khoa học và Kỹ thuật", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh chủ trì"):
        (lead,) = parse_assignment(text).lead
        assert (lead.agency_id, lead.kind) == ("lien-hiep-hoi-khkt-tinh", "socio-political")
    (party,) = parse_assignment("Đề nghị Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tuyên truyền").others
    assert party.role.value == "requested"
