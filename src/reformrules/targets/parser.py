"""Read the numeric goals of a text into :class:`~reformrules.targets.model.Target` values.

The text is split into clauses (at ";", at a sentence end, at list bullets, at tabs, at "|" cell
borders and at blank lines). In each clause every number that looks like a goal is found with the
words right before it (the cue: "đạt tối thiểu", "giảm xuống dưới", "Phấn đấu từ") and right after
it ("trở lên", "so với …", "(hoặc …)"); the quantity it measures is read around it (:mod:`.subject`).

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

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Literal

from ..context import PlanContext
from ..dates import year_in_domain
from ..diagnostics import Code, Diagnostic, error, info, warning
from ..lexicon import Lexicon
from ..lexicon import resolve as resolve_lexicon
from ..limits import MAX_TEXT_CHARS, too_long
from ..source import Span
from ..text.collect import Mode, check_mode, raise_on_errors
from ..text.located import Place, TextInput, place_of
from .grammar import (
    AFTER_REDUCTION_CUES,
    ALTERNATIVE_WORD,
    COMPARED_WITH,
    COUNT_UNIT_MAX_WORDS,
    COUNT_UNITS,
    OR_LESS,
    OR_MORE,
    MAY_HOLD_A_GOAL as _MAY_HOLD_A_GOAL,
    PERCENT_WORDS,
    INCREASE_WORDS,
    PER_PERIOD,
    PERIODIC_BASELINES,
    PREFIX_CUES,
    PREFIX_MAX_WORDS,
    PUNCT,
    RANGE_JOINERS,
    REPORT_OPENERS,
    RATE_HEADS,
    REDUCTION_WORDS,
    SIGN_CUES,
    TIME_PREPOSITIONS,
    CHANGE_COVERBS,
    COVERB_JOINERS,
    WORD_GOAL_MAX_WORDS,
    WORD_GOALS,
    Cue,
    CueRole,
    Token,
    WordGoal,
    fold_words,
    is_bullet,
    read_number,
    tokenize,
)
from .model import PERCENT, Comparator, Relative, Target, format_number
from .subject import (
    for_object_prefix,
    join_subject,
    level_list,
    split_middle,
    starts_with_for_object,
    subject_range,
    subject_text,
    trim,
)

_STRONG_ROLES = frozenset({CueRole.COMPARATOR, CueRole.EXCEED, CueRole.INCREASE, CueRole.DECREASE})
_FLIP = {Comparator.GE: Comparator.LE, Comparator.GT: Comparator.LT, Comparator.LE: Comparator.GE,
         Comparator.LT: Comparator.GT, Comparator.EQ: Comparator.EQ}
_HUNDRED = Decimal(100)
_PERCENT_FIRST_WORDS = frozenset(words[0] for words in PERCENT_WORDS)
_WORD_GOAL_FIRST_WORDS = frozenset(words[0] for words in WORD_GOALS)


@dataclass
class _Goal:
    """A goal found in a clause, before its subject is known (token indexes into the text)."""

    first: int  # first token of the cue (or of the quantity)
    number: int  # first token of the quantity
    after: int  # token after the quantity and its suffixes
    values: tuple[Decimal, ...] = ()
    value_spans: tuple[tuple[int, int], ...] = ()  # character offsets of each listed value
    kind: Literal["single", "range", "list", "unparsed"] = "single"
    unit: str | None = None
    cues: dict[CueRole, Cue] = field(default_factory=dict)
    or_more: bool = False
    or_less: bool = False
    baseline: str | None = None
    periodic: str | None = None
    alternatives: tuple[Target, ...] = ()
    problem: str = ""
    notes: list[Diagnostic] = field(default_factory=list)
    word: WordGoal | None = None  # a goal written in words ("Toàn bộ hồ sơ … được …")
    open_above: Decimal | None = None  # "vượt 5-10% so với …": the upper end, read as no ceiling
    baseline_from: int | None = None  # token of a "so với" after the measured noun ("giảm 10% biên chế so với …")
    result: bool = False  # a figure reached ("chỉ đạt 61,4% và 70,1%"): read for its subject, never a target
    named: bool = False  # the goal is named as such ("chỉ tiêu là 45%", "mục tiêu 75% và 85%")


# Words that may follow a bare number that is a goal ("trên 84 trở lên", "tăng 5 so với …", "… và 90").
_BARE_NUMBER_FOLLOWERS = frozenset({OR_MORE[0], COMPARED_WITH[0], "mỗi", "hằng", "hàng", "và", "hoặc", ALTERNATIVE_WORD})
_PERIODIC_FIRST_WORDS = frozenset(words[0] for words in PERIODIC_BASELINES)
_REPORT_REACH = 16  # tokens from a sentence start within which a report word opens it
_BASELINE_REACH = 8  # tokens after the quantity within which a later "so với" still sets the baseline


def parse_targets(
    text: TextInput,
    ctx: PlanContext | None = None,
    *,
    mode: Mode = "collect",
    id_prefix: str | None = None,
    lexicon: Lexicon | None = None,
) -> tuple[Target, ...]:
    """Every numeric goal of ``text``, in order; spans are offsets into ``text``.

    Args:
        text: a sentence, a "Mục tiêu" paragraph or an appendix product cell; or a
            :class:`reformrules.document.Located` (a cell or paragraph of a read document), whose
            targets then have spans (and diagnostics) in file coordinates.
        ctx: optional; ``ctx.doc_id`` is the default id prefix.
        lexicon: the word tables (:class:`reformrules.lexicon.Lexicon`; ``None``: the packaged
            ones). The target cue tables are read from ``targets/grammar.py`` for now.
        mode: ``"collect"`` never raises on a str and keeps unreadable goals as unparsed
            targets; ``"raise"`` raises one :class:`ParseError` listing every error.
        id_prefix: ids are ``"<id_prefix>:<n>"`` (n from 1, in text order); alternatives are
            ``"<id>.or<k>"``. Defaults to ``ctx.doc_id``, else ``"T"``. Give each call its own
            prefix (the plan reader uses the task reference) so that ids stay unique in a plan.

    Raises:
        TypeError: ``text`` is neither a str nor a Located.
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
    """
    if not isinstance(text, str):
        try:
            phrase, place = place_of(text)
        except TypeError:
            raise TypeError(f"parse_targets expects a str or a Located, got {type(text).__name__}") from None
        found = parse_targets(phrase, ctx, mode=mode, id_prefix=id_prefix, lexicon=lexicon)
        return tuple(_relocated(target, place) for target in found)
    check_mode(mode)
    resolve_lexicon(lexicon)
    prefix = id_prefix or (ctx.doc_id if ctx is not None and ctx.doc_id else "T")
    over = too_long(text, MAX_TEXT_CHARS, "a text given to parse_targets")
    if over is not None:  # docs/limits.md: one unparsed target says so, nothing is read
        target = Target(Comparator.UNPARSED, None, text=text[:80], span=over.span, diagnostics=(over,), id=f"{prefix}:1")
        raise_on_errors(text[:80], (over,), mode)
        return (target,)
    if not _MAY_HOLD_A_GOAL.search(text):
        return ()  # no digit, no percent sign, no "phần trăm": nothing to read
    tokens = tokenize(text)
    targets: list[Target] = []
    carried = None  # "Hằng năm, A tăng trên 3%; B tăng trên 3%": every change of the sentence is yearly
    reporting = False  # "Đến 12h00 ngày 21/11/2025, toàn tỉnh ghi nhận …; trên 63.000 ha …": figures reached
    sentence_start = True
    for start, end in _clauses(text, tokens):
        carried = _periodic_opening(tokens, start, end) or carried
        reporting = reporting or (sentence_start and _report_opening(tokens, start, end))
        targets.extend(_parse_clause(text, tokens, start, end, carried, reporting))
        sentence_start = end >= len(tokens) or tokens[end].text != ";"
        if sentence_start:
            carried, reporting = None, False
    numbered = tuple(_with_ids(target, f"{prefix}:{n}") for n, target in enumerate(targets, 1))
    raise_on_errors(text, (d for t in numbered for d in _all_diagnostics(t)), mode)
    return numbered


def _relocated(target: Target, place: Place) -> Target:
    """``target`` with its span, its diagnostics and its alternatives in file coordinates."""
    return replace(target, span=place.span(target.span), diagnostics=place.diagnostics(target.diagnostics),
                   alternatives=tuple(_relocated(alt, place) for alt in target.alternatives))


def _all_diagnostics(target: Target) -> tuple[Diagnostic, ...]:
    return target.diagnostics + tuple(d for alt in target.alternatives for d in _all_diagnostics(alt))


def _with_ids(target: Target, target_id: str) -> Target:
    alternatives = tuple(_with_ids(alt, f"{target_id}.or{k}") for k, alt in enumerate(target.alternatives, 1))
    return replace(target, id=target_id, alternatives=alternatives)


def _clauses(text: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Token ranges of the clauses: split at ";", a sentence-ending ".", bullets, tabs, "|", blank lines."""
    clauses = []
    start = 0
    previous_end = -1
    for i, token in enumerate(tokens):
        # a gap of one plain space (most of them) holds no tab and no blank line: skip the slice
        if i > start and (token.start - previous_end > 1 or text[previous_end] != " "):
            gap = text[previous_end : token.start]
            if "\t" in gap or gap.count("\n") >= 2:
                clauses.append((start, i))
                start = i
        previous_end = token.end
        if token.kind not in PUNCT:
            continue
        cut = token.text == ";"
        if token.text == ".":
            nxt = text[token.end : token.end + 1]
            prev = text[token.start - 1 : token.start]
            cut = prev != "." and nxt != "." and (nxt == "" or nxt.isspace())
        if token.text == "-" and is_bullet(text, token.start):
            cut = True
        if token.text == "|":  # a cell border of a pipe-drawn table (seed 000)
            cut = True
        if cut:
            clauses.append((start, i))
            start = i + 1
    clauses.append((start, len(tokens)))
    return [(a, b) for a, b in clauses if a < b]


