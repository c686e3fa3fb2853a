"""Deadline phrases to rules: a scan over tokens that reads items, then combines them.

Items are windows with their marker ("chậm nhất Quý III/2018"), recurrences ("hàng quý, 06
tháng, năm: trước ngày 20 của tháng cuối kỳ báo cáo"), counted periods ("trong vòng 30 ngày kể
từ …") and conditions ("sau khi …", "theo …"). Items inside "(hoặc …)" are alternatives; a dated
item qualified by a condition makes ``AllOf``; two dated clauses in one cell make ``AllOf`` with
a ``deadline.mixed`` warning. Words no item used are reported (``text.unconsumed``), never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..context import PlanContext
from ..dates import MAX_COUNT, UNIT_NAMES, out_of_domain, read_int, shift, year_in_domain
from ..diagnostics import Code, Diagnostic, Severity, error, warning
from ..lexicon import TimeWords
from ..source import Span
from ..text.fold import fold
from ..text.tokens import Token
from .model import (After, AllOf, AnyOf, Before, By, Condition, DayRule, From, Granularity, Offset, Recurring, Rule,
                    Unparsed, Window, Within, builder, make_span)
from .forms import EventAndYearlyForms
from .windows import _RANGE_ENDS, WindowReader, run_to
from .words import DeadlineWords

_HALF_MONTHS = {"6": "half", "06": "half", "3": "quarter", "03": "quarter", "1": "month", "01": "month",
                "12": "year"}


@dataclass(slots=True)
class Item:
    """One readable piece of a phrase, with where it stands."""

    rule: Rule
    start: int  # offset in the text
    end: int
    alternative: bool  # inside "hoặc …"


class PhraseParser(EventAndYearlyForms, WindowReader):
    """Reads every item of one phrase."""

    __slots__ = ("text", "find", "items")

    def __init__(self, text: str, toks: tuple[Token, ...], ctx: PlanContext | None,
                 diagnostics: list[Diagnostic], words: DeadlineWords):
        super().__init__(toks, ctx, diagnostics, words)
        self.text = text
        self.find = False
        self.items: list[Item] = []

    # -- scanning ----------------------------------------------------------------------------
    def scan(self, find: bool = False) -> tuple[list[Item], list[Token]]:
        """All items, and the word/number tokens no item used (``find``: in running text)."""
        self.find = find
        items: list[Item] = self.items
        unused: list[Token] = []
        toks, n = self.toks, self.n
        alt_stack: list[bool] = []
        alternative = False
        i = 0
        while i < n:
            tok = toks[i]
            kind = tok.kind
            if kind == "open":
                alt_stack.append(alternative)
                i += 1
                continue
            if kind == "close":
                if alt_stack:
                    alternative = alt_stack.pop()
                i += 1
                continue
            if kind == "word" and tok.text in self.tw.OR_WORDS:
                alternative = True
                i += 1
                continue
            if kind == "word" and tok.text in self.tw.DOCUMENT_NUMBER_WORDS and i + 1 < n and toks[i + 1].kind == "num":
                # "Nghị định số 12/2026/NĐ-CP": a document's number, written with no space, holds no date
                k = i + 2
                while k < n and toks[k].start == toks[k - 1].end and toks[k].kind in ("num", "sep", "word"):
                    k += 1
                unused.extend(t for t in toks[i:k] if t.kind in ("word", "num"))
                i = k
                continue
            if find and (kind == "word" and tok.text not in self.vocab.start_words or kind in ("sep", "punct", "other")):
                i += 1  # running text: only words that can open a deadline are tried
                continue
            if find and any(self.word(k) in self.tw.PAST_WORDS for k in range(max(0, i - 4), i)):
                i += 1  # "đã đạt được trong giai đoạn 2011-2020": what was done, not what is due
                continue
            before = len(self.diagnostics)
            found = self.item(i, find)
            if found is None and len(self.diagnostics) > before:  # a broken form: skip past it
                end = max(d.span.end for d in self.diagnostics[before:] if d.span is not None)
                unused.append(tok)
                while i < n and toks[i].start < end:
                    i += 1
                continue
            if found is not None:
                rule, j = found
                items.append(Item(rule, tok.start, toks[j - 1].end, alternative))
                i = j
                continue
            if kind in ("word", "num", "date") and not (kind == "word" and tok.text in self.tw.FILLERS):
                unused.append(tok)
            i += 1
        return items, unused

    def item(self, i: int, find: bool = False) -> tuple[Rule, int] | None:
        """The item starting at token ``i``: ``(rule, next_index)``. The readers tried are the grammar
        table's (deadlines/grammar.py) for the token's word, then the marked window."""
        kind, text = self.toks[i][0], self.toks[i][1]
        if kind == "word":
            table = self.vocab.readers_in_running_text if find else self.vocab.readers
            readers = table.get(text, ())
        else:
            readers = self.vocab.number_readers if kind == "num" else ()
        for name in readers:
            found = getattr(self, name)(i)
            if found is not None:
                return found
        return self.marked_window(i, find)

    # -- windows with their marker -------------------------------------------------------------
    def marker(self, i: int) -> tuple[str | None, int]:
        first = self.word(i)
        if first is None:
            return None, i
        found = self.vocab.markers.longest(self.texts, i, accept=self.is_word)
        if found is None:
            return None, i
        j = i + found[0]
        while self.word(j) in self.tw.MARKER_FILLERS and j + 1 < self.n:
            j += 1
        return found[1], j

    def marked_window(self, i: int, find: bool) -> tuple[Rule, int] | None:
        """A window with its marker; in running text (``find``) only a marked window or a quarter,
        half or run of months, since a bare date or year there is usually a citation or a title."""
        kind, j = self.marker(i)
        if kind == "from" and self.word(j) in self.tw.NOW_WORDS:  # "từ nay đến cuối năm 2025"
            event = self.until_event(j + 1)
            if event is not None:  # "từ nay đến khi …"
                return From(None, until_event=event[0]), event[1]
            until_kind, k = self.marker(j + 1)
            if until_kind == "by":
                found = self.read(k)
                if found is not None:
                    return From(None, found[0]), found[1]
            return None
        if kind == "from" and not find:  # "Từ ngày ký ban hành", "kể từ ngày ban hành": from the issue date
            for anchor in self.tw.ISSUE_ANCHORS_ALONE:
                k = self.words(j, anchor)
                if k is not None:
                    # alone or of this plan ("… ban hành Kế hoạch này"), never another act's ("ngày ký hợp đồng")
                    k = next((e for doc in self.tw.THIS_DOCUMENT_WORDS if (e := self.words(k, doc)) is not None), k)
                    until_kind, m = self.marker(k)
                    if k < self.n and self.toks[k].kind in ("word", "num") and until_kind != "by":
                        return None
                    until = self.read(m) if until_kind == "by" else None
                    return (From(None, until[0]), until[1]) if until is not None else (From(None), k)
        found = self.read(j)
        if found is None:
            return None
        window, j, point = found
        if kind in (None, "within") and not point and window.granularity in _RANGE_ENDS \
                and self.word(j) in self.tw.RANGE_WORDS:  # "Tháng 10/2025 đến tháng 12/2025": one run
            before = len(self.diagnostics)
            other = self.read(j + 1)
            run = run_to(window, other[0]) if other is not None and not other[2] else None
            if run is not None:
                window, j = run, other[1]
            else:
                del self.diagnostics[before:]
        if find and kind is None and not point and window.granularity not in ("quarter", "half", "months"):
            # running text: a bare year is a title or a citation, unless the following years go on
            # from it ("Năm 2026 và các năm tiếp theo")
            for words in self.tw.AND_FOLLOWING_YEARS:
                k = self.words(j, words)
                if k is not None and window.granularity == "year":
                    return From(window), k
            return None
        if kind == "from":
            for words in self.tw.AND_FOLLOWING_YEARS:  # "từ năm 2024 trở đi", "từ năm 2024 và các năm tiếp theo"
                k = self.words(j, words)
                if k is not None:
                    return From(window), k
            event = self.until_event(j)
            if event is not None:  # "Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê"
                return From(window, until_event=event[0]), event[1]
            until = None
            if window.granularity == "years":  # "từ năm 2018-2020"
                until = Window.year(window.end.year)
                window = Window.year(window.start.year)
            elif window.granularity == "months" and window.start.year == window.end.year:
                # "từ tháng 3 đến tháng 6/2024": from the first month to the last
                until = Window.month(window.end.year, window.end.month)
                window = Window.month(window.start.year, window.start.month)
            else:
                until_kind, k = self.marker(j)
                if until_kind is None and window.granularity == Granularity.DAY and j < self.n and self.toks[j].text == "-":
                    until_kind, k = "by", j + 1  # "Từ ngày 15/11 - 20/11/2025": a dash ends a range of days
                if until_kind == "by":
                    found = self.read(k)
                    if found is not None:
                        until, j = found[0], found[1]
            return From(window, until), j
        for words in self.tw.AND_FOLLOWING_YEARS:  # "năm 2023 và những năm tiếp theo", "từ năm 2024 trở đi"
            k = self.words(j, words)
            if k is not None:
                return From(window), k
        if kind == "before":
            return By(window, strict=True), j
        if kind == "after":  # "sau năm 2028": from the next window of the same kind (2029), open-ended
            following = next_window(window)
            if following is None:  # "sau năm 2200": the start leaves the domain; no value, never a guess
                self.diagnostics.append(out_of_domain(f"the start after {window}", Span(self.toks[i].start, self.toks[j - 1].end)))
                return From(window), j
            return From(following), j
        if kind == "by" or point:
            return By(window), j
        return Within(window), j

    # -- recurrence ----------------------------------------------------------------------------
    def recurrence(self, i: int) -> tuple[Rule, int] | None:
        """"hàng quý", "định kỳ 6 tháng, hằng năm", and lists of periods each with its day rule:
        "hàng quý, 6 tháng (chậm nhất trước ngày 25 của tháng cuối quý) và năm (… ngày 25 tháng 12)"."""
        j = i
        periodic = self.words(j, self.tw.PERIODIC)
        if periodic is not None:
            j = periodic
        groups: list[tuple[tuple[str, ...], DayRule | None]] = []
        while True:
            found = self._period_group(j, bool(groups) or periodic is not None)
            if found is None:
                break
            periods, day_rule, j = found
            groups.append((periods, day_rule))
            if j < self.n and (self.toks[j].text == "," or self.word(j) == "và") \
                    and self._period_group(j + 1, True) is not None:
                j += 1
                continue
            break
        back = len(self.tw.PERIODIC)
        head = i - back if periodic is None and i >= back and self.words(i - back, self.tw.PERIODIC) == i \
            else i  # "kế hoạch định kỳ hằng quý": the noun stands before "định kỳ"
        if self.find and self.preceded_by(head, self.tw.NOT_RECURRING_AFTER) and all(r is None for _, r in groups) \
                and self.report_day_rule(j) is None:
            return None  # running text: "ngân sách hằng năm" is the annual budget, not a yearly deadline
        if not groups:
            if periodic is None:
                return None
            if self.find and self.beside_manner(i, j):  # "chặt chẽ, định kỳ": how it is done (not "cập nhật
                # định kỳ", keep up to date periodically: a duty, body golden hcm_2853 III.3.-6)
                return None
            return Recurring(("period",)), j
        if len(groups) == 1 and groups[0][1] is None:  # "định kỳ hằng năm báo cáo … chậm nhất ngày 17 tháng 12"
            found = self.report_day_rule(j)
            if found is not None:
                groups, j = [(groups[0][0], found[0])], found[1]
        return _merge_groups(groups), self.report_period_end(j)

    def _period_group(self, j: int, in_list: bool) -> tuple[tuple[str, ...], DayRule | None, int] | None:
        """Periods ("hàng quý, 06 tháng, năm") and an optional day rule after ":" or in brackets."""
        periods: list[str] = []
        while j < self.n:
            w = self.word(j)
            if w in self.tw.EVERY_WORDS and self.word(j + 1) in self.tw.PERIOD_WORDS:
                periods.append(self.tw.PERIOD_WORDS[self.word(j + 1)])
                j += 2
            elif (in_list or periods) and self.toks[j].kind == "num" and self.toks[j].text in _HALF_MONTHS \
                    and self.word(j + 1) in self.tw.MONTH_WORDS:
                periods.append(_HALF_MONTHS[self.toks[j].text])
                j += 2
            elif (in_list or periods) and w in self.tw.PERIOD_WORDS and self.word(j + 1) != "tiếp" \
                    and (j + 1 >= self.n or self.toks[j + 1].kind != "num"):
                periods.append(self.tw.PERIOD_WORDS[w])
                j += 1
            else:
                break
            k = self.words(j, self.tw.FOLLOWING)
            if k is not None:
                j = k
            if j < self.n and self.toks[j].text == ",":
                nxt = j + 1
                if self.word(nxt) in self.tw.EVERY_WORDS or (self.word(nxt) in self.tw.PERIOD_WORDS and (
                        nxt + 1 >= self.n or self.toks[nxt + 1].kind != "num")) or (
                        nxt < self.n and self.toks[nxt].text in _HALF_MONTHS and self.word(nxt + 1) in self.tw.MONTH_WORDS):
                    j = nxt
                    continue
            break
        if not periods:
            return None
        k = j
        opened = False
        while k < self.n and self.toks[k].kind in ("punct", "open"):
            opened = opened or self.toks[k].kind == "open"
            k += 1
        found = self.day_rule(k)
        if found is not None and (not opened or (found[1] < self.n and self.toks[found[1]].kind == "close")):
            return tuple(dict.fromkeys(periods)), found[0], found[1] + (1 if opened else 0)
        return tuple(dict.fromkeys(periods)), None, j

    def day_rule(self, i: int) -> tuple[DayRule, int, str | None] | None:
        """"trước ngày 20 của tháng cuối kỳ báo cáo", "chậm nhất trước ngày 25 tháng 12", "trước
        ngày 16/6", "trước ngày 16 hàng tháng" (a day of every month)."""
        j = i
        strict = False
        k = self.words(j, ("chậm", "nhất"))
        if k is not None:
            j = k
        if self.word(j) == "trước":
            strict, j = True, j + 1
        elif self.word(j) in ("vào", "đến"):
            j += 1
        if self.word(j) not in self.tw.DAY_WORDS:
            return None
        day = self.num(j + 1, 1, 31)
        if day is None:
            return None
        j += 2
        if self.word(j) in self.tw.EVERY_WORDS and self.tw.PERIOD_WORDS.get(self.word(j + 1) or "") == "month":
            return DayRule(day, strict), j + 2, "month"
        if j + 1 < self.n and self.toks[j].text == "/":  # "ngày 16/6": a day of a named month
            month = self.num(j + 1, 1, 12)
            if month is not None and self.relative_year(i, j + 2, say=False):
                return None  # "trước ngày 15/01 năm sau": a day of the next year, not of each year (the window says so)
            if month is not None and self.year_after(j + 2)[0] is None:
                return DayRule(day, strict, month), j + 2, None
            return None
        if self.word(j) == "của":
            j += 1
        if self.word(j) not in self.tw.MONTH_WORDS:
            return None
        if self.word(j + 1) == "cuối" and self.word(j + 2) in self.tw.PERIOD_END_WORDS:
            period = self.tw.PERIOD_END_WORDS[self.word(j + 2)]
            j += 3
            k = self.words(j, ("báo", "cáo"))
            return DayRule(day, strict), (k if k is not None else j), period
        month = self.num(j + 1, 1, 12)
        if month is not None and self.relative_year(i, j + 2, say=False):
            return None  # "trước ngày 30 tháng 01 năm sau"
        if month is not None and self.year_after(j + 2)[0] is None:
            return DayRule(day, strict, month), j + 2, None
        return None

    def day_rule_alone(self, i: int) -> tuple[Rule, int] | None:
        found = self.day_rule(i)
        if found is None or found[2] is None:
            return None
        rule, j, period = found
        return Recurring((period,), rule), j

    # -- counted periods -------------------------------------------------------------------------
    def counted(self, i: int) -> tuple[Rule, int] | None:
        lead = self.vocab.count_leads.longest(self.texts, i, accept=self.is_word)
        j = i + lead[0] if lead is not None else i
        if j >= self.n or self.toks[j].kind != "num":
            return None
        number = j
        amount = read_int(self.toks[j].text)
        j += 1
        unit = None
        for words, name in self.tw.COUNT_UNITS:
            k = self.words(j, words)
            if k is not None:
                unit, j = name, k
                break
        if unit is None:
            return None
        if amount is None or amount > MAX_COUNT[unit]:  # longer than the whole date domain
            span = Span(self.toks[number].start, self.toks[j - 1].end)
            self.diagnostics.append(out_of_domain(
                f"a period of {self.toks[number].text[:20]} {UNIT_NAMES[unit]}", span))
            return None
        k = None
        for words in self.tw.COUNT_FROM:
            k = self.words(j, words)
            if k is not None:
                break
        if k is None:
            return None
        end = self.group_end(k)
        anchor_words = [t.text for t in self.toks[k:end] if t.kind == "word"]
        if self._is_issue_anchor(anchor_words):
            condition = Condition("issued", "")
        else:
            if self.word(k) in ("khi", "ngày"):
                k += 1
            text = self.verbatim(k, end)
            if not text:
                return None
            condition = Condition("event", text, self.actor(text), Span(self.toks[k].start, self.toks[end - 1].end))
        return After(condition, Offset(amount, unit)), end

    def _is_issue_anchor(self, words: list[str]) -> bool:
        return is_issue_anchor(words, self.tw)

    # -- conditions ------------------------------------------------------------------------------
    def condition(self, i: int) -> tuple[Rule, int] | None:
        kind = None
        j = i
        for words in self.tw.EVENT_MARKERS:
            k = self.words(i, words)
            if k is not None:
                kind, j = "event", k
                break
        if kind is None:
            for words in self.tw.PER_MARKERS:
                k = self.words(i, words)
                if k is not None and not (i > 0 and self.word(i - 1) == "tiếp") and self.word(k) not in self.tw.NOT_PER_BEFORE:
                    kind, j = "schedule", k
                    break
        if kind is None or j >= self.n:
            return None
        end = self.clause_end(j, self.group_end(j))
        if end <= j:
            return None
        text = self.verbatim(j, end)
        if not text:
            return None
        if kind == "event" and is_issue_anchor([t.text for t in self.toks[j:end] if t.kind == "word"], self.tw):
            return From(None), end  # "ngay sau khi Kế hoạch này được ban hành": from the issue date
        if kind == "schedule":
            kind = self.tw.PER_KINDS.get(self.word(j) or "", "schedule")
        span = Span(self.toks[j].start, self.toks[end - 1].end)
        return After(Condition(kind, text, self.actor(text), span)), end

    def group_end(self, j: int) -> int:
        """Index of the close bracket ending the current group (or the end of the phrase; in
        running text, the end of the sentence or ";"-clause)."""
        depth = 0
        k = j
        toks = self.toks
        while k < self.n:
            kind = toks[k].kind
            if kind == "open":
                depth += 1
            elif kind == "close":
                if depth == 0:
                    return k
                depth -= 1
            elif self.find and depth == 0 and (toks[k].text == ";" or (
                    toks[k].text == "." and (k + 1 == self.n or toks[k + 1].start > toks[k].end))):
                return k
            k += 1
        return k

    def verbatim(self, start: int, end: int) -> str:
        """Source text of tokens ``start..end`` with whitespace collapsed and edge punctuation trimmed."""
        while end > start and self.toks[end - 1].kind in ("punct", "sep", "ellipsis", "other"):
            end -= 1
        while start < end and self.toks[start].kind in ("punct", "sep"):
            start += 1
        if start >= end:
            return ""
        return " ".join(self.text[self.toks[start].start:self.toks[end - 1].end].split())

    def actor(self, text: str) -> str | None:
        """Who a condition waits on: the name after "của", or a leading agency name."""
        return actor_of(text, self.vocab)


