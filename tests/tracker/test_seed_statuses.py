"""Statuses an official can trust: each "Wrong today" item of issue 13, and each debated reading, on its seed.

Every expected value is read by hand from the seed line named in the comment and the rules of
docs/tracker.md and docs/decisions.md ("Tracker: …"); working days are counted by hand on the
calendar (March-April 2022 and June-July 2018 hold no public holiday).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reformrules.plans import read_plan
from reformrules.tracker import NOTHING_TRACKABLE_EXIT, TaskStatus, track

PLANS = Path(__file__).resolve().parents[2] / "examples" / "plans"
SEEDS = {"000": "000_56be073c6998dd9f.txt", "001": "001_e222448dd8226e4d.txt", "002": "002_114c0549c9d7b341.txt",
         "003": "003_e5038761a6850e2f.txt", "004": "004_507df5ea52532140.txt"}


@pytest.fixture(scope="module")
def plans():
    cache = {}

    def get(seed: str):
        if seed not in cache:
            cache[seed] = read_plan(PLANS / SEEDS[seed])
        return cache[seed]
    return get


def row(plans, seed: str, task: str, as_of: date, progress=None):
    return track(plans(seed), as_of, progress).task(task)


# 1. "Ban hành Kế hoạch CCHC thị xã Ninh Hòa năm 2022" (004:195, issued 21/01/2022 by QĐ 12/QĐ-UBND, 004:24)
#    and "Ban hành Kế hoạch CCHC tỉnh Khánh Hòa năm 2023" (003 VII.1, issued 28/12/2022, 003:9).
@pytest.mark.parametrize("seed, task, issued, dates", [
    ("004", "I.1", date(2022, 1, 21), (date(2022, 7, 1), date(2022, 12, 31), date(2024, 12, 31))),
    ("003", "VII.1", date(2022, 12, 28), (date(2023, 7, 1), date(2023, 12, 31), date(2025, 12, 31))),
])
def test_the_plans_own_row_is_done_on_the_issue_date(plans, seed, task, issued, dates) -> None:
    for as_of in dates:
        got = row(plans, seed, task, as_of)
        assert (got.status, got.completed) == (TaskStatus.DONE, issued), got.why
        assert "the plan being read" in got.why and issued.isoformat() in got.why


def test_another_plan_of_the_same_office_is_not_the_plan_itself(plans) -> None:
    # 004:199 I.5 "Ban hành Kế hoạch khảo sát mức độ hài lòng …": a survey plan, overdue after Quý II
    assert row(plans, "004", "I.5", date(2022, 7, 1)).status is TaskStatus.OVERDUE


# 2. "Quý I/2022 (hoặc sau khi UBND tỉnh triển khai)" (004:206-207 II.1, II.2), "(hoặc sau khi có hướng dẫn
#    của UBND tỉnh)" (004:234 IV.5), "(hoặc theo tiến độ của UBND tỉnh)" (004:240 V.2): due soon, then overdue.
@pytest.mark.parametrize("task", ["II.1", "II.2", "IV.5", "V.2"])
def test_a_lapsed_dated_option_with_no_event_reported_is_overdue(plans, task) -> None:
    before = row(plans, "004", task, date(2022, 3, 28))
    assert (before.status, before.due, before.working_days) == (TaskStatus.DUE_SOON, date(2022, 3, 31), 3)
    after = row(plans, "004", task, date(2022, 4, 1))
    assert (after.status, after.due, after.working_days, after.calendar_days) == (
        TaskStatus.OVERDUE, date(2022, 3, 31), -1, -1)
    assert after.lapsed == "within 2022Q1" and after.waits_on and "was never reported" in after.why


def test_the_later_lapsed_options_of_seed_004(plans) -> None:
    # 004:199 I.5 "Quý II/2022 (hoặc theo tiến độ …)" on 1 July; 004:217 III.1 "Trong năm 2022 (hoặc sau khi …)"
    i5 = row(plans, "004", "I.5", date(2022, 7, 1))
    assert (i5.status, i5.due, i5.lapsed) == (TaskStatus.OVERDUE, date(2022, 6, 30), "within 2022Q2")
    for as_of in (date(2023, 1, 3), date(2024, 12, 31)):
        iii1 = row(plans, "004", "III.1", as_of)
        assert (iii1.status, iii1.due, iii1.lapsed) == (TaskStatus.OVERDUE, date(2022, 12, 31), "within 2022")


def test_a_dated_option_before_the_issue_date_leaves_the_alternative_waiting(plans) -> None:
    # 004:229 IV.2 "Quý I/2021 (hoặc sau khi có hướng dẫn của UBND tỉnh)" in a plan issued 21/01/2022
    got = row(plans, "004", "IV.2", date(2022, 7, 1))
    assert got.status is TaskStatus.WAITING and got.lapsed == ""


def test_an_event_reported_after_the_option_lapsed_releases_the_task(plans) -> None:
    got = row(plans, "004", "II.2", date(2022, 4, 5), {"events": {"UBND tỉnh triển khai": "2022-04-01"}})
    assert (got.status, got.due) == (TaskStatus.OPEN, date(2022, 12, 31))
    assert got.released_by == '"UBND tỉnh triển khai" (<mapping> row 1)' and "UBND tỉnh triển khai" in got.why


# 3. 000:676-677 V.4 "Hoàn thành chậm nhất Quý II/2018 / Triển khai thí điểm từ năm 2018-2020"
def test_two_clauses_are_due_on_the_first_one_first(plans) -> None:
    first = row(plans, "000", "V.4", date(2018, 7, 2))
    # Saturday 30/6 due; Monday 2/7 is one working day and two calendar days late
    assert (first.status, first.due, first.clause, first.working_days, first.calendar_days) == (
        TaskStatus.OVERDUE, date(2018, 6, 30), 1, -1, -2)
    clause_done = {"done": {"V.4#1": "2018-06-20"}}
    second = row(plans, "000", "V.4", date(2018, 7, 2), clause_done)
    assert (second.status, second.due, second.clause) == (TaskStatus.OPEN, date(2020, 12, 31), 2)
    assert "clause 1" in second.why and "reported done" in second.why


# 4. 001:162 VII.5 "Báo cáo kết quả thực hiện công tác CCHC định kỳ …" / "Theo quy định", with 001:104
#    "Định kỳ hàng quý, 6 tháng, năm báo cáo UBND tỉnh": a recurring report on the body's cycle.
def test_a_periodic_report_row_recurs_on_the_cycle_the_body_gives(plans) -> None:
    mid = row(plans, "001", "VII.5", date(2022, 7, 1))
    assert (mid.status, mid.due) == (TaskStatus.OPEN, date(2022, 9, 30)), mid.why  # the Q3 report
    assert "the reporting cycle the plan's body gives" in mid.why and "2022Q3 occurrence" in mid.why
    late = row(plans, "001", "VII.5", date(2024, 12, 31))
    assert (late.status, late.due) == (TaskStatus.OVERDUE, date(2022, 12, 31))  # the last report of 2022


def test_a_periodic_report_row_waits_when_the_body_gives_no_cycle(plans) -> None:
    # 003:… VII.11 "Báo cáo … định kỳ của tỉnh" / "Theo quy định": 003's body names no period
    assert row(plans, "003", "VII.11", date(2023, 7, 1)).status is TaskStatus.WAITING


# 5. 002 II.2.d "hàng năm", II.4.b "định kỳ hàng năm" of the 2022 plan: no 2024 occurrence.
@pytest.mark.parametrize("task", ["II.2.d", "II.4.b"])
def test_occurrences_stop_at_the_end_of_the_plan_period(plans, task) -> None:
    got = row(plans, "002", task, date(2024, 12, 31))
    assert got.due == date(2022, 12, 31) and "2024" not in got.why and "last of the plan's period" in got.why
    assert got.status is TaskStatus.OVERDUE


# 6. 000:687-690 VI.1 "… trên cơ sở Đề án thí điểm … được phê duyệt (Mục V.2)"; V.2 waits on its Đề án.
@pytest.mark.parametrize("as_of", [date(2018, 12, 31), date(2020, 12, 31)])
def test_an_unfinished_prerequisite_blocks_the_task(plans, as_of) -> None:
    got = row(plans, "000", "VI.1", as_of)
    assert (got.status, got.blocked_by) == (TaskStatus.WAITING, ("V.2",))
    assert got.why.startswith("Blocked by V.2 (waiting)")
    done = row(plans, "000", "VI.1", date(2019, 1, 3), {"done": {"V.2": "2018-05-02"}})
    assert (done.status, done.blocked_by) == (TaskStatus.OVERDUE, ())


# 7. A plan with nothing trackable must not look like success.
def test_a_plan_with_nothing_trackable_is_not_trackable_and_exits_3(tmp_path) -> None:
    from reformrules.cli import main

    notes = tmp_path / "notes.txt"
    notes.write_text("Ghi chú cuộc họp\nKhông có kế hoạch nào ở đây.\n", encoding="utf-8")
    assert not track(read_plan(notes), date(2022, 3, 25)).trackable
    assert main(["status", str(notes), "--as-of", "2022-03-25"]) == NOTHING_TRACKABLE_EXIT == 3
    assert main(["status", str(PLANS / SEEDS["004"]), "--as-of", "2022-01-25"]) == 0  # trackable, nothing overdue


# 8. Overdue on a rest day: 003 V.5, VII.9, VII.10 on Saturday 1/7/2023; 000 II.5, V.3 on Sunday 1/7/2018.
@pytest.mark.parametrize("seed, task, as_of, due", [
    ("003", "V.5", date(2023, 7, 1), date(2023, 6, 30)), ("003", "VII.9", date(2023, 7, 1), date(2023, 6, 30)),
    ("003", "VII.10", date(2023, 7, 1), date(2023, 6, 30)), ("000", "II.5", date(2018, 7, 1), date(2018, 6, 30)),
    ("000", "V.3", date(2018, 7, 1), date(2018, 6, 30)),
])
def test_overdue_on_a_rest_day_is_never_zero_days_late(plans, seed, task, as_of, due) -> None:
    got = row(plans, seed, task, as_of)
    assert (got.status, got.due, got.working_days, got.calendar_days) == (TaskStatus.OVERDUE, due, -1, -1)
    assert "+0" not in str(got) and "0 working days" not in got.why


# ---- the debated readings (docs/decisions.md, "Tracker: …") ---------------------------------------------

def test_waiting_after_the_plan_period_stays_waiting_and_is_flagged(plans) -> None:
    # 004:235 IV.6 "Theo tiến độ của Tỉnh": the province never set a schedule
    mid, later = row(plans, "004", "IV.6", date(2022, 7, 1)), row(plans, "004", "IV.6", date(2024, 12, 31))
    assert (mid.status, mid.past_plan_period) == (TaskStatus.WAITING, False)
    assert (later.status, later.past_plan_period) == (TaskStatus.WAITING, True)
    assert "plan's period ended 2022-12-31" in later.why


def test_a_met_condition_is_still_bounded_by_the_plan_year(plans) -> None:
    # 004:228 IV.1 "Sau khi UBND tỉnh có hướng dẫn", the guidance reported on 10/5/2022
    event = {"events": {"UBND tỉnh có hướng dẫn": "2022-05-10"}}
    assert (row(plans, "004", "IV.1", date(2022, 7, 1), event).due) == date(2022, 12, 31)
    assert row(plans, "004", "IV.1", date(2023, 1, 3), event).status is TaskStatus.OVERDUE


def test_a_task_whose_content_names_the_plan_year_is_bounded_by_it(plans) -> None:
    # 001:161 VII.4 "Tham gia các lớp tập huấn nghiệp vụ CCHC năm 2022" / "Theo hướng dẫn của Sở Nội vụ"
    mid = row(plans, "001", "VII.4", date(2022, 7, 1))
    assert (mid.status, mid.due) == (TaskStatus.OPEN, date(2022, 12, 31))
    assert row(plans, "001", "VII.4", date(2023, 1, 3)).status is TaskStatus.OVERDUE
    # 003:119 V.3 "Sau khi Bộ Tài chính ban hành giá tối đa", content "… năm 2023": waits, with the year's end shown
    v3 = row(plans, "003", "V.3", date(2023, 7, 1))
    assert (v3.status, v3.due) == (TaskStatus.WAITING, date(2023, 12, 31))


def test_a_condition_in_the_product_cell_is_said_but_does_not_move_the_deadline(plans) -> None:
    # 004:208 II.3 "Trong năm 2022" / product "Văn bản triển khai Nghị quyết sau khi HĐND tỉnh ban hành"
    got = row(plans, "004", "II.3", date(2022, 7, 1))
    assert (got.status, got.due) == (TaskStatus.OPEN, date(2022, 12, 31))
    assert 'another cell of the row names the event "HĐND tỉnh ban hành"' in got.why


def test_progress_can_name_the_tasks_an_event_releases(plans) -> None:
    # one letter of the province, reported for the two job-position tasks only (004 IV.3, IV.4)
    rows = [{"kind": "event", "key": "Công văn 1234/UBND-NC về vị trí việc làm", "date": "2022-05-10",
             "tasks": "IV.3 IV.4"}]
    report = track(plans("004"), date(2022, 7, 1), rows)
    assert [report.task(t).status for t in ("IV.1", "IV.3", "IV.4")] == [
        TaskStatus.WAITING, TaskStatus.OPEN, TaskStatus.OPEN]
    assert report.task("IV.3").released_by == '"Công văn 1234/UBND-NC về vị trí việc làm" (<list> row 1)'
    assert "Công văn 1234" in report.task("IV.3").why
    assert report.notes == ()  # an event that names its tasks needs no wording match


def test_an_event_naming_a_task_the_plan_lacks_is_noted(plans) -> None:
    report = track(plans("004"), date(2022, 7, 1), [{"kind": "event", "key": "x", "date": "2022-05-10", "tasks": "IX.9"}])
    assert [n.code for n in report.notes] == ["tracker.unknown_task"]