def _periodic_opening(tokens: Sequence[Token], start: int, end: int) -> str | None:
    """The baseline of a period word that opens a clause ("Hằng năm, …" -> "năm trước"), else None."""
    if not any(t.text in _PERIODIC_FIRST_WORDS for t in tokens[start : min(end, start + 6)]):
        return None  # the quick test: no period word among the clause's first tokens
    first, _ = trim(tokens, start, end)
    for words, baseline in PERIODIC_BASELINES.items():
        if _match_words(tokens, first, end, words):
            return baseline
    return None


def _report_opening(tokens: Sequence[Token], start: int, end: int) -> bool:
    """True when a report word ("ghi nhận", "tính đến") opens the sentence, before any number."""
    for i in range(start, min(end, start + _REPORT_REACH)):
        if tokens[i].kind == "pct":
            return False
        for words in REPORT_OPENERS.get(tokens[i].text, ()):
            if _match_words(tokens, i, end, words):
                return True
    return False


def _parse_clause(text: str, tokens: Sequence[Token], start: int, end: int,
                  periodic: str | None = None, reporting: bool = False) -> list[Target]:
    goals: list[_Goal] = []
    i = start
    floor = start
    while i < end:
        token = tokens[i]
        goal = None
        if token.kind == "num":
            goal = _read_goal(text, tokens, i, end, floor)
        elif (token.kind == "pct" or token.text in _PERCENT_FIRST_WORDS) and _percent_at(tokens, i, end):
            goal = _stray_percent(tokens, i, end, floor)
        elif token.text in _WORD_GOAL_FIRST_WORDS:
            goal = _word_goal(tokens, i, start, end)
        if goal is None:
            i += 1
            continue
        if goal.unit not in (PERCENT, None) and any(g.unit == PERCENT and not g.result for g in goals):
            # "100% xã … có ít nhất 04 tin, bài": the count says what the share counts, not a goal
            i = floor = goal.after
            continue
        prev = goals[-1] if goals else None
        listed = prev is not None and not goal.cues and _joined(tokens, prev.after, goal.first)
        goal.result = reporting or CueRole.RESULT in goal.cues or (listed and prev.result)  # type: ignore[union-attr]
        goal.named = CueRole.TARGET_NOUN in goal.cues or (listed and prev.named)  # type: ignore[union-attr]
        if periodic and goal.baseline is None and goal.periodic is None and (
                CueRole.INCREASE in goal.cues or CueRole.DECREASE in goal.cues):
            goal.periodic = periodic
        goals.append(goal)
        i = floor = goal.after
    return _build_targets(text, tokens, start, end, goals)


