"""Golden rows: every assignment cell of the five seed plans, written and checked by hand.

Each row of tests/golden/seed_00X/assignments.tsv gives the 1-based line and column where the cell
starts in the seed, the cell text (``\\n`` for a line break), the expected lead and coordinators
(canonical names, `` | ``-separated, in order), the other parties (``role:name``) and the sorted
diagnostic codes. The test first checks that the cell occurs verbatim at line:col, so rows cannot
drift from the source, then compares the parse.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from reformrules.assignments import parse_assignment
from reformrules.context import PlanContext
from reformrules.source import Source

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
SEEDS = ROOT / "examples" / "plans"

# Plan facts from examples/plans/README.md (issuer as written, plan year, issue date if known).
CONTEXTS = {
    "000": PlanContext(plan_year=2018, issued=date(2017, 12, 29), issuer="UBND tỉnh Khánh Hòa", doc_id="000"),
    "001": PlanContext(plan_year=2022, issuer="Ban Quản lý Khu kinh tế Vân Phong", doc_id="001"),
    "002": PlanContext(plan_year=2022, issued=date(2021, 12, 24), issuer="UBND tỉnh Hải Dương", doc_id="002"),
    "003": PlanContext(plan_year=2023, issued=date(2022, 12, 28), issuer="UBND tỉnh Khánh Hòa", doc_id="003"),
    "004": PlanContext(plan_year=2022, issued=date(2022, 1, 21), issuer="UBND thị xã Ninh Hòa", doc_id="004"),
}
# Rows per seed: every assignment cell of the appendix (002: the body's clearly assigned sentences).
EXPECTED_ROWS = {"000": 44, "001": 27, "002": 6, "003": 31, "004": 38}


def _unescape(cell: str) -> str:
    return cell.replace("\\n", "\n").replace("\\t", "\t")


def _rows() -> list:
    out = []
    for seed in sorted(CONTEXTS):
        path = GOLDEN / f"seed_{seed}" / "assignments.tsv"
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                out.append(pytest.param(seed, row, id=f"{seed}:{row['line']}:{row['col']}"))
    return out


ROWS = _rows()


def _source(seed: str) -> Source:
    paths = list(SEEDS.glob(f"{seed}_*.txt"))
    if not paths:
        pytest.fail(f"seed {seed} missing from {SEEDS}")
    return Source(paths[0].name, paths[0].read_text(encoding="utf-8"))


def _split(value: str) -> list[str]:
    return [v for v in value.split(" | ") if v] if value else []


def test_every_seed_has_its_rows() -> None:
    counts = {seed: sum(1 for p in ROWS if p.values[0] == seed) for seed in CONTEXTS}
    assert counts == EXPECTED_ROWS


@pytest.mark.parametrize(("seed", "row"), ROWS)
def test_golden_row(seed: str, row: dict) -> None:
    source = _source(seed)
    cell = _unescape(row["cell"])
    offset = source.offset(int(row["line"]), int(row["col"]))
    assert source.text[offset : offset + len(cell)] == cell, "the cell is not at line:col"
    a = parse_assignment(cell, CONTEXTS[seed], offset=offset)
    assert [m.name for m in a.lead] == _split(row["lead"])
    assert [m.name for m in a.coordinators] == _split(row["coordinators"])
    assert [str(p) for p in a.others] == _split(row["others"])
    assert ",".join(sorted({d.code.value for d in a.diagnostics})) == row["codes"]
    for m in list(a.lead) + list(a.coordinators) + [p.mention for p in a.others]:
        assert m.span.slice(source.text) == m.text, "a mention's span does not point at its text"
