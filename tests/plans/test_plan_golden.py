"""Golden task tables: the ids, order and count of every seed's tasks, and where each task's text starts.

``tests/golden/seed_00X/tasks.tsv`` has one row per task: ``id``, then the ``line`` and ``col``
(1-based, code points, a tab counts one) where the task's content starts in the seed, and the
first characters of that content. The rows were written by reading the seeds (the appendix
tables, and for 002 body section II), not from the reader's output. The test checks that
``content_start`` really stands at ``line:col`` in the seed, and that the reader returns exactly
these tasks, in this order, with their content starting there.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from plan_seeds import GOLDEN, SEED_FILES

COLUMNS = ["id", "line", "col", "content_start"]


def _rows(seed: str) -> list[dict[str, str]]:
    path = GOLDEN / f"seed_{seed}" / "tasks.tsv"
    if not path.is_file():
        pytest.fail(f"golden table missing: {path}")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert reader.fieldnames == COLUMNS, f"{path}: header must be {COLUMNS}"
        return list(reader)


ALL_ROWS = [(seed, row) for seed in SEED_FILES for row in _rows(seed)]
# Hand-counted task numbers per seed (sections × rows, read in the seeds).
COUNTS = {"000": 9 + 6 + 2 + 5 + 4 + 5 + 13, "001": 3 + 5 + 4 + 2 + 1 + 5 + 7, "002": 7 + 4 + 6 + 4 + 5 + 6 + 7,
          "003": 3 + 6 + 10 + 12, "004": 8 + 8 + 5 + 6 + 3 + 2 + 6}


@pytest.mark.parametrize("seed", SEED_FILES)
def test_golden_table_is_well_formed(seed: str) -> None:
    rows = _rows(seed)
    assert len(rows) == COUNTS[seed]
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)), "duplicate ids in the golden table"
    for row in rows:
        assert int(row["line"]) > 0 and int(row["col"]) > 0
        assert 0 < len(row["content_start"]) <= 40 and row["content_start"] == row["content_start"].strip()


@pytest.mark.parametrize("seed, row", ALL_ROWS, ids=[f"{s}:{r['id']}" for s, r in ALL_ROWS])
def test_content_start_stands_at_its_position(seed: str, row: dict[str, str], seed_path) -> None:
    lines = Path(seed_path(seed)).read_text(encoding="utf-8").split("\n")
    line = lines[int(row["line"]) - 1]
    assert line[int(row["col"]) - 1:].startswith(row["content_start"]), (
        f"{seed}:{row['line']}:{row['col']} holds {line[int(row['col']) - 1:][:40]!r}")


@pytest.mark.parametrize("seed", SEED_FILES)
def test_reader_returns_exactly_the_golden_tasks_in_order(seed: str, seed_plan) -> None:
    # the table's rows (and 002's task section); body duties have their own goldens (tests/plans/test_body_*.py)
    assert [t.id for t in seed_plan(seed).tasks if t.source in ("table", "body:item")] == [row["id"] for row in _rows(seed)]


@pytest.mark.parametrize("seed, row", ALL_ROWS, ids=[f"{s}:{r['id']}" for s, r in ALL_ROWS])
def test_task_content_starts_at_its_position(seed: str, row: dict[str, str], seed_plan) -> None:
    plan = seed_plan(seed)
    task = plan.task(row["id"])
    assert plan.source.line_col(task.content.span.start) == (int(row["line"]), int(row["col"]))
    assert task.content.text.startswith(row["content_start"])
    assert task.ref.id == row["id"] and str(task.ref) == f"{plan.doc_id}#{row['id']}"
    assert task.line <= int(row["line"]) <= task.end_line


@pytest.mark.parametrize("seed", SEED_FILES)
def test_plan_survives_the_json_boundary(seed: str, seed_plan) -> None:
    """Values are dataclasses; pydantic's TypeAdapter dumps and validates them at the JSON boundary."""
    from pydantic import TypeAdapter

    from reformrules.plans import Plan, Task

    plan = seed_plan(seed)
    tasks = TypeAdapter(tuple[Task, ...])
    assert tasks.validate_json(tasks.dump_json(plan.tasks)) == plan.tasks
    plans = TypeAdapter(Plan)
    assert plans.validate_json(plans.dump_json(plan)) == plan