def _joined(tokens: Sequence[Token], after: int, first: int) -> bool:
    """True when only list joints ("và", ",") stand between two goals: "61,4% và 70,1%"."""
    return all(tokens[k].text in COVERB_JOINERS for k in range(after, first))


def _percent_at(tokens: Sequence[Token], i: int, end: int) -> int:
    """How many tokens at ``i`` make a percent sign ("%" or "phần trăm"); 0 when none."""
    if tokens[i].kind == "pct":
        return 1
    if tokens[i].text not in _PERCENT_FIRST_WORDS:
        return 0
    for words in PERCENT_WORDS:
        if i + len(words) <= end and tuple(t.text for t in tokens[i : i + len(words)]) == words:
            return len(words)
    return 0


def _unit_at(tokens: Sequence[Token], i: int, end: int) -> tuple[str | None, int]:
    """The unit right after a number at ``i``: ("%", n), (count unit, n) or (None, 0)."""
    if i >= end:
        return None, 0
    width = _percent_at(tokens, i, end)
    if width:
        return PERCENT, width
    if tokens[i].kind != "word":
        return None, 0
    for n in range(min(COUNT_UNIT_MAX_WORDS, end - i), 0, -1):
        unit = COUNT_UNITS.get(tuple(t.text for t in tokens[i : i + n]))
        if unit is not None:
            return unit, n
    return None, 0


def _glued(tokens: Sequence[Token], i: int, j: int) -> bool:
    return tokens[i].end == tokens[j].start


