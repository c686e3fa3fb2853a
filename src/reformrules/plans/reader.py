"""``read_plan``: a plan file (path, text, bytes or file object) to a ``Plan`` with every row accounted for.

What ``read_plan`` accepts, and how it tells a path from text:

- ``pathlib.Path`` (any ``os.PathLike``): read as bytes and decoded (``plans.decode``);
- ``str`` with a line break: the plan's text itself (a plan is never one line);
- ``str`` without a line break: a path; a missing file is a ``PlanReadError`` that says so;
- ``bytes``/``bytearray``: the file's content, decoded;
- a binary or text file object (anything with ``read()``): its content; its ``name`` names it.

The plan's header fixes the ``PlanContext`` (plan year, issue date, issuer). An explicit
``context=`` fills what the header lacks and wins where both speak (``plan.context_override``
says where they disagree). Every deadline cell is parsed with that context by
``reformrules.deadlines.parse_deadline``; its diagnostics are mapped from the cell back to the
file, so they render at the file's line and column.

Examples:
    >>> plan = read_plan("Số: 12/QĐ-UBND\\nNinh Hòa, ngày 21 tháng 01 năm 2022\\n"
    ...                  "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022\\nI. MỤC TIÊU\\nII. NHIỆM VỤ\\n"
    ...                  "1. Cải cách thể chế\\na) Ban hành quy chế trong Quý I/2022.\\n", doc_id="mini")
    >>> plan.number, plan.issued, plan.plan_year, [str(t) for t in plan.tasks]
    ('12/QĐ-UBND', datetime.date(2022, 1, 21), 2022, ['II.1.a Ban hành quy chế trong Quý I/2022.'])
    >>> str(plan.tasks[0].deadline)
    'within 2022Q1'
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import IO, Any, Sequence, Union

from ..context import PlanContext
from ..assignments import parse_assignment
from ..deadlines import find_deadlines, parse_deadline
from ..diagnostics import Code, Diagnostic, info, warning
from ..errors import PlanReadError
from ..refs import Dependency, TaskRef, find_cross_refs
from ..limits import check_size, read_plan_file, read_stream
from ..source import Source, Span
from ..targets import Target, parse_targets
from ..text.fold import fold
from ..text.prepared import Prepared, prepare
from . import body as body_module
from . import body_tasks
from .duties import link_reporting
from . import patterns
from .cells import folded_source
from .columns import column_role
from .decode import Decoded, check_text, decode_bytes
from .header import read_header
from ..document import Table, TableRow
from ..document.located import pieces_of
from ..document.text import read_text_document
from .layout_body import read_body_tasks
from .layouts import Detection, TaskTable, _numbered_rows, _title_line, detect
from .model import BodyDeadline, Cell, CellUse, LineRole, LineUse, Plan, PlanHeader, Section, Task
from .cell_uses import skipped_cells
from .table import LayoutResult, RawRow, build_layout_result
from .vocabulary import DEFAULT_COLUMNS, SEE_APPENDIX, SUMMARY_TITLE_WORDS, TASK_SECTION_WORD, TASK_SECTION_WORDS

PlanInput = Union[str, "os.PathLike[str]", bytes, bytearray, IO[bytes], IO[str]]


def _skipped_table(source: Source, table: Table, kind: str) -> tuple[Diagnostic, tuple[CellUse, ...]]:
    """The note and the cell records of a table that lists no tasks: not read for tasks, said so, and
    every cell accounted for."""
    note = info(Code.PLAN_SKIPPED_TABLE, f"a table that lists no tasks ({kind}) is not read for tasks", table.span)
    return note, skipped_cells(source, table)


def _load(source: Any, max_bytes: int | None = None) -> tuple[Decoded, str]:
    """The decoded text of any accepted input, and the name to report it under."""
    if isinstance(source, os.PathLike) or (isinstance(source, str) and "\n" not in source):
        path = Path(source)
        name = str(source)
        try:  # a regular file of at most max_bytes (a FIFO or /dev/zero is refused before it is opened)
            data = read_plan_file(path, max_bytes)
        except PlanReadError as exc:
            if exc.problem == "no such file" and not isinstance(source, os.PathLike):
                raise PlanReadError(name, "no such file (a str without a line break is read as a path; pass the "
                                          "plan's text with its line breaks, or bytes)") from None
            raise
        return decode_bytes(data, name), path.name
    if isinstance(source, str):
        check_size(source, "<text>", max_bytes)
        return check_text(source, "<text>"), "<text>"
    if isinstance(source, (bytes, bytearray, memoryview)):
        check_size(source, "<bytes>", max_bytes)
        return decode_bytes(bytes(source), "<bytes>"), "<bytes>"
    if hasattr(source, "read"):
        name = str(getattr(source, "name", "<stream>"))
        data = read_stream(source, name, max_bytes)
        if isinstance(data, (bytes, bytearray)):
            return decode_bytes(bytes(data), name), Path(name).name
        if isinstance(data, str):
            return check_text(data, name), Path(name).name
        raise TypeError(f"the file object's read() returned {type(data).__name__}, not bytes or str")
    raise TypeError(f"read_plan takes a path, the plan's text, bytes or a file object, not {type(source).__name__}")


def _context(header: PlanHeader, explicit: PlanContext | None, doc_id: str) -> tuple[PlanContext, list[Diagnostic]]:
    """The context from the header, with the caller's explicit values winning where given."""
    period = header.plan_period if header.plan_period and header.plan_period[0] is not None else None
    found = PlanContext(plan_year=header.plan_year, issued=header.issued, issuer=header.issuer, doc_id=doc_id,
                        period=period)
    if explicit is None:
        return found, []
    notes = []
    values = {}
    for name in ("plan_year", "issued", "issuer", "doc_id"):
        mine, theirs = getattr(found, name), getattr(explicit, name)
        if theirs is None:
            values[name] = mine
            continue
        values[name] = theirs
        if mine is not None and mine != theirs and name != "doc_id":
            notes.append(info(Code.PLAN_CONTEXT_OVERRIDE, f"the header says {name} = {mine}; the explicit "
                              f"context's {theirs} is used", None, field=name))
    return PlanContext(policy=explicit.policy, period=explicit.period or found.period, **values), notes


