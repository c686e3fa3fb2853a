"""The closed vocabulary of assignment cells, as folded word tuples with English glosses.

Keys are folded (lower case, new-style tone placement, see ``text.fold``) and split into the
words of ``text.tokens.tokenize``; the assignment parser (``assignments/grammar.py`` compiles these
tables into one scan) matches them against the folded words of a cell. Agency names themselves are
data (``lexicon/data/agenc*.tsv``), not here. Roles are the values of
``reformrules.assignments.model.Role`` ("lead", "coordinate" …), written as strings so that the
lexicon does not depend on the parser. Add a synonym as a row here, never as a branch in the
parser. The words come from the five seed plans (examples/plans), the corpus plans
(examples/corpus) and the forms listed in issues 5 and 15.

Examples:
    >>> VERBS[("chủ", "trì")], OBJECT_VERBS[("phối", "hợp", "với")]
    ('lead', 'coordinate')
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

__all__ = [
    "VERBS",
    "OBJECT_VERBS",
    "HANDOVER_VERBS",
    "OBJECT_LINKS",
    "FILLERS",
    "ON_ITS_OWN",
    "NAME_STOPS",
    "ASSIGNERS",
    "DIRECTING_VERBS",
    "PASSIVE_MARK",
    "TITLES",
    "HEADS",
    "HEAD_KINDS",
    "DISTRIBUTIVE_HEADS",
    "QUANTIFIERS",
    "GENERIC_NOUNS",
    "PLACE_NOUN_FIRSTS",
    "GROUP_NOUN_KINDS",
    "BARE_GENERIC_STARTS",
    "COMMUNITY_NOUNS",
    "REGION_WORDS",
    "GENERIC_QUALIFIERS",
    "LEVEL_QUALIFIERS",
    "RELATED_QUALIFIERS",
    "RELATIVE_MARK",
    "POSSESSIVE_MARK",
    "BELONGING_MARK",
    "LABEL_WORDS",
    "LEVEL_WORD",
    "LEVEL_UNITS",
    "COMMITTEE",
    "COMMITTEE_UNITS",
    "COMMITTEE_GROUPS",
    "PARTY_COMMITTEE_WORDS",
    "PROVINCE_PARTY_COMMITTEE",
    "CITY_PARTY_COMMITTEE",
    "CITY_PARTY_COMMITTEE_WORDS",
    "PLACE_UNITS",
    "PLACE_ENDINGS",
    "CHAINED_NOUNS",
    "SCOPE_OPENERS",
    "SCOPE_FIRSTS",
    "SCOPE_WORDS",
    "CLASSIFIERS",
    "DESCRIPTOR_STOPS",
    "ACTIVITY_OPENERS",
    "CONSULT_PREAMBLES",
    "NAMED_KINDS",
    "GROUP_NOUN_ORDER",
    "AND_WORDS",
    "LABEL_NOUNS",
    "LABEL_ROLES",
    "LABEL_END",
    "BULLETS",
    "CLAUSE_ENDS",
]

# Verbs right after the subject: what the subject does.
VERBS: Mapping[tuple[str, ...], str] = MappingProxyType({
    ("chủ", "trì"): "lead",  # lead
    ("làm", "đầu", "mối"): "lead",  # act as the focal point
    ("là", "đầu", "mối"): "lead",  # be the focal point
    ("phối", "hợp"): "coordinate",  # coordinate
    ("tham", "gia"): "coordinate",  # take part
    ("tham", "mưu"): "advise",  # advise
    ("theo", "dõi"): "monitor",  # monitor
    ("đôn", "đốc"): "monitor",  # urge, push
    ("giám", "sát"): "monitor",  # supervise
    ("tổng", "hợp"): "compile",  # compile
    ("thẩm", "định"): "appraise",  # appraise
    ("hướng", "dẫn"): "guide",  # guide
    ("kiểm", "tra"): "inspect",  # inspect
    ("thực", "hiện"): "implement",  # carry out
    ("triển", "khai"): "implement",  # deploy
    ("tổ", "chức"): "implement",  # organise
    ("xây", "dựng"): "implement",  # build, draft
    ("rà", "soát"): "implement",  # review
    ("lập",): "implement",  # draw up
    ("hoàn", "thiện"): "implement",  # complete
    ("nhập",): "implement",  # enter (data)
    ("cập", "nhật"): "implement",  # update
    ("đề", "xuất"): "implement",  # propose
    ("chỉ", "đạo"): "implement",  # direct
    ("ban", "hành"): "implement",  # issue
    ("công", "bố"): "implement",  # announce
    ("đánh", "giá"): "appraise",  # evaluate, assess (others' work: "đánh giá chất lượng rà soát")
    ("khai", "thác"): "implement",  # exploit (data)
    ("phân", "loại"): "implement",  # classify
    ("lấy", "ý", "kiến"): "implement",  # consult
    ("trình",): "implement",  # submit
    ("báo", "cáo"): "implement",  # report
    ("gửi",): "implement",  # send
    ("giúp",): "implement",  # help
    ("là", "cơ", "quan", "đầu", "mối"): "lead",  # be the focal agency
    ("làm", "cơ", "quan", "đầu", "mối"): "lead",  # act as the focal agency
    ("là", "cơ", "quan", "thường", "trực"): "lead",  # be the standing agency
    ("là", "cơ", "quan", "chủ", "trì"): "lead",  # be the leading agency
    # Verbs of the work itself: they end a name ("… Thành phố bố trí …") and make the subject act.
    ("phê", "duyệt"): "implement",  # approve
    ("bố", "trí"): "implement",  # allocate
    ("bổ", "sung"): "implement",  # add to, supplement
    ("sửa", "đổi"): "implement",  # amend
    ("điều", "chỉnh"): "implement",  # adjust
    ("xem", "xét"): "implement",  # consider
    ("quyết", "định"): "implement",  # decide
    ("quán", "triệt"): "implement",  # disseminate (a resolution)
    ("tuyên", "truyền"): "implement",  # publicise
    ("vận", "động"): "implement",  # mobilise
    ("nghiên", "cứu"): "implement",  # study
    ("phản", "ánh"): "implement",  # report back (difficulties)
    ("phản", "hồi"): "implement",  # respond, report back ("… doanh nghiệp phản hồi về Ban Chỉ đạo", quangngai_1627:430)
    ("kiến", "nghị"): "implement",  # recommend (to a higher body)
    ("kết", "nối"): "implement",  # connect ("kết nối với hệ thống … quốc gia do Bộ X chủ trì": X runs the system)
    ("cung", "cấp"): "implement",  # provide
    ("bảo", "đảm"): "implement",  # ensure
    ("đảm", "bảo"): "implement",  # ensure
    ("cân", "đối"): "implement",  # balance (a budget)
    ("tiếp", "nhận"): "implement",  # receive
    ("điều", "phối"): "implement",  # coordinate (as the organiser)
    ("huy", "động"): "implement",  # mobilise
    ("kiện", "toàn"): "implement",  # consolidate
    ("đẩy", "mạnh"): "implement",  # step up
    ("nâng", "cao"): "implement",  # raise
    ("giải", "quyết"): "implement",  # resolve
    ("phổ", "biến"): "implement",  # disseminate
    ("thẩm", "tra"): "appraise",  # examine (a draft)
    ("soạn", "thảo"): "implement",  # draft
    ("chuẩn", "bị"): "implement",  # prepare
    ("hỗ", "trợ"): "implement",  # support
    ("lồng", "ghép"): "implement",  # integrate
    ("phát", "động"): "implement",  # launch (a movement)
    ("bồi", "dưỡng"): "implement",  # train
    ("tập", "huấn"): "implement",  # train
    ("xác", "định"): "implement",  # determine
    ("cụ", "thể", "hóa"): "implement",  # make concrete
    ("duy", "trì"): "implement",  # maintain
    ("vận", "hành"): "implement",  # operate
    ("tổng", "kết"): "compile",  # review (at the end)
    ("sơ", "kết"): "compile",  # review (midway)
    ("quản", "lý", "nhà", "nước"): "implement",  # exercise state management ("quản lý" alone is in names)
    ("khen", "thưởng"): "implement",  # reward (whom it rewards is its object: "khen thưởng … cá nhân có thành tích")
    ("biểu", "dương"): "implement",  # commend
    ("phòng", "ngừa"): "implement",  # prevent ("Phòng ngừa …" is not an office)
    ("phòng", ",", "chống"): "implement",  # prevent and combat
})

# Verbs whose object is a list of agencies, and the role the object gets.
OBJECT_VERBS: Mapping[tuple[str, ...], str] = MappingProxyType({
    ("phối", "hợp", "với"): "coordinate",  # coordinate with
    ("phối", "hợp", "cùng"): "coordinate",  # coordinate together with
    ("phối", "hợp"): "coordinate",  # coordinate (with; "với" left out)
    ("cùng", "với"): "coordinate",  # together with
    ("tham", "mưu"): "recipient",  # advise (the addressee)
    ("trình",): "recipient",  # submit to
    ("báo", "cáo"): "recipient",  # report to
    ("gửi",): "recipient",  # send to ("gửi X thẩm định": X appraises, see HANDOVER_VERBS)
    ("giúp",): "recipient",  # help (the body helped)
    ("xin", "ý", "kiến"): "recipient",  # ask the opinion of
    ("phối", "hợp", "chặt", "chẽ", "với"): "coordinate",  # coordinate closely with
    ("phối", "hợp", "chặt", "chẽ"): "coordinate",  # coordinate closely (with)
    ("phối", "hợp", "chặt", "chẽ", "cùng"): "coordinate",  # coordinate closely together with
    ("phối", "hợp", "thường", "xuyên", "với"): "coordinate",  # coordinate regularly with
    ("thống", "nhất", "với"): "consulted",  # agree with (first)
    ("lấy", "ý", "kiến", "của"): "consulted",  # consult
    ("qua",): "channel",  # through ("báo cáo UBND tỉnh (qua Sở Tư pháp)")
    ("thông", "qua"): "channel",  # through
    ("về",): "recipient",  # to ("báo cáo kết quả về Sở Nội vụ"): only before an agency
    ("đồng", "gửi"): "recipient",  # copy to
    ("chịu", "trách", "nhiệm", "trước"): "accountable-to",  # be accountable to
    ("chịu", "trách", "nhiệm", "trực", "tiếp", "trước"): "accountable-to",  # be directly accountable to
})

# "gửi X <verb>", "trình X thẩm định": X does <verb> (takes VERBS' role) instead of merely
# receiving, for the roles listed. "trình UBND tỉnh ban hành/phê duyệt" keeps X a recipient.
HANDOVER_VERBS: Mapping[tuple[str, ...], frozenset[str]] = MappingProxyType({
    ("gửi",): frozenset({"advise", "monitor", "compile", "appraise", "guide", "inspect",
                         "implement"}),  # send (X then acts)
    ("trình",): frozenset({"appraise"}),  # submit (to X, who appraises)
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
    # Adverbs and modals between a subject and its verb: they end a name ("Văn phòng UBND tỉnh sẽ …").
    ("sẽ",),  # will
    ("cũng",),  # also
    ("đã",),  # has (done)
    ("đang",),  # is (doing)
    ("cần",),  # needs to
    ("phải",),  # must
    ("khẩn", "trương"),  # urgently
    ("kịp", "thời"),  # promptly
    ("tích", "cực"),  # actively
    ("thường", "xuyên"),  # regularly
    ("nghiêm", "túc"),  # seriously
    ("tăng", "cường"),  # step up
    ("chặt", "chẽ"),  # closely
    # How often, between a subject and its verb: they end a group ("các bộ, ngành, địa phương định kỳ
    # hằng năm gửi báo cáo …", thutuong_2629:557), as the adverbs above end a name.
    ("định", "kỳ"),  # periodically
    ("hằng", "năm"),  # every year
    ("hàng", "năm"),  # every year (older spelling)
    ("hằng", "quý"),  # every quarter
    ("hàng", "quý"),  # every quarter (older spelling)
    ("hằng", "tháng"),  # every month
    ("hàng", "tháng"),  # every month (older spelling)
    ("đột", "xuất"),  # when asked (ad hoc)
    ("được", "phân", "công"),  # is assigned to
    ("theo", "chức", "năng", ",", "nhiệm", "vụ", "được", "giao"),  # within its assigned functions and duties
    ("theo", "chức", "năng", "nhiệm", "vụ", "được", "giao"),  # (no comma)
    ("theo", "chức", "năng", ",", "nhiệm", "vụ"),  # within its functions and duties
    ("căn", "cứ", "chức", "năng", ",", "nhiệm", "vụ", "được", "giao"),  # on the basis of its assigned duties
    ("căn", "cứ", "chức", "năng", ",", "nhiệm", "vụ"),  # on the basis of its duties
    # Verbs that end a name but give no role ("hướng dẫn, kiểm tra, xử lý các cơ quan …": the
    # object is dealt with; seed 000 line 382 keeps guide and inspect only).
    ("xử", "lý"),  # deal with
    ("căn", "cứ"),  # on the basis of ("…, các sở, ban, ngành căn cứ nội dung Kế hoạch …")
    ("trên", "cơ", "sở"),  # on the basis of
)
# "…, chủ động <verb>": after taking part, the subject does something on its own (it may lead).
ON_ITS_OWN: tuple[str, ...] = ("chủ", "động")

# Words that end an unknown name but are no verbs: để = in order to ("… gửi Văn phòng Ban Chỉ huy …
# để tổng hợp"), nhằm = so as to.
NAME_STOPS: frozenset[str] = frozenset({"để", "nhằm"})

# Every verb by which one body gives another its task: the subject assigns, the object does the
# work. The value is True for "đề nghị" (request): its object, when outside the state chain
# (lexicon.agencies.OUTSIDE_STATE_KINDS), is requested, not assigned.
ASSIGNERS: Mapping[tuple[str, ...], bool] = MappingProxyType({
    ("giao",): False,  # assign
    ("giao", "cho"): False,  # assign to
    ("yêu", "cầu"): False,  # require
    ("chỉ", "đạo"): False,  # direct
    ("phân", "công"): False,  # allot
    ("phân", "công", "cho"): False,  # allot to
    ("đề", "nghị"): True,  # request, propose to
})
# Verbs by which the subject directs a body it names next ("chỉ đạo hệ thống y tế cơ sở phối hợp với
# …"): a "phối hợp với" right after that body is the body's partner, not the subject's coordinator.
DIRECTING_VERBS: frozenset[tuple[str, ...]] = frozenset({
    ("chỉ", "đạo"),  # direct
    ("hướng", "dẫn"),  # guide
    ("đôn", "đốc"),  # urge
    ("yêu", "cầu"),  # require
})
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
    ("bộ", "trưởng"),  # minister
    ("thứ", "trưởng"),  # deputy minister
    ("tổng", "giám", "đốc"),  # director general
    ("cục", "trưởng"),  # director (of a department)
    ("chủ", "nhiệm"),  # chair (of a committee, an office)
    ("trưởng", "ban"),  # head of a board
    ("bí", "thư"),  # (Party) secretary
    ("tổng", "thư", "ký"),  # secretary general
    ("thường", "trực"),  # the standing members of ("Thường trực Ủy ban Pháp luật", "Thường trực HĐND tỉnh")
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
    ("tập", "đoàn"),  # corporation
    ("hội",),  # association
    ("hiệp", "hội"),  # association
    ("liên", "đoàn"),  # federation (trade union)
    ("báo",),  # newspaper ("Báo Nghệ An")
    ("viện",),  # institute
    ("liên", "minh"),  # alliance ("Liên minh Hợp tác xã", the cooperative alliance)
    ("đại", "học"),  # university ("Đại học Bách khoa Hà Nội")
    ("ngân", "hàng"),  # bank
    ("ủy", "ban"),  # committee ("Ủy ban Mặt trận Tổ quốc …")
    ("hội", "đồng"),  # council
    ("bộ", "chỉ", "huy"),  # (military) command
    ("bộ", "tư", "lệnh"),  # (military) command
    ("đảng", "ủy"),  # Party committee
    ("thành", "ủy"),  # city Party Committee
    ("quốc", "hội"),  # the National Assembly
    ("chi", "nhánh"),  # branch ("Chi nhánh Ngân hàng Chính sách xã hội …")
)
# Kinds of unknown names by their head word: bodies outside the state chain are agencies of these
# kinds, not unknown names (lexicon.agencies.OUTSIDE_STATE_KINDS).
HEAD_KINDS: Mapping[tuple[str, ...], str] = MappingProxyType({
    ("hội",): "non-state",  # association
    ("hiệp", "hội"): "non-state",  # association
    ("công", "ty"): "non-state",  # company
    ("tập", "đoàn"): "non-state",  # corporation
    ("ngân", "hàng"): "non-state",  # (commercial) bank
    ("liên", "đoàn"): "socio-political",  # federation (trade union)
})

# Head words written once for a list of names: "Các Sở: Tài chính, Nội vụ".
DISTRIBUTIVE_HEADS: tuple[tuple[str, ...], ...] = (("sở",), ("phòng",), ("bộ",), ("ban",))

# Words that open a generic group: các = the (plural), tất cả = all, những = the, mọi = every.
QUANTIFIERS: tuple[tuple[str, ...], ...] = (("tất", "cả", "các"), ("tất", "cả"), ("các",), ("những",), ("mọi",))

# Nouns of generic groups ("các sở, ban, ngành", "các cơ quan, đơn vị liên quan").
GENERIC_NOUNS: tuple[tuple[str, ...], ...] = (
    ("cơ", "quan", "chuyên", "môn"),  # specialised agencies
    ("cơ", "quan", "ngang", "bộ"),  # ministry-level agencies ("Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ")
    ("trường", "đại", "học"),  # universities ("các trường đại học, viện nghiên cứu")
    ("trường",),  # schools ("Viện, Trường")
    ("viện", "nghiên", "cứu"),  # research institutes
    ("viện",),  # institutes
    ("liên", "minh"),  # alliances ("các liên minh hợp tác xã")
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
    ("tổ", "chức", "chính", "trị", "-", "xã", "hội"),  # socio-political organisations
    ("tổ", "chức", "thành", "viên"),  # member organisations (of the Fatherland Front)
    ("cá", "nhân"),  # individuals
    ("cơ", "quan", "báo", "chí"),  # press agencies
    ("cơ", "quan", "thông", "tấn", ",", "báo", "chí"),  # news and press agencies
    ("lực", "lượng"),  # forces
    ("ban", "quản", "lý", "dự", "án"),  # project management boards
    ("ban", "quản", "lý"),  # management boards
    ("chính", "quyền", "địa", "phương"),  # local government
    ("chính", "quyền", "các", "cấp"),  # government at every level
    ("chính", "quyền",),  # (local) government ("phối hợp với chính quyền, các đoàn thể")
    ("hợp", "tác", "xã"),  # cooperatives
    ("cơ", "sở"),  # establishments ("Các cơ sở nuôi trồng thủy sản:", thanhhoa_235:319; "các cơ sở giáo dục")
    ("cộng", "đồng", "người", "dân"),  # the community of residents (a party, not an agency: docs/decisions.md)
    ("cộng", "đồng", "dân", "cư"),  # the residents' community
    ("cộng", "đồng", "doanh", "nghiệp"),  # the business community
    ("báo",),  # newspapers ("báo, đài")
    ("đài",),  # broadcasters
    ("ủy", "ban"),  # committees ("các Ủy ban của Quốc hội")
    ("tỉnh",),  # provinces ("… và các tỉnh/thành phố khác": their committees)
    ("thành", "phố"),  # (centrally run) cities
)
# Place nouns among GENERIC_NOUNS open a group only after a quantifier ("các tỉnh/thành phố khác";
# a bare "tỉnh" is the province of "Lãnh đạo tỉnh", "UBND tỉnh").
PLACE_NOUN_FIRSTS: frozenset[str] = frozenset({"tỉnh", "thành"})
# Nouns of groups outside the state chain: a group of only these is of that kind.
GROUP_NOUN_KINDS: Mapping[tuple[str, ...], str] = MappingProxyType({
    ("doanh", "nghiệp"): "non-state",  # enterprises
    ("hiệp", "hội"): "non-state",  # associations
    ("hội",): "non-state",  # societies
    ("cá", "nhân"): "non-state",  # individuals
    ("hợp", "tác", "xã"): "non-state",  # cooperatives
    ("đoàn", "thể"): "socio-political",  # mass organisations
    ("tổ", "chức", "chính", "trị", "-", "xã", "hội"): "socio-political",  # socio-political organisations
    ("tổ", "chức", "thành", "viên"): "socio-political",  # member organisations
    ("cộng", "đồng", "người", "dân"): "community",  # the community of residents
    ("cộng", "đồng", "dân", "cư"): "community",  # the residents' community
    ("cộng", "đồng", "doanh", "nghiệp"): "non-state",  # the business community
})
# Generic nouns that may open a group without "các": "phối hợp với cơ quan, đơn vị liên quan".
BARE_GENERIC_STARTS: tuple[tuple[str, ...], ...] = (
    ("chính", "quyền", "địa", "phương"), ("chính", "quyền", "các", "cấp"), ("chính", "quyền"),
    ("cơ", "quan"), ("đơn", "vị"), ("địa", "phương"), ("cấp", "có", "thẩm", "quyền"), ("cấp", "thẩm", "quyền"),
    ("cấp", "trên"), ("trang", "thông", "tin", "điện", "tử"),
    ("cộng", "đồng", "người", "dân"), ("cộng", "đồng", "dân", "cư"), ("cộng", "đồng", "doanh", "nghiệp"),
)
# Group nouns of a community: a group of their own even after "và" ("các bộ, ngành và cộng đồng
# người dân" is two parties, thutuong_2530:1741).
COMMUNITY_NOUNS: frozenset[tuple[str, ...]] = frozenset({
    ("cộng", "đồng", "người", "dân"), ("cộng", "đồng", "dân", "cư"), ("cộng", "đồng", "doanh", "nghiệp"),
})
# Words that open a region after a group of committees: "UBND các tỉnh/thành phố vùng đồng bằng sông
# Hồng và Đông Nam Bộ" (thutuong_2530:1167) is the provinces of those regions, not all of them.
REGION_WORDS: tuple[tuple[str, ...], ...] = (
    ("vùng",),  # region
    ("khu", "vực"),  # area
    ("miền",),  # (part of the) country ("miền núi phía Bắc")
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
    ("thành", "phố"),  # of the city
    ("trung", "ương"),  # central
    ("chức", "năng"),  # functional ("các đơn vị chức năng")
    ("trực", "thuộc", "trung", "ương"),  # centrally run
    ("cấp", "tỉnh", ",", "cấp", "xã"),  # provincial and commune-level
    ("của", "tỉnh"),  # of the province
    ("của", "thành", "phố"),  # of the city
    ("khác",),  # other ("các cơ quan, tổ chức khác có liên quan")
    ("tại", "địa", "phương"),  # local ("các cơ quan thông tấn, báo chí tại địa phương", chinhphu_394:599)
    ("trong", "và", "ngoài", "nước"),  # at home and abroad ("các tổ chức khoa học trong và ngoài nước", dongthap_556:383)
    ("trong", "nước"),  # domestic
    ("ngoài", "nước"),  # foreign
)
# Qualifiers that do not change which group is meant: "các sở, ban, ngành tỉnh" is "các sở, ban,
# ngành"; "liên quan" does change it (only the bodies concerned).
LEVEL_QUALIFIERS: frozenset[tuple[str, ...]] = frozenset({
    ("tỉnh",), ("thành", "phố"), ("trung", "ương"), ("cấp", "tỉnh"), ("của", "tỉnh"), ("của", "thành", "phố"), ("thuộc", "tỉnh"), ("chức", "năng"),
    ("trên", "địa", "bàn", "tỉnh"), ("trên", "địa", "bàn"), ("trực", "thuộc", "trung", "ương"), ("khác",),
})
RELATED_QUALIFIERS: frozenset[tuple[str, ...]] = frozenset({("có", "liên", "quan"), ("liên", "quan")})
# "các sở có đơn vị sự nghiệp … trực thuộc": a group described by a "có …" phrase.
RELATIVE_MARK: tuple[str, ...] = ("có",)  # having
# "Trang thông tin điện tử của các sở, ban, ngành": a group owned by a list of agencies.
POSSESSIVE_MARK: tuple[str, ...] = ("của",)  # of
BELONGING_MARK: tuple[str, ...] = ("thuộc",)  # under ("các cơ quan thuộc Ủy ban Thường vụ Quốc hội")
# "Các cơ quan thông tin truyền thông: Đài …, Báo …": a generic label (at most this many words
# after the quantifier) before ":" names the kind of the listed bodies; the list is the party.
LABEL_WORDS = 6

# A People's Committee written once for several levels: "UBND cấp huyện, cấp xã".
LEVEL_WORD: tuple[str, ...] = ("cấp",)  # level
LEVEL_UNITS: frozenset[str] = frozenset({"tỉnh", "huyện", "xã"})  # province, district, commune (domain.md §6.1)
COMMITTEE: tuple[str, ...] = ("ủy", "ban", "nhân", "dân")  # People's Committee

# Units after "Ủy ban nhân dân" that make a group of committees of one level: "UBND các xã,
# phường, đặc khu", "UBND các phường, xã" (any order), "UBND các tỉnh, thành phố trực thuộc trung ương".
COMMITTEE_UNITS: Mapping[tuple[str, ...], str] = MappingProxyType({
    ("xã",): "commune",  # rural commune
    ("phường",): "commune",  # urban ward
    ("thị", "trấn"): "commune",  # township (until 2025-06-30)
    ("đặc", "khu"): "commune",  # special zone (from 2025-07-01)
    ("huyện",): "district",  # rural district (until 2025-06-30)
    ("quận",): "district",  # urban district (until 2025-06-30)
    ("thị", "xã"): "district",  # district-level town (until 2025-06-30)
    ("thành", "phố"): "city",  # city: provincial with "tỉnh", district-level otherwise
    ("tỉnh",): "province",  # province
})
# The lexicon id of each level's group (lexicon/data/agencies.tsv).
COMMITTEE_GROUPS: Mapping[str, str] = MappingProxyType({
    "commune": "ubnd-cap-xa", "district": "ubnd-cap-huyen", "province": "ubnd-cap-tinh",
})


# A word after a unit word that makes it a body's name, not a level of the people's committees:
# "ủy" (party committee: "Tỉnh ủy", "Huyện ủy", "Thành ủy"), "đoàn" (youth union: "Tỉnh đoàn", "Thành
# đoàn"). "Ủy ban nhân dân tỉnh và Tỉnh ủy" is two bodies, not a group.
PARTY_COMMITTEE_WORDS: frozenset[str] = frozenset({"ủy", "uỷ", "đoàn"})
# The provincial Party committee as the lexicon names it, and a centrally run city's, as written
# ("Ban Tuyên giáo và Dân vận Thành ủy"), with the city's folded words.
PROVINCE_PARTY_COMMITTEE, CITY_PARTY_COMMITTEE = "Tỉnh ủy", "Thành ủy"  # provincial / city Party Committee
CITY_PARTY_COMMITTEE_WORDS: tuple[str, ...] = ("thành", "ủy")


# After a known name, a place: a unit word and capitalised words ("… tỉnh Bình Dương"), or just
# capitalised words after a name that ends in a unit word ("Ủy ban nhân dân tỉnh Nghệ An").
PLACE_UNITS: tuple[tuple[str, ...], ...] = (
    ("tỉnh",), ("thành", "phố"), ("tp",), ("huyện",), ("quận",), ("thị", "xã"), ("xã",), ("phường",),
    ("thị", "trấn"), ("đặc", "khu"),
)
PLACE_ENDINGS: frozenset[str] = frozenset({"tỉnh", "phố", "huyện", "quận", "xã", "phường", "trấn", "khu"})

# One-word group nouns also written in a row without commas ("các sở ban ngành", "các bộ ngành").
CHAINED_NOUNS: frozenset[str] = frozenset({"sở", "ban", "ngành", "bộ"})

# A scope after a name, which names no party: "các sở, ban, ngành trong phạm vi chức năng, nhiệm vụ
# của mình và các cơ quan …", "theo chức năng, nhiệm vụ quản lý được giao", "theo thẩm quyền". An
# opener, then a scope word first (SCOPE_FIRSTS), then any scope words; "," and "và" only before a
# scope word, "của" only before "mình" (its own).
SCOPE_OPENERS: tuple[tuple[str, ...], ...] = (
    ("trong", "phạm", "vi"),  # within the scope of
    ("thuộc", "phạm", "vi"),  # within the scope of
    ("theo",),  # according to
    ("trong",),  # within ("trong lĩnh vực phụ trách")
)
SCOPE_FIRSTS: frozenset[str] = frozenset({"chức", "nhiệm", "quyền", "thẩm", "lĩnh", "quản", "phân", "phạm"})
SCOPE_WORDS: frozenset[str] = SCOPE_FIRSTS | frozenset({
    "năng", "vụ", "hạn", "vực", "lý", "phụ", "trách", "được", "giao", "công", "cấp", "vi", "mình", "nhà", "nước",
    "ngành", "địa", "bàn",
})

# Nouns that classify the known name right after them: "lực lượng Công an thành phố" (the force
# of) is the city's police, not a group of forces plus the police.
CLASSIFIERS: tuple[tuple[str, ...], ...] = (("lực", "lượng"), ("cơ", "quan"))

# Words that open the activity a group's description "có …" is followed by: "các cơ quan có thẩm
# quyền trong việc triển khai …" (the description ends before them).
ACTIVITY_OPENERS: tuple[tuple[str, ...], ...] = (
    ("trong", "việc"),  # in (doing)
    ("về", "việc"),  # on (the matter of)
    ("trong", "công", "tác"),  # in the work of
    ("để",),  # in order to
)

# Words that never describe a group ("các doanh nghiệp viễn thông"): links and prepositions.
DESCRIPTOR_STOPS: frozenset[str] = frozenset({
    "và", "của", "có", "tại", "trên", "theo", "để", "trong", "về", "cho", "với", "là", "được", "các", "đã", "khi",
})

# Preambles that name a party consulted before the subject acts: "Sau khi thống nhất với Bộ Tài
# chính và các Bộ, ngành, Bộ Tư pháp trình Chính phủ …" (Bộ Tài chính is consulted, Bộ Tư pháp acts).
CONSULT_PREAMBLES: tuple[tuple[str, ...], ...] = (
    ("sau", "khi", "thống", "nhất", "với"),  # after agreeing with
    ("sau", "khi", "có", "ý", "kiến", "thống", "nhất", "của"),  # after the agreement of
    ("sau", "khi", "có", "ý", "kiến", "của"),  # after the opinion of
    ("sau", "khi", "xin", "ý", "kiến"),  # after asking the opinion of
    ("sau", "khi", "lấy", "ý", "kiến"),  # after consulting
    ("trên", "cơ", "sở", "ý", "kiến", "của"),  # on the basis of the opinion of
)

# Kinds of known bodies whose proper name follows the lexicon's name ("Báo Nghệ An", "Ban Quản lý
# Khu kinh tế Dung Quất"): the capitalised words after it are part of the mention.
NAMED_KINDS: frozenset[str] = frozenset({"newspaper", "broadcaster", "board"})

# The order of nouns in a generic group's canonical id ("group:so-ban-nganh").
GROUP_NOUN_ORDER: Mapping[tuple[str, ...], int] = MappingProxyType({
    ("bộ",): 0, ("cơ", "quan"): 1, ("sở",): 2, ("ban",): 3, ("ngành",): 4, ("đơn", "vị"): 5,
    ("địa", "phương"): 6, ("tổ", "chức"): 7, ("đoàn", "thể"): 8, ("hội",): 9,
})

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
LABEL_ROLES: Mapping[tuple[str, ...], str] = MappingProxyType({
    ("chủ", "trì"): "lead",  # lead
    ("đầu", "mối"): "lead",  # focal point
    ("làm", "đầu", "mối"): "lead",  # act as the focal point
    ("phối", "hợp"): "coordinate",  # coordinate
    ("tham", "gia"): "coordinate",  # take part
    ("thực", "hiện"): "implement",  # carry out ("Cơ quan thực hiện:"; leads only implicitly)
})
LABEL_END = ":"  # ends a label (a mark ends at its closing bracket)

# Bullet marks that open a sub-assignment.
BULLETS: frozenset[str] = frozenset({"-", "+", "•", "*"})
# Punctuation that ends a clause (a "." only when followed by a space or the end).
CLAUSE_ENDS: frozenset[str] = frozenset({";", "."})
