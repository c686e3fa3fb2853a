"""The HTML report as a user sees it: rendered by headless Chromium, which must find the expected rows.

Runs where Debian's chromium is installed (``.ci/run`` installs it when it can); skipped, with the
reason, where it is not. The browser gets no network: the page must be whole on its own.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reformrules.exports import to_html
from reformrules.plans import read_plan
from reformrules.tracker import load_progress, track

ROOT = Path(__file__).resolve().parents[2]
SEED_004 = ROOT / "examples" / "plans" / "004_507df5ea52532140.txt"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


def _browser() -> str | None:
    for candidate in ("/usr/bin/chromium", "chromium", "chromium-browser"):
        found = shutil.which(candidate) if "/" not in candidate else (candidate if Path(candidate).exists() else None)
        if found:
            return found
    return None


BROWSER = _browser()
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no chromium browser on this machine (/usr/bin/chromium or "
                                                        "`chromium` on PATH); .ci/run installs Debian's chromium")


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    plan = read_plan(SEED_004)
    report = track(plan, date(2022, 7, 1), load_progress(ROOT / "tests" / "tracker" / "data" / "seed_004_progress.json"),
                   targets=True)
    path = tmp_path_factory.mktemp("html") / "status.html"
    path.write_text(to_html(report), encoding="utf-8")
    return path


def _run(page: Path, tmp: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([BROWSER, *FLAGS, f"--user-data-dir={tmp}", *extra, page.as_uri()],  # type: ignore[list-item]
                          capture_output=True, text=True, timeout=120)


class _Visible(HTMLParser):
    """The task ids of the body rows of each table, from the DOM the browser built."""

    def __init__(self) -> None:
        super().__init__()
        self.table: str | None = None
        self.rows: dict[str, list[str]] = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.table = a.get("id")
            self.rows[self.table] = []
        elif tag == "tr" and self.table and "data-task" in a:
            self.rows[self.table].append(a["data-task"])

    def handle_endtag(self, tag):
        if tag == "table":
            self.table = None


def test_chromium_shows_the_overdue_and_waiting_rows(page: Path, tmp_path: Path) -> None:
    result = _run(page, tmp_path, "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    dom = _Visible()
    dom.feed(result.stdout)
    # seed 004 on 1 July 2022 (tests/tracker/data/seed_004_status.tsv)
    # I.5, IV.5, V.2: their dated option lapsed and no alternative was reported
    # and the body's duties: IV.1 "- Chủ trì … trong Quý I năm 2022" (line 135), IV.6's report "trong vòng 30 ngày" (169)
    assert dom.rows["p1-overdue"] == ["I.4", "I.5", "I.6", "I.8", "II.2", "II.6", "IV.5", "V.2", "VII.2",
                                      "body:IV.1.-1", "body:IV.6"]
    # V.3 "Trong năm 2022 (theo hướng dẫn, tiến độ …)" is open: a "theo …" qualifier does not hold its window back
    assert dom.rows["p1-waiting"] == ["I.7", "III.4", "IV.2", "IV.6", "V.1", "VII.1", "VII.5"]
    assert len(dom.rows["p1-tasks"]) == 38 + 17  # the rows and the body's 17 duties
    assert "Phòng Nội vụ" in result.stdout and "Tháng 01/2022" in result.stdout


def test_chromium_screenshot(page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "status.png"
    result = _run(page, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,2400")
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
