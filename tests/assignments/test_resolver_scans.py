"""Resolvers with the same winning names share one compiled scan, and it reads as a fresh one does."""

from __future__ import annotations

from datetime import date

from reformrules.assignments.grammar import SCAN
from reformrules.assignments.resolve import AgencyResolver

WORDS = "sở tư pháp chủ trì phối hợp với ủy ban nhân dân tỉnh và ban quản lý khu kinh tế".split()


def test_issuers_of_one_kind_share_the_compiled_scan():
    khanh_hoa = AgencyResolver(None, "UBND tỉnh Khánh Hòa", date(2021, 12, 24))
    hai_duong = AgencyResolver(None, "UBND tỉnh Hải Dương", date(2021, 12, 24))
    assert khanh_hoa.scope == hai_duong.scope == "ubnd-tinh"
    assert khanh_hoa.scan() is hai_duong.scan()


def test_a_shared_scan_reads_what_a_freshly_compiled_one_reads():
    for issuer, on in [("UBND tỉnh Hải Dương", date(2021, 12, 24)), ("UBND tỉnh Nghệ An", date(2025, 11, 18)),
                       ("Ban Quản lý Khu kinh tế Vân Phong", date(2022, 1, 10)), (None, None)]:
        resolver = AgencyResolver(None, issuer, on)
        fresh = SCAN.with_table(resolver._agency_by_key)
        assert resolver.scan().scan(WORDS) == fresh.scan(WORDS), issuer


def test_other_names_get_another_scan():
    before = AgencyResolver(None, "UBND tỉnh Nghệ An", date(2021, 1, 1))
    other_issuer = AgencyResolver(None, "Ban Quản lý Khu kinh tế Vân Phong", date(2021, 1, 1))
    assert before._agency_by_key != other_issuer._agency_by_key
    assert before.scan() is not other_issuer.scan()
