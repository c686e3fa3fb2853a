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
from ..text.tokens import tokenize
from .tables import Row, parse_date_cell, parse_tsv, read_text

AGENCY_COLUMNS = ("id", "name", "level", "kind", "valid_from", "valid_to", "successor_ids", "gloss_en", "source")
ALIAS_COLUMNS = ("alias", "agency_id", "scope", "valid_from", "valid_to", "gloss_en", "source")
ABBREVIATION_COLUMNS = ("abbr", "expansion", "gloss_en", "source")
LEVELS = ("central", "province", "district", "commune", "unit")
GROUP_KIND = "group"


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
        abbr_index: dict[str, list[tuple[tuple[str, ...], tuple[Word, ...]]]] = {}
        for abbr in abbreviations:
            key = tuple(t.text for t in tokenize(abbr.abbr))
            expansion = tuple(Word(t.text, t.kind, 0, 0, "") for t in tokenize(abbr.expansion))
            expansion = (expansion[0]._replace(expansion=abbr.expansion),) + expansion[1:]
            abbr_index.setdefault(key[0], []).append((key, expansion))
        self._abbr_index = {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in abbr_index.items()}
        alias_index: dict[tuple[str, ...], list[Alias]] = {}
        for alias in aliases:
            alias_index.setdefault(alias.key, []).append(alias)
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for key in alias_index:
            by_first.setdefault(key[0], []).append(key)
        self._alias_index = {k: tuple(v) for k, v in alias_index.items()}
        self._by_first = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}
        by_pair: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        for key in alias_index:
            if len(key) > 1:
                by_pair.setdefault((key[0], key[1]), []).append(key)
        self._by_pair = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_pair.items()}
        self._single = {key[0]: key for key in alias_index if len(key) == 1}

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
        tokens = tokenize(text)
        index = self._abbr_index
        new = tuple.__new__
        out = [new(Word, (t[1], t[0], t[2] + offset, t[3] + offset, None)) for t in tokens]
        hits = [i for i, t in enumerate(tokens) if t[1] in index]
        limit = len(tokens)  # tokens from here on were already replaced
        for i in reversed(hits):  # splice expansions in from the end, so indexes stay valid
            for key, expansion in index[tokens[i][1]]:
                size = len(key)
                if size == 1 or (i + size <= limit and tuple(t[1] for t in tokens[i : i + size]) == key):
                    limit = i
                    start, end = tokens[i][2] + offset, tokens[i + size - 1][3] + offset
                    out[i : i + size] = [new(Word, (w[0], w[1], start, end, w[4])) for w in expansion]
                    break
        return tuple(out)

    def key(self, text: str) -> tuple[str, ...]:
        """The lookup key of a name: its folded, expanded words.

        Examples:
            >>> default_lexicon().key("Phòng Tài chính – Kế hoạch")
            ('phòng', 'tài', 'chính', '-', 'kế', 'hoạch')
        """
        return tuple(w.text for w in self.words(text))

    def starts_name(self, word: str) -> bool:
        """True when some alias starts with this folded word."""
        return word in self._by_first

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
        n = len(words)
        if i >= n and not prefix:
            return None
        texts = words if not n or isinstance(words[0], str) else [w.text for w in words[i : i + 16]]
        base = 0 if texts is words else i
        j = i - base
        if prefix:
            seq = tuple(prefix) + tuple(texts[j : j + 1])
        else:
            seq = tuple(texts[j : j + 2])
        if seq[0] not in self._by_first:
            return None
        keys = self._by_pair.get(seq[:2], ()) if len(seq) > 1 else ()
        single = self._single.get(seq[0])
        if single is not None:
            keys = keys + (single,)
        p = len(prefix)
        for key in keys:
            if p and key[:p] != prefix:
                continue
            size = len(key) - p
            if size <= 0 or i + size > n:
                continue
            if tuple(texts[i - base : i - base + size]) != key[p:]:
                continue
            alias = self._pick(self._alias_index[key], scope, on)
            if alias is not None:
                return size, alias
        return None

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


@functools.cache
def default_lexicon() -> AgencyLexicon:
    """The packaged, validated lexicon (loaded once).

    Examples:
        >>> default_lexicon() is default_lexicon(), len(default_lexicon().agencies) > 50
        (True, True)
    """
    return load_lexicon(read_text("agencies.tsv"), read_text("agency_aliases.tsv"), read_text("abbreviations.tsv"))
