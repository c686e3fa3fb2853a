"""Positions in source text: half-open spans, 1-based line/column lookup, maps for stitched cells.

Offsets are 0-based code-point indexes (for code); lines and columns are 1-based (for people).

Examples:
    >>> src = Source("plan.txt", "Quý I/2018\\nTrong năm 2018")
    >>> src.line_col(11)
    (2, 1)
    >>> str(Span(11, 25))
    '11:25'
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of 0-based offsets into a text."""

    start: int
    end: int

    def __init__(self, start: int, end: int):
        # Checked, then set through the slots' descriptors: the dataclass' frozen __init__ and
        # __post_init__ cost more than the parsers' other work on a span (one per mention, clause, cell).
        if not 0 <= start <= end:
            raise ValueError(f"invalid span {start}:{end}")
        _SET_START(self, start)
        _SET_END(self, end)

    def __str__(self) -> str:
        return f"{self.start}:{self.end}"

    def shift(self, offset: int) -> Span:
        """The same span moved by ``offset`` characters."""
        return Span(self.start + offset, self.end + offset)

    def slice(self, text: str) -> str:
        """The characters of ``text`` under this span."""
        return text[self.start : self.end]


_SET_START, _SET_END = Span.start.__set__, Span.end.__set__


def line_starts(text: str) -> tuple[int, ...]:
    """Offsets at which each line of ``text`` starts."""
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return tuple(starts)


@dataclass(frozen=True, slots=True)
class Source:
    """A named text with a precomputed table of line starts."""

    doc_id: str
    text: str
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    _lines: tuple[str, ...] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", line_starts(self.text))

    @property
    def lines(self) -> tuple[str, ...]:
        """The lines of the text without their newlines, split once on first use."""
        if self._lines is None:
            object.__setattr__(self, "_lines", tuple(self.text.split("\n")))
        return self._lines  # type: ignore[return-value]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based ``(line, column)`` of a 0-based offset; the column counts code points."""
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its newline."""
        return self.lines[line - 1]

    def offset(self, line: int, col: int) -> int:
        """0-based offset of a 1-based ``(line, column)``."""
        return self._starts[line - 1] + col - 1

    def line_end(self, line: int) -> int:
        """0-based offset just past a 1-based line's last character (before its newline)."""
        return self._starts[line - 1] + len(self.lines[line - 1])

    def line_span(self, line: int) -> tuple[int, int]:
        """``(start, end)`` offsets of a 1-based line, without its newline.

        Examples:
            >>> Source("x", "ab\\ncde").line_span(2)
            (3, 6)
        """
        return self._starts[line - 1], self.line_end(line)


@dataclass(frozen=True, slots=True)
class SourceMap:
    """Maps offsets in a text stitched from pieces (a wrapped table cell) back to the source.

    ``pieces`` holds ``(cell_offset, source_offset, length)`` triples in cell order.

    Examples:
        >>> m = SourceMap(((0, 100, 5), (6, 200, 4)))
        >>> m.to_source(2), m.to_source(7)
        (102, 201)
    """

    pieces: tuple[tuple[int, int, int], ...]

    def to_source(self, cell_offset: int) -> int:
        """The source offset of a cell offset (offsets between pieces map to the next piece)."""
        best = None
        for cell_start, source_start, length in self.pieces:
            if cell_start <= cell_offset <= cell_start + length:
                return source_start + cell_offset - cell_start
            if cell_start > cell_offset and best is None:
                best = source_start
        if best is not None:
            return best
        if not self.pieces:
            return cell_offset
        cell_start, source_start, length = self.pieces[-1]
        return source_start + length

    def span_to_source(self, span: Span) -> Span:
        """A cell span as a span of the source (covering every piece it touches)."""
        start = self.to_source(span.start)
        end = max(start, self.to_source(span.end))
        return Span(start, end)
