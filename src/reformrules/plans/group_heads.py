"""Group rows whose title applies to the rows under them: a lead agency or a period.

Some task tables group their rows under headings that are not topics but a value every row of the
group shares:

- a **lead agency** ("A. | BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", thutuong_2530 PL I): the lead of each row
  under it whose own lead cell is empty (or that has no lead column);
- a **period** ("I | Giai đoạn 2025-2027", thutuong_2629 PL I, an indicator table without a deadline
  column): the deadline of each row under it whose own deadline cell is empty.

A heading holds for the rows of its group and of the groups nested in it ("I.1" under "I"); the
nearest heading wins. The reader says what a row took (``plan.inherited_cells``).

Examples:
    >>> heading_role("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"), heading_role("**Giai đoạn 2025-2027**")
    ('lead', 'deadline')
    >>> heading_role("CẢI CÁCH THỂ CHẾ"), heading_role("HỘI NHẬP QUỐC TẾ"), heading_role("Nhiệm vụ năm 2025")
    (None, None, None)
"""

from __future__ import annotations

import re
from typing import Sequence

from ..assignments import parse_assignment
from ..document.located import pieces_of
from ..document.text_tables import plain
from .cells import make_cell
from .model import Cell

# A title that is only a time: "Giai đoạn 2025-2027", "Năm 2026", "Từ năm 2026 đến năm 2030",
# "Đến năm 2030" (folded, markup removed; the words as in vocabulary's deadline columns).
_PERIOD_TITLE = re.compile(
    r"(?:(?:giai đoạn|thời kỳ)\s+)?(?:(?:từ|đến|trước|trong)\s+)?(?:năm\s+)?(?:19|20)\d\d"
    r"(?:\s*(?:-|–|đến)\s*(?:năm\s+)?(?:19|20)\d\d)?\s*[:.]?")
_MIN_AGENCY_SHARE = 0.6  # of the title's letters that the named agencies must cover


def heading_role(title: str) -> str | None:
    """"deadline" for a title that is only a period, "lead" for one that only names agencies the
    lexicon knows (or groups of them, "UBND các tỉnh"), else None (a topic)."""
    text = plain(title)
    if not text:
        return None
    if _PERIOD_TITLE.fullmatch(text):
        return "deadline"
    lead = parse_assignment(" ".join(title.split())).lead
    if not lead or any(m.agency_id is None and not m.generic for m in lead):
        return None
    letters = sum(ch.isalpha() for ch in text)
    named = sum(ch.isalpha() for m in lead for ch in m.text)
    return "lead" if letters and named >= _MIN_AGENCY_SHARE * letters else None


def title_cell(cell: Cell, skip: int, source_text: str) -> Cell:
    """The part of a group row's cell after its first ``skip`` characters ("I. " before the title)."""
    if skip <= 0:
        return cell
    start = _offset(cell, skip)
    ranges = [(max(a, start), b) for a, b in pieces_of(cell) if b > start]
    return make_cell(source_text, ranges) if ranges else cell


def _offset(cell: Cell, at: int) -> int:
    """The source offset of a cell's text offset ``at``."""
    for piece_at, start, length in cell.source_map.pieces:
        if piece_at <= at < piece_at + length:
            return start + at - piece_at
    return cell.span.start + at if not cell.source_map.pieces else cell.span.end


def heading_for(heads: dict[str, dict[str, Cell]], section_number: str, role: str) -> Cell | None:
    """The nearest heading of ``role`` over a section: its own, else its parent's ("I" over "I.1")."""
    parts: Sequence[str] = section_number.split(".")
    for size in range(len(parts), 0, -1):
        found = heads.get(".".join(parts[:size]), {}).get(role)
        if found is not None:
            return found
    return None
