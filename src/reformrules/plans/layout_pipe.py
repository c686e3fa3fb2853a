"""The "pipe_cells" layout (seed 000): one cell per group of lines, cells separated by a lone "|".

    TT
    |
    Nhiệm vụ
    |
    …
    1
    |
    Xây dựng cơ chế tổng hợp, điều phối thống nhất cải
    cách thể chế, …
    |

A cell's wrapped lines are joined by line breaks. Rows are not delimited, so a row starts at each
cell that is a row number, a section numeral or the header's "TT".

Examples:
    >>> from reformrules.source import Source
    >>> text = "TT\\n|\\nNhiệm vụ\\n|\\nSản phẩm\\n|\\nTiến độ\\n|\\nPhân công\\n|\\nI\\n|\\nTHỂ CHẾ\\n|\\n1\\n|\\nViệc\\nA\\n|\\nQĐ\\n|\\nQuý I/2018\\n|\\nSở X\\n|"
    >>> result = read_pipe_cells(Source("p.txt", text), (1, text.count("\\n") + 1))
    >>> [(t.id, t.content.text, t.deadline_text) for t in result.tasks]
    [('I.1', 'Việc\\nA', 'Quý I/2018')]
"""

from __future__ import annotations

from typing import Sequence

from ..source import Source
from .cells import make_cell
from .model import Cell, LineRole, LineUse
from .table import LayoutResult, RawRow, build_layout_result, is_header, row_number, section_number


def _is_row_start(cell: Cell) -> bool:
    probe = RawRow((cell,), (0,))
    return is_header(probe) or row_number(cell.text) is not None or section_number(cell.text) is not None


def read_pipe_cells(source: Source, region: tuple[int, int], title_uses: Sequence[LineUse] = ()) -> LayoutResult:
    """Read the table in lines ``region`` (1-based, inclusive) of a pipe-separated layout."""
    first, last = region
    cells: list[tuple[Cell, tuple[int, ...]]] = []
    separators: list[LineUse] = []
    current: list[int] = []

    def close() -> None:
        if current:
            pieces = [(source.offset(n, 1), source.offset(n, 1) + len(source.line_text(n))) for n in current]
            cells.append((make_cell(source.text, pieces, "\n"), tuple(current)))
            current.clear()

    for number in range(first, last + 1):
        line = source.line_text(number)
        if not line.strip():
            continue
        if line.strip() == "|":
            close()
            separators.append(LineUse(number, LineRole.SEPARATOR))
        else:
            current.append(number)
    close()

    rows: list[RawRow] = []
    group: list[tuple[Cell, tuple[int, ...]]] = []
    for cell, lines in cells:
        if group and _is_row_start(cell):
            rows.append(RawRow(tuple(c for c, _ in group), tuple(n for _, ls in group for n in ls)))
            group = []
        group.append((cell, lines))
    if group:
        rows.append(RawRow(tuple(c for c, _ in group), tuple(n for _, ls in group for n in ls)))
    return build_layout_result(source, rows, region, list(title_uses) + separators)
