"""Who is responsible: assignment cells to lead and coordinating agencies, and the responsibility graph.

Examples:
    >>> from reformrules.assignments import parse_assignment
    >>> a = parse_assignment("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính tham mưu UBND tỉnh")
    >>> str(a)
    'lead[Sở Kế hoạch và Đầu tư] coord[Sở Tài chính] recipient:Ủy ban nhân dân tỉnh'
"""

from .graph import (
    agency_tasks, build_graph, dependency_cycles, task_order, tasks_without_lead, to_graphml, to_node_link,
    workload,
)
from .model import AgencyMention, Assignment, Clause, Party, Role
from .parser import parse_assignment
from .resolve import AgencyResolver, Responsibility, responsible_now

__all__ = [
    "AgencyMention", "AgencyResolver", "Assignment", "Clause", "Party", "Responsibility", "Role",
    "agency_tasks", "build_graph", "dependency_cycles", "parse_assignment", "responsible_now", "task_order",
    "tasks_without_lead", "to_graphml", "to_node_link", "workload",
]
