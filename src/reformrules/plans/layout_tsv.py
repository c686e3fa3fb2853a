"""The "tsv_continuation" layout (seeds 001, 004): one row per line, cells separated by tabs.

The header row repeats after every page break, and a row cut by the page break goes on in a
row whose first cell is empty; ``table.build_layout_result`` joins it to the row above, cell by
cell. HTML list fragments inside cells (``<ul style=…> - A - B``) become list items.

Examples:
    >>> from reformrules.source import Source
    >>> text = "STT\\tNhiệm vụ\\tSản phẩm\\tTiến độ\\tPhân công\\nI\\tThể chế\\t\\t\\t\\n1\\tViệc kéo\\tQĐ\\tQuý I\\tSở X\\n\\nSTT\\tNhiệm vụ\\tSản phẩm\\tTiến độ\\tPhân công\\n\\tdài\\t\\t/2022\\t"
    >>> result = read_tsv_continuation(Source("t.txt", text), (1, 6))
    >>> [(t.id, t.content.text, t.deadline_text) for t in result.tasks]
    [('I.1', 'Việc kéo dài', 'Quý I /2022')]
"""

from __future__ import annotations

from typing import Sequence

from ..source import Source
from .cells import make_cell
from .model import LineUse
from .table import LayoutResult, RawRow, build_layout_result


def read_tsv_continuation(source: Source, region: tuple[int, int],
                          title_uses: Sequence[LineUse] = ()) -> LayoutResult:
    """Read the table in lines ``region`` (1-based, inclusive) of a tab-separated layout."""
    rows = []
    for number in range(region[0], region[1] + 1):
        line = source.line_text(number)
        if not line.strip():
            continue
        start = source.offset(number, 1)
        cells, offset = [], start
        for part in line.split("\t"):
            cells.append(make_cell(source.text, [(offset, offset + len(part))]))
            offset += len(part) + 1
        rows.append(RawRow(tuple(cells), (number,)))
    return build_layout_result(source, rows, region, title_uses)
