"""Table tests of the readings the review of the deadline parser found wrong (/ the families each belongs
to), each with its variants (case, NBSP, hard wraps, emphasis, "năm" vs "/", Roman and Arabic numerals).

A row is ``(phrase, canonical rule, start, due, codes)``, written by hand from the phrase; the context is
the reviewer's: a plan for 2026 issued on 15/01/2026. A row with the rule ``unparsed`` has no value: no
start and no due date are made up.
"""

from __future__ import annotations

from datetime import date

import pytest

from reformrules import PlanContext, find_deadlines, parse_deadline

CTX = PlanContext(plan_year=2026, issued=date(2026, 1, 15))

# A list of months (or quarters) joined by "," or "và" that do not follow each other, the later items
# written as bare numbers ("tháng 4, 8/2026", "tháng 3, 6, 9 và 12 năm 2026"): one month per item, all in
# the year written at the list's end; never a whole-year window from that year (no 1 January start).
MONTH_LISTS = [
    ("tháng 4, 8/2026", "all(within 2026-04 ; within 2026-08)", "2026-04-01", "2026-08-31", "deadline.mixed"),
    ("tháng 3, 6, 9 và 12 năm 2026", "all(within 2026-03 ; within 2026-06 ; within 2026-09 ; within 2026-12)",
     "2026-03-01", "2026-12-31", "deadline.mixed"),
    ("THÁNG 3, 6, 9 VÀ 12/2026", "all(within 2026-03 ; within 2026-06 ; within 2026-09 ; within 2026-12)",
     "2026-03-01", "2026-12-31", "deadline.mixed"),
    ("tháng\u00a04, 8/2026", "all(within 2026-04 ; within 2026-08)", "2026-04-01", "2026-08-31", "deadline.mixed"),
    ("tháng 3, 6,\n9 và 12 năm 2026", "all(within 2026-03 ; within 2026-06 ; within 2026-09 ; within 2026-12)",
     "2026-03-01", "2026-12-31", "deadline.mixed"),
    ("**tháng 4, 8/2026**", "all(within 2026-04 ; within 2026-08)", "2026-04-01", "2026-08-31", "deadline.mixed"),
    ("tháng IV, VIII/2026", "all(within 2026-04 ; within 2026-08)", "2026-04-01", "2026-08-31", "deadline.mixed"),
    ("tháng 4, 8-2026", "all(within 2026-04 ; within 2026-08)", "2026-04-01", "2026-08-31", "deadline.mixed"),
    ("trong tháng 4 và 8 năm 2026", "all(within 2026-04 ; within 2026-08)", "2026-04-01", "2026-08-31",
     "deadline.mixed"),
    ("tháng 3, 4, 8/2026", "all(within 2026-03..2026-04 ; within 2026-08)", "2026-03-01", "2026-08-31",
     "deadline.mixed"),  # 3 and 4 follow each other: one run
    ("tháng 4, 8", "all(within 2026-04 ; within 2026-08)", "2026-04-01", "2026-08-31",
     "deadline.implicit_year,deadline.mixed"),  # no year written: the plan year, said once
    ("Quý I, III/2026", "all(within 2026Q1 ; within 2026Q3)", "2026-01-01", "2026-09-30", "deadline.mixed"),
    ("Quí 1 và 3 năm 2026", "all(within 2026Q1 ; within 2026Q3)", "2026-01-01", "2026-09-30", "deadline.mixed"),
    ("tháng 3, 4/2026", "within 2026-03..2026-04", "2026-03-01", "2026-04-30", ""),  # unchanged: one run
    ("tháng 4 và tháng 8 năm 2026", "all(within 2026-04 ; within 2026-08)", "2026-04-01", "2026-08-31",
     "deadline.mixed"),  # unchanged: each item with its "tháng"
]

