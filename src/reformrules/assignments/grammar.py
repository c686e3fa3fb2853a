"""The grammar of assignment cells: the closed vocabulary compiled into one scan of a cell's words.

The word tables themselves (verbs, role labels, heads, titles, group nouns, qualifiers …, each
Vietnamese literal with an English gloss) are data in :mod:`reformrules.lexicon.agencywords`;
this module re-exports them with their roles as :class:`~reformrules.assignments.model.Role`
values and compiles them: :class:`WordTable` (longest match at one position) and
:class:`TableScan` (every table, the clause marks and, per resolver, every known agency name
matched in one walk over the words: ``SCAN``).

Examples:
    >>> VERBS[("chủ", "trì")]
    <Role.LEAD: 'lead'>
    >>> OBJECT_VERB_TABLE.match(("phối", "hợp", "với", "sở"), 0)
    (3, <Role.COORDINATE: 'coordinate'>)
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping, Sequence, TypeVar

from ..lexicon import agencywords as _words
from ..lexicon.agencywords import *  # noqa: F401,F403 (the tables, read by the parser as ``g.HEADS`` …)
from .model import Role

T = TypeVar("T")


def _roles(table: Mapping[tuple[str, ...], str]) -> Mapping[tuple[str, ...], Role]:
    return MappingProxyType({key: Role(value) for key, value in table.items()})


# The tables whose values are roles, as Role values.
VERBS = _roles(_words.VERBS)
OBJECT_VERBS = _roles(_words.OBJECT_VERBS)
LABEL_ROLES = _roles(_words.LABEL_ROLES)
HANDOVER_VERBS: Mapping[tuple[str, ...], frozenset[Role]] = MappingProxyType({
    key: frozenset(map(Role, roles)) for key, roles in _words.HANDOVER_VERBS.items()})


def committee_level(levels: list[str]) -> str:
    """The level of a run of unit words: "thành phố" goes with "tỉnh" (province) or with the
    district units; the highest other level wins ("huyện, xã" is read as the district group).

    Examples:
        >>> committee_level(["commune", "commune"]), committee_level(["province", "city"])
        ('commune', 'province')
        >>> committee_level(["district", "district", "city"]), committee_level(["city", "commune"])
        ('district', 'district')
    """
    found = set(levels)
    if "province" in found:
        return "province"
    if "district" in found or "city" in found:
        return "district"
    return "commune"


class WordTable:
    """A table of folded word-tuple keys, indexed by first word for longest-match lookup.

    Examples:
        >>> WordTable({("phối", "hợp"): 1, ("phối", "hợp", "với"): 2}).match(("phối", "hợp", "với"), 0)
        (3, 2)
        >>> WordTable((("các",),)).match(("sở",), 0) is None
        True
    """

    __slots__ = ("_index", "keys", "firsts", "pairs")

    def __init__(self, entries: Mapping[tuple[str, ...], T] | tuple[tuple[str, ...], ...]):
        pairs = list(entries.items()) if not isinstance(entries, tuple) else [(k, None) for k in entries]
        self.keys = tuple(k for k, _ in pairs)
        self.pairs = tuple(pairs)  # (key, value), in the table's order
        index: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for key, value in pairs:
            index.setdefault(key[0], []).append((key, value))
        self._index = {w: tuple(sorted(v, key=lambda e: -len(e[0]))) for w, v in index.items()}
        self.firsts = frozenset(self._index)

    def match(self, words: Sequence[str], i: int):
        """``(length, value)`` of the longest key at ``words[i:]``, or ``None``."""
        if i >= len(words):
            return None
        for key, value in self._index.get(words[i], ()):
            size = len(key)
            if tuple(words[i : i + size]) == key:
                return size, value
        return None


class TableScan:
    """Several word tables matched in one pass over a text's words.

    :meth:`scan` gives, for each table, a dict from word position to the ``(length, value)`` of
    the longest key starting there: the same answer as ``table.match(words, i)``, computed once
    per position instead of once per question (the parser asks the same question many times).

    Examples:
        >>> verbs, links = TableScan((VERB_TABLE, LINK_TABLE)).scan(["sở", "chủ", "trì", "với"])
        >>> verbs, links
        ({1: (2, <Role.LEAD: 'lead'>)}, {3: (1, None)})
    """

    __slots__ = ("_root", "_count", "tables", "shadows")

    def __init__(self, tables: tuple[WordTable | Mapping[tuple[str, ...], object], ...],
                 shadows: tuple[tuple[int, int], ...] = ()):
        # One trie of every table's keys: {word: child, …, "": {table number: (length, value)}} …
        trie: dict = {}
        for number, table in enumerate(tables):
            for key, value in (table.items() if isinstance(table, Mapping) else table.pairs):
                node = trie
                for word in key:
                    node = node.setdefault(word, {})
                node.setdefault("", {})[number] = (len(key), value)
        # … compiled to (children, hits) nodes (see _compiled).
        self._root = _compiled(trie, {}, shadows)[0]
        self._count = len(tables)
        self.tables = tables
        self.shadows = shadows  # (a, b): table a's key is not reported where table b's key is longer

    def with_table(self, table: Mapping[tuple[str, ...], object]) -> TableScan:
        """This scan with one more table, matched in the same walk (its dict comes last): the
        agency names of one resolver (``AgencyResolver.scan``), so a name costs no lookup of its own.

        Examples:
            >>> TableScan((LINK_TABLE,)).with_table({("sở", "tư", "pháp"): "stp"}).scan(["với", "sở", "tư", "pháp"])
            [{0: (1, None)}, {1: (3, 'stp')}]
        """
        return TableScan(self.tables + (table,), self.shadows)

    def scan(self, words: list[str]) -> list[dict[int, tuple[int, object]]]:
        """One dict per table: position → ``(length, value)`` of its longest key there (read-only
        and shared when the table has no key in the words).

        From each position, one walk down the merged trie as far as the words go; the node it
        stops at holds, for every table, the longest key on the way (see :func:`_compiled`), so
        each position costs one dict lookup per word walked and one write per table found."""
        found: list = [None] * self._count
        n = len(words)
        for i, node in enumerate(map(self._root.get, words)):
            if node is None:
                continue
            children, hits = node
            k = i + 1
            while children and k < n:
                child = children.get(words[k])
                if child is None:
                    break
                children, hits = child
                k += 1
            for number, hit in hits:
                table = found[number]
                if table is None:
                    found[number] = {i: hit}
                else:
                    table[i] = hit
        return [_NO_HITS if table is None else table for table in found]


_NO_HITS: Mapping[int, tuple[int, object]] = MappingProxyType({})  # a table with no key in the text (read-only)


def _compiled(node: dict, above: dict[int, tuple[int, object]], shadows: tuple[tuple[int, int], ...]
              ) -> tuple[dict, tuple]:
    """A trie node as ``(children, hits)``: ``hits`` are ``(table number, (length, value))`` of the
    longest key of each table that ends here or above on the path (``above``), less the keys that
    a longer key of their shadowing table hides."""
    hits = {**above, **node.get("", {})}
    children = {word: _compiled(child, hits, shadows) for word, child in node.items() if word}
    shown = dict(hits)
    for hidden, by in shadows:
        if hidden in shown and by in shown and shown[by][0] > shown[hidden][0]:
            del shown[hidden]
    return children, tuple(shown.items())


VERB_TABLE = WordTable(VERBS)
OBJECT_VERB_TABLE = WordTable(OBJECT_VERBS)
LINK_TABLE = WordTable(OBJECT_LINKS)
FILLER_TABLE = WordTable(FILLERS)
TITLE_TABLE = WordTable(TITLES)
HEAD_TABLE = WordTable(HEADS)
DISTRIBUTIVE_TABLE = WordTable(DISTRIBUTIVE_HEADS)
QUANTIFIER_TABLE = WordTable(QUANTIFIERS)
GENERIC_NOUN_TABLE = WordTable(GENERIC_NOUNS)
BARE_GENERIC_TABLE = WordTable(BARE_GENERIC_STARTS)
QUALIFIER_TABLE = WordTable(GENERIC_QUALIFIERS)
AND_TABLE = WordTable(AND_WORDS)
ASSIGN_TABLE = WordTable(ASSIGNERS)
SCOPE_TABLE = WordTable(SCOPE_OPENERS)
CLASSIFIER_TABLE = WordTable(CLASSIFIERS)
ACTIVITY_OPENER_TABLE = WordTable(ACTIVITY_OPENERS)
HEAD_KIND_TABLE = WordTable(HEAD_KINDS)
COMMITTEE_UNIT_TABLE = WordTable(COMMITTEE_UNITS)
CONSULT_TABLE = WordTable(CONSULT_PREAMBLES)
PLACE_UNIT_TABLE = WordTable(PLACE_UNITS)
REGION_TABLE = WordTable(REGION_WORDS)
LABEL_NOUN_TABLE = WordTable(LABEL_NOUNS)
LABEL_ROLE_TABLE = WordTable(LABEL_ROLES)
# The only words at which a clause can be cut: brackets, clause ends and bullet marks.
CLAUSE_MARK_TABLE = WordTable(tuple((mark,) for mark in sorted({"(", "[", ")", "]"} | CLAUSE_ENDS | BULLETS)))
# The tables the parser asks about at every position, in the order of its per-cell dicts
# (``ListReader.__init__``); the resolver adds the agency names as the last one.
SCANNED_TABLES = (VERB_TABLE, OBJECT_VERB_TABLE, FILLER_TABLE, TITLE_TABLE, HEAD_TABLE, DISTRIBUTIVE_TABLE,
                  QUANTIFIER_TABLE, GENERIC_NOUN_TABLE, BARE_GENERIC_TABLE, QUALIFIER_TABLE, AND_TABLE, ASSIGN_TABLE,
                  COMMITTEE_UNIT_TABLE, PLACE_UNIT_TABLE, LABEL_NOUN_TABLE, LABEL_ROLE_TABLE, CLAUSE_MARK_TABLE)
# A head word or a group noun that starts a longer verb is the verb: "Báo cáo …", "ban hành", "tổ chức thực hiện".
SCAN = TableScan(SCANNED_TABLES, shadows=tuple((SCANNED_TABLES.index(hidden), SCANNED_TABLES.index(VERB_TABLE))
                                              for hidden in (HEAD_TABLE, GENERIC_NOUN_TABLE)))
# First words of everything the predicate loop looks for (a word outside it ends a verb run).
PREDICATE_FIRSTS = FILLER_TABLE.firsts | OBJECT_VERB_TABLE.firsts | VERB_TABLE.firsts | frozenset({",", "và"})
