"""Progress input: which tasks are done and when, and which events happened and when.

The same :class:`Progress` comes from every form users have (``reformrules.tabular`` reads them):

- a mapping ``{"done": {task_id: day}, "events": {event_text: day}}``, where ``day`` is a date or
  ``{"date": …, "note": …, "plan": …, "tasks": …}``;
- rows in memory: mappings, ``sqlite3.Row``, dataclasses and other objects with attributes (a
  :class:`ProgressRow` too), or tuples under a header row;
- a file: CSV (``,``, ``;`` or tab; UTF-8, with or without BOM, or Windows-1258), ``.xlsx``
  (``pip install "reformrules[xlsx]"``) or JSON (the mapping above, or a list of row objects).

Columns (English or Vietnamese, tone marks and case free): ``kind`` (Loại) is ``done`` (hoàn thành)
or ``event`` (sự kiện); ``key`` (Mã/Nhiệm vụ, Sự kiện) is a task id for ``done`` ("I.2", or
"V.4#1" for the first dated clause of a cell that has several) and the event's words for
``event``; ``date`` (Ngày, Ngày hoàn thành) is ``YYYY-MM-DD`` or ``dd/mm/yyyy`` or a date value;
optional ``note`` (Ghi chú), ``plan`` (Kế hoạch: the row is for that plan only) and, for an event,
``tasks`` (Nhiệm vụ liên quan: the task ids it releases, whatever their wording).

A row that cannot be read is skipped with one ``tracker.bad_progress`` error naming the file and
line (text files) or row; the other rows are used. ``strict=True`` raises instead. A source that
cannot be read at all raises :class:`~reformrules.errors.InputFileError` naming it.

Examples:
    >>> p = load_progress({"done": {"I.2": "2018-03-20"}, "events": {"UBND tỉnh có hướng dẫn": "10/05/2018"}})
    >>> [str(c) for c in p.completions], [str(e) for e in p.events]
    (['done I.2 2018-03-20'], ['event "UBND tỉnh có hướng dẫn" 2018-05-10'])
    >>> bad = load_progress({"done": {"I.3": "31/02/2018"}})
    >>> print(bad.diagnostics[0].message)
    <mapping> row 1 (key 'I.3'): date '31/02/2018' is not a day of the calendar
    >>> rows = [("Loại", "Mã/Nhiệm vụ", "Ngày hoàn thành"), ("hoàn thành", "I.1", "28/01/2022")]
    >>> [str(c) for c in load_progress(rows).completions]
    ['done I.1 2022-01-28']
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from ..diagnostics import Code, Diagnostic, error, warning
from ..errors import InputFileError
from ..tabular import (Columns, Table, column_key, load_source, plan_matches, raise_on_bad_rows, read_day, read_file,
                       read_rows)
from ..text.fold import fold

__all__ = ["COLUMNS", "Progress", "ProgressRow", "load_progress", "read_day"]

#: Column names: canonical -> what users write (Vietnamese with an English gloss in comments).
COLUMNS = Columns({
    "kind": ("loại", "loại dòng", "kiểu"),  # type of row
    "key": ("mã", "mã nhiệm vụ", "nhiệm vụ", "mã/nhiệm vụ", "sự kiện", "mã/sự kiện", "nhiệm vụ/sự kiện"),  # id or event
    "date": ("on", "ngày", "ngày hoàn thành", "ngày thực hiện", "ngày xảy ra", "ngày ban hành"),  # day
    "note": ("ghi chú", "ghi chu", "văn bản"),  # note, the letter that reports it
    "plan": ("kế hoạch", "mã kế hoạch"),  # the plan the row is for
    "tasks": ("nhiệm vụ liên quan", "các nhiệm vụ", "nhiệm vụ được thực hiện"),  # tasks an event releases
})
REQUIRED = ("kind", "key", "date")
#: Kind values: folded word -> kind ("hoàn thành" done, "sự kiện" event).
KINDS = {column_key(w): k for w, k in (("done", "done"), ("hoàn thành", "done"), ("đã hoàn thành", "done"),
                                       ("xong", "done"), ("event", "event"), ("sự kiện", "event"))}
Kind = Literal["done", "event"]
_MAPPING_KEYS = {"done": "done", "events": "event", "event": "event"}
_TASK_SEPARATORS = re.compile(r"[\s,;]+")


@dataclass(frozen=True, slots=True)
class ProgressRow:
    """One fact of the progress input: a task done on a day, or an event that happened on a day.

    ``origin`` and ``line`` say where it came from (a file line, or a 1-based row number); ``tasks``
    are the task ids an event releases (empty: matched on the words of the plan's conditions).
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
        return f"{self.location} (key {self.key!r})"

    @property
    def location(self) -> str:
        """Where the row is, without its key: ``"progress.csv line 4"``."""
        return f"{self.origin} {_unit(self.origin)} {self.line}"

    def applies_to(self, doc_id: str | None) -> bool:
        """True when the row is for every plan, or names this plan (file name, stem, or short name).

        Examples:
            >>> row = ProgressRow("done", "I.1", date(2018, 3, 1), plan="000_56be073c6998dd9f")
            >>> row.applies_to("000_56be073c6998dd9f.txt"), row.applies_to("001_x.txt")
            (True, False)
        """
        return plan_matches(self.plan, doc_id)

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


def _unit(origin: str) -> str:
    return "line" if origin.lower().endswith((".csv", ".tsv")) else "row"


def load_progress(source: Any, *, strict: bool = False) -> Progress:
    """Read progress from a mapping, rows in memory, or a ``.csv``/``.tsv``/``.xlsx``/``.json`` file.

    Args:
        source: see the module docstring for the forms; a :class:`Progress` is returned as is.
        strict: raise :class:`~reformrules.errors.InputFileError` on the first bad row instead of
            reporting it as a ``tracker.bad_progress`` diagnostic.

    Raises:
        TypeError: ``source`` is none of the accepted types.
        InputFileError: the file cannot be read (no such file, unknown suffix, a header without
            kind, key and date, JSON that is not valid or not an object or list), or, when
            ``strict``, a row is bad. It is a ``ValueError`` too.

    Examples:
        >>> str(load_progress({"done": {"I.1": date(2018, 2, 1)}}))
        '1 completions, 0 events from <mapping>; 0 problems'
        >>> load_progress({"finished": {}}).diagnostics[0].message
        "<mapping>: unknown section 'finished' (use 'done' and 'events')"
    """
    progress = _load(source)
    if strict:
        raise_on_bad_rows(progress.diagnostics)
    return progress


def _load(source: Any) -> Progress:
    return load_source(source, Progress, "load_progress", mapping=lambda m: _from_mapping(m, "<mapping>"),
                       rows=lambda items: _from_items(items, "<list>"), path=_from_path)


def _from_path(path: Path) -> Progress:
    if path.suffix.lower() == ".json":
        return _from_json(path)
    table = read_file(path, COLUMNS)
    missing = [name for name in REQUIRED if name not in {COLUMNS.canonical(h) for h in table.header}]
    if missing:
        raise InputFileError(f"{path}: line 1: the header needs the columns kind, key and date "
                             f"(missing {', '.join(missing)}; got {', '.join(table.header) or 'nothing'})")
    return _from_table(table)


class _Builder:
    """Collects rows and their problems for one origin."""

    def __init__(self, origin: str):
        self.origin = origin
        self.rows: list[ProgressRow] = []
        self.diagnostics: list[Diagnostic] = []

    def problem(self, line: int, key: str, message: str) -> None:
        where = f"{self.origin} {_unit(self.origin)} {line}" + (f" (key {key!r})" if key else "")
        self.diagnostics.append(error(Code.TRACKER_BAD_PROGRESS, f"{where}: {message}", row=line, key=key))

    def add(self, fields: Mapping[str, Any], line: int, kind: object = None) -> None:
        key = fields.get("key")
        key_text = " ".join(str(key).split()) if isinstance(key, (str, int, float)) and not isinstance(key, bool) else ""
        if not key_text:
            self.problem(line, "", "the key is empty")
            return
        raw_kind = fields.get("kind") if kind is None else kind
        kind_text = KINDS.get(column_key(raw_kind)) if isinstance(raw_kind, str) else None
        if kind_text is None:
            self.problem(line, key_text, f"kind {raw_kind!r} is not 'done' or 'event' (hoàn thành, sự kiện)")
            return
        try:
            on = read_day(fields.get("date"))
        except ValueError as exc:
            self.problem(line, key_text, str(exc))
            return
        plan = fields.get("plan")
        plan_text = str(plan).strip() if plan not in (None, "") and str(plan).strip() else None
        note = fields.get("note")
        tasks = fields.get("tasks")
        if isinstance(tasks, (list, tuple)):
            task_ids = tuple(str(t).strip() for t in tasks if str(t).strip())
        else:
            task_ids = tuple(t for t in _TASK_SEPARATORS.split(str(tasks or "").strip()) if t)
        self.rows.append(ProgressRow(kind_text, key_text, on, "" if note is None else str(note), plan_text,  # type: ignore[arg-type]
                                     self.origin, line, task_ids if kind_text == "event" else ()))

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
        mark = (row.kind, fold(row.key) if row.kind == "event" else row.key, row.plan)
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
            fields = dict(value) if isinstance(value, Mapping) else {"date": value}
            builder.add({**fields, "key": key}, line, kind)
    return builder.build()


def _from_table(table: Table) -> Progress:
    builder = _Builder(table.origin)
    if table.unknown_columns:
        builder.diagnostics.append(warning(Code.TRACKER_BAD_PROGRESS, f"{table.origin} {table.unit} 1: unknown "
                                           f"columns ignored: {', '.join(table.unknown_columns)}"))
    for note in table.notes:
        builder.diagnostics.append(warning(Code.TRACKER_BAD_PROGRESS, note))
    for record in table.records:
        builder.add(record.fields, record.line)
    return builder.build()


def _from_items(items: Any, origin: str) -> Progress:
    table, problems = read_rows(items, COLUMNS, origin)
    progress = _from_table(table)
    bad = tuple(error(Code.TRACKER_BAD_PROGRESS, f"{origin} row {n}: {message}", row=n) for n, message in problems)
    return Progress(progress.completions, progress.events, bad + progress.diagnostics, origin)


def _from_json(path: Path) -> Progress:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise InputFileError(f"{path}: line {exc.lineno}: not valid JSON ({exc.msg})") from None
    except UnicodeDecodeError:
        raise InputFileError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise InputFileError(f"{path}: {exc.strerror or exc}") from None
    if isinstance(data, dict):
        return _from_mapping(data, path.name)
    if isinstance(data, list):
        return _from_items(data, path.name)
    raise InputFileError(f"{path}: a JSON progress file holds an object or a list of rows")
