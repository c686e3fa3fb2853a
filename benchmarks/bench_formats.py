"""Benchmark: reading a plan from its .docx, .html and .pdf beside reading its text version.

Not a test. Run: ``python benchmarks/bench_formats.py [--runs N]``. For each plan of
tests/formats/fixtures/ it prints the best of N whole ``read_plan`` calls (header, tables, every
deadline, assignment and target) per format, and each format's time as a multiple of the text
version's in the same run (goals: .docx and .html within 3x, .pdf within 20x). A second table
gives the format step alone (bytes to ``Document``, ``reformrules.formats.read_document``), the
part this issue adds. The first read of each file is not counted (imports, lexicon, calendar).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from timing import best_ms  # benchmarks/timing.py
from reformrules import read_plan
from reformrules.formats import read_document

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "formats" / "fixtures"
FORMATS = ("docx", "lo.docx", "html", "pdf")
GOALS = {"docx": 3.0, "lo.docx": 3.0, "html": 3.0, "pdf": 20.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    texts = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md"))
    print(f"read_plan, best of {runs} (ms; x = multiple of the text version's time, goal in brackets)")
    print(f"{'plan':16} {'text':>8} " + " ".join(f"{f + f' [{GOALS[f]:.0f}x]':>20}" for f in FORMATS))
    step_rows = []
    worst = {f: 0.0 for f in FORMATS}
    for text in texts:
        base = best_ms(lambda: read_plan(text), runs)
        cells, steps = [], []
        for fmt in FORMATS:
            path = FIXTURES / f"{text.stem}.{fmt}"
            if not path.exists():
                cells.append(f"{'-':>20}")
                steps.append(f"{'-':>10}")
                continue
            ms = best_ms(lambda: read_plan(path), runs)
            data = path.read_bytes()
            steps.append(f"{best_ms(lambda: read_document(data, path.name), runs):>7.1f} ms")
            worst[fmt] = max(worst[fmt], ms / base)
            cells.append(f"{ms:>9.1f} ms {ms / base:>5.1f}x")
        print(f"{text.stem:16} {base:>5.1f} ms " + " ".join(cells))
        step_rows.append(f"{text.stem:16} " + " ".join(steps))
    print("\nthe format step alone: bytes to Document (ms)")
    print(f"{'plan':16} " + " ".join(f"{f:>10}" for f in FORMATS))
    print("\n".join(step_rows))
    print("\nworst ratio to text: " + ", ".join(
        f"{f} {worst[f]:.1f}x ({'meets' if worst[f] <= GOALS[f] else 'misses'} {GOALS[f]:.0f}x)"
        for f in FORMATS if worst[f]))


if __name__ == "__main__":
    main()
