"""Status reports as the Word report an office sends (python-docx): "Báo cáo kết quả thực hiện Kế hoạch …".

One report per plan (a page break between plans), laid out as administrative documents are
(Decree 30/2020/NĐ-CP, Appendix I): A4, margins 20 mm top and bottom, 30 mm left, 15 mm right,
Times New Roman 14 pt for the text and 13 pt in tables. In order:

1. the title block: the plan's issuer and the report's number left blank for the office ("Số:   /BC-UBND"),
   beside the national motto, the place and the as-of date;
2. the title "BÁO CÁO" and its subject: "Kết quả thực hiện Kế hoạch số … của … quý II năm 2022";
3. I. the summary: tasks per status, with their share;
4. II. the overdue and due-soon tasks, one table per lead agency;
5. III. the targets and their verdicts;
6. IV. the tasks waiting on an event;
7. a closing line saying the figures were computed by reformrules on the as-of date given;
8. an appendix: every task of the plan with its status, due date and lead agency.

The reporting period named in the subject is the quarter of the as-of date, or the quarter before
it when the as-of date falls in a quarter's first 20 days (reports on a quarter are sent by the
20th of the month after it, Decree 09/2019/NĐ-CP Art. 12; docs/decisions.md); the subject also says
the as-of date. Everything is in the report's language (Vietnamese by default).

Needs python-docx (``pip install "reformrules[reports]"``), imported when :func:`to_docx` is called.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from ..i18n import N_, Translator
from ..tracker.model import STATUS_ORDER, StatusReport, TaskReport, TaskStatus
from .wording import heading, short_name, status_label, tr, verdict_label

FONT = "Times New Roman"
TEXT_SIZE, TABLE_SIZE = 14, 13
ROMAN = ("I", "II", "III", "IV")
NAME_LIMIT = 160


def _docx() -> Any:
    try:
        import docx
    except ImportError:
        raise ImportError('the DOCX export needs python-docx: pip install "reformrules[reports]" '
                          "(or pip install python-docx)") from None
    return docx


def reporting_period(as_of: date, t: Translator) -> str:
    """'quý II năm 2022': the quarter of ``as_of``, or the one before in a quarter's first 20 days.

    Examples:
        >>> from reformrules.i18n import translator
        >>> reporting_period(date(2022, 7, 1), translator()), reporting_period(date(2022, 8, 15), translator("en"))
        ('quý II năm 2022', 'quarter III of 2022')
    """
    day = as_of - timedelta(days=20)
    quarter_start = date(as_of.year, 3 * ((as_of.month - 1) // 3) + 1, 1)
    chosen = day if day < quarter_start else as_of
    quarter = (chosen.month - 1) // 3 + 1
    return t.message("quarter {roman} of {year}", roman=ROMAN[quarter - 1], year=chosen.year)


# The kind of document a plan's number names, by its type code ("12/QĐ-UBND": a decision), with an English gloss.
DOCUMENT_KINDS = {
    "QĐ": N_("the Decision"),  # Quyết định
    "NQ": N_("the Resolution"),  # Nghị quyết
    "CT": N_("the Directive"),  # Chỉ thị
}


def plan_reference(number: str | None, t: Translator) -> str:
    """How the report names the plan: "Kế hoạch số 153/KH-UBND", or the decision that issued it.

    Examples:
        >>> from reformrules.i18n import translator
        >>> plan_reference("153/KH-UBND", translator()), plan_reference("12/QĐ-UBND", translator())
        ('Kế hoạch số 153/KH-UBND', 'Kế hoạch ban hành kèm theo Quyết định số 12/QĐ-UBND')
    """
    if not number:
        return t.gettext(N_("the Plan"))
    code = number.split("/", 1)[1].split("-", 1)[0].upper() if "/" in number else ""
    kind = DOCUMENT_KINDS.get(code.replace("Đ", "Đ"))
    if kind is None:
        return t.message("Plan No. {number}", number=number)
    return t.message("the Plan issued with {kind} No. {number}", kind=t.gettext(kind), number=number)


class _Writer:
    """Paragraphs and tables in the administrative style."""

    def __init__(self, document: Any):
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml.ns import qn
        from docx.shared import Pt

        self.document, self.Pt, self.qn = document, Pt, qn
        self.CENTER, self.JUSTIFY, self.LEFT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT
        self.TABLE_CENTER = WD_TABLE_ALIGNMENT.CENTER

    def font(self, run: Any, size: int, bold: bool = False, italic: bool = False) -> None:
        run.font.name = FONT
        run.font.size = self.Pt(size)
        run.font.bold, run.font.italic = bold, italic
        fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(self.qn(attribute), FONT)

    def paragraph(self, text: str, *, size: int = TEXT_SIZE, bold: bool = False, italic: bool = False,
                  align: Any = None, container: Any = None, space_after: int = 6) -> Any:
        paragraph = (container or self.document).add_paragraph()
        paragraph.alignment = self.JUSTIFY if align is None else align
        paragraph.paragraph_format.space_after = self.Pt(space_after)
        self.font(paragraph.add_run(text), size, bold, italic)
        return paragraph

    def table(self, headings: list[str], rows: list[list[str]], widths: list[float]) -> Any:
        from docx.shared import Cm

        table = self.document.add_table(rows=1, cols=len(headings))
        table.style = "Table Grid"
        table.alignment = self.TABLE_CENTER
        table.autofit = False
        for cell, text in zip(table.rows[0].cells, headings):
            cell.paragraphs[0].alignment = self.CENTER
            self.font(cell.paragraphs[0].add_run(text), TABLE_SIZE, bold=True)
        for values in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, values):
                self.font(cell.paragraphs[0].add_run(text), TABLE_SIZE)
        fit(table, [Cm(w) for w in widths])
        header = table.rows[0]._tr.get_or_add_trPr()  # the heading row repeats on every page
        from docx.oxml import OxmlElement

        repeat = OxmlElement("w:tblHeader")
        repeat.set(self.qn("w:val"), "true")
        header.append(repeat)
        self.document.add_paragraph()
        return table


def fit(table: Any, widths: list[Any]) -> None:
    """Column widths that Word and LibreOffice both keep (the grid and every cell)."""
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width


def _title_block(w: _Writer, report: StatusReport, t: Translator) -> None:
    from docx.shared import Cm

    table = w.document.add_table(rows=1, cols=2)
    table.autofit = False
    fit(table, [Cm(6.2), Cm(10.3)])
    left, right = table.rows[0].cells
    issuer = (report.plan.issuer or "").upper()
    w.paragraph(issuer or " ", size=13, bold=True, align=w.CENTER, container=left, space_after=6)
    number = report.plan.number or ""
    agency_code = number.rsplit("-", 1)[1] if "-" in number else ""
    w.paragraph(t.message("No.: {blank}/BC-{code}", blank="\u2003" * 3, code=agency_code) if agency_code else " ",
                size=13, align=w.CENTER, container=left, space_after=0)
    w.paragraph(t.gettext(N_("SOCIALIST REPUBLIC OF VIETNAM")), size=12, bold=True, align=w.CENTER, container=right,
                space_after=0)
    w.paragraph(t.gettext(N_("Independence - Freedom - Happiness")), size=13, bold=True, align=w.CENTER,
                container=right, space_after=6)
    place = f"{report.plan.place}, " if report.plan.place else ""
    w.paragraph(place + t.message("{day}/{month}/{year}", day=f"{report.as_of.day:02d}", month=report.as_of.month,
                                  year=report.as_of.year),
                size=14, italic=True, align=w.CENTER, container=right, space_after=0)
    for cell in (left, right):
        paragraph = cell.paragraphs[0]
        if not paragraph.text:
            paragraph._element.getparent().remove(paragraph._element)


def _summary(w: _Writer, report: StatusReport, t: Translator) -> None:
    total = len(report.tasks)
    w.paragraph(t.gettext(N_("I. OVERALL RESULTS")), bold=True)
    w.paragraph(t.message("The plan has {n} tasks; their status on {day} is as follows.", n=total,
                          day=t.day(report.as_of)))
    rows = [[status_label(s, t), str(n), f"{100 * n / total:.1f}%".replace(".", "," if t.lang == "vi" else ".")]
            for s, n in report.counts]
    rows.append([t.gettext(N_("Total")), str(total), "100%"])
    w.table([heading("status", t), heading("tasks", t), t.gettext(N_("Share"))], rows, [8.0, 4.0, 4.0])


def _by_agency(tasks: tuple[TaskReport, ...], t: Translator) -> dict[str, list[TaskReport]]:
    lanes: dict[str, list[TaskReport]] = {}
    for task in tasks:
        for lead in task.leads or (t.gettext(N_("(no lead agency named)")),):
            lanes.setdefault(lead, []).append(task)
    return dict(sorted(lanes.items()))


def _urgent(w: _Writer, report: StatusReport, t: Translator) -> None:
    w.paragraph(t.gettext(N_("II. OVERDUE AND DUE-SOON TASKS")), bold=True)
    urgent = report.with_status(TaskStatus.OVERDUE, TaskStatus.DUE_SOON)
    if not urgent:
        w.paragraph(t.gettext(N_("No task is overdue or due soon.")))
        return
    for number, (lead, tasks) in enumerate(_by_agency(urgent, t).items(), start=1):
        w.paragraph(f"{number}. {lead} ({len(tasks)})", bold=True, italic=True)
        rows = [[task.id, short_name(task.content, NAME_LIMIT), status_label(task.status, t), t.day(task.due),
                 task.deadline_text, "" if task.working_days is None else str(task.working_days)] for task in tasks]
        w.table([heading("id", t), heading("name", t), heading("status", t), heading("due", t),
                 heading("deadline_text", t), t.gettext(N_("WD"))], rows, [1.3, 6.1, 2.0, 2.7, 2.6, 1.8])


def _targets(w: _Writer, report: StatusReport, t: Translator) -> None:
    w.paragraph(t.gettext(N_("III. TARGETS")), bold=True)
    if not report.targets:
        w.paragraph(t.gettext(N_("No target was evaluated (pass actuals to judge the plan's targets).")))
        return
    rows = [[g.id, short_name(g.subject, NAME_LIMIT), g.target, "" if g.actual is None else format(g.actual, "f"),
             verdict_label(g.status, t)] for g in report.targets]
    w.table([heading("id", t), heading("subject", t), heading("target", t), heading("actual", t),
             heading("verdict", t)], rows, [1.6, 7.4, 2.6, 2.2, 3.2])


def _waiting(w: _Writer, report: StatusReport, t: Translator) -> None:
    w.paragraph(t.gettext(N_("IV. TASKS WAITING ON AN EVENT")), bold=True)
    waiting = report.with_status(TaskStatus.WAITING)
    if not waiting:
        w.paragraph(t.gettext(N_("No task waits on an event.")))
        return
    rows = [[task.id, short_name(task.content, NAME_LIMIT), "; ".join(task.waits_on or task.blocked_by),
             task.lead or t.gettext(N_("(no lead agency named)"))] for task in waiting]
    w.table([heading("id", t), heading("name", t), heading("waits_on", t), heading("lead", t)], rows,
            [1.4, 7.0, 4.6, 4.0])


def _appendix(w: _Writer, report: StatusReport, t: Translator) -> None:
    from docx.enum.text import WD_BREAK

    w.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    w.paragraph(t.gettext(N_("APPENDIX: EVERY TASK OF THE PLAN")), bold=True, align=w.CENTER)
    rows = [[task.id, short_name(task.content, NAME_LIMIT), status_label(task.status, t), t.day(task.due),
             task.lead or t.gettext(N_("(no lead agency named)"))] for task in report.tasks]
    w.table([heading("id", t), heading("name", t), heading("status", t), heading("due", t), heading("lead", t)], rows,
            [1.3, 7.2, 2.4, 2.6, 3.0])


def _report(w: _Writer, report: StatusReport, t: Translator) -> None:
    _title_block(w, report, t)
    w.paragraph("")
    w.paragraph(t.gettext(N_("REPORT")), bold=True, align=w.CENTER, space_after=0)
    plan = report.plan
    subject = t.message("Results of carrying out {plan} of {issuer}, {period}", plan=plan_reference(plan.number, t),
                        issuer=plan.issuer or "?", period=reporting_period(report.as_of, t))
    w.paragraph(subject, bold=True, align=w.CENTER, space_after=0)
    w.paragraph(t.message("(figures as of {day})", day=t.day(report.as_of)), italic=True, align=w.CENTER)
    if plan.title:
        w.paragraph(plan.title, italic=True, align=w.CENTER)
    _summary(w, report, t)
    _urgent(w, report, t)
    _targets(w, report, t)
    _waiting(w, report, t)
    w.paragraph(t.gettext(N_("Made by reformrules from the plan text, the progress input and the as-of date given; "
                             "no date was read from a clock.")), size=12, italic=True)
    if report.tasks:
        _appendix(w, report, t)


def to_docx(reports: StatusReport | Iterable[StatusReport], *, lang: str | Translator | None = None) -> bytes:
    """The reports as the bytes of a .docx document (one report per plan).

    Raises:
        ImportError: python-docx is not installed.
    """
    docx = _docx()
    from docx.enum.text import WD_BREAK
    from docx.shared import Mm, Pt

    t = tr(lang)
    items = [reports] if isinstance(reports, StatusReport) else list(reports)
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(TEXT_SIZE)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", FONT)
    document.core_properties.title = t.gettext(N_("Status report"))
    writer = _Writer(document)
    for number, report in enumerate(items):
        if number:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _report(writer, report, t)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
