"""What the tracker reads off a task's own words: the plan's own row, periodic reports, a year in the content.

These are the status policy's inputs beyond the deadline cell, each from words the plan writes
(Vietnamese literals live in the tables below, with an English gloss):

- :func:`is_the_plan_itself`: the row "Ban hành Kế hoạch CCHC thị xã Ninh Hòa năm 2022" (004 I.1,
  003 VII.1) of the plan being read; it is done on the plan's issue date.
- :func:`is_periodic_report` and :func:`reporting_cycle`: a row "Báo cáo … định kỳ / Theo quy
  định" (001 VII.5) recurs on the cycle the plan's body gives ("Định kỳ hàng quý, 6 tháng, năm
  báo cáo", 001:104), read by the plan reader into ``plan.reporting``.
- :func:`year_in_content`: "Tham gia các lớp tập huấn nghiệp vụ CCHC năm 2022" (001 VII.4) names
  the plan year, which bounds a task whose deadline cell gives no date.

Examples:
    >>> from types import SimpleNamespace as NS
    >>> plan = NS(issuer="UBND thị xã Ninh Hòa", plan_year=2022)
    >>> own = NS(content=NS(text="Ban hành Kế hoạch CCHC thị xã Ninh Hòa năm 2022"))
    >>> survey = NS(content=NS(text="Ban hành Kế hoạch khảo sát mức độ hài lòng năm 2022"))
    >>> is_the_plan_itself(own, plan), is_the_plan_itself(survey, plan)
    (True, False)
    >>> year_in_content(NS(content=NS(text="Tham gia các lớp tập huấn nghiệp vụ CCHC năm 2022")), 2022)
    2022
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..deadlines.model import Recurring, walk
from ..text.fold import fold

#: The words that open the plan's own row, folded (lower case, NFC, new-style tones): (words, gloss).
ISSUE_THE_PLAN = (("ban hành kế hoạch", "issue the plan"), ("xây dựng và ban hành kế hoạch", "draft and issue the plan"),
                  ("xây dựng, ban hành kế hoạch", "draft and issue the plan"))
#: What the plan is about, folded: (words, gloss). "CCHC" is the usual abbreviation.
REFORM_WORDS = (("cải cách hành chính nhà nước", "state administrative reform"),
                ("cải cách hành chính", "administrative reform"), ("cchc", "administrative reform (abbreviation)"))
#: Words that may stand between the subject and the year without naming another plan: word -> gloss.
FILLER_WORDS = {"của": "of", "năm": "year", "trên": "in", "địa": "area (địa bàn)", "bàn": "area (địa bàn)"}
#: A periodic report row: "báo cáo" (report) with "định kỳ" (periodic) or a period word.
REPORT_WORDS = (("báo cáo", "report"),)
PERIODIC_WORDS = (("định kỳ", "periodic"), ("hàng quý", "quarterly"), ("hằng quý", "quarterly"),
                  ("hàng tháng", "monthly"), ("hằng tháng", "monthly"), ("6 tháng", "six-monthly"))

_YEAR = re.compile(r"\bnăm (\d{4})\b")
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=8192)
def _folded(text: str) -> str:
    return " ".join(fold(text).replace("/", " ").replace(",", " , ").split()).replace(" , ", ", ")


def is_the_plan_itself(task: Any, plan: Any) -> bool:
    """True when the task's content is "issue this plan": the opening words of :data:`ISSUE_THE_PLAN`,
    the reform words, then only the issuer's own place words and the plan year ("năm 2022").

    Another plan ("Ban hành Kế hoạch khảo sát …", "Kế hoạch CCHC năm 2022 của các xã") is not it.
    """
    text = task.content.text
    if len(text) > 200 or not text.lstrip()[:1] in ("B", "b", "X", "x"):  # "Ban hành …", "Xây dựng …" only
        return False
    content = _folded(text).rstrip(" .;")
    head = next((w for w, _ in ISSUE_THE_PLAN if content.startswith(w + " ")), None)
    if head is None:
        return False
    rest = content[len(head):].strip()
    subject = next((w for w, _ in REFORM_WORDS if rest.startswith(w + " ") or rest == w), None)
    if subject is None:
        return False
    rest = rest[len(subject):]
    years = [int(y) for y in _YEAR.findall(rest)]
    if years and (plan.plan_year is None or any(y != plan.plan_year for y in years)):
        return False
    issuer = set(_WORD.findall(_folded(plan.issuer or "")))
    words = _WORD.findall(_YEAR.sub(" ", rest))
    return all(w in issuer or w in FILLER_WORDS for w in words)


def is_periodic_report(task: Any) -> bool:
    """True when the row is a periodic report: "báo cáo" with "định kỳ" (or a period word) in its
    content or deadline cell ("Báo cáo kết quả thực hiện công tác CCHC định kỳ", 001 VII.5)."""
    text = _folded(task.content.text + " " + (task.deadline_cell.text if task.deadline_cell is not None else ""))
    return any(w in text for w, _ in REPORT_WORDS) and any(w in text for w, _ in PERIODIC_WORDS)


def reporting_cycle(plan: Any) -> Recurring | None:
    """The reporting cycle the plan's body gives: the first submission rule of ``plan.reporting``
    with named periods, as its recurring rule (with its day rule when it states one)."""
    for rule in getattr(plan, "reporting", ()):
        if rule.kind != "submission" or not [p for p in rule.periods if p != "period"]:
            continue
        for deadline in rule.deadlines:
            for part in walk(deadline.rule):
                if isinstance(part, Recurring) and any(p != "period" for p in part.periods):
                    return part
        return Recurring(tuple(p for p in rule.periods if p != "period"))  # type: ignore[arg-type]
    return None


def year_in_content(task: Any, plan_year: int | None) -> int | None:
    """The plan year when the task's content names it ("… năm 2022") and names no other year."""
    if plan_year is None:
        return None
    years = {int(y) for y in _YEAR.findall(_folded(task.content.text))}
    return plan_year if years == {plan_year} else None
