"""Finding the goals of one clause: a number (or a goal written in words) with the cue words right
before it ("đạt tối thiểu", "giảm xuống dưới", "≥") and the words right after it ("trở lên", "%/năm",
"so với …", "(hoặc …)"). :func:`read_goal` returns a :class:`Goal` (token indexes, values, cues) or
``None`` when the number is no goal; :mod:`.build` turns goals into targets.

Every function takes the compiled grammar of the caller's lexicon (:class:`.grammar.TargetGrammar`)
first, and the tokens of the text as :class:`.grammar.Columns` (:func:`.grammar.columns`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from ..dates import year_in_domain
from ..diagnostics import Diagnostic
from .grammar import PUNCT, Columns, Cue, CueRole, TargetGrammar, WordGoal, is_bullet, read_number
from .model import PERCENT, Target
from .subject import subject_text, trim, words_at

# Enum members bound once: an attribute of an Enum class is looked up through its metaclass on every
# access (Python 3.11), and these are read for every goal.
_COMPARATOR = CueRole.COMPARATOR
_DECREASE = CueRole.DECREASE
_EXCEED = CueRole.EXCEED
_FILLER = CueRole.FILLER
_FROM = CueRole.FROM
_INCREASE = CueRole.INCREASE
_PERIODIC = CueRole.PERIODIC
_TARGET_NOUN = CueRole.TARGET_NOUN
_VERB = CueRole.VERB
_STRIVE = CueRole.STRIVE

_STRONG_ROLES = frozenset({_COMPARATOR, _EXCEED, _INCREASE, _DECREASE})
_BASELINE_REACH = 8  # tokens after the quantity within which a later "so với" still sets the baseline


@dataclass(frozen=True, slots=True)
class ValueCell:
    """A table cell that may hold a value of its row's unit column ("| % | ≥ 80 |")."""

    unit: str  # the unit column's unit
    first: int  # the cell's first token, trimmed
    last_number: int  # the token of the cell's last number


@dataclass
class Goal:
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
    condition: bool = False  # a threshold of a condition ("nếu … dưới 50% thì …"): never a target
    shares: bool = False  # a count after a list joint that shares the comparison of the count before it
    alternative_range: tuple[int, int] | None = None  # tokens of "(hoặc …)", parsed as goals of their own


def percent_at(g: TargetGrammar, tk: Columns, i: int, end: int) -> int:
    """How many tokens at ``i`` make a percent sign ("%" or "phần trăm"); 0 when none."""
    if tk.kinds[i] == "pct":
        return 1
    if tk.texts[i] not in g.PERCENT_FIRST_WORDS:
        return 0
    for words in g.PERCENT_WORDS:
        if i + len(words) <= end and tuple(tk.texts[i : i + len(words)]) == words:
            return len(words)
    return 0


def unit_at(g: TargetGrammar, tk: Columns, i: int, end: int) -> tuple[str | None, int]:
    """The unit right after a number at ``i``: ("%", n), (count unit, n) or (None, 0)."""
    if i >= end:
        return None, 0
    width = percent_at(g, tk, i, end)
    if width:
        return PERCENT, width
    if tk.kinds[i] != "word":
        return None, 0
    for n in range(min(g.COUNT_UNIT_MAX_WORDS, end - i), 0, -1):
        unit = g.COUNT_UNITS.get(tuple(tk.texts[i : i + n]))
        if unit is not None:
            return unit, n
    return None, 0


def glued(tk: Columns, i: int, j: int) -> bool:
    return tk.ends[i] == tk.starts[j]


