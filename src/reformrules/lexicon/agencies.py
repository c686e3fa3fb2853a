"""The agency lexicon: agencies with validity dates and successors, their aliases, abbreviations.

Three packaged tables (docs/domain.md §5-§6 give the facts, each row cites its source):

- ``agencies.tsv``: ``id, name, level, kind, valid_from, valid_to, successor_ids, gloss_en, source``.
  Ids are kind-level ("so-noi-vu" is the Department of Home Affairs of the plan's province); an
  id with a dot ("bql-kkt-van-phong.van-phong") is a unit inside the agency before the dot.
  ``successor_ids`` (";"-separated) take over the day after ``valid_to``; more than one means
  the functions were split; none with a ``valid_to`` means abolished.
- ``agency_aliases.tsv``: ``alias, agency_id, scope, valid_from, valid_to, gloss_en, source``.
  ``scope`` is the id of the issuing agency in whose plans the alias applies ("Văn phòng" in the
  Van Phong board's plan), empty for everywhere. Every agency's own name is an alias too (an
  inner unit's name is scoped to its parent).
- ``abbreviations.tsv``: ``abbr, expansion, gloss_en, source`` (UBND → Ủy ban nhân dân).

Names are matched as word tuples of the folded, abbreviation-expanded text, so case, "Hoà/Hòa",
dashes, line breaks and "UBND/Ủy ban nhân dân" do not matter.

Examples:
    >>> lex = default_lexicon()
    >>> lex.agency("so-ke-hoach-dau-tu").successor_ids
    ('so-tai-chinh',)
    >>> words = lex.words("Sở KH&ĐT")
    >>> [w.text for w in words]
    ['sở', 'kế', 'hoạch', 'và', 'đầu', 'tư']
    >>> length, alias = lex.match(words, 0)
    >>> length, alias.agency_id
    (6, 'so-ke-hoach-dau-tu')
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Mapping, NamedTuple

from ..errors import LexiconError
from ..text.fold import fold
from ..text.tokens import token_columns, tokenize
from .tables import Row, parse_date_cell, parse_tsv, read_text

AGENCY_COLUMNS = ("id", "name", "level", "kind", "valid_from", "valid_to", "successor_ids", "gloss_en", "source")
ALIAS_COLUMNS = ("alias", "agency_id", "scope", "valid_from", "valid_to", "gloss_en", "source")
ABBREVIATION_COLUMNS = ("abbr", "expansion", "gloss_en", "source")
LEVELS = ("central", "province", "district", "commune", "unit")
GROUP_KIND = "group"
# Kinds of bodies outside the state chain: "đề nghị" to them is a request (Role.REQUESTED), not an order.
OUTSIDE_STATE_KINDS = frozenset({"non-state", "socio-political", "community"})
_END = ""  # the trie's end-of-key mark (no word is empty)


@dataclass(frozen=True, slots=True)
class Agency:
    """One row of ``agencies.tsv``.

    Examples:
        >>> str(default_lexicon().agency("so-noi-vu"))
        'so-noi-vu'
    """

    id: str
    name: str
    level: str
    kind: str
    valid_from: date | None
    valid_to: date | None
    successor_ids: tuple[str, ...]
    gloss_en: str
    source: str

    def __str__(self) -> str:
        return self.id

    @property
    def is_group(self) -> bool:
        """True for a group of bodies ("Ủy ban nhân dân cấp huyện"), not a single one."""
        return self.kind == GROUP_KIND

    def valid_on(self, day: date) -> bool:
        """True when the agency exists on ``day``."""
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True, slots=True)
class Alias:
    """One way of writing an agency's name, valid in a scope and a date interval."""

    alias: str
    agency_id: str
    scope: str
    valid_from: date | None
    valid_to: date | None
    gloss_en: str
    source: str
    key: tuple[str, ...]

    def valid_on(self, day: date) -> bool:
        """True when the alias names its agency on ``day``."""
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True, slots=True)
class Abbreviation:
    """One row of ``abbreviations.tsv``."""

    abbr: str
    expansion: str
    gloss_en: str
    source: str


