"""Written names, group identities and markup of assignment cells (the text side of a mention).

- :func:`group_identity`: a generic group's canonical id from its folded words ("các sở, ban,
  ngành" and "sở, ban, ngành tỉnh" are one group);
- :func:`new_style`: a name in new-style tone placement, case kept ("Uỷ" → "Ủy");
- :func:`written_name`: a name as written, abbreviations expanded, spaces collapsed;
- :func:`strip_markup`: the word columns without HTML tags and emphasis markers.
"""

from __future__ import annotations

import functools
import unicodedata

from ..text.fold import fold
from . import grammar as g

@functools.lru_cache(maxsize=2048)
def group_identity(words: tuple[str, ...]) -> tuple[str | None, str | None]:
    """``(canonical id, kind)`` of a generic group from its folded words; no id when other words
    than quantifiers, nouns, separators and qualifiers are in it ("các sở có đơn vị … trực
    thuộc"), a kind when all its nouns are of one kind outside the state chain.

    Examples:
        >>> group_identity(("các", "sở", ",", "ban", ",", "ngành", "tỉnh"))
        ('group:so-ban-nganh', 'group')
        >>> group_identity(("các", "ngành", ",", "sở", "có", "liên", "quan"))
        ('group:so-nganh+lien-quan', 'group')
        >>> group_identity(("các", "doanh", "nghiệp", "viễn", "thông"))
        (None, 'non-state')
    """
    nouns: set[tuple[str, ...]] = set()
    qualifiers: set[tuple[str, ...]] = set()  # in the id, but they do not change the group's kind
    related = False
    k, j = 0, len(words)
    tables = (g.QUANTIFIER_TABLE, g.AND_TABLE)
    while k < j:
        found = tables[0].match(words, k) or tables[1].match(words, k)
        if found:
            k += found[0]
            continue
        noun = g.GENERIC_NOUN_TABLE.match(words, k)
        if noun and nouns and words[k] in g.PLACE_NOUN_FIRSTS and (k == 0 or words[k - 1] not in ("/", ",", "và")):
            noun = None  # "các sở, ngành tỉnh": the place qualifies the group (a qualifier below)
        if noun:
            nouns.add(words[k : k + noun[0]])
            k += noun[0]
            continue
        qual = g.QUALIFIER_TABLE.match(words, k)
        if qual:
            key = words[k : k + qual[0]]
            if key in g.RELATED_QUALIFIERS:
                related = True
            elif key not in g.LEVEL_QUALIFIERS:
                qualifiers.add(key)
            k += qual[0]
            continue
        break  # other words ("các doanh nghiệp viễn thông"): the written name is the identity
    kinds = {g.GROUP_NOUN_KINDS.get(n) for n in nouns}  # "các tổ chức chính trị - xã hội trực thuộc": socio-political
    nouns |= qualifiers
    kind = kinds.pop() if len(kinds) == 1 and None not in kinds else "group"
    if k < j and not ((words[k],) == g.BELONGING_MARK and nouns):  # "sở, ban, ngành thuộc UBND …": the same group
        return None, kind
    order = g.GROUP_NOUN_ORDER
    slug = "-".join("-".join(_slug(x) for x in n) for n in sorted(nouns, key=lambda n: (order.get(n, 99), n)))
    return f"group:{slug}{'+lien-quan' if related else ''}", kind


def _slug(word: str) -> str:
    """ASCII of a folded word, for ids ("ngành" → "nganh")."""
    return unicodedata.normalize("NFD", word.replace("đ", "d")).encode("ascii", "ignore").decode() or "x"


def strip_markup(text: str, columns: tuple[list, list, list, list, list]) -> tuple[list, list, list, list, list]:
    """Drop markup that leaked into cells from the five word columns: HTML tags ("<ul style=…>") and
    emphasis markers ("**Sở Nông\nnghiệp**", "_…_"); a lone "*" that opens a line is a bullet and stays."""
    texts, kinds = columns[0], columns[1]
    if "<" not in text and "_" not in text and "*" not in text:  # one scan of the text, in C
        return columns
    tags = "<" in texts
    starts = columns[2]
    keep: list[int] = []
    i, n = 0, len(texts)
    while i < n:
        word = texts[i]
        if tags and word == "<" and i + 1 < n and kinds[i + 1] == "word":
            j = i + 1
            while j < n and texts[j] != ">":
                j += 1
            if j < n:
                i = j + 1
                continue
        if word == "_" or (word == "*" and not _bullet_star(text, starts[i], texts, i)):
            i += 1
            continue
        keep.append(i)
        i += 1
    return tuple([column[k] for k in keep] for column in columns)  # type: ignore[return-value]


def _bullet_star(text: str, at: int, texts: list[str], i: int) -> bool:
    """True when the "*" at offset ``at`` opens a line and a space follows it (a bullet, not emphasis)."""
    line_start = text.rfind("\n", 0, at) + 1
    return (not text[line_start:at].strip() and at + 1 < len(text) and text[at + 1] in " \t"
            and (i + 1 >= len(texts) or texts[i + 1] != "*"))


@functools.lru_cache(maxsize=4096)
def new_style(text: str) -> str:
    """``text`` with new-style tone placement and plain spaces and dashes, case kept ("Uỷ" → "Ủy")."""
    folded = fold(text)
    lowered = text.lower()
    if folded == lowered:
        return text
    if len(lowered) == len(text):  # every character lowers to one: touch only where the fold differs
        out = list(text)
        for k in [k for k, (f, low) in enumerate(zip(folded, lowered)) if f != low]:
            out[k] = folded[k].upper() if text[k].isupper() else folded[k]
        return "".join(out)
    out = []
    for ch, f in zip(text, folded):
        if f == ch.lower() or len(ch.lower()) != 1:
            out.append(ch)
        else:
            out.append(f.upper() if ch.isupper() else f)
    return "".join(out)


def written_name(styled: str, words: list[tuple[int, int, str | None]]) -> str:
    """A name as written, abbreviations expanded, spaces collapsed (``words``: start, end, expansion;
    ``styled``: the cell in new-style tone placement, see :func:`_new_style`)."""
    parts: list[str] = []
    for start, end, expansion in words:
        if expansion == "":
            continue
        piece = expansion if expansion is not None else styled[start:end]
        if parts and piece in (",", ")", ";", ":", "."):
            parts[-1] += piece
        elif parts and parts[-1].endswith("("):
            parts[-1] += piece
        else:
            parts.append(piece)
    return " ".join(parts)
