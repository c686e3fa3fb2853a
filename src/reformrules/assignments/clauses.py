"""Predicates and the end of a parse: the verbs and objects after a subject, and who leads.

:class:`ClauseReader` extends :class:`~reformrules.assignments.lists.ListReader` (the lists of
agencies) with the reading of one clause's predicate (``_predicate``: the run of role verbs, the
objects of "phối hợp với", "tham mưu", "trình", "gửi" …, bracketed clauses) and the choice of the
leads over all clauses of a cell (``_finish``). ``parser.py`` cuts the cell into clauses and reads
their subjects on top of it.
"""

from __future__ import annotations

from ..diagnostics import Code, info, warning
from ..source import Span
from . import grammar as g
from .lists import ListReader, one_words
from .model import AgencyMention, Clause, Party, Role

_ACTING = frozenset(Role) - {Role.COORDINATE, Role.RECIPIENT, Role.ASSIGNER, Role.LEAD}
LINKS = one_words(*g.OBJECT_LINKS)  # "cho", "với", … between an object verb and its object
_DIRECTING_FIRSTS = frozenset(key[0] for key in g.DIRECTING_VERBS)


class Draft:
    """A clause being built (a plain slotted class: one is made per clause, on the hot path)."""

    __slots__ = ("start", "end", "subject", "roles", "leads_explicitly", "partnered", "coordinators", "others",
                 "label", "tail", "doer", "acts_alone")

    def __init__(self, start: int, end: int):
        self.start = start
        self.end = end
        self.subject: list[AgencyMention] = []
        self.roles: list[Role] = []
        self.leads_explicitly = False
        # "phối hợp (với) Y": the objects Y, and the acting role of a verb right after them ("thẩm định").
        self.partnered: tuple[list[AgencyMention], Role | None] | None = None
        self.coordinators: list[AgencyMention] = []
        self.others: list[Party] = []
        # "Cơ quan phối hợp: …": the label's role (it goes on to the bare lists of the next clauses).
        self.label: Role | None = None
        # The role of an object list that ran to the clause's ";" ("phối hợp với các sở, ngành; UBND …").
        self.tail: Role | None = None
        # Under a "Cơ quan thực hiện:" label: the subject carries out its own part (it leads it).
        self.doer = False
        # "…, chủ động triển khai …": an act the subject does on its own, after it took part or helped.
        self.acts_alone = False


