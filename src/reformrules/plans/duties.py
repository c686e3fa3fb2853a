"""The duties written in a plan's body: "Tổ chức thực hiện", "Kinh phí", "Chế độ báo cáo".

**Duty sentences.** In a part whose title names the organisation of the plan, its funding or its
reporting (``DUTY_PARTS``), every numbered item that is not a group of items or an agency heading
is a task ("body:IV.2"): its text is its content and its assignment, the first deadline phrase in
it its deadline ("Sở Nội vụ chủ trì … triển khai … trong Quý I năm 2018"; "… báo cáo về UBND
thị xã (qua Phòng Nội vụ) trong vòng 30 ngày kể từ ngày kế hoạch này được ban hành"). An item is
kept when it names an agency or a deadline; a plain exhortation ("Tăng cường kiểm tra …") is not
a task. A reporting sentence ("… gửi báo cáo hàng quý, 06 tháng, năm: trước ngày 20 …") is a
recurring task (``source`` "body:report"); one that names no periods ("định kỳ …, gửi trước ngày
20 của tháng cuối kỳ báo cáo") takes them from the reporting rule before it.

**Parts given to an agency.** A clause "Sở Tư pháp có trách nhiệm chủ trì triển khai nhiệm vụ cải
cách thể chế" names a part of the plan by its title: every task of that part without a lead gets
the clause as its assignment (seed 002). The agency that is the plan's standing or focal body
("cơ quan thường trực", "cơ quan đầu mối", "X - Thường trực tham mưu …") leads the parts no clause
names: the agency named right before those words, else the clause's own reading.

Examples:
    >>> is_duty_part("V. TỔ CHỨC THỰC HIỆN"), is_duty_part("Kinh phí thực hiện"), is_duty_part("Mục tiêu")
    (True, True, False)
"""

from __future__ import annotations

import dataclasses
import re
from typing import Iterator, Sequence

from ..assignments import Role, parse_assignment
from ..context import PlanContext
from ..deadlines import Recurring, find_deadlines, parse_deadline
from ..deadlines.model import walk as walk_rule
from ..diagnostics import Code, Diagnostic, info
from ..document.model import Located
from ..source import Source, Span
from ..text.fold import fold
from .body_tasks import Draft, cell_of, sub_cell
from .items import _piece, agency_heading, assigning_text
from .model import Cell, ReportingRule, Task
from .outline import Node, walk

# Titles of the parts whose items are duties (folded words, English gloss).
DUTY_PARTS: tuple[tuple[str, str], ...] = (
    ("tổ chức thực hiện", "organising the implementation"),
    ("trách nhiệm thực hiện", "responsibility for implementation"),
    ("phân công nhiệm vụ", "division of tasks"),
    ("phân công trách nhiệm", "division of responsibilities"),
    ("kinh phí", "funding"),
    ("chế độ báo cáo", "reporting regime"),
    ("chế độ thông tin, báo cáo", "information and reporting regime"),
)
# Words that make a sentence a report ("báo cáo") and a periodic one ("định kỳ", "hàng quý").
_REPORT = re.compile(r"\bbáo cáo\b")
_PERIODIC = re.compile(r"\b(?:định kỳ|hàng|hằng)\s+(?:quý|tháng|năm|06 tháng|6 tháng)|\bđịnh kỳ\b")
# The words that make an agency the plan's standing or focal body (folded, English gloss): "Sở Nội vụ
# (cơ quan thường trực …)", "Sở Nông nghiệp và Môi trường là cơ quan đầu mối" (corpus hcm_2853),
# "Công an thành phố - Thường trực tham mưu thực hiện Chương trình" (corpus cantho_153).
_STANDING_WORDS = (("cơ quan thường trực", "the standing body"), ("cơ quan đầu mối", "the focal body"),
                   ("thường trực tham mưu", "the standing advisory body"))
