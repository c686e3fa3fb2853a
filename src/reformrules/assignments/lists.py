"""Agency lists in a cell's words: known names, distributive lists, generic groups, unknown names.

:class:`ListReader` holds one cell's words (as parallel columns, with every word table of
``grammar`` matched once per position) and reads the lists of agencies that subjects and
objects are made of, turning them into :class:`~reformrules.assignments.model.AgencyMention`
values. ``parser.py`` builds the clauses on top of it.

Examples:
    >>> from reformrules.assignments.resolve import default_resolver
    >>> reader = ListReader("Các Sở: Tài chính, Nội vụ và các cơ quan liên quan", default_resolver(None, None), None)
    >>> mentions, end = reader._list(0, len(reader.w))
    >>> [m.name for m in mentions], end == len(reader.w)
    (['Sở Tài chính', 'Sở Nội vụ', 'các cơ quan liên quan'], True)
"""

from __future__ import annotations

from datetime import date

from ..diagnostics import Code, Diagnostic, info
from ..source import Span
from ..text.fold import fold
from . import grammar as g
from .model import AgencyMention
from .mentions import MentionMaker
from .names import new_style as _new_style, strip_markup as _strip_markup, written_name as _written_name
from .resolve import AgencyResolver, default_resolver

def one_words(*keys: tuple[str, ...]) -> frozenset[str]:
    """The words of one-word grammar keys (``_skip`` steps over them one at a time).

    Examples:
        >>> sorted(one_words(("cho",), ("với",)))
        ['cho', 'với']
    """
    assert all(len(k) == 1 for k in keys), keys
    return frozenset(k[0] for k in keys)


_MAX_FIELDS = 8  # a name's list of fields is short ("Văn hóa, Nghệ thuật, Thể thao và Du lịch"): the scan stays linear


