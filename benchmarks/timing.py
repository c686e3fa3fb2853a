"""The one best-of-N wall-clock timer the benchmarks share (run them from the repository root)."""

from __future__ import annotations

import time
from typing import Callable


def best_ms(call: Callable[[], object], runs: int, warm: bool = True) -> float:
    """The fastest of ``runs`` calls, in milliseconds; ``warm`` makes one untimed call first
    (lexicon, calendar years), so the figure is the warm path."""
    if warm:
        call()
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - t0)
    return best * 1000
