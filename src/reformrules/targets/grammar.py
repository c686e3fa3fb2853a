"""The targets grammar: a lexicon's word tables (``reformrules.lexicon.targetwords``) compiled for
matching, the number formats, and the few shapes of the text a goal is read from.

Every phrase of the tables is stored as written and matched on :func:`reformrules.text.fold.fold`
output, so case, old tone placement ("hoà"), NBSP, en dashes and line breaks do not matter.
:func:`compiled` builds a :class:`TargetGrammar` once per lexicon object; ``packaged_grammar()`` is the
one of the packaged lexicon. The word → comparator choices follow docs/domain.md §4 (an [I] language
convention, not law) and the issue text; docs/targets.md lists them.

Examples:
    >>> [t.kind for t in tokenize("đạt tối thiểu 45,8%")]
    ['word', 'word', 'word', 'num', 'pct']
    >>> read_number("1.000"), read_number("45,8"), read_number("4,,5")
    (Decimal('1000'), Decimal('45.8'), None)
    >>> g = packaged_grammar()
    >>> g.PREFIX_CUES[fold_words("tối thiểu")].op.value
    '>='
    >>> g.WORD_GOALS[fold_words("Toàn bộ")].value, bool(MAY_HOLD_A_GOAL.search("Không để hồ sơ trễ hạn"))
    (Decimal('100'), True)
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import NamedTuple

from ..lexicon import Lexicon, packaged
from ..lexicon.targetwords import CueRow, TargetWords
from ..text.fold import fold
from ..text.tokens import MARKS, Token, token_columns
from ..text.tokens import tokenize as _tokenize
from .model import Comparator

__all__ = ["Columns", "Cue", "CueRole", "MAY_HOLD_A_GOAL", "PUNCT", "TargetGrammar", "Token", "WordGoal",
           "columns", "compiled", "fold_words", "is_bullet", "packaged_grammar", "read_number", "tokenize"]

# Every mark token but "%" (brackets, dashes, commas, …): what the targets grammar calls punctuation.
PUNCT = MARKS - {"pct"}

# Vietnamese number formats: "." groups thousands, "," is the decimal mark ("1.000,5");
# a lone "." before other than three digits is read as a decimal point ("45.8").
_DECIMAL_COMMA = re.compile(r"\d+,\d+")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DECIMAL_POINT = re.compile(r"\d+\.\d+")


def tokenize(text: str) -> tuple[Token, ...]:
    """Tokens of ``text`` by the one tokenizer (:mod:`reformrules.text.tokens`) with decimal
    numbers ("45,8", "1.000"); offsets are valid in ``text`` because folding keeps length.

    Examples:
        >>> [(t.kind, t.text) for t in tokenize("Từ 95% -100%")]
        [('word', 'từ'), ('num', '95'), ('pct', '%'), ('sep', '-'), ('num', '100'), ('pct', '%')]
    """
    return _tokenize(text, numbers="decimals")


class Columns(NamedTuple):
    """The tokens of a text as the one tokenizer's parallel lists (``text.tokens.token_columns``), which
    the targets grammar reads by index: ``kinds[i]``, ``texts[i]`` (folded), ``starts[i]``, ``ends[i]``
    (offsets into the text). No ``Token`` object is built per token (issue 16: building them cost as
    much as a tenth of a parse). Do not modify the lists: a prepared text shares them with other parsers.

    Examples:
        >>> tk = columns("đạt tối thiểu 45,8%")
        >>> tk.kinds, tk.texts[3], (tk.starts[3], tk.ends[3])
        (['word', 'word', 'word', 'num', 'pct'], '45,8', (14, 18))
    """

    kinds: list[str]
    texts: list[str]
    starts: list[int]
    ends: list[int]


def columns(text: str) -> Columns:
    """The :class:`Columns` of ``text`` with decimal numbers (the profile :func:`tokenize` uses)."""
    return tuple.__new__(Columns, token_columns(text, numbers="decimals"))


def read_number(text: str) -> Decimal | None:
    """The value of a number as written in a Vietnamese text, or ``None`` when malformed.

    Examples:
        >>> read_number("78"), read_number("1.000,5"), read_number("3.4.5")
        (Decimal('78'), Decimal('1000.5'), None)
    """
    if text.isdecimal():
        return Decimal(text)
    if _DECIMAL_COMMA.fullmatch(text):
        return Decimal(text.replace(",", "."))
    if _THOUSANDS.fullmatch(text):
        return Decimal(text.replace(".", "").replace(",", "."))
    if _DECIMAL_POINT.fullmatch(text):
        return Decimal(text)
    return None


def fold_words(phrase: str) -> tuple[str, ...]:
    """The folded words of a table phrase (the key it is matched by).

    Examples:
        >>> fold_words("Không  vượt quá")
        ('không', 'vượt', 'quá')
    """
    return tuple(fold(phrase).split())


def token_key(phrase: str) -> tuple[str, ...]:
    """The folded token texts of a phrase with marks or digits ("μg/m3" -> μg / m 3; ">=" -> > =)."""
    return tuple(t.text for t in tokenize(phrase))


class CueRole(str, Enum):
    """What a word before (or after) a number contributes to a goal (``CueRow.role`` values)."""

    COMPARATOR = "comparator"  # sets the comparison ("tối thiểu" >=)
    FROM = "from"  # "từ": opens a range; alone or with "trở lên" it means >=
    VERB = "verb"  # "đạt": reach; the comparison stays implicit (>=)
    STRIVE = "strive"  # "phấn đấu": strive for; an aspiration, the comparison stays implicit (>=)
    FILLER = "filler"  # allowed between a cue and its number ("tỷ lệ", "tương đương")
    INCREASE = "increase"  # a change upwards against a baseline ("tăng")
    DECREASE = "decrease"  # a change downwards against a baseline ("giảm")
    EXCEED = "exceed"  # "vượt": > alone; an increase when a baseline follows ("so với")
    PERIODIC = "periodic"  # "mỗi năm": against the previous period
    RESULT = "result"  # "chỉ đạt", "đã đạt": the number is a figure reached, not a goal
    TARGET_NOUN = "target_noun"  # "mục tiêu", "chỉ tiêu": the number is the goal itself; cues before it compare


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue row compiled: the phrase as written, its role, its comparator, an English gloss, a source."""

    phrase: str
    role: CueRole
    op: Comparator | None
    gloss: str
    source: str

    @classmethod
    def of(cls, row: CueRow) -> Cue:
        return cls(row.phrase, CueRole(row.role), Comparator(row.op) if row.op else None, row.gloss, row.source)


