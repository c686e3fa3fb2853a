"""A row whose cells list items that pair up, item for item: one task per pair.

A table row sometimes holds several tasks in one: its content cell lists two items ("- Hoàn thiện
quy định …", "- Nghiên cứu và thí điểm …") and its deadline cell lists two times in the same order
("- … trong giai đoạn 2026 - 2027.", "- Thí điểm … từ năm 2027.", thutuong_2530 PL I row B.1).
Each pair is a task; the cells that do not pair (a product cell with three results, the row's lead)
are shared by all of them.

What pairs, and what the evidence must be:

- **content with deadline**: the content cell lists n >= 2 items and the deadline cell lists n items,
  each of them a time (``row_shapes.is_when``). A product, lead or coordinator cell that lists n
  items too pairs as well; an agency cell whose items end in ";" or "," is one list of the row's
  agencies, never pairs.
- **lead with coordinators** (the row has one task text, chinhphu_394's row 1 written in one row): the
  lead and coordinator cells each list n >= 2 agencies, item for item, without list punctuation; a
  deadline cell of n times pairs too, a single one is shared.

A content list with one deadline, or with deadlines that are not all times, is one task (its items
are steps of it); so is a row whose lists do not have the same length.

Examples:
    >>> list_items("- Xây dựng quy định;\\n- Thí điểm mô hình\\ntái chế.")
    [(0, 20), (21, 48)]
    >>> list_items("Một việc") is None
    True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from ..document.located import pieces_of
from ..source import Source, Span
from ..text.fold import fold
from .cells import make_cell
from .model import Cell
from .row_shapes import is_when

_BULLETS = ("-", "+", "•", "–")
_LIST_PUNCTUATION = (";", ",")
AGENCY_COLUMNS = ("lead", "coordinators")


def list_items(text: str) -> list[tuple[int, int]] | None:
    """The ``(start, end)`` offsets of the "- …" items of a text that is a list of two or more (its
    first line opens an item; a line that does not goes on with the item above), else None."""
    lines, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            lines.append((offset + lead, offset + len(line.rstrip()), line.lstrip().startswith(_BULLETS)))
        offset += len(line) + 1
    if len(lines) < 2 or not lines[0][2]:
        return None
    items: list[list[int]] = []
    for start, end, opens in lines:
        if opens:
            items.append([start, end])
        else:
            items[-1][1] = end
    return [(a, b) for a, b in items] if len(items) >= 2 else None


def sub_cell(cell: Cell, start: int, end: int, source_text: str) -> Cell:
    """The part ``[start, end)`` of a cell's text as a cell of its own, located in the file."""
    pieces = cell.source_map.pieces or ((0, cell.span.start, len(cell.text)),)
    ranges = []
    for at, origin, length in pieces:
        a, b = max(start, at), min(end, at + length)
        if a < b:
            ranges.append((origin + a - at, origin + b - at))
    return make_cell(source_text, ranges) if ranges else cell


def _items(cell: Cell | None) -> list[tuple[int, int]] | None:
    return list_items(cell.text) if cell is not None and cell.text else None


def _is_agency_list(cell: Cell, items: Sequence[tuple[int, int]]) -> bool:
    """Items that end in ";" or "," are one list of agencies."""
    return any(cell.text[a:b].rstrip(" .").endswith(_LIST_PUNCTUATION) for a, b in items[:-1])


