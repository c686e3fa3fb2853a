"""Tasks read from a plan's body: labelled items, agency-headed sections and the duties of its
"Tổ chức thực hiện", "Kinh phí" and reporting sections.

The readers (``items``, ``duties``) walk the body's outline and write ``Draft``s: which blocks hold
the task's content, its deadline, its assignment and its product. ``build_task`` turns a draft
into a plain ``Task`` (the same fields as a table row: cells located in the file, the deadline
parsed by ``parse_deadline``, the assignment by ``parse_assignment``), so ``status``, ``graph``
and every export show it without a special case; ``Task.source`` says where it came from.

Ids are "body:" and the item's path of markers: "body:IV.2" is item 2 of part IV, "body:II.1.2"
item 1.2 of part II, "body:V.1.-2" the second bullet of item V.1.

Examples:
    >>> from reformrules.context import PlanContext
    >>> text = ("IV. TỔ CHỨC THỰC HIỆN\\n\\n1. Sở Nội vụ chủ trì triển khai Kế hoạch này trong Quý I năm 2022.\\n\\n"
    ...         "2. Phòng Tư pháp\\n\\n- Tham mưu thực hiện nội dung cải cách thể chế.\\n")
    >>> reading = read_body(Source("k.md", text), (1, 7), PlanContext(plan_year=2022))
    >>> [(t.id, str(t.deadline), [m.name for m in t.assignment.lead]) for t in reading.tasks]
    [('body:IV.1', 'within 2022Q1', ['Sở Nội vụ']), ('body:IV.2.-1', 'None', ['Phòng Tư pháp'])]
    >>> reading.tasks[0].source, reading.tasks[1].source
    ('body:duty', 'body:agency')
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Sequence

from ..assignments import Assignment, Role, parse_assignment
from ..context import PlanContext
from ..deadlines import Recurring, Unparsed, find_deadlines, parse_deadline
from ..deadlines.model import walk as walk_rule
from ..diagnostics import Code, Diagnostic
from ..document.model import Block, Located
from ..refs import TaskRef
from ..source import Source, SourceMap, Span
from ..text.fold import fold
from .body_blocks import _blank_separated, text_blocks
from .model import BodyDeadline, Cell, LineRole, LineUse, ReportingRule, Section, Task
from .outline import Node, outline, walk


def inherit_periods(tasks: Sequence[Task], ctx: PlanContext | None) -> list[Task]:
    from .duties import inherit_periods as inherit

    return inherit(tasks, ctx)


def is_report(text: str) -> bool:
    from .duties import is_report as report

    return report(text)


@dataclass
class Draft:
    """A body task being put together: the pieces of its cells, all located in the file."""

    node: Node
    source: str  # "body:labelled", "body:agency", "body:duty", "body:report"
    content: list[Located]
    deadline: Located | None = None
    assignment: list[Located] = field(default_factory=list)
    product: Located | None = None

    @property
    def task_id(self) -> str:
        return "body:" + ".".join(self.node.path)


@dataclass(frozen=True, slots=True)
class BodyReading:
    """What the body readers found: tasks, the tasks of the plan with leads given by its body
    ("Sở Tư pháp … chủ trì triển khai nhiệm vụ cải cách thể chế"), and their findings."""

    tasks: tuple[Task, ...] = ()
    updated: tuple[Task, ...] = ()
    reporting: tuple[ReportingRule, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()


def cell_of(parts: Sequence[Located], joiner: str = "\n") -> Cell:
    """One cell from located pieces, joined by ``joiner``, mapping back to the file."""
    texts: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    offset = 0
    for index, part in enumerate(p for p in parts if p.text):
        if index:
            texts.append(joiner)
            offset += len(joiner)
        own = part.source_map.pieces or ((0, part.span.start, len(part.text)),)
        pieces.extend((offset + cell, src, length) for cell, src, length in own)
        texts.append(part.text)
        offset += len(part.text)
    if not texts:
        anchor = parts[0].span.start if parts else 0
        return Cell("", Span(anchor, anchor), SourceMap(()))
    starts = [p[1] for p in pieces]
    ends = [p[1] + p[2] for p in pieces]
    return Cell("".join(texts), Span(min(starts), max(ends)), SourceMap(tuple(pieces)))


def sub_cell(cell: Cell, span: Span) -> Cell:
    """The part ``span`` of a cell's text, as a cell of its own."""
    pieces = []
    for cell_start, src, length in cell.source_map.pieces:
        lo, hi = max(cell_start, span.start), min(cell_start + length, span.end)
        if lo < hi:
            pieces.append((lo - span.start, src + lo - cell_start, hi - lo))
    text = cell.text[span.start:span.end]
    where = cell.to_source(span)
    return Cell(text, where, SourceMap(tuple(pieces)))