@dataclass(frozen=True, slots=True)
class WordGoal:
    """A goal written in words: the phrase, the comparison and value it stands for, and when it counts.

    ``clause_start``: only as the first words of a clause (after list markers and joining words).
    ``requires``: one of these phrases (folded words) must follow later in the same clause, with no
    number between.
    """

    phrase: str
    op: Comparator
    value: Decimal
    requires: tuple[tuple[str, ...], ...]
    clause_start: bool
    gloss: str
    source: str


class Table(dict):
    """A read-only dict: a compiled table of the grammar. Looked up on every token, so a plain dict
    underneath (``types.Table.get`` costs half as much again); changing it is a ``TypeError``.

    Examples:
        >>> t = Table({"a": 1})
        >>> t.get("a"), t["a"]
        (1, 1)
        >>> t["b"] = 2
        Traceback (most recent call last):
        ...
        TypeError: a compiled grammar table is read-only
    """

    __slots__ = ()

    def _read_only(self, *args: object, **kwargs: object) -> None:
        raise TypeError("a compiled grammar table is read-only")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _read_only  # type: ignore[assignment]


def cue_table(rows: tuple[CueRow, ...], key=fold_words) -> Table:
    """Cue rows by their folded key; a ``ValueError`` for two rows that fold to one key."""
    table: dict[tuple[str, ...], Cue] = {}
    for row in rows:
        k = key(row.phrase)
        if k in table:
            raise ValueError(f"duplicate cue after folding: {row.phrase!r}")
        table[k] = Cue.of(row)
    return Table(table)


def _backwards_trie(entries) -> dict:
    root: dict = {}
    for key, value in entries:
        node = root
        for word in reversed(key):
            node = node.setdefault(word, {})
        node[""] = value  # a later entry (the plain cue) wins over an earlier one
    return root


