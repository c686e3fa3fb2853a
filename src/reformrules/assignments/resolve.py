"""Resolving agency names against the lexicon, relative to the plan's issuer and date.

- :class:`AgencyResolver` finds the longest known name at a position of a cell, preferring the
  aliases scoped to the issuer ("Văn phòng" in the Van Phong board's plan is the board's office)
  and, when the plan's issue date is known, the alias valid on that date.
- :func:`responsible_now` follows successors through the 2025 reorganisation (docs/domain.md §6):
  who holds an agency's functions on a given day, or that they were split or abolished.

Examples:
    >>> from datetime import date
    >>> r = AgencyResolver(issuer="UBND thị xã Ninh Hòa")
    >>> r.scope
    'ubnd-thi-xa'
    >>> str(responsible_now("so-ke-hoach-dau-tu", on=date(2025, 6, 1)))
    'succeeded: so-tai-chinh since 2025-03-01'
    >>> str(responsible_now("phong-noi-vu", on=date(2025, 8, 1)))
    'abolished since 2025-07-01'
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from ..lexicon.agencies import Agency, AgencyLexicon, Alias, Word, default_lexicon
from .grammar import HEAD_TABLE, SCAN, TableScan
from .model import AgencyMention

Status = Literal["current", "succeeded", "split", "abolished", "not_yet", "unknown"]


class AgencyResolver:
    """Longest-match lookup of agency names for one issuer and date.

    ``issuer`` is the issuing body as written ("UBND tỉnh Khánh Hòa"); the longest alias at its
    start gives the issuer's id, which selects scoped aliases. ``on`` (the plan's issue date)
    selects among aliases with validity dates.

    Examples:
        >>> r = AgencyResolver(issuer="Ban Quản lý Khu kinh tế Vân Phong")
        >>> words = r.lexicon.words("Văn phòng chủ trì")
        >>> size, agency = r.lookup(words, 0)
        >>> size, agency.name
        (2, 'Văn phòng Ban Quản lý Khu kinh tế Vân Phong')
        >>> AgencyResolver().lookup(words, 0) is None
        True
    """

    __slots__ = ("lexicon", "issuer", "scope", "on", "_agency_by_key", "_scan", "issuer_head")

    def __init__(self, lexicon: AgencyLexicon | None = None, issuer: str | None = None, on: date | None = None):
        self.lexicon = lexicon or default_lexicon()
        self.issuer = issuer
        self.on = on
        self.scope = self.issuer_id(issuer) if issuer else None
        # Which agency every alias key names for this issuer and day, decided once.
        self._agency_by_key = {key: self.lexicon.agency(alias.agency_id)
                               for key, alias in self.lexicon.winners(self.scope, on).items()}
        self._scan: TableScan | None = None
        # The head word of a known issuer ("ban" of "Ban Quản lý …", "sở" of "Sở Tư pháp"): the plan
        # names itself by it alone ("Ban tổ chức thực hiện")
        self.issuer_head: tuple[str, ...] | None = None
        if self.scope is not None:
            words = [w.text for w in self.lexicon.words(issuer)]
            found = HEAD_TABLE.match(words, 0) if words and words[0] in HEAD_TABLE.firsts else None
            self.issuer_head = tuple(words[: found[0]]) if found else None

    def scan(self) -> TableScan:
        """The grammar's one scan of a cell's words (``grammar.SCAN``) with this resolver's names as
        its last table: every word table and every known name matched in one walk (built once).

        Examples:
            >>> *_, names = AgencyResolver().scan().scan(["sở", "tư", "pháp", "chủ", "trì"])
            >>> names[0][0], names[0][1].id
            (3, 'so-tu-phap')
        """
        if self._scan is None:
            self._scan = _names_scan(self.lexicon, self._agency_by_key)
        return self._scan

    def issuer_id(self, issuer: str) -> str | None:
        """The id of the agency named at the start of ``issuer`` ("UBND tỉnh Khánh Hòa" → ubnd-tinh).

        Examples:
            >>> AgencyResolver().issuer_id("Ủy ban nhân dân tỉnh Khánh Hòa")
            'ubnd-tinh'
        """
        words = self.lexicon.words(issuer)
        found = self.lexicon.match(words, 0, None, self.on)
        return found[1].agency_id if found else None

    def lookup(self, words: tuple[Word, ...] | list[Word], i: int, prefix: tuple[str, ...] = ()) -> tuple[int, Agency] | None:
        """``(words used, agency)`` for the longest known name at ``words[i:]``, or ``None``."""
        if words and not isinstance(words[0], str):
            words = [w.text for w in words]
        return self.lexicon.longest(words, i, self._agency_by_key.get, prefix)

    def alias_at(self, words: tuple[Word, ...] | list[Word], i: int) -> Alias | None:
        """The alias matched at ``words[i:]`` (for tools that want its source)."""
        found = self.lexicon.match(words, i, self.scope, self.on)
        return found[1] if found else None


# Compiled scans by the names they hold: issuers of one kind on days of one lexicon epoch (every
# provincial committee from 2018 to mid-2025) have the same winning names, so they share one compiled
# scan, as they share the compiled grammar; a scan is built once per set of names (about 1.5 ms).
_SCANS: dict[tuple[int, frozenset], tuple[AgencyLexicon, TableScan]] = {}
_MAX_SCANS = 32


def _names_scan(lexicon: AgencyLexicon, agency_by_key: dict[tuple[str, ...], Agency]) -> TableScan:
    """``SCAN`` with these names as its last table, shared by every resolver with the same names."""
    names = frozenset((key, agency.id) for key, agency in agency_by_key.items())
    held = _SCANS.get((id(lexicon), names))
    if held is not None and held[0] is lexicon:
        return held[1]
    if len(_SCANS) >= _MAX_SCANS:
        _SCANS.clear()
    scan = SCAN.with_table(agency_by_key)
    _SCANS[id(lexicon), names] = (lexicon, scan)
    return scan


@functools.lru_cache(maxsize=64)
def default_resolver(issuer: str | None, on: date | None) -> AgencyResolver:
    """A cached resolver over the packaged lexicon.

    Examples:
        >>> default_resolver("UBND tỉnh Khánh Hòa", None) is default_resolver("UBND tỉnh Khánh Hòa", None)
        True
    """
    return AgencyResolver(None, issuer, on)


@dataclass(frozen=True, slots=True)
class Responsibility:
    """Who holds an agency's functions on a day.

    - ``status``: ``current`` (the agency itself), ``succeeded`` (one successor), ``split``
      (several successors share the functions; which one depends on the task's field),
      ``abolished`` (no successor), ``not_yet`` (created later), ``unknown`` (not in the lexicon).
    - ``agency_ids``: the holders (the agency itself when current).
    - ``since``: the day the change took effect.
    """

    status: Status
    agency_ids: tuple[str, ...] = ()
    since: date | None = None
    note: str = ""

    def __str__(self) -> str:
        holders = ", ".join(self.agency_ids)
        since = f" since {self.since.isoformat()}" if self.since else ""
        if self.status in ("succeeded", "split"):
            return f"{self.status}: {holders}{since}"
        if self.status == "current":
            return f"current: {holders}"
        return f"{self.status}{since}"


def responsible_now(mention: AgencyMention | str, on: date, lexicon: AgencyLexicon | None = None) -> Responsibility:
    """Who holds the functions of ``mention`` (a mention or an agency id) on ``on``.

    Successors are followed transitively; a split anywhere on the way gives ``split`` with every
    holder on ``on``. Successor resolution is per agency, not per task field (docs/domain.md
    §6.4): for a split, the caller picks the holder by the task's field.

    Examples:
        >>> str(responsible_now("so-lao-dong-tbxh", on=date(2025, 3, 1)))
        'split: so-noi-vu, so-y-te, so-giao-duc-dao-tao, so-nong-nghiep-moi-truong since 2025-03-01'
        >>> str(responsible_now("so-noi-vu", on=date(2018, 1, 1)))
        'current: so-noi-vu'
        >>> str(responsible_now("so-nong-nghiep-moi-truong", on=date(2018, 1, 1)))
        'not_yet'
    """
    lex = lexicon or default_lexicon()
    agency_id = mention if isinstance(mention, str) else mention.agency_id
    if not agency_id or agency_id not in lex.agencies:
        return Responsibility("unknown", note="agency not in the lexicon")
    agency = lex.agency(agency_id)
    if agency.valid_from is not None and on < agency.valid_from:
        return Responsibility("not_yet", note=f"{agency.id} exists from {agency.valid_from.isoformat()}")
    if agency.valid_on(on):
        return Responsibility("current", (agency.id,))
    holders: list[str] = []
    split = False
    since = agency.valid_to + timedelta(days=1) if agency.valid_to else None
    first_change = since
    frontier = [agency]
    seen = {agency.id}
    while frontier:
        current = frontier.pop(0)
        if current.valid_on(on):
            if current.id not in holders:
                holders.append(current.id)
            continue
        if current.valid_to is not None and on > current.valid_to:
            if len(current.successor_ids) > 1:
                split = True
            for successor_id in current.successor_ids:
                if successor_id not in seen:
                    seen.add(successor_id)
                    frontier.append(lex.agency(successor_id))
            if current is not agency and current.successor_ids == ():
                since = current.valid_to + timedelta(days=1)
    if not holders:
        return Responsibility("abolished", (), since if since else first_change, "no successor holds the functions")
    status: Status = "split" if split or len(holders) > 1 else "succeeded"
    return Responsibility(status, tuple(holders), first_change)