def _mapped(diagnostics: Sequence[Diagnostic], cell: Cell) -> tuple[Diagnostic, ...]:
    return tuple(dataclasses.replace(d, span=cell.to_source(d.span) if d.span is not None else cell.span)
                 for d in diagnostics)


def _section(node: Node) -> Section:
    top = node
    while top.parent is not None:
        top = top.parent
    if top.kind == "roman":
        return Section(top.marker, top.title, top.span)
    return Section("", "", None)


def build_task(draft: Draft, source: Source, ctx: PlanContext | None) -> Task:
    """A ``Task`` from a draft: cells located in the file, deadline and assignment parsed."""
    node = draft.node
    content = cell_of(draft.content)
    notes: list[Diagnostic] = []
    deadline_cell = None
    deadline = None
    if draft.deadline is not None:
        deadline_cell = cell_of([draft.deadline])
        deadline = parse_deadline(deadline_cell.text, ctx)
        notes.extend(_mapped(deadline.diagnostics, deadline_cell))
    else:
        own = len(draft.content[0].text) if draft.content else 0  # a condition of the item's own words, not of its bullets'
        conditions = [d for d in _conditions(content.text, ctx) if d.span.start < own]
        candidates = sorted((*find_deadlines(content.text, ctx), *conditions),
                            key=lambda d: d.span.start if d.span is not None else 0)
        folded = fold(content.text) if candidates else ""
        found = _first_deadline([d for d in candidates if d.span is None or not not_the_tasks(content.text, d.span, folded)])
        if found is not None and found.span is not None:
            deadline_cell = sub_cell(content, found.span)
            deadline = dataclasses.replace(found, span=Span(0, len(deadline_cell.text)))
            notes.extend(_mapped(found.diagnostics, content))
    # an agency heading and its item read as "Sở Y tế: Chủ trì …" (a name never runs on into the item)
    joiner = ": " if draft.source == "body:agency" and len(draft.assignment) > 1 else "\n"
    assignment_cell = cell_of(draft.assignment, joiner) if draft.assignment else None
    assignment = None
    if assignment_cell is not None and assignment_cell.text.strip():
        assignment = co_leads(parse_assignment(assignment_cell.text, ctx))
        notes.extend(_mapped(assignment.diagnostics, assignment_cell))
    product = cell_of([draft.product]) if draft.product is not None else None
    task_id = draft.task_id
    kind = draft.source
    if deadline is not None and deadline.recurring and not any(
            isinstance(r, Recurring) and r.continuous for r in walk_rule(deadline.rule)) and is_report(content.text):
        kind = "body:report"  # a periodic reporting duty: a recurring task
    end = max(p.span.end for p in [*draft.content, *draft.assignment,
                                   *(x for x in (draft.deadline, draft.product) if x is not None)])
    span = Span(node.span.start, end)
    return Task(id=task_id, ref=TaskRef(source.doc_id, tuple(task_id.split("."))), section=_section(node),
                number=".".join(node.path[1:]) if len(node.path) > 1 else node.path[0], content=content,
                product=product, deadline_cell=deadline_cell, assignment_cell=assignment_cell, span=span,
                line=source.line_col(span.start)[0], end_line=source.line_col(max(span.start, span.end - 1))[0],
                deadline=deadline, assignment=assignment, diagnostics=tuple(notes), source=kind)


