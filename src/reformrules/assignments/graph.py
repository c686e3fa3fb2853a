"""The responsibility graph: tasks, agencies, who does what, and which task waits on which.

``build_graph(plan)`` returns a :class:`networkx.MultiDiGraph`:

- task nodes ``("task", "II.3")`` with ``kind="task"``, ``label`` (the task id) and ``due``
  (ISO date or ``""``);
- agency nodes ``("agency", key)`` where ``key`` is the lexicon id ("so-noi-vu") or, for an
  agency the lexicon does not know or a generic group, its canonical name; attributes ``kind``,
  ``name``, ``agency_id`` (or ``""``) and ``generic``; a body written with a place
  ("UBND thành phố Hà Nội": key ``ubnd-tinh@hà nội``) keeps that key only when the plan names the
  body in two or more places, otherwise it is one node with the body written without a place;
- one edge ``agency -> task`` per (role, agency) pair of the task's assignment, with key and
  ``role`` = the role's value (``lead``, ``coordinate``, ``recipient`` …);
- one edge ``task -> task`` with key and ``role`` = ``depends_on`` per dependency ("(Mục V.2)").

The plan is duck-typed: any object with ``.tasks`` (each with ``.id``, ``.assignment`` or
``.assignment_text``, and ``.deadline.due``), optionally ``.dependencies`` (each with ``.task``
and ``.on``: a task id, or an object with ``.path``) and ``.context`` (a ``PlanContext`` whose
issuer resolves names). Query functions are plain functions over the graph, networkx style.

Examples:
    >>> from types import SimpleNamespace as NS
    >>> plan = NS(tasks=[
    ...     NS(id="V.2", assignment_text="Sở Nội vụ chủ trì, phối hợp với Sở Tài chính", deadline=None),
    ...     NS(id="VI.1", assignment_text="Sở Tài chính chủ trì (Mục V.2)", deadline=None)])
    >>> G = build_graph(plan)
    >>> sorted(G.edges(keys=True))[:2]
    [(('agency', 'so-noi-vu'), ('task', 'V.2'), 'lead'), (('agency', 'so-tai-chinh'), ('task', 'V.2'), 'coordinate')]
    >>> task_order(G)
    [('task', 'V.2'), ('task', 'VI.1')]
    >>> workload(G)[("agency", "so-tai-chinh")]
    2
"""

from __future__ import annotations

from datetime import date
from typing import Any, Iterable

import networkx as nx

from ..context import PlanContext
from ..text.fold import fold
from .model import AgencyMention, Assignment, Party, Role
from .parser import parse_assignment

DEPENDS_ON = "depends_on"
TaskNode = tuple[str, str]


def task_node(task_id: str) -> TaskNode:
    """The node of a task id.

    Examples:
        >>> task_node("II.3")
        ('task', 'II.3')
    """
    return ("task", task_id)


def agency_node(mention: AgencyMention) -> tuple[str, str]:
    """The node of an agency mention: its lexicon id, or its canonical name.

    Examples:
        >>> from reformrules.assignments import parse_assignment
        >>> a = parse_assignment("Sở Y tế chủ trì, phối hợp với các cơ quan liên quan")
        >>> [agency_node(p.mention) for p in a.edges()]
        [('agency', 'so-y-te'), ('agency', 'group:co-quan+lien-quan')]
    """
    return ("agency", mention.key)