def _task_section(source: Source, sections: Sequence[Section], last_line: int) -> tuple[int, int] | None:
    """Lines of the body section that holds the tasks ("II. CÁC CHỈ TIÊU, NHIỆM VỤ CHỦ YẾU"); a
    section whose title says "nội dung" when none says "nhiệm vụ" ("III. NỘI DUNG CỦA KẾ HOẠCH")."""
    for word in TASK_SECTION_WORDS:
        for index, section in enumerate(sections):
            title = fold(section.title)
            if section.span is None or word not in title or (
                    word != TASK_SECTION_WORD and any(summary in title for summary in SUMMARY_TITLE_WORDS)):
                continue
            first = source.line_col(section.span.start)[0]
            end = (source.line_col(sections[index + 1].span.start)[0] - 1
                   if index + 1 < len(sections) and sections[index + 1].span else last_line)
            inner = folded_source(source)[source.offset(first, 1):source.line_end(end)]
            if patterns.BODY_NUMBERED.search(inner) or patterns.BODY_LETTERED.search(inner):
                return first, end
    return None


def _row_lines(source: Source, row: TableRow) -> tuple[int, ...]:
    """The lines a table row's cells take (an empty cell takes none)."""
    lines: set[int] = set()
    for cell in row.cells:
        for start, end in pieces_of(cell.text):
            if end > start:
                first, last = source.line_col(start)[0], source.line_col(end - 1)[0]
                lines.update(range(first, last + 1))
    return tuple(sorted(lines))


