"""The plan model: a plan's header, its sections and tasks, and where each came from in the file.

Every value is a frozen, slotted dataclass holding tuples; every piece of text keeps a ``Span``
into the file's text (``Plan.source``), so a finding can be shown at its line and column.

Examples:
    >>> from reformrules.source import SourceMap, Span
    >>> cell = Cell("Quý I/2018", Span(120, 130), SourceMap(((0, 120, 10),)))
    >>> str(cell), cell.to_source(Span(4, 10))
    ('Quý I/2018', Span(start=124, end=130))
    >>> str(Section("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"))
    'II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any, Iterator, Literal

from ..assignments import Assignment
from ..context import PlanContext
from ..deadlines import Deadline
from ..diagnostics import Diagnostic, render
from ..refs import Dependency, TaskRef
from ..targets import Target
from ..document.model import Address, Located
from ..source import Source, SourceMap, Span
from .vocabulary import DOC_TYPES


_BULLETS = ("-", "+", "•")


# A table cell or body item: the document model's located text (``reformrules.document.Located``):
# its ``text`` (wrapped lines joined by a line break, page-break continuations by a space, markup
# removed), its ``span`` in the file and a ``source_map`` from the text back to the file.
Cell = Located


@dataclass(frozen=True, slots=True)
class Section:
    """A numbered section: a row "II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH" or a body heading "II. …".

    ``inferred`` marks a section the file does not show (a table that starts mid-section); its
    title is then empty. Unpacks as ``(number, title)``.

    Examples:
        >>> number, title = Section("IV", "", inferred=True)
        >>> number, str(Section("IV", "", inferred=True))
        ('IV', 'IV. (title not in the file)')
    """

    number: str
    title: str
    span: Span | None = None
    inferred: bool = False

    def __iter__(self) -> Iterator[str]:
        return iter((self.number, self.title))

    def __str__(self) -> str:
        return f"{self.number}. {self.title or '(title not in the file)'}"


class LineRole(str, Enum):
    """What a non-empty line of the appendix became (the no-silent-loss accounting)."""

    TITLE = "title"  # the appendix title block ("PHỤ LỤC", subtitle, "(Kèm theo …)")
    HEADER = "header"  # the table's header row, first or repeated after a page break
    SECTION = "section"  # a section row
    TASK = "task"  # a line of a task row (its number or a line of one of its cells)
    CONTINUATION = "continuation"  # a page-break continuation row merged into the task above
    SEPARATOR = "separator"  # a lone "|" between cells
    NOTE = "note"  # a line of running text kept with the section it belongs to
    UNREAD = "unread"  # a line no reader could place; a diagnostic reports it
    LABEL = "label"  # a labelled line of a body task ("- Cơ quan chủ trì: …", "Thời gian hoàn thành: …")


@dataclass(frozen=True, slots=True)
class LineUse:
    """One non-empty line of the appendix (or of the body's task section) and what it became.

    Examples:
        >>> str(LineUse(259, LineRole.TASK, "I.1"))
        '259 task I.1'
    """

    line: int
    role: LineRole
    task_id: str | None = None
    reason: str | None = None  # why a body line is no task ("closing paragraph", …)

    def __str__(self) -> str:
        return f"{self.line} {self.role.value}" + (f" {self.task_id}" if self.task_id else "") + (
            f" ({self.reason})" if self.reason else "")


class CellFate(str, Enum):
    """What a table cell became (the no-silent-loss accounting by cell, next to ``LineRole``)."""

    READ = "read"  # went to a task field the library parses (number, content, product, deadline, agencies)
    KEPT = "kept"  # went to the task's ``other_cells``: a column the vocabulary knows, kept as text (notes, funding)
    UNUSED = "unused"  # went to ``other_cells`` from a column with no known role: nothing is read from it
    HEADER = "header"  # a cell of a header row
    SECTION = "section"  # a cell of a group row (section numeral or title)
    UNREAD = "unread"  # a cell of a row no reader could place
    SKIPPED = "skipped"  # a cell of a table not read for tasks (a letterhead is still read by the header reader)
    EMPTY = "empty"  # a cell with no text


@dataclass(frozen=True, slots=True)
class CellUse:
    """One table cell the reader met and what became of it.

    ``address`` is where the cell stands (table, row and column, 1-based, and its line), ``span``
    its text in the file; ``role`` the column role it was given ("number", "content", "deadline",
    "lead", "coordinators", "product", "notes", … or "unknown" for a column the header does not
    name or a cell past the header's last column); ``task_id`` the task it went to (None for a
    header, group, unread or skipped cell); ``code`` the diagnostic that reports a cell nothing is
    read from (``plan.unmatched_header``, ``plan.unreadable_row``, ``plan.skipped_table``, …).

    Examples:
        >>> str(CellUse(Address(line=120, table=1, row=3, column=4), Span(0, 3), "unknown", CellFate.UNUSED,
        ...             "I.1", "plan.unmatched_header"))
        'table 1, row 3, column 4, line 120 unknown unused I.1 (plan.unmatched_header)'
    """

    address: Address
    span: Span
    role: str
    fate: CellFate
    task_id: str | None = None
    code: str | None = None

    def __str__(self) -> str:
        return (f"{self.address} {self.role} {self.fate.value}" + (f" {self.task_id}" if self.task_id else "")
                + (f" ({self.code})" if self.code else ""))


@dataclass(frozen=True, slots=True)
class Task:
    """One task: a row of the appendix table, or a numbered item of the body (seed 002).

    The cells stay raw text with spans. ``deadline`` is the deadline cell parsed by
    ``reformrules.deadlines.parse_deadline``, ``assignment`` the assignment cell parsed by
    ``reformrules.assignments.parse_assignment`` and ``targets`` the goals of the product cell from
    ``reformrules.targets.parse_targets`` (ids "<task id>:<n>"): each parser is given the cell itself
    (a ``Located``), so every span of these values and of the task's ``diagnostics`` is in the file.
    ``inline_deadlines`` are deadline phrases found inside the task's other cells (content,
    product, assignment: "trong vòng 7 ngày kể từ khi có quyết định" in seed 000 II.2), spans in
    the file; they inform a reader, and the tracker keeps to ``deadline``.

    A table with separate lead and coordinator columns keeps them as ``lead_cell`` and
    ``coordinator_cell``; ``assignment_cell`` is then both, labelled ("Chủ trì: …\\nPhối hợp:
    …", the labels mapped to the cells), so that one ``Assignment`` holds both roles.
    ``other_cells`` are the row's other columns as ``(header, cell)`` (funding, notes, status, and
    columns the vocabulary does not know: nothing is dropped). ``kind`` is "task", or "target" for
    a row of an indicator table (an indicator with the agency that leads it).
    """

    id: str
    ref: TaskRef
    section: Section
    number: str
    content: Cell
    product: Cell | None
    deadline_cell: Cell | None
    assignment_cell: Cell | None
    span: Span
    line: int
    end_line: int
    deadline: Deadline | None = None
    assignment: Assignment | None = None
    targets: tuple[Target, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    inline_deadlines: tuple[Deadline, ...] = ()
    lead_cell: Cell | None = None
    coordinator_cell: Cell | None = None
    other_cells: tuple[tuple[str, Cell], ...] = ()
    kind: str = "task"
    source: str = "table"

    @property
    def content_text(self) -> str:
        """The task's content as text."""
        return self.content.text

    @property
    def product_text(self) -> str:
        """The product cell as text ("" when the row has none)."""
        return self.product.text if self.product else ""

    @property
    def deadline_text(self) -> str:
        """The deadline cell as text ("" when the row has none)."""
        return self.deadline_cell.text if self.deadline_cell else ""

    @property
    def assignment_text(self) -> str:
        """The assignment cell as text ("" when the row has none)."""
        return self.assignment_cell.text if self.assignment_cell else ""

    def __str__(self) -> str:
        content = " ".join(self.content.text.split())
        content = content if len(content) <= 60 else content[:59] + "…"
        deadline = " ".join(self.deadline_text.split())
        return f"{self.id} [{deadline}] {content}" if deadline else f"{self.id} {content}"


