"""Small plan-like objects for the tracker tests: one task per deadline and assignment cell."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace as NS

from reformrules import PlanContext, Source, parse_assignment, parse_deadline

CTX_2022 = PlanContext(plan_year=2022, issued=date(2022, 1, 21), issuer="UBND tỉnh Khánh Hòa", doc_id="fake.txt")


def fake_plan(rows, ctx: PlanContext = CTX_2022, doc_id: str = "fake.txt", targets=(), content=None) -> NS:
    """A plan-like object: one task per ``(id, deadline cell, assignment cell)`` row.

    It has the attributes ``track`` reads; cells are parsed with ``ctx`` like the plan reader does.
    ``content`` maps a task id to its content cell (default "Nhiệm vụ <id>").
    """
    tasks = []
    for line, (task_id, deadline, assignment) in enumerate(rows, start=1):
        tasks.append(NS(
            id=task_id, section=NS(number=task_id.split(".")[0]),
            content=NS(text=(content or {}).get(task_id, f"Nhiệm vụ {task_id}")), product=None, targets=(),
            deadline=parse_deadline(deadline, ctx) if deadline is not None else None,
            deadline_cell=NS(text=deadline) if deadline is not None else None,
            assignment_cell=NS(text=assignment) if assignment else None,
            assignment=parse_assignment(assignment, ctx) if assignment else None, line=line))
    text = "\n".join(f"{r[0]}\t{r[1]}\t{r[2]}" for r in rows)
    return NS(context=ctx, doc_id=doc_id, tasks=tuple(tasks), source=Source(doc_id, text), targets=tuple(targets),
              header=NS(title="KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022"), number="12/QĐ-UBND", issuer=ctx.issuer,
              issued=ctx.issued, plan_year=ctx.plan_year, place="Khánh Hòa", reporting=(), dependencies=(),
              diagnostics=())
