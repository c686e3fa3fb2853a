"""Every entry of the deadline lexicon is reachable by find_deadlines.

find_deadlines' start words and its prefilter are derived from the lexicon and the grammar table
(deadlines/words.py), never kept by hand beside them. These tests take every entry of every table
that opens or shapes a phrase, put it in a phrase of running text, and check that the deadline
found there uses it; then they add a word to a table of a private lexicon and check that running
text with it is found, with no other change.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reformrules import PlanContext, find_deadlines
from reformrules.lexicon import packaged
from reformrules.text.fold import fold

CTX = PlanContext(plan_year=2026, issued=date(2025, 11, 20))
TW = packaged().time


def joined(words: tuple[str, ...]) -> str:
    return " ".join(words)


def _named_year(stem: str | None = None, branch: str | None = None) -> str:
    """The words after a lunar year's stem (its branch and the year), or a branch's stem, branch and year:
    the first year from 2024 whose name has that stem or branch."""
    stems = {i: w for w, i in TW.YEAR_STEMS.items()}
    branches = {i: w for w, i in TW.YEAR_BRANCHES.items()}
    year = next(y for y in range(2024, 2084) if (stem is None or (y - 4) % 10 == TW.YEAR_STEMS[stem])
                and (branch is None or (y - 4) % 12 == TW.YEAR_BRANCHES[branch]))
    if stem is not None:
        return f"{branches[(year - 4) % 12]} {year}"
    return f"{stems[(year - 4) % 10]} {branch} {year}"


# table name -> (entries, phrase made from one entry, the words of the entry the found text must hold)
TEMPLATES = {
    "MARKERS": ([w for w, _ in TW.MARKERS], lambda w: f"{joined(w)} Quý II/2026", joined),
    "QUARTER_WORDS": (sorted(TW.QUARTER_WORDS), lambda w: f"{w} II/2026", str),
    "MONTH_WORDS": (sorted(TW.MONTH_WORDS), lambda w: f"trong {w} 3/2026", str),
    "YEAR_WORDS": (sorted(TW.YEAR_WORDS), lambda w: f"trong {w} 2026", str),
    "DAY_WORDS": (sorted(TW.DAY_WORDS), lambda w: f"trước {w} 15/3/2026", str),
    "WEEK_WORDS": (sorted(TW.WEEK_WORDS), lambda w: f"hoàn thành trong {w} đầu tháng 12/2026", str),
    "WEEK_SIDES": ([w for w, _ in TW.WEEK_SIDES], lambda w: f"hoàn thành trong tuần {joined(w)} quý II/2026", joined),
    "HOLIDAYS": ([w for w, _ in TW.HOLIDAYS], lambda w: f"hoàn thành trước {joined(w)} 2026", joined),
    # a stem with the branch of one year of its cycle near 2026, and that year ("Bính Ngọ 2026", "Kỷ Dậu 2029")
    "YEAR_STEMS": (sorted(TW.YEAR_STEMS), lambda w: f"hoàn thành trước Tết Nguyên đán {w} {_named_year(stem=w)}", str),
    "YEAR_BRANCHES": (sorted(TW.YEAR_BRANCHES),
                      lambda w: f"hoàn thành trước Tết Nguyên đán {_named_year(branch=w)}", str),
    "YEAR_NAME_LEADS": (sorted(TW.YEAR_NAME_LEADS), lambda w: f"hoàn thành trước Tết Nguyên đán {w} Bính Ngọ 2026", str),
    "POINT_WORDS": (sorted(TW.POINT_WORDS), lambda w: f"{w} năm 2026", str),
    "SPAN_WORDS": (list(TW.SPAN_WORDS), lambda w: f"trong {joined(w)} 2026-2030", joined),
    "ROMAN (quarters)": ([r for r, v in TW.ROMAN.items() if v <= 4], lambda r: f"trong Quý {r}/2026", str),
    "ROMAN (months)": (list(TW.ROMAN), lambda r: f"trong tháng {r}/2026", str),
    "CONTINUOUS": (list(TW.CONTINUOUS), lambda w: f"Sở Nội vụ thực hiện {joined(w)}", joined),
    "EVERY_WORDS": (sorted(TW.EVERY_WORDS), lambda w: f"báo cáo {w} quý", str),
    "PERIOD_WORDS": (sorted(TW.PERIOD_WORDS), lambda w: f"báo cáo hằng {w}", str),
    "PERIODIC": ([TW.PERIODIC], lambda w: f"báo cáo {joined(w)} hằng năm", joined),
    "EVENT_MARKERS (two words or more)": ([w for w in TW.EVENT_MARKERS if len(w) > 1],
                                          lambda w: f"triển khai {joined(w)} UBND tỉnh phê duyệt", joined),
    "OCCURRENCE_MARKERS": (list(TW.OCCURRENCE_MARKERS), lambda w: f"báo cáo {joined(w)} về Sở Nội vụ", joined),
    "COUNT_LEADS": (list(TW.COUNT_LEADS), lambda w: f"gửi {joined(w)} 30 ngày kể từ ngày ký", joined),
    "COUNT_UNITS": ([w for w, _ in TW.COUNT_UNITS], lambda w: f"trong vòng 3 {joined(w)} kể từ ngày ký", joined),
    "COUNT_FROM": (list(TW.COUNT_FROM), lambda w: f"trong vòng 30 ngày {joined(w)} ngày ký", joined),
    "AND_FOLLOWING_YEARS": (list(TW.AND_FOLLOWING_YEARS), lambda w: f"thực hiện từ năm 2026 {joined(w)}", joined),
    "FOLLOWING_YEARS": (list(TW.FOLLOWING_YEARS), lambda w: f"tổ chức {joined(w)}", joined),
    "TIMES_WORDS": (sorted(TW.TIMES_WORDS), lambda w: f"quan trắc 02 {w}/năm", str),
    "NUMBER_WORDS": (sorted(TW.NUMBER_WORDS), lambda w: f"kiểm tra {w} lần/năm", str),
    "AT_LEAST": (list(TW.AT_LEAST), lambda w: f"kiểm tra {joined(w)} 2 lần/năm", joined),
    "NOW_WORDS": (sorted(TW.NOW_WORDS), lambda w: f"thực hiện từ {w} đến cuối năm 2026", str),
    "SESSION_WORDS": (list(TW.SESSION_WORDS), lambda w: f"trình {joined(w)} Quốc hội tháng 7/2026", joined),
    "MARKER_FILLERS": (sorted(TW.MARKER_FILLERS), lambda w: f"chậm nhất {w} Quý II/2026", str),
    "DAILY": (list(TW.DAILY), lambda w: f"gửi báo cáo trước 17 giờ {joined(w)}", joined),
    "TIME_LIMIT_WORDS": (sorted(TW.TIME_LIMIT_WORDS),
                         lambda w: f"gửi báo cáo {w}{' nhất' if w == 'chậm' else ''} 17 giờ ngày 25/11/2026", str),
    "HOUR_WORDS": (sorted(TW.HOUR_WORDS), lambda w: f"gửi báo cáo trước 17 {w} hằng ngày", str),
    "MINUTE_WORDS": (sorted(TW.MINUTE_WORDS), lambda w: f"gửi báo cáo trước 16 giờ 30 {w} hằng ngày", str),
    "UNTIL_EVENT_MARKERS": (list(TW.UNTIL_EVENT_MARKERS), lambda w: f"thực hiện từ tháng 11/2025 {joined(w)} kết thúc",
                            joined),
    "REPORT_LEADS": (list(TW.REPORT_LEADS), lambda w: f"định kỳ hằng năm {joined(w)} kết quả trước ngày 15/12", joined),
}
# Tables that only qualify a phrase others open (fillers, actor words, condition kinds, anchors) or that
# are read in phrase cells only (bare "khi", "theo", "căn cứ", "trước khi"): not openers of running text.
NOT_OPENERS = {"FILLERS", "OR_WORDS", "NOT_CONTINUOUS_AFTER", "PAST_WORDS", "PERIOD_END_WORDS", "PER_MARKERS",
               "PER_KINDS", "ISSUE_ANCHOR_WORDS", "THIS_DOCUMENT_WORDS", "ISSUE_ANCHORS_ALONE", "ACTOR_HEADS",
               "ACTOR_STOP_VERBS", "ACTOR_STOP_PAIRS", "FIRST_LAST", "FOLLOWING", "BEFORE_EVENT_MARKERS",
               "SESSION_LEADS", "EVENT_MARKERS", "ROMAN", "OCCURRENCE_CONTINUATIONS", "AND_WORDS", "RANGE_WORDS",
               "NOT_PER_BEFORE", "REPORT_PERIOD_OPENERS", "REPORT_PERIOD", "RELATIVE_YEAR", "NOT_CONTINUOUS_BEFORE",
               "NOT_RECURRING_AFTER", "MANNER_WORDS", "DOCUMENT_NUMBER_WORDS"}  # blockers: each entry tested in test_deadline_forms.py

CASES = [(table, entry, make, words) for table, (entries, make, words) in TEMPLATES.items() for entry in entries]


def test_every_table_is_covered_or_named_as_not_an_opener() -> None:
    from dataclasses import fields

    names = {f.name for f in fields(TW)}
    covered = {name.split(" ")[0] for name in TEMPLATES}
    assert names - covered == NOT_OPENERS - covered


@pytest.mark.parametrize(("table", "entry", "make", "words"), CASES,
                         ids=[f"{c[0]}:{c[1] if isinstance(c[1], str) else ' '.join(c[1])}" for c in CASES])
def test_every_entry_is_found_in_running_text(table, entry, make, words) -> None:
    text = make(entry)
    found = find_deadlines(text, CTX)
    assert found, text
    assert any(fold(words(entry)) in fold(d.text) for d in found), (text, [d.text for d in found])
    assert all(d.parsed for d in found)


@given(st.sampled_from(CASES), st.sampled_from(["", "Sở Nội vụ ", "các cơ quan, đơn vị "]),
       st.sampled_from(["", " để tổng hợp", "; báo cáo UBND tỉnh."]))
def test_an_entry_is_found_whatever_stands_around_it(case, before, after) -> None:
    _, entry, make, words = case
    found = find_deadlines(before + make(entry) + after, CTX)
    assert any(fold(words(entry)) in fold(d.text) for d in found)


def test_a_word_added_to_a_table_is_found_with_no_other_change() -> None:
    text = "tổ chức hội nghị thường niên về cải cách hành chính"  # "thường niên" = annual: not in the packaged tables
    assert find_deadlines(text, CTX) == ()
    lexicon = replace(packaged(), time=replace(TW, CONTINUOUS=TW.CONTINUOUS + (("thường", "niên"),)))
    assert [str(d.rule) for d in find_deadlines(text, CTX, lexicon=lexicon)][-1:] == ["continuous"]
    quarter = replace(packaged(), time=replace(TW, QUARTER_WORDS=TW.QUARTER_WORDS | {"kỳ"}))
    assert [str(d.rule) for d in find_deadlines("hoàn thành trong kỳ IV", CTX, lexicon=quarter)] == ["within 2026Q4"]
