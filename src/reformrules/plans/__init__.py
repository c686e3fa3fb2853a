"""Read whole plans: header, body and appendix table into a ``Plan`` of ``Task`` values.

Examples:
    >>> from reformrules.plans import read_plan
    >>> plan = read_plan("Số: 1/KH-UBND\\nHà Nội, ngày 05 tháng 01 năm 2024\\n"
    ...                  "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024\\n", doc_id="x")
    >>> plan.number, plan.issued, plan.plan_year, plan.layout
    ('1/KH-UBND', datetime.date(2024, 1, 5), 2024, 'body_only')
"""

from .decode import decode_bytes
from .header import canonical_issuer, read_header
from .layouts import LAYOUTS, Detection, detect_layout
from .model import (BodyDeadline, Cell, CellFate, CellUse, Citation, DocumentNumber, LineRole, LineUse, Plan, PlanHeader,
                    ReportingRule, Section, Task)
from .evaluation import evaluate_plan
from .reader import read_plan

__all__ = [
    "LAYOUTS", "BodyDeadline", "Cell", "CellFate", "CellUse", "Citation", "Detection", "DocumentNumber", "LineRole", "LineUse", "Plan",
    "PlanHeader", "ReportingRule", "Section", "Task", "canonical_issuer", "decode_bytes", "detect_layout",
    "evaluate_plan", "read_header", "read_plan",
]
