"""Benchmark: reading plans end to end, per plan, cold and warm; growth with the number of rows; and the
reader's accuracy against the hand-written corpus goldens.

Not a test. Run: ``python benchmarks/bench_plans.py`` (``--quick`` for one run each, ``--runs N``, ``--seeds``
        for the seeds' times only). Prints:

1. per seed and corpus plan, **cold** (every cache a read fills cleared before each run, ``clear_caches``;
   best and median of N): the read (``read_plan``, cells parsed), and for seeds the goal column, read +
   parse + responsibility graph (``build_graph(read_plan(path))``; goal: < 50 ms), in wall time and in
   CPU time of this process (other load on the shared machine does not count in it); then **warm**
   (caches kept, best of N after one untimed run): the read with deadlines only and with everything;
2. growth: a plan whose task table is seed 000's rows repeated 1x … 100x (lone-"|" layout), read
   cold; the ratio to 1x (goal: linear, <= 11x at 10x);
3. accuracy against tests/golden/corpus/*.tsv: tasks found vs golden, and the share of deadline,
   lead and coordinator cells read exactly (the golden cell, at its position); for the goldens that
   give readings, the share of rows whose flat deadline dates, lead and coordinator agencies agree.

"Cold" is a plan this process has not read before: what stays loaded is what a first read of any plan
loads once per process, like an import (the packaged lexicon, compiled grammars and word tables).
"""

from __future__ import annotations

import csv
import gc
import statistics
import sys
import time
from pathlib import Path

from timing import best_ms  # benchmarks/timing.py
from reformrules import read_plan
from reformrules.assignments.graph import build_graph
from reformrules.document.text_tables import plain

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "examples" / "plans").glob("*.txt"))
CORPUS = sorted(p for p in (ROOT / "examples" / "corpus").glob("*.md") if p.name != "README.md")
RUNS = 1 if "--quick" in sys.argv else int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 7


def clear_caches() -> None:
    """Every cache a read fills, keyed by the plan's text, cells, names or issuer: folded sources,
    parsed cells, agency names and resolvers, event words, deadline windows, labelled lines."""
    from reformrules import deadlines
    from reformrules.assignments import names, resolve
    from reformrules.assignments import parser as assignments
    from reformrules.deadlines import schedule
    from reformrules.deadlines.model import Window
    from reformrules.plans import body, cells
    deadlines.clear_cache()
    assignments.clear_cache()
    for cached in (cells.folded_source, body._kind, names.new_style, names.group_identity,
                   resolve.default_resolver, schedule._words,
                   Window.month, Window.quarter, Window.half, Window.year, Window.years):
        cached.cache_clear()


