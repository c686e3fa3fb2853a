"""Readers of the newer phrase forms (one method per row of the grammar table, deadlines/grammar.py).

Each reader takes the index of the token that opens its form and returns ``(rule, next_index)``
or ``None`` (and then leaves no diagnostic behind). They are mixed into
:class:`~reformrules.deadlines.parser.PhraseParser`, whose helpers (``word``, ``words``,
``group_end``, ``verbatim``, ``actor`` …) they use.
"""

from __future__ import annotations

from ..diagnostics import Code, warning
from ..source import Span
from .model import After, AllOf, Before, By, Condition, DayRule, From, Recurring, Rule, TimeOfDay, Within


class EventAndYearlyForms:
    """Times per period, yearly cut-offs, following years, occurrences, "trước khi", sessions."""

    __slots__ = ()

    # -- recurrences ---------------------------------------------------------------------------
    def continuous(self, i: int) -> tuple[Rule, int] | None:
        """"Thường xuyên", "liên tục" (not "chi thường xuyên", recurrent expenditure, nor "thường xuyên chịu
        …", frequently suffers); a run of them ("thường xuyên, liên tục", "thường xuyên và liên tục") is one
        rule."""
        if self.word(i - 1) in self.tw.NOT_CONTINUOUS_AFTER:
            return None
        end = None
        j = i
        while True:
            k = next((k for k in (self.words(j, w) for w in self.tw.CONTINUOUS) if k is not None), None)
            if k is None:
                break
            end = k
            j = k + 1 if k < self.n and (self.toks[k].text == "," or self.word(k) in self.tw.AND_WORDS) else k
        if end is None or self.word(end) in self.tw.NOT_CONTINUOUS_BEFORE:  # "thường xuyên chịu …": how often
            return None
        if self.find and self.beside_manner(i, end):  # "kiểm tra chặt chẽ, thường xuyên": how it is done
            return None
        return Recurring(continuous=True), end

    def preceded_by(self, i: int, table: tuple[tuple[str, ...], ...], listed: bool = False) -> bool:
        """True when the words right before token ``i`` are an entry of ``table`` (``listed``: also with
        one "," or "và" between, as in a list of manner words)."""
        ends = [i]
        if listed and i > 0 and (self.toks[i - 1].text == "," or self.word(i - 1) in self.tw.AND_WORDS):
            ends.append(i - 1)
        return any(end >= len(words) and self.words(end - len(words), words) == end
                   for end in ends for words in table)

    def beside_manner(self, i: int, end: int) -> bool:
        """True when a manner word stands right before token ``i`` or right after ``end`` (one "," or
        "và" may sit between): "chặt chẽ, thường xuyên", "thường xuyên, kịp thời"."""
        if self.preceded_by(i, self.tw.MANNER_WORDS, listed=True):
            return True
        k = end + 1 if end < self.n and (self.toks[end].text == "," or self.word(end) in self.tw.AND_WORDS) else end
        return any(self.words(k, words) is not None for words in self.tw.MANNER_WORDS)

    def daily(self, i: int) -> tuple[Rule, int] | None:
        """"hằng ngày", "trước 19h00 hằng ngày", "hàng ngày, trước 17 giờ": every day, with the time of
        day it is due by. In running text only with a time ("công việc hằng ngày" is daily work)."""
        time, j = self._time_of_day(i)
        found = self.vocab.daily.longest(self.texts, j, accept=self.is_word)
        if found is None:
            return None
        j += found[0]
        count, k = self._count(j)  # "mỗi ngày một lần", "hằng ngày hai lần": the count per day
        times = 1
        if count is not None and self.word(k) in self.tw.TIMES_WORDS and not (k + 1 < self.n and self.toks[k + 1].text == "/"):
            times, j = count, k + 1  # not "2 lần/tuần": a count of another period
        if time is None:
            after = j + 1 if j < self.n and self.toks[j].text == "," else j
            time, k = self._time_of_day(after)
            if time is not None:
                j = k
        if time is None and self.find:
            return None
        return Recurring(("day",), times=times, time=time), j

    def day_at_time(self, i: int) -> tuple[Rule, int] | None:
        """"Trước 17h00 ngày 25/11/2025", "chậm nhất 16 giờ 30, ngày 25 tháng 11 năm 2025": a day and the
        time of day it ends at: due that day (the limit is the day, not the day before), with the time as
        its cut-off. Only after a limit word ("lúc 14h00 ngày …" is when a meeting starts)."""
        if self.word(i) not in self.tw.TIME_LIMIT_WORDS:
            return None
        time, j = self._time_of_day(i)
        if time is None:
            return None
        if j < self.n and self.toks[j].text == ",":
            j += 1
        if self.word(j) not in self.tw.DAY_WORDS:
            return None
        found = self.read(j)
        if found is None or found[0].granularity != "day":
            return None
        return By(found[0], time=time), found[1]

    def _time_of_day(self, j: int) -> tuple[TimeOfDay | None, int]:
        """"trước 19h00", "chậm nhất 16 giờ 30", "đến 17h": ``(TimeOfDay, next)``, or ``(None, j)``."""
        start = j
        k = self.words(j, ("chậm", "nhất"))
        if k is not None:
            j = k
        strict = self.word(j) == "trước"
        if strict or self.word(j) in ("đến", "lúc"):
            j += 1
        hour = self.num(j, 0, 23)
        if hour is None or self.word(j + 1) not in self.tw.HOUR_WORDS:
            return None, start
        j += 2
        minute = self.num(j, 0, 59)
        if minute is not None:
            j += 1
            if self.word(j) in self.tw.MINUTE_WORDS:
                j += 1
        while j < self.n and self.toks[j].text in ("'", "\u2032"):  # "19h00’" (a prime after the minutes)
            j += 1
        return TimeOfDay(hour, minute or 0, strict), j

    def until_only(self, i: int) -> tuple[Rule, int] | None:
        """"cho đến khi Luật có hiệu lực" with no start before it: the work runs until an event. No start is
        written, so none is made up (not the issue date: "từ nay cho đến khi …" says that)."""
        event = self.until_event(i)
        if event is None:
            return None
        return From(None, until_event=event[0], until_only=True), event[1]

    def until_event(self, j: int) -> tuple[Condition, int] | None:
        """"đến khi kết thúc Tổng kiểm kê" after a start: the event the work runs until."""
        return self._marked_event(j, self.tw.UNTIL_EVENT_MARKERS)

    def _marked_event(self, j: int, markers: tuple[tuple[str, ...], ...]) -> tuple[Condition, int] | None:
        """The event after one of ``markers`` at ``j``, to the end of its clause ("đến khi …", "trước khi …")."""
        for words in markers:
            k = self.words(j, words)
            if k is None:
                continue
            end = self.clause_end(k, self.group_end(k))
            text = self.verbatim(k, end)
            if not text:
                return None
            return Condition("event", text, self.actor(text), Span(self.toks[k].start, self.toks[end - 1].end)), end
        return None

    def report_period_end(self, j: int) -> int:
        """After a recurrence, the end of the report's data period written next ("tính từ ngày 15 tháng 12
        năm trước kỳ báo cáo đến ngày 14 tháng 12 của kỳ báo cáo"), else ``j``. The period is what
        ``reporting_cutoff`` gives, not a due date: it is read as part of the recurrence and adds no date.
        It must end with "kỳ báo cáo" in the same sentence; it may stand in brackets ("(số liệu tính từ …
        của kỳ báo cáo)", the usual ND 09/2019 style). With no "đến" ("tính từ ngày 15 tháng 12 năm trước kỳ
        báo cáo") only its start is written: its words are reported unused, and the recurrence is kept."""
        at = j + 1 if j < self.n and self.toks[j].text == "," else j
        opened = at < self.n and self.toks[at].kind == "open"
        at += opened
        k = next((k for k in (self.words(at, w) for w in self.tw.REPORT_PERIOD_OPENERS) if k is not None), None)
        if k is None:
            return j
        stop = min(self.group_end(k), k + 30)
        end, start_only, ranged = None, None, False
        for m in range(k, stop):
            tok = self.toks[m]
            if tok.text == ";" or tok.kind == "sep" and tok.text == ".":
                break
            ranged = ranged or self.word(m) in self.tw.RANGE_WORDS
            after = self.words(m, self.tw.REPORT_PERIOD)
            if after is not None:
                if ranged:
                    end = after
                elif start_only is None:
                    start_only = after
        if end is None and start_only is not None:
            span = Span(self.toks[at].start, self.toks[start_only - 1].end)
            self.diagnostics.append(warning(Code.TEXT_UNCONSUMED, f"words not used: {span.slice(self.text)!r} (a data "
                                                                  "period with no end)", span))
            end = start_only
        if end is None:
            return j
        if opened:
            if not (end < self.n and self.toks[end].kind == "close"):
                return j  # the bracket holds more than the period: read as usual
            end += 1
        return end

    def report_day_rule(self, j: int) -> tuple[DayRule, int] | None:
        """The day rule of a recurrence written after its report: "định kỳ hằng năm báo cáo kết quả thực
        hiện về Sở … chậm nhất ngày 17 tháng 12" (a report lead right after the recurrence, the day rule
        later in the same sentence, with a month or "cuối kỳ" and no year)."""
        if not any(self.words(j, words) is not None for words in self.tw.REPORT_LEADS):
            return None
        stop = min(self.group_end(j), j + 40)
        for k in range(j + 1, stop):
            tok = self.toks[k]
            if tok.kind == "punct" and tok.text == ";" or tok.kind == "sep" and tok.text == "." and (
                    k + 1 == self.n or self.toks[k + 1].start > tok.end):
                return None  # the sentence ended first
            if tok.kind == "word" and (tok.text in ("chậm", "trước", "vào", "đến") or tok.text in self.tw.DAY_WORDS):
                found = self.day_rule(k)
                if found is not None and (found[0].month is not None or found[2] is not None):
                    return found[0], found[1]
        return None

    def _count(self, j: int) -> tuple[int | None, int]:
        """A small count written as a number ("02") or a word ("hai")."""
        value = self.num(j, 1, 12)
        if value is None:
            value = self.tw.NUMBER_WORDS.get(self.word(j) or "")
        return (value, j + 1) if value is not None else (None, j)

    def _period_after_times(self, j: int) -> tuple[str | None, int]:
        """The period after "N lần": "/năm", "mỗi năm", "một năm", "trong năm", "hằng quý"."""
        if j < self.n and self.toks[j].text == "/" and self.word(j + 1) in self.tw.PERIOD_WORDS:
            return self.tw.PERIOD_WORDS[self.word(j + 1)], j + 2
        if j < self.n and self.toks[j].text == "/" and self.word(j + 1) in self.tw.DAY_WORDS:
            return "day", j + 2  # "02 lần/ngày": twice a day
        if (self.word(j) in self.tw.EVERY_WORDS or self.word(j) in ("một", "trong")) \
                and self.word(j + 1) in self.tw.PERIOD_WORDS:
            return self.tw.PERIOD_WORDS[self.word(j + 1)], j + 2
        return None, j

    def times_per_period(self, i: int) -> tuple[Rule, int] | None:
        """"02 lần/năm", "ít nhất hai lần/năm", "mỗi năm một lần", "tối thiểu 01 lần/quý"."""
        j = i
        for words in self.tw.AT_LEAST:
            k = self.words(j, words)
            if k is not None:
                j = k
                break
        if self.word(j) in self.tw.EVERY_WORDS and self.word(j + 1) in self.tw.PERIOD_WORDS:
            period = self.tw.PERIOD_WORDS[self.word(j + 1)]  # "mỗi năm một lần"
            count, k = self._count(j + 2)
            if count is None or self.word(k) not in self.tw.TIMES_WORDS:
                return None
            return Recurring((period,), times=count), k + 1
        count, k = self._count(j)
        if count is None or self.word(k) not in self.tw.TIMES_WORDS:
            return None
        period, k = self._period_after_times(k + 1)
        if period is None:
            return None
        if period == "day":  # "02 lần/ngày (trước 9h00’ và 16h00’)": one daily rule per time written
            times, end = self._times_of_day(k)
            if times:
                rules = tuple(Recurring(("day",), time=time) for time in times)
                return (rules[0] if len(rules) == 1 else AllOf(rules)), end
        return Recurring((period,), times=count), k

    def _times_of_day(self, j: int) -> tuple[list[TimeOfDay], int]:
        """"(trước 9h00’ và 16h00’)": the times of a list, each with the list's marker; ``([], j)`` if none."""
        start = j
        opened = j < self.n and self.toks[j].kind == "open"
        if opened:
            j += 1
        first, j = self._time_of_day(j)
        if first is None:
            return [], start
        times = [first]
        while j + 1 < self.n and (self.toks[j].text == "," or self.word(j) == "và"):
            nxt, k = self._time_of_day(j + 1)
            if nxt is None:
                break
            times.append(TimeOfDay(nxt.hour, nxt.minute, first.strict))
            j = k
        if opened:
            if j >= self.n or self.toks[j].kind != "close":
                return [], start
            j += 1
        return times, j

    def _day_and_month(self, j: int) -> tuple[int, int, int] | None:
        """"ngày 15 tháng 6", "ngày 15/6", "15/6" with no year after: ``(day, month, next)``."""
        if self.word(j) in self.tw.DAY_WORDS:
            j += 1
        day = self.num(j, 1, 31)
        if day is None:
            return None
        if self.word(j + 1) in self.tw.MONTH_WORDS:
            month, k = self.num(j + 2, 1, 12), j + 3
        elif j + 2 < self.n and self.toks[j + 1].text in ("/", "-", "."):
            month, k = self.num(j + 2, 1, 12), j + 3
        else:
            return None
        if month is None or self.year_after(k)[0] is not None:
            return None
        return day, month, k

    def yearly_cutoffs(self, i: int) -> tuple[Rule, int] | None:
        """"định kỳ trước ngày 15 tháng 6 hằng năm", "trước ngày 15/6 và 15/12 hằng năm": one
        yearly rule per day written, each with its month."""
        j = i
        k = self.words(j, self.tw.PERIODIC)
        if k is not None:
            j = k
        k = self.words(j, ("chậm", "nhất"))
        if k is not None:
            j = k
        strict = self.word(j) == "trước"
        if strict or self.word(j) in ("vào", "đến"):
            j += 1
        days: list[tuple[int, int]] = []
        while True:
            found = self._day_and_month(j)
            if found is None:
                break
            days.append(found[:2])
            j = found[2]
            if j + 1 < self.n and (self.toks[j].text == "," or self.word(j) == "và") \
                    and self._day_and_month(j + 1) is not None:
                j += 1
                continue
            break
        if not days:
            return None
        if j < self.n and self.toks[j].text == ",":  # "trước ngày 15/6, hằng năm"
            j += 1
        if not (self.word(j) in self.tw.EVERY_WORDS and self.tw.PERIOD_WORDS.get(self.word(j + 1) or "") == "year"):
            return None
        rules = tuple(Recurring(("year",), DayRule(day, strict, month)) for day, month in days)
        return (rules[0] if len(rules) == 1 else AllOf(rules)), j + 2

    def following_years(self, i: int) -> tuple[Rule, int] | None:
        """"mỗi năm tiếp theo", "các năm tiếp theo": every year from the one after the window
        written before (or after the plan year)."""
        found = self.vocab.following_years.longest(self.texts, i, accept=self.is_word)
        if found is None:
            return None
        since = None
        previous = self.items[-1].rule if self.items else None
        window = getattr(previous, "window", None) or getattr(previous, "limit", None)
        if window is not None:
            since = window.end.year + 1
        elif self.ctx is not None and self.ctx.plan_year is not None:
            since = self.ctx.plan_year + 1
        return Recurring(("year",), since=since), i + found[0]

    # -- events ----------------------------------------------------------------------------------
    def occurrence(self, i: int) -> tuple[Rule, int] | None:
        """"khi có yêu cầu", "đột xuất", "khi có phát sinh": whenever it arises. Markers in a row
        make one condition ("đột xuất khi có yêu cầu"); "của X" after one names who asks."""
        j = i
        while True:
            found = self.vocab.occurrences.longest(self.texts, j, accept=self.is_word)
            if found is None and j > i:  # "đột xuất theo yêu cầu": a request after the first marker
                found = self.vocab.occurrence_continuations.longest(self.texts, j, accept=self.is_word)
            if found is None:
                break
            j += found[0]
        if j == i:
            return None
        end = self.group_end(j) if self.word(j) == "của" else j
        start = i + 1 if self.word(i) == "khi" else i
        text = self.verbatim(start, end)
        span = Span(self.toks[start].start, self.toks[end - 1].end)
        return After(Condition("occurrence", text, self.actor(text) if end > j else None, span)), end

    def before_event(self, i: int) -> tuple[Rule, int] | None:
        """"trước khi đưa vào sử dụng": done before an event (a phrase cell, not running text)."""
        found = self._marked_event(i, self.tw.BEFORE_EVENT_MARKERS)
        return None if found is None else (Before(found[0]), found[1])

    def session(self, i: int) -> tuple[Rule, int] | None:
        """"trình phiên họp Chính phủ tháng 11", "tại Kỳ họp thứ 9 (tháng 5/2025)": the window written
        (a month, or a named point: "cuối tháng 02/2025"), and the session, named up to the window, as
        the event."""
        j = i
        while self.word(j) in self.tw.SESSION_LEADS:
            j += 1
        found = self.vocab.sessions.longest(self.texts, j, accept=self.is_word)
        if found is None:
            return None
        head = j
        end = self.clause_end(head, self.group_end(head + found[0]))
        window = None
        name_end = stop = end
        for k in range(head + found[0], end):
            if self.toks[k].kind == "word" and self.toks[k].text in self.tw.MONTH_WORDS | self.tw.POINT_WORDS.keys():
                before = len(self.diagnostics)
                read = self.read(k)
                if read is not None:
                    window, stop, point = read
                    name_end = k - 1 if k > head and self.toks[k - 1].kind == "open" else k
                    if name_end < k and stop < self.n and self.toks[stop].kind == "close":
                        stop += 1  # "(tháng 5/2025)"
                    break
                del self.diagnostics[before:]
        text = self.verbatim(head, name_end)
        session = After(Condition("session", text, None, Span(self.toks[head].start, self.toks[name_end - 1].end)))
        if window is None:
            return session, stop
        return AllOf((By(window) if point else Within(window), session)), stop

    def clause_end(self, j: int, end: int) -> int:
        """Where a condition's text stops before ``end``: at a "," or ";" that a marked window
        follows ("ngay sau khi Luật có hiệu lực, chậm nhất Quý II/2026")."""
        for k in range(j + 1, end - 1):
            if self.toks[k].text in (",", ";"):
                kind, m = self.marker(k + 1)
                if kind is None:
                    continue
                before = len(self.diagnostics)
                read = self.read(m)
                del self.diagnostics[before:]
                if read is not None:
                    return k
        return end
