"""Benchmark: deadline phrases per second, against dateutil and dateparser in the same run.

Not a test. Run: ``python benchmarks/bench_deadlines.py`` (dateparser comes with the ``bench`` extra;
without it that column is skipped). It parses the 33 seed phrases of docs/peers.md repeated, and
unique generated phrases (so no cache can help), and prints phrases/s and ratios.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import date

from reformrules import PlanContext, parse_deadline

SEED_PHRASES = [
    "Quý I/2018", "Trong Quý I/2018", "Quý II/2018", "Trong Quý II/2018", "Từ Quý II/2018", "Quý III/2018",
    "Hoàn thành chậm nhất Quý III/2018", "Hoàn thành chậm nhất Quý II/2018 Triển khai thí điểm từ năm 2018-2020",
    "Trong năm 2018", "Thường xuyên", "Theo tiến độ Đề án được phê duyệt", "Theo tiến độ triển khai của Trung ương",
    "Theo tiến độ của Bộ Khoa học và Công nghệ", "Tháng 3/2022", "Tháng 12/2023", "30/06/2023", "Năm 2023 - 2024",
    "Năm 2023", "Sau khi Đề án được phê duyệt", "Sau khi Bộ Tài chính ban hành giá tối đa",
    "Sau khi UBND tỉnh có hướng dẫn", "Quý I/2022 (hoặc sau khi UBND tỉnh triển khai)",
    "Quý II/2022 (hoặc theo tiến độ của UBND tỉnh)", "Trong năm 2022 (sau khi UBND tỉnh hướng dẫn)",
    "Theo hướng dẫn của Sở Nội vụ", "Theo quy định", "Tháng 01/2022", "ngày 15 tháng 3 năm 2022",
    "trước ngày 20 của tháng cuối kỳ báo cáo", "trong vòng 30 ngày kể từ ngày kế hoạch này được ban hành",
    "6 tháng đầu năm 2022", "Quý IV/2023", "Năm 2022 - 2023 (sau khi có hướng dẫn của Bộ Khoa học và Công nghệ)",
]
ROMAN = ["I", "II", "III", "IV"]


def unique_phrases(count: int, rng: random.Random) -> list[str]:
    """Distinct phrases in the seed forms with varied numbers."""
    forms = [
        lambda y: f"Quý {rng.choice(ROMAN)}/{y}",
        lambda y: f"Trong Quý {rng.randint(1, 4)} năm {y}",
        lambda y: f"Hoàn thành chậm nhất Quý {rng.choice(ROMAN)}/{y}",
        lambda y: f"Tháng {rng.randint(1, 12)}/{y}",
        lambda y: f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{y}",
        lambda y: f"ngày {rng.randint(1, 28)} tháng {rng.randint(1, 12)} năm {y}",
        lambda y: f"Năm {y} - {y + rng.randint(1, 5)}",
        lambda y: f"Trong năm {y}",
        lambda y: f"Từ Quý {rng.choice(ROMAN)}/{y}",
        lambda y: f"6 tháng đầu năm {y}",
        lambda y: f"Quý {rng.choice(ROMAN)}/{y} (hoặc sau khi UBND tỉnh triển khai)",
    ]
    seen: set[str] = set()
    while len(seen) < count:
        seen.add(rng.choice(forms)(rng.randint(1990, 2090)) + " " * rng.randint(0, 2))
    return sorted(seen)


def rate(func, runs: list[list[str]]) -> float:
    """Median phrases per second of ``func``, one timed pass per list in ``runs``."""
    def one(p):
        try:
            func(p)
        except Exception:  # peers raise on unreadable text; that is their answer
            pass
    for p in SEED_PHRASES:
        one(p)
    rates = []
    for phrases in runs:
        t0 = time.perf_counter()
        for p in phrases:
            one(p)
        rates.append(len(phrases) / (time.perf_counter() - t0))
    return statistics.median(rates)


def main() -> None:
    from dateutil import parser as du

    from reformrules.deadlines import _parse_cached
    from reformrules.lexicon import packaged

    ctx = PlanContext(plan_year=2022, issued=date(2022, 1, 21))
    fixed_default = __import__("datetime").datetime(2022, 1, 1)
    uncached = _parse_cached.__wrapped__
    contenders = {
        "reformrules.parse_deadline": lambda p: parse_deadline(p, ctx),
        "reformrules, parse cache bypassed": lambda p: uncached(p, ctx, None, packaged()),
        "dateutil.parser.parse(fuzzy=True)": lambda p: du.parse(p, fuzzy=True, default=fixed_default),
    }
    try:
        import dateparser

        settings = {"RELATIVE_BASE": fixed_default}
        contenders["dateparser.parse(languages=['vi'])"] = lambda p: dateparser.parse(
            p, languages=["vi"], settings=settings)
    except ImportError:
        print("dateparser not installed (pip install -e '.[bench]'): column skipped", file=sys.stderr)
    rng = random.Random(7)
    fresh = unique_phrases(15000, rng)
    rng.shuffle(fresh)
    workloads = {
        # repeats, as in real plans ("Trong năm 2022" eleven times in seed 004): the cache serves them
        "seed phrases x100 (33 phrases repeated)": [SEED_PHRASES * 100] * 3,
        # every phrase seen once: no cache can help; three runs of 5,000 distinct phrases each
        "unique phrases": [fresh[:5000], fresh[5000:10000], fresh[10000:]],
    }
    for workload, runs in workloads.items():
        print(f"\n{workload}: {len(runs[0])} phrases per run")
        rates = {}
        for name, func in contenders.items():
            if "dateparser" in name:
                rates[name] = rate(func, [r[:1500] for r in runs])
            else:
                rates[name] = rate(func, runs)
        ours = rates["reformrules.parse_deadline"]
        for name, value in rates.items():
            ratio = "" if name == "reformrules.parse_deadline" else f"   reformrules is {ours / value:,.1f}x faster"
            print(f"  {name:40s} {value:>10,.0f} phrases/s{ratio}")


if __name__ == "__main__":
    main()
