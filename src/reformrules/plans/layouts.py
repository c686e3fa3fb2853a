"""Which tables of a plan's document are task tables, and the layout the appendix is written in.

The plan reader works on the ``Document`` (``reformrules.document``): every text layout reader
turns the file into located blocks, and this module picks the tables that list tasks by their
header words (``columns.column_roles``): a content column and a deadline, agency or product
column make a task table; indicators with a lead column make a target table; the letterhead, the
signature block, a legal site's metadata block, monitoring and yearly indicator tables are left
out (``plan.skipped_table``). A table without a header right after a task table (the file left a
gap between two pages) goes on with it; in a file where no table has a header, a table of numbered
rows (seed 003 starts mid-table) is read in the usual column order.

``LAYOUTS`` names the appendix layouts, each from the text export that writes it:

- "pipe_cells" (seed 000, most corpus plans): cells separated by lines holding a lone "|";
- "markdown_pipe" (corpus ubtvqh_1339): ``| a | b |`` rows, also badly formed;
- "tsv_continuation" (seeds 001, 004): tab-separated rows, repeated headers, continuation rows;
- "tab_cells" (seed 003): one tab-led line per cell, rows separated by blank lines;
- "body_only" (seed 002): no appendix; tasks are the items of the body's task section.

A file with an appendix title ("PHỤ LỤC") but no task table is "unknown".

Examples:
    >>> from reformrules.source import Source
    >>> detect_layout(Source("x", "PHỤ LỤC\\nSTT\\tNhiệm vụ\\tSản phẩm\\tTiến độ\\tPhân công\\n1\\tA\\tB\\tC\\tD")).layout
    'tsv_continuation'
    >>> detect_layout(Source("x", "I. MỤC TIÊU\\nII. NHIỆM VỤ\\n1. Cải cách thể chế")).layout
    'body_only'
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from ..document import Block, BlockKind, Document, Located, Table
from ..document.text import read_text_document
from ..document.text_tables import marker_kind
from ..source import Source
from . import patterns
from .cells import folded_line
from .columns import column_roles, table_kind
from .vocabulary import DEFAULT_COLUMNS

LAYOUTS: Mapping[str, str] = MappingProxyType({
    "pipe_cells": "cells separated by lines holding a lone '|' (seed 000, the corpus)",
    "markdown_pipe": "Markdown pipe rows '| a | b |', also broken over lines (corpus ubtvqh_1339)",
    "tsv_continuation": "tab-separated rows with repeated headers and continuation rows (seeds 001, 004)",
    "tab_cells": "one tab-led line per cell, rows separated by blank lines (seed 003)",
    "body_only": "no appendix table: the items of the body's task section (seed 002)",
})
# The document's table layouts, by the name the plan reader reports.
_LAYOUT_NAMES = {"lone_pipe": "pipe_cells", "markdown_pipe": "markdown_pipe", "tsv": "tsv_continuation",
                 "tab_cells": "tab_cells",
                 # tables of native files (reformrules.formats)
                 "docx_table": "docx_table", "html_table": "html_table", "pdf_table": "pdf_table"}
_TITLE_LOOKBACK = 8
NO_HEADER = "no header: letterhead, signature or site block"
_MIN_NUMBERED_ROWS = 3


@dataclass(frozen=True, slots=True)
class TaskTable:
    """A table read for tasks: its columns (roles), its kind ("tasks" or "indicators"), whether it
    opens with a header row, and whether it goes on from the task table before it."""

    table: Table
    columns: tuple[str, ...]
    kind: str
    has_header: bool
    continues: bool = False


@dataclass(frozen=True, slots=True)
class Detection:
    """The layout found, the first line of its table and of the appendix title (1-based), and why;
    ``tables`` are the task tables, ``skipped`` the tables that list no tasks."""

    layout: str
    table_line: int | None
    title_line: int | None
    evidence: str
    tables: tuple[TaskTable, ...] = ()
    skipped: tuple[tuple[Table, str], ...] = ()


def _header_roles(table: Table) -> tuple[str, ...] | None:
    """The column roles of a table's header row (its first row, opening with "TT"/"STT"), if any."""
    for row in table.rows[:2]:
        if row.cells and marker_kind(row.cells[0].text.text) == "header":
            return column_roles([c.text.text for c in row.cells])
    return None


