"""From raw table rows to sections and tasks, with every line accounted for.

Each layout reader turns its part of the file into ``RawRow`` values (the cells of one row and
the lines they took). This module, shared by all table layouts, classifies each row:

- a header row ("STT | Nhiệm vụ | …"), first or repeated after a page break;
- a section row (a Roman numeral and the section title, possibly repeated in every cell);
- a task row (a row number, then the cells in header order);
- a continuation row (empty first cell): a page break cut the row above, whose cells go on here;
- anything else: an unreadable row, reported with ``plan.unreadable_row``.

Every cell of every row gets a ``CellUse`` (``LayoutResult.cells``): the column role it was given
and the task it went to, or why it went to none (header, group row, unread row, empty).

Examples:
    >>> from reformrules.source import Source
    >>> text = "STT\\tNhiệm vụ\\tSản phẩm\\tTiến độ\\tPhân công\\nI\\tThể chế\\t\\t\\t\\n1\\tViệc A\\tQĐ\\tQuý I/2022\\tSở X"
    >>> rows = [row_from_ranges(text, i + 1, [(a, b) for a, b in ranges])
    ...         for i, ranges in enumerate(split_tab_ranges(text))]
    >>> result = build_layout_result(Source("t.txt", text), rows, (1, 3))
    >>> [str(t) for t in result.tasks]
    ['I.1 [Quý I/2022] Việc A']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..diagnostics import Code, Diagnostic, info, warning
from ..refs import TaskRef, int_to_roman, is_roman, roman_to_int
from ..document.model import Located
from ..source import Source, SourceMap, Span
from ..text.fold import fold
from . import patterns
from ..document.located import stitch
from ..document.text_tables import marker_kind, plain
from .cell_uses import ROW_FATES, Placed, cell_uses, positions
from .cells import append_cell, make_cell, reduce_list_markup
from .columns import column_roles, table_kind
from .group_heads import heading_for, heading_role, title_cell
from .numbering import numbering_gaps
from .pairs import expand_rows
from .row_shapes import align_short_row, fit_columns
from .model import Cell, CellFate, CellUse, LineRole, LineUse, Section, Task
from .vocabulary import COORDINATORS_LABEL, DEFAULT_COLUMNS, LEAD_LABEL


@dataclass(frozen=True, slots=True)
class RawRow:
    """The cells of one table row as a layout reader found them, and the lines they took."""

    cells: tuple[Cell, ...]
    lines: tuple[int, ...]

    @property
    def marker(self) -> str:
        """The first cell's text, stripped: "II", "3", "STT", or "" for a continuation row."""
        return self.cells[0].text.strip() if self.cells else ""


@dataclass(frozen=True, slots=True)
class LayoutResult:
    """What a layout reader made of its region of the file."""

    sections: tuple[Section, ...]
    tasks: tuple[Task, ...]
    accounting: tuple[LineUse, ...]
    diagnostics: tuple[Diagnostic, ...]
    region: tuple[int, int] | None
    cells: tuple[CellUse, ...] = ()


def split_tab_ranges(text: str) -> list[list[tuple[int, int]]]:
    """For each line of ``text``, the ``(start, end)`` ranges of its tab-separated cells.

    Examples:
        >>> split_tab_ranges("a\\tb\\nc")
        [[(0, 1), (2, 3)], [(4, 5)]]
    """
    out = []
    offset = 0
    for line in text.split("\n"):
        ranges, start = [], offset
        for part in line.split("\t"):
            ranges.append((start, start + len(part)))
            start += len(part) + 1
        out.append(ranges)
        offset += len(line) + 1
    return out


def row_from_ranges(text: str, line: int, ranges: Sequence[tuple[int, int]]) -> RawRow:
    """A one-line row whose cells are the given ranges of ``text``."""
    return RawRow(tuple(make_cell(text, [r]) for r in ranges), (line,))


def is_header(row: RawRow) -> bool:
    """True for a header row: its first cell is "STT"/"TT" (emphasis and case do not matter)."""
    return marker_kind(row.marker) == "header"


