"""The "tab_cells" layout (seed 003): one cell per line behind a tab, rows separated by blank lines.

    <tab>3
    <tab>Tiếp tục triển khai cơ cấu viên chức …
    <tab>- 100% viên chức đạt chuẩn …
    - Báo cáo của các cơ quan, đơn vị, địa phương      (no tab: the cell above goes on)
    <tab>Sau khi Đề án được phê duyệt
    …
    (blank line)
    <tab>V
    <tab>CẢI CÁCH TÀI CHÍNH CÔNG        (a section row repeats its title in each cell)

Examples:
    >>> from reformrules.source import Source
    >>> text = "\\tV\\n\\tTÀI CHÍNH\\n\\tTÀI CHÍNH\\n\\n\\t1\\n\\tViệc\\n\\t- A\\n- B\\n\\tQuý I/2023\\n\\tSở X\\n"
    >>> result = read_tab_cells(Source("t.txt", text), (1, 10))
    >>> [(t.id, t.product.text) for t in result.tasks]
    [('V.1', '- A\\n- B')]
"""

from __future__ import annotations

import re
from typing import Sequence

from ..source import Source
from .cells import make_cell
from .model import Cell, LineUse
from .table import LayoutResult, RawRow, build_layout_result

_CELL_START = re.compile(r"[ \u00a0]*\t")


def read_tab_cells(source: Source, region: tuple[int, int], title_uses: Sequence[LineUse] = ()) -> LayoutResult:
    """Read the table in lines ``region`` (1-based, inclusive) of a tab-led, one-cell-per-line layout."""
    rows: list[RawRow] = []
    cells: list[list[int]] = []  # the lines of each cell of the current row

    def close() -> None:
        if cells:
            built: list[Cell] = []
            for lines in cells:
                pieces = []
                for n in lines:
                    start = source.offset(n, 1)
                    line = source.line_text(n)
                    lead = _CELL_START.match(line)
                    pieces.append((start + (lead.end() if lead else 0), start + len(line)))
                built.append(make_cell(source.text, pieces, "\n"))
            rows.append(RawRow(tuple(built), tuple(n for lines in cells for n in lines)))
            cells.clear()

    for number in range(region[0], region[1] + 1):
        line = source.line_text(number)
        if not line.strip():
            close()
        elif _CELL_START.match(line) or not cells:
            cells.append([number])
        else:
            cells[-1].append(number)
    close()
    return build_layout_result(source, rows, region, title_uses)
