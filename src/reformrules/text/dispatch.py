"""An alternation of regular expressions split by first character: only the branches that can start there are tried.

Python's ``re`` tries the branches of ``A|B|C`` one after the other at a position, and a branch that is a
named group cannot be skipped on its first character. :class:`FirstCharacter` takes the branches (in
the order the alternation tries them), works out from each one's parsed form which characters it can
start with, and compiles for each such character the alternation of only those branches, in the same
order. ``match(text, pos)`` then gives the match the whole alternation gives at ``pos``: the branches
left out could not have matched there. A character no branch names (or a branch whose first character
cannot be worked out) falls back to the whole alternation, so the split is never a second grammar.

Examples:
    >>> pieces = FirstCharacter([r"(?P<open>[(\\[])", r"(?P<year>\\d{4})", r"(?P<word>quý|năm)"])
    >>> [pieces.match(text, 0).lastgroup for text in ("(2022)", "2022", "năm 2022")]
    ['open', 'year', 'word']
    >>> pieces.match("x", 0) is None, pieces.branches_at("q")
    (True, ['(?P<word>quý|năm)'])
"""

from __future__ import annotations

import re
from collections.abc import Sequence

try:  # the parser of the re module (Python >= 3.11)
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

__all__ = ["FirstCharacter", "first_characters"]

_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT)
_DIGIT = (_sre.CATEGORY_DIGIT,)


class _Unknown(Exception):
    """A construct whose first characters are not worked out: the branch is tried everywhere."""


def first_characters(pattern: str) -> tuple[frozenset[str], bool] | None:
    """The characters a match of ``pattern`` can start with, and whether it can start with a decimal digit
    (``\\d``); ``None`` when that is not worked out (or the pattern can match the empty string).

    Examples:
        >>> first_characters(r"(?:quý|tháng) +\\d") == (frozenset("qt"), False)
        True
        >>> first_characters(r"(?:ngày +)?\\d{1,2}") == (frozenset("n"), True)
        True
        >>> first_characters(r"x?") is None
        True
    """
    try:
        chars, digit, empty = _first(_sre_parse.parse(pattern).data)
    except _Unknown:
        return None
    return None if empty else (frozenset(chars), digit)


def _first(items) -> tuple[set[str], bool, bool]:
    """First characters of a sequence of parsed items, whether a digit may come first, whether it may be empty."""
    chars: set[str] = set()
    digit = False
    for op, av in items:
        if op is _sre.LITERAL:
            chars.add(chr(av))
            return chars, digit, False
        if op is _sre.IN:
            for kind, value in av:
                if kind is _sre.LITERAL:
                    chars.add(chr(value))
                elif kind is _sre.RANGE and value[1] - value[0] < 256:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                elif kind is _sre.CATEGORY and value in _DIGIT:
                    digit = True
                else:  # a negated set, a wide range, another category
                    raise _Unknown
            return chars, digit, False
        if op in _ZERO_WIDTH:  # anchors and look-arounds consume nothing: the next item starts the match
            continue
        if op is _sre.SUBPATTERN:
            sub = [av[3].data]
        elif op is _sre.BRANCH:
            sub = [branch.data for branch in av[1]]
        elif op in _REPEATS:
            sub = [av[2].data]
        else:
            raise _Unknown
        may_be_empty = op in _REPEATS and av[0] == 0
        for data in sub:
            more, more_digit, empty = _first(data)
            chars |= more
            digit |= more_digit
            may_be_empty |= empty
        if not may_be_empty:
            return chars, digit, False
    return chars, digit, True


class FirstCharacter:
    """``match(text, pos)`` of the alternation of ``branches`` (tried in order), compiled per first character."""

    __slots__ = ("branches", "whole", "by_character", "_starts")

    def __init__(self, branches: Sequence[str]):
        self.branches = tuple(branches)
        self.whole = re.compile("|".join(f"(?:{b})" for b in branches))
        self._starts = [first_characters(b) for b in branches]
        chars = set("0123456789").union(*(s[0] for s in self._starts if s is not None))
        compiled: dict[tuple[str, ...], re.Pattern] = {}
        self.by_character: dict[str, re.Pattern] = {}  # the characters some branch starts with
        for char in chars:
            chosen = tuple(self.branches_at(char))
            if chosen not in compiled:  # "(?!)": no branch starts here
                compiled[chosen] = re.compile("|".join(f"(?:{b})" for b in chosen) if chosen else "(?!)")
            self.by_character[char] = compiled[chosen]

    def branches_at(self, char: str) -> list[str]:
        """The branches that can start with ``char``, in order."""
        return [b for b, start in zip(self.branches, self._starts)
                if start is None or char in start[0] or (start[1] and char.isdecimal())]

    def pattern_at(self, char: str) -> re.Pattern:
        """The pattern tried at a position holding ``char``: the alternation of the branches that can start
        with it, or the whole alternation for a character no branch names."""
        return self.by_character.get(char, self.whole)

    def match(self, text: str, pos: int) -> re.Match | None:
        """The match of the alternation at ``pos`` (``text[pos]`` must exist)."""
        return self.by_character.get(text[pos], self.whole).match(text, pos)
