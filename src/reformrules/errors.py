"""Exceptions. Data problems in user input are diagnostics; these are for misuse and strict mode."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .diagnostics import Diagnostic


class ReformRulesError(Exception):
    """Base class of every exception this library raises on purpose."""


class ParseError(ReformRulesError, ValueError):
    """Raised in ``mode="raise"`` when a phrase has errors; carries all of them.

    Examples:
        >>> from reformrules import parse_deadline
        >>> try:
        ...     parse_deadline("ngay trong tuần tới", mode="raise")
        ... except ParseError as exc:
        ...     print(exc.diagnostics[0].code.value)
        deadline.unparsed
    """

    def __init__(self, text: str, diagnostics: tuple[Diagnostic, ...]):
        self.text = text
        self.diagnostics = diagnostics
        lines = "; ".join(f"{d.code.value}: {d.message}" for d in diagnostics)
        super().__init__(f"cannot parse {text!r}: {lines}")


class PlanReadError(ReformRulesError, ValueError):
    """A plan file that cannot be read at all (empty, binary, wrong encoding, not a plan)."""

    def __init__(self, path: str, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class LexiconError(ReformRulesError):
    """A packaged data table is broken: a packaging bug, raised at load time."""

    def __init__(self, file: str, line: int, message: str):
        self.file = file
        self.line = line
        super().__init__(f"{file}:{line}: {message}")


class UnknownRuleError(ReformRulesError, TypeError):
    """A value given as a deadline rule is not a rule kind the schedule knows (a programming error:
    a new rule kind was added to ``deadlines/model.py`` without its reading in ``deadlines/schedule.py``)."""


class InputFileError(ReformRulesError, ValueError):
    """A progress or actuals input that cannot be read at all (no such file, wrong format, missing
    columns), or a bad row in strict mode; the message names the file and the row."""
