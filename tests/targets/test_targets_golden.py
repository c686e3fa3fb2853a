"""Golden rows for the targets of the five seed plans (tests/golden/seed_00X/targets.tsv).

Each row was written and checked by hand against the seed text. The test first proves that the
phrase still sits verbatim at its line:col in the seed (rows cannot drift), then that parsing it
gives exactly the expected canonical strings (" ; " between targets) and diagnostic codes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reformrules.source import Source
from reformrules.targets import Target, parse_targets

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
SEEDS = ROOT / "examples" / "plans"


def _rows():
    rows = []
    for table in sorted(GOLDEN.glob("seed_*/targets.tsv")):
        seed = table.parent.name.removeprefix("seed_")
        lines = table.read_text(encoding="utf-8").split("\n")
        assert lines[0] == "line\tcol\tphrase\texpected\tcodes", f"{table}: bad header"
        for number, line in enumerate(lines[1:], 2):
            if not line:
                continue
            fields = line.split("\t")
            assert len(fields) == 5, f"{table}:{number}: expected 5 tab-separated fields"
            row, col, phrase, expected, codes = fields
            rows.append(pytest.param(seed, int(row), int(col), phrase.replace("\\n", "\n"), expected, codes,
                                     id=f"{seed}:{row}:{col}"))
    return rows


ROWS = _rows()


def _seed_text(seed: str) -> str:
    matches = sorted(SEEDS.glob(f"{seed}_*.txt"))
    if not matches:
        pytest.fail(f"seed plan {seed} missing from {SEEDS}")
    return matches[0].read_text(encoding="utf-8")


def _codes(targets: tuple[Target, ...]) -> str:
    def walk(target: Target):
        yield from target.diagnostics
        for alternative in target.alternatives:
            yield from walk(alternative)

    return ",".join(sorted({d.code.value for t in targets for d in walk(t)}))


def test_every_seed_has_a_golden_table() -> None:
    seeds = {row.values[0] for row in ROWS}
    assert seeds == {"000", "001", "002", "003", "004"}


@pytest.mark.parametrize(("seed", "line", "col", "phrase", "expected", "codes"), ROWS)
def test_golden_row(seed: str, line: int, col: int, phrase: str, expected: str, codes: str) -> None:
    source = Source(seed, _seed_text(seed))
    start = source.offset(line, col)
    assert source.text[start : start + len(phrase)] == phrase, "phrase is not verbatim at line:col"
    targets = parse_targets(phrase, id_prefix=seed)
    assert " ; ".join(str(t) for t in targets) == expected
    assert _codes(targets) == codes
    for target in targets:
        assert target.span is not None and phrase[target.span.start : target.span.end] == target.text


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_every_goal_found_in_a_seed_has_a_golden_row(seed: str) -> None:
    text = _seed_text(seed)
    source = Source(seed, text)
    covered = []
    for param in ROWS:
        row_seed, line, col, phrase, expected, _codes_ = param.values
        if row_seed == seed:
            start = source.offset(line, col)
            covered.append((start, start + len(phrase), expected.count(" ; ") + 1))
    for target in parse_targets(text, id_prefix=seed):
        assert target.span is not None
        assert any(a <= target.span.start and target.span.end <= b for a, b, _n in covered), (
            f"{seed}:{source.line_col(target.span.start)} {target} has no golden row")