# The roles of a subject that does the work itself: it carries the task out or advises on it.
_WORKING = frozenset({Role.IMPLEMENT, Role.ADVISE})


def co_leads(assignment: Assignment) -> Assignment:
    """With no "chủ trì" in a body task, every subject that does the work leads its own part.

    "Cơ quan thực hiện: Sở Khoa học và Công nghệ; Sở Tư pháp; …" and "Sở Nội vụ xây dựng kế hoạch
    … Các sở, ban, ngành, UBND cấp huyện rà soát …" name several agencies that each carry out the
    task; the assignment grammar takes the first as the (implicit) lead and the others as
    implementers. A body task has no lead column to say otherwise, so all of them lead. An explicit
    "chủ trì" anywhere in the text keeps the grammar's reading. A task that only asks a body outside
    the plan's chain ("Đề nghị Công ty Điện lực …: Khẩn trương kiểm tra …") is led by that body.

    Examples:
        >>> from reformrules.assignments import parse_assignment
        >>> str(co_leads(parse_assignment("Cơ quan thực hiện: Sở Tư pháp; Sở Nội vụ.")))
        'lead[Sở Tư pháp, Sở Nội vụ] coord[]'
        >>> str(co_leads(parse_assignment("Sở Tư pháp chủ trì; Sở Nội vụ thực hiện.")))
        'lead[Sở Tư pháp] coord[] implement:Sở Nội vụ'
        >>> str(co_leads(parse_assignment("Đề nghị Liên đoàn Lao động tỉnh: Tuyên truyền cho người lao động.")))
        'lead[Liên đoàn Lao động tỉnh] coord[]'
    """
    if not assignment.lead:
        asked = list({p.mention.key: p.mention for p in reversed(assignment.others)
                      if p.role is Role.REQUESTED}.values())[::-1]
        if asked:  # "Đề nghị Công ty Điện lực Đắk Lắk: Khẩn trương kiểm tra …": the body asked does it
            return dataclasses.replace(assignment, lead=tuple(asked), others=tuple(
                p for p in assignment.others if p.role is not Role.REQUESTED))
    if not assignment.lead or not any(d.code is Code.ASSIGNMENT_IMPLICIT_LEAD for d in assignment.diagnostics):
        return assignment
    keys = {m.key for m in assignment.lead} | {m.key for m in assignment.coordinators}
    text = assignment.text
    clauses = []
    promoted: dict[str, object] = {}
    for clause in assignment.clauses:
        opening = clause.span.start + len(text[clause.span.start:clause.span.end]) \
            - len(text[clause.span.start:clause.span.end].lstrip(" -+•*:;,\n"))
        working = [p for p in clause.others if p.role in _WORKING and p.mention.key not in keys]
        # only a subject that opens its clause ("Sở Tư pháp;", "Các sở, ban, ngành … rà soát"), not
        # agencies named inside a sentence ("Riêng Kế hoạch … của các Sở: Y tế, …")
        if not clause.lead and working and min(p.mention.span.start for p in working) <= opening + 4:
            new = {p.mention.key: p.mention for p in reversed(working)}
            names = list(new.values())[::-1]
            for mention in names:
                promoted.setdefault(mention.key, mention)
            moved = set(new)
            clause = dataclasses.replace(clause, lead=tuple(names), others=tuple(
                p for p in clause.others if not (p.role in _WORKING and p.mention.key in moved)))
        clauses.append(clause)
    if not promoted:
        return assignment
    others = tuple(p for p in assignment.others if not (p.role in _WORKING and p.mention.key in promoted))
    return dataclasses.replace(assignment, lead=(*assignment.lead, *promoted.values()), others=others,
                               clauses=tuple(clauses))


