"""Where the measured quantity of a goal is written, around its number.

A plan writes the quantity either before the verb ("Tỷ lệ … đạt tối thiểu 35%") or after the
number ("100% thủ tục hành chính đủ điều kiện …"). These functions work on token index ranges
of one clause and return original text, whitespace collapsed.

Examples:
    >>> from reformrules.targets.grammar import packaged_grammar, tokenize
    >>> g = packaged_grammar()
    >>> text = "d) Tỷ lệ hồ sơ trễ hạn giảm xuống dưới 5%"
    >>> toks = tokenize(text)
    >>> start, end, has_head = subject_range(g, toks, 0, 8)
    >>> subject_text(text, toks, start, end), has_head
    ('Tỷ lệ hồ sơ trễ hạn', True)
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ..text.fold import fold
from .grammar import PUNCT, TargetGrammar, Token

_EDGE_PUNCT = frozenset(",;:.-")


def _words_at(tokens: Sequence[Token], i: int, phrase: tuple[str, ...], end: int) -> bool:
    n = len(phrase)
    if i + n > end:
        return False
    if n == 1:
        token = tokens[i]
        return token.text == phrase[0] and token.kind == "word"
    window = tokens[i : i + n]
    return tuple(t.text for t in window) == phrase and all(t.kind == "word" for t in window)


@cache
def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(group) for word, group in index.items()}


def _find(tokens: Sequence[Token], start: int, end: int, phrases: tuple[tuple[str, ...], ...]) -> list[tuple[int, int]]:
    """(start, end) token ranges of every occurrence of any phrase inside ``[start, end)``."""
    index = _by_first_word(phrases)
    hits = []
    for i in range(start, end):
        for phrase in index.get(tokens[i].text, ()):
            if _words_at(tokens, i, phrase, end):
                hits.append((i, i + len(phrase)))
    return hits


def _heads(g: TargetGrammar, tokens: Sequence[Token], start: int, end: int) -> list[int]:
    """Token indexes where a subject head starts ("mức độ 3" is a service level, not a head)."""
    found = []
    for i, j in _find(tokens, start, end, g.SUBJECT_HEADS):
        if j < len(tokens) and tokens[j].kind == "num":
            continue
        found.append(i)
    return found


def trim(g: TargetGrammar, tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without list markers, joining words and stray punctuation at its edges.

    Examples:
        >>> from reformrules.targets.grammar import packaged_grammar, tokenize
        >>> g = packaged_grammar()
        >>> toks = tokenize("a) trong đó, hồ sơ trực tuyến và")
        >>> trim(g, toks, 0, len(toks))  # "hồ sơ trực tuyến"
        (5, 9)
    """
    changed = True
    while changed and start < end:
        changed = False
        first = tokens[start]
        if first.kind in PUNCT and first.text in _EDGE_PUNCT | {")", "•", "+"}:
            start, changed = start + 1, True
            continue
        if (
            start + 1 < end
            and tokens[start + 1].text in ").:"
            and ((first.kind == "word" and len(first.text) == 1) or (first.kind == "num" and len(first.text) <= 2))
        ):
            start, changed = start + 2, True
            continue
        for phrase in g.EDGE_BY_FIRST.get(first.text, ()):
            if _words_at(tokens, start, phrase, end):
                start, changed = start + len(phrase), True
                break
    changed = True
    while changed and start < end:
        changed = False
        last = tokens[end - 1]
        if last.kind in PUNCT and last.text in _EDGE_PUNCT | {"("}:
            end, changed = end - 1, True
            continue
        for phrase in g.EDGE_BY_LAST.get(last.text, ()):
            if end - len(phrase) >= start and _words_at(tokens, end - len(phrase), phrase, end):
                end, changed = end - len(phrase), True
                break
    return start, end


def subject_range(g: TargetGrammar, tokens: Sequence[Token], start: int, end: int) -> tuple[int, int, bool]:
    """Where the quantity is named in the text before a goal's cue: ``(start, end, has_head)``.

    After the last "trong đó"/"đồng thời", the quantity starts at its head word ("Tỷ lệ",
    "Mức độ"); with no head, only the words after the last "và" are kept.
    """
    for _i, j in _find(tokens, start, end, g.STRONG_BREAKS):
        start = max(start, j)
    heads = _heads(g, tokens, start, end)
    if heads:
        return (*trim(g, tokens, heads[0], end), True)
    for _i, j in _find(tokens, start, end, g.WEAK_BREAKS):
        start = max(start, j)
    return (*trim(g, tokens, start, end), False)


def split_middle(g: TargetGrammar, tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """Split the words between two goals into ``(end of the first's tail, start of the second's head)``.

    Rules, in order: words that open with "đối với" name the second quantity ("…, đối với sự
    phục vụ của …"); else split at the last break ("trong đó", "đồng thời", "và") before the
    second's head word; else at the last break; else everything is the first goal's tail.

    Examples:
        >>> from reformrules.targets.grammar import packaged_grammar, tokenize
        >>> g = packaged_grammar()
        >>> toks = tokenize("78%, đối với đơn vị đạt")
        >>> split_middle(g, toks, 2, 7)
        (3, 3)
    """
    opening, _ = trim(g, tokens, start, end)
    if starts_with_for_object(g, tokens, opening, end):
        return opening, opening
    heads = _heads(g, tokens, start, end)
    limit = heads[0] if heads else end
    for group in (g.STRONG_BREAKS, g.WEAK_BREAKS):
        hits = [(i, j) for i, j in _find(tokens, start, limit, group)]
        if hits:
            i, j = hits[-1]
            return i, j
    if heads:
        return heads[0], heads[0]
    return end, end


def level_list(g: TargetGrammar, tokens: Sequence[Token], start: int, end: int) -> tuple[tuple[str, ...], tuple[int, int] | None]:
    """The last "cấp tỉnh, huyện, xã" list inside ``[start, end)``: level names and its token range.

    Examples:
        >>> from reformrules.targets.grammar import packaged_grammar, tokenize
        >>> g = packaged_grammar()
        >>> toks = tokenize("số hóa cấp tỉnh, huyện và cấp xã đạt")
        >>> level_list(g, toks, 0, len(toks))
        (('tỉnh', 'huyện', 'xã'), (2, 9))
    """
    best: tuple[tuple[str, ...], tuple[int, int] | None] = ((), None)
    i = start
    while i < end:
        if tokens[i].text != g.LEVEL_MARKER:
            i += 1
            continue
        names: list[str] = []
        j = i + 1
        last = i
        while j < end:
            match = next((k for k in g.LEVELS if _words_at(tokens, j, k, end)), None)
            if match is None:
                break
            names.append(g.LEVELS[match])
            j += len(match)
            last = j
            while j < end and (tokens[j].text in g.LEVEL_SEPARATORS or tokens[j].text == g.LEVEL_MARKER):
                j += 1
        if names:
            best = (tuple(names), (i, last))
        i = max(last, i + 1)
    return best


def subject_text(text: str, tokens: Sequence[Token], start: int, end: int) -> str:
    """The original text of tokens ``[start, end)``, whitespace collapsed ("" when empty)."""
    if start >= end:
        return ""
    return " ".join(text[tokens[start].start : tokens[end - 1].end].split())


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


def starts_with_for_object(g: TargetGrammar, tokens: Sequence[Token], start: int, end: int) -> bool:
    """True when ``[start, end)`` begins with "đối với"."""
    return _words_at(tokens, start, g.FOR_OBJECT, end)