class Word(NamedTuple):
    """A folded word of a text, with abbreviations expanded.

    ``start``/``end`` are offsets in the original text; the words of one expanded abbreviation
    share the abbreviation's offsets, and the first of them carries the written ``expansion``
    (the others carry ``""``); a plain word has ``expansion=None``.
    """

    text: str
    kind: str
    start: int
    end: int
    expansion: str | None = None


def _overlap(a_from: date | None, a_to: date | None, b_from: date | None, b_to: date | None) -> bool:
    return (a_from is None or b_to is None or a_from <= b_to) and (b_from is None or a_to is None or b_from <= a_to)


class AgencyLexicon:
    """Validated, read-only agency tables with a word-tuple index for longest-match lookup.

    Build it with :func:`default_lexicon` (the packaged tables) or :func:`load_lexicon` (your own
    table texts). Construction validates every contract and raises :class:`LexiconError`.
    """

    def __init__(self, agencies: tuple[Agency, ...], aliases: tuple[Alias, ...], abbreviations: tuple[Abbreviation, ...]):
        self._agencies: Mapping[str, Agency] = MappingProxyType({a.id: a for a in agencies})
        self.aliases = aliases
        self.abbreviations = abbreviations
        # first word → (key, expansion's texts, kinds, expansion cells) per abbreviation, longest first
        abbr_index: dict[str, list[tuple[tuple[str, ...], list[str], list[str], list[str]]]] = {}
        for abbr in abbreviations:
            key = tuple(t.text for t in tokenize(abbr.abbr))
            tokens = tokenize(abbr.expansion)
            cells = [abbr.expansion] + [""] * (len(tokens) - 1)  # the first word carries the written form
            abbr_index.setdefault(key[0], []).append(
                (key, [t.text for t in tokens], [t.kind for t in tokens], cells))
        self._abbr_index = {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in abbr_index.items()}
        alias_index: dict[tuple[str, ...], list[Alias]] = {}
        for alias in aliases:
            alias_index.setdefault(alias.key, []).append(alias)
        self._alias_index = {k: tuple(v) for k, v in alias_index.items()}
        # A word trie of the alias keys: node = {word: child, …, _END: key ending here}.
        self._trie: dict = {}
        for key in alias_index:
            node = self._trie
            for word in key:
                node = node.setdefault(word, {})
            node[_END] = key

    @property
    def agencies(self) -> Mapping[str, Agency]:
        """Every agency by id (read-only)."""
        return self._agencies

    def agency(self, agency_id: str) -> Agency:
        """The agency with this id (``KeyError`` if unknown)."""
        return self._agencies[agency_id]

    def words(self, text: str, offset: int = 0) -> tuple[Word, ...]:
        """The folded words of ``text`` with abbreviations expanded (offsets shifted by ``offset``).

        Examples:
            >>> [w.text for w in default_lexicon().words("VP UBND tỉnh")]
            ['văn', 'phòng', 'ủy', 'ban', 'nhân', 'dân', 'tỉnh']
        """
        texts, kinds, starts, ends, expansions = self.columns(text)
        new = tuple.__new__
        return tuple([new(Word, (t, k, s + offset, e + offset, x))
                      for t, k, s, e, x in zip(texts, kinds, starts, ends, expansions)])

    def columns(self, text: str, tokens=None) -> tuple[list[str], list[str], list[int], list[int], list[str | None]]:
        """The words of :meth:`words` as five parallel lists: texts, kinds, starts, ends, expansions.

        The parser's form: it reads columns and never needs a :class:`Word` object. ``tokens``: the
        columns of ``token_columns(text)`` when the caller has them (a prepared text's).

        Examples:
            >>> texts, kinds, starts, ends, expansions = default_lexicon().columns("VP Sở")
            >>> texts, starts, ends, expansions
            (['văn', 'phòng', 'sở'], [0, 0, 3], [2, 2, 5], ['Văn phòng', '', None])
        """
        if tokens is None:
            kinds, texts, starts, ends = token_columns(text)
        else:  # a prepared text's columns (``Prepared.columns()``): shared, so copied before splicing
            kinds, texts, starts, ends = (list(column) for column in tokens)
        if not texts:
            return [], [], [], [], []
        expansions: list[str | None] = [None] * len(texts)
        index = self._abbr_index
        if index.keys().isdisjoint(texts):  # most cells: no abbreviation (one pass in C)
            return texts, kinds, starts, ends, expansions
        hits = [i for i, t in enumerate(texts) if t in index]
        limit = len(texts)  # words from here on were already replaced
        for i in reversed(hits):  # splice expansions in from the end, so indexes stay valid
            for key, new_texts, new_kinds, new_cells in index[texts[i]]:
                size = len(key)
                if size == 1 or (i + size <= limit and tuple(texts[i : i + size]) == key):
                    limit = i
                    start, end, count = starts[i], ends[i + size - 1], len(new_texts)
                    texts[i : i + size] = new_texts
                    kinds[i : i + size] = new_kinds
                    starts[i : i + size] = [start] * count
                    ends[i : i + size] = [end] * count
                    expansions[i : i + size] = new_cells
                    break
        return texts, kinds, starts, ends, expansions

    def key(self, text: str) -> tuple[str, ...]:
        """The lookup key of a name: its folded, expanded words.

        Examples:
            >>> default_lexicon().key("Phòng Tài chính – Kế hoạch")
            ('phòng', 'tài', 'chính', '-', 'kế', 'hoạch')
        """
        return tuple(w.text for w in self.words(text))

    def match(
        self,
        words: tuple[Word, ...] | list[Word] | list[str],
        i: int,
        scope: str | None = None,
        on: date | None = None,
        prefix: tuple[str, ...] = (),
    ) -> tuple[int, Alias] | None:
        """The longest alias at ``words[i:]``: ``(number of words used, alias)`` or ``None``.

        ``words`` are :class:`Word` values or their folded texts.

        ``prefix`` is a head word written once for several names ("Các Sở: Tài chính, Nội vụ"):
        the alias must start with it, and it is not counted in the length. Aliases of ``scope``
        win over unscoped ones; with ``on``, an alias valid that day wins over one that is not.
        """
        if words and not isinstance(words[0], str):
            words = [w.text for w in words]
        return self.longest(words, i, lambda key: self._pick(self._alias_index[key], scope, on), prefix)

    def winners(self, scope: str | None = None, on: date | None = None) -> dict[tuple[str, ...], Alias]:
        """For every alias key, the alias that :meth:`match` picks for this scope and day.

        A resolver computes this once and passes ``winners.get`` to :meth:`longest`, so no lookup
        weighs scopes and dates again.

        Examples:
            >>> default_lexicon().winners("bql-kkt-van-phong")[("văn", "phòng")].agency_id
            'bql-kkt-van-phong.van-phong'
            >>> ("văn", "phòng") in default_lexicon().winners()
            False
        """
        out = {}
        for key, aliases in self._alias_index.items():
            alias = self._pick(aliases, scope, on)
            if alias is not None:
                out[key] = alias
        return out

    def longest(self, texts: list[str] | tuple[str, ...], i: int, pick, prefix: tuple[str, ...] = ()):
        """``(words used, pick(key))`` for the longest alias key at ``texts[i:]`` whose pick is not None.

        ``texts`` are folded words; ``pick`` maps an alias key to the alias to report (or None).

        Examples:
            >>> lex = default_lexicon()
            >>> size, alias = lex.longest(["sở", "tài", "chính", "chủ"], 0, lex.winners().get)
            >>> size, alias.agency_id
            (3, 'so-tai-chinh')
            >>> lex.longest(["tài", "chính"], 0, lex.winners().get, prefix=("sở",))[0]
            2
        """
        node = self._trie
        for word in prefix:
            node = node.get(word)
            if node is None:
                return None
        best = None
        size = 0
        for k in range(i, len(texts)):  # walk the trie along the text; the deepest pick wins
            node = node.get(texts[k])
            if node is None:
                break
            size += 1
            key = node.get(_END)
            if key is not None:
                alias = pick(key)
                if alias is not None:
                    best = (size, alias)
        return best

    @staticmethod
    def _pick(aliases: tuple[Alias, ...], scope: str | None, on: date | None) -> Alias | None:
        scoped = [a for a in aliases if a.scope and a.scope == scope]
        pool = scoped or [a for a in aliases if not a.scope]
        if not pool:
            return None
        if on is not None:
            valid = [a for a in pool if a.valid_on(on)]
            if valid:
                return valid[0]
        return pool[-1]


