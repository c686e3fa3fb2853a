"""Exports: JSON against the published schema, CSV with a BOM, iCalendar events, the self-contained HTML page."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, time, timedelta
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
    assert tuple(rows[0]) == ("Kế hoạch", "STT", "Nhiệm vụ", "Phần", "Tình trạng", "Hạn hoàn thành",
                              "Số ngày làm việc còn lại (số âm: quá hạn)", "Ngày bắt đầu", "Cơ quan chủ trì",
                              "Cơ quan phối hợp", "Cơ quan chủ trì hiện nay", "Ngày hoàn thành", "Chờ điều kiện",
                              "Thời hạn theo Kế hoạch", "Thời hạn (dạng chuẩn)", "Căn cứ xác định", "Dòng")
    assert len(rows) == len(report_000.tasks) and len(CSV_COLUMNS) == len(rows[0])
    i2 = next(r for r in rows if r["STT"] == "I.2")
    # seed 000 line 276, "Quý I/2018", reported done on 20/03/2018
    assert (i2["Tình trạng"], i2["Hạn hoàn thành"], i2["Ngày hoàn thành"], i2["Cơ quan chủ trì"], i2["Dòng"]) == (
        "hoàn thành", "31/03/2018", "20/03/2018", "Sở Kế hoạch và Đầu tư", "276")
    assert i2["Nhiệm vụ"].startswith("Xây dựng Quy chế phối hợp trong việc xây dựng, hoàn thiện các quy định")
    assert i2["Căn cứ xác định"] == "Hoàn thành ngày 20/03/2018, đúng thời hạn (31/03/2018)."
    v4 = next(r for r in rows if r["STT"] == "V.4")  # a cell on two lines stays one CSV cell
    assert v4["Thời hạn theo Kế hoạch"] == "Hoàn thành chậm nhất Quý II/2018 Triển khai thí điểm từ năm 2018-2020"
    assert not to_csv([]).strip("\r\n").count("\n")  # no report: the header only
    english = list(csv.DictReader(io.StringIO(to_csv(report_000, lang="en"))))
    i2 = next(r for r in english if r["No."] == "I.2")
    assert (i2["Status"], i2["Due date"], i2["Explanation"]) == (
        "done", "2018-03-31", "Completed on 2018-03-20, on or before the due date 2018-03-31.")


@pytest.mark.parametrize("payload", ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"])
def test_csv_neutralises_formulas_from_every_text_source(payload: str) -> None:
    plan = fake_plan([("I.1", payload, payload + " chủ trì")])
    report = track(plan, date(2022, 3, 25), {"events": {}})
    report = replace(report, plan=replace(report.plan, doc_id=payload),
                     tasks=tuple(replace(t, content=payload, waits_on=(payload,)) for t in report.tasks))
    for row in csv.reader(io.StringIO(to_csv(report))):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")) or cell.lstrip("-").isdigit(), cell


def test_calendar_uids_come_from_the_plan_not_the_file_name(tmp_path: Path, plan_000, report_000) -> None:
    copy = tmp_path / "renamed copy.txt"
    copy.write_bytes(SEED_000.read_bytes())
    renamed = read_plan(copy)
    events, _ = calendar_entries(report_000, plan_000)
    again, _ = calendar_entries(track(renamed, date(2018, 7, 2), {"done": {"I.2": "2018-03-20", "II.3": "2018-04-10"}}),
                                renamed)
    assert [e.uid for e in events] == [e.uid for e in again]
    assert events[0].uid == "4034-qd-ubnd.ubnd-tinh-khanh-hoa.I.2@reformrules"


def test_calendar_entries_date_what_is_dated_and_list_the_rest(plan_000, report_000: StatusReport) -> None:
    events, undated = calendar_entries(report_000, plan_000)
    dated = [t for t in report_000.tasks if t.due is not None and t.status.value not in ("waiting", "ongoing", "unknown")]
    # the 44 rows less 7 waiting and 2 ongoing, and the body's duties IV.1 and IV.2 (due 2018-03-31)
    assert len(events) == len(dated) == 44 - 7 - 2 + 2
    # seven waiting tasks (VI.1 is blocked by V.2), two ongoing ones, four body duties without a deadline
    assert len(undated) == 7 + 2 + 4
    assert any(line.startswith("I.6 Triển khai Đề án “Nâng cao chất lượng đào tạo") and "[đang chờ]" in line
               for line in undated)
    first = events[0]
    assert first.days == (date(2018, 3, 31),) and first.summary.startswith("I.2 Xây dựng Quy chế phối hợp")
    assert "Cơ quan chủ trì: Sở Kế hoạch và Đầu tư" in first.description
    assert [e.days[0] for e in events] == sorted(e.days[0] for e in events)


def test_a_recurring_report_is_one_event_with_its_dates() -> None:
    plan = read_plan(SEED_002)
    events, _ = calendar_entries(track(plan, date(2022, 6, 15)), plan)
    yearly_tasks = [e for e in events if e.uid.endswith(".II.2.d@reformrules")]
    assert [(e.days, e.summary[:7]) for e in yearly_tasks] == [((date(2022, 12, 31),), "II.2.d ")]
    reports = [e for e in events if ".report1@" in e.uid]
    # "trước ngày 20 của tháng cuối kỳ": Q1, Q2 and H1, Q3, Q4 and H2 and the year (docs/domain.md §3.2): four days
    assert [e.days for e in reports] == [(date(2022, 3, 19), date(2022, 6, 19), date(2022, 9, 19), date(2022, 12, 19))]
    # 5 working days before: Mon 14/3 (19/3 is a Saturday); Mon 13/6 (19/6 is a Sunday)
    assert reports[0].alarms[:2] == (5, 6)


def test_ics_without_the_package_says_how_to_install(monkeypatch, report_000: StatusReport) -> None:
    monkeypatch.setitem(sys.modules, "icalendar", None)
    with pytest.raises(ImportError, match=r'pip install "reformrules\[ical\]"'):
        to_ics(report_000)


def _expand(event) -> list[date]:
    """The dates of an all-day event: DTSTART, its RRULE, RDATEs, less EXDATEs (dateutil)."""
    from dateutil.rrule import rrulestr

    start = event.decoded("dtstart")
    days = {start}
    if "rrule" in event:
        rule = rrulestr(event["rrule"].to_ical().decode(), dtstart=datetime.combine(start, time()))
        days |= {d.date() for d in rule}
    for prop in ("rdate", "exdate"):
        values = event.get(prop, [])
        for value in values if isinstance(values, list) else [values]:
            found = {d.dt for d in value.dts}
            days = days | found if prop == "rdate" else days - found
    return sorted(days)


def test_ics_with_icalendar(plan_000, report_000: StatusReport) -> None:
    icalendar = pytest.importorskip("icalendar", reason="the iCalendar export needs the optional icalendar package")
    data = to_ics(report_000, plan_000)
    assert data == to_ics(report_000, plan_000)  # same inputs, same bytes
    calendar = icalendar.Calendar.from_ical(data)
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == 35 + 2  # and the body duties IV.1, IV.2 of seed 000
    ii5 = next(e for e in events if str(e["uid"]) == "4034-qd-ubnd.ubnd-tinh-khanh-hoa.II.5@reformrules")
    # "Quý II/2018": due Saturday 30/06/2018, kept; reminder 5 working days before, Monday 25/06 at 08:00
    assert ii5.decoded("dtstart") == date(2018, 6, 30) and ii5.decoded("dtend") == date(2018, 7, 1)
    assert str(ii5["status"]) == "CONFIRMED" and str(ii5["summary"]).endswith("[quá hạn]")
    (alarm,) = ii5.walk("VALARM")
    assert alarm.decoded("trigger") == -timedelta(days=5) + timedelta(hours=8)
    done = next(e for e in events if str(e["uid"]).endswith(".I.2@reformrules"))
    assert not done.walk("VALARM")  # a task done needs no reminder
    assert "I.6 Triển khai Đề án" in str(calendar["x-wr-caldesc"])
    assert b"DTSTAMP:20180702T000000Z" in data


def test_ics_reminders_fall_on_working_days_and_recurring_reports_have_an_rrule() -> None:
    icalendar = pytest.importorskip("icalendar", reason="the iCalendar export needs the optional icalendar package")
    from reformrules.workdays import default_calendar

    plan = read_plan(SEED_002)
    report = track(plan, date(2022, 6, 15))
    calendar = icalendar.Calendar.from_ical(to_ics(report, plan, todo=True))
    workdays = default_calendar()
    masters = [e for e in calendar.walk("VEVENT") if "recurrence-id" not in e]
    report1 = next(e for e in masters if ".report1@" in str(e["uid"]))
    assert dict(report1["rrule"]) == {"FREQ": ["MONTHLY"], "INTERVAL": [3], "BYMONTHDAY": [19], "COUNT": [4]}
    assert _expand(report1) == [date(2022, 3, 19), date(2022, 6, 19), date(2022, 9, 19), date(2022, 12, 19)]
    for event in calendar.walk("VEVENT"):
        for alarm in event.walk("VALARM"):
            rings = datetime.combine(event.decoded("dtstart"), time()) + alarm.decoded("trigger")
            assert workdays.is_working_day(rings.date()), (str(event["uid"]), rings)
    overrides = [e for e in calendar.walk("VEVENT") if "recurrence-id" in e and ".report1@" in str(e["uid"])]
    assert [e.decoded("recurrence-id") for e in overrides] == [date(2022, 6, 19), date(2022, 9, 19), date(2022, 12, 19)]


def test_ics_todos_for_task_lists(plan_000, report_000: StatusReport) -> None:
    icalendar = pytest.importorskip("icalendar", reason="the iCalendar export needs the optional icalendar package")
    calendar = icalendar.Calendar.from_ical(to_ics(report_000, plan_000, todo=True))
    todos = {str(t["uid"]): t for t in calendar.walk("VTODO")}
    assert len(todos) == 37  # one per dated task (44 - 7 waiting - 2 ongoing, and the body duties IV.1, IV.2)
    i2 = todos["4034-qd-ubnd.ubnd-tinh-khanh-hoa.I.2.todo@reformrules"]
    assert (str(i2["status"]), i2.decoded("due"), i2.decoded("completed").date()) == (
        "COMPLETED", date(2018, 3, 31), date(2018, 3, 20))
    ii5 = todos["4034-qd-ubnd.ubnd-tinh-khanh-hoa.II.5.todo@reformrules"]
    assert str(ii5["status"]) == "NEEDS-ACTION"


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
    assert parsed.rows["p1-targets"][:2] == ["body@76:1", "body@76:2"]  # the ids of plan.targets (one sentence)
    assert "Sở Kế hoạch và Đầu tư" in parsed.lanes and "Sở Nội vụ" in parsed.lanes
    assert parsed.links == [] and parsed.scripts == 0
    assert "<title>KẾ HOẠCH" in page and 'data-verdict="met"' in page and 'data-verdict="not_met"' in page


def test_html_escapes_text_and_handles_empty_reports() -> None:
    plan = fake_plan([("I.<b>1</b>", "Quý I/2022 <i>", "Sở Nội vụ chủ trì")])
    page = to_html(track(plan, date(2022, 3, 25)))
    assert "<b>1</b>" not in page and "I.&lt;b&gt;1&lt;/b&gt;" in page and "<i>" not in page
    empty = to_html(track(fake_plan([]), date(2022, 3, 25)))
    assert "Không có nhiệm vụ." in empty and "<table" not in empty
    assert "No tasks." in to_html(track(fake_plan([]), date(2022, 3, 25)), lang="en")


def test_importing_the_library_pulls_in_no_optional_package() -> None:
    code = ("import sys, reformrules, reformrules.cli, reformrules.exports, reformrules.tracker; "
            "print(sorted(m for m in ('rich', 'icalendar', 'jinja2', 'openpyxl', 'docx', 'babel') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_every_kind_has_a_packaged_schema_that_its_json_meets() -> None:
    from reformrules.exports import schemas

    for kind in schemas.KINDS:
        assert schemas.schema_path(kind).read_text(encoding="utf-8") == schemas.schema_text(kind), \
            f"regenerate the schemas (see reformrules.exports.schemas): {kind}"
        assert schemas.packaged_schema(kind)["$id"] == f"urn:reformrules:schema:{kind}:1"
    assert schemas.packaged_schema("status-report") == json.loads((ROOT / SCHEMA_PATH).read_text(encoding="utf-8"))


def test_the_commands_json_validates_against_the_schemas(plan_000, report_000) -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="validating needs the jsonschema package")
    from reformrules import parse_deadline
    from reformrules.exports import schemas
    from reformrules.exports.listing import listing_json, plan_listing, targets_json

    jsonschema.validate(json.loads(report_to_json(report_000)), schemas.packaged_schema("status-report"))
    jsonschema.validate(json.loads(listing_json(plan_listing(plan_000))), schemas.packaged_schema("plan-listing"))
    jsonschema.validate(json.loads(targets_json({"plan": "000", "targets": report_000.targets})),
                        schemas.packaged_schema("target-listing"))
    from reformrules.serialize import to_data
    jsonschema.validate(to_data(parse_deadline("Quý II/2018")), schemas.packaged_schema("deadline"))
