"""A Word .docx file to a ``Document`` (python-docx opens the package; the body XML is walked in order).

- Paragraphs and tables in reading order, also inside content controls (``w:sdt``); each
  paragraph keeps its style name, heading level (``Heading N`` styles, outline levels) and
  whether it is all bold.
- Automatic numbering (``numPr``, also through the style) becomes the label Word shows ("1.",
  "a)", "I."), kept in ``Block.number`` and written before the text, so section and item numbers
  are found as in a text export (``formats.docx_numbering``).
- Tables: ``gridSpan`` and ``vMerge`` make one cell with its column and row span, not its text
  repeated; ``gridBefore`` skips grid columns; line breaks and paragraphs inside a cell are the
  cell's lines; a table nested in a cell is read as lines of that cell.
- Text boxes (``w:txbxContent``) are read as paragraphs after the paragraph that anchors them
  (once: the VML fallback copy is skipped). Deleted revisions and field codes are not text.
- The page header and footer, footnotes and comments are other parts of the package: they are
  never read into the body.
"""

from __future__ import annotations

import io
from typing import Any, Iterator

from ..document.model import Address, BlockKind, Document
from ..errors import PlanReadError
from .build import CellSpec, DocumentBuilder
from .docx_numbering import BULLET, W, Numbering
from .sniff import needs_extra

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Containers whose children are read as if they stood in their parent.
_TRANSPARENT = {W + "r", W + "hyperlink", W + "smartTag", W + "ins", W + "moveTo", W + "customXml", W + "sdt",
                W + "sdtContent", W + "fldSimple", W + "dir", W + "bdo", MC + "AlternateContent", MC + "Choice"}
# Never text: deleted revisions, field instructions, properties, the VML copy of a text box.
_SKIPPED = {W + "del", W + "moveFrom", W + "instrText", W + "delText", W + "rPr", W + "pPr", W + "sdtPr",
            MC + "Fallback", W + "footnoteReference", W + "endnoteReference", W + "commentReference"}


def read_docx(data: bytes, name: str) -> Document:
    """Read the bytes of a .docx (already sniffed as one) into a ``Document``."""
    try:
        import docx  # python-docx
    except ImportError:
        raise needs_extra(name, "a Word .docx file", "python-docx") from None
    try:
        package = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors for a broken package
        raise PlanReadError(name, f"a Word .docx file that cannot be opened ({type(exc).__name__}: {exc}); "
                                  "it may be truncated or damaged: save or download it again") from None
    reader = _DocxReader(package, name)
    reader.read_body(package.element.body)
    return reader.builder.build()


