"""Reading one window ("Quý II/2018", "tháng 10-2020", "6 tháng đầu năm", "Năm 2023 - 2024") from tokens.

A window reader takes the token tuple and an index and returns ``(Window, next_index, is_point)``
or ``None``. ``is_point`` marks the Civil Code's named days (đầu/giữa/cuối tháng/năm), which are
limits rather than windows. Problems (an impossible date, an inverted range, a missing year
with no plan year) are appended to ``diagnostics``.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from ..context import PlanContext
from ..dates import FIRST_YEAR, LAST_YEAR, OutOfDomain, checked_date, out_of_domain, year_in_domain
from ..diagnostics import Code, Diagnostic, error, info
from ..source import Span
from ..text.tokens import Token
from .model import Granularity, Window

if TYPE_CHECKING:  # pragma: no cover
    from .words import DeadlineWords

_MIN_YEAR, _MAX_YEAR = FIRST_YEAR, LAST_YEAR  # the one date domain (reformrules.dates)
# Windows a dash can join into one run of months.
_RANGE_ENDS = frozenset({Granularity.QUARTER, Granularity.MONTH, Granularity.MONTHS})
# The periods whose first or last week "tuần đầu/cuối …" names.
_WEEK_PERIODS = frozenset({Granularity.MONTH, Granularity.QUARTER, Granularity.YEAR})
# What may end a range from a day written without its year, and give it that year.
_END_OF_A_DAY_RANGE = frozenset({Granularity.DAY, Granularity.MONTH, Granularity.QUARTER})


def _year_value(tok: Token | None) -> int | None:
    if tok is not None and tok.kind == "num" and len(tok.text) == 4:
        value = int(tok.text)
        if _MIN_YEAR <= value <= _MAX_YEAR:
            return value
    return None


class WindowReader:
    """Reads windows from one token tuple; collects diagnostics."""

    __slots__ = ("toks", "texts", "n", "ctx", "diagnostics", "vocab", "tw", "_shared", "_listed", "_reading_end")

    def __init__(self, toks: tuple[Token, ...], ctx: PlanContext | None, diagnostics: list[Diagnostic],
                 vocab: DeadlineWords):
        self.toks = toks
        self.texts = [t[1] for t in toks]
        self.n = len(toks)
        self.ctx = ctx
        self.diagnostics = diagnostics
        self._shared: dict[int, int | None] = {}  # shared_year answers by joint token
        self._listed: dict[int, tuple[str, int]] = {}  # bare items of a list: token -> (unit, the list's year)
        self._reading_end = False  # reading the end of a day range (its own end is not looked for: no chain)
        self.vocab = vocab
        self.tw = vocab.tw

    def is_word(self, i: int) -> bool:
        return self.toks[i][0] == "word"

    # -- small token tests -------------------------------------------------------------------
    def word(self, i: int) -> str | None:
        if i < self.n:
            tok = self.toks[i]
            if tok[0] == "word":
                return tok[1]
        return None

    def words(self, i: int, words: tuple[str, ...]) -> int | None:
        """Index after ``words`` when they stand at ``i``, else None."""
        toks, n = self.toks, self.n
        for w in words:
            if i >= n or toks[i][1] != w or toks[i][0] != "word":
                return None
            i += 1
        return i

    def num(self, i: int, low: int, high: int) -> int | None:
        if i < self.n and self.toks[i].kind == "num" and len(self.toks[i].text) <= 2:
            value = int(self.toks[i].text)
            if low <= value <= high:
                return value
        return None

    def roman_or_num(self, i: int, high: int) -> int | None:
        value = self.num(i, 1, high)
        if value is None and self.word(i) in self.tw.ROMAN:
            value = self.tw.ROMAN[self.word(i)]
            if value > high:
                return None
        return value

    def year_after(self, i: int) -> tuple[int | None, int]:
        """An explicit year after a quarter/month/day number: "/2018", "-2018", ".2018", "năm 2018", " 2018"."""
        if i < self.n:
            tok = self.toks[i]
            if tok.kind == "sep" and _year_value(self.toks[i + 1] if i + 1 < self.n else None):
                return int(self.toks[i + 1].text), i + 2
            if tok.kind == "word" and tok.text in self.tw.YEAR_WORDS:
                year = _year_value(self.toks[i + 1] if i + 1 < self.n else None)
                if year is not None:
                    return year, i + 2
            # "Quý I/2241", "6 tháng đầu năm 2241": a year is written, but outside the domain; never the plan year
            written = self.toks[i + 1] if (tok.kind == "sep" or tok.text in self.tw.YEAR_WORDS) and i + 1 < self.n else (
                tok if i > 0 and self.toks[i - 1].text in self.tw.YEAR_WORDS else None)
            if written is not None and written.kind == "num" and len(written.text) == 4 and _year_value(written) is None:
                self.diagnostics.append(out_of_domain(f"the year {written.text}", Span(self.toks[max(i - 1, 0)].start, written.end)))
                return None, i
            if _year_value(tok) is not None:
                return int(tok.text), i + 1
        return None, i

    def year_or_plan_year(self, begin: int, after: int) -> tuple[int | None, int]:
        """The explicit year after token ``after``, else the plan year for tokens ``begin..after``
        (None, with an error, when the context has none); and the index after what was read."""
        year, j = self.year_after(after)
        if year is None:
            return self.implicit_year(begin, after), after
        return year, j

    def day_year(self, begin: int, after: int, month: int, day: int) -> tuple[int | None, int]:
        """The year of a day written without one: the explicit year after token ``after``; else the year
        of what ends its range ("ngày 15/11 đến (hết) ngày 20/11/2025", "15/11 - 20/11/2025", "15/11 đến
        tháng 12/2025": 2025; the year before when the end's month is earlier, "15/12 đến 14/3/2026"; an
        error, no value, when the end is earlier in the same month, "15/11 đến 10/11/2025"); else the plan year."""
        year, j = self.year_after(after)
        if year is not None:
            return year, j
        found = None if self._reading_end else self._range_end(after)
        if found is not None:
            end, stop = found
            if end.granularity == Granularity.DAY and end.start.month == month and end.start.day < day:
                self.diagnostics.append(error(
                    Code.DEADLINE_INVERTED_RANGE, f"the range ends before it starts: {day}/{month} - {end.start:%d/%m/%Y}",
                    Span(self.toks[begin].start, self.toks[stop - 1].end)))
                return None, after
            year = end.end.year - 1 if month > end.end.month else end.end.year
            if year_in_domain(year):
                return year, after
        return self.implicit_year(begin, after), after

    def _range_end(self, j: int) -> tuple[Window, int] | None:
        """The day, month or quarter with its own written year that ends a range opened at ``j`` by a range
        word or a dash ("đến hết ngày 20/11/2025", "- 20/11/2025", "đến tháng 12/2025"), and the index after
        it; read without taking it as an item (its notes are dropped; one with no written year is None)."""
        if j >= self.n or not (self.word(j) in self.tw.RANGE_WORDS or self.toks[j].text == "-"):
            return None
        k = j + 1
        while self.word(k) in self.tw.MARKER_FILLERS:  # "đến hết ngày …" (until the end of)
            k += 1
        saved, self.diagnostics, self._reading_end = self.diagnostics, [], True
        try:
            found = self._read_one(k)
            notes = self.diagnostics
        finally:
            self.diagnostics, self._reading_end = saved, False
        if found is None or notes or found[0].granularity not in _END_OF_A_DAY_RANGE:
            return None  # a year taken from the plan (a note) or a year window ("đến năm 2026"): not read
        return found[0], found[1]

    def list_joint(self, j: int) -> bool:
        """True when token ``j`` joins items of a list or run: ",", "-", "và" (and), "đến" (to)."""
        tok = self.toks[j]
        return tok.text in (",", "-") if tok.kind != "word" else tok.text in ("và", "đến")

    def shared_year(self, j: int) -> int | None:
        """The year that ends a list of quarters or months starting at token ``j`` (", Quý III/2024").

        Every joint walked is remembered with the answer, so reading a list of n items walks it once
        (linear, not quadratic: docs/limits.md).
        """
        memo = self._shared
        walked = []
        year = None
        while j + 1 < self.n and self.list_joint(j):
            if j in memo:
                year = memo[j]
                break
            walked.append(j)
            k = j + 1 + (self.word(j + 1) in self.tw.QUARTER_WORDS or self.word(j + 1) in self.tw.MONTH_WORDS)
            if k >= self.n or (self.roman_or_num(k, 12) is None):
                break
            year, _ = self.year_after(k + 1)
            if year is not None:
                break
            j = k + 1
        for joint in walked:
            memo[joint] = year
        return year

    def list_items(self, j: int, unit: str, year: int) -> None:
        """Mark the bare numbers of a list after joint ``j`` as items of ``unit`` in ``year`` ("tháng 4, 8/2026":
        8 is August; "tháng 3, 6, 9 và 12 năm 2026"), so each is read as its own month or quarter. Only ","
        and "và" join them (a dash or "đến" is a range); a number with its own head word is read by it."""
        high = 12 if unit == "month" else 4
        while j + 1 < self.n and (self.toks[j].text == "," or self.word(j) in self.tw.AND_WORDS):
            k = j + 1
            if self.roman_or_num(k, high) is None:
                return
            self._listed[k] = (unit, year)
            j = k + 1

    def _listed_item(self, i: int, unit: str, year: int) -> tuple[Window, int, bool] | None:
        """One bare item of a list marked by :meth:`list_items`, in its own year when one follows it."""
        value = self.roman_or_num(i, 12 if unit == "month" else 4)
        written, j = self.year_after(i + 1)
        if written is not None:
            year = written
        else:
            j = i + 1
        return (Window.month(year, value) if unit == "month" else Window.quarter(year, value)), j, False

    def relative_year(self, start: int, end: int, say: bool = True) -> bool:
        """True, with an error (when ``say``), when a year told relative to another stands at ``end``: "năm sau" (the next
        year), "/năm sau" ("tháng 4/năm sau"), or its tail after the phrase's own year word ("6 tháng đầu
        năm sau", "cuối năm sau"); not "năm trước khi …" / "năm sau khi …" (before / after an event)."""
        at = end + 1 if end < self.n and self.toks[end].kind == "sep" else end
        for words in self.tw.RELATIVE_YEAR:
            k = self.words(at, words)
            if k is None and words[0] in self.tw.YEAR_WORDS and end > 0 and self.word(end - 1) == words[0]:
                k = self.words(end, words[1:])  # the tail after "năm" the phrase has read ("đầu năm" + "sau")
            if k is None or any(self.words(k - 1, marker) is not None
                                for marker in self.tw.BEFORE_EVENT_MARKERS + self.tw.EVENT_MARKERS):
                continue
            if say:
                self.diagnostics.append(error(
                    Code.DEADLINE_MISSING_CONTEXT, "the year is told relative to another, which the phrase does not give",
                    Span(self.toks[start].start, self.toks[k - 1].end)))
            return True
        return False

    def implicit_year(self, start: int, end: int) -> int | None:
        """The plan year for a phrase without a year (info), or None with an error (also when the year is
        told relative to another, "tháng 4 năm sau")."""
        span = Span(self.toks[start].start, self.toks[end - 1].end)
        if self.relative_year(start, end):
            return None
        if self.ctx is not None and self.ctx.plan_year is not None:
            if not year_in_domain(self.ctx.plan_year):
                self.diagnostics.append(out_of_domain(f"the plan year {self.ctx.plan_year}", span))
                return None
            self.diagnostics.append(info(
                Code.DEADLINE_IMPLICIT_YEAR, f"no year written; took the plan year {self.ctx.plan_year}",
                span, year=self.ctx.plan_year))
            return self.ctx.plan_year
        self.diagnostics.append(error(
            Code.DEADLINE_MISSING_CONTEXT, "no year written and no plan year in the context", span))
        return None

    def day(self, year: int, month: int, day: int, start: int, end: int) -> Window | None:
        try:
            return Window.day(checked_date(year, month, day))
        except OutOfDomain:
            span = Span(self.toks[start].start, self.toks[end - 1].end)
            self.diagnostics.append(out_of_domain(f"the date {day}/{month}/{year}", span))
            return None
        except ValueError:
            span = Span(self.toks[start].start, self.toks[end - 1].end)
            self.diagnostics.append(error(
                Code.DEADLINE_INVALID_DATE, f"no such day: {day}/{month}/{year}", span))
            return None

    def years(self, first: int, last: int, start: int, end: int) -> Window | None:
        if last < first:
            span = Span(self.toks[start].start, self.toks[end - 1].end)
            self.diagnostics.append(error(
                Code.DEADLINE_INVERTED_RANGE, f"year range runs backwards: {first} - {last}", span))
            return None
        return Window.year(first) if first == last else Window.years(first, last)

    # -- the window forms --------------------------------------------------------------------
    def read(self, i: int) -> tuple[Window, int, bool] | None:
        """The window starting at token ``i``; a dash between two quarters or months that each
        have their year makes one run of months ("Quý I/2026 - Quý III/2026", "tháng 10/2025 -
        tháng 3/2026")."""
        found = self._read_one(i)
        if found is None or found[2] or found[0].granularity not in _RANGE_ENDS:
            return found
        j = found[1]
        if j + 1 < self.n and self.toks[j][1] == "-" and (
                self.word(j + 1) in self._range_heads() or self.word(j + 1) in self.tw.YEAR_WORDS
                or _year_value(self.toks[j + 1]) is not None):
            before = len(self.diagnostics)
            other = self._read_one(j + 1)
            run = run_to(found[0], other[0]) if other is not None and not other[2] else None
            if run is not None:
                return run, other[1], False
            del self.diagnostics[before:]
        return found

    def _range_heads(self) -> frozenset[str]:
        return self.tw.QUARTER_WORDS | self.tw.MONTH_WORDS

    def _read_one(self, i: int) -> tuple[Window, int, bool] | None:
        """One window starting at token ``i``."""
        if i >= self.n:
            return None
        listed = self._listed.get(i)
        if listed is not None:  # "8" of "tháng 4, 8/2026"
            return self._listed_item(i, *listed)
        tok = self.toks[i]
        if tok.kind == "date":
            return self._full_date(i)
        if tok.kind == "num":
            return self._number_first(i)
        if tok.kind != "word":
            return None
        text = tok.text
        if text in self.tw.QUARTER_WORDS:
            return self._quarter(i)
        if text in self.tw.MONTH_WORDS:
            return self._months(i)
        if text in self.tw.YEAR_WORDS:
            return self._years(i + 1, i)
        if text in self.tw.DAY_WORDS:
            return self._day_words(i)
        if text in self.tw.POINT_WORDS:
            return self._point(i)
        if text in self.tw.WEEK_WORDS:
            return self._week_of_month(i)
        if text in self.vocab.holiday_heads:
            return self._holiday(i)
        for words in self.tw.SPAN_WORDS:
            j = self.words(i, words)
            if j is not None:
                if self.word(j) in self.tw.YEAR_WORDS:
                    j += 1
                return self._years(j, i)
        return None

    def _full_date(self, i: int) -> tuple[Window, int, bool] | None:
        parts = self.toks[i].text.replace(".", "/").replace("-", "/").split("/")
        d, m, y = (int(p) for p in parts)
        window = self.day(y, m, d, i, i + 1)
        return None if window is None else (window, i + 1, False)

    def _number_first(self, i: int) -> tuple[Window, int, bool] | None:
        year = _year_value(self.toks[i])
        if year is not None:  # "2018", "2018-2020", "2018 - 2020", "2018 đến 2020"
            return self._years(i, i)
        # "N tháng đầu/cuối năm [YYYY]": the first or last N months of a year
        count = self.num(i, 1, 12)
        if count is not None and self.word(i + 1) in self.tw.MONTH_WORDS and self.word(i + 2) in self.tw.FIRST_LAST \
                and self.word(i + 3) in self.tw.YEAR_WORDS:
            side = self.tw.FIRST_LAST[self.word(i + 2)]
            year, j = self.year_or_plan_year(i, i + 4)
            if year is None:
                return None
            return _first_or_last_months(year, count, side), j, False
        # "26/10" or "1/7": a day and month without a year
        day = self.num(i, 1, 31)
        if day is not None and i + 2 < self.n and self.toks[i + 1].kind == "sep" and self.toks[i + 1].text in "/-.":
            month = self.num(i + 2, 1, 12)
            if month is not None:
                year, j = self.day_year(i, i + 3, month, day)
                if year is None:
                    return None
                window = self.day(year, month, day, i, j)
                return None if window is None else (window, j, False)
        return None

    def out_of_range(self, i: int, what: str, high: int) -> None:
        """An error when token ``i`` is a number or numeral too large for ``what``."""
        if i < self.n:
            tok = self.toks[i]
            value = int(tok.text) if tok.kind == "num" and len(tok.text) <= 2 else self.tw.ROMAN.get(tok.text)
            if value is not None and not 1 <= value <= high:
                self.diagnostics.append(error(
                    Code.DEADLINE_INVALID_DATE, f"no {what} {tok.text}",
                    Span(self.toks[i - 1].start, tok.end)))

    def _quarter(self, i: int) -> tuple[Window, int, bool] | None:
        quarter = self.roman_or_num(i + 1, 4)
        if quarter is None:
            self.out_of_range(i + 1, "quarter", 4)
            return None
        # a run of quarters sharing one year: "Quý II, III/2024", "Quý III và Quý IV/2024", "Quý II - III/2024"
        last, j = quarter, i + 2
        while j + 1 < self.n and self.list_joint(j):
            k = j + 1 + (self.word(j + 1) in self.tw.QUARTER_WORDS)
            nxt = self.roman_or_num(k, 4)
            if nxt is None or nxt != last + 1:
                break
            last, j = nxt, k + 1
        year, j2 = self.year_after(j)
        if year is None:
            shared = self.shared_year(j)  # "Quý I và Quý III/2024": the year written once, at the end
            year, j2 = (shared, j) if shared is not None else self.year_or_plan_year(i, j)
            if year is None:
                return None
            self.list_items(j, "quarter", year)  # "Quý I, III/2024": III is read next, as a quarter of 2024
        if last == quarter:
            return Window.quarter(year, quarter), j2, False
        return Window.months(year, 3 * quarter - 2, 3 * last), j2, False

    def _months(self, i: int) -> tuple[Window, int, bool] | None:
        first = self.num(i + 1, 1, 12)
        if first is None:
            first = self.roman_or_num(i + 1, 12)
            if first is None:
                self.out_of_range(i + 1, "month", 12)
                return None
        j = i + 2
        last = first
        # a run: "tháng 3-4/2022", "tháng 3 đến tháng 6/2024" (a range), "tháng 11, tháng 12 năm 2025",
        # "tháng 11 và tháng 12" (a list of months that follow each other)
        while j < self.n:
            tok = self.toks[j]
            if self.list_joint(j):
                k = j + 1
                if self.word(k) in self.tw.MONTH_WORDS:
                    k += 1
                nxt = self.num(k, 1, 12)
                ranged = tok.text == "-" or tok.text in self.tw.RANGE_WORDS
                if nxt is not None and (nxt > last if ranged else nxt == last + 1) \
                        and (tok.text != "-" or _year_value(self.toks[k]) is None):
                    last, j = nxt, k + 1
                    continue
            break
        year, k = self.year_after(j)
        if year is None:
            shared = self.shared_year(j)  # "tháng 4 và tháng 8 năm 2026": the year written once, at the end
            year, k = (shared, j) if shared is not None else self.year_or_plan_year(i, j)
            if year is None:
                return None
            self.list_items(j, "month", year)  # "tháng 4, 8/2026": 8 is read next, as August 2026
        if last == first:
            return Window.month(year, first), k, False
        return Window.months(year, first, last), k, False

    def _years(self, i: int, begin: int) -> tuple[Window, int, bool] | None:
        first = _year_value(self.toks[i]) if i < self.n else None
        if first is None:
            return None
        j = i + 1
        if j < self.n and (self.toks[j].text == "-" or self.word(j) == "đến"):
            k = j + 1
            if self.word(k) in self.tw.YEAR_WORDS:
                k += 1
            last = _year_value(self.toks[k]) if k < self.n else None
            if last is not None:
                window = self.years(first, last, begin, k + 1)
                return None if window is None else (window, k + 1, False)
        return Window.year(first), j, False

    def _day_words(self, i: int) -> tuple[Window, int, bool] | None:
        if i + 1 < self.n and self.toks[i + 1].kind == "date":
            return self._full_date(i + 1)
        day = self.num(i + 1, 1, 31)
        if day is None:
            return None
        # "ngày 15 tháng 3 năm 2022", "ngày 15 tháng 3"
        if self.word(i + 2) in self.tw.MONTH_WORDS:
            month = self.num(i + 3, 1, 12)
            if month is None:
                return None
            year, j = self.day_year(i, i + 4, month, day)
            if year is None:
                return None
            window = self.day(year, month, day, i, j)
            return None if window is None else (window, j, False)
        found = self._number_first(i + 1)
        if found is not None and found[0].granularity == "day":
            return found
        return None

    def _holiday(self, i: int) -> tuple[Window, int, bool] | None:
        """"Tết Nguyên đán 2026", "Tết Nguyên đán Bính Ngọ năm 2026": the holiday's day in the year written
        (the plan year when none is, as for a month); the Lunar New Year from the holidays calendar."""
        for words, name in self.tw.HOLIDAYS:
            j = self.words(i, words)
            if j is None:
                continue
            named, j = self._year_name(j)  # "(năm) Bính Ngọ": the lunar year's name, and its place in the cycle
            if len(words) == 1 and named is None and j < self.n and self.toks[j].kind == "word" \
                    and self.word(j) not in self.tw.YEAR_WORDS:
                return None  # "Tết Trung thu", "Tết Độc lập": another holiday, no New Year
            year, k = self.year_after(j)
            if year is None and j < self.n and self.toks[j].kind == "num":
                if len(self.toks[j].text) == 4:  # "Tết Nguyên đán 2300": a year is written, outside the domain
                    self.diagnostics.append(out_of_domain(f"the year {self.toks[j].text}",
                                                          Span(self.toks[i].start, self.toks[j].end)))
                return None  # a number that is no year: never the plan year
            if year is not None and named is not None and (year - 4) % 60 != named:
                self.diagnostics.append(error(Code.DEADLINE_UNPARSED, f"the lunar year's name is not that of {year}",
                                              Span(self.toks[i].start, self.toks[k - 1].end)))
                return None  # "Tết Canh Tý 2026": the name and the year disagree; no date is made up
            if year is None and named is not None:  # the year of that name nearest the plan year
                base = self.ctx.plan_year if self.ctx is not None else None
                if base is None:
                    self.implicit_year(i, j)  # no plan year to say which cycle: its error, no date
                    return None
                year = base + ((named - (base - 4)) % 60 + 30) % 60 - 30
                k = j
            if year is None:
                year, k = self.year_or_plan_year(i, j)
                if year is None:
                    return None
            day = date(year, 1, 1) if name == "new year" else lunar_new_year(year)
            if day is None:  # outside the calendar's years: no date is made up
                self.diagnostics.append(out_of_domain(f"the {name} of {year}", Span(self.toks[i].start, self.toks[k - 1].end)))
                return None
            return Window.day(day), k, False
        return None

    def _year_name(self, j: int) -> tuple[int | None, int]:
        """The place in the sixty-year cycle of a lunar year's name at ``j`` ("Bính Ngọ", "năm Bính Ngọ",
        "(Bính Ngọ)") and the index after it; ``(None, j)`` when there is none."""
        k = j + (self.word(j) in self.tw.YEAR_NAME_LEADS)
        opened = k < self.n and self.toks[k].text in "(["
        k += opened
        stem, branch = self.tw.YEAR_STEMS.get(self.word(k) or ""), self.tw.YEAR_BRANCHES.get(self.word(k + 1) or "")
        if stem is None or branch is None or stem % 2 != branch % 2:  # a stem and a branch of one parity name a year
            return None, j
        k += 2
        if opened:
            if not (k < self.n and self.toks[k].text in ")]"):
                return None, j  # a bracket left open: not the name alone
            k += 1
        return next(n for n in range(60) if n % 10 == stem and n % 12 == branch), k

    def _week_of_month(self, i: int) -> tuple[Window, int, bool] | None:
        """"tuần đầu tháng 12/2026", "tuần cuối của tháng 3", "tuần đầu tiên quý II/2026", "tuần đầu năm
        2026": the first or last seven days of a month, quarter or year (not its first or last day, which
        "đầu/cuối tháng|quý|năm" alone names)."""
        j = i + 2 + (self.word(i + 2) == "của")
        if self.tw.POINT_WORDS.get(self.word(i + 1) or "") == "middle" \
                and self.word(j) in self.tw.MONTH_WORDS:
            # "tuần giữa tháng 5": no source fixes the middle week (Civil Code Art. 146.2 names only the
            # 15th, "giữa tháng"); days 8-14 or 11-20 would be a guess, so it is unparsed
            before = len(self.diagnostics)
            found = self._months(j)
            del self.diagnostics[before:]  # the month's own notes (its plan year): the phrase is unparsed
            end = found[1] if found is not None else j + 1
            self.diagnostics.append(error(
                Code.DEADLINE_UNPARSED, "the middle week of a month has no sourced reading",
                Span(self.toks[i].start, self.toks[end - 1].end)))
            return None
        side, j = self._week_side(i + 1)
        if side is None:
            return None
        j += self.word(j) == "của"
        if self.word(j) in self.tw.YEAR_WORDS:  # "tuần đầu năm 2026"; "tuần cuối năm": the plan year's, said
            before = len(self.diagnostics)
            year, k = self.year_after(j)
            if year is None:
                if len(self.diagnostics) > before:  # "năm 2300": a year outside the domain, never the plan year
                    return None
                year, k = self.implicit_year(i, j + 1), j + 1  # (an error for "tuần đầu năm sau")
            found = None if year is None else (Window.year(year), k, False)
        elif self.word(j) in self.tw.MONTH_WORDS or self.word(j) in self.tw.QUARTER_WORDS:
            found = self._read_one(j)
        else:
            return None
        if found is None or found[2] or found[0].granularity not in _WEEK_PERIODS:
            return None
        period, k, _ = found
        first = period.start if side == "first" else period.end - timedelta(days=6)
        return Window.days(first, first + timedelta(days=6)), k, False

    def _week_side(self, i: int) -> tuple[str | None, int]:
        """"first" or "last" after "tuần" ("đầu", "đầu tiên", "cuối", "cuối cùng"), and the index after it."""
        for words, side in self.tw.WEEK_SIDES:
            j = self.words(i, words)
            if j is not None:
                return side, j
        return None, i


    def _point(self, i: int) -> tuple[Window, int, bool] | None:
        where = self.tw.POINT_WORDS[self.word(i)]
        nxt = self.word(i + 1)
        if nxt in self.tw.MONTH_WORDS:
            found = self._months(i + 1)
            if found is None or found[0].granularity != "month":
                return None
            month, j, _ = found
            y, m = month.start.year, month.start.month
            day = {"start": 1, "middle": 15, "end": calendar.monthrange(y, m)[1]}[where]
            return Window.day(date(y, m, day)), j, True
        if nxt in self.tw.YEAR_WORDS:
            year, j = self.year_after(i + 1)
            if year is None:
                year, j = self.implicit_year(i, i + 2), i + 2
                if year is None:
                    return None
            day = {"start": date(year, 1, 1), "middle": date(year, 6, 30), "end": date(year, 12, 31)}[where]
            return Window.day(day), j, True
        if nxt in self.tw.QUARTER_WORDS and where != "middle":
            found = self._quarter(i + 1)
            if found is None:
                return None
            quarter, j, _ = found
            return Window.day(quarter.start if where == "start" else quarter.end), j, True
        return None


