"""Numbering gaps of a table: section numerals or row numbers that skip or repeat.

Examples:
    >>> from reformrules.plans.model import Section
    >>> [d.message for d in numbering_gaps([Section("I", "A"), Section("III", "C")], [])]
    ['section III follows section I']
"""

from __future__ import annotations

from typing import Sequence

from ..diagnostics import Code, Diagnostic, warning
from ..refs import int_to_roman, is_roman, roman_to_int
from .model import Section, Task


def numbering_gaps(sections: Sequence[Section], tasks: Sequence[Task]) -> list[Diagnostic]:
    """``plan.numbering_gap`` where section numerals or row numbers skip or repeat."""
    notes = []
    previous = 0
    for section in sections:
        if section.inferred or not is_roman(section.number):
            continue
        value = roman_to_int(section.number)
        if previous and value != previous + 1:
            notes.append(warning(Code.PLAN_NUMBERING_GAP, f"section {section.number} follows section "
                                 f"{int_to_roman(previous)}", section.span))
        previous = value
    last: dict[str, int] = {}
    for task in tasks:
        if not task.number.isdigit() or "/" in task.id:
            continue
        value = int(task.number)
        key = task.section.number
        if key in last and value != last[key] + 1:
            notes.append(warning(Code.PLAN_NUMBERING_GAP, f"row {task.number} follows row {last[key]} in section "
                                 f"{key or '(none)'}", task.span))
        elif key not in last and value != 1 and not task.section.inferred:
            notes.append(warning(Code.PLAN_NUMBERING_GAP, f"section {key or '(none)'} starts at row {value}",
                                 task.span))
        last[key] = value
    return notes
