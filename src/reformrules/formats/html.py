"""An HTML page (a plan saved from a legal site, LibreOffice's or Word's HTML) to a ``Document`` (lxml).

- The page's own furniture is left out: ``<nav>``, ``<header>``, ``<footer>``, ``<aside>``,
  ``<form>``, scripts and styles, and elements whose id, class or role names navigation, menus,
  breadcrumbs, banners, sidebars, login, sharing or related links. When a ``<main>`` or
  ``<article>`` holds most of the text, only it is read.
- ``<h1>``–``<h6>`` are headings; ``<p>``, ``<div>`` and other blocks are paragraphs; ``<li>``
  items keep the label the browser shows ("1.", "a.", "-" for ``<ul>``); ``<br>`` breaks a line;
  entities are decoded; white space collapses as a browser collapses it.
- ``<table>``: ``rowspan``/``colspan`` make one cell with its spans; a table nested in a cell
  is read as lines of that cell; a layout table holding only paragraphs is still a table (the
  plan reader decides what a table is).
- A page with no text of a plan in it (a login page, a search result) is one ``PlanReadError``.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ..document.model import Address, BlockKind, Document
from ..errors import PlanReadError
from ..text.fold import fold
from .build import CellSpec, DocumentBuilder
from .docx_numbering import format_number
from .sniff import needs_extra

_DROPPED_TAGS = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
                 "select", "input", "textarea", "iframe", "object", "embed", "svg", "canvas", "head", "title",
                 "menu", "dialog"}
_BOILERPLATE = re.compile(r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|banner|sidebar|side-bar|"
                          r"footer|header|topbar|toolbar|login|signin|cookie|share|social|related|lienquan|"
                          r"advert|ads|quangcao|comment|search|pagination|popup|modal)(?:$|[\s_-])", re.I)
_BOILERPLATE_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "dialog", "menu"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = {"p", "div", "section", "article", "main", "blockquote", "pre", "address", "center", "dl", "dt", "dd",
           "figure", "figcaption", "caption", "body", "html", "ul", "ol", "li", "hr", "fieldset", "legend",
           *_HEADINGS}
_SPACE = re.compile(r"[ \t\r\n\f]+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Words of a plan's text (folded): a page with none of them holds no plan.
_PLAN_WORDS = (
    "kế hoạch",      # plan
    "quyết định",    # decision
    "nghị quyết",    # resolution
    "chương trình",  # programme
    "đề án",         # scheme
    "nhiệm vụ",      # task
    "chỉ thị",       # directive
    "công văn",      # official letter
)
_MIN_PLAN_CHARS = 20


def decode_html(data: bytes) -> str:
    """The page's text: its byte-order mark, else its ``<meta charset>``, else UTF-8, else Windows-1258."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace")
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1258", errors="replace")


def read_html(data: bytes | str, name: str) -> Document:
    """Read an HTML page (bytes or text) into a ``Document``."""
    try:
        import lxml.html
    except ImportError:
        raise needs_extra(name, "an HTML page", "lxml") from None
    import unicodedata
    text = decode_html(data) if isinstance(data, (bytes, bytearray)) else data
    text = unicodedata.normalize("NFC", _XML_DECLARATION.sub("", text, count=1))
    try:
        root = lxml.html.document_fromstring(text)
    except Exception as exc:  # lxml's ParserError for a page with nothing in it
        raise PlanReadError(name, f"an HTML page that cannot be parsed ({exc})") from None
    body = root.find("body")
    if body is None:
        body = root
    _drop_boilerplate(body)
    reader = _HtmlReader(name)
    reader.walk(_main_content(body))
    document = reader.builder.build()
    _check_is_plan(document, name)
    return document


def _drop_boilerplate(body: Any) -> None:
    """Remove the page's furniture; an element named like furniture that holds most of the text stays."""
    total = len(body.text_content())
    doomed = []
    for element in body.iter():
        if not isinstance(element.tag, str):  # comments, processing instructions
            doomed.append(element)
            continue
        tag = element.tag.lower()
        if tag in _DROPPED_TAGS or (element.get("role") or "").lower() in _BOILERPLATE_ROLES \
                or element.get("hidden") is not None or "display:none" in (element.get("style") or "").replace(" ", ""):
            doomed.append(element)
            continue
        marks = f"{element.get('id') or ''} {element.get('class') or ''}"
        if marks.strip() and tag not in ("table", "tr", "td", "th", "tbody") and _BOILERPLATE.search(marks) \
                and len(element.text_content()) < 0.5 * total:
            doomed.append(element)
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            element.drop_tree()


def _main_content(body: Any) -> Any:
    """``<main>`` or ``<article>`` when it holds most of the page's text, else the body."""
    total = len(body.text_content().strip())
    for tag in ("main", "article"):
        for candidate in body.iter(tag):
            if total and len(candidate.text_content().strip()) >= 0.6 * total:
                return candidate
    return body


def _check_is_plan(document: Document, name: str) -> None:
    text = document.source.text
    if len(text.strip()) < _MIN_PLAN_CHARS or not any(word in fold(text[:200000]) for word in _PLAN_WORDS):
        shown = " ".join(text.split())[:80]
        raise PlanReadError(name, "an HTML page with no plan in it (no text of a plan, decision or resolution"
                                  + (f"; it reads: {shown!r}" if shown else "; it holds no text") + ")")


