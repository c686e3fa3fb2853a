"""Word's automatic numbering: the labels ("1.", "a)", "I.", "1.2.") Word shows but does not store as text.

A numbered paragraph stores only ``numPr`` (a numbering instance ``numId`` and a level ``ilvl``),
directly or through its style. The label comes from the instance's abstract numbering: the
level's start value, number format (decimal, lowerLetter, upperRoman …) and text pattern
("%1.%2." puts the counters of levels 1 and 2 there). Counters run over the whole document in
reading order; a level restarts after any paragraph of a higher level. Instances of one abstract
numbering share their counters unless the instance overrides a start value, as Word does.

Examples:
    >>> roman(4), letters(28), format_number(3, "upperLetter"), format_number(7, "decimalZero")
    ('iv', 'bb', 'C', '07')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
# Bullet characters of symbol fonts (Symbol, Wingdings) sit in the private-use area: shown as "-".
BULLET = "-"


def roman(n: int) -> str:
    out = []
    for value, digits in _ROMAN:
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def letters(n: int) -> str:
    """Word's letter numbering: a … z, then aa … zz, aaa …"""
    n = max(1, n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """A counter in one of Word's number formats (unknown formats as decimal)."""
    if fmt == "lowerLetter":
        return letters(n)
    if fmt == "upperLetter":
        return letters(n).upper()
    if fmt == "lowerRoman":
        return roman(n)
    if fmt == "upperRoman":
        return roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


def _val(element: Any, tag: str, default: str | None = None) -> str | None:
    child = element.find(W + tag) if element is not None else None
    if child is None:
        return default
    return child.get(W + "val", default)


@dataclass(frozen=True, slots=True)
class Level:
    start: int
    fmt: str
    text: str
    legal: bool
    style: str | None


@dataclass
class Numbering:
    """The numbering definitions of one document and the running counters."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # abstractNumId -> ilvl -> Level
    instances: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # numId -> (abstract, starts)
    counters: dict[Any, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def from_part(cls, root: Any | None) -> "Numbering":
        """Read ``word/numbering.xml`` (its root element), or an empty numbering when there is none."""
        numbering = cls()
        if root is None:
            return numbering
        for abstract in root.iter(W + "abstractNum"):
            levels = {}
            for lvl in abstract.iter(W + "lvl"):
                ilvl = int(lvl.get(W + "ilvl", "0"))
                levels[ilvl] = Level(int(_val(lvl, "start", "1") or 1), _val(lvl, "numFmt", "decimal") or "decimal",
                                     _val(lvl, "lvlText", "") or "", lvl.find(W + "isLgl") is not None,
                                     _val(lvl, "pStyle"))
            numbering.levels[abstract.get(W + "abstractNumId", "")] = levels
        for num in root.iter(W + "num"):
            starts = {}
            for override in num.iter(W + "lvlOverride"):
                start = _val(override, "startOverride")
                if start is not None:
                    starts[int(override.get(W + "ilvl", "0"))] = int(start)
            numbering.instances[num.get(W + "numId", "")] = (_val(num, "abstractNumId", "") or "", starts)
        return numbering

    def level_of_style(self, num_id: str, style_id: str | None) -> int:
        """The level a style is tied to in a numbering (``w:pStyle`` in a level), else 0."""
        abstract = self.instances.get(num_id, ("", {}))[0]
        for ilvl, level in self.levels.get(abstract, {}).items():
            if style_id and level.style == style_id:
                return ilvl
        return 0

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The label of the next paragraph numbered (``num_id``, ``ilvl``); advances the counters.

        ``None`` for "no numbering" (numId 0, an unknown instance or level) and for an empty label.
        """
        if num_id in ("", "0") or num_id not in self.instances:
            return None
        abstract, starts = self.instances[num_id]
        levels = self.levels.get(abstract, {})
        if ilvl not in levels:
            return None
        key: Any = ("num", num_id) if starts else ("abstract", abstract)
        counters = self.counters.setdefault(key, {})
        level = levels[ilvl]
        start = starts.get(ilvl, level.start)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            text = level.text.strip()
            return text if text and text.isprintable() and not _private_use(text) and text in "-–+*•o" else BULLET
        label = level.text
        for k in range(9):
            placeholder = f"%{k + 1}"
            if placeholder in label:
                inner = levels.get(k, level)
                value = counters.get(k, starts.get(k, inner.start))
                fmt = "decimal" if level.legal and k < ilvl else inner.fmt
                label = label.replace(placeholder, format_number(value, fmt))
        return label.strip() or None


def _private_use(text: str) -> bool:
    return any(0xE000 <= ord(ch) <= 0xF8FF for ch in text)
