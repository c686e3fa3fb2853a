"""The tracker: where each task of a plan stands on an explicit as-of date, and why.

Examples:
    >>> from datetime import date
    >>> from reformrules.plans import read_plan
    >>> from reformrules.tracker import track
    >>> report = track(read_plan("examples/plans/004_507df5ea52532140.txt"), date(2022, 3, 25),
    ...                {"events": {"UBND tỉnh có hướng dẫn": "2022-03-01"}})
    >>> str(report)
    '004_507df5ea52532140.txt as of 2022-03-25: 1 overdue, 8 due_soon, 7 waiting, 17 open, 1 ongoing, 5 not_started, 15 unknown, 1 done'
"""

from .model import NOTHING_TRACKABLE_EXIT, STATUS_ORDER, Note, PlanSummary, StatusReport, TargetReport, TaskReport, TaskStatus
from .people import lead_mentions
from .progress import Progress, ProgressRow, load_progress, read_day
from .status import track
from .verdicts import plan_targets, target_prefix

__all__ = [
    "STATUS_ORDER", "Note", "PlanSummary", "Progress", "ProgressRow", "StatusReport", "TargetReport", "TaskReport",
    "NOTHING_TRACKABLE_EXIT", "TaskStatus", "lead_mentions", "load_progress", "plan_targets", "read_day", "target_prefix",
    "track",
]
