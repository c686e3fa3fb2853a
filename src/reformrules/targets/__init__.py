"""Targets: every numeric goal of a plan parsed into a comparison, and checked against actuals.

Examples:
    >>> from decimal import Decimal
    >>> from reformrules.targets import parse_targets, evaluate
    >>> t = parse_targets("Mức độ hài lòng của tổ chức, cá nhân đạt trên 84%")[0]
    >>> str(t), t.subject
    ('> 84%', 'Mức độ hài lòng của tổ chức, cá nhân')
    >>> str(evaluate(t, Decimal("84"))), str(evaluate(t, Decimal("84.1")))
    ('not_met (+0)', 'met (+0.1)')
"""

from .actuals import Actual, Actuals, load_actuals, read_value
from .evaluate import evaluate, evaluate_targets
from .model import Comparator, Relative, Target, Verdict, VerdictStatus, VerdictTable, parse_canonical
from .parser import parse_targets

__all__ = [
    "Actual", "Actuals", "Comparator", "Relative", "Target", "Verdict", "VerdictStatus", "VerdictTable",
    "evaluate", "evaluate_targets", "load_actuals", "parse_canonical", "parse_targets", "read_value",
]
