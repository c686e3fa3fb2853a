"""The "body_only" layout (seed 002): no appendix table; the tasks are the items of a body section.

The section is the body heading that names the tasks ("II. CÁC CHỈ TIÊU, NHIỆM VỤ CHỦ YẾU"). Its
numbered paragraphs ("1. Cải cách thể chế") group the tasks; each lettered item ("a) …") is a
task, with the "-" bullets and plain paragraphs that follow it as part of its content. A numbered
paragraph without lettered items is itself a task. Ids keep the numbering as written:
"II.2.a", or "II.3" for a group without letters. A paragraph wholly in parentheses is a note.

Two more shapes of group (corpus dongnai_182, hcm_2853, dongthap_556):

- items numbered on two levels ("*1.1. *Tiếp tục …" under "**1. Nhiệm vụ, giải pháp tổng thể**"):
  each "1.1." is a task, "III.1.1", with what follows it (its own "a)" items and bullets are its
  content);
- a group whose heading is a title, emphasised as a whole ("**1. Hoàn thiện cơ chế, chính sách …**"),
  over bullets and no lettered item: each bullet is a task, "III.1.-2" (a heading that is a
  sentence keeps its bullets as its content).

A group whose title states goals ("1. Mục tiêu phát triển và tầm nhìn …") holds no task.

Examples:
    >>> from reformrules.source import Source
    >>> text = "II. NHIỆM VỤ\\n1. Cải cách thể chế\\na) Rà soát văn bản:\\n- Ban hành quy định.\\nb) Kiểm tra.\\n2. Tài chính công"
    >>> result = read_body_tasks(Source("b.txt", text), (1, 6))
    >>> [(t.id, t.content.text) for t in result.tasks]
    [('II.1.a', 'Rà soát văn bản:\\n- Ban hành quy định.'), ('II.1.b', 'Kiểm tra.'), ('II.2', 'Tài chính công')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from ..diagnostics import Code, Diagnostic, warning
from ..refs import TaskRef
from ..source import Source, Span
from ..text.fold import fold
from .body import Paragraph, paragraphs, section_title
from .cells import make_cell
from .model import LineRole, LineUse, Section, Task
from .table import LayoutResult
from .vocabulary import LIST_LETTERS


@dataclass
class _Item:
    """A task being collected: its marker paragraph and the paragraphs that go on from it."""

    marker: str
    head: Paragraph
    more: list[Paragraph] = field(default_factory=list)
    sub: bool = False  # numbered on two levels ("1.1."), not lettered


@dataclass
class _Group:
    """A numbered paragraph and its lettered items."""

    head: Paragraph
    items: list[_Item] = field(default_factory=list)
    more: list[Paragraph] = field(default_factory=list)  # paragraphs before its first lettered item


# "1.1. Tiếp tục …", "*2.3. *Công an tỉnh": an item numbered on two levels (the group's number, then its own).
_SUB_NUMBER = re.compile(r"[\s*]*(\d{1,2})\.(\d{1,2})\.?[\s*]+\S")


def _sub_number(source: Source, paragraph: Paragraph, group: "_Group | None") -> str | None:
    """The item's own number when a text paragraph is numbered "N.M." under group N, else None."""
    if group is None or paragraph.kind != "text":
        return None
    match = _SUB_NUMBER.match(source.line_text(paragraph.first_line))
    return match.group(2) if match and match.group(1) == group.head.marker else None


def _title_heading(source: Source, paragraph: Paragraph) -> bool:
    """True when a group's heading is emphasised as a whole: a title, not a sentence ("**1. Hoàn thiện …**")."""
    text = paragraph.text(source).strip()
    return text.startswith("*") and text.rstrip(" :.").endswith("*")


# Group titles that state goals, not tasks (folded words, English gloss).
_GOAL_TITLES = (("mục tiêu", "goals"), ("tầm nhìn", "vision"))


def _goal_heading(source: Source, paragraph: Paragraph) -> bool:
    """True when a group's heading states goals ("**1. Mục tiêu phát triển và tầm nhìn đến năm 2045**")."""
    return fold(_heading_title(source, paragraph)).startswith(tuple(w for w, _ in _GOAL_TITLES))


def _bullet_items(group: "_Group") -> list["_Item"]:
    """The bullets of a group without lettered items, each with the paragraphs that go on from it."""
    items: list[_Item] = []
    for paragraph in group.more:
        if paragraph.kind == "bullet":
            items.append(_Item(f"-{len(items) + 1}", paragraph))
        elif items:
            items[-1].more.append(paragraph)
    return items


def _is_note(source: Source, paragraph: Paragraph) -> bool:
    text = paragraph.text(source).strip().strip("*").strip()
    return text.startswith("(") and text.endswith(")")


def _heading_title(source: Source, paragraph: Paragraph) -> str:
    """A group heading's title: its whole paragraph, hard wraps joined ("1. Hoàn thiện\\ncơ chế, …")."""
    return " ".join(source.text[paragraph.body_start:paragraph.span.end].replace("*", " ").split())