def _table_lines(source: Source, table: Table) -> tuple[int, int]:
    return source.line_col(table.span.start)[0], source.line_col(max(table.span.start, table.span.end - 1))[0]


def _raw_rows(source: Source, tables: Sequence[TaskTable]) -> tuple[list[RawRow], list[LineUse]]:
    """The rows of a group of task tables as raw rows, and their separator lines ("|", "|---|")."""
    rows: list[RawRow] = []
    uses: list[LineUse] = []
    for task_table in tables:
        taken: set[int] = set()
        for row in task_table.table.rows:
            lines = _row_lines(source, row)
            taken.update(lines)
            rows.append(RawRow(tuple(c.text for c in row.cells), lines))
        first, last = _table_lines(source, task_table.table)
        uses.extend(LineUse(n, LineRole.SEPARATOR) for n in range(first, last + 1)
                    if n not in taken and source.line_text(n).strip())
    return rows, uses


def _groups(tables: Sequence[TaskTable]) -> list[list[TaskTable]]:
    groups: list[list[TaskTable]] = []
    for table in tables:
        if table.continues and groups:
            groups[-1].append(table)
        else:
            groups.append([table])
    return groups


def _read_tables(source: Source, detection: Detection, last_line: int) -> LayoutResult:
    """Sections and tasks of every task table (an annex after the first gets ids "A2.…"), with every
    non-empty line from the appendix title to the last task table accounted for."""
    groups = _groups(detection.tables)
    sections: list[Section] = []
    tasks: list[Task] = []
    uses: list[LineUse] = []
    notes: list[Diagnostic] = []
    cells: list[CellUse] = []
    for index, group in enumerate(groups, start=1):
        rows, separators = _raw_rows(source, group)
        kind = "target" if group[0].kind == "indicators" else "task"
        result = build_layout_result(source, rows, None, separators, kind=kind)
        prefix = f"A{index}." if len(groups) > 1 else ""
        sections.extend(dataclasses.replace(s, number=prefix + s.number if s.number else prefix.rstrip("."))
                        for s in result.sections)
        for task in result.tasks:
            if prefix:
                task_id = prefix + task.id
                task = dataclasses.replace(task, id=task_id, ref=TaskRef(source.doc_id, tuple(task_id.split("."))))
            tasks.append(task)
        uses.extend(LineUse(u.line, u.role, prefix + u.task_id if u.task_id else None) for u in result.accounting)
        cells.extend(dataclasses.replace(c, task_id=prefix + c.task_id) if c.task_id and prefix else c
                     for c in result.cells)
        notes.extend(result.diagnostics)
    for table, kind in detection.skipped:
        note, skipped = _skipped_table(source, table, kind)
        notes.append(note)
        cells.extend(skipped)
    first = detection.title_line or detection.table_line or 1
    last = max(_table_lines(source, t.table)[1] for t in detection.tables)
    placed = {u.line for u in uses}
    titles = set()
    for group in groups:
        top = _table_lines(source, group[0].table)[0]
        title = _title_line(source, top)
        if title is not None:
            titles.update(range(title, top))
    uses.extend(LineUse(n, LineRole.TITLE if n in titles else LineRole.NOTE) for n in range(first, last + 1)
                if n not in placed and source.line_text(n).strip())
    return LayoutResult(tuple(sections), tuple(tasks), tuple(sorted(uses, key=lambda u: u.line)), tuple(notes),
                        (first, last), tuple(cells))


