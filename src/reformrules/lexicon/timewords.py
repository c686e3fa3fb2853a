"""The closed Vietnamese vocabulary of deadline phrases, as folded word tuples with English glosses.

Keys are folded (lower case, new-style tone placement); the parser matches them against folded
tokens. Add a synonym here, not a branch in the parser.
"""

from __future__ import annotations

from types import MappingProxyType

# Roman quarter and month numerals as written in plans ("Quý II/2018").
ROMAN = MappingProxyType({
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6,
    "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12,
})

# "quý" = quarter ("quí" is an older spelling; "Q" as in "Q3/2024")
QUARTER_WORDS = frozenset({"quý", "quí", "q"})
# "tháng" = month
MONTH_WORDS = frozenset({"tháng"})
# "năm" = year
YEAR_WORDS = frozenset({"năm"})
# "ngày" = day
DAY_WORDS = frozenset({"ngày"})
# "tuần" = week: "tuần đầu/cuối tháng 12" = the first / last week (seven days) of December
WEEK_WORDS = frozenset({"tuần"})
# Holidays named as a day, longest first: "Tết Nguyên đán" / "Tết Âm lịch" / "Tết" = the Lunar New Year (its
# first day, from the holidays calendar), "Tết Dương lịch" = New Year's Day (1 January).
HOLIDAYS = (
    (("tết", "nguyên", "đán"), "lunar new year"),
    (("tết", "âm", "lịch"), "lunar new year"),
    (("tết", "dương", "lịch"), "new year"),
    (("tết",), "lunar new year"),  # only alone, before a year or its name ("Tết Trung thu" is no New Year)
)
# The sexagenary name of a lunar year, which may stand between a holiday and its year ("Tết Nguyên đán Bính
# Ngọ 2026"): the ten heavenly stems and the twelve earthly branches (both spellings of "tý/tí", "tỵ/tị").
# Each name's place in its cycle gives the year: stem (year - 4) % 10, branch (year - 4) % 12 ("Bính
# Ngọ" is 2026, 1966 …: the year of that name nearest the plan year when none is written).
YEAR_STEMS = MappingProxyType({"giáp": 0, "ất": 1, "bính": 2, "đinh": 3, "mậu": 4, "kỷ": 5, "kỉ": 5, "canh": 6,
                               "tân": 7, "nhâm": 8, "quý": 9, "quí": 9})
YEAR_BRANCHES = MappingProxyType({"tý": 0, "tí": 0, "sửu": 1, "dần": 2, "mão": 3, "thìn": 4, "tỵ": 5, "tị": 5,
                                  "ngọ": 6, "mùi": 7, "thân": 8, "dậu": 9, "tuất": 10, "hợi": 11})
# Words that may stand between a holiday and its lunar year's name: "Tết Nguyên đán năm/xuân Bính Ngọ"
YEAR_NAME_LEADS = frozenset({"năm", "xuân"})
# "số" = number (of a document: "Nghị định số 12/2026/NĐ-CP", whose year is no deadline)
DOCUMENT_NUMBER_WORDS = frozenset({"số"})
# "giai đoạn" = period (of years); "thời kỳ" = era
SPAN_WORDS = (("giai", "đoạn"), ("thời", "kỳ"))

# Named points of the Civil Code, Art. 146.2-146.3: đầu = start, giữa = middle, cuối = end.
POINT_WORDS = MappingProxyType({"đầu": "start", "giữa": "middle", "cuối": "end"})
# "đầu năm" / "cuối năm" after "N tháng": the first / last N months of the year
FIRST_LAST = MappingProxyType({"đầu": "first", "cuối": "last"})
# After "tuần" (week), longest first: "đầu tiên" = the very first, "đầu" = first; "cuối cùng" = the very last,
# "cuối" = last ("tuần đầu tiên tháng 12", "tuần cuối cùng của quý IV")
WEEK_SIDES = (
    (("đầu", "tiên"), "first"),
    (("cuối", "cùng"), "last"),
    (("đầu",), "first"),
    (("cuối",), "last"),
)

