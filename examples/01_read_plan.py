"""Read a whole plan: its header, then every task with its deadline and lead agency, as a table;
then the plan's targets and the findings.

Run: python examples/01_read_plan.py [path]      (default: seed 004, Ninh Hòa 2022)
"""

import sys
from pathlib import Path

from reformrules.diagnostics import render
from reformrules.plans import read_plan

DEFAULT = Path(__file__).resolve().parent / "plans" / "004_507df5ea52532140.txt"


def one_line(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    plan = read_plan(path)
    print(f"{plan.doc_id}: {plan.number} of {plan.issuer}, issued {plan.issued or plan.issued_month}, "
          f"plan year {plan.plan_year}, layout {plan.layout}, {len(plan.tasks)} tasks")
    print()
    print(f"{'task':7} {'line':>4}  {'deadline as written':40} {'rule':40} {'due':10}  {'lead':28} task")
    for task in plan.tasks:
        rule = str(task.deadline) if task.deadline else "-"
        due = task.deadline.due.isoformat() if task.deadline and task.deadline.due else "-"
        lead = ", ".join(m.name for m in task.assignment.lead) if task.assignment and task.assignment.lead else "-"
        print(f"{task.id:7} {task.line:>4}  {one_line(task.deadline_text or '-', 40):40} {one_line(rule, 40):40} "
              f"{due:10}  {one_line(lead, 28):28} {one_line(task.content.text, 40)}")
    if plan.targets:
        print()
        for target in plan.targets:
            print(f"target {target.id:12} {str(target):28} {one_line(target.subject, 70)}")
    if plan.dependencies:
        print()
        for edge in plan.dependencies:
            print(f"depends: {edge}")
    print()
    print(f"{len(plan.diagnostics)} findings; warnings:")
    for diagnostic in plan.diagnostics:
        if diagnostic.severity.value == "warning":
            print(render(diagnostic, plan.source))


if __name__ == "__main__":
    main()