def _scan_cues(tokens: Sequence[Token], number: int, floor: int) -> tuple[int, dict[CueRole, Cue]]:
    """Cue words right before the number, read backwards: (first cue token, cues by role)."""
    cues: dict[CueRole, Cue] = {}
    found: list[tuple[int, Cue]] = []
    pos = number
    while pos > floor:
        sign = _sign_before(tokens, pos, floor)
        if sign is not None and CueRole.COMPARATOR not in cues:  # "≥ 35%", ">= 35%"
            width, cue = sign
            cues[cue.role] = cue
            found.append((pos - width, cue))
            pos -= width
            continue
        for n in range(min(PREFIX_MAX_WORDS, pos - floor), 0, -1):
            window = tokens[pos - n : pos]
            if not all(t.kind == "word" for t in window):
                continue
            key = tuple(t.text for t in window)
            cue = PREFIX_CUES.get(key)
            if cue is None:
                cue = AFTER_REDUCTION_CUES.get(key)
                if cue is None or not any(t.text in REDUCTION_WORDS for t in tokens[floor : pos - n]):
                    continue  # "còn 5 hồ sơ" alone is what remains; "Giảm … còn 1,7 lần" is a goal
            if cue.role in cues and cue.role is not CueRole.FILLER:
                return _drop_leading_fillers(found, number, cues)
            cues[cue.role] = cue
            found.append((pos - n, cue))
            pos -= n
            break
        else:
            skip = _time_before(tokens, pos, floor) if found else 0
            if skip and _comparator_ends_at(tokens, pos - skip, floor):
                pos -= skip  # "ít nhất vào năm 2025 đạt 40%": the comparison stands before the time
                continue
            group = _coverb_group(tokens, pos, floor)
            if group is None:
                break
            pos, cue = group  # "cắt giảm, đơn giản hóa": the reduction word heads the whole group
            cues[cue.role] = cue
            found.append((pos, cue))
            continue
        if found and found[-1][1].role is CueRole.TARGET_NOUN:
            break  # "thấp hơn mục tiêu 75%": what stands before the goal's name compares a result with it
    return _drop_leading_fillers(found, number, cues)


def _time_before(tokens: Sequence[Token], pos: int, floor: int) -> int:
    """Width of a time phrase ("vào năm 2025", "năm 2025") ending right before ``pos``; 0 if none."""
    if pos - 2 < floor or tokens[pos - 1].kind != "num" or tokens[pos - 2].text != "năm":
        return 0
    raw = tokens[pos - 1].text
    if not (len(raw) == 4 and raw.isdigit() and year_in_domain(int(raw))):
        return 0
    return 3 if pos - 3 >= floor and tokens[pos - 3].text in TIME_PREPOSITIONS else 2


def _comparator_ends_at(tokens: Sequence[Token], pos: int, floor: int) -> bool:
    """True when a comparison word ("ít nhất", "tối thiểu") ends right before token ``pos``."""
    for n in range(min(PREFIX_MAX_WORDS, pos - floor), 0, -1):
        cue = PREFIX_CUES.get(tuple(t.text for t in tokens[pos - n : pos]))
        if cue is not None and cue.role is CueRole.COMPARATOR:
            return True
    return False


def _sign_before(tokens: Sequence[Token], pos: int, floor: int) -> tuple[int, Cue] | None:
    """A comparison sign ending right before token ``pos``: (its width in tokens, its cue)."""
    for width in (2, 1):
        if pos - width >= floor and all(t.kind == "other" for t in tokens[pos - width : pos]):
            cue = SIGN_CUES.get(tuple(t.text for t in tokens[pos - width : pos]))
            if cue is not None:
                return width, cue
    return None


def _coverb_group(tokens: Sequence[Token], pos: int, floor: int) -> tuple[int, Cue] | None:
    """"cắt giảm, đơn giản hóa" ending at ``pos``: (the group's first token, the change cue heading it)."""
    for words in CHANGE_COVERBS:
        at = pos - len(words)
        if at - 1 <= floor or tuple(t.text for t in tokens[at:pos]) != words or tokens[at - 1].text not in COVERB_JOINERS:
            continue
        for n in range(min(PREFIX_MAX_WORDS, at - 1 - floor), 0, -1):
            window = tokens[at - 1 - n : at - 1]
            cue = PREFIX_CUES.get(tuple(t.text for t in window)) if all(t.kind == "word" for t in window) else None
            if cue is not None and cue.role in (CueRole.DECREASE, CueRole.INCREASE):
                return at - 1 - n, cue
    return None


def _drop_leading_fillers(found: list[tuple[int, Cue]], number: int, cues: dict[CueRole, Cue]) -> tuple[int, dict[CueRole, Cue]]:
    # A filler ("tỷ lệ") only belongs to the cue when a real cue stands before it.
    while found and found[-1][1].role is CueRole.FILLER:
        found.pop()
    kept = {cue.role: cue for _pos, cue in found}
    return (found[-1][0] if found else number), kept