@dataclass(frozen=True, slots=True)
class DocumentNumber:
    """A document's number and code under ND 30/2020 (domain.md §5): "4034/QĐ-UBND".

    ``number`` is the digits as written ("" when the number is left blank, as in a draft
    "Số: /QĐ-KKT"); ``code`` is the part after the slash.

    Examples:
        >>> n = DocumentNumber("4034", "QĐ-UBND", Span(4, 16))
        >>> str(n), n.value, n.doc_type, n.doc_type_name, n.issuer_code
        ('4034/QĐ-UBND', 4034, 'QĐ', 'Quyết định', 'UBND')
        >>> str(DocumentNumber("", "QĐ-KKT", Span(0, 7))), DocumentNumber("", "QĐ-KKT", Span(0, 7)).value
        ('/QĐ-KKT', None)
    """

    number: str
    code: str
    span: Span

    @property
    def value(self) -> int | None:
        """The running number as an int, or None when it is blank."""
        return int(self.number) if self.number.isdigit() else None

    @property
    def doc_type(self) -> str | None:
        """The type abbreviation (ND 30 Appendix III) when the code starts with one: "QĐ", "KH"."""
        head = self.code.split("-")[0]
        return head if head in DOC_TYPES else None

    @property
    def doc_type_name(self) -> str | None:
        """The type's full name: "Quyết định", "Kế hoạch"."""
        return DOC_TYPES[self.doc_type][0] if self.doc_type else None

    @property
    def issuer_code(self) -> str | None:
        """The issuer's abbreviation after the type: "UBND", "KKT"."""
        head, _, rest = self.code.partition("-")
        return (rest or None) if self.doc_type else (self.code or None)

    def __str__(self) -> str:
        return f"{self.number}/{self.code}"


