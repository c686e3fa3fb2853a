"""Golden deadline tables for the five seed plans, written and checked by hand.

Each row of ``tests/golden/seed_XXX/deadlines.tsv`` (columns and reading rules in the README next
to this file) is checked by two tests that fail independently:

1. ``test_phrase_is_at_its_source_position``: the phrase occurs verbatim at its ``line:col`` in the
   seed (and every later piece of a page-split cell at its ``continued_at`` position), so a golden
   row cannot drift from the source.
2. ``test_parse_matches_golden``: ``parse_deadline(phrase, ctx)`` gives the expected canonical rule,
   the flat ``start``/``due`` dates and the set of diagnostic codes.

Two table-level tests guard the tables themselves: every seed has a well-formed table with no
duplicate position, and every deadline cell of the seed appendices (found here by a small,
layout-specific reader) has a row whose phrase is the whole cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from reformrules.context import PlanContext
from reformrules.diagnostics import Code
from reformrules.source import Source

GOLDEN = Path(__file__).resolve().parent
PLANS = GOLDEN.parents[1] / "examples" / "plans"
SEEDS = ("000", "001", "002", "003", "004")
COLUMNS = ("line", "col", "phrase", "expected", "start", "due", "codes", "continued_at", "note")

# The plan year and issue date of each seed, read from its header (README.md here, "Context").
CONTEXTS = {
    "000": PlanContext(plan_year=2018, issued=date(2017, 12, 29)),
    "001": PlanContext(plan_year=2022, issued=None),  # "ngày   tháng 01 năm 2022": day left blank
    "002": PlanContext(plan_year=2022, issued=date(2021, 12, 24)),
    "003": PlanContext(plan_year=2023, issued=date(2022, 12, 28)),
    "004": PlanContext(plan_year=2022, issued=date(2022, 1, 21)),
}

_POSITION = re.compile(r"[1-9][0-9]*:[1-9][0-9]*")
_ROMAN = re.compile(r"[IVX]+")


@dataclass(frozen=True, slots=True)
class GoldenRow:
    """One hand-written row; ``phrase`` holds real line breaks."""

    seed: str
    line: int
    col: int
    phrase: str
    expected: str
    start: date | None
    due: date | None
    codes: tuple[str, ...]
    continued_at: tuple[tuple[int, int], ...]
    note: str

    @property
    def id(self) -> str:
        return f"{self.seed}:{self.line}:{self.col}"

    def pieces(self) -> tuple[tuple[int, int, str], ...]:
        """``(line, col, text)`` of each piece that must occur verbatim in the seed."""
        if not self.continued_at:
            return ((self.line, self.col, self.phrase),)
        texts = self.phrase.split("\n")
        positions = ((self.line, self.col), *self.continued_at)
        return tuple((line, col, text) for (line, col), text in zip(positions, texts, strict=True))


def table_path(seed: str) -> Path:
    return GOLDEN / f"seed_{seed}" / "deadlines.tsv"


def seed_path(seed: str) -> Path:
    matches = sorted(PLANS.glob(f"{seed}_*.txt"))
    if len(matches) != 1:
        raise FileNotFoundError(f"expected one seed plan {PLANS}/{seed}_*.txt, found {len(matches)}")
    return matches[0]


@cache
def seed_source(seed: str) -> Source:
    path = seed_path(seed)
    return Source(path.name, path.read_text(encoding="utf-8"))


def _iso(value: str, where: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{where}: not an ISO date: {value!r}") from None


def _parse_row(seed: str, cells: list[str], where: str) -> GoldenRow:
    if len(cells) != len(COLUMNS):
        raise ValueError(f"{where}: {len(cells)} columns, expected {len(COLUMNS)}")
    line, col, phrase, expected, start, due, codes, continued_at, note = cells
    if not (line.isdigit() and col.isdigit() and int(line) > 0 and int(col) > 0):
        raise ValueError(f"{where}: line and col must be positive integers: {line!r}, {col!r}")
    if "\\" in phrase.replace("\\n", ""):
        raise ValueError(f"{where}: the only escape allowed in a phrase is \\n")
    text = phrase.replace("\\n", "\n")
    if not text or text != text.strip():
        raise ValueError(f"{where}: empty phrase or surrounding whitespace: {phrase!r}")
    if not expected:
        raise ValueError(f"{where}: empty expected rule")
    code_list = tuple(codes.split(",")) if codes else ()
    if list(code_list) != sorted(set(code_list)):
        raise ValueError(f"{where}: codes must be sorted and unique: {codes!r}")
    known = {code.value for code in Code}
    if unknown := [c for c in code_list if c not in known]:
        raise ValueError(f"{where}: unknown diagnostic codes {unknown}")
    positions = continued_at.split(",") if continued_at else []
    if bad := [p for p in positions if not _POSITION.fullmatch(p)]:
        raise ValueError(f"{where}: continued_at must be line:col pairs: {bad}")
    continued = tuple((int(p.split(":")[0]), int(p.split(":")[1])) for p in positions)
    if continued and text.count("\n") != len(continued):
        pieces = text.count("\n") + 1
        raise ValueError(f"{where}: {len(continued)} continued_at positions for {pieces} pieces")
    start_date, due_date = _iso(start, where), _iso(due, where)
    if start_date and due_date and start_date > due_date:
        raise ValueError(f"{where}: start {start_date} after due {due_date}")
    return GoldenRow(
        seed, int(line), int(col), text, expected, start_date, due_date, code_list, continued, note
    )


def load_table(seed: str) -> tuple[GoldenRow, ...]:
    """The rows of one seed's table; raises on a missing or malformed file."""
    path = table_path(seed)
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or tuple(lines[0].split("\t")) != COLUMNS:
        raise ValueError(f"{path}:1: header must be {' / '.join(COLUMNS)}")
    return tuple(
        _parse_row(seed, text.split("\t"), f"{path}:{number}")
        for number, text in enumerate(lines[1:], start=2)
    )


