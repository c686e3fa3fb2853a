"""Responsibility graph: who leads what in the five seed plans, and who holds those tasks today.

Reads each seed with the plan reader, builds the graph (task and agency nodes; lead, coordinate and
other-role edges; "(Mục V.2)" dependencies), prints the busiest lead agencies, tasks without a lead
and one agency's tasks in deadline order, renders one diagnostic, then asks who holds the functions
of seed 000's lead agencies on 2025-08-01, after the 2025 reorganisation (docs/domain.md §6).
Run: python examples/02_responsibility_graph.py
"""

from collections import Counter
from datetime import date
from pathlib import Path

from reformrules import Source, render
from reformrules.assignments import (
    Role, agency_tasks, build_graph, parse_assignment, responsible_now, task_order, tasks_without_lead, workload,
)
from reformrules.plans import read_plan

EXAMPLES = Path(__file__).resolve().parent
SEEDS = sorted((EXAMPLES / "plans").glob("00*.txt"))
TODAY = date(2025, 8, 1)  # a fixed day, so the output never depends on the clock


def main() -> None:
    graphs = {}
    for path in SEEDS:
        plan = read_plan(path.read_text(encoding="utf-8"), doc_id=path.name[:3])
        G = build_graph(plan)
        graphs[path.name[:3]] = G
        tasks = [n for n, d in G.nodes(data=True) if d["kind"] == "task"]
        leads = workload(G, Role.LEAD)
        top = sorted(leads.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        print(f"== {path.name}: {len(tasks)} tasks, {G.number_of_edges()} edges, issuer {G.graph['issuer']!r}")
        print("   leads most: " + "; ".join(f"{G.nodes[a]['name']} ({n})" for a, n in top))
        orphans = tasks_without_lead(G)
        print(f"   without a lead: {len(orphans)}" + (f" (e.g. {orphans[0][1]})" if orphans else ""))

    G = graphs["000"]
    print("\nSở Nội vụ's tasks in seed 000, by deadline:")
    for task in agency_tasks(G, "Sở Nội vụ", role=Role.LEAD):
        print(f"   {task[1]:6} due {G.nodes[task]['due'] or '(none)'}")
    order = [t[1] for t in task_order(G)]
    print(f"\nDependency: VI.1 comes after V.2 in the task order: {order.index('VI.1') > order.index('V.2')}")

    path = next(p for p in SEEDS if p.name.startswith("003"))
    source = Source(path.name, path.read_text(encoding="utf-8"))
    cell = "- Sở Tài chính chủ trì tham mưu"
    at = source.text.index(cell)
    a = parse_assignment(source.text[at : source.text.index("\n\n", at)], offset=at)
    print("\n" + render(next(d for d in a.diagnostics if d.code.value == "assignment.unknown_agency"), source))

    print(f"\nWho holds seed 000's lead functions on {TODAY.isoformat()}:")
    counts = Counter(agency for agency, _, key in G.edges(keys=True) if key == Role.LEAD.value)
    for node, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
        data = G.nodes[node]
        print(f"   {data['name']:45} {n:2} tasks -> {responsible_now(data['agency_id'] or data['name'], on=TODAY)}")


if __name__ == "__main__":
    main()
