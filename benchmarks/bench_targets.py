"""Benchmark: target sentences parsed per second, cold, and the F1 on unseen corpus sentences.

Run: ``python benchmarks/bench_targets.py`` from the repository root. The sentences are the target
phrases of the five seed plans (tests/golden/seed_*/targets.tsv, verbatim slices of examples/plans) and
the 38 corpus sentences of tests/targets/data/unseen_sentences.tsv. ``parse_targets`` keeps no cache,
so every call is cold; the first call of the process (it loads the lexicon) is timed apart. The best
and the median of five runs over all sentences are printed, with the goal of issue 16 (>= 10,000
sentences/s), then the tokenizer alone (the floor under any parse), then the F1 on the unseen set.
The machine is shared: read the ratio of parse to tokenizer as well as the absolute figure.
"""

from __future__ import annotations

import csv
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL = 10_000


def _sentences() -> tuple[list[str], list[dict[str, str]]]:
    seeds = []
    for path in sorted((ROOT / "tests" / "golden").glob("seed_*/targets.tsv")):
        with path.open(encoding="utf-8") as handle:
            seeds.extend(row["phrase"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    with (ROOT / "tests" / "targets" / "data" / "unseen_sentences.tsv").open(encoding="utf-8") as handle:
        unseen = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return seeds + [row["sentence"] for row in unseen], unseen


def _rate(call, items: list[str], runs: int = 5) -> tuple[float, float]:
    rates = []
    for _ in range(runs):
        start = time.perf_counter()
        for item in items:
            call(item)
        rates.append(len(items) / (time.perf_counter() - start))
    return max(rates), statistics.median(rates)


def main() -> int:
    sentences, unseen = _sentences()
    start = time.perf_counter()
    from reformrules.targets import parse_targets
    from reformrules.targets.grammar import tokenize

    parse_targets(sentences[0])
    first = time.perf_counter() - start
    best, median = _rate(parse_targets, sentences)
    tok_best, tok_median = _rate(tokenize, sentences)
    mean = sum(map(len, sentences)) / len(sentences)
    print(f"{len(sentences)} sentences, {mean:.0f} characters on average; import + first call {first * 1000:.0f} ms")
    print(f"parse_targets: best {best:,.0f}/s, median {median:,.0f}/s (goal >= {GOAL:,}/s: "
          f"{'met' if best >= GOAL else 'NOT met'})")
    print(f"tokenizer alone: best {tok_best:,.0f}/s, median {tok_median:,.0f}/s "
          f"(the parse costs {tok_best / best:.1f}x the tokenizer)")
    tp = fp = fn = 0
    for row in unseen:
        expected = Counter(row["expected"].split(" ; "))
        got = Counter(str(t) for t in parse_targets(row["sentence"]))
        both = sum((expected & got).values())
        tp, fp, fn = tp + both, fp + sum(got.values()) - both, fn + sum(expected.values()) - both
    print(f"unseen corpus sentences: {tp} right, {fp} extra, {fn} missed; F1 {2 * tp / (2 * tp + fp + fn):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
