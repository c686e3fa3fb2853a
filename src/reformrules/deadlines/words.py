"""The deadline vocabulary of one lexicon, compiled once: the grammar table's dispatch, tries, the
start words and the prefilter of running text.

Everything here is derived from :class:`reformrules.lexicon.TimeWords` and the grammar table
(deadlines/grammar.py); nothing is kept by hand beside them, so a synonym added to a table is
found by ``parse_deadline`` and ``find_deadlines`` alike (a property test checks that every
entry is reachable).

Examples:
    >>> from reformrules.lexicon import packaged
    >>> words = compiled(packaged())
    >>> words.markers.longest(["hoàn", "thành", "chậm", "nhất", "quý"], 0)
    (4, 'by')
    >>> bool(words.may_hold("thực hiện thường xuyên")), bool(words.may_hold("nâng cao chất lượng"))
    (True, False)
    >>> words.readers["đột"], words.readers_in_running_text.get("khi")
    (('occurrence',), ('occurrence',))
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from ..lexicon import Lexicon, TimeWords
from ..text.trie import WordTrie
from .grammar import FORMS, WINDOW, Form


def _dispatch(tw: TimeWords, forms: tuple[Form, ...], running: bool) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for form in forms:
        words = form.in_running_text if running and form.in_running_text is not None else form.opens
        for word in words(tw):
            table[word] = table.get(word, ()) + (form.reader,)
    return table


# between the words of a clue: any run of spaces, line breaks and emphasis marks ("thường **xuyên**",
# "khi  có\nyêu cầu"); around it: no letter, so "hàng" is not found in "nhẹ nhàng"
_BETWEEN = r"[\s*_]+"
_NO_LETTER_BEFORE, _NO_LETTER_AFTER = r"(?<![^\W\d_])", r"(?![^\W\d_])"


def _clue_pattern(clues: frozenset[str]) -> str:
    """One alternation of ``clues``, each matched as whole words with any spacing between them."""
    words = (_BETWEEN.join(map(re.escape, clue.split())) for clue in sorted(clues, key=len, reverse=True))
    return f"{_NO_LETTER_BEFORE}(?:{'|'.join(words)}){_NO_LETTER_AFTER}"


class DeadlineWords:
    """The compiled vocabulary: ``tw`` (the tables), the dispatch of the grammar table, tries."""

    __slots__ = ("tw", "abbreviations", "markers", "readers", "readers_in_running_text", "number_readers",
                 "start_words", "clues", "may_hold", "occurrences", "sessions", "following_years", "count_leads",
                 "occurrence_continuations", "daily", "holiday_heads")

    def __init__(self, tw: TimeWords, abbreviations: Mapping[str, str]):
        self.tw = tw
        self.abbreviations = abbreviations
        self.markers: WordTrie[str] = WordTrie(tw.MARKERS)
        self.occurrences: WordTrie[bool] = WordTrie((words, True) for words in tw.OCCURRENCE_MARKERS)
        self.sessions: WordTrie[bool] = WordTrie((words, True) for words in tw.SESSION_WORDS)
        self.following_years: WordTrie[bool] = WordTrie((words, True) for words in tw.FOLLOWING_YEARS)
        self.occurrence_continuations: WordTrie[bool] = WordTrie((w, True) for w in tw.OCCURRENCE_CONTINUATIONS)
        self.count_leads: WordTrie[bool] = WordTrie((words, True) for words in tw.COUNT_LEADS)
        self.daily: WordTrie[bool] = WordTrie((words, True) for words in tw.DAILY)
        self.holiday_heads = frozenset(words[0] for words, _ in tw.HOLIDAYS)  # "tết": a holiday may start here
        # first word -> the readers to try there, in table order (the window is tried last, always)
        self.readers = _dispatch(tw, FORMS, running=False)
        self.readers_in_running_text = _dispatch(tw, FORMS, running=True)
        self.number_readers = tuple(form.reader for form in FORMS if form.at_numbers)
        # running text is tried only at these words (and at numbers and dates)
        self.start_words = frozenset(self.readers_in_running_text) | frozenset(WINDOW.opens(tw))
        # a digitless phrase holds one of these; text with neither is skipped without tokenizing
        self.clues = frozenset(clue for form in FORMS + (WINDOW,) if form.clue is not None
                               for clue in form.clue(tw))
        self.may_hold = re.compile(r"\d|" + _clue_pattern(self.clues)).search


@functools.lru_cache(maxsize=16)
def compiled(lexicon: Lexicon) -> DeadlineWords:
    """The compiled vocabulary of ``lexicon`` (cached per lexicon object)."""
    return DeadlineWords(lexicon.time, lexicon.abbreviations)