def _stray_title(source: Source, detection: Detection, last_line: int) -> tuple[Detection, Diagnostic | None]:
    """An appendix title with no table after it, in a plan whose body has numbered tasks (a stray
    "PHỤ LỤC" line): read the body, with a warning at that line, rather than no task at all."""
    if detection.layout != "unknown" or detection.tables or detection.title_line is None:
        return detection, None
    if _read_unknown(source, detection, last_line).tasks:
        return detection, None
    first = body_module.find_body_start(source, last_line)
    sections = body_module.body_sections(source, (first, last_line)) if first else ()
    if not first or _task_section(source, sections, last_line) is None:
        return detection, None
    line = detection.title_line
    note = warning(Code.PLAN_UNKNOWN_LAYOUT, f"line {line} reads as an appendix title, but no table follows it and "
                   "the body has numbered tasks: the tasks are read from the body",
                   Span(*source.line_span(line)), line=line)
    return dataclasses.replace(detection, layout="body_only", table_line=None, title_line=None), note


def _read_unknown(source: Source, detection: Detection, last_line: int) -> LayoutResult:
    """An appendix title but no task table: its numbered rows read in the usual column order, and a warning."""
    region = (detection.title_line or detection.table_line or 1, last_line)
    start = source.offset(region[0], 1)
    end = source.line_end(region[1])
    tables = [t for t, _ in detection.skipped if source.line_col(t.span.start)[0] >= region[0]
              and _numbered_rows(t)]
    result = None
    if tables:
        rows, separators = _raw_rows(source, [TaskTable(t, DEFAULT_COLUMNS, "tasks", False) for t in tables])
        result = build_layout_result(source, rows, region, separators)
    found = len(result.tasks) if result else 0
    extra: list[Diagnostic] = []
    note = warning(Code.PLAN_UNKNOWN_LAYOUT, "the appendix is in a layout the reader does not know"
                   + (f"; {found} rows read as best it could" if found else "; no row could be read"),
                   Span(start, end))
    uses = list(result.accounting) if result else []
    placed = {u.line for u in uses}
    uses.append(LineUse(region[0], LineRole.TITLE))
    unread = [n for n in range(region[0] + 1, region[1] + 1) if source.line_text(n).strip() and n not in placed]
    uses.extend(LineUse(n, LineRole.UNREAD) for n in unread)
    if found:  # lines left between the rows read
        extra.extend(warning(Code.PLAN_UNREADABLE_ROW, "row not read: a line of the appendix no table holds",
                             Span(*source.line_span(n)), line=n)
                     for n in unread)
    cells = list(result.cells) if result else []
    for table, kind in detection.skipped:  # the tables not read: in the body, or in the appendix no row could be read
        if all(table is not t for t in tables):
            note, skipped = _skipped_table(source, table, kind)
            extra.append(note)
            cells.extend(skipped)
    return LayoutResult(result.sections if result else (), result.tasks if result else (),
                        tuple(sorted(uses, key=lambda u: u.line)),
                        (note, *(result.diagnostics if result else ()), *extra), region, tuple(cells))


def _parse_cells(tasks: Sequence[Task], ctx: PlanContext, *, assignments: bool = True,
                 targets: bool = True) -> list[Task]:
    """Each task with its deadline, assignment and product cells parsed. Every parser takes the cell
    prepared once (``text.prepared.prepare`` of the ``Located`` cell: its NFC text, fold and tokens are
    made once for the three parsers), so values and diagnostics come back in file coordinates."""
    out = []
    prepared: dict[int, tuple[Cell, Prepared]] = {}  # id of a cell -> (the cell, kept alive; its prepared form)

    def once(cell: Cell) -> Prepared:
        """The cell prepared once (NFC, fold, tokens) for every parser that reads it, across tasks too
        (a sub-row shares the cells it takes from the row above)."""
        held = prepared.get(id(cell))
        if held is None:
            held = prepared[id(cell)] = (cell, prepare(cell))
        return held[1]

    for task in tasks:
        updates: dict[str, Any] = {}
        notes: list[Diagnostic] = []
        cell = task.deadline_cell
        if cell is not None:
            updates["deadline"] = parse_deadline(once(cell), ctx)
            notes.extend(_anchored(updates["deadline"].diagnostics, cell))
        inline = tuple(d for cell in (task.content, task.product, task.assignment_cell) if cell is not None
                       for d in find_deadlines(once(cell), ctx))
        if inline:
            updates["inline_deadlines"] = inline
        cell = task.assignment_cell
        if assignments and cell is not None and cell.text.strip():
            updates["assignment"] = parse_assignment(once(cell), ctx)
            notes.extend(_anchored(updates["assignment"].diagnostics, cell))
        goal_cells = [task.product] + ([task.content] if task.kind == "target" else [])
        if targets and any(c is not None for c in goal_cells):
            unit = _unit_column(task)  # "| % | ≥ 80 |": the result cell's unit is its own column
            found = tuple(_target_anchored(t, cell) for cell in goal_cells if cell is not None
                          for t in parse_targets(once(cell), ctx, id_prefix=task.id,
                                                 unit=unit if cell is task.product else None))
            if task.kind == "target" and task.product is not None:
                found = tuple(dataclasses.replace(t, id=f"{task.id}:{n}") for n, t in enumerate(found, start=1))
            updates["targets"] = found
            notes.extend(d for t in found for d in t.diagnostics)
        out.append(dataclasses.replace(task, diagnostics=task.diagnostics + tuple(notes), **updates)
                   if updates else task)
    return out


