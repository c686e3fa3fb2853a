"""The export formats in one table: their file extensions, and :func:`render`, which the CLI calls.

Examples:
    >>> format_from_path("report.XLSX"), format_from_path("out/"), EXTENSIONS["docx"]
    ('xlsx', None, '.docx')
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..i18n import Translator
from ..tracker.model import StatusReport

#: Export formats, in the order --help lists them, and their file extensions.
EXTENSIONS = {"json": ".json", "csv": ".csv", "xlsx": ".xlsx", "docx": ".docx", "html": ".html", "ics": ".ics",
              "table": ".txt", "text": ".txt", "graphml": ".graphml"}
EXPORT_FORMATS = ("json", "csv", "xlsx", "docx", "html", "ics")
#: Formats that are not text (never written to a terminal).
BINARY = frozenset({"xlsx", "docx"})
_BY_EXTENSION = {".json": "json", ".csv": "csv", ".xlsx": "xlsx", ".docx": "docx", ".html": "html", ".htm": "html",
                 ".ics": "ics", ".graphml": "graphml", ".txt": "table"}


def format_from_path(path: str | None) -> str | None:
    """The format a file name's extension names (None when it names none)."""
    return _BY_EXTENSION.get(Path(path).suffix.lower()) if path else None


def render(fmt: str, reports: Sequence[StatusReport], *, lang: str | Translator | None = None,
           calendars: Sequence[Any] = (), one: bool = False, stdout: bool = False) -> bytes:
    """``reports`` in ``fmt`` as the bytes of one file.

    Args:
        fmt: one of ``EXPORT_FORMATS``.
        reports: the reports (several give one file with every plan).
        lang: the language of the human-facing formats.
        calendars: for "ics", the ``calendar_data`` of each report.
        one: JSON of a single report is an object (else an array).
        stdout: CSV without the byte-order mark meant for Excel.
    """
    from . import csv_export, html_export, json_export

    if fmt == "json":
        text = json_export.report_to_json(reports[0]) if one and reports else json_export.reports_to_json(reports)
        return (text + "\n").encode("utf-8")
    if fmt == "csv":
        return csv_export.to_csv(reports, lang=lang).encode("utf-8" if stdout else "utf-8-sig")
    if fmt == "html":
        return html_export.to_html(reports, lang=lang).encode("utf-8")
    if fmt == "xlsx":
        from .xlsx_export import to_xlsx

        return to_xlsx(reports, lang=lang)
    if fmt == "docx":
        from .docx_export import to_docx

        return to_docx(reports, lang=lang)
    if fmt == "ics":
        from .ics_export import render_calendars

        return render_calendars(list(calendars))
    raise ValueError(f"unknown export format {fmt!r} (choose one of {', '.join(EXPORT_FORMATS)})")
