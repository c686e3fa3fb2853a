"""The second held-out table (tests/deadlines/data/heldout2_deadlines.tsv) and the families its first
run found missing, each with its variants (case, NBSP, hard wraps, emphasis, "năm" vs "/", Roman and
Arabic numerals). Rows are ``(phrase, canonical rule, start, due)``, written by hand; the context is a
plan for 2026 issued on 20/11/2025 unless a row says otherwise.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from reformrules import PlanContext, parse_deadline

ROOT = Path(__file__).resolve().parents[2]
CTX = PlanContext(plan_year=2026, issued=date(2025, 11, 20))
NO_PLAN_YEAR = PlanContext(issued=date(2025, 11, 20))


def _table() -> list[dict[str, str]]:
    with (ROOT / "tests" / "deadlines" / "data" / "heldout2_deadlines.tsv").open(encoding="utf-8", newline="") as f:
        return [dict(r, phrase=r["phrase"].replace("\\n", "\n"))
                for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]


@pytest.mark.parametrize("row", _table(), ids=lambda r: r["where"])
def test_heldout2_phrase_is_at_its_line_and_no_date_is_invented(row) -> None:
    """Each phrase stands at its line (and column, when given); a phrase read otherwise than expected
    gets no due date (benchmarks/measure_deadlines_heldout.py prints the exact-read rate)."""
    path, line, *column = row["where"].split(":")
    lines = (ROOT / "examples" / "corpus" / path).read_text(encoding="utf-8").splitlines()
    phrase = row["phrase"]
    chunk = "\n".join(lines[int(line) - 1:int(line) - 1 + phrase.count("\n") + 1])
    assert chunk[int(column[0]) - 1:].startswith(phrase) if column else phrase in chunk
    d = parse_deadline(phrase, NO_PLAN_YEAR)
    if str(d.rule) != row["expected"]:
        assert d.due is None


# "thường xuyên, liên tục": a run of words for "continuously" is one rule, not two clauses.
CONTINUOUS_RUNS = [
    ("Thường xuyên, liên tục", "continuous", "", ""),
    ("THƯỜNG XUYÊN, LIÊN TỤC", "continuous", "", ""),
    ("thường xuyên\u00a0và liên tục", "continuous", "", ""),
    ("thực hiện thường xuyên,\nliên tục", "continuous", "", ""),
    ("**thường xuyên, liên tục**", "continuous", "", ""),
    ("Quý II/2026 và vận hành thường xuyên, liên tục", "all(within 2026Q2 ; continuous)", "2026-04-01", "2026-06-30"),
    ("Quí 2 năm 2026, vận\nhành thường xuyên, liên tục", "all(within 2026Q2 ; continuous)", "2026-04-01", "2026-06-30"),
    ("chi thường xuyên", "unparsed", "", ""),  # recurrent expenditure, not a deadline
    ("Trung tâm Giáo dục thường\nxuyên", "unparsed", "", ""),  # continuing education (hcm_2853:223), a term
    ("khu vực thường xuyên chịu tác động của thiên tai", "unparsed", "", ""),  # frequently hit (hcm_2853:147)
    ("nơi THƯỜNG XUYÊN XẢY RA sạt lở", "unparsed", "", ""),
    ("thường xuyên, liên tục bị ngập", "unparsed", "", ""),
]

# "tháng 4 và tháng 8 năm 2026": a list of months that do not follow each other is two months sharing the
# year written at the end (as "Quý I và Quý III/2024"); a range ("-", "đến") and months that follow each
# other stay one run.
MONTH_LISTS = [
    ("tháng 4 và tháng 8 năm 2026", "all(within 2026-04 ; within 2026-08)", "2026-04-01", "2026-08-31"),
    ("Tháng 4, tháng 8/2026", "all(within 2026-04 ; within 2026-08)", "2026-04-01", "2026-08-31"),
    ("THÁNG 4 VÀ THÁNG 8 NĂM 2026", "all(within 2026-04 ; within 2026-08)", "2026-04-01", "2026-08-31"),
    ("tháng 4 và\ntháng 8 năm 2026", "all(within 2026-04 ; within 2026-08)", "2026-04-01", "2026-08-31"),
    ("tháng 4\u00a0và tháng 8-2026", "all(within 2026-04 ; within 2026-08)", "2026-04-01", "2026-08-31"),
    ("**tháng 4 và tháng 8/2026**", "all(within 2026-04 ; within 2026-08)", "2026-04-01", "2026-08-31"),
    ("tháng 11 và tháng 12 năm 2025", "within 2025-11..2025-12", "2025-11-01", "2025-12-31"),
    ("Tháng 6-8/2026", "within 2026-06..2026-08", "2026-06-01", "2026-08-31"),
    ("từ tháng 3 đến tháng 10\nnăm 2026", "from 2026-03 to 2026-10", "2026-03-01", "2026-10-31"),
    ("Quý 1 và Quý III/2026", "all(within 2026Q1 ; within 2026Q3)", "2026-01-01", "2026-09-30"),
]

# "Từ ngày 15/11 đến ngày 20/11/2025": the first day takes the year of the day that ends its range (the
# year before when the range crosses New Year), not the plan year.
DAY_RANGES = [
    ("Từ ngày 15/11 đến ngày\n20/11/2025", "from 2025-11-15 to 2025-11-20", "2025-11-15", "2025-11-20"),
    ("TỪ NGÀY 15/11 ĐẾN NGÀY 20/11/2025", "from 2025-11-15 to 2025-11-20", "2025-11-15", "2025-11-20"),
    ("từ ngày 15 tháng 11 đến ngày 20 tháng 11 năm 2025", "from 2025-11-15 to 2025-11-20", "2025-11-15", "2025-11-20"),
    ("từ ngày 15/11\u00a0đến ngày 20/11/2025", "from 2025-11-15 to 2025-11-20", "2025-11-15", "2025-11-20"),
    ("**Từ ngày 15/11 đến ngày 20/11/2025**", "from 2025-11-15 to 2025-11-20", "2025-11-15", "2025-11-20"),
    ("từ ngày 15/12 đến ngày 14/3/2026", "from 2025-12-15 to 2026-03-14", "2025-12-15", "2026-03-14"),
    ("từ ngày 15/11 đến ngày 15/12", "from 2026-11-15 to 2026-12-15", "2026-11-15", "2026-12-15"),  # plan year
]

# "theo dõi" (to monitor) is a verb, not "theo …" (according to).
MONITOR = [
    ("theo dõi, đánh giá kết quả hằng năm", "every year", "", ""),
    ("Theo dõi hằng quý", "every quarter", "", ""),
    ("THEO DÕI, báo cáo Quý II/2026", "within 2026Q2", "2026-04-01", "2026-06-30"),
    ("theo\ndõi trong Quý 2 năm 2026", "within 2026Q2", "2026-04-01", "2026-06-30"),
    ("theo\u00a0dõi", "unparsed", "", ""),
    ("theo hướng dẫn của Sở Nội vụ", 'per "hướng dẫn của Sở Nội vụ"', "", ""),
]

# "cho đến khi X" with no start: the work runs until an event; no start is written, so none is made up
# (`until "X"`, not `from issued …`: "từ nay cho đến khi …" writes that start).
UNTIL = [
    ("cho đến khi Luật có hiệu lực", 'until "Luật có hiệu lực"', "", ""),
    ("CHO ĐẾN KHI Luật có hiệu lực", 'until "Luật có hiệu lực"', "", ""),
    ("cho đến\nkhi Luật có hiệu lực", 'until "Luật có hiệu lực"', "", ""),
    ("cho\u00a0tới khi hoàn thành", 'until "hoàn thành"', "", ""),
    ("**cho đến khi Luật có hiệu lực**", 'until "Luật có hiệu lực"', "", ""),
    ("Thực hiện cho đến khi kết thúc Đề án", 'until "kết thúc Đề án"', "", ""),
    ("đến khi kết thúc Tổng kiểm kê", 'until "kết thúc Tổng kiểm kê"', "", ""),
    ("từ nay cho đến khi Luật có hiệu lực", 'from issued until "Luật có hiệu lực"', "2025-11-20", ""),
    ("Từ Quý 2/2026 đến khi kết thúc Đề án", 'from 2026Q2 until "kết thúc Đề án"', "2026-04-01", ""),
    ("Từ tháng 11 năm 2025 cho đến khi kết thúc\nTổng kiểm kê", 'from 2025-11 until "kết thúc Tổng kiểm kê"',
     "2025-11-01", ""),
]

# "ngay sau khi …" (right after) and "trước khi …" (before an event), as the held-out tables write them.
EVENTS = [
    ("NGAY SAU KHI Nghị định có hiệu lực", 'after "Nghị định có hiệu lực"', "", ""),
    ("ngay sau khi Luật\nPhòng, chống ma túy được Quốc hội thông qua",
     'after "Luật Phòng, chống ma túy được Quốc hội thông qua"', "", ""),
    ("Ngay sau khi Nghị định được ban hành, chậm nhất Quý 2/2026", 'all(after "Nghị định được ban hành" ; by 2026Q2)',
     "", "2026-06-30"),
    ("trước khi\u00a0đưa vào vận hành, sử dụng", 'before "đưa vào vận hành, sử dụng"', "", ""),
    ("**trước khi đưa vào sử dụng**", 'before "đưa vào sử dụng"', "", ""),
    ("Trước khi đưa\nvào sử dụng", 'before "đưa vào sử dụng"', "", ""),
]

# "hàng tuần" (every week): a period word like "quý" or "tháng"; no dated occurrence (no weekday is read).
WEEKLY = [
    ("hàng tuần", "every week", "", ""),
    ("HẰNG TUẦN", "every week", "", ""),
    ("mỗi\u00a0tuần", "every week", "", ""),
    ("định kỳ hàng\ntuần", "every week", "", ""),
    ("**hằng tuần**", "every week", "", ""),
    ("02 lần/tuần", "every week x2", "", ""),
    ("hàng tuần, hàng tháng", "every week, month", "", ""),
    ("trong 2 tuần kể từ ngày ban hành", "+2w after issued", "", "2025-12-04"),  # a counted period, as before
]

# The data period of a recurring report written after it (ND 09/2019: what reporting_cutoff gives) is
# part of the recurrence and adds no date; a day or month whose year is told relative to another ("năm
# trước", "năm sau", "của năm tiếp theo") never takes the plan year.
REPORT_PERIODS = [
    ("định kỳ hàng năm tính từ ngày 15 tháng\n12 năm trước kỳ báo cáo đến ngày 14 tháng 12 của kỳ báo cáo", "every year",
     "", ""),
    ("ĐỊNH KỲ HÀNG NĂM TÍNH TỪ NGÀY 15/12 NĂM TRƯỚC KỲ BÁO CÁO ĐẾN NGÀY 14/12 CỦA KỲ BÁO CÁO", "every year", "", ""),
    ("Hằng quý, số liệu tính từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối kỳ báo\u00a0cáo",
     "every quarter", "", ""),
    ("hằng năm **tính từ ngày 15 tháng 12 năm trước kỳ báo cáo đến ngày 14 tháng 12 của kỳ báo cáo**", "every year",
     "", ""),
    ("định kỳ 6 tháng, hằng năm tính từ ngày 15 tháng 12 năm trước kỳ báo cáo đến ngày 14 tháng 6 của kỳ báo cáo",
     "every half, year", "", ""),
    ("trước ngày 30 tháng 01 của năm tiếp theo", "unparsed", "", ""),
    ("trước ngày 30/01 năm sau", "unparsed", "", ""),
    ("từ tháng 10 đến tháng 4 năm sau", "unparsed", "", ""),
    ("Quý I năm sau", "unparsed", "", ""),
    ("Quý I năm 2027", "within 2027Q1", "2027-01-01", "2027-03-31"),  # a written year is read as before
    ("Hằng năm, tổ chức sơ kết", "every year", "", ""),  # a comma and no data period: the recurrence alone
]

# "tuần đầu/cuối tháng 12" (found reading laichau_7360 after the table): the first or last seven days of
# the month, not the month's first or last day ("đầu tháng 12" alone is the 1st).
WEEK_OF_MONTH = [
    ("tuần đầu tháng 12/2026", "within 2026-12-01..2026-12-07", "2026-12-01", "2026-12-07"),
    ("TUẦN CUỐI THÁNG 2 NĂM 2026", "within 2026-02-22..2026-02-28", "2026-02-22", "2026-02-28"),
    ("trong tuần đầu của tháng 12\u00a0năm 2026", "within 2026-12-01..2026-12-07", "2026-12-01", "2026-12-07"),
    ("**tuần đầu\ntháng 12-2026**", "within 2026-12-01..2026-12-07", "2026-12-01", "2026-12-07"),
    ("chậm nhất tuần cuối tháng 6/2026", "by 2026-06-24..2026-06-30", "", "2026-06-30"),
    ("đầu tháng 12/2026", "by 2026-12-01", "", "2026-12-01"),  # the month's first day, as before
]

# "Tháng 10/2025 đến tháng 12/2025" with no "từ": one run of months (as with "-"), not a window and a limit;
# "từ ngày (ký) ban hành" in a cell: from the plan's issue date.
TO_RANGES_AND_ISSUE_STARTS = [
    ("Tháng 10/2025 đến tháng 12/2025", "within 2025-10..2025-12", "2025-10-01", "2025-12-31"),
    ("QUÝ IV/2025 ĐẾN QUÝ II/2026", "within 2025-10..2026-06", "2025-10-01", "2026-06-30"),
    ("Quí 4 năm 2025 đến\nQuý 2 năm 2026", "within 2025-10..2026-06", "2025-10-01", "2026-06-30"),
    ("trong tháng 10/2025\u00a0đến tháng 12/2025", "within 2025-10..2025-12", "2025-10-01", "2025-12-31"),
    ("**tháng 10-2025 đến tháng 12-2025**", "within 2025-10..2025-12", "2025-10-01", "2025-12-31"),
    ("Từ tháng 10/2025 đến tháng 3/2026", "from 2025-10 to 2026-03", "2025-10-01", "2026-03-31"),  # a start: as before
    ("Từ ngày ký ban hành", "from issued", "2025-11-20", ""),
    ("KỂ TỪ NGÀY BAN HÀNH", "from issued", "2025-11-20", ""),
    ("từ ngày ký\nban hành đến hết năm 2026", "from issued to 2026", "2025-11-20", "2026-12-31"),
]

# "trước Tết Nguyên đán 2026" (before the Lunar New Year): the lunar year's first day from the holidays
# calendar (17/2/2026), not the year 2026 (which gave a due date of 31/12/2026).
HOLIDAY_DAYS = [
    ("Trước Tết Nguyên đán 2026", "before 2026-02-17", "", "2026-02-16"),
    ("TRƯỚC TẾT NGUYÊN ĐÁN BÍNH NGỌ NĂM 2026", "before 2026-02-17", "", "2026-02-16"),
    ("trước Tết\nNguyên đán 2027", "before 2027-02-06", "", "2027-02-05"),
    ("**trước Tết\u00a0Âm lịch 2026**", "before 2026-02-17", "", "2026-02-16"),
    ("chậm nhất Tết Dương lịch 2027", "by 2027-01-01", "", "2027-01-01"),
    ("trước Tết Nguyên đán", "before 2026-02-17", "", "2026-02-16"),  # the plan year, as for a month
    ("trước Tết Nguyên đán 2300", "unparsed", "", ""),  # a year outside the domain: never the plan year
]

ROWS = (CONTINUOUS_RUNS + MONTH_LISTS + DAY_RANGES + MONITOR + UNTIL + EVENTS + WEEKLY + REPORT_PERIODS
        + WEEK_OF_MONTH + TO_RANGES_AND_ISSUE_STARTS + HOLIDAY_DAYS)


@pytest.mark.parametrize(("phrase", "canonical", "start", "due"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_family_variant(phrase: str, canonical: str, start: str, due: str) -> None:
    d = parse_deadline(phrase, CTX)
    assert str(d.rule) == canonical
    assert (d.start.isoformat() if d.start else "") == start
    assert (d.due.isoformat() if d.due else "") == due


def test_a_run_of_continuous_words_is_not_two_dated_clauses() -> None:
    d = parse_deadline("Thực hiện thường xuyên, liên tục", CTX)
    assert not [x for x in d.diagnostics if x.code.value == "deadline.mixed"]


def test_a_day_range_without_any_year_and_no_plan_year_says_so() -> None:
    d = parse_deadline("từ ngày 15/11 đến ngày 15/12", NO_PLAN_YEAR)
    assert str(d.rule) == "unparsed" and d.due is None
    assert "deadline.missing_context" in {x.code.value for x in d.diagnostics}


def test_until_an_event_makes_up_no_start_and_is_no_dated_clause() -> None:
    from reformrules import find_deadlines

    d = parse_deadline("cho đến khi Luật có hiệu lực", CTX)
    assert d.rule.until_only and d.rule.start is None and (d.start, d.due) == (None, None)
    assert d.resolve({"Luật có hiệu lực": date(2026, 7, 1)}).start is None
    assert not d.diagnostics  # no issue date is needed: none is counted from
    assert not parse_deadline("cho đến khi Luật có hiệu lực", PlanContext(plan_year=2026)).diagnostics
    both = parse_deadline("Quý II/2026 cho đến khi kết thúc Đề án", CTX)
    assert str(both.rule) == 'all(within 2026Q2 ; until "kết thúc Đề án")'
    assert "deadline.mixed" not in {x.code.value for x in both.diagnostics}
    text = "Các sở duy trì hoạt động cho đến khi Luật có hiệu lực thi hành. Làm đến khi xong."
    assert [(f.text, str(f.rule)) for f in find_deadlines(text, CTX)] == [
        ("cho đến khi Luật có hiệu lực thi hành", 'until "Luật có hiệu lực thi hành"')]  # not a bare "đến khi"


def test_a_weekly_rule_has_no_dated_occurrence() -> None:
    d = parse_deadline("vào ngày thứ Bảy hoặc Chủ nhật hàng tuần", CTX)
    assert str(d.rule) == "every week" and d.recurring and d.due is None and d.occurrences(2026) == ()


def test_a_relative_year_says_why_it_has_no_date() -> None:
    d = parse_deadline("trước ngày 30 tháng 01 của năm tiếp theo", CTX)
    [why] = [x for x in d.diagnostics if x.code.value == "deadline.missing_context"]
    assert "relative" in why.message and d.due is None


def test_a_recurrence_without_a_data_period_ends_where_it_did() -> None:
    d = parse_deadline("Hằng năm, tổ chức sơ kết", CTX)
    [unused] = [x for x in d.diagnostics if x.code.value == "text.unconsumed"]
    assert unused.span.slice("Hằng năm, tổ chức sơ kết") == "sơ kết"


def test_an_effective_date_clause_in_running_text_is_no_deadline() -> None:
    from reformrules import find_deadlines

    assert find_deadlines("Quyết định này có hiệu lực kể từ ngày ký ban hành.", CTX) == ()