_STANDING = re.compile("|".join(rf"\b{re.escape(w)}\b" for w, _ in _STANDING_WORDS))
# What may stand between an agency and the standing words in apposition: "X, Cơ quan Thường trực",
# "X - Thường trực", "X (cơ quan thường trực", "X là cơ quan đầu mối".
_APPOSITION = re.compile(r"[\s,(\-–]*(?:\blà\s+|\blàm\s+)?$")
# A clause that makes an agency lead the whole plan: "Chủ trì, phối hợp với các sở, ngành … triển khai
# thực hiện Chương trình", "chủ trì tổ chức thực hiện Kế hoạch này" (the plan itself, not a named
# decision or scheme: "triển khai thực hiện Quyết định số 338 …" is not one).
# "… chủ trì, phối hợp … thực hiện chức năng chủ quản Chương trình" (the programme's owner, corpus
# dongnai_182 IV.2) says it too.
_PLAN_LEAD = re.compile(r"\bchủ trì\b.*(?:\b(?:triển khai|tổ chức|thực hiện)\s+(?:thực hiện\s+)?"
                        r"(?:kế hoạch|chương trình|đề án)(?:\s+này)?\s*(?:[;,.]|$)"
                        r"|\bchủ quản\s+(?:kế hoạch|chương trình|đề án)\b)")
# A clause that names a part of the plan by its Roman number, not its title: "… triển khai thực hiện
# các nhiệm vụ và giải pháp tại Phần III Kế hoạch này" (corpus dongthap_556 IV.13). The words that
# name a part (folded, English gloss); the number must end the clause or be followed by "(của) Kế
# hoạch này", so "Mục II Phụ lục …" or "Phần III Quyết định số …" (another document's part) is none.
_PART_NAME_WORDS = (("phần", "part"), ("mục", "section"))
_PART_NUMBER = re.compile(rf"\b(?:{'|'.join(w for w, _ in _PART_NAME_WORDS)})\s+([ivxlc]+)"
                          r"(?:\s+(?:của\s+)?(?:kế hoạch|chương trình|đề án)\s+này)?\s*(?:[,.;:)]|$)")
# A paragraph that closes the plan, not a duty: "Trên đây là Kế hoạch …", "Trong quá trình thực
# hiện, nếu …", "UBND thị xã đề nghị các cơ quan …".
CLOSING = re.compile(r"(?:trên đây|trong quá trình|[^.;:]{0,40}\bđề nghị các\b)")
# The data window of a report ("thời gian chốt số liệu"): a cut-off, read by ``body.reporting_rules``.
_CUTOFF = re.compile(r"\bchốt số liệu\b")


def is_duty_part(title: str) -> bool:
    """True when a part's title names the plan's organisation, funding or reporting."""
    folded = " ".join(fold(title).replace("*", " ").split())
    return any(words in folded for words, _ in DUTY_PARTS)


def _duty_nodes(roots: Sequence[Node]) -> list[Node]:
    """The top nodes of every duty part: a Roman part, or a numbered part inside one."""
    found = []
    for node in walk(roots):
        if node.kind in ("roman", "number") and len(node.title) < 80 and is_duty_part(node.title) \
                and not any(c.kind == "number" and c.children and len(c.title) < 80 and is_duty_part(c.title)
                            for c in node.children):
            # "III. Nhiệm vụ, giải pháp, phân công trách nhiệm" over "1. Nhiệm vụ, giải pháp tổng thể" and
            # "2. Phân công trách nhiệm": only the second is a duty part
            if not any(n is node or n in node.descendants() for n in found) and not _inside(node, found):
                found.append(node)
    return found


def _inside(node: Node, parts: Sequence[Node]) -> bool:
    parent = node.parent
    while parent is not None:
        if any(parent is p for p in parts):
            return True
        parent = parent.parent
    return False


def _names_agency(text: str, ctx: PlanContext | None, specific: bool) -> bool:
    parsed = parse_assignment(text, ctx)
    mentions = [*parsed.lead, *parsed.coordinators,
                *(p.mention for p in parsed.others if p.role is not Role.RECIPIENT)]
    if specific:
        mentions = [m for m in mentions if not m.generic]
    return bool(mentions)