def row_number(marker: str) -> str | None:
    """A task row's number as written ("3", "1.2", "1024", "a"), without a trailing dot or bracket.

    Examples:
        >>> row_number("3"), row_number("1.2."), row_number("1024"), row_number("b)"), row_number("II"), row_number("")
        ('3', '1.2', '1024', 'b', None, None)
    """
    text = marker.strip().rstrip(".)").strip()
    parts = text.split(".")
    if text and all(patterns.ROW_NUMBER.fullmatch(p) for p in parts):
        return text
    if len(text) == 1 and text.islower() and text.isalpha():
        return text
    return None


def section_number(marker: str) -> str | None:
    """A group row's numeral: a Roman numeral ("IV") or an upper-case letter ("A"), or None."""
    text = marker.strip().rstrip(".").strip()
    if is_roman(text.upper()) and text.isupper():
        return text.upper()
    if len(text) == 1 and text.isupper() and text.isalpha():
        return text
    return None


_SUBSECTION = re.compile(r"(?:[IVXLC]{1,6}|[A-ZĐ])(?:\.\d{1,3})+")
_GROUP_LEAD = re.compile(r"\s*(?:phần\s+)?([IVXLC]{1,6}|[A-ZĐ])\s*[.)]\s+(\S.*)", re.DOTALL)


def group_heading(row: RawRow) -> tuple[str, str, Cell] | None:
    """``(numeral, title, cell)`` for a group row written in one cell: "I. Văn bản thuộc …" in the number
    column (a Markdown export) or in the content column with the number cell empty."""
    filled = [c for c in row.cells if c.text.strip()]
    if len(filled) != 1:
        return None
    match = _GROUP_LEAD.match(filled[0].text)
    if match is None or (not is_roman(match.group(1)) and len(match.group(1)) != 1):
        return None
    return match.group(1), " ".join(match.group(2).split()), filled[0]


@dataclass
class _OpenRow:
    """A task row being built (mutable: continuation rows still add to it)."""

    section: Section | None
    number: str
    row: RawRow
    cells: list[Cell | None]
    lines: list[int]
    parent: "_OpenRow | None" = None
    inherited: tuple[int, ...] = ()
    positional: bool = False
    task_id: str = ""  # set once the ids are known
    fates: dict[int, CellFate] | None = None  # what each column's cell became, once the task is built