# A condition in parentheses on when a task starts: "(khi Bộ Y tế có văn bản triển khai)", "(thuộc Dự
# án 3 …; khi Bộ Quốc phòng có văn bản triển khai)" (corpus dongnai_182). Running text leaves a bare
# "khi …" alone (``find_deadlines`` takes only its set forms: "khi có yêu cầu", "khi cần thiết"), since
# "khi" also says which case ("… an toàn cho học sinh khi xảy ra thiên tai"); in parentheses after the
# task's words it can only be the task's condition.
_CONDITION = re.compile(r"\((?:[^()]*?;\s*)?((?:sau\s+)?khi\s+[^();]{3,160}?)\s*\)")


def _conditions(text: str, ctx: PlanContext | None) -> list:
    """The parenthesised conditions of a task's text, each a deadline ``after "…"`` located in ``text``."""
    found = []
    for match in _CONDITION.finditer(text):
        deadline = parse_deadline(match.group(1), ctx)
        if not isinstance(deadline.rule, Unparsed):
            found.append(dataclasses.replace(deadline, span=Span(match.start(1), match.end(1))))
    return found


# Time phrases of a task's text that are not its deadline (folded words, English gloss):
# - the date of a goal it strives for or a roadmap's horizon ("phấn đấu đạt mục tiêu … ngay trong năm
#   2025", "lộ trình đạt mục tiêu … vào năm 2030"), or a date the goal follows ("đến năm 2030 đạt 100% …");
# - "hằng năm" after a budget or a target ("dự toán ngân sách nhà nước hằng năm", "chỉ tiêu, mục tiêu,
#   nhiệm vụ hàng năm"): the annual budget or target, not a yearly duty;
# - a term that holds a time word ("giáo dục thường xuyên": continuing education; "chi thường xuyên":
#   recurrent spending; "khu vực thường xuyên xảy ra thiên tai": areas often hit).
_GOAL_WORDS = (("phấn đấu", "strive to"), ("lộ trình", "roadmap"), ("đạt mục tiêu", "reach the goal"),
               ("đạt mức", "reach the level"))
_YEARLY_NOUNS = (("ngân sách", "budget"), ("dự toán", "budget estimate"), ("kinh phí", "funds"), ("vốn", "capital"),
                 ("đầu tư", "investment"), ("mục tiêu", "goal"), ("chỉ tiêu", "target"))
_TERMS = (("giáo dục thường xuyên", "continuing education"), ("chi thường xuyên", "recurrent spending"),
          ("thường xuyên xảy ra", "that often happen"), ("thường xuyên chịu", "often hit by"))
# - a horizon in a document's title ("Kế hoạch hành động quốc gia … đến năm 2030", "Quy hoạch tỉnh …
#   thời kỳ 2021 - 2030, tầm nhìn đến năm 2050": the period of the thing named), and a goal sentence
#   that opens with its horizon ("Đến năm 2030, tỷ lệ thu gom … đạt 100%", "…, hệ thống … được hoàn thiện").
_TITLE_WORDS = (("kế hoạch", "plan"), ("chương trình", "programme"), ("đề án", "scheme"), ("chiến lược", "strategy"),
                ("quy hoạch", "master plan"), ("nghị quyết", "resolution"), ("quyết định", "decision"),
                ("kết luận", "conclusion"), ("chỉ thị", "directive"))
