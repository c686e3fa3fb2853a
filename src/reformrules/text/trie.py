"""The one matcher for multi-word keys: a word trie with longest-match lookup over token texts.

Keys are tuples of folded words (``("chậm", "nhất")``); a lookup walks the tokens from an index
and returns the longest key that stands there, with its value. Every multi-word table of the
lexicon is matched through a :class:`WordTrie` (deadline markers, conditions, counted periods …);
a parser builds its tries once from its lexicon, never per phrase.

Examples:
    >>> trie = WordTrie({("chậm", "nhất"): "by", ("hoàn", "thành", "chậm", "nhất"): "by", ("trước",): "before"})
    >>> trie.longest(["hoàn", "thành", "chậm", "nhất", "quý"], 0)
    (4, 'by')
    >>> trie.longest(["hoàn", "thành", "trước"], 0) is None
    True
    >>> trie.longest(["x", "trước"], 1), "trước" in trie.first_words, len(trie)
    ((1, 'before'), True, 3)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Generic, TypeVar

__all__ = ["WordTrie"]

V = TypeVar("V")
_END = ""  # end-of-key mark (no word is empty)


class WordTrie(Generic[V]):
    """Read-only word trie: ``{word: child, …, "": value}`` nodes."""

    __slots__ = ("_root", "_size", "first_words", "keys")

    def __init__(self, entries: Mapping[tuple[str, ...], V] | Iterable[tuple[tuple[str, ...], V]]):
        items = entries.items() if isinstance(entries, Mapping) else entries
        root: dict[str, Any] = {}
        keys = []
        for key, value in items:
            if not key or any(not w for w in key):
                raise ValueError(f"a trie key needs non-empty words: {key!r}")
            node = root
            for word in key:
                node = node.setdefault(word, {})
            if _END not in node:
                keys.append(tuple(key))
                node[_END] = value  # the first value given for a key wins (tables list the preferred one first)
        self._root = root
        self._size = len(keys)
        self.keys: tuple[tuple[str, ...], ...] = tuple(keys)
        self.first_words: frozenset[str] = frozenset(root)

    def __len__(self) -> int:
        return self._size

    def __contains__(self, key: object) -> bool:
        node = self._root
        for word in key:  # type: ignore[union-attr]
            node = node.get(word)
            if node is None:
                return False
        return _END in node

    def get(self, key: tuple[str, ...], default: V | None = None) -> V | None:
        node = self._root
        for word in key:
            node = node.get(word)
            if node is None:
                return default
        return node.get(_END, default)

    def longest(self, texts: Sequence[str], i: int, end: int | None = None,
                accept: Callable[[int], bool] | None = None) -> tuple[int, V] | None:
        """``(number of words, value)`` of the longest key at ``texts[i:end]``, else ``None``.

        ``accept(k)`` (optional) must hold for every index ``k`` a key covers (the deadline
        parser passes "token ``k`` is a word", so "trong" never matches a number token).
        """
        node = self._root
        stop = len(texts) if end is None else min(end, len(texts))
        best = None
        k = i
        while k < stop:
            if accept is not None and not accept(k):
                break
            node = node.get(texts[k])
            if node is None:
                break
            k += 1
            if _END in node:
                best = (k - i, node[_END])
        return best

    def prefixes(self, texts: Sequence[str], i: int, end: int | None = None) -> list[tuple[int, V]]:
        """Every key at ``texts[i:end]``, shortest first, as ``(number of words, value)``.

        Examples:
            >>> WordTrie({("sau",): 1, ("sau", "khi"): 2}).prefixes(["sau", "khi", "có"], 0)
            [(1, 1), (2, 2)]
        """
        node = self._root
        stop = len(texts) if end is None else min(end, len(texts))
        found = []
        k = i
        while k < stop:
            node = node.get(texts[k])
            if node is None:
                break
            k += 1
            if _END in node:
                found.append((k - i, node[_END]))
        return found
