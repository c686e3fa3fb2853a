"""Building a ``Document`` from a native file: its text written into a source, every block addressed.

A .docx, .html or .pdf has no text file that spans could slice, so the format readers write one:
one line per paragraph (a line break inside a paragraph starts a new line), and each table in
the lone-``|`` form of the text exports (a ``|`` line opens every row and closes every cell, a
cell's lines between them). Header reading, body reading and diagnostics work on that text as
on a text export; each block and cell also carries an ``Address`` in the original file, and the
source answers ``address_at(offset)`` so a diagnostic renders where a person can look.

Examples:
    >>> b = DocumentBuilder("plan.docx", "docx")
    >>> b.paragraph("KẾ HOẠCH", Address(paragraph=1), kind=BlockKind.HEADING, level=1)
    >>> table = b.table([[CellSpec("TT"), CellSpec("Nhiệm vụ")], [CellSpec("1"), CellSpec("Rà soát\\nthủ tục")]],
    ...         Address(table=1))
    >>> doc = b.build()
    >>> print(doc.source.text, end="")
    KẾ HOẠCH
    |
    TT
    |
    Nhiệm vụ
    |
    |
    1
    |
    Rà soát
    thủ tục
    |
    >>> cell = doc.tables[0].rows[1].cells[1]
    >>> cell.text.span.slice(doc.source.text) == cell.text.text, str(cell.text.address)
    (True, "table 1, row 2, column 'Nhiệm vụ'")
    >>> str(doc.source.address_at(cell.text.span.start + 3))
    "table 1, row 2, column 'Nhiệm vụ'"
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Sequence

from ..diagnostics import Diagnostic
from ..document.model import Address, Block, BlockKind, Document, Located, Table, TableCell, TableRow
from ..source import Source, Span

_MAX_COLUMN_NAME = 60


@dataclass(frozen=True, slots=True)
class AddressedSource(Source):
    """The written text of a native file, with the address of each located piece of it.

    ``places`` holds ``(start, end, Address)`` of every paragraph and cell, in text order.
    """

    places: tuple[tuple[int, int, Address], ...] = field(default=(), repr=False, compare=False)

    def address_at(self, offset: int) -> Address | None:
        """The address of the paragraph or cell that holds ``offset`` (the nearest one before it)."""
        starts = [start for start, _, _ in self.places]
        index = bisect_right(starts, offset) - 1
        return self.places[index][2] if index >= 0 else None


@dataclass(frozen=True, slots=True)
class CellSpec:
    """A cell as a format reader finds it: text (lines joined by "\\n") and its row/column span."""

    text: str
    rowspan: int = 1
    colspan: int = 1
    column: int | None = None  # grid column when the reader knows it (None: the next free one)


def grid(rows: Sequence[Sequence[CellSpec]]) -> list[list[tuple[int, CellSpec]]]:
    """Grid columns of the cells of each row, skipping columns that a cell above covers (rowspan).

    Examples:
        >>> rows = grid([[CellSpec("a", rowspan=2), CellSpec("b")], [CellSpec("c")]])
        >>> [[(col, c.text) for col, c in row] for row in rows]
        [[(0, 'a'), (1, 'b')], [(1, 'c')]]
    """
    taken: set[tuple[int, int]] = set()
    out = []
    for r, row in enumerate(rows):
        placed = []
        col = 0
        for cell in row:
            if cell.column is not None:
                col = cell.column
            while (r, col) in taken:
                col += 1
            placed.append((col, cell))
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    taken.add((r + dr, col + dc))
            col += cell.colspan
        out.append(placed)
    return out


class DocumentBuilder:
    """Accumulates the written text and the blocks of one native document."""

    def __init__(self, name: str, fmt: str):
        self.name = name
        self.format = fmt
        self._parts: list[str] = []
        self._length = 0
        self._blocks: list[Block] = []
        self._places: list[tuple[int, int, Address]] = []
        self.diagnostics: list[Diagnostic] = []

    @property
    def offset(self) -> int:
        return self._length

    def _write(self, text: str) -> Span:
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        return Span(start, start + len(text))

    def _line(self, text: str) -> Span:
        span = self._write(text)
        self._write("\n")
        return span

    def paragraph(self, text: str, address: Address, *, kind: BlockKind = BlockKind.PARAGRAPH,
                  number: str | None = None, level: int | None = None, style: str | None = None,
                  emphasis: bool = False) -> None:
        """A paragraph, heading or list item; ``number`` is written before the text, as Word shows it.

        Empty text (after the label) adds nothing: an empty paragraph holds nothing to read.
        """
        text = "\n".join(line.strip() for line in text.strip().split("\n"))
        if not text and not number:
            return
        if number:
            self._write(number + " ")
        span = self._line(text)
        self._blocks.append(Block(kind, Located(text, span, address=address), number=number, level=level,
                                  style=style, emphasis=emphasis))
        self._places.append((span.start, span.end, address))

    def table(self, rows: Sequence[Sequence[CellSpec]], address: Address, *,
              row_addresses: Sequence[Address] | None = None) -> Table | None:
        """A table of rows of cells (a merged cell given once, in its first row, with its spans)."""
        if not any(c.text.strip() for row in rows for c in row):
            return None
        placed = grid(rows)
        header = {col + k: _column_name(cell.text) for col, cell in placed[0] for k in range(cell.colspan)}
        start = self._length
        written = self._rows(placed, 0, header, address, row_addresses or [address] * len(rows))
        table = Table(tuple(written), Span(start, self._length), address, layout=f"{self.format}_table")
        self._blocks.append(Block(BlockKind.TABLE, table=table))
        return table

    def _rows(self, placed: list[list[tuple[int, CellSpec]]], first: int, header: dict[int, str],
              address: Address, row_addresses: Sequence[Address]) -> list[TableRow]:
        out = []
        for index, row in enumerate(placed):
            r = first + index
            base = dataclasses.replace(row_addresses[index], table=address.table, row=r + 1)
            row_start = self._length
            self._line("|")
            cells = []
            for col, spec in row:
                text = "\n".join(line.strip() for line in spec.text.strip().split("\n"))
                where = dataclasses.replace(base, column=col + 1, column_name=(header.get(col) or None) if r else None)
                span = self._line(text) if text else Span(self._length, self._length)
                self._line("|")
                cells.append(TableCell(Located(text, span, address=where), r, col, spec.rowspan, spec.colspan))
                self._places.append((span.start, span.end, where))
            out.append(TableRow(tuple(cells), Span(row_start, self._length), base))
        return out

    @property
    def last_block(self) -> Block | None:
        return self._blocks[-1] if self._blocks else None

    def build(self) -> Document:
        text = "".join(self._parts)
        source = AddressedSource(self.name, text, places=tuple(sorted(self._places, key=lambda p: p[0])))
        return Document(source, tuple(self._blocks), self.format, tuple(self.diagnostics))


def _column_name(text: str) -> str:
    """A header cell as a column name: one line, markup-free, not too long."""
    name = " ".join(text.split())
    return name if len(name) <= _MAX_COLUMN_NAME else name[: _MAX_COLUMN_NAME - 1] + "…"