_HORIZON = re.compile(r"(?:tầm nhìn\s+)?(?:đến|vào)\s+năm\b")
_TITLED = re.compile(r"\b(?:" + "|".join(w for w, _ in _TITLE_WORDS) + r")\b[^;.:]{0,160}$")
_GOAL_SENTENCE = re.compile(r"\s*,[^.;]*(?:%|\bđạt\b|\bđược\b)")  # ", … đạt 100%", ", … được hoàn thiện"
_GOAL = re.compile("|".join(rf"\b{w}\b" for w, _ in _GOAL_WORDS))
_GOAL_AFTER = re.compile(r"\s*,?\s*(?:phấn đấu\s+)?đạt\b")
_YEARLY_NOUN = re.compile(r"\b(?:" + "|".join(w for w, _ in _YEARLY_NOUNS) + r")\b[^.;:]{0,60}$")
_YEARLY = re.compile(r"(?:hàng|hằng)\s+năm$")
_TERM = re.compile("|".join(rf"\b{w}\b" for w, _ in _TERMS))
_SENTENCE_START = re.compile(r"[.;:!?]\s")


def not_the_tasks(text: str, span: Span, folded: str | None = None) -> bool:
    """True when the time phrase at ``span`` of a task's text dates a goal, names a budget's or a
    target's year, is the horizon of a document it names, or is part of a term (``folded``:
    ``fold(text)``, when the caller checks several phrases of one text)."""
    folded = fold(text) if folded is None else folded
    if any(m.start() <= span.start and span.end <= m.end() + 1 for m in _TERM.finditer(folded)):
        return True
    before = folded[:span.start]
    starts = [m.end() for m in _SENTENCE_START.finditer(before)]
    sentence = before[starts[-1] if starts else 0:]
    if _GOAL.search(sentence) or _GOAL_AFTER.match(folded, span.end):
        return True
    if _HORIZON.match(folded, span.start):
        if _TITLED.search(sentence):
            return True  # "… đến năm 2030" closing a named plan, scheme or resolution
        if not sentence.strip(" -+•*\n") and _GOAL_SENTENCE.match(folded, span.end):
            return True  # "Đến năm 2030, 100% các khu vực … được xác định": a goal
    return bool(_YEARLY.match(folded[span.start:span.end].strip()) and _YEARLY_NOUN.search(sentence))


def item_deadline(source: Source, span: Span, found: Sequence[BodyDeadline]):
    """The deadline of a body-only plan's item at ``span``: the first body deadline phrase inside it
    that is not a goal's date, a budget's year or part of a term (``not_the_tasks``), else None."""
    text = span.slice(source.text)
    folded = fold(text)
    for body_deadline in found:
        if span.start <= body_deadline.span.start < span.end and not not_the_tasks(
                text, Span(body_deadline.span.start - span.start, body_deadline.span.end - span.start), folded):
            return body_deadline.deadline
    return None


def _bare_period(deadline) -> Recurring | None:
    rule = deadline.rule
    return rule if isinstance(rule, Recurring) and not rule.continuous else None


def _first_deadline(found):
    """The text's deadline: its first phrase, except that a bare "định kỳ" (every period, no day)
    gives way to a later reporting rule with a day ("… gửi trước ngày 20 của tháng cuối kỳ")."""
    if not found:
        return None
    first = _bare_period(found[0])
    if first is not None and first.day_rule is None and set(first.periods) <= {"period"}:
        later = next((d for d in found[1:] if _bare_period(d) is not None and _bare_period(d).day_rule), None)
        if later is not None:
            return later
    return found[0]


def blocks_for(source: Source, region: tuple[int, int], blocks: Sequence[Block] | None = None) -> tuple[Block, ...]:
    """The body's blocks: the document's, when the caller has them, else read from the text lines."""
    if blocks is None:
        return text_blocks(source, region)
    first = source.offset(region[0], 1)
    last = source.line_end(region[1])
    inside = tuple(b for b in blocks if first <= b.span.start < last)
    if _blank_separated(source, region):
        return inside
    # a body without blank lines between its paragraphs (seeds 001, 003: one paragraph a line) in a
    # file that has them elsewhere (its appendix): a block of several lines is split where a line
    # ends a sentence and the next opens one ("… cấp xã:" / "Sở Nội vụ xây dựng …")
    out: list[Block] = []
    for block in inside:
        lines = source.line_col(block.span.start)[0], source.line_col(max(block.span.start, block.span.end - 1))[0]
        if block.table is None and block.text is not None and lines[1] > lines[0]:
            out.extend(text_blocks(source, lines))
        else:
            out.append(block)
    return tuple(out)


