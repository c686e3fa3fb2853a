"""Exports: JSON against the published schema, CSV with a BOM, iCalendar events, the self-contained HTML page."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from tracker_fakes import fake_plan

from reformrules import from_json
from reformrules.exports import (CSV_COLUMNS, SCHEMA_PATH, report_to_json, reports_to_json, status_report_schema,
                                 to_csv, to_html, to_ics, write_csv)
from reformrules.exports.ics_export import calendar_entries
from reformrules.exports.json_export import main as write_schema
from reformrules.exports.json_export import schema_text
from reformrules.plans import read_plan
from reformrules.tracker import StatusReport, TaskStatus, track

ROOT = Path(__file__).resolve().parents[2]
SEED_000 = ROOT / "examples" / "plans" / "000_56be073c6998dd9f.txt"
SEED_002 = ROOT / "examples" / "plans" / "002_114c0549c9d7b341.txt"


@pytest.fixture(scope="module")
def plan_000():
    return read_plan(SEED_000)


@pytest.fixture(scope="module")
def report_000(plan_000) -> StatusReport:
    progress = {"done": {"I.2": "2018-03-20", "II.3": "2018-04-10"}}
    goals = track(plan_000, date(2018, 7, 2), targets=True).targets
    met = next(t.id for t in goals if t.target == ">= 78%")  # "đạt tối thiểu 78%": 80 meets it
    missed = next(t.id for t in goals if t.target == "< 5%")  # "giảm xuống dưới 5%": 7 misses it
    return track(plan_000, date(2018, 7, 2), progress, actuals={met: "80", missed: "7"})


def test_the_checked_in_schema_is_what_the_models_give() -> None:
    checked_in = (ROOT / SCHEMA_PATH).read_text(encoding="utf-8")
    assert checked_in == schema_text(), f"regenerate {SCHEMA_PATH} (see reformrules.exports.json_export)"
    schema = json.loads(checked_in)
    assert schema["$defs"]["TaskStatus"]["enum"] == [s.value for s in TaskStatus]
    assert "Examples" not in checked_in  # descriptions keep the docstrings' first paragraph only


def test_schema_writer(tmp_path: Path, capsys) -> None:
    assert write_schema([str(tmp_path / "s.json")]) == 0
    assert (tmp_path / "s.json").read_text(encoding="utf-8") == schema_text()


def test_json_round_trip_and_batch(report_000: StatusReport) -> None:
    text = report_to_json(report_000)
    assert from_json(StatusReport, text) == report_000
    data = json.loads(text)
    assert set(data) == set(status_report_schema()["properties"])
    row = next(t for t in data["tasks"] if t["id"] == "II.3")
    assert row == {**row, "status": "done_late", "due": "2018-03-31", "completed": "2018-04-10", "working_days": -7}
    batch = json.loads(reports_to_json([report_000, report_000]))
    assert len(batch) == 2 and batch[0] == data


def test_csv_has_a_bom_and_reads_back(tmp_path: Path, report_000: StatusReport) -> None:
    path = write_csv(tmp_path / "status.csv", report_000)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "Sở Kế hoạch và Đầu tư".encode() in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == len(report_000.tasks)
    i2 = next(r for r in rows if r["id"] == "I.2")
    assert (i2["status"], i2["due"], i2["working_days"], i2["lead"], i2["line"]) == (
        "done", "2018-03-31", "8", "Sở Kế hoạch và Đầu tư", "276")
    v4 = next(r for r in rows if r["id"] == "V.4")  # a cell on two lines stays one CSV cell
    assert v4["deadline_text"] == "Hoàn thành chậm nhất Quý II/2018 Triển khai thí điểm từ năm 2018-2020"
    assert not to_csv([]).strip("\r\n").count("\n")  # no report: the header only


def test_calendar_entries_date_what_is_dated_and_list_the_rest(plan_000, report_000: StatusReport) -> None:
    events, undated = calendar_entries(report_000, plan_000)
    dated = [t for t in report_000.tasks if t.due is not None and t.status.value not in ("waiting", "ongoing", "unknown")]
    # the 44 rows less 7 waiting and 2 ongoing, and the body's duties IV.1 and IV.2 (due 2018-03-31)
    assert len(events) == len(dated) == 44 - 7 - 2 + 2
    # seven waiting tasks (VI.1 is blocked by V.2), two ongoing ones, four body duties without a deadline
    assert len(undated) == 7 + 2 + 4
    assert any(line.startswith('I.6 [waiting] Theo tiến độ Đề án được phê duyệt') for line in undated)
    first = events[0]
    assert (first["day"], first["uid"]) == (date(2018, 3, 31), "000_56be073c6998dd9f.txt-I.2-2018-03-31@reformrules")
    assert "Lead: Sở Kế hoạch và Đầu tư" in first["description"]
    assert [e["day"] for e in events] == sorted(e["day"] for e in events)


def test_calendar_entries_give_every_occurrence_of_recurring_reports() -> None:
    plan = read_plan(SEED_002)
    events, _ = calendar_entries(track(plan, date(2022, 6, 15)), plan)
    yearly_tasks = [e for e in events if e["uid"].startswith("002_114c0549c9d7b341.txt-II.2.d-")]
    assert [(e["day"], e["summary"][:15]) for e in yearly_tasks] == [(date(2022, 12, 31), "II.2.d (2022): ")]
    reports = [e for e in events if "report1-" in e["uid"]]
    # "trước ngày 20 của tháng cuối kỳ": Q1, Q2 and H1, Q3, Q4 and H2 and the year (docs/domain.md §3.2)
    assert [e["day"] for e in reports] == [date(2022, 3, 19)] + [date(2022, 6, 19)] * 2 + [date(2022, 9, 19)] + \
        [date(2022, 12, 19)] * 3


def test_ics_without_the_package_says_how_to_install(monkeypatch, report_000: StatusReport) -> None:
    monkeypatch.setitem(sys.modules, "icalendar", None)
    with pytest.raises(ImportError, match=r'pip install "reformrules\[ical\]"'):
        to_ics(report_000)


def test_ics_with_icalendar(plan_000, report_000: StatusReport) -> None:
    icalendar = pytest.importorskip("icalendar", reason="the iCalendar export needs the optional icalendar package")
    data = to_ics(report_000, plan_000)
    assert data == to_ics(report_000, plan_000)  # same inputs, same bytes
    calendar = icalendar.Calendar.from_ical(data)
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == 35 + 2  # and the body duties IV.1, IV.2 of seed 000
    i2 = next(e for e in events if str(e["uid"]).startswith("000_56be073c6998dd9f.txt-I.2-"))
    assert i2.decoded("dtstart") == date(2018, 3, 31) and i2.decoded("dtend") == date(2018, 4, 1)
    assert str(i2["summary"]).startswith("I.2 [done]:")
    assert "I.6 [waiting]" in str(calendar["x-wr-caldesc"])
    assert b"DTSTAMP:20180702T000000Z" in data


class _Rows(HTMLParser):
    """Collects, per table id, the data-task of its body rows; the lanes of the timeline; outside links."""

    def __init__(self) -> None:
        super().__init__()
        self.table: str | None = None
        self.rows: dict[str, list[str]] = {}
        self.lanes: list[str] = []
        self.links: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.table = a.get("id")
            self.rows[self.table] = []
        elif tag == "tr" and self.table and ("data-task" in a or "data-target" in a):
            self.rows[self.table].append(a.get("data-task") or a.get("data-target"))
        elif tag == "div" and "lane" in (a.get("class") or "").split():
            self.lanes.append(a["data-lead"])
        if tag == "script":
            self.scripts += 1
        for name in ("src", "href"):
            if name in a:
                self.links.append(a[name])

    def handle_endtag(self, tag):
        if tag == "table":
            self.table = None


def test_html_page_has_the_expected_rows_and_nothing_from_outside(report_000: StatusReport) -> None:
    page = to_html(report_000)
    parsed = _Rows()
    parsed.feed(page)
    assert parsed.rows["p1-overdue"] == ["II.5", "V.3", "V.4", "VII.12",  # V.4: its first clause, Quý II/2018
                                         "body:IV.1", "body:IV.2"]  # the body's "trong Quý I năm 2018" duties
    assert parsed.rows["p1-waiting"] == ["I.6", "IV.3", "IV.5", "V.2", "VI.1", "VII.6", "VII.13"]
    assert parsed.rows["p1-tasks"] == [t.id for t in report_000.tasks]
    assert parsed.rows["p1-targets"][:2] == ["body@76:1", "body@77:1"]  # the ids of plan.targets
    assert "Sở Kế hoạch và Đầu tư" in parsed.lanes and "Sở Nội vụ" in parsed.lanes
    assert parsed.links == [] and parsed.scripts == 0
    assert "<title>KẾ HOẠCH" in page and 'data-verdict="met"' in page and 'data-verdict="not_met"' in page


def test_html_escapes_text_and_handles_empty_reports() -> None:
    plan = fake_plan([("I.<b>1</b>", "Quý I/2022 <i>", "Sở Nội vụ chủ trì")])
    page = to_html(track(plan, date(2022, 3, 25)))
    assert "<b>1</b>" not in page and "I.&lt;b&gt;1&lt;/b&gt;" in page and "<i>" not in page
    empty = to_html(track(fake_plan([]), date(2022, 3, 25)))
    assert "No tasks." in empty and "<table" not in empty


def test_importing_the_library_pulls_in_neither_rich_nor_icalendar() -> None:
    code = ("import sys, reformrules, reformrules.cli, reformrules.exports, reformrules.tracker; "
            "print(sorted(m for m in ('rich', 'icalendar') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
