"""Building cells from pieces of the file: trimming, joining wrapped lines, reducing list markup.

A cell's text is stitched from pieces of the source; its ``SourceMap`` keeps, for every piece,
where it came from, so that a span inside the cell maps back to the file.

Examples:
    >>> text = "xx Trong Quý\\nI/2018 yy"
    >>> cell = make_cell(text, [(3, 12), (13, 19)])
    >>> cell.text, cell.span
    ('Trong Quý\\nI/2018', Span(start=3, end=19))
    >>> cell.to_source(Span(10, 16))
    Span(start=13, end=19)
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ..document.located import joiners_of, located, pieces_of, trim
from ..source import Source, Span  # noqa: F401  (Span: the doctests)
from ..text.fold import fold
from . import patterns
from .model import Cell


@lru_cache(maxsize=16)
def folded_source(source: Source) -> str:
    """``fold(source.text)``, computed once per source.

    Folding maps character to character, so a slice of the folded text is the folded slice.

    Examples:
        >>> folded_source(Source("x", "Khánh Hoà, Uỷ ban"))
        'khánh hòa, ủy ban'
    """
    return fold(source.text)


def folded_line(source: Source, line: int) -> str:
    """The folded text of a 1-based line."""
    start = source.offset(line, 1)
    return folded_source(source)[start:start + len(source.line_text(line))]


def make_cell(text: str, pieces: Sequence[tuple[int, int]], joiners: Sequence[str] | str = "\n") -> Cell:
    """A cell from ``(start, end)`` ranges of ``text``, trimmed, empty ones dropped, joined.

    ``joiners`` is one string for every gap, or one per gap (``len(pieces) - 1``).

    Examples:
        >>> make_cell("ab | cd", [(0, 2), (4, 7)], " ").text
        'ab cd'
        >>> make_cell("   ", [(0, 3)]).text
        ''
    """
    if isinstance(joiners, str):
        return located(text, pieces, joiners)
    return located(text, [(a, b, joiners[i - 1] if i else "") for i, (a, b) in enumerate(pieces)])


def append_cell(first: Cell, second: Cell, text: str) -> Cell:
    """``second`` appended to ``first``: by a line break when it starts a list item, else a space.

    Used for a page-break continuation row, whose cell text goes on from the row above.

    Examples:
        >>> src = "kéo\\ndài"
        >>> append_cell(make_cell(src, [(0, 3)]), make_cell(src, [(4, 7)]), src).text
        'kéo dài'
    """
    if not second.text:
        return first
    if not first.text:
        return second
    joiner = "\n" if second.text.lstrip().startswith(("-", "+", "•")) else " "
    pieces = pieces_of(first) + pieces_of(second)
    return make_cell(text, pieces, joiners_of(first) + [joiner] + joiners_of(second))


def reduce_list_markup(cell: Cell, text: str) -> tuple[Cell, bool]:
    """A cell with HTML list tags (``<ul style=…>``) removed and its " - " items on their own lines.

    Items are split only in a cell that had list markup or that starts with "- ", and only at
    " - " followed by an upper-case letter, so "kinh tế - xã hội" stays whole. Returns the new
    cell and whether markup was removed.

    Examples:
        >>> src = '<ul style="list-style-type: none"> - Phòng A làm - Phòng B giúp '
        >>> cell, had_markup = reduce_list_markup(make_cell(src, [(0, len(src))]), src)
        >>> cell.text, had_markup
        ('- Phòng A làm\\n- Phòng B giúp', True)
    """
    had_markup = patterns.UL_TAG.search(cell.text) is not None
    if not had_markup and not cell.text.startswith("- "):
        return cell, False
    pieces: list[tuple[int, int]] = []
    for start, end in pieces_of(cell):
        cuts = [(m.start(), m.end()) for m in patterns.UL_TAG.finditer(text, start, end)]
        cursor = start
        segments = []
        for cut_start, cut_end in cuts:
            segments.append((cursor, cut_start))
            cursor = cut_end
        segments.append((cursor, end))
        for seg_start, seg_end in segments:
            pieces.extend(_split_items(text, seg_start, seg_end))
    return make_cell(text, pieces, "\n"), had_markup


def _split_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` cut before every " - X" where X is an upper-case letter."""
    out = []
    cursor = start
    for match in patterns.BULLET.finditer(text, start, end):
        follower = text[match.end()] if match.end() < end else ""
        if follower.isupper():
            dash = text.index("-", match.start(), match.end())
            out.append((cursor, dash))
            cursor = dash
    out.append((cursor, end))
    return out
