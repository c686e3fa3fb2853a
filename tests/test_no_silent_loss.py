"""No silent loss (issue 17): a cell, a header or a layout change that the reader cannot use is a
diagnostic at the place it happened, never a silent drop. The reproducers are the attack's inputs.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reformrules import read_plan
from reformrules.diagnostics import Severity

ROOT = Path(__file__).resolve().parents[1]
SEED_001 = ROOT / "examples" / "plans" / "001_e222448dd8226e4d.txt"
SEED_002 = ROOT / "examples" / "plans" / "002_114c0549c9d7b341.txt"
SEED_004 = ROOT / "examples" / "plans" / "004_507df5ea52532140.txt"


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def _warned_on_line(plan, line: int) -> list[str]:
    """Codes of warnings and errors whose span starts on 1-based ``line``."""
    found = []
    for d in plan.diagnostics:
        if d.span is not None and d.severity is not Severity.INFO and plan.source.line_col(d.span.start)[0] == line:
            found.append(d.code.value)
    return found


def test_the_intact_seeds_keep_their_cells() -> None:
    rows = [t for t in read_plan(SEED_001).tasks if t.source == "table"]  # the body's duties come on top
    assert len(rows) == 27 and all(t.deadline is not None for t in rows)
    assert len([t for t in read_plan(SEED_002).tasks if t.source == "body:item"]) == 39


def test_a_cut_header_row_is_reported_where_it_is() -> None:
    lines = _lines(SEED_001)
    assert lines[117].startswith("STT\tNhiệm vụ\tKết quả/sản phẩm đạt được\tTiến độ\t")  # seed 001 line 118
    lines[117] = "STT\tNhiệm vụ\tKết quả/sản phẩm đạt được\tTiến"
    plan = read_plan("\n".join(lines).encode("utf-8"))
    rows = [t for t in plan.tasks if t.source == "table"]  # the body's duties come on top
    assert len(rows) == 27
    kept = sum(t.deadline is not None for t in rows)
    assert kept == 27 or _warned_on_line(plan, 118), f"{27 - kept} deadline cells lost without a diagnostic"
    assert "plan.unmatched_header" in _warned_on_line(plan, 118)  # on the cut cell itself
    assert "plan.unmatched_header" in _warned_on_line(plan, 120)  # and on the first row whose cells overflow


def test_a_stray_appendix_line_does_not_erase_the_body_tasks() -> None:
    lines = _lines(SEED_002)
    assert lines[99] == "" and lines[100].startswith("b) Triển khai thực hiện Nghị quyết")  # seed 002 lines 100-101
    lines.insert(99, "PHỤ LỤC")
    plan = read_plan("\n".join(lines).encode("utf-8"))
    assert len([t for t in plan.tasks if t.source == "body:item"]) == 39 and plan.layout == "body_only"
    assert "plan.unknown_layout" in _warned_on_line(plan, 100)  # the stray line is named


def test_an_appendix_title_with_a_table_after_it_is_still_the_appendix() -> None:
    plan = read_plan(SEED_004)
    assert plan.layout != "body_only" and len(plan.tasks) > 20


def test_a_batch_names_what_it_skips(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SEED_004.read_bytes())
    (tmp_path / "more.txt").mkdir()  # a directory whose name looks like a plan
    result = subprocess.run([sys.executable, "-m", "reformrules", "plan", str(tmp_path / "*.txt")],
                            capture_output=True, text=True, timeout=120,
                            env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"})
    assert "Traceback" not in result.stderr
    assert "more.txt" in result.stderr + result.stdout
