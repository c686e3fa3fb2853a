"""The tables of a text export, each layout detected from the text (never from the file name).

Every finder takes the lines of a ``Source`` (and the lines already taken by another table) and
returns ``FoundTable`` values: the table, the lines it covers and the lines that only hold
separators. Rows are the rows as the file writes them; joining a row continued after a page
break, or giving an unnumbered sub-row the cells of the row above, is the plan reader's work.

- ``lone_pipe`` (seed 000, most corpus plans): each cell on one or more lines, ended by a line
  holding a lone ``|``. The scraper of the corpus also opens every row with a ``|``, so a row
  boundary and an empty cell are both two ``|`` lines in a row: the header row's column count
  tells them apart (a row that already has all its cells ends there; a shorter one ends when the
  next cell starts a row: a row number that goes on from the last one, a section numeral, the
  header's "TT"). Seed 000 writes no row boundary at all: a row starts at each such marker.
- ``markdown_pipe``: ``| a | b |`` lines, with or without a ``|---|`` rule, also when a row is
  broken over several lines or a stray ``|`` line sits between rows.
- ``tsv`` (seeds 001, 004): one row per line, cells separated by tabs.
- ``tab_cells`` (seed 003): one cell per line behind a tab, rows separated by blank lines; a
  line without the tab goes on with the cell above.

Examples:
    >>> from reformrules.source import Source
    >>> src = Source("t", "|\\n**TT**\\n|\\nNhiệm vụ\\n|\\n|\\n1\\n|\\nViệc A\\n|\\n|\\n2\\n|\\n|\\n")
    >>> [[c.text.text for c in row] for row in find_lone_pipe(src, set())[0].table.rows]
    [['TT', 'Nhiệm vụ'], ['1', 'Việc A'], ['2', '']]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from ..refs import is_roman
from ..source import Source, Span
from ..text.fold import fold
from .located import MARKUP, clean_pieces, located
from .model import Address, Located, Table, TableCell, TableRow

# A run of more non-empty lines than this between two "|" lines is running text, not a cell
# (the longest cell of the corpus has 19 lines; a decision's articles between the letterhead and
# the signature have 30).
MAX_CELL_LINES = 25
_NUMBER_WORDS = frozenset({"tt", "stt", "số tt", "số thứ tự"})  # "TT", "STT": the number column
_NUMBER_INITIALS = frozenset("sStT")  # how those words can start
_TITLE_INITIALS = frozenset("pP<[")  # how an appendix title ("PHỤ LỤC") can start, markup aside
_LEAD_MARKUP = re.compile(r"[\s*_]*")
_ROW_NUMBER = re.compile(r"\d+(?:\.\d+)*\.?")
_LETTER = re.compile(r"[a-zđA-ZĐ][.)]")
_SUB_GROUP = re.compile(r"(?:[IVXLC]{1,6}|[A-ZĐ])(?:\.\d{1,3})+\.?")  # "I.1": a group under group I
_SENTENCE_END = re.compile(r"(?:[.:;!?…]|\./\.)[\s*_)\]]*$")
_MD_RULE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*")
_TAB_CELL = re.compile(r"[ \u00a0]*\t[^\t]*\S[^\t]*")
_TAB_LEAD = re.compile(r"[ \u00a0]*\t")
_MIN_TAB_CELL_LINES = 8
_MAX_MARKER_TEXT = 48  # a row marker ("STT", "1.2.", "II") with its markup and spaces is never longer


@dataclass
class FoundTable:
    """A table found in the text: its layout, its lines (1-based, inclusive), its rows (each cell its
    source ranges and first line), its separator lines.

    ``table`` is built on first use with ``number`` in every address (the document numbers its
    tables in reading order once every finder has run, so each cell is built once, numbered).
    """

    layout: str
    first: int
    last: int
    rows: list[list[tuple[list[tuple[int, int]], int]]] = field(repr=False)
    source: Source = field(repr=False)
    separators: set[int] = field(default_factory=set)
    number: int = 0
    _table: Table | None = field(default=None, init=False, repr=False)

    @property
    def table(self) -> Table:
        if self._table is None:
            self._table = _table(self.source, self.rows, self.number, self.layout)
        return self._table


def plain(text: str) -> str:
    """A cell's text folded for matching: markup removed, spaces collapsed.

    Examples:
        >>> plain("**Cơ quan chủ\\ntrì**[1]")
        'cơ quan chủ trì'
    """
    return " ".join(fold(MARKUP.sub(" ", text)).split())


def is_header_start(text: str) -> bool:
    """A cell that opens a header row: "TT", "STT"."""
    if len(text) > _MAX_MARKER_TEXT or text.lstrip(" \t*_")[:1] not in _NUMBER_INITIALS:
        return False
    return plain(text) in _NUMBER_WORDS


def marker_kind(text: str) -> str | None:
    """"number", "roman", "letter" or "header" when a cell is only a row marker, else None.

    Examples:
        >>> [marker_kind(t) for t in ("12", "1.2.", "**II**", "I.2", "A.", "STT", "2025 - 2030", "Sở")]
        ['number', 'number', 'roman', 'roman', 'letter', 'header', None, None]
    """
    if len(text) > _MAX_MARKER_TEXT:  # 12 characters of marker and its markup, never more
        return None
    cell = MARKUP.sub("", text).strip()
    if not cell or len(cell) > 12:
        return None
    if plain(cell) in _NUMBER_WORDS:
        return "header"
    if _ROW_NUMBER.fullmatch(cell):
        return "number"
    if (is_roman(cell.rstrip(".").upper()) and cell.rstrip(".").isupper()) or _SUB_GROUP.fullmatch(cell):
        return "roman"
    if _LETTER.fullmatch(cell):
        return "letter"
    return None


def _cell(source: Source, ranges: Sequence[tuple[int, int]], line: int, table: int, row: int, column: int) -> Located:
    return located(source.text, clean_pieces(source.text, ranges),
                   address=Address(line=line, table=table, row=row + 1, column=column + 1))


def _table(source: Source, rows: list[list[tuple[list[tuple[int, int]], int]]], number: int,
           layout: str) -> Table:
    """A ``Table`` from rows of cells, each cell its source ranges and first line."""
    built = []
    for r, cells in enumerate(rows):
        made = tuple(TableCell(_cell(source, ranges, line, number, r, c), r, c) for c, (ranges, line) in enumerate(cells))
        starts = [rg[0][0] for rg, _ in cells if rg] or [0]
        ends = [rg[-1][1] for rg, _ in cells if rg] or [0]
        first_line = cells[0][1] if cells else None
        built.append(TableRow(made, Span(min(starts), max(ends)), Address(line=first_line, table=number, row=r + 1)))
    span = Span(min(r.span.start for r in built), max(r.span.end for r in built)) if built else Span(0, 0)
    return Table(tuple(built), span, Address(line=rows[0][0][1] if rows and rows[0] else None, table=number),
                 layout=layout)


# --- lone "|" ---------------------------------------------------------------------------------


@dataclass
class _Run:
    """Lines between two "|" lines (possibly none)."""

    lines: list[int]
    content: list[int]  # its non-blank lines
    after: int = 0  # the "|" line before it (0 at the top of the file)

    @property
    def empty(self) -> bool:
        return not self.content


def _runs(source: Source, taken: set[int]) -> tuple[list[_Run], list[int]]:
    """The text runs of the file and the "|" lines between them (runs[i] comes before seps[i])."""
    runs: list[_Run] = [_Run([], [])]
    seps: list[int] = []
    lines = source.lines
    for n in range(1, len(lines) + 1):
        line = lines[n - 1]
        if n in taken:
            if runs[-1].lines or (seps and seps[-1] != -1):
                runs.append(_Run([], []))
                seps.append(-1)  # another table: a hard break
            continue
        if line.strip() == "|":
            seps.append(n)
            runs.append(_Run([], [], n))
        else:
            runs[-1].lines.append(n)
            if line.strip():
                runs[-1].content.append(n)
    return runs, seps


def _is_body(source: Source, run: _Run) -> bool:
    """Running text, never a cell: too long, or an appendix title ("PHỤ LỤC")."""
    if len(run.content) > MAX_CELL_LINES:
        return True
    lines = source.lines
    for n in run.content:  # the first line with text, markup aside
        line = lines[n - 1]
        head = line[_LEAD_MARKUP.match(line).end():][:1]
        if not head:
            continue
        if head not in _TITLE_INITIALS:  # cheap: it cannot read "phụ lục"
            return False
        first = plain(line)
        if first:
            return first.startswith("phụ lục")
    return False


def _trailing_cell(source: Source, run: _Run, at_start: bool) -> list[int]:
    """The last lines of a text run that are the first cell of a table written without row openers
    (seed 000): the whole run at the top of the file, the header's "TT", else the lines after the
    last one that ends a sentence (at most six)."""
    if not run.content:
        return []
    last = run.content[-1]
    if is_header_start(source.line_text(last)):
        return [last]
    if at_start:
        return list(run.content) if len(run.content) <= MAX_CELL_LINES else []
    tail: list[int] = []
    for n in reversed(run.content):
        if _SENTENCE_END.search(source.line_text(n)):
            break
        tail.insert(0, n)
    return tail if len(tail) <= 6 else []


class _LonePipe:
    """Splits the "|" runs of a file into tables (rows and cells) and running text."""

    def __init__(self, source: Source, boundaries: bool):
        self.source = source
        self.boundaries = boundaries  # the corpus form: every row opened by a "|"
        self.tables: list[FoundTable] = []

    def build(self, chunks: list[tuple[_Run, int]], first_line: int) -> None:
        """Rows from the chunks of one stretch (each a run and the "|" line that ends it)."""
        rows: list[list[_Run]] = []
        row: list[_Run] = []
        width: int | None = None
        last_number: int | None = None
        start = first_line
        i = 0

        def flush_table(end_sep: int) -> None:
            nonlocal rows, row, width
            if row:
                rows.append(row)
            if rows:
                self.emit(rows, start, end_sep)
            rows, row, width = [], [], None

        while i < len(chunks):
            run, sep = chunks[i]
            text = "\n".join(self.source.line_text(n) for n in run.content)
            kind = marker_kind(text) if not run.empty else None
            if kind == "header" and (row or rows):
                previous_empty = i > 0 and chunks[i - 1][0].empty
                end = chunks[i - 1][1] if i else sep
                if self.boundaries and not previous_empty and row:
                    row.pop()  # the text before the header's opening "|" is not a cell
                    end = chunks[i - 2][1] if i >= 2 else first_line
                flush_table(end)
                start = chunks[i - 1][1] if self.boundaries and i else run.content[0]
            if run.empty:
                if not row:
                    if rows or not self.boundaries:
                        row.append(run)
                elif width is None:
                    if self.boundaries:
                        rows.append(row)
                        width, row = len(row), []
                    else:
                        row.append(run)
                elif self.boundaries:
                    m = 0
                    while i + m < len(chunks) and chunks[i + m][0].empty:
                        m += 1
                    cells, boundary = self._empties(row, width, chunks, i, m, last_number)
                    row.extend(chunks[i + k][0] for k in range(cells))
                    if boundary:
                        rows.append(row)
                        row = [chunks[i + k][0] for k in range(cells + 1, m)]  # the next row's empty cells
                    i += m
                    continue
                else:
                    row.append(run)
                i += 1
                continue
            if kind == "number":
                value = int(MARKUP.sub("", text).strip().rstrip(".").split(".")[-1])
            if not self.boundaries and row and kind in ("number", "roman", "letter", "header") \
                    and (kind != "number" or self._continues(text, last_number)):
                rows.append(row)
                if width is None:
                    width = len(row)
                row = []
            elif self.boundaries and width is not None and row and len(row) >= width \
                    and not chunks[i - 1][0].empty:
                flush_table(chunks[i - 1][1])  # the row is full and no "|" opens another: running text
                start = sep
                i += 1
                continue
            if kind == "number" and not row:
                last_number = value
            row.append(run)
            i += 1
        flush_table(chunks[-1][1] if chunks else first_line)

    def _empties(self, row: list[_Run], width: int, chunks: list[tuple[_Run, int]], i: int, m: int,
                 last: int | None) -> tuple[int, bool]:
        """For ``m`` empty chunks from ``i`` (two "|" lines in a row, ``m`` times) after a row of the
        corpus form: how many are empty cells of this row, and whether the row ends there.

        The row ends at the last of them when the next cell starts a row (a number that goes on,
        a numeral, "TT"); at the one before when text follows (the next row's number cell is then
        empty); a full row ends at the first."""
        if len(row) >= width:
            return 0, True
        room = width - len(row)
        after = i + m
        if after >= len(chunks):
            return min(m, room), m > room
        if self._starts_row(chunks, after, last):
            cells = m - 1
        elif m >= 2:
            cells = m - 2
        elif self._sub_row_ends(row, chunks, after):
            return 0, True
        else:
            return min(1, room), False
        return min(cells, room), True

    def _sub_row_ends(self, row: list[_Run], chunks: list[tuple[_Run, int]], i: int) -> bool:
        """A short row that does not open with a number (a sub-row under merged cells) ends at two "|"
        lines when text follows: sub-rows do not leave a cell empty in their middle; a group row
        (a numeral and its title) ends there too."""
        if not row or row[0].empty or i >= len(chunks):
            return False
        kind = marker_kind("\n".join(self.source.line_text(n) for n in row[0].content))
        if kind in ("roman", "letter") and len(row) >= 2:
            return True  # a group row ("D. | BỘ KHOA HỌC VÀ CÔNG NGHỆ") is short
        return not chunks[i][0].empty and kind is None

    def short_last_row(self, chunks: list[tuple[_Run, int]]) -> bool:
        """Whether the last row of chunks read without row openers lacks cells: the cells since the last
        row marker are fewer than those of the first row."""
        starts = [k for k, (run, _) in enumerate(chunks) if run.content and marker_kind(
            "\n".join(self.source.line_text(n) for n in run.content)) is not None]
        if len(starts) < 2:
            return False
        width = starts[1] - starts[0]
        return len(chunks) - starts[-1] < width

    def _continues(self, text: str, last: int | None) -> bool:
        value = MARKUP.sub("", text).strip().rstrip(".").split(".")
        if len(value) > 1:
            return True
        number = int(value[0])
        return last is None or number in (last + 1, 1) or number == last

    def _starts_row(self, chunks: list[tuple[_Run, int]], i: int, last: int | None) -> bool:
        if i >= len(chunks):
            return False
        run = chunks[i][0]
        if run.empty:
            return False
        text = "\n".join(self.source.line_text(n) for n in run.content)
        kind = marker_kind(text)
        if kind == "number":
            return self._continues(text, last)
        return kind is not None

    def emit(self, rows: list[list[_Run]], first: int, last_sep: int) -> None:
        first = max(first, 1)  # 0: the stretch opens at the top of the file, before any "|" line
        cells_rows = []
        for row in rows:
            cells = []
            for run in row:
                if run.content:
                    cells.append(([self.source.line_span(n) for n in run.content], run.content[0]))
                else:
                    line = run.lines[0] if run.lines else max(run.after, 1)
                    anchor = self.source.offset(line, 1) + (len(self.source.line_text(line)) if not run.lines else 0)
                    cells.append(([(anchor, anchor)], line))
            cells_rows.append(cells)
        # keep only rows with some text; a table of one empty row is no table
        if not any(self.source.line_text(n).strip() for row in rows for run in row for n in run.content):
            return
        last = max([last_sep] + [n for row in rows for run in row for n in run.content])
        found = FoundTable("lone_pipe", first, last, cells_rows, self.source)
        found.separators = {n for n in range(first, last + 1) if self.source.line_text(n).strip() == "|"}
        self.tables.append(found)


def _opens_rows(source: Source, runs: list[_Run], seps: list[int]) -> bool:
    """Whether the file opens every row with a "|" (the corpus's scraper): its header cell "TT" comes
    right after a "|" line. Without a header, two "|" lines in a row say the same."""
    lines = source.lines
    heads = [(k, n) for k, run in enumerate(runs) for n in run.content if is_header_start(lines[n - 1])]
    if heads:
        return any(k > 0 and seps[k - 1] > 0 and n == runs[k].content[0] for k, n in heads)
    return any(a > 0 and b > 0 and not runs[k + 1].content for k, (a, b) in enumerate(zip(seps, seps[1:])))


def _leading_cell(source: Source, run: _Run) -> list[int]:
    """The first lines of the text after a table written without row openers, when they are its last
    cell (the file lacks the "|" after it): up to a blank line or the end of the file, six lines at most."""
    lines = []
    for n in run.lines:
        if not source.line_text(n).strip():
            break
        lines.append(n)
    ends = not lines or lines[-1] == run.lines[-1] or not source.line_text(lines[-1] + 1).strip()
    return lines if 0 < len(lines) <= 6 and ends and lines[0] == run.lines[0] else []


def find_lone_pipe(source: Source, taken: set[int]) -> list[FoundTable]:
    """Tables of cells separated by lines holding a lone "|"."""
    runs, seps = _runs(source, taken)
    if not [s for s in seps if s > 0]:
        return []
    boundaries = _opens_rows(source, runs, seps)
    reader = _LonePipe(source, boundaries)
    # stretches: chunks between running text (a run that is no cell)
    chunks: list[tuple[_Run, int]] = []
    first_line = 0
    for index, sep in enumerate(seps):
        run = runs[index]
        if sep < 0 or index == 0 or _is_body(source, run):
            if chunks and not boundaries and sep > 0:
                tail = _leading_cell(source, run)
                if tail and reader.short_last_row(chunks):
                    chunks.append((_Run(tail, tail), tail[-1]))
            if chunks:
                reader.build(chunks, first_line)
            chunks = []
            if sep < 0:
                continue
            lead = [] if boundaries else _trailing_cell(source, run, index == 0)
            if lead:
                chunks.append((_Run(lead, lead), sep))
                first_line = lead[0]
            else:
                first_line = sep
            continue
        chunks.append((run, sep))
    if chunks and not boundaries:
        tail = _leading_cell(source, runs[-1])
        if tail and reader.short_last_row(chunks):
            chunks.append((_Run(tail, tail), tail[-1]))
    if chunks:
        reader.build(chunks, first_line)
    return reader.tables


# --- Markdown pipe tables ---------------------------------------------------------------------


def _md_line(line: str) -> bool:
    return line.lstrip().startswith("|") and line.count("|") >= 2


def _md_cells(source: Source, n: int) -> tuple[list[tuple[int, int]], bool, bool]:
    """The cell ranges of a "| a | b" line, whether it opened with "|" and whether it ended with one."""
    line = source.line_text(n)
    start = source.offset(n, 1)
    stripped = line.rstrip()
    opened = line.lstrip().startswith("|")
    closed = stripped.endswith("|")
    ranges, cursor = [], start
    for part in line.split("|"):
        ranges.append((cursor, cursor + len(part)))
        cursor += len(part) + 1
    if opened:
        ranges = ranges[1:]
    while ranges and not source.text[ranges[-1][0]:ranges[-1][1]].strip():
        ranges.pop()
    return ranges, opened, closed


def find_markdown_pipe(source: Source, taken: set[int]) -> list[FoundTable]:
    """Markdown pipe tables, also badly formed ones (rows broken over lines, stray "|" lines)."""
    lines = source.lines
    count = len(lines)
    found: list[FoundTable] = []
    n = 1
    while n <= count:
        if "|" not in lines[n - 1] or n in taken or not _md_line(lines[n - 1]) or lines[n - 1].count("|") < 3:
            n += 1
            continue
        first = n
        rows: list[list[tuple[list[tuple[int, int]], int]]] = []
        current: list[tuple[list[tuple[int, int]], int]] = []
        width: int | None = None
        separators: set[int] = set()
        last = n
        ended_with_pipe = True
        while n <= count and n not in taken:
            line = source.line_text(n)
            stripped = line.strip()
            if not stripped:
                break
            if _MD_RULE.fullmatch(line) or set(stripped) <= {"|", " "}:
                separators.add(n)
                if current:
                    rows.append(current)
                    current = []
                last, n = n, n + 1
                ended_with_pipe = True
                continue
            ranges, opened, closed = _md_cells(source, n)
            if not opened and current and not ended_with_pipe:
                cell_ranges, cell_line = current[-1]
                current[-1] = (cell_ranges + [ranges[0]], cell_line)
                ranges = ranges[1:]
            elif not opened and not current:
                break
            current.extend(([r], n) for r in ranges)
            ended_with_pipe = closed
            texts = [source.text[c[0][0][0]:c[0][0][1]].strip() for c in current]
            nonempty = [t for t in texts if t]
            group = closed and len(nonempty) == 1 and marker_kind(nonempty[0].split()[0]) in ("roman", "letter")
            unnumbered = bool(texts and texts[0]) and marker_kind(texts[0]) is None
            if width is None:
                rows.append(current)
                width, current = len(current), []
            elif group or len(current) >= width or (len(current) >= width - 1 and (closed or unnumbered)):
                rows.append(current)
                current = []
            last, n = n, n + 1
        if current:
            rows.append(current)
        if len(rows) >= 2:
            found.append(FoundTable("markdown_pipe", first, last, rows, source, separators))
        n = last + 1
    return found


# --- tab-separated rows -----------------------------------------------------------------------


def _tsv_line(line: str) -> bool:
    return line.count("\t") >= 3 and not _TAB_CELL.fullmatch(line)


def find_tsv(source: Source, taken: set[int], gap: int = 3) -> list[FoundTable]:
    """Tab-separated rows, one per line; lines between rows (up to ``gap``) stay rows of the table."""
    text_lines = source.lines
    count = len(text_lines)
    lines = [n for n in range(1, count + 1) if "\t" in text_lines[n - 1] and n not in taken
             and _tsv_line(text_lines[n - 1])]
    if not lines:
        return []
    groups: list[list[int]] = [[lines[0]]]
    for n in lines[1:]:
        between = [m for m in range(groups[-1][-1] + 1, n) if source.line_text(m).strip()]
        if len(between) > gap or any(m in taken for m in range(groups[-1][-1] + 1, n)):
            groups.append([n])
        else:
            groups[-1].append(n)
    for group in groups:  # a row cut at the end of the file still has a tab after its number
        after = group[-1] + 1
        if after <= count and after not in taken and "\t" in source.line_text(after):
            group.append(after)
    found = []
    for group in groups:
        if len(group) < 2 and not marker_kind(source.line_text(group[0]).split("\t")[0]):
            continue
        rows = []
        for n in range(group[0], group[-1] + 1):
            if not source.line_text(n).strip():
                continue
            cursor = source.offset(n, 1)
            cells = []
            for part in source.line_text(n).split("\t"):
                cells.append(([(cursor, cursor + len(part))], n))
                cursor += len(part) + 1
            rows.append(cells)
        found.append(FoundTable("tsv", group[0], group[-1], rows, source))
    return found


def find_tab_cells(source: Source, taken: set[int]) -> list[FoundTable]:
    """One cell per line behind a tab, rows separated by blank lines (seed 003)."""
    text_lines = source.lines
    count = len(text_lines)
    cell_lines = [n for n in range(1, count + 1) if "\t" in text_lines[n - 1] and n not in taken
                  and _TAB_CELL.fullmatch(text_lines[n - 1])]
    if len(cell_lines) < _MIN_TAB_CELL_LINES:
        return []
    first = next((n for n in cell_lines if marker_kind(source.line_text(n))), cell_lines[0])
    rows: list[list[tuple[list[tuple[int, int]], int]]] = []
    cells: list[tuple[list[tuple[int, int]], int]] = []
    last = first
    for n in range(first, count + 1):
        if n in taken:
            break
        line = source.line_text(n)
        if not line.strip():
            if cells:
                rows.append(cells)
                cells = []
            continue
        if n > cell_lines[-1] and not cells:
            break
        start, end = source.line_span(n)
        lead = _TAB_LEAD.match(line)
        if lead or not cells:
            cells.append(([(start + (lead.end() if lead else 0), end)], n))
        else:
            cells[-1][0].append((start, end))
        last = n
    if cells:
        rows.append(cells)
    return [FoundTable("tab_cells", first, last, rows, source)]
