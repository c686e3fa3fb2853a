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
from ..lexicon.agencies import AgencyLexicon
from ..source import Span
from ..text.fold import fold
from . import grammar as g
from .model import AgencyMention, Assignment, Clause, Party, Role
from .resolve import AgencyResolver, default_resolver

Mode = Literal["collect", "raise"]
_ACTING = frozenset(Role) - {Role.COORDINATE, Role.RECIPIENT, Role.ASSIGNER, Role.LEAD}
_QUANTIFIER_FIRST = frozenset({"các", "tất", "những", "mọi"})
def _one_words(*keys: tuple[str, ...]) -> frozenset[str]:
    """The words of one-word grammar keys (``_skip`` steps over them one at a time)."""
    assert all(len(k) == 1 for k in keys), keys
    return frozenset(k[0] for k in keys)


_PREFIXES = _one_words(g.ASSIGN_VERB, g.PASSIVE_MARK)  # "Giao …", "do …" before a subject
_PASSIVE = _one_words(g.PASSIVE_MARK)
_LINKS = _one_words(*g.OBJECT_LINKS)  # "cho", "với", … between an object verb and its object
# The only words at which a clause can be cut: brackets, clause ends and bullet marks.
_SEGMENT_MARKS = frozenset({"(", "[", ")", "]"}) | g.CLAUSE_ENDS | g.BULLETS


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
        # The cell's words as parallel columns (folded text, token kind, offsets, expansion).
        self.w, self.kinds, self.starts, self.ends, self.expansions = _strip_markup(resolver.lexicon.columns(text))
        # Every word table matched once at every position (grammar.SCANNED_TABLES order).
        (self._verb, self._object_verb, self._filler, self._title, self._head, self._distributive_head,
         self._quantifier, self._generic_noun, self._bare_generic, self._qualifier, self._and,
         assign) = g.SCAN.scan(self.w)
        self._verbish = self._verb.keys() | self._object_verb.keys() | self._filler.keys() | assign.keys()
        self.diagnostics: list[Diagnostic] = []
        self._starts: dict[int, bool] = {}
        self._lookups: dict[tuple[int, tuple[str, ...]], tuple | None] = {}
        self._names_start = resolver.lexicon.starts_name

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
        marks = _SEGMENT_MARKS
        for i in [i for i, word in enumerate(w) if word in marks]:
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
        cuts.append(len(w))
        return [(a, b) for a, b in zip(cuts, cuts[1:]) if a < b]

    def _is_bullet(self, i: int) -> bool:
        """A dash that opens a sub-assignment: at a line start, or spaced and before an agency."""
        before = self.text[self.ends[i - 1] : self.starts[i]]
        if "\n" in before and (self.w[i - 1] in g.CLAUSE_ENDS or self.w[i - 1] == ":" or self._item_start(i + 1)):
            return True
        after_ok = i + 1 < len(self.w) and self.ends[i] < self.starts[i + 1]
        return bool(before) and after_ok and self._item_start(i + 1)

    def _clause(self, start: int, end: int) -> _Draft:
        w = self.w
        draft = _Draft(start, end)
        i = start
        while i < end and (w[i] in g.BULLETS or w[i] in g.CLAUSE_ENDS or w[i] == ","):
            i += 1
        i = self._skip(i, end, _PREFIXES)
        subject, j = self._list(i, end)
        if subject and j < end and tuple(w[j : j + 1]) == g.ASSIGN_VERB:
            for m in subject:
                draft.others.append(Party(Role.ASSIGNER, m))
            i = self._skip(j + 1, end, _PASSIVE)
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
            kind = self.kinds[k]
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
            kind = self.kinds[i]
            if kind == "open":
                i = self._after_parens(i, end)
                in_run = False
                continue
            if word in (",", "và"):
                joined = True
                i += 1
                continue
            found = self._filler.get(i)
            if found:
                i += found[0]
                continue
            counts = in_run and joined
            found = self._object_verb.get(i)
            if found:
                size, object_role = found
                verb = self._verb.get(i)
                subject_role = verb[1] if verb else Role.IMPLEMENT
                j = self._skip(i + size, end, _LINKS)
                objects, k = self._list(j, end)
                if objects:
                    if object_role is Role.COORDINATE:
                        draft.coordinators += objects
                        if not draft.partnered:
                            then = self._verb.get(k) if k < end else None
                            draft.partnered = (objects, then[1] if then and then[1] in _ACTING else None)
                    else:
                        role = object_role
                        handover = g.HANDOVER_VERBS.get(tuple(w[i : i + size]))
                        if handover:
                            then = self._verb.get(k) if k < end else None
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
            found = self._verb.get(i)
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
            if lead and coordinators:
                lead_keys = {m.key for m in lead}
                for m in coordinators:
                    if m.key in lead_keys:
                        self.diagnostics.append(warning(
                            Code.ASSIGNMENT_LEAD_IS_COORDINATOR, f"{m.name} both leads and coordinates", m.span))
            s, e = self.starts[d.start], self.ends[d.end - 1]
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
            if self.kinds[k] == "open":  # "(thuế, đất đai, …)" after a group
                k = self._after_parens(k, end)
            sep = self._and.get(k)
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
                self._head.get(i) or self._title.get(i) or self._quantifier.get(i)
                or self._bare_generic.get(i) or self._lookup(i)))

    def _item(self, i: int, end: int, previous: AgencyMention | None) -> tuple[list[AgencyMention], int]:
        """One list item: a distributive list, a known or unknown agency, or a generic group."""
        w = self.w
        if i >= end:
            return [], i
        title = self._title.get(i)
        if title and i + title[0] < end:
            found, j = self._item(i + title[0], end, previous)
            if len(found) == 1:
                m = found[0]
                s = self.starts[i]
                return [AgencyMention(self.text[s : m.span.end], Span(s, m.span.end), m.name, m.agency_id, m.generic)], j
            if found:
                return found, j
        quantifier = self._quantifier.get(i)
        if quantifier:
            head = self._distributive_head.get(i + quantifier[0])
            if head and i + quantifier[0] + head[0] < end and w[i + quantifier[0] + head[0]] == ":":
                return self._distributive(i, i + quantifier[0], head[0], end)
            colon = self._label_colon(i + quantifier[0], end)
            if colon is not None:  # "Các cơ quan thông tin truyền thông: Đài …, Báo …"
                found, j = self._list(colon + 1, end)
                if found:
                    return found, j
        if previous is not None and tuple(w[i : i + 1]) == g.LEVEL_WORD and previous.name.startswith("Ủy ban nhân dân"):
            found = self._lookup(i, g.COMMITTEE)
            if found and i + found[0] <= end:
                return [self._known(i, i + found[0], found[1])], i + found[0]
        found = self._lookup(i)
        if found and i + found[0] <= end and not quantifier:
            return [self._known(i, i + found[0], found[1])], i + found[0]
        if quantifier or self._bare_generic.get(i):
            j = self._generic_end(i, end, quantifier[0] if quantifier else 0)
            if j > i:
                return [self._generic(i, j)], j
            return [], i
        if self._head.get(i):
            j = self._name_end(i, end)
            return [self._unknown(i, j)], j
        return [], i

    def _distributive(self, start: int, head_at: int, head_size: int, end: int) -> tuple[list[AgencyMention], int]:
        """ "Các Sở: A, B, Văn phòng UBND tỉnh": the head applies to bare names only."""
        w = self.w
        prefix = tuple(w[head_at : head_at + head_size])
        head_text = self.text[self.starts[head_at] : self.ends[head_at + head_size - 1]]
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
                known = self._lookup(j, prefix)
                if known and j + known[0] <= end:
                    k = j + known[0]
                    out.append(self._known(j, k, known[1], start=start if not out else None))
                else:
                    k = self._name_end(j, end, bare=True)
                    if k == j:
                        break
                    m = self._unknown(j, k, prefix_text=head_text)
                    if not out:
                        s = self.starts[start]
                        m = AgencyMention(self.text[s : m.span.end], Span(s, m.span.end), m.name, None, False)
                    out.append(m)
                j = k
            sep = self._and.get(j)
            if not sep or j + sep[0] >= end:
                break
            k = j + sep[0]
            if self._verb_at(k) and not self._lookup(k, prefix):
                break
            j = k
        return out, j

    def _label_colon(self, k: int, end: int) -> int | None:
        """The ":" ending a generic label that starts at ``k`` ("cơ quan thông tin truyền thông:")."""
        w = self.w
        if not self._generic_noun.get(k):
            return None
        for c in range(k + 1, min(end, k + g.LABEL_WORDS + 1)):
            if w[c] == ":":
                return c
            if self.kinds[c] != "word" or self._verb_at(c):
                return None
        return None

    def _own_item_start(self, j: int) -> bool:
        w = self.w
        return bool(self._head.get(j) or self._quantifier.get(j) or self._title.get(j)
                    or self._bare_generic.get(j))

    def _generic_end(self, i: int, end: int, skip: int) -> int:
        """End of a generic group ("các sở, ban, ngành liên quan") starting at ``i``."""
        w = self.w
        j = i + skip
        nouns = 0
        while j < end:
            noun = self._generic_noun.get(j)
            if noun and not self._noun_is_name(j, noun[0], end, nouns):
                j += noun[0]
                nouns += 1
                sep = self._and.get(j)
                if sep and j + sep[0] < end:
                    k = j + sep[0]
                    # A repeated "các" opens another group: "các sở, ngành và các hội, hiệp hội".
                    nxt = None if self._quantifier.get(k) else self._generic_noun.get(k)
                    if nxt and not self._noun_is_name(k, nxt[0], end, nouns):
                        j = k
                        continue
                break
            break
        if nouns == 0:
            return i
        while j < end:
            qual = self._qualifier.get(j)
            if qual:
                j += qual[0]
                continue
            if tuple(w[j : j + 1]) == g.RELATIVE_MARK:  # "các sở có đơn vị … trực thuộc"
                k = j + 1
                while k < end and not self._verb.get(k) and w[k] not in g.CLAUSE_ENDS:
                    k += 1
                if k < end and self._verb.get(k):
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
        if self._head.get(j) and nouns > 0 or (self._head.get(j) and nxt not in (",", "và", None)):
            if (nxt is None or nxt in (",", "và", ";", ".", ")") or self._qualifier.get(after)
                    or self._verb_at(after) or (nxt,) == g.RELATIVE_MARK):
                return False
            return True
        return False

    def _name_end(self, i: int, end: int, bare: bool = False) -> int:
        """End of an unknown agency name: up to punctuation, a verb, or "và" before another agency."""
        w = self.w
        j = i if bare else i + (self._head.get(i) or (1, None))[0]
        limit = min(end, i + 14)
        while j < limit:
            word = w[j]
            kind = self.kinds[j]
            if kind in ("punct", "open", "close") or word in g.CLAUSE_ENDS:
                break
            if word == "-" and (j + 1 >= end or self._item_start(j + 1) or self._verb_at(j + 1)):
                break
            if word == "và" and (j + 1 >= end or self._item_start(j + 1)):
                break
            if self._verb_at(j) or self._qualifier.get(j) and bare is False and w[j] == "có":
                break
            j += 1
        return j

    def _verb_at(self, i: int) -> bool:
        """True when a verb, an object verb, a filler or "giao" starts at ``i``."""
        return i in self._verbish

    def _lookup(self, i: int, prefix: tuple[str, ...] = ()):
        """The resolver's longest known name at ``i`` (memoised: the parser asks again)."""
        if not prefix and (i >= len(self.w) or not self._names_start(self.w[i])):
            return None  # no alias starts with this word
        key = (i, prefix)
        try:
            return self._lookups[key]
        except KeyError:
            found = self._lookups[key] = self.resolver.lookup(self.w, i, prefix)
            return found

    # --------------------------------------------------------------- mentions
    def _known(self, i: int, j: int, agency, start: int | None = None) -> AgencyMention:
        s = self.starts[i if start is None else start]
        e = self.ends[j - 1]
        mention = AgencyMention(self.text[s:e], Span(s, e), agency.name, agency.id, agency.is_group)
        issued = self.issued
        if issued is not None and agency.valid_to is not None and issued > agency.valid_to:
            self.diagnostics.append(warning(
                Code.ASSIGNMENT_ABOLISHED_AGENCY,
                f"{agency.name} no longer existed on {issued.isoformat()} (until {agency.valid_to.isoformat()})",
                mention.span, agency=agency.id))
        return mention

    def _unknown(self, i: int, j: int, prefix_text: str = "") -> AgencyMention:
        s, e = self.starts[i], self.ends[j - 1]
        name = self._written_name(i, j)
        if prefix_text:
            name = f"{_new_style(prefix_text)} {name}"
        mention = AgencyMention(self.text[s:e], Span(s, e), name, None, False)
        self.diagnostics.append(warning(Code.ASSIGNMENT_UNKNOWN_AGENCY, f"agency not in the lexicon: {name}", mention.span))
        return mention

    def _generic(self, i: int, j: int) -> AgencyMention:
        s, e = self.starts[i], self.ends[j - 1]
        name = self._written_name(i, j)
        if self.w[i] in _QUANTIFIER_FIRST:
            name = name[:1].lower() + name[1:]
        return AgencyMention(self.text[s:e], Span(s, e), name, None, True)

    def _written_name(self, i: int, j: int) -> str:
        # The fold is per character (and words are whole runs of letters), so styling the name's
        # whole range at once equals styling word by word.
        base = self.starts[i]
        styled = _new_style(self.text[base : self.ends[j - 1]])
        return _written_name(styled, [(s - base, e - base, x) for s, e, x in
                                      zip(self.starts[i:j], self.ends[i:j], self.expansions[i:j])])

    # ------------------------------------------------------------------ moves
    def _skip(self, i: int, end: int, words: frozenset[str]) -> int:
        """Past any run of these one-word keys (prefixes, object links)."""
        w = self.w
        while i < end and w[i] in words:
            i += 1
        return i

    def _after_parens(self, i: int, end: int) -> int:
        depth = 0
        while i < end:
            kind = self.kinds[i]
            if kind == "open":
                depth += 1
            elif kind == "close":
                depth -= 1
                if depth <= 0:
                    return i + 1
            i += 1
        return end


