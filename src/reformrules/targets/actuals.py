"""Actual figures submitted by offices, from a mapping, a CSV file or a JSON file.

Each row names a target by ``key`` (a target id such as ``"000:3"``, an alternative id such as
``"004:5.or1"``, or the target's subject as written, optionally followed by ``" @<level>"``) and
gives its ``value``. Optional fields: ``unit`` (else read from the value, "86,2%"), ``baseline``
(the baseline value of a relative target), ``as_of`` (ISO date) and ``note``.

A row that cannot be read keeps its place with ``value=None`` and a ``problem``, plus one
``verdict.bad_actual`` diagnostic; the other rows are unaffected. Unknown keys and duplicates
are found when the rows meet the targets (:func:`~reformrules.targets.evaluate.evaluate_targets`).

Examples:
    >>> sheet = load_actuals({"000:1": "86,2%", "000:2": {"value": 4, "unit": "%"}, "000:3": "n/a"})
    >>> [str(row) for row in sheet.rows]
    ['000:1=86.2%', '000:2=4%', '000:3=?']
    >>> print(sheet.diagnostics[0].message)
    <mapping> row 3 (key '000:3'): 'n/a' is not a number
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..diagnostics import Code, Diagnostic, error, warning
from ..errors import InputFileError
from ..tabular import Columns, Table, load_source, plan_matches, raise_on_bad_rows, read_day, read_file, read_rows
from ..text.fold import fold
from .grammar import PERCENT_WORDS

COLUMNS = ("key", "value", "unit", "baseline", "as_of", "note", "plan")
_NUMBER = re.compile(r"([+-]?)(\d[\d.,]*)\s*(.*)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Actual:
    """One submitted figure: which target (``key``), its value, and where the row came from.

    ``value`` is ``None`` when the row gave no value or one that cannot be read (``problem``
    then says why). ``row`` is 1-based: the line number in a CSV file, the position otherwise.
    """

    key: str
    value: Decimal | None
    unit: str | None = None
    baseline: Decimal | None = None
    as_of: date | None = None
    note: str = ""
    row: int = 0
    origin: str = ""
    raw: str = ""
    problem: str = ""
    plan: str | None = None

    def applies_to(self, doc_id: str | None) -> bool:
        """True when the row names no plan, or names this one (its file name, with or without the
        extension, or its short name up to the first "_": "003" for ``003_e50….txt``).

        Examples:
            >>> row = Actual("III.5:1", None, plan="003")
            >>> row.applies_to("003_e5038761a6850e2f.txt"), row.applies_to("004_507df5ea52532140.txt")
            (True, False)
        """
        return plan_matches(self.plan, doc_id)

    def __str__(self) -> str:
        value = "?" if self.value is None else format(self.value, "f")
        unit = "" if self.unit is None else self.unit if self.unit == "%" else f" {self.unit}"
        when = f" @{self.as_of.isoformat()}" if self.as_of else ""
        return f"{self.key}={value}{unit}{when}"

    @property
    def where(self) -> str:
        """Where the row is, for messages: ``"actuals.csv row 4 (key '000:1')"``."""
        return f"{self.origin} row {self.row} (key {self.key!r})"


@dataclass(frozen=True, slots=True)
class Actuals:
    """The rows of one actuals source, and the problems found while reading them."""

    rows: tuple[Actual, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
    origin: str = ""

    def for_plan(self, doc_id: str | None) -> Actuals:
        """The rows for one plan (rows without a plan apply to every plan), and the problems of those rows.

        Examples:
            >>> sheet = load_actuals({"I.1:1": {"value": 5, "plan": "003"}, "I.1:2": 7})
            >>> [r.key for r in sheet.for_plan("004_x.txt").rows]
            ['I.1:2']
        """
        if doc_id is None or all(r.plan is None for r in self.rows):
            return self
        rows = tuple(r for r in self.rows if r.applies_to(doc_id))
        others = {(r.origin, r.row) for r in self.rows if not r.applies_to(doc_id)}
        kept = tuple(d for d in self.diagnostics if (self.origin, dict(d.data).get("row")) not in
                     {(o, str(n)) for o, n in others})
        return Actuals(rows, kept, self.origin)

    def __str__(self) -> str:
        return f"{len(self.rows)} rows from {self.origin}; {len(self.diagnostics)} problems"


def read_value(raw: object) -> tuple[Decimal, str | None]:
    """A submitted value as ``(number, unit or None)``.

    Strings may use a decimal comma ("86,2") or point ("86.2"); when both marks occur, the last
    one is the decimal mark ("1.234,5" and "1,234.5"). A trailing "%" or "phần trăm" gives the
    unit "%", other trailing words are kept as the unit ("12 hồ sơ"). Floats are read through
    their ``repr`` (78.1 gives 78.1, not its binary expansion).

    Raises:
        TypeError: a bool or a type that is not a number or a str.
        ValueError: the value is not a finite number.

    Examples:
        >>> read_value("86,2 %"), read_value(78), read_value("1.234,5"), read_value("12 hồ sơ")
        ((Decimal('86.2'), '%'), (Decimal('78'), None), (Decimal('1234.5'), None), (Decimal('12'), 'hồ sơ'))
    """
    if isinstance(raw, bool) or not isinstance(raw, (Decimal, int, float, str)):
        raise TypeError(f"an actual must be a Decimal, int, float or str, not {type(raw).__name__}")
    if isinstance(raw, str):
        number, unit = _read_text(raw)
    else:
        number, unit = Decimal(repr(raw)) if isinstance(raw, float) else Decimal(raw), None
    if not number.is_finite():
        raise ValueError(f"{raw!r} is not a finite number")
    return number, unit


def _read_text(raw: str) -> tuple[Decimal, str | None]:
    match = _NUMBER.fullmatch(raw.strip())
    if match is None:
        raise ValueError(f"{raw!r} is not a number")
    sign, digits, rest = match.groups()
    if "," in digits and "." in digits:
        decimal_mark = "," if digits.rfind(",") > digits.rfind(".") else "."
        grouping = "." if decimal_mark == "," else ","
        digits = digits.replace(grouping, "").replace(decimal_mark, ".")
    else:
        digits = digits.replace(",", ".")
    if digits.count(".") > 1 or digits.endswith("."):
        raise ValueError(f"{raw!r} is not a number")
    try:
        number = Decimal(sign + digits)
    except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
        raise ValueError(f"{raw!r} is not a number") from None
    unit = " ".join(rest.split()) or None
    if unit is not None and (unit == "%" or tuple(fold(unit).split()) in PERCENT_WORDS):
        unit = "%"
    return number, unit


#: Column names: canonical -> what users write (Vietnamese with an English gloss in comments).
ACTUAL_COLUMNS = Columns({
    "key": ("mã", "mã chỉ tiêu", "chỉ tiêu", "id"),  # the target id, or its subject as written
    "value": ("giá trị", "kết quả", "số liệu", "giá trị đạt được", "thực hiện"),  # the figure
    "unit": ("đơn vị", "đơn vị tính"),  # unit
    "baseline": ("giá trị gốc", "kỳ gốc", "số liệu gốc"),  # baseline value
    "as_of": ("ngày", "ngày số liệu", "tính đến ngày", "số liệu đến ngày"),  # date of the figure
    "note": ("ghi chú",),  # note
    "plan": ("kế hoạch", "mã kế hoạch"),  # the plan the row is for
})


def load_actuals(source: Any, *, strict: bool = False) -> Actuals:
    """Read actuals from a mapping, rows in memory, or a ``.csv``/``.tsv``/``.xlsx``/``.json`` file.

    Args:
        source: a mapping ``{key: value}`` or ``{key: {"value": …, "unit": …, "baseline": …,
            "as_of": …, "note": …, "plan": …}}``; rows in memory (mappings, ``sqlite3.Row``,
            objects with attributes, tuples under a header); or a path. A CSV file (``,``, ``;`` or
            tab; UTF-8, BOM or Windows-1258) or an ``.xlsx`` sheet needs the columns ``key`` and
            ``value``, in English or Vietnamese ("Chỉ tiêu", "Giá trị"; see :data:`ACTUAL_COLUMNS`);
            others are ignored with a warning. A JSON file holds either such a mapping or a list of
            row objects that each have a ``"key"``; repeated keys of a JSON object are kept as
            separate rows so that they can be reported. ``plan`` limits a row to one plan (one file
            for several plans).
        strict: raise on the first bad row instead of reporting it.

    Raises:
        TypeError: ``source`` is none of the accepted types.
        InputFileError: the file cannot be read (no such file, unknown suffix, no key/value
            columns, JSON that is not an object or a list), or, when ``strict``, a row is bad.

    Examples:
        >>> str(load_actuals({"body@51:1": "84"}))
        '1 rows from <mapping>; 0 problems'
        >>> [str(r) for r in load_actuals([("Chỉ tiêu", "Giá trị"), ("body@51:1", "84,5%")]).rows]
        ['body@51:1=84.5%']
    """
    sheet = _load_actuals(source)
    if strict:
        raise_on_bad_rows(sheet.diagnostics)
    return sheet


def _load_actuals(source: Any) -> Actuals:
    return load_source(source, Actuals, "load_actuals", mapping=lambda m: _from_pairs(list(m.items()), "<mapping>"),
                       rows=_from_list, path=_from_path)


def _from_list(source: list | tuple) -> Actuals:
    table, problems = read_rows(source, ACTUAL_COLUMNS, "<list>")
    sheet = _from_table(table)
    bad = tuple(error(Code.VERDICT_BAD_ACTUAL, f"<list> row {n}: {m}", row=n) for n, m in problems)
    return Actuals(sheet.rows, bad + sheet.diagnostics, sheet.origin)


def _from_path(path: Path) -> Actuals:
    if path.suffix.lower() == ".json":
        try:
            return _from_json(path)
        except OSError as exc:
            raise InputFileError(f"{path}: {exc.strerror or exc}") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputFileError(f"{path}: not valid JSON ({exc})") from None
    table = read_file(path, ACTUAL_COLUMNS)
    names = {ACTUAL_COLUMNS.canonical(h) for h in table.header}
    if "key" not in names or "value" not in names:
        raise InputFileError(f"{path}: the header needs the columns 'key' and 'value' (got {list(table.header)})")
    return _from_table(table)


class _Pairs(list):  # a JSON object as its (key, value) pairs, repeated keys included
    pass


def _from_json(path: Path) -> Actuals:
    with path.open(encoding="utf-8-sig") as handle:
        data = json.load(handle, parse_float=Decimal, object_pairs_hook=_Pairs)
    if isinstance(data, _Pairs):
        return _from_pairs(list(data), path.name)
    if not isinstance(data, list):
        raise ValueError(f"{path}: a JSON actuals file holds an object or a list of rows")
    rows: list[Actual] = []
    diagnostics: list[Diagnostic] = []
    for number, item in enumerate(data, 1):
        fields = dict(item) if isinstance(item, _Pairs) else None
        key = fields.get("key") if fields else None
        if fields is None or not isinstance(key, str) or not key.strip():
            diagnostics.append(error(Code.VERDICT_BAD_ACTUAL, f"{path.name} row {number}: a row needs a \"key\"",
                                     row=number))
            continue
        row, problem = _make_row(key, fields, number, path.name)
        rows.append(row)
        diagnostics.extend(problem)
    return Actuals(tuple(rows), tuple(diagnostics), path.name)


def _from_pairs(pairs: list[tuple[Any, Any]], origin: str) -> Actuals:
    rows: list[Actual] = []
    diagnostics: list[Diagnostic] = []
    for number, (key, value) in enumerate(pairs, 1):
        if not isinstance(key, str) or not key.strip():
            diagnostics.append(error(Code.VERDICT_BAD_ACTUAL, f"{origin} row {number}: the key must be a non-empty str",
                                     row=number))
            continue
        fields = dict(value) if isinstance(value, (Mapping, _Pairs)) else {"value": value}
        row, problem = _make_row(key, fields, number, origin)
        rows.append(row)
        diagnostics.extend(problem)
    return Actuals(tuple(rows), tuple(diagnostics), origin)


def _from_table(table: Table) -> Actuals:
    diagnostics: list[Diagnostic] = []
    if table.unknown_columns:
        diagnostics.append(warning(Code.VERDICT_BAD_ACTUAL, f"{table.origin}: unknown columns ignored: "
                                   f"{list(table.unknown_columns)}"))
    diagnostics.extend(warning(Code.VERDICT_BAD_ACTUAL, note) for note in table.notes)
    rows: list[Actual] = []
    for record in table.records:
        raw_key = record.fields.get("key")
        key = "" if raw_key is None else " ".join(str(raw_key).split())
        if not key:
            if any(str(v).strip() for v in record.fields.values() if v is not None):
                diagnostics.append(error(Code.VERDICT_BAD_ACTUAL, f"{table.origin} row {record.line}: the key is empty",
                                         row=record.line))
            continue
        fields = {name: record.fields.get(name) for name in COLUMNS if name != "key"}
        row, problem = _make_row(key, fields, record.line, table.origin)
        rows.append(row)
        diagnostics.extend(problem)
    return Actuals(tuple(rows), tuple(diagnostics), table.origin)


def _make_row(key: str, fields: Mapping[str, Any], number: int, origin: str) -> tuple[Actual, list[Diagnostic]]:
    """One row; a field that cannot be read leaves ``value=None`` and one error diagnostic."""
    key = key.strip()
    where = f"{origin} row {number} (key {key!r})"
    raw_value = fields.get("value")
    raw = "" if raw_value is None else str(raw_value)
    note = str(fields.get("note") or "")
    plan = str(fields.get("plan")).strip() if fields.get("plan") not in (None, "") else None
    problems: list[str] = []
    value = unit = baseline = as_of = None
    if raw_value is None or (isinstance(raw_value, str) and not raw_value.strip()):
        pass  # no figure yet: the target stays unknown, which is not an error
    else:
        try:
            value, unit = read_value(raw_value)
        except (TypeError, ValueError):
            problems.append(f"{raw!r} is not a number")
    written_unit = fields.get("unit")
    if isinstance(written_unit, str) and written_unit.strip():
        written = "%" if written_unit.strip() == "%" else " ".join(written_unit.split())
        if unit is not None and unit != written:
            problems.append(f"the value says {unit!r} but the unit column says {written!r}")
        unit = written
    raw_baseline = fields.get("baseline")
    if raw_baseline not in (None, ""):
        try:
            baseline, _ = read_value(raw_baseline)
        except (TypeError, ValueError):
            problems.append(f"baseline {raw_baseline!r} is not a number")
    raw_date = fields.get("as_of")
    if raw_date not in (None, ""):
        try:
            as_of = read_day(raw_date)
        except ValueError:
            problems.append(f"as_of {raw_date!r} is not a date (YYYY-MM-DD or dd/mm/yyyy)")
    if problems:
        message = "; ".join(problems)
        row = Actual(key, None, unit, baseline, as_of, note, number, origin, raw, message, plan or None)
        return row, [error(Code.VERDICT_BAD_ACTUAL, f"{where}: {message}", row=number, key=key)]
    return Actual(key, value, unit, baseline, as_of, note, number, origin, raw, plan=plan or None), []
