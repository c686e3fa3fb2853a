"""The outline of a plan's body: its blocks nested by their numbering.

A plan's body is an outline written with markers: Roman parts ("II."), numbered items ("1.",
"1.2.", "2.1.3."), lettered items ("a)", "đ)"), bullets ("-", "•") and sub-bullets ("+"). A
marker of a higher rank closes every open item of its rank or lower; a block without a marker
(a plain paragraph) goes on the item above it. The marker is read from the block's own number
(a Word list label) or from the start of its text. After the document's end mark "./." no block
goes on an item (the footnotes "[1] …" and the signature are no task's).

Examples:
    >>> from reformrules.source import Source
    >>> from reformrules.plans.body_blocks import text_blocks
    >>> src = Source("o.md", "II. NHIỆM VỤ\\n\\n1. Sở Y tế\\n\\na) Chủ trì.\\n\\n- Báo cáo.\\n\\nb) Phối hợp.\\n\\n2. Sở Tài chính\\n")
    >>> roots = outline(text_blocks(src, (1, 11)))
    >>> [(n.path, n.title) for n in walk(roots)]
    [(('II',), 'NHIỆM VỤ'), (('II', '1'), 'Sở Y tế'), (('II', '1', 'a'), 'Chủ trì.'), (('II', '1', 'a', '-1'), 'Báo cáo.'), (('II', '1', 'b'), 'Phối hợp.'), (('II', '2'), 'Sở Tài chính')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator, Literal, Sequence

from ..document.model import Block, Located
from ..refs import is_roman
from ..source import SourceMap, Span
from .labels import opens_with_label

MarkerKind = Literal["roman", "number", "letter", "bullet", "plus", "text"]

_ROMAN = re.compile(r"([IVXL]+)\s*[.)]\s*")
_NUMBER = re.compile(r"(\d{1,2}(?:\.\d{1,2})*)\s*(?:[.)]\s*|\s+(?=\D))")
_MULTI = re.compile(r"\d{1,2}(?:\.\d{1,2})+$")
_LETTER = re.compile(r"([a-zđ])\s*\)\s*")
_BULLET = re.compile(r"[-–•]\s*")
_PLUS = re.compile(r"\+\s*")


@dataclass(eq=False)
class Node:
    """One item of the outline: its block, marker, the text after the marker, and its children.

    ``path`` is the chain of markers from the top ("II", "1", "a"); bullets are numbered by their
    place among their siblings ("-1", "-2"), sub-bullets "+1" …; a plain paragraph is "p1" ….
    """

    block: Block
    kind: MarkerKind
    marker: str
    body: Located
    path: tuple[str, ...] = ()
    parent: "Node | None" = None
    children: list["Node"] = field(default_factory=list)
    # what the readers derive from the finished node, computed once per read ("label", agency heading)
    memo: dict = field(default_factory=dict, repr=False)

    @property
    def title(self) -> str:
        """The text after the marker."""
        return self.body.text

    @property
    def text(self) -> Located:
        """The block's whole text, marker included."""
        assert self.block.text is not None
        return self.block.text

    @property
    def span(self) -> Span:
        return self.block.span

    @property
    def rank(self) -> int:
        return rank(self.kind, self.marker)

    @property
    def emphasis(self) -> bool:
        return self.block.emphasis

    def descendants(self) -> Iterator["Node"]:
        for child in self.children:
            yield child
            yield from child.descendants()

    def end(self) -> int:
        """The end offset of the node and everything nested in it."""
        last = self
        while last.children:
            last = last.children[-1]
        return last.span.end

    def __repr__(self) -> str:
        return f"Node({'.'.join(self.path)} {self.title[:40]!r})"


def rank(kind: MarkerKind, marker: str) -> int:
    """How high a marker stands: a Roman part 1, "1." 2, "1.2." 3, …, "a)" 7, "-" 8, "+" 9, text 10."""
    if kind == "roman":
        return 1
    if kind == "number":
        return 1 + marker.count(".") + 1
    return {"letter": 7, "bullet": 8, "plus": 9, "text": 10}[kind]


def tail(located: Located, start: int) -> Located:
    """The text of ``located`` from ``start`` on, still located in the file."""
    start = min(max(start, 0), len(located.text))
    while start < len(located.text) and located.text[start] == " ":
        start += 1
    text = located.text[start:]
    span = located.to_source(Span(start, len(located.text))) if text else Span(located.span.end, located.span.end)
    pieces = located.source_map.pieces
    if pieces:
        moved = []
        for cell, src, length in pieces:
            if cell + length <= start:
                continue
            if cell < start:
                src, length, cell = src + (start - cell), length - (start - cell), start
            moved.append((cell - start, src, length))
        source_map = SourceMap(tuple(moved))
    else:
        source_map = SourceMap(((0, located.span.start + start, len(text)),)) if text else SourceMap(())
    return Located(text, span, source_map, located.address)


