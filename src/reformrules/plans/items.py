"""Body items as tasks: numbered items with labelled lines, and the items of agency-headed sections.

**Labelled items.** An item ("1.", "1.2.", "a)", "-") is a task when labelled lines belong to it:
its own sub-items or paragraphs that open with a label of ``labels.LABELS`` ("- Cơ quan chủ trì:
…", "c) Thời gian thực hiện: …", a paragraph "Thời gian hoàn thành: …" after a bullet), or a label
after a sentence end inside its own text. A label line whose value is empty ("b) Cơ quan thực
hiện:") passes its own labelled sub-items up; an empty role label over plain sub-items ("- Cơ quan thực
hiện:" / "+ Sở Văn hóa và Thể thao chủ trì, …" / "+ Sở Xây dựng đăng tải …") takes them as its value.
At least one label must name a lead, implementer,
coordinator, deadline or product ("Nhiệm vụ:"/"Nội dung:" alone do not make a task).

**Agency-headed sections.** A numbered heading that is only an agency's name ("1. Sở Y tế",
"2.1. Sở Tài chính:", "Ủy ban nhân dân các xã, phường") heads a section: each of its items is a
task that agency leads, unless the item names its own lead; an item whose sentence stops on "phối
hợp (với)" over bullets ("b) Chủ trì, phối hợp" / "- Sở Tài chính và … tham mưu …") gives a task for
each bullet, read as the item's words and the bullet's; a paragraph that ends with ":" before the
section's items opens them (its partners are each item's) and is no task itself. An agency's name is
told from a topic
("Cải cách thể chế", "Về dữ liệu") by the assignment grammar and the agency lexicon
(``parse_assignment`` finds an agency at the start and no role verb), never by a list of names.

Examples:
    >>> from reformrules.source import Source
    >>> from reformrules.plans.body_blocks import text_blocks
    >>> from reformrules.plans.outline import outline
    >>> text = ("1. Rà soát văn bản\\n\\n- Cơ quan chủ trì: Sở Tư pháp.\\n\\n- Thời gian thực hiện: Quý IV năm 2025.\\n\\n"
    ...         "2. Sở Y tế\\n\\na) Chủ trì, phối hợp với Sở Tài chính xây dựng đề án.\\n")
    >>> drafts = item_drafts(outline(text_blocks(Source("i.md", text), (1, 9))), None)
    >>> [(d.task_id, d.source, d.deadline.text if d.deadline else None) for d in drafts]
    [('body:1', 'body:labelled', 'Quý IV năm 2025.'), ('body:2.a', 'body:agency', None)]
"""

from __future__ import annotations

import re
from typing import Sequence

from ..assignments import parse_assignment
from ..context import PlanContext
from ..diagnostics import Code
from ..document.model import Located
from ..source import Span
from ..text.fold import fold
from .body_tasks import Draft
from .labels import LabelledField, find_labels, opens_with_label
from .outline import Node, tail, walk

_STRONG = frozenset({"lead", "implementer", "coordinators", "deadline", "product"})
_ROLES = frozenset({"lead", "implementer", "coordinators"})
_ITEM_KINDS = frozenset({"number", "letter", "bullet", "plus", "text"})
_HEADING_KINDS = frozenset({"number", "letter"})


def _piece(located: Located, start: int, end: int) -> Located:
    """``located.text[start:end]`` as located text (trailing spaces dropped)."""
    while end > start and located.text[end - 1].isspace():
        end -= 1
    part = tail(located, start)
    cut = end - start
    text = part.text[:cut]
    pieces = tuple((c, s, min(length, cut - c)) for c, s, length in part.source_map.pieces if c < cut)
    from ..source import SourceMap

    span = Span(pieces[0][1], pieces[-1][1] + pieces[-1][2]) if pieces else Span(part.span.start, part.span.start)
    return Located(text, span, SourceMap(pieces), located.address)


def _label_of(node: Node) -> LabelledField | None:
    memo = node.memo
    if "label" not in memo:  # the readers ask it of a node many times
        memo["label"] = opens_with_label(node.body.text)
    return memo["label"]


class _Collected:
    def __init__(self) -> None:
        self.content: list[Located] = []
        self.fields: list[tuple[LabelledField, Located]] = []  # the field and its located value
        self.label_lines: list[Located] = []  # whole label lines, for the assignment cell

    @property
    def strong(self) -> bool:
        return any(f.field in _STRONG for f, _ in self.fields)


def _add_labels(node: Node, found: _Collected, text: Located, labels: Sequence[LabelledField]) -> None:
    for label in labels:
        value = _piece(text, label.value_start, label.value_end)
        line = _piece(text, label.label_start, label.value_end)
        found.fields.append((label, value))
        found.label_lines.append(line)
        if label.field == "content" and value.text:
            found.content.append(value)


