"""No silent loss in the body: every non-empty line of a plan's body says what it became (a body
task's text or label, a heading, or text that is no task with the reason), like the appendix lines.
The lines checked by name were read in the files (line numbers of the file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reformrules import read_plan
from reformrules.plans.model import LineRole

ROOT = Path(__file__).resolve().parents[2]
PLANS = sorted((ROOT / "examples" / "plans").glob("*.txt")) + sorted((ROOT / "examples" / "corpus").glob("*_*.md"))


@pytest.fixture(scope="module")
def plans():
    return {}


def _plan(plans, path: Path):
    if path not in plans:
        plans[path] = read_plan(path)
    return plans[path]


def _body_lines(plan) -> list[int]:
    if not plan.body_sections:
        return []
    first = plan.source.line_col(plan.body_sections[0].span.start)[0]
    last = plan.appendix_lines[0] - 1 if plan.appendix_lines else len(plan.source.text.split("\n"))
    return [n for n in range(first, last + 1) if plan.source.line_text(n).strip()]


@pytest.mark.parametrize("path", PLANS, ids=[p.stem[:24] for p in PLANS])
def test_every_body_line_is_accounted_for_once(plans, path) -> None:
    plan = _plan(plans, path)
    lines = [u.line for u in plan.body_accounting]
    assert lines == sorted(set(lines))  # once each, in order
    assert set(_body_lines(plan)) <= set(lines)
    assert [u for u in plan.body_accounting if u.role is LineRole.UNREAD] == []
    tasks = {t.id for t in plan.tasks}
    for use in plan.body_accounting:
        if use.role in (LineRole.TASK, LineRole.LABEL):
            assert use.task_id in tasks, use
        if use.role is LineRole.NOTE:
            assert use.reason, use  # text that is no task says why


def _use(plan, line: int):
    return next(u for u in plan.body_accounting if u.line == line)


def test_seed_004_lines(plans) -> None:
    plan = _plan(plans, ROOT / "examples" / "plans" / "004_507df5ea52532140.txt")
    assert str(_use(plan, 133)) == "133 section"  # "1. Phòng Nội vụ": an agency heading
    assert str(_use(plan, 135)) == "135 task body:IV.1.-1"
    assert str(_use(plan, 171)) == "171 task body:IV.6"  # "Tăng cường thông tin …" goes on item 6
    assert str(_use(plan, 173)) == "173 note (a duty that names no agency or time)"  # "7. Tăng cường kiểm tra …"
    assert str(_use(plan, 185)) == "185 note (closing paragraph)"  # "UBND thị xã đề nghị các cơ quan …"


def test_labelled_lines_are_labels_of_their_task(plans) -> None:
    plan = _plan(plans, ROOT / "examples" / "corpus" / "hanoi_308_KH-UBND_2025.md")
    assert str(_use(plan, 67)) == "67 task body:II.1.1"  # "**1.1. Xây …"
    assert str(_use(plan, 83)) == "83 label body:II.1.1"  # "c) Thời gian thực hiện: Hoàn"
    assert str(_use(plan, 84)) == "84 label body:II.1.1"  # its value, hard-wrapped