# Markers before a window, longest first. Value: the rule they make.
MARKERS = (
    # "hoàn thành chậm nhất" = complete at the latest
    (("hoàn", "thành", "chậm", "nhất"), "by"),
    # "hoàn thành trước" = complete before
    (("hoàn", "thành", "trước"), "before"),
    # "chậm nhất" = at the latest; "muộn nhất" = at the latest; "hạn chót" = final deadline
    (("chậm", "nhất"), "by"),
    (("muộn", "nhất"), "by"),
    (("hạn", "chót"), "by"),
    # "tính đến" = counting up to; "đến hết" = until the end of; "đến" = up to
    (("tính", "đến"), "by"),
    (("đến", "hết"), "by"),
    (("cho", "đến"), "by"),
    (("đến",), "by"),
    # "trước" = before (strict)
    (("trước",), "before"),
    # "bắt đầu từ" = starting from; "kể từ" = as from; "từ" = from
    (("bắt", "đầu", "từ"), "from"),
    (("kể", "từ"), "from"),
    (("từ",), "from"),
    # "trong" = within; "vào" = on / in
    (("trong",), "within"),
    (("vào",), "within"),
    # "sau" = after: "sau năm 2028" starts on 1/1/2029 (an open start), not a window ending with 2028
    (("sau",), "after"),
)

# Words that may follow a marker without changing it: "chậm nhất là", "chậm nhất trong", "đến ngày".
MARKER_FILLERS = frozenset({"là", "trong", "vào", "hết"})

# Words allowed around a deadline without a warning: lead-in verbs and small function words.
FILLERS = frozenset({
    "hoàn", "thành",        # complete
    "triển", "khai",        # deploy, carry out
    "thực", "hiện",         # carry out
    "tổ", "chức",           # organise
    "thí", "điểm",          # pilot
    "ban", "hành",          # issue
    "báo", "cáo",           # report
    "gửi",                  # send
    "tiếp", "tục",          # continue
    "và", "là", "hoặc",     # and, is, or
    "ngay",                 # right (away): "ngay trong năm 2023"
    "dự", "kiến",           # expected
    "tiến", "độ",           # schedule (as a column label)
})

# "hoặc" = or: opens an alternative
OR_WORDS = frozenset({"hoặc"})
# "và" = and: joins the words of a run ("thường xuyên và liên tục")
AND_WORDS = frozenset({"và"})
# "đến" = to: joins the ends of a range ("tháng 3 đến tháng 6"), not the items of a list
RANGE_WORDS = frozenset({"đến"})

# Recurrence. "thường xuyên" = continuous, ongoing
CONTINUOUS = (("thường", "xuyên"), ("liên", "tục"))
# "hàng/hằng/mỗi/định kỳ" = every / periodically
EVERY_WORDS = frozenset({"hàng", "hằng", "mỗi"})
PERIODIC = ("định", "kỳ")  # periodic
# period words after "hàng": "quý" quarter, "tháng" month, "năm" year, "tuần" week
PERIOD_WORDS = MappingProxyType({"quý": "quarter", "quí": "quarter", "tháng": "month", "năm": "year", "tuần": "week"})
# "tiếp theo" = following ("mỗi năm tiếp theo"; "những năm tiếp theo")
FOLLOWING = ("tiếp", "theo")
# "và những/các năm tiếp theo" = and the following years; "trở đi" = onwards
AND_FOLLOWING_YEARS = (
    ("và", "những", "năm", "tiếp", "theo"),
    ("và", "các", "năm", "tiếp", "theo"),
    ("và", "các", "năm", "sau"),
    ("trở", "đi"),
)
# "chi thường xuyên" = recurrent expenditure (a budget line), "giáo dục thường xuyên" = continuing education
# (a kind of school): terms, not a continuous task
NOT_CONTINUOUS_AFTER = frozenset({"chi", "dục"})
# "thường xuyên chịu/bị/xảy ra …" = frequently suffers / is hit / happens: how often something befalls a
# place, not a task done continuously
NOT_CONTINUOUS_BEFORE = frozenset({"chịu", "bị", "xảy"})
# Nouns a recurrence word qualifies in running text: "ngân sách hằng năm" = the annual budget, "kế hoạch
# hằng năm" = the annual plan: a kind of budget or plan, not when a task is due (a bare "hằng năm" or
# "định kỳ" after them is not taken; one with its day rule is)
NOT_RECURRING_AFTER = (
    ("ngân", "sách"),       # budget
    ("kinh", "phí"),        # funds
    ("dự", "toán"),         # budget estimate
    ("kế", "hoạch"),        # plan
    ("chương", "trình"),    # programme
)
# Manner words that, beside "thường xuyên" or a bare "định kỳ" in running text, make it an adverb of how a
# thing is done ("kiểm tra chặt chẽ, thường xuyên" = check closely and regularly), not a continuous or
# periodic deadline
MANNER_WORDS = (
    ("chặt", "chẽ"),        # closely, strictly
    ("kịp", "thời"),        # promptly
    ("sâu", "sát"),         # closely (in touch)
    ("nghiêm", "túc"),      # seriously
)
# "đã" = already: a window after it tells what was done, not what is due (running text only)
PAST_WORDS = frozenset({"đã"})
# "kỳ báo cáo" = reporting period; "kỳ" = period
PERIOD_END_WORDS = MappingProxyType({"kỳ": "period", "quý": "quarter", "năm": "year"})

