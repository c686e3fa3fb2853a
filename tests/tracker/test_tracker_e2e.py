"""End to end, per seed: the plan file, a hand-written progress file, an as-of date, every task's status.

The expected tables (``data/seed_XXX_status.tsv``: id, line, deadline as written, status, due) were
written by hand from the seed text and the rules of docs/tracker.md, not from the code: a deadline
fragment must stand on the task's lines in the seed, so a row cannot drift from the source.
The progress files hold invented completions and events (their notes say so).
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from reformrules.plans import read_plan
from reformrules.tracker import load_progress, track

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
PLANS = ROOT / "examples" / "plans"

# seed: (plan file, progress file, as-of date, expected note codes)
SEEDS = {
    "000": ("000_56be073c6998dd9f.txt", "seed_000_progress.csv", date(2018, 7, 2), ["tracker.after_as_of"]),
    "001": ("001_e222448dd8226e4d.txt", "seed_001_progress.csv", date(2022, 3, 28), []),
    "002": ("002_114c0549c9d7b341.txt", "seed_002_progress.csv", date(2022, 6, 14), ["tracker.unknown_task"]),
    "003": ("003_e5038761a6850e2f.txt", "seed_003_progress.json", date(2023, 6, 26), ["tracker.after_as_of"]),
    "004": ("004_507df5ea52532140.txt", "seed_004_progress.json", date(2022, 7, 1), []),
}


def _expected(seed: str) -> list[dict[str, str]]:
    with (DATA / f"seed_{seed}_status.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def reports():
    cache = {}

    def get(seed: str):
        if seed not in cache:
            name, progress, as_of, _ = SEEDS[seed]
            path = PLANS / name
            if not path.is_file():
                pytest.fail(f"seed plan missing: {path}")
            plan = read_plan(path)
            cache[seed] = (plan, track(plan, as_of, load_progress(DATA / progress)))
        return cache[seed]
    return get


ROWS = [(seed, row) for seed in SEEDS for row in _expected(seed)]


@pytest.mark.parametrize("seed, row", ROWS, ids=[f"{s}:{r['id']}:{r['line']}" for s, r in ROWS])
def test_status_row(reports, seed: str, row: dict[str, str]) -> None:
    plan, report = reports(seed)
    task = plan.task(row["id"])
    got = report.task(row["id"])
    assert (got.line, task.line) == (int(row["line"]), int(row["line"]))
    lines = plan.source.text.splitlines()[task.line - 1:task.end_line]
    if row["deadline"]:
        assert row["deadline"] in "\n".join(lines), f"{row['deadline']!r} is not on lines {task.line}-{task.end_line}"
    due = date.fromisoformat(row["due"]) if row["due"] else None
    assert (got.status.value, got.due) == (row["status"], due), got.why


@pytest.mark.parametrize("seed", SEEDS)
def test_every_task_has_a_row_and_the_notes_are_the_expected_ones(reports, seed: str) -> None:
    plan, report = reports(seed)
    assert [t.id for t in report.tasks] == [t.id for t in plan.tasks]
    # the table's rows here; the body's duties ("body:…") are checked in tests/plans/test_body_*.py
    assert [r["id"] for r in _expected(seed)] == [t.id for t in plan.tasks if not t.id.startswith("body:")]
    assert [n.code for n in report.notes] == SEEDS[seed][3]


def test_same_inputs_same_report(reports) -> None:
    plan, report = reports("004")
    name, progress, as_of, _ = SEEDS["004"]
    assert track(plan, as_of, load_progress(DATA / progress)) == report