class _DocxReader:
    def __init__(self, package: Any, name: str):
        part = package.part
        try:
            numbering_root = part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            numbering_root = None
        self.numbering = Numbering.from_part(numbering_root)
        self.styles: dict[str, Any] = {}
        try:
            for style in package.styles.element.iter(W + "style"):
                self.styles[style.get(W + "styleId", "")] = style
        except (KeyError, AttributeError):
            pass
        self.builder = DocumentBuilder(name, "docx")
        self.paragraphs = 0
        self.tables = 0

    # -------------------------------------------------------------------------------- body
    def read_body(self, body: Any) -> None:
        for element in _blocks(body):
            if element.tag == W + "p":
                self.read_paragraph(element)
            elif element.tag == W + "tbl":
                self.read_table(element)

    def read_paragraph(self, p: Any) -> None:
        text = "".join(_text(p)).strip()
        style_id = _val(p.find(W + "pPr"), "pStyle")
        number = self._label(p, style_id)
        if text or number:
            self.paragraphs += 1
            name, level = self._style(style_id, p)
            kind = BlockKind.HEADING if level is not None else BlockKind.LIST_ITEM if number else BlockKind.PARAGRAPH
            if kind is BlockKind.LIST_ITEM:
                level = self._ilvl(p, style_id) + 1
            self.builder.paragraph(text, Address(paragraph=self.paragraphs), kind=kind, number=number,
                                   level=level, style=name, emphasis=self._bold(p, style_id))
        for box in _text_boxes(p):
            for inner in _blocks(box):
                if inner.tag == W + "p":
                    self.read_paragraph(inner)
                elif inner.tag == W + "tbl":
                    self.read_table(inner)

    def read_table(self, tbl: Any) -> None:
        self.tables += 1
        rows: list[list[list[Any]]] = []  # [text, rowspan, colspan, column]
        open_cells: dict[int, list[Any]] = {}
        for tr in tbl.iterchildren(W + "tr"):
            row: list[list[Any]] = []
            column = int(_val(tr.find(W + "trPr"), "gridBefore", "0") or 0)
            for tc in _cells(tr):
                props = tc.find(W + "tcPr")
                span = max(1, int(_val(props, "gridSpan", "1") or 1))
                merge = props.find(W + "vMerge") if props is not None else None
                text = self._cell_text(tc)
                state = None if merge is None else merge.get(W + "val", "continue")
                if state == "continue" and column in open_cells:
                    above = open_cells[column]
                    above[1] += 1
                    if text.strip():  # Word shows only the first cell's text; keep any other, not drop it
                        above[0] = f"{above[0]}\n{text}".strip()
                else:
                    cell = [text, 1, span, column]
                    row.append(cell)
                    for k in range(span):
                        open_cells.pop(column + k, None)
                    if state == "restart":
                        open_cells[column] = cell
                column += span
            rows.append(row)
        specs = [[CellSpec(t, rs, cs, col) for t, rs, cs, col in row] for row in rows]
        self.builder.table(specs, Address(table=self.tables))

    def _cell_text(self, tc: Any) -> str:
        lines = []
        for element in _blocks(tc):
            if element.tag == W + "p":
                number = self._label(element, _val(element.find(W + "pPr"), "pStyle"))
                line = "".join(_text(element)).strip()
                if number:
                    line = f"{number} {line}".strip()
                if line:
                    lines.append(line)
                for box in _text_boxes(element):
                    lines.extend(line for p in box.iter(W + "p") if (line := "".join(_text(p)).strip()))
            elif element.tag == W + "tbl":
                for inner_tc in element.iter(W + "tc"):
                    if (inner := self._cell_text(inner_tc)).strip():
                        lines.append(inner)
        return "\n".join(lines)

    # ------------------------------------------------------------------------- properties
    def _num_pr(self, p: Any, style_id: str | None) -> tuple[str, int | None] | None:
        ppr = p.find(W + "pPr")
        num_pr = ppr.find(W + "numPr") if ppr is not None else None
        if num_pr is not None and _val(num_pr, "numId") is not None:
            ilvl = _val(num_pr, "ilvl")
            return _val(num_pr, "numId") or "", int(ilvl) if ilvl is not None else None
        for style in self._style_chain(style_id):
            spr = style.find(W + "pPr")
            num_pr = spr.find(W + "numPr") if spr is not None else None
            if num_pr is not None and _val(num_pr, "numId") is not None:
                ilvl = _val(num_pr, "ilvl")
                return _val(num_pr, "numId") or "", int(ilvl) if ilvl is not None else None
        return None

    def _ilvl(self, p: Any, style_id: str | None) -> int:
        found = self._num_pr(p, style_id)
        if found is None:
            return 0
        num_id, ilvl = found
        return ilvl if ilvl is not None else self.numbering.level_of_style(num_id, style_id)

    def _label(self, p: Any, style_id: str | None) -> str | None:
        found = self._num_pr(p, style_id)
        if found is None:
            return None
        num_id, ilvl = found
        if ilvl is None:
            ilvl = self.numbering.level_of_style(num_id, style_id)
        return self.numbering.label(num_id, ilvl)

    def _style_chain(self, style_id: str | None) -> Iterator[Any]:
        seen = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            style = self.styles[style_id]
            yield style
            style_id = _val(style, "basedOn")

    def _style(self, style_id: str | None, p: Any) -> tuple[str | None, int | None]:
        """The style's name and the heading level (from a "Heading N" style or an outline level)."""
        name = None
        level = None
        ppr = p.find(W + "pPr")
        outline = _val(ppr, "outlineLvl")
        for style in self._style_chain(style_id):
            if name is None:
                name = _val(style, "name")
            if outline is None:
                outline = _val(style.find(W + "pPr"), "outlineLvl")
        lowered = (name or "").lower()
        if lowered.startswith("heading") and lowered[7:].strip().isdigit():
            level = int(lowered[7:].strip())
        elif lowered == "title":
            level = 0
        elif outline is not None and outline.isdigit() and int(outline) < 9:
            level = int(outline) + 1
        return name, level

    def _bold(self, p: Any, style_id: str | None) -> bool:
        style_bold = any(_on(style.find(W + "rPr"), "b") for style in self._style_chain(style_id))
        runs = [r for r in p.iter(W + "r") if "".join(t.text or "" for t in r.iter(W + "t")).strip()]
        if not runs:
            return False
        return all(_on(r.find(W + "rPr"), "b") if r.find(W + "rPr") is not None
                   and r.find(W + "rPr").find(W + "b") is not None else style_bold for r in runs)


def _on(props: Any, tag: str) -> bool:
    if props is None:
        return False
    element = props.find(W + tag)
    return element is not None and element.get(W + "val", "true") not in ("0", "false", "off")


def _val(element: Any, tag: str, default: str | None = None) -> str | None:
    if element is None:
        return default
    child = element.find(W + tag)
    return default if child is None else child.get(W + "val", default)


def _blocks(container: Any) -> Iterator[Any]:
    """Paragraphs and tables of a body, cell or text box in order, through content controls."""
    for child in container.iterchildren():
        if child.tag in (W + "p", W + "tbl"):
            yield child
        elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "moveTo"):
            yield from _blocks(child)


def _cells(tr: Any) -> Iterator[Any]:
    for child in tr.iterchildren():
        if child.tag == W + "tc":
            yield child
        elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml"):
            yield from _cells(child)


def _text(element: Any) -> Iterator[str]:
    """The text of a paragraph as Word shows it: runs, tabs as spaces, breaks as new lines."""
    for child in element.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag == W + "t":
            yield child.text or ""
        elif tag in (W + "tab", W + "ptab"):
            yield " "
        elif tag in (W + "br", W + "cr"):
            yield "\n"
        elif tag == W + "noBreakHyphen":
            yield "-"
        elif tag in _TRANSPARENT:
            yield from _text(child)


def _text_boxes(p: Any) -> Iterator[Any]:
    """The text boxes anchored in a paragraph (not the VML fallback copies, not nested ones twice)."""
    for box in p.iter(W + "txbxContent"):
        ancestors = list(box.iterancestors())
        if any(a.tag == MC + "Fallback" for a in ancestors):
            continue
        if any(a.tag == W + "txbxContent" for a in ancestors):
            continue
        yield box


__all__ = ["BULLET", "read_docx"]
