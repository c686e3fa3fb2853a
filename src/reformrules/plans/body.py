"""The body of a plan: its paragraphs and sections, and what they say about deadlines, targets and reports.

The body runs from the first section heading "I." to the appendix (or the end of the file).
Paragraphs are rebuilt from the lines: an exported body is either one paragraph per line (seeds
001-004) or wrapped at a fixed width (seed 000), where a line continues the paragraph above unless
it starts an item ("1.", "a)", "-") or the line above ended a sentence.

- ``body_deadlines``: every deadline phrase ``find_deadlines`` recognises in the body.
- ``target_sentences``: sentences holding a percentage, the raw text for the
  target parser ("đạt tối thiểu 78%", "giảm xuống dưới 5%", "từ 95% -100%").
- ``reporting_rules``: sentences about periodic reports, with their periods and deadline phrases,
  and the data cut-off windows (seed 002 §III; ND 09/2019 Art. 12, domain.md §3).

Examples:
    >>> from reformrules.source import Source
    >>> src = Source("b.txt", "I. MỤC TIÊU\\n1. Tỷ lệ hài lòng đạt tối thiểu 78%.\\nII. NHIỆM VỤ\\nTheo phụ lục.")
    >>> [str(s) for s in body_sections(src, (1, 4))]
    ['I. MỤC TIÊU', 'II. NHIỆM VỤ']
    >>> [c.text for c in target_sentences(src, paragraphs(src, (1, 4)))]
    ['Tỷ lệ hài lòng đạt tối thiểu 78%.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal, Sequence

from ..context import PlanContext
from ..deadlines import Within, find_deadlines, parse_deadline, reporting_cutoff
from ..deadlines.model import walk
from ..deadlines.words import compiled
from ..diagnostics import Code, Diagnostic, info
from ..lexicon import packaged
from ..refs import is_roman, roman_to_int
from ..source import Source, SourceMap, Span
from ..targets.grammar import MAY_HOLD_A_GOAL
from ..text.fold import fold
from . import patterns
from .cells import folded_line, folded_source
from .model import BodyDeadline, Cell, ReportingRule, Section
from .vocabulary import REPORT_PERIODS

ParagraphKind = Literal["section", "numbered", "lettered", "bullet", "text"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the body: its lines, its span in the file, its kind and its marker."""

    first_line: int
    last_line: int
    span: Span
    kind: ParagraphKind
    marker: str  # "II", "1", "a", "-" or ""
    body_start: int  # where the text after the marker starts (an offset into the file)

    def text(self, source: Source) -> str:
        """The paragraph as written, line breaks kept."""
        return self.span.slice(source.text)


# A Roman heading whose title is on the next line ("**I.\nĐÁNH GIÁ TÌNH HÌNH THIỆT HẠI**", hard-wrapped exports),
# and a numbered one ("**1.\nSở Công Thương:**").
_BARE_SECTION = re.compile(r"[\s*]*([ivx]{1,5})\s*\.[\s*]*$")
_BARE_NUMBERED = re.compile(r"[\s*]*(\d{1,2})\s*\.[\s*]*$")


@lru_cache(maxsize=4096)
def _kind(folded_line: str) -> tuple[ParagraphKind, str, int]:
    """The kind of paragraph a line opens, its marker and where the text after the marker starts
    (cached by line: the body's start, its sections and its paragraphs each ask it of every line)."""
    bare = _BARE_SECTION.match(folded_line)
    if bare and is_roman(bare.group(1).upper()):
        return "section", bare.group(1).upper(), len(folded_line)
    bare = _BARE_NUMBERED.match(folded_line)
    if bare:
        return "numbered", bare.group(1), len(folded_line)
    for kind, pattern in (("section", patterns.BODY_SECTION), ("numbered", patterns.BODY_NUMBERED),
                          ("lettered", patterns.BODY_LETTERED)):
        match = pattern.match(folded_line)
        if match and (kind != "section" or is_roman(match.group(1).upper())):
            return kind, match.group(1).upper() if kind == "section" else match.group(1), match.end() - 1
    bullet = patterns.BODY_BULLET.match(folded_line)
    if bullet:
        return "bullet", "-", bullet.end() - 1
    return "text", "", len(folded_line) - len(folded_line.lstrip(" *"))


