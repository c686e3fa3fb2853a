"""Benchmark: target sentences parsed per second, cold, and the F1 on the two corpus scoring sets.

Run: ``python benchmarks/bench_targets.py`` from the repository root. The sentences are the target
phrases of the five seed plans (tests/golden/seed_*/targets.tsv, verbatim slices of examples/plans) and
the corpus sentences of tests/targets/data/unseen_sentences.tsv and heldout_sentences.tsv (the timed set is
unchanged since issue 16 was filed; the third and fourth scoring sets, third_sentences.tsv and fourth_sentences.tsv, are scored but not
timed).
``parse_targets`` keeps no per-text cache, so every call on a ``str`` is cold; the first call of the
process (it loads and compiles the lexicon) is timed apart.

Each measurement is the best of ``RUNS`` runs over all sentences, in wall-clock time and in CPU time of
this process, and the median of the CPU-time runs (the machine is shared: CPU time is less disturbed by
other work, the median less flattering than the best; the load average is printed). Side by side in the same run: the tokenizer alone (the floor under any parse), and
``parse_targets`` on texts already prepared by the shared text layer (``reformrules.text.prepared``: a
reader prepares a cell once for the three parsers, so the fold and the tokens are not computed again).
"""

from __future__ import annotations

import csv
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "targets" / "data"
GOAL = 10_000
RUNS = 9


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _sentences() -> tuple[list[str], list[dict[str, str]]]:
    """All benchmark sentences, and the rows of the first scoring set (kept for older callers)."""
    seeds = []
    for path in sorted((ROOT / "tests" / "golden").glob("seed_*/targets.tsv")):
        with path.open(encoding="utf-8") as handle:
            seeds.extend(row["phrase"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    unseen = _rows("unseen_sentences.tsv")
    heldout = _rows("heldout_sentences.tsv")
    return seeds + [row["sentence"] for row in unseen + heldout], unseen


def _rate(call, items: list, runs: int = RUNS) -> tuple[float, float, float]:
    """(best sentences/s in wall-clock time, best and median sentences/s in CPU time)."""
    wall = 0.0
    cpus = []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        for item in items:
            call(item)
        wall = max(wall, len(items) / (time.perf_counter() - start))
        cpus.append(len(items) / max(time.process_time() - start_cpu, 1e-9))
    return wall, max(cpus), statistics.median(cpus)


def _f1(parse, rows: list[dict[str, str]]) -> str:
    tp = fp = fn = 0
    for row in rows:
        expected = Counter(x for x in row["expected"].split(" ; ") if x)
        got = Counter(str(t) for t in parse(row["sentence"]))
        both = sum((expected & got).values())
        tp, fp, fn = tp + both, fp + sum(got.values()) - both, fn + sum(expected.values()) - both
    return f"{tp} right, {fp} extra, {fn} missed; F1 {2 * tp / (2 * tp + fp + fn):.3f}"


def main() -> int:
    sentences, unseen = _sentences()
    start = time.perf_counter()
    from reformrules.targets import parse_targets
    from reformrules.targets.grammar import tokenize
    from reformrules.text.prepared import prepare

    parse_targets(sentences[0])
    first = time.perf_counter() - start
    mean = sum(map(len, sentences)) / len(sentences)
    print(f"{len(sentences)} sentences, {mean:.0f} characters on average; import + first call {first * 1000:.0f} ms; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    wall, cpu, cpu_median = _rate(parse_targets, sentences)
    tok_wall, tok_cpu, _ = _rate(tokenize, sentences)
    prepared = [prepare(s) for s in sentences]
    for cell in prepared:
        cell.tokens("decimals")
    pre_wall, pre_cpu, _ = _rate(parse_targets, prepared)
    verdict = "met" if cpu_median >= GOAL else "NOT met"
    print(f"parse_targets (str, cold): {wall:,.0f}/s wall, {cpu:,.0f}/s CPU best, {cpu_median:,.0f}/s CPU median "
          f"(goal >= {GOAL:,}/s on the median: {verdict})")
    print(f"tokenizer alone:           {tok_wall:,.0f}/s wall, {tok_cpu:,.0f}/s CPU "
          f"(the parse costs {tok_cpu / cpu:.2f}x the tokenizer, CPU)")
    print(f"parse_targets (prepared):  {pre_wall:,.0f}/s wall, {pre_cpu:,.0f}/s CPU (tokens made once by the text layer)")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    print(f"first corpus set (unseen_sentences.tsv): {_f1(parse_targets, unseen)}")
    print(f"second corpus set (heldout_sentences.tsv): {_f1(parse_targets, _rows('heldout_sentences.tsv'))}")
    print(f"third corpus set (third_sentences.tsv): {_f1(parse_targets, _rows('third_sentences.tsv'))}")
    print(f"fourth corpus set (fourth_sentences.tsv): {_f1(parse_targets, _rows('fourth_sentences.tsv'))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