def cold_runs(call, runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of ``runs`` cold calls (caches cleared and garbage collected before each)."""
    wall, cpu = [], []
    for _ in range(runs):
        clear_caches()
        gc.collect()
        w0, c0 = time.perf_counter(), time.process_time()
        call()
        cpu.append((time.process_time() - c0) * 1000)
        wall.append((time.perf_counter() - w0) * 1000)
    return wall, cpu


def cold_ms(source, **options) -> float:
    return cold_runs(lambda: read_plan(source, **options), 1)[0][0]


def read_ms(source, **options) -> float:
    return best_ms(lambda: read_plan(source, **options), RUNS)


def _best_median(values: list[float]) -> str:
    return f"{min(values):>5.1f} {statistics.median(values):>5.1f}"


def per_plan() -> None:
    print(f"times in ms; cold: best and median of {RUNS} (caches cleared before each run); warm: best of {RUNS}")
    print(f"{'':34} {'':>8} {'':>5} {'cold read':>11}  {'cold read+parse+graph':>23}  {'warm read':>15}")
    print(f"{'plan':34} {'size':>8} {'tasks':>5} {'best   med':>11}  {'wall b/med':>11} {'cpu b/med':>11}  "
          f"{'deadl.':>7} {'all':>7}")
    goal = []
    for path in SEEDS + ([] if "--seeds" in sys.argv else CORPUS):
        plan = read_plan(path)
        cold = _best_median(cold_runs(lambda: read_plan(path), RUNS)[0])
        graphed = ""
        if path in SEEDS:
            wall, cpu = cold_runs(lambda: build_graph(read_plan(path)), RUNS)
            goal.append((path.name[:3], min(wall), min(cpu)))
            graphed = f"{_best_median(wall)} {_best_median(cpu)}"
        only = read_ms(path, assignments=False, targets=False)
        full = read_ms(path)
        print(f"{path.name[:34]:34} {path.stat().st_size:>7,}B {len(plan.tasks):>5} {cold:>11}  {graphed:>23}  "
              f"{only:>7.1f} {full:>7.1f}")
    print("goal: a seed plan read, parsed and graphed cold in < 50 ms: "
          + ", ".join(f"{name} {wall:.1f} ({cpu:.1f} cpu)" for name, wall, cpu in goal)
          + f" -> {'met' if all(c < 50 for _, _, c in goal) else 'NOT met'} (on the best CPU time; wall includes other load)")


def _grown(factor: int) -> str:
    """Seed 000 with its appendix rows (after the header) repeated ``factor`` times, numbered on."""
    text = (ROOT / "examples" / "plans" / "000_56be073c6998dd9f.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    start = lines.index("TT")  # the header cell of the appendix (line 244)
    header, body = lines[:start + 10], lines[start + 10:]
    return "\n".join(header + body * factor)


def growth() -> None:
    print(f"\n{'rows':>6} {'chars':>10} {'cold read':>10} {'ratio':>7}")
    base = None
    for factor in (1, 2, 5, 10, 100) if RUNS > 1 else (1, 10):
        text = _grown(factor)
        ms = min(cold_ms(text) for _ in range(2 if factor < 100 else 1))
        base = base or ms
        print(f"{factor:>5}x {len(text):>10,} {ms:>7.1f} ms {ms / base:>6.1f}x")


def accuracy() -> None:
    golden = ROOT / "tests" / "golden" / "corpus"
    sys.path.insert(0, str(ROOT / "tests" / "plans"))
    from test_corpus_golden import FIELDS, PLANS  # the same plan list the tests use
    print(f"\n{'golden':20} {'tasks':>11} {'deadline':>10} {'lead':>10} {'coord':>10}")
    totals = {f: [0, 0] for f in FIELDS}
    for name, (file, prefix) in PLANS.items():
        with (golden / f"{name}.tsv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
        plan = read_plan(ROOT / "examples" / "corpus" / file)
        found = {t.id: t for t in plan.tasks if t.id.startswith(prefix) and t.source == "table"}
        hits = sum(1 for r in rows if r["id"] in found)
        cells = []
        for field, attr in FIELDS.items():
            ok = total = 0
            for row in rows:
                if not row[f"{field}_at"]:
                    continue
                total += 1
                cell = getattr(found[row["id"]], attr) if row["id"] in found else None
                line = int(row[f"{field}_at"].split(":")[0])
                ok += bool(cell is not None and plan.source.line_col(cell.span.start)[0] == line
                           and plain(cell.text).startswith(plain(row[field])))
            totals[field][0] += ok
            totals[field][1] += total
            cells.append(f"{100 * ok / total:>8.0f} %" if total else f"{'-':>10}")
        print(f"{name:20} {hits:>4}/{len(rows):<3} +{len(found) - hits:<2} " + " ".join(cells))
    print(f"{'all':20} {'':>11} " + " ".join(f"{100 * ok / total:>8.1f} %" for ok, total in totals.values()))


def reading_accuracy() -> None:
    """The goldens that also give readings (flat deadline dates, lead and coordinator agencies, targets)."""
    sys.path.insert(0, str(ROOT / "tests" / "plans"))
    import test_corpus_golden as golden
    print(f"\n{'readings':20} {'rows':>5} {'dates':>10} {'lead':>10} {'coord':>10} {'target':>10}")
    totals = {field: [0, 0] for field in golden.READINGS}
    for name in golden.PLANS:
        rows = golden.rows(name)
        if not rows or not any(field in rows[0] for field in golden.READINGS):
            continue
        tasks = {t.id: t for t in golden.plan_of(name).tasks}
        cells = []
        for field in golden.READINGS:
            if field not in rows[0]:
                cells.append(f"{'-':>10}")
                continue
            ok = sum(1 for row in rows if row["id"] in tasks
                     and golden.reading(tasks[row["id"]], field) == golden.golden_reading(row, field))
            totals[field][0] += ok
            totals[field][1] += len(rows)
            cells.append(f"{100 * ok / len(rows):>8.0f} %")
        print(f"{name:20} {len(rows):>5} " + " ".join(cells))
    print(f"{'all':20} {'':>5} " + " ".join(f"{100 * ok / total:>8.1f} %" for ok, total in totals.values()))


# Where a read's time goes: the entry points of each parser and of each reading step, by (file, name).
# A function's cumulative time includes what it calls, so the parser rows may overlap the step rows
# (the body reads deadlines), and the parser rows never overlap each other (no parser calls another).
PARTS = {
    "parsers: deadlines": (("deadlines/__init__.py", "parse_deadline"), ("deadlines/__init__.py", "find_deadlines")),
    "parsers: assignments": (("assignments/parser.py", "parse_assignment"),),
    "parsers: targets": (("targets/parser.py", "parse_targets"),),
    "document (layouts, blocks)": (("document/text.py", "read_text_document"),),
    "header": (("plans/header.py", "read_header"),),
    "task tables (rows, cells)": (("plans/reader.py", "_read_tables"),),
    "body (sections, items)": (("plans/body_tasks.py", "add_body_tasks"), ("plans/body.py", "body_deadlines"),
                               ("plans/body.py", "paragraphs")),
    "graph": (("assignments/graph.py", "build_graph"),),
}


def profile_shares(names: tuple[str, ...] = ("000", "002")) -> None:
    """cProfile of cold read + parse + graph on seeds (caches cleared before each of five runs): each
    part's share of the whole."""
    import cProfile
    import pstats
    print(f"\n{'share of read+graph':28} " + " ".join(f"{n:>7}" for n in names))
    shares: dict[str, list[str]] = {part: [] for part in PARTS}
    for name in names:
        path = next(p for p in SEEDS if p.name.startswith(name))
        build_graph(read_plan(path))
        profiler = cProfile.Profile()
        for _ in range(5):
            clear_caches()
            profiler.enable()
            build_graph(read_plan(path))
            profiler.disable()
        stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
        whole = sum(v[3] for k, v in stats.items() if k[2] in ("read_plan", "build_graph")
                    and k[0].endswith(("plans/reader.py", "assignments/graph.py")))
        for part, entries in PARTS.items():
            spent = sum(v[3] for k, v in stats.items() if any(k[0].endswith(f) and k[2] == fn for f, fn in entries))
            shares[part].append(f"{100 * spent / whole:>6.0f}%")
    for part, cells in shares.items():
        print(f"{part:28} " + " ".join(cells))


def main() -> None:
    per_plan()
    if "--seeds" in sys.argv:
        return
    growth()
    accuracy()
    reading_accuracy()
    profile_shares()


if __name__ == "__main__":
    main()