def paragraphs(source: Source, region: tuple[int, int]) -> tuple[Paragraph, ...]:
    """The paragraphs of lines ``region`` (1-based, inclusive).

    Examples:
        >>> src = Source("p", "1. Cải thiện môi trường\\nkinh doanh.\\nToàn bộ hồ sơ\\n\\na) Việc")
        >>> [(p.kind, p.first_line, p.last_line) for p in paragraphs(src, (1, 5))]
        [('numbered', 1, 2), ('text', 3, 3), ('lettered', 5, 5)]
    """
    found: list[Paragraph] = []
    open_: list = []  # [first_line, last_line, kind, marker, body_start, start]

    def close() -> None:
        if open_:
            first, last, kind, marker, body_start, start = open_
            end = source.offset(last, 1) + len(source.line_text(last).rstrip())
            found.append(Paragraph(first, last, Span(start, end), kind, marker, body_start))
            open_.clear()

    previous = ""
    for number in range(region[0], region[1] + 1):
        line = source.line_text(number)
        if not line.strip():
            close()
            previous = ""
            continue
        kind, marker, after = _kind(folded_line(source, number))
        stripped = line.strip().lstrip("*").strip()
        starts_upper = stripped[:1].isupper() or stripped[:1].isdigit() or stripped[:1] in "(\"“"
        bare_marker = bool(open_) and open_[0] == open_[1] and open_[2] == "numbered" \
            and _BARE_NUMBERED.match(folded_line(source, open_[0])) is not None
        continues = open_ and kind == "text" and (bare_marker or not (
            previous.rstrip("*").rstrip()[-1:] in (".", ":", ";", "!", "?") and starts_upper)
            and not (open_[2] == "section" and starts_upper))
        if continues:
            open_[1] = number
        else:
            close()
            start = source.offset(number, 1) + len(line) - len(line.lstrip())
            body_start = source.offset(number, 1) + after
            while body_start < len(source.text) and source.text[body_start] in " \t*":
                body_start += 1
            open_.extend([number, number, kind, marker, body_start, start])
        previous = line
    close()
    return tuple(found)


def body_sections(source: Source, region: tuple[int, int]) -> tuple[Section, ...]:
    """The body's Roman-numbered headings, in sequence (I, II, III …: a numeral out of sequence is
    text, except that a part numbered like the one before it, "IV." twice, is a part too; the
    tasks of the second take ids marked "'" as any repeated id: "body:IV.1.a'").

    The title is the heading's text after the numeral: its first line, and the lines an emphasis
    opened on it runs over ("**III. NỘI\\nDUNG, NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM**": a hard wrap inside
    the bold heading), hard wraps joined by a space.

    Examples:
        >>> src = Source("w.md", "**I. MỤC\\nĐÍCH, YÊU CẦU**\\n\\nText.\\n\\n**II.\\nNHIỆM VỤ**\\n")
        >>> [s.title for s in body_sections(src, (1, 7))]
        ['MỤC ĐÍCH, YÊU CẦU', 'NHIỆM VỤ']
    """
    found = []
    expected = 1
    for number in range(region[0], region[1] + 1):
        line = source.line_text(number)
        kind, marker, after = _kind(folded_line(source, number))
        if kind == "section" and roman_to_int(marker) == expected - 1 and expected > 2:
            expected -= 1  # "IV." twice (a typing slip, corpus cantho_153, daklak_0129): both are parts
        if kind == "section" and roman_to_int(marker) == expected:
            start = source.offset(number, 1)
            title = section_title(source, number, after, region[1])
            found.append(Section(marker, title, Span(start + len(line) - len(line.lstrip()), start + len(line.rstrip()))))
            expected += 1
    return tuple(found)


def section_title(source: Source, number: int, after: int, last: int) -> str:
    """A Roman heading's title from line ``number`` on (``after``: where the text after the numeral starts)."""
    line = source.line_text(number)
    pieces = [line[after:]]
    if not line[after:].strip(" *") and number < last:  # "**I.\nĐÁNH GIÁ …**": the title is the next line
        number += 1
        pieces = [source.line_text(number)]
    # an emphasis the heading opened and did not close runs over the next lines (at most three, no blank line)
    open_marks = line.count("**") % 2 == 1 and (len(pieces) == 1 or pieces[0].count("**") % 2 == 0)
    while open_marks and number < last and len(pieces) < 4:
        number += 1
        following = source.line_text(number)
        if not following.strip():
            break
        pieces.append(following)
        open_marks = "**" not in following
    return " ".join(" ".join(pieces).replace("*", " ").split())


