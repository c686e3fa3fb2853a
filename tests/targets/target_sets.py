"""Scoring of the hand-written corpus sentence sets (tests/targets/data/*.tsv): one row per sentence,
its expected targets as strings joined by " ; "."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from reformrules.targets import parse_targets


def read(text: str) -> list[str]:
    """The targets of ``text`` as strings (``"> 50%"``)."""
    return [str(t) for t in parse_targets(text)]


def score(path: Path) -> tuple[int, int, int, int, list]:
    """``(rows, right, extra, missed, misses)`` of the set at ``path``; a miss is
    ``(file, at, expected, got)``."""
    tp = fp = fn = 0
    misses = []
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        expected = Counter(x for x in row["expected"].split(" ; ") if x)
        got = Counter(read(row["sentence"]))
        both = sum((expected & got).values())
        tp, fp, fn = tp + both, fp + sum(got.values()) - both, fn + sum(expected.values()) - both
        if expected != got:
            misses.append((row["file"], row["at"], dict(expected), dict(got)))
    return len(rows), tp, fp, fn, misses