def _scan_cues(g: TargetGrammar, tk: Columns, number: int, floor: int) -> tuple[int, dict[CueRole, Cue]]:
    """Cue words right before the number, read backwards: (first cue token, cues by role)."""
    cues: dict[CueRole, Cue] = {}
    found: list[tuple[int, Cue]] = []
    pos = number
    kinds, texts, last_words = tk.kinds, tk.texts, g.CUE_LAST_WORDS
    while pos > floor:
        kind = kinds[pos - 1]
        if kind != "other" and texts[pos - 1] not in last_words and not (found and kind == "num"):
            break  # the quick test: no sign, no cue and no time phrase ends here (each branch below needs one)
        if kind == "other":
            sign = _sign_before(g, tk, pos, floor)
            if sign is not None and _COMPARATOR not in cues:  # "≥ 35%", ">= 35%"
                width, cue = sign
                cues[cue.role] = cue
                found.append((pos - width, cue))
                pos -= width
                continue
        match = _cue_ending_at(g, tk, pos, floor)
        if match is not None:
            n, cue = match
            if cue.role in cues and cue.role is not _FILLER:
                return _drop_leading_fillers(found, number, cues)
            cues[cue.role] = cue
            found.append((pos - n, cue))
            pos -= n
        else:
            skip = _time_before(g, tk, pos, floor) if found else 0
            if skip and _comparator_ends_at(g, tk, pos - skip, floor):
                pos -= skip  # "ít nhất vào năm 2025 đạt 40%": the comparison stands before the time
                continue
            group = _coverb_group(g, tk, pos, floor)
            if group is None:
                break
            pos, cue = group  # "cắt giảm, đơn giản hóa": the reduction word heads the whole group
            cues[cue.role] = cue
            found.append((pos, cue))
            continue
        if found and found[-1][1].role is _TARGET_NOUN:
            break  # "thấp hơn mục tiêu 75%": what stands before the goal's name compares a result with it
    return _drop_leading_fillers(found, number, cues)


def _cue_ending_at(g: TargetGrammar, tk: Columns, pos: int, floor: int) -> tuple[int, Cue] | None:
    """The longest cue whose words end right before token ``pos``: (its width, the cue), else None.

    Walks the words backwards through the grammar's reversed cue trie. A cue that needs a reduction
    word before it in the clause ("còn", "xuống") counts only when one stands there: "còn 5 hồ sơ"
    alone is what remains, "Giảm … còn 1,7 lần" is a goal.
    """
    node = g.CUES_BACKWARDS
    matches = []
    k = pos - 1
    kinds, texts = tk.kinds, tk.texts
    while k >= floor and kinds[k] == "word":
        node = node.get(texts[k])
        if node is None:
            break
        entry = node.get("")
        if entry is not None:
            matches.append((pos - k, entry))
        k -= 1
    for n, (cue, needs_reduction) in reversed(matches):
        if needs_reduction and g.REDUCTION_WORDS.isdisjoint(texts[floor : pos - n]):
            continue
        if n == 1 and texts[pos - 1] == g.MULTIPLE_WORD and _after_a_verb(g, tk, pos - 1, floor):
            continue  # "phải làm gấp 2 lần": "gấp" is "urgently" there, no multiple
        return n, cue
    return None


def _after_a_verb(g: TargetGrammar, tk: Columns, at: int, floor: int) -> bool:
    """True when a word of ``URGENT_BEFORE`` ends right before token ``at``."""
    return any(at - len(words) >= floor and tuple(tk.texts[at - len(words) : at]) == words
               for words in g.URGENT_BEFORE)


def _time_before(g: TargetGrammar, tk: Columns, pos: int, floor: int) -> int:
    """Width of a time phrase ("vào năm 2025", "năm 2025") ending right before ``pos``; 0 if none."""
    if pos - 2 < floor or tk.kinds[pos - 1] != "num" or tk.texts[pos - 2] != g.YEAR_WORD:
        return 0
    raw = tk.texts[pos - 1]
    if not (len(raw) == 4 and raw.isdigit() and year_in_domain(int(raw))):
        return 0
    return 3 if pos - 3 >= floor and tk.texts[pos - 3] in g.TIME_PREPOSITIONS else 2


def _comparator_ends_at(g: TargetGrammar, tk: Columns, pos: int, floor: int) -> bool:
    """True when a comparison word ("ít nhất", "tối thiểu") ends right before token ``pos``."""
    for n in range(min(g.PREFIX_MAX_WORDS, pos - floor), 0, -1):
        cue = g.PREFIX_CUES.get(tuple(tk.texts[pos - n : pos]))
        if cue is not None and cue.role is _COMPARATOR:
            return True
    return False


def _sign_before(g: TargetGrammar, tk: Columns, pos: int, floor: int) -> tuple[int, Cue] | None:
    """A comparison sign ending right before token ``pos``: (its width in tk, its cue)."""
    for width in (2, 1):
        if pos - width >= floor and all(kind == "other" for kind in tk.kinds[pos - width : pos]):
            cue = g.SIGN_CUES.get(tuple(tk.texts[pos - width : pos]))
            if cue is not None:
                return width, cue
    return None