def _unit_column(task: Task) -> str | None:
    """The text of an indicator row's unit column ("ĐVT", "Đơn vị"), or None."""
    if task.kind != "target":
        return None
    return next((cell.text for header, cell in task.other_cells if column_role(header) == "unit"), None)


def _anchored(diagnostics: Sequence[Diagnostic], cell: Cell) -> tuple[Diagnostic, ...]:
    """Diagnostics of a parsed cell (already in file coordinates); one without a span gets the cell's."""
    return tuple(d if d.span is not None else dataclasses.replace(d, span=cell.span) for d in diagnostics)


def _target_anchored(target: Target, cell: Cell) -> Target:
    """A target of a cell, located in the file (one without a span gets the cell's)."""
    return dataclasses.replace(
        target, span=target.span if target.span is not None else cell.span,
        diagnostics=_anchored(target.diagnostics, cell),
        alternatives=tuple(_target_anchored(alt, cell) for alt in target.alternatives))


def _body_targets(cells: Sequence[Cell], source: Source, ctx: PlanContext) -> tuple[Target, ...]:
    """Targets of the body's sentences, with ids "body@<line>:<n>" ("body@<line>.<k>:<n>" for the
    k-th sentence of a line holding several)."""
    found: list[Target] = []
    seen: dict[int, int] = {}
    for cell in cells:
        line = source.line_col(cell.span.start)[0]
        seen[line] = seen.get(line, 0) + 1
        prefix = f"body@{line}" if seen[line] == 1 else f"body@{line}.{seen[line]}"
        found.extend(_target_anchored(t, cell) for t in parse_targets(cell, ctx, id_prefix=prefix))
    return tuple(found)


def _dependencies(tasks: Sequence[Task]) -> tuple[list[Dependency], list[Diagnostic]]:
    """Cross-references between rows ("(Mục V.2)") and the events deadlines wait on."""
    ids = {task.ref.path for task in tasks}
    edges: list[Dependency] = []
    notes: list[Diagnostic] = []
    for task in tasks:
        for cell in (task.content, task.product, task.deadline_cell, task.assignment_cell):
            if cell is None:
                continue
            for ref in find_cross_refs(cell.text):
                span = cell.to_source(ref.span)
                if ref.path == task.ref.path:
                    continue
                if ref.path not in ids:
                    notes.append(warning(Code.DEPENDENCY_DANGLING_REF, f"task {task.id} refers to "
                                         f"{'.'.join(ref.path)}, which the plan does not have", span,
                                         task=task.id, ref=".".join(ref.path)))
                    continue
                edges.append(Dependency(task.ref, TaskRef(task.ref.doc_id, ref.path), "see", span))
        if task.deadline is not None and task.deadline_cell is not None:
            for condition in task.deadline.conditions:
                if condition.kind == "event":
                    span = condition.span or task.deadline_cell.span  # file coordinates
                    edges.append(Dependency(task.ref, condition.text, "after", span))
    notes.extend(_cycles(edges))
    return edges, notes


