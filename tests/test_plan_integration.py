"""A read plan carries parsed deadlines, assignments and targets; its targets evaluate against actuals."""

from __future__ import annotations

from datetime import date

import pytest

from reformrules import evaluate_plan, parse_assignment, parse_deadline, read_plan

SEEDS = ["000_56be073c6998dd9f", "001_e222448dd8226e4d", "002_114c0549c9d7b341", "003_e5038761a6850e2f",
         "004_507df5ea52532140"]


@pytest.fixture(scope="module")
def plans(seeds_dir):
    return {name[:3]: read_plan(seeds_dir / f"{name}.txt") for name in SEEDS}


@pytest.mark.parametrize("seed", [s[:3] for s in SEEDS])
def test_every_cell_is_parsed_with_the_plan_context(plans, seed) -> None:
    plan = plans[seed]
    for task in plan.tasks:  # the table's tasks: each cell parsed once, given as a Located (file spans)
        if task.source != "table":
            continue
        if task.deadline_cell is not None:
            assert task.deadline == parse_deadline(task.deadline_cell, plan.context)  # the cell: file spans
            assert str(task.deadline) == str(parse_deadline(task.deadline_cell.text, plan.context))
        if task.assignment_cell is not None and task.assignment_cell.text.strip():
            assert task.assignment == parse_assignment(task.assignment_cell, plan.context)
        for target in task.targets:
            assert target.id.startswith(task.id + ":")
            assert plan.source.text[target.span.start:target.span.end] == target.text


@pytest.mark.parametrize("seed", [s[:3] for s in SEEDS])
def test_target_ids_are_unique_and_located_in_the_file(plans, seed) -> None:
    plan = plans[seed]
    ids = [t.id for t in plan.targets]
    assert len(ids) == len(set(ids))
    for target in plan.targets:
        assert " ".join(plan.source.text[target.span.start:target.span.end].split()) == " ".join(target.text.split())


def test_hand_checked_facts_of_seed_000(plans) -> None:
    plan = plans["000"]
    first = plan.task("I.1")
    assert [m.name for m in first.assignment.lead] == ["Sở Kế hoạch và Đầu tư"]
    assert str(first.deadline) == "within 2018" and first.deadline.due == date(2018, 12, 31)
    # body line 138: "Mức độ hài lòng … đạt tối thiểu 78%, đối với … đạt tối thiểu 78%"
    assert [str(t) for t in plan.targets if t.id.startswith("body@138:")] == [">= 78%", ">= 78%"]
    # body line 89: "… giảm xuống dưới 5%"
    assert [str(t) for t in plan.targets if t.id.startswith("body@89:")] == ["< 5%"]


def test_hand_checked_product_target_of_seed_003(plans) -> None:
    task = plans["003"].task("IV.3")
    assert [str(t) for t in task.targets] == ["== 100%"]
    assert task.targets[0].subject.startswith("viên chức đạt chuẩn")


def test_evaluate_plan_judges_each_target(plans) -> None:
    table = evaluate_plan(plans["003"], {"body@51:1": "84", "body@51:2": "84.5", "IV.3:1": "100"})
    status = {v.target.id: v.status.value for v in table.verdicts}
    assert status["body@51:1"] == "not_met"  # "trên 84%": 84 is not above 84
    assert status["body@51:2"] == "met"
    assert status["IV.3:1"] == "met"
    assert status["body@37:2"] == "unknown"


def test_skipping_assignments_and_targets(seeds_dir) -> None:
    plan = read_plan(seeds_dir / "004_507df5ea52532140.txt", assignments=False, targets=False)
    assert all(t.assignment is None and t.targets == () for t in plan.tasks) and plan.targets == ()
    assert all(t.deadline is not None for t in plan.tasks if t.deadline_cell is not None)


def test_deadlines_inside_other_cells_are_kept(plans) -> None:
    plan = plans["000"]
    inline = plan.task("II.2").inline_deadlines
    # seed 000 II.2, assignment cell: "- Trong\nvòng 7 ngày kể từ khi có quyết định công bố …"
    assert [str(d) for d in inline] == ['+7d after "có quyết định"']
    assert plan.source.text[inline[0].span.start:inline[0].span.end] == inline[0].text
    assert plan.source.line_col(inline[0].span.start)[0] == 438