def _coverb_group(g: TargetGrammar, tk: Columns, pos: int, floor: int) -> tuple[int, Cue] | None:
    """"cắt giảm, đơn giản hóa" ending at ``pos``: (the group's first token, the change cue heading it)."""
    if pos <= floor or tk.texts[pos - 1] not in g.COVERB_LAST_WORDS:
        return None
    for words in g.CHANGE_COVERBS:
        at = pos - len(words)
        if at - 1 <= floor or tuple(tk.texts[at:pos]) != words or tk.texts[at - 1] not in g.COVERB_JOINERS:
            continue
        for n in range(min(g.PREFIX_MAX_WORDS, at - 1 - floor), 0, -1):
            a, b = at - 1 - n, at - 1
            cue = g.PREFIX_CUES.get(tuple(tk.texts[a:b])) if all(kind == "word" for kind in tk.kinds[a:b]) else None
            if cue is not None and cue.role in (_DECREASE, _INCREASE):
                return at - 1 - n, cue
    return None


def _drop_leading_fillers(found: list[tuple[int, Cue]], number: int, cues: dict[CueRole, Cue]) -> tuple[int, dict[CueRole, Cue]]:
    # A filler ("tỷ lệ") only belongs to the cue when a real cue stands before it. ``cues`` holds the
    # cues of ``found`` by role (the last of a role), so it is kept as it is when no filler is dropped.
    if not found:
        return number, cues
    if found[-1][1].role is not _FILLER:
        return found[-1][0], cues
    while found and found[-1][1].role is _FILLER:
        found.pop()
    kept = {cue.role: cue for _pos, cue in found}
    return (found[-1][0] if found else number), kept


def read_goal(g: TargetGrammar, text: str, tk: Columns, i: int, end: int, floor: int,
              previous: Goal | None = None, clause_start: int | None = None,
              cell: ValueCell | None = None) -> Goal | None:
    """The goal whose number is at token ``i``, or ``None`` when the number is not a goal.

    ``previous``: the goal before it in its clause, and ``clause_start``: where the clause starts (a count
    without a comparison word is a goal only beside them, see :func:`_planned_count`). ``cell_unit``: the
    unit of the row's unit column when the clause is a value cell ("| % | ≥ 80 |"); the number, the last
    of its cell, takes it when it has none of its own, and is then the cell's goal.
    """
    number = i
    texts, kinds = tk.texts, tk.kinds
    if i > floor and texts[i - 1] == "(":
        listed = _read_list(tk, i, end)
        if listed is not None:
            values, spans, after = listed
            first, cues = _scan_cues(g, tk, i - 1, floor)
            goal = Goal(first, i - 1, after, values, spans, "list", PERCENT, cues)
            return _read_suffixes(g, text, tk, goal, end, floor)
    if i + 3 < end and texts[i + 1] == "/":  # the quick test before reading a fraction
        fraction = _fraction_at(g, tk, i, end, floor)
        if fraction is not None:  # "1/2 số xã": half of the communes, a share
            return _fraction_goal(g, text, tk, i, end, floor, fraction)
    for j in (i - 1, i + 1):
        if floor <= j < end and texts[j] in "/:" and (glued(tk, j, i) or glued(tk, i, j)):
            return None  # part of a date, a document number or a ratio such as 9001:2015
    last = i  # a number glued to stray marks ("4,,5", "3.,5") is one malformed number
    while last + 1 < end and glued(tk, last, last + 1) and (
        texts[last + 1] in ".," or (texts[last] in ".," and kinds[last + 1] == "num")
    ):
        last += 1
    while last > i and kinds[last] != "num":
        last -= 1
    value = read_number(texts[i]) if last == i else None
    unit, width = unit_at(g, tk, last + 1, end)
    in_cell = (cell is not None and unit is None and not _a_year(texts[i])
               and _fills_cell(g, tk, number, last, floor, cell))
    if in_cell:
        unit = cell.unit  # "| % | ≥ 80 |", "| lớp | 10 |": the unit is its own column
    after = last + 1 + width
    values = (value,) if value is not None else ()
    kind: Literal["single", "range", "list", "unparsed"] = "single" if value is not None else "unparsed"
    problem = "" if value is not None else f"cannot read the number {text[tk.starts[i] : tk.ends[last]]!r}"
    if after + 1 < end and texts[after] in g.RANGE_JOINERS and kinds[after + 1] == "num":
        if not (texts[after] == "-" and is_bullet(text, tk.starts[after])):
            upper = read_number(texts[after + 1])
            unit2, width2 = unit_at(g, tk, after + 2, end)
            if in_cell and unit2 is None:
                unit2 = unit  # "| % | 80 - 90 |": 80% to 90%
            if unit is None or unit == unit2:
                unit = unit2
                after += 2 + width2
                if value is None or upper is None:
                    kind, problem = "unparsed", "cannot read the bounds of the range"
                else:
                    kind, values = "range", (value, upper)
    if number > floor and (texts[number - 1] in g.CUE_LAST_WORDS or kinds[number - 1] == "other"):
        first, cues = _scan_cues(g, tk, number, floor)
    elif unit is None:
        return None  # no cue can end right before it: a bare number without one is no goal
    else:
        first, cues = number, {}  # what _scan_cues finds when no cue ends right before the number
    planned = None
    if not in_cell and not _is_goal(g, tk, unit, cues, number, after, end):
        planned = _planned_count(g, tk, unit, number, previous, clause_start) if unit is not None and not cues else None
        if planned is None:
            return None
    goal = Goal(first, number, after, values, (), kind, unit, cues, problem=problem, shares=planned == "shares")
    if (
        _FROM in cues and kind == "single" and after < end and texts[after] in g.RANGE_JOINERS
        and not (after + 1 < end and kinds[after + 1] == "num")
    ):
        goal.kind, goal.problem, goal.after = "unparsed", "the range has no upper bound", after + 1
        return goal
    return _read_suffixes(g, text, tk, goal, end, floor)


