"""The deadline vocabulary of one lexicon, compiled once: tries, start words and the prefilter.

Everything here is derived from :class:`reformrules.lexicon.TimeWords`; nothing is kept by hand
beside the tables, so a synonym added to a table is found by ``parse_deadline`` and
``find_deadlines`` alike (a property test checks every entry is reachable).

Examples:
    >>> from reformrules.lexicon import packaged
    >>> words = compiled(packaged())
    >>> words.markers.longest(["hoàn", "thành", "chậm", "nhất", "quý"], 0)
    (4, 'by')
    >>> bool(words.may_hold("thực hiện thường xuyên")), bool(words.may_hold("nâng cao chất lượng"))
    (True, False)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

from ..lexicon import Lexicon, TimeWords
from ..text.trie import WordTrie


def _firsts(keys: Iterable[tuple[str, ...]]) -> set[str]:
    return {k[0] for k in keys}


class DeadlineWords:
    """The compiled vocabulary: ``tw`` (the tables), tries and derived word sets."""

    __slots__ = ("tw", "abbreviations", "markers", "condition_first", "start_words", "digitless",
                 "may_hold")

    def __init__(self, tw: TimeWords, abbreviations: Mapping[str, str]):
        self.tw = tw
        self.abbreviations = abbreviations
        self.markers: WordTrie[str] = WordTrie(tw.MARKERS)
        self.condition_first = frozenset(_firsts(tw.EVENT_MARKERS + tw.PER_MARKERS))
        # Words that can open an item (running text is scanned only at these and at numbers/dates).
        self.start_words = frozenset(
            self.markers.first_words | tw.QUARTER_WORDS | tw.MONTH_WORDS | tw.YEAR_WORDS | tw.DAY_WORDS
            | set(tw.POINT_WORDS) | _firsts(tw.SPAN_WORDS) | tw.EVERY_WORDS | {tw.PERIODIC[0]}
            | _firsts(tw.CONTINUOUS) | _firsts(tw.COUNT_LEADS) | self.condition_first)
        # Phrases with no digit can still be deadlines: these words open every digitless form
        # (recurrences, continuous work, events, named points, "từ nay"). Running text holding
        # neither a digit nor one of them is skipped by find_deadlines without tokenizing.
        digitless = (set(tw.EVERY_WORDS) | {" ".join(tw.PERIODIC)} | {" ".join(w) for w in tw.CONTINUOUS}
                     | {" ".join(w) for w in tw.EVENT_MARKERS} | set(tw.POINT_WORDS) | set(tw.NOW_WORDS)
                     | tw.QUARTER_WORDS - {"q"})
        self.digitless = frozenset(digitless)
        alternation = "|".join(re.escape(w) for w in sorted(digitless, key=len, reverse=True))
        self.may_hold = re.compile(r"\d|" + alternation).search


@functools.lru_cache(maxsize=16)
def compiled(lexicon: Lexicon) -> DeadlineWords:
    """The compiled vocabulary of ``lexicon`` (cached per lexicon object)."""
    return DeadlineWords(lexicon.time, lexicon.abbreviations)