class ListReader(MentionMaker):
    """One cell's words and the reading of agency lists in them (see the module docstring)."""

    def __init__(self, text: str, resolver: AgencyResolver, issued: date | None, tokens=None):
        self.text = text
        self.resolver = resolver
        self.issued = issued
        # The cell's words as parallel columns (folded text, token kind, offsets, expansion);
        # ``tokens``: the shared tokenizer's columns when the cell was prepared once for every parser.
        self.w, self.kinds, self.starts, self.ends, self.expansions = _strip_markup(
            text, resolver.lexicon.columns(text, tokens))
        # Every word table and every known name matched once at every position, in one walk
        # (grammar.SCANNED_TABLES order, then the resolver's names).
        (self._verb, self._object_verb, self._filler, self._title, self._head, self._distributive_head,
         self._quantifier, self._generic_noun, self._bare_generic, self._qualifier, self._and,
         self._assign, self._unit, self._place_unit, self._label_noun, self._label_role, self._clause_marks,
         self._names) = resolver.scan().scan(self.w)
        # (A head word that starts a longer verb is the verb: the scan reports no head there.)
        self._verbish = self._verb.keys() | self._object_verb.keys() | self._filler.keys() | self._assign.keys()
        self._verb_ends_cache: set[int] | None = None
        self.diagnostics: list[Diagnostic] = []
        self._starts: dict[int, bool] = {}
        self._lookups: dict[tuple[int, tuple[str, ...]], tuple | None] = {}

    @property
    def _verb_ends(self) -> set[int]:
        """Positions right after a verb or a filler ("hướng dẫn trực tiếp | các cơ quan")."""
        if self._verb_ends_cache is None:
            self._verb_ends_cache = {i + size for table in (self._verb, self._filler) for i, (size, _) in table.items()}
        return self._verb_ends_cache

    def _capital(self, i: int) -> bool:
        """True when the word at ``i`` is written with a capital letter (proper names are)."""
        return i < len(self.w) and self.text[self.starts[i]].isupper()

    # ------------------------------------------------------------------ lists
    def _list(self, i: int, end: int) -> tuple[list[AgencyMention], int]:
        """A list of agencies at ``i``: items joined by ",", "và", ", và", "cùng"."""
        items, j = self._item(i, end, None)
        if not items:
            return [], i
        out = list(items)
        last_at = i  # where the last item starts
        while j < end:
            k = j = self._scope_end(j, end)  # "… trong phạm vi chức năng, nhiệm vụ của mình và …"
            if k >= end:
                break
            if self.kinds[k] == "open":  # "(thuế, đất đai, …)" after a group
                k = self._after_parens(k, end)
            sep = self._and.get(k)
            if not sep and k + 1 < end and self.w[k] == "/" and self._capital(k + 1) and self._lookup(k + 1):
                sep = (1, None)  # "Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao": one body by either name
            if not sep:
                if k < end and self._capital(k) and k not in self._verbish and self._lookup(k):
                    # "Sở Tài chính Sở Nội vụ": a separator left out between two known names
                    more, after = self._item(k, end, out[-1])
                    if more and "\n" in self.text[self.ends[k - 1] : self.starts[k]]:
                        out += more  # a line break separates them
                        j = after
                        continue
                    if more:
                        self.diagnostics.append(info(
                            Code.ASSIGNMENT_MISSING_SEPARATOR, "no ',' between two agencies",
                            Span(self.ends[k - 1], self.starts[k])))
                        out += more
                        j = after
                        continue
                break
            level = self._level_after(out[-1], k + sep[0], end)
            if level:  # "Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã": the body at both levels, one mention
                m = out[-1]
                e = self.ends[level - 1]
                out[-1] = AgencyMention(self.text[m.span.start : e], Span(m.span.start, e), m.name, m.agency_id,
                                        m.generic, m.kind, m.head, m.place)
                j = level
                continue
            more, after = self._item(k + sep[0], end, out[-1])
            if not more:
                more, after = self._elided(last_at, out[-1], k + sep[0], end)
                if not more:
                    break
                if more[0].span.start == out[-1].span.start:  # the same name, longer
                    out.pop()
                    more = more[:1]
            else:
                last_at = k + sep[0]
            out += more
            j = after
        return out, j

    def _elided(self, last_at: int, last: AgencyMention, k: int, end: int) -> tuple[list[AgencyMention], int]:
        """After "," or "và", capitalised words that start no item of their own: the head of the item
        before, left out ("Sở Tư pháp, Nội vụ": Sở Nội vụ, when the lexicon knows it); after a name the
        lexicon lacks, a list of fields that ends with "và" is the rest of that one name ("Viện Văn
        hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam"). ``([], k)`` when neither: capitalised words of
        no item ("… và Nhân dân", a place) are no party."""
        if k >= end or not self._capital(k) or self.kinds[k] != "word" or k in self._verbish or last.generic:
            return [], k
        head = self._head.get(last_at)
        if head is not None:
            known = self._lookup(k, tuple(self.w[last_at : last_at + head[0]]))
            if known and k + known[0] <= end:
                return [self._known(k, k + known[0], known[1])], k + known[0]
        if last.agency_id is None and head is not None:
            j = self._field_list_end(k, end)
            if j is not None:
                if self.diagnostics and self.diagnostics[-1].span == last.span:
                    self.diagnostics.pop()  # the unknown-agency warning of the shorter name
                return [self._unknown(last_at, j)], j
        return [], k

    def _field_list_end(self, k: int, end: int) -> int | None:
        """The end of "Nghệ thuật, Thể thao và Du lịch Việt Nam" at ``k``: fields (a capitalised word
        and lower-case words) joined by "," and closed by "và" and a last field (and a place), or None."""
        w, kinds = self.w, self.kinds

        def field_word(j: int) -> bool:
            return j < end and kinds[j] == "word" and j not in self._verbish and not self._head.get(j) \
                and not self._lookup(j)

        j, closed, fields = k, False, 0
        while field_word(j) and self._capital(j) and fields < _MAX_FIELDS:
            fields += 1
            j += 1
            while field_word(j) and not self._capital(j) and w[j] not in g.DESCRIPTOR_STOPS:
                j += 1
            if closed:
                while field_word(j) and self._capital(j):  # "… Du lịch Việt Nam"
                    j += 1
                return j
            if j < end and w[j] in (",", "và"):
                closed = w[j] == "và"
                j += 1
                continue
            return None
        return None

    def _level_after(self, previous: AgencyMention, k: int, end: int) -> int | None:
        """The end of a bare level ("cấp xã") at ``k`` that repeats the level a named body (not a
        People's Committee, read as groups) ended with, or ``None``."""
        w = self.w
        if k + 1 >= end or w[k] != g.LEVEL_WORD[0] or w[k + 1] not in g.LEVEL_UNITS or previous.generic \
                or previous.name.startswith("Ủy ban nhân dân"):
            return None
        written = fold(previous.text).split()
        if len(written) < 2 or written[-2] != g.LEVEL_WORD[0] or written[-1] not in g.LEVEL_UNITS:
            return None
        if k + 2 < end and self.kinds[k + 2] == "word" and w[k + 2] not in ("và",) and not self._verb_at(k + 2):
            return None  # "…, cấp xã phường": more than a level
        return k + 2

    def _scope_end(self, j: int, end: int) -> int:
        """After a list item, the end of a scope phrase at ``j`` ("trong phạm vi chức năng, nhiệm vụ
        của mình", "theo thẩm quyền"; grammar.SCOPE_OPENERS), or ``j`` when there is none."""
        w = self.w
        if j >= end or w[j] not in g.SCOPE_TABLE.firsts:
            return j
        opener = g.SCOPE_TABLE.match(w, j)
        k = j + opener[0] if opener else j
        if not opener or k >= end or w[k] not in g.SCOPE_FIRSTS:
            return j
        words = g.SCOPE_WORDS
        while k < end:
            word = w[k]
            nxt = w[k + 1] if k + 1 < end else None
            if word in words or (word in (",", "và") and nxt in g.SCOPE_FIRSTS) or (word == "của" and nxt == "mình"):
                k += 1
                continue
            break
        return k

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
        found: list[AgencyMention] = []
        while title and i + title[0] < end:
            found, j = self._item(i + title[0], end, previous)
            if found or title[0] == 1:
                break
            # "Trưởng Ban Chỉ đạo": the longest title ("trưởng ban") eats the agency's first word;
            # a shorter title ("trưởng") leaves "Ban Chỉ đạo"
            title = g.TITLE_TABLE.match(w[: i + title[0] - 1], i)
        if title and found:  # "Giám đốc Sở Tài chính": the agency, with its head as a detail
            m = found[0]
            s = self.starts[i]
            head = _new_style(self.text[s : self.ends[i + title[0] - 1]])
            found[0] = AgencyMention(self.text[s : m.span.end], Span(s, m.span.end), m.name, m.agency_id,
                                     m.generic, m.kind, head, m.place)
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
        if previous is not None and w[i] == g.LEVEL_WORD[0] and previous.name.startswith("Ủy ban nhân dân"):
            found = self._lookup(i, g.COMMITTEE)
            if found and i + found[0] <= end:
                return [self._known(i, i + found[0], found[1])], i + found[0]
        classifier = g.CLASSIFIER_TABLE.match(w, i) if not quantifier and w[i] in g.CLASSIFIER_TABLE.firsts else None
        if classifier and self._capital(i + classifier[0]) and not self._names.get(i):
            k = i + classifier[0]
            found = self._lookup(k)
            # "lực lượng Công an thành phố": the police (a capitalised "Cơ quan …" inside a sentence is a name's head)
            if found and k + found[0] <= end and (not self._capital(i) or i == 0 or self.kinds[i - 1] != "word"):
                j = self._place_end(k + found[0], end, found[1].kind in g.NAMED_KINDS)
                return [self._known(k, j, found[1], start=i, place_at=k + found[0])], j
            j = self._name_end(k, end, bare=True)
            j = next((n for n in range(k + 1, j) if w[n] in g.DESCRIPTOR_STOPS), j)  # "… Công an trong công tác"
            if j > k and not found:  # "lực lượng Hải quan": a force named by a name the lexicon lacks
                return [self._unknown(i, j)], j
        if previous is not None and previous.place and previous.agency_id and i in self._place_unit:
            # "UBND thành phố Hà Nội, Thành phố Hồ Chí Minh": the same body of another named place
            j = self._place_end(i, end)
            if j > i + self._place_unit[i][0]:
                return [self._known(i, j, self.resolver.lexicon.agency(previous.agency_id), place_at=i)], j
        if w[i] == g.COMMITTEE[0] and tuple(w[i : i + 4]) == g.COMMITTEE:
            group = self._committee_group(i, end)
            if group:
                return group
        found = self._names.get(i)
        if found and ((i in self._verb and self._verb[i][0] > found[0]) or (found[0] == 1 and not self._capital(i))):
            found = None  # "báo cáo" is a verb, not the newspaper "Báo"; "báo, đài" are newspapers
        if found and i + found[0] <= end and not quantifier:
            j = self._place_end(i + found[0], end, found[1].kind in g.NAMED_KINDS)
            mention = self._known(i, j, found[1], place_at=i + found[0])
            if j > i + found[0] and self.issued is not None:
                self._check_province(i + found[0], j, mention)
            return self._with_unit(mention, j, end)
        if quantifier and self._head.get(i + quantifier[0]) and self._capital(i + quantifier[0]) \
                and self._capital(i + quantifier[0] + self._head[i + quantifier[0]][0]) \
                and not self._lookup(i + quantifier[0]):
            # "các Ban Xây dựng Đảng": bodies of one named kind, a group with the written name
            j = self._name_end(i + quantifier[0], end)
            return [self._generic(i, j)], j
        if quantifier or self._bare_generic.get(i) or (self._generic_noun.get(i) and w[i] not in g.PLACE_NOUN_FIRSTS and (
                not self._capital(i) or self._noun_list_follows(i, end) or self._kind_alone(i, end))):
            j = self._generic_end(i, end, quantifier[0] if quantifier else 0)
            if j > i:
                return [self._generic(i, j)], j
            return [], i
        head = self._head.get(i)
        if head and self._capital(i):
            j = self._name_end(i, end)
            if j == i + head[0] and tuple(w[i:j]) == self.resolver.issuer_head and not self._names_a_committee(i, j, end):
                # "Ban tổ chức thực hiện": the issuer
                return [self._known(i, j, self.resolver.lexicon.agency(self.resolver.scope))], j
            return [self._unknown(i, j, kind=g.HEAD_KIND_TABLE.match(w, i))], j
        return [], i

    def _names_a_committee(self, i: int, j: int, end: int) -> bool:
        """True when the bare head word at ``i`` is not the issuer but a committee's name: a verb and a
        capitalised word or an abbreviation follow it ("Ban chỉ đạo CCHC", "Ban tổ chức Hội thi"; "Lãnh
        đạo Ban" is the issuer's leadership)."""
        verb = self._verb.get(j)
        k = j + verb[0] if verb else j
        return verb is not None and k < end and self.kinds[k] == "word" and (self._capital(k) or bool(self.expansions[k]))

    def _kind_alone(self, i: int, end: int) -> bool:
        """True when the capitalised group noun at ``i`` stands alone, before a list mark or a verb
        ("Doanh nghiệp; Sở, ban, ngành có liên quan", a cell "Doanh nghiệp": enterprises,
        dongthap_552:748; "Doanh nghiệp thực hiện"), and is no head word of a name ("Ban …", "Sở …")."""
        k = i + self._generic_noun[i][0]
        return i not in self._head and (k >= end or k in self._verbish
                                        or self.w[k] in (";", ",", ".") and self.kinds[k] != "word")

    def _noun_list_follows(self, i: int, end: int) -> bool:
        """True when the capitalised group noun at ``i`` is followed by ", <group noun>" ("Viện,
        Trường", "Doanh nghiệp, Sở, ban, ngành"): a list of body kinds, not a proper name."""
        k = i + self._generic_noun[i][0]
        return k + 1 < end and self.w[k] == "," and bool(self._generic_noun.get(k + 1))

    def _with_unit(self, mention: AgencyMention, j: int, end: int) -> tuple[list[AgencyMention], int]:
        """A known agency and the unit of it named in brackets right after it ("Bộ Công an (Trung tâm
        Dữ liệu quốc gia)", thutuong_2629:1197): the agency is the party, the unit a detail kept in the
        mention's text. Brackets with anything else (a role mark, "qua …", a clause) are left alone."""
        if j + 2 >= end or self.kinds[j] != "open" or not self._capital(j + 1) \
                or not (self._head.get(j + 1) or self._names.get(j + 1)) or self._label_at_mark(j + 1, end):
            return [mention], j
        mark = len(self.diagnostics)
        inner, k = self._item(j + 1, end, None)
        del self.diagnostics[mark:]  # the unit is a detail, not a party (unknown or not)
        if len(inner) != 1 or inner[0].generic or k >= end or self.kinds[k] != "close":
            return [mention], j
        e = self.ends[k]
        m = mention
        return [AgencyMention(self.text[m.span.start : e], Span(m.span.start, e), m.name, m.agency_id, m.generic,
                              m.kind, m.head, m.place)], k + 1

    def _label_at_mark(self, i: int, end: int) -> bool:
        """True when a role mark ("chủ trì)", "phối hợp)") starts at ``i``."""
        noun = self._label_noun.get(i)
        return bool(self._label_role.get(i + noun[0] if noun else i))

    def _committee_group(self, i: int, end: int) -> tuple[list[AgencyMention], int] | None:
        """ "Ủy ban nhân dân (các) xã, phường, đặc khu" in any order: the committees of one level as
        one group (grammar.COMMITTEE_UNITS), or ``None`` when the words name no group."""
        w = self.w
        k = i + 4
        plural = k < end and (w[k] in ("các", "cấp") or w[k].isdigit() and k + 1 < end and k + 1 in self._unit)  # "04 xã"
        k += plural
        levels: list[str] = []
        j = k
        while j < end:
            unit = self._unit.get(j)
            if not unit:
                break
            levels.append(unit[1])
            j += unit[0]
            sep = self._and.get(j) or ((1, None) if j < end and w[j] == "/" else None)
            if not sep or j + sep[0] >= end or (j + sep[0]) not in self._unit:
                break
            after = j + sep[0] + self._unit[j + sep[0]][0]
            if after < end and w[after] in g.PARTY_COMMITTEE_WORDS:  # "… và Tỉnh ủy": a party committee
                break
            j += sep[0]
        if not levels or (len(levels) < 2 and not plural):
            return None
        while j < end and self._qualifier.get(j):  # "… trực thuộc trung ương", "… trên địa bàn tỉnh"
            j += self._qualifier[j][0]
        if len(levels) == 1 and j + 1 < end and w[j] == ":" and self._capital(j + 1):
            named = self._named_committees(i, k, j + 1, end)
            if named[0]:  # "Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền, …": those communes' committees
                return named
        level = g.committee_level(levels)
        agency = self.resolver.lexicon.agency(g.COMMITTEE_GROUPS[level])
        region = self._region_end(j, end)
        if region > j:  # "… vùng đồng bằng sông Hồng và Đông Nam Bộ": the committees of a region (its place)
            return [self._known(i, region, agency, place_at=j)], region
        return [self._known(i, j, agency)], j

    def _named_committees(self, i: int, unit_at: int, k: int, end: int) -> tuple[list[AgencyMention], int]:
        """The committees of the places listed after ":" ("Ủy ban nhân dân các xã: Gia Thuận, Tân
        Điền và Gò Công Đông"), each named "Ủy ban nhân dân xã Gia Thuận" (the lexicon knows no single
        commune: each is an unknown party), the first one's span from ``i``."""
        w = self.w
        base = self.starts[i]
        head = " ".join(self.text[self.starts[n] : self.ends[n]] for n in range(i, i + 4)
                        ) + " " + self.text[self.starts[unit_at] : self.ends[unit_at + self._unit[unit_at][0] - 1]]
        out: list[AgencyMention] = []
        while k < end and self._capital(k) and self.kinds[k] == "word" and k not in self._verbish:
            j = k
            while j < end and self._capital(j) and self.kinds[j] == "word" and j not in self._verbish:
                j += 1
            m = self._unknown(k, j, prefix_text=head)
            if not out:
                m = AgencyMention(self.text[base : m.span.end], Span(base, m.span.end), m.name, None, False)
            out.append(m)
            sep = self._and.get(j)
            if not sep or j + sep[0] >= end or not self._capital(j + sep[0]):
                return out, j
            k = j + sep[0]
        return out, k

    def _region_end(self, j: int, end: int) -> int:
        """The end of a region named at ``j`` ("vùng đồng bằng sông Hồng và Đông Nam Bộ", "khu vực
        miền núi phía Bắc"; grammar.REGION_WORDS), or ``j``: words up to a mark or a verb, "và" only
        between two capitalised region names."""
        opener = g.REGION_TABLE.match(self.w, j) if j < end else None
        if not opener:
            return j
        k = j + opener[0]
        while k < end and self.kinds[k] == "word" and k not in self._verbish:
            if self.w[k] == "và" and not (self._capital(k + 1) and self._capital(k - 1)):
                break
            k += 1
        return k if k > j + opener[0] else j

    def _place_end(self, j: int, end: int, named: bool = False) -> int:
        """After a known name, the place it belongs to: "Ủy ban nhân dân tỉnh Bình Dương", "Sở Y tế
        tỉnh Nghệ An", "Công an Thành phố Hồ Chí Minh": a unit word and capitalised words; after a
        body of a kind that takes a proper name ("Báo", "Ban Quản lý Khu kinh tế"), the name."""
        w = self.w
        k = j
        unit = self._place_unit.get(k) if k < end else None
        if unit:
            k += unit[0]
        elif not (named or (k > 0 and w[k - 1] in g.PLACE_ENDINGS)):
            return j
        start = k
        while k < end and self.kinds[k] == "word" and self._capital(k) and k not in self._verbish \
                and not self._head.get(k) and not self._lookup(k):
            k += 1
            if k + 1 < end and w[k] == "-" and self._capital(k + 1):  # "Bà Rịa - Vũng Tàu"
                k += 1
        if k == start:
            return j if unit is None or not self._capital(j) else k  # "… Thành phố" alone
        return k

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
                sep = self._and.get(j) or ((1, None) if j < end and w[j] == "/" else None)  # "các tỉnh/thành phố"
                if sep and j + sep[0] < end:
                    k = j + sep[0]
                    # A repeated "các" opens another group: "các sở, ngành và các hội, hiệp hội".
                    nxt = None if self._quantifier.get(k) else self._generic_noun.get(k)
                    if nxt and tuple(w[k : k + nxt[0]]) in g.COMMUNITY_NOUNS:
                        nxt = None  # "các bộ, ngành và cộng đồng người dân": the community is a party of its own
                    if nxt and not self._noun_is_name(k, nxt[0], end, nouns):
                        j = k
                        continue
                elif not sep and j < end and w[j] in g.CHAINED_NOUNS and w[j - 1] in g.CHAINED_NOUNS \
                        and not self._capital(j):
                    continue  # "các sở ban ngành": the commas left out
                break
            break
        if nouns == 0:
            return i
        j = self._descriptor_end(j, end)
        while j < end:
            qual = self._qualifier.get(j)
            if qual:
                j += qual[0]
                continue
            if tuple(w[j : j + 1]) == g.RELATIVE_MARK and j not in self._filler:
                # "các sở có đơn vị … trực thuộc" ("có trách nhiệm" is no description: "… liên quan có trách nhiệm xây dựng")
                k = j + 1
                while k < end and not self._verb.get(k) and w[k] not in g.CLAUSE_ENDS \
                        and not g.ACTIVITY_OPENER_TABLE.match(w, k):
                    k += 1
                if k < end and (self._verb.get(k) or 1 < k - j <= 6 and g.ACTIVITY_OPENER_TABLE.match(w, k)):
                    j = k  # "… có thẩm quyền trong việc …": the description ends before the activity
            break
        owned_by = tuple(w[j : j + 1]) in (g.POSSESSIVE_MARK, g.BELONGING_MARK)  # "… của các sở, ban, ngành và UBND …"
        if not owned_by and j < end and w[j - 1] == g.BELONGING_MARK[0] and self._capital(j):
            owned_by, j = True, j - 1  # "các cơ quan trực thuộc Bộ …": the qualifier's "thuộc" takes the owner
        if owned_by:
            mark = len(self.diagnostics)
            # "of" takes a list of owners; "under" one body ("các cơ quan thuộc Ủy ban Thường vụ Quốc hội
            # và Văn phòng Quốc hội": the Office is a party of its own)
            if w[j] == g.POSSESSIVE_MARK[0]:
                owners, k = self._list(j + 1, end)
            else:
                owners, k = self._item(j + 1, end, None)
            del self.diagnostics[mark:]  # the owners are part of the group's name, not parties
            if owners:
                j = k
            elif j + 1 < end and self._capital(j + 1) and self.kinds[j + 1] == "word" and j + 1 not in self._verbish:
                # "các tổ chức thành viên của Mặt trận": an owner the lexicon lacks, by its capitalised name
                k = self._name_end(j + 1, end, bare=True)
                j = next((n for n in range(j + 2, k) if w[n] == "và" and self._item_start(n + 1)), k)
        return j

    def _descriptor_end(self, j: int, end: int) -> int:
        """After a group's nouns, lower-case words that say which ones ("các doanh nghiệp viễn
        thông", "các doanh nghiệp logistics"), when a verb, a mark or the end follows them."""
        k = j
        while k < end and k - j < 4 and self.kinds[k] == "word" and not self._capital(k) \
                and k not in self._verbish and not self._qualifier.get(k) and self.w[k] not in g.DESCRIPTOR_STOPS:
            k += 1
        if k == j:
            return j
        while k < end and k - j < 7 and self.kinds[k] == "word" and self._capital(k) and k not in self._verbish \
                and not self._head.get(k) and not self._names.get(k):
            k += 1  # a proper name closing the description: "các Hiệp hội và Doanh nghiệp công nghệ số Việt Nam"
        # … then a verb, a mark, the end, a qualifier ("… thuộc tỉnh") or a word that ends a name ("để")
        if (k >= end or k in self._verbish or self.kinds[k] in ("punct", "open", "close") or self.w[k] in g.CLAUSE_ENDS
                or self.w[k] in g.NAME_STOPS or self._qualifier.get(k)):
            return k
        return j

    def _noun_is_name(self, j: int, size: int, end: int, nouns: int) -> bool:
        """True when a generic noun at ``j`` is really the start of something else: a named
        agency ("Sở Nội vụ"), or the verb "tổ chức" ("… địa phương tổ chức thực hiện")."""
        w = self.w
        after = j + size
        nxt = w[after] if after < end else None
        if w[j] in g.CHAINED_NOUNS and after < end and w[after] in g.CHAINED_NOUNS and not self._capital(after):
            return False  # "các sở ban ngành": nouns in a row, the commas left out
        if w[j] == "tổ" and size == 2:  # "tổ chức": a noun only inside a list, before a list mark
            prev = w[j - 1] if j > 0 else None
            if prev == "," and nouns > 0 and after < end and self.kinds[after] == "word" and after not in self._verbish \
                    and not self._capital(after):
                return False  # "các cơ quan, đơn vị, tổ chức khoa học …": a third noun of the list, described
            return not (prev in (",", "các") and (nxt is None or nxt in (",", "và", "có", "liên", "trực", "khác", ";", ".")
                                                  or self._scope_end(after, end) > after
                                                  or (after < end and after in self._generic_noun)))  # "các tổ chức hội"
        if self._head.get(j) and nouns > 0 or (self._head.get(j) and nxt not in (",", "và", None)):
            if (nxt is None or nxt in (",", "và", ";", ".", ")") or self._qualifier.get(after)
                    or self._verb_at(after) or (nxt,) == g.RELATIVE_MARK or (nxt,) == g.POSSESSIVE_MARK):
                return False
            return True
        return False

    def _after_head(self, j: int) -> bool:
        """True when a head word ("Ban", "Hội đồng") ends right before ``j``."""
        return any(self._head.get(k, (0,))[0] == j - k for k in range(max(0, j - 4), j))

    def _name_end(self, i: int, end: int, bare: bool = False) -> int:
        """End of an unknown agency name: up to punctuation, a verb, or "và" before another agency."""
        w = self.w
        j = i if bare else i + (self._head.get(i) or (1, None))[0]
        limit = min(end, i + 14)
        if not bare and j < limit and self._capital(j) and self.kinds[j] == "word" and self._capital(i):
            j += 1  # the first word after a head word, capitalised, is the name's ("Ban Chỉ đạo", "Viện Nghiên cứu …")
        while j < limit:
            word = w[j]
            kind = self.kinds[j]
            if kind in ("punct", "open", "close") or word in g.CLAUSE_ENDS:
                break
            if word == "-" and (j + 1 >= end or self._item_start(j + 1)
                                or self._verb_at(j + 1) and not self._capital(j + 1)):  # "Thi đua - Khen thưởng"
                break
            if word == "và" and (j + 1 >= end or self._item_start(j + 1)):
                break
            if (self._verb_at(j) and not (self._capital(j) and (self._after_head(j) or w[j - 1] == "-"))  # "Ban Chỉ đạo"
                    or word in g.NAME_STOPS or self._qualifier.get(j) and bare is False and w[j] == "có"):
                break
            j += 1
        return j

    def _verb_at(self, i: int) -> bool:
        """True when a verb, an object verb, a filler or "giao" starts at ``i``."""
        return i in self._verbish

    def _lookup(self, i: int, prefix: tuple[str, ...] = ()):
        """The resolver's longest known name at ``i`` (from the scan; with a prefix memoised)."""
        if not prefix:
            return self._names.get(i)
        key = (i, prefix)
        if key in self._lookups:
            return self._lookups[key]
        found = self._lookups[key] = self.resolver.lookup(self.w, i, prefix)
        return found

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


def bounded_agency(text: str) -> str | None:
    """The agency named at the start of ``text``, bounded as a list item of an assignment is: a
    known name ends where the lexicon's name (and its place) ends, an unknown one at a verb, an
    adverb or a role word. The name as written (tone marks kept), abbreviations expanded;
    ``None`` when ``text`` does not start with an agency. For other parsers that need a name
    ("sau khi UBND tỉnh ban hành …": who a deadline waits on).

    Examples:
        >>> bounded_agency("UBND tỉnh có hướng dẫn"), bounded_agency("Uỷ ban nhân dân tỉnh ban hành quy định")
        ('Ủy ban nhân dân tỉnh', 'Uỷ ban nhân dân tỉnh')
        >>> bounded_agency("Sở Biển và Hải đảo sẽ khẩn trương thẩm định"), bounded_agency("theo quy định")
        ('Sở Biển và Hải đảo', None)
    """
    reader = ListReader(text, default_resolver(None, None), None)
    found, j = reader._item(0, len(reader.w), None)
    if not found:
        return None
    base = reader.starts[0]
    return _written_name(text[base : reader.ends[j - 1]], [(s - base, e - base, x) for s, e, x in
                                                        zip(reader.starts[:j], reader.ends[:j], reader.expansions[:j])])