def closing(node: Node) -> bool:
    """True for the plan's closing paragraph ("Trên đây là Kế hoạch …")."""
    memo = node.memo
    if "closing" not in memo:  # asked of every node of a part, several times
        memo["closing"] = _closing(node)
    return memo["closing"]


def _closing(node: Node) -> bool:
    if node.kind == "number":  # "3. Trong quá trình thực hiện, nếu có khó khăn … phản ánh về …"
        return fold(node.body.text).startswith(("trên đây", "trong quá trình"))
    # the document's end mark "./." closes it too ("Yêu cầu các sở … nghiêm túc triển khai thực hiện./.")
    return node.kind == "text" and (CLOSING.match(fold(node.body.text)) is not None
                                    or node.body.text.rstrip().endswith("./."))


def duty_drafts(roots: Sequence[Node], ctx: PlanContext | None, taken: set[int]) -> list[Draft]:
    """The duty sentences of the plan's duty parts, as drafts (numbered items not already tasks)."""
    drafts: list[Draft] = []
    for part in _duty_nodes(roots):
        funding = "kinh phí" in fold(part.title)
        for node in part.descendants():
            if id(node) in taken:
                continue
            if node.kind == "number":
                if any(c.kind == "number" for c in node.children) or agency_heading(node, ctx) is not None \
                        or closing(node):
                    continue
                content = [node.body] + [c.text for c in node.descendants() if not closing(c)]
                own = cell_of(content, " ").text
                if _CUTOFF.search(fold(own)) or not _names_agency(own, ctx, specific=funding):
                    continue
                said = assigning_text(node, ctx, keep=lambda c: not closing(c))
                bullets = _listed_duties(node)
                if bullets:  # "2. Sở Giáo dục và Đào tạo chủ trì, phối hợp với …:" over its duties
                    for bullet in bullets:
                        more = [bullet.body] + [d.text for d in bullet.descendants() if not closing(d)]
                        drafts.append(Draft(bullet, "body:duty", more, assignment=[node.body, bullet.body]))
                else:
                    drafts.append(Draft(node, "body:duty", content, assignment=said))
                taken.update(id(n) for n in node.descendants())
            elif node.kind in ("bullet", "text") and node.parent is part and _is_report(node.body.text):
                drafts.append(Draft(node, "body:report", [node.body], assignment=[node.body]))
            elif node.kind == "text" and node.parent is part and not any(c.kind == "number" for c in part.children) \
                    and (not closing(node) or _dated_last_duty(node, ctx)) \
                    and _names_agency(node.body.text, ctx, specific=funding):
                # a part written as paragraphs ("III. Kinh phí thực hiện: Ban tổ chức thực hiện theo …"); as its items, a
                # funding paragraph must name a specific agency, the others may name a group ("Các sở, ban, ngành … gửi
                # báo cáo … trước ngày 16 tháng 12 năm 2025", corpus hcm_174 VII)
                drafts.append(Draft(node, "body:duty", [node.body], assignment=[node.body]))
    return drafts


def _dated_last_duty(node: Node, ctx: PlanContext | None) -> bool:
    """True for the plan's last paragraph when it is a duty with a time of its own, not a closing one:
    the end mark "./." alone does not close "Các sở, ban, ngành … gửi báo cáo … về Sở Nội vụ trước ngày
    16 tháng 12 năm 2025 để tổng hợp …./." (corpus hcm_174 VII)."""
    text = node.body.text
    return CLOSING.match(fold(text)) is None and text.rstrip().endswith("./.") \
        and any(d.span is not None for d in find_deadlines(text, ctx))


# "… chỉ đạo Chi cục … thực hiện các nội dung sau:": the item's agency directs another body, whose
# work the bullets list (corpus thanhhoa_235 IV.1): one task.
_DIRECTS = re.compile(r"\bchỉ đạo\b")


