"""Where the measured quantity of a goal is written, around its number.

A plan writes the quantity either before the verb ("Tỷ lệ … đạt tối thiểu 35%") or after the
number ("100% thủ tục hành chính đủ điều kiện …"). These functions work on token index ranges
of one clause (the text's :class:`~.grammar.Columns`) and return original text, whitespace collapsed.

Examples:
    >>> from reformrules.targets.grammar import columns, packaged_grammar
    >>> g = packaged_grammar()
    >>> text = "d) Tỷ lệ hồ sơ trễ hạn giảm xuống dưới 5%"
    >>> tk = columns(text)
    >>> start, end, has_head = subject_range(g, tk, 0, 8)
    >>> subject_text(text, tk, start, end), has_head
    ('Tỷ lệ hồ sơ trễ hạn', True)
"""

from __future__ import annotations

import re

from ..text.fold import fold
from .grammar import PUNCT, Columns, TargetGrammar

_EDGE_PUNCT = frozenset(",;:.-")
_OPENING_PUNCT = _EDGE_PUNCT | {")", "•", "+"}
_CLOSING_PUNCT = _EDGE_PUNCT | {"("}
_MARKER_ENDS = frozenset(").:")


def words_at(tk: Columns, i: int, phrase: tuple[str, ...], end: int) -> bool:
    """True when the word tokens at ``i`` are ``phrase`` (folded words), all before ``end``."""
    n = len(phrase)
    if i + n > end:
        return False
    if n == 1:
        return tk.texts[i] == phrase[0] and tk.kinds[i] == "word"
    return tuple(tk.texts[i : i + n]) == phrase and all(kind == "word" for kind in tk.kinds[i : i + n])


def _marks(g: TargetGrammar, tk: Columns, start: int, end: int) -> tuple[list[tuple[int, int]], list[int], list[tuple[int, int]]]:
    """One pass over ``[start, end)``: the (start, end) token ranges of the strong breaks ("trong đó",
    "đồng thời"), the first tokens of subject heads ("Tỷ lệ"; "mức độ 3" is a service level, not a
    head) and the ranges of the weak breaks ("và")."""
    strong: list[tuple[int, int]] = []
    heads: list[int] = []
    weak: list[tuple[int, int]] = []
    index = g.SUBJECT_MARKS
    texts, kinds = tk.texts, tk.kinds
    count = len(texts)
    for i in [i for i in range(start, end) if texts[i] in index]:
        for phrase, kind in index[texts[i]]:
            if not words_at(tk, i, phrase, end):
                continue
            j = i + len(phrase)
            if kind == "head":
                if not (j < count and kinds[j] == "num"):
                    heads.append(i)
            elif kind == "strong":
                strong.append((i, j))
            else:
                weak.append((i, j))
    return strong, heads, weak


