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
from dataclasses import dataclass, field, make_dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Mapping

from . import timewords as _tw
from .tables import parse_tsv, read_text
from .targetwords import TargetWords

if TYPE_CHECKING:  # pragma: no cover
    from .agencies import AgencyLexicon

__all__ = ["Lexicon", "TimeWords", "packaged", "read_abbreviations"]


def _time_words() -> type:
    """The ``TimeWords`` class: one frozen field per table of ``lexicon/timewords.py`` (every upper-case
    name there, in the order written), its default the table itself. The module is the one source of
    the words; this class only makes them a value a caller can copy with a change."""
    fields_ = []
    for name, value in vars(_tw).items():
        if not name.isupper():
            continue
        if isinstance(value, Mapping):  # a mapping cannot be a plain dataclass default
            fields_.append((name, Mapping, field(default_factory=lambda table=value: table)))
        else:
            fields_.append((name, type(value), field(default=value)))
    cls = make_dataclass("TimeWords", fields_, frozen=True, slots=True, eq=False)
    cls.__module__ = __name__
    cls.__doc__ = ("The deadline vocabulary: one field per table of ``lexicon/timewords.py`` (names and "
                   "English glosses are there), built from that module.")
    return cls


TimeWords = _time_words()


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
