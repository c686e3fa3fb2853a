"""reformrules: read Vietnamese administrative-reform plans into facts a program can act on.

The public façade: import from here. Submodules hold the implementation.
"""

from .assignments import (AgencyMention, AgencyResolver, Assignment, Clause, Party, Responsibility, Role, agency_tasks,
                          build_graph, dependency_cycles, parse_assignment, responsible_now, task_order,
                          tasks_without_lead, to_graphml, to_node_link, workload)
from .context import PlanContext, Policy
from .deadlines import (After, AllOf, AnyOf, By, Condition, DayRule, Deadline, From, Granularity, Occurrence,
                        Offset, Recurring, Rule, Unparsed, Window, Within, find_deadlines, parse_deadline,
                        reporting_cutoff)
from .diagnostics import Code, Diagnostic, Severity, render
from .errors import LexiconError, ParseError, PlanReadError, ReformRulesError
from .plans import (BodyDeadline, Cell, Plan, PlanHeader, ReportingRule, Section, Task, evaluate_plan,
                    read_plan)
from .refs import Dependency, TaskRef, find_cross_refs
from .serialize import from_json, json_schema, to_data, to_json
from .source import Source, Span
from .targets import (Actual, Actuals, Comparator, Relative, Target, Verdict, VerdictStatus, VerdictTable, evaluate,
                      evaluate_targets, load_actuals, parse_targets)
from .tracker import (Note, PlanSummary, Progress, ProgressRow, StatusReport, TargetReport, TaskReport, TaskStatus,
                      load_progress, track)
from .workdays import WorkCalendar, default_calendar

__version__ = "0.1.0"

__all__ = [
    "After", "AllOf", "AnyOf", "By", "Code", "Condition", "DayRule", "Deadline", "Diagnostic", "From",
    "Granularity", "LexiconError", "Occurrence", "Offset", "ParseError", "PlanContext", "PlanReadError",
    "Policy", "Recurring", "ReformRulesError", "Rule", "Severity", "Source", "Span", "Unparsed", "Window",
    "Within", "WorkCalendar", "default_calendar", "find_deadlines", "parse_deadline", "render",
    "from_json", "json_schema", "reporting_cutoff", "to_data", "to_json",
    # assignments
    "AgencyMention", "AgencyResolver", "Assignment", "Clause", "Party", "Responsibility", "Role",
    "agency_tasks", "build_graph", "dependency_cycles", "parse_assignment", "responsible_now", "task_order",
    "tasks_without_lead", "to_graphml", "to_node_link", "workload",
    # plans
    "BodyDeadline", "Cell", "Dependency", "Plan", "PlanHeader", "ReportingRule", "Section", "Task", "TaskRef",
    "evaluate_plan", "find_cross_refs", "read_plan",
    # tracker
    "Note", "PlanSummary", "Progress", "ProgressRow", "StatusReport", "TargetReport", "TaskReport", "TaskStatus",
    "load_progress", "track",
    # targets
    "Actual", "Actuals", "Comparator", "Relative", "Target", "Verdict", "VerdictStatus", "VerdictTable",
    "evaluate", "evaluate_targets", "load_actuals", "parse_targets",
]
