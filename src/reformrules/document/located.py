"""Building located text from pieces of a source: trimming, joining, and removing markup.

A ``Located`` text is stitched from ``(start, end)`` ranges of the source; its ``SourceMap`` keeps
where every piece came from, so a span of the text maps back to the file. ``clean_pieces`` cuts
the markup a text export leaves in a cell or paragraph out of the pieces (Markdown emphasis
``**…**``/``*…*``, HTML tags ``<br>``, ``<ul>``, ``<li>``, footnote markers ``[1]``): what is
cut is never part of the text, and what is kept still slices the original file.

Examples:
    >>> text = "**Cơ quan chủ\\ntrì**[1]"
    >>> cell = located(text, clean_pieces(text, [(0, 13), (14, 22)]))
    >>> cell.text, cell.span
    ('Cơ quan chủ\\ntrì', Span(start=2, end=17))
    >>> cell.to_source(Span(12, 15)).slice(text)
    'trì'
"""

from __future__ import annotations

import re
from typing import Sequence

from ..source import SourceMap, Span
from .model import Address, Located

# Markup a text export leaves around words: emphasis runs, HTML tags, footnote markers.
_EMPHASIS = r"\*{1,4}|(?<![\w])_{2}(?=\w)|(?<=\w)_{2}(?![\w])"
_TAG = r"<\s*/?\s*(?:ul|ol|li|p|br|div|span|b|i|u|em|strong|sup|sub)\b[^<>]*>"
_FOOTNOTE = r"\[\d{1,3}\]"
MARKUP = re.compile(f"{_TAG}|{_FOOTNOTE}|{_EMPHASIS}", re.IGNORECASE)
# A character that every piece of markup starts with: a quick test before the full pattern.
_MARKUP_START = re.compile(r"[*_<\[]")
# Tags that end a line of the text (a list item, a line break, a paragraph).
BREAK_TAG = re.compile(r"<\s*(?:br|li|p|div)\b[^<>]*>|<\s*/\s*(?:li|p|div)\s*>", re.IGNORECASE)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved inwards past white space (NBSP included) in ``text``.

    Examples:
        >>> trim("\\t  abc \\u00a0", 0, 8)
        (3, 6)
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def clean_pieces(text: str, pieces: Sequence[tuple[int, int]], line_joiner: str = "\n") -> list[tuple[int, int, str]]:
    """The pieces with markup cut out, as ``(start, end, joiner)``: the joiner goes before the piece.

    Pieces are the lines of a cell, joined by ``line_joiner`` (a paragraph joins its hard-wrapped
    lines by a space); a cut inside a line joins by nothing, except a break tag (``<br>``,
    ``<li>``), which starts a new line.

    Examples:
        >>> t = "Sở <br> Nội vụ"
        >>> [(t[a:b], j) for a, b, j in clean_pieces(t, [(0, len(t))])]
        [('Sở ', ''), (' Nội vụ', '\\n')]
    """
    out: list[tuple[int, int, str]] = []
    for index, (start, end) in enumerate(pieces):
        joiner = line_joiner if index else ""
        if _MARKUP_START.search(text, start, end) is None:  # most lines hold no markup at all
            if end > start:
                out.append((start, end, joiner))
            continue
        cursor = start
        for match in MARKUP.finditer(text, start, end):
            if match.start() > cursor:
                out.append((cursor, match.start(), joiner))
                joiner = ""
            if BREAK_TAG.fullmatch(match.group()):
                joiner = "\n"
            cursor = match.end()
        if end > cursor:
            out.append((cursor, end, joiner))
    return out


def located(text: str, pieces: Sequence[tuple[int, int, str]] | Sequence[tuple[int, int]],
            joiner: str = "\n", address: Address | None = None) -> Located:
    """A ``Located`` text from ranges of ``text``, each trimmed, empty ones dropped, joined.

    A piece is ``(start, end)`` (joined to the one before by ``joiner``) or ``(start, end,
    joiner)``. Two pieces joined by "" keep the white space between them as one space, so that
    "Cơ quan **chủ trì**" reads "Cơ quan chủ trì".

    Examples:
        >>> located("ab | cd", [(0, 2), (4, 7)], " ").text
        'ab cd'
        >>> located("   ", [(0, 3)]).text
        ''
    """
    kept: list[tuple[int, int, str]] = []
    pending = ""
    trailing_space = False
    for index, piece in enumerate(pieces):
        start, end = piece[0], piece[1]
        join = piece[2] if len(piece) > 2 else (joiner if index else "")  # type: ignore[misc]
        lead_space = start < end and text[start].isspace()
        new_start, new_end = trim(text, start, end)
        if new_start >= new_end:
            pending = pending or join
            trailing_space = trailing_space or start < end
            continue
        join = join or pending
        if kept and not join and (lead_space or trailing_space):
            join = " "
        kept.append((new_start, new_end, join))
        pending = ""
        trailing_space = text[end - 1].isspace()
    if not kept:
        anchor = pieces[0][0] if pieces else 0
        return Located("", Span(anchor, anchor), SourceMap(()), address)
    parts: list[str] = []
    mapping: list[tuple[int, int, int]] = []
    offset = 0
    for index, (start, end, join) in enumerate(kept):
        if index and join:
            parts.append(join)
            offset += len(join)
        mapping.append((offset, start, end - start))
        parts.append(text[start:end])
        offset += end - start
    return Located("".join(parts), Span(kept[0][0], kept[-1][1]), SourceMap(tuple(mapping)), address)


def pieces_of(text: Located) -> list[tuple[int, int]]:
    """The ``(start, end)`` source ranges a located text was stitched from."""
    if not text.source_map.pieces:
        return [(text.span.start, text.span.end)] if text.text else []
    return [(source, source + length) for _, source, length in text.source_map.pieces]


def joiners_of(text: Located) -> list[str]:
    """The joiner strings between a located text's pieces, read back from its text."""
    pieces = text.source_map.pieces
    return [text.text[prev[0] + prev[2]: cur[0]] for prev, cur in zip(pieces, pieces[1:])]


def stitch(source_text: str, parts: Sequence[Located], joiners: Sequence[str]) -> Located:
    """Several located texts as one, ``joiners[i]`` between part ``i`` and ``i + 1`` (text the file
    does not hold, such as a role label, maps to the start of the part after it).

    Examples:
        >>> src = "Sở A | Sở B"
        >>> a, b = located(src, [(0, 4)]), located(src, [(7, 11)])
        >>> s = stitch(src, [a, b], ["; "])
        >>> s.text, s.to_source(Span(6, 10)).slice(src)
        ('Sở A; Sở B', 'Sở B')
    """
    mapping: list[tuple[int, int, int]] = []
    texts: list[str] = []
    offset = 0
    for index, part in enumerate(parts):
        if index:
            texts.append(joiners[index - 1])
            offset += len(joiners[index - 1])
        pieces = part.source_map.pieces or ((0, part.span.start, len(part.text)),)
        mapping.extend((offset + a, b, n) for a, b, n in pieces)
        texts.append(part.text)
        offset += len(part.text)
    spans = [p.span for p in parts if p.text] or [p.span for p in parts]
    span = Span(min(s.start for s in spans), max(s.end for s in spans)) if spans else Span(0, 0)
    return Located("".join(texts), span, SourceMap(tuple(mapping)))