def paired_rows(cells: Sequence[Cell | None], roles: Sequence[str], own: Sequence[bool],
                source_text: str) -> tuple[list[list[Cell | None]], list[str]] | None:
    """The cells of each task a row holds when its cells pair up, and the roles that paired; None
    for a row that is one task. ``own[i]`` is False for a cell the row took from the row above."""
    index = {role: [i for i, r in enumerate(roles) if r == role] for role in set(roles)}
    wanted = [i for role in ("content", "deadline", "product", *AGENCY_COLUMNS) for i in index.get(role, [])]
    if not any(own[i] and cells[i] is not None and "\n" in cells[i].text for i in wanted):
        return None  # no cell of several lines: nothing can pair (most rows)
    lists = {i: _items(cells[i]) if own[i] else None for i in wanted}
    content = next(iter(index.get("content", [])), None)
    deadline = next(iter(index.get("deadline", [])), None)
    paired: list[int] = []
    if content is not None and lists.get(content):
        count = len(lists[content])
        times = lists.get(deadline) if deadline is not None else None
        if not times or len(times) != count or not all(
                is_when(" ".join(fold(cells[deadline].text[a:b]).split())) for a, b in times):
            return None
        paired = [content, deadline]
        paired += [i for role in ("product", *AGENCY_COLUMNS) for i in index.get(role, [])
                   if lists.get(i) and len(lists[i]) == count
                   and not (role in AGENCY_COLUMNS and _is_agency_list(cells[i], lists[i]))]
    else:
        leads = [i for i in index.get("lead", []) if lists.get(i)]
        partners = [i for i in index.get("coordinators", []) if lists.get(i)]
        if not leads or not partners:
            return None
        count = len(lists[leads[0]])
        group = leads[:1] + partners[:1]
        if count < 2 or any(len(lists[i]) != count or _is_agency_list(cells[i], lists[i]) for i in group):
            return None
        paired = group + ([deadline] if deadline is not None and lists.get(deadline)
                          and len(lists[deadline]) == count else [])
    tasks = []
    for k in range(count):
        row = list(cells)
        for i in paired:
            a, b = lists[i][k]
            row[i] = sub_cell(cells[i], a, b, source_text)
        tasks.append(row)
    return tasks, [roles[i] for i in sorted(paired)]


@dataclass
class RowTask:
    """One task of a table: its row, its cells (list markup reduced), its number and lines; a row whose
    cells pair up gives several (``paired``: the count and the roles that paired, on the first)."""

    row: Any  # the table's _OpenRow
    cells: list[Cell | None]
    number: str
    lines: list[int]
    span: Span | None = None
    paired: tuple = ()
    first: bool = True  # the row's first task (the others come from pairs)


def _lines_of(source: Source, cells: Sequence[Cell | None]) -> set[int]:
    lines: set[int] = set()
    for cell in cells:
        for start, end in pieces_of(cell) if cell is not None else ():
            if end > start:
                lines.update(range(source.line_col(start)[0], source.line_col(end - 1)[0] + 1))
    return lines


def expand_rows(rows: Sequence[Any], columns: Sequence[str], source: Source,
                reduce: Callable[[Cell | None], Cell | None]) -> list[RowTask]:
    """The tasks of a table's rows (``table._OpenRow``: ``cells``, ``number``, ``lines``, ``parent``,
    ``inherited``): one per row, or one per pair of items (``paired_rows``); sub-rows numbered
    "<row>/2", "<row>/3" … in order, after the pairs of the row above. ``reduce`` prepares a cell
    (list markup removed)."""
    entries: list[RowTask] = []
    children: dict[int, int] = {}  # id of a top row -> tasks under it so far
    for open_row in rows:
        reduced = [reduce(cell) for cell in open_row.cells]
        top = open_row.parent or open_row
        own = [i not in open_row.inherited for i in range(len(reduced))]
        split = paired_rows(reduced, columns, own, source.text)
        groups = split[0] if split else [reduced]
        for k, cells in enumerate(groups):
            if open_row.parent is None and k == 0:
                number = open_row.number
                children[id(top)] = 1
            else:
                children[id(top)] = children.get(id(top), 1) + 1
                number = f"{top.number}/{children[id(top)]}"
            if split is None:
                entries.append(RowTask(open_row, cells, number, list(open_row.lines)))
                continue
            mine = [cells[i] for i, role in enumerate(columns) if role in split[1]]
            lines = _lines_of(source, mine)
            if k == 0:  # the first task also holds the row's shared lines
                lines |= set(open_row.lines) - _lines_of(source, [c for g in groups[1:] for c, role in
                                                                  zip(g, columns) if role in split[1]])
            spans = [c.span for c in mine if c is not None and c.text]
            span = Span(min(x.start for x in spans), max(x.end for x in spans)) if spans else None
            entries.append(RowTask(open_row, cells, number, sorted(lines) or list(open_row.lines), span,
                                  (len(groups), *split[1]) if k == 0 else (), k == 0))
    return entries
