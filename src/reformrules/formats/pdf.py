"""A PDF with a text layer to a ``Document`` (pdfplumber): words in reading order, tables, pages.

- Tables come from ruling lines (pdfplumber's lattice finder); the grid of the cells' edges
  gives each cell its row and column and its row/column span, so a merged cell is one cell.
  Words go to the cell that holds their centre and keep their lines.
- Outside tables, words are grouped into lines; a line with wide gaps is cut into segments,
  and runs of segmented lines whose columns line up become a table without rules (the
  letterhead's two columns, a table drawn without borders). Lines are grouped into paragraphs
  by the gap above them, list markers and short last lines.
- A table that goes on at the top of the next page with the same columns is one table: a
  repeated header row is dropped and a row cut by the page break (no number in its first
  cell) is joined to the row it continues; a diagnostic says so for each.
- Page headers and footers (lines in the top or bottom margin that are page numbers or
  repeat on several pages) are dropped, with one diagnostic saying how many.
- A PDF whose pages have no text (a scan) is one ``PlanReadError`` (no OCR is attempted), so is
  an encrypted PDF that needs a password, a damaged one, and one past ``Limits.max_pages``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Sequence

from ..diagnostics import Code, info, warning
from ..document.model import Address, Document
from ..errors import PlanReadError
from .build import CellSpec, DocumentBuilder
from .sniff import DEFAULT_LIMITS, Limits, needs_extra

_MARGIN = 0.075  # share of the page height at top and bottom where headers and footers live
_PAGE_NUMBER = re.compile(r"^(?:trang\s*)?[-–(]?\s*\d{1,4}\s*(?:/\s*\d{1,4}|[-–)])?\s*$", re.I)
_LIST_START = re.compile(r"^(?:[-–+•*]\s|\(?[0-9]{1,3}[.)]|\(?[a-zđ][.)]\s|[IVXLC]{1,6}[.)]\s|\d+(?:\.\d+)+\.?\s)")
_EDGE = 2.0  # points within which two cell edges are the same grid line


@dataclass
class _Line:
    top: float
    bottom: float
    x0: float
    x1: float
    segments: list[tuple[float, float, str]]  # (x0, x1, text)
    size: float
    bold: bool
    first_word: float = 0.0  # width of the first word: would it have fitted on the line above?

    @property
    def text(self) -> str:
        return " ".join(s[2] for s in self.segments)


@dataclass
class _PageTable:
    top: float
    bottom: float
    xs: list[float]
    rows: list[list[CellSpec]]


@dataclass
class _Page:
    lines: list[_Line]
    tables: list[_PageTable]
    images: int
    height: float


def read_pdf(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read the bytes of a PDF into a ``Document``."""
    try:
        import pypdfium2 as pdfium
        from pdfplumber import table as lattice
    except ImportError:
        raise needs_extra(name, "a PDF file", "pdfplumber") from None
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise PlanReadError(name, "an encrypted PDF that needs a password to open: ask for a copy without one "
                                      "(or save it without encryption) and read that") from None
        raise PlanReadError(name, f"a PDF file that cannot be opened ({exc}); it may be truncated or damaged: "
                                  "save or download it again") from None
    try:
        if len(pdf) > limits.max_pages:
            raise PlanReadError(name, f"a PDF of {len(pdf):,} pages, past the limit of {limits.max_pages:,} "
                                      "(see Limits.max_pages)")
        try:
            pages = [_read_page(pdf[index], lattice) for index in range(len(pdf))]
        except pdfium.PdfiumError as exc:
            raise PlanReadError(name, f"a PDF whose pages cannot be read ({exc}); it may be damaged: save or "
                                      "download it again") from None
    finally:
        pdf.close()
    if not any(page.lines or page.tables for page in pages):
        images = sum(page.images for page in pages)
        raise PlanReadError(name, "a PDF without a text layer" + (" (its pages are images: a scan)" if images else "")
                                  + ": OCR is not attempted; read the plan's .docx, or a PDF saved from it")
    return _Assembler(name).read(pages)