def _fills_cell(g: TargetGrammar, tk: Columns, number: int, last: int, floor: int, cell: ValueCell) -> bool:
    """True when the number at ``number`` (ending at ``last``), with its cue before it, opens ``cell`` and
    it or the upper bound of its range is the cell's last number ("| ≥ 80 |", "| từ 80 đến 90 |"), so the
    cell is a value: not "| Phụ lục 3 |", "| Tháng 6 |", "| Ghi chú: theo Quyết định số 12 |"."""
    texts = tk.texts
    if not (cell.last_number == last or (
            cell.last_number == last + 2 and texts[last + 1] in g.RANGE_JOINERS)):
        return False
    if number == cell.first:
        return True
    if number > floor and (texts[number - 1] in g.CUE_LAST_WORDS or tk.kinds[number - 1] == "other"):
        return _scan_cues(g, tk, number, floor)[0] == cell.first
    return False


def _fraction_at(g: TargetGrammar, tk: Columns, i: int, end: int, floor: int) -> Decimal | None:
    """The share in percent of a fraction "a/b" at token ``i`` before a word of ``FRACTION_FOLLOWERS``
    ("1/2 số xã": 50), with 0 < a < b <= 10; else None (a date "1/2", a document number)."""
    texts, kinds = tk.texts, tk.kinds
    if not (i + 3 < end and texts[i + 1] == "/" and kinds[i + 2] == "num" and glued(tk, i, i + 1)
            and glued(tk, i + 1, i + 2)) or (i > floor and (texts[i - 1] in "/:." or texts[i - 1] in g.FRACTION_NOT_AFTER)):
        return None
    if not any(match_words(tk, i + 3, end, words) for words in g.FRACTION_FOLLOWERS):
        return None
    if not (texts[i].isdigit() and texts[i + 2].isdigit()):
        return None
    a, b = int(texts[i]), int(texts[i + 2])
    if not 0 < a < b <= 10:
        return None
    share = Decimal(100 * a) / Decimal(b)
    return share.quantize(Decimal(1)) if share == share.to_integral_value() else share.normalize()


def _fraction_goal(g: TargetGrammar, text: str, tk: Columns, i: int, end: int, floor: int,
                   share: Decimal) -> Goal | None:
    """The goal of a fraction read as a share (a percentage written "1/2", "2/3")."""
    if i > floor and (tk.texts[i - 1] in g.CUE_LAST_WORDS or tk.kinds[i - 1] == "other"):
        first, cues = _scan_cues(g, tk, i, floor)
    else:
        first, cues = i, {}
    goal = Goal(first, i, i + 3, (share,), (), "single", PERCENT, cues)
    return _read_suffixes(g, text, tk, goal, end, floor)


