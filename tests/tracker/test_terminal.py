"""Terminal tables: rich on a terminal (fits the width, colours by status, honours NO_COLOR), plain text otherwise."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest

from reformrules.exports.terminal import plain, print_tables, status_table
from reformrules.plans import read_plan
from reformrules.tracker import track

ROOT = Path(__file__).resolve().parents[2]
ANSI = re.compile(r"\x1b\[[0-9;]*m")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(scope="module")
def table():
    report = track(read_plan(ROOT / "examples" / "plans" / "004_507df5ea52532140.txt"), date(2022, 7, 1))
    return status_table(report)


@pytest.mark.parametrize("columns", [80, 120, 200])
def test_rich_tables_fit_the_terminal_and_colour_overdue(monkeypatch, table, columns: int) -> None:
    pytest.importorskip("rich", reason="coloured tables need the optional rich package")
    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    out = Terminal()
    print_tables([table], out)
    text = out.getvalue()
    lines = [ANSI.sub("", line) for line in text.splitlines()]
    assert max(len(line) for line in lines) <= columns
    assert "\x1b[1;31m" in text or "\x1b[31;1m" in text  # overdue in bold red
    assert any("I.4" in line for line in lines) and "quá hạn" in ANSI.sub("", text)


def test_no_color_turns_colour_off(monkeypatch, table) -> None:
    pytest.importorskip("rich", reason="coloured tables need the optional rich package")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
    out = Terminal()
    print_tables([table], out)
    assert "quá hạn" in out.getvalue()
    assert not re.search(r"\x1b\[(?:[0-9]+;)*(?:3[0-8]|9[0-7])(?:;[0-9]+)*m", out.getvalue())  # no colour code


def test_plain_text_when_not_a_terminal(table) -> None:
    out = io.StringIO()
    print_tables([table], out)
    assert "\x1b" not in out.getvalue() and out.getvalue() == plain([table]) + "\n"
    head = out.getvalue().splitlines()[1]
    assert head.split()[:4] == ["STT", "Nhiệm", "vụ", "Tình"]