def _read_page(page: Any, lattice: Any) -> _Page:
    """Words, tables and image count of one page (top-down coordinates, in points)."""
    import pypdfium2.raw as raw

    width, height = page.get_size()
    words = _words(page.get_textpage(), height)
    images = sum(1 for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=1))
    if not words:
        return _Page([], [], images, float(height))
    edges = _edges_of_paths(page, height, raw)
    tables = []
    free = words
    if edges:
        edges = [e for e in lattice.merge_edges(edges, 3, 3, 3, 3) if (e["width"] if e["orientation"] == "h"
                                                                         else e["height"]) >= 3]
        cells = lattice.intersections_to_cells(lattice.edges_to_intersections(edges, 3, 3))
        for group in sorted(lattice.cells_to_tables(cells), key=lambda g: min(c[1] for c in g)):
            bbox = (min(c[0] for c in group), min(c[1] for c in group), max(c[2] for c in group),
                    max(c[3] for c in group))
            inside = [w for w in free if _inside(w, bbox)]
            free = [w for w in free if not _inside(w, bbox)]
            tables.append(_grid_table(group, inside))
    return _Page(_lines(free), [t for t in tables if t.rows], images, float(height))


def _words(textpage: Any, height: float) -> list[dict]:
    """The page's words from its characters: split at spaces, line ends and gaps."""
    import ctypes

    import pypdfium2.raw as raw

    words: list[dict] = []
    current: list[tuple[str, tuple[float, float, float, float]]] = []
    font = ctypes.create_string_buffer(96)
    flags = ctypes.c_int()

    def close() -> None:
        if current:
            x0 = min(b[0] for _, b in current)
            x1 = max(b[2] for _, b in current)
            top = min(b[1] for _, b in current)
            bottom = max(b[3] for _, b in current)
            words.append({"text": "".join(ch for ch, _ in current), "x0": x0, "x1": x1, "top": top,
                          "bottom": bottom, "size": size, "fontname": name, "baseline": baseline})
            current.clear()

    size, name, baseline = 10.0, "", 0.0
    x, y = ctypes.c_double(), ctypes.c_double()
    for index in range(textpage.count_chars()):
        code = raw.FPDFText_GetUnicode(textpage, index)
        char = "-" if code == 2 else chr(code) if code else ""  # PDFium reports a line-end hyphen as U+0002
        if not char or char.isspace() or char in "\ufffe\ufeff":
            close()
            continue
        left, bottom, right, top = textpage.get_charbox(index, loose=True)
        box = (left, height - top, right, height - bottom)
        raw.FPDFText_GetCharOrigin(textpage, index, ctypes.byref(x), ctypes.byref(y))
        if current:
            last = current[-1][1]
            if box[0] - last[2] > 1.5 or abs(height - y.value - baseline) > 1.0 or box[0] < last[0] - 1:
                close()
        if not current:
            baseline = height - y.value
            size = float(raw.FPDFText_GetFontSize(textpage, index)) or 10.0
            raw.FPDFText_GetFontInfo(textpage, index, font, len(font), ctypes.byref(flags))
            weight = raw.FPDFText_GetFontWeight(textpage, index)
            name = font.value.decode("latin-1", "replace") + (" bold" if weight >= 600 else "")
        current.append((char, box))
    close()
    return words


def _edges_of_paths(page: Any, height: float, raw: Any) -> list[dict]:
    """Ruling lines: thin paths as one edge, box-shaped paths as their four sides."""
    edges: list[dict] = []

    def edge(x0: float, top: float, x1: float, bottom: float, orientation: str) -> None:
        edges.append({"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top,
                      "orientation": orientation, "object_type": "line"})

    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=1):
        left, bottom, right, top = obj.get_bounds()
        x0, x1, y0, y1 = left, right, height - top, height - bottom
        w, h = x1 - x0, y1 - y0
        if h <= 2.5 and w > 2.5:
            edge(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2, "h")
        elif w <= 2.5 and h > 2.5:
            edge((x0 + x1) / 2, y0, (x0 + x1) / 2, y1, "v")
        elif w > 2.5 and h > 2.5:
            edge(x0, y0, x1, y0, "h")
            edge(x0, y1, x1, y1, "h")
            edge(x0, y0, x0, y1, "v")
            edge(x1, y0, x1, y1, "v")
    return edges


