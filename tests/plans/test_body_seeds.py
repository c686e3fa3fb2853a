"""Body duties of the seeds as tasks: hand-checked facts against the files (line:col read by eye)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reformrules import read_plan
from reformrules.assignments import build_graph
from reformrules.tracker import track

PLANS = Path(__file__).resolve().parents[2] / "examples" / "plans"
SEED = {name[:3]: PLANS / name for name in (
    "000_56be073c6998dd9f.txt", "001_e222448dd8226e4d.txt", "002_114c0549c9d7b341.txt",
    "003_e5038761a6850e2f.txt", "004_507df5ea52532140.txt")}


@pytest.fixture(scope="module")
def plans():
    return {key: read_plan(path) for key, path in SEED.items()}


def _leads(task) -> list[str]:
    return [m.name for m in task.assignment.lead] if task.assignment else []


def test_002_every_task_has_a_lead_from_its_part(plans) -> None:
    plan = plans["002"]
    assert [t.id for t in plan.tasks if not _leads(t)] == []
    # V.3 (line 239): "Sở Tư pháp có trách nhiệm chủ trì triển khai nhiệm vụ cải cách thể chế"
    assert {tuple(_leads(t)) for t in plan.tasks if t.section.number == "II.2"} == {("Sở Tư pháp",)}
    assert plan.source.line_col(plan.task("II.2.a").assignment_cell.span.start) == (239, 4)
    # V.1 (line 233): Sở Nội vụ "Là cơ quan thường trực …; triển khai các nhiệm vụ cải cách tổ chức bộ máy
    # và cải cách chế độ công vụ" leads II.4 and II.5, and, as the standing body, II.1 which no clause names
    for part in ("II.1", "II.4", "II.5"):
        assert {tuple(_leads(t)) for t in plan.tasks if t.section.number == part} == {("Sở Nội vụ",)}, part
    assert _leads(plan.task("II.3.a")) == ["Văn phòng Ủy ban nhân dân tỉnh"]  # V.2, line 237
    assert _leads(plan.task("II.6.c")) == ["Sở Tài chính"]  # V.4, line 241
    assert _leads(plan.task("II.7.f")) == ["Sở Thông tin và Truyền thông"]  # V.5, line 243


def test_002_graph_has_its_six_agencies(plans) -> None:
    graph = build_graph(plans["002"])
    names = {d["name"] for _, d in graph.nodes(data=True) if d.get("kind") == "agency"}
    assert {"Sở Nội vụ", "Văn phòng Ủy ban nhân dân tỉnh", "Sở Tư pháp", "Sở Tài chính",
            "Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"} <= names


def test_004_thirty_day_report_is_a_task_overdue_on_1_march_2022(plans) -> None:
    plan = plans["004"]
    task = plan.task("body:IV.6")  # line 169: "… báo cáo về UBND thị xã (qua Phòng Nội vụ) trong vòng 30 ngày …"
    assert task.source == "body:duty" and task.line == 169
    assert task.deadline_cell.text == "trong vòng 30 ngày kể từ ngày kế hoạch này được ban hành"
    assert plan.source.line_col(task.deadline_cell.span.start) == (169, 260)
    assert task.deadline.due == date(2022, 2, 21)
    assert [p.mention.name for p in task.assignment.others if p.role.value == "recipient"] == ["Ủy ban nhân dân thị xã"]
    row = track(plan, date(2022, 3, 1)).task("body:IV.6")
    assert row.status.value == "overdue" and row.due == date(2022, 2, 21)
    done = track(plan, date(2022, 3, 1), {"done": {"body:IV.6": "2022-02-18"}}).task("body:IV.6")
    assert done.status.value == "done"


def test_000_quarter_one_duties(plans) -> None:
    plan = plans["000"]
    first = plan.task("body:IV.1")  # line 176: "1. Sở Nội vụ chủ trì tham mưu … trong Quý I năm 2018"
    assert (first.line, _leads(first), first.deadline.due) == (176, ["Sở Nội vụ"], date(2018, 3, 31))
    second = plan.task("body:IV.2")  # line 186: "(Kế hoạch gửi về Sở Nội vụ chậm nhất trong Quý I năm 2018 …)"
    assert second.deadline_cell.text == "chậm nhất trong Quý I năm 2018"
    assert plan.source.line_col(second.deadline_cell.span.start) == (186, 39)
    assert _leads(second) == ["các sở, ban, ngành", "Ủy ban nhân dân cấp huyện"]


def test_002_reporting_rule_without_periods_takes_the_ones_before(plans) -> None:
    plan = plans["002"]
    first, second = plan.task("body:III.1"), plan.task("body:III.2")
    assert first.source == second.source == "body:report"
    assert str(first.deadline) == "every quarter, half, year; before day 20 of last month"
    # III.2 (line 213) says only "định kỳ … gửi trước ngày 20 của tháng cuối kỳ báo cáo"
    assert str(second.deadline) == "every quarter, half, year; before day 20 of last month"
    assert second.deadline_cell.text == "hàng quý, 06 tháng, năm: trước ngày 20 của tháng cuối kỳ báo cáo"
    assert [o.due.isoformat() for o in second.deadline.occurrences(2022)][:2] == ["2022-03-19", "2022-06-19"]


def test_body_tasks_are_plain_tasks_for_every_seed(plans) -> None:
    for plan in plans.values():
        for task in plan.tasks:
            assert task.source in ("table", "body:item", "body:labelled", "body:agency", "body:duty", "body:report")
            if task.source.startswith("body:") and task.source != "body:item":
                assert task.id.startswith("body:")
                assert " ".join(plan.source.text[task.span.start:task.span.end].split()).startswith(
                    " ".join(task.content_text.split())[:20].rstrip(". ")) or task.content_text[:10] in \
                    plan.source.text[task.span.start:task.span.end].replace("\n", " ")


def test_reporting_rules_say_who_reports_to_whom_and_through_whom(plans) -> None:
    rules = [r for r in plans["002"].reporting if r.kind == "submission"]
    # line 211: "1. Các sở, ban, ngành; UBND các huyện, thị xã, thành phố gửi báo cáo … hàng quý, 06 tháng, năm"
    first = rules[0]
    assert first.text.startswith("Các sở, ban, ngành; UBND các huyện")  # the first subject is kept
    assert first.reporters == ("các sở, ban, ngành", "Ủy ban nhân dân cấp huyện") and first.task_id == "body:III.1"
    # line 213: "… gửi báo cáo chuyên đề về UBND tỉnh (qua Sở Nội vụ để tổng hợp): gửi trước ngày 20 …"
    second = rules[1]
    assert second.recipients == ("Ủy ban nhân dân tỉnh",) and second.via == ("Sở Nội vụ",)
    assert second.periods == ("quarter", "half", "year") and second.task_id == "body:III.2"  # from III.1
    # 001 line 104: "- Định kỳ hàng quý, 6 tháng, năm báo cáo UBND tỉnh (thông qua Sở Nội vụ) …" under
    # "3. Văn phòng có trách nhiệm:"; the annex row VII.5 "Báo cáo kết quả … định kỳ …" / "Theo quy định"
    rule = next(r for r in plans["001"].reporting if r.kind == "submission")
    assert (rule.via, rule.recipients, rule.annex_tasks) == (("Sở Nội vụ",), ("Ủy ban nhân dân tỉnh",), ("VII.5",))
