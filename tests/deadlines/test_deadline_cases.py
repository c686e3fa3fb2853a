"""Case tables: one row per phrase form, with its canonical rule, flat dates and diagnostic codes."""

from __future__ import annotations

from datetime import date

import pytest

from reformrules import ParseError, PlanContext, Policy, parse_deadline

CTX = PlanContext(plan_year=2022, issued=date(2022, 1, 21))

# (phrase, canonical rule, start, due, codes)
CASES = [
    # windows
    ("Quý II/2022", "within 2022Q2", "2022-04-01", "2022-06-30", ""),
    ("Trong Quý I/2022", "within 2022Q1", "2022-01-01", "2022-03-31", ""),
    ("quý III năm 2022", "within 2022Q3", "2022-07-01", "2022-09-30", ""),
    ("Quý 2/2022", "within 2022Q2", "2022-04-01", "2022-06-30", ""),
    ("QUÝ IV-2022", "within 2022Q4", "2022-10-01", "2022-12-31", ""),
    ("Tháng 3/2022", "within 2022-03", "2022-03-01", "2022-03-31", ""),
    ("tháng 10-2022", "within 2022-10", "2022-10-01", "2022-10-31", ""),
    ("Trong năm 2022", "within 2022", "2022-01-01", "2022-12-31", ""),
    ("Năm 2023 - 2024", "within 2023..2024", "2023-01-01", "2024-12-31", ""),
    ("Năm 2023 – 2024", "within 2023..2024", "2023-01-01", "2024-12-31", ""),
    ("giai đoạn 2022-2025", "within 2022..2025", "2022-01-01", "2025-12-31", ""),
    ("6 tháng đầu năm 2022", "within 2022H1", "2022-01-01", "2022-06-30", ""),
    ("6 tháng cuối năm 2022", "within 2022H2", "2022-07-01", "2022-12-31", ""),
    ("9 tháng đầu năm", "within 2022-01..2022-09", "2022-01-01", "2022-09-30", "deadline.implicit_year"),
    ("trong tháng 11, tháng 12 năm 2025", "within 2025-11..2025-12", "2025-11-01", "2025-12-31", ""),
    ("Tháng 6-7/2022", "within 2022-06..2022-07", "2022-06-01", "2022-07-31", ""),
    ("Quý III và Quý IV/2022", "within 2022-07..2022-12", "2022-07-01", "2022-12-31", ""),
    ("Quý II, III/2022", "within 2022-04..2022-09", "2022-04-01", "2022-09-30", ""),
    ("Quý II - III/2022", "within 2022-04..2022-09", "2022-04-01", "2022-09-30", ""),
    ("Quý I và Quý III/2023", "all(within 2023Q1 ; within 2023Q3)", "2023-01-01", "2023-09-30", "deadline.mixed"),
    ("Q3/2022", "within 2022Q3", "2022-07-01", "2022-09-30", ""),
    # days
    ("30/06/2023", "within 2023-06-30", "2023-06-30", "2023-06-30", ""),
    ("ngày 15 tháng 3 năm 2022", "within 2022-03-15", "2022-03-15", "2022-03-15", ""),
    ("Ngày 1/5", "within 2022-05-01", "2022-05-01", "2022-05-01", "deadline.implicit_year"),
    ("vào ngày 16/4/2025", "within 2025-04-16", "2025-04-16", "2025-04-16", ""),
    # limits
    ("Hoàn thành chậm nhất Quý III/2022", "by 2022Q3", "", "2022-09-30", ""),
    ("Đến năm 2025", "by 2025", "", "2025-12-31", ""),
    ("đến ngày 1/7", "by 2022-07-01", "", "2022-07-01", "deadline.implicit_year"),
    ("tính đến 26/10", "by 2022-10-26", "", "2022-10-26", "deadline.implicit_year"),
    ("chậm nhất ngày 22/8/2022", "by 2022-08-22", "", "2022-08-22", ""),
    ("cuối tháng 4-2023", "by 2023-04-30", "", "2023-04-30", ""),
    ("chậm nhất giữa tháng 7", "by 2022-07-15", "", "2022-07-15", "deadline.implicit_year"),
    ("đầu năm 2023", "by 2023-01-01", "", "2023-01-01", ""),
    ("giữa năm 2023", "by 2023-06-30", "", "2023-06-30", ""),
    ("trước ngày 15/3/2022", "before 2022-03-15", "", "2022-03-14", ""),
    # starts
    ("Từ Quý II/2022", "from 2022Q2", "2022-04-01", "", ""),
    ("từ ngày 1/7/2025", "from 2025-07-01", "2025-07-01", "", ""),
    ("bắt đầu từ ngày 1/9", "from 2022-09-01", "2022-09-01", "", "deadline.implicit_year"),
    ("năm 2023 và những năm tiếp theo", "from 2023", "2023-01-01", "", ""),
    ("Năm 2023 và các năm tiếp theo", "from 2023", "2023-01-01", "", ""),
    ("từ năm 2023 trở đi", "from 2023", "2023-01-01", "", ""),
    ("Từ tháng 3 đến tháng 6/2022", "from 2022-03 to 2022-06", "2022-03-01", "2022-06-30", ""),
    ("từ nay đến cuối năm 2025", "from issued to 2025-12-31", "2022-01-21", "2025-12-31", ""),
    ("từ năm 2022-2025", "from 2022 to 2025", "2022-01-01", "2025-12-31", ""),
    # recurring
    ("Thường xuyên", "continuous", "", "", ""),
    ("hàng quý", "every quarter", "", "", ""),
    ("định kỳ 6 tháng, hằng năm", "every half, year", "", "", ""),
    ("Mỗi năm tiếp theo", "every year from 2023", "", "", ""),  # after the plan year 2022
    ("Quý IV hằng năm", "every year; within Q4", "", "", ""),
    ("Tháng 12 hàng năm", "every year; within month 12", "", "", ""),
    ("trước ngày 15/12 hằng năm", "every year; before day 15 of month 12", "", "", ""),
    ("hàng quý, 06 tháng, năm: trước ngày 20 của tháng cuối kỳ báo cáo",
     "every quarter, half, year; before day 20 of last month", "", "", ""),
    ("trước ngày 20 của tháng cuối kỳ báo cáo", "every period; before day 20 of last month", "", "", ""),
    ("chậm nhất trước ngày 25 của tháng cuối quý", "every quarter; before day 25 of last month", "", "", ""),
    # conditions
    ("Sau khi UBND tỉnh có hướng dẫn", 'after "UBND tỉnh có hướng dẫn"', "", "", ""),
    ("Theo tiến độ triển khai của Trung ương", 'per "tiến độ triển khai của Trung ương"', "", "", ""),
    ("Theo tiến độ của Bộ Khoa học và Công nghệ", 'per "tiến độ của Bộ Khoa học và Công nghệ"', "", "", ""),
    ("Theo hướng dẫn của Sở Nội vụ", 'per "hướng dẫn của Sở Nội vụ"', "", "", ""),
    ("Sau khi Bộ Tài chính ban hành giá tối đa", 'after "Bộ Tài chính ban hành giá tối đa"', "", "", ""),
    ("Theo quy định", 'per "quy định"', "", "", ""),
    ("Thực hiện theo tiến độ được phê duyệt", 'per "tiến độ được phê duyệt"', "", "", ""),
    ("(Sau khi có hướng dẫn của Tỉnh)", 'after "có hướng dẫn của Tỉnh"', "", "", ""),
    # mixtures
    ("Quý I/2022 (hoặc sau khi UBND tỉnh triển khai)", 'any(within 2022Q1 | after "UBND tỉnh triển khai")',
     "2022-01-01", "2022-03-31", ""),
    ("Trong năm 2022 (sau khi UBND tỉnh hướng dẫn)", 'all(within 2022 ; after "UBND tỉnh hướng dẫn")',
     "2022-01-01", "2022-12-31", ""),
    ("Trong năm 2022 theo hướng dẫn của Sở Thông tin và Truyền thông",
     'all(within 2022 ; per "hướng dẫn của Sở Thông tin và Truyền thông")', "2022-01-01", "2022-12-31", ""),
    ("Hoàn thành chậm nhất Quý II/2022\nTriển khai thí điểm từ năm 2022-2024",
     "all(by 2022Q2 ; from 2022 to 2024)", "2022-01-01", "2024-12-31", "deadline.mixed"),
    # counted periods
    ("trong vòng 30 ngày kể từ ngày kế hoạch này được ban hành", "+30d after issued", "", "2022-02-21", ""),
    ("trong vòng 7 ngày kể từ khi có quyết định", '+7d after "có quyết định"', "", "", ""),
    ("trong vòng 5 ngày làm việc kể từ ngày ký", "+5wd after issued", "", "2022-01-28", ""),
    ("trong vòng 03 tháng kể từ ngày Kế hoạch được ban hành", "+3m after issued", "", "2022-04-21", ""),
    ("trong vòng 15 ngày kể từ ngày ký ban hành Kế hoạch", "+15d after issued", "", "2022-02-07", ""),
    # plausibility
    ("Quý I/2021 (hoặc sau khi có hướng dẫn của UBND tỉnh)",
     'any(within 2021Q1 | after "có hướng dẫn của UBND tỉnh")', "2021-01-01", "2021-03-31", "deadline.before_issue"),
    ("Quý IV/2022 hoàn thành việc gì đó", "within 2022Q4", "2022-10-01", "2022-12-31", "text.unconsumed"),
]