class ClauseReader(ListReader):
    """The predicate of a clause and the leads of a cell (see the module docstring)."""

    def _predicate(self, draft: Draft, i: int, end: int) -> None:
        """Verbs and objects after the subject.

        The subject's roles come from the run of verbs right after it, joined by "," or "và"
        ("hướng dẫn, kiểm tra, đôn đốc"); a verb straight after a verb is its complement
        ("tham mưu tổ chức" = advise on organising) and ends the run.
        """
        w = self.w
        in_run = True
        joined = True  # the next verb starts a new act (after the subject, "," or "và")
        directed = False  # the last verb directs another body ("chỉ đạo hệ thống y tế cơ sở …")
        firsts = g.PREDICATE_FIRSTS
        while i < end:
            word = w[i]
            if word not in firsts and word != "(":
                in_run = False
                i += 1
                continue
            kind = self.kinds[i]
            if kind == "open":
                through = self._object_verb.get(i + 1)
                close = self._after_parens(i, end)
                if through and through[1] is Role.CHANNEL:  # "(qua Sở Tư pháp)"
                    channels, _ = self._list(i + 1 + through[0], end)
                    draft.others += [Party(Role.CHANNEL, m) for m in channels]
                else:
                    self._bracketed_clause(draft, i + 1, close - 1)
                i = close
                in_run = False
                continue
            if word in (",", "và"):
                joined = True
                i += 1
                continue
            found = self._filler.get(i)
            if found and not (i in self._object_verb and self._object_verb[i][0] > found[0]):  # "chịu trách nhiệm trước X"
                if w[i - 1] == "," and tuple(w[i : i + found[0]]) == g.ON_ITS_OWN and self._verb.get(i + found[0]):
                    draft.acts_alone = True  # "tham gia, phối hợp …, chủ động triển khai …"
                i += found[0]
                continue
            counts = in_run and joined
            found = self._object_verb.get(i)
            if found:
                size, object_role = found
                verb = self._verb.get(i)
                subject_role = verb[1] if verb else Role.IMPLEMENT
                j = self._skip(i + size, end, LINKS)
                objects, k = self._list(j, end)
                if objects:
                    if object_role is Role.COORDINATE and directed and not (in_run or joined):
                        # "phối hợp với Sở GD&ĐT chỉ đạo hệ thống y tế cơ sở phối hợp với các cơ sở giáo
                        # dục …" (hatinh_624:360): the directed body works with them, not the subject
                        draft.others += [Party(Role.PARTNER, m) for m in objects]
                    elif object_role is Role.COORDINATE:
                        draft.coordinators += objects
                        if not draft.partnered:
                            then = self._verb.get(k) if k < end else None
                            draft.partnered = (objects, then[1] if then and then[1] in _ACTING else None)
                    else:
                        role = object_role
                        partner = self._object_verb.get(k) if k < end and object_role is Role.RECIPIENT else None
                        if partner and partner[1] is Role.COORDINATE:
                            # "tham mưu UBND tỉnh phối hợp Bộ Y tế triển khai": the ministry works with
                            # the recipient, it is not the subject's coordinator
                            partners, after = self._list(self._skip(k + partner[0], end, LINKS), end)
                            if partners:
                                draft.others += [Party(Role.RECIPIENT, m) for m in objects]
                                draft.others += [Party(Role.PARTNER, m) for m in partners]
                                if counts and (not draft.roles or subject_role is not Role.IMPLEMENT):
                                    draft.roles.append(subject_role)
                                i = after
                                in_run, joined = counts, False
                                continue
                        handover = g.HANDOVER_VERBS.get(tuple(w[i : i + size]))
                        if handover:
                            then = self._verb.get(k) if k < end else None
                            if then and then[1] in handover:
                                role = then[1]
                                k += then[0]
                        draft.others += [Party(role, m) for m in objects]
                    if counts and object_role is not Role.COORDINATE and (not draft.roles or subject_role is not Role.IMPLEMENT):
                        draft.roles.append(subject_role)
                    if k >= end or (k == end - 1 and w[k] == ";"):  # the objects run to the ";"
                        draft.tail = object_role if object_role is Role.COORDINATE else role
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
                directed = w[i] in _DIRECTING_FIRSTS and tuple(w[i : i + size]) in g.DIRECTING_VERBS
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

    def _bracketed_clause(self, draft: Draft, i: int, end: int) -> None:
        """A clause in brackets after a subject, with its own agency and verb ("Ban Công tác đại biểu
        (Viện Nghiên cứu lập pháp phối hợp chuẩn bị dự thảo)"): its agencies take their verbs' roles
        (a coordinator for "phối hợp"). Other brackets ("(Mục V.2)", "(thuế, đất đai, …)") name no one."""
        if i >= end or not self._item_start(i):
            return
        mark = len(self.diagnostics)
        parties, k = self._list(i, end)
        if not parties or k >= end or not (k in self._verb or k in self._object_verb):
            del self.diagnostics[mark:]
            return
        inner = Draft(i, end)
        self._predicate(inner, k, end)
        if Role.COORDINATE in inner.roles or inner.partnered or k in self._object_verb and \
                self._object_verb[k][1] is Role.COORDINATE:
            draft.coordinators += parties
        else:
            draft.others += [Party(r, m) for r in unique_roles(inner.roles) or [Role.IMPLEMENT] for m in parties]
        draft.coordinators += inner.coordinators
        draft.others += inner.others

    def _finish(self, drafts: list[Draft]) -> list[Clause]:
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
                      and (Role.COORDINATE not in (d.roles or [Role.IMPLEMENT]) or d.acts_alone)]
            working = [d for d in acting if {Role.IMPLEMENT, Role.ADVISE} & set(d.roles or [Role.IMPLEMENT])]
            partners_lead = bool(partners) and not working
            if not partners_lead:
                chosen = (working or acting or [None])[0]
        clauses = []
        doer_said = False
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
                    others = [Party(r, m) for r in unique_roles(d.roles) if r is not Role.COORDINATE
                              for m in d.subject] + others
                elif Role.COORDINATE in roles and not (d is chosen and d.acts_alone):
                    coordinators = list(d.subject) + coordinators
                    others = [Party(r, m) for r in unique_roles(roles) if r is not Role.COORDINATE
                              for m in d.subject] + others
                elif d.doer and not explicit:  # with a 'chủ trì' elsewhere, the others carry it out
                    lead = list(d.subject)  # "Cơ quan thực hiện: A; B tiến hành …": each leads its part
                    if not doer_said:
                        doer_said = True
                        self.diagnostics.append(info(
                            Code.ASSIGNMENT_IMPLICIT_LEAD,
                            f"'Cơ quan thực hiện': {', '.join(m.name for m in d.subject)} taken as lead",
                            cover(d.subject)))
                elif d is chosen and not promoted:
                    lead = list(d.subject)
                    promoted = True
                    names = ", ".join(m.name for m in d.subject)
                    self.diagnostics.append(info(
                        Code.ASSIGNMENT_IMPLICIT_LEAD,
                        f"no 'chủ trì': {names} ({', '.join(r.value for r in unique_roles(roles))}) taken as lead",
                        cover(d.subject)))
                else:
                    subject_parties = [Party(r, m) for r in unique_roles(roles) for m in d.subject]
                    others = subject_parties + others
            if lead and coordinators:
                lead_keys = {m.key for m in lead}
                for m in coordinators:
                    if m.key in lead_keys:
                        self.diagnostics.append(warning(
                            Code.ASSIGNMENT_LEAD_IS_COORDINATOR, f"{m.name} both leads and coordinates", m.span))
            s, e = self.starts[d.start], self.ends[d.end - 1]
            clauses.append(Clause(self.text[s:e], Span(s, e), unique(lead), unique(coordinators),
                                  unique_parties(others)))
        return clauses


def cover(mentions: list[AgencyMention]) -> Span:
    return Span(min(m.span.start for m in mentions), max(m.span.end for m in mentions))


def unique(mentions) -> tuple[AgencyMention, ...]:
    """Mentions in order, each :attr:`AgencyMention.key` once."""
    if isinstance(mentions, list) and len(mentions) < 2:
        return tuple(mentions)
    seen: set[str] = set()
    out = []
    for m in mentions:
        key = m.key
        if key not in seen:
            seen.add(key)
            out.append(m)
    return tuple(out)


def unique_parties(parties) -> tuple[Party, ...]:
    """Parties in order, each (role, mention key) once."""
    if isinstance(parties, list) and len(parties) < 2:
        return tuple(parties)
    seen: set[tuple[Role, str]] = set()
    out = []
    for p in parties:
        mark = (p.role, p.mention.key)
        if mark not in seen:
            seen.add(mark)
            out.append(p)
    return tuple(out)


def unique_roles(roles: list[Role]) -> list[Role]:
    out: list[Role] = []
    for r in roles:
        if r not in out and r is not Role.LEAD:
            out.append(r)
    return out