def body_outline(source: Source, region: tuple[int, int],
                 blocks: Sequence[Block] | None = None) -> tuple[tuple[Block, ...], list[Node]]:
    """The body's blocks and their outline, made once per read for ``read_body`` and ``account_body``."""
    found = blocks_for(source, region, blocks)
    return found, outline(found)


def read_body(source: Source, region: tuple[int, int], ctx: PlanContext | None, *,
              tasks: Sequence[Task] = (), blocks: Sequence[Block] | None = None,
              outlined: tuple[tuple[Block, ...], list[Node]] | None = None) -> BodyReading:
    """The body tasks of lines ``region``, and the plan's ``tasks`` with the leads the body gives them
    (``outlined``: the ``body_outline`` of the same lines and blocks, when the caller made it)."""
    from .duties import duty_drafts, part_leads
    from .items import item_drafts

    roots = (outlined or body_outline(source, region, blocks))[1]
    drafts = item_drafts(roots, ctx)
    taken = {id(d.node) for d in drafts}
    for d in drafts:
        taken.update(id(n) for n in d.node.descendants())
    drafts += duty_drafts(roots, ctx, taken)
    drafts.sort(key=lambda d: d.node.span.start)
    built = _unique_ids([build_task(d, source, ctx) for d in drafts])
    updated, notes = part_leads(roots, tasks, source, ctx)
    return BodyReading(tuple(built), tuple(updated), (), tuple(notes))


def add_body_tasks(source: Source, region: tuple[int, int], ctx: PlanContext | None, tasks: Sequence[Task], *,
                   blocks: Sequence[Block] | None = None, assignments: bool = True,
                   outlined: tuple[tuple[Block, ...], list[Node]] | None = None) -> tuple[list[Task], list[Diagnostic]]:
    """The plan's tasks with the body's: the appendix's rows, then the body tasks in reading order
    (a body-only plan's items and duties all in reading order); items without a lead take the one
    the body's duty parts give them.

    Items of a body-only plan's task section (``source`` "body:item") that a labelled or agency
    task covers are replaced by it: the labelled item is the task, its label lines are not.
    """
    reading = read_body(source, region, ctx, tasks=tasks if assignments else (), blocks=blocks, outlined=outlined)
    updated = {t.id: t for t in reading.updated}
    covering = [t.span for t in reading.tasks if t.source in ("body:labelled", "body:agency")]
    kept = [updated.get(t.id, t) for t in tasks
            if not (t.source == "body:item" and any(s.start <= t.span.start < s.end or t.span.start <= s.start < t.span.end
                                                    for s in covering))]
    taken = {t.id for t in kept}
    extra = [t for t in inherit_periods(reading.tasks, ctx) if t.id not in taken]
    if not assignments:
        extra = [dataclasses.replace(t, assignment=None) for t in extra]
    if all(t.source != "table" for t in kept):  # a body-only plan: everything in reading order
        return sorted(kept + extra, key=lambda t: t.span.start), list(reading.diagnostics)
    return kept + extra, list(reading.diagnostics)  # the appendix's rows, then the body's duties


def _unique_ids(tasks: list[Task]) -> list[Task]:
    seen: dict[str, int] = {}
    out = []
    for task in tasks:
        seen[task.id] = seen.get(task.id, 0) + 1
        if seen[task.id] > 1:
            new_id = task.id + "'" * (seen[task.id] - 1)
            task = dataclasses.replace(task, id=new_id, ref=TaskRef(task.ref.doc_id, tuple(new_id.split("."))))
        out.append(task)
    return out