def _all_rows() -> list[GoldenRow]:
    """Every row of every readable table (a missing or broken table fails test_seed_table)."""
    rows: list[GoldenRow] = []
    for seed in SEEDS:
        try:
            rows.extend(load_table(seed))
        except (OSError, ValueError):
            continue
    return rows


ROWS = _all_rows()


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_table_exists_is_well_formed_and_has_unique_positions(seed: str) -> None:
    if not table_path(seed).is_file():
        pytest.fail(f"missing golden table {table_path(seed)}")
    rows = load_table(seed)
    assert rows, f"{table_path(seed)} has no rows"
    positions = [(row.line, row.col) for row in rows]
    duplicates = sorted({p for p in positions if positions.count(p) > 1})
    assert not duplicates, f"duplicate (line, col) in {table_path(seed)}: {duplicates}"


@pytest.mark.parametrize("row", ROWS, ids=[row.id for row in ROWS])
def test_phrase_is_at_its_source_position(row: GoldenRow) -> None:
    source = seed_source(row.seed)
    line_count = source.text.count("\n") + 1
    for line, col, text in row.pieces():
        assert line <= line_count, f"{row.id}: line {line} past the end of the seed ({line_count})"
        first = text.split("\n", 1)[0]
        line_length = len(source.line_text(line))
        assert col - 1 + len(first) <= line_length, f"{row.id}: {line}:{col} past the line end"
        offset = source.offset(line, col)
        found = source.text[offset : offset + len(text)]
        assert found == text, f"{row.id}: at {line}:{col} the seed has {found!r}, not {text!r}"


@pytest.mark.parametrize("row", ROWS, ids=[row.id for row in ROWS])
def test_parse_matches_golden(row: GoldenRow) -> None:
    try:
        from reformrules.deadlines import parse_deadline
    except ImportError as exc:  # must fail, not skip: the parser is part of the library
        pytest.fail(f"reformrules.deadlines.parse_deadline is not importable: {exc}")
    deadline = parse_deadline(row.phrase, CONTEXTS[row.seed])
    got = (
        str(deadline.rule),
        deadline.start,
        deadline.due,
        tuple(sorted({diagnostic.code.value for diagnostic in deadline.diagnostics})),
    )
    want = (row.expected, row.start, row.due, row.codes)
    assert got == want, f"{row.id} {row.phrase!r} ({row.note})"