# (phrase, expected error code): never a date.
BAD = [
    ("ngay trong tuần tới", "deadline.unparsed"),
    ("chậm nhất là cuối tháng ...", "deadline.unparsed"),
    ("", "text.empty"),
    ("   \n ", "text.empty"),
    ("31/02/2022", "deadline.invalid_date"),
    ("Năm 2024 - 2023", "deadline.inverted_range"),
    ("Quý V/2022", "deadline.invalid_date"),
    ("tháng 13/2022", "deadline.invalid_date"),
    ("\x00\x01\ufffd", "deadline.unparsed"),
    ("trong dự toán chi thường xuyên", "deadline.unparsed"),  # recurrent expenditure, not a continuous task
]


def test_case_table_has_no_duplicates() -> None:
    phrases = [row[0] for row in CASES]
    assert len(phrases) == len(set(phrases))


@pytest.mark.parametrize(("phrase", "canonical", "start", "due", "codes"), CASES, ids=[c[0][:40] for c in CASES])
def test_phrase_forms(phrase: str, canonical: str, start: str, due: str, codes: str) -> None:
    d = parse_deadline(phrase, CTX)
    assert str(d.rule) == canonical
    assert (d.start.isoformat() if d.start else "") == start
    assert (d.due.isoformat() if d.due else "") == due
    assert ",".join(sorted({x.code.value for x in d.diagnostics})) == codes