def _read_goal(text: str, tokens: Sequence[Token], i: int, end: int, floor: int) -> _Goal | None:
    """The goal whose number is at token ``i``, or ``None`` when the number is not a goal."""
    number = i
    if i > floor and tokens[i - 1].text == "(":
        listed = _read_list(tokens, i, end)
        if listed is not None:
            values, spans, after = listed
            first, cues = _scan_cues(tokens, i - 1, floor)
            goal = _Goal(first, i - 1, after, values, spans, "list", PERCENT, cues)
            return _read_suffixes(text, tokens, goal, end, floor)
    for j in (i - 1, i + 1):
        if floor <= j < end and tokens[j].text in "/:" and (_glued(tokens, j, i) or _glued(tokens, i, j)):
            return None  # part of a date, a document number or a ratio such as 9001:2015
    last = i  # a number glued to stray marks ("4,,5", "3.,5") is one malformed number
    while last + 1 < end and _glued(tokens, last, last + 1) and (
        tokens[last + 1].text in ".," or (tokens[last].text in ".," and tokens[last + 1].kind == "num")
    ):
        last += 1
    while last > i and tokens[last].kind != "num":
        last -= 1
    raw = text[tokens[i].start : tokens[last].end]
    value = read_number(tokens[i].text) if last == i else None
    unit, width = _unit_at(tokens, last + 1, end)
    after = last + 1 + width
    values = (value,) if value is not None else ()
    kind: Literal["single", "range", "list", "unparsed"] = "single" if value is not None else "unparsed"
    problem = "" if value is not None else f"cannot read the number {raw!r}"
    if after + 1 < end and tokens[after].text in RANGE_JOINERS and tokens[after + 1].kind == "num":
        if not (tokens[after].text == "-" and is_bullet(text, tokens[after].start)):
            upper = read_number(tokens[after + 1].text)
            unit2, width2 = _unit_at(tokens, after + 2, end)
            if unit is None or unit == unit2:
                unit = unit2
                after += 2 + width2
                if value is None or upper is None:
                    kind, problem = "unparsed", "cannot read the bounds of the range"
                else:
                    kind, values = "range", (value, upper)
    first, cues = _scan_cues(tokens, number, floor)
    goal = _Goal(first, number, after, values, (), kind, unit, cues, problem=problem)
    if not _is_goal(tokens, goal, end):
        return None
    if (
        CueRole.FROM in cues and kind == "single" and after < end and tokens[after].text in RANGE_JOINERS
        and not (after + 1 < end and tokens[after + 1].kind == "num")
    ):
        goal.kind, goal.problem, goal.after = "unparsed", "the range has no upper bound", after + 1
        return goal
    return _read_suffixes(text, tokens, goal, end, floor)


def _read_list(tokens: Sequence[Token], i: int, end: int) -> tuple[tuple[Decimal, ...], tuple[tuple[int, int], ...], int] | None:
    """A parenthesised list of percentages "(50%, 40%, 25%)" starting at number ``i``."""
    values: list[Decimal] = []
    spans: list[tuple[int, int]] = []
    j = i
    while j + 1 < end and tokens[j].kind == "num" and tokens[j + 1].kind == "pct":
        value = read_number(tokens[j].text)
        if value is None:
            return None
        values.append(value)
        spans.append((tokens[j].start, tokens[j + 1].end))
        j += 2
        if j < end and tokens[j].text == ")":
            return (tuple(values), tuple(spans), j + 1) if len(values) >= 2 else None
        if j < end and tokens[j].text == ",":
            j += 1
            continue
        return None
    return None


def _is_goal(tokens: Sequence[Token], goal: _Goal, end: int) -> bool:
    """Percentages are goals; counts need a cue; a bare number needs a strong cue."""
    if goal.unit == PERCENT:
        return True
    roles = set(goal.cues)
    if goal.unit is not None:
        return bool(roles - {CueRole.FILLER, CueRole.PERIODIC})
    if not roles & _STRONG_ROLES:
        return False
    raw = tokens[goal.number].text
    if len(raw) == 4 and raw.isdigit() and year_in_domain(int(raw)):
        return False  # a year
    nxt = tokens[goal.after] if goal.after < end else None
    # "sử dụng ít nhất 01 ứng dụng AI": a count of a noun that is not a count unit describes what the
    # goal counts, it is not a goal of its own; a duration ("trên 5 năm") never is
    return not (nxt is not None and nxt.kind == "word" and nxt.text not in _BARE_NUMBER_FOLLOWERS)