def build_graph(plan: Any) -> nx.MultiDiGraph:
    """The responsibility graph of ``plan`` (see the module docstring for its shape).

    A task's ``.assignment`` is used when it is an :class:`Assignment`; otherwise its
    ``.assignment_text`` is parsed with the plan's context. Dependencies on task ids that are
    not in the plan are listed in ``G.graph["dangling"]``, dependencies on events (text such as
    "UBND tỉnh có hướng dẫn") in ``G.graph["events"]``, instead of becoming nodes. When the plan
    has no ``.dependencies``, "(Mục V.2)" references in assignment texts are used.

    Examples:
        >>> from types import SimpleNamespace as NS
        >>> G = build_graph(NS(tasks=[NS(id="I.1", assignment_text="Văn phòng UBND tỉnh chủ trì")]))
        >>> G.nodes[("agency", "van-phong-ubnd-tinh")]["name"]
        'Văn phòng Ủy ban nhân dân tỉnh'
    """
    ctx = getattr(plan, "context", None)
    if not isinstance(ctx, PlanContext):
        issuer = getattr(ctx, "issuer", None) or getattr(plan, "issuer", None)
        ctx = PlanContext(issuer=issuer if isinstance(issuer, str) else None)
    G = nx.MultiDiGraph(issuer=ctx.issuer or "", dangling=[], events=[])
    texts: dict[str, str] = {}
    read: list[tuple[str, Assignment | None]] = []
    for task in plan.tasks:
        task_id = str(task.id)
        deadline = getattr(task, "deadline", None)
        due = getattr(deadline, "due", None)
        G.add_node(task_node(task_id), kind="task", label=task_id, due=due.isoformat() if isinstance(due, date) else "")
        assignment = getattr(task, "assignment", None)
        text = getattr(task, "assignment_text", None)
        if not isinstance(assignment, Assignment):
            assignment = parse_assignment(text, ctx) if isinstance(text, str) and text.strip() else None
        read.append((task_id, assignment, assignment.edges() if assignment is not None else ()))
    one_place = _bodies_of_one_place(edges for _, _, edges in read)
    for task_id, assignment, edges in read:
        if assignment is None:
            continue
        node = task_node(task_id)
        texts[task_id] = assignment.text
        for party in edges:
            a = agency_node(party.mention)
            if party.mention.place and party.mention.agency_id in one_place:
                a = ("agency", party.mention.agency_id)
            if a not in G:
                G.add_node(a, kind="agency", name=party.mention.name, agency_id=party.mention.agency_id or "",
                           generic=party.mention.generic)
            G.add_edge(a, node, key=party.role.value, role=party.role.value)
    dependencies = getattr(plan, "dependencies", None)
    pairs = ([(_task_id(d.task), _task_id(d.on)) for d in dependencies] if dependencies is not None
             else [(t, on) for t, text in texts.items() for on in _section_refs(text)])
    for task_id, on in pairs:
        if on is None or task_id is None:
            continue
        if task_node(task_id) in G and task_node(on) in G:
            G.add_edge(task_node(task_id), task_node(on), key=DEPENDS_ON, role=DEPENDS_ON)
        elif " " in on.strip():  # an event ("UBND tỉnh có hướng dẫn"), not a task id
            G.graph["events"].append((task_id, on))
        else:
            G.graph["dangling"].append((task_id, on))
    return G


def _bodies_of_one_place(edges_of_tasks: Iterable[Iterable[Party]]) -> set[str]:
    """Lexicon ids that the plan names with at most one place (over the edges of every task's
    assignment): "Ban Quản lý Khu kinh tế" and "Ban Quản lý Khu kinh tế tỉnh Đồng Tháp" in one
    provincial plan are one node, while the committees of Hà Nội and of Hồ Chí Minh City in a
    national plan stay two."""
    places: dict[str, set[str]] = {}
    for edges in edges_of_tasks:
        for party in edges:
            mention = party.mention
            if mention.agency_id and mention.place:
                places.setdefault(mention.agency_id, set()).add(mention.place)
    return {agency_id for agency_id, seen in places.items() if len(seen) == 1}


def _task_id(ref: Any) -> str | None:
    """A task id from a dependency end: a str, or an object with ``.path`` (a TaskRef)."""
    if ref is None:
        return None
    if isinstance(ref, str):
        return ref
    path = getattr(ref, "path", None)
    if isinstance(path, (tuple, list)):
        return ".".join(str(p) for p in path)
    return str(ref)


