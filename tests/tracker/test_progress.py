"""Progress input from a mapping, a list of rows, CSV and JSON: documented columns, one problem per bad row."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from reformrules.tracker import Progress, load_progress, read_day

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
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
                  "done,I.2,31/03/2018,,\n"  # line 3: not ISO
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
        "progress.csv line 3 (key 'I.2'): date '31/03/2018' is not an ISO date (YYYY-MM-DD)",
        "progress.csv line 4 (key 'I.3'): kind 'finished' is not 'done' or 'event'",
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
    assert [d.message for d in b.diagnostics] == ["b.json row 3: a row must be an object with kind, key and date"]


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
    with pytest.raises(ValueError, match=r"must be \.csv or \.json"):
        load_progress(_write(tmp_path, "p.txt", "x"))
    with pytest.raises(FileNotFoundError):
        load_progress(tmp_path / "missing.csv")
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
        "<mapping> row 1 (key 'I.1'): date None is not an ISO date (YYYY-MM-DD)",
        "<mapping> row 2 (key 'I.2'): date '2018-02-30' is not an ISO date (YYYY-MM-DD)",
        "<mapping>: section 'events' must map keys to dates",
        "<mapping>: unknown section 'later' (use 'done' and 'events')",
    ]


def test_read_day_refuses_datetimes_and_other_formats() -> None:
    from datetime import datetime
    assert read_day(" 2018-05-10 ") == date(2018, 5, 10)
    for raw in (datetime(2018, 5, 10, 9), "10/05/2018", 20180510, None):
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