def _by_first(phrases) -> Table:
    index: dict[str, tuple[tuple[str, ...], ...]] = {}
    for words in phrases:
        index[words[0]] = (*index.get(words[0], ()), words)
    return Table(index)


def _words(rows) -> tuple[tuple[str, ...], ...]:
    return tuple(fold_words(row[0]) for row in rows)


def _set(rows) -> frozenset[str]:
    return frozenset(fold(row[0]) for row in rows)


class TargetGrammar:
    """The targets tables of one lexicon, compiled: folded keys, longest lengths, indexes, the prefilter."""

    def __init__(self, words: TargetWords):
        self.words = words
        self.PREFIX_CUES = cue_table(words.CUES)
        self.PREFIX_MAX_WORDS = max(len(key) for key in self.PREFIX_CUES)
        self.AFTER_REDUCTION_CUES = cue_table(words.AFTER_REDUCTION_CUES)
        self.SIGN_CUES = cue_table(words.SIGNS, key=token_key)
        # both cue tables as one trie of reversed keys ({word: node, "": (cue, needs a reduction word)}),
        # read backwards from a number; a key of both tables is the plain cue
        self.CUES_BACKWARDS = _backwards_trie(
            [(key, (cue, True)) for key, cue in self.AFTER_REDUCTION_CUES.items()]
            + [(key, (cue, False)) for key, cue in self.PREFIX_CUES.items()])
        self.REDUCTION_WORDS = _set(words.REDUCTION_WORDS)
        self.INCREASE_WORDS = _set(words.INCREASE_WORDS)
        # the change a yearly rate takes from a change word before it ("tăng bình quân … 5%/năm")
        self.INCREASE_CUE = Cue(words.INCREASE_WORDS[0][0], CueRole.INCREASE, None, words.INCREASE_WORDS[0][1], "")
        self.DECREASE_CUE = Cue(words.REDUCTION_WORDS[0][0], CueRole.DECREASE, None, words.REDUCTION_WORDS[0][1], "")
        self.CHANGE_COVERBS = _words(words.CHANGE_COVERBS)
        self.COVERB_LAST_WORDS = frozenset(words[-1] for words in self.CHANGE_COVERBS)
        self.COVERB_JOINERS = _set(words.COVERB_JOINERS)
        # the words a cue can end with, right before its number (the quick test before reading cues backwards)
        self.CUE_LAST_WORDS = frozenset(self.CUES_BACKWARDS) | self.COVERB_LAST_WORDS
        self.OR_MORE = fold_words(words.OR_MORE[0])
        self.OR_LESS = fold_words(words.OR_LESS[0])
        self.COMPARED_WITH = fold_words(words.COMPARED_WITH[0])
        self.PER_PERIOD = Table({token_key(p): baseline for p, baseline, _gloss in words.PER_PERIOD})
        self.PERIODIC_BASELINES = Table({fold_words(p): b for p, b, _gloss in words.PERIODIC})
        self.PERIODIC_FIRST_WORDS = frozenset(k[0] for k in self.PERIODIC_BASELINES)
        self.RANGE_JOINERS = _set(words.RANGE_JOINERS)
        self.PERCENT_WORDS = _words(words.PERCENT_WORDS)
        self.PERCENT_FIRST_WORDS = frozenset(k[0] for k in self.PERCENT_WORDS)
        self.NUMBER_WORDS = Table({fold(word): Decimal(value) for word, value, _gloss in words.NUMBER_WORDS})
        self.COUNT_UNITS = Table({token_key(unit): unit for unit, _gloss in words.UNITS})
        self.COUNT_UNIT_MAX_WORDS = max(len(key) for key in self.COUNT_UNITS)
        self.SUBJECT_HEADS = _words(words.SUBJECT_HEADS)
        self.RATE_HEADS = self.SUBJECT_HEADS[: words.RATE_HEAD_COUNT]
        self.STRONG_BREAKS = _words(words.STRONG_BREAKS)
        self.WEAK_BREAKS = _words(words.WEAK_BREAKS)
        # the three kinds of words a subject is cut at, by first word, for one pass over a clause:
        # {word: ((phrase, kind), ...)}, kind "strong" (a break), "head" (a subject head) or "weak"
        marks: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {}
        for kind, phrases in (("strong", self.STRONG_BREAKS), ("head", self.SUBJECT_HEADS), ("weak", self.WEAK_BREAKS)):
            for phrase in phrases:
                marks[phrase[0]] = (*marks.get(phrase[0], ()), (phrase, kind))
        self.SUBJECT_MARKS = Table(marks)
        self.EDGE_WORDS = _words(words.EDGE_WORDS)
        self.EDGE_BY_FIRST = _by_first(self.EDGE_WORDS)
        self.EDGE_BY_LAST = Table({w: tuple(p for p in self.EDGE_WORDS if p[-1] == w)
                                              for w in {p[-1] for p in self.EDGE_WORDS}})
        self.ALTERNATIVE_WORD = fold(words.ALTERNATIVE_WORD[0])
        self.FOR_OBJECT = fold_words(words.FOR_OBJECT[0])
        self.WORD_GOALS = Table({
            fold_words(row.phrase): WordGoal(row.phrase, Comparator(row.op), Decimal(row.value),
                                             tuple(fold_words(p) for p in row.requires), row.clause_start,
                                             row.gloss, row.source)
            for row in words.WORD_GOALS})
        self.WORD_GOAL_MAX_WORDS = max(len(key) for key in self.WORD_GOALS)
        self.WORD_GOAL_FIRST_WORDS = frozenset(k[0] for k in self.WORD_GOALS)
        # the second words of the goals written in words (None when one of them is a single word)
        self.WORD_GOAL_SECOND_WORDS = (frozenset(k[1] for k in self.WORD_GOALS)
                                       if all(len(k) > 1 for k in self.WORD_GOALS) else None)
        # words a goal can start at: "phần trăm", a goal written in words, a number written as a word
        self.OPENING_WORDS = self.PERCENT_FIRST_WORDS | self.WORD_GOAL_FIRST_WORDS | frozenset(self.NUMBER_WORDS)
        self.LEVEL_MARKER = fold(words.LEVEL_MARKER[0])
        self.LEVELS = Table({fold_words(level): level for level, _gloss in words.LEVELS})
        self.LEVEL_SEPARATORS = _set(words.LEVEL_SEPARATORS)
        self.REPORT_OPENERS = _by_first(_words(words.REPORT_OPENERS))
        self.REPORT_FIRST_WORDS = frozenset(self.REPORT_OPENERS)  # the quick test: one of them among the tokens
        self.HAVE_WORDS = _set(words.HAVE_WORDS)
        copulas = set(_words(words.COPULA_WORDS))
        self.COPULA_CUES = frozenset(cue for key, cue in self.PREFIX_CUES.items() if key in copulas)
        self.COUNT_LIST_JOINERS = _set(words.COUNT_LIST_JOINERS)
        self.STRIVE_PHRASES = _by_first(tuple(k for k, cue in self.PREFIX_CUES.items() if cue.role is CueRole.STRIVE))
        self.CONDITION_WORDS = _by_first(_words(words.CONDITION_WORDS))
        self.CONDITION_FIRST_WORDS = frozenset(self.CONDITION_WORDS)
        self.NOT_CONDITION_WORDS = _words(words.NOT_CONDITION_WORDS)
        self.CONSEQUENCE_WORDS = _by_first(_words(words.CONSEQUENCE_WORDS))
        self.TIME_PREPOSITIONS = _set(words.TIME_PREPOSITIONS)
        self.YEAR_WORD = fold(words.YEAR_WORD[0])
        self.MULTIPLE_UNIT = words.MULTIPLE_UNIT[0]
        self.MULTIPLE_WORD = fold(words.MULTIPLE_WORD[0])
        self.HEADING_LABELS = _words(words.HEADING_LABELS)
        self.URGENT_BEFORE = _words(words.URGENT_BEFORE)
        self.FRACTION_FOLLOWERS = _words(words.FRACTION_FOLLOWERS)
        self.FRACTION_NOT_AFTER = _set(words.FRACTION_NOT_AFTER)
        # Words that may follow a bare number that is a goal ("trên 84 trở lên", "tăng 5 so với …", "… và 90").
        self.BARE_NUMBER_FOLLOWERS = frozenset({self.OR_MORE[0], self.COMPARED_WITH[0], *self.PERIODIC_FIRST_WORDS,
                                                *self.WEAK_BREAKS[0], self.ALTERNATIVE_WORD})
        # a number written as a word is a count only after one of a few comparison words ("ít nhất một")
        self.NUMBER_WORD_CUES = frozenset(_words(words.NUMBER_WORD_CUES))
        self.MAY_HOLD_A_GOAL = _prefilter((*self.PERCENT_WORDS, *self.WORD_GOALS),
                                          (tuple(self.NUMBER_WORD_CUES), tuple(self.NUMBER_WORDS)))


