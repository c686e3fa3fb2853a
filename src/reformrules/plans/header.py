"""The plan's header: issuer, number and code, place and date, title and plan year.

Read as Nghị định 30/2020/NĐ-CP lays a document out (docs/domain.md §5, [V]): the issuing body
at the top left, "Số: 4034/QĐ-UBND" under it, "Khánh Hòa, ngày 29 tháng 12 năm 2017" at the top
right, then the type and title. Exports often lose the top (seeds 003 and 004 have neither the
number nor the date line), so the plan's own pointer to its decision, "(Ban hành kèm theo Quyết
định số … ngày … của …)", is read as well: it fills what the top lacks, and any disagreement
between the two is reported (seed 004: the decision is 12/QĐ-UBND, its appendix says 112).

Nothing is guessed: a blank day ("ngày tháng 01 năm 2022") leaves the date unknown, keeps the
month in ``issued_month`` and says so with ``plan.partial_date``.

Examples:
    >>> h = read_header(Source("000", "Số: 4034/QĐ-UBND\\nKhánh Hòa, ngày 29 tháng 12 năm 2017\\n"
    ...                                "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH TỈNH KHÁNH HÒA NĂM 2018"))
    >>> str(h.number), h.place, h.issued, h.plan_year
    ('4034/QĐ-UBND', 'Khánh Hòa', datetime.date(2017, 12, 29), 2018)
"""

from __future__ import annotations

import re
from datetime import date

from ..diagnostics import Code, Diagnostic, info, warning
from ..source import Source, Span
from ..text.fold import fold
from . import patterns
from .cells import folded_source
from ..document import Document
from .letterhead import Letterhead, read_letterhead, read_title
from .model import Citation, DocumentNumber, PlanHeader
from .vocabulary import ISSUER_ABBREVIATIONS

_HEADER_LINES = 45  # the number and the place-and-date line sit in the first lines
_TITLE_LINES = 90


def _date_from(match: re.Match[str], first_group: int) -> tuple[int | None, int | None, int | None]:
    day, month, year = (match.group(first_group + i) for i in range(3))
    return (int(day) if day else None, int(month) if month else None, int(year) if year else None)


def _build_date(day: int | None, month: int | None, year: int | None) -> tuple[date | None, tuple[int, int] | None, bool]:
    """``(date, (year, month), valid)`` from parts; the date only when all three are known and valid."""
    if month is None or year is None or not 1 <= month <= 12:
        return None, None, month is None or year is None
    if day is None:
        return None, (year, month), True
    try:
        return date(year, month, day), (year, month), True
    except ValueError:
        return None, (year, month), False


