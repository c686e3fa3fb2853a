"""The one tokenizer: folded text to tokens that keep their offsets (every parser uses it).

A token is ``Token(kind, text, start, end)``: ``text`` is the folded form (lower case, normalised
dashes and tone placement, see :mod:`reformrules.text.fold`), ``start``/``end`` are offsets valid
in the original text (folding keeps length).

Kinds: ``word`` (a syllable; "TT&TT" stays one word), ``num``, ``date`` (one separator:
"30/06/2023"), ``pct`` ("%"), ``open``/``close`` (brackets), ``ellipsis`` ("…", ".."), ``sep``
("/", "-", "."), ``punct`` (",", ";", ":") and ``other`` (any other single character).
:data:`MARKS` is every kind that is neither a word nor a number.

Emphasis marks of Markdown ("**", "__", a lone "*") are not tokens: a phrase reads the same
with them as without (``skip_emphasis=False`` keeps them as ``other``).

Numbers come in two profiles, because a date and a decimal collide ("15.6" is a day in a
deadline, "15,6" a decimal in a target):

- ``numbers="dates"`` (deadlines, agencies; the default): ``\\d+`` and dates with one separator.
- ``numbers="decimals"`` (targets): a number keeps its inner "." and "," ("1.000,5"); no dates.

Examples:
    >>> [(k, t) for k, t, _, _ in tokenize("Quý II/2018 – 30/06/2023")]
    [('word', 'quý'), ('word', 'ii'), ('sep', '/'), ('num', '2018'), ('sep', '-'), ('date', '30/06/2023')]
    >>> [(t.kind, t.text) for t in tokenize("đạt 45,8%", numbers="decimals")]
    [('word', 'đạt'), ('num', '45,8'), ('pct', '%')]
    >>> [t.text for t in tokenize("trước **ngày 15 tháng 6**")]
    ['trước', 'ngày', '15', 'tháng', '6']
"""

from __future__ import annotations

import re
from itertools import repeat
from typing import Literal, NamedTuple

from .fold import fold

__all__ = ["MARKS", "Token", "token_columns", "tokenize"]


class Token(NamedTuple):
    """One token: its kind, its folded text and its offsets in the original text."""

    kind: str  # word | num | date | pct | open | close | ellipsis | sep | punct | other
    text: str
    start: int
    end: int


MARKS = frozenset({"pct", "open", "close", "ellipsis", "sep", "punct", "other"})

