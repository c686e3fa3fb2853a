"""Benchmark: deadline phrases per second, against dateutil and dateparser in the same run.

Not a test. Run: ``python benchmarks/bench_deadlines.py [--quick]`` (dateparser comes with the
``bench`` extra; without it that column is skipped). Every phrase is distinct (numbers, agencies and
spacing vary) and the parse cache is cleared before every timed pass, so no cache helps: this is the
cold path. It prints, side by side in one run:

- a per-form table: each seed phrase form (windows, limits, starts, "(hoặc sau khi …)", "Theo … của …",
  "trước ngày …", year ranges, two-clause cells, and the recurrences and counted periods) against
  dateutil's fuzzy parser and dateparser, so a slow form is visible;
- the equal mix of the forms, against the goals of issue 16: >= 3x dateutil, >= 20x dateparser,
  >= 50,000 phrases/s, and no form below 2x dateutil;
Rates are CPU time of this process (``time.process_time``), so other work on a shared machine does
not skew the ratios. The contenders are timed side by side: one pass of each in turn, five rounds, the
median of each (before issue 16's speed session each contender ran its three passes in a row, so a burst
of other load on the shared machine fell on one contender only and a ratio moved by ±30% between runs;
the phrases, the cache clearing and the CPU-time measure are unchanged). dateparser, ~20× slower, is
timed on a subset (200 phrases of a form, 600 of the mix); since its second speed session it takes its
turn in each of the five rounds too (it had one pass, so its column moved by ±10% between runs).

- the time ``import reformrules`` takes in a fresh interpreter (goal < 300 ms), and whether it loaded
  networkx or pydantic.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import time
from datetime import date, datetime

from reformrules import PlanContext, parse_deadline
from reformrules.deadlines import clear_cache
from reformrules.deadlines.model import Window

ROMAN = ["I", "II", "III", "IV"]
AGENCIES = ["UBND tỉnh", "Sở Nội vụ", "Bộ Nội vụ", "Sở Tài chính", "Văn phòng UBND tỉnh", "Bộ Khoa học và Công nghệ"]
EVENTS = ["triển khai", "có hướng dẫn", "ban hành Kế hoạch", "phê duyệt Đề án"]


def forms(rng: random.Random) -> dict[str, object]:
    """Each seed phrase form as a generator of one phrase from a year (docs/peers.md lists the seed cells)."""
    q = lambda: rng.choice(ROMAN)  # noqa: E731
    who = lambda: rng.choice(AGENCIES)  # noqa: E731
    return {
        "window: Quý II/2018": lambda y: f"Quý {q()}/{y}",
        "window: Trong năm 2022": lambda y: f"Trong năm {y}",
        "window: Tháng 3/2022": lambda y: f"Tháng {rng.randint(1, 12)}/{y}",
        "window: 30/06/2023": lambda y: f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{y}",
        "window: 6 tháng đầu năm": lambda y: f"6 tháng {rng.choice(['đầu', 'cuối'])} năm {y}",
        "limit: chậm nhất Quý III": lambda y: f"Hoàn thành chậm nhất Quý {q()}/{y}",
        "start: Từ Quý II/2018": lambda y: f"Từ Quý {q()}/{y}",
        "(hoặc sau khi …)": lambda y: f"Quý {q()}/{y} (hoặc sau khi {who()} {rng.choice(EVENTS)})",
        "Theo … của …": lambda y: f"Theo tiến độ triển khai của {who()} năm {y}",
        "trước ngày …": lambda y: f"trước ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{y}",
        "year range": lambda y: f"Năm {y} - {y + rng.randint(1, 5)}",
        "two clauses": lambda y: f"Hoàn thành chậm nhất Quý {q()}/{y}\nTriển khai thí điểm từ năm {y}-{y + 2}",
        "recurrence + day rule": lambda y: f"hàng quý, 06 tháng, năm: trước ngày {rng.randint(10, 25)} của tháng cuối kỳ báo cáo {y}",
        "counted period": lambda y: f"trong vòng {rng.randint(5, 90)} ngày kể từ ngày kế hoạch này được ban hành năm {y}",
    }


def unique(generate, count: int, rng: random.Random) -> list[str]:
    """Up to ``count`` distinct phrases of one form (years 1901-2099, case and trailing spaces vary)."""
    seen: set[str] = set()
    for _ in range(count * 20):
        phrase = generate(rng.randint(1901, 2099)) + " " * rng.randint(0, 2)
        seen.add(phrase.upper() if rng.random() < 0.2 else phrase)
        if len(seen) == count:
            break
    return sorted(seen, key=lambda _: rng.random())


PASSES = 5  # rounds of the side-by-side timing (median)


def clear_caches() -> None:
    clear_cache()
    for constructor in (Window.month, Window.quarter, Window.half, Window.year, Window.years):
        constructor.cache_clear()


def one_pass(func, phrases: list[str]) -> float:
    """Phrases per second of one timed pass of ``func``, caches cleared before it."""
    clear_caches()
    t0 = time.process_time()  # CPU time of this process: other load on the machine does not count
    for p in phrases:
        try:
            func(p)
        except Exception:  # peers raise on unreadable text; that is their answer
            pass
    return len(phrases) / max(time.process_time() - t0, 1e-9)


def side_by_side(contenders: dict, phrases: list[str], passes: int = PASSES,
                 subset: dict[str, int] | None = None) -> dict[str, float]:
    """The median rate of each contender over ``passes`` rounds, one pass of each per round in turn:
    a burst of other load on a shared machine then falls on every contender alike, not on one.
    ``subset``: contenders timed on the first phrases only (dateparser, ~20x slower: 200 of a form, 600
    of the mix)."""
    subset = subset or {}
    found: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(passes):
        for name, func in contenders.items():
            found[name].append(one_pass(func, phrases[:subset[name]] if name in subset else phrases))
    return {name: statistics.median(rates) for name, rates in found.items()}


def import_time() -> tuple[float, dict[str, bool]]:
    probe = ("import sys, time, json; t = time.perf_counter(); import reformrules; "
             "print(json.dumps([time.perf_counter() - t, {m: m in sys.modules for m in ('networkx', 'pydantic')}]))")
    runs = [json.loads(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout)
            for _ in range(5)]
    return statistics.median(r[0] for r in runs), runs[0][1]


def main() -> None:
    quick = "--quick" in sys.argv
    from dateutil import parser as du

    ctx = PlanContext(plan_year=2022, issued=date(2022, 1, 21))
    fixed_default = datetime(2022, 1, 1)
    contenders = {
        "reformrules": lambda p: parse_deadline(p, ctx),
        "dateutil": lambda p: du.parse(p, fuzzy=True, default=fixed_default),
    }
    try:
        import dateparser

        settings = {"RELATIVE_BASE": fixed_default}
        contenders["dateparser"] = lambda p: dateparser.parse(p, languages=["vi"], settings=settings)
        dateparser.parse("Quý I/2022", languages=["vi"], settings=settings)  # load its language data first
    except ImportError:
        print("dateparser not installed (pip install -e '.[bench]'): column skipped", file=sys.stderr)
    rng = random.Random(16)
    per_form = 300 if quick else 1500
    table = {name: unique(gen, per_form, rng) for name, gen in forms(rng).items()}
    print(f"Per form: {per_form} distinct phrases, caches cleared before each pass; reformrules, dateutil and dateparser"
          f" (on 200 of them) in turn, {PASSES} rounds (median)\n")
    head = f"{'form':28s} {'reformrules/s':>14s} {'dateutil/s':>11s} {'dateparser/s':>13s} {'x dateutil':>11s} {'x dateparser':>13s}"
    print(head)
    print("-" * len(head))
    worst = None
    for name, phrases in table.items():
        rates = side_by_side(contenders, phrases, subset={"dateparser": 200})
        ours = rates["reformrules"]
        x_du = ours / rates["dateutil"]
        x_dp = ours / rates["dateparser"] if "dateparser" in rates else float("nan")
        worst = min(worst or (x_du, name), (x_du, name))
        print(f"{name:28s} {ours:>14,.0f} {rates['dateutil']:>11,.0f} {rates.get('dateparser', float('nan')):>13,.0f}"
              f" {x_du:>10.1f}x {x_dp:>12.1f}x")
    mix = [p for phrases in zip(*table.values()) for p in phrases]  # an equal mix, interleaved
    rates = side_by_side(contenders, mix, subset={"dateparser": 600})
    ours = rates["reformrules"]
    print(f"\nEqual mix of the {len(table)} forms ({len(mix)} distinct phrases):")
    print(f"  reformrules  {ours:>10,.0f} phrases/s   (goal >= 50,000)")
    print(f"  dateutil     {rates['dateutil']:>10,.0f} phrases/s   reformrules is {ours / rates['dateutil']:.1f}x (goal >= 3x)")
    if "dateparser" in rates:
        print(f"  dateparser   {rates['dateparser']:>10,.0f} phrases/s   reformrules is {ours / rates['dateparser']:.1f}x (goal >= 20x)")
    print(f"  slowest form against dateutil: {worst[1]} at {worst[0]:.1f}x (goal: no form below 2x)")
    seconds, heavy = import_time()
    print(f"\nimport reformrules: {seconds * 1000:.0f} ms (median of 5 fresh interpreters; goal < 300 ms); "
          f"networkx loaded: {heavy['networkx']}, pydantic loaded: {heavy['pydantic']}")


if __name__ == "__main__":
    main()