def _line_spans(source: Source, limit: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the first ``limit`` lines."""
    return [source.line_span(n) for n in range(1, min(limit, len(source.lines)) + 1)]


def canonical_issuer(written: str) -> str | None:
    """The issuer as plans name it in running text: "UBND tỉnh Khánh Hòa".

    "Ủy ban nhân dân" becomes "UBND" (domain.md §5); an issuer written in capitals keeps the
    unit kind in lower case and the name in title case. A body in capitals that is not a
    People's Committee or Council is returned as written (its casing cannot be restored).

    Examples:
        >>> canonical_issuer("ỦY BAN NHÂN DÂN\\nTỈNH KHÁNH HÒA")
        'UBND tỉnh Khánh Hòa'
        >>> canonical_issuer("Ủy\\nban nhân dân tỉnh Khánh Hòa")
        'UBND tỉnh Khánh Hòa'
        >>> canonical_issuer("Ban Quản lý Khu kinh tế Vân Phong")
        'Ban Quản lý Khu kinh tế Vân Phong'
    """
    text = " ".join(written.replace("*", " ").split()).strip(" ,;.")
    if not text:
        return None
    folded = fold(text)
    body = patterns.ISSUER_BODY.match(folded)
    if body is None:
        return text
    abbr = next(a for full, a, _ in ISSUER_ABBREVIATIONS
                if " ".join(body.group(1).split()) in (full, a.lower()))
    rest = text[body.end():].strip()
    if rest and rest.upper() == rest:
        kind = patterns.UNIT_KIND.match(fold(rest))
        if kind:
            name = rest[kind.end():].split()
            rest = " ".join([fold(rest[:kind.end()]).strip()] + [w[:1] + w[1:].lower() for w in name])
        else:
            rest = " ".join(w[:1] + w[1:].lower() for w in rest.split())
    return f"{abbr} {rest}".strip()


def _issuer_block(source: Source, folded_lines: list[str], spans: list[tuple[int, int]]) -> tuple[str, Span] | None:
    """The capitals above the rule line or national title at the top: "ỦY BAN NHÂN DÂN / TỈNH …"."""
    for index, folded in enumerate(folded_lines[:20]):
        if patterns.RULE_LINE.fullmatch(folded) or patterns.MOTTO_LINE.match(folded) \
                or patterns.NUMBER_LINE.match(folded):
            first = index
            while first > 0:
                raw = source.text[spans[first - 1][0]:spans[first - 1][1]].strip()
                if not raw or raw == "|" or raw.upper() != raw or not any(c.isalpha() for c in raw):
                    break
                first -= 1
            if first < index:
                span = Span(spans[first][0], spans[index - 1][1])
                return span.slice(source.text), span
            return None
    return None


def _decision_issuer(source: Source, folded_lines: list[str], spans: list[tuple[int, int]],
                     skip_before: int) -> tuple[str, Span] | None:
    """A line in capitals that names a People's Committee/Council: "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA"."""
    for index in range(skip_before, min(len(folded_lines), _HEADER_LINES)):
        raw = source.text[spans[index][0]:spans[index][1]]
        body = patterns.ISSUER_BODY.match(folded_lines[index])
        if body and raw.strip() and raw.upper() == raw and len(raw.split()) > 4:
            start, end = spans[index]
            while start < end and raw[start - spans[index][0]].isspace():
                start += 1
            return source.text[start:end].strip(), Span(start, start + len(source.text[start:end].strip()))
    return None


def _citations(source: Source, folded: str) -> list[Citation]:
    found = []
    for match in patterns.CITATION.finditer(folded):
        number = DocumentNumber(source.text[match.start(1):match.end(1)], source.text[match.start(2):match.end(2)],
                                Span(match.start(1) if match.group(1) else match.start(2) - 1, match.end(2)))
        issued, month, _ = _build_date(*_date_from(match, 3))
        issuer = canonical_issuer(source.text[match.start(6):match.end(6)]) if match.group(6) else None
        found.append(Citation(number, issued, month, issuer, Span(match.start(), match.end())))
    return found


def read_header(source: Source, document: Document | None = None) -> PlanHeader:
    """Read the header of a plan's text. Never raises; what is missing is a diagnostic.

    Examples:
        >>> h = read_header(Source("001", "Số: /QĐ-KKT\\nKhánh Hoà, ngày tháng 01 năm 2022\\nKẾ HOẠCH"))
        >>> str(h.number), h.issued, h.issued_month, [d.code.value for d in h.diagnostics]
        ('/QĐ-KKT', None, (2022, 1), ['plan.missing_header', 'plan.partial_date', 'plan.missing_header', 'plan.missing_header'])
    """
    text = source.text
    folded = folded_source(source)
    letterhead = read_letterhead(document) if document is not None else Letterhead()
    head = letterhead.header  # the fields the letterhead table gives: they come first
    skip = source.line_col(letterhead.end)[0] - 1 if letterhead.end and head.number else 0
    spans = _line_spans(source, _TITLE_LINES + skip)
    folded_lines = [folded[a:b] for a, b in spans]
    notes: list[Diagnostic] = []

    number: DocumentNumber | None = None
    place = place_span = date_span = None
    issued: date | None = None
    issued_month: tuple[int, int] | None = None
    number_line = date_line = -1
    if head.number is not None:
        number, number_line = head.number, 0
    if head.date_span is not None:
        place, place_span, date_span = head.place, head.place_span, head.date_span
        issued, issued_month, date_line = head.issued, head.issued_month, 0
    for index, line in enumerate(folded_lines[:_HEADER_LINES + skip]):
        start = spans[index][0]
        if number is None and (m := patterns.NUMBER_LINE.match(line)):
            number = DocumentNumber(text[start + m.start(1):start + m.end(1)],
                                    text[start + m.start(2):start + m.end(2)],
                                    Span(start + (m.start(1) if m.group(1) else m.start(2) - 1), start + m.end(2)))
            number_line = index
        if place is None and (m := patterns.PLACE_DATE_LINE.match(line)) \
                and not patterns.CITATION_LINE.match(line):
            place = text[start + m.start(1):start + m.end(1)].strip()
            place_span = Span(start + m.start(1), start + m.start(1) + len(place))
            date_span = Span(start + m.start(1), start + m.end())
            issued, issued_month, valid = _build_date(*_date_from(m, 2))
            if not valid:
                notes.append(warning(Code.PLAN_MISSING_HEADER, "the issue date does not exist", date_span,
                                     field="issued"))
            date_line = index

    citations = _citations(source, folded)
    if number is not None and not number.number:
        notes.append(warning(Code.PLAN_MISSING_HEADER, f"the document number is left blank ({number})",
                             number.span, field="number"))
    from_citation = next((c for c in citations if c.number is not None), None)
    if number is None:
        if from_citation is not None:
            number = from_citation.number
            notes.append(info(Code.PLAN_MISSING_HEADER, "no 'Số: …' line; the number comes from the "
                              "'(kèm theo …)' line", from_citation.span, field="number"))
        else:
            notes.append(warning(Code.PLAN_MISSING_HEADER, "no document number ('Số: …') found", None,
                                 field="number"))
    if date_line < 0:
        dated = next((c for c in citations if c.issued or c.issued_month), None)
        if dated is not None:
            issued, issued_month, date_span = dated.issued, dated.issued_month, dated.span
            notes.append(info(Code.PLAN_MISSING_HEADER, "no place-and-date line; the issue date comes from the "
                              "'(kèm theo …)' line and the place is unknown", dated.span, field="place"))
        else:
            notes.append(warning(Code.PLAN_MISSING_HEADER, "no place-and-date line ('…, ngày … tháng … năm …') "
                                 "found; the issue date is unknown", None, field="issued"))
    if issued is None and issued_month is not None:
        notes.append(warning(Code.PLAN_PARTIAL_DATE, f"the issue date is known to the month only "
                             f"({issued_month[1]:02d}/{issued_month[0]}): the day is left blank", date_span,
                             year=issued_month[0], month=issued_month[1]))

    for citation in citations:
        if number is not None and citation.number is not None and citation.number is not number \
                and (citation.number.number, fold(citation.number.code)) != (number.number, fold(number.code)):
            notes.append(warning(Code.PLAN_NUMBER_MISMATCH, f"the plan is issued by {number}, but this line "
                                 f"quotes {citation.number}", citation.number.span,
                                 expected=str(number), found=str(citation.number)))
        if issued is not None and citation.issued is not None and citation.issued != issued:
            notes.append(warning(Code.PLAN_DATE_MISMATCH, f"the plan is dated {issued.isoformat()}, but this "
                                 f"line quotes {citation.issued.isoformat()}", citation.span))

    issuer_found = (head.issuer, head.issuer_span) if head.issuer else \
        _issuer_block(source, folded_lines, spans)
    issuer = canonical_issuer(issuer_found[0]) if issuer_found else None
    issuer_span = issuer_found[1] if issuer_found else None
    if issuer is None or (issuer_found and issuer == " ".join(issuer_found[0].split())
                          and issuer.upper() == issuer):
        decision = _decision_issuer(source, folded_lines, spans, max(number_line, date_line, 0))
        cited = next((c for c in citations if c.issuer), None)
        if decision is not None:
            issuer, issuer_span = canonical_issuer(decision[0]), decision[1]
        elif cited is not None:
            issuer, issuer_span = cited.issuer, cited.span
    if issuer is None:
        notes.append(warning(Code.PLAN_MISSING_HEADER, "no issuing body found", None, field="issuer"))

    title = title_span = None
    plan_year = None
    for match in patterns.TITLE.finditer(folded, 0, spans[-1][1] if spans else 0):
        line_start = folded.rfind("\n", 0, match.start()) + 1
        if patterns.CITATION_LINE.match(folded, line_start) or text[max(0, match.start() - 12):match.start()] \
                .rstrip().lower().endswith(("kèm theo", "theo")):
            continue
        title_span = Span(match.start(), match.end())
        title = " ".join(title_span.slice(text).replace("*", " ").split())
        plan_year = int(match.group(1))
        break
    period = None
    if title is None and document is not None:
        found_title = read_title(document, letterhead.end)
        if found_title is not None:
            title, title_span, plan_year, period = (found_title.text, found_title.span, found_title.plan_year,
                                                    found_title.period)
            if period is not None and period[0] is None:
                period = ((issued or (date(issued_month[0], issued_month[1], 1) if issued_month else None)).year
                          if (issued or issued_month) else None, period[1])
    if plan_year is None and period is None:
        notes.append(warning(Code.PLAN_MISSING_HEADER, "no plan year: no title such as 'Kế hoạch cải cách hành "
                             "chính … năm 2022' found", None, field="plan_year"))
    return PlanHeader(issuer=issuer, issuer_span=issuer_span, number=number, place=place, place_span=place_span,
                      issued=issued, issued_month=issued_month, date_span=date_span, title=title,
                      title_span=title_span, plan_year=plan_year, citations=tuple(citations),
                      diagnostics=tuple(notes), plan_period=period)
