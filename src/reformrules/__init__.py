"""reformrules: read Vietnamese administrative-reform plans into facts a program can act on."""

from .context import PlanContext, Policy
from .diagnostics import Code, Diagnostic, Severity, render
from .errors import LexiconError, ParseError, PlanReadError, ReformRulesError
from .source import Source, Span

__all__ = [
    "Code", "Diagnostic", "LexiconError", "ParseError", "PlanContext", "PlanReadError", "Policy",
    "ReformRulesError", "Severity", "Source", "Span", "render",
]
