"""Contract tests over the agency tables (holidays-style): every row, every alias, every successor."""

from __future__ import annotations

import csv
import io
from itertools import combinations

import pytest

from reformrules.assignments import grammar
from reformrules.errors import LexiconError
from reformrules.lexicon.agencies import LEVELS, default_lexicon, load_lexicon
from reformrules.lexicon.tables import read_text
from reformrules.text.fold import fold

LEX = default_lexicon()
AGENCIES = sorted(LEX.agencies.values(), key=lambda a: a.id)
ALIASES = LEX.aliases
TABLES = ("agencies.tsv", "agency_aliases.tsv", "abbreviations.tsv", "agency_provinces.tsv")


def _rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(read_text(name)), delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.mark.parametrize("name", TABLES)
def test_every_row_has_a_source_and_a_gloss(name: str) -> None:
    rows = _rows(name)
    assert rows, f"{name} is empty"
    for row in rows:
        assert row["source"].strip(), row
        assert row["gloss_en"].strip(), row


@pytest.mark.parametrize("name", TABLES)
def test_unverified_facts_are_labelled(name: str) -> None:
    """A row whose source leans on general knowledge says so ([M] … NOT verified)."""
    for row in _rows(name):
        if "[M]" in row["source"] and "docs/domain.md" not in row["source"]:
            assert "NOT verified" in row["source"], row


@pytest.mark.parametrize("alias", ALIASES, ids=lambda a: f"{a.alias}@{a.scope or '*'}")
def test_every_alias_points_to_an_agency(alias) -> None:
    assert alias.agency_id in LEX.agencies
    assert not alias.scope or alias.scope in LEX.agencies


def test_alias_intervals_do_not_overlap() -> None:
    by_key: dict = {}
    for alias in ALIASES:
        by_key.setdefault((alias.key, alias.scope), []).append(alias)
    for group in by_key.values():
        for a, b in combinations(group, 2):
            disjoint = (a.valid_to is not None and b.valid_from is not None and a.valid_to < b.valid_from) or (
                b.valid_to is not None and a.valid_from is not None and b.valid_to < a.valid_from)
            assert disjoint, (a.alias, b.alias)


@pytest.mark.parametrize("agency", AGENCIES, ids=lambda a: a.id)
def test_agency_row(agency) -> None:
    assert agency.level in LEVELS
    for successor in agency.successor_ids:
        assert successor in LEX.agencies and successor != agency.id
    if agency.successor_ids:
        assert agency.valid_to is not None, "a successor needs an end date"
    if agency.valid_from and agency.valid_to:
        assert agency.valid_from <= agency.valid_to


@pytest.mark.parametrize("agency", [a for a in AGENCIES if a.successor_ids], ids=lambda a: a.id)
def test_successors_exist_the_day_after(agency) -> None:
    from datetime import timedelta

    day = agency.valid_to + timedelta(days=1)
    for successor in agency.successor_ids:
        assert LEX.agency(successor).valid_on(day), (agency.id, successor, day)


def test_2025_reorganisation_facts() -> None:
    """docs/domain.md §6.2-§6.4: the merges and the end of the district level."""
    from datetime import date

    assert LEX.agency("so-ke-hoach-dau-tu").successor_ids == ("so-tai-chinh",)
    assert LEX.agency("so-ke-hoach-dau-tu").valid_to == date(2025, 2, 28)
    assert set(LEX.agency("so-lao-dong-tbxh").successor_ids) == {
        "so-noi-vu", "so-y-te", "so-giao-duc-dao-tao", "so-nong-nghiep-moi-truong"}
    district = [a for a in AGENCIES if a.level == "district" and a.kind != "branch" and a.kind != "service_unit"]
    assert district and all(a.valid_to is not None and a.valid_to <= date(2025, 6, 30) for a in district)


def test_names_are_unique_after_folding() -> None:
    keys = [(LEX.key(a.name), a.id.split(".")[0] if "." in a.id else "") for a in AGENCIES]
    assert len(keys) == len(set(keys))


def test_abbreviations_are_unique_after_folding() -> None:
    keys = [fold(a.abbr) for a in LEX.abbreviations]
    assert len(keys) == len(set(keys))


def test_every_grammar_key_is_folded() -> None:
    tables = [grammar.VERBS, grammar.OBJECT_VERBS, grammar.HANDOVER_VERBS]
    tuples = [grammar.OBJECT_LINKS, grammar.FILLERS, grammar.TITLES, grammar.HEADS, grammar.DISTRIBUTIVE_HEADS,
              grammar.QUANTIFIERS, grammar.GENERIC_NOUNS, grammar.BARE_GENERIC_STARTS, grammar.GENERIC_QUALIFIERS]
    keys = [k for t in tables for k in t] + [k for t in tuples for k in t]
    for key in keys:
        assert all(fold(word) == word and " " not in word for word in key), key


AGENCY_HEADER = "id\tname\tlevel\tkind\tvalid_from\tvalid_to\tsuccessor_ids\tgloss_en\tsource\n"
ALIAS_HEADER = "alias\tagency_id\tscope\tvalid_from\tvalid_to\tgloss_en\tsource\n"
ABBR_HEADER = "abbr\texpansion\tgloss_en\tsource\n"
A = AGENCY_HEADER + "a\tSở A\tprovince\tdepartment\t\t2025-02-28\tb\tx\ts\nb\tSở B\tprovince\tdepartment\t\t\t\tx\ts\n"

