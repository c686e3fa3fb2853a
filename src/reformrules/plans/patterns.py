"""Every regular expression of the plan reader, built from ``vocabulary`` and run on folded text.

All patterns expect ``fold(text)`` (lower case, every space, tab and line break a plain space,
dashes "-"), which has the same length as the original, so a match's offsets slice the original.
Patterns that work line by line are applied to one folded line at a time.

Examples:
    >>> NUMBER_LINE.match("số: 4034/qđ-ubnd").group(1, 2)
    ('4034', 'qđ-ubnd')
    >>> DATE.search("ngày 29 tháng 12 năm 2017").group(1, 2, 3)
    ('29', '12', '2017')
    >>> DATE.search("ngày /01/2022").group(1, 2, 3)
    (None, '01', '2022')
"""

from __future__ import annotations

import re

from . import vocabulary as v


def _words(*phrases: str) -> str:
    """An alternation of phrases, longest first, each word boundary tolerant of several spaces."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered) + ")"


_CODE = r"([^\W_][\w&.\-]*[\w])"  # "qđ-ubnd", "kh-ubnd", "qđ-kkt"
# A date as plans write it: "29 tháng 12 năm 2017", "21/01/2022", "05-7-2023", "tháng 01 năm 2022"
# (day blank), "/01/2022" (day blank). Groups: day (or None), month, year.
DATE = re.compile(
    r"(?:(\d{1,2})\s*)?(?:" + v.MONTH_WORD + r"\s*|[/.-]\s*)(\d{1,2})\s*(?:" + v.YEAR_WORD + r"\s*|[/.-]\s*)(\d{4})"
)

# "Số: 4034/QĐ-UBND" at the start of a line (markdown "*" allowed). Groups: number, code.
NUMBER_LINE = re.compile(r"[\s*]*" + v.NUMBER_WORD + r"\s*:\s*(\d*)\s*/\s*" + _CODE)

# "<Địa danh>, ngày 29 tháng 12 năm 2017" at the start of a line. Groups: place, then DATE's.
PLACE_DATE_LINE = re.compile(
    r"[\s*]*([^\W\d_][^,]{0,48}?)\s*,\s*" + v.DAY_WORD + r"\s*" + DATE.pattern
)

# "(Ban hành kèm theo Quyết định số 4034/QĐ-UBND ngày … của UBND tỉnh Khánh Hòa)". Groups:
# number, code, then DATE's (optional), then the issuer (optional).
CITATION = re.compile(
    r"\(\s*(?:ban\s+hành\s+)?" + _words(v.ATTACHED_TO) + r"\s+[^()]{0,40}?\b" + v.NUMBER_WORD
    + r"\s*(\d*)\s*/\s*" + _CODE
    + r"(?:\s+" + v.DAY_WORD + r"\s*" + DATE.pattern + r")?"
    + r"(?:\s+" + v.OF_WORD + r"\s+([^()]{1,100}?))?\s*\)"
)

# A plan title: "kế hoạch cải cách hành chính … năm 2018". Group: the year.
TITLE = re.compile(
    _words(v.PLAN_WORD) + r"\s+" + _words(*v.REFORM_WORDS) + r"\b[^.;:()]{0,100}?\b"
    + v.YEAR_WORD + r"\s+(\d{4})\b"
)

# A line that cites another document.
CITATION_LINE = re.compile(r"[\s*]*" + _words(*v.CITATION_OPENERS) + r"\b")
# The national title and motto, and the rule lines under them.
MOTTO_LINE = re.compile(r"[\s*]*" + _words(*v.NATIONAL_TITLE))
RULE_LINE = re.compile(r"\s*[-_=]{3,}\s*")
# An issuing body written out or abbreviated at the start of a name.
ISSUER_BODY = re.compile(
    r"\s*(" + "|".join(_words(full) + "|" + re.escape(abbr.lower()) for full, abbr, _ in v.ISSUER_ABBREVIATIONS)
    + r")\b"
)
UNIT_KIND = re.compile(r"\s*(" + _words(*(kind for kind, _ in v.UNIT_KINDS)) + r")\b")

# --- tables -----------------------------------------------------------------------------------

APPENDIX_TITLE_LINE = re.compile(r"[\s*]*" + _words(v.APPENDIX_TITLE) + r"\b")
ROW_NUMBER = re.compile(r"\d{1,6}")  # "1" … "1024": a row number of any size (not a cell of text)
ROMAN = re.compile(r"[ivxlc]{1,7}")  # folded Roman numeral (validated by refs.is_roman)
UL_TAG = re.compile(r"<\s*/?\s*(?:ul|ol|li|p|br|div|span)\b[^>]*>")
BULLET = re.compile(r"\s+-\s+(?=[^\W\d_])")  # " - Phòng …" inside a flattened list cell

# --- body -------------------------------------------------------------------------------------

# Body headings and items. Groups: the marker.
BODY_SECTION = re.compile(r"[\s*]*([ivx]{1,5})\s*\.\s+\S")  # "II. CÁC CHỈ TIÊU …"
BODY_NUMBERED = re.compile(r"[\s*]*(\d{1,2})\s*\.\s+\S")  # "1. Công tác chỉ đạo …"
BODY_LETTERED = re.compile(r"[\s*]*([a-zđ])\s*\)\s+\S")  # "a) Chỉ đạo …", "đ) …"
BODY_BULLET = re.compile(r"[\s*]*[-+•]\s+\S")  # "- Ban hành …"
PERCENT = re.compile(r"\d\s*%")
SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[^\W\d_])")
#: A sentence end without ";": the target parser reads a sentence whole, since an opener ("Hằng năm,", a
#: report word "ghi nhận") governs every ";"-clause after it.
FULL_STOP = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")
CUTOFF_DATES = re.compile(
    r"(?:từ\s+)?(?:" + v.DAY_WORD + r"\s+)?(\d{1,2})/(\d{1,2})/(\d{4})\s*(?:đến|-)\s*(?:" + v.DAY_WORD
    + r"\s+)?(\d{1,2})/(\d{1,2})/(\d{4})"
)
REPORT = re.compile(_words(v.REPORT_WORD))
CUTOFF = re.compile(_words(*v.CUTOFF_WORDS))
PERIODIC_LEAD = re.compile(_words(*v.PERIODIC_LEADS) + r"\s+")
# A reporting period word at a position; "năm 2022" and "quý I/2022" are dates, not periods.
REPORT_PERIOD = re.compile(_words(*(word for word, _, _ in v.REPORT_PERIODS)) + r"(?!\w|\s*\d|\s+[ivx]+\b)")
LIST_GLUE = re.compile(r"(?:\s*(?:,|\bvà\b|\([^()]*\))\s*)+")
