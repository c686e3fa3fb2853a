"""reformrules: read Vietnamese administrative-reform plans into facts a program can act on.

The public façade: import from here. Names are loaded on first use (PEP 562), so
``import reformrules`` is cheap and a caller of ``parse_deadline`` never loads networkx (the
assignment graph) or pydantic (JSON): those load when a graph or JSON is asked for.

Examples:
    >>> import reformrules
    >>> reformrules.parse_deadline("Quý II/2026").due
    datetime.date(2026, 6, 30)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.1.0"

# public name -> the submodule that defines it
_EXPORTS: dict[str, str] = {}
for _module, _names in {
    "assignments": ("AgencyMention", "AgencyResolver", "Assignment", "Clause", "Party", "Responsibility", "Role",
                    "agency_tasks", "build_graph", "dependency_cycles", "parse_assignment", "responsible_now",
                    "task_order", "tasks_without_lead", "to_graphml", "to_node_link", "workload"),
    "context": ("PlanContext", "Policy"),
    "deadlines": ("After", "AllOf", "AnyOf", "Before", "By", "Condition", "DayRule", "Deadline", "From",
                  "Granularity", "Occurrence", "Offset", "Recurring", "Rule", "Unparsed", "Window", "Within",
                  "find_deadlines", "parse_deadline", "reporting_cutoff"),
    "diagnostics": ("Code", "Diagnostic", "Severity", "render"),
    "errors": ("LexiconError", "ParseError", "PlanReadError", "ReformRulesError"),
    "plans": ("BodyDeadline", "Cell", "Plan", "PlanHeader", "ReportingRule", "Section", "Task", "evaluate_plan",
              "read_plan"),
    "refs": ("Dependency", "TaskRef", "find_cross_refs"),
    "serialize": ("from_json", "json_schema", "to_data", "to_json"),
    "source": ("Source", "Span"),
    "targets": ("Actual", "Actuals", "Comparator", "Relative", "Target", "Verdict", "VerdictStatus",
                "VerdictTable", "evaluate", "evaluate_targets", "load_actuals", "parse_targets"),
    "tracker": ("Note", "PlanSummary", "Progress", "ProgressRow", "StatusReport", "TargetReport", "TaskReport",
                "TaskStatus", "load_progress", "track"),
    "workdays": ("WorkCalendar", "default_calendar"),
}.items():
    for _name in _names:
        _EXPORTS[_name] = _module
del _module, _names, _name

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'reformrules' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # the next access is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from .assignments import (AgencyMention, AgencyResolver, Assignment, Clause, Party, Responsibility, Role,
                              agency_tasks, build_graph, dependency_cycles, parse_assignment, responsible_now,
                              task_order, tasks_without_lead, to_graphml, to_node_link, workload)
    from .context import PlanContext, Policy
    from .deadlines import (After, AllOf, AnyOf, Before, By, Condition, DayRule, Deadline, From, Granularity,
                            Occurrence, Offset, Recurring, Rule, Unparsed, Window, Within, find_deadlines,
                            parse_deadline, reporting_cutoff)
    from .diagnostics import Code, Diagnostic, Severity, render
    from .errors import LexiconError, ParseError, PlanReadError, ReformRulesError
    from .plans import (BodyDeadline, Cell, Plan, PlanHeader, ReportingRule, Section, Task, evaluate_plan,
                        read_plan)
    from .refs import Dependency, TaskRef, find_cross_refs
    from .serialize import from_json, json_schema, to_data, to_json
    from .source import Source, Span
    from .targets import (Actual, Actuals, Comparator, Relative, Target, Verdict, VerdictStatus, VerdictTable,
                          evaluate, evaluate_targets, load_actuals, parse_targets)
    from .tracker import (Note, PlanSummary, Progress, ProgressRow, StatusReport, TargetReport, TaskReport,
                          TaskStatus, load_progress, track)
    from .workdays import WorkCalendar, default_calendar
