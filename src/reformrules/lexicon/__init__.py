"""The lexicon: one frozen object holding every closed-class word table the parsers read.

:class:`Lexicon` is what a parser is given (``lexicon=None`` means :func:`packaged`, the tables
shipped in this package). It holds:

- ``time``: the deadline vocabulary (:class:`TimeWords`, the tables of ``lexicon/timewords.py``:
  markers, period words, condition markers …; each with an English gloss there);
- ``abbreviations``: ``abbreviations.tsv`` (UBND → Ủy ban nhân dân), the one copy every parser
  expands from;
- ``targets``: the targets vocabulary (:class:`~reformrules.lexicon.targetwords.TargetWords`: cue
  words, comparison signs, units, report words …; each with an English gloss there);
- ``agencies``: the agency tables (:class:`~reformrules.lexicon.agencies.AgencyLexicon`, read
  from ``lexicon/data/agenc*.tsv`` when first asked for).

To read with a synonym the package lacks, build a changed copy; nothing global changes:

    >>> from dataclasses import replace
    >>> from reformrules import parse_deadline
    >>> lex = packaged()
    >>> mine = replace(lex, time=replace(lex.time, MARKERS=lex.time.MARKERS + ((("hạn", "nộp"), "by"),)))
    >>> str(parse_deadline("hạn nộp Quý II/2026", lexicon=mine)), str(parse_deadline("hạn nộp Quý II/2026"))
    ('by 2026Q2', 'within 2026Q2')

A lexicon compares and hashes by identity (parsers cache per lexicon object), so build it once
and pass the same object.

Examples:
    >>> packaged() is packaged(), packaged().abbreviations["UBND"]
    (True, 'Ủy ban nhân dân')
    >>> ("chậm", "nhất") in dict(packaged().time.MARKERS)
    True
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Mapping

from . import timewords as _tw
from .tables import parse_tsv, read_text
from .targetwords import TargetWords

if TYPE_CHECKING:  # pragma: no cover
    from .agencies import AgencyLexicon

__all__ = ["Lexicon", "TimeWords", "packaged", "read_abbreviations"]


def _table(value: Mapping):
    return field(default_factory=lambda: value)


@dataclass(frozen=True, slots=True, eq=False)
class TimeWords:
    """The deadline vocabulary; field names and glosses are those of ``lexicon/timewords.py``."""

    ROMAN: Mapping = _table(_tw.ROMAN)
    QUARTER_WORDS: frozenset = _tw.QUARTER_WORDS
    MONTH_WORDS: frozenset = _tw.MONTH_WORDS
    YEAR_WORDS: frozenset = _tw.YEAR_WORDS
    DAY_WORDS: frozenset = _tw.DAY_WORDS
    SPAN_WORDS: tuple = _tw.SPAN_WORDS
    POINT_WORDS: Mapping = _table(_tw.POINT_WORDS)
    FIRST_LAST: Mapping = _table(_tw.FIRST_LAST)
    MARKERS: tuple = _tw.MARKERS
    MARKER_FILLERS: frozenset = _tw.MARKER_FILLERS
    FILLERS: frozenset = _tw.FILLERS
    OR_WORDS: frozenset = _tw.OR_WORDS
    CONTINUOUS: tuple = _tw.CONTINUOUS
    EVERY_WORDS: frozenset = _tw.EVERY_WORDS
    PERIODIC: tuple = _tw.PERIODIC
    PERIOD_WORDS: Mapping = _table(_tw.PERIOD_WORDS)
    FOLLOWING: tuple = _tw.FOLLOWING
    AND_FOLLOWING_YEARS: tuple = _tw.AND_FOLLOWING_YEARS
    NOT_CONTINUOUS_AFTER: frozenset = _tw.NOT_CONTINUOUS_AFTER
    PAST_WORDS: frozenset = _tw.PAST_WORDS
    PERIOD_END_WORDS: Mapping = _table(_tw.PERIOD_END_WORDS)
    EVENT_MARKERS: tuple = _tw.EVENT_MARKERS
    PER_MARKERS: tuple = _tw.PER_MARKERS
    PER_KINDS: Mapping = _table(_tw.PER_KINDS)
    COUNT_LEADS: tuple = _tw.COUNT_LEADS
    COUNT_UNITS: tuple = _tw.COUNT_UNITS
    COUNT_FROM: tuple = _tw.COUNT_FROM
    ISSUE_ANCHOR_WORDS: frozenset = _tw.ISSUE_ANCHOR_WORDS
    THIS_DOCUMENT_WORDS: tuple = _tw.THIS_DOCUMENT_WORDS
    ISSUE_ANCHORS_ALONE: tuple = _tw.ISSUE_ANCHORS_ALONE
    NOW_WORDS: frozenset = _tw.NOW_WORDS
    ACTOR_HEADS: frozenset = _tw.ACTOR_HEADS
    ACTOR_STOP_VERBS: frozenset = _tw.ACTOR_STOP_VERBS
    ACTOR_STOP_PAIRS: frozenset = _tw.ACTOR_STOP_PAIRS
    TIMES_WORDS: frozenset = _tw.TIMES_WORDS
    AT_LEAST: tuple = _tw.AT_LEAST
    NUMBER_WORDS: Mapping = _table(_tw.NUMBER_WORDS)
    OCCURRENCE_MARKERS: tuple = _tw.OCCURRENCE_MARKERS
    OCCURRENCE_CONTINUATIONS: tuple = _tw.OCCURRENCE_CONTINUATIONS
    BEFORE_EVENT_MARKERS: tuple = _tw.BEFORE_EVENT_MARKERS
    SESSION_WORDS: tuple = _tw.SESSION_WORDS
    SESSION_LEADS: frozenset = _tw.SESSION_LEADS
    FOLLOWING_YEARS: tuple = _tw.FOLLOWING_YEARS


def read_abbreviations(text: str | None = None) -> Mapping[str, str]:
    """``abbr → expansion`` from the text of ``abbreviations.tsv`` (the packaged one by default).

    Examples:
        >>> read_abbreviations()["HĐND"]
        'Hội đồng nhân dân'
    """
    rows = parse_tsv(read_text("abbreviations.tsv") if text is None else text, "abbreviations.tsv",
                     ("abbr", "expansion", "gloss_en", "source"), ("abbr", "expansion"))
    return MappingProxyType({row["abbr"]: row["expansion"] for row in rows})


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Every closed-class word table, frozen (see the module docstring)."""

    time: TimeWords = field(default_factory=TimeWords)
    abbreviations: Mapping[str, str] = field(default_factory=read_abbreviations)
    agency_tables: AgencyLexicon | None = None  # None: the packaged agency tables, loaded on first use
    targets: TargetWords = field(default_factory=TargetWords)  # lexicon/targetwords.py

    @property
    def agencies(self) -> AgencyLexicon:
        """The agency tables (the packaged ones unless this lexicon was built with others)."""
        if self.agency_tables is not None:
            return self.agency_tables
        from .agencies import default_lexicon

        return default_lexicon()

    @property
    def is_packaged(self) -> bool:
        """True for the object :func:`packaged` returns."""
        return self is packaged()


@functools.cache
def packaged() -> Lexicon:
    """The packaged lexicon (built once)."""
    return Lexicon()


def resolve(lexicon: object) -> Lexicon:
    """``lexicon`` checked, ``None`` meaning :func:`packaged`; a ``TypeError`` for anything else."""
    if lexicon is None:
        return packaged()
    if isinstance(lexicon, Lexicon):
        return lexicon
    raise TypeError(f"lexicon must be a reformrules.lexicon.Lexicon or None, not {type(lexicon).__name__}")