@dataclass(frozen=True, slots=True)
class Citation:
    """The plan's own pointer to the decision that issues it: "(Kèm theo Quyết định số … ngày …)".

    A plan usually carries it twice, under the plan's title and under the appendix title.
    """

    number: DocumentNumber | None
    issued: date | None
    issued_month: tuple[int, int] | None
    issuer: str | None
    span: Span

    def __str__(self) -> str:
        when = self.issued.isoformat() if self.issued else (
            f"{self.issued_month[0]}-{self.issued_month[1]:02d}" if self.issued_month else "?")
        return f"{self.number or '?'} {when}" + (f" {self.issuer}" if self.issuer else "")


@dataclass(frozen=True, slots=True)
class PlanHeader:
    """What the first lines (and the "kèm theo" lines) say about the document.

    ``issued`` is set only when day, month and year are all known; ``issued_month`` holds
    ``(year, month)`` whenever the month is known. ``plan_period`` is ``(first, last)`` year of a
    multi-year plan ("giai đoạn 2026-2030"), whose ``plan_year`` is then None.
    """

    issuer: str | None = None
    issuer_span: Span | None = None
    number: DocumentNumber | None = None
    place: str | None = None
    place_span: Span | None = None
    issued: date | None = None
    issued_month: tuple[int, int] | None = None
    date_span: Span | None = None
    title: str | None = None
    title_span: Span | None = None
    plan_year: int | None = None
    citations: tuple[Citation, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    plan_period: tuple[int | None, int] | None = None

    def __str__(self) -> str:
        when = self.issued.isoformat() if self.issued else "?"
        return f"{self.number or '?'} {self.issuer or '?'} {self.place or '?'} {when} plan {self.plan_year or '?'}"


@dataclass(frozen=True, slots=True)
class BodyDeadline:
    """A deadline phrase found in the running text of the body, located in the file.

    ``deadline`` is what ``find_deadlines`` returned (its span is relative to ``text``'s
    paragraph); ``span`` is where the phrase stands in the file.
    """

    text: str
    span: Span
    section: str | None
    deadline: Deadline

    def __str__(self) -> str:
        return f"{self.section or '-'} {self.span} {self.text!r} {self.deadline.rule}"


ReportingKind = Literal["submission", "cutoff"]


@dataclass(frozen=True, slots=True)
class ReportingRule:
    """A reporting rule of the body: when reports are due, or which data window they cover.

    ``periods`` names the reporting periods ("quarter", "half", "year", …); a ``cutoff`` rule
    holds its data window as ``(first day, last day)`` and, when its label names one quarter, half,
    year or month, the window ND 09/2019 Art. 12 sets for it (``standard_cutoff``, domain.md §3.1);
    ``deadlines`` are the deadline phrases found in the sentence.

    Examples:
        >>> r = ReportingRule("cutoff", "Báo cáo Quý I/2022: …", Span(0, 5), ("quarter",),
        ...                   "Báo cáo Quý I/2022", (date(2021, 12, 15), date(2022, 3, 14)))
        >>> str(r)
        'cutoff quarter 2021-12-15..2022-03-14: Báo cáo Quý I/2022'
    """

    kind: ReportingKind
    text: str
    span: Span
    periods: tuple[str, ...]
    period_text: str | None = None
    cutoff: tuple[date, date] | None = None
    deadlines: tuple[Deadline, ...] = ()
    standard_cutoff: tuple[date, date] | None = None
    reporters: tuple[str, ...] = ()  # who reports: every subject of the sentence
    recipients: tuple[str, ...] = ()  # to whom ("gửi báo cáo về UBND tỉnh")
    via: tuple[str, ...] = ()  # through whom ("(qua Sở Nội vụ để tổng hợp)")
    task_id: str | None = None  # the body task that tracks it ("body:III.1")
    annex_tasks: tuple[str, ...] = ()  # annex rows "Báo cáo … định kỳ / Theo quy định" this rule gives the cycle of

    def __str__(self) -> str:
        window = f" {self.cutoff[0].isoformat()}..{self.cutoff[1].isoformat()}" if self.cutoff else ""
        label = self.period_text or " ".join(self.text.split())[:60]
        return f"{self.kind} {','.join(self.periods) or '-'}{window}: {label}"


@dataclass(frozen=True, slots=True)
class Plan:
    """A whole plan as read from one file.

    ``context`` is the ``PlanContext`` every phrase was parsed with (from the header, or the
    caller's explicit context). ``accounting`` says what every non-empty line of the appendix
    (or of the body's task section, for a plan without appendix) became; ``appendix_lines`` is
    that region as ``(first, last)`` 1-based lines; ``body_accounting`` says the same of every non-empty
    line of the body (a body task's text or label, a heading, or text that is no task, with the reason).
    ``cells`` says what every cell of every table of the file became (``CellUse``: its address, column
    role, task or fate). Every span is an offset into ``source.text``.
    """

    source: Source
    header: PlanHeader
    context: PlanContext
    layout: str
    sections: tuple[Section, ...]
    tasks: tuple[Task, ...]
    dependencies: tuple[Dependency, ...] = ()
    body_sections: tuple[Section, ...] = ()
    body_deadlines: tuple[BodyDeadline, ...] = ()
    body_targets_text: tuple[Cell, ...] = ()
    reporting: tuple[ReportingRule, ...] = ()
    targets: tuple[Target, ...] = ()
    accounting: tuple[LineUse, ...] = ()
    appendix_lines: tuple[int, int] | None = None
    body_accounting: tuple[LineUse, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    cells: tuple[CellUse, ...] = ()

    @property
    def doc_id(self) -> str:
        """The document's name, used in task refs and rendered diagnostics."""
        return self.source.doc_id

    @property
    def issuer(self) -> str | None:
        """The issuing body: "UBND tỉnh Khánh Hòa"."""
        return self.context.issuer

    @property
    def number(self) -> str | None:
        """The document number and code as written: "4034/QĐ-UBND" ("/QĐ-KKT" when blank)."""
        return str(self.header.number) if self.header.number else None

    @property
    def doc_type(self) -> str | None:
        """The document type abbreviation from the number's code: "QĐ", "KH"."""
        return self.header.number.doc_type if self.header.number else None

    @property
    def issued(self) -> date | None:
        """The issue date, when the day is known."""
        return self.context.issued

    @property
    def issued_month(self) -> tuple[int, int] | None:
        """``(year, month)`` of the issue date, also when the day is left blank."""
        if self.context.issued is not None:
            return (self.context.issued.year, self.context.issued.month)
        return self.header.issued_month

    @property
    def plan_year(self) -> int | None:
        """The year the plan is for: "… NĂM 2018" gives 2018."""
        return self.context.plan_year

    @property
    def place(self) -> str | None:
        """The place of the place-and-date line: "Khánh Hòa"."""
        return self.header.place

    @property
    def title(self) -> str | None:
        """The plan's title as written, with line breaks collapsed."""
        return self.header.title

    def task(self, task_id: str) -> Task:
        """The task with this id; ``KeyError`` when there is none."""
        for task in self.tasks:
            if task.id == task_id:
                return task
        raise KeyError(task_id)

    def render_diagnostics(self) -> str:
        """Every diagnostic rendered with its file, line, column and a caret line."""
        return "\n".join(render(d, self.source) for d in self.diagnostics)

    def __str__(self) -> str:
        return (f"{self.doc_id}: {self.number or '?'} {self.issuer or '?'} issued "
                f"{self.issued.isoformat() if self.issued else '?'} plan {self.plan_year or '?'}, "
                f"{len(self.tasks)} tasks ({self.layout})")
