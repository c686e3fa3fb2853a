"""Located text in, file coordinates out: the one helper every parser uses.

A parser's text argument is a plain ``str`` or a :class:`reformrules.document.Located` (a cell
or paragraph of a read document). A parser works on ``located.text`` as on any string, then maps
what it found back: :meth:`Place.span` turns a span of the text into a span of the document's
source (through the ``Located``'s ``SourceMap`` when the text was stitched across hard wraps),
:meth:`Place.diagnostics` does the same to diagnostics. For a plain ``str`` the place is the
identity (``offset`` shifts, as ``parse_assignment(..., offset=)`` did).

Parsers:

- ``parse_deadline``/``find_deadlines`` (``reformrules.deadlines``) use it;
- ``parse_assignment`` and ``parse_targets`` are expected to call :func:`place_of` in the same way.

A :class:`reformrules.text.prepared.Prepared` text is accepted too: its (NFC) text and its place.

Examples:
    >>> from reformrules.document import Located
    >>> from reformrules.source import Source, SourceMap, Span
    >>> src = Source("p.md", "x\\nQuý II\\n/2026")
    >>> cell = Located("Quý II /2026", Span(2, 14), SourceMap(((0, 2, 6), (7, 9, 5))))
    >>> text, place = place_of(cell)
    >>> text, place.span(Span(7, 12)).slice(src.text)
    ('Quý II /2026', '/2026')
    >>> place_of("Quý II/2026")[1].span(Span(0, 3))
    Span(start=0, end=3)
    >>> place_of(3)
    Traceback (most recent call last):
    ...
    TypeError: text must be str or reformrules.document.Located, not int
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Union

from ..diagnostics import Diagnostic
from ..source import Span

if TYPE_CHECKING:  # pragma: no cover
    from ..document.model import Located
    from .prepared import Prepared

__all__ = ["Place", "TextInput", "place_of"]

TextInput = Union[str, "Located", "Prepared"]


class Place:
    """Where a parsed text stands: maps its spans to file coordinates."""

    __slots__ = ("located", "offset")

    def __init__(self, located: Located | None = None, offset: int = 0):
        self.located = located
        self.offset = offset

    @property
    def is_identity(self) -> bool:
        return self.located is None and not self.offset

    def span(self, span: Span | None) -> Span | None:
        """``span`` of the text as a span of the file (``None`` stays ``None``)."""
        if span is None:
            return None
        if self.located is not None:
            return self.located.to_source(span)
        return span.shift(self.offset) if self.offset else span

    def diagnostic(self, diagnostic: Diagnostic) -> Diagnostic:
        if diagnostic.span is None or self.is_identity:
            return diagnostic
        return replace(diagnostic, span=self.span(diagnostic.span))

    def diagnostics(self, diagnostics: tuple[Diagnostic, ...]) -> tuple[Diagnostic, ...]:
        """``diagnostics`` with their spans in file coordinates."""
        if self.is_identity:
            return diagnostics
        return tuple(self.diagnostic(d) for d in diagnostics)


_IDENTITY = Place()


def place_of(text: object, offset: int = 0) -> tuple[str, Place]:
    """The string to parse and its :class:`Place`; ``TypeError`` for anything but str/Located."""
    if isinstance(text, str):
        return text, (Place(None, offset) if offset else _IDENTITY)
    from ..document.model import Located
    from .prepared import Prepared

    if isinstance(text, Prepared):  # prepared once for every parser (text/prepared.py)
        return text.text, text.place

    if isinstance(text, Located):
        return text.text, Place(text)
    raise TypeError(f"text must be str or reformrules.document.Located, not {type(text).__name__}")
