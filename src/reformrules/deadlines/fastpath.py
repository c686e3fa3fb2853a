"""A compiled shortcut for the commonest cells: a bare or marked quarter, month, year, year range or day.

Most "Tiến độ" cells are one window with at most one marker ("Quý II/2018", "Trong năm 2022",
"Hoàn thành chậm nhất Quý III/2018", "30/06/2023"). One regular expression over the folded text
reads them without tokenizing. Anything else, or any value out of range, returns None and the full
grammar decides. A property test checks that this shortcut and the grammar agree on every phrase
it accepts (tests/deadlines/test_deadline_properties.py).
"""

from __future__ import annotations

import re
from datetime import date

from ..dates import year_in_domain
from ..lexicon import timewords as tw
from .model import By, From, Rule, Window, Within

_MARKER = {"trong": "within", "từ": "from", "chậm nhất": "by", "hoàn thành chậm nhất": "by",
           "đến": "by", "hoàn thành trong": "within", "trước": "before"}
_SHORT = re.compile(
    r" *(?:(trong|từ|chậm nhất|hoàn thành chậm nhất|hoàn thành trong|đến|trước) +)?"
    r"(?:quý +(iv|i{1,3}|[1-4]) *(?:[/.-]| +năm) *(\d{4})"
    r"|tháng +(\d{1,2}) *(?:[/.-]| +năm) *(\d{4})"
    r"|năm +(\d{4})(?: *- *(?:năm +)?(\d{4}))?"
    r"|(?:ngày +)?(\d{1,2})(?P<sep>[/.-])(\d{1,2})(?P=sep)(\d{4})"
    r"|ngày +(\d{1,2}) +tháng +(\d{1,2}) +năm +(\d{4})"
    r"|(6|06) +tháng +(đầu|cuối) +năm +(\d{4}))"
    r" *"
)


def shortcut(folded: str) -> Rule | None:
    """The rule of a common one-window cell, or None to use the full grammar."""
    m = _SHORT.fullmatch(folded)
    if m is None:
        return None
    marker, q, qy, mo, my, y1, y2, d, _, dm, dy, wd, wm, wy, _, side, hy = m.groups()
    if wd is not None:  # "ngày 15 tháng 3 năm 2022"
        d, dm, dy = wd, wm, wy
    if q is not None:
        year = int(qy)
        quarter = tw.ROMAN[q] if q.isalpha() else int(q)
        if not year_in_domain(year):
            return None
        window = Window.quarter(year, quarter)
    elif mo is not None:
        year, month = int(my), int(mo)
        if not (1 <= month <= 12 and year_in_domain(year)):
            return None
        window = Window.month(year, month)
    elif y1 is not None:
        first = int(y1)
        last = int(y2) if y2 is not None else first
        if not (first <= last and year_in_domain(first) and year_in_domain(last)):
            return None
        window = Window.year(first) if first == last else Window.years(first, last)
        if marker == "từ" and first != last:
            return From(Window.year(first), Window.year(last))
    elif side is not None:  # "6 tháng đầu/cuối năm 2022"
        year = int(hy)
        if not year_in_domain(year):
            return None
        window = Window.half(year, 1 if side == "đầu" else 2)
    else:
        try:
            window = Window.day(date(int(dy), int(dm), int(d)))
        except ValueError:
            return None
        if not year_in_domain(window.start.year):
            return None
    kind = _MARKER.get(marker, "within") if marker else "within"
    if kind == "before":  # "trước ngày 15/3/2022": strictly before a day (a day only)
        if window.granularity.value != "day":
            return None
        return By(window, strict=True)
    if kind == "from":
        return From(window)
    if kind == "by":
        return By(window)
    return Within(window)
