"""The public strategies: every draw reads back as its expected value, every rule kind is drawn, and the
expectations are built without the parsers.

The number of examples per property is ``REFORMRULES_STRATEGY_EXAMPLES`` (default 600); the 10⁵ run is
``REFORMRULES_STRATEGY_EXAMPLES=100000 python -m pytest tests/test_strategies.py -k round_trip``.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, find, given, settings

from reformrules import PlanContext, parse_deadline, read_plan
from reformrules.assignments import parse_assignment
from reformrules.deadlines import AllOf, AnyOf, After, By, From, Granularity, Recurring, Within
from reformrules.strategies import (DEADLINE_KINDS, assignment_cells, deadline_phrases, plans, target_sentences,
                                    undated_phrases)
from reformrules.strategies.plans import LAYOUTS
from reformrules.strategies.variation import new_tone, old_tone
from reformrules.targets import parse_targets

EXAMPLES = int(os.environ.get("REFORMRULES_STRATEGY_EXAMPLES", "600"))
many = settings(max_examples=EXAMPLES, database=None, deadline=None, suppress_health_check=list(HealthCheck))
few = settings(max_examples=max(10, EXAMPLES // 40), database=None, deadline=None,
               suppress_health_check=list(HealthCheck))
SRC = Path(__file__).resolve().parents[1] / "src" / "reformrules" / "strategies"


@many
@given(deadline_phrases())
def test_deadline_phrases_round_trip(case) -> None:
    case.check(parse_deadline(case.text, case.ctx))


@many
@given(deadline_phrases(ctx=PlanContext(plan_year=2031)))
def test_deadline_phrases_round_trip_without_an_issue_date(case) -> None:
    assert case.kind != "counted"  # counted periods need the issue date: never drawn without one
    case.check(parse_deadline(case.text, case.ctx))


@many
@given(undated_phrases())
def test_undated_phrases_never_yield_a_date(text) -> None:
    d = parse_deadline(text, PlanContext(plan_year=2022))
    assert (d.start, d.due) == (None, None), (text, str(d))


@many
@given(assignment_cells())
def test_assignment_cells_round_trip(case) -> None:
    case.check(parse_assignment(case.text))


@many
@given(target_sentences())
def test_target_sentences_round_trip(case) -> None:
    case.check(parse_targets(case.text))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_plans_read_back_with_their_tasks(layout) -> None:
    @few
    @given(plans(layout=layout))
    def check(case):
        case.check(read_plan(case.text))

    check()


@pytest.mark.parametrize("kind", DEADLINE_KINDS)
def test_each_kind_is_drawn(kind) -> None:
    case = find(deadline_phrases(kinds=(kind,)), lambda c: True, settings=settings(database=None))
    assert case.kind == kind


def test_every_rule_kind_is_drawn() -> None:
    seen = set()
    for kind in DEADLINE_KINDS:
        seen.add(type(find(deadline_phrases(kinds=(kind,)), lambda c: True, settings=settings(database=None)).rule))
    assert seen == {Within, By, From, Recurring, After, AnyOf, AllOf}


def test_a_counterexample_shrinks_to_the_plain_form() -> None:
    # the simplest month window, without any rewrite: what a failing test would report
    case = find(deadline_phrases(kinds=("window",)),
                lambda c: c.rule.window.granularity is Granularity.MONTH, settings=settings(database=None))
    assert case.text == "Tháng 1/2022"
    case = find(deadline_phrases(), lambda c: c.conditional, settings=settings(database=None))
    assert case.text == case.plain and len(case.text) <= 40, case.text  # no rewrite left, a short phrase


def test_a_mismatch_is_explained() -> None:
    case = find(deadline_phrases(kinds=("limit",)), lambda c: True, settings=settings(database=None))
    with pytest.raises(AssertionError, match="expected by"):
        case.check(parse_deadline("Quý II/2022"))


def test_unknown_kinds_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown deadline kinds"):
        deadline_phrases(kinds=("weekly",))


@pytest.mark.parametrize("new, old", [("Khánh Hòa", "Khánh Hoà"), ("Ủy ban", "Uỷ ban"), ("Quý I", "Quý I"),
                                      ("hoàn thành", "hoàn thành")])
def test_tone_placement_rewrites(new, old) -> None:
    assert old_tone(new) == old and new_tone(old) == new


def test_expectations_never_come_from_a_parser() -> None:
    parsers = {"parser", "reader", "grammar", "fastpath", "lists"}
    for path in SRC.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not parsers & set(node.module.split(".")), f"{path.name} imports {node.module}"
                names = {a.name for a in node.names}
                assert not names & {"parse_deadline", "parse_assignment", "parse_targets", "read_plan",
                                    "find_deadlines"}, f"{path.name} imports a parser"


def test_importing_without_hypothesis_names_the_extra() -> None:
    code = ("import sys; sys.modules['hypothesis'] = None\n"
            "try:\n import reformrules.strategies\nexcept ImportError as e:\n print(e)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert 'pip install "reformrules[hypothesis]"' in out