def _listed_duties(node: Node) -> list[Node]:
    """The bullets of a duty sentence that lists its agency's duties ("Giao Sở X là cơ quan đầu mối …;
    tổ chức thực hiện các nhiệm vụ sau:", "Sở Y tế chủ trì, phối hợp với Sở X thực hiện các chương
    trình có liên quan như:", corpus hcm_2853): each is a task with the sentence's assignment. The
    sentence must end with ":" over two bullets or more; one that directs another body keeps them."""
    bullets = [c for c in node.children if c.kind == "bullet"]
    text = node.body.text.rstrip(" *")
    if len(bullets) < 2 or not text.endswith(":") or _DIRECTS.search(fold(text)):
        return []
    return bullets


def is_report(text: str) -> bool:
    """True for a sentence about periodic reports ("báo cáo" with "định kỳ", "hàng quý" …)."""
    return _is_report(text)


def _is_report(text: str) -> bool:
    folded = fold(text)
    return bool(_REPORT.search(folded) and _PERIODIC.search(folded))


def inherit_periods(tasks: Sequence[Task], ctx: PlanContext | None) -> list[Task]:
    """Recurring tasks whose rule names no periods ("định kỳ …, gửi trước ngày 20 của tháng cuối
    kỳ báo cáo") take the periods of the recurring task before them in the same part (002 III.2 after
    III.1; not an agency's section after another's: bvhttdl_4385 IV.3.đ after IV.1.b): the deadline
    cell becomes the earlier periods and the own phrase, parsed together."""
    out = []
    previous: Cell | None = None  # the periods phrase of the last recurring task ("hàng quý, 06 tháng, năm")
    where = ""  # the part or section that task is in: a rule takes periods only from its own part's
    for task in tasks:
        recurring = _recurring(task)
        if recurring is not None and task.deadline_cell is not None:
            if set(recurring.periods) <= {"period"} and previous is not None and _part_of(task.id) == where:
                cell = cell_of([_located(previous), _located(task.deadline_cell)], ": ")
                deadline = parse_deadline(cell.text, ctx)
                again = _recurring_rule(deadline)
                if again is not None and set(again.periods) - {"period"}:
                    task = dataclasses.replace(task, deadline_cell=cell, deadline=deadline)
            elif set(recurring.periods) - {"period"}:
                colon = task.deadline_cell.text.find(":")
                previous = sub_cell(task.deadline_cell, Span(0, colon)) if colon > 0 else task.deadline_cell
                where = _part_of(task.id)
        out.append(task)
    return out


def _part_of(task_id: str) -> str:
    """The part or section a body task's id puts it in: "body:III" for "body:III.2", "body:IV.3" for
    "body:IV.3.đ" (an agency's report does not take the periods of another agency's section)."""
    return task_id.rsplit(".", 1)[0]


def _located(cell: Cell) -> Located:
    return Located(cell.text, cell.span, cell.source_map)


def _recurring_rule(deadline) -> Recurring | None:
    if deadline is None:
        return None
    return next((r for r in walk_rule(deadline.rule) if isinstance(r, Recurring) and not r.continuous), None)


def _recurring(task: Task) -> Recurring | None:
    return _recurring_rule(task.deadline)


# --- parts of the plan handed to an agency -------------------------------------------------------

_REQUESTED_WORD = "đề nghị"  # "Đề nghị X …": X is asked (the longest opening before a subject)

