"""Golden rows: every assignment cell of the five seed plans, written and checked by hand.

Each row of tests/golden/seed_00X/assignments.tsv gives the 1-based line and column where the cell
starts in the seed, the cell text (``\\n`` for a line break), the expected lead and coordinators
(canonical names, `` | ``-separated, in order), the other parties (``role:name``), the sorted
diagnostic codes and, for a cell that a page break splits (seeds 001, 004), ``continued_at``: the
line:col of each later piece (the cell is its pieces joined by ``\\n``, as ``read_plan`` stitches
them; see tests/golden/README.md). The test first checks that the cell (each piece) occurs verbatim
at its line:col, so rows cannot drift from the source, then compares the parse.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from reformrules.assignments import parse_assignment
from reformrules.context import PlanContext
from reformrules.plans import read_plan
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
EXPECTED_ROWS = {"000": 44, "001": 27, "002": 9, "003": 31, "004": 38}
COLUMNS = ["line", "col", "cell", "lead", "coordinators", "others", "codes", "continued_at", "note"]


def _unescape(cell: str) -> str:
    return cell.replace("\\n", "\n").replace("\\t", "\t")


def _rows() -> list:
    out = []
    for seed in sorted(CONTEXTS):
        path = GOLDEN / f"seed_{seed}" / "assignments.tsv"
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            assert reader.fieldnames == COLUMNS, f"{path}: header {reader.fieldnames}"
            for row in reader:
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


def _pieces(source: Source, row: dict) -> list[tuple[int, int, str]]:
    """``(offset in the cell, offset in the seed, text)`` of each piece of the row's cell."""
    cell = _unescape(row["cell"])
    positions = [(int(row["line"]), int(row["col"]))]
    positions += [tuple(map(int, p.split(":"))) for p in row["continued_at"].split(",") if p]
    texts = cell.split("\n") if len(positions) > 1 else [cell]
    assert len(texts) == len(positions), "continued_at needs one line:col per later piece"
    out, at = [], 0
    for (line, col), text in zip(positions, texts):
        out.append((at, source.offset(line, col), text))
        at += len(text) + 1
    return out


@pytest.mark.parametrize(("seed", "row"), ROWS)
def test_golden_row(seed: str, row: dict) -> None:
    source = _source(seed)
    cell = _unescape(row["cell"])
    pieces = _pieces(source, row)
    for _, offset, text in pieces:
        assert source.text[offset : offset + len(text)] == text, "the cell (or a piece) is not at line:col"
    a = parse_assignment(cell, CONTEXTS[seed])
    assert [m.name for m in a.lead] == _split(row["lead"])
    assert [m.name for m in a.coordinators] == _split(row["coordinators"])
    assert [str(p) for p in a.others] == _split(row["others"])
    assert ",".join(sorted({d.code.value for d in a.diagnostics})) == row["codes"]
    for m in list(a.lead) + list(a.coordinators) + [p.mention for p in a.others]:
        assert m.span.slice(cell) == m.text, "a mention's span does not point at its text"
        at, offset, text = max(p for p in pieces if p[0] <= m.span.start)
        assert m.span.end <= at + len(text), "a mention crosses a page break"
        start = offset + m.span.start - at
        assert source.text[start : start + len(m.text)] == m.text, "a mention is not at its place in the seed"


def test_a_page_split_cell_is_whole() -> None:
    """004:217:143 is the cell read_plan stitches from its two page pieces (no party is lost)."""
    row = next(p.values[1] for p in ROWS if p.id == "004:217:143")
    assert row["continued_at"] == "220:174"
    assert [t for _, _, t in _pieces(_source("004"), row)][1] == "- Các cơ quan, đơn vị, UBND xã, phường rà soát, đề xuất"
    plan = read_plan(next(SEEDS.glob("004_*.txt")))
    assert plan.task("III.1").assignment_cell.text == _unescape(row["cell"])
