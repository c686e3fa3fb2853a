"""The one schedule of the rules (deadlines.schedule): every rule kind read in one place, an unknown one refused."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reformrules import PlanContext, parse_deadline
from reformrules.deadlines import model
from reformrules.deadlines.resolve import flat_dates
from reformrules.deadlines.schedule import _READERS, Event, schedule
from reformrules.errors import ReformRulesError, UnknownRuleError

CTX = PlanContext(plan_year=2022, issued=date(2022, 1, 21))


def test_every_rule_kind_of_the_model_has_a_reading() -> None:
    kinds = set(model.Rule.__args__)  # type: ignore[attr-defined]
    assert kinds == set(_READERS), "a rule kind was added to deadlines/model.py without its reading"


@dataclasses.dataclass(frozen=True)
class Before:  # a rule kind the schedule does not know ("trước khi X")
    condition: str


@pytest.mark.parametrize("rule", [Before("X"), model.AnyOf((model.Within(model.Window.year(2022)), Before("X"))),
                                  "within 2022", None])
def test_an_unknown_rule_kind_raises_everywhere(rule) -> None:
    with pytest.raises(UnknownRuleError) as raised:
        schedule(rule, CTX, date(2022, 3, 1))
    assert isinstance(raised.value, ReformRulesError) and isinstance(raised.value, TypeError)
    if not isinstance(rule, model.AnyOf):
        with pytest.raises(UnknownRuleError):
            flat_dates(rule, CTX)  # the flat view reads the same schedule: the same refusal


CELLS = ["Quý I/2022", "Tháng 3/2022", "Trong năm 2022", "30/06/2022", "Hoàn thành chậm nhất Quý II/2022",
         "Từ Quý II/2022", "Thường xuyên", "hàng quý", "Sau khi UBND tỉnh có hướng dẫn",
         "trong vòng 30 ngày kể từ ngày kế hoạch này được ban hành", "Quý I/2022 (hoặc sau khi UBND tỉnh triển khai)",
         "Trong năm 2022 (sau khi UBND tỉnh hướng dẫn)", "Năm 2022 - 2023", "Theo quy định", "ngay trong tuần tới"]


@settings(max_examples=120, deadline=None)
@given(cell=st.sampled_from(CELLS), offset=st.integers(-100, 1200))
def test_the_schedule_agrees_with_the_flat_dates_of_the_parsed_deadline(cell: str, offset: int) -> None:
    deadline = parse_deadline(cell, CTX)
    day = date(2022, 1, 1).fromordinal(date(2022, 1, 1).toordinal() + offset)
    s = schedule(deadline.rule, CTX, day)
    assert s.kind in ("dated", "recurring", "met", "ongoing", "waiting", "unknown")
    if s.kind in ("dated", "recurring"):
        assert s.due is not None
    if s.kind == "dated" and not s.lapsed and not s.clause and not s.occurrences:
        assert s.due == deadline.due  # one window: the due date the reader gave
    if s.kind == "waiting":
        assert s.waits and deadline.conditional


def test_events_match_words_or_name_their_tasks() -> None:
    rule = parse_deadline("Sau khi UBND tỉnh có hướng dẫn", CTX).rule
    by_words = schedule(rule, CTX, date(2022, 6, 1), events={"UBND tỉnh có hướng dẫn": date(2022, 5, 10)})
    assert (by_words.kind, by_words.met, by_words.due) == ("dated", date(2022, 5, 10), date(2022, 12, 31))
    letter = (Event("Công văn 1234", date(2022, 5, 10), "<list> row 1", ("IV.3",)),)
    assert schedule(rule, CTX, date(2022, 6, 1), events=letter).kind == "waiting"  # names other tasks
    released = schedule(rule, CTX, date(2022, 6, 1), events=letter, released=True)
    assert (released.released_by, released.met) == ("Công văn 1234", date(2022, 5, 10))
    assert schedule(rule, CTX, date(2022, 5, 9), events=letter, released=True).kind == "waiting"  # not yet


def test_the_period_end_can_be_given_for_a_plan_of_several_years() -> None:
    rule = parse_deadline("hàng năm", CTX).rule
    assert schedule(rule, CTX, date(2024, 6, 1)).due == date(2022, 12, 31)  # the plan year by default
    assert schedule(rule, CTX, date(2024, 6, 1), period_end=date(2025, 12, 31)).due == date(2024, 12, 31)