def _inside(word: dict, bbox: Sequence[float]) -> bool:
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]


def _edges(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _EDGE:
            out.append(v)
    return out


def _index(edges: list[float], value: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - value))


def _grid_table(cells: Sequence[Sequence[float]], words: list[dict]) -> _PageTable:
    """Cells (bounding boxes) on the grid of their edges: row, column and spans; words as lines."""
    xs = _edges([c[0] for c in cells] + [c[2] for c in cells])
    ys = _edges([c[1] for c in cells] + [c[3] for c in cells])
    placed: dict[int, list[tuple[int, CellSpec]]] = {}
    for cell in cells:
        c0, c1 = _index(xs, cell[0]), _index(xs, cell[2])
        r0, r1 = _index(ys, cell[1]), _index(ys, cell[3])
        if c1 <= c0 or r1 <= r0:
            continue
        lines = _lines([w for w in words if _inside(w, cell)], split=False)
        padding = min((line.x0 - cell[0] for line in lines), default=0.0)
        text = "\n".join(_logical_lines(lines, cell[2] - max(0.0, padding)))
        placed.setdefault(r0, []).append((c0, CellSpec(text, r1 - r0, c1 - c0, c0)))
    rows = [[spec for _, spec in sorted(placed[r], key=lambda p: p[0])] for r in sorted(placed)]
    return _PageTable(ys[0] if ys else 0.0, ys[-1] if ys else 0.0, xs, rows)


