"""Benchmark: assignment cells parsed per second (seed cells plus generated variants).

Run: ``python benchmarks/bench_assignments.py`` from the repository root. It parses every
assignment cell of the five seed plans (the cells of tests/golden/seed_*/assignments.tsv, which
are verbatim slices of examples/plans) and a set of generated variants (distributive lists,
bullets, abbreviations, noise), warms up once, then reports the best and the median of five
timed runs:

- uncached: every distinct cell once, the parse cache cleared before the run, so every cell is
  really parsed (the issue's measure);
- cold: all cells in plan order with the cache cleared first; repeated cells (seed 001 has
  "Văn phòng thực hiện" nine times) hit the cache, as they do when a plan is read;
- warm: every cell a cache hit;
- the shared tokenizer (``reformrules.text.tokens.tokenize``) alone over the distinct cells, the
  floor under any parse (the parser tokenizes each cell once).

- dateutil's fuzzy parser (``dateutil.parser.parse(s, fuzzy=True)``, the peer the issue names) on
  the same distinct strings, side by side in the same run: the ratio is what a loaded machine
  cannot distort much; this library must never be slower.

Every figure is given twice: wall-clock (``perf_counter``) and CPU time of this process
(``process_time``), which other sessions sharing the two cores disturb far less.

Reference figure (not re-measured here; underthesea is not installed): underthesea 9.5.0's
``ner()`` ran at 78.8 strings/s on assignment strings, with ≈5% agency recall and no roles
(docs/peers.md, "Agency extraction"). The target for this library is ≥ 10,000 cells/s.
"""

from __future__ import annotations

import csv
import statistics
import sys
import time
from datetime import date
from itertools import cycle, islice, permutations
from pathlib import Path

from reformrules.assignments import parse_assignment
from reformrules.assignments.parser import clear_cache
from reformrules.context import PlanContext
from reformrules.text.tokens import tokenize

ROOT = Path(__file__).resolve().parents[1]
UNDERTHESEA_STRINGS_PER_S = 78.8  # docs/peers.md
CONTEXTS = {
    "000": PlanContext(plan_year=2018, issued=date(2017, 12, 29), issuer="UBND tỉnh Khánh Hòa"),
    "001": PlanContext(plan_year=2022, issuer="Ban Quản lý Khu kinh tế Vân Phong"),
    "002": PlanContext(plan_year=2022, issued=date(2021, 12, 24), issuer="UBND tỉnh Hải Dương"),
    "003": PlanContext(plan_year=2023, issued=date(2022, 12, 28), issuer="UBND tỉnh Khánh Hòa"),
    "004": PlanContext(plan_year=2022, issued=date(2022, 1, 21), issuer="UBND thị xã Ninh Hòa"),
}
DEPARTMENTS = ["Kế hoạch và Đầu tư", "Tài chính", "Nội vụ", "Tư pháp", "Xây dựng", "Y tế", "Giáo dục và Đào tạo",
               "Thông tin và Truyền thông", "Lao động - Thương binh và Xã hội", "Khoa học và Công nghệ"]
TEMPLATES = [
    "Các Sở: {a}, {b} chủ trì, phối hợp với Văn phòng UBND tỉnh, Sở {c} và các cơ quan liên quan",
    "Sở {a} chủ trì phối hợp Sở {b} tham mưu UBND tỉnh ban hành",
    "- Sở {a} chủ trì, phối hợp với Sở {b}.\n- Các sở, ban, ngành, UBND cấp huyện thực hiện.\n- Sở {c} hướng dẫn, kiểm tra.",
    "Sở  {a}\u00a0phối hợp với các Sở: {b}, {c}, các cơ quan, tổ chức có liên quan xây dựng Đề án",
    "Các cơ quan, đơn vị, địa phương xây dựng đề án, gửi Sở {a} thẩm định, trình UBND tỉnh",
    "Chủ tịch UBND tỉnh giao Sở {a} chủ trì, phối hợp với Sở {b} (thuế, đất đai, xây dựng, …) tham mưu",
]


