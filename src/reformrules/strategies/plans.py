"""Whole plans drawn with their expected header and tasks.

A ``PlanCase`` is the text of a plan (header, body, and its task annex in one of the text layouts the reader
supports) with what the reader must find: number, issue date, plan year and, for every task, its id, its
content and the expected deadline and assignment (``DeadlineCase``/``AssignmentCase``). ``rows`` holds the
annex as a table model (header row, then one list of cell texts per row) for writing it into another
format (.docx, .html) with your own writer.

Layouts: ``"tsv"`` (one tab-separated row per line, as a word processor's text export writes it),
``"pipe_cells"`` (one cell per line group, cells separated by a line holding a lone "|"), ``"tab_cells"``
(one tab-led line per cell, rows separated by blank lines) and ``"body"`` (no annex: numbered items of the
body's task section).

Examples:
    >>> from hypothesis import given, settings, HealthCheck
    >>> from reformrules import read_plan
    >>> @settings(max_examples=5, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    ... @given(plans(layout="tsv"))
    ... def check(case):
    ...     case.check(read_plan(case.text))
    >>> check()
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from hypothesis import strategies as st

from ..context import PlanContext
from .assignments import AssignmentCase, assignment_cells
from .deadlines import DeadlineCase, deadline_phrases

LAYOUTS = ("tsv", "pipe_cells", "tab_cells", "body")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
# Section titles of an administrative-reform plan (the six CCHC areas of NQ 76/NQ-CP), and task contents.
_SECTION_TITLES = (
    "CẢI CÁCH THỂ CHẾ", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "CẢI CÁCH TỔ CHỨC BỘ MÁY",
    "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "CẢI CÁCH TÀI CHÍNH CÔNG", "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ",
)
_CONTENTS = (
    "Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền", "Tổ chức tập huấn nghiệp vụ cải cách hành chính",
    "Kiểm tra công tác cải cách hành chính tại các cơ quan", "Xây dựng kế hoạch tuyên truyền cải cách hành chính",
    "Khảo sát mức độ hài lòng của người dân", "Cập nhật cơ sở dữ liệu về cán bộ, công chức",
)
_PRODUCTS = ("Kế hoạch", "Báo cáo kết quả", "Quyết định của UBND tỉnh", "Văn bản hướng dẫn")
_PLACES = ("Nha Trang", "Hải Dương", "Ninh Hòa", "Thanh Hóa")
# Deadline forms a table cell takes (no counted periods: they count from the issue date of the body).
_CELL_KINDS = ("window", "limit", "start", "range", "continuous", "alternative", "condition", "report")
# Running text takes only marked forms (a bare "Năm 2022" there is a programme title, not a deadline).
_BODY_KINDS = ("limit", "before")
_HEADER = ("STT", "Nhiệm vụ", "Sản phẩm", "Tiến độ", "Phân công")


@dataclass(frozen=True)
class TaskExpectation:
    """What the reader must find for one task."""

    id: str
    content: str
    deadline: DeadlineCase
    assignment: AssignmentCase


@dataclass(frozen=True)
class PlanCase:
    """A plan's text and what reading it must give."""

    text: str
    layout: str
    number: str
    issued: date
    plan_year: int
    tasks: tuple[TaskExpectation, ...]
    rows: tuple[tuple[str, ...], ...]

    def mismatch(self, plan: Any) -> str | None:
        """Why ``plan`` (a ``reformrules.plans.Plan``) is not what was expected, or None."""
        if (plan.number, plan.issued, plan.plan_year) != (self.number, self.issued, self.plan_year):
            return (f"header {(plan.number, plan.issued, plan.plan_year)} != expected "
                    f"{(self.number, self.issued, self.plan_year)}")
        got = [t.id for t in plan.tasks]
        want = [t.id for t in self.tasks]
        if got[:len(want)] != want or len(got) < len(want):
            return f"task ids {got} != expected {want}"
        for task in self.tasks:
            found = plan.task(task.id)
            if " ".join(found.content_text.split()) != task.content:
                return f"{task.id}: content {found.content_text!r} != expected {task.content!r}"
            if found.deadline is None:
                return f"{task.id}: no deadline read from {task.deadline.text!r}"
            why = task.deadline.mismatch(found.deadline)
            if why:
                return f"{task.id}: {why}"
            if self.layout != "body":
                why = task.assignment.mismatch(found.assignment)
                if why:
                    return f"{task.id}: {why}"
        return None

    def check(self, plan: Any) -> None:
        """Raise ``AssertionError`` naming the first difference."""
        why = self.mismatch(plan)
        if why is not None:
            raise AssertionError(f"plan in layout {self.layout}: {why}")


