"""The closed vocabulary of assignment cells, as folded word tuples with English glosses.

Keys are folded (lower case, new-style tone placement, see ``text.fold``) and split into the
words of ``text.tokens.tokenize``; the parser matches them against the folded words of a cell.
Agency names themselves are data (``lexicon/data/*.tsv``), not here. Add a synonym as a row here,
never as a branch in the parser. The words come from the five seed plans (examples/plans) and
the forms listed in issue 5.

Examples:
    >>> VERBS[("chủ", "trì")]
    <Role.LEAD: 'lead'>
    >>> OBJECT_VERB_TABLE.match(("phối", "hợp", "với", "sở"), 0)
    (3, <Role.COORDINATE: 'coordinate'>)
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping, Sequence, TypeVar

from .model import Role

T = TypeVar("T")

# Verbs right after the subject: what the subject does.
VERBS: Mapping[tuple[str, ...], Role] = MappingProxyType({
    ("chủ", "trì"): Role.LEAD,  # lead
    ("làm", "đầu", "mối"): Role.LEAD,  # act as the focal point
    ("là", "đầu", "mối"): Role.LEAD,  # be the focal point
    ("phối", "hợp"): Role.COORDINATE,  # coordinate
    ("tham", "gia"): Role.COORDINATE,  # take part
    ("tham", "mưu"): Role.ADVISE,  # advise
    ("theo", "dõi"): Role.MONITOR,  # monitor
    ("đôn", "đốc"): Role.MONITOR,  # urge, push
    ("giám", "sát"): Role.MONITOR,  # supervise
    ("tổng", "hợp"): Role.COMPILE,  # compile
    ("thẩm", "định"): Role.APPRAISE,  # appraise
    ("hướng", "dẫn"): Role.GUIDE,  # guide
    ("kiểm", "tra"): Role.INSPECT,  # inspect
    ("thực", "hiện"): Role.IMPLEMENT,  # carry out
    ("triển", "khai"): Role.IMPLEMENT,  # deploy
    ("tổ", "chức"): Role.IMPLEMENT,  # organise
    ("xây", "dựng"): Role.IMPLEMENT,  # build, draft
    ("rà", "soát"): Role.IMPLEMENT,  # review
    ("lập",): Role.IMPLEMENT,  # draw up
    ("hoàn", "thiện"): Role.IMPLEMENT,  # complete
    ("nhập",): Role.IMPLEMENT,  # enter (data)
    ("cập", "nhật"): Role.IMPLEMENT,  # update
    ("đề", "xuất"): Role.IMPLEMENT,  # propose
    ("chỉ", "đạo"): Role.IMPLEMENT,  # direct
    ("ban", "hành"): Role.IMPLEMENT,  # issue
    ("công", "bố"): Role.IMPLEMENT,  # announce
    ("đánh", "giá"): Role.APPRAISE,  # evaluate, assess (others' work: "đánh giá chất lượng rà soát")
    ("khai", "thác"): Role.IMPLEMENT,  # exploit (data)
    ("phân", "loại"): Role.IMPLEMENT,  # classify
    ("lấy", "ý", "kiến"): Role.IMPLEMENT,  # consult
    ("trình",): Role.IMPLEMENT,  # submit
    ("báo", "cáo"): Role.IMPLEMENT,  # report
    ("gửi",): Role.IMPLEMENT,  # send
    ("giúp",): Role.IMPLEMENT,  # help
})

# Verbs whose object is a list of agencies, and the role the object gets.
OBJECT_VERBS: Mapping[tuple[str, ...], Role] = MappingProxyType({
    ("phối", "hợp", "với"): Role.COORDINATE,  # coordinate with
    ("phối", "hợp", "cùng"): Role.COORDINATE,  # coordinate together with
    ("phối", "hợp"): Role.COORDINATE,  # coordinate (with; "với" left out)
    ("cùng", "với"): Role.COORDINATE,  # together with
    ("tham", "mưu"): Role.RECIPIENT,  # advise (the addressee)
    ("trình",): Role.RECIPIENT,  # submit to
    ("báo", "cáo"): Role.RECIPIENT,  # report to
    ("gửi",): Role.RECIPIENT,  # send to ("gửi X thẩm định": X appraises, see HANDOVER_VERBS)
    ("giúp",): Role.RECIPIENT,  # help (the body helped)
    ("xin", "ý", "kiến"): Role.RECIPIENT,  # ask the opinion of
})

# "gửi X <verb>", "trình X thẩm định": X does <verb> (takes VERBS' role) instead of merely
# receiving, for the roles listed. "trình UBND tỉnh ban hành/phê duyệt" keeps X a recipient.
HANDOVER_VERBS: Mapping[tuple[str, ...], frozenset[Role]] = MappingProxyType({
    ("gửi",): frozenset({Role.ADVISE, Role.MONITOR, Role.COMPILE, Role.APPRAISE, Role.GUIDE, Role.INSPECT,
                         Role.IMPLEMENT}),  # send (X then acts)
    ("trình",): frozenset({Role.APPRAISE}),  # submit (to X, who appraises)
})

# Words between an object verb and its object: cho = for/to, với = with, lên = up to, về = to.
OBJECT_LINKS: tuple[tuple[str, ...], ...] = (("cho",), ("với",), ("lên",), ("về",))

# Words that do not change who does what; skipped between subject and verb.
FILLERS: tuple[tuple[str, ...], ...] = (
    ("có", "trách", "nhiệm"),  # is responsible for
    ("chịu", "trách", "nhiệm"),  # bears responsibility for
    ("được", "giao"),  # is assigned to (passive "X được giao chủ trì")
    ("đồng", "thời"),  # at the same time
    ("tiếp", "tục"),  # continue to
    ("chủ", "động"),  # proactively
    ("trực", "tiếp"),  # directly
)

# The assigner's verb: "Chủ tịch UBND tỉnh giao Sở Y tế chủ trì"; at the start it is a prefix.
ASSIGN_VERB: tuple[str, ...] = ("giao",)  # assign
# Passive agent marker: "do Sở Tư pháp chủ trì" (led by the Department of Justice).
PASSIVE_MARK: tuple[str, ...] = ("do",)  # by

# Titles of heads of agencies: "Giám đốc Sở X" names the agency Sở X.
TITLES: tuple[tuple[str, ...], ...] = (
    ("giám", "đốc"),  # director
    ("phó", "giám", "đốc"),  # deputy director
    ("thủ", "trưởng"),  # head
    ("chủ", "tịch"),  # chair
    ("phó", "chủ", "tịch"),  # vice chair
    ("chánh",),  # chief (Chánh Văn phòng, Chánh Thanh tra)
    ("trưởng",),  # head (Trưởng ban, Trưởng phòng)
    ("lãnh", "đạo"),  # the leadership of
    ("người", "đứng", "đầu"),  # the person at the head of
)

# Words that start the name of one agency ("Sở …", "Phòng …", "Cục …").
HEADS: tuple[tuple[str, ...], ...] = (
    ("sở",),  # department
    ("phòng",),  # office, division
    ("văn", "phòng"),  # office (secretariat)
    ("ban",),  # board, committee
    ("bộ",),  # ministry
    ("bộ", "phận"),  # desk, section
    ("cục",),  # department (central branch)
    ("chi", "cục"),  # sub-department
    ("thanh", "tra"),  # inspectorate
    ("ủy", "ban", "nhân", "dân"),  # People's Committee
    ("hội", "đồng", "nhân", "dân"),  # People's Council
    ("kho", "bạc"),  # treasury
    ("bảo", "hiểm", "xã", "hội"),  # social insurance
    ("trung", "tâm"),  # centre
    ("tổ", "thư", "ký"),  # secretariat team
    ("tổ", "công", "tác"),  # working group
    ("bưu", "điện"),  # post office
    ("người", "đại", "diện"),  # representative
    ("công", "an"),  # police
    ("đài",),  # broadcaster
    ("chính", "phủ"),  # the Government
    ("thủ", "tướng"),  # the Prime Minister
    ("tỉnh", "ủy"),  # provincial Party Committee
    ("thị", "ủy"),  # town Party Committee
    ("huyện", "ủy"),  # district Party Committee
    ("công", "ty"),  # company
)

# Head words written once for a list of names: "Các Sở: Tài chính, Nội vụ".
DISTRIBUTIVE_HEADS: tuple[tuple[str, ...], ...] = (("sở",), ("phòng",), ("bộ",), ("ban",))

# Words that open a generic group: các = the (plural), tất cả = all, những = the, mọi = every.
QUANTIFIERS: tuple[tuple[str, ...], ...] = (("tất", "cả", "các"), ("tất", "cả"), ("các",), ("những",), ("mọi",))

# Nouns of generic groups ("các sở, ban, ngành", "các cơ quan, đơn vị liên quan").
GENERIC_NOUNS: tuple[tuple[str, ...], ...] = (
    ("cơ", "quan", "chuyên", "môn"),  # specialised agencies
    ("cơ", "quan"),  # agencies
    ("đơn", "vị", "sự", "nghiệp", "công", "lập"),  # public service units
    ("đơn", "vị", "sự", "nghiệp"),  # service units
    ("đơn", "vị", "nghiên", "cứu"),  # research units
    ("đơn", "vị"),  # units
    ("địa", "phương"),  # localities
    ("ngành",),  # sectors
    ("sở",),  # departments
    ("ban",),  # boards
    ("phòng",),  # offices
    ("bộ",),  # ministries
    ("tổ", "chức"),  # organisations (a noun only inside a list, see the parser)
    ("doanh", "nghiệp"),  # enterprises
    ("hiệp", "hội"),  # associations
    ("hội",),  # societies
    ("đoàn", "thể"),  # mass organisations
    ("cấp", "có", "thẩm", "quyền"),  # the competent level
    ("cấp", "thẩm", "quyền"),  # the competent level ("có" left out)
    ("cấp", "trên"),  # the higher level
    ("trang", "thông", "tin", "điện", "tử"),  # websites ("Trang thông tin điện tử của các sở, …")
)
# Generic nouns that may open a group without "các": "phối hợp với cơ quan, đơn vị liên quan".
BARE_GENERIC_STARTS: tuple[tuple[str, ...], ...] = (
    ("cơ", "quan"), ("đơn", "vị"), ("địa", "phương"), ("cấp", "có", "thẩm", "quyền"), ("cấp", "thẩm", "quyền"),
    ("cấp", "trên"), ("trang", "thông", "tin", "điện", "tử"),
)

# Qualifiers that end a generic group: "liên quan" = concerned, "trực thuộc" = attached, ….
GENERIC_QUALIFIERS: tuple[tuple[str, ...], ...] = (
    ("có", "liên", "quan"),  # concerned
    ("liên", "quan"),  # concerned
    ("trực", "thuộc"),  # attached
    ("thuộc", "tỉnh"),  # of the province
    ("chuyên", "môn"),  # specialised
    ("cấp", "tỉnh"),  # provincial
    ("cấp", "huyện"),  # district-level
    ("cấp", "xã"),  # commune-level
    ("trên", "địa", "bàn", "tỉnh"),  # in the province
    ("trên", "địa", "bàn"),  # in the area
    ("tỉnh",),  # of the province
    ("giải", "quyết", "thủ", "tục", "hành", "chính"),  # handling administrative procedures ("giải quyết TTHC")
)
# "các sở có đơn vị sự nghiệp … trực thuộc": a group described by a "có …" phrase.
RELATIVE_MARK: tuple[str, ...] = ("có",)  # having
# "Trang thông tin điện tử của các sở, ban, ngành": a group owned by a list of agencies.
POSSESSIVE_MARK: tuple[str, ...] = ("của",)  # of
# "Các cơ quan thông tin truyền thông: Đài …, Báo …": a generic label (at most this many words
# after the quantifier) before ":" names the kind of the listed bodies; the list is the party.
LABEL_WORDS = 6

# A People's Committee written once for several levels: "UBND cấp huyện, cấp xã".
LEVEL_WORD: tuple[str, ...] = ("cấp",)  # level
COMMITTEE: tuple[str, ...] = ("ủy", "ban", "nhân", "dân")  # People's Committee

# List separators inside a subject or object: "," and "và" (and), "cùng" (together with).
AND_WORDS: tuple[tuple[str, ...], ...] = ((",", "và"), (",",), ("và",), ("cùng",))

# Role labels: "Cơ quan chủ trì: Sở Nội vụ", "Phối hợp: Sở Tài chính", and the same words as a mark
# after a name, "Sở Nội vụ (chủ trì)". An optional label noun, a role word, verbs that complete
# it ("chủ trì thực hiện"), then ":" (a label) or ")" (a mark).
LABEL_NOUNS: tuple[tuple[str, ...], ...] = (
    ("cơ", "quan"),  # agency
    ("đơn", "vị"),  # unit
    ("cơ", "quan", ",", "đơn", "vị"),  # agency, unit
    ("cơ", "quan", "/", "đơn", "vị"),  # agency/unit
)
LABEL_ROLES: Mapping[tuple[str, ...], Role] = MappingProxyType({
    ("chủ", "trì"): Role.LEAD,  # lead
    ("đầu", "mối"): Role.LEAD,  # focal point
    ("làm", "đầu", "mối"): Role.LEAD,  # act as the focal point
    ("phối", "hợp"): Role.COORDINATE,  # coordinate
    ("tham", "gia"): Role.COORDINATE,  # take part
    ("thực", "hiện"): Role.IMPLEMENT,  # carry out ("Cơ quan thực hiện:"; leads only implicitly)
})
LABEL_END = ":"  # ends a label (a mark ends at its closing bracket)

# Bullet marks that open a sub-assignment.
BULLETS: frozenset[str] = frozenset({"-", "+", "•", "*"})
# Punctuation that ends a clause (a "." only when followed by a space or the end).
CLAUSE_ENDS: frozenset[str] = frozenset({";", "."})


class WordTable:
    """A table of folded word-tuple keys, indexed by first word for longest-match lookup.

    Examples:
        >>> WordTable({("phối", "hợp"): 1, ("phối", "hợp", "với"): 2}).match(("phối", "hợp", "với"), 0)
        (3, 2)
        >>> WordTable((("các",),)).match(("sở",), 0) is None
        True
    """

    __slots__ = ("_index", "keys", "firsts")

    def __init__(self, entries: Mapping[tuple[str, ...], T] | tuple[tuple[str, ...], ...]):
        pairs = list(entries.items()) if not isinstance(entries, tuple) else [(k, None) for k in entries]
        self.keys = tuple(k for k, _ in pairs)
        index: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for key, value in pairs:
            index.setdefault(key[0], []).append((key, value))
        self._index = {w: tuple(sorted(v, key=lambda e: -len(e[0]))) for w, v in index.items()}
        self.firsts = frozenset(self._index)

    def match(self, words: Sequence[str], i: int):
        """``(length, value)`` of the longest key at ``words[i:]``, or ``None``."""
        if i >= len(words):
            return None
        for key, value in self._index.get(words[i], ()):
            size = len(key)
            if tuple(words[i : i + size]) == key:
                return size, value
        return None


class TableScan:
    """Several word tables matched in one pass over a text's words.

    :meth:`scan` gives, for each table, a dict from word position to the ``(length, value)`` of
    the longest key starting there: the same answer as ``table.match(words, i)``, computed once
    per position instead of once per question (the parser asks the same question many times).

    Examples:
        >>> verbs, links = TableScan((VERB_TABLE, LINK_TABLE)).scan(["sở", "chủ", "trì", "với"])
        >>> verbs, links
        ({1: (2, <Role.LEAD: 'lead'>)}, {3: (1, None)})
    """

    __slots__ = ("_index", "_count")

    def __init__(self, tables: tuple[WordTable, ...]):
        # first word → ((table number, ((length, key as a list, value), … longest first)), …)
        index: dict[str, list[tuple[int, tuple[tuple[int, list[str], object], ...]]]] = {}
        for number, table in enumerate(tables):
            for first, entries in table._index.items():  # longest key first within a table
                index.setdefault(first, []).append(
                    (number, tuple((len(key), list(key), value) for key, value in entries)))
        self._index = {first: tuple(entries) for first, entries in index.items()}
        self._count = len(tables)

    def scan(self, words: list[str]) -> list[dict[int, tuple[int, object]]]:
        """One dict per table: position → ``(length, value)`` of its longest key there."""
        found: list[dict[int, tuple[int, object]]] = [{} for _ in range(self._count)]
        index = self._index
        for i, word in enumerate(words):
            tables = index.get(word)
            if tables is None:
                continue
            for number, entries in tables:
                for size, key, value in entries:
                    if size == 1 or words[i : i + size] == key:
                        found[number][i] = (size, value)
                        break
        return found


VERB_TABLE = WordTable(VERBS)
OBJECT_VERB_TABLE = WordTable(OBJECT_VERBS)
LINK_TABLE = WordTable(OBJECT_LINKS)
FILLER_TABLE = WordTable(FILLERS)
TITLE_TABLE = WordTable(TITLES)
HEAD_TABLE = WordTable(HEADS)
DISTRIBUTIVE_TABLE = WordTable(DISTRIBUTIVE_HEADS)
QUANTIFIER_TABLE = WordTable(QUANTIFIERS)
GENERIC_NOUN_TABLE = WordTable(GENERIC_NOUNS)
BARE_GENERIC_TABLE = WordTable(BARE_GENERIC_STARTS)
QUALIFIER_TABLE = WordTable(GENERIC_QUALIFIERS)
AND_TABLE = WordTable(AND_WORDS)
ASSIGN_TABLE = WordTable((ASSIGN_VERB,))
LABEL_NOUN_TABLE = WordTable(LABEL_NOUNS)
LABEL_ROLE_TABLE = WordTable(LABEL_ROLES)
# The tables the parser asks about at every position, in the order of its per-cell dicts.
SCANNED_TABLES = (VERB_TABLE, OBJECT_VERB_TABLE, FILLER_TABLE, TITLE_TABLE, HEAD_TABLE, DISTRIBUTIVE_TABLE,
                  QUANTIFIER_TABLE, GENERIC_NOUN_TABLE, BARE_GENERIC_TABLE, QUALIFIER_TABLE, AND_TABLE, ASSIGN_TABLE)
SCAN = TableScan(SCANNED_TABLES)
# First words of everything the predicate loop looks for (a word outside it ends a verb run).
PREDICATE_FIRSTS = FILLER_TABLE.firsts | OBJECT_VERB_TABLE.firsts | VERB_TABLE.firsts | frozenset({",", "và"})
