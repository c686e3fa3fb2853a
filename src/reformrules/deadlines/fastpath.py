"""The compiled scan: the commonest cells read by regular expressions over the folded text, no tokens.

Most "Tiến độ" cells are one window with at most one marker ("Quý II/2018", "Trong năm 2022",
"Hoàn thành chậm nhất Quý III/2018", "30/06/2023"): :func:`shortcut` reads them with one
``fullmatch``. Many others are a few such pieces: windows, a condition in brackets ("Quý I/2022
(hoặc sau khi UBND tỉnh triển khai)"), lead-in verbs, two clauses ("Hoàn thành chậm nhất Quý
II/2018\\nTriển khai thí điểm từ năm 2018-2020"), a condition alone ("Theo tiến độ của Trung ương"),
a counted period ("trong vòng 30 ngày kể từ ngày ban hành"). :func:`scan` reads those piece by piece
with one alternation of compiled pieces and returns the items the token grammar would return, which
the parser then combines as always (``parser.combine``).

Both return ``None`` for anything else, or for any value out of range, and the token grammar
decides: these are shortcuts, never a second grammar. Their words come from the lexicon's tables
(markers, condition markers, fillers, count units), and property tests check that they agree with
the grammar on every phrase they accept (tests/deadlines/test_deadline_properties.py,
tests/deadlines/test_fastpath.py).
"""

from __future__ import annotations

import re
from datetime import date

from ..dates import FIRST_YEAR, LAST_YEAR, MAX_COUNT
from ..lexicon import packaged
from .model import After, By, Condition, DayRule, From, Granularity, Offset, Rule, Window, Within, builder, make_span
from .model import _window as _DAY_WINDOW  # Window.day without its classmethod call
from .parser import _HALF_MONTHS, Item, _merge_groups, actor_of, is_issue_anchor
from .words import compiled
from ..text.dispatch import FirstCharacter

_WORDS = compiled(packaged())
_TW = _WORDS.tw


def _alternation(phrases) -> str:
    """Word tuples as a regex alternation, longest first (as the grammar's trie takes the longest)."""
    return "|".join(" +".join(map(re.escape, words)) for words in sorted(set(phrases), key=lambda w: (-len(w), w)))


_END_OF_WORD = r"(?![^\W\d_&])"
# The windows the shortcut reads; 16 groups, read by _window. A year may stand alone ("2027 - 2029").
_CORE = (
    r"(?:quý +(iv|i{1,3}|[1-4]) *(?:[/.-]| +năm) *(\d{4})"
    r"|tháng +(\d{1,2}) *(?:[/.-]| +năm) *(\d{4})"
    r"|(?:năm +)?(\d{4})(?: *- *(?:năm +)?(\d{4}))?(?!\d)"
    r"|(?:ngày +)?(\d{1,2})(?P<sep>[/.-])(\d{1,2})(?P=sep)(\d{4})"
    r"|ngày +(\d{1,2}) +tháng +(\d{1,2}) +năm +(\d{4})"
    r"|(6|06) +tháng +(đầu|cuối) +năm +(\d{4}))"
)
_MARKER_KIND = {" ".join(words): kind for words, kind in _TW.MARKERS}
_MARKER_KIND["hoàn thành trong"] = "within"  # "hoàn thành" are fillers before "trong" (a whole cell only)
_SHORT = re.compile(r" *(?:(" + "|".join(sorted(map(re.escape, _MARKER_KIND), key=len, reverse=True))
                    + r") +)?" + _CORE + " *")