def _prefilter(openers: tuple[tuple[str, ...], ...],
               pairs: tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]) -> re.Pattern:
    """A quick test before tokenizing: only a digit, a percent sign, "phần trăm", the first words of
    a goal written in words or a comparison word before a number written as a word ("ít nhất một") can
    start a goal. Matched on the raw text (case-insensitive, any spaces); a phrase that extends a shorter
    one is left out. The phrases are one trie of characters, so each place of the text is tried once
    against their common beginnings, and a look-ahead on first letters skips most places."""
    cues, numbers = pairs
    phrases = [*openers, *((*cue, number) for cue in cues for number in numbers)]
    shortest = [w for w in phrases if not any(o != w and w[: len(o)] == o for o in phrases)]
    letters = "".join(sorted({words[0][0] for words in shortest}))
    trie: dict = {}
    for words in shortest:
        node = trie
        for char in " ".join(words):
            node = node.setdefault(char, {})
        node[""] = {}
    return re.compile(rf"(?=[\d%{re.escape(letters)}])(?:[\d%]|{_trie_regex(trie)})", re.IGNORECASE)


def _trie_regex(node: dict) -> str:
    """The regex of a trie of characters (a space matches any run of spaces and emphasis marks)."""
    branches = []
    for char, child in sorted(node.items()):
        if char == "":
            continue
        head = r"[\s*_]+" if char == " " else re.escape(char)
        branches.append(head + _trie_regex(child))
    optional = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if optional else body


