"""Assignment cells to lead, coordinating and other agencies, clause by clause.

The cell's folded words (abbreviations expanded) are cut into clauses at bullets ("- …"), ";"
and sentence ends. In each clause the parser reads:

1. an optional assigner ("Chủ tịch UBND tỉnh giao …") or "Giao"/"do" prefix;
2. the subject: a list of agencies ("Sở A, Sở B", "Các Sở: A, B", "các sở, ban, ngành");
3. the verbs right after it, which give the subject's role (grammar.VERBS); "chủ trì" anywhere in
   the clause makes the subject the clause's lead; "phối hợp (với) Y" with an object does so only
   when no other subject of the cell does the work (otherwise the subject helps: a coordinator);
4. the objects of "phối hợp với" (coordinators), of "tham mưu/trình/báo cáo/gửi/giúp/xin ý kiến"
   (recipients), and "gửi X thẩm định", "trình X thẩm định" (X appraises; grammar.HANDOVER_VERBS).

Labels ("Cơ quan chủ trì: A", "Phối hợp: B") give their role to the list after them (and to bare
lists in the clauses after a label that ends its line); bracketed marks ("A (chủ trì), B (phối
hợp)") give theirs to the names since the previous mark (grammar.LABEL_ROLES).

A clause with no subject ("…; tham mưu triển khai …") continues the previous one. If no clause
has a lead, the subject of the first clause that acts (not only coordinates) becomes the lead,
with an ``assignment.implicit_lead`` info; if none acts, ``assignment.no_lead``. Parenthesised
text ("(thuế, đất đai, …)") and HTML tags are skipped. The lists of agencies themselves are read
by ``lists.ListReader``, which this parser extends.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date

from ..context import PlanContext
from ..diagnostics import Code, error, warning
from ..lexicon import Lexicon
from ..lexicon.agencies import OUTSIDE_STATE_KINDS, AgencyLexicon
from ..limits import MAX_CELL_CHARS, too_long
from ..source import Span
from ..text.collect import Mode, check_mode, raise_on_errors
from ..text.located import Place, TextInput, place_of
from . import grammar as g
from .clauses import LINKS as _LINKS, ClauseReader, Draft as _Draft, unique as _unique, unique_parties as _unique_parties
from .lists import one_words
from .model import AgencyMention, Assignment, Clause, Party, Role
from .resolve import AgencyResolver, default_resolver

_PASSIVE = one_words(g.PASSIVE_MARK)
_PASSIVE_WORD = g.PASSIVE_MARK[0]  # "do" (by)


def parse_assignment(
    text: TextInput,
    ctx: PlanContext | None = None,
    *,
    mode: Mode = "collect",
    lexicon: Lexicon | AgencyLexicon | None = None,
    offset: int = 0,
) -> Assignment:
    """Parse an assignment cell ("Phân công … cách thức thực hiện") into an :class:`Assignment`.

    Args:
        text: the cell text (line breaks, NBSP, en dashes and "Hoà/Hòa" do not matter), or a
            :class:`reformrules.document.Located` cell or paragraph: every span of the result and
            of its diagnostics is then in the document's source coordinates.
        ctx: the plan's context; ``ctx.issuer`` selects issuer-relative names and ``ctx.issued``
            the names valid on the plan's date (and flags agencies already abolished then).
        mode: ``"collect"`` returns diagnostics; ``"raise"`` raises :class:`ParseError` when
            any diagnostic is an error (an empty cell, or one naming no agency).
        lexicon: the word tables (:class:`reformrules.lexicon.Lexicon`; its ``agencies`` are used),
            or an agency lexicon other than the packaged one; ``None``: the packaged tables.
        offset: added to every span of a plain ``str`` (the cell's offset in its source).

    Examples:
        >>> a = parse_assignment("Các Sở: Kế hoạch và Đầu tư, Xây dựng chủ trì, phối hợp với "
        ...                      "Văn phòng UBND tỉnh, Sở Nội vụ và các cơ quan liên quan")
        >>> [m.name for m in a.lead]
        ['Sở Kế hoạch và Đầu tư', 'Sở Xây dựng']
        >>> [m.name for m in a.coordinators]
        ['Văn phòng Ủy ban nhân dân tỉnh', 'Sở Nội vụ', 'các cơ quan liên quan']
        >>> a.generic_coordinators, a.diagnostics
        (True, ())
        >>> str(parse_assignment("Sở Nội vụ phối hợp với Sở Tài chính"))
        'lead[Sở Nội vụ] coord[Sở Tài chính]'
    """
    if not isinstance(text, str) and type(text).__name__ not in ("Located", "Prepared"):
        raise TypeError(f"parse_assignment() needs a str, a Located or a Prepared, not {type(text).__name__}")
    # A prepared cell (text/prepared.py) brings its tokens: the cell is tokenized once for every parser,
    # and only when it is parsed (not when it is too long or its parse is cached).
    prepared = text if type(text).__name__ == "Prepared" else None
    text, place = place_of(text, offset)
    check_mode(mode)
    if isinstance(lexicon, Lexicon):
        lexicon = None if lexicon.agency_tables is None else lexicon.agency_tables
    ctx = ctx or PlanContext()
    over = too_long(text, MAX_CELL_CHARS, "an assignment cell")  # docs/limits.md: not read, said so
    if over is not None:
        result = Assignment(text, Span(0, len(text)), diagnostics=(over,))
    elif lexicon is None:
        result = _parse_cached(text, ctx.issuer, ctx.issued, prepared)
    else:
        result = _CellParser(text, AgencyResolver(lexicon, ctx.issuer, ctx.issued), ctx.issued, _tokens(prepared)).parse()
    if not place.is_identity:
        result = _placed(result, place)
    raise_on_errors(text, result.diagnostics, mode)
    return result


_CACHE: OrderedDict[tuple[str, str | None, date | None], Assignment] = OrderedDict()
_CACHE_SIZE = 4096


def _tokens(prepared):
    """The token columns of a prepared cell (made once, shared with the other parsers), or None."""
    return None if prepared is None else prepared.columns("dates")


def _parse_cached(text: str, issuer: str | None, issued: date | None, prepared=None) -> Assignment:
    """Parses with the packaged lexicon, cached (least recently used out first): a result depends
    only on the text, the issuer and the issue date, and is immutable (plans repeat cells: seed 001
    has "Văn phòng thực hiện" nine times). ``prepared``: the cell prepared by the text layer, whose
    tokens are used on a miss."""
    key = (text, issuer, issued)
    found = _CACHE.get(key)
    if found is not None:
        _CACHE.move_to_end(key)
        return found
    result = _CACHE[key] = _CellParser(text, default_resolver(issuer, issued), issued, _tokens(prepared)).parse()
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return result


def clear_cache() -> None:
    """Forget cached parses (for benchmarks of the cold path).

    Examples:
        >>> clear_cache()
    """
    _CACHE.clear()


class _CellParser(ClauseReader):
    """One parse of one cell: clauses and subjects (predicates from :class:`ClauseReader`, lists from
    :class:`ListReader`)."""

    # ----------------------------------------------------------------- clauses
    def parse(self) -> Assignment:
        text = self.text
        span = Span(0, len(text))
        if not text.strip():
            return Assignment(text, span, diagnostics=(error(Code.TEXT_EMPTY, "empty assignment cell", span),))
        drafts: list[_Draft] = []
        carried: Role | None = None  # the role of the last label, for the bare lists after it
        doers = False  # since the last label, "Cơ quan thực hiện:": each body listed leads its part
        w = self.w
        for start, end in self._segments():
            draft = self._clause(start, end)
            if draft.label is not None:
                carried = draft.label
                doers = draft.label is Role.IMPLEMENT
                if not draft.subject:  # "Cơ quan phối hợp:" alone: its list is in the next clauses
                    continue
            elif draft.subject and carried is not None and _bare(draft):  # "Cơ quan phối hợp:\n- Sở A;\n- Sở B"
                draft.roles = [carried]
                draft.leads_explicitly = carried is Role.LEAD
            elif draft.roles or draft.partnered:
                carried = None
            draft.doer = doers and bool(draft.subject)
            prev = drafts[-1] if drafts else None
            if (draft.subject and prev is not None and prev.tail is not None and draft.label is None
                    and ";" in (w[start], w[start - 1]) and not draft.leads_explicitly and not draft.partnered
                    and (draft.subject[0].generic or (w[start] not in g.BULLETS and _only_acts(draft)))):
                # "… phối hợp với các Sở, ban, ngành; Ủy ban nhân dân các xã, phường; các cơ quan … triển
                # khai thực hiện", "phối hợp với Sở A; Sở B; Sở C thực hiện": a list after ";" goes on with
                # the objects until a clause with its own role or object; the last verb is the sentence's
                if prev.tail is Role.COORDINATE:
                    prev.coordinators += draft.subject
                else:
                    prev.others += [Party(prev.tail, m) for m in draft.subject]
                prev.tail = draft.tail if draft.roles or draft.others or draft.coordinators else prev.tail
                prev.end = draft.end
                prev.coordinators += draft.coordinators
                prev.others += draft.others
                continue
            if (draft.subject and drafts and ";" in (self.w[start], self.w[start - 1]) and drafts[-1].subject and _bare(drafts[-1])
                    and drafts[-1].label is None and carried is None):
                prev = drafts.pop()  # "Giao các sở, ngành; UBND các xã, phường; … thực hiện": one list
                draft.subject = prev.subject + draft.subject
                draft.start = prev.start
                draft.others = prev.others + draft.others
            if draft.subject or not drafts:
                drafts.append(draft)
            else:  # no subject: the clause goes on with the previous subject
                prev = drafts[-1]
                prev.end = draft.end
                prev.leads_explicitly |= draft.leads_explicitly
                prev.partnered = prev.partnered or draft.partnered
                prev.coordinators += draft.coordinators
                prev.others += draft.others
        clauses = self._finish(drafts)
        if len(clauses) == 1:  # a clause's parties are unique already
            lead, coordinators, others = clauses[0].lead, clauses[0].coordinators, clauses[0].others
        else:
            lead = _unique(m for c in clauses for m in c.lead)
            coordinators = _unique(m for c in clauses for m in c.coordinators)
            others = _unique_parties(p for c in clauses for p in c.others)
        if not lead and not coordinators and not others:
            self.diagnostics.append(error(Code.ASSIGNMENT_EMPTY, "no agency found in the assignment", span))
        elif not lead and not any(d.code is Code.ASSIGNMENT_IMPLICIT_LEAD for d in self.diagnostics):
            self.diagnostics.append(warning(Code.ASSIGNMENT_NO_LEAD, "no agency leads (chủ trì) this task", span))
        return Assignment(text, span, lead, coordinators, others, tuple(clauses), tuple(self.diagnostics))

    def _segments(self) -> list[tuple[int, int]]:
        """Word ranges of the clauses: cut at bullets, ";" and sentence-ending "."."""
        w, kinds, text = self.w, self.kinds, self.text
        cuts = [0]
        depth = 0
        for i in self._clause_marks:  # the scan found them, in order
            word = w[i]
            kind = kinds[i]
            if kind == "open":
                depth += 1
            elif kind == "close":
                depth = max(0, depth - 1)
            elif depth == 0 and word in g.CLAUSE_ENDS and (word == ";" or _ends_sentence(text, self.ends[i])):
                cuts.append(i + 1)
            elif depth == 0 and word in g.BULLETS and i > 0 and self._is_bullet(i):
                cuts.append(i)
        if ":" in w:  # a label opens a clause at a line start, or after "," when a list follows it
            n = len(w)
            for p in sorted(self._label_noun.keys() | self._label_role.keys()):
                if p and (w[p - 1] == "," or self._line_start(p)):
                    label = self._label_at(p, n)
                    if label and (self._line_start(p) or self._item_start(label[1])):
                        cuts.append(p)
            cuts = sorted(set(cuts))
        cuts.append(len(w))
        return [(a, b) for a, b in zip(cuts, cuts[1:]) if a < b]

    def _line_start(self, i: int) -> bool:
        return i > 0 and "\n" in self.text[self.ends[i - 1] : self.starts[i]]

    def _is_bullet(self, i: int) -> bool:
        """A dash that opens a sub-assignment: at a line start, or spaced and before an agency."""
        before = self.text[self.ends[i - 1] : self.starts[i]]
        opens = self._item_start(i + 1) or self._label_at(i + 1, len(self.w)) is not None
        if "\n" in before and (self.w[i - 1] in g.CLAUSE_ENDS or self.w[i - 1] == ":" or opens):
            return True
        if "\n" in before and self.ends[i] < len(self.text) and self.text[self.ends[i]] in " \t" \
                and not self._inside_name(i):
            return True  # a dash opening a line, then a space: a bullet even after a heading ("Trưởng Ban …\n- Phụ trách …")
        after_ok = i + 1 < len(self.w) and self.ends[i] < self.starts[i + 1]
        return bool(before) and after_ok and opens

    def _inside_name(self, i: int) -> bool:
        """True when a known name runs across the word at ``i`` ("Sở Lao động\n- Thương binh và Xã hội")."""
        for k in range(max(0, i - 6), i):
            found = self._lookup(k)
            if found and k + found[0] > i:
                return True
        return False

    def _clause(self, start: int, end: int) -> _Draft:
        w = self.w
        draft = _Draft(start, end)
        i = start
        while i < end and (w[i] in g.BULLETS or w[i] in g.CLAUSE_ENDS or w[i] == ","):
            i += 1
        label = self._label_at(i, end)
        if label is not None:  # "Cơ quan chủ trì: Sở Nội vụ": the label gives the list's role
            draft.label, k = label
            subject, j = self._list(k, end)
            if subject:
                draft.subject, draft.roles, draft.leads_explicitly = subject, [label[0]], label[0] is Role.LEAD
                self._predicate(draft, self._marks(draft, k, j, end), end)
            return draft
        if i + 1 < end and len(w[i]) <= 2 and self.kinds[i] in ("word", "num") and self.kinds[i + 1] == "close":
            i += 2  # an enumerator: "a) …", "đ) …", "1) …"
        while i < end and (i in self._filler or w[i] == ","):  # "Đồng thời, …"
            i += self._filler[i][0] if i in self._filler else 1
        request = False
        prefix = self._assign.get(i)
        if prefix:  # "Giao Sở X …", "Yêu cầu các cơ quan …", "Đề nghị Ủy ban MTTQ …": the plan's issuer assigns
            request = prefix[1]
            i += prefix[0]
        i = self._skip(i, end, _PASSIVE)
        consult = g.CONSULT_TABLE.match(w, i)
        if consult:  # "Sau khi thống nhất với A và B, C trình …": A and B are consulted, C acts
            i = self._consulted(draft, i + consult[0], end)
        subject, j = self._list(i, end)
        found_later = False
        if not subject and not prefix and not self._verb_at(i):
            subject, j, assigned = self._find_subject(i, end)
            if subject:
                found_later = True
                request = bool(assigned and assigned[1])
                if assigned:
                    prefix = assigned
        if subject and j < end and j in self._assign:  # "UBND tỉnh giao Sở X …": X acts, the subject assigns
            size, asks = self._assign[j]
            objects, after = self._list(self._skip(j + size, end, _PASSIVE), end)
            if objects:  # with no object the verb is the subject's own act ("… chỉ đạo rà soát")
                draft.others += [Party(Role.ASSIGNER, m) for m in subject]
                i, subject, j, request = self._skip(j + size, end, _PASSIVE), objects, after, asks
                found_later = False
        if subject and request:  # "đề nghị" a body outside the state chain: a request, not an order
            draft.others += [Party(Role.REQUESTED, m) for m in subject if m.kind in OUTSIDE_STATE_KINDS]
            subject = [m for m in subject if m.kind not in OUTSIDE_STATE_KINDS]
            if not subject:
                self._predicate(_Draft(j, end), j, end)
                return draft
        if subject:
            draft.subject = subject
            i = j if found_later else self._marks(draft, i, j, end)
        self._predicate(draft, i, end)
        return draft

    def _consulted(self, draft: _Draft, i: int, end: int) -> int:
        """Reads the parties of a consulting preamble into ``draft.others``; returns where the
        clause's subject starts: after the preamble's "," or, when the list runs on into the
        subject ("… các Bộ, ngành, Bộ Tư pháp trình"), at its last name joined by ","."""
        parties, j = self._list(i, end)
        if not parties:
            return i
        if j < end and self._verb_at(j) and len(parties) > 1 and not parties[-1].generic:
            last = parties[-1]
            at = next((k for k in range(i, j) if self.starts[k] >= last.span.start), j)
            if at > i and self.w[at - 1] == ",":
                draft.others += [Party(Role.CONSULTED, m) for m in parties[:-1]]
                return at
        draft.others += [Party(Role.CONSULTED, m) for m in parties]
        return j + 1 if j < end and self.w[j] == "," else j

    # ------------------------------------------------------------ role labels
    def _label_at(self, i: int, end: int, closer: str = g.LABEL_END) -> tuple[Role, int] | None:
        """A role label at ``i`` ("Cơ quan chủ trì thực hiện:"), ending with ``closer``: its role
        and the position after the closer."""
        w = self.w
        noun = self._label_noun.get(i)
        k = i + noun[0] if noun else i
        found = self._label_role.get(k)
        if not found:
            return None
        k += found[0]
        while k < end and k in self._verb:  # verbs completing the role: "chủ trì thực hiện"
            k += self._verb[k][0]
        return (found[1], k + 1) if k < end and w[k] == closer else None

    def _marks(self, draft: _Draft, i: int, j: int, end: int) -> int:
        """Role marks in and right after the subject read from ``i`` to ``j`` ("Sở Nội vụ (chủ trì),
        Sở Tài chính (phối hợp)"): a mark gives its role to the names since the previous mark; names
        after the last mark coordinate. The subject keeps the leading role. Returns where the
        predicate starts."""
        w, kinds = self.w, self.kinds
        if "(" not in w[i : j + 1]:
            return j
        marks: list[tuple[int, Role]] = []  # (offset of the mark, role)
        k = i
        while True:
            for p in range(k, j):
                if kinds[p] == "open":
                    mark = self._label_at(p + 1, end, ")")
                    if mark:
                        marks.append((self.starts[p], mark[0]))
            mark = self._label_at(j + 1, end, ")") if j < end and kinds[j] == "open" else None
            if not mark:
                break
            marks.append((self.starts[j], mark[0]))
            j = mark[1]
            sep = self._and.get(j) if j < end else None
            k = j + sep[0] if sep else j
            if k >= end or not (sep or self._line_start(k)):  # "…(chủ trì)\nSở Tài chính (phối hợp)"
                break
            more, after = self._list(k, end)
            if not more:
                break
            draft.subject += more
            j = after
        if not marks:
            return j
        roles = [next((r for at, r in marks if at >= m.span.end), Role.COORDINATE) for m in draft.subject]
        main = Role.LEAD if Role.LEAD in roles else next((r for r in roles if r is not Role.COORDINATE), Role.COORDINATE)
        pairs = list(zip(draft.subject, roles))
        draft.subject = [m for m, r in pairs if r is main]
        draft.roles, draft.leads_explicitly = [main], main is Role.LEAD
        draft.coordinators += [m for m, r in pairs if r is Role.COORDINATE and r is not main]
        draft.others += [Party(r, m) for m, r in pairs if r not in (main, Role.COORDINATE)]
        return j

    def _find_subject(self, i: int, end: int) -> tuple[list[AgencyMention], int, tuple | None]:
        """A subject later in the clause ("Căn cứ …, Văn phòng rà soát …", "Trong quá trình thực
        hiện, nếu có vướng mắc các cơ quan … phản ánh …", "…, đề nghị các sở … báo cáo"): a list
        after ",", "do" or an assigning verb, or opening with "các", that a verb follows. "do" names
        the clause's agent only before the clause's first verb ("Nhiệm vụ này do Sở X chủ trì");
        after one it describes that verb's object ("kết nối với hệ thống … quốc gia do Bộ X chủ
        trì": the system the ministry runs, no party of the task). Returns the list, where it ends,
        and the assigning verb's table entry when one came before it."""
        depth = 0
        skip_to = i
        acted = False  # a verb of the clause came before: a later "do X …" describes its object
        for k in range(i, end):
            kind = self.kinds[k]
            if kind == "open":
                depth += 1
                continue
            if kind == "close":
                depth = max(0, depth - 1)
                continue
            if depth:
                continue
            if k < skip_to:
                continue
            verb = self._object_verb.get(k)
            if verb and verb[1] is not Role.CHANNEL:  # "phối hợp với các cơ quan … thực hiện": an object, not a subject
                objects, after = self._list(self._skip(k + verb[0], end, _LINKS), end)
                if objects:
                    skip_to = after
                    continue
            if k > i and k in self._verb_ends and k in self._quantifier:
                objects, after = self._list(k, end)  # "hướng dẫn các cơ quan, tổ chức … thực hiện": an object
                if objects:
                    skip_to = after
                    continue
            word = self.w[k]
            via = None
            if word == "," or (word == _PASSIVE_WORD and not acted):
                at = k + 1
            elif k in self._assign:
                via = self._assign[k]
                at = k + via[0]
            elif k in self._quantifier and k > i:
                at = k
            else:
                acted = acted or k in self._verbish
                continue
            found, j = self._list(at, end)
            if found and j < end and self._verb_at(j):
                return found, j, via
        return [], i, None

def _only_acts(draft: _Draft) -> bool:
    """True when a clause names agencies and at most "thực hiện" (the sentence's last verb), no
    role of its own: "…; Sở Nội vụ thực hiện" after "phối hợp với Sở A; Sở B"."""
    return not (draft.partnered or draft.coordinators or draft.others) and all(r is Role.IMPLEMENT for r in draft.roles)


def _bare(draft: _Draft) -> bool:
    """True when a clause only names agencies (no verb, no object): "- Sở Tài chính;"."""
    return not (draft.roles or draft.partnered or draft.coordinators or draft.others)


def _ends_sentence(text: str, end: int) -> bool:
    return end >= len(text) or text[end].isspace()


def _placed(a: Assignment, place: Place) -> Assignment:
    """``a`` with every span in the coordinates of ``place`` (an offset, or a located cell's file)."""
    where = place.span

    def m(x: AgencyMention) -> AgencyMention:
        return AgencyMention(x.text, where(x.span), x.name, x.agency_id, x.generic, x.kind, x.head, x.place)

    def p(x: Party) -> Party:
        return Party(x.role, m(x.mention))

    def c(x: Clause) -> Clause:
        return Clause(x.text, where(x.span), tuple(map(m, x.lead)), tuple(map(m, x.coordinators)),
                      tuple(map(p, x.others)))

    return Assignment(a.text, where(a.span), tuple(map(m, a.lead)), tuple(map(m, a.coordinators)),
                      tuple(map(p, a.others)), tuple(map(c, a.clauses)), place.diagnostics(a.diagnostics))
