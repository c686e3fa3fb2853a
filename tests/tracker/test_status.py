"""The status engine: one case per rule of docs/tracker.md, counted by hand on the 2022 and 2024 calendars.

Working days are counted by hand: March 2022 has no holiday; in 2024, 27/4-1/5 are days off and
Saturday 4/5 is a working day (Công văn 2450/VPCP-KGVX, docs/domain.md §2.3).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tracker_fakes import fake_plan

from reformrules import PlanContext
from reformrules.tracker import StatusReport, TaskStatus, track

AS_OF = date(2022, 3, 25)  # a Friday

# (deadline cell, events, as_of, status, due, working days)
CASES = [
    ("Quý I/2022", {}, AS_OF, "due_soon", date(2022, 3, 31), 4),  # 28, 29, 30, 31 March
    ("Quý I/2022", {}, date(2022, 3, 24), "due_soon", date(2022, 3, 31), 5),  # 25, 28-31: the bound is inclusive
    ("Quý I/2022", {}, date(2022, 3, 23), "open", date(2022, 3, 31), 6),
    ("Quý I/2022", {}, date(2022, 3, 31), "due_soon", date(2022, 3, 31), 0),  # due today is not overdue
    ("Quý I/2022", {}, date(2022, 4, 1), "overdue", date(2022, 3, 31), -1),
    ("Tháng 02/2022", {}, AS_OF, "overdue", date(2022, 2, 28), -19),  # 1-4, 7-11, 14-18, 21-25 March
    ("Quý II/2022", {}, AS_OF, "not_started", date(2022, 6, 30), None),
    ("30/06/2022", {}, AS_OF, "open", date(2022, 6, 30), None),  # a due date, not a window
    ("Trong năm 2022", {}, AS_OF, "open", date(2022, 12, 31), None),
    ("Hoàn thành chậm nhất Quý I/2022", {}, AS_OF, "due_soon", date(2022, 3, 31), 4),
    ("Thường xuyên", {}, AS_OF, "ongoing", None, None),
    ("Thường xuyên", {}, date(2031, 1, 1), "ongoing", None, None),  # never overdue
    ("Từ Quý I/2022", {}, AS_OF, "ongoing", None, None),
    ("Từ Quý II/2022", {}, AS_OF, "not_started", None, None),
    ("Sau khi UBND tỉnh có hướng dẫn", {}, AS_OF, "waiting", None, None),
    # a met condition of an annual plan is still due by the end of the plan's period (docs/decisions.md)
    ("Sau khi UBND tỉnh có hướng dẫn", {"UBND tỉnh có hướng dẫn": date(2022, 3, 1)}, AS_OF, "open",
     date(2022, 12, 31), None),
    ("Sau khi UBND tỉnh có hướng dẫn", {"UBND tỉnh có hướng dẫn": date(2022, 3, 28)}, AS_OF, "waiting", None, None),
    ("Theo tiến độ triển khai của Trung ương", {}, AS_OF, "waiting", None, None),
    ("Theo quy định", {}, AS_OF, "waiting", None, None),
    # +7 days after 15/3 (Tuesday): 22/3, a working day; late on 23, 24, 25
    ("trong vòng 7 ngày kể từ khi có quyết định", {"có quyết định": date(2022, 3, 15)}, AS_OF, "overdue",
     date(2022, 3, 22), -3),
    ("trong vòng 7 ngày kể từ khi có quyết định", {}, AS_OF, "waiting", None, None),
    # 30 days after the issue date 21/1/2022: 20/2 is a Sunday, so Monday 21/2 (Civil Code Art. 148.5)
    ("trong vòng 30 ngày kể từ ngày kế hoạch này được ban hành", {}, AS_OF, "overdue", date(2022, 2, 21), None),
    ("Quý I/2022 (hoặc sau khi UBND tỉnh triển khai)", {}, AS_OF, "due_soon", date(2022, 3, 31), 4),
    # the dated option lapsed and the alternative was never reported: overdue (issue 13, item 2)
    ("Quý I/2022 (hoặc sau khi UBND tỉnh triển khai)", {}, date(2022, 4, 5), "overdue", date(2022, 3, 31), -3),
    ("Quý I/2021 (hoặc sau khi có hướng dẫn của UBND tỉnh)", {}, AS_OF, "waiting", None, None),
    # the alternative's event came while Q1 ran, so Q1 stays the deadline; one after Q1 opens the task
    ("Quý I/2022 (hoặc sau khi UBND tỉnh triển khai)", {"UBND tỉnh triển khai": date(2022, 2, 15)}, date(2022, 4, 5),
     "overdue", date(2022, 3, 31), None),
    ("Quý I/2022 (hoặc sau khi UBND tỉnh triển khai)", {"UBND tỉnh triển khai": date(2022, 4, 1)}, date(2022, 4, 5),
     "open", date(2022, 12, 31), None),
    ("Quý II/2022 (hoặc theo tiến độ của UBND tỉnh)", {}, AS_OF, "not_started", date(2022, 6, 30), None),
    ("Trong năm 2022 (sau khi UBND tỉnh hướng dẫn)", {}, AS_OF, "waiting", date(2022, 12, 31), None),
    ("Trong năm 2022 (sau khi UBND tỉnh hướng dẫn)", {"UBND tỉnh hướng dẫn": date(2022, 3, 1)}, AS_OF, "open",
     date(2022, 12, 31), None),
    ("Trong năm 2022 (sau khi UBND tỉnh hướng dẫn)", {}, date(2024, 12, 31), "waiting", date(2022, 12, 31), None),
    # two dated clauses: due on the first one first (000 V.4's form), 4/4 and 5/4 late (1/4 a Friday)
    ("Hoàn thành chậm nhất Quý I/2022\nTriển khai thí điểm từ năm 2022-2023", {}, date(2022, 4, 5), "overdue",
     date(2022, 3, 31), -3),
    # quarterly reports due before the 20th of the quarter's last month: 19/3 has passed, so 19/6 (a Sunday)
    ("hàng quý: trước ngày 20 của tháng cuối kỳ", {}, AS_OF, "open", date(2022, 6, 19), None),
    ("hàng quý: trước ngày 20 của tháng cuối kỳ", {}, date(2022, 6, 14), "due_soon", date(2022, 6, 19), 3),
    # the plan's period ends 31/12/2022: no 2023 occurrence; the last one (19/12) was missed
    ("hàng quý: trước ngày 20 của tháng cuối kỳ", {}, date(2022, 12, 20), "overdue", date(2022, 12, 19), -1),
    ("hàng năm", {}, date(2024, 12, 31), "overdue", date(2022, 12, 31), None),
    ("định kỳ", {}, AS_OF, "ongoing", None, None),
    ("ngay trong tuần tới", {}, AS_OF, "unknown", None, None),
    ("", {}, AS_OF, "unknown", None, None),
]


@pytest.mark.parametrize("cell, events, as_of, status, due, days", CASES,
                         ids=[f"{c[0][:40]}|{c[2]}|{c[3]}" for c in CASES])
def test_status_of_one_deadline(cell, events, as_of, status, due, days) -> None:
    report = track(fake_plan([("I.1", cell, "Sở Nội vụ chủ trì")]), as_of,
                   {"events": {k: v for k, v in events.items()}} if events else None)
    row = report.tasks[0]
    assert (row.status.value, row.due) == (status, due), row.why
    if days is not None:
        assert row.working_days == days
    assert row.why and row.why.endswith(".") and "\n" not in row.why
    assert row.leads == ("Sở Nội vụ",)


def test_due_soon_counts_holidays_and_the_swapped_saturday() -> None:
    # Friday 26/4/2024 to Monday 6/5: 27/4-1/5 off, 2/5, 3/5, Saturday 4/5 (làm bù) and 6/5 work: 4 days
    ctx = PlanContext(plan_year=2024, issued=date(2024, 1, 5))
    report = track(fake_plan([("I.1", "06/05/2024", "")], ctx), date(2024, 4, 26), due_soon_days=4)
    assert (report.tasks[0].status, report.tasks[0].working_days) == (TaskStatus.DUE_SOON, 4)
    assert track(fake_plan([("I.1", "06/05/2024", "")], ctx), date(2024, 4, 26), due_soon_days=3).tasks[0].status \
        is TaskStatus.OPEN


def test_no_deadline_cell_is_unknown_with_the_reason() -> None:
    row = track(fake_plan([("II.1.a", None, "")]), AS_OF).tasks[0]
    assert row.status is TaskStatus.UNKNOWN and row.why == "The plan gives this task no deadline."
    assert row.leads == ()


def test_an_issue_relative_deadline_without_issue_date_is_unknown() -> None:
    ctx = PlanContext(plan_year=2022)
    row = track(fake_plan([("I.1", "trong vòng 30 ngày kể từ ngày kế hoạch này được ban hành", "")], ctx), AS_OF).tasks[0]
    assert row.status is TaskStatus.UNKNOWN and "issue date" in row.why


# (deadline cell, completed on, events, status, working days)
DONE = [
    ("Quý I/2022", date(2022, 3, 20), {}, "done", 9),  # a Sunday; 21-25 and 28-31 March remain
    ("Quý I/2022", date(2022, 3, 31), {}, "done", 0),
    ("Quý I/2022", date(2022, 4, 4), {}, "done_late", -2),  # Friday 1/4 and Monday 4/4
    ("Thường xuyên", date(2022, 3, 1), {}, "done", None),
    ("Sau khi UBND tỉnh có hướng dẫn", date(2022, 3, 1), {}, "done", None),
    # the dated option had passed on the completion day but the alternative still waited: not late
    ("Quý I/2021 (hoặc sau khi có hướng dẫn của UBND tỉnh)", date(2022, 3, 1), {}, "done", None),
    # the event gave a due date (22/3); completed the day after
    ("trong vòng 7 ngày kể từ khi có quyết định", date(2022, 3, 23), {"có quyết định": date(2022, 3, 15)},
     "done_late", -1),
    ("ngay trong tuần tới", date(2022, 3, 1), {}, "done", None),
]


@pytest.mark.parametrize("cell, on, events, status, days", DONE, ids=[f"{c[0][:30]}|{c[1]}" for c in DONE])
def test_completed_tasks(cell, on, events, status, days) -> None:
    progress = {"done": {"I.1": on.isoformat()}, "events": {k: v for k, v in events.items()}}
    row = track(fake_plan([("I.1", cell, "")]), date(2022, 4, 29), progress).tasks[0]
    assert (row.status.value, row.working_days, row.completed) == (status, days, on), row.why
    assert row.why.startswith(f"Completed on {on.isoformat()}")


def test_progress_after_the_as_of_date_is_not_counted() -> None:
    plan = fake_plan([("I.1", "Quý I/2022", ""), ("I.2", "Sau khi UBND tỉnh có hướng dẫn", "")])
    report = track(plan, AS_OF, {"done": {"I.1": "2022-03-28"}, "events": {"UBND tỉnh có hướng dẫn": "2022-04-01"}})
    assert [r.status.value for r in report.tasks] == ["due_soon", "waiting"]
    assert [n.code for n in report.notes] == ["tracker.after_as_of", "tracker.after_as_of"]
    assert "2022-03-28" in report.notes[0].message and "not counted" in report.notes[0].message


def test_unknown_tasks_and_unmatched_events_are_noted() -> None:
    plan = fake_plan([("I.1", "Sau khi UBND tỉnh có hướng dẫn", "")])
    report = track(plan, AS_OF, {"done": {"IX.9": "2022-03-01"}, "events": {"Bộ Nội vụ ban hành": "2022-03-01"}})
    assert [(n.code, n.severity) for n in report.notes] == [
        ("tracker.unknown_task", "warning"), ("tracker.unmatched_event", "warning")]
    assert report.tasks[0].status is TaskStatus.WAITING


def test_events_match_on_folded_text_inside_the_condition() -> None:
    plan = fake_plan([("I.1", "Sau khi UBND Tỉnh có hướng dẫn", "")])
    report = track(plan, AS_OF, {"events": {"ubnd  tỉnh có HƯỚNG DẪN": "2022-03-01"}})
    assert report.tasks[0].status is TaskStatus.OPEN and report.notes == ()


def test_rows_for_another_plan_are_left_out() -> None:
    plan = fake_plan([("I.1", "Quý I/2022", "")], doc_id="004_x.txt")
    rows = [{"kind": "done", "key": "I.1", "date": "2022-03-01", "plan": "003_y"},
            {"kind": "done", "key": "I.1", "date": "2022-03-02", "plan": "004_x"}]
    assert track(plan, AS_OF, rows).tasks[0].completed == date(2022, 3, 2)


def test_lead_now_follows_the_2025_reorganisation() -> None:
    plan = fake_plan([("I.1", "Trong năm 2025", "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính")])
    before, after = track(plan, date(2025, 2, 3)).tasks[0], track(plan, date(2025, 3, 3)).tasks[0]
    assert before.lead_now == "" and before.leads == ("Sở Kế hoạch và Đầu tư",)
    assert after.lead_now == "Sở Kế hoạch và Đầu tư → Sở Tài chính (succeeded since 2025-03-01)"


def test_summary_and_queries() -> None:
    plan = fake_plan([("I.1", "Tháng 02/2022", ""), ("I.2", "Quý I/2022", ""), ("I.3", "Thường xuyên", "")])
    report = track(plan, AS_OF)
    assert str(report) == "fake.txt as of 2022-03-25: 1 overdue, 1 due_soon, 1 ongoing"
    assert report.has_overdue and [t.id for t in report.with_status("overdue", "due_soon")] == ["I.1", "I.2"]
    assert report.task("I.3").status is TaskStatus.ONGOING
    with pytest.raises(KeyError):
        report.task("I.9")


def test_targets_are_read_only_when_asked_and_keep_the_ids_of_plan_targets() -> None:
    from reformrules import parse_targets

    text = "Mức độ hài lòng của tổ chức, cá nhân đạt trên 84%.\n"
    plan = fake_plan([("I.1", "Trong năm 2022", "")], targets=parse_targets(text, id_prefix="body@1"))
    plan.source = type(plan.source)("fake.txt", text)
    assert track(plan, AS_OF).targets == ()
    report = track(plan, AS_OF, actuals={"body@1:1": "85"})
    assert [(t.id, t.target, t.status, t.line) for t in report.targets] == [("body@1:1", "> 84%", "met", 1)]
    assert [t.status for t in track(plan, AS_OF, targets=True).targets] == ["unknown"]


@pytest.mark.parametrize("kwargs, error", [
    ({"as_of": "2022-03-25"}, TypeError),
    ({"as_of": date(2022, 3, 25), "due_soon_days": -1}, ValueError),
    ({"as_of": date(2022, 3, 25), "due_soon_days": 2.5}, TypeError),
    ({"as_of": date(2022, 3, 25), "progress": 42}, TypeError),
], ids=["str-date", "negative-window", "float-window", "bad-progress"])
def test_misuse_raises(kwargs, error) -> None:
    with pytest.raises(error):
        track(fake_plan([("I.1", "Quý I/2022", "")]), **kwargs)


WINDOW_CELLS = ["Quý I/2022", "Quý II/2022", "Tháng 3/2022", "Trong năm 2022", "30/06/2022", "Năm 2022 - 2023"]


@settings(max_examples=60)
@given(cell=st.sampled_from(WINDOW_CELLS), offset=st.integers(-400, 800))
def test_a_window_is_not_started_then_open_or_due_soon_then_overdue(cell: str, offset: int) -> None:
    plan = fake_plan([("I.1", cell, "")])
    deadline = plan.tasks[0].deadline
    as_of = date(2022, 1, 1) + timedelta(days=offset)
    row = track(plan, as_of).tasks[0]
    start = deadline.start if deadline.start != deadline.due else None  # a single day has no window to wait for
    if start is not None and as_of < start:
        assert row.status is TaskStatus.NOT_STARTED
    elif as_of > deadline.due:
        assert row.status is TaskStatus.OVERDUE and row.working_days <= 0
    else:
        assert row.status in (TaskStatus.OPEN, TaskStatus.DUE_SOON) and row.working_days >= 0
        assert (row.status is TaskStatus.DUE_SOON) == (row.working_days <= 5)


@settings(max_examples=40)
@given(offset=st.integers(0, 3000), done=st.integers(-100, 200))
def test_same_inputs_same_report_and_completion_decides_lateness(offset: int, done: int) -> None:
    plan = fake_plan([("I.1", "Quý I/2022", ""), ("I.2", "Thường xuyên", ""), ("I.3", "Sau khi có quyết định", "")])
    as_of = date(2022, 1, 1) + timedelta(days=offset)
    completed = date(2022, 3, 31) + timedelta(days=done)
    progress = {"done": {"I.1": completed.isoformat()}}
    first, second = track(plan, as_of, progress), track(plan, as_of, progress)
    assert first == second and isinstance(first, StatusReport)
    i1, i2, i3 = first.tasks
    assert i2.status is TaskStatus.ONGOING and i3.status is TaskStatus.WAITING
    if completed <= as_of:
        assert i1.status is (TaskStatus.DONE if done <= 0 else TaskStatus.DONE_LATE)
    else:
        assert i1.status is not TaskStatus.DONE and i1.completed is None


def test_track_reads_no_plan_text_and_parses_nothing_again(monkeypatch) -> None:
    """Seed 004 with the sample progress and actuals: track uses the Plan as read (issue 13)."""
    import dataclasses
    from pathlib import Path

    import reformrules.assignments as assignments
    import reformrules.deadlines as deadlines
    import reformrules.targets as targets
    from reformrules.plans import read_plan

    root = Path(__file__).resolve().parents[2]
    plan = read_plan(root / "examples" / "plans" / "004_507df5ea52532140.txt")

    class NoText:
        """The plan's source with its text locked away: only line and column lookups are allowed."""

        def __init__(self, source):
            self.doc_id, self._source = source.doc_id, source

        @property
        def text(self):
            raise AssertionError("track read the plan text")

        def line_col(self, offset):
            return self._source.line_col(offset)

    def refuse(*args, **kwargs):
        raise AssertionError("track parsed a cell again")

    import reformrules.assignments.parser as assignment_parser
    import reformrules.targets.parser as target_parser

    for module, names in ((deadlines, ("parse_deadline", "find_deadlines")), (assignments, ("parse_assignment",)),
                          (targets, ("parse_targets",)), (assignment_parser, ("parse_assignment",)),
                          (target_parser, ("parse_targets",))):
        for name in names:
            monkeypatch.setattr(module, name, refuse)
    locked = dataclasses.replace(plan, source=NoText(plan.source))
    report = track(locked, date(2022, 7, 1), root / "examples" / "progress_sample.csv",
                   actuals=root / "examples" / "actuals_sample.csv")
    assert len(report.tasks) == len(plan.tasks) and report.targets and report.plan_diagnostics
    assert [t.id for t in report.targets] == [t.id for t in plan.targets]  # the one id scheme
    assert {t.id: t.status for t in report.targets}["body@71:1"] == "met"  # "dưới 2%" against 1.5 (plan 004 row)


def test_report_rows_carry_text_people_targets_and_verdicts() -> None:
    from pathlib import Path

    from reformrules.plans import read_plan

    plan = read_plan(Path(__file__).resolve().parents[2] / "examples" / "plans" / "003_e5038761a6850e2f.txt")
    report = track(plan, date(2023, 7, 1), actuals={"IV.3:1": "100"})
    iv3 = report.task("IV.3")
    assert iv3.content.startswith("Triển khai") or iv3.content
    assert iv3.targets == ("IV.3:1",) and iv3.verdicts == ("met",)
    assert iv3.product and iv3.leads
    with_coordinators = [t for t in report.tasks if t.coordinators]
    assert with_coordinators, "seed 003 names coordinating agencies"
    located = [n for n in report.plan_diagnostics if n.line]
    assert located and all(n.origin == plan.doc_id and n.col >= 1 for n in located)
    assert any(n.task for n in located)
