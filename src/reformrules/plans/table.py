"""From raw table rows to sections and tasks, with every line accounted for.

Each layout reader turns its part of the file into ``RawRow`` values (the cells of one row and
the lines they took). This module, shared by all table layouts, classifies each row:

- a header row ("STT | Nhiệm vụ | …"), first or repeated after a page break;
- a section row (a Roman numeral and the section title, possibly repeated in every cell);
- a task row (a row number, then the cells in header order);
- a continuation row (empty first cell): a page break cut the row above, whose cells go on here;
- anything else: an unreadable row, reported with ``plan.unreadable_row``.

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

from dataclasses import dataclass
from typing import Sequence

from ..diagnostics import Code, Diagnostic, info, warning
from ..refs import TaskRef, int_to_roman, is_roman, roman_to_int
from ..source import Source, Span
from ..text.fold import fold
from . import patterns
from .cells import append_cell, make_cell, reduce_list_markup
from .model import Cell, LineRole, LineUse, Section, Task
from .vocabulary import COLUMN_WORDS, DEFAULT_COLUMNS


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


def column_roles(header: RawRow) -> tuple[str, ...]:
    """The role of each header cell ("number", "content", "product", "deadline", "assignment").

    Examples:
        >>> from reformrules.source import Source
        >>> t = "STT\\tNhiệm vụ\\tKết quả/sản phẩm đạt được\\tTiến độ\\tPhân công (cơ quan chủ trì)"
        >>> column_roles(row_from_ranges(t, 1, split_tab_ranges(t)[0]))
        ('number', 'content', 'product', 'deadline', 'assignment')
    """
    roles = []
    for cell in header.cells:
        folded = " ".join(fold(cell.text).split())
        role = "other"
        for name, words, _ in COLUMN_WORDS:
            if (name == "number" and folded in words) or (name != "number" and any(w in folded for w in words)):
                role = name
                break
        roles.append(role)
    return tuple(roles)


_NUMBER_WORDS = next(words for name, words, _ in COLUMN_WORDS if name == "number")


def is_header(row: RawRow) -> bool:
    """True for a header row: its first cell is "STT"/"TT"."""
    marker = row.marker
    return len(marker) <= 4 and fold(marker) in _NUMBER_WORDS


def row_number(marker: str) -> str | None:
    """A task row's number as written ("3", "1.2"), without a trailing dot; None otherwise.

    Examples:
        >>> row_number("3"), row_number("1.2."), row_number("II"), row_number("")
        ('3', '1.2', None, None)
    """
    text = marker.strip().rstrip(".")
    parts = text.split(".")
    if text and all(patterns.ROW_NUMBER.fullmatch(p) for p in parts):
        return text
    return None


def section_number(marker: str) -> str | None:
    """A section row's Roman numeral ("IV"), or None."""
    text = marker.strip().rstrip(".").upper()
    return text if is_roman(text) else None


@dataclass
class _OpenRow:
    """A task row being built (mutable: continuation rows still add to it)."""

    section: Section | None
    number: str
    row: RawRow
    cells: list[Cell | None]
    lines: list[int]


class _Builder:
    """Walks the rows once, keeping the current section and the task row that is still open."""

    def __init__(self, source: Source):
        self.source = source
        self.sections: list[Section] = []
        self.task_rows: list[_OpenRow] = []
        self.uses: list[LineUse] = []
        self.diagnostics: list[Diagnostic] = []
        self.columns: tuple[str, ...] = DEFAULT_COLUMNS
        self.seen_header = False
        self.last_kind = ""  # "section", "task" or "" (a header row leaves it as it was)

    def span_of(self, row: RawRow) -> Span:
        cells = [c for c in row.cells if c.text]
        if not cells:
            start = self.source.offset(row.lines[0], 1)
            return Span(start, start)
        return Span(min(c.span.start for c in cells), max(c.span.end for c in cells))

    def mark(self, row: RawRow, role: LineRole) -> None:
        self.uses.extend(LineUse(line, role) for line in row.lines)

    def unreadable(self, row: RawRow, why: str) -> None:
        self.mark(row, LineRole.UNREAD)
        self.diagnostics.append(warning(Code.PLAN_UNREADABLE_ROW, f"row not read: {why}", self.span_of(row),
                                        line=row.lines[0]))
        self.last_kind = ""

    def header(self, row: RawRow) -> None:
        if not self.seen_header:
            roles = column_roles(row)
            if "content" in roles:
                self.columns = roles
            else:
                self.diagnostics.append(info(Code.PLAN_UNKNOWN_LAYOUT, "the header row names no task column; "
                                             "columns taken in the usual order", self.span_of(row)))
        self.seen_header = True
        self.mark(row, LineRole.HEADER)

    def section(self, row: RawRow, number: str) -> None:
        titles = [c for c in row.cells[1:] if c.text]
        title = " ".join(titles[0].text.split()) if titles else ""
        if len({" ".join(fold(c.text).split()) for c in titles}) > 1:
            self.diagnostics.append(info(Code.PLAN_UNREADABLE_ROW, "section row with differing cells; the first "
                                         "is taken as its title", self.span_of(row)))
        if not self.sections and self.task_rows:
            self.infer_section(number)
        self.sections.append(Section(number, title, self.span_of(row)))
        self.mark(row, LineRole.SECTION)
        self.last_kind = "section"

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

    def task(self, row: RawRow, number: str) -> None:
        cells: list[Cell | None] = [None] * len(self.columns)
        for index, cell in enumerate(row.cells[1:], start=1):
            if index < len(cells):
                cells[index] = cell
            elif cell.text and cells:  # more cells than columns: keep the text in the last column
                last = cells[-1]
                cells[-1] = append_cell(last, cell, self.source.text) if last else cell
        section = self.sections[-1] if self.sections else None
        self.task_rows.append(_OpenRow(section, number, row, cells, list(row.lines)))
        self.mark(row, LineRole.TASK)
        self.last_kind = "task"

    def continuation(self, row: RawRow) -> None:
        if self.last_kind != "task":
            self.unreadable(row, "a continuation row (empty first cell) with no task row above it")
            return
        target = self.task_rows[-1]
        for index, cell in enumerate(row.cells[1:], start=1):
            if cell.text:
                index = min(index, len(target.cells) - 1)
                current = target.cells[index]
                target.cells[index] = append_cell(current, cell, self.source.text) if current else cell
        target.lines.extend(row.lines)
        self.mark(row, LineRole.CONTINUATION)

    def feed(self, rows: Sequence[RawRow]) -> None:
        for row in rows:
            marker = row.marker
            if is_header(row):
                self.header(row)  # a repeated header does not close the open task row
            elif not marker:
                if any(c.text for c in row.cells):
                    self.continuation(row)
            elif (number := section_number(marker)) is not None:
                self.section(row, number)
            elif (task_number := row_number(marker)) is not None:
                self.task(row, task_number)
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