def _lines(words: list[dict], split: bool = True) -> list[_Line]:
    """Words grouped into lines top to bottom, each line cut at wide gaps into segments."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (w["baseline"], w["x0"])):
        if lines and abs(word["baseline"] - lines[-1][0]["baseline"]) <= 0.3 * float(word["size"]):
            lines[-1].append(word)
        else:
            lines.append([word])
    out = []
    for group in lines:
        group.sort(key=lambda w: w["x0"])
        size = max(float(w["size"]) for w in group)
        gap = max(12.0, 2.5 * size) if split else float("inf")
        segments: list[list[dict]] = [[group[0]]]
        for word in group[1:]:
            if word["x0"] - segments[-1][-1]["x1"] > gap:
                segments.append([word])
            else:
                segments[-1].append(word)
        out.append(_Line(min(w["top"] for w in group), max(w["bottom"] for w in group), group[0]["x0"],
                         group[-1]["x1"], [(s[0]["x0"], s[-1]["x1"], _join(s)) for s in segments], size,
                         all("bold" in str(w.get("fontname", "")).lower() for w in group),
                         group[0]["x1"] - group[0]["x0"]))
    return out


def _wrapped(previous: _Line, line: _Line, right: float) -> bool:
    """True when ``line`` goes on ``previous`` (a soft wrap): its first word would not have fitted above."""
    if _LIST_START.match(line.text) or line.x0 > previous.x0 + 2 * previous.size:
        return False
    return previous.x1 + 0.35 * previous.size + line.first_word > right - 0.5


def _logical_lines(lines: list[_Line], right: float | None = None) -> list[str]:
    """Visual lines joined where the writer wrapped them, kept apart where a line ended early.

    ``right`` is where lines wrap (a cell's inner edge); by default the longest line's end.
    """
    if not lines:
        return []
    right = max([line.x1 for line in lines] + ([right] if right is not None else []))
    out = [lines[0].text]
    for previous, line in zip(lines, lines[1:]):
        if _wrapped(previous, line, right):
            out[-1] = _go_on(out[-1], line.text)
        else:
            out.append(line.text)
    return out


def _join(words: list[dict]) -> str:
    """Words of a line as text; pieces that touch (a letter drawn in a fallback font) make one word."""
    parts = [words[0]["text"]]
    for previous, word in zip(words, words[1:]):
        touching = word["x0"] - previous["x1"] < 0.12 * float(word["size"])
        parts.append(word["text"] if touching else " " + word["text"])
    return unicodedata.normalize("NFC", "".join(parts))


def _furniture(pages: list[_Page]) -> set[tuple[int, int]]:
    """(page, line) of page headers and footers: margin lines that are page numbers or repeat."""
    candidates: dict[str, list[tuple[int, int]]] = {}
    found = set()
    for p, page in enumerate(pages):
        for i, line in enumerate(page.lines):
            if line.top > page.height * _MARGIN and line.bottom < page.height * (1 - _MARGIN):
                continue
            if _PAGE_NUMBER.match(line.text.strip()):
                found.add((p, i))
            else:
                candidates.setdefault(re.sub(r"\d+", "#", line.text.strip().lower()), []).append((p, i))
    for places in candidates.values():
        if len({p for p, _ in places}) >= 2:
            found.update(places)
    return found


@dataclass
class _OpenTable:
    """A table read so far, kept open while it may go on at the top of the next page."""

    rows: list[list[CellSpec]]
    pages: list[int]
    xs: list[float]
    number: int


class _Assembler:
    """Pages to one document: paragraphs, tables, tables going on over page breaks."""

    def __init__(self, name: str):
        self.builder = DocumentBuilder(name, "pdf")
        self.tables = 0
        self.open: _OpenTable | None = None

    def read(self, pages: list[_Page]) -> Document:
        dropped = _furniture(pages)
        for p, page in enumerate(pages):
            items: list[tuple[float, Any]] = [(ln.top, ln) for i, ln in enumerate(page.lines) if (p, i) not in dropped]
            items += [(t.top, t) for t in page.tables]
            items.sort(key=lambda item: item[0])
            self.page(p + 1, items)
        self.close_table()
        blank = [p + 1 for p, page in enumerate(pages) if page.images and not page.lines and not page.tables]
        if blank:
            self.builder.diagnostics.append(warning(
                Code.FORMAT_PAGE_WITHOUT_TEXT, f"page{'s' if len(blank) > 1 else ''} {', '.join(map(str, blank))} "
                "hold images but no text (scanned?): their content is not read", None, pages=len(blank)))
        if dropped:
            self.builder.diagnostics.append(info(
                Code.FORMAT_PAGE_FURNITURE, f"{len(dropped)} page header/footer lines (page numbers, running "
                "titles) left out of the text", None, lines=len(dropped)))
        return self.builder.build()

    def page(self, page_no: int, items: list[tuple[float, Any]]) -> None:
        paragraph = 0
        pending: list[_Line] = []
        right = max((item.x1 for _, item in items if isinstance(item, _Line) and len(item.segments) == 1), default=0.0)

        def flush() -> None:
            nonlocal paragraph
            if pending:
                self.close_table()
                paragraph += 1
                self.builder.paragraph("\n".join(_logical_lines(pending)),
                                       Address(page=page_no, paragraph=paragraph),
                                       emphasis=all(ln.bold for ln in pending))
                pending.clear()

        i = 0
        while i < len(items):
            item = items[i][1]
            if isinstance(item, _PageTable):
                flush()
                if i == 0 and self.open is not None and _same_columns(self.open.xs, item.xs):
                    self.go_on(item, page_no)
                else:
                    self.close_table()
                    self.open = _OpenTable(list(item.rows), [page_no] * len(item.rows), item.xs, 0)
                i += 1
                continue
            run = _aligned_run(items, i)
            if run > 1:
                flush()
                self.close_table()
                rows = _rows_of_run([items[k][1] for k in range(i, i + run)])
                self.open = _OpenTable(rows, [page_no] * len(rows), [], 0)
                self.close_table()
                i += run
                continue
            if pending and _starts_paragraph(pending[-1], item, right):
                flush()
            pending.append(item)
            i += 1
        flush()

    def close_table(self) -> None:
        table, self.open = self.open, None
        if table is None:
            return
        self.tables += 1
        self.builder.table(table.rows, Address(page=table.pages[0], table=self.tables),
                           row_addresses=[Address(page=page) for page in table.pages])

    def go_on(self, table: _PageTable, page_no: int) -> None:
        """The open table goes on at the top of page ``page_no``: drop a repeated header, join a cut row."""
        assert self.open is not None
        rows = list(table.rows)
        if rows and [c.text for c in rows[0]] == [c.text for c in self.open.rows[0]]:
            rows.pop(0)
            self.builder.diagnostics.append(info(
                Code.FORMAT_TABLE_CONTINUED, f"the table's header row, repeated at the top of page {page_no}, "
                "was read once", None, page=page_no))
        last = self.open.rows[-1]
        if rows and rows[0] and rows[0][0].column == 0 and not rows[0][0].text.strip() \
                and [c.column for c in rows[0]] == [c.column for c in last]:
            cut = rows.pop(0)
            self.open.rows[-1] = [CellSpec(_go_on(a.text, b.text), a.rowspan, a.colspan, a.column)
                                  for a, b in zip(last, cut)]
            self.builder.diagnostics.append(info(
                Code.FORMAT_TABLE_CONTINUED, f"a row cut by the break before page {page_no} was joined with its "
                f"part on that page (row {len(self.open.rows)} of the table)", None, page=page_no))
        self.open.rows.extend(rows)
        self.open.pages.extend([page_no] * len(rows))


def _same_columns(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= 3 * _EDGE for x, y in zip(a, b))


def _go_on(first: str, more: str) -> str:
    """Two pieces of one line (wrapped, or cut by a page break) as one."""
    if not first or not more:
        return first or more
    # a line broken after a hyphen inside a word ("E-" / "Office") goes on without a space
    glue = "" if len(first) > 1 and first[-1] in "-\u2010\u2011" and first[-2].isalnum() else " "
    return f"{first}{glue}{more}"


def _starts_paragraph(previous: _Line, line: _Line, right: float) -> bool:
    """A new paragraph: a gap above, a list marker, another font, or the line above ended early."""
    height = max(1.0, previous.bottom - previous.top)
    if line.top - previous.bottom > 0.6 * height:
        return True
    if abs(line.size - previous.size) > 0.5 or line.bold != previous.bold:
        return True
    return not _wrapped(previous, line, right)


def _aligned_run(items: list[tuple[float, Any]], start: int) -> int:
    """How many lines from ``start`` are cut into segments that line up in columns (a table without rules)."""
    first = items[start][1]
    if not isinstance(first, _Line) or len(first.segments) < 2:
        return 0
    columns = [s[0] for s in first.segments]
    n = 1
    while start + n < len(items):
        line, above = items[start + n][1], items[start + n - 1][1]
        if not isinstance(line, _Line) or line.top - above.bottom > 3 * (line.bottom - line.top):
            break
        if not all(any(abs(s[0] - c) < 20 or abs((s[0] + s[1]) / 2 - c) < 60 for c in columns) for s in line.segments):
            break
        if len(line.segments) < 2 and not any(abs(line.x0 - c) < 20 for c in columns[1:]):
            break
        n += 1
    return n


def _rows_of_run(lines: list[_Line]) -> list[list[CellSpec]]:
    """Lines of aligned segments as rows; a line with nothing in the first column goes on the row above."""
    columns = [s[0] for s in lines[0].segments]
    rows: list[list[str]] = []
    for line in lines:
        cells = ["" for _ in columns]
        for x0, _, text in line.segments:
            k = min(range(len(columns)), key=lambda c: abs(columns[c] - x0))
            cells[k] = f"{cells[k]} {text}".strip()
        if rows and not cells[0]:
            rows[-1] = [f"{a}\n{b}".strip() for a, b in zip(rows[-1], cells)]
        else:
            rows.append(cells)
    return [[CellSpec(text, column=k) for k, text in enumerate(row)] for row in rows]


__all__ = ["read_pdf"]