def _collect(node: Node) -> _Collected:
    """The labelled fields of a node: its own (after a sentence end) and its label sub-items'."""
    found = _Collected()
    own = find_labels(node.body.text)
    first = own[0].label_start if own else len(node.body.text)
    if own and first == 0:
        own = ()  # the node is a label line itself
        first = len(node.body.text)
    if not own and not any(_label_of(c) is not None for c in node.children):
        return found  # no label of its own or under it: no field (its content is never read then)
    if first:
        found.content.append(_piece(node.body, 0, first))
    _add_labels(node, found, node.body, own)

    def absorb(children: Sequence[Node]) -> None:
        for child in children:
            label = _label_of(child)
            if label is None:
                found.content.append(child.text)
                continue
            labels = find_labels(child.body.text)
            _add_labels(child, found, child.body, labels)
            labelled_children = [c for c in child.children if _label_of(c) is not None]
            other = [c for c in child.children if _label_of(c) is None]
            if labelled_children:
                absorb(labelled_children)
            if other and not labelled_children and labels and labels[-1].field in _ROLES \
                    and not child.body.text[labels[-1].value_start:labels[-1].value_end].strip():
                # "- Cơ quan thực hiện:" over "+ Sở Văn hóa và Thể thao chủ trì, …" / "+ Sở Xây dựng đăng tải …"
                # (corpus hcm_174 III.1.c): the sub-items are the label's value
                for c in other:
                    found.fields.append((labels[-1], c.body))
                    found.label_lines.append(c.body)
                continue
            found.content.extend(c.text for c in other for _ in [0])
            for c in other:
                found.content.extend(d.text for d in c.descendants())

    labelled = [c for c in node.children if _label_of(c) is not None]
    if labelled or own:
        absorb(node.children)
    return found


# "Trách nhiệm của Sở Nội vụ", "Nhiệm vụ của các sở, ngành": a heading that names whose duties follow
# (folded words, English gloss).
_DUTIES_OF = (("trách nhiệm của", "the responsibilities of"), ("nhiệm vụ của", "the tasks of"))
# "Đề nghị X" (X is requested): a body outside the plan's chain heads its section ("9. Đề nghị Ủy ban
# Mặt trận Tổ quốc Việt Nam tỉnh", "2.9. Đề nghị Liên đoàn Lao động tỉnh").
_REQUESTED = "đề nghị"
# "(gồm các Sở: Xây dựng, …)", "(bao gồm …)": the members of a group the heading names; "(bao gồm cả …)"
# (including also) adds to the group instead.
_MEMBERS = re.compile(r"\((?:bao )?gồm (?!cả\b)")


def agency_heading(node: Node, ctx: PlanContext | None) -> Located | None:
    """The agency's name when a heading is only that ("2.1. Sở Tài chính:"), else None.

    The name runs to the end of its first clause ("Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo"
    is Sở Tài chính); a group the heading lists the members of ("Các cơ quan … (gồm các Sở: Xây
    dựng, Công Thương)") is those members; "Trách nhiệm của X" / "Nhiệm vụ của X" over items that
    are not numbered is X's section ("Trách nhiệm của các cơ quan quản lý cấp trên:"), and so is
    "Đề nghị X" (X is asked: "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh").

    Examples:
        >>> from reformrules.document.model import Block, BlockKind
        >>> def heading(text):
        ...     node = Node(Block(BlockKind.PARAGRAPH, Located(text, Span(0, len(text)))), "number", "1",
        ...                 Located(text, Span(0, len(text))))
        ...     node.children.append(Node(node.block, "bullet", "-", node.body))  # a heading heads items
        ...     return agency_heading(node, None)
        >>> heading("Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo").text
        'Sở Tài chính'
        >>> heading("Các cơ quan tham mưu (gồm các Sở: Xây dựng, Công Thương)").text
        'các Sở: Xây dựng, Công Thương'
        >>> heading("Trách nhiệm của Sở Nội vụ:").text, heading("Cải cách thể chế") is None
        ('Sở Nội vụ', True)
        >>> heading("Đề nghị Liên đoàn Lao động tỉnh").text
        'Liên đoàn Lao động tỉnh'
    """
    key = ("agency_heading", ctx)  # the readers ask it of a heading once per item under it
    memo = node.memo
    if key not in memo:
        memo[key] = _agency_heading(node, ctx)
    return memo[key]