def _strip_markup(columns: tuple[list, list, list, list, list]) -> tuple[list, list, list, list, list]:
    """Drop HTML tags ("<ul style=…>") that leaked into cells, from the five word columns."""
    texts, kinds = columns[0], columns[1]
    if "<" not in texts:
        return columns
    keep: list[int] = []
    i, n = 0, len(texts)
    while i < n:
        if texts[i] == "<" and i + 1 < n and kinds[i + 1] == "word":
            j = i + 1
            while j < n and texts[j] != ">":
                j += 1
            if j < n:
                i = j + 1
                continue
        keep.append(i)
        i += 1
    return tuple([column[k] for k in keep] for column in columns)  # type: ignore[return-value]


def _ends_sentence(text: str, end: int) -> bool:
    return end >= len(text) or text[end].isspace()


def _new_style(text: str) -> str:
    """``text`` with new-style tone placement and plain spaces and dashes, case kept ("Uỷ" → "Ủy")."""
    folded = fold(text)
    lowered = text.lower()
    if folded == lowered:
        return text
    if len(lowered) == len(text):  # every character lowers to one: touch only where the fold differs
        out = list(text)
        for k in [k for k, (f, low) in enumerate(zip(folded, lowered)) if f != low]:
            out[k] = folded[k].upper() if text[k].isupper() else folded[k]
        return "".join(out)
    out = []
    for ch, f in zip(text, folded):
        if f == ch.lower() or len(ch.lower()) != 1:
            out.append(ch)
        else:
            out.append(f.upper() if ch.isupper() else f)
    return "".join(out)


def _written_name(styled: str, words: list[tuple[int, int, str | None]]) -> str:
    """A name as written, abbreviations expanded, spaces collapsed (``words``: start, end, expansion;
    ``styled``: the cell in new-style tone placement, see :func:`_new_style`)."""
    parts: list[str] = []
    for start, end, expansion in words:
        if expansion == "":
            continue
        piece = expansion if expansion is not None else styled[start:end]
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
    """Mentions in order, each :attr:`AgencyMention.key` once."""
    if isinstance(mentions, list) and len(mentions) < 2:
        return tuple(mentions)
    seen: set[str] = set()
    out = []
    for m in mentions:
        key = m.agency_id or m.name  # AgencyMention.key, without the property call
        if key not in seen:
            seen.add(key)
            out.append(m)
    return tuple(out)


def _unique_parties(parties) -> tuple[Party, ...]:
    """Parties in order, each (role, mention key) once."""
    if isinstance(parties, list) and len(parties) < 2:
        return tuple(parties)
    seen: set[tuple[Role, str]] = set()
    out = []
    for p in parties:
        mark = (p.role, p.mention.agency_id or p.mention.name)
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
