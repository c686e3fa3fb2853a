"""Collect-or-raise, once for every parser.

Every parser has two modes: ``"collect"`` (the default) never raises on a ``str`` and returns its
findings as diagnostics; ``"raise"`` raises one :class:`~reformrules.errors.ParseError` carrying
every error. :func:`check_mode` validates the argument; :class:`Collector` gathers diagnostics
while a parser works and :meth:`Collector.finish` (or :func:`raise_on_errors` for diagnostics
gathered elsewhere) applies the mode.

Examples:
    >>> from reformrules.diagnostics import Code
    >>> out = Collector()
    >>> out.info(Code.TEXT_NORMALIZED, "not NFC")
    >>> out.error(Code.TEXT_EMPTY, "empty phrase")
    >>> [d.code.value for d in out.finish("", "collect")]
    ['text.normalized', 'text.empty']
    >>> out.finish("", "raise")
    Traceback (most recent call last):
    ...
    reformrules.errors.ParseError: cannot parse '': text.empty: empty phrase
    >>> check_mode("loud")
    Traceback (most recent call last):
    ...
    ValueError: mode must be 'collect' or 'raise', not 'loud'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from ..diagnostics import Code, Diagnostic, Severity, error, info, warning
from ..errors import ParseError
from ..source import Span

__all__ = ["Collector", "Mode", "check_mode", "errors_of", "raise_on_errors"]

Mode = Literal["collect", "raise"]


def check_mode(mode: object) -> None:
    """``ValueError`` unless ``mode`` is ``"collect"`` or ``"raise"``."""
    if mode not in ("collect", "raise"):
        raise ValueError(f"mode must be 'collect' or 'raise', not {mode!r}")


def errors_of(diagnostics: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    """The error diagnostics among ``diagnostics``, in order."""
    return tuple(d for d in diagnostics if d.severity is Severity.ERROR)


def raise_on_errors(text: str, diagnostics: Iterable[Diagnostic], mode: Mode) -> None:
    """In ``raise`` mode, one :class:`ParseError` with every error of ``diagnostics``."""
    if mode == "raise":
        errors = errors_of(diagnostics)
        if errors:
            raise ParseError(text, errors)


class Collector(list):
    """A list of diagnostics with shorthands to add them and to apply the mode at the end."""

    __slots__ = ()

    def error(self, code: Code, message: str, span: Span | None = None, **data: object) -> None:
        self.append(error(code, message, span, **data))

    def warning(self, code: Code, message: str, span: Span | None = None, **data: object) -> None:
        self.append(warning(code, message, span, **data))

    def info(self, code: Code, message: str, span: Span | None = None, **data: object) -> None:
        self.append(info(code, message, span, **data))

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self)

    def finish(self, text: str, mode: Mode) -> tuple[Diagnostic, ...]:
        """The diagnostics (duplicates dropped, order kept); raises in ``raise`` mode on an error."""
        found = tuple(dict.fromkeys(self))
        raise_on_errors(text, found, mode)
        return found
