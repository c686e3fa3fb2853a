"""The targets vocabulary: every closed-class word table ``parse_targets`` reads, as data.

Each row is Vietnamese as written, with an English gloss (and, for cue words, a source). The tables are
gathered in one frozen :class:`TargetWords`, the ``targets`` field of :class:`reformrules.lexicon.Lexicon`;
``reformrules.targets.grammar`` compiles a lexicon's tables once (folded keys, tries, the prefilter) and
``parse_targets(lexicon=…)`` reads with them. To read with a word the package lacks, build a changed copy:

    >>> from dataclasses import replace
    >>> from reformrules.lexicon import packaged
    >>> from reformrules.targets import parse_targets
    >>> lex = packaged()
    >>> mine = replace(lex, targets=replace(lex.targets, UNITS=lex.targets.UNITS + (("chiếc", "pieces"),)))
    >>> [str(t) for t in parse_targets("đạt tối thiểu 20 chiếc", lexicon=mine)], parse_targets("đạt tối thiểu 20 chiếc")
    (['>= 20 chiếc'], ())

Roles of a cue word (``CueRow.role``): ``comparator`` sets the comparison; ``from`` ("từ") opens a range
and alone means ">="; ``verb`` ("đạt") and ``strive`` ("phấn đấu") leave it implicit; ``filler`` may stand
between a cue and its number; ``increase``/``decrease`` are changes against a baseline; ``exceed`` is
"vượt"; ``periodic`` is "mỗi năm"; ``result`` marks a figure reached (never a goal); ``target_noun`` names
the goal ("chỉ tiêu là 45%"). Comparisons (``op``) are written ">=", ">", "<=", "<".

The comparison wording follows docs/domain.md §4, an [I] language convention, not law; rows marked
"common Vietnamese usage [I]" are readings not verified against a source.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

__all__ = ["CueRow", "TargetWords", "WordGoalRow"]


class CueRow(NamedTuple):
    """A cue word: the phrase as written, its role, its comparison, an English gloss, a source."""

    phrase: str
    role: str
    op: str | None
    gloss: str
    source: str


class WordGoalRow(NamedTuple):
    """A goal written in words: the phrase, its comparison and value, when it counts, gloss, source.

    ``clause_start``: only as the first words of a clause; ``requires``: one of these phrases must follow
    in the same clause with no number between.
    """

    phrase: str
    op: str
    value: str
    requires: tuple[str, ...]
    clause_start: bool
    gloss: str
    source: str


# Where a row comes from. docs/domain.md §4 tags its comparison wording [I]: a language convention, not law.
D4 = "docs/domain.md §4 [I]"
ISSUE = "issue 6 (comparator list)"
SEEDS = "seed plans (examples/plans)"
USAGE = "common Vietnamese usage [I], not verified against a source"
ISSUE16 = "issue 16 (target forms)"
CORPUS = "corpus plans (tests/targets/data/heldout_sentences.tsv)"

# Words that can stand right before a number, read backwards from it (longest match first).
CUE_ROWS: tuple[CueRow, ...] = (
    CueRow("tối thiểu", "comparator", ">=", "at least (minimum)", D4),
    CueRow("ít nhất", "comparator", ">=", "at least", D4),
    CueRow("không thấp hơn", "comparator", ">=", "not lower than", D4),
    CueRow("không ít hơn", "comparator", ">=", "not fewer than", USAGE),
    CueRow("không dưới", "comparator", ">=", "not below", USAGE),
    CueRow("trên", "comparator", ">", "above (strictly)", D4),
    CueRow("hơn", "comparator", ">", "more than", D4),
    CueRow("cao hơn", "comparator", ">", "higher than", USAGE),
    CueRow("lớn hơn", "comparator", ">", "greater than", USAGE),
    CueRow("nhiều hơn", "comparator", ">", "more than", USAGE),
    CueRow("tối đa", "comparator", "<=", "at most (maximum)", D4),
    CueRow("không quá", "comparator", "<=", "not more than", D4),
    CueRow("không vượt quá", "comparator", "<=", "not exceeding", D4),
    CueRow("không cao hơn", "comparator", "<=", "not higher than", USAGE),
    CueRow("không hơn", "comparator", "<=", "not more than", USAGE),
    CueRow("không vượt", "comparator", "<=", "not exceeding", USAGE),
    CueRow("không để quá", "comparator", "<=", "not let (it) exceed", USAGE),
    CueRow("dưới", "comparator", "<", "below (strictly)", D4),
    CueRow("thấp hơn", "comparator", "<", "lower than", USAGE),
    CueRow("ít hơn", "comparator", "<", "fewer than", USAGE),
    CueRow("nhỏ hơn", "comparator", "<", "smaller than", USAGE),
    CueRow("xuống dưới", "comparator", "<", "down to below", USAGE),
    CueRow("giảm xuống dưới", "comparator", "<", "reduce to below", ISSUE),
    CueRow("giảm xuống", "comparator", "<=", "reduce to (at most)", USAGE),
    CueRow("giảm xuống còn", "comparator", "<=", "reduce down to (at most)", USAGE),
    CueRow("giảm còn", "comparator", "<=", "reduce to (at most)", USAGE),
    CueRow("xuống còn", "comparator", "<=", "down to (at most)", USAGE),
    CueRow("tăng lên", "comparator", ">=", "raise to (at least)", USAGE),
    CueRow("nâng lên", "comparator", ">=", "raise to (at least)", USAGE),
    CueRow("từ", "from", ">=", "from (range start; alone: at least)", D4),
    CueRow("đạt", "verb", ">=", "reach (comparison implicit: at least)", D4),
    CueRow("là", "verb", ">=", "is (comparison implicit: at least)", USAGE),
    CueRow("phấn đấu", "strive", ">=", "strive for (comparison implicit: at least)", SEEDS),
    CueRow("phấn đấu đạt", "strive", ">=", "strive to reach (comparison implicit: at least)", ISSUE),
    CueRow("tỷ lệ", "filler", None, "rate", SEEDS),
    CueRow("tỉ lệ", "filler", None, "rate (older spelling)", USAGE),
    CueRow("tương đương", "filler", None, "respectively / equivalent", SEEDS),
    CueRow("tương ứng", "filler", None, "respectively", USAGE),
    CueRow("mức", "filler", None, "the level of", USAGE),
    CueRow("tăng", "increase", None, "increase by", ISSUE),
    CueRow("tăng thêm", "increase", None, "increase further by", USAGE),
    CueRow("tăng gấp", "increase", None, "increase N-fold ('tăng gấp 2 lần': twice the baseline, see MULTIPLE_UNIT)",
           ISSUE16),
    CueRow("gấp", "increase", None, "times as much ('gấp 2 lần': twice the baseline, see MULTIPLE_UNIT); "
           "never after a word of URGENT_BEFORE", ISSUE16),
    CueRow("giảm", "decrease", None, "decrease by", D4),
    CueRow("giảm thêm", "decrease", None, "decrease further by", USAGE),
    CueRow("vượt", "exceed", ">", "exceed (alone: above; with a baseline: exceed it by at least)", D4),
    CueRow("cắt giảm", "decrease", None, "cut by (one reduction word, never split)", ISSUE16),
    CueRow("tinh giản", "decrease", None, "streamline (staff) by", USAGE),
    CueRow("chiếm", "verb", ">=", "account for (comparison implicit: at least)", ISSUE16),
    CueRow("chiếm tỷ lệ", "verb", ">=", "account for a share of (comparison implicit: at least)", USAGE),
    # A figure already reached, reported beside the goal (issue 16): never a goal itself.
    CueRow("đã đạt", "result", None, "has reached (a result)", ISSUE16),
    CueRow("chỉ đạt", "result", None, "only reached (a result)", ISSUE16),
    CueRow("mới đạt", "result", None, "so far reached (a result)", ISSUE16),
    CueRow("ước đạt", "result", None, "estimated at (a result)", USAGE),
    CueRow("ước", "result", None, "estimated (a result: 'thiệt hại ước trên 4.500 tỷ đồng')", USAGE),
    CueRow("ước tính", "result", None, "estimated (a result)", USAGE),
    CueRow("hiện đạt", "result", None, "currently at (a result)", USAGE),
    CueRow("thực hiện được", "result", None, "achieved (a result)", ISSUE16),
    CueRow("đã thực hiện được", "result", None, "has achieved (a result)", USAGE),
    CueRow("đã hoàn thành", "result", None, "has completed (a result)", USAGE),
    CueRow("đã có", "result", None, "already has (a result)", USAGE),
    CueRow("hiện có", "result", None, "currently has (a result)", USAGE),
    # The goal named as such: "trong khi chỉ tiêu là 45%", "thấp hơn mục tiêu 75%", "so với chỉ tiêu 80%".
    CueRow("mục tiêu", "target_noun", None, "the goal (is)", ISSUE16),
    CueRow("chỉ tiêu", "target_noun", None, "the target (is)", ISSUE16),
    CueRow("mỗi năm", "periodic", None, "every year", ISSUE),
    CueRow("hằng năm", "periodic", None, "every year", USAGE),
    CueRow("hàng năm", "periodic", None, "every year (variant)", USAGE),
    CueRow("mỗi quý", "periodic", None, "every quarter", USAGE),
)
# Words that set a comparison only after a reduction word earlier in the clause: "Giảm số giờ … còn 1,7
# lần" (reduce … to 1.7 times), "Giảm tỷ trọng … xuống 30%"; alone "còn" is "remaining" ("còn 5 hồ sơ").
AFTER_REDUCTION_CUE_ROWS: tuple[CueRow, ...] = (
    CueRow("còn", "comparator", "<=", "(reduce …) to, at most", USAGE),
    CueRow("xuống", "comparator", "<=", "(reduce …) down to, at most", USAGE),
)

# Comparison signs right before a number ("≥ 35%", ">= 35%", "> 50%"), as written.
SIGN_ROWS: tuple[CueRow, ...] = (
    CueRow("≥", "comparator", ">=", "at least (sign)", ISSUE16),
    CueRow(">=", "comparator", ">=", "at least (sign)", USAGE),
    CueRow("=>", "comparator", ">=", "at least (sign)", USAGE),
    CueRow("≤", "comparator", "<=", "at most (sign)", ISSUE16),
    CueRow("<=", "comparator", "<=", "at most (sign)", USAGE),
    CueRow("=<", "comparator", "<=", "at most (sign)", USAGE),
    CueRow(">", "comparator", ">", "more than (sign)", ISSUE16),
    CueRow("<", "comparator", "<", "less than (sign)", USAGE),
)

# The reduction words a cue of AFTER_REDUCTION_CUE_ROWS needs before it in its clause.
REDUCTION_WORDS: tuple[tuple[str, str], ...] = (
    ("giảm", "reduce, decrease ('cắt giảm' ends with it)"),
)
# Increase words that make a yearly rate ("%/năm") a yearly growth: "tốc độ tăng bình quân 05 - 06%/năm".
INCREASE_WORDS: tuple[tuple[str, str], ...] = (
    ("tăng", "increase, grow"),
)

# Verbs coordinated with a reduction word before its number ("cắt giảm, đơn giản hóa tối thiểu 15% thủ
# tục"): the whole group is the change cue, so the subject keeps none of it.
CHANGE_COVERBS: tuple[tuple[str, str], ...] = (
    ("đơn giản hóa", "simplify"),
    ("rút ngắn", "shorten"),
    ("tinh giản", "streamline"),
)
COVERB_JOINERS: tuple[tuple[str, str], ...] = ((",", "comma"), ("và", "and"))

# Words right after the number (and its unit).
OR_MORE = ("trở lên", "or more: >=")
OR_LESS = ("trở xuống", "or less: <=")
COMPARED_WITH = ("so với", "compared with: a baseline follows")

# "%/năm" (per year) right after a percentage: a yearly rate; with an increase or reduction word before it
# in the clause it is a yearly change against the previous period.
PER_PERIOD_ROWS: tuple[tuple[str, str, str], ...] = (
    ("/năm", "năm trước", "per year -> the previous year"),
    ("/quý", "quý trước", "per quarter -> the previous quarter"),
)
# The baseline a periodic cue refers to (interpretation: "every year" compares with the year before).
PERIODIC_ROWS: tuple[tuple[str, str, str], ...] = (
    ("mỗi năm", "năm trước", "every year -> the previous year"),
    ("hằng năm", "năm trước", "every year -> the previous year"),
    ("hàng năm", "năm trước", "every year -> the previous year"),
    ("mỗi quý", "quý trước", "every quarter -> the previous quarter"),
)

# Joiners of a range "95% - 100%", "từ 10 đến 20".
RANGE_JOINERS: tuple[tuple[str, str], ...] = (("-", "dash"), ("đến", "to"), ("tới", "to"))

# Words that make a number a percentage ("50 phần trăm").
PERCENT_WORDS: tuple[tuple[str, str], ...] = (("phần trăm", "percent"),)

# Count units and units of measure that can follow a number in a goal ("tối thiểu 10 hồ sơ"), as written.
UNITS: tuple[tuple[str, str], ...] = (
    ("hồ sơ", "dossiers"),
    ("thủ tục hành chính", "administrative procedures"),
    ("thủ tục", "procedures"),
    ("TTHC", "administrative procedures (abbr.)"),
    ("dịch vụ công", "public services"),
    ("dịch vụ", "services"),
    ("DVCTT", "online public services (abbr.)"),
    ("đơn vị", "units"),
    ("cơ quan", "agencies"),
    ("văn bản", "documents"),
    ("doanh nghiệp", "businesses"),
    ("người", "people"),
    ("lượt", "times / visits"),
    ("lần", "times"),
    ("lớp", "classes (training)"),
    ("cuộc", "sessions (inspections, surveys)"),
    ("buổi", "sessions"),
    ("đợt", "rounds"),
    ("cán bộ", "officials"),
    ("công chức", "civil servants"),
    ("viên chức", "public employees"),
    ("sáng kiến", "initiatives"),
    ("mô hình", "models (pilots)"),
    ("tin", "news items"),
    ("bài", "articles"),
    ("xã", "communes"),
    ("sở", "departments"),
    ("trạm", "stations"),
    ("sàn", "platforms (exchanges)"),
    ("trung tâm", "centres"),
    ("điểm", "points (sites)"),
    ("cơ sở", "facilities"),
    ("sản phẩm", "products"),
    ("nền tảng", "platforms (digital)"),
    ("hệ thống", "systems"),
    ("công trình", "works (buildings, constructions)"),
    ("dự án", "projects"),
    ("loại hình", "types (kinds)"),
    ("vùng", "zones (areas)"),
    ("bộ dữ liệu", "datasets"),
    ("tập dữ liệu", "datasets"),
    ("kịch bản", "scenarios (use cases)"),
    ("bộ tiêu chí", "sets of criteria"),
    ("tiêu chí", "criteria"),
    ("cụm", "clusters (of centres, of works)"),
    # Places in a ranking (provinces are ranked by the PAR Index, domain.md §5): "tăng ít nhất 03 bậc so với năm 2024";
    # common usage [I], not in the corpus. "hạng mục" (work items) is its own row, so it is never "hạng".
    ("bậc", "steps (places in a ranking)"),
    ("hạng", "places (in a ranking)"),
    ("hạng mục", "items (of works)"),
    # Units of measure: a quantity reached ("đạt 1.700 ha", "đạt trên 48,3 triệu USD", "dưới 40 μg/m3").
    ("tấn", "tonnes"),
    ("ha", "hectares"),
    ("km", "kilometres"),
    ("triệu USD", "million US dollars"),
    ("tỷ USD", "billion US dollars"),
    ("triệu đồng", "million dong"),
    ("tỷ đồng", "billion dong"),
    ("μg/m3", "micrograms per cubic metre (air quality; Greek mu)"),
    ("µg/m3", "micrograms per cubic metre (air quality; micro sign)"),
)

# Heads that start the measured quantity before its verb ("Tỷ lệ … đạt", "Mức độ hài lòng … đạt"); the
# first RATE_HEAD_COUNT name a rate, whose change is read in percentage points.
SUBJECT_HEADS: tuple[tuple[str, str], ...] = (
    ("tỷ lệ", "rate"),
    ("tỉ lệ", "rate (older spelling)"),
    ("mức độ", "level (of satisfaction); 'mức độ 3' is a service level, not a head"),
    ("chỉ số", "index"),
    ("số lượng", "number of"),
)
RATE_HEAD_COUNT = 4

# Words that end a sub-clause: a new measured quantity starts after them.
STRONG_BREAKS: tuple[tuple[str, str], ...] = (("trong đó", "of which"), ("đồng thời", "at the same time"))
WEAK_BREAKS: tuple[tuple[str, str], ...] = (("và", "and"),)
# Words trimmed from the edges of a subject (they join clauses, they are not the quantity).
EDGE_WORDS: tuple[tuple[str, str], ...] = (
    ("trong đó", "of which"),
    ("đồng thời", "at the same time"),
    ("phấn đấu", "strive"),
    ("và", "and"),
    ("hoặc", "or"),
    ("có", "there is / have"),
    ("ở mức", "at the level of ('Tỷ lệ hồ sơ trễ hạn ở mức dưới 5%')"),
)

# Heading words a label before ":" starts with that name no part of the quantity ("- Chỉ tiêu 3: Tỷ lệ …"):
# such a label is left out of a subject; any other label is kept ("Tại địa bàn đô thị: 100% trẻ
# em …" tells its target from the next one's "Tại địa bàn nông thôn: 90% trẻ em …").
HEADING_LABELS: tuple[tuple[str, str], ...] = (
    ("mục tiêu", "goal ('Mục tiêu cụ thể', 'Mục tiêu chung')"),
    ("chỉ tiêu", "target (numbered: 'Chỉ tiêu 3')"),
    ("kết quả", "result ('Kết quả cần đạt')"),
    ("yêu cầu", "requirement"),
    ("nhiệm vụ", "task"),
    ("đạt mục tiêu", "reach the goal (of …): a lead-in ('Đạt mục tiêu về công trình xanh vào năm 2030:')"),
)

ALTERNATIVE_WORD = ("hoặc", "or: '(hoặc …)' is an alternative goal in brackets")
FOR_OBJECT = ("đối với", "with regard to: the quantity is repeated for another object")

# Words that say a file was handled late; a zero goal ("không để xảy ra …") needs one of them.
LATE_WORD_ROWS: tuple[tuple[str, str, str], ...] = (
    ("trễ hạn", "late (past the time limit)", SEEDS + " 000:89, 001:56, 004:71"),
    ("quá hạn", "overdue", USAGE),
)
_LATE = tuple(phrase for phrase, _gloss, _source in LATE_WORD_ROWS)
WORD_GOAL_ROWS: tuple[WordGoalRow, ...] = (
    # "Toàn bộ hồ sơ … được luân chuyển …" (000:80, 000:517): all of them are, a share of 100%;
    # "được" is the passive marker ("are circulated"): a state to reach, not an instruction.
    WordGoalRow("toàn bộ", "==", "100", ("được",), True, "all of", SEEDS + " 000:80, 000:517"),
    # "Không để xảy ra tình trạng giải quyết hồ sơ trễ hạn" (001:56): no late file, a late share of 0%.
    WordGoalRow("không để xảy ra", "==", "0", _LATE, False, "do not let … happen", SEEDS + " 001:56"),
    WordGoalRow("không để", "==", "0", _LATE, False, "do not let", USAGE),
)

# Administrative levels of a per-level list ("cấp tỉnh, huyện, xã … (50%, 40%, 25%)").
LEVEL_MARKER = ("cấp", "level")
LEVEL_ROWS: tuple[tuple[str, str], ...] = (
    ("trung ương", "central"),
    ("tỉnh", "province"),
    ("huyện", "district"),
    ("xã", "commune"),
)
LEVEL_SEPARATORS: tuple[tuple[str, str], ...] = ((",", "comma"), ("và", "and"))

# Words that open a report of figures reached, not goals: every figure of that sentence is a result
# ("Đến 12h00 ngày 21/11/2025, toàn tỉnh ghi nhận …; trên 63.000 ha cây trồng … bị thiệt hại").
REPORT_OPENER_ROWS: tuple[tuple[str, str], ...] = (
    ("ghi nhận", "recorded (a situation report)"),
    ("tính đến", "as of (a report at a date)"),
)

# A count without a comparison word is a goal only in two places (a planned number of things): right after
# "có" (there are) in a clause that strives ("Phấn đấu đến năm 2030, cả nước có 1.200 công trình xây dựng
# xanh", corpus thutuong_2530:183), or under a count goal of the same unit ("ít nhất 50 doanh nghiệp …, trong
# đó có 20 doanh nghiệp …", dongthap_552:188-189); and after a list joint right after a count goal of the same
# unit, whose comparison it shares ("ít nhất 100 doanh nghiệp …, 50 doanh nghiệp …", dongthap_552:186-187).
HAVE_WORDS: tuple[tuple[str, str], ...] = (("có", "there is / there are"),)
# A copula before a count states what something is, not a goal: "trong đó trọng tâm là 40 xã, phường"
# (the focus is 40 communes, corpus daklak_0129:108); before a share, or after a goal noun ("chỉ tiêu là
# 10 hồ sơ"), it is a goal.
COPULA_WORDS: tuple[tuple[str, str], ...] = (("là", "is"),)
COUNT_LIST_JOINERS: tuple[tuple[str, str], ...] = ((",", "comma"), ("và", "and"))

# Small numbers written as words, read as a count right after a comparison word of NUMBER_WORD_CUES and
# before a count unit:
# "Có ít nhất một cơ sở y tế …" (corpus hcm_174:185-187) is ">= 1 cơ sở"; "một số", "một trong các dịch vụ",
# "cơ chế một cửa" are no counts. "năm" (five) is left out: it is also "year".
NUMBER_WORDS: tuple[tuple[str, str, str], ...] = (
    ("một", "1", "one"), ("hai", "2", "two"), ("ba", "3", "three"), ("bốn", "4", "four"), ("sáu", "6", "six"),
    ("bảy", "7", "seven"), ("tám", "8", "eight"), ("chín", "9", "nine"), ("mười", "10", "ten"),
)

NUMBER_WORD_CUES: tuple[tuple[str, str], ...] = (
    ("ít nhất", "at least"), ("tối thiểu", "at least (minimum)"), ("tối đa", "at most"), ("không quá", "not more than"),
)

# A number in a condition or threshold clause is no goal: "Nếu tỷ lệ … dưới 50% thì …", "Trường hợp tỷ lệ
# giải ngân dưới 60%, …", "ngành … có tỷ lệ nữ … thấp dưới 30% có thể điều chỉnh mục tiêu" (corpus
# hcm_174:116-117). A condition word before the number (with no comma between) or a consequence word right
# after the goal phrase (a comma may stand between) marks it.
CONDITION_WORDS: tuple[tuple[str, str], ...] = (
    ("nếu", "if"),
    ("trường hợp", "in case (that)"),
    ("khi", "when"),
    ("hễ", "whenever"),
)
# Phrases that end with a condition word but set no condition: "…, trong khi chỉ tiêu là 45%" (while).
NOT_CONDITION_WORDS: tuple[tuple[str, str], ...] = (
    ("trong khi", "while (a contrast: 'mới đạt 38,2%, trong khi chỉ tiêu là 45%')"),
)
CONSEQUENCE_WORDS: tuple[tuple[str, str], ...] = (
    ("thì", "then (the consequence of a condition)"),
    ("có thể", "may (a permission that follows a threshold)"),
)

# Prepositions of a time phrase that may stand between a comparison word and "đạt": "ít nhất vào năm
# 2025 đạt 40%" (at least, by 2025, reach 40%).
TIME_PREPOSITIONS: tuple[tuple[str, str], ...] = (("vào", "in / by"), ("đến", "by / until"), ("trong", "in / within"))
# The word of such a time phrase before its year.
YEAR_WORD = ("năm", "year")

# The unit that makes a change a multiple of its baseline: "tăng gấp 2 lần so với năm 2020" (twice the
# 2020 figure: the ratio >= 200%), "giảm 2 lần" (half of it: <= 50%). "N lần" after "tăng"/"gấp" is read
# as N times the baseline, not N more times [I, common Vietnamese usage, not verified against a source].
MULTIPLE_UNIT = ("lần", "times (of the baseline, after a change word)")
# Verbs (and the modals of need) after which "gấp" is the adverb "urgently", not "times as much": "phải làm
# gấp 2 lần" (must be done urgently, twice), "cần gấp" (needed urgently). "gấp" as a multiple stands at the
# start of its clause or after the quantity it multiplies ("Năng suất lao động gấp 2 lần năm 2020").
MULTIPLE_WORD = ("gấp", "times as much (alone: a multiple only where no word of URGENT_BEFORE stands before it)")
URGENT_BEFORE: tuple[tuple[str, str], ...] = (
    ("làm", "do"),
    ("thực hiện", "carry out"),
    ("triển khai", "deploy, put in place"),
    ("xử lý", "handle, deal with"),
    ("giải quyết", "settle, resolve"),
    ("hoàn thành", "complete"),
    ("hoàn thiện", "finalise"),
    ("khắc phục", "remedy"),
    ("sửa chữa", "repair"),
    ("báo cáo", "report"),
    ("tổ chức", "organise"),
    ("rà soát", "review"),
    ("ban hành", "issue"),
    ("xây dựng", "build, draw up"),
    ("cần", "need (modal)"),
    ("phải", "must (modal)"),
)

# The words after a fraction that make it a share: "1/2 số xã" (half of the communes) is 50%, "2/3 tổng
# số hộ" is 66.67%. A fraction is read only before them (a date "1/2" or a number "12/KH" stays none).
FRACTION_FOLLOWERS: tuple[tuple[str, str], ...] = (
    ("số", "the number of ('1/2 số xã': half of the communes)"),
    ("tổng số", "the total number of"),
)
# Words before "a/b" that make it a date or a numbering, never a fraction ("ngày 1/2 số liệu …").
FRACTION_NOT_AFTER: tuple[tuple[str, str], ...] = (
    ("ngày", "day (a date follows)"),
    ("số", "number (a numbering follows: 'Quyết định số 1/2 …')"),
)


@dataclass(frozen=True, slots=True, eq=False)
class TargetWords:
    """Every word table of the targets grammar (the tables of this module, by the same names).

    Compares and hashes by identity: the grammar is compiled once per object.
    """

    CUES: tuple[CueRow, ...] = CUE_ROWS
    AFTER_REDUCTION_CUES: tuple[CueRow, ...] = AFTER_REDUCTION_CUE_ROWS
    SIGNS: tuple[CueRow, ...] = SIGN_ROWS
    REDUCTION_WORDS: tuple[tuple[str, str], ...] = REDUCTION_WORDS
    INCREASE_WORDS: tuple[tuple[str, str], ...] = INCREASE_WORDS
    CHANGE_COVERBS: tuple[tuple[str, str], ...] = CHANGE_COVERBS
    COVERB_JOINERS: tuple[tuple[str, str], ...] = COVERB_JOINERS
    OR_MORE: tuple[str, str] = OR_MORE
    OR_LESS: tuple[str, str] = OR_LESS
    COMPARED_WITH: tuple[str, str] = COMPARED_WITH
    PER_PERIOD: tuple[tuple[str, str, str], ...] = PER_PERIOD_ROWS
    PERIODIC: tuple[tuple[str, str, str], ...] = PERIODIC_ROWS
    RANGE_JOINERS: tuple[tuple[str, str], ...] = RANGE_JOINERS
    PERCENT_WORDS: tuple[tuple[str, str], ...] = PERCENT_WORDS
    UNITS: tuple[tuple[str, str], ...] = UNITS
    SUBJECT_HEADS: tuple[tuple[str, str], ...] = SUBJECT_HEADS
    RATE_HEAD_COUNT: int = RATE_HEAD_COUNT
    STRONG_BREAKS: tuple[tuple[str, str], ...] = STRONG_BREAKS
    WEAK_BREAKS: tuple[tuple[str, str], ...] = WEAK_BREAKS
    EDGE_WORDS: tuple[tuple[str, str], ...] = EDGE_WORDS
    HEADING_LABELS: tuple[tuple[str, str], ...] = HEADING_LABELS
    ALTERNATIVE_WORD: tuple[str, str] = ALTERNATIVE_WORD
    FOR_OBJECT: tuple[str, str] = FOR_OBJECT
    LATE_WORDS: tuple[tuple[str, str, str], ...] = LATE_WORD_ROWS
    WORD_GOALS: tuple[WordGoalRow, ...] = WORD_GOAL_ROWS
    LEVEL_MARKER: tuple[str, str] = LEVEL_MARKER
    LEVELS: tuple[tuple[str, str], ...] = LEVEL_ROWS
    LEVEL_SEPARATORS: tuple[tuple[str, str], ...] = LEVEL_SEPARATORS
    REPORT_OPENERS: tuple[tuple[str, str], ...] = REPORT_OPENER_ROWS
    HAVE_WORDS: tuple[tuple[str, str], ...] = HAVE_WORDS
    COPULA_WORDS: tuple[tuple[str, str], ...] = COPULA_WORDS
    NUMBER_WORDS: tuple[tuple[str, str, str], ...] = NUMBER_WORDS
    NUMBER_WORD_CUES: tuple[tuple[str, str], ...] = NUMBER_WORD_CUES
    COUNT_LIST_JOINERS: tuple[tuple[str, str], ...] = COUNT_LIST_JOINERS
    CONDITION_WORDS: tuple[tuple[str, str], ...] = CONDITION_WORDS
    NOT_CONDITION_WORDS: tuple[tuple[str, str], ...] = NOT_CONDITION_WORDS
    CONSEQUENCE_WORDS: tuple[tuple[str, str], ...] = CONSEQUENCE_WORDS
    TIME_PREPOSITIONS: tuple[tuple[str, str], ...] = TIME_PREPOSITIONS
    YEAR_WORD: tuple[str, str] = YEAR_WORD
    MULTIPLE_UNIT: tuple[str, str] = MULTIPLE_UNIT
    MULTIPLE_WORD: tuple[str, str] = MULTIPLE_WORD
    URGENT_BEFORE: tuple[tuple[str, str], ...] = URGENT_BEFORE
    FRACTION_FOLLOWERS: tuple[tuple[str, str], ...] = FRACTION_FOLLOWERS
    FRACTION_NOT_AFTER: tuple[tuple[str, str], ...] = FRACTION_NOT_AFTER