def _stray_percent(tokens: Sequence[Token], i: int, end: int, floor: int) -> _Goal:
    """A percent sign with no readable number before it ("đạt …%"): an unparsed goal."""
    start = i
    if start > floor and tokens[start - 1].kind == "word" and _glued(tokens, start - 1, start):
        start -= 1  # "x%": a word in place of the number
    while start > floor and tokens[start - 1].kind in PUNCT and tokens[start - 1].text in "….,":
        start -= 1
    first, cues = _scan_cues(tokens, start, floor)
    return _Goal(first, i, i + _percent_at(tokens, i, end), kind="unparsed", unit=PERCENT, cues=cues,
                 problem="a percentage with no readable number")


def _word_goal(tokens: Sequence[Token], i: int, start: int, end: int) -> _Goal | None:
    """A goal written in words at token ``i`` ("Toàn bộ hồ sơ … được …", "Không để xảy ra … trễ hạn")."""
    for n in range(min(WORD_GOAL_MAX_WORDS, end - i), 0, -1):
        row = WORD_GOALS.get(tuple(t.text for t in tokens[i : i + n]))
        if row is not None:
            break
    else:
        return None
    if row.clause_start and trim(tokens, start, i + n)[0] != i:
        return None  # "thực hiện … toàn bộ nội dung": an object, not the subject of a goal
    wanted = [fold_words(phrase) for phrase in row.requires]
    for j in range(i + n, end):
        if tokens[j].kind in ("num", "pct"):
            return None  # a number follows first: that number is the goal ("không để quá 5% …")
        if any(_match_words(tokens, j, end, words) for words in wanted):
            return _Goal(i, i, i + n, (row.value,), unit=PERCENT, word=row)
    return None


def _match_words(tokens: Sequence[Token], i: int, end: int, words: tuple[str, ...]) -> bool:
    return i + len(words) <= end and tuple(t.text for t in tokens[i : i + len(words)]) == words


def _read_suffixes(text: str, tokens: Sequence[Token], goal: _Goal, end: int, floor: int = 0) -> _Goal:
    """"trở lên" / "trở xuống", "%/năm", "mỗi năm", "so với …" and "(hoặc …)" after the quantity."""
    j = goal.after
    if _match_words(tokens, j, end, OR_MORE):
        goal.or_more, j = True, j + len(OR_MORE)
    elif _match_words(tokens, j, end, OR_LESS):
        goal.or_less, j = True, j + len(OR_LESS)
    per = PER_PERIOD.get(tuple(t.text for t in tokens[j : j + 2])) if goal.unit == PERCENT and j + 1 < end else None
    if per is not None and _glued(tokens, j - 1, j):
        j += 2  # "10 - 13%/năm": a yearly rate; after "tăng"/"giảm" in the clause, a yearly change
        if CueRole.INCREASE not in goal.cues and CueRole.DECREASE not in goal.cues:
            before = {t.text for t in tokens[floor : goal.first]}
            if before & INCREASE_WORDS:
                goal.cues[CueRole.INCREASE] = PREFIX_CUES[("tăng",)]
            elif before & REDUCTION_WORDS:
                goal.cues[CueRole.DECREASE] = PREFIX_CUES[("giảm",)]
        if CueRole.INCREASE in goal.cues or CueRole.DECREASE in goal.cues:
            goal.periodic = per
    changes = CueRole.INCREASE in goal.cues or CueRole.DECREASE in goal.cues
    for words, baseline in PERIODIC_BASELINES.items():  # "tăng 20% mỗi năm"; without a change: per year
        if changes and _match_words(tokens, j, end, words):
            goal.periodic, j = baseline, j + len(words)
            break
    at = j if _match_words(tokens, j, end, COMPARED_WITH) else None
    if at is None and changes:  # "giảm 10% biên chế so với năm 2015": the noun stands between
        for k in range(j + 1, min(end, j + _BASELINE_REACH)):
            if tokens[k].text in ",;.()" or tokens[k].kind in ("num", "date"):
                break
            if _match_words(tokens, k, end, COMPARED_WITH):
                at = goal.baseline_from = k
                break
    if at is not None:
        k = at + len(COMPARED_WITH)
        stop = k
        while stop < end and not (tokens[stop].kind in PUNCT and tokens[stop].text in ",;.()"):
            stop += 1
        if stop > k:
            goal.baseline = subject_text(text, tokens, k, stop)
            if at == j:
                j = stop
    if j + 1 < end and tokens[j].text == "(" and tokens[j + 1].text == ALTERNATIVE_WORD:
        close, depth = j + 1, 1
        while close < end:
            if tokens[close].text == "(":
                depth += 1
            elif tokens[close].text == ")":
                depth -= 1
                if depth == 0:
                    break
            close += 1
        goal.alternatives = tuple(_parse_clause(text, tokens, j + 2, close))
        j = min(close + 1, end)
    goal.after = j
    return goal


