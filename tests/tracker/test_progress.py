"""Progress input from a mapping, a list of rows, CSV and JSON: documented columns, one problem per bad row."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from reformrules.errors import InputFileError, ReformRulesError
from reformrules.tracker import Progress, ProgressRow, load_progress, read_day

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # the tone marks Windows-1258 writes apart


def _cp1258(text: str) -> bytes:
    """Text as Vietnamese Windows writes it: letters with their hats and horns, tone marks after them."""
    import unicodedata

    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
                   + "".join(c for c in parts if c in _TONES))
    return "".join(out).encode("cp1258")


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    if encoding == "cp1258":
        path.write_bytes(_cp1258(text))
    else:
        path.write_text(text, encoding=encoding)
    return path


def test_mapping_with_dates_strings_and_objects() -> None:
    p = load_progress({"done": {"I.1": date(2018, 2, 1), "I.2": {"date": "2018-03-20", "note": "QĐ 123"}},
                       "events": {"UBND tỉnh có hướng dẫn": "2018-05-10"}})
    assert [(r.kind, r.key, r.on, r.note, r.line) for r in p.completions] == [
        ("done", "I.1", date(2018, 2, 1), "", 1), ("done", "I.2", date(2018, 3, 20), "QĐ 123", 2)]
    assert [(r.key, r.on, r.line) for r in p.events] == [("UBND tỉnh có hướng dẫn", date(2018, 5, 10), 3)]
    assert p.diagnostics == () and p.origin == "<mapping>"


def test_csv_with_bom_names_each_bad_row_by_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "progress.csv",
                  "kind,key,date,note,plan\n"
                  "done,I.1,2018-02-01,,\n"  # line 2
                  "done,I.2,31/02/2018,,\n"  # line 3: no such day
                  "finished,I.3,2018-03-01,,\n"  # line 4: unknown kind
                  ",,,,\n"  # line 5: blank, skipped silently
                  "event,,2018-05-10,,\n"  # line 6: no key
                  "event,UBND tỉnh có hướng dẫn,2018-05-10,\"Công văn 456, ngày 10/5\",000\n",  # line 7
                  encoding="utf-8-sig")
    p = load_progress(path)
    assert [(r.key, r.line) for r in p.completions] == [("I.1", 2)]
    assert [(r.key, r.note, r.plan, r.line) for r in p.events] == [
        ("UBND tỉnh có hướng dẫn", "Công văn 456, ngày 10/5", "000", 7)]
    assert [d.message for d in p.diagnostics] == [
        "progress.csv line 3 (key 'I.2'): date '31/02/2018' is not a day of the calendar",
        "progress.csv line 4 (key 'I.3'): kind 'finished' is not 'done' or 'event' (hoàn thành, sự kiện)",
        "progress.csv line 6: the key is empty",
    ]
    assert {d.code.value for d in p.diagnostics} == {"tracker.bad_progress"}


def test_csv_header_is_checked(tmp_path: Path) -> None:
    path = _write(tmp_path, "p.csv", "task,done_on\nI.1,2018-02-01\n")
    with pytest.raises(ValueError, match=r"p\.csv: line 1: the header needs the columns kind, key and date"):
        load_progress(path)


def test_csv_extra_columns_are_a_warning(tmp_path: Path) -> None:
    p = load_progress(_write(tmp_path, "p.csv", "kind,key,date,owner\ndone,I.1,2018-02-01,Anh\n"))
    assert len(p.completions) == 1
    assert [(d.severity.value, d.message) for d in p.diagnostics] == [
        ("warning", "p.csv line 1: unknown columns ignored: owner")]


def test_json_object_and_list_forms(tmp_path: Path) -> None:
    obj = _write(tmp_path, "a.json", json.dumps({"done": {"I.1": "2018-02-01"}, "events": {"có quyết định": "2018-04-02"}}))
    rows = _write(tmp_path, "b.json", json.dumps([
        {"kind": "done", "key": "I.1", "date": "2018-02-01"},
        {"kind": "event", "key": "có quyết định", "date": "2018-04-02"},
        ["not", "an", "object"],
    ], ensure_ascii=False))
    a, b = load_progress(obj), load_progress(rows)
    assert [str(r) for r in a.completions + a.events] == [str(r) for r in b.completions + b.events] == [
        "done I.1 2018-02-01", 'event "có quyết định" 2018-04-02']
    assert [d.message for d in b.diagnostics] == [
        "b.json row 3: a row must be a mapping, an object with attributes or a tuple under a header, not list"]


@pytest.mark.parametrize("text, message", [
    ("{\n  \"done\": {\"I.1\": \n}", r"bad\.json: line 3: not valid JSON"),
    ("42", r"bad\.json: a JSON progress file holds an object or a list of rows"),
], ids=["syntax", "scalar"])
def test_unreadable_json_names_the_file(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        load_progress(_write(tmp_path, "bad.json", text))


def test_not_utf8_and_unknown_suffix(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not UTF-8"):
        load_progress(_write(tmp_path, "p.csv", "kind,key,date\nevent,Sở Nội vụ,2018-01-01\n", encoding="utf-16"))
    with pytest.raises(InputFileError, match=r"must be \.csv, \.tsv, \.xlsx or \.json"):
        load_progress(_write(tmp_path, "p.txt", "x"))
    with pytest.raises(InputFileError, match="missing.csv"):  # a ReformRulesError, like every error of the library
        load_progress(tmp_path / "missing.csv")
    assert issubclass(InputFileError, ReformRulesError) and issubclass(InputFileError, ValueError)
    with pytest.raises(TypeError):
        load_progress(42)  # type: ignore[arg-type]


def test_duplicates_keep_the_earliest_date_and_say_so() -> None:
    p = load_progress([{"kind": "done", "key": "I.1", "date": "2018-03-01"},
                       {"kind": "done", "key": "I.1", "date": "2018-02-01"},
                       {"kind": "done", "key": "I.1", "date": "2018-02-01"},
                       {"kind": "event", "key": "Có quyết định", "date": "2018-04-02"},
                       {"kind": "event", "key": "có  quyết định", "date": "2018-04-02"}])
    assert [(r.key, r.on) for r in p.completions] == [("I.1", date(2018, 2, 1))]
    assert len(p.events) == 1
    assert [d.code.value for d in p.diagnostics] == ["tracker.duplicate_progress"]
    assert "the earliest, 2018-02-01, is used" in p.diagnostics[0].message


def test_mapping_problems_are_rows_not_exceptions() -> None:
    p = load_progress({"done": {"I.1": None, "I.2": "2018-02-30"}, "events": ["x"], "later": {}})
    assert p.completions == () and p.events == ()
    assert [d.message for d in p.diagnostics] == [
        "<mapping> row 1 (key 'I.1'): date None is not a date (YYYY-MM-DD or dd/mm/yyyy)",
        "<mapping> row 2 (key 'I.2'): date '2018-02-30' is not a day of the calendar",
        "<mapping>: section 'events' must map keys to dates",
        "<mapping>: unknown section 'later' (use 'done' and 'events')",
    ]


def test_read_day_takes_iso_day_first_and_datetimes_and_refuses_the_rest() -> None:
    from datetime import datetime
    assert read_day(" 2018-05-10 ") == read_day("10/05/2018") == read_day("10-05-2018") == date(2018, 5, 10)
    assert read_day(datetime(2018, 5, 10, 9)) == read_day("2018-05-10T09:30:00") == date(2018, 5, 10)
    assert read_day("1/5/2018") == date(2018, 5, 1)  # day first, as Vietnamese offices write
    for raw in ("2018/05/10", "10/13/2018", 20180510, None, "mười tháng năm"):
        with pytest.raises(ValueError):
            read_day(raw)


def test_a_progress_value_is_returned_as_is() -> None:
    p = Progress()
    assert load_progress(p) is p


@pytest.mark.parametrize("name", ["progress_sample.csv", "progress_sample.json"])
def test_the_samples_read_cleanly_and_agree(name: str) -> None:
    p = load_progress(EXAMPLES / name)
    assert p.diagnostics == ()
    other = load_progress(EXAMPLES / ("progress_sample.json" if name.endswith(".csv") else "progress_sample.csv"))
    assert [str(r) for r in p.completions + p.events] == [str(r) for r in other.completions + other.events]
    assert p.completions and p.events


# ---- progress as users have it (issue 13) ------------------------------------------------------------

EXCEL_ROWS = ("Loại;Mã/Nhiệm vụ;Ngày hoàn thành;Ghi chú;Kế hoạch\r\n"
              "Hoàn thành;I.2;30/03/2022;Công văn 12;004\r\n"
              "Sự kiện;UBND tỉnh có hướng dẫn;10/05/2022;;004\r\n"
              "hoàn thành;I.3;31/02/2022;;004\r\n")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1258", "utf-8"])
def test_an_excel_csv_with_semicolons_day_first_dates_and_vietnamese_columns(tmp_path: Path, encoding: str) -> None:
    p = load_progress(_write(tmp_path, "tien_do.csv", EXCEL_ROWS, encoding=encoding))
    assert [(r.kind, r.key, r.on, r.note, r.plan, r.line) for r in p.completions + p.events] == [
        ("done", "I.2", date(2022, 3, 30), "Công văn 12", "004", 2),
        ("event", "UBND tỉnh có hướng dẫn", date(2022, 5, 10), "", "004", 3)]
    bad = [d.message for d in p.diagnostics if d.severity.value == "error"]
    assert bad == ["tien_do.csv line 4 (key 'I.3'): date '31/02/2022' is not a day of the calendar"]
    if encoding == "cp1258":  # said, not silent
        assert any("Windows-1258" in d.message for d in p.diagnostics)


def test_strict_mode_raises_on_a_bad_row(tmp_path: Path) -> None:
    path = _write(tmp_path, "tien_do.csv", EXCEL_ROWS)
    with pytest.raises(InputFileError, match=r"tien_do\.csv line 4 \(key 'I\.3'\)"):
        load_progress(path, strict=True)
    assert len(load_progress({"done": {"I.1": "2022-01-28"}}, strict=True).completions) == 1


def test_rows_from_a_database_objects_and_tuples_under_a_header() -> None:
    import sqlite3
    from dataclasses import dataclass
    from datetime import datetime
    from types import SimpleNamespace

    db = sqlite3.connect(":memory:")
    db.row_factory = sqlite3.Row
    db.execute("create table progress (kind text, key text, date text, note text)")
    db.execute("insert into progress values ('done', 'I.2', '2022-03-30', 'from the database')")
    db.execute("insert into progress values ('event', 'UBND tỉnh có hướng dẫn', '10/05/2022', '')")
    from_db = load_progress(db.execute("select * from progress").fetchall())

    @dataclass
    class Row:
        kind: str
        key: str
        date: object

    objects = load_progress([Row("done", "I.2", datetime(2022, 3, 30, 8, 15)),
                             SimpleNamespace(kind="event", key="UBND tỉnh có hướng dẫn", date=date(2022, 5, 10))])
    tuples = load_progress([("kind", "key", "date"), ("done", "I.2", date(2022, 3, 30)),
                            ("event", "UBND tỉnh có hướng dẫn", "2022-05-10")])
    own = load_progress(list(from_db.completions + from_db.events))  # the library's own row type
    expected = ["done I.2 2022-03-30", 'event "UBND tỉnh có hướng dẫn" 2022-05-10']
    for p in (from_db, objects, tuples, own):
        assert [str(r) for r in p.completions + p.events] == expected and p.diagnostics == ()
    assert from_db.completions[0].note == "from the database"
    assert isinstance(own.completions[0], ProgressRow)


def test_an_event_can_name_the_tasks_it_releases() -> None:
    p = load_progress([{"kind": "event", "key": "Công văn 123 của UBND tỉnh", "date": "2022-05-10",
                        "tasks": "IV.1, IV.3"}])
    assert p.events[0].tasks == ("IV.1", "IV.3")


def test_an_xlsx_workbook(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl", reason="reading .xlsx needs the optional openpyxl (reformrules[xlsx])")
    from datetime import datetime

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Loại", "Mã/Nhiệm vụ", "Ngày hoàn thành"])
    sheet.append(["hoàn thành", "I.2", datetime(2022, 3, 30)])  # Excel keeps a date as a datetime
    sheet.append([None, None, None])
    sheet.append(["sự kiện", "UBND tỉnh có hướng dẫn", "10/05/2022"])
    path = tmp_path / "tien_do.xlsx"
    book.save(path)
    p = load_progress(path)
    assert [(str(r), r.line) for r in p.completions + p.events] == [
        ("done I.2 2022-03-30", 2), ('event "UBND tỉnh có hướng dẫn" 2022-05-10', 4)]
    broken = _write(tmp_path, "broken.xlsx", "not a workbook")
    with pytest.raises(InputFileError, match="broken.xlsx"):
        load_progress(broken)


def test_one_excel_actuals_file_for_several_plans(tmp_path: Path) -> None:
    from reformrules.plans import read_plan
    from reformrules.targets import load_actuals
    from reformrules.tracker import track

    text = ("Kế hoạch;Chỉ tiêu;Giá trị;Đơn vị;Ngày số liệu;Ghi chú\r\n"
            "003;body@51:1;84;%;14/12/2023;trên 84%: not met on the bound\r\n"
            "003;body@51:2;85,1;%;14/12/2023;\r\n"
            "003;VI.2:1;n/a;;14/12/2023;a bad row\r\n"
            "004;body@71:1;1,5;%;14/12/2022;dưới 2%: met\r\n")
    for encoding in ("utf-8-sig", "cp1258"):
        path = _write(tmp_path, f"chi_tieu_{encoding}.csv", text, encoding=encoding)
        sheet = load_actuals(path)
        assert [(r.plan, r.key) for r in sheet.rows][:2] == [("003", "body@51:1"), ("003", "body@51:2")]
        r003 = track(read_plan(EXAMPLES / "plans" / "003_e5038761a6850e2f.txt"), date(2023, 12, 31), actuals=path)
        r004 = track(read_plan(EXAMPLES / "plans" / "004_507df5ea52532140.txt"), date(2022, 12, 31), actuals=path)
        v003 = {t.id: t.status for t in r003.targets}
        assert (v003["body@51:1"], v003["body@51:2"], v003["VI.2:1"]) == ("not_met", "met", "unknown")
        assert {t.id: t.status for t in r004.targets}["body@71:1"] == "met"
        assert [n.code for n in r003.notes if n.severity == "error"] == ["verdict.bad_actual"]  # 003's own bad row
        assert not [n for n in r004.notes if n.severity == "error"]  # 003's rows are not 004's problem
        with pytest.raises(InputFileError, match="VI.2:1"):
            track(read_plan(EXAMPLES / "plans" / "003_e5038761a6850e2f.txt"), date(2023, 12, 31), actuals=path,
                  strict=True)