# A day written without its year takes the year of what ends its range, past "hết" (until the end of),
# after a dash, or when the end is a month, a point or a quarter; the year before only when the end's month
# is earlier; the same month with an earlier day is an error (no value), never a range of almost a year.
EARLY = "deadline.before_issue"  # the reviewer's plan is issued on 15/01/2026
DAY_RANGE_ENDS = [
    ("Từ ngày 15/11 đến hết ngày 20/11/2025", "from 2025-11-15 to 2025-11-20", "2025-11-15", "2025-11-20", EARLY),
    ("TỪ NGÀY 15/11 ĐẾN HẾT NGÀY 20/11/2025", "from 2025-11-15 to 2025-11-20", "2025-11-15", "2025-11-20", EARLY),
    ("từ ngày 15/11 đến hết\nngày 20/11/2025", "from 2025-11-15 to 2025-11-20", "2025-11-15", "2025-11-20", EARLY),
    ("**Từ ngày 15/11 đến hết ngày 20/11/2025**", "from 2025-11-15 to 2025-11-20", "2025-11-15", "2025-11-20",
     EARLY),
    ("từ ngày 15 tháng 11 đến hết ngày 20 tháng 11 năm 2025", "from 2025-11-15 to 2025-11-20", "2025-11-15",
     "2025-11-20", EARLY),
    ("Từ ngày 15/11 đến tháng 12/2025", "from 2025-11-15 to 2025-12", "2025-11-15", "2025-12-31", EARLY),
    ("từ ngày 15/11\u00a0đến tháng 12 năm 2025", "from 2025-11-15 to 2025-12", "2025-11-15", "2025-12-31", EARLY),
    ("Từ ngày 15/11 đến cuối tháng 12/2025", "from 2025-11-15 to 2025-12-31", "2025-11-15", "2025-12-31", EARLY),
    ("Từ ngày 15/11 đến Quý I/2026", "from 2025-11-15 to 2026Q1", "2025-11-15", "2026-03-31", ""),
    ("Từ ngày 15/11 - 20/11/2025", "from 2025-11-15 to 2025-11-20", "2025-11-15", "2025-11-20", EARLY),
    ("từ 15/11 – 20/11/2025", "from 2025-11-15 to 2025-11-20", "2025-11-15", "2025-11-20", EARLY),
    ("Từ ngày 15/11/2025 - 20/11/2025", "from 2025-11-15 to 2025-11-20", "2025-11-15", "2025-11-20", EARLY),
    ("từ ngày 15/12 đến hết ngày 14/3/2026", "from 2025-12-15 to 2026-03-14", "2025-12-15", "2026-03-14", ""),
    ("từ ngày 15/11 đến ngày 10/11/2025", "unparsed", "", "", "deadline.inverted_range"),
    ("Từ ngày 15/11 - 10/11/2025", "unparsed", "", "", "deadline.inverted_range"),
    ("từ ngày 15/11 đến ngày 15/11/2025", "from 2025-11-15 to 2025-11-15", "2025-11-15", "2025-11-15", EARLY),
    # a year window ends no day range: the start takes the plan year, said (not a year read from the end)
    ("từ ngày 15/11 đến năm 2026", "from 2026-11-15 to 2026", "2026-11-15", "2026-12-31", "deadline.implicit_year"),
]

# A half, a run of months, a named point or a yearly day whose year is told relative to another ("năm sau",
# "/năm sau", "năm tiếp theo") has no year of its own: an error with no date, never the plan year (nor a
# yearly rule due a year early); "năm trước khi" / "năm sau khi" (before / after an event) are not such years.
RELATIVE = "deadline.missing_context"
RELATIVE_YEARS = [
    ("6 tháng đầu năm sau", "unparsed", "", "", RELATIVE),
    ("6 THÁNG ĐẦU NĂM SAU", "unparsed", "", "", RELATIVE),
    ("06 tháng cuối năm tiếp theo", "unparsed", "", "", RELATIVE),
    ("9 tháng đầu\nnăm sau", "unparsed", "", "", RELATIVE),
    ("cuối năm sau", "unparsed", "", "", RELATIVE),
    ("**Cuối năm sau**", "unparsed", "", "", RELATIVE),
    ("đầu\u00a0năm sau", "unparsed", "", "", RELATIVE),
    ("giữa năm tiếp theo", "unparsed", "", "", RELATIVE),
    ("tháng 4/năm sau", "unparsed", "", "", RELATIVE),
    ("Quý II/năm sau", "unparsed", "", "", RELATIVE),
    ("quý 2 - năm sau", "unparsed", "", "", RELATIVE),
    ("Hằng năm, trước ngày 15/01 năm sau", "unparsed", "", "", RELATIVE),
    ("hằng năm (trước ngày 15 tháng 01 của năm tiếp theo)", "unparsed", "", "", RELATIVE),
    ("HÀNG NĂM, TRƯỚC NGÀY 15/01 NĂM SAU", "unparsed", "", "", RELATIVE),
    ("Hằng năm, trước ngày 15/01", "every year; before day 15 of month 1", "", "", ""),  # no relative year
    ("6 tháng đầu năm", "within 2026H1", "2026-01-01", "2026-06-30", "deadline.implicit_year"),
    ("Hoàn thành cuối năm trước khi nghiệm thu", 'all(by 2026-12-31 ; before "nghiệm thu")', "", "2026-12-31",
     "deadline.implicit_year"),
]