def _window(groups: tuple, at: int) -> Window | None:
    """The window of the 16 groups of ``_CORE``, ``groups[at:at + 16]`` (None when a value is out of range).

    Their order: quarter, its year; month, its year; first year, last year; day, separator, month, year
    (of "15/3/2022"); day, month, year (of "ngày 15 tháng 3 năm 2022"); "6|06", "đầu|cuối", year. They are
    read by index, the window's own first (a quarter, one read), not all unpacked.
    """
    quarter = groups[at]
    if quarter is not None:
        year = int(groups[at + 1])
        if not FIRST_YEAR <= year <= LAST_YEAR:  # year_in_domain, inline: the commonest call of a parse
            return None
        return Window.quarter(year, _TW.ROMAN[quarter] if quarter.isalpha() else int(quarter))
    first = groups[at + 4]
    if first is not None:
        first = int(first)
        last = groups[at + 5]
        last = int(last) if last is not None else first
        if not (first <= last and FIRST_YEAR <= first and last <= LAST_YEAR):
            return None
        return Window.year(first) if first == last else Window.years(first, last)
    month = groups[at + 2]
    if month is not None:
        year, month = int(groups[at + 3]), int(month)
        if not (1 <= month <= 12 and FIRST_YEAR <= year <= LAST_YEAR):
            return None
        return Window.month(year, month)
    side = groups[at + 14]
    if side is not None:  # "6 tháng đầu/cuối năm 2022"
        year = int(groups[at + 15])
        if not FIRST_YEAR <= year <= LAST_YEAR:
            return None
        return Window.half(year, 1 if side == "đầu" else 2)
    if groups[at + 10] is not None:  # "ngày 15 tháng 3 năm 2022"
        day, month, year = groups[at + 10], groups[at + 11], int(groups[at + 12])
    else:  # "15/3/2022"
        day, month, year = groups[at + 6], groups[at + 8], int(groups[at + 9])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        day = date(year, int(month), int(day))
    except ValueError:
        return None
    return _DAY_WINDOW(day, day, _DAY)


_DAY = Granularity.DAY  # read once: a member read from an Enum class is slow
_WITHIN, _BY = builder(Within), builder(By)  # the commonest rules, built the cheap way


def _marked(kind: str, window: Window) -> Rule | None:
    """The rule of a window after a marker of ``kind`` (None: the grammar decides)."""
    if kind == "within":
        return _WITHIN(window, "within")
    if kind == "by":
        return _BY(window, False, "by", None)
    if kind == "before":  # "trước ngày 15/3/2022": strictly before a day (a day only)
        return _BY(window, True, "by", None) if window.granularity == "day" else None
    if kind != "from":  # "after" ("sau năm 2028") or a kind added later: the grammar reads it
        return None
    if window.granularity == "years":  # "từ năm 2018-2020"
        return From(Window.year(window.start.year), Window.year(window.end.year))
    return From(window)


def shortcut(folded: str) -> Rule | None:
    """The rule of a common one-window cell, or None to use the full grammar."""
    m = _SHORT.fullmatch(folded)
    if m is None:
        return None
    groups = m.groups()
    marker = groups[0]
    window = _window(groups, 1)
    if window is None:
        return None
    return _marked(_MARKER_KIND.get(marker, "within") if marker else "within", window)