def _clauses(located: Located) -> list[Located]:
    """The ";"- and "."-separated clauses of a text, located."""
    out = []
    start = 0
    text = located.text
    for match in re.finditer(r"[;.](?:\s|$)", text):
        if match.start() > start:
            out.append(_piece(located, start, match.start()))
        start = match.end()
    if start < len(text):
        out.append(_piece(located, start, len(text)))
    return [c for c in out if c.text.strip()]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def part_leads(roots: Sequence[Node], tasks: Sequence[Task], source: Source,
               ctx: PlanContext | None) -> tuple[list[Task], list[Diagnostic]]:
    """The plan's tasks without an assignment, given the lead their part gets from the duty parts.

    Returns only the tasks that changed, and an info ``plan.body_lead`` for each part assigned.
    """
    # items of a body-only plan's task section; a table row without its cell is left as written
    open_tasks = [t for t in tasks if t.source == "body:item" and t.assignment is None
                  and not t.assignment_text.strip()]
    if not open_tasks:
        return [], []
    parts: dict[str, tuple[list[str], list[Task]]] = {}
    for task in open_tasks:
        if task.section.title:
            parts.setdefault(task.section.number, (_words(task.section.title), []))[1].append(task)
    given: dict[str, list[Located]] = {}  # section number -> assignment pieces
    standing: list[Located] | None = None
    plan_lead: list[Located] | None = None
    notes: list[Diagnostic] = []
    duty_parts = _duty_nodes(roots)
    for node in _assigning_nodes(roots, duty_parts, ctx):
        heading = agency_heading(node.parent, ctx) if node.parent is not None else None
        in_duty_part = _inside(node, duty_parts)
        for clause in _clauses(node.body):
            folded = fold(clause.text)
            words = _words(clause.text)
            refs = _numbered_parts(folded, node)  # "Phần III" is every group of part III
            named = [number for number in parts if any(number == r or number.startswith(r + ".") for r in refs)]
            if in_duty_part:  # a duty part names a part by its title too; an agency's section by its number only
                named += [number for number, (title, _) in parts.items() if number not in named and _contains(words, title)]
            stands = in_duty_part and standing is None and _STANDING.search(folded) is not None
            leads_plan = in_duty_part and plan_lead is None and _PLAN_LEAD.search(folded) is not None
            if not (named or stands or leads_plan):
                continue  # a clause that names no part, no standing body, not the plan: nothing to parse
            pieces = [heading, clause] if heading is not None else [clause]
            parsed = parse_assignment(cell_of(pieces, ": ").text, ctx)
            if not parsed.lead and not parsed.coordinators:
                continue
            if stands:
                standing = _standing_body(pieces, ctx) or pieces
            elif leads_plan and parsed.lead:
                plan_lead = pieces
            for number in named:
                given.setdefault(number, pieces)
    if standing is None:  # named outside the duty parts ("… của Công an thành phố - Thường trực tham mưu …")
        standing = next((found for node in walk(roots) for clause in _clauses(node.body)
                         if ("rực" in (low := clause.text.lower()) or "mối" in low)  # cheap: one vowel each, no tone to move
                         and _STANDING.search(fold(clause.text)) and (found := _standing_body([clause], ctx))), None)
    if standing is not None and plan_lead is not None and _same_lead(standing, plan_lead, ctx):
        standing = plan_lead  # the same agency: its clause as the plan's lead says with whom
    for fallback in (standing, plan_lead):  # the plan's standing body, else the plan's lead
        if fallback is not None:
            for number in parts:
                given.setdefault(number, fallback)
    changed = []
    for task in open_tasks:
        own = _own_subject(task, ctx)
        if own is not None:  # "1. Công tác tham mưu …" / "Đề nghị Ủy ban Mặt trận … tổ chức quán triệt …"
            changed.append(dataclasses.replace(task, assignment_cell=own[0], assignment=own[1]))
            continue
        pieces = given.get(task.section.number)
        if not pieces:
            continue
        partner = _own_partner(task, ctx)  # "- Phối hợp với các bộ, ngành Trung ương tiếp tục …": the part's lead, with X
        cell = cell_of([*pieces, partner] if partner is not None else pieces, ": ")
        changed.append(dataclasses.replace(task, assignment_cell=cell, assignment=parse_assignment(cell.text, ctx)))
    for number, pieces in given.items():
        where = cell_of(pieces, ": ")
        notes.append(info(Code.PLAN_BODY_LEAD, f"the tasks of part {number} take their assignment from the body: "
                          f"{' '.join(where.text.split())[:90]}", where.span, part=number))
    return changed, notes




