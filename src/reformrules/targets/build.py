"""Turning the goals of one clause (:mod:`.goals`) into targets: the subject of each goal (read around
it, :mod:`.subject`), its comparison (cue words, "trở lên", a shared comparison through "và", a
decrease flips it), its relative reading against a baseline, and its diagnostics.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..diagnostics import Code, Diagnostic, error, info, warning
from ..source import Span
from .goals import Goal
from .grammar import Columns, CueRole, TargetGrammar, fold_words
from .model import PERCENT, Comparator, Relative, Target, format_number, new_target
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

# Enum members bound once: an attribute of an Enum class is looked up through its metaclass on every
# access (Python 3.11), and these are read for every goal.
_TARGET_IMPLICIT_COMPARATOR = Code.TARGET_IMPLICIT_COMPARATOR
_TARGET_INVERTED_RANGE = Code.TARGET_INVERTED_RANGE
_TARGET_NO_UNIT = Code.TARGET_NO_UNIT
_TARGET_RELATIVE_BASELINE = Code.TARGET_RELATIVE_BASELINE
_TARGET_UNPARSED = Code.TARGET_UNPARSED
_TARGET_VALUE_IN_WORDS = Code.TARGET_VALUE_IN_WORDS
_EQ = Comparator.EQ
_GE = Comparator.GE
_GT = Comparator.GT
_LE = Comparator.LE
_LT = Comparator.LT
_RANGE = Comparator.RANGE
_UNPARSED = Comparator.UNPARSED
_COMPARATOR = CueRole.COMPARATOR
_DECREASE = CueRole.DECREASE
_EXCEED = CueRole.EXCEED
_FROM = CueRole.FROM
_INCREASE = CueRole.INCREASE
_PERIODIC = CueRole.PERIODIC
_RESULT = CueRole.RESULT
_DIFFERENCE = Relative.DIFFERENCE
_GROWTH = Relative.GROWTH
_RATIO = Relative.RATIO

_ONE = Decimal(1)
_FLIP = {_GE: _LE, _GT: _LT, _LE: _GE, _LT: _GT, _EQ: _EQ}
_HUNDRED = Decimal(100)


def build_targets(g: TargetGrammar, text: str, tk: Columns, start: int, end: int, goals: list[Goal]) -> list[Target]:
    """Give each goal its subject (from the words around it) and turn it into targets."""
    targets: list[Target] = []
    region_start = start
    previous: Target | None = None
    reported = ""  # the subject of the last result read in this clause
    for index, goal in enumerate(goals):
        tail_end = end
        next_start = end
        if index + 1 < len(goals):
            following = goals[index + 1]
            tail_end, next_start = split_middle(g, tk, goal.after, following.first)
            if next_start >= following.first and (following.first < following.number or _is_change(following)):
                # "… đạt 10 triệu USD, tốc độ tăng bình quân 08 - 09%/năm", "Hà Nội có tối thiểu 200 công
                # trình, Thành phố Hồ Chí Minh có tối thiểu 500 công trình": a goal with a cue of its own
                # names its own quantity after the last comma between the two goals
                comma = next((k for k in range(following.first - 1, goal.after - 1, -1) if tk.texts[k] == ","), None)
                if comma is not None:
                    tail_end, next_start = comma, comma + 1
        if goal.baseline_from is not None:  # the measured noun ends where "so với …" begins
            tail_end = min(tail_end, goal.baseline_from)
        made = _make_targets(g, text, tk, goal, region_start, tail_end, None if goal.result else previous)
        region_start = next_start
        if goal.condition:  # "nếu … dưới 50% thì …": a threshold, not a goal
            continue
        if goal.result:  # "mới đạt 38,2%": the quantity a named goal after it measures
            if _RESULT in goal.cues:
                reported = next((t.subject for t in made if t.subject), reported)
            continue
        if goal.named and reported:  # "…, trong khi chỉ tiêu là 45%": the goal for the reported quantity
            made = [replace(t, subject=reported) for t in made]
        targets.extend(made)
        if made:
            previous = made[-1]
    return targets


def _is_change(goal: Goal) -> bool:
    return _INCREASE in goal.cues or _DECREASE in goal.cues


def _subject_of(g: TargetGrammar, text: str, tk: Columns, region_start: int, region_end: int,
                tail_start: int, tail_end: int, skip: tuple[int, int] | None = None) -> str:
    """The subject of a goal: its head-led words before the cue, else the words around the number."""
    head_start, head_end, has_head = subject_range(g, tk, region_start, region_end)
    if skip is not None and head_start <= skip[0] < head_end:
        before = subject_text(text, tk, *trim(g, tk, head_start, skip[0]))
        after = subject_text(text, tk, *trim(g, tk, skip[1], head_end))
        head = join_subject(before, after)
    else:
        head = subject_text(text, tk, head_start, head_end)
    if has_head:
        return head
    tail = subject_text(text, tk, *trim(g, tk, tail_start, tail_end))
    if skip is None and head_start < region_end and text.find(":", tk.starts[head_start],
                                                              tk.ends[region_end - 1]) >= 0:
        label = _label_end(tk, head_start, region_end)
        if label is not None:
            after_label = subject_text(text, tk, *trim(g, tk, label, head_end))
            words = fold_words(subject_text(text, tk, *trim(g, tk, head_start, label - 1)))
            if (after_label or tail) and (  # "Kết quả: đạt trên 84%" keeps its label, the only name it has
                    _is_heading(g, words) or _repeated(words, fold_words(join_subject(after_label, tail)))):
                head = after_label  # "Chỉ tiêu 3: …", "Đối với cha mẹ trẻ em: … cha mẹ trẻ em …"
            # else the label tells the item apart: "- Tại địa bàn đô thị: 100% trẻ em …", "Đến năm 2030: …"
    return join_subject(head, tail)


def _is_heading(g: TargetGrammar, words: tuple[str, ...]) -> bool:
    """True when a label starts with a heading word of ``HEADING_LABELS`` ("Chỉ tiêu 3", "Mục tiêu cụ thể")."""
    return any(words[: len(heading)] == heading for heading in g.HEADING_LABELS)


def _repeated(label: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """True when the words after a label start with its last words (two at least, or all of a shorter
    label): "Đối với cha mẹ trẻ em: Phấn đấu 100% cha mẹ trẻ em là công nhân …"."""
    return any(after[:n] == label[-n:] for n in range(min(2, len(label)), len(label) + 1)) if label else False


def _label_end(tk: Columns, start: int, end: int) -> int | None:
    """The token after the last ":" of ``[start, end)`` when a label ends there ("Đối với cha mẹ trẻ em:
    Phấn đấu 100% …"), else None. A comma after the colon means the words before it are the quantity
    ("Ngân sách trung ương: để thực hiện …, chiếm khoảng 75% - 80% …"), not a heading."""
    for k in range(end - 1, start - 1, -1):
        text = tk.texts[k]
        if text == ",":
            return None
        if text == ":":
            return k + 1
    return None


def _make_targets(g: TargetGrammar, text: str, tk: Columns, goal: Goal, region_start: int, tail_end: int,
                  previous: Target | None) -> list[Target]:
    levels, level_span = ((), None)
    if goal.kind == "list":
        levels, level_span = level_list(g, tk, region_start, goal.first)
    if goal.word is not None:  # the words after "Toàn bộ" / "Không để xảy ra" name what is counted
        subject = subject_text(text, tk, *trim(g, tk, goal.after, tail_end))
    else:
        subject = _subject_of(g, text, tk, region_start, goal.first, goal.after, tail_end, level_span)
    if previous is not None and starts_with_for_object(g, tk, *trim(g, tk, region_start, goal.first)):
        # "…, đối với sự phục vụ của B đạt …": the quantity of the previous goal, for another object
        subject = join_subject(for_object_prefix(g, previous.subject) or previous.subject, subject)
    phrase_span = Span(tk.starts[goal.first], tk.ends[goal.after - 1])
    phrase = text[phrase_span.start : phrase_span.end]
    if goal.kind == "unparsed":
        diagnostic = error(_TARGET_UNPARSED, f"{goal.problem}: {phrase!r}", phrase_span)
        return [_unparsed(goal, subject, phrase, phrase_span, diagnostic)]
    if goal.kind == "list":
        if len(levels) != len(goal.values):
            message = f"{len(goal.values)} values but {len(levels)} levels named before them: {phrase!r}"
            return [_unparsed(goal, subject, phrase, phrase_span, error(_TARGET_UNPARSED, message, phrase_span))]
        made = []
        for value, level, (a, b) in zip(goal.values, levels, goal.value_spans):
            span, written = Span(a, b), text[a:b]
            one = _compare(g, goal, (value,), subject, previous, tk, level, written, span)
            made.append(completed(one, diagnostics=_notes(one, span, written, goal)))
        return made
    target = _compare(g, goal, goal.values, subject, previous, tk, None, phrase, phrase_span)
    return [completed(target, diagnostics=_notes(target, phrase_span, phrase, goal))]


def _unparsed(goal: Goal, subject: str, phrase: str, span: Span, diagnostic: Diagnostic) -> Target:
    return new_target(_UNPARSED, None, None, goal.unit, subject, None, None, None, False, (), None, phrase, span,
                      (diagnostic,))


def completed(target: Target, **fields: object) -> Target:
    """``target``, just built here and not yet seen by any caller, given the fields it gets last (text,
    span, level, diagnostics, id). Cheaper than ``dataclasses.replace``, which builds and checks the
    whole value again; none of these fields is one that ``Target.__post_init__`` checks."""
    for name, value in fields.items():
        object.__setattr__(target, name, value)
    return target


def _compare(g: TargetGrammar, goal: Goal, values: tuple[Decimal, ...], subject: str, previous: Target | None,
             tk: Columns, level: str | None, phrase: str, span: Span) -> Target:
    """The target of a goal with its comparison (its diagnostics are attached after)."""
    roles = goal.cues
    change = _is_change(goal)
    unit = goal.unit
    if change and unit == g.MULTIPLE_UNIT and goal.word is None:
        # "tăng gấp 2 lần so với năm 2020": twice the baseline, the ratio >= 200%; "giảm 2 lần": <= 50%
        return _multiple(g, goal, values, subject, level, phrase, span)
    exceed_by = _EXCEED in roles and (goal.baseline is not None or len(values) == 2)
    relative: Relative | None = None
    periodic = goal.periodic
    if _PERIODIC in roles and change:  # "mỗi năm tăng …": against the previous period
        periodic = g.PERIODIC_BASELINES.get(fold_words(roles[_PERIODIC].phrase), periodic)
    baseline = goal.baseline or periodic
    if change or exceed_by:
        relative = _DIFFERENCE
        words = fold_words(subject)
        if goal.unit == PERCENT and not any(words[: len(h)] == h for h in g.RATE_HEADS):
            relative = _GROWTH
    elif goal.baseline is not None and goal.unit == PERCENT:
        relative = _RATIO
    else:
        baseline = None
    implicit = False
    value = values[0]
    upper = values[1] if len(values) == 2 else None
    if goal.word is not None:
        op = goal.word.op
    elif len(values) == 2 and _EXCEED in roles and relative is not None:
        # "vượt 5-10% so với chỉ tiêu": exceeding by more than 10 still exceeds; 5 is the requirement
        op, implicit, value, upper, goal.open_above = _GE, True, min(values), None, max(values)
    elif len(values) == 2:
        op = _RANGE
        if upper is not None and upper < value:
            value, upper = upper, value
            goal.notes.append(info(_TARGET_INVERTED_RANGE, "range bounds written high to low; swapped"))
    elif goal.or_more:
        op = _GE
    elif goal.or_less:
        op = _LE
    elif _COMPARATOR in roles:
        op = roles[_COMPARATOR].op or _GE
    elif _EXCEED in roles:
        op, implicit = (_GE, True) if relative is not None else (_GT, False)
    elif _FROM in roles:  # "Phấn đấu 30%" (strive for) states no comparison: implicit
        op = _GE
    elif _inherits(goal, previous, tk):
        assert previous is not None
        op = previous.op
        if goal.unit == PERCENT and value == _HUNDRED and op in (_GE, _GT):
            op = _GE  # "trên 80% … và 100% …": no share is above all of it; all of it is meant
    else:
        op, implicit = _GE, True
    bare = _COMPARATOR not in roles and _FROM not in roles and not goal.or_more and goal.word is None
    if relative is None and goal.unit == PERCENT and op is _GE and value == _HUNDRED and bare:
        op, implicit = _EQ, False  # "100%" of a share: all of it
    if _DECREASE in roles:
        if op is _RANGE:
            assert upper is not None
            value, upper = -upper, -value
        else:
            op, value = _FLIP[op], -value
    return new_target(op, value, upper, goal.unit, subject, level, baseline, relative, implicit, goal.alternatives,
                      None, phrase, span, ())


def _multiple(g: TargetGrammar, goal: Goal, values: tuple[Decimal, ...], subject: str, level: str | None,
              phrase: str, span: Span) -> Target:
    """The ratio to the baseline of an N-fold change ("tăng gấp 2 lần", "giảm 2 lần"), in percent."""
    roles = goal.cues
    down = _DECREASE in roles
    if any(v <= 0 for v in values):
        return _unparsed(goal, subject, phrase, span, error(_TARGET_UNPARSED, "a multiple must be above 0", span))
    if down and any(v <= 1 for v in values):  # "giảm 0,5 lần" is no decrease: never read as "at most 200%"
        return _unparsed(goal, subject, phrase, span,
                         error(_TARGET_UNPARSED, "a decrease N-fold must be above 1 (N times smaller)", span))
    scaled = sorted(_plain(_HUNDRED / v if down else v * _HUNDRED) for v in values)
    implicit = False
    if len(scaled) == 2:
        op = _RANGE
    elif _COMPARATOR in roles:
        op = roles[_COMPARATOR].op or _GE
        op = _FLIP[op] if down else op
    elif goal.or_more or goal.or_less:
        op = _GE if goal.or_more != down else _LE
    else:
        op, implicit = (_LE if down else _GE), True
    return new_target(op, scaled[0], scaled[1] if len(scaled) == 2 else None, PERCENT, subject, level,
                      goal.baseline, _RATIO, implicit, goal.alternatives, None, phrase, span, ())


def _plain(value: Decimal) -> Decimal:
    """``value`` without trailing zeros ("150.0" -> 150, "33.30" -> 33.3), never in exponent form."""
    return value.quantize(_ONE) if value == value.to_integral_value() else value.normalize()


def _inherits(goal: Goal, previous: Target | None, tk: Columns) -> bool:
    """"tối thiểu 40% … và 15%": a bare number right after "và" shares the previous comparator; so does a
    count after "," when the previous goal counts the same unit ("ít nhất 100 doanh nghiệp …, 50 doanh
    nghiệp …")."""
    if goal.cues or previous is None or previous.relative is not None or previous.implicit or goal.number == 0:
        return False
    if previous.op not in (_GE, _GT, _LE, _LT):
        return False
    joint = tk.texts[goal.number - 1]
    return joint == "và" or (joint == "," and goal.unit not in (PERCENT, None) and goal.unit == previous.unit)


def _notes(target: Target, span: Span, phrase: str, goal: Goal) -> tuple[Diagnostic, ...]:
    """The diagnostics of a built target: assumptions (info) and suspicious readings (warning)."""
    notes = [*target.diagnostics, *(replace(d, span=span) for d in goal.notes)]  # a multiple's error kept
    if goal.word is not None:
        notes.append(info(_TARGET_VALUE_IN_WORDS,
                          f"goal written in words: {phrase!r} ({goal.word.gloss}) read as {target.comparison()}",
                          span))
    if target.implicit and goal.open_above is not None:
        notes.append(info(_TARGET_IMPLICIT_COMPARATOR,
                          f"{phrase!r} read as {target.comparison()}: exceeding by more than "
                          f"{format_number(goal.open_above)} still exceeds, so the upper end is not a ceiling",
                          span))
    elif target.implicit:
        notes.append(info(_TARGET_IMPLICIT_COMPARATOR,
                          f"no comparison word in {phrase!r}; read as {target.comparison()}", span))
    if target.unit is None:
        notes.append(warning(_TARGET_NO_UNIT, f"no unit after the number in {phrase!r}", span))
    if target.relative is not None:
        if target.baseline is None:
            notes.append(warning(_TARGET_RELATIVE_BASELINE,
                                 f"{phrase!r} is a change but does not say against what", span))
        else:
            reading = {
                _DIFFERENCE: "a difference in the target's unit (percentage points for a rate)",
                _GROWTH: "growth in percent of the baseline",
                _RATIO: "the actual in percent of the baseline",
            }[target.relative]
            notes.append(info(_TARGET_RELATIVE_BASELINE,
                              f"relative to {target.baseline!r}, read as {reading}; evaluating needs its value",
                              span))
    return tuple(notes)
