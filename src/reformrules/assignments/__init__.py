"""Who is responsible: assignment cells to lead and coordinating agencies, and the responsibility graph.

Examples:
    >>> from reformrules.assignments import parse_assignment
    >>> a = parse_assignment("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính tham mưu UBND tỉnh")
    >>> str(a)
    'lead[Sở Kế hoạch và Đầu tư] coord[Sở Tài chính] recipient:Ủy ban nhân dân tỉnh'
"""

from .lists import bounded_agency
from .model import AgencyMention, Assignment, Clause, Party, Role
from .parser import parse_assignment
from .resolve import AgencyResolver, Responsibility, responsible_now

__all__ = [
    "AgencyMention", "AgencyResolver", "Assignment", "Clause", "Party", "Responsibility", "Role",
    "agency_tasks", "bounded_agency", "build_graph", "dependency_cycles", "parse_assignment", "responsible_now", "task_order",
    "tasks_without_lead", "to_graphml", "to_node_link", "workload",
]

# The graph functions need networkx: they load on first use (PEP 562), so parsing never imports it.
_GRAPH = frozenset({"agency_tasks", "build_graph", "dependency_cycles", "task_order", "tasks_without_lead",
                    "to_graphml", "to_node_link", "workload"})


def __getattr__(name: str) -> object:
    if name in _GRAPH:
        from . import graph

        return getattr(graph, name)
    raise AttributeError(f"module 'reformrules.assignments' has no attribute {name!r}")