# The letters of folded Vietnamese text, matched first and fast; any other letter falls to the general
# syllable pattern (the two give the same tokens: the fast one stands only where no other letter or
# "&" follows).
_VIETNAMESE = ("a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
_WORD = rf"[{_VIETNAMESE}]+(?![^\W\d_]|&)|[^\W\d_]+(?:&[^\W\d_]+)*|"  # a syllable; "TT&TT" stays one word
_EMPHASIS = r"|\*+|__+"  # Markdown emphasis ("**", "__"); dropped unless asked for
# One pattern per number profile finds every token; its kind follows from its first character
# (cheaper than named groups).
_PATTERNS = {
    "dates": re.compile(
        _WORD + r"\d{1,2}/\d{1,2}/\d{4}(?!\d)|\d{1,2}-\d{1,2}-\d{4}(?!\d)|\d{1,2}\.\d{1,2}\.\d{4}(?!\d)"  # a date
        r"|\d+" + _EMPHASIS + r"|\.{2,}|\S"),
    "decimals": re.compile(_WORD + r"\d+(?:[.,]\d+)*" + _EMPHASIS + r"|\S"),
}
_MARK_KIND = {"(": "open", "[": "open", ")": "close", "]": "close", "…": "ellipsis", "%": "pct",
              "/": "sep", "-": "sep", ".": "sep", ",": "punct", ";": "punct", ":": "punct"}
_END_MARK = {mark: _MARK_KIND[mark] for mark in ",.;:)"}  # one mark after a word: its kind


def _kind(piece: str, dates: bool) -> str:
    first = piece[0]
    if first.isalnum():
        if first.isdecimal():  # what \d matches
            return "date" if dates and not piece.isdecimal() else "num"
        return "word"  # \w less digits and "_": a syllable ("¼" included, as the pattern has it)
    if first in "*_" and (len(piece) > 1 or first == "*"):
        return "emphasis"
    return _MARK_KIND.get(piece) or ("ellipsis" if piece[:2] == ".." else "other")


Numbers = Literal["dates", "decimals"]


def tokenize(text: str, *, numbers: Numbers = "dates", skip_emphasis: bool = True) -> tuple[Token, ...]:
    """Tokens of ``text`` (matched on its fold, offsets into the original)."""
    return tuple(map(tuple.__new__, repeat(Token), zip(*token_columns(text, numbers=numbers,
                                                                   skip_emphasis=skip_emphasis))))


def token_columns(text: str, *, numbers: Numbers = "dates", skip_emphasis: bool = True,
                  folded: str | None = None) -> tuple[list[str], list[str], list[int], list[int]]:
    """The tokens of ``text`` as four parallel lists (kinds, texts, starts, ends), for parsers that
    read columns and need no ``Token`` objects. ``folded``: ``fold(text)`` when the caller has it
    (:class:`reformrules.text.prepared.Prepared` does).

    Examples:
        >>> token_columns("Sở Nội vụ, UBND")
        (['word', 'word', 'word', 'punct', 'word'], ['sở', 'nội', 'vụ', ',', 'ubnd'], [0, 3, 7, 9, 11], [2, 6, 9, 10, 15])
    """
    try:
        findall = _PATTERNS[numbers].findall
    except KeyError:
        raise ValueError(f"numbers must be 'dates' or 'decimals', not {numbers!r}") from None
    if folded is None:
        folded = fold(text)
    dates = numbers == "dates"
    kinds: list[str] = []
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    add_kind, add_text, add_start, add_end = kinds.append, texts.append, starts.append, ends.append
    # The folded text has one kind of space, so its chunks between spaces are found by str.split and
    # their offsets counted; a chunk of letters (most of them), of digits, or of letters and one mark
    # ("vụ,") is its tokens as it stands, and only the other chunks are matched by the pattern (the
    # same tokens as the pattern over the whole text: tests/text/test_tokens.py keeps that reference).
    pos = 0
    for chunk in folded.split(" "):
        if chunk.isalpha():  # a syllable: what [^\W\d_]+ takes (no "&", no digit)
            add_kind("word")
            add_text(chunk)
            add_start(pos)
            pos += len(chunk)
            add_end(pos)
        elif chunk.isdecimal():  # what \d+ takes (a date needs a separator)
            add_kind("num")
            add_text(chunk)
            add_start(pos)
            pos += len(chunk)
            add_end(pos)
        elif chunk[:-1].isalpha() and chunk[-1] in _END_MARK:  # "vụ," "năm." "tỉnh)"
            add_kind("word")
            add_text(chunk[:-1])
            add_start(pos)
            pos += len(chunk) - 1
            add_end(pos)
            add_kind(_END_MARK[chunk[-1]])
            add_text(chunk[-1])
            add_start(pos)
            pos += 1
            add_end(pos)
        elif chunk:
            find = chunk.find
            at = 0
            for piece in findall(chunk):
                at = find(piece, at)
                add_kind(_kind(piece, dates))
                add_text(piece)
                add_start(pos + at)
                at += len(piece)
                add_end(pos + at)
            pos += len(chunk)
        pos += 1  # the space
    emphasis = "emphasis" in kinds
    if emphasis:
        keep = [k != "emphasis" for k in kinds] if skip_emphasis else None
        if keep is None:
            kinds = ["other" if k == "emphasis" else k for k in kinds]
        else:
            kinds, texts, starts, ends = ([v for v, ok in zip(col, keep) if ok]
                                          for col in (kinds, texts, starts, ends))
    return kinds, texts, starts, ends