# -- the scan of a cell made of pieces ---------------------------------------------------------------
# Markers of the scan: the grammar's own (a marker is the longest the trie finds), then the words a
# marker may take after it ("chậm nhất là", "chậm nhất trong").
_SCAN_MARKERS = _alternation(w for w, _ in _TW.MARKERS)
_AFTER_MARKER = "|".join(map(re.escape, sorted(_TW.MARKER_FILLERS)))
# Conditions: "sau khi", "ngay sau khi" (not "khi" alone: "khi có yêu cầu" is an occurrence), "theo",
# "căn cứ"; their text runs to the closing bracket or the end of the cell.
_EVENT = _alternation(w for w in _TW.EVENT_MARKERS if len(w) > 1)
_PER = rf"(?:{_alternation(_TW.PER_MARKERS)})(?! +(?:{'|'.join(map(re.escape, sorted(_TW.NOT_PER_BEFORE)))}){_END_OF_WORD})"
# Lead-in words read as nothing ("triển khai", "hoàn thành"); not "hoặc" (an alternative) nor "tiếp"
# ("tiếp theo" is not "theo").
_FILLERS = "|".join(map(re.escape, sorted(_TW.FILLERS - _TW.OR_WORDS - {"tiếp"}, key=len, reverse=True)))
# A run of them, each not the start of a marker or a condition ("hoàn thành chậm nhất", "ngay sau khi").
_NOT_A_START = rf"(?!(?:{_SCAN_MARKERS}|{_alternation(_TW.EVENT_MARKERS)}|{_PER}){_END_OF_WORD})"
_FILLER_RUN = rf"{_NOT_A_START}(?:{_FILLERS}){_END_OF_WORD}(?: +{_NOT_A_START}(?:{_FILLERS}){_END_OF_WORD})*"
_OR = "|".join(map(re.escape, sorted(_TW.OR_WORDS)))
_COUNT_LEADS = _alternation(_TW.COUNT_LEADS)
_COUNT_UNITS = {" ".join(words): unit for words, unit in _TW.COUNT_UNITS}
_COUNT_UNIT_WORDS = _alternation(words for words, _ in _TW.COUNT_UNITS)
_COUNT_FROM = _alternation(_TW.COUNT_FROM)
_TEXT = r"[^\W_](?:[^()\[\];,*_]*[^\W_])?"  # a condition's text: no bracket, no clause mark, no emphasis
# Recurrences: "hàng quý, 06 tháng, năm", "định kỳ 6 tháng, hằng năm", and a day rule after ":" or in
# brackets: "trước ngày 20 của tháng cuối kỳ báo cáo", "trước ngày 25 hàng tháng", "chậm nhất ngày 16/6".
_EVERY = "|".join(map(re.escape, sorted(_TW.EVERY_WORDS)))
_PERIOD = "|".join(map(re.escape, sorted(_TW.PERIOD_WORDS, key=len, reverse=True)))
_EVERY_PERIOD = rf"(?:{_EVERY}) +(?:{_PERIOD}){_END_OF_WORD}"
_IN_LIST = (rf"{_EVERY_PERIOD}|(?:6|06|3|03|1|01|12) +(?:{'|'.join(sorted(_TW.MONTH_WORDS))}){_END_OF_WORD}"
            rf"|(?:{_PERIOD}){_END_OF_WORD}(?! *\d)")
_NO_YEAR_AFTER = r"(?! *(?:[/.-] *)?\d{4}(?!\d))(?! +năm +\d)"
_DAY_RULE = (
    rf"(?P<by>chậm +nhất +)?(?P<strict>trước +|vào +|đến +)?(?:{'|'.join(sorted(_TW.DAY_WORDS))}) +(?P<day>\d{{1,2}})(?!\d)"
    rf"(?: +(?P<monthly>{_EVERY}) +tháng{_END_OF_WORD}"
    rf"| *(?P<slash>/) *(?P<dm>\d{{1,2}})(?!\d){_NO_YEAR_AFTER}"
    rf"| +(?:của +)?tháng +(?:cuối +(?:{'|'.join(map(re.escape, _TW.PERIOD_END_WORDS))}){_END_OF_WORD}(?: +báo +cáo{_END_OF_WORD})?"
    rf"|(?P<mm>\d{{1,2}})(?!\d){_NO_YEAR_AFTER}))")
_RECURRENCE = (rf"(?P<r>(?:(?P<periodic>{' +'.join(_TW.PERIODIC)}) +(?:{_IN_LIST})|{_EVERY_PERIOD})(?: *, *(?:{_IN_LIST}))*)"
               rf"(?:(?P<gap>[ ,;:(\[]*)(?P<rule>{_DAY_RULE})(?P<close> *[)\]])?)?")
