"""Assignment cells and sentences drawn with their expected lead and coordinators.

Agencies are drawn from the packaged lexicon (``reformrules.lexicon.agencies.default_lexicon``): any single
body of the national or provincial level, the 2025 names included, written by its canonical name. The
expected names are the lexicon's names, never the parser's output.

Examples:
    >>> from hypothesis import given, settings
    >>> from reformrules.assignments import parse_assignment
    >>> @settings(max_examples=20, database=None)
    ... @given(assignment_cells())
    ... def check(case):
    ...     case.check(parse_assignment(case.text))
    >>> check()
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from hypothesis import strategies as st

from ..assignments.model import Assignment
from ..lexicon.agencies import default_lexicon
from ..text.fold import fold
from .variation import vary

#: The forms ``assignment_cells`` draws, simplest first.
ASSIGNMENT_FORMS = ("single", "lead_with", "lead_then_coordinators", "labels", "assigned", "bracketed")

#: How the names of a list are joined in the source.
LIST_SEPARATORS = (", ",)
_LEVELS = ("central", "province")
# Kinds of rows that are not one body a task can be given to, or whose names are commonly parts of others.
_SKIP_KINDS = ("group", "head", "unit", "division", "one_stop_desk", "portal")


@dataclass(frozen=True)
class AssignmentCase:
    """A cell or sentence and who it makes responsible (canonical lexicon names, in order)."""

    text: str
    lead: tuple[str, ...]
    coordinators: tuple[str, ...]
    form: str

    def mismatch(self, assignment: Assignment) -> str | None:
        """Why ``assignment`` does not name the expected lead and coordinators, or None."""
        lead = tuple(fold(m.name) for m in assignment.lead)
        coordinators = tuple(fold(m.name) for m in assignment.coordinators)
        if lead != tuple(map(fold, self.lead)):
            return f"lead {[m.name for m in assignment.lead]} != expected {list(self.lead)}"
        if sorted(coordinators) != sorted(map(fold, self.coordinators)):
            return f"coordinators {[m.name for m in assignment.coordinators]} != expected {list(self.coordinators)}"
        return None

    def check(self, assignment: Assignment) -> None:
        """Raise ``AssertionError`` naming the difference when the assignment is not the expected one."""
        why = self.mismatch(assignment)
        if why is not None:
            raise AssertionError(f"{self.text!r} ({self.form}): {why}")


@lru_cache(maxsize=1)
def agency_names() -> tuple[str, ...]:
    """Canonical names of the single national and provincial bodies of the packaged lexicon."""
    rows = default_lexicon().agencies.values()
    return tuple(sorted({a.name for a in rows if a.level in _LEVELS and a.kind not in _SKIP_KINDS}))


def _join(names: list[str], draw, separators: tuple[str, ...]) -> str:
    if len(names) == 1:
        return names[0]
    sep = draw(st.sampled_from(separators))
    last = draw(st.sampled_from((sep, " và ")))
    return sep.join(names[:-1]) + last + names[-1]


@st.composite
def assignment_cells(draw, forms: tuple[str, ...] = ASSIGNMENT_FORMS,
                     separators: tuple[str, ...] = LIST_SEPARATORS) -> AssignmentCase:
    """A cell, labelled lines or a sentence naming a lead and its coordinators.

    ``forms``: "single" ("Sở Nội vụ"), "lead_with" ("A chủ trì, phối hợp với B, C"), "lead_then_coordinators"
    ("A chủ trì; B, C phối hợp"), "labels" ("Cơ quan chủ trì: A" / "Cơ quan phối hợp: B"), "assigned"
    ("Giao A chủ trì, phối hợp với B"), "bracketed" ("A (chủ trì), B, C (phối hợp)"). ``separators`` join the
    names of a list (the last two may also be joined by "và"); names that hold a comma ("Sở Văn hóa, Thể thao
    và Du lịch") stay whole in a comma list.
    """
    names = agency_names()
    form = draw(st.sampled_from(forms))
    count = 0 if form == "single" else draw(st.integers(1, 3))
    chosen = draw(st.lists(st.sampled_from(names), min_size=count + 1, max_size=count + 1, unique=True))
    lead, coordinators = chosen[0], chosen[1:]
    if form == "single":
        text = lead
    elif form == "lead_with":
        text = f"{lead} chủ trì, phối hợp với {_join(coordinators, draw, separators)}"
    elif form == "lead_then_coordinators":
        text = f"{lead} chủ trì; {_join(coordinators, draw, separators)} phối hợp"
    elif form == "labels":
        lead_label = draw(st.sampled_from(("Cơ quan chủ trì", "Đơn vị chủ trì", "Chủ trì")))
        with_label = draw(st.sampled_from(("Cơ quan phối hợp", "Đơn vị phối hợp", "Phối hợp")))
        text = f"{lead_label}: {lead}\n{with_label}: {_join(coordinators, draw, separators)}"
    elif form == "assigned":
        text = f"Giao {lead} chủ trì, phối hợp với {_join(coordinators, draw, separators)}"
    else:
        text = f"{lead} (chủ trì), " + ", ".join(coordinators) + " (phối hợp)"
    text = draw(vary(text, ("none", "nbsp", "double_space", "old_tone")))
    return AssignmentCase(text, (lead,), tuple(coordinators), form)