def roots_of(nodes: Sequence[Node]) -> list[Node]:
    """Every node of the outline, in reading order (for the readers' walks)."""
    return list(walk(nodes))


def account_body(source: Source, region: tuple[int, int], tasks: Sequence[Task],
                 blocks: Sequence[Block] | None = None,
                 outlined: tuple[tuple[Block, ...], list[Node]] | None = None) -> tuple[LineUse, ...]:
    """What every non-empty line of the body (lines ``region``) became, in line order.

    A line of a body task is ``task`` (or ``label`` for a labelled line) with the task's id; a
    heading is ``section``; any other text is a ``note`` with the reason it is no task; a table
    inside the body is ``note`` too (the table readers read it), the lone "|" closing its last cell a
    ``separator``. A line no block holds is ``unread``.

    Examples:
        >>> from reformrules.context import PlanContext
        >>> text = "I. MỤC ĐÍCH\\n\\nThực hiện tốt.\\n\\nII. TỔ CHỨC THỰC HIỆN\\n\\n1. Sở Nội vụ chủ trì triển khai.\\n"
        >>> src = Source("a.md", text)
        >>> tasks, _ = add_body_tasks(src, (1, 7), PlanContext(plan_year=2022), [])
        >>> [str(u) for u in account_body(src, (1, 7), tasks)]
        ['1 section', '3 note (text outside any task: purpose, goals, context)', '5 section', '7 task body:II.1']
    """
    from .duties import _duty_nodes, closing
    from .labels import opens_with_label

    found, roots = outlined or body_outline(source, region, blocks)
    duty = {id(n) for part in _duty_nodes(roots) for n in part.descendants()}
    body = sorted((t for t in tasks if t.source.startswith("body:")), key=lambda t: t.span.start)
    uses: dict[int, LineUse] = {}

    def lines_of(span: Span) -> range:
        first = source.line_col(span.start)[0]
        return range(first, source.line_col(max(span.start, span.end - 1))[0] + 1)

    def claim(span: Span, use: LineUse) -> None:
        for number in lines_of(span):
            if region[0] <= number <= region[1] and source.line_text(number).strip() and number not in uses:
                uses[number] = LineUse(number, use.role, use.task_id, use.reason)

    for block in found:
        if block.table is not None:
            claim(block.span, LineUse(0, LineRole.NOTE, None, "a table inside the body"))
    starts = [t.span.start for t in body]
    for node in walk(roots):
        task = None
        # the innermost task holding the node: the latest (in ``body`` order) that starts before it
        for index in range(bisect_right(starts, node.span.start) - 1, -1, -1):
            if node.span.start < body[index].span.end:
                task = body[index]
                break
        if task is not None:
            role = LineRole.LABEL if opens_with_label(node.body.text) else LineRole.TASK
            claim(node.span, LineUse(0, role, task.id))
        elif node.kind == "roman" or node.children:
            claim(node.span, LineUse(0, LineRole.SECTION))
        elif not node.body.text.strip():
            claim(node.span, LineUse(0, LineRole.NOTE, None, "emphasis marks only"))
        elif closing(node):
            claim(node.span, LineUse(0, LineRole.NOTE, None, "closing paragraph"))
        elif id(node) in duty:
            claim(node.span, LineUse(0, LineRole.NOTE, None, "a duty that names no agency or time"))
        else:
            claim(node.span, LineUse(0, LineRole.NOTE, None, "text outside any task: purpose, goals, context"))
    for number in range(region[0], region[1] + 1):
        line = source.line_text(number).strip()
        if line and number not in uses:  # a lone "|" closing a table's last cell, or a line no block holds
            uses[number] = LineUse(number, LineRole.SEPARATOR) if line == "|" else LineUse(
                number, LineRole.UNREAD, None, "in no block of the body")
    return tuple(uses[n] for n in sorted(uses))
