"""Tokenizer: folded text to a tuple of tokens that keep their offsets.

A token is ``(kind, text, start, end)``: ``text`` is the folded form (lower case, normalised
dashes and tone placement), ``start``/``end`` are offsets valid in the original text.

Examples:
    >>> [(k, t) for k, t, _, _ in tokenize("Quý II/2018 – 30/06/2023")]
    [('word', 'quý'), ('word', 'ii'), ('sep', '/'), ('num', '2018'), ('sep', '-'), ('date', '30/06/2023')]
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .fold import fold


class Token(NamedTuple):
    kind: str  # date | num | word | open | close | ellipsis | sep | punct | other
    text: str
    start: int
    end: int


# One pattern finds every token; its kind follows from its first character (cheaper than named groups).
_TOKEN = re.compile(
    r"\d{1,2}/\d{1,2}/\d{4}(?!\d)|\d{1,2}-\d{1,2}-\d{4}(?!\d)|\d{1,2}\.\d{1,2}\.\d{4}(?!\d)"  # a date, one separator
    r"|\d+"                                 # a number
    r"|[^\W\d_]+(?:&[^\W\d_]+)*"             # a syllable; "TT&TT" stays one word
    r"|\.{2,}"                              # an ellipsis written with dots
    r"|\S"                                  # any other single character
)
_MARKS = {"(": "open", "[": "open", ")": "close", "]": "close", "…": "ellipsis",
          "/": "sep", "-": "sep", ".": "sep", ",": "punct", ";": "punct", ":": "punct"}


def tokenize(text: str) -> tuple[Token, ...]:
    """Tokens of ``text`` (matched on its fold, offsets into the original)."""
    new = tuple.__new__
    return tuple([new(Token, row) for row in zip(*token_columns(text))])


def token_columns(text: str) -> tuple[list[str], list[str], list[int], list[int]]:
    """The tokens of ``text`` as four parallel lists (kinds, texts, starts, ends), for parsers that
    read columns and need no ``Token`` objects.

    Examples:
        >>> token_columns("Sở Nội vụ, UBND")
        (['word', 'word', 'word', 'punct', 'word'], ['sở', 'nội', 'vụ', ',', 'ubnd'], [0, 3, 7, 9, 11], [2, 6, 9, 10, 15])
    """
    folded = fold(text)
    texts = _TOKEN.findall(folded)
    kinds = []
    starts = []
    ends = []
    find = folded.find
    marks = _MARKS
    pos = 0
    for piece in texts:
        pos = find(piece, pos)
        starts.append(pos)
        pos += len(piece)
        ends.append(pos)
        first = piece[0]
        if first.isalnum():
            if first.isdecimal():  # what \\d matches
                kinds.append("num" if piece.isdecimal() else "date")
            else:  # \\w less digits and "_": a syllable ("¼" included, as the pattern has it)
                kinds.append("word")
        else:
            kinds.append(marks.get(piece) or ("ellipsis" if piece[:2] == ".." else "other"))
    return kinds, texts, starts, ends
