"""Deadline phrases of Vietnamese plans to rules, windows and due dates.

Examples:
    >>> from datetime import date
    >>> from reformrules import PlanContext
    >>> ctx = PlanContext(plan_year=2022, issued=date(2022, 1, 21))
    >>> d = parse_deadline("Quý I/2022 (hoặc sau khi UBND tỉnh triển khai)", ctx)
    >>> str(d), d.start, d.due, d.conditional, d.event_actor
    ('any(within 2022Q1 | after "UBND tỉnh triển khai")', datetime.date(2022, 1, 1), datetime.date(2022, 3, 31), True, 'Ủy ban nhân dân tỉnh')
    >>> str(parse_deadline("Hoàn thành chậm nhất Quý III/2018"))
    'by 2018Q3'
"""

from __future__ import annotations

from bisect import bisect_left
from collections import OrderedDict
from dataclasses import replace
from unicodedata import is_normalized
from itertools import count

from ..context import PlanContext
from ..diagnostics import Code, Severity
from ..lexicon import Lexicon
from ..lexicon import packaged
from ..lexicon import resolve as resolve_lexicon
from ..limits import MAX_CELL_CHARS, MAX_TEXT_CHARS, too_long
from ..source import Span
from ..text.collect import Collector, Mode, check_mode, raise_on_errors
from ..text.located import _IDENTITY, Place, TextInput
from ..text.fold import fold
from ..text.prepared import Prepared, prepare
from ..workdays import WorkCalendar
from .checks import findings
from .fastpath import scan, shortcut
from .flat import rule_dates, simple_dates
from .model import (After, AllOf, AnyOf, Before, By, Condition, DayRule, Deadline, From, Granularity, Occurrence,
                    Offset, Recurring, Rule, Unparsed, Window, Within, make_deadline, make_span)
from .parser import PhraseParser, combine, unparsed, unused_diagnostics, yearly_part
from .recurrence import occurrences, reporting_cutoff
from .resolve import flat_dates, schedule_dates
from .words import compiled

__all__ = [
    "After", "AllOf", "AnyOf", "Before", "By", "Condition", "DayRule", "Deadline", "From", "Granularity", "Occurrence",
    "Offset", "Recurring", "Rule", "Unparsed", "Window", "Within", "find_deadlines", "occurrences",
    "parse_deadline", "reporting_cutoff",
]

# Running text holding neither a digit nor a word that opens a digitless form is skipped (the
# prefilter is derived from the lexicon: deadlines/words.py).


def _check_args(ctx: object, mode: str) -> None:
    if ctx is not None and not isinstance(ctx, PlanContext):
        raise TypeError(f"ctx must be a PlanContext or None, not {type(ctx).__name__}")
    check_mode(mode)


def parse_deadline(text: TextInput, ctx: PlanContext | None = None, *, mode: Mode = "collect",
                   calendar: WorkCalendar | None = None, lexicon: Lexicon | None = None) -> Deadline:
    """Parse one deadline phrase (a "Tiến độ" cell) into a ``Deadline``.

    In ``collect`` mode (the default) it never raises on a ``str``: unreadable text gives an
    ``Unparsed`` rule with an error diagnostic. In ``raise`` mode, errors raise one
    ``ParseError``. ``text`` is a ``str`` (spans are offsets into it, into its NFC form when it
    was not NFC), a :class:`reformrules.document.Located` (spans and diagnostics are then in
    the document's source coordinates) or a :class:`reformrules.text.prepared.Prepared` (a cell
    prepared once for every parser: its fold and tokens are reused). ``lexicon``: the word tables
    (``None``: the packaged ones).

    Examples:
        >>> d = parse_deadline("Trong năm 2022 (sau khi UBND tỉnh hướng dẫn)")
        >>> str(d), d.due, d.conditional
        ('all(within 2022 ; after "UBND tỉnh hướng dẫn")', datetime.date(2022, 12, 31), True)
        >>> d = parse_deadline("ngay trong tuần tới")
        >>> str(d), d.due, [x.code.value for x in d.diagnostics]
        ('unparsed', None, ['deadline.unparsed'])
        >>> from reformrules.document import Located
        >>> d = parse_deadline(Located("Quý II/2026", Span(120, 131)))
        >>> str(d), d.span
        ('within 2026Q2', Span(start=120, end=131))
    """
    if ctx is not None and type(ctx) is not PlanContext or mode != "collect":
        _check_args(ctx, mode)
    lex = _PACKAGED[0] if lexicon is None else resolve_lexicon(lexicon)
    last = _LAST_CONTEXT  # one read: another thread may replace the pair, never half of it
    number = last[1] if ctx is last[0] else _context_number(ctx)  # a plan's cells share one context
    if type(text) is str:  # the commonest call: look the text up before preparing it
        prepared = None
        key = (text, number, calendar, lex)
    else:
        prepared = text if type(text) is Prepared else prepare(text)
        key = (prepared.given, number, calendar, lex)
    result = _CACHE.get(key)
    if result is not None:
        _CACHE.move_to_end(key)  # least recently used out first
    else:
        result = _parse(prepared, ctx, calendar, lex) if prepared is not None else _parse_text(text, ctx, calendar, lex)
        given = key[0]
        if given in _SEEN:  # a phrase seen before: kept from now on
            if len(_CACHE) >= _CACHE_SIZE:
                _CACHE.popitem(last=False)  # the least recently used parse goes (O(1))
            _CACHE[key] = result
        else:  # seen once: only its text is noted (a unique phrase keeps no result alive)
            if len(_SEEN) >= _SEEN_SIZE:
                _SEEN.clear()
            _SEEN.add(given)
    if mode == "raise":
        raise_on_errors(result.text, result.diagnostics, mode)
    if prepared is None or prepared.place is _IDENTITY or prepared.place.is_identity:
        return result
    return relocate(result, prepared.place)


