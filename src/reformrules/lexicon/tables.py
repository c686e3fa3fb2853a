"""Reading the packaged TSV tables: header check, required cells, dates, one error class.

A broken table is a packaging bug, so it raises :class:`~reformrules.errors.LexiconError` with the
file and line. Nothing else in the library raises on data.

Examples:
    >>> rows = read_tsv("abbreviations.tsv", ("abbr", "expansion", "gloss_en", "source"))
    >>> rows[0].line, rows[0]["abbr"], rows[0]["expansion"]
    (2, 'UBND', 'Ủy ban nhân dân')
    >>> parse_date_cell("2025-02-28", "agencies.tsv", 3)
    datetime.date(2025, 2, 28)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from importlib import resources

from ..errors import LexiconError


@dataclass(frozen=True, slots=True)
class Row:
    """One data row of a table: its 1-based line in the file and its cells by column name."""

    file: str
    line: int
    cells: tuple[tuple[str, str], ...]

    def __getitem__(self, column: str) -> str:
        for name, value in self.cells:
            if name == column:
                return value
        raise KeyError(column)

    def error(self, message: str) -> LexiconError:
        """A :class:`LexiconError` pointing at this row."""
        return LexiconError(self.file, self.line, message)


def read_text(name: str) -> str:
    """The text of a packaged data file ``lexicon/data/<name>``.

    Examples:
        >>> read_text("agencies.tsv").splitlines()[0].split("\\t")[:3]
        ['id', 'name', 'level']
    """
    return resources.files("reformrules.lexicon").joinpath("data", name).read_text(encoding="utf-8")


def parse_tsv(text: str, name: str, columns: tuple[str, ...], required: tuple[str, ...] = ()) -> tuple[Row, ...]:
    """Rows of a TSV text whose header must be exactly ``columns``.

    Blank lines and lines starting with ``#`` are skipped. Every column in ``required`` (and
    ``source`` and ``gloss_en`` when present) must be non-empty.

    Examples:
        >>> parse_tsv("a\\tsource\\nx\\ty\\n", "t.tsv", ("a", "source"))[0]["a"]
        'x'
        >>> parse_tsv("a\\tsource\\nx\\t\\n", "t.tsv", ("a", "source"))
        Traceback (most recent call last):
        ...
        reformrules.errors.LexiconError: t.tsv:2: empty 'source'
    """
    lines = text.splitlines()
    if not lines or tuple(lines[0].split("\t")) != columns:
        raise LexiconError(name, 1, f"header must be {columns!r}")
    must = set(required) | ({"source", "gloss_en"} & set(columns))
    rows = []
    for number, raw in enumerate(lines[1:], start=2):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if len(cells) != len(columns):
            raise LexiconError(name, number, f"{len(cells)} cells, expected {len(columns)}")
        if any(cell != cell.strip() for cell in cells):
            raise LexiconError(name, number, "a cell has leading or trailing spaces")
        row = Row(name, number, tuple(zip(columns, cells)))
        for column in columns:
            if column in must and not row[column]:
                raise row.error(f"empty {column!r}")
        rows.append(row)
    return tuple(rows)


def read_tsv(name: str, columns: tuple[str, ...], required: tuple[str, ...] = ()) -> tuple[Row, ...]:
    """Rows of the packaged table ``lexicon/data/<name>`` (see :func:`parse_tsv`)."""
    return parse_tsv(read_text(name), name, columns, required)


def parse_date_cell(value: str, file: str, line: int) -> date | None:
    """An ISO date cell (``YYYY-MM-DD``), or ``None`` when empty."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise LexiconError(file, line, f"not an ISO date: {value!r}") from None