def _build_targets(text: str, tokens: Sequence[Token], start: int, end: int, goals: list[_Goal]) -> list[Target]:
    """Give each goal its subject (from the words around it) and turn it into targets."""
    targets: list[Target] = []
    region_start = start
    previous: Target | None = None
    reported = ""  # the subject of the last result read in this clause
    for index, goal in enumerate(goals):
        tail_end = end
        next_start = end
        if index + 1 < len(goals):
            tail_end, next_start = split_middle(tokens, goal.after, goals[index + 1].first)
        if goal.baseline_from is not None:  # the measured noun ends where "so với …" begins
            tail_end = min(tail_end, goal.baseline_from)
        made = _make_targets(text, tokens, goal, region_start, tail_end, None if goal.result else previous)
        region_start = next_start
        if goal.result:  # "mới đạt 38,2%": the quantity a named goal after it measures
            if CueRole.RESULT in goal.cues:
                reported = next((t.subject for t in made if t.subject), reported)
            continue
        if goal.named and reported:  # "…, trong khi chỉ tiêu là 45%": the goal for the reported quantity
            made = [replace(t, subject=reported) for t in made]
        targets.extend(made)
        if made:
            previous = made[-1]
    return targets


def _subject_of(text: str, tokens: Sequence[Token], region_start: int, region_end: int,
                tail_start: int, tail_end: int, skip: tuple[int, int] | None = None) -> str:
    """The subject of a goal: its head-led words before the cue, else the words around the number."""
    head_start, head_end, has_head = subject_range(tokens, region_start, region_end)
    if skip is not None and head_start <= skip[0] < head_end:
        before = subject_text(text, tokens, *trim(tokens, head_start, skip[0]))
        after = subject_text(text, tokens, *trim(tokens, skip[1], head_end))
        head = join_subject(before, after)
    else:
        head = subject_text(text, tokens, head_start, head_end)
    if has_head:
        return head
    tail = subject_text(text, tokens, *trim(tokens, tail_start, tail_end))
    return join_subject(head, tail)


def _make_targets(text: str, tokens: Sequence[Token], goal: _Goal, region_start: int, tail_end: int,
                  previous: Target | None) -> list[Target]:
    levels, level_span = ((), None)
    if goal.kind == "list":
        levels, level_span = level_list(tokens, region_start, goal.first)
    if goal.word is not None:  # the words after "Toàn bộ" / "Không để xảy ra" name what is counted
        subject = subject_text(text, tokens, *trim(tokens, goal.after, tail_end))
    else:
        subject = _subject_of(text, tokens, region_start, goal.first, goal.after, tail_end, level_span)
    if previous is not None and starts_with_for_object(tokens, *trim(tokens, region_start, goal.first)):
        # "…, đối với sự phục vụ của B đạt …": the quantity of the previous goal, for another object
        subject = join_subject(for_object_prefix(previous.subject) or previous.subject, subject)
    phrase_span = Span(tokens[goal.first].start, tokens[goal.after - 1].end)
    phrase = text[phrase_span.start : phrase_span.end]
    if goal.kind == "unparsed":
        diagnostic = error(Code.TARGET_UNPARSED, f"{goal.problem}: {phrase!r}", phrase_span)
        return [Target(Comparator.UNPARSED, None, unit=goal.unit, subject=subject, text=phrase,
                       span=phrase_span, diagnostics=(diagnostic,))]
    if goal.kind == "list":
        if len(levels) != len(goal.values):
            message = f"{len(goal.values)} values but {len(levels)} levels named before them: {phrase!r}"
            return [Target(Comparator.UNPARSED, None, unit=goal.unit, subject=subject, text=phrase,
                           span=phrase_span, diagnostics=(error(Code.TARGET_UNPARSED, message, phrase_span),))]
        made = []
        for value, level, (a, b) in zip(goal.values, levels, goal.value_spans):
            one = _compare(goal, (value,), subject, previous, tokens)
            made.append(replace(one, level=level, text=text[a:b], span=Span(a, b),
                                diagnostics=_notes(one, Span(a, b), text[a:b], goal)))
        return made
    target = _compare(goal, goal.values, subject, previous, tokens)
    return [replace(target, text=phrase, span=phrase_span, diagnostics=_notes(target, phrase_span, phrase, goal))]