@pytest.mark.parametrize(("phrase", "code"), BAD, ids=[repr(b[0])[:30] for b in BAD])
def test_bad_phrases_give_an_error_and_no_date(phrase: str, code: str) -> None:
    d = parse_deadline(phrase, CTX)
    assert str(d.rule) == "unparsed"
    assert d.start is None and d.due is None
    assert code in {x.code.value for x in d.diagnostics if x.severity.value == "error"}
    with pytest.raises(ParseError) as caught:
        parse_deadline(phrase, CTX, mode="raise")
    assert code in {x.code.value for x in caught.value.diagnostics}


def test_missing_year_without_context_is_an_error_not_a_guess() -> None:
    d = parse_deadline("Quý I")
    assert str(d) == "unparsed" and d.due is None
    assert [x.code.value for x in d.diagnostics] == ["deadline.missing_context"]


def test_issue_relative_period_without_issue_date_has_no_due() -> None:
    d = parse_deadline("trong vòng 30 ngày kể từ ngày kế hoạch này được ban hành", PlanContext(plan_year=2022))
    assert str(d) == "+30d after issued" and d.due is None


def test_before_policy_switch_reads_truoc_as_inclusive() -> None:
    ctx = PlanContext(plan_year=2022, policy=Policy(before_is_inclusive=True))
    assert parse_deadline("trước ngày 15/3/2022", ctx).due == date(2022, 3, 15)


def test_named_window_shift_policy_moves_a_sunday_quarter_end() -> None:
    ctx = PlanContext(plan_year=2024, policy=Policy(shift_named_windows=True))
    assert parse_deadline("Quý II/2024", ctx).due == date(2024, 7, 1)  # 30/6/2024 is a Sunday
    assert parse_deadline("Quý II/2024", PlanContext(plan_year=2024)).due == date(2024, 6, 30)


def test_flat_view_and_actor() -> None:
    d = parse_deadline("Quý I/2022 (hoặc sau khi UBND tỉnh triển khai)", CTX)
    assert (d.recurring, d.conditional, d.event_actor) == (False, True, "Ủy ban nhân dân tỉnh")
    assert parse_deadline("Thường xuyên").recurring
    assert parse_deadline("Theo quy định").event_actor is None
    assert parse_deadline("Theo tiến độ triển khai của Trung ương").event_actor == "Trung ương"


def test_event_resolution_counts_by_the_civil_code() -> None:
    d = parse_deadline("trong vòng 7 ngày kể từ khi có quyết định", CTX)
    # 23/4/2024 + 7 days = 30/4 (holiday), 1/5 (holiday) -> 2/5
    assert d.resolve({"có quyết định": date(2024, 4, 23)}).due == date(2024, 5, 2)
    assert d.resolve({"something else": date(2024, 4, 23)}).due is None
    waiting = parse_deadline("Sau khi UBND tỉnh có hướng dẫn", CTX)
    assert waiting.resolve({"UBND tỉnh có hướng dẫn": date(2022, 5, 10)}).start == date(2022, 5, 10)