# The pieces, in the order they are tried at a position (marks and lead-in words first: cheap, and no
# other piece starts with them); only those that can start with the character there are tried
# (text/dispatch.py works that out from each piece's pattern).
_PIECES = FirstCharacter((
    r"(?P<o>[(\[])", r"(?P<k>[)\]])", r"(?P<p>[,;:.])",
    rf"(?P<alt>{_OR}){_END_OF_WORD}",  # "hoặc" opens no other piece (it is no filler here)
    rf"(?P<f>{_FILLER_RUN})",
    rf"(?P<w>(?:(?P<m>{_SCAN_MARKERS}) +(?:(?:{_AFTER_MARKER}) +)*)?{_CORE})(?=[ ()\[\],;:.]|$)",
    rf"(?P<n>(?:(?:{_COUNT_LEADS}) +)?(?P<amount>\d{{1,9}})(?!\d) +(?P<unit>{_COUNT_UNIT_WORDS})"
    rf" +(?:{_COUNT_FROM}) +(?P<anchor>{_TEXT}))(?= *(?:[)\]]|$))",
    rf"(?P<c>(?:(?P<event>{_EVENT})|{_PER}) +(?P<x>{_TEXT}))(?= *(?:[)\]]|$))",
    rf"(?P<rec>{_RECURRENCE})(?=[ ()\[\],;:.]|$)",
))


def _matcher(pattern: re.Pattern) -> tuple:
    """A pattern's ``match`` and the number of the first group of _CORE in it (0: no window piece)."""
    return pattern.match, (pattern.groupindex["sep"] - 7 if "sep" in pattern.groupindex else 0)


_MATCH_AT = {char: _matcher(pattern) for char, pattern in _PIECES.by_character.items()}
_MATCH_ANY = _matcher(_PIECES.whole)
_FIRST_WORD = re.compile(r"[^\W\d_]+(?:&[^\W\d_]+)*")


def scan(text: str, folded: str) -> list[Item] | None:
    """The items of a cell made of compiled pieces, as the grammar reads them; None: use the grammar.

    Examples:
        >>> [(str(it.rule), it.start, it.end, it.alternative) for it in scan("Quý I/2022 (hoặc sau khi Sở Nội vụ có hướng dẫn)", "quý i/2022 (hoặc sau khi sở nội vụ có hướng dẫn)")]
        [('within 2022Q1', 0, 10, False), ('after "Sở Nội vụ có hướng dẫn"', 17, 47, True)]
    """
    items: list[Item] = []
    stack: list[bool] = []
    alternative = False
    pos, end = 0, len(folded)
    matcher_at = _MATCH_AT.get
    previous = None  # the kind of the piece before ("w", "f" …)
    while pos < end:
        char = folded[pos]
        if char == " ":
            pos += 1
            continue
        match, core = matcher_at(char, _MATCH_ANY)  # only the pieces that can start here
        m = match(folded, pos)
        if m is None:
            return None if folded[pos:].strip() else items
        piece = m.lastgroup
        if piece == "w":
            window = _window(m.groups(), core - 1)
            marker = m.group("m")
            kind = (_MARKER_KIND.get(marker) or _MARKER_KIND[" ".join(marker.split())]) if marker else "within"
            if window is None or (kind == "by" and marker.startswith("đến") and previous in ("year", "w")):
                return None  # "năm 2022 đến năm 2025", "tháng 10/2025 đến tháng 12/2025": one range to the grammar
            rule = _marked(kind, window)
            if rule is None or (kind == "from" and folded[m.end():].strip(" )]")):
                return None  # a start may take an end after it ("từ … đến …"): the grammar reads it
            items.append(Item(rule, m.start("w"), m.end(), alternative))
            previous = "year" if window.granularity == "year" else "w"
        elif piece == "rec":
            found = _recurrence(m)
            if found is None:
                return None
            rule, stop = found
            items.append(Item(rule, m.start("rec"), stop, alternative))
            previous = piece
        elif piece == "c" or piece == "n":
            found = _counted(m, text) if piece == "n" else _condition(m, text)
            if found is None:
                return None
            items.append(Item(found, m.start(piece), m.end(), alternative))
            previous = piece
        elif piece == "o":
            stack.append(alternative)
            previous = piece
        elif piece == "k":
            if stack:
                alternative = stack.pop()
            previous = piece
        elif piece == "alt":
            alternative = True
            previous = piece
        else:
            previous = piece
        pos = m.end()
    return items


