"""Golden task tables of corpus plans (examples/corpus/), written by hand, compared with the reader.

``tests/golden/corpus/<plan>.tsv`` has one row per task of the plan's task table: its ``id``, the
``line``/``col`` where its content starts and the first words of that content, and for the
deadline, lead and coordinator cells where each starts (``line:col``) with its first words, as the
file writes them (emphasis markers included). Rows were written by reading the annex of each file
(tests/golden/corpus/README.md); a row can only change after the file was read again. An empty
table says that the plan's tables list no tasks (monitoring tables, yearly indicator grids).

The tests check that every golden text stands at its position in the file, that the reader finds
exactly the golden tasks in order, and that each deadline, lead and coordinator cell it reads is
the golden one. Misreadings that are known and explained are strict xfails: they fail the suite
the day they are fixed, so the golden note can be removed.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from reformrules.document.text_tables import plain
from reformrules.plans import read_plan

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "corpus"
CORPUS = ROOT / "examples" / "corpus"
PLANS = {  # golden table -> (corpus file, the prefix of the task ids it covers)
    "nghean_980": ("nghean_980_KH-UBND_2025.md", ""),
    "dongthap_552": ("dongthap_552_KH-UBND_2025.md", ""),
    "chinhphu_394": ("chinhphu_394_NQ-CP_2025.md", ""),
    "thutuong_2597": ("thutuong_2597_QD-TTg_2025.md", ""),
    "thutuong_2530_PL2": ("thutuong_2530_QD-TTg_2025.md", "A2."),
    "bacninh_144": ("bacninh_144_KH-UBND_2025.md", ""),
    "ubtvqh_1339": ("ubtvqh_1339_NQ-UBTVQH15_2024.md", ""),
    "sonla_2954": ("sonla_2954_QD-UBND_2025.md", ""),
    "thanhhoa_235": ("thanhhoa_235_KH-UBND_2025.md", ""),
}
FIELDS = {"deadline": "deadline_cell", "lead": "lead_cell", "coordinators": "coordinator_cell"}
# (plan, task, field): why the reader misses it (none known today).
KNOWN_MISREADS: dict[tuple[str, str, str], str] = {}


def rows(name: str) -> list[dict[str, str]]:
    with (GOLDEN / f"{name}.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


_PLANS: dict[str, object] = {}


def plan_of(name: str):
    if name not in _PLANS:
        _PLANS[name] = read_plan(CORPUS / PLANS[name][0])
    return _PLANS[name]


def _lines(name: str) -> list[str]:
    return (CORPUS / PLANS[name][0]).read_text(encoding="utf-8").split("\n")


CELLS = [(name, row, field) for name in PLANS for row in rows(name) for field in FIELDS if row[f"{field}_at"]]


def test_every_corpus_file_is_the_stored_copy() -> None:
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    for name, (file, _) in PLANS.items():
        assert f"`{file}`" in readme, f"{file} is not listed in examples/corpus/README.md"


@pytest.mark.parametrize("name", PLANS)
def test_golden_texts_stand_at_their_positions(name: str) -> None:
    lines = _lines(name)
    for row in rows(name):
        line = lines[int(row["line"]) - 1]
        assert line[int(row["col"]) - 1:].startswith(row["content_start"]), (name, row["id"], line[:60])
        for field in FIELDS:
            if row[f"{field}_at"]:
                at_line, at_col = map(int, row[f"{field}_at"].split(":"))
                text = lines[at_line - 1][at_col - 1:]
                assert text.startswith(row[field]), (name, row["id"], field, text[:60])


@pytest.mark.parametrize("name", PLANS)
def test_reader_finds_exactly_the_golden_tasks(name: str) -> None:
    plan = plan_of(name)
    prefix = PLANS[name][1]
    found = [t.id for t in plan.tasks if t.id.startswith(prefix) and t.source == "table"]
    assert found == [row["id"] for row in rows(name)]


@pytest.mark.parametrize("name", PLANS)
def test_task_content_starts_where_the_golden_says(name: str) -> None:
    plan = plan_of(name)
    for row in rows(name):
        task = plan.task(row["id"])
        line, col = plan.source.line_col(task.content.span.start)
        assert line == int(row["line"]) and 0 <= col - int(row["col"]) <= 4, (row["id"], line, col)
        assert plain(task.content.text).startswith(plain(row["content_start"])), row["id"]


@pytest.mark.parametrize("name, row, field", CELLS, ids=[f"{n}:{r['id']}:{f}" for n, r, f in CELLS])
def test_cell_is_the_golden_cell(name: str, row: dict[str, str], field: str, request) -> None:
    why = KNOWN_MISREADS.get((name, row["id"], field))
    if why:
        request.applymarker(pytest.mark.xfail(reason=why, strict=True))
    plan = plan_of(name)
    cell = getattr(plan.task(row["id"]), FIELDS[field])
    assert cell is not None, f"{row['id']}: no {field} cell"
    at_line, at_col = map(int, row[f"{field}_at"].split(":"))
    line, col = plan.source.line_col(cell.span.start)
    assert line == at_line and 0 <= col - at_col <= 4, (row["id"], field, (line, col), (at_line, at_col))
    assert plain(cell.text).startswith(plain(row[field])), (row["id"], field, cell.text[:60])


@pytest.mark.parametrize("name", ["sonla_2954", "thanhhoa_235"])
def test_tables_that_list_no_tasks_give_none(name: str) -> None:
    plan = plan_of(name)
    assert [t for t in plan.tasks if t.source == "table"] == []
    assert any(d.code.value == "plan.skipped_table" for d in plan.diagnostics)