def _numbered_rows(table: Table) -> int:
    return sum(1 for row in table.rows if row.cells and marker_kind(row.cells[0].text.text) == "number")


def _title_line(source: Source, table_line: int) -> int | None:
    """The "PHỤ LỤC" line a few lines above the table (1-based), if there is one."""
    for number in range(table_line - 1, max(0, table_line - 1 - _TITLE_LOOKBACK), -1):
        if _is_title(source, number):
            return number
    return None


def _is_title(source: Source, number: int) -> bool:
    return patterns.APPENDIX_TITLE_LINE.match(folded_line(source, number).replace("*", " ")) is not None \
        and len(source.line_text(number).strip()) < 80


def _is_appendix_heading(block: Block) -> bool:
    return block.text is not None and patterns.APPENDIX_TITLE_LINE.match(
        " ".join(block.text.text.lower().split())) is not None


def select_tables(document: Document) -> tuple[list[TaskTable], list[tuple[Table, str]]]:
    """The task tables of a document, in reading order, and the other tables with their kind."""
    chosen: list[TaskTable] = []
    skipped: list[tuple[Table, str]] = []
    headed = any(_header_roles(b.table) is not None for b in document.blocks if b.table is not None)
    since_task = None  # blocks since the last task table (None: no task table yet)
    for block in document.blocks:
        if block.table is None:
            if since_task is not None and block.text is not None:
                since_task += 1 if not _is_appendix_heading(block) else 100
            continue
        table = block.table
        roles = _header_roles(table)
        if roles is not None:
            kind = table_kind(roles)
            if kind in ("tasks", "indicators"):
                chosen.append(TaskTable(table, roles, kind, True))
                since_task = 0
            else:
                skipped.append((table, kind))
            continue
        width = max((len(r.cells) for r in table.rows), default=0)
        if chosen and since_task is not None and since_task <= 2 and _numbered_rows(table) \
                and abs(width - len(chosen[-1].columns)) <= 1:
            chosen.append(TaskTable(table, chosen[-1].columns, chosen[-1].kind, False, continues=True))
            since_task = 0
        elif _numbered_rows(table) >= _MIN_NUMBERED_ROWS and width >= 4 and not headed:
            chosen.append(TaskTable(table, DEFAULT_COLUMNS, "tasks", False))
            since_task = 0
        else:
            skipped.append((table, NO_HEADER))
    return chosen, skipped


def _line_of(source: Source, text: Located) -> int:
    """The line of a cell: its address's for a text file, else where it stands in the (written) text."""
    if text.address is not None and text.address.line is not None:
        return text.address.line
    return source.line_col(text.span.start)[0]


def detect(document: Document) -> Detection:
    """The layout of a plan's document, with its task tables."""
    source = document.source
    tables, skipped = select_tables(document)
    if tables:
        first = tables[0].table
        line = first.address.line if first.address and first.address.line else source.line_col(first.span.start)[0]
        header_line = next((_line_of(source, r.cells[0].text) for r in first.rows[:2] if r.cells and
                            marker_kind(r.cells[0].text.text) == "header"), None)
        table_line = header_line or min((_line_of(source, c.text) for r in first.rows for c in r.cells
                                         if c.text.text), default=line)
        layout = _LAYOUT_NAMES.get(first.layout or "", "unknown")
        return Detection(layout, table_line, _title_line(source, table_line),
                         f"{len(tables)} task table(s), the first from line {table_line} ({first.layout})",
                         tuple(tables), tuple(skipped))
    if any(kind != NO_HEADER for _, kind in skipped):
        return Detection("body_only", None, None, "tables with a header, none of them a task list", (),
                         tuple(skipped))
    for n in range(11, len(source.lines) + 1):
        if _is_title(source, n):
            return Detection("unknown", n + 1, n, f"an appendix title at line {n} but no table the reader knows",
                             (), tuple(skipped))
    return Detection("body_only", None, None, "no appendix title and no task table", (), tuple(skipped))


def detect_layout(source: Source) -> Detection:
    """Detect the appendix layout of a plan's text (read into a document first)."""
    return detect(read_text_document(source))