def _context_number(ctx: PlanContext | None) -> int:
    """The number standing for ``ctx`` in cache keys: equal contexts share one, and a number is never
    given twice (so a key never outlives its context's meaning); hashing a context once per switch."""
    numbers = _CONTEXT_NUMBERS
    number = numbers.get(ctx)
    if number is None:
        if len(numbers) >= _CONTEXTS_KEPT:
            numbers.clear()  # the cached parses of forgotten numbers are simply never asked again
        number = numbers[ctx] = next(_NEXT_NUMBER)
    global _LAST_CONTEXT
    _LAST_CONTEXT = (ctx, number)
    return number


# Parses by (text, context, calendar, lexicon): results are immutable, so repeated cells ("Trong năm
# 2022") share one. An OrderedDict (least recently used out first), not lru_cache, because the parse
# takes the prepared text. 512 results: a table repeats its cells within a few rows, and a larger cache
# keeps so many objects alive that the garbage collector costs more than the cache saves (docs/decisions.md).
_CACHE: OrderedDict[tuple, Deadline] = OrderedDict()
_CACHE_SIZE = 512
_CONTEXT_NUMBERS: dict[PlanContext | None, int] = {}
_CONTEXTS_KEPT = 1024
_NEXT_NUMBER = count()
_LAST_CONTEXT: tuple = (object(), -1)  # the last context asked for and its number (compared by identity)
_SEEN: set[str] = set()  # the texts parsed once, not kept: a result is cached on its text's second parse
_SEEN_SIZE = 4096


def relocate(deadline: Deadline, place: Place) -> Deadline:
    """``deadline`` with every span (its own, its diagnostics', its conditions') in file coordinates."""
    return replace(deadline, rule=_relocate_rule(deadline.rule, place), span=place.span(deadline.span),
                   diagnostics=place.diagnostics(deadline.diagnostics))


def _relocate_rule(rule: Rule, place: Place) -> Rule:
    if isinstance(rule, (After, Before)) and rule.condition.span is not None:
        return replace(rule, condition=replace(rule.condition, span=place.span(rule.condition.span)))
    if isinstance(rule, From) and rule.until_event is not None and rule.until_event.span is not None:
        return replace(rule, until_event=replace(rule.until_event, span=place.span(rule.until_event.span)))
    if isinstance(rule, AnyOf):
        return replace(rule, options=tuple(_relocate_rule(r, place) for r in rule.options))
    if isinstance(rule, AllOf):
        return replace(rule, parts=tuple(_relocate_rule(r, place) for r in rule.parts))
    return rule