BROKEN = [
    ("missing-successor", AGENCY_HEADER + "a\tSở A\tprovince\tdepartment\t\t2025-02-28\tzzz\tx\ts\n", ALIAS_HEADER, ABBR_HEADER,
     "agencies.tsv:2"),
    ("no-source", AGENCY_HEADER + "a\tSở A\tprovince\tdepartment\t\t\t\tx\t\n", ALIAS_HEADER, ABBR_HEADER, "empty 'source'"),
    ("bad-level", AGENCY_HEADER + "a\tSở A\tplanet\tdepartment\t\t\t\tx\ts\n", ALIAS_HEADER, ABBR_HEADER, "level"),
    ("bad-date", AGENCY_HEADER + "a\tSở A\tprovince\tdepartment\t\t28/02/2025\t\tx\ts\n", ALIAS_HEADER, ABBR_HEADER, "ISO date"),
    ("duplicate-id", A + "a\tSở C\tprovince\tdepartment\t\t\t\tx\ts\n", ALIAS_HEADER, ABBR_HEADER, "duplicate id"),
    ("alias-to-nothing", A, ALIAS_HEADER + "X\tnope\t\t\t\tx\ts\n", ABBR_HEADER, "unknown agency"),
    ("alias-overlap", A, ALIAS_HEADER + "Sở Cũ\ta\t\t\t2025-02-28\tx\ts\nSở  cũ\tb\t\t2025-01-01\t\tx\ts\n", ABBR_HEADER, "overlaps"),
    ("alias-collides-with-name", A, ALIAS_HEADER + "SỞ B\ta\t\t\t\tx\ts\n", ABBR_HEADER, "overlaps"),
    ("unknown-scope", A, ALIAS_HEADER + "Văn phòng\ta\tnope\t\t\tx\ts\n", ABBR_HEADER, "unknown scope"),
    ("abbr-twice", A, ALIAS_HEADER, ABBR_HEADER + "SA\tSở A\tx\ts\nsa\tSở A\tx\ts\n", "repeats"),
    ("bad-header", "id\tname\n", ALIAS_HEADER, ABBR_HEADER, "header"),
]


@pytest.mark.parametrize(("agencies", "aliases", "abbreviations", "message"), [b[1:] for b in BROKEN],
                         ids=[b[0] for b in BROKEN])
def test_validation_catches_broken_tables(agencies: str, aliases: str, abbreviations: str, message: str) -> None:
    with pytest.raises(LexiconError) as exc:
        load_lexicon(agencies, aliases, abbreviations)
    assert message in str(exc.value)


def test_disjoint_alias_intervals_are_accepted() -> None:
    lex = load_lexicon(A, ALIAS_HEADER + "Sở Cũ\ta\t\t\t2025-02-28\tx\ts\nSở cũ\tb\t\t2025-03-01\t\tx\ts\n", ABBR_HEADER)
    from datetime import date

    words = lex.words("Sở cũ")
    assert lex.match(words, 0, on=date(2025, 1, 1))[1].agency_id == "a"
    assert lex.match(words, 0, on=date(2025, 6, 1))[1].agency_id == "b"


def test_34_provinces_from_2025_07_01() -> None:
    """NQ 202/2025/QH15 (docs/domain.md §6.1): 63 province-level units became 34 (6 cities, 28
    provinces) on 2025-07-01; each unit that ended has a successor that goes on."""
    from datetime import date

    from reformrules.lexicon.agencies import provinces

    table = provinces()
    assert len(table) == 63
    current = [p for p in table.values() if p.valid_to is None]
    assert len(current) == 34 and sum(p.unit == "thành phố" for p in current) == 6
    for p in table.values():
        if p.valid_to is not None:
            assert p.valid_to == date(2025, 6, 30) and table[fold(p.successor)].valid_to is None
    # the examples domain.md §6.1 verifies
    assert table[fold("Bình Dương")].successor == table[fold("Bà Rịa - Vũng Tàu")].successor == "Hồ Chí Minh"
    assert table[fold("Hải Dương")].successor == "Hải Phòng" and table[fold("Quảng Nam")].successor == "Đà Nẵng"
    assert {table[fold(n)].successor for n in ("Sóc Trăng", "Hậu Giang")} == {"Cần Thơ"}
    assert table[fold("Hà Giang")].successor == "Tuyên Quang" and table[fold("Hà Nội")].valid_to is None


def test_a_broken_province_table_is_rejected() -> None:
    from reformrules.lexicon.agencies import load_provinces

    head = "name\tunit\tvalid_from\tvalid_to\tsuccessor\tgloss_en\tsource\n"
    with pytest.raises(LexiconError, match="valid_to"):
        load_provinces(head + "A\ttỉnh\t\t\tB\tx\ts\n")
    with pytest.raises(LexiconError, match="duplicate"):
        load_provinces(head + "A\ttỉnh\t\t\t\tx\ts\nA\ttỉnh\t\t\t\tx\ts\n")