def read_marker(block: Block) -> tuple[MarkerKind, str, int]:
    """The marker a block opens with: its kind, the marker as written, and where the text after it starts.

    Examples:
        >>> from reformrules.document.model import BlockKind
        >>> def b(text): return Block(BlockKind.PARAGRAPH, Located(text, Span(0, len(text))))
        >>> read_marker(b("2.1. Sở Tài chính:")), read_marker(b("đ) Rà soát")), read_marker(b("- Phối hợp"))
        (('number', '2.1', 5), ('letter', 'đ', 3), ('bullet', '-', 2))
        >>> read_marker(b("IV. TỔ CHỨC THỰC HIỆN")), read_marker(b("Thời gian: Quý I"))
        (('roman', 'IV', 4), ('text', '', 0))
    """
    text = block.text.text if block.text is not None else ""
    if block.number:  # a marker the format keeps (Word's "a)"), or the start of a text file's block
        kind, marker, after = read_marker(Block(block.kind, Located(block.number + " ", Span(0, len(block.number) + 1))))
        kind, marker = (kind if kind != "text" else "bullet"), (marker or block.number)
        if text.startswith(block.number):
            after = len(block.number)
            while after < len(text) and text[after] == " ":
                after += 1
            return kind, marker, after
        return kind, marker, 0
    match = _ROMAN.match(text)
    if match and is_roman(match.group(1)) and (match.end() == len(text) or not text[match.end()].islower()):
        return "roman", match.group(1), match.end()
    match = _NUMBER.match(text)
    if match and (match.group(0).rstrip().endswith((".", ")")) or _MULTI.match(match.group(1))):
        return "number", match.group(1), match.end()
    match = _LETTER.match(text)
    if match:
        return "letter", match.group(1), match.end()
    match = _BULLET.match(text)
    if match and not text[1:2].isdigit():
        return "bullet", "-", match.end()
    match = _PLUS.match(text)
    if match:
        return "plus", "+", match.end()
    return "text", "", 0


def outline(blocks: Sequence[Block]) -> list[Node]:
    """The top-level nodes of the blocks' outline (tables are left out)."""
    roots: list[Node] = []
    stack: list[Node] = []
    blocks = _join_split_headings(blocks)
    for block in blocks:
        if block.text is None:
            continue
        kind, marker, after = read_marker(block)
        node = Node(block, kind, marker, tail(block.text, after))
        if kind == "text":
            # a labelled line ("Thời gian thực hiện: …") after sub-bullets belongs to their bullet
            if opens_with_label(node.body.text):
                while len(stack) > 1 and stack[-1].kind == "plus":
                    stack.pop()
            parent = stack[-1] if stack else None
        else:
            while stack and stack[-1].rank >= node.rank:
                stack.pop()
            parent = stack[-1] if stack else None
        siblings = parent.children if parent else roots
        node.parent = parent
        node.path = (parent.path if parent else ()) + (_step(node, siblings),)
        siblings.append(node)
        if kind != "text":
            stack.append(node)
        if node.text.text.rstrip(" *").endswith("./."):
            stack.clear()  # the document's end mark: what follows (signature, footnotes "[1] …") is no item's
    return roots


def _join_split_headings(blocks: Sequence[Block]) -> list[Block]:
    """An emphasised heading cut in two by a blank line ("**3. Đề nghị Ủy ban Mặt trận … Hội Liên
    hiệp**" / "**Phụ nữ Thành phố và …**") is one heading: an emphasised block without a marker
    right after an emphasised numbered heading that ends with no punctuation goes on it."""
    from dataclasses import replace

    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (previous is not None and previous.text is not None and block.text is not None and previous.emphasis
                and block.emphasis and read_marker(previous)[0] in ("roman", "number")
                and read_marker(block)[0] == "text" and previous.text.text.rstrip()[-1:].isalnum()
                and not opens_with_label(block.text.text)):
            first, second = previous.text, block.text
            text = first.text + " " + second.text
            shift = len(first.text) + 1
            pieces = (first.source_map.pieces or ((0, first.span.start, len(first.text)),)) + tuple(
                (cell + shift, src, length) for cell, src, length in
                (second.source_map.pieces or ((0, second.span.start, len(second.text)),)))
            joined = Located(text, Span(first.span.start, second.span.end), SourceMap(pieces), first.address)
            out[-1] = replace(previous, text=joined)
            continue
        out.append(block)
    return out


def _step(node: Node, siblings: Sequence[Node]) -> str:
    if node.kind in ("roman", "letter"):
        return node.marker
    if node.kind == "number":
        parent = node.parent
        inside = parent is not None and parent.kind == "number" and node.marker.startswith(parent.marker + ".")
        return node.marker.split(".")[-1] if inside or "." not in node.marker else node.marker
    prefix = {"bullet": "-", "plus": "+", "text": "p"}[node.kind]
    return prefix + str(1 + sum(1 for s in siblings if s.kind == node.kind))


def walk(nodes: Sequence[Node]) -> Iterator[Node]:
    """Every node, depth first, in reading order."""
    for node in nodes:
        yield node
        yield from node.descendants()
