"""Labelled lines of a body item: "Cơ quan chủ trì: …", "Thời gian hoàn thành: …", "Sản phẩm: …".

Plans written without a table give a task's columns as labelled lines under a numbered item. The
labels are data (``LABELS``: the Vietnamese words, the field they fill, an English gloss),
matched on folded text (case, tone placement "Hoà/Hòa", NBSP, line breaks do not matter), with a
word in parentheses allowed between the words or before the colon ("Cơ quan chủ trì (thực
hiện):", "Thời hạn (dự kiến) hoàn thành:"). A label opens a block, or follows the end of a
sentence inside one ("… gửi Bộ Tài chính. Thời gian hoàn thành: Trước ngày 31/5/2026.").

Examples:
    >>> [(f.field, f.label, f.value) for f in find_labels("Đơn vị chủ trì: Sở Khoa học và Công nghệ.")]
    [('lead', 'Đơn vị chủ trì', 'Sở Khoa học và Công nghệ.')]
    >>> [(f.field, f.value) for f in find_labels("Tổng hợp kết quả. THỜI GIAN HOÀN THÀNH: Trước ngày 31/5/2026.")]
    [('deadline', 'Trước ngày 31/5/2026.')]
    >>> [(f.field, f.label) for f in find_labels("Cơ quan chủ trì (thực hiện): Sở Tài chính")]
    [('lead', 'Cơ quan chủ trì (thực hiện)')]
    >>> find_labels("Thời gian qua, các cơ quan đã triển khai")
    ()
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..text.fold import fold

Field = Literal["lead", "implementer", "coordinators", "deadline", "product", "content"]

# (label words, field, gloss). Longest match wins, so "thời gian hoàn thành" beats "thời gian".
LABELS: tuple[tuple[str, Field, str], ...] = (
    ("cơ quan chủ trì", "lead", "lead agency"),
    ("đơn vị chủ trì", "lead", "lead unit"),
    ("chủ trì", "lead", "lead"),
    ("cơ quan thực hiện", "implementer", "agency carrying it out"),
    ("đơn vị thực hiện", "implementer", "unit carrying it out"),
    ("trách nhiệm thực hiện", "implementer", "responsible for carrying it out"),
    ("cơ quan phối hợp", "coordinators", "coordinating agencies"),
    ("đơn vị phối hợp", "coordinators", "coordinating units"),
    ("phối hợp", "coordinators", "coordinating"),
    ("thời gian thực hiện", "deadline", "time of implementation"),
    ("thời gian hoàn thành", "deadline", "completion time"),
    ("thời hạn hoàn thành", "deadline", "completion deadline"),
    ("thời hạn thực hiện", "deadline", "deadline of implementation"),
    ("thời hạn ban hành", "deadline", "deadline for issuing"),
    ("thời hạn trình", "deadline", "deadline for submitting"),
    ("thời gian", "deadline", "time"),
    ("thời hạn", "deadline", "deadline"),
    ("tiến độ thực hiện", "deadline", "schedule of implementation"),
    ("tiến độ hoàn thành", "deadline", "completion schedule"),
    ("tiến độ", "deadline", "schedule"),
    ("sản phẩm", "product", "product"),
    ("sản phẩm dự kiến", "product", "expected product"),
    ("kết quả dự kiến", "product", "expected result"),
    ("hình thức văn bản", "product", "form of the document"),
    ("nội dung", "content", "content"),
    ("nội dung thực hiện", "content", "content to carry out"),
    ("nhiệm vụ", "content", "task"),
)

# What a parenthesised insertion inside a label may look like: a few words, no colon.
_INSERT = r"(?:\s*\([^():]{1,40}\))?"


@dataclass(frozen=True, slots=True)
class LabelledField:
    """A label found in a text: its field, the label as written and the value after its colon.

    ``label_start``/``value_start``/``value_end`` are offsets into the text searched.
    """

    field: Field
    label: str
    value: str
    label_start: int
    value_start: int
    value_end: int


@lru_cache(maxsize=1)
def _label_pattern() -> tuple[re.Pattern[str], dict[str, Field]]:
    fields: dict[str, Field] = {}
    parts = []
    for index, (words, field_name, _gloss) in enumerate(sorted(LABELS, key=lambda row: -len(row[0]))):
        name = f"l{index}"
        fields[name] = field_name
        parts.append(f"(?P<{name}>" + (_INSERT + r"\s+").join(map(re.escape, fold(words).split())) + ")")
    # a label starts a text or follows a sentence end; it ends with its colon
    pattern = r"(?:^|(?<=[.;!?])\s+|^[-+•]\s*)(?:" + "|".join(parts) + ")" + _INSERT + r"\s*:"
    return re.compile(pattern), fields


def find_labels(text: str) -> tuple[LabelledField, ...]:
    """The labelled fields of a block's text, in order; a value runs to the next label or the end."""
    if ":" not in text:  # every label ends with its colon (folding never makes one): most texts stop here
        return ()
    pattern, fields = _label_pattern()
    folded = fold(text)
    found = []
    for match in pattern.finditer(folded):
        name = next(key for key, value in match.groupdict().items() if value is not None)
        found.append((fields[name], match.start(name), match.end()))
    out = []
    for index, (field_name, start, value_start) in enumerate(found):
        end = found[index + 1][1] if index + 1 < len(found) else len(text)
        value_end = end
        while value_end > value_start and text[value_end - 1].isspace():
            value_end -= 1
        label_end = value_start - 1
        while label_end > start and text[label_end - 1].isspace():
            label_end -= 1
        lead_in = value_start
        while lead_in < value_end and text[lead_in].isspace():
            lead_in += 1
        out.append(LabelledField(field_name, text[start:label_end], text[lead_in:value_end], start, lead_in, value_end))
    return tuple(out)


def opens_with_label(text: str) -> LabelledField | None:
    """The label a text opens with (after an optional "-", "+", "a)" marker), or None."""
    labels = find_labels(text)
    if labels and not text[:labels[0].label_start].strip(" -+•"):
        return labels[0]
    return None