def test_occurrences_of_the_reporting_rule() -> None:
    d = parse_deadline("hàng quý, 06 tháng, năm: trước ngày 20 của tháng cuối kỳ báo cáo", CTX)
    got = [(str(o.period), o.due.isoformat()) for o in d.occurrences(2022)]
    assert got == [("2022Q1", "2022-03-19"), ("2022Q2", "2022-06-19"), ("2022H1", "2022-06-19"),
                   ("2022Q3", "2022-09-19"), ("2022Q4", "2022-12-19"), ("2022H2", "2022-12-19"),
                   ("2022", "2022-12-19")]
    assert parse_deadline("Thường xuyên").occurrences(2022) == ()
    assert parse_deadline("Quý I/2022").occurrences(2022) == ()


def test_non_str_input_is_misuse() -> None:
    with pytest.raises(TypeError):
        parse_deadline(b"Quy I/2022")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_deadline("Quý I/2022", ctx=2022)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        parse_deadline("Quý I/2022", mode="strict")  # type: ignore[arg-type]


def test_nfd_input_is_normalised_with_a_note() -> None:
    import unicodedata

    d = parse_deadline(unicodedata.normalize("NFD", "Quý II/2022"), CTX)
    assert str(d) == "within 2022Q2"
    assert "text.normalized" in {x.code.value for x in d.diagnostics}


@pytest.mark.parametrize(("period", "cutoff"), [
    ("2022Q1", "2021-12-15..2022-03-14"), ("2022Q2", "2022-03-15..2022-06-14"),
    ("2022Q3", "2022-06-15..2022-09-14"), ("2022Q4", "2022-09-15..2022-12-14"),
    ("2022H1", "2021-12-15..2022-06-14"), ("2022H2", "2022-06-15..2022-12-14"),
    ("2022", "2021-12-15..2022-12-14"), ("2022-05", "2022-04-15..2022-05-14"),
])
def test_reporting_cutoff_windows_of_nd_09_2019(period: str, cutoff: str) -> None:
    from reformrules import Window, reporting_cutoff

    windows = {"2022Q1": Window.quarter(2022, 1), "2022Q2": Window.quarter(2022, 2),
               "2022Q3": Window.quarter(2022, 3), "2022Q4": Window.quarter(2022, 4),
               "2022H1": Window.half(2022, 1), "2022H2": Window.half(2022, 2),
               "2022": Window.year(2022), "2022-05": Window.month(2022, 5)}
    assert str(windows[period]) == period
    assert str(reporting_cutoff(windows[period])) == cutoff


def test_find_deadlines_stops_conditions_and_counted_periods_at_the_sentence() -> None:
    from reformrules import find_deadlines

    text = ("Các đơn vị gửi báo cáo trong vòng 30 ngày kể từ ngày kế hoạch này được ban hành. "
            "Sở Nội vụ tổng hợp; sau khi UBND tỉnh có hướng dẫn, triển khai thực hiện. Năm 2015 đã làm xong.")
    found = find_deadlines(text, CTX)
    assert [(d.text, str(d)) for d in found] == [
        ("trong vòng 30 ngày kể từ ngày kế hoạch này được ban hành", "+30d after issued"),
        ("sau khi UBND tỉnh có hướng dẫn, triển khai thực hiện", 'after "UBND tỉnh có hướng dẫn, triển khai thực hiện"'),
    ]
    assert found[0].due == date(2022, 2, 21)
    assert text[found[1].span.start:found[1].span.end] == found[1].text


def test_find_deadlines_leaves_out_what_was_already_done() -> None:
    from reformrules import find_deadlines

    text = "Kết quả đã đạt được trong giai đoạn 2011-2020 là cơ sở; triển khai trong Quý I/2022."
    assert [str(d) for d in find_deadlines(text, CTX)] == ["within 2022Q1"]


def test_a_period_list_ends_before_the_verb_it_governs() -> None:
    from reformrules import find_deadlines

    # seed 001 line 104: "Định kỳ hàng quý, 6 tháng, năm báo cáo UBND tỉnh …" — the annual report counts too
    text = "- Định kỳ hàng quý, 6 tháng, năm báo cáo UBND tỉnh (thông qua Sở Nội vụ) về tình hình"
    assert [str(d) for d in find_deadlines(text, CTX)] == ["every quarter, half, year"]


def test_a_yearly_part_recurs_inside_each_year() -> None:
    assert [str(o) for o in parse_deadline("Quý IV hằng năm", CTX).occurrences(2023)] == ["2023Q4->2023-12-31"]
    assert [str(o) for o in parse_deadline("trước ngày 15/12 hằng năm", CTX).occurrences(2023)] == ["2023->2023-12-14"]
    # with a year of its own, the window is one clause and the recurrence another
    assert str(parse_deadline("Quý IV/2022 hằng năm", CTX)) == "all(within 2022Q4 ; every year)"
