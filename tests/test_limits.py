"""Bounded work (issue 17, "Bounded work"): each pattern the attack found is linear in its input, by an
operation count rather than a wall time, and every input-size limit of docs/limits.md says so in a
diagnostic. Growth figures from 10 KB to 1 MB: benchmarks/bench_limits.py.

The operation count is the number of Python function calls (and generator resumptions) the profiler
sees: deterministic for one input, and it grows by the square of the input for a quadratic loop.
"""

from __future__ import annotations

import os
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from reformrules import PlanContext, find_deadlines, parse_deadline, read_plan
from reformrules.assignments import parse_assignment
from reformrules.dates import counted_end
from reformrules.errors import PlanReadError
from reformrules.limits import MAX_CELL_CHARS, MAX_TEXT_CHARS, read_plan_file
from reformrules.targets import parse_targets
from reformrules.tracker import track

CTX = PlanContext(plan_year=2022, issued=date(2022, 1, 21))
ROOT = Path(__file__).resolve().parents[1]
SEED_004 = ROOT / "examples" / "plans" / "004_507df5ea52532140.txt"


def operations(call) -> int:
    """Python calls made while running ``call()``."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        call()
    finally:
        sys.setprofile(None)
    return count


PATTERNS = {
    "year-less quarter list (parse_deadline)": (lambda s: parse_deadline(s, CTX), "Quý I, "),
    "year-less quarter list (find_deadlines)": (lambda s: find_deadlines(s, CTX), "Quý I, "),
    "month list (parse_deadline)": (lambda s: parse_deadline(s, CTX), "tháng 3, "),
    "many deadlines in running text": (lambda s: find_deadlines(s, CTX),
                                       "trước ngày 15/6 hằng năm, trong vòng 30 ngày kể từ ngày ban hành; "),
    "percentage list (parse_targets)": (parse_targets, "50%, "),
    "goals in one clause (parse_targets)": (parse_targets, "đạt tối thiểu 50% và "),
    "agency list (parse_assignment)": (parse_assignment, "Sở Nội vụ, "),
}


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_work_grows_linearly(name: str) -> None:
    parse, unit = PATTERNS[name]
    n = max(1, 1500 // len(unit))  # about 1.5 KB, then four times as much
    small = operations(lambda: parse(unit * n))
    large = operations(lambda: parse(unit * (4 * n)))
    assert large <= 4.6 * small, f"{name}: {small} -> {large} operations for 4x the input"


def test_a_year_less_quarter_list_keeps_every_quarter() -> None:
    d = parse_deadline("Quý I, " * 1400, CTX)  # 9,800 characters, under the cell limit
    assert str(d).count("within 2022Q1") == 1400


def test_a_deadline_cell_over_the_limit_says_so() -> None:
    d = parse_deadline("Quý I/2022 " * (MAX_CELL_CHARS // 10), CTX)
    assert not d.parsed and [x.code.value for x in d.diagnostics] == ["text.too_long"]
    assert parse_deadline("Quý I/2022 " * 100, CTX).parsed


def test_an_assignment_cell_over_the_limit_says_so() -> None:
    over = parse_assignment("Sở Nội vụ, " * 1000)
    assert over.lead == () and [d.code.value for d in over.diagnostics] == ["text.too_long"]
    assert [m.name for m in parse_assignment("Sở Nội vụ, " * 900).lead][:1] == ["Sở Nội vụ"]


def test_running_text_over_the_limit_says_so() -> None:
    found = find_deadlines("x" * (MAX_TEXT_CHARS + 1), CTX)
    assert len(found) == 1 and [x.code.value for x in found[0].diagnostics] == ["text.too_long"]
    targets = parse_targets("5" * (MAX_TEXT_CHARS + 1))
    assert [t.op.value for t in targets] == ["unparsed"]
    assert [d.code.value for d in targets[0].diagnostics] == ["text.too_long"]


def test_ten_million_working_days_are_refused_before_any_is_counted() -> None:
    text = "trong vòng 10000000 ngày làm việc kể từ ngày kế hoạch này được ban hành"
    assert operations(lambda: parse_deadline(text, CTX)) < 2000
    assert parse_deadline(text, CTX).due is None
    assert operations(lambda: counted_end(date(2022, 1, 1), 10_000_000, "wd")) < 50


def test_a_5000_year_period_costs_status_nothing(tmp_path: Path) -> None:
    lines = SEED_004.read_text(encoding="utf-8").split("\n")
    lines[195] = lines[195].replace("\tQuý I/2022\t", "\ttrong vòng 5000 năm kể từ ngày kế hoạch này được ban hành\t")
    plan = read_plan("\n".join(lines).encode("utf-8"))
    baseline = read_plan(SEED_004)
    spent = operations(lambda: track(plan, date(2022, 7, 1)))
    normal = operations(lambda: track(baseline, date(2022, 7, 1)))
    assert spent < 1.5 * normal
    assert next(r for r in track(plan, date(2022, 7, 1)).tasks if r.id == "I.2").due is None


# -- read_plan refuses what is not a regular file, and files over the limit --------------------------

def _finishes(call, seconds: float = 10.0):
    """Run ``call`` in a thread; the exception it raised (or None), failing when it blocks."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert outcome, "the call blocked"
    return outcome[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.txt"
    os.mkfifo(fifo)
    raised = _finishes(lambda: read_plan(fifo))
    assert isinstance(raised, PlanReadError)
    assert "named pipe" in raised.problem and "not a regular file" in raised.problem


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_is_refused_without_reading() -> None:
    raised = _finishes(lambda: read_plan("/dev/zero"))
    assert isinstance(raised, PlanReadError) and "character device" in raised.problem
    with open("/dev/zero", "rb") as stream:  # a stream is read up to the limit only
        raised = _finishes(lambda: read_plan(stream, max_bytes=1000))
    assert isinstance(raised, PlanReadError) and "over the limit of 1,000 bytes" in raised.problem


def test_a_file_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(SEED_004.read_bytes())
    size = path.stat().st_size
    with pytest.raises(PlanReadError, match=f"is {size:,} bytes, over the limit of 1,000 bytes"):
        read_plan(path, max_bytes=1000)
    assert read_plan(path, max_bytes=size).tasks  # the limit is inclusive
    with pytest.raises(PlanReadError, match="over the limit"):
        read_plan(SEED_004.read_bytes(), max_bytes=1000)
    with pytest.raises(PlanReadError, match="over the limit"):
        read_plan(SEED_004.read_text(encoding="utf-8"), max_bytes=1000)
    with pytest.raises(ValueError, match="max_bytes"):
        read_plan(path, max_bytes=0)


def test_a_directory_and_a_missing_file_keep_their_messages(tmp_path: Path) -> None:
    with pytest.raises(PlanReadError, match="is a directory, not a plan file"):
        read_plan_file(tmp_path)
    with pytest.raises(PlanReadError, match="no such file"):
        read_plan(tmp_path / "missing.txt")
