"""Column roles from header cells, through the vocabulary table, and what kind of table a header makes.

Examples:
    >>> column_roles(["**STT**", "Nhiệm vụ", "Cơ quan chủ trì[1]", "CƠ QUAN PHỐI HỢP", "Thời gian thực hiện"])
    ('number', 'content', 'lead', 'coordinators', 'deadline')
    >>> table_kind(("number", "indicator", "lead"))
    'indicators'
    >>> table_kind(("number", "indicator", "unit", "year", "year"))
    'grid'
"""

from __future__ import annotations

import re
from typing import Sequence

from ..document.text_tables import plain
from .vocabulary import COLUMN_VOCABULARY, YEAR_COLUMN

_YEAR = re.compile(YEAR_COLUMN)


def _word(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)")


# The vocabulary compiled once: every phrase with its role, longest first (a stable sort keeps the
# table's order among phrases of one length); the whole-cell words; the combined-column phrases.
_PHRASES = tuple(sorted(((phrase, role, _word(phrase)) for role, phrases, _, _ in COLUMN_VOCABULARY
                         for phrase in phrases), key=lambda item: -len(item[0])))
_EXACT: dict[str, str] = {}
for _role, _, _exact, _ in COLUMN_VOCABULARY:
    for _text in _exact:
        _EXACT.setdefault(_text, _role)
_ASSIGNMENT = re.compile("|".join(r"(?<!\w)" + re.escape(p) + r"(?!\w)" for role, phrases, _, _ in COLUMN_VOCABULARY
                                  if role == "assignment" for p in phrases) or r"(?!)")
# Roles that make a table a list of tasks (together with a content or indicator column).
_TASK_ROLES = frozenset({"deadline", "lead", "coordinators", "assignment", "product"})


def column_role(header: str) -> str:
    """The role of one header cell: the vocabulary's longest phrase in it, else "year" or "other"
    (a cell that names the combined assignment, "Phân công …", is that column whatever else it says).

    Examples:
        >>> [column_role(h) for h in ("Thời gian thực hiện", "Đơn vị chủ trì", "Đơn vị", "Thuộc nhóm nhiệm vụ, hành động",
        ...                           "Phân công (cơ quan chủ trì/phối hợp)", "ƯTH 2025", "Cơ quan thẩm tra")]
        ['deadline', 'lead', 'unit', 'category', 'assignment', 'year', 'other']
    """
    text = plain(header)
    if _ASSIGNMENT.search(text):  # "Phân công (chủ trì/phối hợp)": one combined column
        return "assignment"
    if text in _EXACT:  # a whole-cell word ("STT") wins over any phrase inside the cell
        return _EXACT[text]
    for phrase, role, pattern in _PHRASES:  # longest first; among equals, the vocabulary's order
        if phrase in text and pattern.search(text):
            return role
    return "year" if _YEAR.fullmatch(text) else "other"


def column_roles(headers: Sequence[str]) -> tuple[str, ...]:
    """The role of each header cell; a second content column is kept as "details"."""
    roles = [column_role(h) for h in headers]
    seen_content = False
    for index, role in enumerate(roles):
        if role == "content":
            if seen_content:
                roles[index] = "details"
            seen_content = True
    return tuple(roles)


def table_kind(roles: Sequence[str]) -> str:
    """"tasks" (a content column and a deadline, agency or product column), "indicators" (indicators
    with a lead or result column: targets with their lead), "grid" (indicators by year, or a
    monitoring table: no task), or "other"."""
    present = set(roles)
    if "monitoring" in present and "content" not in present:
        return "other"
    if "content" in present and present & _TASK_ROLES:
        return "tasks"
    if "indicator" in present and present & {"lead", "assignment", "deadline"}:
        return "indicators"
    if "indicator" in present or roles.count("year") >= 2:
        return "grid"
    return "other"
