"""Reports people and programs can read: JSON (with a published JSON Schema), CSV, iCalendar and HTML.

Every export takes :class:`~reformrules.tracker.StatusReport` values and is a pure function of
them. The iCalendar export needs the optional ``icalendar`` package (``pip install
"reformrules[ical]"``) and imports it only when called.

Examples:
    >>> from datetime import date
    >>> from reformrules.plans import read_plan
    >>> from reformrules.tracker import track
    >>> report = track(read_plan("examples/plans/000_56be073c6998dd9f.txt"), date(2018, 7, 2))
    >>> to_csv([report]).splitlines()[1][:60]
    '000_56be073c6998dd9f.txt,I.1,I,open,2018-12-31,128,2018-01-0'
"""

from .csv_export import CSV_COLUMNS, csv_rows, to_csv, write_csv
from .html_export import to_html
from .ics_export import to_ics
from .json_export import SCHEMA_PATH, report_to_json, reports_to_json, status_report_schema

__all__ = [
    "CSV_COLUMNS", "SCHEMA_PATH", "csv_rows", "report_to_json", "reports_to_json", "status_report_schema",
    "to_csv", "to_html", "to_ics", "write_csv",
]