def read_body_tasks(source: Source, region: tuple[int, int], title_uses: Sequence[LineUse] = ()) -> LayoutResult:
    """Tasks from the body section in lines ``region`` (its heading first, 1-based, inclusive)."""
    paras = paragraphs(source, region)
    uses: list[LineUse] = list(title_uses)
    notes: list[Diagnostic] = []
    section_number = ""
    section_head: Paragraph | None = None
    groups: list[_Group] = []
    loose: list[_Item] = []  # lettered items before any numbered paragraph

    def mark(paragraph: Paragraph, role: LineRole, task_id: str | None = None) -> None:
        uses.extend(LineUse(n, role, task_id) for n in range(paragraph.first_line, paragraph.last_line + 1)
                    if source.line_text(n).strip())

    for paragraph in paras:
        if paragraph.kind == "section" and not section_number:
            section_number = paragraph.marker
            section_head = paragraph
            mark(paragraph, LineRole.SECTION)
        elif _is_note(source, paragraph):
            mark(paragraph, LineRole.NOTE)
        elif paragraph.kind == "numbered":
            groups.append(_Group(paragraph))
        elif (own := _sub_number(source, paragraph, groups[-1] if groups else None)) is not None:
            groups[-1].items.append(_Item(own, paragraph, sub=True))
        elif paragraph.kind == "lettered" and groups and groups[-1].items and groups[-1].items[-1].sub:
            groups[-1].items[-1].more.append(paragraph)  # "a)" under "2.1.": the item's content
        elif paragraph.kind == "lettered":
            item = _Item(paragraph.marker, paragraph)
            (groups[-1].items if groups else loose).append(item)
        elif groups and groups[-1].items:
            groups[-1].items[-1].more.append(paragraph)
        elif groups:
            groups[-1].more.append(paragraph)
        elif loose:
            loose[-1].more.append(paragraph)
        else:
            mark(paragraph, LineRole.NOTE)

    # the part itself, for the items it holds directly: its title lets the body's duty parts give them a lead
    title = section_title(source, section_head.first_line, section_head.body_start - source.offset(
        section_head.first_line, 1), region[1]) if section_head else ""
    top = Section(section_number, title, None)
    sections: list[Section] = []
    tasks: list[Task] = []
    seen: dict[str, int] = {}

    def add(task_id: str, section: Section, number: str, parts: list[Paragraph]) -> None:
        seen[task_id] = seen.get(task_id, 0) + 1
        head = parts[0]
        if seen[task_id] > 1:
            new_id = task_id + "'" * (seen[task_id] - 1)
            notes.append(warning(Code.PLAN_DUPLICATE_TASK, f"item {task_id} appears twice; the second is named "
                                 f"{new_id}", head.span, task=task_id))
            task_id = new_id
        pieces = [(head.body_start, head.span.end)] + [(p.span.start, p.span.end) for p in parts[1:]]
        content = make_cell(source.text, pieces, "\n")
        for part in parts:
            mark(part, LineRole.TASK, task_id)
        tasks.append(Task(id=task_id, ref=TaskRef(source.doc_id, tuple(task_id.split("."))), section=section,
                          number=number, content=content, product=None, deadline_cell=None,
                          assignment_cell=None, span=Span(head.span.start, parts[-1].span.end),
                          line=head.first_line, end_line=parts[-1].last_line, source="body:item"))

    prefix = f"{section_number}." if section_number else ""
    for item in loose:
        add(f"{prefix}{item.marker}", top, item.marker, [item.head, *item.more])
    for group in groups:
        if _goal_heading(source, group.head):  # "1. Mục tiêu phát triển và tầm nhìn đến năm 2045": goals, no task
            for paragraph in [group.head, *group.more, *(p for i in group.items for p in (i.head, *i.more))]:
                mark(paragraph, LineRole.NOTE)
            continue
        if not group.items and _title_heading(source, group.head) and any(p.kind == "bullet" for p in group.more):
            group.items = _bullet_items(group)
            group.more = [p for p in group.more if not any(p is i.head or p in i.more for i in group.items)]
        if not group.items:
            add(f"{prefix}{group.head.marker}", top, group.head.marker, [group.head, *group.more])
            continue
        section = Section(f"{prefix}{group.head.marker}", _heading_title(source, group.head), group.head.span)
        sections.append(section)
        mark(group.head, LineRole.SECTION)
        for paragraph in group.more:
            mark(paragraph, LineRole.NOTE)
        previous = ""
        for item in group.items:
            add(f"{section.number}.{item.marker}", section, item.marker, [item.head, *item.more])
            if not item.sub and not item.marker.startswith("-"):
                notes.extend(_letter_order(previous, item))
                previous = item.marker
    tasks.sort(key=lambda t: t.span.start)
    return LayoutResult(tuple(sections) or (top,), tuple(tasks), tuple(sorted(uses, key=lambda u: u.line)),
                        tuple(notes), region)


def _letter_order(previous: str, item: _Item) -> list[Diagnostic]:
    """``plan.numbering_gap`` when a lettered item does not follow the Vietnamese order (… e, g, h …)."""
    if previous == item.marker:
        return []  # a repeated letter is reported as a duplicate task
    known = bool(previous) and previous in LIST_LETTERS[:-1]
    expected = LIST_LETTERS[LIST_LETTERS.index(previous) + 1] if known else "a"
    if item.marker == expected:
        return []
    hint = " (Vietnamese lists have no f: e) is followed by g))" if item.marker == "f" else ""
    return [warning(Code.PLAN_NUMBERING_GAP, f"item {item.marker}) follows "
                    f"{previous + ')' if previous else 'the heading'}, expected {expected}){hint}",
                    Span(item.head.span.start, item.head.body_start))]
