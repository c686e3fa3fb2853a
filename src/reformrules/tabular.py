"""Rows as users have them, for the progress and actuals inputs: files an office's Excel writes, and rows in memory.

One reader gives both loaders (``tracker.progress``, ``targets.actuals``) the same records:

- **Files**: CSV with ``,``, ``;`` or tab as separator (sniffed from the header line), UTF-8 with or
  without a BOM, or Windows-1258 (Vietnamese Excel's "CSV" on Windows; used when the bytes are not
  UTF-8, and said in a note); ``.xlsx`` through ``openpyxl`` (``pip install "reformrules[xlsx]"``),
  the first sheet, its first non-empty row as the header.
- **Rows in memory**: mappings; ``sqlite3.Row`` and other objects with ``keys()``; dataclasses and
  other objects with attributes; tuples or lists whose first row is the header.
- **Column names** in English or Vietnamese, with or without tone marks and case: "Loại", "Mã/Nhiệm vụ",
  "Ngày hoàn thành", "Chỉ tiêu", "Giá trị" … (each loader gives its table of names; a name is matched
  after folding: lower case, no tone marks, "đ" as "d", spaces collapsed).
- **Dates** (:func:`read_day`): a ``date``, a ``datetime`` (its day), ISO ``YYYY-MM-DD`` (a time after
  it is ignored), or ``dd/mm/yyyy`` (also with ``-`` or ``.``), the order Vietnamese offices write.

A file that cannot be read at all raises :class:`~reformrules.errors.InputFileError` naming it.

Examples:
    >>> read_day("28/03/2022"), read_day("2022-03-28 00:00:00"), read_day(date(2022, 3, 28))
    (datetime.date(2022, 3, 28), datetime.date(2022, 3, 28), datetime.date(2022, 3, 28))
    >>> column_key("Ngày hoàn thành"), column_key("NGAY HOAN THANH "), column_key("Mã/Nhiệm vụ")
    ('ngay hoan thanh', 'ngay hoan thanh', 'ma/nhiem vu')
"""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .diagnostics import Diagnostic
from .errors import InputFileError
from .text.collect import errors_of

_DAY_FIRST = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+)?")
TEXT_SUFFIXES = (".csv", ".tsv")


def load_source(source: Any, own_type: type, what: str, *, mapping: Callable[[Mapping], Any],
                rows: Callable[[Sequence], Any], path: Callable[[Path], Any]) -> Any:
    """What a loader (``load_actuals``, ``load_progress``) makes of ``source``: a value of ``own_type`` as
    it is, else ``mapping(source)``, ``rows(source)`` for a list or tuple, ``path(Path(source))`` for a
    str or path; a ``TypeError`` naming the loader ``what`` for anything else.

    Examples:
        >>> load_source(["a"], dict, "load_x", mapping=len, rows=lambda r: ("rows", r), path=str)
        ('rows', ['a'])
        >>> load_source(3, dict, "load_x", mapping=len, rows=len, path=str)
        Traceback (most recent call last):
        ...
        TypeError: load_x expects a mapping, rows or a path, not int
    """
    if isinstance(source, own_type):
        return source
    if isinstance(source, Mapping):
        return mapping(source)
    if isinstance(source, (list, tuple)):
        return rows(source)
    if not isinstance(source, (str, os.PathLike)):
        raise TypeError(f"{what} expects a mapping, rows or a path, not {type(source).__name__}")
    return path(Path(source))


def raise_on_bad_rows(diagnostics: Sequence[Diagnostic]) -> None:
    """Strict loading: one ``InputFileError`` naming every bad row (every error diagnostic), if any."""
    bad = errors_of(diagnostics)
    if bad:
        raise InputFileError("; ".join(d.message for d in bad))