def _agency_from(row: Row) -> Agency:
    level = row["level"]
    if level not in LEVELS:
        raise row.error(f"level {level!r} not in {LEVELS}")
    if not row["kind"]:
        raise row.error("empty 'kind'")
    valid_from = parse_date_cell(row["valid_from"], row.file, row.line)
    valid_to = parse_date_cell(row["valid_to"], row.file, row.line)
    if valid_from and valid_to and valid_from > valid_to:
        raise row.error("valid_from after valid_to")
    successors = tuple(s for s in row["successor_ids"].split(";") if s)
    if successors and valid_to is None:
        raise row.error("successors given but no valid_to")
    return Agency(row["id"], row["name"], level, row["kind"], valid_from, valid_to, successors,
                  row["gloss_en"], row["source"])


def load_lexicon(agencies_text: str, aliases_text: str, abbreviations_text: str) -> AgencyLexicon:
    """Build and validate a lexicon from the texts of the three tables.

    Raises :class:`LexiconError` (file and line) on: a wrong header, an empty ``source`` or
    ``gloss_en``, a bad date or level, a duplicate id, a successor or alias target that does not
    exist, an unknown scope, two abbreviations with one key, or two aliases with the same folded
    key and scope whose validity intervals overlap.

    Examples:
        >>> bad = "alias\\tagency_id\\tscope\\tvalid_from\\tvalid_to\\tgloss_en\\tsource\\nX\\tnope\\t\\t\\t\\tx\\ts\\n"
        >>> load_lexicon(read_text("agencies.tsv"), bad, read_text("abbreviations.tsv"))
        Traceback (most recent call last):
        ...
        reformrules.errors.LexiconError: agency_aliases.tsv:2: alias 'X' points to unknown agency 'nope'
    """
    abbr_rows = parse_tsv(abbreviations_text, "abbreviations.tsv", ABBREVIATION_COLUMNS, ("abbr", "expansion"))
    abbreviations = tuple(Abbreviation(r["abbr"], r["expansion"], r["gloss_en"], r["source"]) for r in abbr_rows)
    seen_abbr: dict[tuple[str, ...], int] = {}
    for row, abbr in zip(abbr_rows, abbreviations):
        key = tuple(t.text for t in tokenize(abbr.abbr))
        if key in seen_abbr:
            raise row.error(f"abbreviation {abbr.abbr!r} repeats line {seen_abbr[key]}")
        seen_abbr[key] = row.line
    bare = AgencyLexicon((), (), abbreviations)

    agency_rows = parse_tsv(agencies_text, "agencies.tsv", AGENCY_COLUMNS, ("id", "name", "level", "kind"))
    agencies: dict[str, Agency] = {}
    for row in agency_rows:
        agency = _agency_from(row)
        if agency.id in agencies:
            raise row.error(f"duplicate id {agency.id!r}")
        agencies[agency.id] = agency
    for row in agency_rows:
        agency = agencies[row["id"]]
        for successor in agency.successor_ids:
            if successor not in agencies or successor == agency.id:
                raise row.error(f"successor {successor!r} of {agency.id!r} does not exist")
        if "." in agency.id and agency.id.split(".")[0] not in agencies:
            raise row.error(f"parent of inner unit {agency.id!r} does not exist")

    aliases: list[tuple[Row | None, Alias]] = []
    for row in agency_rows:
        agency = agencies[row["id"]]
        scope = agency.id.split(".")[0] if "." in agency.id else ""
        aliases.append((row, Alias(agency.name, agency.id, scope, agency.valid_from, agency.valid_to,
                                   agency.gloss_en, agency.source, bare.key(agency.name))))
    for row in parse_tsv(aliases_text, "agency_aliases.tsv", ALIAS_COLUMNS, ("alias", "agency_id")):
        if row["agency_id"] not in agencies:
            raise row.error(f"alias {row['alias']!r} points to unknown agency {row['agency_id']!r}")
        if row["scope"] and row["scope"] not in agencies:
            raise row.error(f"alias {row['alias']!r} has unknown scope {row['scope']!r}")
        valid_from = parse_date_cell(row["valid_from"], row.file, row.line)
        valid_to = parse_date_cell(row["valid_to"], row.file, row.line)
        if valid_from and valid_to and valid_from > valid_to:
            raise row.error("valid_from after valid_to")
        aliases.append((row, Alias(row["alias"], row["agency_id"], row["scope"], valid_from, valid_to,
                                   row["gloss_en"], row["source"], bare.key(row["alias"]))))
    by_key: dict[tuple[tuple[str, ...], str], list[tuple[Row | None, Alias]]] = {}
    for row, alias in aliases:
        if not alias.key:
            raise row.error(f"alias {alias.alias!r} has no words")
        for other_row, other in by_key.get((alias.key, alias.scope), ()):
            if _overlap(alias.valid_from, alias.valid_to, other.valid_from, other.valid_to):
                raise row.error(f"alias {alias.alias!r} overlaps {other.alias!r} ({other_row.file}:{other_row.line})")
        by_key.setdefault((alias.key, alias.scope), []).append((row, alias))
    return AgencyLexicon(tuple(agencies.values()), tuple(a for _, a in aliases), abbreviations)