class _HtmlReader:
    def __init__(self, name: str):
        self.builder = DocumentBuilder(name, "html")
        self.paragraphs = 0
        self.tables = 0
        self.inline: list[str] = []
        self.list_stack: list[list[Any]] = []  # [kind, next number, type]
        self.pending_item: tuple[str, int] | None = None  # label and depth of the open <li>

    def flush(self, kind: BlockKind = BlockKind.PARAGRAPH, **extra: Any) -> None:
        text = _lines("".join(self.inline))
        self.inline.clear()
        if self.pending_item is not None and (text or kind is BlockKind.LIST_ITEM):
            # the first text of a list item carries its label, even when a nested list follows it
            kind, (extra["number"], extra["level"]) = BlockKind.LIST_ITEM, self.pending_item
            self.pending_item = None
        elif kind is BlockKind.LIST_ITEM:
            kind = BlockKind.PARAGRAPH
            extra = {}
        if text or extra.get("number"):
            self.paragraphs += 1
            self.builder.paragraph(text, Address(paragraph=self.paragraphs), kind=kind, **extra)

    def walk(self, element: Any) -> None:
        if element.text:
            self.inline.append(_SPACE.sub(" ", element.text))
        for child in element.iterchildren():
            self.element(child)
            if child.tail:
                self.inline.append(_SPACE.sub(" ", child.tail))

    def element(self, element: Any) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag == "br":
            self.inline.append("\n")
        elif tag == "table":
            self.flush()
            self.table(element)
        elif tag in _HEADINGS:
            self.flush()
            self.walk(element)
            self.flush(BlockKind.HEADING, level=_HEADINGS[tag], emphasis=True)
        elif tag in ("ul", "ol"):
            self.flush()
            start = int(element.get("start")) if (element.get("start") or "").lstrip("-").isdigit() else 1
            self.list_stack.append([tag, start, element.get("type") or "1"])
            self.walk(element)
            self.flush()
            self.list_stack.pop()
        elif tag == "li":
            self.flush()
            self.pending_item = (self._li_label(element), max(1, len(self.list_stack)))
            self.walk(element)
            self.flush(BlockKind.LIST_ITEM)
        elif tag in _BLOCKS:
            self.flush()
            self.walk(element)
            self.flush(emphasis=_all_bold(element))
        else:
            self.walk(element)

    def _li_label(self, li: Any) -> str:
        if not self.list_stack or self.list_stack[-1][0] == "ul":
            return "-"
        state = self.list_stack[-1]
        if (li.get("value") or "").isdigit():
            state[1] = int(li.get("value"))
        n = state[1]
        state[1] += 1
        fmt = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}.get(state[2], "decimal")
        return f"{format_number(n, fmt)}."

    def table(self, table: Any) -> None:
        self.tables += 1
        rows = []
        for tr in _rows(table):
            row = []
            for cell in tr.iterchildren():
                if not isinstance(cell.tag, str) or cell.tag.lower() not in ("td", "th"):
                    continue
                row.append(CellSpec(_cell_text(cell), _span(cell.get("rowspan")), _span(cell.get("colspan"))))
            rows.append(row)
        self.builder.table(rows, Address(table=self.tables))


def _span(value: str | None) -> int:
    return max(1, min(int(value), 1000)) if value and value.strip().isdigit() else 1


def _rows(table: Any) -> Iterator[Any]:
    """The rows of a table in order (through ``<thead>``, ``<tbody>``, ``<tfoot>``), not a nested table's."""
    for child in table.iterchildren():
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag == "tr":
            yield child
        elif tag in ("thead", "tbody", "tfoot"):
            yield from _rows(child)


def _cell_text(cell: Any) -> str:
    """A cell's lines: its paragraphs, line breaks, list items ("- " before each) and nested tables."""
    parts: list[str] = []

    def walk(element: Any) -> None:
        if element.text:
            parts.append(_SPACE.sub(" ", element.text))
        for child in element.iterchildren():
            tag = child.tag.lower() if isinstance(child.tag, str) else ""
            if tag == "br":
                parts.append("\n")
            elif tag == "li":
                parts.append("\n- ")
                mark = len(parts)
                walk(child)
                if not "".join(parts[mark:]).strip():  # an empty item gets no dash
                    parts[mark - 1] = "\n"
                parts.append("\n")
            elif tag in _BLOCKS or tag in ("table", "tr", "td", "th"):
                parts.append("\n")
                walk(child)
                parts.append("\n")
            else:
                walk(child)
            if child.tail:
                parts.append(_SPACE.sub(" ", child.tail))

    walk(cell)
    return _lines("".join(parts))


def _lines(text: str) -> str:
    """Text whose white space is collapsed, as lines ("\\n" from ``<br>`` and blocks), blank lines dropped."""
    lines = (line.strip(" ") for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _all_bold(element: Any) -> bool:
    text = (element.text_content() or "").strip()
    if not text:
        return False
    bold = "".join(b.text_content() for b in element.iter("b", "strong"))
    return len(bold.strip()) >= len(text) * 0.9
