"""The deadline grammar as a table: which words open which phrase form, and the reader of each.

A phrase is read item by item (deadlines/parser.py). At each token the parser tries, in table
order, the readers of the forms the token's word opens, then the marked window (the form every
other phrase falls back to). A row says:

- ``opens``: the word class that can start the form, as a function of the lexicon's tables (so a
  synonym added to a table opens its form with no change here);
- ``reader``: the :class:`~reformrules.deadlines.parser.PhraseParser` method that reads it and
  returns ``(rule, next_index)`` or ``None``;
- ``in_running_text``: the words that open it inside running text (``find_deadlines``), where
  loose words ("khi", "theo") are too common to be taken; ``None`` means the same as ``opens``;
- ``at_numbers``: also tried at a number token ("30 ngày kể từ …", "02 lần/năm");
- ``clue``: for a form that can be written without a digit, the words one of which every such
  phrase holds ("lần" for "hai lần/năm"); ``find_deadlines`` skips text with no digit and no clue
  of any form without tokenizing it. ``None``: the form always has a digit.

Adding a phrase form is one row here and one reader method (docs/deadlines.md, "Adding a phrase
form").

Examples:
    >>> [form.name for form in FORMS][:3]
    ['continuous', 'daily', 'day with a time']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..lexicon import TimeWords

WordClass = Callable[[TimeWords], Iterable[str]]


def firsts(*tables: Iterable[tuple[str, ...]]) -> set[str]:
    """The first words of the word tuples of ``tables``."""
    return {words[0] for table in tables for words in table}


@dataclass(frozen=True, slots=True)
class Form:
    """One row of the grammar table (see the module docstring)."""

    name: str
    reader: str
    opens: WordClass
    example: str
    in_running_text: WordClass | None = None
    at_numbers: bool = False
    clue: WordClass | None = None


def phrases(*tables: Iterable[tuple[str, ...]]) -> set[str]:
    """The word tuples of ``tables`` as space-joined phrases (clues are matched on folded text)."""
    return {" ".join(words) for table in tables for words in table}


def pairs(heads: Iterable[str], *tails: Iterable[str]) -> set[str]:
    """Every head word followed by a tail word ("hằng năm", "cuối quý"): the clue of a form whose
    head word alone is common in other senses ("hàng hóa", "Đầu tư")."""
    ends = {word for table in tails for word in table}
    return {f"{head} {end}" for head in heads for end in ends}


FORMS: tuple[Form, ...] = (
    Form("continuous", "continuous", lambda tw: firsts(tw.CONTINUOUS), "Thường xuyên",
         clue=lambda tw: phrases(tw.CONTINUOUS)),
    Form("daily", "daily", lambda tw: firsts(tw.DAILY) | {"trước", "chậm", "đến", "lúc"}, "trước 19h00 hằng ngày",
         clue=lambda tw: phrases(tw.DAILY)),
    Form("day with a time", "day_at_time", lambda tw: tw.TIME_LIMIT_WORDS, "trước 17h00 ngày 25/11/2025"),
    Form("times per period", "times_per_period",
         lambda tw: firsts(tw.AT_LEAST) | set(tw.NUMBER_WORDS) | tw.EVERY_WORDS, "ít nhất hai lần/năm",
         at_numbers=True, clue=lambda tw: tw.TIMES_WORDS),
    Form("yearly cut-offs", "yearly_cutoffs",
         lambda tw: {"trước", "vào", "đến"} | firsts(tw.AT_LEAST) | {"chậm"} | tw.DAY_WORDS | {tw.PERIODIC[0]},
         "trước ngày 15/6 và 15/12 hằng năm", at_numbers=True),
    Form("following years", "following_years", lambda tw: firsts(tw.FOLLOWING_YEARS), "các năm tiếp theo",
         clue=lambda tw: phrases(tw.FOLLOWING_YEARS)),
    Form("recurrence", "recurrence", lambda tw: tw.EVERY_WORDS | {tw.PERIODIC[0]},
         "hàng quý, 06 tháng, năm: trước ngày 20 của tháng cuối kỳ báo cáo",
         clue=lambda tw: pairs(tw.EVERY_WORDS, tw.PERIOD_WORDS) | phrases((tw.PERIODIC,))),
    Form("counted period", "counted", lambda tw: firsts(tw.COUNT_LEADS),
         "trong vòng 30 ngày kể từ ngày ban hành", at_numbers=True),
    Form("day of each period", "day_rule_alone", lambda tw: {"trước", "chậm", "đến", "vào"} | tw.DAY_WORDS,
         "trước ngày 20 của tháng cuối quý"),
    Form("occurrence", "occurrence", lambda tw: firsts(tw.OCCURRENCE_MARKERS), "khi có yêu cầu",
         clue=lambda tw: phrases(tw.OCCURRENCE_MARKERS)),
    Form("before an event", "before_event", lambda tw: firsts(tw.BEFORE_EVENT_MARKERS), "trước khi đưa vào sử dụng",
         in_running_text=lambda tw: ()),
    Form("until an event", "until_only", lambda tw: firsts(tw.UNTIL_EVENT_MARKERS), "cho đến khi Luật có hiệu lực",
         in_running_text=lambda tw: firsts(w for w in tw.UNTIL_EVENT_MARKERS if len(w) > 2),
         clue=lambda tw: phrases(tw.UNTIL_EVENT_MARKERS)),
    Form("session", "session", lambda tw: firsts(tw.SESSION_WORDS) | tw.SESSION_LEADS,
         "trình phiên họp Chính phủ tháng 11"),
    Form("condition", "condition", lambda tw: firsts(tw.EVENT_MARKERS, tw.PER_MARKERS),
         "sau khi UBND tỉnh có hướng dẫn", in_running_text=lambda tw: firsts(w for w in tw.EVENT_MARKERS if len(w) > 1),
         clue=lambda tw: phrases(w for w in tw.EVENT_MARKERS if len(w) > 1)),
)
# Every phrase not opened by a form above is tried as a window after an optional marker
# ("chậm nhất Quý III/2018"), the form every other phrase falls back to.
WINDOW = Form(
    "window", "marked_window",
    lambda tw: (firsts(w for w, _ in tw.MARKERS) | tw.QUARTER_WORDS | tw.MONTH_WORDS | tw.YEAR_WORDS
                | tw.DAY_WORDS | set(tw.POINT_WORDS) | firsts(tw.SPAN_WORDS) | tw.WEEK_WORDS
                | firsts(w for w, _ in tw.HOLIDAYS)),
    "chậm nhất Quý III/2018", at_numbers=True,
    # written without a digit: "Quý IV hằng năm" (a Roman numeral), "cuối năm", "từ nay đến …"
    clue=lambda tw: ((tw.QUARTER_WORDS - {"q"}) | pairs(tw.POINT_WORDS, tw.MONTH_WORDS, tw.YEAR_WORDS, tw.QUARTER_WORDS)
                     | tw.NOW_WORDS | phrases(w for w, _ in tw.HOLIDAYS if len(w) > 1)))