def read_day(raw: object) -> date:
    """A day from a ``date``, a ``datetime`` (its day), ``YYYY-MM-DD`` or ``dd/mm/yyyy`` (``-``, ``.`` too).

    Raises:
        ValueError: anything else, or a day that does not exist, with a message that quotes it.
    """
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, str):
        text = raw.strip()
        iso, day_first = _ISO.fullmatch(text), _DAY_FIRST.fullmatch(text)
        try:
            if iso:
                return date(int(iso[1]), int(iso[2]), int(iso[3]))
            if day_first:
                return date(int(day_first[3]), int(day_first[2]), int(day_first[1]))
        except ValueError:
            raise ValueError(f"date {raw!r} is not a day of the calendar") from None
    raise ValueError(f"date {raw!r} is not a date (YYYY-MM-DD or dd/mm/yyyy)")


def column_key(name: str) -> str:
    """A column name folded for matching: lower case, no tone marks, "đ" as "d", spaces collapsed."""
    text = unicodedata.normalize("NFD", name.replace("Đ", "d").replace("đ", "d"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"\s*/\s*", "/", text)
    return " ".join(re.sub(r"[^\w/ ]", " ", text).split())


def plan_matches(plan: str | None, doc_id: str | None) -> bool:
    """True when ``plan`` is empty or names ``doc_id``: its file name, its stem, or its short name
    (the stem up to the first "_"), so that one progress or actuals file serves several plans.

    Examples:
        >>> plan_matches("004_507df5ea52532140", "004_507df5ea52532140.txt"), plan_matches("004", "004_5.txt")
        (True, True)
        >>> plan_matches(None, "x.txt"), plan_matches("003", "004_5.txt")
        (True, False)
    """
    if not plan or doc_id is None:
        return True
    name = Path(doc_id).name
    stem = Path(name).stem
    return plan.strip() in (name, stem, stem.split("_", 1)[0])


@dataclass(frozen=True, slots=True)
class Record:
    """One row: its 1-based line (file) or position (memory), and its fields under canonical names."""

    line: int
    fields: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Table:
    """The records of one source, the header as written, and the columns no name matched."""

    origin: str
    records: tuple[Record, ...]
    header: tuple[str, ...] = ()
    unknown_columns: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def unit(self) -> str:
        """How a row is counted in messages: "line" for text files, "row" otherwise."""
        return "line" if self.origin.lower().endswith(TEXT_SUFFIXES) else "row"


class Columns:
    """A table of column names: canonical name -> the names users write for it (English and Vietnamese)."""

    def __init__(self, names: Mapping[str, Sequence[str]]):
        self.names = dict(names)
        self._by_key = {column_key(alias): canonical for canonical, aliases in names.items()
                        for alias in (canonical, *aliases)}

    def canonical(self, name: object) -> str | None:
        return self._by_key.get(column_key(name)) if isinstance(name, str) else None

    def map_header(self, header: Sequence[object]) -> tuple[list[str | None], tuple[str, ...]]:
        mapped = [self.canonical(name) for name in header]
        unknown = tuple(str(n) for n, m in zip(header, mapped) if m is None and str(n or "").strip())
        return mapped, unknown


def _decode(path: Path) -> tuple[str, tuple[str, ...]]:
    data = path.read_bytes()
    if b"\x00" in data:
        raise InputFileError(f"{path}: not UTF-8 text (it holds NUL bytes: UTF-16? save it as \"CSV UTF-8\")")
    try:
        return unicodedata.normalize("NFC", data.decode("utf-8-sig")), ()
    except UnicodeDecodeError:
        try:  # Windows-1258 writes tone marks as combining marks: NFC joins them to their letters
            return (unicodedata.normalize("NFC", data.decode("cp1258")),
                    (f"{path.name}: not UTF-8; read as Windows-1258 (Vietnamese Excel)",))
        except UnicodeDecodeError:  # pragma: no cover - cp1258 maps almost every byte
            raise InputFileError(f"{path}: neither UTF-8 nor Windows-1258 text") from None


def _separator(header_line: str) -> str:
    counts = {sep: header_line.count(sep) for sep in (";", "\t", ",")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _from_text(path: Path, columns: Columns) -> Table:
    text, notes = _decode(path)
    first = next((line for line in text.splitlines() if line.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(first))
    header: list[str] | None = None
    mapped: list[str | None] = []
    unknown: tuple[str, ...] = ()
    records = []
    try:
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue  # a blank line
            if header is None:
                header = [cell.strip() for cell in row]
                mapped, unknown = columns.map_header(header)
                continue
            fields = {name: value for name, value in zip(mapped, row) if name is not None}
            records.append(Record(reader.line_num, fields))
    except csv.Error as exc:
        raise InputFileError(f"{path}: not a readable CSV file ({exc})") from None
    return Table(path.name, tuple(records), tuple(header or ()), unknown, notes)


def _from_xlsx(path: Path, columns: Columns) -> Table:
    try:
        import openpyxl
    except ImportError:
        raise InputFileError(f'{path}: reading .xlsx needs openpyxl: pip install "reformrules[xlsx]"') from None
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a broken file
        raise InputFileError(f"{path}: not a readable .xlsx workbook ({type(exc).__name__}: {exc})") from None
    try:
        sheet = book.worksheets[0]
        header: list[str] | None = None
        mapped: list[str | None] = []
        unknown: tuple[str, ...] = ()
        records = []
        for number, row in enumerate(sheet.iter_rows(values_only=True), 1):
            if all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in row):
                continue
            if header is None:
                header = ["" if cell is None else str(cell).strip() for cell in row]
                mapped, unknown = columns.map_header(header)
                continue
            values = ["" if cell is None else cell for cell in row]
            records.append(Record(number, {n: v for n, v in zip(mapped, values) if n is not None}))
    finally:
        book.close()
    return Table(path.name, tuple(records), tuple(header or ()), unknown)


def read_file(path: str | os.PathLike[str], columns: Columns) -> Table:
    """The records of a ``.csv``/``.tsv`` or ``.xlsx`` file (JSON is each loader's own)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (*TEXT_SUFFIXES, ".xlsx"):
        raise InputFileError(f"{path}: a progress or actuals file must be .csv, .tsv, .xlsx or .json")
    try:
        return _from_xlsx(path, columns) if suffix == ".xlsx" else _from_text(path, columns)
    except OSError as exc:
        raise InputFileError(f"{path}: {exc.strerror or exc}") from None


def _fields_of(item: object, columns: Columns) -> dict[str, Any] | None:
    """The fields of one in-memory row by canonical name, or None when it is not a row."""
    if isinstance(item, Mapping):
        pairs = item.items()
    elif hasattr(item, "keys") and callable(item.keys) and hasattr(item, "__getitem__"):  # sqlite3.Row
        pairs = ((k, item[k]) for k in item.keys())  # type: ignore[index]
    elif dataclasses.is_dataclass(item) and not isinstance(item, type):
        pairs = ((f.name, getattr(item, f.name)) for f in dataclasses.fields(item))
    elif hasattr(item, "__dict__") and not isinstance(item, (str, bytes)):
        pairs = vars(item).items()
    else:
        return None
    out: dict[str, Any] = {}
    for name, value in pairs:
        canonical = columns.canonical(name)
        if canonical is not None and canonical not in out:
            out[canonical] = value
    return out


def read_rows(items: Sequence[object], columns: Columns, origin: str) -> tuple[Table, list[tuple[int, str]]]:
    """The records of rows in memory, and ``(position, problem)`` for the items that are not rows.

    A sequence whose first item is a tuple or list of column names is a table with a header.
    """
    problems: list[tuple[int, str]] = []
    items = list(items)
    if items and isinstance(items[0], (tuple, list)) and all(isinstance(c, str) for c in items[0]):
        header = [str(c) for c in items[0]]
        mapped, unknown = columns.map_header(header)
        records = []
        for number, row in enumerate(items[1:], 1):
            if not isinstance(row, (tuple, list)):
                problems.append((number, "a row after the header must be a tuple or list"))
                continue
            records.append(Record(number, {n: v for n, v in zip(mapped, row) if n is not None}))
        return Table(origin, tuple(records), tuple(header), unknown), problems
    records = []
    for number, item in enumerate(items, 1):
        fields = _fields_of(item, columns)
        if fields is None:
            problems.append((number, f"a row must be a mapping, an object with attributes or a tuple under a "
                                     f"header, not {type(item).__name__}"))
            continue
        records.append(Record(number, fields))
    return Table(origin, tuple(records)), problems