def _assigning_nodes(roots: Sequence[Node], duty_parts: Sequence[Node], ctx: PlanContext | None) -> Iterator[Node]:
    """The nodes whose clauses may give a part its lead: everything in the duty parts, then the items of
    agency-headed sections elsewhere ("13. Các sở, ngành có liên quan; Ủy ban nhân dân các xã, phường" /
    "… triển khai thực hiện các nhiệm vụ và giải pháp tại Phần III Kế hoạch này")."""
    for part in duty_parts:
        yield from part.descendants()
    for node in walk(roots):
        if node.parent is not None and not _inside(node, duty_parts) and not any(node is p for p in duty_parts) \
                and _PART_NUMBER.search(fold(node.body.text)) and agency_heading(node.parent, ctx) is not None:
            yield node


def _numbered_parts(folded: str, node: Node) -> list[str]:
    """The Roman numbers of the plan's parts a clause names ("tại Phần III Kế hoạch này"), upper case;
    not the part the clause stands in."""
    own = node.path[0].upper() if node.path else ""
    return [n for n in dict.fromkeys(m.group(1).upper() for m in _PART_NUMBER.finditer(folded)) if n != own]


def _own_partner(task: Task, ctx: PlanContext | None) -> Located | None:
    """The item's first clause when it names its partners and no lead ("Phối hợp với các bộ, ngành Trung ương
    tiếp tục triển khai …", corpus dongthap_556 III.7): read after its part's lead, as an agency heading is
    read before its items. None otherwise."""
    clauses = _clauses(_located(task.content))
    if not clauses:
        return None
    parsed = parse_assignment(clauses[0].text, ctx)
    return clauses[0] if parsed.coordinators and not parsed.lead else None


def _same_lead(first: Sequence[Located], second: Sequence[Located], ctx: PlanContext | None) -> bool:
    """True when two assigning texts name the same lead agencies."""
    def keys(pieces):
        return [m.key for m in parse_assignment(cell_of(list(pieces), ": ").text, ctx).lead]
    return keys(first) == keys(second) != []


def _own_subject(task: Task, ctx: PlanContext | None):
    """``(cell, assignment)`` when the first paragraph under a task-section item's heading opens with
    its own subject ("Sở Nội vụ chủ trì …", "Đề nghị Ủy ban Mặt trận … và Chủ tịch Ủy ban nhân dân
    xã, phường tổ chức quán triệt …", corpus cantho_153 III.1): the item says who does it, and its
    part's lead does not apply. None otherwise."""
    from .body_tasks import co_leads

    pieces = task.content.source_map.pieces
    if len(pieces) < 2:
        return None
    start, _, length = pieces[1]
    paragraph = sub_cell(task.content, Span(start, start + length))
    parsed = co_leads(parse_assignment(paragraph.text, ctx))
    opening = len(paragraph.text) - len(paragraph.text.lstrip(" *"))
    firsts = [m.span.start for m in (*parsed.lead, *(p.mention for p in parsed.others if p.role is Role.REQUESTED))]
    if not parsed.lead or min(firsts) > opening + len(_REQUESTED_WORD) + 1:
        return None
    return paragraph, parsed


def _standing_body(pieces: Sequence[Located], ctx: PlanContext | None) -> list[Located] | None:
    """The agency named in apposition right before the standing words ("Công an tỉnh, Cơ quan Thường
    trực Ban Chỉ đạo …" in a sentence whose subject is another body, "… của Công an thành phố -
    Thường trực tham mưu …"), as its own located text; None when no agency stands right before them
    ("- Là cơ quan thường trực …" under its heading).

    The words before the standing words are read alone, from the nearest word boundary that makes
    them one agency's name: the name must end where the apposition starts."""
    cell = cell_of(list(pieces), ": ")
    folded = fold(cell.text)
    found = _STANDING.search(folded)
    if found is None:
        return None
    gap = _APPOSITION.search(folded[:found.start()])
    end = gap.start() if gap else found.start()
    starts = [m.start() for m in re.finditer(r"(?<![\w])\w", cell.text[:end])][-12:]
    for start in starts:  # the longest name first
        parsed = parse_assignment(cell.text[start:end], ctx)
        mentions = [*parsed.lead, *parsed.coordinators, *(p.mention for p in parsed.others)]
        whole = [m for m in mentions if m.span.start == 0 and m.span.end >= end - start - 1]
        if whole:
            named = sub_cell(cell, Span(start, start + whole[0].span.end))
            return [Located(named.text, named.span, named.source_map)]
    return None


