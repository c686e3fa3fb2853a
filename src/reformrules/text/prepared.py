"""A text prepared once for every parser: NFC form, fold and tokens computed on first use and kept.

A cell of a plan is read by three parsers (deadlines, assignments, targets). :func:`prepare` turns
a ``str``, a :class:`reformrules.document.Located` or an already :class:`Prepared` text into one
:class:`Prepared` value; every parser accepts it in place of the text, and the work of normalising,
folding and tokenizing is done once for the three of them:

- ``text``: the string the parsers read, in NFC (``normalized`` says whether NFC changed it; spans
  then refer to the NFC form, as they always did);
- ``folded``: ``fold(text)`` (:mod:`reformrules.text.fold`), computed on first use;
- ``tokens(numbers=…)`` / ``columns(numbers=…)``: the one tokenizer's output for a number profile
  (``"dates"`` for deadlines and agencies, ``"decimals"`` for targets), each computed once;
- ``place``: where the text stands (:class:`reformrules.text.located.Place`), so spans go back to
  the document's source.

Preparing a prepared text returns it unchanged, so a reader prepares a cell once and hands the same
object to every parser.

Examples:
    >>> from reformrules import parse_deadline, parse_targets
    >>> cell = prepare("Hoàn thành chậm nhất Quý II/2026, đạt tối thiểu 50%")
    >>> cell.folded[:20], [t.text for t in cell.tokens()][:4]
    ('hoàn thành chậm nhất', ['hoàn', 'thành', 'chậm', 'nhất'])
    >>> prepare(cell) is cell, cell.tokens() is cell.tokens()
    (True, True)
    >>> [t.text for t in cell.tokens(numbers="decimals")][-2:]
    ['50', '%']
    >>> str(parse_deadline(prepare("Quý II/2026"))), [str(t) for t in parse_targets(cell)]
    ('within 2026Q2', ['>= 50%'])
    >>> prepare(b"Quy II")
    Traceback (most recent call last):
    ...
    TypeError: text must be str or reformrules.document.Located, not bytes
"""

from __future__ import annotations

from itertools import repeat

from .fold import fold, to_nfc
from .located import _IDENTITY, Place, place_of
from .tokens import Numbers, Token, token_columns

__all__ = ["Prepared", "prepare"]

Columns = tuple[list[str], list[str], list[int], list[int]]


class Prepared:
    """One text with its NFC form, fold, tokens and place, each computed once (see the module docstring)."""

    __slots__ = ("text", "given", "normalized", "place", "_folded", "_columns", "_tokens")

    def __init__(self, given: str, place: Place):
        self.given = given  # the string as given (before NFC)
        self.text, self.normalized = to_nfc(given)
        self.place = place
        self._folded: str | None = None
        self._columns: dict[str, Columns] | None = None  # by number profile, made on first use
        self._tokens: dict[str, tuple[Token, ...]] | None = None

    @classmethod
    def of_nfc(cls, text: str, folded: str) -> Prepared:
        """A plain string already known to be NFC, with its fold made (a parser that looked before
        preparing): the same value as ``prepare(text)``."""
        cell = cls.__new__(cls)
        cell.given = cell.text = text
        cell.normalized = False
        cell.place = _IDENTITY
        cell._folded = folded
        cell._columns = cell._tokens = None
        return cell

    def __repr__(self) -> str:
        return f"Prepared({self.text!r})"

    def __str__(self) -> str:
        return self.text

    @property
    def folded(self) -> str:
        """``fold(self.text)``: the same length, lower case, one kind of space and dash."""
        if self._folded is None:
            self._folded = fold(self.text)
        return self._folded

    def columns(self, numbers: Numbers = "dates") -> Columns:
        """The tokens as four parallel lists (kinds, texts, starts, ends); do not modify them."""
        if self._columns is None:
            self._columns = {}
        found = self._columns.get(numbers)
        if found is None:
            found = self._columns[numbers] = token_columns(self.text, numbers=numbers, folded=self.folded)
        return found

    def tokens(self, numbers: Numbers = "dates") -> tuple[Token, ...]:
        """The tokens of the text for one number profile (:func:`reformrules.text.tokens.tokenize`)."""
        if self._tokens is None:
            self._tokens = {}
        found = self._tokens.get(numbers)
        if found is None:
            found = self._tokens[numbers] = tuple(map(tuple.__new__, repeat(Token), zip(*self.columns(numbers))))
        return found


def prepare(text: object, offset: int = 0) -> Prepared:
    """``text`` (a ``str``, a ``Located`` or a ``Prepared``) as a :class:`Prepared`; ``TypeError`` otherwise.

    ``offset`` shifts the spans of a plain ``str`` (its offset in a source), as the parsers'
    ``offset=`` does.
    """
    if isinstance(text, Prepared):
        if offset:
            raise ValueError("a Prepared text already has its place; give the offset to prepare()")
        return text
    given, place = place_of(text, offset)
    return Prepared(given, place)