def _a_year(raw: str) -> bool:
    return len(raw) == 4 and raw.isdigit() and year_in_domain(int(raw))


def _read_list(tk: Columns, i: int, end: int) -> tuple[tuple[Decimal, ...], tuple[tuple[int, int], ...], int] | None:
    """A parenthesised list of percentages "(50%, 40%, 25%)" starting at number ``i``."""
    values: list[Decimal] = []
    spans: list[tuple[int, int]] = []
    j = i
    while j + 1 < end and tk.kinds[j] == "num" and tk.kinds[j + 1] == "pct":
        value = read_number(tk.texts[j])
        if value is None:
            return None
        values.append(value)
        spans.append((tk.starts[j], tk.ends[j + 1]))
        j += 2
        if j < end and tk.texts[j] == ")":
            return (tuple(values), tuple(spans), j + 1) if len(values) >= 2 else None
        if j < end and tk.texts[j] == ",":
            j += 1
            continue
        return None
    return None


def _is_goal(g: TargetGrammar, tk: Columns, unit: str | None, cues: dict[CueRole, Cue], number: int,
             after: int, end: int) -> bool:
    """Percentages are goals; counts need a cue; a bare number needs a strong cue."""
    if unit == PERCENT:
        return True
    roles = set(cues)
    if unit is not None:
        real = roles - {_FILLER, _PERIODIC}
        if real == {_VERB} and cues[_VERB] in g.COPULA_CUES:
            return False  # "trọng tâm là 40 xã": what the focus is, not a goal
        return bool(real)
    if not roles & _STRONG_ROLES:
        return False
    if _a_year(tk.texts[number]):
        return False  # a year
    # "sử dụng ít nhất 01 ứng dụng AI": a count of a noun that is not a count unit describes what the
    # goal counts, it is not a goal of its own; a duration ("trên 5 năm") never is
    return not (after < end and tk.kinds[after] == "word" and tk.texts[after] not in g.BARE_NUMBER_FOLLOWERS)


def number_word_goal(g: TargetGrammar, text: str, tk: Columns, i: int, end: int, floor: int) -> Goal | None:
    """A count written as a word at token ``i`` ("Có ít nhất một cơ sở y tế …": ``>= 1 cơ sở``): only
    right after a comparison word of ``NUMBER_WORD_CUES`` and before a count unit; else ``None`` ("một
    số", "một trong các dịch vụ", "cơ chế một cửa")."""
    unit, width = unit_at(g, tk, i + 1, end)
    if unit is None or unit == PERCENT:
        return None
    for n in range(min(g.PREFIX_MAX_WORDS, i - floor), 0, -1):
        key = tuple(tk.texts[i - n : i])
        if key in g.NUMBER_WORD_CUES and all(kind == "word" for kind in tk.kinds[i - n : i]):
            break
    else:
        return None
    first, cues = _scan_cues(g, tk, i, floor)
    if _COMPARATOR not in cues:
        return None
    goal = Goal(first, i, i + 1 + width, (g.NUMBER_WORDS[tk.texts[i]],), (), "single", unit, cues)
    return _read_suffixes(g, text, tk, goal, end, floor)


def _planned_count(g: TargetGrammar, tk: Columns, unit: str, number: int, previous: Goal | None,
                   clause_start: int | None) -> str | None:
    """How a count without a comparison word is still a goal (``HAVE_WORDS``, ``COUNT_LIST_JOINERS``,
    lexicon), else ``None``: ``"shares"`` after a list joint right after a count goal of the same unit
    with a comparison word, or sharing one ("ít nhất 100 doanh nghiệp …, 50 doanh nghiệp … và 30 …");
    ``"planned"`` after "có" under a count goal of the same unit ("…, trong đó có 20 doanh nghiệp") or in
    a clause that strives ("Phấn đấu đến năm 2030, cả nước có 1.200 công trình"). "Tỉnh có 17 sở" is
    ``None``."""
    if number == 0:
        return None
    before = tk.texts[number - 1]
    same = previous is not None and previous.unit == unit and not previous.result and not previous.condition
    if before in g.COUNT_LIST_JOINERS:
        if same and (_COMPARATOR in previous.cues or previous.shares) and _joined_after(g, tk, previous, number - 1):  # type: ignore[union-attr]
            return "shares"
        return None
    if before not in g.HAVE_WORDS:
        return None
    if same:
        return "planned"
    texts = tk.texts
    start = clause_start if clause_start is not None else 0
    if any(words_at(tk, k, phrase, number) for k in range(start, number - 1)
           for phrase in g.STRIVE_PHRASES.get(texts[k], ())):
        return "planned"
    return None


