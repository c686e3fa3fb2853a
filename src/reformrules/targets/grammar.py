"""The Vietnamese side of the targets grammar: word tables (each with an English gloss) and the
few regular expressions (the number formats; tokens come from :mod:`reformrules.text.tokens`).

Every phrase is stored as written and matched on :func:`reformrules.text.fold.fold` output, so
case, old tone placement ("hoà"), NBSP, en dashes and line breaks do not matter. The word →
comparator choices follow docs/domain.md §4 (an [I] language convention, not law) and the
issue text; docs/targets.md lists them.

Examples:
    >>> [t.kind for t in tokenize("đạt tối thiểu 45,8%")]
    ['word', 'word', 'word', 'num', 'pct']
    >>> read_number("1.000"), read_number("45,8"), read_number("4,,5")
    (Decimal('1000'), Decimal('45.8'), None)
    >>> PREFIX_CUES[fold_words("tối thiểu")].op.value
    '>='
    >>> WORD_GOALS[fold_words("Toàn bộ")].value, bool(MAY_HOLD_A_GOAL.search("Không để hồ sơ trễ hạn"))
    (Decimal('100'), True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from types import MappingProxyType

from ..text.fold import fold
from ..text.tokens import MARKS, Token
from ..text.tokens import tokenize as _tokenize
from .model import Comparator


# Every mark token but "%" (brackets, dashes, commas, …): what the targets grammar calls punctuation.
PUNCT = MARKS - {"pct"}

# Vietnamese number formats: "." groups thousands, "," is the decimal mark ("1.000,5");
# a lone "." before other than three digits is read as a decimal point ("45.8").
_PLAIN = re.compile(r"\d+")
_DECIMAL_COMMA = re.compile(r"\d+,\d+")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DECIMAL_POINT = re.compile(r"\d+\.\d+")


def tokenize(text: str) -> tuple[Token, ...]:
    """Tokens of ``text`` by the one tokenizer (:mod:`reformrules.text.tokens`) with decimal
    numbers ("45,8", "1.000"); offsets are valid in ``text`` because folding keeps length.

    Examples:
        >>> [(t.kind, t.text) for t in tokenize("Từ 95% -100%")]
        [('word', 'từ'), ('num', '95'), ('pct', '%'), ('sep', '-'), ('num', '100'), ('pct', '%')]
    """
    return _tokenize(text, numbers="decimals")


def read_number(text: str) -> Decimal | None:
    """The value of a number as written in a Vietnamese text, or ``None`` when malformed.

    Examples:
        >>> read_number("78"), read_number("1.000,5"), read_number("3.4.5")
        (Decimal('78'), Decimal('1000.5'), None)
    """
    if _PLAIN.fullmatch(text):
        return Decimal(text)
    if _DECIMAL_COMMA.fullmatch(text):
        return Decimal(text.replace(",", "."))
    if _THOUSANDS.fullmatch(text):
        return Decimal(text.replace(".", "").replace(",", "."))
    if _DECIMAL_POINT.fullmatch(text):
        return Decimal(text)
    return None


def fold_words(phrase: str) -> tuple[str, ...]:
    """The folded words of a table phrase (the key it is matched by).

    Examples:
        >>> fold_words("Không  vượt quá")
        ('không', 'vượt', 'quá')
    """
    return tuple(fold(phrase).split())


class CueRole(str, Enum):
    """What a word before (or after) a number contributes to a goal."""

    COMPARATOR = "comparator"  # sets the comparison ("tối thiểu" >=)
    FROM = "from"  # "từ": opens a range; alone or with "trở lên" it means >=
    VERB = "verb"  # "đạt": reach; the comparison stays implicit (>=)
    STRIVE = "strive"  # "phấn đấu": strive for; an aspiration, the comparison stays implicit (>=)
    FILLER = "filler"  # allowed between a cue and its number ("tỷ lệ", "tương đương")
    INCREASE = "increase"  # a change upwards against a baseline ("tăng")
    DECREASE = "decrease"  # a change downwards against a baseline ("giảm")
    EXCEED = "exceed"  # "vượt": > alone; an increase when a baseline follows ("so với")
    PERIODIC = "periodic"  # "mỗi năm": against the previous period
    RESULT = "result"  # "chỉ đạt", "đã đạt": the number is a figure reached, not a goal
    TARGET_NOUN = "target_noun"  # "mục tiêu", "chỉ tiêu": the number is the goal itself; cues before it compare


@dataclass(frozen=True, slots=True)
class Cue:
    """One table row: a phrase as written, its role, its comparator, an English gloss, and a source."""

    phrase: str
    role: CueRole
    op: Comparator | None
    gloss: str
    source: str


def _table(rows: tuple[Cue, ...]) -> MappingProxyType[tuple[str, ...], Cue]:
    table: dict[tuple[str, ...], Cue] = {}
    for row in rows:
        key = fold_words(row.phrase)
        if key in table:
            raise ValueError(f"duplicate cue after folding: {row.phrase!r}")
        table[key] = row
    return MappingProxyType(table)


_C = CueRole
GE, GT, LE, LT = Comparator.GE, Comparator.GT, Comparator.LE, Comparator.LT
# Where a row comes from. docs/domain.md §4 tags its comparison wording [I]: a language convention, not law.
D4 = "docs/domain.md §4 [I]"
ISSUE = "issue 6 (comparator list)"
SEEDS = "seed plans (examples/plans)"
USAGE = "common Vietnamese usage [I], not verified against a source"
ISSUE16 = "issue 16 (target forms)"

# Words that can stand right before a number, read backwards from it (longest match first).
PREFIX_CUE_ROWS: tuple[Cue, ...] = (
    Cue("tối thiểu", _C.COMPARATOR, GE, "at least (minimum)", D4),
    Cue("ít nhất", _C.COMPARATOR, GE, "at least", D4),
    Cue("không thấp hơn", _C.COMPARATOR, GE, "not lower than", D4),
    Cue("không ít hơn", _C.COMPARATOR, GE, "not fewer than", USAGE),
    Cue("không dưới", _C.COMPARATOR, GE, "not below", USAGE),
    Cue("trên", _C.COMPARATOR, GT, "above (strictly)", D4),
    Cue("hơn", _C.COMPARATOR, GT, "more than", D4),
    Cue("cao hơn", _C.COMPARATOR, GT, "higher than", USAGE),
    Cue("lớn hơn", _C.COMPARATOR, GT, "greater than", USAGE),
    Cue("nhiều hơn", _C.COMPARATOR, GT, "more than", USAGE),
    Cue("tối đa", _C.COMPARATOR, LE, "at most (maximum)", D4),
    Cue("không quá", _C.COMPARATOR, LE, "not more than", D4),
    Cue("không vượt quá", _C.COMPARATOR, LE, "not exceeding", D4),
    Cue("không cao hơn", _C.COMPARATOR, LE, "not higher than", USAGE),
    Cue("không hơn", _C.COMPARATOR, LE, "not more than", USAGE),
    Cue("không vượt", _C.COMPARATOR, LE, "not exceeding", USAGE),
    Cue("không để quá", _C.COMPARATOR, LE, "not let (it) exceed", USAGE),
    Cue("dưới", _C.COMPARATOR, LT, "below (strictly)", D4),
    Cue("thấp hơn", _C.COMPARATOR, LT, "lower than", USAGE),
    Cue("ít hơn", _C.COMPARATOR, LT, "fewer than", USAGE),
    Cue("nhỏ hơn", _C.COMPARATOR, LT, "smaller than", USAGE),
    Cue("xuống dưới", _C.COMPARATOR, LT, "down to below", USAGE),
    Cue("giảm xuống dưới", _C.COMPARATOR, LT, "reduce to below", ISSUE),
    Cue("giảm xuống", _C.COMPARATOR, LE, "reduce to (at most)", USAGE),
    Cue("giảm xuống còn", _C.COMPARATOR, LE, "reduce down to (at most)", USAGE),
    Cue("giảm còn", _C.COMPARATOR, LE, "reduce to (at most)", USAGE),
    Cue("xuống còn", _C.COMPARATOR, LE, "down to (at most)", USAGE),
    Cue("tăng lên", _C.COMPARATOR, GE, "raise to (at least)", USAGE),
    Cue("nâng lên", _C.COMPARATOR, GE, "raise to (at least)", USAGE),
    Cue("từ", _C.FROM, GE, "from (range start; alone: at least)", D4),
    Cue("đạt", _C.VERB, GE, "reach (comparison implicit: at least)", D4),
    Cue("là", _C.VERB, GE, "is (comparison implicit: at least)", USAGE),
    Cue("phấn đấu", _C.STRIVE, GE, "strive for (comparison implicit: at least)", SEEDS),
    Cue("phấn đấu đạt", _C.STRIVE, GE, "strive to reach (comparison implicit: at least)", ISSUE),
    Cue("tỷ lệ", _C.FILLER, None, "rate", SEEDS),
    Cue("tỉ lệ", _C.FILLER, None, "rate (older spelling)", USAGE),
    Cue("tương đương", _C.FILLER, None, "respectively / equivalent", SEEDS),
    Cue("tương ứng", _C.FILLER, None, "respectively", USAGE),
    Cue("mức", _C.FILLER, None, "the level of", USAGE),
    Cue("tăng", _C.INCREASE, None, "increase by", ISSUE),
    Cue("tăng thêm", _C.INCREASE, None, "increase further by", USAGE),
    Cue("giảm", _C.DECREASE, None, "decrease by", D4),
    Cue("giảm thêm", _C.DECREASE, None, "decrease further by", USAGE),
    Cue("vượt", _C.EXCEED, GT, "exceed (alone: above; with a baseline: exceed it by at least)", D4),
    Cue("cắt giảm", _C.DECREASE, None, "cut by (one reduction word, never split)", ISSUE16),
    Cue("tinh giản", _C.DECREASE, None, "streamline (staff) by", USAGE),
    Cue("chiếm", _C.VERB, GE, "account for (comparison implicit: at least)", ISSUE16),
    Cue("chiếm tỷ lệ", _C.VERB, GE, "account for a share of (comparison implicit: at least)", USAGE),
    # A figure already reached, reported beside the goal (issue 16): never a goal itself.
    Cue("đã đạt", _C.RESULT, None, "has reached (a result)", ISSUE16),
    Cue("chỉ đạt", _C.RESULT, None, "only reached (a result)", ISSUE16),
    Cue("mới đạt", _C.RESULT, None, "so far reached (a result)", ISSUE16),
    Cue("ước đạt", _C.RESULT, None, "estimated at (a result)", USAGE),
    Cue("ước", _C.RESULT, None, "estimated (a result: 'thiệt hại ước trên 4.500 tỷ đồng')", USAGE),
    Cue("ước tính", _C.RESULT, None, "estimated (a result)", USAGE),
    Cue("hiện đạt", _C.RESULT, None, "currently at (a result)", USAGE),
    Cue("thực hiện được", _C.RESULT, None, "achieved (a result)", ISSUE16),
    Cue("đã thực hiện được", _C.RESULT, None, "has achieved (a result)", USAGE),
    Cue("đã hoàn thành", _C.RESULT, None, "has completed (a result)", USAGE),
    Cue("đã có", _C.RESULT, None, "already has (a result)", USAGE),
    Cue("hiện có", _C.RESULT, None, "currently has (a result)", USAGE),
    # The goal named as such: "trong khi chỉ tiêu là 45%", "thấp hơn mục tiêu 75%", "so với chỉ tiêu 80%".
    Cue("mục tiêu", _C.TARGET_NOUN, None, "the goal (is)", ISSUE16),
    Cue("chỉ tiêu", _C.TARGET_NOUN, None, "the target (is)", ISSUE16),
    Cue("mỗi năm", _C.PERIODIC, None, "every year", ISSUE),
    Cue("hằng năm", _C.PERIODIC, None, "every year", USAGE),
    Cue("hàng năm", _C.PERIODIC, None, "every year (variant)", USAGE),
    Cue("mỗi quý", _C.PERIODIC, None, "every quarter", USAGE),
)
PREFIX_CUES = _table(PREFIX_CUE_ROWS)
PREFIX_MAX_WORDS = max(len(key) for key in PREFIX_CUES)

# Words that set a comparison only after a reduction word earlier in the clause: "Giảm số giờ … còn 1,7
# lần" (reduce … to 1.7 times), "Giảm tỷ trọng … xuống 30%"; alone "còn" is "remaining" ("còn 5 hồ sơ").
AFTER_REDUCTION_CUE_ROWS: tuple[Cue, ...] = (
    Cue("còn", _C.COMPARATOR, LE, "(reduce …) to, at most", USAGE),
    Cue("xuống", _C.COMPARATOR, LE, "(reduce …) down to, at most", USAGE),
)
AFTER_REDUCTION_CUES = _table(AFTER_REDUCTION_CUE_ROWS)
# The reduction words such a cue needs before it in its clause (the DECREASE rows' first words).
REDUCTION_WORDS: frozenset[str] = frozenset({"giảm"})  # reduce, decrease ("cắt giảm" ends with it)
# Words that open a report of figures reached, not goals: every figure of that sentence is a result
# ("Đến 12h00 ngày 21/11/2025, toàn tỉnh ghi nhận …; trên 63.000 ha cây trồng … bị thiệt hại").
REPORT_OPENER_ROWS: tuple[tuple[str, str], ...] = (
    ("ghi nhận", "recorded (a situation report)"),
    ("tính đến", "as of (a report at a date)"),
)
_OPENERS_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase, _gloss in REPORT_OPENER_ROWS:
    _words = fold_words(_phrase)
    _OPENERS_BY_FIRST[_words[0]] = (*_OPENERS_BY_FIRST.get(_words[0], ()), _words)
REPORT_OPENERS: MappingProxyType[str, tuple[tuple[str, ...], ...]] = MappingProxyType(_OPENERS_BY_FIRST)

# Prepositions of a time phrase that may stand between a comparison word and "đạt": "ít nhất vào năm
# 2025 đạt 40%" (at least, by 2025, reach 40%).
TIME_PREPOSITIONS: frozenset[str] = frozenset({
    "vào",  # in / by
    "đến",  # by / until
    "trong",  # in / within
})
# Increase words that make a yearly rate ("%/năm") a yearly growth: "tốc độ tăng bình quân 05 - 06%/năm".
INCREASE_WORDS: frozenset[str] = frozenset({"tăng"})  # increase, grow

# Comparison signs right before a number ("≥ 35%", ">= 35%", "> 50%"), as tokens.
SIGN_CUES: MappingProxyType[tuple[str, ...], Cue] = MappingProxyType({
    ("≥",): Cue("≥", _C.COMPARATOR, GE, "at least (sign)", ISSUE16),
    (">", "="): Cue(">=", _C.COMPARATOR, GE, "at least (sign)", USAGE),
    ("=", ">"): Cue("=>", _C.COMPARATOR, GE, "at least (sign)", USAGE),
    ("≤",): Cue("≤", _C.COMPARATOR, LE, "at most (sign)", ISSUE16),
    ("<", "="): Cue("<=", _C.COMPARATOR, LE, "at most (sign)", USAGE),
    ("=", "<"): Cue("=<", _C.COMPARATOR, LE, "at most (sign)", USAGE),
    (">",): Cue(">", _C.COMPARATOR, GT, "more than (sign)", ISSUE16),
    ("<",): Cue("<", _C.COMPARATOR, LT, "less than (sign)", USAGE),
})

# Verbs coordinated with a reduction word before its number ("cắt giảm, đơn giản hóa tối thiểu 15% thủ
# tục"): the whole group is the change cue, so the subject keeps none of it.
CHANGE_COVERBS: tuple[tuple[str, ...], ...] = (
    fold_words("đơn giản hóa"),  # simplify
    fold_words("rút ngắn"),  # shorten
    fold_words("tinh giản"),  # streamline
)
COVERB_JOINERS: frozenset[str] = frozenset({",", "và"})  # comma, and

# Words right after the number (and its unit).
OR_MORE = fold_words("trở lên")  # "or more": >=
OR_LESS = fold_words("trở xuống")  # "or less": <=
COMPARED_WITH = fold_words("so với")  # "compared with": a baseline follows
# "%/năm" (per year) right after a percentage: a yearly rate; with an increase or reduction word before it
# in the clause it is a yearly change against the previous year ("tăng bình quân … đạt 10 - 13%/năm").
PER_PERIOD: MappingProxyType[tuple[str, ...], str] = MappingProxyType({
    ("/", "năm"): "năm trước",  # per year -> the previous year
    ("/", "quý"): "quý trước",  # per quarter -> the previous quarter
})

# The baseline a periodic cue refers to (interpretation: "every year" compares with the year before).
PERIODIC_BASELINES: MappingProxyType[tuple[str, ...], str] = MappingProxyType({
    fold_words("mỗi năm"): "năm trước",  # every year -> the previous year
    fold_words("hằng năm"): "năm trước",  # every year -> the previous year
    fold_words("hàng năm"): "năm trước",  # every year -> the previous year
    fold_words("mỗi quý"): "quý trước",  # every quarter -> the previous quarter
})

# Joiners of a range "95% - 100%", "từ 10 đến 20".
RANGE_JOINERS: frozenset[str] = frozenset({
    "-",  # dash
    "đến",  # to
    "tới",  # to
})

# Words that make a number a percentage ("50 phần trăm").
PERCENT_WORDS: tuple[tuple[str, ...], ...] = (
    fold_words("phần trăm"),  # percent
)

# Count units that can follow a number in a goal ("tối thiểu 10 hồ sơ"); the unit is kept as written.
COUNT_UNIT_ROWS: tuple[tuple[str, str], ...] = (
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
# Keyed by the unit's own tokens, so a unit with marks or digits ("μg/m3": μg / m 3) matches as written.
COUNT_UNITS: MappingProxyType[tuple[str, ...], str] = MappingProxyType(
    {tuple(t.text for t in tokenize(unit)): unit for unit, _gloss in COUNT_UNIT_ROWS}
)
COUNT_UNIT_MAX_WORDS = max(len(key) for key in COUNT_UNITS)

# Words after a number that make it a duration or an age, never a goal ("trên 5 năm").
DURATION_WORDS: frozenset[str] = frozenset({
    "năm",  # years
    "tháng",  # months
    "quý",  # quarters
    "tuần",  # weeks
    "ngày",  # days
    "giờ",  # hours
    "phút",  # minutes
    "tuổi",  # years of age
})

# Heads that start the measured quantity before its verb ("Tỷ lệ … đạt", "Mức độ hài lòng … đạt").
SUBJECT_HEADS: tuple[tuple[str, ...], ...] = (
    fold_words("tỷ lệ"),  # rate
    fold_words("tỉ lệ"),  # rate (older spelling)
    fold_words("mức độ"),  # level (of satisfaction); "mức độ 3" is a service level, not a head
    fold_words("chỉ số"),  # index
    fold_words("số lượng"),  # number of
)
# Heads whose quantity is a rate: a change of it is read in percentage points.
RATE_HEADS: tuple[tuple[str, ...], ...] = SUBJECT_HEADS[:4]

# Words that end a sub-clause: a new measured quantity starts after them.
STRONG_BREAKS: tuple[tuple[str, ...], ...] = (
    fold_words("trong đó"),  # of which
    fold_words("đồng thời"),  # at the same time
)
WEAK_BREAKS: tuple[tuple[str, ...], ...] = (
    fold_words("và"),  # and
)
# Words trimmed from the edges of a subject (they join clauses, they are not the quantity).
EDGE_WORDS: tuple[tuple[str, ...], ...] = (
    fold_words("trong đó"),  # of which
    fold_words("đồng thời"),  # at the same time
    fold_words("phấn đấu"),  # strive
    fold_words("và"),  # and
    fold_words("hoặc"),  # or
    fold_words("có"),  # there is / have
    fold_words("ở mức"),  # at the level of ("Tỷ lệ hồ sơ trễ hạn ở mức dưới 5%")
)

# "(hoặc …)": an alternative goal in parentheses.
ALTERNATIVE_WORD = "hoặc"  # or

# "đối với …": the quantity is repeated for another object ("…, đối với sự phục vụ của …").
FOR_OBJECT = fold_words("đối với")  # with regard to

@dataclass(frozen=True, slots=True)
class WordGoal:
    """A goal written in words: the phrase, the comparison and value it stands for, and when it counts.

    ``clause_start``: only as the first words of a clause (after list markers and joining words).
    ``requires``: one of these phrases must follow later in the same clause, with no number between.
    """

    phrase: str
    op: Comparator
    value: Decimal
    requires: tuple[str, ...]
    clause_start: bool
    gloss: str
    source: str


# Words that say a file was handled late; a zero goal ("không để xảy ra …") needs one of them.
LATE_WORD_ROWS: tuple[tuple[str, str, str], ...] = (
    ("trễ hạn", "late (past the time limit)", SEEDS + " 000:89, 001:56, 004:71"),
    ("quá hạn", "overdue", USAGE),
)
_LATE = tuple(phrase for phrase, _gloss, _source in LATE_WORD_ROWS)
EQ = Comparator.EQ
WORD_GOAL_ROWS: tuple[WordGoal, ...] = (
    # "Toàn bộ hồ sơ … được luân chuyển …" (000:80, 000:517): all of them are, a share of 100%;
    # "được" is the passive marker ("are circulated"): a state to reach, not an instruction.
    WordGoal("toàn bộ", EQ, Decimal(100), ("được",), True, "all of", SEEDS + " 000:80, 000:517"),
    # "Không để xảy ra tình trạng giải quyết hồ sơ trễ hạn" (001:56): no late file, a late share of 0%.
    WordGoal("không để xảy ra", EQ, Decimal(0), _LATE, False, "do not let … happen", SEEDS + " 001:56"),
    WordGoal("không để", EQ, Decimal(0), _LATE, False, "do not let", USAGE),
)
WORD_GOALS: MappingProxyType[tuple[str, ...], WordGoal] = MappingProxyType(
    {fold_words(row.phrase): row for row in WORD_GOAL_ROWS}
)
WORD_GOAL_MAX_WORDS = max(len(key) for key in WORD_GOALS)

# A quick test before tokenizing: only a digit, a percent sign, "phần trăm" or the first words of
# a goal written in words can start a goal. Matched on the raw text (case-insensitive, any spaces);
# a phrase that extends a shorter one is left out, and a look-ahead on first letters keeps it fast.
_OPENERS = (*PERCENT_WORDS, *WORD_GOALS)
_SHORTEST = [w for w in _OPENERS if not any(o != w and w[: len(o)] == o for o in _OPENERS)]
_FIRST_LETTERS = "".join(sorted({words[0][0] for words in _SHORTEST}))
MAY_HOLD_A_GOAL = re.compile(
    rf"(?=[\d%{re.escape(_FIRST_LETTERS)}])(?:[\d%]|"
    + "|".join(r"\s+".join(map(re.escape, words)) for words in _SHORTEST) + ")",
    re.IGNORECASE,
)

# Administrative levels of a per-level list ("cấp tỉnh, huyện, xã … (50%, 40%, 25%)").
LEVEL_MARKER = "cấp"  # level
LEVEL_ROWS: tuple[tuple[str, str], ...] = (
    ("trung ương", "central"),
    ("tỉnh", "province"),
    ("huyện", "district"),
    ("xã", "commune"),
)
LEVELS: MappingProxyType[tuple[str, ...], str] = MappingProxyType(
    {fold_words(level): level for level, _gloss in LEVEL_ROWS}
)
LEVEL_SEPARATORS: frozenset[str] = frozenset({
    ",",  # comma
    "và",  # and
})

# A list-item marker at the start of a clause: "a)", "đ)", "1.", "12)".
LIST_MARKER = re.compile(r"\s*(?:[a-zđ]|\d{1,2})[.)]\s+|\s*[-+•]\s+")


def is_bullet(text: str, dash: int) -> bool:
    """True when the "-" at ``dash`` starts a list item rather than joining words or numbers.

    A bullet follows a line start or an HTML tag end (``>``), or is a spaced dash before an
    upper-case letter (" - Báo cáo"); "kinh tế - xã hội" and "95% - 100%" are not bullets.

    Examples:
        >>> is_bullet("làm - Báo cáo", 4), is_bullet("kinh tế - xã hội", 8), is_bullet("45% - 50%", 4)
        (True, False, False)
    """
    before = text[:dash].rstrip(" \t\u00a0")
    if not before or before[-1] == ">":
        return True
    if before[-1] == "\n":
        # "bình quân 05\n- 06%/năm": a range wrapped before its dash, not a bullet (a year may end an item)
        prev = before.rstrip()
        digits = len(prev) - len(prev.rstrip("0123456789"))
        nxt = text[dash + 1 :].lstrip(" \t\u00a0")[:1]
        return not (0 < digits < 4 and nxt.isdigit())
    after = text[dash + 1 : dash + 3]
    return dash > 0 and text[dash - 1].isspace() and after[:1].isspace() and after[1:2].isupper()
