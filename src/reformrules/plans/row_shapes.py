"""Rows that do not fill their table's header: which column each of their cells belongs to.

A table row can have fewer cells than the header: a sub-row under merged cells ("- …" rows that
share the number, the lead and the coordinators of the row above), or a row of a badly formed
export that lost a cell in its middle (ubtvqh_1339's Markdown rows II.1 and II.4 have no "Cơ quan
thẩm tra" cell, so their "Tiến độ" and "Hồ sơ" cells come one column early). The cells are then
placed by what they hold: each column role scores the text of a cell (``cell_fit``: an agency fits
an agency column, a time the deadline column, other text a text column), and the cells, kept in
order, go to the columns with the highest total (``fit_columns``). A short row is placed this way
only when that total beats the cells' own positions (``align_short_row``).

Examples:
    >>> roles = ("content", "lead", "lead", "other", "deadline", "product")
    >>> align_short_row(["Nghị quyết về việc giải thể Viện", "Ban Công tác đại biểu", "Ban Công tác đại biểu",
    ...                  "Trình UBTVQH xem xét, thông qua trước ngày 10/01/2025", "- Hồ sơ trình UBTVQH gồm có: "
    ...                  "(1) Tờ trình về dự thảo Nghị quyết; (2) Dự thảo Nghị quyết và các tài liệu khác."], roles)
    [0, 1, 2, 4, 5]
    >>> align_short_row(["Việc A", "Sở Tài chính"], roles) is None  # in place already
    True
"""

from __future__ import annotations

import re
from typing import Sequence

from ..document.text_tables import marker_kind
from ..text.fold import fold
from .vocabulary import AGENCY_HEADS

_AGENCY_HEAD = re.compile(r"[\s\-+•*]*(?:các\s+)?(?:" + "|".join(AGENCY_HEADS) + r")\b")
_SHORT_CELL = 90  # characters: a cell shorter than this with a time word is a time
_TIME_OPENING = 60  # characters: a longer time cell names its time this early
_WHEN = re.compile(r"\b(?:19|20)\d\d\b|\b(?:quý|tháng|thường xuyên|hằng năm|hàng năm|giai đoạn|trước ngày|năm)\b")
AGENCY_ROLES = frozenset({"lead", "coordinators", "assignment"})


def is_agency(text: str, folded: str | None = None) -> bool:
    """A cell that names agencies: an agency word, then a name in capitals ("Bộ Xây dựng", not "Bộ
    công cụ") or a list ("Các bộ, ngành"); "Ủy ban nhân dân …", "UBND …" as they are.

    Examples:
        >>> [is_agency(t) for t in ("Bộ Xây dựng", "Bộ công cụ kiểm kê", "Các bộ, ngành liên quan", "UBND các tỉnh")]
        [True, False, True, True]
    """
    folded = folded if folded is not None else " ".join(fold(text).split())
    match = _AGENCY_HEAD.match(folded)
    if match is None or len(folded) >= 200:
        return False
    rest = " ".join(text.split())[match.end():].lstrip()  # folding keeps offsets
    head = folded[match.start():match.end()].strip(" -+•*")
    head = head[4:].lstrip() if head.startswith("các ") else head  # "Các bộ, ngành": the head is "bộ"
    if " " in head or head in ("ubnd", "hđnd", "bchqs", "vp"):
        return True
    return bool(rest) and (rest[0].isupper() or rest[0] in ",;")


def is_when(folded: str) -> bool:
    """A cell that reads as a time: a short one with a time word, or a longer one (a deadline cell that
    goes on with how: "Trình Thủ tướng Chính phủ trong năm 2026 và triển khai …", "Thực hiện trong
    giai đoạn 2026 - 2030. Trong đó …") with a time word in its first words.

    Examples:
        >>> is_when("giai đoạn 2026 - 2030"), is_when("thực hiện trong giai đoạn 2026 - 2030. trong đó triển khai "
        ...                                         "các chương trình thí điểm trong giai đoạn 2027 - 2030")
        (True, True)
        >>> is_when("tiếp tục triển khai hiệu quả đề án trồng một tỷ cây xanh và xây dựng chương trình cho giai đoạn "
        ...         "2026 - 2030.")
        False
    """
    if len(folded) < _SHORT_CELL:
        return _WHEN.search(folded) is not None
    return len(folded) < 2 * _SHORT_CELL and _WHEN.search(folded, 0, _TIME_OPENING) is not None


def cell_fit(text: str, role: str) -> int:
    """How well a cell's text fits a column: 2 for an agency in an agency column or a time in the
    deadline column, 1 for other text in a text column, 0 otherwise."""
    folded = " ".join(fold(text).split())
    agency = is_agency(text, folded)
    when = is_when(folded)
    if role in AGENCY_ROLES:
        return 2 if agency else 0
    if role == "deadline":
        return 2 if when and not agency else 0
    if role == "number":
        return 2 if marker_kind(text) == "number" else 0
    return 0 if agency or (when and len(folded) < 40) else 1


def fit_columns(texts: Sequence[str], roles: Sequence[str]) -> list[int]:
    """The columns (in order) that best take the cells of a short row: the sum of ``cell_fit`` is the
    largest, and among equals the cells stand furthest right (a merged cell is usually on the left).

    Examples:
        >>> roles = ("number", "content", "lead", "coordinators", "deadline")
        >>> fit_columns(["Ủy ban nhân dân các tỉnh", "Đài Truyền hình và các cơ quan báo chí"], roles)
        [2, 3]
        >>> fit_columns(["Các bộ, ngành liên quan", "- Nghiên cứu chương trình đào tạo", "Chương trình được ban hành",
        ...              "Giai đoạn 2026 - 2030"], ("number", "lead", "coordinators", "category", "content", "product", "deadline"))
        [2, 4, 5, 6]
    """
    k, width = len(texts), len(roles)
    if k >= width:
        return list(range(k))
    scores = [[cell_fit(text, role) for role in roles] for text in texts]
    best: dict[tuple[int, int], tuple[int, int, tuple[int, ...]]] = {}

    def solve(i: int, start: int) -> tuple[int, int, tuple[int, ...]]:
        if i == k:
            return 0, 0, ()
        key = (i, start)
        if key not in best:
            options = []
            for column in range(start, width - (k - i) + 1):
                score, where, rest = solve(i + 1, column + 1)
                options.append((score + scores[i][column], where + column, (column, *rest)))
            best[key] = max(options)
        return best[key]

    return list(solve(0, 0)[2])


def align_short_row(texts: Sequence[str], roles: Sequence[str]) -> list[int] | None:
    """The columns of a row with fewer cells than ``roles`` (all of them with text) when the cells fit
    other columns better than their own positions; None when they stand where they belong (or the row
    is not short)."""
    if not 2 <= len(texts) < len(roles) or not all(t.strip() for t in texts):
        return None
    fitted = fit_columns(texts, roles)
    own = sum(cell_fit(t, roles[i]) for i, t in enumerate(texts))
    better = sum(cell_fit(t, roles[c]) for t, c in zip(texts, fitted))
    return fitted if better > own else None
