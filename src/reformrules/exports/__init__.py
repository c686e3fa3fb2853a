"""Reports people and programs can read: JSON (with published JSON Schemas), CSV, XLSX, DOCX, HTML, iCalendar.

Every export takes :class:`~reformrules.tracker.StatusReport` values and is a pure function of
them. What people read is in Vietnamese by default (``lang="en"`` for English): headings, status
names, explanations, dd/mm/yyyy dates; JSON keeps the English identifiers. XLSX, DOCX and HTML need
the ``reports`` extra (openpyxl, python-docx, Jinja2), iCalendar the ``ical`` extra (icalendar);
each is imported only when its export is called.

Examples:
    >>> from datetime import date
    >>> from reformrules.plans import read_plan
    >>> from reformrules.tracker import track
    >>> report = track(read_plan("examples/plans/000_56be073c6998dd9f.txt"), date(2018, 7, 2))
    >>> to_csv([report]).splitlines()[1][:65]
    '000_56be073c6998dd9f.txt,I.1,"Xây dựng cơ chế tổng hợp, điều phối'
"""

from .csv_export import CSV_COLUMNS, csv_rows, to_csv, write_csv
from .formats import EXPORT_FORMATS, render
from .html_export import to_html
from .ics_export import calendar_data, render_calendars, to_ics
from .json_export import SCHEMA_PATH, report_to_json, reports_to_json, status_report_schema
from .wording import short_name, status_label, why


def to_xlsx(*args, **kwargs):  # type: ignore[no-untyped-def]
    """The reports as an Excel workbook (bytes); see :func:`reformrules.exports.xlsx_export.to_xlsx`."""
    from .xlsx_export import to_xlsx as run

    return run(*args, **kwargs)


def to_docx(*args, **kwargs):  # type: ignore[no-untyped-def]
    """The reports as a Word document (bytes); see :func:`reformrules.exports.docx_export.to_docx`."""
    from .docx_export import to_docx as run

    return run(*args, **kwargs)


__all__ = [
    "CSV_COLUMNS", "EXPORT_FORMATS", "SCHEMA_PATH", "calendar_data", "csv_rows", "render", "render_calendars",
    "report_to_json", "reports_to_json", "short_name", "status_label", "status_report_schema", "to_csv",
    "to_docx", "to_html", "to_ics", "to_xlsx", "why", "write_csv",
]