def _joined_after(g: TargetGrammar, tk: Columns, previous: Goal, joint: int) -> bool:
    """True when the joint at ``joint`` ends the noun phrase of ``previous``: only words stand between."""
    return all(kind == "word" for kind in tk.kinds[previous.after : joint])


def stray_percent(g: TargetGrammar, tk: Columns, i: int, end: int, floor: int) -> Goal:
    """A percent sign with no readable number before it ("đạt …%"): an unparsed goal."""
    start = i
    if start > floor and tk.kinds[start - 1] == "word" and glued(tk, start - 1, start):
        start -= 1  # "x%": a word in place of the number
    while start > floor and tk.kinds[start - 1] in PUNCT and tk.texts[start - 1] in "….,(":  # "đạt (%)" too
        start -= 1
    first, cues = _scan_cues(g, tk, start, floor)
    return Goal(first, i, i + percent_at(g, tk, i, end), kind="unparsed", unit=PERCENT, cues=cues,
                 problem="a percentage with no readable number")


def word_goal(g: TargetGrammar, tk: Columns, i: int, start: int, end: int) -> Goal | None:
    """A goal written in words at token ``i`` ("Toàn bộ hồ sơ … được …", "Không để xảy ra … trễ hạn")."""
    second = g.WORD_GOAL_SECOND_WORDS
    if second is not None and (i + 1 >= end or tk.texts[i + 1] not in second):
        return None  # the quick test: no goal written in words goes on with the next word
    for n in range(min(g.WORD_GOAL_MAX_WORDS, end - i), 0, -1):
        row = g.WORD_GOALS.get(tuple(tk.texts[i : i + n]))
        if row is not None:
            break
    else:
        return None
    if row.clause_start and trim(g, tk, start, i + n)[0] != i:
        return None  # "thực hiện … toàn bộ nội dung": an object, not the subject of a goal
    wanted = row.requires
    for j in range(i + n, end):
        if tk.kinds[j] in ("num", "pct"):
            return None  # a number follows first: that number is the goal ("không để quá 5% …")
        if any(match_words(tk, j, end, words) for words in wanted):
            return Goal(i, i, i + n, (row.value,), unit=PERCENT, word=row)
    return None


def match_words(tk: Columns, i: int, end: int, words: tuple[str, ...]) -> bool:
    return i + len(words) <= end and tuple(tk.texts[i : i + len(words)]) == words


def _read_suffixes(g: TargetGrammar, text: str, tk: Columns, goal: Goal, end: int, floor: int = 0) -> Goal:
    """"trở lên" / "trở xuống", "%/năm", "mỗi năm", "so với …" and "(hoặc …)" after the quantity."""
    j = goal.after
    if j < end and tk.texts[j] == g.OR_MORE[0] and match_words(tk, j, end, g.OR_MORE):
        goal.or_more, j = True, j + len(g.OR_MORE)
    elif j < end and tk.texts[j] == g.OR_LESS[0] and match_words(tk, j, end, g.OR_LESS):
        goal.or_less, j = True, j + len(g.OR_LESS)
    per = g.PER_PERIOD.get(tuple(tk.texts[j : j + 2])) if goal.unit == PERCENT and j + 1 < end else None
    per_period = per is not None and glued(tk, j - 1, j)
    if per_period:
        j += 2  # "10 - 13%/năm": a yearly rate; after "tăng"/"giảm" in the clause, a yearly change
        if _INCREASE not in goal.cues and _DECREASE not in goal.cues:
            before = set(tk.texts[floor : goal.first])
            if before & g.INCREASE_WORDS:
                goal.cues[_INCREASE] = g.INCREASE_CUE
            elif before & g.REDUCTION_WORDS:
                goal.cues[_DECREASE] = g.DECREASE_CUE
    changes = _INCREASE in goal.cues or _DECREASE in goal.cues
    if per_period and changes:
        goal.periodic = per
    if changes and j < end and tk.texts[j] in g.PERIODIC_FIRST_WORDS:
        for words, baseline in g.PERIODIC_BASELINES.items():  # "tăng 20% mỗi năm"; without a change: per year
            if match_words(tk, j, end, words):
                goal.periodic, j = baseline, j + len(words)
                break
    at = j if match_words(tk, j, end, g.COMPARED_WITH) else None
    if at is None and changes:  # "giảm 10% biên chế so với năm 2015": the noun stands between
        for k in range(j + 1, min(end, j + _BASELINE_REACH)):
            if tk.texts[k] in ",;.()" or tk.kinds[k] in ("num", "date"):
                break
            if match_words(tk, k, end, g.COMPARED_WITH):
                at = goal.baseline_from = k
                break
    if at is not None:
        k = at + len(g.COMPARED_WITH)
        stop = k
        while stop < end and not (tk.kinds[stop] in PUNCT and tk.texts[stop] in ",;.()"):
            stop += 1
        if stop > k:
            goal.baseline = subject_text(text, tk, k, stop)
            if at == j:
                j = stop
    if j + 1 < end and tk.texts[j] == "(" and tk.texts[j + 1] == g.ALTERNATIVE_WORD:
        close, depth = j + 1, 1
        while close < end:
            if tk.texts[close] == "(":
                depth += 1
            elif tk.texts[close] == ")":
                depth -= 1
                if depth == 0:
                    break
            close += 1
        goal.alternative_range = (j + 2, close)
        j = min(close + 1, end)
    goal.after = j
    return goal