def _reduce(cell: Cell | None, text: str, notes: list[Diagnostic]) -> Cell | None:
    if cell is None or not cell.text:
        return None
    reduced, had_markup = reduce_list_markup(cell, text)
    if had_markup:
        notes.append(info(Code.TEXT_NORMALIZED, "HTML list markup removed from a cell", cell.span))
    return reduced if reduced.text else None


def build_layout_result(source: Source, rows: Sequence[RawRow], region: tuple[int, int] | None,
                        extra_uses: Sequence[LineUse] = (),
                        extra_diagnostics: Sequence[Diagnostic] = ()) -> LayoutResult:
    """Sections, tasks and the line accounting of a table, from its raw rows.

    ``extra_uses`` are lines the reader placed itself (separators, the appendix title).
    """
    builder = _Builder(source)
    builder.feed(rows)
    diagnostics = list(extra_diagnostics) + builder.diagnostics
    tasks: list[Task] = []
    seen: dict[str, int] = {}
    line_task: dict[int, str] = {}
    for index, open_row in enumerate(builder.task_rows):
        section = open_row.section or Section("?", "", None, inferred=True)
        by_role = {role: _reduce(cell, source.text, diagnostics)
                   for role, cell in zip(builder.columns, open_row.cells)}
        span = builder.span_of(open_row.row)
        for cell in by_role.values():
            if cell is not None:
                span = Span(min(span.start, cell.span.start), max(span.end, cell.span.end))
        task_id = f"{section.number}.{open_row.number}" if section.number else open_row.number
        seen[task_id] = seen.get(task_id, 0) + 1
        if seen[task_id] > 1:
            new_id = task_id + "'" * (seen[task_id] - 1)
            diagnostics.append(warning(Code.PLAN_DUPLICATE_TASK, f"task {task_id} appears twice; the second "
                                       f"is named {new_id}", span, task=task_id))
            task_id = new_id
        missing = [role for role in ("content", "product", "deadline", "assignment")
                   if role in builder.columns and by_role.get(role) is None]
        if missing and index == len(builder.task_rows) - 1:
            diagnostics.append(warning(Code.PLAN_TRUNCATED, f"the last row, {task_id}, has no "
                                       f"{', '.join(missing)}: the file seems cut in the middle of the table", span))
        elif "content" in missing:
            diagnostics.append(warning(Code.PLAN_UNREADABLE_ROW, f"row {task_id} has no task text", span))
        content = by_role.get("content") or make_cell(source.text, [(span.start, span.start)])
        line_task.update((line, task_id) for line in open_row.lines)
        tasks.append(Task(
            id=task_id, ref=TaskRef(source.doc_id, tuple(task_id.split("."))), section=section,
            number=open_row.number, content=content, product=by_role.get("product"),
            deadline_cell=by_role.get("deadline"), assignment_cell=by_role.get("assignment"), span=span,
            line=min(open_row.lines), end_line=max(open_row.lines)))
    uses = [LineUse(u.line, u.role, line_task.get(u.line)) for u in list(extra_uses) + builder.uses]
    diagnostics.extend(_numbering(builder.sections, tasks))
    return LayoutResult(tuple(builder.sections), tuple(tasks), tuple(sorted(uses, key=lambda u: u.line)),
                        tuple(diagnostics), region)


def _numbering(sections: Sequence[Section], tasks: Sequence[Task]) -> list[Diagnostic]:
    """``plan.numbering_gap`` where section numerals or row numbers skip or repeat."""
    notes = []
    previous = 0
    for section in sections:
        if section.inferred or not is_roman(section.number):
            continue
        value = roman_to_int(section.number)
        if previous and value != previous + 1:
            notes.append(warning(Code.PLAN_NUMBERING_GAP, f"section {section.number} follows section "
                                 f"{int_to_roman(previous)}", section.span))
        previous = value
    last: dict[str, int] = {}
    for task in tasks:
        if not task.number.isdigit():
            continue
        value = int(task.number)
        key = task.section.number
        if key in last and value != last[key] + 1:
            notes.append(warning(Code.PLAN_NUMBERING_GAP, f"row {task.number} follows row {last[key]} in section "
                                 f"{key or '(none)'}", task.span))
        elif key not in last and value != 1 and not task.section.inferred:
            notes.append(warning(Code.PLAN_NUMBERING_GAP, f"section {key or '(none)'} starts at row {value}",
                                 task.span))
        last[key] = value
    return notes