class _Builder:
    """Walks the rows once, keeping the current section, the columns and the task row still open."""

    def __init__(self, source: Source, columns: tuple[str, ...] | None = None):
        self.source = source
        self.sections: list[Section] = []
        self.task_rows: list[_OpenRow] = []
        self.uses: list[LineUse] = []
        self.diagnostics: list[Diagnostic] = []
        self.columns: tuple[str, ...] = columns or DEFAULT_COLUMNS
        self.headers: tuple[str, ...] = ()
        self.seen_header = columns is not None
        self.last_kind = ""  # "section", "task", "header" or ""
        self.numbered = False  # some task row of the table has a number
        self.position = 0  # unnumbered rows of the current section
        self.sub_rows = 0
        self.overflowed = False  # a row had more cells than the header (reported once)
        self.heads: dict[str, dict[str, Cell]] = {}  # group number -> role -> the heading that gives it
        self.placed: list[Placed] = []  # every raw cell met, in order (the cell accounting)
        self.last_place: list[int | None] = []  # the columns ``place`` put its cells in

    def span_of(self, row: RawRow) -> Span:
        cells = [c for c in row.cells if c.text]
        if not cells:
            start = self.source.offset(row.lines[0], 1) if row.lines else (row.cells[0].span.start if row.cells else 0)
            return Span(start, start)
        return Span(min(c.span.start for c in cells), max(c.span.end for c in cells))

    def mark(self, row: RawRow, role: LineRole) -> None:
        self.uses.extend(LineUse(line, role) for line in row.lines)
        if role in ROW_FATES:
            self.placed.extend(Placed(cell, column, fate=ROW_FATES[role] if cell.text.strip() else CellFate.EMPTY)
                               for cell, column in zip(row.cells, positions(len(row.cells), 0, len(self.columns))))

    def place_row(self, row: RawRow, open_row: _OpenRow, columns: Sequence[int | None]) -> None:
        """Account for the cells of a task or continuation row: each went to ``open_row`` at its column."""
        self.placed.extend(Placed(cell, column, open_row) for cell, column in zip(row.cells, columns))

    def unreadable(self, row: RawRow, why: str) -> None:
        self.mark(row, LineRole.UNREAD)
        self.diagnostics.append(warning(Code.PLAN_UNREADABLE_ROW, f"row not read: {why}", self.span_of(row),
                                        line=row.lines[0] if row.lines else None))
        self.last_kind = ""

    def header(self, row: RawRow) -> None:
        if not self.seen_header:
            roles = column_roles([c.text for c in row.cells])
            if table_kind(roles) in ("tasks", "indicators"):
                self.columns = roles
                self.headers = tuple(" ".join(c.text.split()) for c in row.cells)
                for cell, role in zip(row.cells, roles):  # a cut or unknown header cell: its column is not read
                    if role == "other" and cell.text.strip():
                        self.diagnostics.append(warning(
                            Code.PLAN_UNMATCHED_HEADER, f"header cell {' '.join(cell.text.split())[:40]!r} names no "
                            "column the reader knows: its cells are kept as text only (no deadline, agency or "
                            "target is read from them)", cell.span))
            else:
                self.diagnostics.append(info(Code.PLAN_UNKNOWN_LAYOUT, "the header row names no task column; "
                                             "columns taken in the usual order", self.span_of(row)))
        if len(row.cells) > len(self.columns):  # a repeated header longer than the first, or columns not named
            extra = [c for c in row.cells[len(self.columns):] if c.text.strip()]
            if extra:
                self.overflow(extra[0])
        self.seen_header = True
        self.mark(row, LineRole.HEADER)
        self.last_kind = "header" if self.last_kind == "task" else self.last_kind

    def section(self, row: RawRow, number: str, title: str | None = None, cell: Cell | None = None) -> None:
        titles = [c for c in row.cells[1:] if c.text]
        head = cell if cell is not None else (titles[0] if titles else None)
        if head is not None and (role := heading_role(title if title is not None else head.text)):
            skip = head.text.find(title) if title is not None and cell is not None else 0
            self.heads.setdefault(number, {})[role] = title_cell(head, max(skip, 0), self.source.text)
        if title is None:
            title = " ".join(titles[0].text.split()) if titles else ""
            if len({" ".join(fold(c.text).split()) for c in titles}) > 1:
                self.diagnostics.append(info(Code.PLAN_UNREADABLE_ROW, "section row with differing cells; the "
                                             "first is taken as its title", self.span_of(row)))
        if not self.sections and self.task_rows and is_roman(number):
            self.infer_section(number)
        self.sections.append(Section(number, title, self.span_of(row)))
        self.mark(row, LineRole.SECTION)
        self.last_kind = "section"
        self.position = 0

    def infer_section(self, first_seen: str) -> None:
        """Rows came before any section row: they belong to the section before the first one seen."""
        value = roman_to_int(first_seen)
        number = int_to_roman(value - 1) if value > 1 else "?"
        first = self.task_rows[0]
        self.diagnostics.append(warning(
            Code.PLAN_STARTS_MID_TABLE,
            f"the table starts mid-section at row {first.number}, with no section row"
            + ("" if self.seen_header else " and no header row (columns taken in the usual order)")
            + f"; section {number} inferred from the next section, {first_seen}",
            self.span_of(first.row), section=number))
        inferred = Section(number, "", None, inferred=True)
        self.sections.append(inferred)
        for open_row in self.task_rows:
            open_row.section = inferred

    def place(self, cells: Sequence[Cell], start: int) -> list[Cell | None]:
        """Cells put in their columns from column ``start``; extra cells go on in the last column. A row
        with fewer cells than the header whose cells fit other columns better than their own positions
        (a cell lost in its middle) has them placed by what they hold (``row_shapes.align_short_row``)."""
        placed: list[Cell | None] = [None] * len(self.columns)
        given = list(cells)
        while given and not given[-1].text.strip():
            given.pop()
        # the column each cell went to (None: past the last one), for the cell accounting
        self.last_place = positions(len(cells), start, len(self.columns))
        if self.seen_header and (columns := align_short_row([c.text for c in given], self.columns[start:])):
            self.last_place = [start + c for c in columns] + [None] * (len(cells) - len(given))
            for cell, column in zip(given, columns):
                placed[start + column] = cell
            empty = [self.headers[start + c] if start + c < len(self.headers) else self.columns[start + c]
                     for c in range(len(self.columns) - start) if c not in columns]
            self.diagnostics.append(info(
                Code.PLAN_SHORT_ROW, f"a row has {len(given)} cells for {len(self.columns) - start} columns: its "
                "cells are placed by what they hold (an agency, a time, other text), leaving "
                + ", ".join(repr(name) for name in empty) + " empty", given[0].span))
            return placed
        for index, cell in enumerate(cells, start=start):
            if index < len(placed):
                placed[index] = cell
            elif cell.text and placed:
                last = placed[-1]
                placed[-1] = append_cell(last, cell, self.source.text) if last else cell
                self.overflow(cell)
        return placed

    def overflow(self, cell: Cell) -> None:
        """``plan.unmatched_header`` once per table, at the first cell past the last column."""
        if self.overflowed:
            return
        self.overflowed = True
        width = len(self.columns)
        against = "the header's" if self.seen_header else "the usual"
        self.diagnostics.append(warning(
            Code.PLAN_UNMATCHED_HEADER, f"a row has more cells than {against} {width} columns: the cells past "
            f"column {width} are joined to the last one ({self.columns[-1]})",
            cell.span))

    def task(self, row: RawRow, number: str, cells: list[Cell | None] | None = None, positional: bool = False,
             columns: Sequence[int | None] | None = None) -> None:
        """A task row; ``columns`` are the columns its cells went to (by default the number, then the
        columns ``place`` gave the others)."""
        if cells is None:
            cells, columns = self.place(row.cells[1:], 1), [0, *self.last_place]
        section = self.sections[-1] if self.sections else None
        open_row = _OpenRow(section, number, row, cells, list(row.lines), positional=positional)
        self.task_rows.append(open_row)
        self.place_row(row, open_row, columns if columns is not None
                       else [0, *positions(len(row.cells) - 1, 1, len(self.columns))])
        self.mark(row, LineRole.TASK)
        self.last_kind = "task"
        if not positional:
            self.numbered = True

    def continuation(self, row: RawRow) -> None:
        target = self.task_rows[-1]
        self.place_row(row, target, [0, *positions(len(row.cells) - 1, 1, len(target.cells))])
        for index, cell in enumerate(row.cells[1:], start=1):
            if cell.text:
                if index >= len(target.cells):
                    self.overflow(cell)
                index = min(index, len(target.cells) - 1)
                current = target.cells[index]
                target.cells[index] = append_cell(current, cell, self.source.text) if current else cell
        target.lines.extend(row.lines)
        self.mark(row, LineRole.CONTINUATION)
        self.last_kind = "task"

    def sub_row(self, row: RawRow) -> None:
        """A row without a number under a numbered one (merged cells): a task of its own that takes the
        cells it lacks from the row above. With fewer cells than the header, each cell goes to the column
        its text fits (``fit_columns``)."""
        parent = self.task_rows[-1].parent or self.task_rows[-1]
        width = len(self.columns)
        own = [c for c in row.cells]
        if own and not own[0].text and len(own) == width:
            positions = list(range(width))
        else:
            own = [c for c in own if c.text] or own
            # a row without a number: its cells go to the columns after the number column
            positions = [p + 1 for p in fit_columns([c.text for c in own], self.columns[1:])]
        cells: list[Cell | None] = [None] * width
        columns: list[int | None] = []
        for cell, position in zip(own, positions):
            if position < width:
                cells[position] = cell
                columns.append(position)
            else:  # more cells than columns: past the last, joined to it
                self.overflow(cell)
                last = cells[-1]
                cells[-1] = append_cell(last, cell, self.source.text) if last else cell
                columns.append(None)
        inherited = []
        for index in range(1, width):
            if (cells[index] is None or not cells[index].text) and parent.cells[index] is not None \
                    and index < max(positions, default=0) or (cells[index] is None and parent.cells[index] is not None
                                                          and self.columns[index] in ("deadline", "lead")):
                cells[index] = parent.cells[index]
                inherited.append(index)
        siblings = sum(1 for r in self.task_rows if r.parent is parent)
        number = f"{parent.number}/{siblings + 2}"
        open_row = _OpenRow(parent.section, number, row, cells, list(row.lines), parent, tuple(inherited))
        self.task_rows.append(open_row)
        self.placed.extend(Placed(cell, column, open_row) for cell, column in zip(own, columns))
        self.placed.extend(Placed(cell, None, fate=CellFate.EMPTY) for cell in row.cells
                           if all(cell is not kept for kept in own))
        self.mark(row, LineRole.TASK)
        self.last_kind = "task"

    def feed(self, rows: Sequence[RawRow]) -> None:
        for row in rows:
            marker = row.marker
            if not any(c.text for c in row.cells):
                self.mark(row, LineRole.SEPARATOR)
                continue
            if is_header(row):
                self.header(row)  # a repeated header does not close the open task row
                continue
            heading = group_heading(row) if (not marker or section_number(marker) is None) else None
            if heading is not None and (not marker or marker == heading[2].text):
                self.section(row, heading[0], heading[1], heading[2])
            elif not marker:
                if self.last_kind == "header" and self.task_rows:
                    self.continuation(row)  # a page break cut the row above
                elif self.numbered and self.task_rows and self.last_kind == "task":
                    self.sub_row(row)
                elif not self.numbered or self.last_kind == "section":  # a task row whose number cell is empty
                    self.unnumbered(row, numbered_cell=True)
                else:
                    self.unreadable(row, "a continuation row (empty first cell) with no task row above it")
            elif (number := section_number(marker)) is not None and (
                    len([c for c in row.cells if c.text]) <= 2 or len({plain(c.text) for c in row.cells[1:] if c.text}) == 1):
                self.section(row, number)
            elif _SUBSECTION.fullmatch(marker.rstrip(".")) and len([c for c in row.cells if c.text]) <= 2:
                self.section(row, marker.rstrip("."))  # "I.1 | Cung cấp dịch vụ số …": a group under group I
            elif (task_number := row_number(marker)) is not None:
                self.restart_check(row, task_number)
                self.task(row, task_number)
            elif self.numbered and self.task_rows and self.last_kind == "task" and row_number(marker) is None \
                    and section_number(marker) is None and 2 <= len(row.cells) < len(self.columns):
                self.sub_row(row)  # a merged-cell row whose first cell is not a number
            elif not self.numbered and self.columns and self.columns[0] == "number" and len(row.cells) < len(self.columns):
                self.unnumbered(row, numbered_cell=False)
            else:
                self.unreadable(row, f"its first cell {marker[:30]!r} is neither a row number nor a section numeral")
        orphans = [r for r in self.task_rows if r.section is None]
        if orphans:  # task rows but never a section row: a flat table, ids are the row numbers
            flat = Section("", "")
            if not self.seen_header and orphans[0].number != "1":
                self.diagnostics.append(warning(Code.PLAN_STARTS_MID_TABLE, f"the table starts at row "
                                                f"{orphans[0].number}, with neither a header row nor section "
                                                "rows: its beginning seems lost", self.span_of(orphans[0].row)))
            self.sections.append(flat)
            for open_row in orphans:
                open_row.section = flat

    def restart_check(self, row: RawRow, number: str) -> None:
        """Row numbers that go back (2 after 8, with no section row between): the file lost the section
        rows between (an elided stretch "….."); the rows go to a section the file does not show."""
        if not number.isdigit() or not self.task_rows or self.last_kind not in ("task", "header"):
            return
        last = self.task_rows[-1]
        if last.parent is not None:
            last = last.parent
        if last.number.isdigit() and 1 < int(number) <= int(last.number) and last.section is (
                self.sections[-1] if self.sections else None):
            self.diagnostics.append(warning(Code.PLAN_NUMBERING_GAP, f"row {number} follows row {last.number}: the "
                                            "section rows between seem lost; the rows go to an unknown section",
                                            self.span_of(row)))
            self.sections.append(Section("?", "", None, inferred=True))

    def unnumbered(self, row: RawRow, numbered_cell: bool) -> None:
        """A task row without a number: its first cell is the empty number cell (``numbered_cell``), or
        the row has no number column and its first cell is the content."""
        if numbered_cell:
            cells, columns = self.place(row.cells[1:], 1), [0, *self.last_place]
        else:
            cells, columns = self.place(row.cells, 1), list(self.last_place)
        self.position += 1
        self.diagnostics.append(info(Code.PLAN_UNNUMBERED_ROW, f"a row without a number: numbered {self.position} "
                                     "by its position in its group", self.span_of(row)))
        self.task(row, str(self.position), cells, positional=True, columns=columns)


