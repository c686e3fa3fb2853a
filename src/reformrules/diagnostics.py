"""Diagnostics: machine-readable codes with a severity, an English message and a source span.

Codes are the contract (documented one heading each in docs/diagnostics.md, checked by a test);
messages are for people. ``error`` means no value could be built, ``warning`` means a value was
built but is suspicious, ``info`` means an assumption or normalisation was applied.

Examples:
    >>> d = Diagnostic(Code.DEADLINE_BEFORE_ISSUE, Severity.WARNING, "ends before issue", Span(0, 10))
    >>> str(d)
    'warning[deadline.before_issue] 0:10: ends before issue'
    >>> print(render(d, Source("004.txt", "Quý I/2021 (hoặc sau khi …)")))
    warning[deadline.before_issue]: ends before issue
      --> 004.txt:1:1
       | Quý I/2021 (hoặc sau khi …)
       | ^^^^^^^^^^
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .source import Source, Span


class Severity(str, Enum):
    """How bad a diagnostic is."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Code(str, Enum):
    """Every diagnostic code of the library, one section per domain."""

    # text
    TEXT_UNCONSUMED = "text.unconsumed"
    TEXT_NORMALIZED = "text.normalized"
    TEXT_EMPTY = "text.empty"
    TEXT_TOO_LONG = "text.too_long"
    # deadlines
    DEADLINE_UNPARSED = "deadline.unparsed"
    DEADLINE_IMPLICIT_YEAR = "deadline.implicit_year"
    DEADLINE_MISSING_CONTEXT = "deadline.missing_context"
    DEADLINE_BEFORE_ISSUE = "deadline.before_issue"
    DEADLINE_BEFORE_PLAN_YEAR = "deadline.before_plan_year"
    DEADLINE_INVERTED_RANGE = "deadline.inverted_range"
    DEADLINE_INVALID_DATE = "deadline.invalid_date"
    DEADLINE_MIXED = "deadline.mixed"
    DEADLINE_OUT_OF_RANGE = "deadline.out_of_range"
    DEADLINE_IMPLAUSIBLE_DATE = "deadline.implausible_date"
    DEADLINE_START_AFTER_DUE = "deadline.start_after_due"
    # dependencies between tasks
    DEPENDENCY_DANGLING_REF = "dependency.dangling_ref"
    DEPENDENCY_CYCLE = "dependency.cycle"
    # plans
    PLAN_UNKNOWN_LAYOUT = "plan.unknown_layout"
    PLAN_NO_APPENDIX = "plan.no_appendix"
    PLAN_MISSING_HEADER = "plan.missing_header"
    PLAN_PARTIAL_DATE = "plan.partial_date"
    PLAN_NUMBER_MISMATCH = "plan.number_mismatch"
    PLAN_UNREADABLE_ROW = "plan.unreadable_row"
    PLAN_TRUNCATED = "plan.truncated"
    PLAN_DUPLICATE_TASK = "plan.duplicate_task"
    PLAN_ENCODING = "plan.encoding"
    PLAN_STARTS_MID_TABLE = "plan.starts_mid_table"
    PLAN_NUMBERING_GAP = "plan.numbering_gap"
    PLAN_DATE_MISMATCH = "plan.date_mismatch"
    PLAN_CONTEXT_OVERRIDE = "plan.context_override"
    PLAN_REPORTING_CUTOFF = "plan.reporting_cutoff"
    PLAN_INHERITED_CELLS = "plan.inherited_cells"
    PLAN_UNNUMBERED_ROW = "plan.unnumbered_row"
    PLAN_SKIPPED_TABLE = "plan.skipped_table"
    PLAN_UNMATCHED_HEADER = "plan.unmatched_header"
    PLAN_SHORT_ROW = "plan.short_row"
    PLAN_PAIRED_ITEMS = "plan.paired_items"
    # native formats (.docx, .html, .pdf)
    FORMAT_PAGE_FURNITURE = "format.page_furniture"
    FORMAT_TABLE_CONTINUED = "format.table_continued"
    FORMAT_PAGE_WITHOUT_TEXT = "format.page_without_text"
    PLAN_BODY_LEAD = "plan.body_lead"
    # assignments
    ASSIGNMENT_NO_LEAD = "assignment.no_lead"
    ASSIGNMENT_UNKNOWN_AGENCY = "assignment.unknown_agency"
    ASSIGNMENT_ABOLISHED_AGENCY = "assignment.abolished_agency"
    ASSIGNMENT_LEAD_IS_COORDINATOR = "assignment.lead_is_coordinator"
    ASSIGNMENT_EMPTY = "assignment.empty"
    ASSIGNMENT_IMPLICIT_LEAD = "assignment.implicit_lead"
    ASSIGNMENT_MISSING_SEPARATOR = "assignment.missing_separator"
    ASSIGNMENT_MERGED_PROVINCE = "assignment.merged_province"
    # targets
    TARGET_UNPARSED = "target.unparsed"
    TARGET_NO_UNIT = "target.no_unit"
    TARGET_RELATIVE_BASELINE = "target.relative_baseline"
    TARGET_IMPLICIT_COMPARATOR = "target.implicit_comparator"
    TARGET_INVERTED_RANGE = "target.inverted_range"
    TARGET_VALUE_IN_WORDS = "target.value_in_words"
    VERDICT_UNIT_MISMATCH = "verdict.unit_mismatch"
    VERDICT_BAD_ACTUAL = "verdict.bad_actual"
    VERDICT_UNKNOWN_TARGET = "verdict.unknown_target"
    VERDICT_DUPLICATE_ACTUAL = "verdict.duplicate_actual"
    # tracker
    TRACKER_BAD_PROGRESS = "tracker.bad_progress"
    TRACKER_UNKNOWN_TASK = "tracker.unknown_task"
    TRACKER_DUPLICATE_PROGRESS = "tracker.duplicate_progress"
    TRACKER_UNMATCHED_EVENT = "tracker.unmatched_event"
    TRACKER_AFTER_AS_OF = "tracker.after_as_of"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding about a piece of text: what (code), how bad, why, and where."""

    code: Code
    severity: Severity
    message: str
    span: Span | None = None
    data: tuple[tuple[str, str], ...] = ()

    def __init__(self, code: Code, severity: Severity, message: str, span: Span | None = None,
                 data: tuple[tuple[str, str], ...] = ()):
        # Set through the slots' descriptors, as Span does: the dataclass' frozen __init__ costs
        # twice as much, and a parse of an old plan's cell makes a diagnostic more often than not.
        _SET_CODE(self, code)
        _SET_SEVERITY(self, severity)
        _SET_MESSAGE(self, message)
        _SET_SPAN(self, span)
        _SET_DATA(self, data)

    def __str__(self) -> str:
        where = f" {self.span}" if self.span is not None else ""
        return f"{self.severity.value}[{self.code.value}]{where}: {self.message}"


_SET_CODE, _SET_SEVERITY, _SET_MESSAGE, _SET_SPAN, _SET_DATA = (
    getattr(Diagnostic, name).__set__ for name in ("code", "severity", "message", "span", "data"))


def _data(data: dict[str, object]) -> tuple[tuple[str, str], ...]:
    return tuple((k, str(v)) for k, v in data.items()) if data else ()  # most diagnostics have none


def error(code: Code, message: str, span: Span | None = None, **data: object) -> Diagnostic:
    """An error diagnostic (no value could be built)."""
    return Diagnostic(code, Severity.ERROR, message, span, _data(data))


def warning(code: Code, message: str, span: Span | None = None, **data: object) -> Diagnostic:
    """A warning diagnostic (a value was built but looks wrong)."""
    return Diagnostic(code, Severity.WARNING, message, span, _data(data))


def info(code: Code, message: str, span: Span | None = None, **data: object) -> Diagnostic:
    """An info diagnostic (an assumption or normalisation was applied)."""
    return Diagnostic(code, Severity.INFO, message, span, _data(data))


def has_errors(diagnostics: tuple[Diagnostic, ...]) -> bool:
    """True when any diagnostic is an error."""
    return any(d.severity is Severity.ERROR for d in diagnostics)


_CONTEXT_WIDTH = 100


def render(diagnostic: Diagnostic, source: Source) -> str:
    """A diagnostic as text: header, ``--> file:line:col``, the source line and a caret run.

    Tabs are expanded for display and long lines clipped around the span; the column in the
    header counts code points of the original line.
    """
    header = f"{diagnostic.severity.value}[{diagnostic.code.value}]: {diagnostic.message}"
    if diagnostic.span is None:
        return f"{header}\n  --> {source.doc_id}"
    line, col = source.line_col(diagnostic.span.start)
    text = source.line_text(line)
    # a .docx/.html/.pdf: where a person finds it in the file, then the line of the text written from it
    address_at = getattr(source, "address_at", None)
    address = address_at(diagnostic.span.start) if address_at is not None else None
    where = f"{source.doc_id}:{line}:{col}" if address is None else f"{source.doc_id}, {address} (line {line}:{col})"
    end_col = min(len(text) + 1, col + max(1, diagnostic.span.end - diagnostic.span.start))
    before = text[: col - 1].expandtabs(4)
    marked = text[col - 1 : end_col - 1].expandtabs(4)
    after = text[end_col - 1 :].expandtabs(4)
    shown = before + marked + after
    left = 0
    if len(shown) > _CONTEXT_WIDTH and len(before) > _CONTEXT_WIDTH // 3:
        left = len(before) - _CONTEXT_WIDTH // 3
        shown = "…" + shown[left + 1 :]
    shown = shown[:_CONTEXT_WIDTH] + ("…" if len(shown) > _CONTEXT_WIDTH else "")
    carets = " " * (len(before) - left) + "^" * max(1, len(marked))
    return f"{header}\n  --> {where}\n   | {shown.rstrip()}\n   | {carets}"
