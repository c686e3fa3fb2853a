"""References between tasks: task ids, section numbers and cross-references such as "(Mục V.2)".

A low-layer module: the plan reader *emits* :class:`Dependency` values from the text of its rows,
the deadline engine may emit them from ``After`` rules, and the assignment graph *accepts* them.
Nothing here imports a domain package.

Examples:
    >>> ref = TaskRef("000", ("V", "2"))
    >>> str(ref)
    '000#V.2'
    >>> [str(r) for r in find_cross_refs("… được phê duyệt (Mục V.2)")]
    ['Mục V.2 -> V.2 @18:25']
    >>> roman_to_int("XIV"), int_to_roman(14)
    (14, 'XIV')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .source import Span
from .text.fold import fold

# Words that introduce a reference to another part of the same plan. Folded forms; English gloss
# after each. Source: the seed plans (000 line 698: "(Mục V.2)").
REF_WORDS: tuple[tuple[str, str], ...] = (
    ("mục", "section / item"),
    ("tiểu mục", "sub-item"),
    ("phần", "part"),
)
# Not "điểm" (lettered point): "điểm c" would read as the Roman numeral C.

_ROMAN_VALUES = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
# "V.2", "II.3.a", "IV"; the first part is a Roman numeral (folded: lower case).
_PATH = r"[ivxlc]+(?:\.\d{1,3})*(?:\.[a-zđ])?"
_CROSS_REF = re.compile(
    r"(?<![\w])(?:" + "|".join(sorted((re.escape(w) for w, _ in REF_WORDS), key=len, reverse=True))
    + r")\s+(" + _PATH + r")(?![\w.])"
)

DependencyKind = Literal["after", "see"]


def is_roman(text: str) -> bool:
    """True when ``text`` is an upper-case Roman numeral ("I" … "MMM").

    Examples:
        >>> is_roman("VII"), is_roman("IIII"), is_roman(""), is_roman("vii")
        (True, False, False, False)
    """
    return bool(text) and _ROMAN.fullmatch(text) is not None


def roman_to_int(text: str) -> int:
    """The value of an upper-case Roman numeral; ``ValueError`` when it is not one.

    Examples:
        >>> roman_to_int("IV")
        4
    """
    if not is_roman(text):
        raise ValueError(f"not a Roman numeral: {text!r}")
    total, rest = 0, text
    for value, letters in _ROMAN_VALUES:
        while rest.startswith(letters):
            total += value
            rest = rest[len(letters):]
    return total


def int_to_roman(value: int) -> str:
    """An integer from 1 to 3999 as an upper-case Roman numeral.

    Examples:
        >>> int_to_roman(4), int_to_roman(9)
        ('IV', 'IX')
    """
    if not 0 < value < 4000:
        raise ValueError(f"no Roman numeral for {value}")
    out = []
    for number, letters in _ROMAN_VALUES:
        count, value = divmod(value, number)
        out.append(letters * count)
    return "".join(out)


def split_task_id(task_id: str) -> tuple[str, ...]:
    """A dotted task id ("II.3", "1.2", "II.4.b") as its path of parts.

    Examples:
        >>> split_task_id("II.3")
        ('II', '3')
        >>> split_task_id(" 1.2. ")
        ('1', '2')
    """
    return tuple(part for part in task_id.strip().split(".") if part)


@dataclass(frozen=True, slots=True)
class TaskRef:
    """A task of a document: its doc id and its path ("V", "2"). A hashable graph node.

    Examples:
        >>> TaskRef.parse("000", "VI.1")
        TaskRef(doc_id='000', path=('VI', '1'))
        >>> TaskRef("000", ("VI", "1")).id
        'VI.1'
    """

    doc_id: str
    path: tuple[str, ...]

    @classmethod
    def parse(cls, doc_id: str, task_id: str) -> TaskRef:
        """The ref of a dotted task id in a document."""
        return cls(doc_id, split_task_id(task_id))

    @property
    def id(self) -> str:
        """The dotted task id without the document."""
        return ".".join(self.path)

    def __str__(self) -> str:
        return f"{self.doc_id}#{self.id}"


@dataclass(frozen=True, slots=True)
class CrossRef:
    """A reference to another part of the plan found in running text ("Mục V.2").

    ``span`` is relative to the text that was searched; ``path`` is normalised (Roman part in
    upper case, lettered part in lower case).
    """

    text: str
    path: tuple[str, ...]
    span: Span

    def __str__(self) -> str:
        return f"{self.text} -> {'.'.join(self.path)} @{self.span}"


@dataclass(frozen=True, slots=True)
class Dependency:
    """An edge: ``task`` depends on ``on`` (another task, or an event named in the text).

    ``kind`` is ``"see"`` for an explicit cross-reference and ``"after"`` for a deadline that
    waits for an event or another task. ``span`` locates the evidence in the source file.

    Examples:
        >>> d = Dependency(TaskRef("000", ("VI", "1")), TaskRef("000", ("V", "2")), "see", Span(5, 13))
        >>> str(d)
        '000#VI.1 -> 000#V.2 (see)'
    """

    task: TaskRef
    on: TaskRef | str
    kind: DependencyKind
    span: Span | None = None

    def __str__(self) -> str:
        on = str(self.on) if isinstance(self.on, TaskRef) else f'"{self.on}"'
        return f"{self.task} -> {on} ({self.kind})"


def _normalise_path(raw: str) -> tuple[str, ...]:
    parts = split_task_id(raw)
    head, rest = parts[0].upper(), parts[1:]
    return (head, *rest)


def find_cross_refs(text: str) -> tuple[CrossRef, ...]:
    """Every reference such as "Mục V.2" or "mục II.3" in ``text``, with spans into ``text``.

    Matching is on the folded text, so case, NBSP and line breaks between the words do not
    matter; the path must start with a Roman numeral.

    Examples:
        >>> find_cross_refs("theo Mục\\u00a0II.3 và mục IV")[1].path
        ('IV',)
        >>> find_cross_refs("mục tiêu năm 2018")
        ()
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    lowered = text.lower()
    if not any(word.split()[-1] in lowered for word, _ in REF_WORDS):
        return ()  # every reference holds one of the words; most cells hold none
    found = []
    for match in _CROSS_REF.finditer(fold(text)):
        path = _normalise_path(match.group(1))
        if not is_roman(path[0]):
            continue
        span = Span(match.start(), match.end())
        found.append(CrossRef(span.slice(text), path, span))
    return tuple(found)
