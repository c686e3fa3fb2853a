"""Golden task tables of corpus plans (examples/corpus/), written by hand, compared with the reader.

``tests/golden/corpus/<plan>.tsv`` has one row per task of the plan's task table: its ``id``, the
``line``/``col`` where its content starts and the first words of that content, and for the
deadline, lead and coordinator cells where each starts (``line:col``) with its first words, as the
file writes them (emphasis markers included). Rows were written by reading the annex of each file
(tests/golden/corpus/README.md); a row can only change after the file was read again. An empty
table says that the plan's tables list no tasks (monitoring tables, yearly indicator grids). Most
tables also give the readings a careful reader takes from the cells: the deadline's flat dates, the
lead and coordinating agencies, an indicator's target (``READINGS``).

The tests check that every golden text stands at its position in the file, that the reader finds
exactly the golden tasks in order, and that each deadline, lead and coordinator cell it reads is
the golden one, and that each reading agrees. Misreadings that are known and explained are strict
xfails (``KNOWN_MISREADS``, listed in tests/golden/corpus/GAPS.md): they fail the suite the day they
are fixed, so the xfail and its GAPS.md line can be removed.
"""

from __future__ import annotations

import csv
import re
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
    "thutuong_2530_PL1": ("thutuong_2530_QD-TTg_2025.md", "A1."),
    "thutuong_2530_PL2": ("thutuong_2530_QD-TTg_2025.md", "A2."),
    "thutuong_2629_PL1": ("thutuong_2629_QD-TTg_2025.md", "A1."),
    "thutuong_2629_PL2": ("thutuong_2629_QD-TTg_2025.md", "A2."),
    "bacninh_144": ("bacninh_144_KH-UBND_2025.md", ""),
    "ubtvqh_1339": ("ubtvqh_1339_NQ-UBTVQH15_2024.md", ""),
    "sonla_2954": ("sonla_2954_QD-UBND_2025.md", ""),
    "thanhhoa_235": ("thanhhoa_235_KH-UBND_2025.md", ""),
}
FIELDS = {"deadline": "deadline_cell", "lead": "lead_cell", "coordinators": "coordinator_cell"}
# (plan, task, field): why the reader misses it.
KNOWN_MISREADS: dict[tuple[str, str, str], str] = {}
# Readings of thutuong_2530 PL I that the reader gets wrong (GAPS.md has each with its family).
# (assign's misreads of thutuong_2530 PL I, thutuong_2629 and dongthap_552 — a region after a group of
# committees, the community, a unit in brackets, a group closing with a proper name, a bare
# "Doanh nghiệp" — were fixed in issue 15's third session: tests/assignments/test_assignments_families.py THIRD.)


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


ROWS = [(name, row) for name in PLANS for row in rows(name)]
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


@pytest.mark.parametrize("name, row", ROWS, ids=[f"{n}:{r['id']}" for n, r in ROWS])
def test_task_content_starts_where_the_golden_says(name: str, row: dict[str, str], request) -> None:
    why = KNOWN_MISREADS.get((name, row["id"], "content"))
    if why:
        request.applymarker(pytest.mark.xfail(reason=why, strict=True))
    plan = plan_of(name)
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


# The readings: tables written after the cell positions (thutuong_2530 PL I, thutuong_2629) also give
# what a careful reader takes from the cells: the deadline's flat start and due dates, and the lead and
# coordinating agencies as the cells write them (" | "-separated). Agencies are compared by their
# written text folded (`plain`): case, tone placement and line breaks do not count, boundaries and
# roles do; the lexicon's canonical names are `assign`'s to choose. A closing "khác" ("other"),
# "(có) liên quan" ("relevant") of a group is not counted either: it does not change which bodies are
# meant ("các bộ, ngành liên quan" = "các bộ, ngành khác có liên quan" = "các bộ, ngành").
# An indicator table's rows (thutuong_2629 PL I) also give their `target`: value and unit ("100 %").
READINGS = {"deadline_due": "dates", "lead_agencies": "lead", "coordinator_agencies": "coordinators",
            "target": "targets"}
_RELEVANT = re.compile(r"(?:\s+khác)?(?:\s+có)?(?:\s+liên\s+quan)?$")


def agency_key(text: str) -> str:
    """An agency's written text as the readings compare it.

    >>> agency_key("Các bộ, ngành, địa\\nphương khác có liên quan") == agency_key("các bộ, ngành, địa phương")
    True
    """
    return _RELEVANT.sub("", plain(text))
READ_ROWS = [(name, row, field) for name, row in ROWS for field in READINGS if field in row]


def reading(task, field: str) -> str:
    """The reader's value of a reading column, written the way the golden writes it."""
    if field == "deadline_due":
        deadline = task.deadline
        dates = (deadline.start, deadline.due) if deadline else (None, None)
        return " ".join(d.isoformat() if d else "-" for d in dates)
    if field == "target":
        return " | ".join(f"{format(t.value.normalize(), 'f') if t.value is not None else '?'} {t.unit or ''}".strip()
                          for t in task.targets)
    mentions = getattr(task.assignment, READINGS[field]) if task.assignment else ()
    return " | ".join(agency_key(m.text) for m in mentions)


def golden_reading(row: dict[str, str], field: str) -> str:
    if field == "deadline_due":
        return f"{row['deadline_start'] or '-'} {row['deadline_due'] or '-'}"
    if field == "target":
        return row["target"]
    return " | ".join(agency_key(name) for name in row[field].split("|") if name.strip())


@pytest.mark.parametrize("name, row, field", READ_ROWS, ids=[f"{n}:{r['id']}:{f}" for n, r, f in READ_ROWS])
def test_reading_is_the_golden_reading(name: str, row: dict[str, str], field: str, request) -> None:
    why = KNOWN_MISREADS.get((name, row["id"], field))
    if why:
        request.applymarker(pytest.mark.xfail(reason=why, strict=True))
    task = plan_of(name).task(row["id"])
    assert reading(task, field) == golden_reading(row, field), (row["id"], field, row["note"])


def test_every_known_misread_names_a_golden_row_and_field() -> None:
    """A stale or mistyped xfail key would mark nothing: each names a golden row and one of its fields."""
    fields = {*FIELDS, "content", *READINGS}
    known = {(name, row["id"], field) for name, row in ROWS for field in fields
             if field == "content" or row.get(f"{field}_at") or field in row}
    assert set(KNOWN_MISREADS) <= known, sorted(set(KNOWN_MISREADS) - known)
