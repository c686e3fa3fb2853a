"""The body of a text plan as located blocks (headings, paragraphs, list items), for the body readers.

The body readers (``outline``, ``items``, ``duties``) read a sequence of ``document.Block``; this
module is the small adapter that makes one from a text file's body lines, until the document
readers give every plan a ``Document``. Two shapes of export are told apart by their blank lines:

- **blank-line paragraphs** (the Markdown exports of the corpus, seeds 002 and 004): a paragraph is
  a run of lines between blank lines, hard wraps joined by a space; a line that opens an item
  ("- ", "+ ", "a)", "1.", "1.2.", "II.") inside such a run starts a new block (seed 004 writes two
  bullets on adjacent lines), except a dash after a line that stops on a letter, in the middle of a
  phrase (a hard wrap before the text's own dash: "… Công an thành phố\\n- Thường trực tham mưu …");
- **no blank lines** (seeds 000, 001, 003): the paragraphs ``body.paragraphs`` rebuilds (a wrapped
  line goes on unless it opens an item or the line above ended a sentence).

Emphasis marks (``*``, ``**``) are left out of a block's text, and ``Block.emphasis`` says the
block was emphasised as a whole ("**1. Sở Y tế**", "*2.1. Sở Tài chính:*"); every character of
the text keeps its place in the file through the ``Located`` source map.

Examples:
    >>> from reformrules.source import Source
    >>> src = Source("b.md", "**1.1. Xây\\ndựng chiến lược:**\\n\\n- Đơn vị chủ trì: Sở Khoa học\\nvà Công nghệ.\\n")
    >>> [(str(b), b.emphasis) for b in text_blocks(src, (1, 5))]
    [('1.1. Xây dựng chiến lược:', True), ('- Đơn vị chủ trì: Sở Khoa học và Công nghệ.', False)]
    >>> block = text_blocks(src, (1, 5))[1]
    >>> src.line_col(block.text.to_source(Span(18, 29)).start)
    (4, 19)
"""

from __future__ import annotations

import re
from typing import Sequence

from ..document.model import Address, Block, BlockKind, Located
from ..source import Source, SourceMap, Span
from .body import paragraphs

# A line that opens an item once emphasis marks are left out: "- ", "+ ", "• ", "a)", "1.", "1.2.", "II."
_RUN = re.compile(r"[^\s*]+(?: [^\s*]+)*")  # such words one plain space apart: one piece of the map
_SPACE = re.compile(r"\s")
_OPENS_ITEM = re.compile(r"\s*(?:[-+•–]\s|[-+•–]$|[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)](?:\s|$)|[IVXL]+\.(?:\s|$))")


def stitch(text: str, pieces: Sequence[tuple[int, int]]) -> Located | None:
    """A ``Located`` from ``(start, end)`` line ranges of ``text``: lines joined by one space,
    runs of white space collapsed, ``*`` marks left out. ``None`` when nothing is left.

    Examples:
        >>> loc = stitch("**Thời\\ngian hoàn thành:** Quý I", [(0, 6), (7, 31)])
        >>> loc.text, loc.to_source(Span(0, 4)), loc.to_source(Span(5, 9))
        ('Thời gian hoàn thành: Quý I', Span(start=2, end=6), Span(start=7, end=11))
    """
    out: list[str] = []
    mapping: list[tuple[int, int, int]] = []
    length = 0
    pending = False  # a line break since the last word
    for start, end in pieces:  # runs of words one plain space apart, one mapping piece each
        cursor = start
        for match in _RUN.finditer(text, start, end):
            # one space in the file as in the text inside a run: fewer, longer pieces map every
            # offset the same way, and keep later lookups short
            if length and (pending or _SPACE.search(text, cursor, match.start())):
                out.append(" ")
                length += 1
            pending = False
            size = match.end() - match.start()
            mapping.append((length, match.start(), size))
            out.append(match.group())
            length += size
            cursor = match.end()
        pending = length > 0
    if not out:
        return None
    first, last = mapping[0], mapping[-1]
    return Located("".join(out), Span(first[1], last[1] + last[2]), SourceMap(tuple(mapping)))


def _emphasised(raw: str) -> bool:
    """True when a block's raw text is emphasised as a whole: it opens and closes with ``*``."""
    stripped = raw.strip()
    return stripped.startswith("*") and stripped.rstrip(":.").endswith("*")


def _block(source: Source, lines: Sequence[int]) -> Block | None:
    pieces = []
    for number in lines:
        start = source.offset(number, 1)
        pieces.append((start, start + len(source.line_text(number))))
    located = stitch(source.text, pieces)
    if located is None:
        return None
    located = Located(located.text, located.span, located.source_map, Address(line=lines[0]))
    raw = source.text[pieces[0][0]:pieces[-1][1]]
    kind = BlockKind.LIST_ITEM if located.text[:1] in "-+•–" else BlockKind.PARAGRAPH
    return Block(kind, located, emphasis=_emphasised(raw))


def _blank_separated(source: Source, region: tuple[int, int]) -> bool:
    lines = range(region[0], region[1] + 1)
    blank = sum(1 for n in lines if not source.line_text(n).strip())
    return blank * 20 >= len(lines)  # one blank line in twenty: paragraphs are blank-separated


def _wrapped_dash(source: Source, previous: int, line: str) -> bool:
    """True when a line that opens with a dash continues the line above: that line stops in the middle
    of a phrase, on a letter ("… tích cực của Công an thành phố" / "- Thường trực tham mưu …", corpus
    cantho_153), so the dash is the text's own, not a bullet."""
    above = source.line_text(previous).rstrip(" *")
    return line.lstrip(" *")[:1] in "-–" and above[-1:].isalpha()


def text_blocks(source: Source, region: tuple[int, int]) -> tuple[Block, ...]:
    """The blocks of lines ``region`` (1-based, inclusive) of a text export, in reading order."""
    groups: list[list[int]] = []
    if _blank_separated(source, region):
        current: list[int] = []
        for number in range(region[0], region[1] + 1):
            line = source.line_text(number)
            if not line.strip():
                if current:
                    groups.append(current)
                current = []
                continue
            if current and _OPENS_ITEM.match(line.replace("*", "")) and not _wrapped_dash(source, current[-1], line):
                groups.append(current)
                current = []
            current.append(number)
        if current:
            groups.append(current)
    else:
        groups = [list(range(p.first_line, p.last_line + 1)) for p in paragraphs(source, region)]
    blocks = (_block(source, group) for group in groups)
    return tuple(b for b in blocks if b is not None)
