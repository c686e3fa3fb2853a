"""Progress input: which tasks are done and when, and which events happened and when.

Three sources give the same :class:`Progress`:

- a mapping ``{"done": {task_id: day}, "events": {event_text: day}}``, where ``day`` is a
  ``datetime.date``, an ISO ``"YYYY-MM-DD"`` string, or ``{"date": …, "note": …, "plan": …}``;
- a CSV file (UTF-8, a BOM is fine) with the header columns ``kind,key,date`` and optional
  ``note`` and ``plan``: ``kind`` is ``done`` (``key`` is a task id) or ``event`` (``key`` is the
  event's text as the plan words its condition); ``plan`` limits a row to one plan (its file name,
  with or without the extension; empty: every plan);
- a JSON file holding the mapping above, or a list of row objects with the CSV's columns.

A row that cannot be read is skipped with one ``tracker.bad_progress`` error naming the file and
line (CSV) or row (mapping, JSON); the other rows are used. A file that cannot be read at all (no
such file, not CSV or JSON, missing columns) raises ``ValueError`` or ``OSError`` naming it.

Examples:
    >>> p = load_progress({"done": {"I.2": "2018-03-20"}, "events": {"UBND tỉnh có hướng dẫn": "2018-05-10"}})
    >>> [str(c) for c in p.completions], [str(e) for e in p.events]
    (['done I.2 2018-03-20'], ['event "UBND tỉnh có hướng dẫn" 2018-05-10'])
    >>> bad = load_progress({"done": {"I.3": "31/03/2018"}})
    >>> print(bad.diagnostics[0].message)
    <mapping> row 1 (key 'I.3'): date '31/03/2018' is not an ISO date (YYYY-MM-DD)
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from ..diagnostics import Code, Diagnostic, error, warning
from ..errors import InputFileError
from ..text.fold import fold

COLUMNS = ("kind", "key", "date", "note", "plan")
REQUIRED = ("kind", "key", "date")
Kind = Literal["done", "event"]
_KINDS: tuple[str, ...] = ("done", "event")
_MAPPING_KEYS = {"done": "done", "events": "event", "event": "event"}


@dataclass(frozen=True, slots=True)
class ProgressRow:
    """One fact of the progress input: a task done on a day, or an event that happened on a day.

    ``origin`` and ``line`` say where it came from (a CSV line, or a 1-based row number).
    """

    kind: Kind
    key: str
    on: date
    note: str = ""
    plan: str | None = None
    origin: str = ""
    line: int = 0
    tasks: tuple[str, ...] = ()

    @property
    def where(self) -> str:
        """Where the row is, for messages: ``"progress.csv line 4 (key 'I.2')"``."""
        return _where(self.origin, self.line, self.key)

    @property
    def location(self) -> str:
        """Where the row is, without its key: ``"progress.csv line 4"``."""
        return _where(self.origin, self.line, "").rsplit(" (key", 1)[0]

    def applies_to(self, doc_id: str | None) -> bool:
        """True when the row is for every plan, or names this plan (file name, with or without extension).

        Examples:
            >>> row = ProgressRow("done", "I.1", date(2018, 3, 1), plan="000_56be073c6998dd9f")
            >>> row.applies_to("000_56be073c6998dd9f.txt"), row.applies_to("001_x.txt")
            (True, False)
        """
        if not self.plan or doc_id is None:
            return True
        name = Path(doc_id).name
        return self.plan in (name, Path(name).stem)

    def __str__(self) -> str:
        key = self.key if self.kind == "done" else f'"{self.key}"'
        return f"{self.kind} {key} {self.on.isoformat()}"


@dataclass(frozen=True, slots=True)
class Progress:
    """The completions and events of one progress source, and the problems found reading it."""

    completions: tuple[ProgressRow, ...] = ()
    events: tuple[ProgressRow, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    origin: str = ""

    def for_plan(self, doc_id: str | None) -> Progress:
        """The rows that apply to one plan (rows without a ``plan`` apply to every plan).

        Examples:
            >>> p = load_progress([{"kind": "done", "key": "I.1", "date": "2018-02-01", "plan": "000"}])
            >>> len(p.for_plan("000.txt").completions), len(p.for_plan("001.txt").completions)
            (1, 0)
        """
        return Progress(tuple(r for r in self.completions if r.applies_to(doc_id)),
                        tuple(r for r in self.events if r.applies_to(doc_id)), self.diagnostics, self.origin)

    def __str__(self) -> str:
        return (f"{len(self.completions)} completions, {len(self.events)} events from {self.origin or '?'}; "
                f"{len(self.diagnostics)} problems")


def _where(origin: str, line: int, key: str) -> str:
    unit = "line" if origin.lower().endswith(".csv") else "row"
    return f"{origin} {unit} {line} (key {key!r})"


def read_day(raw: object) -> date:
    """A day from a ``date`` or an ISO ``"YYYY-MM-DD"`` string (a ``datetime`` is refused).

    Raises:
        ValueError: anything else, with a message that quotes it.

    Examples:
        >>> read_day("2018-05-10"), read_day(date(2018, 5, 10))
        (datetime.date(2018, 5, 10), datetime.date(2018, 5, 10))
    """
    if isinstance(raw, date) and not isinstance(raw, datetime):
        return raw
    if isinstance(raw, str):
        try:
            return date.fromisoformat(raw.strip())
        except ValueError:
            pass
    raise ValueError(f"date {raw!r} is not an ISO date (YYYY-MM-DD)")


def load_progress(source: Progress | Mapping[str, Any] | list | str | os.PathLike[str], *, strict: bool = False) -> Progress:
    """Read progress from a mapping, a list of row objects, or a ``.csv``/``.json`` file.

    Args:
        source: see the module docstring for the shapes; a :class:`Progress` is returned as is.

    Raises:
        TypeError: ``source`` is none of the accepted types.
        ValueError: an unknown file suffix, a CSV header without ``kind``, ``key`` and ``date``,
            or JSON that is not valid or not an object or list (the message names the file).
        OSError: the file cannot be opened.

    Examples:
        >>> str(load_progress({"done": {"I.1": date(2018, 2, 1)}}))
        '1 completions, 0 events from <mapping>; 0 problems'
        >>> load_progress({"finished": {}}).diagnostics[0].message
        "<mapping>: unknown section 'finished' (use 'done' and 'events')"
    """
    progress = _load(source)
    if strict:
        bad = [d for d in progress.diagnostics if d.severity.value == "error"]
        if bad:
            raise InputFileError("; ".join(d.message for d in bad))
    return progress


def _load(source: Any) -> Progress:
    if isinstance(source, Progress):
        return source
    if isinstance(source, Mapping):
        return _from_mapping(source, "<mapping>")
    if isinstance(source, list):
        return _from_rows(source, "<list>")
    if not isinstance(source, (str, os.PathLike)):
        raise TypeError(f"load_progress expects a mapping, a list or a path, not {type(source).__name__}")
    path = Path(source)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _from_csv(path)
    if suffix == ".json":
        return _from_json(path)
    raise ValueError(f"{path}: a progress file must be .csv or .json")


class _Builder:
    """Collects rows and their problems for one origin."""

    def __init__(self, origin: str):
        self.origin = origin
        self.rows: list[ProgressRow] = []
        self.diagnostics: list[Diagnostic] = []

    def problem(self, line: int, key: str, message: str) -> None:
        where = _where(self.origin, line, key) if key else f"{self.origin} {'line' if self.origin.lower().endswith('.csv') else 'row'} {line}"
        self.diagnostics.append(error(Code.TRACKER_BAD_PROGRESS, f"{where}: {message}", row=line, key=key))

    def add(self, kind: object, key: object, day: object, note: object, plan: object, line: int) -> None:
        key_text = key.strip() if isinstance(key, str) else ""
        if not key_text:
            self.problem(line, "", "the key is empty")
            return
        kind_text = kind.strip().lower() if isinstance(kind, str) else ""
        if kind_text not in _KINDS:
            self.problem(line, key_text, f"kind {kind!r} is not 'done' or 'event'")
            return
        try:
            on = read_day(day)
        except ValueError as exc:
            self.problem(line, key_text, str(exc))
            return
        plan_text = plan.strip() if isinstance(plan, str) and plan.strip() else None
        note_text = "" if note is None else str(note)
        self.rows.append(ProgressRow(kind_text, key_text, on, note_text, plan_text, self.origin, line))  # type: ignore[arg-type]

    def build(self) -> Progress:
        rows, notes = _deduplicate(self.rows)
        completions = tuple(r for r in rows if r.kind == "done")
        events = tuple(r for r in rows if r.kind == "event")
        return Progress(completions, events, tuple(self.diagnostics) + notes, self.origin)


def _deduplicate(rows: list[ProgressRow]) -> tuple[list[ProgressRow], tuple[Diagnostic, ...]]:
    """One row per (kind, key, plan): the earliest date wins; a second date is reported."""
    kept: dict[tuple[str, str, str | None], ProgressRow] = {}
    notes: list[Diagnostic] = []
    for row in rows:
        mark = (row.kind, fold(" ".join(row.key.split())) if row.kind == "event" else row.key, row.plan)
        first = kept.get(mark)
        if first is None:
            kept[mark] = row
            continue
        if first.on != row.on:
            earliest = min(first.on, row.on)
            notes.append(warning(Code.TRACKER_DUPLICATE_PROGRESS,
                                 f"{row.where}: {row.kind} {row.key!r} is also given by {first.where} with another "
                                 f"date; the earliest, {earliest.isoformat()}, is used", key=row.key))
            if row.on < first.on:
                kept[mark] = row
    return list(kept.values()), tuple(notes)


def _fields(value: object) -> tuple[object, object, object]:
    """``(date, note, plan)`` of a mapping value: a day, or a ``{"date": …}`` object."""
    if isinstance(value, Mapping):
        return value.get("date"), value.get("note"), value.get("plan")
    return value, None, None


def _from_mapping(data: Mapping[str, Any], origin: str) -> Progress:
    builder = _Builder(origin)
    line = 0
    for section, items in data.items():
        kind = _MAPPING_KEYS.get(section) if isinstance(section, str) else None
        if kind is None:
            builder.diagnostics.append(error(Code.TRACKER_BAD_PROGRESS,
                                             f"{origin}: unknown section {section!r} (use 'done' and 'events')"))
            continue
        if not isinstance(items, Mapping):
            builder.diagnostics.append(error(Code.TRACKER_BAD_PROGRESS,
                                             f"{origin}: section {section!r} must map keys to dates"))
            continue
        for key, value in items.items():
            line += 1
            day, note, plan = _fields(value)
            builder.add(kind, key, day, note, plan, line)
    return builder.build()


def _from_rows(items: list, origin: str) -> Progress:
    builder = _Builder(origin)
    for line, item in enumerate(items, 1):
        if not isinstance(item, Mapping):
            builder.problem(line, "", "a row must be an object with kind, key and date")
            continue
        builder.add(item.get("kind"), item.get("key"), item.get("date"), item.get("note"), item.get("plan"), line)
    return builder.build()


def _from_json(path: Path) -> Progress:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: line {exc.lineno}: not valid JSON ({exc.msg})") from None
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not UTF-8 text") from None
    if isinstance(data, dict):
        return _from_mapping(data, path.name)
    if isinstance(data, list):
        return _from_rows(data, path.name)
    raise ValueError(f"{path}: a JSON progress file holds an object or a list of rows")


def _from_csv(path: Path) -> Progress:
    builder = _Builder(path.name)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = [name.strip().lower() for name in (reader.fieldnames or [])]
            missing = [name for name in REQUIRED if name not in header]
            if missing:
                raise ValueError(f"{path}: line 1: the header needs the columns kind, key and date "
                                 f"(missing {', '.join(missing)}; got {', '.join(header) or 'nothing'})")
            reader.fieldnames = header
            extra = [name for name in header if name not in COLUMNS]
            if extra:
                builder.diagnostics.append(warning(Code.TRACKER_BAD_PROGRESS,
                                                   f"{path.name} line 1: unknown columns ignored: {', '.join(extra)}"))
            for record in reader:
                line = reader.line_num
                if not any((v or "").strip() for v in record.values() if isinstance(v, str)):
                    continue  # a blank line
                builder.add(record.get("kind"), record.get("key"), record.get("date"), record.get("note"),
                            record.get("plan"), line)
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not UTF-8 text") from None
    except csv.Error as exc:
        raise ValueError(f"{path}: not a readable CSV file ({exc})") from None
    return builder.build()
