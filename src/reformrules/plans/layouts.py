"""Which layout a plan's appendix uses, told from the text (never from the file name), and the readers.

``LAYOUTS`` maps each layout name to its reader, one function per layout with the same
signature ``(source, region, title_uses) -> LayoutResult``:

- "pipe_cells" (seed 000): one cell per line group, cells separated by a lone "|";
- "tsv_continuation" (seeds 001, 004): one tab-separated row per line, repeated headers and
  page-break continuation rows;
- "tab_cells" (seed 003): one tab-led line per cell, rows separated by blank lines;
- "body_only" (seed 002): no appendix; tasks are the items of the body's task section.

A file with an appendix title ("PHỤ LỤC") but none of these tables is "unknown": the reader
reports it and falls back to the body.

Examples:
    >>> from reformrules.source import Source
    >>> detect_layout(Source("x", "PHỤ LỤC\\nSTT\\tNhiệm vụ\\tSản phẩm\\tTiến độ\\tPhân công\\n1\\tA\\tB\\tC\\tD")).layout
    'tsv_continuation'
    >>> detect_layout(Source("x", "I. MỤC TIÊU\\nII. NHIỆM VỤ\\n1. Cải cách thể chế")).layout
    'body_only'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Callable, Mapping, Sequence

from ..source import Source
from ..text.fold import fold
from . import patterns
from .layout_body import read_body_tasks
from .layout_pipe import read_pipe_cells
from .layout_tabcells import read_tab_cells
from .layout_tsv import read_tsv_continuation
from .cells import folded_line
from .model import LineUse
from .table import LayoutResult, section_number, row_number
from .vocabulary import COLUMN_WORDS

LayoutReader = Callable[[Source, tuple[int, int], Sequence[LineUse]], LayoutResult]

LAYOUTS: Mapping[str, LayoutReader] = MappingProxyType({
    "pipe_cells": read_pipe_cells,
    "tsv_continuation": read_tsv_continuation,
    "tab_cells": read_tab_cells,
    "body_only": read_body_tasks,
})

_NUMBER_WORDS = next(words for name, words, _ in COLUMN_WORDS if name == "number")
_CONTENT_WORDS = next(words for name, words, _ in COLUMN_WORDS if name == "content")
_ONE_TAB_CELL = re.compile(r"[ \u00a0]*\t[^\t]*\S[^\t]*")
_TITLE_LOOKBACK = 8
_MIN_TAB_CELL_LINES = 8


@dataclass(frozen=True, slots=True)
class Detection:
    """The layout found, the first line of its table and of the appendix title (1-based), and why."""

    layout: str
    table_line: int | None
    title_line: int | None
    evidence: str


def _folded_cell(text: str) -> str:
    return " ".join(fold(text).split())


def _is_marker(text: str) -> bool:
    cell = text.strip()
    return row_number(cell) is not None or section_number(cell) is not None or _folded_cell(cell) in _NUMBER_WORDS


def _title_line(source: Source, table_line: int) -> int | None:
    """The "PHỤ LỤC" line a few lines above the table (1-based), if there is one."""
    for number in range(table_line - 1, max(0, table_line - 1 - _TITLE_LOOKBACK), -1):
        if _is_title(source, number):
            return number
    return None


def _is_title(source: Source, number: int) -> bool:
    return patterns.APPENDIX_TITLE_LINE.match(folded_line(source, number)) is not None \
        and len(source.line_text(number).strip()) < 80


def detect_layout(source: Source) -> Detection:
    """Detect the appendix layout of a plan's text."""
    lines = source.text.split("\n")
    nonempty = [(n, line) for n, line in enumerate(lines, start=1) if line.strip()]
    for n, line in nonempty:  # a tab-separated header row: "STT<tab>Nhiệm vụ<tab>…"
        cells = line.split("\t")
        if len(cells) >= 4 and _folded_cell(cells[0]) in _NUMBER_WORDS \
                and any(w in _folded_cell(c) for c in cells for w in _CONTENT_WORDS):
            return Detection("tsv_continuation", n, _title_line(source, n), f"tab-separated header row at line {n}")
    for index, (n, line) in enumerate(nonempty[:-2]):  # "TT" / "|" / "Nhiệm vụ"
        if len(line.strip()) <= 4 and _folded_cell(line) in _NUMBER_WORDS and nonempty[index + 1][1].strip() == "|" \
                and any(w in _folded_cell(nonempty[index + 2][1]) for w in _CONTENT_WORDS):
            return Detection("pipe_cells", n, _title_line(source, n), f"'|'-separated header cells at line {n}")
    tab_cells = [(n, line) for n, line in nonempty if _ONE_TAB_CELL.fullmatch(line)]
    if len(tab_cells) >= _MIN_TAB_CELL_LINES:
        first = next((n for n, line in tab_cells if _is_marker(line)), tab_cells[0][0])
        return Detection("tab_cells", first, _title_line(source, first),
                         f"{len(tab_cells)} one-cell lines led by a tab, from line {first}")
    rows = [(n, line) for n, line in nonempty if line.count("\t") >= 3 and _is_marker(line.split("\t")[0])]
    if len(rows) >= 3:
        n = rows[0][0]
        return Detection("tsv_continuation", n, _title_line(source, n), f"tab-separated rows from line {n}, no header")
    for n, line in nonempty[10:]:
        if _is_title(source, n):
            return Detection("unknown", n + 1, n, f"an appendix title at line {n} but no table the reader knows")
    return Detection("body_only", None, None, "no appendix title and no table")