def is_condition(g: TargetGrammar, tk: Columns, goal: Goal, start: int, end: int) -> bool:
    """True when the goal is the threshold of a condition, not a goal: a condition word ("nếu",
    "trường hợp", "khi") before it in the clause with no comma between ("Trường hợp tỷ lệ giải ngân
    dưới 60%, …"), or a consequence word ("thì", "có thể") right after it, a comma allowed between
    ("… có tỷ lệ nữ … thấp dưới 30% có thể điều chỉnh mục tiêu", corpus hcm_174:116-117)."""
    texts = tk.texts
    j = goal.after
    if j < end and texts[j] == ",":
        j += 1
    if j < end and any(words_at(tk, j, words, end) for words in g.CONSEQUENCE_WORDS.get(texts[j], ())):
        return True
    if _describes_its_objects(g, tk, goal, start):
        return True
    if g.CONDITION_FIRST_WORDS.isdisjoint(texts[start : goal.first]):
        return False  # the quick test: no condition word before the goal in its clause
    k = goal.first - 1
    while k >= start and texts[k] != ",":
        for words in g.CONDITION_WORDS.get(texts[k], ()):
            if words_at(tk, k, words, goal.first) and not _part_of_a_non_condition(g, tk, k, start, words):
                return True
        k -= 1
    return False


def _describes_its_objects(g: TargetGrammar, tk: Columns, goal: Goal, start: int) -> bool:
    """True for "Đối với <objects> có <quantity> <comparison> N%": a clause that opens with "đối với" (for)
    and says which objects it means by what they have ("có", ``HAVE_WORDS``) before a goal with no verb
    ("đạt", "phấn đấu"): "Đối với đơn vị có tỷ lệ dưới 50%, phải …", corpus hcm_174:116-117. The
    satisfaction goals "… đối với sự phục vụ của … đạt trên 84%" have their verb."""
    if _VERB in goal.cues or _STRIVE in goal.cues:
        return False
    first, _ = trim(g, tk, start, goal.first)
    if not words_at(tk, first, g.FOR_OBJECT, goal.first):
        return False
    texts, kinds = tk.texts, tk.kinds
    # "đơn vị có tỷ lệ": "có" after a noun and before the quantity it has; ", có tối thiểu 80% hồ sơ"
    # (there are at least) is a goal
    return any(texts[k] in g.HAVE_WORDS and kinds[k - 1] == "word" and kinds[k + 1] == "word"
               for k in range(first + len(g.FOR_OBJECT) + 1, goal.first - 1))


def _part_of_a_non_condition(g: TargetGrammar, tk: Columns, k: int, start: int, words: tuple[str, ...]) -> bool:
    """True when the condition word ``words`` at ``k`` ends a phrase that sets none ("trong khi")."""
    for phrase in g.NOT_CONDITION_WORDS:
        at = k + len(words) - len(phrase)
        if at >= start and phrase[-len(words):] == words and words_at(tk, at, phrase, k + len(words)):
            return True
    return False