def _section_refs(text: str) -> list[str]:
    """Task ids in "(Mục V.2)" references (a fallback when the plan gives no dependencies)."""
    folded = fold(text)
    out = []
    start = folded.find("(mục ")
    while start != -1:
        end = folded.find(")", start)
        if end == -1:
            break
        ref = text[start + 5 : end].strip()
        if ref and all(part.isdigit() or part.isalpha() for part in ref.split(".")):
            out.append(ref)
        start = folded.find("(mục ", end)
    return out


def _tasks(G: nx.MultiDiGraph) -> list[TaskNode]:
    return [n for n, d in G.nodes(data=True) if d.get("kind") == "task"]


def _resolve_agency(G: nx.MultiDiGraph, agency: Any) -> tuple[str, str]:
    if isinstance(agency, tuple):
        return agency
    if isinstance(agency, AgencyMention):
        return agency_node(agency)
    if ("agency", agency) in G:
        return ("agency", agency)
    for n, d in G.nodes(data=True):
        if d.get("kind") == "agency" and fold(d.get("name", "")) == fold(str(agency)):
            return n
    raise nx.NodeNotFound(f"agency {agency!r} is not in the graph")


def workload(G: nx.MultiDiGraph, role: Role | str | None = None) -> dict[tuple[str, str], int]:
    """Number of distinct tasks per agency, for one role (``None``: any role).

    Examples:
        >>> from types import SimpleNamespace as NS
        >>> G = build_graph(NS(tasks=[NS(id="1", assignment_text="Sở Nội vụ chủ trì")]))
        >>> workload(G, Role.LEAD)
        {('agency', 'so-noi-vu'): 1}
    """
    wanted = Role(role).value if role is not None else None
    out: dict[tuple[str, str], int] = {}
    for n, d in G.nodes(data=True):
        if d.get("kind") != "agency":
            continue
        tasks = {v for _, v, k in G.out_edges(n, keys=True) if wanted is None or k == wanted}
        if tasks:
            out[n] = len(tasks)
    return out


def tasks_without_lead(G: nx.MultiDiGraph) -> list[TaskNode]:
    """Task nodes that no agency leads, in plan order.

    Examples:
        >>> from types import SimpleNamespace as NS
        >>> tasks_without_lead(build_graph(NS(tasks=[NS(id="1", assignment_text="Các sở phối hợp")])))
        [('task', '1')]
    """
    return [t for t in _tasks(G) if not any(k == Role.LEAD.value for _, _, k in G.in_edges(t, keys=True))]


def agency_tasks(G: nx.MultiDiGraph, agency: Any, role: Role | str | None = None) -> list[TaskNode]:
    """An agency's tasks in deadline order (tasks without a due date last, then plan order).

    ``agency`` is a node, an agency id, a canonical name or an :class:`AgencyMention`.

    Examples:
        >>> from types import SimpleNamespace as NS
        >>> from datetime import date
        >>> plan = NS(tasks=[NS(id="1", assignment_text="Sở Y tế chủ trì", deadline=NS(due=date(2022, 9, 30))),
        ...                  NS(id="2", assignment_text="Sở Y tế chủ trì", deadline=NS(due=date(2022, 3, 31)))])
        >>> agency_tasks(build_graph(plan), "Sở Y tế")
        [('task', '2'), ('task', '1')]
    """
    node = _resolve_agency(G, agency)
    wanted = Role(role).value if role is not None else None
    order = {t: i for i, t in enumerate(_tasks(G))}
    tasks = {v for _, v, k in G.out_edges(node, keys=True) if wanted is None or k == wanted}
    return sorted(tasks, key=lambda t: (G.nodes[t]["due"] == "", G.nodes[t]["due"], order[t]))


def _dependency_view(G: nx.MultiDiGraph) -> nx.DiGraph:
    D = nx.DiGraph()
    D.add_nodes_from(_tasks(G))
    D.add_edges_from((u, v) for u, v, k in G.edges(keys=True) if k == DEPENDS_ON)
    return D