def _compare(goal: _Goal, values: tuple[Decimal, ...], subject: str, previous: Target | None,
             tokens: Sequence[Token]) -> Target:
    """The comparison of a goal (before its text, span and diagnostics are attached)."""
    roles = goal.cues
    change = CueRole.INCREASE in roles or CueRole.DECREASE in roles
    exceed_by = CueRole.EXCEED in roles and (goal.baseline is not None or len(values) == 2)
    relative: Relative | None = None
    periodic = goal.periodic
    if CueRole.PERIODIC in roles and change:  # "mỗi năm tăng …": against the previous period
        periodic = PERIODIC_BASELINES.get(fold_words(roles[CueRole.PERIODIC].phrase), periodic)
    baseline = goal.baseline or periodic
    if change or exceed_by:
        relative = Relative.DIFFERENCE
        if goal.unit == PERCENT and not any(fold_words(subject)[: len(h)] == h for h in RATE_HEADS):
            relative = Relative.GROWTH
    elif goal.baseline is not None and goal.unit == PERCENT:
        relative = Relative.RATIO
    else:
        baseline = None
    implicit = False
    value = values[0]
    upper = values[1] if len(values) == 2 else None
    if goal.word is not None:
        op = goal.word.op
    elif len(values) == 2 and CueRole.EXCEED in roles and relative is not None:
        # "vượt 5-10% so với chỉ tiêu": exceeding by more than 10 still exceeds; 5 is the requirement
        op, implicit, value, upper, goal.open_above = Comparator.GE, True, min(values), None, max(values)
    elif len(values) == 2:
        op = Comparator.RANGE
        if upper is not None and upper < value:
            value, upper = upper, value
            goal.notes.append(info(Code.TARGET_INVERTED_RANGE, "range bounds written high to low; swapped"))
    elif goal.or_more:
        op = Comparator.GE
    elif goal.or_less:
        op = Comparator.LE
    elif CueRole.COMPARATOR in roles:
        op = roles[CueRole.COMPARATOR].op or Comparator.GE
    elif CueRole.EXCEED in roles:
        op, implicit = (Comparator.GE, True) if relative is not None else (Comparator.GT, False)
    elif CueRole.FROM in roles:  # "Phấn đấu 30%" (strive for) states no comparison: implicit
        op = Comparator.GE
    elif _inherits(goal, previous, tokens):
        assert previous is not None
        op = previous.op
        if goal.unit == PERCENT and value == _HUNDRED and op in (Comparator.GE, Comparator.GT):
            op = Comparator.GE  # "trên 80% … và 100% …": no share is above all of it; all of it is meant
    else:
        op, implicit = Comparator.GE, True
    bare = not (roles.keys() & {CueRole.COMPARATOR, CueRole.FROM}) and not goal.or_more and goal.word is None
    if relative is None and goal.unit == PERCENT and op is Comparator.GE and value == _HUNDRED and bare:
        op, implicit = Comparator.EQ, False  # "100%" of a share: all of it
    if CueRole.DECREASE in roles:
        if op is Comparator.RANGE:
            assert upper is not None
            value, upper = -upper, -value
        else:
            op, value = _FLIP[op], -value
    return Target(op, value, upper, unit=goal.unit, subject=subject, baseline=baseline, relative=relative,
                  implicit=implicit, alternatives=goal.alternatives)


def _inherits(goal: _Goal, previous: Target | None, tokens: Sequence[Token]) -> bool:
    """"tối thiểu 40% … và 15%": a bare number right after "và" shares the previous comparator."""
    return (
        not goal.cues
        and previous is not None
        and previous.relative is None
        and not previous.implicit
        and previous.op in (Comparator.GE, Comparator.GT, Comparator.LE, Comparator.LT)
        and goal.number > 0
        and tokens[goal.number - 1].text == "và"
    )


def _notes(target: Target, span: Span, phrase: str, goal: _Goal) -> tuple[Diagnostic, ...]:
    """The diagnostics of a built target: assumptions (info) and suspicious readings (warning)."""
    notes = [replace(d, span=span) for d in goal.notes]
    if goal.word is not None:
        notes.append(info(Code.TARGET_VALUE_IN_WORDS,
                          f"goal written in words: {phrase!r} ({goal.word.gloss}) read as {target.comparison()}",
                          span))
    if target.implicit and goal.open_above is not None:
        notes.append(info(Code.TARGET_IMPLICIT_COMPARATOR,
                          f"{phrase!r} read as {target.comparison()}: exceeding by more than "
                          f"{format_number(goal.open_above)} still exceeds, so the upper end is not a ceiling",
                          span))
    elif target.implicit:
        notes.append(info(Code.TARGET_IMPLICIT_COMPARATOR,
                          f"no comparison word in {phrase!r}; read as {target.comparison()}", span))
    if target.unit is None:
        notes.append(warning(Code.TARGET_NO_UNIT, f"no unit after the number in {phrase!r}", span))
    if target.relative is not None:
        if target.baseline is None:
            notes.append(warning(Code.TARGET_RELATIVE_BASELINE,
                                 f"{phrase!r} is a change but does not say against what", span))
        else:
            reading = {
                Relative.DIFFERENCE: "a difference in the target's unit (percentage points for a rate)",
                Relative.GROWTH: "growth in percent of the baseline",
                Relative.RATIO: "the actual in percent of the baseline",
            }[target.relative]
            notes.append(info(Code.TARGET_RELATIVE_BASELINE,
                              f"relative to {target.baseline!r}, read as {reading}; evaluating needs its value",
                              span))
    return tuple(notes)