# --- reporting rules: who reports, to whom, through whom, and the tasks they are --------------------

# "(qua Sở Nội vụ để tổng hợp)", "(thông qua Sở Nội vụ)": the channel a report goes through.
_VIA = re.compile(r"\b(?:thông qua|qua)\s+([^();,]{3,80}?)(?=\s+để\b|[();,.]|$)")
# An annex row that points at the body's reporting rule for its cycle: "Báo cáo … định kỳ", "Theo quy định".
_REPORT_ROW = re.compile(r"^\s*báo cáo\b")
_BY_RULE = re.compile(r"\b(?:định kỳ|theo quy định)\b")


def link_reporting(rules: Sequence[ReportingRule], tasks: Sequence[Task], source: Source,
                   ctx: PlanContext | None) -> tuple[ReportingRule, ...]:
    """The reporting rules with their reporters (every subject), recipients, channel ("qua …"), the
    body task that tracks each, and the annex rows ("Báo cáo … định kỳ" / "Theo quy định") whose cycle
    the first rule with periods gives."""
    body = [t for t in tasks if t.source.startswith("body:") and t.source != "body:item"]
    rows = [t.id for t in tasks if t.source == "table" and _REPORT_ROW.match(fold(t.content_text))
            and _BY_RULE.search(fold(t.content_text + " " + t.deadline_text))
            and (t.deadline is None or not t.deadline.recurring or _recurring_rule(t.deadline) is not None
                 and set(_recurring_rule(t.deadline).periods) <= {"period"})]
    out = []
    linked = False
    for rule in rules:
        if rule.kind != "submission":
            out.append(rule)
            continue
        parsed = parse_assignment(rule.text, ctx)
        verb = re.search(r"\b(?:gửi|báo cáo|tổng hợp)\b", fold(rule.text))
        cut = verb.start() if verb else len(rule.text)
        reporters = tuple(dict.fromkeys(m.name for m in (*parsed.lead, *(p.mention for p in parsed.others
                                                                          if p.role is Role.IMPLEMENT))
                                        if m.span.start < cut))
        recipients = tuple(dict.fromkeys(p.mention.name for p in parsed.others if p.role is Role.RECIPIENT))
        via = []
        for match in _VIA.finditer(fold(rule.text)):
            named = parse_assignment(rule.text[match.start(1):match.end(1)], ctx)
            via.extend(m.name for m in (*named.lead, *named.coordinators))
        task = next((t for t in body if t.span.start <= rule.span.start < t.span.end), None)
        if not reporters and task is not None and task.assignment is not None:  # "1. Sở Nội vụ\n- Định kỳ … báo cáo"
            reporters = tuple(m.name for m in task.assignment.lead)
        rule_periods = rule.periods
        inherited = _recurring_rule(task.deadline) if task is not None else None
        if not set(rule_periods) - {"period"} and inherited is not None and task.source == "body:report":
            rule_periods = tuple(p for p in inherited.periods if p != "period")  # taken from the rule before
        periods = set(rule_periods) - {"period"}
        annex = tuple(rows) if periods and not linked else ()
        linked = linked or bool(annex)
        out.append(dataclasses.replace(rule, periods=rule_periods, reporters=reporters, recipients=recipients,
                                       via=tuple(dict.fromkeys(via)), task_id=task.id if task else None,
                                       annex_tasks=annex))
    return tuple(out)
