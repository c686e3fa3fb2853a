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

import csv
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..diagnostics import Code, Diagnostic, error, warning
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


def plan_matches(plan: str | None, doc_id: str | None) -> bool:
    """True when ``plan`` is empty or names ``doc_id``: its file name, its stem, or its short name
    (the stem up to the first "_").

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


def load_actuals(source: Mapping[str, Any] | str | os.PathLike[str]) -> Actuals:
    """Read actuals from a mapping, a ``.csv`` file or a ``.json`` file.

    Args:
        source: a mapping ``{key: value}`` or ``{key: {"value": …, "unit": …, "baseline": …,
            "as_of": …, "note": …}}``; or a path. A CSV file needs the header columns ``key``
            and ``value`` (optional ``unit``, ``baseline``, ``as_of``, ``note``; others are
            ignored with a warning). A JSON file holds either such a mapping or a list of row
            objects that each have a ``"key"``; repeated keys of a JSON object are kept as
            separate rows so that they can be reported.

    Raises:
        TypeError: ``source`` is neither a mapping nor a path.
        ValueError: an unknown file suffix, a CSV file without ``key``/``value`` columns, or a
            JSON file that is not an object or a list.

    Examples:
        >>> str(load_actuals({"003:1": "84"}))
        '1 rows from <mapping>; 0 problems'
    """
    if isinstance(source, Mapping):
        return _from_pairs(list(source.items()), "<mapping>")
    if not isinstance(source, (str, os.PathLike)):
        raise TypeError(f"load_actuals expects a mapping or a path, not {type(source).__name__}")
    path = Path(source)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _from_csv(path)
    if suffix == ".json":
        return _from_json(path)
    raise ValueError(f"{path}: actuals must be a .csv or .json file")


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


def _from_csv(path: Path) -> Actuals:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = [name.strip() for name in (reader.fieldnames or [])]
        if "key" not in header or "value" not in header:
            raise ValueError(f"{path}: the header needs the columns 'key' and 'value' (got {header})")
        reader.fieldnames = header
        diagnostics: list[Diagnostic] = []
        extra = [name for name in header if name not in COLUMNS]
        if extra:
            diagnostics.append(warning(Code.VERDICT_BAD_ACTUAL, f"{path.name}: unknown columns ignored: {extra}"))
        rows: list[Actual] = []
        for record in reader:
            line = reader.line_num
            key = (record.get("key") or "").strip()
            if not key:
                if any((v or "").strip() for v in record.values() if isinstance(v, str)):
                    diagnostics.append(error(Code.VERDICT_BAD_ACTUAL, f"{path.name} row {line}: the key is empty", row=line))
                continue
            fields = {name: record.get(name) for name in COLUMNS if name != "key"}
            row, problem = _make_row(key, fields, line, path.name)
            rows.append(row)
            diagnostics.extend(problem)
    return Actuals(tuple(rows), tuple(diagnostics), path.name)


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
            as_of = date.fromisoformat(str(raw_date).strip())
        except ValueError:
            problems.append(f"as_of {raw_date!r} is not an ISO date (YYYY-MM-DD)")
    if problems:
        message = "; ".join(problems)
        row = Actual(key, None, unit, baseline, as_of, note, number, origin, raw, message, plan or None)
        return row, [error(Code.VERDICT_BAD_ACTUAL, f"{where}: {message}", row=number, key=key)]
    return Actual(key, value, unit, baseline, as_of, note, number, origin, raw, plan=plan or None), []
