"""A text export (.txt, .md) read into a ``Document``: its tables, headings, paragraphs and list items.

The tables come first (``text_tables``: Markdown pipe rows, tab-separated rows, tab-led cells,
lone-``|`` cells, each detected from the text); every other line belongs to a text block.
Paragraphs are rebuilt from the lines: where the file separates paragraphs by blank lines
(most corpus plans), a paragraph is the lines between two blank lines; where it does not (seeds,
some corpus plans), a line goes on with the paragraph above unless it starts an item ("1.",
"a)", "-", "II.", "Điều 3.") or the line above ended a sentence. Hard wraps are joined by a
space and markup is cut out (``located``), so "Sở Nông\\nnghiệp" reads "Sở Nông nghiệp" while every
span still slices the file.

Kinds: a heading is a line that starts with a Roman numeral ("II. NHIỆM VỤ"), "PHẦN"/"Chương"/
"Điều", a Markdown "#", or a short block wholly in bold or capitals; a list item starts with
"-", "+", "•", "a)", "1.", "1.1." or "(1)". ``Block.number`` holds that marker as written (it is
also the start of the block's text, since a text file keeps it there); ``Block.level`` is 1 for a
Roman numeral or "PHẦN", 2 for "1.", 3 for "1.1.", 4 for "a)", 5 for a bullet.

Examples:
    >>> from reformrules.source import Source
    >>> doc = read_text_document(Source("p.txt", "I. MỤC TIÊU\\n1. Sở Nông\\nnghiệp chủ trì.\\n- **Hằng** năm báo cáo."))
    >>> [(b.kind.value, b.number, b.text.text) for b in doc.blocks]
    [('heading', 'I.', 'I. MỤC TIÊU'), ('list_item', '1.', '1. Sở Nông nghiệp chủ trì.'), ('list_item', '-', '- Hằng năm báo cáo.')]
"""

from __future__ import annotations

import dataclasses
import re

from ..source import Source, Span
from .located import MARKUP, clean_pieces, located
from .model import Address, Block, BlockKind, Document, Table
from .text_tables import FoundTable, find_lone_pipe, find_markdown_pipe, find_tab_cells, find_tsv

_MARK = r"[\s*_]*"
# Markers that start an item, with their level (see the module docstring).
_MARKERS = (
    (re.compile(_MARK + r"((?:phần|chương|mục)\s+[ivxlc\d]+\b\.?)", re.IGNORECASE), 1),
    (re.compile(_MARK + r"(điều\s+\d+\s*\.)", re.IGNORECASE), 1),
    (re.compile(_MARK + r"([IVXL]{1,6}\s*[.)])(?=\s|\*|$)"), 1),
    (re.compile(_MARK + r"(\d{1,3}(?:\.\d{1,3}){1,3}\.?)(?=\s|\*|$)"), 3),
    (re.compile(_MARK + r"(\d{1,3}\s*[.)])(?=\s|\*|$)"), 2),
    (re.compile(_MARK + r"(\(\d{1,3}\))(?=\s)"), 2),
    (re.compile(_MARK + r"([a-zđ]\s*\))(?=\s|\*|$)"), 4),
    (re.compile(r"\s*([-+•])(?=\s)"), 5),
)
_HASH = re.compile(r"\s*(#{1,6})\s+\S")
_SENTENCE_END = re.compile(r"(?:[.:;!?…]|\./\.)[\s*_)\]\"”]*$")
_BLANK_SHARE = 25  # a file with a blank line per 25 lines or more separates paragraphs by them
_HEADING_MAX = 160


def _marker(line: str) -> tuple[str, int] | None:
    """The item marker a line starts with, and its level."""
    for pattern, level in _MARKERS:
        match = pattern.match(line)
        if match:
            return match.group(1), level
    return None


def _in_capitals(text: str) -> bool:
    """At least four letters, all of them capitals (markup aside): "II. NHIỆM VỤ"."""
    if "<" in text:  # a tag holds letters; emphasis and footnote markers hold none
        text = MARKUP.sub("", text)
    return text.isupper() and sum(c.isalpha() for c in text) >= 4


def _emphasised(text: str) -> bool:
    stripped = text.strip()
    return (stripped.startswith("**") and stripped.rstrip().endswith("**")) or (
        stripped.startswith("*") and stripped.endswith("*") and len(stripped) > 2)


