"""The variation real plans have, as meaning-preserving rewrites of a phrase.

Each rewrite keeps what the phrase means: the spaces a word processor or a scraper leaves (NBSP, doubled
spaces, a hard wrap where a line was full), emphasis markers around the cell, the case a typist chose, the
old and new tone placement ("Hoà"/"Hòa"). The strategies draw which rewrites apply; the simplest draw (no
rewrite) comes first, so a failing case shrinks to its plain form.

Examples:
    >>> old_tone("Khánh Hòa"), new_tone("Khánh Hoà")
    ('Khánh Hoà', 'Khánh Hòa')
    >>> capitalised("quý I/2022")
    'Quý I/2022'
"""

from __future__ import annotations

from hypothesis import strategies as st

# Tone placement on "oa", "oe", "uy" syllables without a final consonant: old style marks the first vowel
# ("Hoà", "Thuỷ"), new style the second ("Hòa", "Thủy"). Pairs: (new, old).
_TONE_PAIRS = (
    ("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"),
    ("òe", "oè"), ("óe", "oé"), ("ỏe", "oẻ"), ("õe", "oẽ"), ("ọe", "oẹ"),
    ("ùy", "uỳ"), ("úy", "uý"), ("ủy", "uỷ"), ("ũy", "uỹ"), ("ụy", "uỵ"),
)
_TONE_PAIRS += tuple((new[0].upper() + new[1:], old[0].upper() + old[1:]) for new, old in _TONE_PAIRS)


def _is_final(text: str, end: int) -> bool:
    return end >= len(text) or not text[end].isalpha()


def _retone(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    out = text
    for src, dst in pairs:
        start = out.find(src)
        while start != -1:
            end = start + len(src)
            # "qu" + "y" is a consonant and a vowel ("Quý"): its tone never moves
            if _is_final(out, end) and not (start > 0 and out[start - 1] in "qQ"):
                out = out[:start] + dst + out[end:]
            start = out.find(src, start + 1)
    return out


def old_tone(text: str) -> str:
    """The old-style tone placement ("Hoà", "Uỷ")."""
    return _retone(text, _TONE_PAIRS)


def new_tone(text: str) -> str:
    """The new-style tone placement ("Hòa", "Ủy")."""
    return _retone(text, tuple((old, new) for new, old in _TONE_PAIRS))


def capitalised(text: str) -> str:
    """The first letter in upper case, as a cell usually starts."""
    return text[:1].upper() + text[1:]


REWRITES = ("none", "nbsp", "double_space", "hard_wrap", "bold", "italic", "upper_first", "lower_first", "old_tone")


@st.composite
def vary(draw, text: str, rewrites: tuple[str, ...] = REWRITES) -> str:
    """``text`` with some of the meaning-preserving rewrites applied (none is the simplest draw)."""
    chosen = draw(st.lists(st.sampled_from(rewrites), max_size=3, unique=True))
    for rewrite in chosen:
        spaces = [i for i, ch in enumerate(text) if ch == " "]
        if rewrite in ("nbsp", "double_space", "hard_wrap") and spaces:
            at = draw(st.sampled_from(spaces))
            with_ = {"nbsp": "\u00a0", "double_space": "  ", "hard_wrap": "\n"}[rewrite]
            text = text[:at] + with_ + text[at + 1:]
        elif rewrite == "bold":
            text = f"**{text}**"
        elif rewrite == "italic":
            text = f"*{text}*"
        elif rewrite == "upper_first":
            text = capitalised(text)
        elif rewrite == "lower_first":  # a cell that goes on from the sentence above
            text = text[:1].lower() + text[1:]
        elif rewrite == "old_tone":
            text = old_tone(text)
    return text