def _agency_heading(node: Node, ctx: PlanContext | None) -> Located | None:
    if node.kind not in _HEADING_KINDS and not (node.kind == "text" and node.emphasis):
        return None
    title = node.body.text.rstrip(" :.;")
    if not title or len(title) > 200 or not node.children:
        return None
    if _label_of(node) is not None:
        return None
    start = 0
    folded = fold(title)
    for words, _gloss in _DUTIES_OF:
        if folded.startswith(words) and not any(c.kind == "number" for c in node.children):
            start = len(words) + 1
    if folded.startswith(_REQUESTED + " "):  # "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": the body asked
        start = len(_REQUESTED) + 1
    members = _MEMBERS.search(folded)
    if members and title.endswith(")"):
        start, title = members.end(), title[:-1]
    parsed = parse_assignment(title[start:], ctx)
    if not parsed.lead or parsed.lead[0].span.start > 4:
        return None
    if not any(d.code is Code.ASSIGNMENT_IMPLICIT_LEAD for d in parsed.diagnostics):
        return None  # a role verb: a sentence, not a name
    end = len(title)
    if len(parsed.clauses) > 1 and parsed.clauses[0].lead:
        end = start + parsed.clauses[0].span.end
    return _piece(node.body, start, end)


def _own_or_heading(node: Node, heading: Located, ctx: PlanContext | None) -> list[Located]:
    """An item's assignment: its own text when it opens with its own subject ("UBND cấp huyện
    tiếp tục triển khai …"), else the heading's agency followed by the item."""
    own = parse_assignment(node.body.text, ctx)
    if own.lead and own.lead[0].span.start <= 4:
        return [node.body]
    return [heading, node.body]


def _lead_heading(node: Node, ctx: PlanContext | None) -> Located | None:
    parent = node.parent
    while parent is not None:
        name = agency_heading(parent, ctx)
        if name is not None:
            return name
        parent = parent.parent
    return None


def item_drafts(roots: Sequence[Node], ctx: PlanContext | None) -> list[Draft]:
    """The labelled items and the items of agency-headed sections, as drafts, in reading order."""
    drafts: list[Draft] = []
    inside: set[int] = set()  # nodes already part of a task
    for node in walk(roots):
        if id(node) in inside or node.kind == "roman" or _label_of(node) is not None:
            continue
        found = _collect(node)
        if found.strong and not _describes_a_goal(node, found):
            drafts.append(_labelled(node, found, ctx))
            inside.update(id(n) for n in node.descendants())
            continue
        if node.kind not in _ITEM_KINDS or node.parent is None:
            continue
        heading = agency_heading(node.parent, ctx)
        if heading is None or agency_heading(node, ctx) is not None:
            continue
        if any(c.kind == "number" for c in node.children):
            continue  # a group of numbered items: its items are the tasks
        if not node.body.text.strip() and not node.children:
            continue  # an emphasis mark left alone on a line ("** **")
        if _intro(node) is node:
            continue  # "Chủ trì, phối hợp với … tham mưu cho Ủy ban nhân dân các tỉnh …:" opens the items after it
        intro = _intro(node)
        completed = _completed_by_bullets(node)
        if completed:  # "b) Chủ trì, phối hợp" over "- Sở Tài chính và … tham mưu …": each bullet ends the sentence
            from .body_tasks import cell_of

            for bullet in completed:
                joined = cell_of([node.body, bullet.body], " ")
                said = Located(joined.text, joined.span, joined.source_map)
                more = [bullet.body] + [d.text for d in bullet.descendants()]
                drafts.append(Draft(bullet, "body:agency", more, assignment=[heading, said]))
            inside.update(id(n) for n in node.descendants())
            continue
        content = [node.body] + [d.text for d in node.descendants()]
        said = _own_or_heading(node, heading, ctx)
        if intro is not None and len(said) == 2:  # the intro's partners are each item's
            from .body_tasks import cell_of

            joined = cell_of([intro.body, node.body], " ")
            said = [heading, Located(joined.text, joined.span, joined.source_map)]
        drafts.append(Draft(node, "body:agency", content, assignment=said))
        inside.update(id(n) for n in node.descendants())
    drafts += _unlabelled_siblings(drafts, inside, ctx)
    drafts.sort(key=lambda d: d.node.span.start)
    return drafts


# An item that stops on "phối hợp (với)" (coordinates with …): its bullets name with whom, each a duty.
_OPEN_COORDINATION = re.compile(r"\bphối hợp(?:\s+với)?\s*:?$")


def _intro(node: Node) -> Node | None:
    """The paragraph that opens the items of an agency's section when it ends with ":" ("3. Sở Văn hóa,
    Thể thao và Du lịch" / "Chủ trì, phối hợp với các cơ quan có liên quan tham mưu cho Ủy ban nhân dân
    các tỉnh …:" / "a) …", corpus bvhttdl_4385 IV.3): for the paragraph itself and for each item after
    it, that paragraph; None when there is none."""
    parent = node.parent
    if parent is None:
        return None
    siblings = parent.children
    index = next(i for i, s in enumerate(siblings) if s is node)
    for i in range(index, -1, -1):
        candidate = siblings[i]
        if candidate.kind == "text":
            opens = candidate.body.text.rstrip(" *").endswith(":") and any(
                s.kind in ("letter", "bullet") for s in siblings[i + 1:])
            return candidate if opens and (candidate is node or i < index) else None
        if candidate is not node and candidate.kind not in ("letter", "bullet"):
            return None
    return None