@functools.lru_cache(maxsize=16)
def _compiled(words: TargetWords) -> TargetGrammar:
    return TargetGrammar(words)


def compiled(lexicon: Lexicon) -> TargetGrammar:
    """The targets grammar of ``lexicon`` (compiled once per ``lexicon.targets`` object)."""
    return _compiled(lexicon.targets)


def packaged_grammar() -> TargetGrammar:
    """The grammar of the packaged lexicon."""
    return compiled(packaged())


# The packaged prefilter, for the plan reader's quick test of a body sentence (plans/body.py), and the
# packaged percent words, for the unit of a submitted figure (actuals.py).
MAY_HOLD_A_GOAL = packaged_grammar().MAY_HOLD_A_GOAL
PERCENT_WORDS = packaged_grammar().PERCENT_WORDS

# A list-item marker at the start of a clause: "a)", "đ)", "1.", "12)".
LIST_MARKER = re.compile(r"\s*(?:[a-zđ]|\d{1,2})[.)]\s+|\s*[-+•]\s+")


def is_bullet(text: str, dash: int) -> bool:
    """True when the "-" at ``dash`` starts a list item rather than joining words or numbers.

    A bullet follows a line start or an HTML tag end (``>``), or is a spaced dash before an
    upper-case letter (" - Báo cáo"); "kinh tế - xã hội" and "95% - 100%" are not bullets, nor is a
    line-start dash between two numbers ("bình quân 05\\n- 06%/năm": a range wrapped before its dash;
    a year before the dash still ends an item).

    Examples:
        >>> is_bullet("làm - Báo cáo", 4), is_bullet("kinh tế - xã hội", 8), is_bullet("45% - 50%", 4)
        (True, False, False)
        >>> is_bullet("bình quân 05\\n- 06%", 13), is_bullet("năm 2025\\n- 100%", 9)
        (False, True)
    """
    before = text[:dash].rstrip(" \t\u00a0")
    if not before or before[-1] == ">":
        return True
    if before[-1] == "\n":
        prev = before.rstrip()
        digits = len(prev) - len(prev.rstrip("0123456789"))
        nxt = text[dash + 1 :].lstrip(" \t\u00a0")[:1]
        return not (0 < digits < 4 and nxt.isdigit())
    after = text[dash + 1 : dash + 3]
    return dash > 0 and text[dash - 1].isspace() and after[:1].isspace() and after[1:2].isupper()
