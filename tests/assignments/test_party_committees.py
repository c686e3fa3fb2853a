"""A unit word followed by "ủy" names a party committee ("Tỉnh ủy", "Huyện ủy"), not another level of the
people's committees: found by ``reformrules.strategies.assignment_cells`` ("… Ủy ban nhân dân tỉnh và Tỉnh ủy"
was read as the provincial committees' group and lost "Tỉnh ủy")."""

import pytest

from reformrules.assignments import parse_assignment


@pytest.mark.parametrize("text, lead, coordinators", [
    ("Sở Tài chính chủ trì, phối hợp với Ủy ban nhân dân tỉnh và Tỉnh ủy", ["Sở Tài chính"],
     ["Ủy ban nhân dân tỉnh", "Tỉnh ủy"]),
    ("Phối hợp: Ủy ban nhân dân tỉnh và Tỉnh uỷ", [], ["Ủy ban nhân dân tỉnh", "Tỉnh ủy"]),
    ("Ủy ban nhân dân xã, phường và Huyện ủy", ["Ủy ban nhân dân cấp xã", "Huyện ủy"], []),
    ("Sở Nội vụ chủ trì, phối hợp với Ủy ban nhân dân tỉnh, Tỉnh đoàn", ["Sở Nội vụ"],
     ["Ủy ban nhân dân tỉnh", "Tỉnh đoàn"]),
    ("UBND các huyện, thị xã và thành phố", ["Ủy ban nhân dân cấp huyện"], []),  # still one group
])
def test_party_committee_after_a_committee(text, lead, coordinators):
    a = parse_assignment(text)
    assert [m.name for m in a.lead] == lead
    assert [m.name for m in a.coordinators] == coordinators
