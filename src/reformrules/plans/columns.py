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
    best, length = "other", 0
    for role, phrases, _, _ in COLUMN_VOCABULARY:  # "Phân công (chủ trì/phối hợp)": one combined column
        if role == "assignment" and any(re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", text) for p in phrases):
            return role
    for role, phrases, exact, _ in COLUMN_VOCABULARY:
        if text in exact and len(text) > length:
            best, length = role, len(text)
        for phrase in phrases:
            if len(phrase) > length and re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text):
                best, length = role, len(phrase)
    if best == "other" and _YEAR.fullmatch(text):
        return "year"
    return best


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