def _reduce(cell: Cell | None, text: str, notes: list[Diagnostic]) -> Cell | None:
    if cell is None or not cell.text:
        return None
    reduced, had_markup = reduce_list_markup(cell, text)
    if had_markup:
        notes.append(info(Code.TEXT_NORMALIZED, "HTML list markup removed from a cell", cell.span))
    return reduced if reduced.text else None


def _joined(cells: Sequence[Cell], text: str) -> Cell | None:
    cells = [c for c in cells if c is not None and c.text]
    if not cells:
        return None
    return cells[0] if len(cells) == 1 else stitch(text, cells, ["; "] * (len(cells) - 1))


def _assignment(lead: Cell | None, coordinators: Cell | None, text: str) -> Cell | None:
    """One assignment text from separate lead and coordinator cells: "Chủ trì: …\\nPhối hợp: …"
    (the labels are not in the file; each maps to the start of the cell after it)."""
    parts, joiners = [], []
    if lead is not None:
        parts.append(lead)
    if coordinators is not None:
        if parts:
            joiners.append("\n" + COORDINATORS_LABEL)
        parts.append(coordinators)
    if not parts:
        return None
    first_label = LEAD_LABEL if lead is not None else COORDINATORS_LABEL
    merged = stitch(text, parts, joiners)
    pieces = tuple((a + len(first_label), b, n) for a, b, n in merged.source_map.pieces)
    return Located(first_label + merged.text, merged.span, SourceMap(pieces))


