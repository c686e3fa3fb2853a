"""Benchmark: reading each seed plan end to end (header, layout, every deadline), in milliseconds.

Not a test. Run: ``python benchmarks/bench_plans.py``. Prints, per seed, the best of five reads with
deadlines only (the issue's "well under 50 ms" budget) and with assignments and targets parsed too.
"""

from __future__ import annotations

import time
from pathlib import Path

from reformrules import read_plan

PLANS = sorted((Path(__file__).resolve().parents[1] / "examples" / "plans").glob("*.txt"))


def best_ms(path: Path, runs: int = 5, **options) -> float:
    read_plan(path, **options)  # warm caches (lexicon, calendar, windows)
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        read_plan(path, **options)
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def main() -> None:
    print(f"{'plan':28} {'size':>8} {'deadlines only':>15} {'everything':>11}")
    for path in PLANS:
        only = best_ms(path, assignments=False, targets=False)
        full = best_ms(path)
        print(f"{path.name:28} {path.stat().st_size:>7,}B {only:>12.1f} ms {full:>8.1f} ms")


if __name__ == "__main__":
    main()
