"""Lead and coordinator F1 of ``parse_assignment`` on a table of hand-labelled sentences.

Run: ``python benchmarks/score_assignments.py tests/assignments/data/sentences_dev.tsv [more.tsv …]``.

A table has the columns ``source`` (corpus file:line), ``text`` (the sentence, wrapped lines joined
by one space; the two characters ``\\n`` stand for a line break between paragraphs of one
block), ``lead`` and ``coordinators`` (canonical names written by hand, ";"-separated, empty
for none). A name is compared by its identity (:attr:`AgencyMention.key`): the gold name is read
alone by the same lexicon, so "UBND các xã, phường" and "Ủy ban nhân dân cấp xã" are one agency.
The score is micro-averaged over (role, agency) pairs of both roles ("combined F1"). With
``--show`` every sentence that is not exactly right is printed.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from reformrules.assignments import parse_assignment
from reformrules.text.fold import fold


def read_table(path: str | Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        row["text"] = row["text"].replace("\\n", "\n")
    return rows


def gold_keys(cell: str) -> set[str]:
    """Identities of the ";"-separated canonical names of a gold cell."""
    keys = set()
    for name in (n.strip() for n in cell.split(";")):
        if name:
            mentions = parse_assignment(f"{name} thực hiện").lead
            keys.add(mentions[0].key if len(mentions) == 1 else fold(name))
    return keys


def scores(rows: list[dict[str, str]], show: bool = False) -> dict[str, tuple[int, int, int]]:
    """(true positives, predicted, gold) per role and combined."""
    out = {"lead": [0, 0, 0], "coordinators": [0, 0, 0]}
    for row in rows:
        a = parse_assignment(row["text"])
        wrong = []
        for role, got in (("lead", a.lead), ("coordinators", a.coordinators)):
            predicted = {m.key for m in got}
            gold = gold_keys(row[role])
            tally = out[role]
            tally[0] += len(predicted & gold)
            tally[1] += len(predicted)
            tally[2] += len(gold)
            if predicted != gold:
                wrong.append(f"  {role}: got {sorted(predicted)} want {sorted(gold)}")
        if show and wrong:
            print(row["source"], row["text"][:160], *wrong, sep="\n")
    combined = [sum(v[k] for v in out.values()) for k in range(3)]
    return {**{k: tuple(v) for k, v in out.items()}, "combined": tuple(combined)}


def f1(tp: int, predicted: int, gold: int) -> float:
    precision = tp / predicted if predicted else 1.0
    recall = tp / gold if gold else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main(argv: list[str]) -> int:
    show = "--show" in argv
    paths = [a for a in argv if a != "--show"]
    rows = [r for p in paths for r in read_table(p)]
    result = scores(rows, show)
    print(f"sentences: {len(rows)}")
    for role, (tp, predicted, gold) in result.items():
        print(f"{role:13} F1 {f1(tp, predicted, gold):.3f}  (tp {tp}, predicted {predicted}, gold {gold})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
