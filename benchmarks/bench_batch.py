"""Benchmark: a batch of plans end to end (read, track, JSON), as ``reformrules status DIR`` runs it.

Run: ``python benchmarks/bench_batch.py [N] [--jobs J]`` from the repository root (default N = 1,000).

The batch is the five seed plans repeated with their years shifted (every year 2010-2035 written in the
text moves by 0-7 years, so each copy is a plan for another year with its own dates and holidays),
written to a temporary folder. Each plan is read from its file, tracked on an as-of date in the middle of
its plan year with a small progress input, and dumped to JSON, in worker processes through the command's
own batch runner (``reformrules.cli.run_batch``), so process start-up and result transfer are counted.

It reports plans/s and peak memory (the main process and the largest worker, ``ru_maxrss``), and checks
that the cost grows linearly: it times 250, 500 and 1,000 plans (or N/4, N/2, N) and prints the cost per
plan of each; the check passes when the largest batch costs at most 1.5× per plan what the smallest does.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from reformrules.cli import Job, run_batch
from reformrules.exports import report_to_json
from reformrules.tracker import load_progress

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "examples" / "plans").glob("00*.txt"))
YEAR = re.compile(r"(?<!\d)(20[1-3]\d)(?!\d)")
PLAN_YEARS = {"000": 2018, "001": 2022, "002": 2022, "003": 2023, "004": 2022}
PROGRESS = load_progress({"done": {"I.1": "2018-02-01", "I.2": "2018-03-20"},
                          "events": {"UBND tỉnh có hướng dẫn": "2018-05-10"}})


def make_batch(folder: Path, count: int) -> list[tuple[Path, date]]:
    """``count`` plan files (seed copies with shifted years) and the as-of date of each."""
    texts = {seed.name[:3]: seed.read_text(encoding="utf-8") for seed in SEEDS}
    made = []
    for i in range(count):
        seed = sorted(texts)[i % len(texts)]
        shift = (i // len(texts)) % 8
        text = YEAR.sub(lambda m: str(int(m.group(1)) + shift), texts[seed]) if shift else texts[seed]
        path = folder / f"{seed}_{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        made.append((path, date(PLAN_YEARS[seed] + shift, 7, 1)))
    return made


def run(batch: list[tuple[Path, date]], jobs: int) -> tuple[float, int]:
    """Seconds for the batch end to end (including each report's JSON) and the number of failures."""
    work = [Job("status", str(path), as_of, PROGRESS) for path, as_of in batch]
    start = time.perf_counter()
    outcomes = run_batch(work, jobs, show_bar=False)
    size = sum(len(report_to_json(o.value, indent=None)) for o in outcomes if o.value is not None)
    elapsed = time.perf_counter() - start
    failures = sum(o.error is not None for o in outcomes)
    assert size > 0
    return elapsed, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    sizes = [max(1, args.count // 4), max(1, args.count // 2), args.count]
    with tempfile.TemporaryDirectory() as folder:
        batch = make_batch(Path(folder), args.count)
        run(batch[: min(20, len(batch))], args.jobs)  # warm-up: imports, calendar years, caches of the workers
        print(f"{len(SEEDS)} seeds repeated with years shifted 0-7; {args.jobs} worker processes; "
              f"python {sys.version.split()[0]}")
        per_plan = []
        for n in sizes:
            elapsed, failures = run(batch[:n], args.jobs)
            per_plan.append(elapsed / n)
            print(f"{n:>6} plans: {elapsed:7.2f} s  {n / elapsed:8.1f} plans/s  {1000 * elapsed / n:7.2f} ms/plan"
                  f"  ({failures} failed)")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: main process {own:.0f} MiB, largest worker {workers:.0f} MiB")
    ratio = per_plan[-1] / per_plan[0]
    linear = ratio <= 1.5
    print(f"cost per plan at {sizes[-1]} vs {sizes[0]} plans: ×{ratio:.2f} -> {'linear' if linear else 'NOT linear'}")
    return 0 if linear else 1


if __name__ == "__main__":
    raise SystemExit(main())
