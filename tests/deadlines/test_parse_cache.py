"""The parse cache keeps a result from a text's second parse on: a unique phrase keeps nothing alive."""

from __future__ import annotations

from datetime import date

from reformrules import PlanContext, parse_deadline
from reformrules import deadlines
from reformrules.deadlines import clear_cache


def test_a_result_is_kept_from_the_second_parse_of_its_text() -> None:
    clear_cache()
    ctx = PlanContext(plan_year=2022, issued=date(2022, 1, 21))
    first = parse_deadline("Quý II/2022", ctx)
    assert not deadlines._CACHE  # seen once: only its text is noted
    second = parse_deadline("Quý II/2022", ctx)
    assert second == first and second is not first
    assert parse_deadline("Quý II/2022", ctx) is second  # kept, and shared from now on
    assert parse_deadline("Quý II/2022", None) is not second and parse_deadline("Quý II/2022", None).context is None


def test_the_seen_texts_and_the_cache_stay_bounded() -> None:
    clear_cache()
    for year in range(1901, 1901 + deadlines._SEEN_SIZE + 10):
        parse_deadline(f"Quý I/{year % 300 + 1900}")
    assert len(deadlines._SEEN) <= deadlines._SEEN_SIZE and len(deadlines._CACHE) <= deadlines._CACHE_SIZE
    clear_cache()
    assert not deadlines._SEEN and not deadlines._CACHE


def test_equal_contexts_share_results_and_different_ones_do_not() -> None:
    clear_cache()
    a, b = PlanContext(plan_year=2022), PlanContext(plan_year=2022)
    other = PlanContext(plan_year=2023)
    for _ in range(2):
        parse_deadline("Quý II", a)
    kept = parse_deadline("Quý II", a)
    assert parse_deadline("Quý II", b) is kept  # equal contexts: one number
    assert parse_deadline("Quý II", other).due == date(2023, 6, 30) and kept.due == date(2022, 6, 30)
    assert parse_deadline("Quý II", a) is kept  # back to the first context