def run_to(first: Window, last: Window) -> Window | None:
    """One run of months from ``first`` (a quarter or month) to ``last``, which ends after it: a quarter
    or month ("Quý I/2026 - Quý III/2026") or a whole year ("Quý IV/2025 - 2026": to the end of 2026);
    None for anything else (a run of years, a day, a window that does not end later).

    Examples:
        >>> str(run_to(Window.quarter(2025, 4), Window.year(2026))), run_to(Window.quarter(2025, 4), Window.year(2025))
        ('2025-10..2026-12', None)
    """
    if first.granularity not in _RANGE_ENDS:
        return None
    if last.granularity in _RANGE_ENDS and last.start > first.end or last.granularity == "year" and last.start > first.end:
        return Window(first.start, last.end, Granularity.MONTHS)
    return None


def _first_or_last_months(year: int, count: int, side: str) -> Window:
    if count == 12:
        return Window.year(year)
    if count == 6:
        return Window.half(year, 1 if side == "first" else 2)
    if count == 3:
        return Window.quarter(year, 1 if side == "first" else 4)
    if side == "first":
        return Window.months(year, 1, count)
    return Window.months(year, 13 - count, 12)


@cache
def lunar_new_year(year: int) -> date | None:
    """The first day of the lunar year that starts in ``year`` (Tết Nguyên đán), from the calendar of the
    ``holidays`` package the working-day calendar uses; None outside its years.

    Examples:
        >>> lunar_new_year(2026), lunar_new_year(2025)
        (datetime.date(2026, 2, 17), datetime.date(2025, 1, 29))
    """
    import holidays

    if not year_in_domain(year):
        return None
    try:
        days = holidays.VN(years=year, language="en_US")
    except (NotImplementedError, ValueError):  # pragma: no cover - a year the package cannot compute
        return None
    return next((day for day, name in sorted(days.items()) if name == "Lunar New Year"), None)
