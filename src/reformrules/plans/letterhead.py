"""The plan's header read from the document: the letterhead table, the title block, the plan period.

Exports from legal sites write the letterhead as a small table (ND 30/2020 lays it out as two
columns: the issuer over "Số: …" on the left, the national title over the place and date on the
right; domain.md §5), with its cells bold or italic and hard-wrapped ("*Nghệ An, ngày 18\\ntháng
11 năm 2025*"). Reading its cells, rather than lines, gives back what the line reader misses. A
legal site's metadata block ("Số hiệu:", "Ngày ban hành:" …) sits before it and is not read: its
labels are not the letterhead's.

The title is the block of headings after the letterhead ("KẾ HOẠCH" and the capitals under it). A
title that names one year ("… NĂM 2026") gives the plan year; one that names a span ("giai đoạn
2026-2030", "đến năm 2030") gives a plan period instead.

Examples:
    >>> from reformrules.document.text import read_text_document
    >>> from reformrules.source import Source
    >>> doc = read_text_document(Source("p", "|\\n**ỦY BAN NHÂN DÂN**\\nTỈNH NGHỆ AN\\n-------\\n|\\n**CỘNG HÒA XÃ HỘI\\n"
    ...     "CHỦ NGHĨA VIỆT NAM**\\n|\\n|\\nSố: 980/KH-UBND\\n|\\n*Nghệ An, ngày 18\\ntháng 11 năm 2025*\\n|\\n"
    ...     "**KẾ HOẠCH**\\nTRIỂN KHAI GIAI ĐOẠN 2026 - 2030\\nCăn cứ Luật Tổ chức chính quyền địa phương;"))
    >>> found = read_letterhead(doc).header
    >>> str(found.number), found.place, found.issued, canonical(found.issuer)
    ('980/KH-UBND', 'Nghệ An', datetime.date(2025, 11, 18), 'UBND tỉnh Nghệ An')
    >>> title = read_title(doc)
    >>> title.text, title.plan_year, title.period
    ('KẾ HOẠCH TRIỂN KHAI GIAI ĐOẠN 2026 - 2030', None, (2026, 2030))
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..document import BlockKind, Document, Located
from ..document.located import MARKUP
from ..source import Span
from ..text.fold import fold
from . import patterns
from .model import DocumentNumber, PlanHeader

_RULE = re.compile(r"\s*[-_=]{3,}\s*$")
_PERIOD = re.compile(r"(?:giai\s+đoạn|thời\s+kỳ)\s+((?:19|20)\d\d)\s*-\s*((?:19|20)\d\d)|(?:đến|tới)\s+năm\s+((?:19|20)\d\d)"
                     r"|từ\s+năm\s+((?:19|20)\d\d)\s*(?:-|đến)\s*(?:năm\s+)?((?:19|20)\d\d)")
_YEAR = re.compile(r"\bnăm\s+((?:19|20)\d\d)\b")
_TITLE_BLOCKS = 4
_LETTERHEAD_TABLES = 4  # the letterhead is among the first tables (after a site's blocks)


@dataclass(frozen=True, slots=True)
class Letterhead:
    """What the letterhead table says, as the ``PlanHeader`` fields it fills (number, place, issue date,
    issuer, each with its span in the file; the others unset), and where the table ends (an offset).
    ``read_header`` takes these first and fills the rest from the lines and the title."""

    header: PlanHeader = PlanHeader()
    end: int = 0


@dataclass(frozen=True, slots=True)
class Title:
    """The title block, the plan year or period it names."""

    text: str
    span: Span
    plan_year: int | None
    period: tuple[int | None, int] | None


def canonical(issuer: str | None) -> str | None:
    from .header import canonical_issuer
    return canonical_issuer(issuer) if issuer else None


def _number(cell: Located) -> DocumentNumber | None:
    folded = fold(cell.text)
    match = patterns.NUMBER_LINE.match(folded)
    if match is None:
        return None
    span = Span(match.start(1) if match.group(1) else match.start(2) - 1, match.end(2))
    return DocumentNumber(cell.text[match.start(1):match.end(1)], cell.text[match.start(2):match.end(2)],
                          cell.to_source(span))


def _issuer(cell: Located) -> tuple[str, Span] | None:
    """The issuer lines of a letterhead cell: those above its rule line, in capitals."""
    lines, offset = [], 0
    for line in cell.text.split("\n"):
        if _RULE.match(line) or patterns.MOTTO_LINE.match(fold(line)):
            break
        if line.strip():
            lines.append((offset, offset + len(line)))
        offset += len(line) + 1
    if not lines:
        return None
    text = cell.text[lines[0][0]:lines[-1][1]]
    letters = [c for c in text if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return None
    return text, cell.to_source(Span(lines[0][0], lines[-1][1]))


def read_letterhead(document: Document) -> Letterhead:
    """The letterhead: the first small table holding "Số: …" or a place-and-date cell."""
    tables = [b.table for b in document.blocks if b.table is not None][:_LETTERHEAD_TABLES]
    for table in tables:
        cells = [(r, c) for r, row in enumerate(table.rows) for c in row.cells]
        number = place = None
        found: dict = {}
        for r, cell in cells:
            if number is None and (number := _number(cell.text)) is not None:
                found["number"] = number
                found["number_at"] = (r, cell.column)
            folded = fold(cell.text.text)
            match = patterns.PLACE_DATE_LINE.match(folded)
            if place is None and match and not patterns.CITATION_LINE.match(folded):
                written = cell.text.text[match.start(1):match.end(1)].strip()
                place = " ".join(written.split())
                found["place"] = place
                found["place_span"] = cell.text.to_source(Span(match.start(1), match.start(1) + len(written)))
                found["date_span"] = cell.text.to_source(Span(match.start(1), match.end()))
                day, month, year = (match.group(i) for i in (2, 3, 4))
                if month and year and 1 <= int(month) <= 12:
                    found["issued_month"] = (int(year), int(month))
                    try:
                        found["issued"] = date(int(year), int(month), int(day)) if day else None
                    except ValueError:
                        found["issued"] = None
        if not found:
            continue
        if "number_at" in found:
            r, column = found.pop("number_at")
            above = [c for c in table.rows[r - 1].cells if c.column == column] if r else []
            issuer = _issuer(above[0].text) if above else None
            if issuer is not None:
                found["issuer"], found["issuer_span"] = issuer
        return Letterhead(PlanHeader(**found), table.span.end)
    return Letterhead()


def read_title(document: Document, after: int = 0) -> Title | None:
    """The title block after offset ``after`` (the letterhead): the document type and the headings
    under it, up to the first block that is not a heading."""
    blocks = []
    for block in document.blocks:
        if block.text is None or block.span.end <= after:
            if blocks:
                break
            continue
        text = MARKUP.sub("", block.text.text).strip()
        if not text:
            continue
        letters = [c for c in text if c.isalpha()]
        capitals = len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
        if block.kind is BlockKind.HEADING or capitals:
            if block.number is not None and not blocks:
                break  # a numbered section: the body has begun
            blocks.append(block)
            if len(blocks) >= _TITLE_BLOCKS:
                break
        elif blocks:
            break
        elif len(blocks) == 0 and block.kind is not BlockKind.HEADING:
            continue
    if not blocks:
        return None
    text = " ".join(" ".join(b.text.text.split()) for b in blocks)
    span = Span(blocks[0].span.start, blocks[-1].span.end)
    folded = fold(text)
    period = None
    for match in _PERIOD.finditer(folded):
        if match.group(1):
            period = (int(match.group(1)), int(match.group(2)))
        elif match.group(4):
            period = (int(match.group(4)), int(match.group(5)))
        elif match.group(3):
            period = (None, int(match.group(3)))
        break
    years = [int(m.group(1)) for m in _YEAR.finditer(folded)]
    plan_year = years[-1] if years and period is None else None
    return Title(text, span, plan_year, period)