# Conditions. "sau khi" = after; "khi" = when; "theo" = according to
EVENT_MARKERS = (("sau", "khi"), ("ngay", "sau", "khi"), ("khi",))
PER_MARKERS = (("theo",), ("căn", "cứ"))
# Words after "theo" that make it a verb, not "according to": "theo dõi" = to monitor
NOT_PER_BEFORE = frozenset({"dõi"})
# Head words after "theo" and the kind of condition they make.
PER_KINDS = MappingProxyType({
    "quy": "regulation",      # quy định = regulation
    "hướng": "guidance",      # hướng dẫn = guidance
    "chỉ": "guidance",        # chỉ đạo = direction
    "yêu": "guidance",        # yêu cầu = request
    "văn": "guidance",        # văn bản = a document
})

# Counted periods: "trong vòng"/"trong thời hạn"/"trong" N unit "kể từ" anchor.
COUNT_LEADS = (("trong", "vòng"), ("trong", "thời", "hạn"), ("trong",), ("chậm", "nhất"), ("sau",), ("sau", "thời", "hạn"))
# Units: "ngày làm việc" = working days, "ngày" = days, "tuần" = weeks, "tháng" = months, "năm" = years
COUNT_UNITS = (
    (("ngày", "làm", "việc"), "wd"),
    (("ngày",), "d"),
    (("tuần",), "w"),
    (("tháng",), "m"),
    (("năm",), "y"),
)
# "kể từ" / "tính từ" = counted from
COUNT_FROM = (("kể", "từ"), ("tính", "từ"))
# Anchors meaning the plan's own issue date: "ngày kế hoạch này được ban hành", "ngày ký".
# "phê duyệt" = approved: a plan is issued by the decision approving it ("ngay sau khi kế hoạch được phê duyệt")
ISSUE_ANCHOR_WORDS = frozenset({"ban", "hành", "ký", "duyệt"})
THIS_DOCUMENT_WORDS = (
    ("kế", "hoạch", "này"), ("quyết", "định", "này"), ("ngày", "ký"),
    # "ngày Kế hoạch được ban hành": in a plan, "the Plan" is the plan itself
    ("kế", "hoạch", "được", "ban", "hành"), ("ban", "hành", "kế", "hoạch"),
    ("kế", "hoạch", "được", "phê", "duyệt"), ("phê", "duyệt", "kế", "hoạch"),  # the plan is approved
)
# Anchors that, standing alone, are the plan's own issue date: "kể từ ngày ban hành" (from the date of
# issue), "kể từ ngày ký" (from the date of signing). "ngày ban hành Nghị định …" names another text.
ISSUE_ANCHORS_ALONE = (("ngày", "ban", "hành"), ("ngày", "ký", "ban", "hành"), ("ngày", "ký"))
# "nay" = now, i.e. the plan's issue date ("từ nay đến cuối năm 2025")
NOW_WORDS = frozenset({"nay"})

# Agency heads that start an actor name inside a condition, and verbs that end it.
ACTOR_HEADS = frozenset({
    "ubnd", "ủy", "hđnd", "hội", "bộ", "sở", "chính", "thủ", "trung", "tỉnh", "ban", "phòng",
    "văn", "cục", "tổng", "thành", "huyện", "thị", "xã", "tw",
})
ACTOR_STOP_VERBS = frozenset({"có", "giao", "được", "cho"})  # has, assigns, is (passive), gives
# Two-word verbs that end an actor name; their first word alone may be part of a name ("Ủy ban", "Sở Thông
# tin", "Ban Tổ chức"), so they stop it only together.
ACTOR_STOP_PAIRS = frozenset({
    ("ban", "hành"),  # issue
    ("triển", "khai"),  # carry out
    ("hướng", "dẫn"),  # guide
    ("phê", "duyệt"),  # approve
    ("quyết", "định"),  # decide
    ("chỉ", "đạo"),  # direct
    ("thông", "qua"),  # pass
    ("thực", "hiện"),  # carry out
})  # not "tổ chức" (organise): it is also the name word of "Ban Tổ chức"
# Abbreviations in actor names are expanded from lexicon/data/abbreviations.tsv (Lexicon.abbreviations).