def find_body_start(source: Source, limit_line: int) -> int | None:
    """The line of the body's first heading "I." (before ``limit_line``), or None."""
    for number in range(1, limit_line + 1):
        kind, marker, _ = _kind(folded_line(source, number))
        if kind == "section" and marker == "I":
            return number
    return None


def _sentences(source: Source, paragraph: Paragraph, ends: re.Pattern = patterns.SENTENCE_END
               ) -> list[tuple[int, int]]:
    """``(start, end)`` file offsets of the sentences and ";"-clauses of a paragraph (the sentences
    alone with ``ends=patterns.FULL_STOP``), marker excluded."""
    text = source.text
    start, end = paragraph.body_start, paragraph.span.end
    out = []
    cursor = start
    for match in ends.finditer(text, start, end):
        out.append((cursor, match.start()))
        cursor = match.end()
    out.append((cursor, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def section_of(sections: Sequence[Section], offset: int) -> str | None:
    """The number of the body section an offset falls in."""
    current = None
    for section in sections:
        if section.span is not None and section.span.start <= offset:
            current = section.number
    return current


def target_sentences(source: Source, paras: Sequence[Paragraph]) -> tuple[Cell, ...]:
    """Every sentence of the body that may hold a goal (a number, a percentage, or a goal in words
    such as "Toàn bộ hồ sơ … được …"), as a cell located in the file. A sentence is kept whole, its
    ";"-clauses together: a sentence-opening "Hằng năm," is the baseline of each clause's change and a
    report opener ("toàn tỉnh ghi nhận …") makes every clause a result (docs/targets.md)."""
    found = []
    for paragraph in paras:
        if paragraph.kind == "section":
            continue
        for start, end in _sentences(source, paragraph, patterns.FULL_STOP):
            if MAY_HOLD_A_GOAL.search(source.text, start, end):
                found.append(Cell(source.text[start:end], Span(start, end), SourceMap(((0, start, end - start),))))
    return tuple(found)


def body_deadlines(source: Source, paras: Sequence[Paragraph], sections: Sequence[Section],
                   ctx: PlanContext | None) -> tuple[BodyDeadline, ...]:
    """Every deadline phrase of the body, with its span in the file and its section.

    Each sentence (or ";"-clause) is searched on its own: a phrase never runs into the next one.
    """
    found = []
    may_hold = compiled(packaged()).may_hold  # the deadline parser's own prefilter, from the lexicon
    folded = folded_source(source)
    for paragraph in paras:
        if paragraph.kind == "section":
            continue
        for start, end in _sentences(source, paragraph):
            if not may_hold(folded, start, end):  # no number, no word opening a digitless form
                continue
            for deadline in find_deadlines(source.text[start:end], ctx):
                span = deadline.span.shift(start)
                found.append(BodyDeadline(span.slice(source.text), span, section_of(sections, span.start),
                                          deadline))
    return tuple(found)


def _periods_after_lead(folded: str) -> list[str]:
    """Reporting periods listed after "định kỳ", "hàng", "hằng": "hàng quý, 06 tháng, năm"."""
    names = {word: name for word, name, _ in REPORT_PERIODS}
    periods: list[str] = []
    for lead in patterns.PERIODIC_LEAD.finditer(folded):
        position = lead.end()
        while True:
            again = patterns.PERIODIC_LEAD.match(folded, position)
            if again:
                position = again.end()
            match = patterns.REPORT_PERIOD.match(folded, position)
            if not match:
                break
            name = names[" ".join(match.group().split())]
            if name not in periods:
                periods.append(name)
            glue = patterns.LIST_GLUE.match(folded, match.end())
            if not glue:
                break
            position = glue.end()
    return periods


def _label_periods(folded_label: str) -> list[str]:
    """The period a cut-off line is about, from its label: "báo cáo 6 tháng đầu năm 2022" is a half."""
    for word, name, _ in REPORT_PERIODS:  # ordered: "6 tháng" before "tháng", "quý" before "năm"
        if word in folded_label.split() or (" " in word and word in folded_label):
            return [name]
    return []


_GRANULARITY = {"quarter": "quarter", "half": "half", "year": "year", "month": "month"}


def _standard_cutoff(label: str | None, periods: Sequence[str], ctx: PlanContext | None) -> tuple[date, date] | None:
    """The data window ND 09/2019/NĐ-CP Art. 12 sets for the period a cut-off line names (domain.md §3.1).

    Only for a quarter, half, year or month the label states with its year ("Báo cáo Quý I/2022").
    """
    if not label or len(periods) != 1 or periods[0] not in _GRANULARITY:
        return None
    windows = [r.window for r in walk(parse_deadline(label, ctx).rule) if isinstance(r, Within)]
    if len(windows) != 1 or windows[0].granularity.value != _GRANULARITY[periods[0]]:
        return None
    standard = reporting_cutoff(windows[0])
    return standard.start, standard.end


def cutoff_notes(rules: Sequence[ReportingRule]) -> tuple[Diagnostic, ...]:
    """``plan.reporting_cutoff`` (info) where a stated data window differs from ND 09/2019 Art. 12."""
    notes = []
    for rule in rules:
        if rule.cutoff and rule.standard_cutoff and rule.cutoff != rule.standard_cutoff:
            stated = f"{rule.cutoff[0].isoformat()}..{rule.cutoff[1].isoformat()}"
            standard = f"{rule.standard_cutoff[0].isoformat()}..{rule.standard_cutoff[1].isoformat()}"
            notes.append(info(Code.PLAN_REPORTING_CUTOFF, f"{rule.period_text}: data window {stated}; ND 09/2019 "
                              f"Art. 12 gives {standard} (a local rule may set its own)", rule.span,
                              stated=stated, standard=standard))
    return tuple(notes)


def _only_names(text: str, ctx: PlanContext | None) -> bool:
    """True when a clause is only a list of agencies ("Các sở, ban, ngành"): no verb, no report word."""
    from ..assignments import parse_assignment

    if len(text) > 120 or patterns.REPORT.search(fold(text)):
        return False
    parsed = parse_assignment(text, ctx)
    return bool(parsed.lead) and not parsed.others and not parsed.coordinators and any(
        d.code is Code.ASSIGNMENT_IMPLICIT_LEAD for d in parsed.diagnostics)


def reporting_rules(source: Source, paras: Sequence[Paragraph], ctx: PlanContext | None) -> tuple[ReportingRule, ...]:
    """The reporting rules of the body: periodic report deadlines and data cut-off windows."""
    found = []
    for paragraph in paras:
        if paragraph.kind == "section":
            continue
        previous: tuple[int, int] | None = None
        for start, end in _sentences(source, paragraph):
            before_clause, previous = previous, (start, end)
            if not patterns.REPORT.search(folded_source(source), start, end):
                continue  # no report word: nor with a list of names before it (``_only_names`` has none)
            before = source.text[before_clause[0]:start].rstrip() if before_clause is not None else ""
            if before.endswith(";") and _only_names(before.rstrip(";"), ctx):
                start = before_clause[0]  # "Các sở, ban, ngành; UBND các huyện … gửi báo cáo …": both report
            text = source.text[start:end]
            folded = folded_source(source)[start:end]
            span = Span(start, end)
            if patterns.CUTOFF.search(folded):
                label = text.split(":", 1)[0].strip().lstrip("-").strip() if ":" in text else None
                dates = patterns.CUTOFF_DATES.search(folded)
                cutoff = None
                if dates:
                    try:
                        cutoff = (date(int(dates.group(3)), int(dates.group(2)), int(dates.group(1))),
                                  date(int(dates.group(6)), int(dates.group(5)), int(dates.group(4))))
                    except ValueError:
                        cutoff = None
                if cutoff is None:
                    continue  # an introduction ("… chốt số liệu … như sau:"), not a window
                periods = _label_periods(fold(label)) if label else []
                found.append(ReportingRule("cutoff", text, span, tuple(periods), label, cutoff,
                                           standard_cutoff=_standard_cutoff(label, periods, ctx)))
            elif patterns.PERIODIC_LEAD.search(folded):
                deadlines = tuple(find_deadlines(text, ctx))
                found.append(ReportingRule("submission", text, span, tuple(_periods_after_lead(folded)),
                                           None, None, deadlines))
    return tuple(found)