# --- coverage: every appendix deadline cell has a row ------------------------------------------
# Small readers for the three appendix layouts (examples/plans/README.md). Each returns the
# "Tiến độ" cells as ((line, col) of every piece, cell text with "\n" between pieces).

Cell = tuple[tuple[tuple[int, int], ...], str]


def _pipe_cells(lines: list[str]) -> list[Cell]:
    """Seed 000: cells separated by lines holding a lone "|"; the table starts at a line "TT"."""
    first = lines.index("TT")
    cells: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, text in enumerate(lines[first:], start=first + 1):
        if text == "|":
            cells.append((start, current))
            current = []
        elif text.strip():
            if not current:
                start = number
            current.append(text)
    if current:
        cells.append((start, current))
    found: list[Cell] = []
    index = 0
    while index < len(cells):
        if _ROMAN.fullmatch(cells[index][1][0]):  # section row: numeral and title
            index += 2
            continue
        line, texts = cells[index + 3]  # TT, Nhiệm vụ, Sản phẩm, Tiến độ, Phân công
        if texts != ["Tiến độ"]:
            found.append((((line, 1),), "\n".join(texts)))
        index += 5
    return found


def _tab_row_cells(lines: list[str]) -> list[Cell]:
    """Seeds 001, 004: tab-separated rows; a row whose first cell is empty continues the last one."""
    found: list[Cell] = []
    for number, text in enumerate(lines, start=1):
        fields = text.split("\t")
        if len(fields) < 5 or fields[0] == "STT" or not fields[3].strip():
            continue
        col = len(fields[0]) + len(fields[1]) + len(fields[2]) + 4
        col += len(fields[3]) - len(fields[3].lstrip())
        piece = fields[3].strip()
        if fields[0].strip():
            found.append((((number, col),), piece))
        else:
            positions, cell_text = found.pop()
            found.append(((*positions, (number, col)), f"{cell_text}\n{piece}"))
    return found


def _tab_cells(lines: list[str]) -> list[Cell]:
    """Seed 003: blank-line separated rows, each cell on its own line(s) behind a tab."""
    start = next(i for i, text in enumerate(lines) if text.strip() == "PHỤ LỤC")
    rows: list[list[tuple[int, int, list[str]]]] = [[]]  # per row: (line, col, lines of text)
    for number, text in enumerate(lines[start:], start=start + 1):
        if not text.strip():
            rows.append([])
        elif text.lstrip(" ").startswith("\t"):
            tab = text.index("\t")
            rows[-1].append((number, tab + 2, [text[tab + 1 :]]))
        elif rows[-1]:
            rows[-1][-1][2].append(text)
    found: list[Cell] = []
    for row in rows:
        titles = {"\n".join(cell[2]) for cell in row[1:]}
        if len(row) != 5 or len(titles) == 1:
            continue  # heading lines, or a section row repeating its title in four cells
        number, col, texts = row[3]
        found.append((((number, col),), "\n".join(texts)))
    return found


APPENDIX_READERS = {"000": _pipe_cells, "001": _tab_row_cells, "003": _tab_cells, "004": _tab_row_cells}


@pytest.mark.parametrize("seed", sorted(APPENDIX_READERS))
def test_every_appendix_deadline_cell_has_a_row(seed: str) -> None:
    cells = APPENDIX_READERS[seed](seed_source(seed).text.split("\n"))
    assert len(cells) >= 10, f"the {seed} appendix reader found only {len(cells)} cells"
    by_position = {(row.line, row.col): row for row in load_table(seed)}
    missing, different = [], []
    for positions, text in cells:
        row = by_position.get(positions[0])
        if row is None:
            missing.append(f"{positions[0][0]}:{positions[0][1]} {text!r}")
        elif (row.phrase, row.continued_at) != (text, positions[1:]):
            different.append(
                f"{row.id}: row {row.phrase!r} {row.continued_at}, cell {text!r} {positions[1:]}"
            )
    assert not missing, f"appendix cells without a golden row: {missing}"
    assert not different, f"golden rows that are not the whole cell: {different}"