def build_layout_result(source: Source, rows: Sequence[RawRow], region: tuple[int, int] | None,
                        extra_uses: Sequence[LineUse] = (),
                        extra_diagnostics: Sequence[Diagnostic] = (),
                        columns: tuple[str, ...] | None = None, kind: str = "task") -> LayoutResult:
    """Sections, tasks and the line accounting of a table, from its raw rows.

    ``extra_uses`` are lines the reader placed itself (separators, the appendix title);
    ``columns`` the roles of a table whose header came before (a table continued after a gap).
    """
    builder = _Builder(source, columns)
    builder.feed(rows)
    diagnostics = list(extra_diagnostics) + builder.diagnostics
    tasks: list[Task] = []
    seen: dict[str, int] = {}
    line_task: dict[int, str] = {}
    roles = builder.columns
    unnamed: set[int] = set()  # columns with an empty header cell, reported
    entries = expand_rows(builder.task_rows, builder.columns, source,
                          lambda cell: _reduce(cell, source.text, diagnostics))
    for index, entry in enumerate(entries):
        open_row, reduced = entry.row, entry.cells
        section = open_row.section or Section("?", "", None, inferred=True)
        by_role: dict[str, Cell | None] = {}
        others: list[tuple[str, Cell]] = []
        leads, coordinators = [], []
        fates: dict = {}
        if entry.first:  # a row that pairs up is accounted once, with its first task
            open_row.fates = fates
        for position, (role, cell) in enumerate(zip(roles, reduced)):
            if role == "lead":
                leads.append(cell)
            elif role == "coordinators":
                coordinators.append(cell)
            elif role in ("content", "product", "deadline", "assignment", "number") and role not in by_role:
                by_role[role] = cell
            elif role == "indicator" and "indicator" not in by_role:
                by_role["indicator"] = cell
            elif cell is not None:
                name = builder.headers[position] if position < len(builder.headers) else role
                others.append((name or role, cell))
                fates[position] = CellFate.UNUSED if role == "other" else CellFate.KEPT
                if role == "other" and not name and position not in unnamed:  # once per column, at its first cell
                    unnamed.add(position)
                    diagnostics.append(warning(Code.PLAN_UNMATCHED_HEADER, f"column {position + 1} has no header "
                                               "word: its cells are kept as text only (no deadline, agency or "
                                               "target is read from them)", cell.span))
            fates.setdefault(position, CellFate.READ if cell is not None else CellFate.EMPTY)
        lead_cell = _joined(leads, source.text)
        coordinator_cell = _joined(coordinators, source.text)
        if by_role.get("content") is None and by_role.get("indicator") is not None:
            by_role["content"] = by_role.pop("indicator")
        elif by_role.get("indicator") is not None and by_role.get("product") is None:
            by_role["product"] = by_role.pop("indicator")
        elif by_role.get("indicator") is not None:
            others.append(("indicator", by_role.pop("indicator")))  # type: ignore[arg-type]
            fates[roles.index("indicator")] = CellFate.KEPT
        taken = []  # what the row takes from a group heading over it
        if by_role.get("deadline") is None and (head := heading_for(builder.heads, section.number, "deadline")):
            by_role["deadline"] = head
            taken.append(("deadline", head))
        if lead_cell is None and by_role.get("assignment") is None and (
                head := heading_for(builder.heads, section.number, "lead")):
            lead_cell = head
            taken.append(("lead", head))
        assignment = by_role.get("assignment")
        if assignment is None and (lead_cell is not None or coordinator_cell is not None):
            assignment = _assignment(lead_cell, coordinator_cell, source.text)
        span = builder.span_of(open_row.row) if entry.span is None else entry.span
        for cell in [*reduced]:
            if cell is not None and open_row.parent is None and entry.span is None:
                span = Span(min(span.start, cell.span.start), max(span.end, cell.span.end))
        task_id = f"{section.number}.{entry.number}" if section.number else entry.number
        if entry.paired:
            diagnostics.append(info(Code.PLAN_PAIRED_ITEMS, f"row {task_id} lists {entry.paired[0]} items in its "
                                    f"{', '.join(entry.paired[1:])} cells, item for item: read as "
                                    f"{entry.paired[0]} tasks; the row's other cells are shared", span,
                                    task=task_id))
        seen[task_id] = seen.get(task_id, 0) + 1
        if seen[task_id] > 1:
            new_id = task_id + "'" * (seen[task_id] - 1)
            diagnostics.append(warning(Code.PLAN_DUPLICATE_TASK, f"task {task_id} appears twice; the second "
                                       f"is named {new_id}", span, task=task_id))
            task_id = new_id
        if open_row.inherited:
            names = ", ".join(roles[i] for i in open_row.inherited)
            parent_id = task_id.rsplit("/", 1)[0]
            diagnostics.append(info(Code.PLAN_INHERITED_CELLS, f"row {task_id} has no cell for {names}: taken "
                                    f"from the row above ({parent_id})", span, task=task_id))
        for role, head in taken:
            diagnostics.append(info(Code.PLAN_INHERITED_CELLS, f"row {task_id} has no {role}: its group heading "
                                    f"{' '.join(head.text.split())[:60]!r} gives it", span, task=task_id))
        missing = [role for role in ("content", "product", "deadline", "assignment")
                   if role in roles and by_role.get(role) is None]
        if missing and index == len(entries) - 1 and "content" not in missing and not open_row.positional:
            diagnostics.append(warning(Code.PLAN_TRUNCATED, f"the last row, {task_id}, has no "
                                       f"{', '.join(missing)}: the file seems cut in the middle of the table", span))
        elif "content" in missing or by_role.get("content") is None:
            diagnostics.append(warning(Code.PLAN_UNREADABLE_ROW, f"row {task_id} has no task text", span))
        content = by_role.get("content") or make_cell(source.text, [(span.start, span.start)])
        if entry.first:  # the cells of a row that pairs up are accounted to its first task
            open_row.task_id = task_id
        line_task.update((line, task_id) for line in entry.lines)
        tasks.append(Task(
            id=task_id, ref=TaskRef(source.doc_id, tuple(task_id.split("."))), section=section,
            number=entry.number, content=content, product=by_role.get("product"),
            deadline_cell=by_role.get("deadline"), assignment_cell=assignment, span=span,
            line=min(entry.lines), end_line=max(entry.lines), lead_cell=lead_cell,
            coordinator_cell=coordinator_cell, other_cells=tuple(others), kind=kind))
    uses = [LineUse(u.line, u.role, line_task.get(u.line)) for u in list(extra_uses) + builder.uses]
    diagnostics.extend(numbering_gaps(builder.sections, tasks))
    return LayoutResult(tuple(builder.sections), tuple(tasks), tuple(sorted(uses, key=lambda u: u.line)),
                        tuple(diagnostics), region, cell_uses(source, builder.placed, roles))
