"""Assignment cells to lead, coordinating and other agencies, clause by clause.

The cell's folded words (abbreviations expanded) are cut into clauses at bullets ("- …"), ";"
and sentence ends. In each clause the parser reads:

1. an optional assigner ("Chủ tịch UBND tỉnh giao …") or "Giao"/"do" prefix;
2. the subject: a list of agencies ("Sở A, Sở B", "Các Sở: A, B", "các sở, ban, ngành");
3. the verbs right after it, which give the subject's role (grammar.VERBS); "chủ trì" anywhere in
   the clause, or "phối hợp (với) Y" with an object, makes the subject the clause's lead;
4. the objects of "phối hợp với" (coordinators), of "tham mưu/trình/báo cáo/gửi/giúp"
   (recipients), and "gửi X thẩm định" (X appraises).

A clause with no subject ("…; tham mưu triển khai …") continues the previous one. If no clause
has a lead, the subject of the first clause that acts (not only coordinates) becomes the lead,
with an ``assignment.implicit_lead`` info; if none acts, ``assignment.no_lead``. Parenthesised
text ("(thuế, đất đai, …)") and HTML tags are skipped.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from ..context import PlanContext
from ..diagnostics import Code, Diagnostic, error, has_errors, info, warning
from ..errors import ParseError
from ..lexicon.agencies import AgencyLexicon, Word
from ..source import Span
from ..text.fold import fold
from . import grammar as g
from .model import AgencyMention, Assignment, Clause, Party, Role
from .resolve import AgencyResolver, default_resolver

Mode = Literal["collect", "raise"]
_ACTING = frozenset(Role) - {Role.COORDINATE, Role.RECIPIENT, Role.ASSIGNER, Role.LEAD}
_QUANTIFIER_FIRST = frozenset({"các", "tất", "những", "mọi"})


def parse_assignment(
    text: str,
    ctx: PlanContext | None = None,
    *,
    mode: Mode = "collect",
    lexicon: AgencyLexicon | None = None,
    offset: int = 0,
) -> Assignment:
    """Parse an assignment cell ("Phân công … cách thức thực hiện") into an :class:`Assignment`.

    Args:
        text: the cell text (line breaks, NBSP, en dashes and "Hoà/Hòa" do not matter).
        ctx: the plan's context; ``ctx.issuer`` selects issuer-relative names and ``ctx.issued``
            the names valid on the plan's date (and flags agencies already abolished then).
        mode: ``"collect"`` returns diagnostics; ``"raise"`` raises :class:`ParseError` when
            any diagnostic is an error (an empty cell, or one naming no agency).
        lexicon: an agency lexicon other than the packaged one.
        offset: added to every span (the cell's offset in its source).

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
    if not isinstance(text, str):
        raise TypeError(f"parse_assignment() needs a str, not {type(text).__name__}")
    if mode not in ("collect", "raise"):
        raise ValueError(f"mode must be 'collect' or 'raise', not {mode!r}")
    ctx = ctx or PlanContext()
    if lexicon is None:
        result = _parse_cached(text, ctx.issuer, ctx.issued)
    else:
        result = _CellParser(text, AgencyResolver(lexicon, ctx.issuer, ctx.issued), ctx.issued).parse()
    if offset:
        result = _shifted(result, offset)
    if mode == "raise" and has_errors(result.diagnostics):
        raise ParseError(text, tuple(d for d in result.diagnostics if d.severity.value == "error"))
    return result


@functools.lru_cache(maxsize=4096)
def _parse_cached(text: str, issuer: str | None, issued: date | None) -> Assignment:
    """Parses with the packaged lexicon, cached: a result depends only on these three values
    and is immutable (plans repeat cells: seed 001 has "Văn phòng thực hiện" nine times)."""
    return _CellParser(text, default_resolver(issuer, issued), issued).parse()


def clear_cache() -> None:
    """Forget cached parses (for benchmarks of the cold path).

    Examples:
        >>> clear_cache()
    """
    _parse_cached.cache_clear()


@dataclass
class _Draft:
    """A clause being built."""

    start: int
    end: int
    subject: list[AgencyMention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    leads_explicitly: bool = False
    # "phối hợp (với) Y": the objects Y, and the acting role of a verb right after them ("thẩm định").
    partnered: tuple[list[AgencyMention], Role | None] | None = None
    coordinators: list[AgencyMention] = field(default_factory=list)
    others: list[Party] = field(default_factory=list)


class _CellParser:
    """One parse of one cell (holds the words and the resolver)."""

    def __init__(self, text: str, resolver: AgencyResolver, issued: date | None):
        self.text = text
        self.resolver = resolver
        self.issued = issued
        self.words = _strip_markup(resolver.lexicon.words(text))
        self.w = [x.text for x in self.words]
        self.diagnostics: list[Diagnostic] = []
        self._starts: dict[int, bool] = {}
        self._verbs: dict[int, bool] = {}

    # ----------------------------------------------------------------- clauses
    def parse(self) -> Assignment:
        text = self.text
        span = Span(0, len(text))
        if not text.strip():
            return Assignment(text, span, diagnostics=(error(Code.TEXT_EMPTY, "empty assignment cell", span),))
        drafts: list[_Draft] = []
        for start, end in self._segments():
            draft = self._clause(start, end)
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
        w, words, text = self.w, self.words, self.text
        cuts = [0]
        depth = 0
        for i, word in enumerate(w):
            kind = words[i].kind
            if kind == "open":
                depth += 1
            elif kind == "close":
                depth = max(0, depth - 1)
            elif depth == 0 and word in g.CLAUSE_ENDS and (word == ";" or _ends_sentence(text, words[i].end)):
                cuts.append(i + 1)
            elif depth == 0 and word in g.BULLETS and i > 0 and self._is_bullet(i):
                cuts.append(i)
        cuts.append(len(w))
        return [(a, b) for a, b in zip(cuts, cuts[1:]) if a < b]

    def _is_bullet(self, i: int) -> bool:
        """A dash that opens a sub-assignment: at a line start, or spaced and before an agency."""
        before = self.text[self.words[i - 1].end : self.words[i].start]
        if "\n" in before and (self.w[i - 1] in g.CLAUSE_ENDS or self.w[i - 1] == ":" or self._item_start(i + 1)):
            return True
        after_ok = i + 1 < len(self.words) and self.words[i].end < self.words[i + 1].start
        return bool(before) and after_ok and self._item_start(i + 1)

    def _clause(self, start: int, end: int) -> _Draft:
        w = self.w
        draft = _Draft(start, end)
        i = start
        while i < end and (w[i] in g.BULLETS or w[i] in g.CLAUSE_ENDS or w[i] == ","):
            i += 1
        i = self._skip(i, end, (g.ASSIGN_VERB, g.PASSIVE_MARK))
        subject, j = self._list(i, end)
        if subject and j < end and tuple(w[j : j + 1]) == g.ASSIGN_VERB:
            for m in subject:
                draft.others.append(Party(Role.ASSIGNER, m))
            i = self._skip(j + 1, end, (g.PASSIVE_MARK,))
            subject, j = self._list(i, end)
        if not subject and not self._verb_at(i):
            subject, j = self._find_subject(i, end)
        if subject:
            draft.subject = subject
            i = j
        self._predicate(draft, i, end)
        return draft

    def _find_subject(self, i: int, end: int) -> tuple[list[AgencyMention], int]:
        """A subject later in the clause ("Căn cứ …, Văn phòng rà soát …"): a list after "," or
        "do" that a verb follows."""
        depth = 0
        for k in range(i, end):
            kind = self.words[k].kind
            if kind == "open":
                depth += 1
            elif kind == "close":
                depth = max(0, depth - 1)
            elif depth == 0 and self.w[k] in (",", "do"):
                found, j = self._list(k + 1, end)
                if found and j < end and self._verb_at(j):
                    return found, j
        return [], i

    def _predicate(self, draft: _Draft, i: int, end: int) -> None:
        """Verbs and objects after the subject.

        The subject's roles come from the run of verbs right after it, joined by "," or "và"
        ("hướng dẫn, kiểm tra, đôn đốc"); a verb straight after a verb is its complement
        ("tham mưu tổ chức" = advise on organising) and ends the run.
        """
        w = self.w
        in_run = True
        joined = True  # the next verb starts a new act (after the subject, "," or "và")
        firsts = g.PREDICATE_FIRSTS
        while i < end:
            word = w[i]
            if word not in firsts and word != "(":
                in_run = False
                i += 1
                continue
            kind = self.words[i].kind
            if kind == "open":
                i = self._after_parens(i, end)
                in_run = False
                continue
            if word in (",", "và"):
                joined = True
                i += 1
                continue
            found = g.FILLER_TABLE.match(w, i)
            if found:
                i += found[0]
                continue
            counts = in_run and joined
            found = g.OBJECT_VERB_TABLE.match(w, i)
            if found:
                size, object_role = found
                verb = g.VERB_TABLE.match(w, i)
                subject_role = verb[1] if verb else Role.IMPLEMENT
                j = self._skip(i + size, end, tuple(g.OBJECT_LINKS))
                objects, k = self._list(j, end)
                if objects:
                    if object_role is Role.COORDINATE:
                        draft.coordinators += objects
                        if not draft.partnered:
                            then = g.VERB_TABLE.match(w, k) if k < end else None
                            draft.partnered = (objects, then[1] if then and then[1] in _ACTING else None)
                    else:
                        role = object_role
                        handover = g.HANDOVER_VERBS.get(tuple(w[i : i + size]))
                        if handover:
                            then = g.VERB_TABLE.match(w, k) if k < end else None
                            if then and then[1] in handover:
                                role = then[1]
                                k += then[0]
                        draft.others += [Party(role, m) for m in objects]
                    if counts and object_role is not Role.COORDINATE and (not draft.roles or subject_role is not Role.IMPLEMENT):
                        draft.roles.append(subject_role)
                    i = k
                    in_run, joined = counts, False
                    continue
                if counts and (not draft.roles or subject_role is not Role.IMPLEMENT):
                    draft.roles.append(subject_role)
                in_run = counts
                joined = False
                i += size
                continue
            found = g.VERB_TABLE.match(w, i)
            if found:
                size, role = found
                if role is Role.LEAD:
                    draft.leads_explicitly = True
                    draft.roles.append(role)
                elif counts:
                    draft.roles.append(role)
                in_run = counts or role is Role.LEAD
                joined = False
                i += size
                continue
            in_run = False
            i += 1

    def _finish(self, drafts: list[_Draft]) -> list[Clause]:
        explicit = any(d.leads_explicitly for d in drafts)
        promoted = False
        # "X phối hợp với Y" with no "chủ trì": X leads, unless another subject does the work, as
        # in "- Các Sở: A, B xây dựng … - Các Sở: C, D phối hợp với Sở E thẩm định" (C, D help).
        partners = [d for d in drafts if d.subject and not d.leads_explicitly and d.partnered]
        # With no "chủ trì", the first subject that does the work (carries out or advises) leads;
        # failing that, the first subject that acts at all (guides, inspects, compiles …).
        chosen = None
        partners_lead = False
        if not explicit:
            acting = [d for d in drafts if d.subject and not d.partnered
                      and Role.COORDINATE not in (d.roles or [Role.IMPLEMENT])]
            working = [d for d in acting if {Role.IMPLEMENT, Role.ADVISE} & set(d.roles or [Role.IMPLEMENT])]
            partners_lead = bool(partners) and not working
            if not partners_lead:
                chosen = (working or acting or [None])[0]
        clauses = []
        for d in drafts:
            lead: list[AgencyMention] = []
            coordinators = list(d.coordinators)
            others = list(d.others)
            if d.subject:
                roles = d.roles or [Role.IMPLEMENT]
                if d.leads_explicitly or (partners_lead and d.partnered):
                    lead = list(d.subject)
                elif d.partnered:  # a helper: X and its partners coordinate; a partner that acts gets its role
                    objects, role = d.partnered
                    if role is not None:
                        keys = {m.key for m in objects}
                        coordinators = [m for m in coordinators if m.key not in keys]
                        others = others + [Party(role, m) for m in objects]
                    coordinators = list(d.subject) + coordinators
                    others = [Party(r, m) for r in _unique_roles(d.roles) if r is not Role.COORDINATE
                              for m in d.subject] + others
                elif Role.COORDINATE in roles:
                    coordinators = list(d.subject) + coordinators
                    others = [Party(r, m) for r in _unique_roles(roles) if r is not Role.COORDINATE
                              for m in d.subject] + others
                elif d is chosen and not promoted:
                    lead = list(d.subject)
                    promoted = True
                    names = ", ".join(m.name for m in d.subject)
                    self.diagnostics.append(info(
                        Code.ASSIGNMENT_IMPLICIT_LEAD,
                        f"no 'chủ trì': {names} ({', '.join(r.value for r in _unique_roles(roles))}) taken as lead",
                        _cover(d.subject)))
                else:
                    subject_parties = [Party(r, m) for r in _unique_roles(roles) for m in d.subject]
                    others = subject_parties + others
            lead_keys = {m.key for m in lead}
            clashes = [m for m in coordinators if m.key in lead_keys]
            for m in clashes:
                self.diagnostics.append(warning(
                    Code.ASSIGNMENT_LEAD_IS_COORDINATOR, f"{m.name} both leads and coordinates", m.span))
            s, e = self.words[d.start].start, self.words[d.end - 1].end
            clauses.append(Clause(self.text[s:e], Span(s, e), _unique(lead), _unique(coordinators),
                                  _unique_parties(others)))
        return clauses

    # ------------------------------------------------------------------ lists
    def _list(self, i: int, end: int) -> tuple[list[AgencyMention], int]:
        """A list of agencies at ``i``: items joined by ",", "và", ", và", "cùng"."""
        items, j = self._item(i, end, None)
        if not items:
            return [], i
        out = list(items)
        while j < end:
            k = j
            if self.words[k].kind == "open":  # "(thuế, đất đai, …)" after a group
                k = self._after_parens(k, end)
            sep = g.AND_TABLE.match(self.w, k)
            if not sep:
                break
            more, after = self._item(k + sep[0], end, out[-1])
            if not more:
                break
            out += more
            j = after
        return out, j

    def _item_start(self, i: int) -> bool:
        """True when an agency, title or generic group could start at ``i``."""
        known = self._starts.get(i)
        if known is None:
            known = self._starts[i] = self._probe_item_start(i)
        return known

    def _probe_item_start(self, i: int) -> bool:
        w = self.w
        return bool(
            i < len(w) and (
                g.HEAD_TABLE.match(w, i) or g.TITLE_TABLE.match(w, i) or g.QUANTIFIER_TABLE.match(w, i)
                or g.BARE_GENERIC_TABLE.match(w, i) or self.resolver.lookup(self.w, i)))

    def _item(self, i: int, end: int, previous: AgencyMention | None) -> tuple[list[AgencyMention], int]:
        """One list item: a distributive list, a known or unknown agency, or a generic group."""
        w = self.w
        if i >= end:
            return [], i
        title = g.TITLE_TABLE.match(w, i)
        if title and i + title[0] < end:
            found, j = self._item(i + title[0], end, previous)
            if len(found) == 1:
                m = found[0]
                s = self.words[i].start
                return [AgencyMention(self.text[s : m.span.end], Span(s, m.span.end), m.name, m.agency_id, m.generic)], j
            if found:
                return found, j
        quantifier = g.QUANTIFIER_TABLE.match(w, i)
        if quantifier:
            head = g.DISTRIBUTIVE_TABLE.match(w, i + quantifier[0])
            if head and i + quantifier[0] + head[0] < end and w[i + quantifier[0] + head[0]] == ":":
                return self._distributive(i, i + quantifier[0], head[0], end)
            colon = self._label_colon(i + quantifier[0], end)
            if colon is not None:  # "Các cơ quan thông tin truyền thông: Đài …, Báo …"
                found, j = self._list(colon + 1, end)
                if found:
                    return found, j
        if previous is not None and tuple(w[i : i + 1]) == g.LEVEL_WORD and previous.name.startswith("Ủy ban nhân dân"):
            found = self.resolver.lookup(self.w, i, g.COMMITTEE)
            if found and i + found[0] <= end:
                return [self._known(i, i + found[0], found[1])], i + found[0]
        found = self.resolver.lookup(self.w, i)
        if found and i + found[0] <= end and not quantifier:
            return [self._known(i, i + found[0], found[1])], i + found[0]
        if quantifier or g.BARE_GENERIC_TABLE.match(w, i):
            j = self._generic_end(i, end, quantifier[0] if quantifier else 0)
            if j > i:
                return [self._generic(i, j)], j
            return [], i
        if g.HEAD_TABLE.match(w, i):
            j = self._name_end(i, end)
            return [self._unknown(i, j)], j
        return [], i

    def _distributive(self, start: int, head_at: int, head_size: int, end: int) -> tuple[list[AgencyMention], int]:
        """ "Các Sở: A, B, Văn phòng UBND tỉnh": the head applies to bare names only."""
        w = self.w
        prefix = tuple(w[head_at : head_at + head_size])
        head_text = self.text[self.words[head_at].start : self.words[head_at + head_size - 1].end]
        out: list[AgencyMention] = []
        j = head_at + head_size + 1  # after ":"
        while j < end:
            own = self._own_item_start(j)
            if own:
                found, k = self._item(j, end, out[-1] if out else None)
                if not found:
                    break
                out += found
                j = k
                if found[-1].generic:
                    break
            else:
                known = self.resolver.lookup(self.w, j, prefix)
                if known and j + known[0] <= end:
                    k = j + known[0]
                    out.append(self._known(j, k, known[1], start=start if not out else None))
                else:
                    k = self._name_end(j, end, bare=True)
                    if k == j:
                        break
                    m = self._unknown(j, k, prefix_text=head_text)
                    if not out:
                        s = self.words[start].start
                        m = AgencyMention(self.text[s : m.span.end], Span(s, m.span.end), m.name, None, False)
                    out.append(m)
                j = k
            sep = g.AND_TABLE.match(w, j)
            if not sep or j + sep[0] >= end:
                break
            k = j + sep[0]
            if self._verb_at(k) and not self.resolver.lookup(self.w, k, prefix):
                break
            j = k
        return out, j

    def _label_colon(self, k: int, end: int) -> int | None:
        """The ":" ending a generic label that starts at ``k`` ("cơ quan thông tin truyền thông:")."""
        w = self.w
        if not g.GENERIC_NOUN_TABLE.match(w, k):
            return None
        for c in range(k + 1, min(end, k + g.LABEL_WORDS + 1)):
            if w[c] == ":":
                return c
            if self.words[c].kind != "word" or self._verb_at(c):
                return None
        return None

    def _own_item_start(self, j: int) -> bool:
        w = self.w
        return bool(g.HEAD_TABLE.match(w, j) or g.QUANTIFIER_TABLE.match(w, j) or g.TITLE_TABLE.match(w, j)
                    or g.BARE_GENERIC_TABLE.match(w, j))

    def _generic_end(self, i: int, end: int, skip: int) -> int:
        """End of a generic group ("các sở, ban, ngành liên quan") starting at ``i``."""
        w = self.w
        j = i + skip
        nouns = 0
        while j < end:
            noun = g.GENERIC_NOUN_TABLE.match(w, j)
            if noun and not self._noun_is_name(j, noun[0], end, nouns):
                j += noun[0]
                nouns += 1
                sep = g.AND_TABLE.match(w, j)
                if sep and j + sep[0] < end:
                    k = j + sep[0]
                    # A repeated "các" opens another group: "các sở, ngành và các hội, hiệp hội".
                    nxt = None if g.QUANTIFIER_TABLE.match(w, k) else g.GENERIC_NOUN_TABLE.match(w, k)
                    if nxt and not self._noun_is_name(k, nxt[0], end, nouns):
                        j = k
                        continue
                break
            break
        if nouns == 0:
            return i
        while j < end:
            qual = g.QUALIFIER_TABLE.match(w, j)
            if qual:
                j += qual[0]
                continue
            if tuple(w[j : j + 1]) == g.RELATIVE_MARK:  # "các sở có đơn vị … trực thuộc"
                k = j + 1
                while k < end and not g.VERB_TABLE.match(w, k) and w[k] not in g.CLAUSE_ENDS:
                    k += 1
                if k < end and g.VERB_TABLE.match(w, k):
                    j = k
            break
        if tuple(w[j : j + 1]) == g.POSSESSIVE_MARK:  # "… của các sở, ban, ngành và UBND …"
            mark = len(self.diagnostics)
            owners, k = self._list(j + 1, end)
            del self.diagnostics[mark:]  # the owners are part of the group's name, not parties
            if owners:
                j = k
        return j

    def _noun_is_name(self, j: int, size: int, end: int, nouns: int) -> bool:
        """True when a generic noun at ``j`` is really the start of something else: a named
        agency ("Sở Nội vụ"), or the verb "tổ chức" ("… địa phương tổ chức thực hiện")."""
        w = self.w
        after = j + size
        nxt = w[after] if after < end else None
        if w[j] == "tổ" and size == 2:  # "tổ chức": a noun only inside a list, before a list mark
            prev = w[j - 1] if j > 0 else None
            return not (prev in (",", "các") and (nxt is None or nxt in (",", "và", "có", "liên", "trực", ";", ".")))
        if g.HEAD_TABLE.match(w, j) and nouns > 0 or (g.HEAD_TABLE.match(w, j) and nxt not in (",", "và", None)):
            if (nxt is None or nxt in (",", "và", ";", ".", ")") or g.QUALIFIER_TABLE.match(w, after)
                    or self._verb_at(after) or (nxt,) == g.RELATIVE_MARK):
                return False
            return True
        return False

    def _name_end(self, i: int, end: int, bare: bool = False) -> int:
        """End of an unknown agency name: up to punctuation, a verb, or "và" before another agency."""
        w = self.w
        j = i if bare else i + (g.HEAD_TABLE.match(w, i) or (1, None))[0]
        limit = min(end, i + 14)
        while j < limit:
            word = w[j]
            kind = self.words[j].kind
            if kind in ("punct", "open", "close") or word in g.CLAUSE_ENDS:
                break
            if word == "-" and (j + 1 >= end or self._item_start(j + 1) or self._verb_at(j + 1)):
                break
            if word == "và" and (j + 1 >= end or self._item_start(j + 1)):
                break
            if self._verb_at(j) or g.QUALIFIER_TABLE.match(w, j) and bare is False and w[j] == "có":
                break
            j += 1
        return j

    def _verb_at(self, i: int) -> bool:
        known = self._verbs.get(i)
        if known is None:
            known = self._verbs[i] = self._probe_verb(i)
        return known

    def _probe_verb(self, i: int) -> bool:
        w = self.w
        return bool(i < len(w) and (g.VERB_TABLE.match(w, i) or g.OBJECT_VERB_TABLE.match(w, i)
                                    or g.FILLER_TABLE.match(w, i) or tuple(w[i : i + 1]) == g.ASSIGN_VERB))

    # --------------------------------------------------------------- mentions
    def _known(self, i: int, j: int, agency, start: int | None = None) -> AgencyMention:
        s = self.words[i if start is None else start].start
        e = self.words[j - 1].end
        mention = AgencyMention(self.text[s:e], Span(s, e), agency.name, agency.id, agency.is_group)
        issued = self.issued
        if issued is not None and agency.valid_to is not None and issued > agency.valid_to:
            self.diagnostics.append(warning(
                Code.ASSIGNMENT_ABOLISHED_AGENCY,
                f"{agency.name} no longer existed on {issued.isoformat()} (until {agency.valid_to.isoformat()})",
                mention.span, agency=agency.id))
        return mention

    def _unknown(self, i: int, j: int, prefix_text: str = "") -> AgencyMention:
        s, e = self.words[i].start, self.words[j - 1].end
        name = _written_name(self.text, self.words[i:j])
        if prefix_text:
            name = f"{_new_style(prefix_text)} {name}"
        mention = AgencyMention(self.text[s:e], Span(s, e), name, None, False)
        self.diagnostics.append(warning(Code.ASSIGNMENT_UNKNOWN_AGENCY, f"agency not in the lexicon: {name}", mention.span))
        return mention

    def _generic(self, i: int, j: int) -> AgencyMention:
        s, e = self.words[i].start, self.words[j - 1].end
        name = _written_name(self.text, self.words[i:j])
        if self.w[i] in _QUANTIFIER_FIRST:
            name = name[:1].lower() + name[1:]
        return AgencyMention(self.text[s:e], Span(s, e), name, None, True)

    # ------------------------------------------------------------------ moves
    def _skip(self, i: int, end: int, keys: tuple[tuple[str, ...], ...]) -> int:
        moved = True
        while moved and i < end:
            moved = False
            for key in keys:
                if tuple(self.w[i : i + len(key)]) == key:
                    i += len(key)
                    moved = True
        return i

    def _after_parens(self, i: int, end: int) -> int:
        depth = 0
        while i < end:
            kind = self.words[i].kind
            if kind == "open":
                depth += 1
            elif kind == "close":
                depth -= 1
                if depth <= 0:
                    return i + 1
            i += 1
        return end


def _strip_markup(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """Drop HTML tags ("<ul style=…>") that leaked into cells."""
    if not any(w.text == "<" for w in words):
        return words
    out: list[Word] = []
    i = 0
    while i < len(words):
        if words[i].text == "<" and i + 1 < len(words) and words[i + 1].kind == "word":
            j = i + 1
            while j < len(words) and words[j].text != ">":
                j += 1
            if j < len(words):
                i = j + 1
                continue
        out.append(words[i])
        i += 1
    return tuple(out)


def _ends_sentence(text: str, end: int) -> bool:
    return end >= len(text) or text[end].isspace()


def _new_style(text: str) -> str:
    """``text`` with new-style tone placement and plain spaces and dashes, case kept ("Uỷ" → "Ủy")."""
    folded = fold(text)
    if folded == text.lower():
        return text
    out = []
    for ch, f in zip(text, folded):
        if f == ch.lower() or len(ch.lower()) != 1:
            out.append(ch)
        else:
            out.append(f.upper() if ch.isupper() else f)
    return "".join(out)


def _written_name(text: str, words: tuple[Word, ...] | list[Word]) -> str:
    """A name as written, abbreviations expanded, spaces collapsed."""
    parts: list[str] = []
    for word in words:
        if word.expansion == "":
            continue
        piece = word.expansion if word.expansion is not None else _new_style(text[word.start : word.end])
        if parts and piece in (",", ")", ";", ":", "."):
            parts[-1] += piece
        elif parts and parts[-1].endswith("("):
            parts[-1] += piece
        else:
            parts.append(piece)
    return " ".join(parts)


def _cover(mentions: list[AgencyMention]) -> Span:
    return Span(min(m.span.start for m in mentions), max(m.span.end for m in mentions))


def _unique(mentions) -> tuple[AgencyMention, ...]:
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.key not in seen:
            seen.add(m.key)
            out.append(m)
    return tuple(out)


def _unique_parties(parties) -> tuple[Party, ...]:
    seen: set[tuple[Role, str]] = set()
    out = []
    for p in parties:
        mark = (p.role, p.mention.key)
        if mark not in seen:
            seen.add(mark)
            out.append(p)
    return tuple(out)


def _unique_roles(roles: list[Role]) -> list[Role]:
    out: list[Role] = []
    for r in roles:
        if r not in out and r is not Role.LEAD:
            out.append(r)
    return out


def _shifted(a: Assignment, offset: int) -> Assignment:
    def m(x: AgencyMention) -> AgencyMention:
        return AgencyMention(x.text, x.span.shift(offset), x.name, x.agency_id, x.generic)

    def p(x: Party) -> Party:
        return Party(x.role, m(x.mention))

    def c(x: Clause) -> Clause:
        return Clause(x.text, x.span.shift(offset), tuple(map(m, x.lead)), tuple(map(m, x.coordinators)),
                      tuple(map(p, x.others)))

    diags = tuple(Diagnostic(d.code, d.severity, d.message, d.span.shift(offset) if d.span else None, d.data)
                  for d in a.diagnostics)
    return Assignment(a.text, a.span.shift(offset), tuple(map(m, a.lead)), tuple(map(m, a.coordinators)),
                      tuple(map(p, a.others)), tuple(map(c, a.clauses)), diags)