def dependency_cycles(G: nx.MultiDiGraph) -> list[list[TaskNode]]:
    """Cycles of ``depends_on`` edges (each a list of task nodes); empty when there is none.

    Examples:
        >>> from types import SimpleNamespace as NS
        >>> plan = NS(tasks=[NS(id="A", assignment_text="Sở Y tế chủ trì"), NS(id="B", assignment_text="Sở Y tế chủ trì")],
        ...           dependencies=[NS(task="A", on="B"), NS(task="B", on="A")])
        >>> sorted(map(sorted, dependency_cycles(build_graph(plan))))
        [[('task', 'A'), ('task', 'B')]]
    """
    return [list(c) for c in nx.simple_cycles(_dependency_view(G))]


def task_order(G: nx.MultiDiGraph) -> list[TaskNode]:
    """Tasks so that every task comes after the tasks it depends on (plan order otherwise).

    Raises :class:`networkx.NetworkXUnfeasible` when the dependencies have a cycle.

    Examples:
        >>> from types import SimpleNamespace as NS
        >>> plan = NS(tasks=[NS(id="A", assignment_text="Sở Y tế chủ trì"), NS(id="B", assignment_text="Sở Y tế chủ trì")],
        ...           dependencies=[NS(task="A", on="B")])
        >>> task_order(build_graph(plan))
        [('task', 'B'), ('task', 'A')]
    """
    D = _dependency_view(G).reverse(copy=True)
    order = {t: i for i, t in enumerate(_tasks(G))}
    return list(nx.lexicographical_topological_sort(D, key=lambda t: order[t]))


def to_node_link(G: nx.MultiDiGraph) -> dict[str, Any]:
    """The graph as node-link data (networkx's format, edges under ``"edges"``), JSON-ready.

    Node ids are ``"task:II.3"`` and ``"agency:so-noi-vu"`` strings.

    Examples:
        >>> from types import SimpleNamespace as NS
        >>> data = to_node_link(build_graph(NS(tasks=[NS(id="1", assignment_text="Sở Y tế chủ trì")])))
        >>> data["edges"]
        [{'source': 'agency:so-y-te', 'target': 'task:1', 'key': 'lead', 'role': 'lead'}]
    """
    def name(n: tuple[str, str]) -> str:
        return f"{n[0]}:{n[1]}"

    graph = {k: (list(map(list, v)) if isinstance(v, list) else v) for k, v in G.graph.items()}
    return {
        "directed": True,
        "multigraph": True,
        "graph": graph,
        "nodes": [{"id": name(n), **d} for n, d in G.nodes(data=True)],
        "edges": [{"source": name(u), "target": name(v), "key": k, **d} for u, v, k, d in G.edges(keys=True, data=True)],
    }


def to_graphml(G: nx.MultiDiGraph) -> str:
    """The graph as GraphML text (node ids ``"task:II.3"``, ``"agency:…"``).

    Examples:
        >>> from types import SimpleNamespace as NS
        >>> "agency:so-y-te" in to_graphml(build_graph(NS(tasks=[NS(id="1", assignment_text="Sở Y tế chủ trì")])))
        True
    """
    H = nx.relabel_nodes(G, {n: f"{n[0]}:{n[1]}" for n in G.nodes}, copy=True)
    H.graph = {"issuer": G.graph.get("issuer", "")}
    return "\n".join(nx.generate_graphml(H))


def edge_roles(G: nx.MultiDiGraph) -> Iterable[str]:
    """Every edge's role, e.g. to count them.

    Examples:
        >>> from types import SimpleNamespace as NS
        >>> sorted(edge_roles(build_graph(NS(tasks=[NS(id="1", assignment_text="Sở Y tế chủ trì")]))))
        ['lead']
    """
    return (d["role"] for _, _, d in G.edges(data=True))
