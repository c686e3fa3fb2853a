"""Benchmark: ``track`` on seed 004 with the sample progress, and its growth for 100x the tasks of seed 000.

Not a test. Run: ``python benchmarks/bench_track.py``. Prints, in milliseconds (best of several runs):

- ``track`` on seed 004 as of 2022-07-01 with ``examples/progress_sample.csv`` (the plan read once, outside
  the timing), with and without its targets judged against ``examples/actuals_sample.csv``;
- ``track`` on seed 000 (44 tasks) and on 100 copies of it (4400 tasks), as of 2018-07-02: the ratio is
  the growth (the issue's goal: at most 110x for 100x the tasks); and on 100 copies whose years run from
  1950 to 2049, so that due dates spread over a century around the as-of date (the case where counting
  working days day by day made ``track`` grow with the distance).
- the number of Python function calls of the same runs: on a shared machine the times jitter by 2-3x
  between runs, the call counts do not.

``BEFORE`` holds the numbers measured on this machine with the implementation before issue 13
(commit df78cf5: rules read twice, working days counted day by day, targets re-parsed from the whole
text); the script prints the speed-up against them next to the numbers of this run.
"""

from __future__ import annotations

import cProfile
import dataclasses
import pstats
from datetime import date
from pathlib import Path

from timing import best_ms  # benchmarks/timing.py
from reformrules import read_plan
from reformrules.tracker import track

ROOT = Path(__file__).resolve().parents[1]
PLANS = ROOT / "examples" / "plans"
SEED_000 = PLANS / "000_56be073c6998dd9f.txt"
SEED_004 = PLANS / "004_507df5ea52532140.txt"
PROGRESS = ROOT / "examples" / "progress_sample.csv"
ACTUALS = ROOT / "examples" / "actuals_sample.csv"

#: Measured before the change: the implementation of commit df78cf5 run with this same script in this
#: sandbox (2 cores shared by 8 engineers), in ms. The times of the same run jittered by 2-5x between
#: repetitions (004 with targets gave 16-83 ms); the function call counts below do not move.
BEFORE = {"004 track": 1.5, "004 track + targets": 18.3, "000 track 1x": 1.5, "000 track 100x": 202.7,
          "000 track 100x, 1950-2049": 14252.2}
#: Python function calls of the same runs before the change (1x: 44 tasks; 100x: 4400).
BEFORE_CALLS = {"1x": 5_954, "100x": 210_488, "100x, 1950-2049": 12_636_922}


def calls(call) -> int:
    """Python function calls made by ``call()``: a growth measure that the machine's load does not blur."""
    profile = cProfile.Profile()
    profile.enable()
    call()
    profile.disable()
    return pstats.Stats(profile).total_calls  # type: ignore[attr-defined]


def hundredfold(path: Path, spread: bool = False):
    """Seed 000's plan with its tasks copied 100 times (ids "<k>.<id>"); with ``spread``, copy k is read
    with its years moved to 1950+k, so that due dates spread over a century around the as-of date."""
    text = path.read_text(encoding="utf-8")
    base = read_plan(path)
    tasks = []
    for k in range(100):
        plan = read_plan(text.replace("2018", str(1950 + k)).replace("2017", str(1949 + k)), doc_id=path.name) \
            if spread else base
        tasks.extend(dataclasses.replace(t, id=f"{k}.{t.id}") for t in plan.tasks)
    return dataclasses.replace(base, tasks=tuple(tasks))


def main() -> None:
    plan_004 = read_plan(SEED_004)
    plan_000 = read_plan(SEED_000)
    big, spread = hundredfold(SEED_000), hundredfold(SEED_000, spread=True)
    as_of_004, as_of_000 = date(2022, 7, 1), date(2018, 7, 2)
    now = {
        "004 track": best_ms(lambda: track(plan_004, as_of_004, PROGRESS), 7),
        "004 track + targets": best_ms(lambda: track(plan_004, as_of_004, PROGRESS, actuals=ACTUALS), 7),
        "000 track 1x": best_ms(lambda: track(plan_000, as_of_000), 7),
        "000 track 100x": best_ms(lambda: track(big, as_of_000), runs=3),
        "000 track 100x, 1950-2049": best_ms(lambda: track(spread, as_of_000), runs=3),
    }
    print(f"{'measure':28} {'now':>10} {'before':>10} {'speed-up':>9}")
    for name, ms in now.items():
        old = BEFORE.get(name)
        ratio = f"{old / ms:8.2f}x" if old else "        -"
        print(f"{name:28} {ms:8.1f}ms {(f'{old:8.1f}ms' if old else '         -'):>10} {ratio}")
    growth = now["000 track 100x"] / now["000 track 1x"]
    print(f"growth for 100x the tasks of seed 000 ({len(big.tasks)} tasks): {growth:.1f}x (goal <= 110x)")
    one, hundred = calls(lambda: track(plan_000, as_of_000)), calls(lambda: track(big, as_of_000))
    wide_calls = calls(lambda: track(spread, as_of_000))
    print(f"function calls: 1x {one:,}, 100x {hundred:,} ({hundred / one:.1f}x), 100x over 1950-2049 "
          f"{wide_calls:,} ({wide_calls / one:.1f}x)")
    print(f"function calls before: 1x {BEFORE_CALLS['1x']:,}, 100x {BEFORE_CALLS['100x']:,}, 100x over 1950-2049 "
          f"{BEFORE_CALLS['100x, 1950-2049']:,} ({BEFORE_CALLS['100x, 1950-2049'] / BEFORE_CALLS['1x']:.1f}x)")
    wide = now["000 track 100x, 1950-2049"] / now["000 track 100x"]
    print(f"the same tasks with due dates spread over 1950-2049: {wide:.2f}x the time of one year")


if __name__ == "__main__":
    main()