# "tuần đầu/cuối (tiên/cùng) (của) …": the first or last seven days of a month, quarter or year, not the
# period's first or last day (what "đầu/cuối quý|năm" alone names).
WEEKS = [
    ("tuần đầu quý II/2026", "within 2026-04-01..2026-04-07", "2026-04-01", "2026-04-07", ""),
    ("TUẦN ĐẦU QUÝ II/2026", "within 2026-04-01..2026-04-07", "2026-04-01", "2026-04-07", ""),
    ("tuần\u00a0đầu quý II/2026", "within 2026-04-01..2026-04-07", "2026-04-01", "2026-04-07", ""),
    ("**tuần đầu quí 2/2026**", "within 2026-04-01..2026-04-07", "2026-04-01", "2026-04-07", ""),
    ("tuần đầu quý 2 năm 2026", "within 2026-04-01..2026-04-07", "2026-04-01", "2026-04-07", ""),
    ("tuần cuối quý IV/2026", "within 2026-12-25..2026-12-31", "2026-12-25", "2026-12-31", ""),
    ("Tuần cuối cùng của quý 4 năm 2026", "within 2026-12-25..2026-12-31", "2026-12-25", "2026-12-31", ""),
    ("tuần đầu năm 2026", "within 2026-01-01..2026-01-07", "2026-01-01", "2026-01-07", EARLY),
    ("tuần đầu\nnăm 2026", "within 2026-01-01..2026-01-07", "2026-01-01", "2026-01-07", EARLY),
    ("tuần cuối năm", "within 2026-12-25..2026-12-31", "2026-12-25", "2026-12-31", "deadline.implicit_year"),
    ("tuần đầu năm sau", "unparsed", "", "", RELATIVE),
    ("tuần đầu năm 2300", "unparsed", "", "", "deadline.out_of_range"),
    ("tuần đầu tiên tháng 12/2026", "within 2026-12-01..2026-12-07", "2026-12-01", "2026-12-07", ""),
    ("Tuần Đầu Tiên của tháng 12 năm 2026", "within 2026-12-01..2026-12-07", "2026-12-01", "2026-12-07", ""),
    ("vào tuần cuối cùng tháng 2/2026", "within 2026-02-22..2026-02-28", "2026-02-22", "2026-02-28", ""),
    ("tuần cuối của tháng 3/2026", "within 2026-03-25..2026-03-31", "2026-03-25", "2026-03-31", ""),  # as before
    ("đầu quý II/2026", "by 2026-04-01", "", "2026-04-01", ""),  # no "tuần": the quarter's first day, as before
]

# A recurring report's data period in brackets (ND 09/2019 style) is part of the recurrence and adds no date;
# one with only its start written ("tính từ … năm trước kỳ báo cáo", no "đến") is reported unused and the
# recurrence is kept (was unparsed: the relative year's error wiped out "every year").
UNUSED = "text.unconsumed"
REPORT_PERIODS_IN_BRACKETS = [
    ("Định kỳ hằng năm (số liệu tính từ ngày 15/12 năm trước đến ngày 14/12 của kỳ báo cáo)", "every year", "", "",
     ""),
    ("ĐỊNH KỲ HẰNG NĂM (SỐ LIỆU TÍNH TỪ NGÀY 15/12 NĂM TRƯỚC ĐẾN NGÀY 14/12 CỦA KỲ BÁO CÁO)", "every year", "", "",
     ""),
    ("Định kỳ hằng năm [số liệu tính từ ngày 15/12 năm trước đến ngày 14/12 của kỳ báo cáo]", "every year", "", "",
     ""),
    ("Định kỳ hằng\u00a0năm (số liệu tính từ ngày 15/12 năm trước\nđến ngày 14/12 của kỳ báo cáo)", "every year",
     "", "", ""),
    ("Hằng năm, tính từ ngày 15 tháng 12 năm trước kỳ báo cáo", "every year", "", "", UNUSED),
    ("Hằng năm (số liệu tính từ ngày 15/12 năm trước kỳ báo cáo)", "every year", "", "", UNUSED),
    # the bracket holds more than the period: read as before, no date made up
    ("Định kỳ hằng năm (số liệu tính từ ngày 15/12 năm trước đến ngày 14/12 của kỳ báo cáo, gửi Sở)", "unparsed",
     "", "", "deadline.implicit_year,deadline.missing_context"),
]

ROWS = MONTH_LISTS + DAY_RANGE_ENDS + RELATIVE_YEARS + WEEKS + REPORT_PERIODS_IN_BRACKETS


def test_a_first_week_is_found_in_running_text() -> None:
    found = find_deadlines("Báo cáo vào tuần đầu quý II/2026.", CTX)
    assert [(d.text, str(d.rule)) for d in found] == [("vào tuần đầu quý II/2026", "within 2026-04-01..2026-04-07")]


@pytest.mark.parametrize(("phrase", "canonical", "start", "due", "codes"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_reading(phrase: str, canonical: str, start: str, due: str, codes: str) -> None:
    d = parse_deadline(phrase, CTX)
    assert str(d.rule) == canonical
    assert (d.start.isoformat() if d.start else "") == start
    assert (d.due.isoformat() if d.due else "") == due
    assert ",".join(sorted({x.code.value for x in d.diagnostics})) == codes