def _parse(prepared: Prepared, ctx: PlanContext | None, calendar: WorkCalendar | None, lexicon: Lexicon,
           tried: bool = False) -> Deadline:
    """The parse of one phrase (``tried``: the shortcut and the compiled scan were tried on it already)."""
    text = prepared.text
    whole = make_span(0, len(text))
    diagnostics = Collector()
    if prepared.normalized:
        diagnostics.info(Code.TEXT_NORMALIZED, "text was not NFC; offsets refer to its NFC form")
    if not text.strip():
        rule: Rule = Unparsed("empty")
        diagnostics.error(Code.TEXT_EMPTY, "empty deadline phrase", whole)
    elif len(text) > MAX_CELL_CHARS and (over := too_long(text, MAX_CELL_CHARS, "a deadline phrase")):  # docs/limits.md
        rule = Unparsed("too long")
        diagnostics.append(over)
    elif lexicon is _PACKAGED[0] and not tried and (quick := shortcut(prepared.folded)) is not None:
        return _quick(text, quick, ctx, calendar, diagnostics)
    elif lexicon is _PACKAGED[0] and not tried and (pieces := scan(text, prepared.folded)):  # the compiled scan
        rule = _rule_of(pieces, [], text, diagnostics)
    else:
        parser = PhraseParser(text, prepared.tokens(), ctx, diagnostics, compiled(lexicon))
        items, unused = parser.scan()
        rule = _rule_of(items, unused, text, diagnostics)
    return _deadline(text, rule, diagnostics, ctx, calendar)


def _deadline(text: str, rule: Rule, diagnostics: list, ctx: PlanContext | None,
              calendar: WorkCalendar | None) -> Deadline:
    """The deadline of a phrase read as ``rule``, with its dates and every check's findings."""
    whole = make_span(0, len(text))
    start, due = flat_dates(rule, ctx, calendar)
    diagnostics += findings(rule, start, due, ctx, whole)
    return make_deadline(text, rule, start, due, tuple(diagnostics), whole, ctx)


def _rule_of(items: list, unused: list, text: str, diagnostics: Collector) -> Rule:
    """One rule from the items of a phrase (the grammar's or the compiled scan's)."""
    items = yearly_part(items, diagnostics)
    if len(diagnostics) > 1:
        diagnostics[:] = list(dict.fromkeys(diagnostics))  # a form retried at later tokens reports once
    if diagnostics and diagnostics.has_errors:  # an impossible date or range: no value, never a guess
        return Unparsed("; ".join(d.message for d in diagnostics if d.severity is Severity.ERROR))
    if not items:
        rule, extra = unparsed(text, "no deadline form recognised")
        diagnostics.extend(extra)
        return rule
    if len(items) == 1 and not items[0].alternative:
        rule = items[0].rule
    else:
        rule, extra = combine(items, text)
        diagnostics.extend(extra)
    if unused:
        diagnostics.extend(unused_diagnostics(unused, text))
    return rule


_PACKAGED = [packaged()]  # compared by identity on every parse


def _parse_text(text: str, ctx: PlanContext | None, calendar: WorkCalendar | None, lexicon: Lexicon) -> Deadline:
    """``_parse(Prepared(text))``, with the shortcut tried on the fold before anything else is made."""
    if lexicon is _PACKAGED[0] and len(text) <= MAX_CELL_CHARS and is_normalized("NFC", text):
        folded = fold(text)
        rule = shortcut(folded)
        if rule is not None:
            return _quick(text, rule, ctx, calendar)
        pieces = scan(text, folded)
        if pieces:  # what _parse does with them, without preparing the text (nothing else reads it)
            return _scanned(text, pieces, ctx, calendar)
        return _parse(Prepared.of_nfc(text, folded), ctx, calendar, lexicon, tried=True)
    return _parse(Prepared(text, _IDENTITY), ctx, calendar, lexicon)


def _scanned(text: str, items: list, ctx: PlanContext | None, calendar: WorkCalendar | None) -> Deadline:
    """``_deadline(text, _rule_of(items, [], text, Collector()), …)`` for the items of the compiled scan:
    the scan reports nothing and writes every year, so ``_rule_of``'s steps that read its diagnostics
    (the yearly rule that drops an implicit-year note, the repeats, the errors) have nothing to do."""
    if len(items) == 1 and not items[0].alternative:
        rule, found = items[0].rule, []
    else:
        rule, found = combine(items, text)  # found: a fresh list (the mixed-clauses warning)
    dates = simple_dates(rule, ctx, calendar)  # flat_dates with no events, its first step inline
    start, due = dates if dates is not None else schedule_dates(rule, ctx, calendar)
    whole = make_span(0, len(text))
    found += findings(rule, start, due, ctx, whole)
    return make_deadline(text, rule, start, due, tuple(found), whole, ctx)


