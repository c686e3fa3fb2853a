"""The cell accounting of a table: one ``CellUse`` per cell the reader meets (no silent loss, issue 17).

``plans.table`` records where each raw cell went (``Placed``: a column of a task row, or no task row
and why); once the task ids are known, ``cell_uses`` turns the records into ``CellUse`` values with
the column role, the task and, for a cell nothing is read from, the code of the diagnostic that says so.

Examples:
    >>> positions(3, 1, 3)
    [1, 2, None]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from ..diagnostics import Code
from ..document.model import Address, Table
from ..source import Source
from .model import Cell, CellFate, CellUse, LineRole


@dataclass(frozen=True, slots=True)
class Placed:
    """Where one raw cell went: a column (None: past the header's last column, joined to the last one)
    of a task row, or no task row (``fate`` says why)."""

    cell: Cell
    column: int | None
    row: Any = None
    fate: CellFate | None = None


# The line role of a row that goes to no task, as the fate of its cells.
ROW_FATES = {LineRole.HEADER: CellFate.HEADER, LineRole.SECTION: CellFate.SECTION,
             LineRole.SEPARATOR: CellFate.EMPTY, LineRole.UNREAD: CellFate.UNREAD}


def positions(count: int, start: int, width: int) -> list[int | None]:
    """The columns of ``count`` cells placed from column ``start``: None past the last one."""
    return [index if index < width else None for index in range(start, start + count)]


_UNREAD_CODES = {CellFate.UNUSED: Code.PLAN_UNMATCHED_HEADER, CellFate.UNREAD: Code.PLAN_UNREADABLE_ROW,
                 CellFate.SKIPPED: Code.PLAN_SKIPPED_TABLE}


def cell_address(source: Source, cell: Cell) -> Address:
    """The cell's address from the document, else its line."""
    return cell.address if cell.address is not None else Address(line=source.line_col(cell.span.start)[0])


def cell_uses(source: Source, placed: Sequence[Placed], roles: Sequence[str]) -> tuple[CellUse, ...]:
    """One ``CellUse`` per raw cell: its column role, and the task it went to or its fate."""
    uses = []
    for item in placed:
        column = item.column
        role = roles[column] if column is not None and column < len(roles) else "unknown"
        role = "unknown" if role == "other" else role
        fate, task_id, code = item.fate, None, None
        if item.row is not None:  # a cell past the last column went to the last one
            task_id = item.row.task_id or None
            at = column if column is not None else len(item.row.cells) - 1
            fate = (item.row.fates or {}).get(at, CellFate.UNUSED) if item.cell.text.strip() else CellFate.EMPTY
            if column == 0 and fate is CellFate.EMPTY and item.cell.text.strip():
                fate = CellFate.READ  # the row number, read from the marker
            if column is None and fate is not CellFate.EMPTY:
                code = Code.PLAN_UNMATCHED_HEADER
        fate = fate or CellFate.EMPTY
        code = code or (_UNREAD_CODES.get(fate) if item.cell.text.strip() else None)
        if fate is CellFate.HEADER and role == "unknown":  # reported at the header cell, or at the first past it
            code = Code.PLAN_UNMATCHED_HEADER
        uses.append(CellUse(cell_address(source, item.cell), item.cell.span, role, fate, task_id,
                            code.value if code else None))
    return tuple(uses)


def skipped_cells(source: Source, table: Table, code: Code = Code.PLAN_SKIPPED_TABLE) -> tuple[CellUse, ...]:
    """A ``CellUse`` for each cell of a table not read for tasks, reported by ``code``."""
    return tuple(CellUse(cell_address(source, c.text), c.text.span, "unknown",
                         CellFate.SKIPPED if c.text.text.strip() else CellFate.EMPTY, None,
                         code.value if c.text.text.strip() else None)
                 for row in table.rows for c in row.cells)