def _starts_block(line: str, previous: str, sentences: bool = True) -> bool:
    """A line that starts a new block: an item marker, a Markdown heading, a bold line after a bold
    line; in a file without blank lines between paragraphs (``sentences``), also a capital after a
    line that ended a sentence."""
    marker = _marker(line)
    if marker is not None:
        if marker[1] == 5 and not _SENTENCE_END.search(previous):
            after = line.strip()[1:].lstrip(" *")
            if not sentences and previous.rstrip(" *")[-1:].isalpha():
                return False  # "… của Công an thành phố" / "- Thường trực tham mưu …": a wrap in mid-phrase
            return not after[:1].islower()  # "- coi đây là …": a hard wrap before a dash
        return True
    if _HASH.match(line) or (line.lstrip().startswith("**") and previous.rstrip().endswith("*")):
        return True
    if _in_capitals(previous) and any(c.islower() for c in line):
        return True  # a heading in capitals, then its text
    return sentences and bool(_SENTENCE_END.search(previous)) and line.lstrip(" *_")[:1].isupper()


def _paragraph_groups(source: Source, lines: list[int], blank_separated: bool) -> list[list[int]]:
    groups: list[list[int]] = []
    previous = None
    for n in lines:
        text = source.line_text(n)
        if not text.strip():
            previous = None
            continue
        if previous is None or previous != n - 1:
            groups.append([n])
        elif _starts_block(text, source.line_text(previous), sentences=not blank_separated):
            groups.append([n])
        else:
            groups[-1].append(n)
        previous = n
    return groups


def _block(source: Source, group: list[int]) -> Block:
    ranges = [source.line_span(n) for n in group]
    first = source.line_text(group[0])
    hashes = _HASH.match(first)
    if hashes:
        start = ranges[0][0] + len(first) - len(first.lstrip()) + len(hashes.group(1))
        ranges[0] = (start, ranges[0][1])
    text = located(source.text, clean_pieces(source.text, ranges, " "), address=Address(line=group[0]))
    raw = "\n".join(source.line_text(n) for n in group)
    marker = _marker(first)
    emphasis = _emphasised(raw)
    plain = MARKUP.sub("", raw).strip()
    capitals = _in_capitals(plain)
    kind = BlockKind.PARAGRAPH
    level = None
    number = None
    if hashes:
        kind, level = BlockKind.HEADING, len(hashes.group(1))
    elif marker is not None:
        number, level = " ".join(marker[0].split()), marker[1]
        kind = BlockKind.HEADING if level == 1 and not number.lower().startswith("điều") or (
            emphasis and level <= 4 and len(plain) <= _HEADING_MAX) else BlockKind.LIST_ITEM
        if number.lower().startswith("điều"):
            kind = BlockKind.HEADING
    elif (emphasis or capitals) and len(plain) <= _HEADING_MAX and not _SENTENCE_END.search(plain.rstrip(":")):
        kind = BlockKind.HEADING
    return Block(kind, text, number=number, level=level, emphasis=emphasis)


def _numbered(source: Source, found: FoundTable, number: int) -> Table:
    """The table with its number in every address (tables are numbered in reading order, from 1: the
    cells are built once, with it); its span covers its lines, from the first (an opening "|" line,
    the header) to the last."""
    found.number = number
    span = Span(source.offset(found.first, 1), source.line_end(found.last))
    return dataclasses.replace(found.table, span=span, address=Address(line=found.first, table=number))


def find_tables(source: Source) -> list[FoundTable]:
    """Every table of the text, in reading order (the finders run from the most to the least specific)."""
    taken: set[int] = set()
    found: list[FoundTable] = []
    for finder in (find_markdown_pipe, find_tsv, find_tab_cells, find_lone_pipe):
        for table in finder(source, taken):
            found.append(table)
            taken.update(range(table.first, table.last + 1))
    return sorted(found, key=lambda t: t.first)


def read_text_document(source: Source) -> Document:
    """The ``Document`` of a text export: its blocks in reading order, every span in ``source``."""
    tables = find_tables(source)
    taken: set[int] = set()
    for table in tables:
        taken.update(range(table.first, table.last + 1))
    lines = source.lines
    free = [n for n in range(1, len(lines) + 1) if n not in taken and lines[n - 1].strip() != "|"]
    blanks = sum(1 for n in free if not lines[n - 1].strip())
    blank_separated = blanks * _BLANK_SHARE >= len(free) and blanks > 0
    placed: list[tuple[int, Block]] = [(g[0], _block(source, g)) for g in _paragraph_groups(source, free,
                                                                                          blank_separated)]
    for number, table in enumerate(tables, start=1):
        placed.append((table.first, Block(BlockKind.TABLE, table=_numbered(source, table, number))))
    placed.sort(key=lambda item: item[0])
    return Document(source, tuple(block for _, block in placed), "text")

