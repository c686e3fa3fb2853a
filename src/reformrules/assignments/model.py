"""Value types of the assignment domain: roles, agency mentions, clauses and assignments.

Examples:
    >>> m = AgencyMention("Sở KH&ĐT", Span(0, 8), "Sở Kế hoạch và Đầu tư", "so-ke-hoach-dau-tu")
    >>> str(m)
    'Sở Kế hoạch và Đầu tư'
    >>> str(Party(Role.RECIPIENT, AgencyMention("UBND tỉnh", Span(0, 9), "Ủy ban nhân dân tỉnh", "ubnd-tinh")))
    'recipient:Ủy ban nhân dân tỉnh'
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..diagnostics import Diagnostic
from ..source import Span


class Role(str, Enum):
    """What a party does in an assignment (the Vietnamese words are in ``lexicon/agencywords.py``)."""

    LEAD = "lead"  # chủ trì: leads
    COORDINATE = "coordinate"  # phối hợp, tham gia: coordinates, takes part
    ADVISE = "advise"  # tham mưu (with no addressee): advises
    MONITOR = "monitor"  # theo dõi, đôn đốc, giám sát: monitors, urges
    COMPILE = "compile"  # tổng hợp: compiles
    APPRAISE = "appraise"  # thẩm định: appraises
    GUIDE = "guide"  # hướng dẫn: guides
    INSPECT = "inspect"  # kiểm tra: inspects
    IMPLEMENT = "implement"  # thực hiện, xây dựng, triển khai …: carries out
    RECIPIENT = "recipient"  # tham mưu X, trình X, báo cáo X, gửi X: is advised, receives
    ASSIGNER = "assigner"  # X giao, yêu cầu, chỉ đạo, phân công: assigns the task
    REQUESTED = "requested"  # đề nghị X (X outside the state chain: the Fatherland Front, associations)
    CONSULTED = "consulted"  # sau khi thống nhất với X, lấy ý kiến X: is consulted first
    CHANNEL = "channel"  # báo cáo UBND tỉnh (qua Sở X): the report goes through X
    ACCOUNTABLE_TO = "accountable-to"  # chịu trách nhiệm trước X: answers to X (no report is sent)
    PARTNER = "partner"  # tham mưu UBND tỉnh phối hợp Bộ X: X works with the recipient, not with the subject

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class AgencyMention:
    """An agency named in a text.

    - ``text``: as written (with a title such as "Giám đốc" when there is one); ``span`` locates it.
    - ``name``: canonical: the lexicon's name when the agency is known, otherwise the text with
      abbreviations expanded, tone marks in the new style and spaces collapsed.
    - ``agency_id``: the lexicon id, or ``None`` when the lexicon does not know the agency.
    - ``generic``: a group of bodies ("các sở, ban, ngành", "Ủy ban nhân dân cấp huyện"); a group
      of the same nouns in any order and spelling has one canonical ``agency_id`` ("group:so-ban-nganh").
    - ``kind``: the lexicon's kind ("department", "ministry", …), "non-state" or "socio-political"
      for bodies outside the state chain, ``None`` when nothing is known.
    - ``head``: the title of the head written before the agency ("Giám đốc", "Chủ tịch"), kept as a
      detail: the agency is the one responsible.
    - ``place``: the place written after a known name, folded ("thanh pho ha noi" of "UBND thành
      phố Hà Nội"), or ``None``: the committees of two named cities are two parties.
    """

    text: str
    span: Span
    name: str
    agency_id: str | None = None
    generic: bool = False
    kind: str | None = None
    head: str | None = None
    place: str | None = None

    def __init__(self, text: str, span: Span, name: str, agency_id: str | None = None, generic: bool = False,
                 kind: str | None = None, head: str | None = None, place: str | None = None):
        # The slots are set through their descriptors (see _set_slots): the dataclass' frozen
        # __init__ calls object.__setattr__ per field, the cost of a mention on the parser's hot path.
        # Fields, equality, hash, immutability and dataclasses.replace() stay the dataclass'.
        set_text, set_span, set_name, set_id, set_generic, set_kind, set_head, set_place = _M
        set_text(self, text)
        set_span(self, span)
        set_name(self, name)
        set_id(self, agency_id)
        set_generic(self, generic)
        set_kind(self, kind)
        set_head(self, head)
        set_place(self, place)

    def __str__(self) -> str:
        return self.name

    @property
    def key(self) -> str:
        """The identity used in graphs and comparisons: the agency id (with the place written after
        it, when there is one), or the canonical name."""
        key = self.agency_id or self.name
        return f"{key}@{self.place}" if self.place else key


@dataclass(frozen=True, slots=True)
class Party:
    """An agency with a role other than lead or coordinator (or with any role, in ``edges()``)."""

    role: Role
    mention: AgencyMention

    def __init__(self, role: Role, mention: AgencyMention):
        set_role, set_mention = _P
        set_role(self, role)
        set_mention(self, mention)

    def __str__(self) -> str:
        return f"{self.role.value}:{self.mention.name}"


def _names(mentions: tuple[AgencyMention, ...]) -> str:
    return ", ".join(m.name + ("*" if m.generic else "") for m in mentions)


@dataclass(frozen=True, slots=True)
class Clause:
    """One sub-assignment: a "- …" bullet, or a sentence with its own subject."""

    text: str
    span: Span
    lead: tuple[AgencyMention, ...] = ()
    coordinators: tuple[AgencyMention, ...] = ()
    others: tuple[Party, ...] = ()

    def __init__(self, text: str, span: Span, lead: tuple[AgencyMention, ...] = (),
                 coordinators: tuple[AgencyMention, ...] = (), others: tuple[Party, ...] = ()):
        set_text, set_span, set_lead, set_coordinators, set_others = _C
        set_text(self, text)
        set_span(self, span)
        set_lead(self, lead)
        set_coordinators(self, coordinators)
        set_others(self, others)

    def __str__(self) -> str:
        parts = [f"lead[{_names(self.lead)}]", f"coord[{_names(self.coordinators)}]"]
        parts += [str(p) for p in self.others]
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Assignment:
    """The parsed assignment cell: who leads, who coordinates, who else, clause by clause.

    ``lead``, ``coordinators`` and ``others`` gather the clauses' parties in order, without
    repeats; ``clauses`` keeps each bullet or sentence apart.

    Examples:
        >>> from reformrules.assignments import parse_assignment
        >>> a = parse_assignment("Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan")
        >>> str(a)
        'lead[Sở Nội vụ] coord[các cơ quan liên quan*]'
        >>> a.generic_coordinators
        True
    """

    text: str
    span: Span
    lead: tuple[AgencyMention, ...] = ()
    coordinators: tuple[AgencyMention, ...] = ()
    others: tuple[Party, ...] = ()
    clauses: tuple[Clause, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()

    def __init__(self, text: str, span: Span, lead: tuple[AgencyMention, ...] = (),
                 coordinators: tuple[AgencyMention, ...] = (), others: tuple[Party, ...] = (),
                 clauses: tuple[Clause, ...] = (), diagnostics: tuple[Diagnostic, ...] = ()):
        set_text, set_span, set_lead, set_coordinators, set_others, set_clauses, set_diagnostics = _A
        set_text(self, text)
        set_span(self, span)
        set_lead(self, lead)
        set_coordinators(self, coordinators)
        set_others(self, others)
        set_clauses(self, clauses)
        set_diagnostics(self, diagnostics)

    def __str__(self) -> str:
        parts = [f"lead[{_names(self.lead)}]", f"coord[{_names(self.coordinators)}]"]
        parts += [str(p) for p in self.others]
        return " ".join(parts)

    @property
    def generic_coordinators(self) -> bool:
        """True when a coordinator is a generic group ("các cơ quan liên quan")."""
        return any(m.generic for m in self.coordinators)

    def edges(self) -> tuple[Party, ...]:
        """Every (role, agency) pair once: leads, coordinators, then the other roles.

        A pair repeats only if its role or agency differs (by :attr:`AgencyMention.key`).

        Examples:
            >>> from reformrules.assignments import parse_assignment
            >>> [str(p) for p in parse_assignment("Sở Tài chính chủ trì tham mưu UBND tỉnh").edges()]
            ['lead:Sở Tài chính', 'recipient:Ủy ban nhân dân tỉnh']
        """
        seen: set[tuple[Role, str]] = set()
        out: list[Party] = []
        pairs = [Party(Role.LEAD, m) for m in self.lead] + [Party(Role.COORDINATE, m) for m in self.coordinators]
        for party in pairs + list(self.others):
            mark = (party.role, party.mention.key)
            if mark not in seen:
                seen.add(mark)
                out.append(party)
        return tuple(out)


def _set_slots(cls: type) -> tuple:
    """The setters of a frozen slotted dataclass' fields, in field order (their slot descriptors'
    ``__set__``, which skip the frozen ``__setattr__``): the value types' ``__init__`` use them.

    Examples:
        >>> m = AgencyMention("UBND tỉnh", Span(0, 9), "Ủy ban nhân dân tỉnh", "ubnd-tinh")
        >>> m == AgencyMention("UBND tỉnh", Span(0, 9), "Ủy ban nhân dân tỉnh", "ubnd-tinh"), m.kind
        (True, None)
        >>> import dataclasses; dataclasses.replace(m, place="khánh hòa").key
        'ubnd-tinh@khánh hòa'
        >>> m.name = "x"
        Traceback (most recent call last):
        ...
        dataclasses.FrozenInstanceError: cannot assign to field 'name'
    """
    import dataclasses

    return tuple(getattr(cls, f.name).__set__ for f in dataclasses.fields(cls))


_M = _set_slots(AgencyMention)
_P = _set_slots(Party)
_C = _set_slots(Clause)
_A = _set_slots(Assignment)
