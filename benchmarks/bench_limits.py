"""Benchmark: growth of every attack pattern of issue 17 from 10 KB to 1 MB (docs/limits.md).

Run: ``python benchmarks/bench_limits.py`` from the repository root (``--quick`` stops at 100 KB).
For each pattern it builds inputs of 10 KB, 30 KB, 100 KB, 300 KB and 1 MB by repeating one unit,
times one call at each size (CPU time of the process, best of three, caches cleared: wall time is
noise on a shared machine), and prints the time, the time per KB
and the growth exponent between consecutive sizes (log(t2/t1) / log(n2/n1): 1.0 is linear, 2.0
quadratic), and the overall exponent from the first size to the last. A pattern is flagged when the
overall exponent is above 1.2 (one step above 1.3 alone is noise on a loaded machine). Last, the counted-period ends
(``reformrules.dates.counted_end``) for growing working-day counts.
"""

from __future__ import annotations

import gc
import math
import os
import sys
import time
from datetime import date
from pathlib import Path

from reformrules import PlanContext, find_deadlines, parse_deadline, read_plan
from reformrules.assignments import parse_assignment
from reformrules.dates import counted_end
from reformrules.targets import parse_targets

ROOT = Path(__file__).resolve().parents[1]
SEED_004 = ROOT / "examples" / "plans" / "004_507df5ea52532140.txt"
CTX = PlanContext(plan_year=2022, issued=date(2022, 1, 21))
SIZES = (10_000, 30_000, 100_000, 300_000, 1_000_000)


def _plan_rows(size: int) -> bytes:
    """Seed 004 with its appendix rows repeated (renumbered) until the file has ``size`` bytes."""
    lines = SEED_004.read_text(encoding="utf-8").split("\n")
    rows = [line for line in lines[194:230] if line[:1].isdigit() and "\t" in line]
    head = "\n".join(lines[:194])
    body, n = [], 0
    while len(head) + sum(len(r) + 1 for r in body) < size:
        row = rows[n % len(rows)].split("\t", 1)[1]
        n += 1
        body.append(f"{n}\t{row}")
    return (head + "\n" + "\n".join(body) + "\n").encode("utf-8")


PATTERNS = {
    "quarter list, find_deadlines": (lambda s: find_deadlines(s, CTX), "Quý I, "),
    "month list, find_deadlines": (lambda s: find_deadlines(s, CTX), "tháng 3, "),
    "deadlines in running text": (lambda s: find_deadlines(s, CTX),
                                  "trước ngày 15/6 hằng năm, trong vòng 30 ngày kể từ ngày ban hành; "),
    "percentage list, parse_targets": (parse_targets, "50%, "),
    "goals in one clause, parse_targets": (parse_targets, "đạt tối thiểu 50% và "),
}


def _clear() -> None:
    from reformrules.assignments.parser import clear_cache as clear_assignments
    from reformrules.deadlines import clear_cache as clear_deadlines

    clear_deadlines()
    clear_assignments()
    gc.collect()


def _time(call) -> float:
    best = math.inf
    for _ in range(3):
        _clear()
        start = time.process_time()
        call()
        best = min(best, time.process_time() - start)
        if best > 5:
            break
    return best


def _row(name: str, times: list[tuple[int, float]]) -> str:
    cells = [f"{t * 1000:9.1f} ms" for _n, t in times]
    exponents = [math.log(t2 / t1) / math.log(n2 / n1) for (n1, t1), (n2, t2) in zip(times, times[1:]) if t1 > 0]
    per_kb = times[-1][1] / (times[-1][0] / 1000) * 1e6
    (n_first, t_first), (n_last, t_last) = times[0], times[-1]
    overall = math.log(t_last / t_first) / math.log(n_last / n_first) if t_first > 0 and n_last > n_first else 0.0
    flag = "  SUPERLINEAR" if overall > 1.2 else ""  # one step above 1.3 alone is noise on a loaded machine
    growth = " ".join(f"{e:4.2f}" for e in exponents)
    return f"{name:38} {' '.join(cells)}  {per_kb:8.1f} µs/KB  exp {growth}  overall {overall:4.2f}{flag}"


def main(argv: list[str]) -> int:
    sizes = [s for s in SIZES if "--quick" not in argv or s <= 100_000]
    if hasattr(os, "getloadavg"):
        print("load average %.2f %.2f %.2f; times are CPU seconds of this process" % os.getloadavg())
    print(f"{'pattern':38} " + " ".join(f"{s // 1000:>9} KB" for s in sizes) + "  (last size)    growth exponents")
    for name, (parse, unit) in PATTERNS.items():
        times = []
        for size in sizes:
            text = unit * max(1, size // len(unit.encode("utf-8")))
            times.append((size, _time(lambda: parse(text))))
        print(_row(name, times))
    times = []
    for size in sizes:
        data = _plan_rows(size)
        times.append((size, _time(lambda: read_plan(data))))
    print(_row("plan rows, read_plan", times))
    cell = "Quý I, " * 1400  # cells just under the 10,000-character limit of one cell (docs/limits.md)
    print(f"{'quarter list, parse_deadline (9.8 KB)':38} {_time(lambda: parse_deadline(cell, CTX)) * 1000:9.1f} ms")
    agencies = "Sở Nội vụ, " * 900
    print(f"{'agency list, parse_assignment (9.9 KB)':38} {_time(lambda: parse_assignment(agencies)) * 1000:9.1f} ms")
    print()
    print("working days counted (dates.counted_end from 2022-01-21):")
    for amount in (1_000, 5_000, 20_000, 60_000):
        spent = _time(lambda: counted_end(date(2022, 1, 21), amount, "wd"))
        print(f"  {amount:>7} wd -> {counted_end(date(2022, 1, 21), amount, 'wd')}  {spent * 1000:8.1f} ms")
    print(f"  {10_000_000:>7} wd -> {counted_end(date(2022, 1, 21), 10_000_000, 'wd')} (refused before counting)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