# How many times per period: "02 lần/năm", "ít nhất hai lần/năm", "mỗi năm một lần".
TIMES_WORDS = frozenset({"lần"})  # times
# "ít nhất" = at least; "tối thiểu" = minimum (before a count of times)
AT_LEAST = (("ít", "nhất"), ("tối", "thiểu"))
# Counts written in words (not "năm" = five: it is also "year").
NUMBER_WORDS = MappingProxyType({"một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6})

# Conditions on an occurrence: work done whenever something arises (the text is kept as written).
OCCURRENCE_MARKERS = (
    ("khi", "có", "phát", "sinh"),  # when (something) arises
    ("khi", "phát", "sinh"),  # when (something) arises
    ("khi", "có", "yêu", "cầu"),  # when requested
    ("khi", "được", "yêu", "cầu"),  # when requested (passive)
    ("khi", "cần", "thiết"),  # when necessary
    ("đột", "xuất"),  # ad hoc, unscheduled
)
# After an occurrence marker only: "theo yêu cầu" = on request ("đột xuất theo yêu cầu"; alone it is guidance)
OCCURRENCE_CONTINUATIONS = (("theo", "yêu", "cầu"),)
# "trước khi" = before (an event): the "before an event" rule form
BEFORE_EVENT_MARKERS = (("trước", "khi"),)
# "đến khi" / "cho đến khi" / "tới khi" = until (an event), after a start: "Từ tháng 11/2025 đến khi kết
# thúc Tổng kiểm kê" (from November 2025 until the census ends)
UNTIL_EVENT_MARKERS = (("cho", "đến", "khi"), ("đến", "khi"), ("cho", "tới", "khi"), ("tới", "khi"))
# Daily: "hằng ngày" / "hàng ngày" / "mỗi ngày" = every day; a time of day may cut it off ("trước 19h00
# hằng ngày" = before 19:00 every day). "h" / "giờ" = hour ("19h00", "17 giờ"), "phút" = minute.
DAILY = (("hằng", "ngày"), ("hàng", "ngày"), ("mỗi", "ngày"))
HOUR_WORDS = frozenset({"h", "giờ"})
# Words that make a time of day before a dated day a cut-off: "trước" = before, "chậm (nhất)" = at the
# latest, "đến" = by ("trước 17h00 ngày 25/11/2025"); not "lúc" = at (when a meeting starts)
TIME_LIMIT_WORDS = frozenset({"trước", "chậm", "đến"})
MINUTE_WORDS = frozenset({"phút"})
# Words that open a report after a recurrence ("định kỳ hằng năm báo cáo kết quả … chậm nhất ngày 17
# tháng 12"): the day rule written later in the same sentence is the recurrence's. "báo cáo" = report,
# "gửi" = send, "tổng hợp" = compile.
REPORT_LEADS = (("báo", "cáo"), ("gửi",), ("tổng", "hợp"))
# The data period of a recurring report, written after it: "tính từ ngày 15 tháng 12 năm trước kỳ báo cáo
# đến ngày 14 tháng 12 của kỳ báo cáo" (counted from 15 December of the year before the reporting period
# to 14 December of the period; ND 09/2019, reporting_cutoff). "tính từ" = counted from, "kỳ báo cáo" =
# the reporting period.
REPORT_PERIOD_OPENERS = (("tính", "từ"), ("số", "liệu", "tính", "từ"))  # "số liệu" = the data
REPORT_PERIOD = ("kỳ", "báo", "cáo")
# A year told relative to another: "năm trước" = the year before, "năm sau" / "(của) năm tiếp theo" = the
# next year. A day or month before them has no year of its own (never the plan year).
RELATIVE_YEAR = (("năm", "trước"), ("năm", "sau"), ("năm", "tiếp", "theo"), ("của", "năm", "trước"),
                 ("của", "năm", "sau"), ("của", "năm", "tiếp", "theo"))
# Sessions a text is submitted to: "kỳ họp" (a session of the National Assembly or a council),
# "phiên họp" (a meeting of the Government or the Standing Committee). Words before them that only
# lead in: "trình" (submit), "tại" (at), "vào" (in).
SESSION_WORDS = (("kỳ", "họp"), ("phiên", "họp"))
SESSION_LEADS = frozenset({"trình", "tại", "vào"})
# Years after the plan's: "mỗi năm tiếp theo" (each following year), "các/những năm tiếp theo" (the
# following years). Standing alone they make a yearly rule from the next year.
FOLLOWING_YEARS = (
    ("mỗi", "năm", "tiếp", "theo"),
    ("các", "năm", "tiếp", "theo"),
    ("những", "năm", "tiếp", "theo"),
)
