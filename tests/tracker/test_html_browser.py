"""The HTML report as a user sees it, in headless Chromium: rows, layout at 1400 px and 390 px, A4 print.

Runs where Debian's chromium is installed (``.ci/run`` installs it when it can); skipped, with the
reason, where it is not. The browser gets no network: the page must be whole on its own.

The layout is measured by the browser itself: the test renders a copy of the page with a small
script appended (the report itself has none) that, once the page is laid out, writes its findings
into the DOM: the document's width against the viewport, elements wider than the page, and axis
labels whose boxes overlap. ``--dump-dom`` then hands them back.
"""

from __future__ import annotations

import json
import re
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
SEED_000 = ROOT / "examples" / "plans" / "000_56be073c6998dd9f.txt"
SEED_004 = ROOT / "examples" / "plans" / "004_507df5ea52532140.txt"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--hide-scrollbars"]

# Appended to a copy of the page: measures the layout after load, writes JSON into <pre id="layout-check">.
LAYOUT_CHECK = """<script>
window.addEventListener("load", function () {
  var width = document.documentElement.clientWidth, found = {viewport: width,
      scroll: document.documentElement.scrollWidth, wide: [], overlaps: [], labels: 0, bars_outside: 0};
  document.querySelectorAll("body *").forEach(function (el) {
    var box = el.getBoundingClientRect();
    if (box.width > 0 && box.right > width + 1 && getComputedStyle(el).position !== "fixed")
      found.wide.push(el.tagName + "." + el.className + " " + Math.round(box.right));
  });
  document.querySelectorAll(".axis").forEach(function (axis) {
    var spans = Array.prototype.filter.call(axis.querySelectorAll("span"), function (s) {
      return getComputedStyle(s).display !== "none"; });
    found.labels += spans.length;
    for (var i = 1; i < spans.length; i++) {
      var a = spans[i - 1].getBoundingClientRect(), b = spans[i].getBoundingClientRect();
      if (b.left < a.right) found.overlaps.push(spans[i - 1].textContent + "|" + spans[i].textContent);
    }
  });
  document.querySelectorAll(".track").forEach(function (track) {
    var t = track.getBoundingClientRect();
    track.querySelectorAll(".bar").forEach(function (bar) {
      var b = bar.getBoundingClientRect();
      if (b.left < t.left - 1 || b.right > t.right + 1) found.bars_outside += 1;
    });
  });
  var out = document.createElement("pre");
  out.id = "layout-check";
  out.textContent = JSON.stringify(found);
  document.body.appendChild(out);
});
</script>"""


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


@pytest.fixture(scope="module")
def combined(tmp_path_factory) -> Path:
    """Two plans on one page, one of them long ago: the as-of line falls after its plan period."""
    reports = [track(read_plan(SEED_000), date(2022, 7, 1)), track(read_plan(SEED_004), date(2022, 7, 1))]
    path = tmp_path_factory.mktemp("html") / "combined.html"
    path.write_text(to_html(reports), encoding="utf-8")
    return path


def _run(page: Path, tmp: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([BROWSER, *FLAGS, f"--user-data-dir={tmp}", *extra, page.as_uri()],  # type: ignore[list-item]
                          capture_output=True, text=True, timeout=120)


def _layout(page: Path, tmp: Path, width: int) -> dict:
    """The layout check's findings for ``page`` shown ``width`` px wide (in an iframe of that width: headless
    Chromium does not make a window narrower than 500 px, an iframe is a viewport of its own)."""
    checked = page.read_text(encoding="utf-8").replace("</body>", LAYOUT_CHECK + "</body>")
    source = checked.replace("&", "&amp;").replace('"', "&quot;")
    harness = tmp / f"harness-{page.stem}-{width}.html"
    harness.write_text(f"""<!DOCTYPE html><html><body style="margin:0">
<iframe id="frame" style="width:{width}px;height:1200px;border:0" srcdoc="{source}"></iframe>
<script>document.getElementById("frame").addEventListener("load", function () {{
  var found = this.contentDocument.getElementById("layout-check");
  var out = document.createElement("pre"); out.id = "layout-check";
  out.textContent = found ? found.textContent : "null"; document.body.appendChild(out);
}});</script></body></html>""", encoding="utf-8")
    result = _run(harness, tmp / f"profile-{width}", f"--window-size={max(width, 500) + 40},1300",
                  "--virtual-time-budget=5000", "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    found = re.findall(r'<pre id="layout-check">(.*?)</pre>', result.stdout, re.S)
    assert found and found[-1] != "null", "the layout check did not run"
    return json.loads(found[-1].replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))


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
    # the task's name next to its id (seed 004 line 198), the labelled as-of line
    assert "Ban hành Kế hoạch kiểm tra công tác CCHC, kiểm tra thực thi công chức" in result.stdout
    assert "Tình trạng tính đến ngày 01/07/2022" in result.stdout


@pytest.mark.parametrize("width", [1400, 390])
def test_no_horizontal_overflow_and_no_overlapping_axis_labels(page: Path, combined: Path, tmp_path: Path,
                                                              width: int) -> None:
    for html in (page, combined):
        found = _layout(html, tmp_path, width)
        assert found["viewport"] == width
        assert found["scroll"] <= found["viewport"], found
        assert found["wide"] == []
        assert found["labels"] >= 6 and found["overlaps"] == []
        assert found["bars_outside"] == 0


@pytest.mark.parametrize("width", [1400, 390])
def test_chromium_screenshot(page: Path, tmp_path: Path, width: int) -> None:
    shot = tmp_path / f"status-{width}.png"
    result = _run(page, tmp_path / "profile", f"--screenshot={shot}", f"--window-size={width},2400")
    assert result.returncode == 0, result.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    assert int.from_bytes(data[16:20], "big") == width  # the PNG's width: the page was laid out at that size


def test_print_to_pdf_is_a4(page: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "status.pdf"
    result = _run(page, tmp_path / "profile-pdf", f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    assert result.returncode == 0, result.stderr[-2000:]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert boxes, "no page in the PDF"
    for width, height in boxes:  # A4 is 595 x 842 points
        assert abs(float(width) - 595.3) < 2 and abs(float(height) - 841.9) < 2, (width, height)


def test_the_layout_check_sees_an_overflow_and_overlapping_labels(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width"></head><body>'
                   '<div style="width:900px">wide</div><div class="axis" style="position:relative">'
                   '<span style="position:absolute;left:0">Tháng 1</span><span style="position:absolute;left:10px">'
                   'Tháng 2</span></div></body></html>', encoding="utf-8")
    found = _layout(bad, tmp_path, 390)
    assert found["scroll"] > found["viewport"] == 390 and found["wide"]
    assert found["overlaps"] == ["Tháng 1|Tháng 2"]
