"""Mentions of agencies made from a cell's words: known, unknown and generic, with their place.

:class:`MentionMaker` turns a range of words that ``lists.ListReader`` has bounded into an
:class:`~reformrules.assignments.model.AgencyMention`: the lexicon's name (with a city's level word
kept), the place written after it, the written name of an unknown body or a group (abbreviations
expanded, new-style tone marks), a group's canonical identity, and the warnings for a body abolished
or a province merged by the plan's date. It is a mixin of ``ListReader``, whose columns it reads.
"""

from __future__ import annotations

from datetime import timedelta

from ..diagnostics import Code, warning
from ..lexicon.agencies import provinces
from ..source import Span
from ..text.fold import fold
from . import grammar as g
from .model import AgencyMention
from .names import group_identity, new_style as _new_style, written_name as _written_name

_QUANTIFIER_FIRST = frozenset({"các", "tất", "những", "mọi"})
_CITY_WORDS = frozenset({"phố", "tp"})  # "thành phố", "TP": a centrally run city's own bodies


class MentionMaker:
    """The mentions of one cell's words (a mixin: ``ListReader`` holds the columns it reads)."""

    def _known(self, i: int, j: int, agency, start: int | None = None, place_at: int | None = None) -> AgencyMention:
        """A known agency in words ``i:j``; words ``place_at:j`` (after its name) are the place it
        belongs to ("… tỉnh Nghệ An": the mention's ``place`` is "nghệ an")."""
        s = self.starts[i if start is None else start]
        e = self.ends[j - 1]
        name = agency.name
        if agency.level == "province" and name.endswith(" tỉnh") and _CITY_WORDS & set(self.w[i:j]) \
                and "tỉnh" not in self.w[i:j]:
            name = name[: -len("tỉnh")] + self._city_word(i, j)  # "Công an Thành phố": a city's body keeps its level word
        elif agency.level == "province" and name.endswith(" " + g.PROVINCE_PARTY_COMMITTEE) and "tỉnh" not in self.w[i:j] \
                and g.CITY_PARTY_COMMITTEE_WORDS in zip(self.w[i:j], self.w[i + 1 : j]):
            # "Ban Tuyên giáo và Dân vận Thành ủy": a city's Party committee
            name = name[: -len(g.PROVINCE_PARTY_COMMITTEE)] + g.CITY_PARTY_COMMITTEE
        place = None
        units = self._place_unit
        if units:  # an alias with its place ("UBND thành phố Hà Nội")
            for k in range(j - 2, i - 1, -1):
                if k in units and k + units[k][0] < j and self._capital(k + units[k][0]):
                    place_at = k
                    break
        if place_at is not None and place_at < j:
            k = place_at + (units.get(place_at) or (0, None))[0]
            place = " ".join(self.w[k:j]) or None
            if place and f" {place} " in f" {fold(agency.name)} ":  # "Thông tấn xã Việt Nam": the name's own words
                place = None
        mention = AgencyMention(self.text[s:e], Span(s, e), name, agency.id, agency.is_group, agency.kind, None, place)
        issued = self.issued
        if issued is not None and agency.valid_to is not None and issued > agency.valid_to:
            self.diagnostics.append(warning(
                Code.ASSIGNMENT_ABOLISHED_AGENCY,
                f"{agency.name} no longer existed on {issued.isoformat()} (until {agency.valid_to.isoformat()})",
                mention.span, agency=agency.id))
        return mention

    def _city_word(self, i: int, j: int) -> str:
        """The level word "thành phố" as written in words ``i:j`` ("Thành phố", "thành phố"; "TP" → "Thành phố")."""
        w = self.w
        for k in range(i, j - 1):
            if w[k] == "thành" and w[k + 1] == "phố":
                written = " ".join(_new_style(self.text[self.starts[k] : self.ends[k + 1]]).split())
                return written if fold(written) == "thành phố" else "Thành phố"
        return "Thành phố"

    def _unknown(self, i: int, j: int, prefix_text: str = "", kind=None) -> AgencyMention:
        """A name the lexicon does not know, bounded like a known one (``_name_end``). A head word
        of a body outside the state chain ("Hội …", "Công ty …") gives its kind and no warning."""
        s, e = self.starts[i], self.ends[j - 1]
        name = self._written_name(i, j)
        if prefix_text:
            name = f"{_new_style(prefix_text)} {name}"
        mention = AgencyMention(self.text[s:e], Span(s, e), name, None, False, kind[1] if kind else None)
        if not kind:
            self.diagnostics.append(warning(Code.ASSIGNMENT_UNKNOWN_AGENCY, f"agency not in the lexicon: {name}",
                                            mention.span))
        return mention

    def _generic(self, i: int, j: int) -> AgencyMention:
        """A generic group; its nouns in canonical order give its identity (``group:…``), so "các
        sở, ban, ngành", "các Sở, ngành, ban" and "sở, ban, ngành tỉnh" are one group."""
        s, e = self.starts[i], self.ends[j - 1]
        # "sở, ban, ngành thuộc Ủy ban nhân dân Thành phố": the group's name stops before whom it is under;
        # "các cơ quan trực thuộc Bộ …" keeps its whole name (the attached bodies of that ministry), its
        # identity is that of "các cơ quan trực thuộc", and its owner, as a place, tells it from the
        # attached bodies of another owner (two parties)
        under = ident_end = j
        owner_at = None
        if g.BELONGING_MARK[0] in self.w[i + 1 : j - 1]:
            k = next((k for k in range(i + 1, j - 1) if self.w[k] == g.BELONGING_MARK[0] and self._capital(k + 1)), j)
            if tuple(self.w[k - 1 : k + 1]) in g.GENERIC_QUALIFIERS:
                ident_end = owner_at = k + 1
            else:
                under = k
        if g.POSSESSIVE_MARK[0] in self.w[i + 1 : ident_end - 1]:  # "… thành viên của Mặt trận": whose, not which
            k = next((k for k in range(i + 1, ident_end - 1) if self.w[k] == g.POSSESSIVE_MARK[0] and self._capital(k + 1)),
                     None)
            if k is not None and not self._lookup(k + 1) and group_identity(tuple(self.w[i:ident_end]))[0] is None:
                ident_end, owner_at = k, k + 1  # an owner the lexicon lacks
        name = self._written_name(i, under)
        if self.w[i] in _QUANTIFIER_FIRST:
            name = name[:1].lower() + name[1:]
        group_id, kind = self._group_identity(i, ident_end)
        owner = None
        if owner_at is not None and group_id is not None:
            owner = " ".join(self.w[owner_at:j]) or None
        return AgencyMention(self.text[s:e], Span(s, e), name, group_id, True, kind, None, owner)

    def _group_identity(self, i: int, j: int) -> tuple[str | None, str | None]:
        """``(canonical id, kind)`` of the group in words ``i:j`` (see :func:`group_identity`)."""
        return group_identity(tuple(self.w[i:j]))

    def _written_name(self, i: int, j: int) -> str:
        # The fold is per character (and words are whole runs of letters), so styling the name's
        # whole range at once equals styling word by word.
        base = self.starts[i]
        styled = _new_style(self.text[base : self.ends[j - 1]])
        return _written_name(styled, [(s - base, e - base, x) for s, e, x in
                                      zip(self.starts[i:j], self.ends[i:j], self.expansions[i:j])])

    def _check_province(self, i: int, j: int, mention: AgencyMention) -> None:
        """Warns when the place in words ``i:j`` is a province that had been merged away by the
        plan's issue date ("UBND tỉnh Bình Dương" in a plan of 2025-08)."""
        k = i + (self._place_unit.get(i) or (0, None))[0]
        if k >= j:
            return
        province = provinces().get(fold(self.text[self.starts[k] : self.ends[j - 1]]))
        if province is not None and province.valid_to is not None and self.issued > province.valid_to:
            self.diagnostics.append(warning(
                Code.ASSIGNMENT_MERGED_PROVINCE,
                f"{province.name} was merged into {province.successor} on "
                f"{(province.valid_to + timedelta(days=1)).isoformat()}", mention.span,
                province=province.name, successor=province.successor))