def next_window(window: Window) -> Window | None:
    """The window right after ``window``, of its kind: the next year after a year or a run of years, the
    next quarter, half or month, else the next day (None past the date domain).

    Examples:
        >>> str(next_window(Window.year(2028))), str(next_window(Window.quarter(2026, 4))), str(next_window(Window.years(2026, 2027)))
        ('2029', '2027Q1', '2028')
    """
    g, end = window.granularity, window.end
    if g in ("day", "days"):
        day = shift(end, 1)
        return Window.day(day) if day is not None else None
    wraps = end.month == 12  # the next one is in the next year
    year = end.year + 1 if wraps or g in ("year", "years") else end.year
    if not year_in_domain(year):
        return None
    if g in ("year", "years"):
        return Window.year(year)
    if g == "quarter":
        return Window.quarter(year, 1 if wraps else end.month // 3 + 1)
    if g == "half":
        return Window.half(year, 1 if wraps else 2)
    return Window.month(year, 1 if wraps else end.month + 1)  # a month or a run of months


def is_issue_anchor(words: list[str], tw: TimeWords) -> bool:
    """True when the anchor of a counted period names the plan's own issue date ("ngày ban hành",
    "ngày Kế hoạch này được ban hành"): the grammar's test and the compiled scan's."""
    if tuple(words) in tw.ISSUE_ANCHORS_ALONE:
        return True
    if set(words).isdisjoint(tw.ISSUE_ANCHOR_WORDS):  # (any iterable of words for the table)
        return False
    joined = " ".join(words)
    return any(" ".join(doc) in joined for doc in tw.THIS_DOCUMENT_WORDS)


def actor_of(text: str, vocab: DeadlineWords, folded_words: list[str] | None = None) -> str | None:
    """Who a condition waits on: the name after "của", or a leading agency name (abbreviations expanded).
    ``folded_words``: ``fold(text).split()`` when the caller has it (the compiled scan reads a fold).

    Examples:
        >>> from reformrules.lexicon import packaged
        >>> from reformrules.deadlines.words import compiled
        >>> actor_of("UBND tỉnh có hướng dẫn", compiled(packaged())), actor_of("tiến độ của Trung ương", compiled(packaged()))
        ('Ủy ban nhân dân tỉnh', 'Trung ương')
    """
    tw = vocab.tw
    fwords = fold(text).split() if folded_words is None else folded_words
    if "của" in fwords:
        words = text.split()
        cut = len(fwords) - 1 - fwords[::-1].index("của")
        name = words[cut + 1:]
    elif fwords and fwords[0] in tw.ACTOR_HEADS:
        words = text.split()
        stops, pairs = tw.ACTOR_STOP_VERBS, tw.ACTOR_STOP_PAIRS
        end = len(words)
        for at in range(1, len(fwords)):
            low = fwords[at]
            if low in stops or (at + 1 < len(fwords) and (low, fwords[at + 1]) in pairs):
                end = at
                break
        name = words[:end]
    else:
        return None
    if not name:
        return None
    abbreviations = vocab.abbreviations
    # an all-capital word of two letters or more is an abbreviation when the table has it ("UBND")
    return " ".join(abbreviations[w] if w in abbreviations and len(w) > 1 and w.upper() == w else w
                    for w in name).strip(" ,.;:")


_LAST_MONTH_OF = {"year": 12}


def _normal(periods: tuple[str, ...], rule: DayRule | None) -> DayRule | None:
    """A day rule of a given month that is the last month of every period: the day of the last month."""
    if rule is not None and rule.month is not None and all(_LAST_MONTH_OF.get(p) == rule.month for p in periods):
        return DayRule(rule.day, rule.strict)
    return rule


def _merge_groups(groups: list[tuple[tuple[str, ...], DayRule | None]]) -> Rule:
    """One ``Recurring`` when every group's day rule means the same day of its periods' last month."""
    if len(groups) == 1:  # the commonest: one list of periods
        periods, rule = groups[0]
        return Recurring(tuple(dict.fromkeys(periods)), _normal(periods, rule))
    rules = {_normal(p, r) for p, r in groups}
    if len(rules) == 1:
        periods = tuple(dict.fromkeys(p for group, _ in groups for p in group))
        return Recurring(periods, rules.pop())
    return AllOf(tuple(Recurring(p, r) for p, r in groups))


def yearly_part(items: list[Item], diagnostics: list[Diagnostic]) -> list[Item]:
    """"Quý IV hằng năm", "Tháng 12 hàng năm", "trước ngày 15/12 hằng năm": a window without a year
    followed by "every year" is one yearly rule, not two clauses; its plan-year note is dropped."""
    if len(items) != 2 or items[0].alternative or items[1].alternative:
        return items
    first, second = items
    if not (isinstance(second.rule, Recurring) and second.rule.periods == ("year",)
            and second.rule.day_rule is None and second.rule.part is None):
        return items
    implicit = [d for d in diagnostics if d.code is Code.DEADLINE_IMPLICIT_YEAR and d.span is not None
                and first.start <= d.span.start < first.end]
    rule = first.rule
    window = rule.window if isinstance(rule, Within) else rule.limit if isinstance(rule, By) else None
    if not implicit or window is None:
        return items
    g = window.granularity
    if g == "quarter" and isinstance(rule, Within):
        merged = Recurring(("year",), part=("quarter", (window.start.month + 2) // 3))
    elif g == "month" and isinstance(rule, Within):
        merged = Recurring(("year",), part=("month", window.start.month))
    elif g == "day":
        strict = isinstance(rule, By) and rule.strict
        merged = Recurring(("year",), DayRule(window.start.day, strict, window.start.month))
    else:
        return items
    for d in implicit:
        diagnostics.remove(d)
    return [Item(merged, first.start, second.end, False)]


def combine(items: list[Item], text: str) -> tuple[Rule, list[Diagnostic]]:
    """One rule from the items of a phrase (see the module docstring)."""
    diagnostics: list[Diagnostic] = []
    main = [it for it in items if not it.alternative]
    alternatives = [it for it in items if it.alternative]
    main_rule = _conjoin(main, diagnostics)
    if not alternatives:
        return main_rule or Unparsed("nothing readable"), diagnostics
    alt_rule = _conjoin(alternatives, diagnostics)
    if main_rule is None:
        return alt_rule, diagnostics
    return AnyOf((main_rule, alt_rule)), diagnostics


def _is_dated(rule: Rule) -> bool:
    """True for a clause with dates of its own (a condition, "trước khi …", "cho đến khi …" or the yearly
    rule of "mỗi năm tiếp theo" that continues the window before it are not)."""
    kind = type(rule)
    if kind is Within or kind is By:  # the commonest clauses, told by one type test
        return True
    if isinstance(rule, Recurring) and rule.since is not None:
        return False
    if isinstance(rule, From) and rule.until_only:  # "cho đến khi …": an event, no date of its own
        return False
    if isinstance(rule, AllOf):  # a window and the session it is for
        return any(_is_dated(part) for part in rule.parts)
    return not (isinstance(rule, Before) or isinstance(rule, After) and rule.offset is None)


_MIXED, _WARNING = Code.DEADLINE_MIXED, Severity.WARNING  # read once (an Enum member read is slow)
_DIAGNOSTIC = builder(Diagnostic)


def _conjoin(items: list[Item], diagnostics: list[Diagnostic]) -> Rule | None:
    if not items:
        return None
    if len(items) == 1:
        return items[0].rule
    dated = [it for it in items if _is_dated(it.rule)]
    if len(dated) >= 2:
        start, end = dated[0].start, dated[-1].end
        span = make_span(start, end) if 0 <= start <= end else Span(start, end)  # Span raises on a bad one
        diagnostics.append(_DIAGNOSTIC(
            _MIXED, _WARNING, f"{len(dated)} dated clauses in one phrase; all of them are kept", span, ()))
    return AllOf(tuple([it.rule for it in items]))


def unused_diagnostics(unused: list[Token], text: str) -> list[Diagnostic]:
    """One ``text.unconsumed`` warning per run of adjacent unused tokens."""
    out: list[Diagnostic] = []
    run: list[Token] = []

    def flush() -> None:
        if run:
            span = Span(run[0].start, run[-1].end)
            out.append(warning(Code.TEXT_UNCONSUMED, f"words not used: {span.slice(text)!r}", span))
            run.clear()

    for tok in unused:
        if run and text[run[-1].end:tok.start].strip(" \t\n\u00a0,;:-/.") != "":
            flush()
        run.append(tok)
    flush()
    return out


def unparsed(text: str, reason: str) -> tuple[Rule, list[Diagnostic]]:
    """``Unparsed`` with its error diagnostic."""
    span = Span(0, len(text))
    return Unparsed(reason), [error(Code.DEADLINE_UNPARSED, reason, span)]