def _recurrence(m: re.Match) -> tuple[Rule, int] | None:
    """"hàng quý, 06 tháng, năm: trước ngày 20 của tháng cuối kỳ báo cáo": the periods and their day rule."""
    listed, rule_text, gap, close, day_text, strict_word, day_month, month_after = m.group(
        "r", "rule", "gap", "close", "day", "strict", "dm", "mm")
    every, period_words = _TW.EVERY_WORDS, _TW.PERIOD_WORDS
    periods = []
    for element in listed.split(","):
        words = element.split()
        if words[0] in every or words[0] == _TW.PERIODIC[0]:
            words = words[1:] if words[0] in every else words[2:]
            if words[0] in every:
                words = words[1:]
        periods.append(_HALF_MONTHS[words[0]] if words[0].isdigit() else period_words[words[0]])
    periods = tuple(dict.fromkeys(periods))
    if rule_text is None:
        return _merge_groups([(periods, None)]), m.end("r")
    opened = "(" in gap or "[" in gap
    if opened != (close is not None):
        return None  # a day rule in brackets must close them; the grammar reads the rest
    day = int(day_text)
    if not 1 <= day <= 31:
        return None
    strict = (strict_word or "").strip() == "trước"
    month = day_month or month_after
    if month is not None:
        if not 1 <= int(month) <= 12:
            return None
        rule = DayRule(day, strict, int(month))
    else:
        rule = DayRule(day, strict)
    return _merge_groups([(periods, rule)]), (m.end("close") if opened else m.end("rule"))


def _condition(m: re.Match, text: str) -> Rule | None:
    """"sau khi X", "theo X": the condition's kind, text, actor and span, as the grammar reads them."""
    start, end = m.span("x")
    written = " ".join(text[start:end].split())
    if m.group("event") is not None:
        if is_issue_anchor(_FIRST_WORD.findall(m.string[start:end]), _TW):
            return From(None)  # "sau khi Kế hoạch này được ban hành": from the issue date, as the grammar reads it
        kind = "event"
    else:
        first = _FIRST_WORD.match(m.string, start)
        kind = _TW.PER_KINDS.get(first.group(), "schedule") if first is not None else "schedule"
    actor = actor_of(written, _WORDS, m.string[start:end].split())
    return After(Condition(kind, written, actor, make_span(start, end)))


def _counted(m: re.Match, text: str) -> Rule | None:
    """"trong vòng 30 ngày kể từ ngày ban hành": a counted period from the issue date or an event."""
    amount = int(m.group("amount"))
    unit = _COUNT_UNITS[" ".join(m.group("unit").split())]
    if amount > MAX_COUNT[unit]:
        return None  # the grammar reports a period longer than the date domain
    start, end = m.span("anchor")
    anchor = m.string[start:end]
    words = _FIRST_WORD.findall(anchor)  # the anchor's word tokens
    if is_issue_anchor(words, _TW):
        return After(Condition("issued", ""), Offset(amount, unit))
    first = _FIRST_WORD.match(anchor)
    if first is not None and first.group() in ("khi", "ngày"):  # "kể từ khi có quyết định"
        rest = anchor[first.end():].lstrip()
        if not rest or not rest[0].isalnum():
            return None
        start += len(anchor) - len(rest)
    written = " ".join(text[start:end].split())
    return After(Condition("event", written, actor_of(written, _WORDS, m.string[start:end].split()), make_span(start, end)),
                 Offset(amount, unit))