PROVINCE_COLUMNS = ("name", "unit", "valid_from", "valid_to", "successor", "gloss_en", "source")


@dataclass(frozen=True, slots=True)
class Province:
    """One row of ``agency_provinces.tsv``: a province-level unit, with the day it ended and the
    unit that took it over (NQ 202/2025/QH15: 63 units became 34 on 2025-07-01, docs/domain.md §6.1).

    Examples:
        >>> p = provinces()[fold("Bình Dương")]
        >>> p.valid_to, p.successor, provinces()[fold(p.successor)].unit
        (datetime.date(2025, 6, 30), 'Hồ Chí Minh', 'thành phố')
    """

    name: str
    unit: str  # "tỉnh" (province) or "thành phố" (centrally run city)
    valid_from: date | None
    valid_to: date | None
    successor: str
    gloss_en: str
    source: str


def load_provinces(text: str) -> Mapping[str, Province]:
    """Provinces by folded name, validated: a successor exists and still exists the day after.

    Examples:
        >>> load_provinces("name\\tunit\\tvalid_from\\tvalid_to\\tsuccessor\\tgloss_en\\tsource\\nA\\ttỉnh\\t\\t2025-06-30\\tB\\tx\\ts\\n")
        Traceback (most recent call last):
        ...
        reformrules.errors.LexiconError: agency_provinces.tsv:2: successor 'B' of 'A' does not exist
    """
    rows = parse_tsv(text, "agency_provinces.tsv", PROVINCE_COLUMNS, ("name", "unit"))
    out: dict[str, Province] = {}
    for row in rows:
        key = fold(row["name"])
        if key in out:
            raise row.error(f"duplicate province {row['name']!r}")
        valid_to = parse_date_cell(row["valid_to"], row.file, row.line)
        if bool(row["successor"]) != bool(valid_to):
            raise row.error("a province ends (valid_to) exactly when it has a successor")
        out[key] = Province(row["name"], row["unit"], parse_date_cell(row["valid_from"], row.file, row.line),
                            valid_to, row["successor"], row["gloss_en"], row["source"])
    for row in rows:
        p = out[fold(row["name"])]
        if p.successor:
            successor = out.get(fold(p.successor))
            if successor is None or (successor.valid_to is not None and p.valid_to is not None
                                     and successor.valid_to <= p.valid_to):
                raise row.error(f"successor {p.successor!r} of {p.name!r} does not exist")
    return MappingProxyType(out)


@functools.cache
def provinces() -> Mapping[str, Province]:
    """The packaged province table, by folded name (loaded once)."""
    return load_provinces(read_text("agency_provinces.tsv"))


@functools.cache
def default_lexicon() -> AgencyLexicon:
    """The packaged, validated lexicon (loaded once).

    Examples:
        >>> default_lexicon() is default_lexicon(), len(default_lexicon().agencies) > 50
        (True, True)
    """
    return load_lexicon(read_text("agencies.tsv"), read_text("agency_aliases.tsv"), read_text("abbreviations.tsv"))
