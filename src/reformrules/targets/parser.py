"""Read the numeric goals of a text into :class:`~reformrules.targets.model.Target` values.

The text is split into clauses (at ";", at a sentence end, at list bullets, at tabs, at "|" cell
borders and at blank lines). In each clause every number that looks like a goal is found with the
words right before it (the cue: "đạt tối thiểu", "giảm xuống dưới", "Phấn đấu từ") and right after
it ("trở lên", "so với …", "(hoặc …)") by :mod:`.goals`; :mod:`.build` turns the goals into targets,
reading the quantity each measures around it (:mod:`.subject`). The word tables are the lexicon's
(``Lexicon.targets``, ``lexicon/targetwords.py``), compiled once per lexicon (:mod:`.grammar`).

A number is a goal when it is a percentage, or a count with a cue ("tối thiểu 10 hồ sơ"), or a
bare number after a strong cue ("trên 84"; warned as ``target.no_unit``). Years, dates, document
numbers, service levels ("mức độ 3, 4") and counts without a cue ("17 sở") are not goals. Two
wordings are goals without a number ("Toàn bộ hồ sơ … được …" is ``== 100%``, "Không để xảy ra
tình trạng … trễ hạn" is ``== 0%``; ``target.value_in_words``). A percentage that cannot be read
gives an explicit unparsed :class:`Target` with a ``target.unparsed`` error, never a silent drop.

Examples:
    >>> [str(t) for t in parse_targets("Tỷ lệ hồ sơ trễ hạn giảm xuống dưới 5%.")]
    ['< 5%']
    >>> t = parse_targets("Phấn đấu từ 95% -100% số hồ sơ TTHC được trả kết quả đúng hạn.")[0]
    >>> str(t), t.subject, t.id
    ('95%..100%', 'số hồ sơ TTHC được trả kết quả đúng hạn', 'T:1')
    >>> [str(t) for t in parse_targets("Không để xảy ra tình trạng giải quyết hồ sơ trễ hạn.")]
    ['== 0%']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from ..context import PlanContext
from ..diagnostics import Diagnostic
from ..lexicon import Lexicon
from ..lexicon import resolve as resolve_lexicon
from ..limits import MAX_TEXT_CHARS, too_long
from ..text.collect import Mode, check_mode, raise_on_errors
from ..text.located import Place, TextInput, place_of
from ..text.prepared import Prepared
from .build import build_targets, completed
from .goals import (Goal, ValueCell, is_condition, match_words, number_word_goal, percent_at, read_goal, stray_percent,
                    unit_at, word_goal)
from .grammar import PUNCT, Columns, CueRole, TargetGrammar, columns, compiled, is_bullet
from .model import PERCENT, Comparator, Target
from .subject import trim

# Enum members bound once: an attribute of an Enum class is looked up through its metaclass on every
# access (Python 3.11), and these are read for every goal.
_UNPARSED = Comparator.UNPARSED
_DECREASE = CueRole.DECREASE
_INCREASE = CueRole.INCREASE
_RESULT = CueRole.RESULT
_TARGET_NOUN = CueRole.TARGET_NOUN

# The marks that can end a clause (dashes of every kind: the text is not folded), and tabs and line breaks.
_CLAUSE_MARKS = re.compile("[;.|\t\n\\-\u2010-\u2014\u2212]")
_new = tuple.__new__
_REPORT_REACH = 16  # tokens from a sentence start within which a report word opens it


def parse_targets(
    text: TextInput,
    ctx: PlanContext | None = None,
    *,
    mode: Mode = "collect",
    id_prefix: str | None = None,
    lexicon: Lexicon | None = None,
    unit: str | None = None,
) -> tuple[Target, ...]:
    """Every numeric goal of ``text``, in order; spans are offsets into ``text``.

    Args:
        text: a sentence, a "Mục tiêu" paragraph or an appendix product cell; or a
            :class:`reformrules.document.Located` (a cell or paragraph of a read document), whose
            targets then have spans (and diagnostics) in file coordinates; or a
            :class:`reformrules.text.prepared.Prepared` text (its fold and tokens are reused).
        ctx: optional; ``ctx.doc_id`` is the default id prefix.
        lexicon: the word tables (:class:`reformrules.lexicon.Lexicon`; ``None``: the packaged
            ones); the targets tables are its ``targets`` field (``lexicon/targetwords.py``).
        mode: ``"collect"`` never raises on a str and keeps unreadable goals as unparsed
            targets; ``"raise"`` raises one :class:`ParseError` listing every error.
        id_prefix: ids are ``"<id_prefix>:<n>"`` (n from 1, in text order); alternatives are
            ``"<id>.or<k>"``. Defaults to ``ctx.doc_id``, else ``"T"``. Give each call its own
            prefix (the plan reader uses the task reference) so that ids stay unique in a plan.
        unit: the text of a table row's unit column ("%", "lớp": a unit of the table) when ``text`` is
            a value cell of that row: a number that ends its cell with no unit of its own takes it
            ("≥ 80" is ``>= 80%``, "80" is ``>= 80% [implicit]``). A unit cell inside ``text`` ("| Tỷ
            lệ … | % | ≥ 80 |") does the same for the cells after it on its line.

    Raises:
        TypeError: ``text`` is neither a str, a Located nor a Prepared.
        ParseError: in ``mode="raise"``, when a goal could not be read.

    Text over ``reformrules.limits.MAX_TEXT_CHARS`` is not read: one unparsed target carries a
    ``text.too_long`` error (docs/limits.md).

    Examples:
        >>> ts = parse_targets("Mức độ hài lòng … đạt tối thiểu 78%, đối với sự phục vụ của đơn vị sự nghiệp công lập đạt tối thiểu 78%")
        >>> [str(t) for t in ts], ts[1].subject
        (['>= 78%', '>= 78%'], 'Mức độ hài lòng … đối với sự phục vụ của đơn vị sự nghiệp công lập')
        >>> [str(t) for t in parse_targets("cấp tỉnh, huyện, xã đạt tỷ lệ tương đương (50%, 40%, 25%)", id_prefix="002")]
        ['>= 50% @tỉnh [implicit]', '>= 40% @huyện [implicit]', '>= 25% @xã [implicit]']
        >>> parse_targets("đạt …%")[0].op.value
        'unparsed'
        >>> [str(t) for t in parse_targets("| Tỷ lệ hồ sơ được số hóa | % | ≥ 80 |")], str(parse_targets("80", unit="%")[0])
        (['>= 80%'], '>= 80% [implicit]')
    """
    prepared = text if isinstance(text, Prepared) else None
    place: Place | None = None
    if isinstance(text, str):
        phrase = text
    else:
        try:
            phrase, place = place_of(text)
        except TypeError:
            raise TypeError(f"parse_targets expects a str or a Located, got {type(text).__name__}") from None
    check_mode(mode)
    g = compiled(resolve_lexicon(lexicon))
    found = _parse(g, phrase, prepared, ctx, mode, id_prefix, _column_unit(g, unit))
    if place is None or place.is_identity:
        return found
    return tuple(_relocated(target, place) for target in found)


def _column_unit(g: TargetGrammar, text: str | None) -> str | None:
    """The unit a unit column's cell names ("%", " lớp "), or None (no cell, or not one unit of the table)."""
    if text is None:
        return None
    if not isinstance(text, str):
        raise TypeError(f"parse_targets: unit must be a str, not {type(text).__name__}")
    tk = columns(text)
    first, last = trim(g, tk, 0, len(tk.texts))
    found, width = unit_at(g, tk, first, last)
    return found if found is not None and first + width == last else None


def _parse(g: TargetGrammar, text: str, prepared: Prepared | None, ctx: PlanContext | None, mode: Mode,
           id_prefix: str | None, column_unit: str | None = None) -> tuple[Target, ...]:
    prefix = id_prefix or (ctx.doc_id if ctx is not None and ctx.doc_id else "T")
    over = too_long(text, MAX_TEXT_CHARS, "a text given to parse_targets")
    if over is not None:  # docs/limits.md: one unparsed target says so, nothing is read
        target = Target(_UNPARSED, None, text=text[:80], span=over.span, diagnostics=(over,), id=f"{prefix}:1")
        raise_on_errors(text[:80], (over,), mode)
        return (target,)
    if not g.MAY_HOLD_A_GOAL.search(text):
        return ()  # no digit, no percent sign, no "phần trăm": nothing to read
    # the tokens as columns, read by index (no Token object per token); a prepared text was tokenized
    # once for every parser (text/prepared.py)
    tk = columns(text) if prepared is None else _new(Columns, prepared.columns("decimals"))
    targets: list[Target] = []
    carried = None  # "Hằng năm, A tăng trên 3%; B tăng trên 3%": every change of the sentence is yearly
    reporting = False  # "Đến 12h00 ngày 21/11/2025, toàn tỉnh ghi nhận …; trên 63.000 ha …": figures reached
    sentence_start = True
    openers = _openers(g, tk)
    may_report = not g.REPORT_FIRST_WORDS.isdisjoint(tk.texts)  # the quick test for "ghi nhận", "tính đến"
    row_unit = column_unit  # the unit of a table row's unit column, for its value cells
    in_row = column_unit is not None or "|" in text
    previous_end = 0
    for start, end in _clauses(text, tk):
        carried = _periodic_opening(g, tk, start, end) or carried
        reporting = reporting or (may_report and sentence_start and _report_opening(g, tk, start, end))
        cell = None
        if in_row:
            if row_unit is not column_unit and "\n" in text[tk.ends[previous_end - 1] if previous_end else 0:
                                                           tk.starts[start]]:
                row_unit = column_unit  # a line break ends a pipe-drawn row
            first, last = trim(g, tk, start, end)
            unit, width = unit_at(g, tk, first, last)
            if unit is not None and first + width == last and start > 0 and tk.texts[start - 1] == "|":
                row_unit = unit  # "| % |": the unit column of this row
            elif row_unit is not None and last > first and tk.kinds[last - 1] == "num":
                cell = ValueCell(row_unit, first, last - 1)  # "| ≥ 80 |" after it: maybe a value cell
        previous_end = end
        at = bisect_left(openers, start)
        if at < len(openers) and openers[at] < end:  # only a clause with a number or a goal word holds goals
            targets.extend(_parse_clause(g, text, tk, start, end, carried, reporting, openers=openers,
                                         cell=cell))
        sentence_start = end >= len(tk.texts) or tk.texts[end] != ";"
        if sentence_start:
            carried, reporting = None, False
    if not targets:
        return ()
    numbered = tuple([_with_ids(target, f"{prefix}:{n}") for n, target in enumerate(targets, 1)])
    if mode == "raise":
        raise_on_errors(text, (d for t in numbered for d in _all_diagnostics(t)), mode)
    return numbered


def _relocated(target: Target, place: Place) -> Target:
    """``target`` with its span, its diagnostics and its alternatives in file coordinates."""
    return replace(target, span=place.span(target.span), diagnostics=place.diagnostics(target.diagnostics),
                   alternatives=tuple(_relocated(alt, place) for alt in target.alternatives))


def _all_diagnostics(target: Target) -> tuple[Diagnostic, ...]:
    return target.diagnostics + tuple(d for alt in target.alternatives for d in _all_diagnostics(alt))


def _with_ids(target: Target, target_id: str) -> Target:
    for k, alt in enumerate(target.alternatives, 1):
        _with_ids(alt, f"{target_id}.or{k}")
    return completed(target, id=target_id)  # built by this call: numbered in place


def _clauses(text: str, tk: Columns) -> list[tuple[int, int]]:
    """Token ranges of the clauses: split at ";", a sentence-ending ".", bullets, tabs, "|", blank lines.

    Only the places the text holds such a mark are looked at.
    """
    starts = tk.starts
    clauses = []
    start = 0
    count = len(tk.texts)
    for match in _CLAUSE_MARKS.finditer(text):
        at = match.start()
        i = bisect_left(starts, at)
        mark = match.group()
        if mark in "\t\n":  # a gap before token i that holds a tab or a blank line ends the clause
            if start < i < count:
                gap = text[tk.ends[i - 1] : tk.starts[i]]
                if "\t" in gap or gap.count("\n") >= 2:
                    clauses.append((start, i))
                    start = i
            continue
        if i >= count or starts[i] != at or tk.kinds[i] not in PUNCT:
            continue  # inside a number ("1.000") or a word
        if mark == ".":
            nxt = text[at + 1 : at + 2]
            cut = text[at - 1 : at] != "." and nxt != "." and (nxt == "" or nxt.isspace())
        elif mark in "-\u2010\u2011\u2012\u2013\u2014\u2212":
            cut = is_bullet(text, at)
        else:  # ";" and "|" (a cell border of a pipe-drawn table, seed 000)
            cut = True
        if cut:
            clauses.append((start, i))
            start = i + 1
    clauses.append((start, count))
    return [(a, b) for a, b in clauses if a < b]


def _periodic_opening(g: TargetGrammar, tk: Columns, start: int, end: int) -> str | None:
    """The baseline of a period word that opens a clause ("Hằng năm, …" -> "năm trước"), else None."""
    if g.PERIODIC_FIRST_WORDS.isdisjoint(tk.texts[start : min(end, start + 6)]):
        return None  # the quick test: no period word among the clause's first tokens
    first, _ = trim(g, tk, start, end)
    for words, baseline in g.PERIODIC_BASELINES.items():
        if match_words(tk, first, end, words):
            return baseline
    return None


def _report_opening(g: TargetGrammar, tk: Columns, start: int, end: int) -> bool:
    """True when a report word ("ghi nhận", "tính đến") opens the sentence, before any number."""
    for i in range(start, min(end, start + _REPORT_REACH)):
        if tk.kinds[i] == "pct":
            return False
        for words in g.REPORT_OPENERS.get(tk.texts[i], ()):
            if match_words(tk, i, end, words):
                return True
    return False


def _parse_clause(g: TargetGrammar, text: str, tk: Columns, start: int, end: int,
                  periodic: str | None = None, reporting: bool = False,
                  *, openers: Sequence[int], cell: ValueCell | None = None) -> list[Target]:
    """The targets of the clause ``tokens[start:end]``; ``openers``: the indexes of every token of the
    text that can open a goal (a number, a percent sign or word, a goal word), in order."""
    goals: list[Goal] = []
    floor = start
    at = bisect_left(openers, start)
    while at < len(openers) and openers[at] < end:
        i = openers[at]
        at += 1
        if i < floor:
            continue  # inside the previous goal
        kind, word = tk.kinds[i], tk.texts[i]
        goal = None
        if kind == "num":
            goal = read_goal(g, text, tk, i, end, floor, goals[-1] if goals else None, start, cell)
        elif width := percent_at(g, tk, i, end):
            if trim(g, tk, start, end) == (i, i + width):
                continue  # "| % |": the unit column of a table row ("ĐVT"), no goal
            goal = stray_percent(g, tk, i, end, floor)
            if (not goal.cues and start < i and i + width < end and tk.texts[i - 1] == "("
                    and tk.texts[i + width] == ")"):
                continue  # "Tỷ lệ (%)": the unit of a column or an indicator, no goal ("đạt (%)" is one)
        elif word in g.WORD_GOAL_FIRST_WORDS:
            goal = word_goal(g, tk, i, start, end)
        elif word in g.NUMBER_WORDS:
            goal = number_word_goal(g, text, tk, i, end, floor)
        if goal is None:
            continue
        if goal.alternative_range is not None:  # "(hoặc … đạt từ 50% trở lên)": goals of their own
            goal.alternatives = tuple(_parse_clause(g, text, tk, *goal.alternative_range, openers=openers))
        if goal.unit not in (PERCENT, None) and any(other.unit == PERCENT and not other.result for other in goals):
            # "100% xã … có ít nhất 04 tin, bài": the count says what the share counts, not a goal
            floor = goal.after
            continue
        prev = goals[-1] if goals else None
        listed = prev is not None and not goal.cues and _joined(g, tk, prev.after, goal.first)
        goal.result = reporting or _RESULT in goal.cues or (listed and prev.result)  # type: ignore[union-attr]
        goal.named = _TARGET_NOUN in goal.cues or (listed and prev.named)  # type: ignore[union-attr]
        goal.condition = goal.word is None and is_condition(g, tk, goal, start, end)
        if periodic and goal.baseline is None and goal.periodic is None and (
                _INCREASE in goal.cues or _DECREASE in goal.cues):
            goal.periodic = periodic
        goals.append(goal)
        floor = goal.after
    return build_targets(g, text, tk, start, end, goals)


def _openers(g: TargetGrammar, tk: Columns) -> list[int]:
    """Indexes of the tokens that can open a goal: numbers, percent signs and words, goal words."""
    kinds, texts = tk.kinds, tk.texts
    words = g.OPENING_WORDS
    if words.isdisjoint(texts):  # most texts: numbers and percent signs only
        return [i for i, kind in enumerate(kinds) if kind == "num" or kind == "pct"]
    return [i for i, kind in enumerate(kinds) if kind == "num" or kind == "pct" or texts[i] in words]


def _joined(g: TargetGrammar, tk: Columns, after: int, first: int) -> bool:
    """True when only list joints ("và", ",") stand between two goals: "61,4% và 70,1%"."""
    return all(tk.texts[k] in g.COVERB_JOINERS for k in range(after, first))
