"""Hypothesis strategies for plan phrases and plans, each drawn with its expected value.

Services that take deadlines, agencies and targets from plans test their own code against the whole space
of real phrasings with these strategies: every draw is a case holding the text *and* what it means, the
meaning built from the library's value types (never by calling the parser), so a property test can assert
its pipeline against it::

    from hypothesis import given
    from reformrules import parse_deadline
    from reformrules.strategies import deadline_phrases

    @given(deadline_phrases())
    def test_my_reminder_service(case):
        deadline = parse_deadline(case.text, case.ctx)
        case.check(deadline)            # raises AssertionError with a readable explanation
        assert my_service.due(case.text) == case.due

Needs the ``hypothesis`` extra (``pip install "reformrules[hypothesis]"``). docs/testing.md has a worked
example that runs under the test command.

- ``deadline_phrases(kinds=…, ctx=…)``: deadline cells of every form the parser supports (windows of each
  granularity, limits, starts, ranges, alternatives "(hoặc …)", conditions with actors, counted periods,
  recurring reports, yearly cut-offs, two-clause cells), with the variation real plans have.
- ``undated_phrases()``: phrases that must never yield a date.
- ``assignment_cells()``: cells and sentences with their expected lead and coordinators.
- ``target_sentences()``: target sentences with their expected comparisons, and reported results that are
  not targets.
- ``plans(layout=…)``: a whole plan text with its expected tasks.
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised in a subprocess test
    raise ImportError(
        "reformrules.strategies needs hypothesis: pip install \"reformrules[hypothesis]\"") from exc

from .assignments import AssignmentCase, assignment_cells
from .deadlines import DEADLINE_KINDS, DeadlineCase, deadline_phrases, undated_phrases
from .plans import PlanCase, TaskExpectation, plans
from .targets import TargetCase, target_sentences

__all__ = [
    "AssignmentCase", "DEADLINE_KINDS", "DeadlineCase", "PlanCase", "TargetCase", "TaskExpectation",
    "assignment_cells", "deadline_phrases", "plans", "target_sentences", "undated_phrases",
]