def _quick(text: str, rule: Rule, ctx: PlanContext | None, calendar: WorkCalendar | None,
           diagnostics: list | None = None) -> Deadline:
    """The deadline of a phrase the shortcut read: one window, plain limit or start of a window.

    Its dates are the window's own (the schedule reads them the same way; a property test checks it),
    so the general date machinery is not run; the checks are. A policy that moves window ends falls
    back to the schedule.
    """
    if ctx is not None and ctx.policy.shift_named_windows:
        start, due = flat_dates(rule, ctx, calendar)
    elif type(rule) is Within:  # the commonest cell: the window's own days
        start, due = rule.window.start, rule.window.end
    else:
        start, due = rule_dates(rule, ctx, calendar)
    whole = make_span(0, len(text))
    found = findings(rule, start, due, ctx, whole)
    if diagnostics:
        found[:0] = diagnostics
    return make_deadline(text, rule, start, due, tuple(found), whole, ctx)


def clear_cache() -> None:
    """Forget cached parses (benchmarks of the cold path call it).

    Examples:
        >>> clear_cache()
    """
    _CACHE.clear()
    _SEEN.clear()


def find_deadlines(text: TextInput, ctx: PlanContext | None = None, *,
                   calendar: WorkCalendar | None = None, lexicon: Lexicon | None = None) -> tuple[Deadline, ...]:
    """Find the deadline phrases inside running text (a plan's body), each with its span.

    Only strong forms are taken: a window after a marker ("trong", "chậm nhất", "trước", "từ",
    "đến" …) or a quarter/half window, counted periods, recurrences and "sau khi" events.
    Bare dates (of cited documents) and bare years (of programme titles) are left alone.
    ``text`` may be a :class:`reformrules.document.Located` (spans are then in file coordinates) or a
    :class:`reformrules.text.prepared.Prepared` (its fold and tokens are reused).
    Text over ``reformrules.limits.MAX_TEXT_CHARS`` is not read: the result is one unparsed
    ``Deadline`` with a ``text.too_long`` error (docs/limits.md).

    Examples:
        >>> found = find_deadlines("Kế hoạch gửi về Sở Nội vụ chậm nhất trong Quý I năm 2018 để tổng hợp")
        >>> [(d.text, str(d)) for d in found]
        [('chậm nhất trong Quý I năm 2018', 'by 2018Q1')]
    """
    prepared = text if type(text) is Prepared else prepare(text)
    _check_args(ctx, "collect")
    phrase, place = prepared.given, prepared.place
    if (over := too_long(phrase, MAX_TEXT_CHARS, "running text")) is not None:  # docs/limits.md
        return (Deadline(phrase[:80], Unparsed("too long"), None, None, (over,), over.span, ctx),)
    words = compiled(resolve_lexicon(lexicon))
    text = prepared.text
    if not words.may_hold(prepared.folded):
        return ()  # no number and no word that opens a digitless form: nothing to find
    diagnostics = Collector()
    parser = PhraseParser(text, prepared.tokens(), ctx, diagnostics, words)
    items, _ = parser.scan(find=True)
    found = []
    located = sorted((d for d in diagnostics if d.span is not None), key=lambda d: d.span.start)  # type: ignore[union-attr]
    starts = [d.span.start for d in located]  # type: ignore[union-attr]
    for item in items:
        span = Span(item.start, item.end)
        own = tuple(dict.fromkeys(located[bisect_left(starts, item.start):bisect_left(starts, item.end)]))
        rule = item.rule
        if any(d.severity is Severity.ERROR for d in own):  # "trong Quý I/2241": no value, never the plan year
            rule = Unparsed("; ".join(d.message for d in own if d.severity is Severity.ERROR))
        start, due = flat_dates(rule, ctx, calendar)
        own += tuple(findings(rule, start, due, ctx, span))
        found.append(Deadline(span.slice(text), rule, start, due, own, span, ctx))
    if not place.is_identity:
        return tuple(relocate(d, place) for d in found)
    return tuple(found)