def _cycles(edges: Sequence[Dependency]) -> list[Diagnostic]:
    """``dependency.cycle`` for every cycle among task-to-task edges (reported once per cycle)."""
    graph: dict[TaskRef, list[Dependency]] = {}
    for edge in edges:
        if isinstance(edge.on, TaskRef):
            graph.setdefault(edge.task, []).append(edge)
    notes, reported = [], set()
    for start in graph:
        stack = [(start, [start], None)]
        while stack:
            node, path, via = stack.pop()
            for edge in graph.get(node, ()):
                if edge.on == start:
                    cycle = frozenset(path)
                    if cycle not in reported:
                        reported.add(cycle)
                        names = " -> ".join(r.id for r in [*path, start])
                        notes.append(warning(Code.DEPENDENCY_CYCLE, f"tasks depend on each other in a cycle: "
                                             f"{names}", edge.span))
                elif edge.on not in path:
                    stack.append((edge.on, [*path, edge.on], edge))
    return notes


def _appendix_mention(source: Source, body_span: Span) -> Span | None:
    folded = folded_source(source)
    at = folded.find(SEE_APPENDIX, body_span.start, body_span.end)
    return Span(at, at + len(SEE_APPENDIX)) if at >= 0 else None


def read_plan(source: PlanInput, *, context: PlanContext | None = None, doc_id: str | None = None,
              assignments: bool = True, targets: bool = True, max_bytes: int | None = None) -> Plan:
    """Read a whole plan: header, body and tasks, with diagnostics instead of silent guesses.

    Raises ``PlanReadError`` (naming the file and the problem) for input that is not a plan's
    text at all: an empty or binary file, an HTML page, undecodable bytes, a missing file.
    Anything else comes back as a ``Plan`` whose ``diagnostics`` say what looked wrong.
    ``TypeError`` for an argument of the wrong type. ``assignments=False`` or ``targets=False``
    skips parsing those cells (``Task.assignment`` stays None, ``Task.targets`` empty).
    A path that is not a regular file (a FIFO, a device) or input over ``max_bytes`` (default
    ``reformrules.limits.MAX_PLAN_BYTES``, 16 MiB) is a ``PlanReadError`` (docs/limits.md).
    """
    if context is not None and not isinstance(context, PlanContext):
        raise TypeError(f"context must be a PlanContext or None, not {type(context).__name__}")
    decoded, name = _load(source, max_bytes)
    doc_id = doc_id or (context.doc_id if context and context.doc_id else None) or name
    src = decoded.source(doc_id)
    # a .docx/.html/.pdf comes as a Document already (reformrules.formats); a text file is read into one
    document = (dataclasses.replace(decoded.document, source=src) if decoded.document is not None
                else read_text_document(src))
    header = read_header(src, document)
    ctx, context_notes = _context(header, context, doc_id)
    last_line = len(src.lines)
    while last_line > 1 and not src.line_text(last_line).strip():
        last_line -= 1

    detection: Detection = detect(document)
    detection, stray = _stray_title(src, detection, last_line)
    appendix_first = detection.title_line or detection.table_line
    body_first = body_module.find_body_start(src, (appendix_first or last_line + 1) - 1)
    body_last = (appendix_first - 1) if appendix_first else last_line
    body_region = (body_first, body_last) if body_first and body_first <= body_last else None
    sections = body_module.body_sections(src, body_region) if body_region else ()
    layout_notes: list[Diagnostic] = [stray] if stray is not None else []

    if detection.layout == "body_only":
        region = _task_section(src, sections, body_last)
        body_span = Span(src.offset(body_region[0], 1), src.offset(body_last, 1)) if body_region else Span(0, 0)
        mention = _appendix_mention(src, body_span) if body_region else None
        if region is None:
            layout_notes.append(warning(Code.PLAN_NO_APPENDIX, "no appendix table and no numbered task section "
                                        "in the body: the plan yields no tasks", mention))
            result = LayoutResult((), (), (), (), None)
        else:
            result = read_body_tasks(src, region, ())
            layout_notes.append(info(Code.PLAN_NO_APPENDIX, f"no appendix table; tasks are read from the body's "
                                     f"section {result.sections[0].number.split('.')[0] if result.sections else ''}"
                                     .rstrip(), None))
            if mention is not None:
                layout_notes.append(warning(Code.PLAN_NO_APPENDIX, "the body refers to an appendix that is not "
                                            "in the file; its rows are missing", mention))
        skipped = [_skipped_table(src, table, kind) for table, kind in detection.skipped]
        layout_notes.extend(note for note, _ in skipped)
        result = dataclasses.replace(result, cells=tuple(c for _, cells in skipped for c in cells))
    elif detection.layout == "unknown":
        result = _read_unknown(src, detection, last_line)
    else:
        result = _read_tables(src, detection, last_line)

    tasks = _parse_cells(result.tasks, ctx, assignments=assignments, targets=targets)
    found: tuple[BodyDeadline, ...] = ()
    paras: tuple = ()
    if body_region is not None:
        paras = body_module.paragraphs(src, body_region)
        found = body_module.body_deadlines(src, paras, sections, ctx)
    if detection.layout == "body_only":
        tasks = [dataclasses.replace(t, deadline=body_tasks.item_deadline(src, t.span, found)) for t in tasks]
    body_task_notes: list[Diagnostic] = []
    body_accounting: tuple = ()
    if body_region is not None:  # the body's own tasks: labelled items, agency sections, duties
        outlined = body_tasks.body_outline(src, body_region, document.blocks)  # once, for both
        tasks, body_task_notes = body_tasks.add_body_tasks(src, body_region, ctx, tasks, blocks=document.blocks,
                                                           assignments=assignments, outlined=outlined)
        body_accounting = body_tasks.account_body(src, body_region, tasks, document.blocks, outlined=outlined)
    edges, dependency_notes = _dependencies(tasks)
    body_notes = body_task_notes + [dataclasses.replace(d, span=d.span.shift(bd.span.start - bd.deadline.span.start)
                                      if d.span is not None and bd.deadline.span is not None else bd.span)
                  for bd in found for d in bd.deadline.diagnostics]
    reporting = body_module.reporting_rules(src, paras, ctx)
    reporting = link_reporting(reporting, tasks, src, ctx)  # reporters, recipients, "qua …", their tasks
    target_cells = body_module.target_sentences(src, paras)
    body_targets = _body_targets(target_cells, src, ctx) if targets else ()
    task_targets = tuple(t for task in tasks for t in task.targets)
    diagnostics = (list(decoded.diagnostics) + list(header.diagnostics) + context_notes + layout_notes
                   + list(result.diagnostics) + [d for t in tasks for d in t.diagnostics] + dependency_notes
                   + body_notes + list(body_module.cutoff_notes(reporting))
                   + [d for t in body_targets for d in t.diagnostics])
    diagnostics.sort(key=lambda d: -1 if d.span is None else d.span.start)
    return Plan(
        source=src, header=header, context=ctx, layout=detection.layout, sections=result.sections,
        tasks=tuple(tasks), dependencies=tuple(edges), body_sections=tuple(sections), body_deadlines=found,
        body_targets_text=target_cells, targets=body_targets + task_targets,
        reporting=reporting, accounting=result.accounting,
        appendix_lines=result.region, body_accounting=body_accounting, diagnostics=tuple(diagnostics),
        cells=result.cells)