def _render_tsv(rows: list[tuple[str, ...]]) -> str:
    return "\n".join("\t".join(cell.replace("\n", " ") for cell in row) for row in rows)


def _render_pipe_cells(rows: list[tuple[str, ...]]) -> str:
    lines = []
    for row in rows:
        for cell in row:
            if cell:
                lines.extend(cell.split("\n"))
            lines.append("|")
    return "\n".join(lines[:-1])


def _render_tab_cells(rows: list[tuple[str, ...]]) -> str:
    blocks = ["\n".join("\t" + cell.replace("\n", " ") for cell in row) for row in rows]
    return "\n\n".join(blocks)


@st.composite
def plans(draw, layout: str | None = None, max_sections: int = 3, max_tasks: int = 4) -> PlanCase:
    """A whole plan in ``layout`` (drawn from ``LAYOUTS`` when None) and the tasks it must read as."""
    layout = layout or draw(st.sampled_from(LAYOUTS))
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; choose from {LAYOUTS}")
    year = draw(st.integers(2018, 2030))
    issued = draw(st.dates(date(year - 1, 12, 1), date(year, 1, 31)))
    number = f"{draw(st.integers(1, 9999))}/KH-UBND"
    place = draw(st.sampled_from(_PLACES))
    ctx = PlanContext(plan_year=year, issued=issued)
    sections = draw(st.lists(st.sampled_from(_SECTION_TITLES), min_size=1, max_size=max_sections, unique=True))
    tasks: list[TaskExpectation] = []
    rows: list[tuple[str, ...]] = [_HEADER]
    body_items: list[str] = []
    for s_index, title in enumerate(sections):
        roman = _ROMAN[s_index]
        rows.append((roman, title, "", "", ""))
        body_items.append(f"{s_index + 1}. {title.capitalize()}")
        for t_index in range(1, draw(st.integers(1, max_tasks)) + 1):
            kinds = _BODY_KINDS if layout == "body" else _CELL_KINDS
            deadline = draw(deadline_phrases(kinds=kinds, ctx=ctx, rewrites=("none",)))
            assignment = draw(assignment_cells(forms=("single", "lead_with")))
            content = draw(st.sampled_from(_CONTENTS))
            product = draw(st.sampled_from(_PRODUCTS))
            rows.append((str(t_index), content, product, deadline.text, assignment.text))
            if layout == "body":
                letter = "abcdefgh"[t_index - 1]
                phrase = deadline.text[:1].lower() + deadline.text[1:]
                phrase = phrase if phrase.startswith("hoàn thành") else "hoàn thành " + phrase
                body_items.append(f"{letter}) {content}, {phrase}.")
                tasks.append(TaskExpectation(f"II.{s_index + 1}.{letter}", f"{content}, {phrase}.",
                                             deadline, assignment))
            else:
                tasks.append(TaskExpectation(f"{roman}.{t_index}", content, deadline, assignment))
    header = (f"ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\n\nSố: {number}\n"
              f"{place}, ngày {issued.day:02d} tháng {issued.month:02d} năm {issued.year}\n\n"
              f"KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM {year}\n\n")
    if layout == "body":
        text = header + "I. MỤC TIÊU\nNâng cao chất lượng cải cách hành chính.\nII. NHIỆM VỤ\n" + "\n".join(body_items) + "\n"
    else:
        render = {"tsv": _render_tsv, "pipe_cells": _render_pipe_cells, "tab_cells": _render_tab_cells}[layout]
        text = (header + "I. MỤC TIÊU\nNâng cao chất lượng cải cách hành chính.\n"
                "II. NHIỆM VỤ\nCác nhiệm vụ cụ thể tại Phụ lục kèm theo.\n\nPHỤ LỤC\n"
                f"NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM {year}\n\n" + render(rows) + "\n")
    return PlanCase(text, layout, number, issued, year, tuple(tasks), tuple(rows))