def _completed_by_bullets(node: Node) -> list[Node]:
    """The bullets that complete an item's unfinished sentence ("b) Chủ trì, phối hợp" / "- Sở Tài
    chính và các đơn vị có liên quan tham mưu …", corpus dongnai_182 III.2.3.b): each is a task whose
    assignment is the item's words and its own."""
    bullets = [c for c in node.children if c.kind == "bullet"]
    if not bullets or not _OPEN_COORDINATION.search(fold(node.body.text).rstrip(" *.")):
        return []
    return bullets


def assigning_text(node: Node, ctx: PlanContext | None, keep=lambda node: True) -> list[Located]:
    """The text that says who does an item: its own text and its plain paragraphs, or only the
    paragraphs when its own text is a topic that names no agency ("3. Xây dựng các văn bản …",
    "3. Tiếp tục tăng cường năng lực …:" over "Sở Nội vụ xây dựng …" / "Các sở, ban, ngành … rà soát …")."""
    texts = [c.text for c in node.children if c.kind == "text" and keep(c)]
    if texts:
        own = parse_assignment(node.body.text, ctx)
        if not (own.lead or own.coordinators):
            return texts
    return [node.body] + texts


def _unlabelled_siblings(drafts: Sequence[Draft], inside: set[int], ctx: PlanContext | None) -> list[Draft]:
    """Items written as a sentence among labelled siblings ("3. Xây dựng …: Sở, ban, ngành … có trách
    nhiệm rà soát …" between labelled items 2 and 4) are tasks too, when they name an agency or a time."""
    from ..deadlines import find_deadlines
    from .body_tasks import cell_of

    tasks = {id(d.node) for d in drafts if d.source == "body:labelled"}
    parents = {id(d.node.parent): d.node.parent for d in drafts if d.source == "body:labelled" and d.node.parent}
    found = []
    for parent in parents.values():
        if _in_goals_part(parent):
            continue  # "1. Phấn đấu đến cuối năm 2025 đạt các mục tiêu, chỉ tiêu sau:" is a goal, not a duty
        for child in parent.children:
            if id(child) in tasks or id(child) in inside or child.kind not in ("number", "letter"):
                continue
            if any(id(n) in tasks for n in child.descendants()):
                continue
            content = [child.body] + [d.text for d in child.descendants()]
            text = cell_of(content, " ").text
            said = assigning_text(child, ctx)
            parsed = parse_assignment(cell_of(said, " ").text, ctx)
            if parsed.lead or parsed.coordinators or find_deadlines(text, ctx):
                found.append(Draft(child, "body:duty", content, assignment=said))
                inside.update(id(n) for n in child.descendants())
    return found


# Titles of the parts that state the plan's goals, not its duties (folded words, English gloss).
GOAL_PARTS = (("mục tiêu", "goals"), ("mục đích", "purpose"), ("yêu cầu", "requirements"), ("quan điểm", "principles"))


def _in_goals_part(node: Node) -> bool:
    """True when a node sits in a Roman part whose title opens with a goals word ("II. MỤC TIÊU CỦA KẾ HOẠCH")."""
    top = node
    while top.parent is not None:
        top = top.parent
    return top.kind == "roman" and fold(top.title).startswith(tuple(w for w, _ in GOAL_PARTS))


def _describes_a_goal(node: Node, found: _Collected) -> bool:
    """True for a labelled item of a goals part that names no one to do it: "2. Tháng hành động" /
    "b) Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025." (corpus hcm_174 II.2) gives the campaign's
    window, not a duty."""
    return _in_goals_part(node) and not any(f.field in ("lead", "implementer", "coordinators") for f, _ in found.fields)


def _labelled(node: Node, found: _Collected, ctx: PlanContext | None) -> Draft:
    deadline = next((v for f, v in found.fields if f.field == "deadline" and v.text), None)
    product = next((v for f, v in found.fields if f.field == "product" and v.text), None)
    roles = [line for (f, _), line in zip(found.fields, found.label_lines)
             if f.field in ("lead", "implementer", "coordinators")]
    if not any(f.field in ("lead", "implementer") for f, _ in found.fields):
        heading = _lead_heading(node, ctx)
        if heading is not None:  # the section's agency, and the item's own sentence ("Phối hợp với …")
            from .body_tasks import cell_of

            said = cell_of([heading, found.content[0]] if found.content else [heading], ": ")
            roles = [Located(said.text, said.span, said.source_map), *roles]
    content = found.content or [node.body]
    return Draft(node, "body:labelled", content, deadline=deadline, assignment=roles, product=product)
