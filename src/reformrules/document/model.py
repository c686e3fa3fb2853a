"""The document model shared by every format: located blocks in reading order.

A ``Document`` is a ``Source`` (the text every span points into) and its ``blocks`` in reading
order: headings, paragraphs, list items and tables. A table is rows of cells; each cell has its
text, its span in the source, its grid position and its row/column span (merged cells are one
cell, not their text repeated).

- For a text export (.txt, .md) the source *is* the file, so spans slice the original file.
- For .docx, .html and .pdf the reader writes the document's text into the source (one line per
  paragraph, one line per cell line) and every span points into that text; ``Address`` says where
  the block is in the original file in words a person can follow (paragraph, table/row/column,
  page).

Text is kept as the file has it; ``Located`` carries a ``SourceMap`` when its text is stitched
from several pieces (a wrapped cell, a paragraph joined across hard wraps), so an offset in the
text maps back to the file.

Examples:
    >>> from reformrules.source import Source, SourceMap, Span
    >>> src = Source("p.txt", "Sở Tư pháp\\nchủ trì")
    >>> para = Located("Sở Tư pháp chủ trì", Span(0, 18), SourceMap(((0, 0, 10), (11, 11, 7))), Address(line=1))
    >>> doc = Document(src, (Block(BlockKind.PARAGRAPH, para),), "text")
    >>> [str(b) for b in doc.blocks], str(para.address)
    (['Sở Tư pháp chủ trì'], 'line 1')
    >>> para.to_source(Span(11, 18)).slice(src.text)
    'chủ trì'
    >>> str(Address(table=3, row=5, column_name="Thời gian hoàn thành"))
    "table 3, row 5, column 'Thời gian hoàn thành'"
    >>> str(Address(page=4, paragraph=12))
    'page 4, paragraph 12'
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Iterator

from ..diagnostics import Diagnostic
from ..source import Source, SourceMap, Span

_BULLETS = ("-", "+", "•")


@dataclass(frozen=True, slots=True)
class Address:
    """Where a block or cell is in the original file, for people (all fields 1-based).

    Text files give a ``line``; .docx/.html a ``paragraph`` or ``table``/``row``/``column``;
    .pdf adds the ``page``. ``column_name`` is the header word of the cell's column, when known.
    """

    line: int | None = None
    page: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None
    column_name: str | None = None

    def __str__(self) -> str:
        parts = []
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.table is not None:
            parts.append(f"table {self.table}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column_name:
            parts.append(f"column '{self.column_name}'")
        elif self.column is not None:
            parts.append(f"column {self.column}")
        if self.paragraph is not None:
            parts.append(f"paragraph {self.paragraph}")
        if self.line is not None:
            parts.append(f"line {self.line}")
        return ", ".join(parts) or "(no address)"


@dataclass(frozen=True, slots=True)
class Located:
    """A piece of text with its span in the document's source and a map back to it.

    ``text`` is what a reader sees (hard wraps joined, markup removed); ``span`` covers it in the
    source; ``source_map`` maps an offset of ``text`` to an offset of the source (empty when the
    text is the source slice itself, starting at ``span.start``).
    """

    text: str
    span: Span
    source_map: SourceMap = SourceMap(())
    address: Address | None = None

    def __str__(self) -> str:
        return self.text

    def to_source(self, span: Span) -> Span:
        """A span of ``text`` as a span of the document's source."""
        if not self.source_map.pieces:
            return span.shift(self.span.start)
        return self.source_map.span_to_source(span)

    @property
    def items(self) -> tuple[str, ...]:
        """The text as list items: its "- …" lines when it is a bullet list, else the whole text.

        Examples:
            >>> Located("- Báo cáo\\n- Kế hoạch", Span(0, 1)).items
            ('Báo cáo', 'Kế hoạch')
            >>> Located("Quyết định", Span(0, 1)).items
            ('Quyết định',)
            >>> Located("- Đề án được\\nphê duyệt.\\n- Mô hình", Span(0, 1)).items
            ('Đề án được\\nphê duyệt.', 'Mô hình')
        """
        lines = [line.strip() for line in self.text.split("\n") if line.strip()]
        if not lines or not lines[0].startswith(_BULLETS) or sum(line.startswith(_BULLETS) for line in lines) < 2:
            return (self.text,) if self.text else ()
        items: list[list[str]] = []
        for line in lines:
            if line.startswith(_BULLETS):
                items.append([line[1:].strip()])
            else:  # a wrapped line goes on with the item above
                items[-1].append(line)
        return tuple("\n".join(item) for item in items)


class BlockKind(str, Enum):
    """What a block is."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"


@dataclass(frozen=True, slots=True)
class TableCell:
    """One cell: its text, its top-left grid position (0-based) and how many rows/columns it covers."""

    text: Located
    row: int
    column: int
    rowspan: int = 1
    colspan: int = 1

    def __str__(self) -> str:
        return self.text.text


@dataclass(frozen=True, slots=True)
class TableRow:
    """The cells that start in one grid row, left to right."""

    cells: tuple[TableCell, ...]
    span: Span
    address: Address | None = None

    def __iter__(self) -> Iterator[TableCell]:
        return iter(self.cells)


@dataclass(frozen=True, slots=True)
class Table:
    """Rows of cells, in reading order; ``caption`` is the title line above it, when there is one;
    ``layout`` names how a text export wrote it ("lone_pipe", "markdown_pipe", "tsv", "tab_cells")
    or the native format's table kind."""

    rows: tuple[TableRow, ...]
    span: Span
    address: Address | None = None
    caption: Located | None = None
    layout: str | None = None


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the document in reading order.

    ``text`` holds the text of a heading, paragraph or list item (``None`` for a table);
    ``number`` is a numbering label the format keeps outside the text (Word's automatic "1.",
    "a)"), ``level`` a heading level or list depth, ``style`` the format's style name, and
    ``emphasis`` says the whole block is bold or italic (section headings often are).
    """

    kind: BlockKind
    text: Located | None = None
    table: Table | None = None
    number: str | None = None
    level: int | None = None
    style: str | None = None
    emphasis: bool = False

    @property
    def span(self) -> Span:
        if self.table is not None:
            return self.table.span
        assert self.text is not None
        return self.text.span

    def __str__(self) -> str:
        if self.table is not None:
            return f"<table of {len(self.table.rows)} rows>"
        label = f"{self.number} " if self.number else ""
        return label + (self.text.text if self.text else "")


@dataclass(frozen=True, slots=True)
class Document:
    """A file read into located blocks: ``source`` is the text every span points into."""

    source: Source
    blocks: tuple[Block, ...]
    format: str
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def tables(self) -> tuple[Table, ...]:
        return tuple(b.table for b in self.blocks if b.table is not None)