def trim(g: TargetGrammar, tk: Columns, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without list markers, joining words and stray punctuation at its edges.

    Examples:
        >>> from reformrules.targets.grammar import columns, packaged_grammar
        >>> g = packaged_grammar()
        >>> tk = columns("a) trong đó, hồ sơ trực tuyến và")
        >>> trim(g, tk, 0, len(tk.texts))  # "hồ sơ trực tuyến"
        (5, 9)
    """
    kinds, texts = tk.kinds, tk.texts
    changed = True
    while changed and start < end:
        changed = False
        kind, first = kinds[start], texts[start]
        if kind in PUNCT and first in _OPENING_PUNCT:
            start, changed = start + 1, True
            continue
        if (
            start + 1 < end
            and texts[start + 1] in _MARKER_ENDS
            and ((kind == "word" and len(first) == 1) or (kind == "num" and len(first) <= 2))
        ):
            start, changed = start + 2, True
            continue
        for phrase in g.EDGE_BY_FIRST.get(first, ()):
            if words_at(tk, start, phrase, end):
                start, changed = start + len(phrase), True
                break
    changed = True
    while changed and start < end:
        changed = False
        last = texts[end - 1]
        if kinds[end - 1] in PUNCT and last in _CLOSING_PUNCT:
            end, changed = end - 1, True
            continue
        for phrase in g.EDGE_BY_LAST.get(last, ()):
            if end - len(phrase) >= start and words_at(tk, end - len(phrase), phrase, end):
                end, changed = end - len(phrase), True
                break
    return start, end


def subject_range(g: TargetGrammar, tk: Columns, start: int, end: int) -> tuple[int, int, bool]:
    """Where the quantity is named in the text before a goal's cue: ``(start, end, has_head)``.

    After the last "trong đó"/"đồng thời", the quantity starts at its head word ("Tỷ lệ",
    "Mức độ"); with no head, only the words after the last "và" are kept.
    """
    strong, heads, weak = _marks(g, tk, start, end)
    for _i, j in strong:
        start = max(start, j)
    head = next((i for i in heads if i >= start), None)
    if head is not None:
        return (*trim(g, tk, head, end), True)
    after_breaks = start
    for i, j in weak:
        if i >= after_breaks:
            start = max(start, j)
    return (*trim(g, tk, start, end), False)


def split_middle(g: TargetGrammar, tk: Columns, start: int, end: int) -> tuple[int, int]:
    """Split the words between two goals into ``(end of the first's tail, start of the second's head)``.

    Rules, in order: words that open with "đối với" name the second quantity ("…, đối với sự
    phục vụ của …"); else split at the last break ("trong đó", "đồng thời", "và") before the
    second's head word; else at the last break; else everything is the first goal's tail.

    Examples:
        >>> from reformrules.targets.grammar import columns, packaged_grammar
        >>> g = packaged_grammar()
        >>> tk = columns("78%, đối với đơn vị đạt")
        >>> split_middle(g, tk, 2, 7)
        (3, 3)
    """
    opening, _ = trim(g, tk, start, end)
    if starts_with_for_object(g, tk, opening, end):
        return opening, opening
    strong, heads, weak = _marks(g, tk, start, end)
    limit = heads[0] if heads else end
    for hits in (strong, weak):
        before = [(i, j) for i, j in hits if j <= limit]
        if before:
            return before[-1]
    if heads:
        return heads[0], heads[0]
    return end, end


def level_list(g: TargetGrammar, tk: Columns, start: int, end: int) -> tuple[tuple[str, ...], tuple[int, int] | None]:
    """The last "cấp tỉnh, huyện, xã" list inside ``[start, end)``: level names and its token range.

    Examples:
        >>> from reformrules.targets.grammar import columns, packaged_grammar
        >>> g = packaged_grammar()
        >>> tk = columns("số hóa cấp tỉnh, huyện và cấp xã đạt")
        >>> level_list(g, tk, 0, len(tk.texts))
        (('tỉnh', 'huyện', 'xã'), (2, 9))
    """
    texts = tk.texts
    best: tuple[tuple[str, ...], tuple[int, int] | None] = ((), None)
    i = start
    while i < end:
        if texts[i] != g.LEVEL_MARKER:
            i += 1
            continue
        names: list[str] = []
        j = i + 1
        last = i
        while j < end:
            match = next((k for k in g.LEVELS if words_at(tk, j, k, end)), None)
            if match is None:
                break
            names.append(g.LEVELS[match])
            j += len(match)
            last = j
            while j < end and (texts[j] in g.LEVEL_SEPARATORS or texts[j] == g.LEVEL_MARKER):
                j += 1
        if names:
            best = (tuple(names), (i, last))
        i = max(last, i + 1)
    return best


_EMPHASIS = re.compile(r"(?<=(\w))?\*+(?=(\w))?")


def subject_text(text: str, tk: Columns, start: int, end: int) -> str:
    """The original text of tokens ``[start, end)``, whitespace collapsed and Markdown emphasis marks
    ("*", "**") left out, as the tokenizer leaves them out ("" when empty)."""
    if start >= end:
        return ""
    words = text[tk.starts[start] : tk.ends[end - 1]]
    if "*" in words:  # a mark between two letters parts them ("thông**minh"); elsewhere it goes ("(*có")
        words = _EMPHASIS.sub(lambda m: " " if m.group(1) and m.group(2) else "", words)
    return " ".join(words.split())


def join_subject(*parts: str) -> str:
    """Non-empty parts joined by one space.

    Examples:
        >>> join_subject("Đưa", "", "thủ tục hành chính")
        'Đưa thủ tục hành chính'
    """
    return " ".join(part for part in parts if part)


def for_object_prefix(g: TargetGrammar, subject: str) -> str | None:
    """The part of a subject before its first "đối với", or ``None`` when it has none.

    Examples:
        >>> from reformrules.targets.grammar import packaged_grammar
        >>> for_object_prefix(packaged_grammar(), "Mức độ hài lòng của tổ chức đối với sự phục vụ của cơ quan")
        'Mức độ hài lòng của tổ chức'
    """
    index = fold(subject).find(" ".join(g.FOR_OBJECT))
    if index <= 0:
        return None
    return subject[:index].rstrip(" ,")


def starts_with_for_object(g: TargetGrammar, tk: Columns, start: int, end: int) -> bool:
    """True when ``[start, end)`` begins with "đối với"."""
    return words_at(tk, start, g.FOR_OBJECT, end)
