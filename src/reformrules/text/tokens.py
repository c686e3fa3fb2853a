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


_TOKEN = re.compile(
    r"""
    (?P<word>[^\W\d_]+(?:&[^\W\d_]+)*)               # syllables; "TT&TT" stays one word
  | (?P<date>\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}(?!\d))   # 30/06/2023, 15.3.2022
  | (?P<num>\d+)
  | (?P<open>[(\[])
  | (?P<close>[)\]])
  | (?P<ellipsis>\.{2,}|…)
  | (?P<sep>[/\-.])
  | (?P<punct>[,;:])
  | (?P<other>\S)
    """,
    re.VERBOSE,
)


def tokenize(text: str) -> tuple[Token, ...]:
    """Tokens of ``text`` (matched on its fold, offsets into the original)."""
    new = tuple.__new__
    return tuple([new(Token, (m.lastgroup, m.group(), m.start(), m.end())) for m in _TOKEN.finditer(fold(text))])