def seed_cells() -> list[tuple[str, PlanContext]]:
    cells = []
    for seed, ctx in CONTEXTS.items():
        path = ROOT / "tests" / "golden" / f"seed_{seed}" / "assignments.tsv"
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                cells.append((row["cell"].replace("\\n", "\n"), ctx))
    return cells


def variants(n: int) -> list[tuple[str, PlanContext]]:
    """``n`` distinct generated cells (every template over ordered triples of departments)."""
    ctx = CONTEXTS["000"]
    triples = permutations(DEPARTMENTS, 3)
    out = []
    for template, (a, b, c) in islice(zip(cycle(TEMPLATES), triples), n):
        out.append((template.format(a=a, b=b, c=c), ctx))
    return out


CLOCK = time.perf_counter  # main() runs everything once per clock


def run(cells: list[tuple[str, PlanContext]], cold: bool) -> float:
    if cold:
        clear_cache()
    start = CLOCK()
    for text, ctx in cells:
        parse_assignment(text, ctx)
    return CLOCK() - start


def tokenize_only(cells: list[tuple[str, PlanContext]], cold: bool) -> float:
    start = CLOCK()
    for text, _ in cells:
        tokenize(text)
    return CLOCK() - start


def dateutil_fuzzy(cells: list[tuple[str, PlanContext]], cold: bool) -> float:
    """dateutil's fuzzy parser on the same strings (most have no date: it raises, as it does on
    any string it cannot read; the time to say so counts)."""
    from dateutil import parser as dateutil_parser

    start = CLOCK()
    for text, _ in cells:
        try:
            dateutil_parser.parse(text, fuzzy=True)
        except (ValueError, OverflowError):
            pass
    return CLOCK() - start


def rate(cells: list[tuple[str, PlanContext]], cold: bool, runner=run) -> tuple[float, float]:
    """(best, median) cells/s over five runs; the best run is the least disturbed (timeit's rule)."""
    times = [runner(cells, cold) for _ in range(5)]
    return len(cells) / min(times), len(cells) / statistics.median(times)


def main() -> int:
    global CLOCK
    seeds = seed_cells()
    cells = seeds + variants(600)
    unique = list({(t, c.issuer, c.issued): (t, c) for t, c in cells}.values())
    run(cells, cold=True)  # warm-up: loads the lexicon and the resolvers
    dateutil_fuzzy(unique[:50], cold=True)
    print(f"cells per run:           {len(cells)} ({len(seeds)} seed cells + {len(cells) - len(seeds)} generated; "
          f"{len(unique)} distinct)")
    for CLOCK, label in ((time.perf_counter, "wall clock"), (time.process_time, "CPU time of this process")):
        uncached, uncached_median = rate(unique, cold=True)
        (cold, cold_median), (seed_cold, _) = rate(cells, cold=True), rate(seeds, cold=True)
        warm, _ = rate(cells, cold=False)
        tokens, _ = rate(unique, cold=True, runner=tokenize_only)
        fuzzy, _ = rate(unique, cold=True, runner=dateutil_fuzzy)
        print(f"-- {label}")
        print(f"uncached (distinct):     {uncached:,.0f} cells/s best of 5 ({1e6 / uncached:.0f} µs/cell), "
              f"median {uncached_median:,.0f}")
        print(f"cold (plan order):       {cold:,.0f} cells/s best of 5 ({1e6 / cold:.0f} µs/cell), median {cold_median:,.0f}; "
              f"seed cells only {seed_cold:,.0f} cells/s")
        print(f"warm (parse cache hit):  {warm:,.0f} cells/s ({1e6 / warm:.1f} µs/cell)")
        print(f"tokenize() alone:        {tokens:,.0f} cells/s ({1e6 / tokens:.0f} µs/cell, "
              f"{uncached / tokens:.0%} of an uncached parse)")
        print(f"dateutil fuzzy, same:    {fuzzy:,.0f} strings/s ({1e6 / fuzzy:.0f} µs/string); "
              f"uncached / dateutil = {uncached / fuzzy:.2f}x")
    print(f"reference:               underthesea ner() {UNDERTHESEA_STRINGS_PER_S} strings/s (docs/peers.md, not re-run)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
