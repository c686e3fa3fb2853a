"""Length-preserving folding of Vietnamese text for matching.

``fold`` maps character to character, so an offset found in the folded text is valid in the
original. It lower-cases, turns every kind of space (NBSP, tab, line break) into a plain space,
every dash into "-", curly quotes into straight ones, and moves the tone mark of the old style
("hoà", "thuỷ", "Uỷ") to the new style ("hòa", "thủy", "ủy"). It never strips diacritics: "tài
chính" and "tai chinh" stay different words.

Examples:
    >>> fold("Khánh Hoà\\u00a0–\\tUỷ ban")
    'khánh hòa - ủy ban'
    >>> fold("HOÀN THÀNH") == "hoàn thành"
    True
    >>> fold("quý")  # "qu" is a consonant: the tone stays on y
    'quý'
"""

from __future__ import annotations

import re
import unicodedata

# Single characters: spaces and dashes of every kind, quotes.
_CHAR_MAP = {
    0x00A0: " ",  # no-break space
    0x2007: " ",
    0x202F: " ",
    0x2009: " ",
    0x200A: " ",
    0x3000: " ",
    0x0009: " ",  # tab
    0x000A: " ",  # line break
    0x000D: " ",
    0x000B: " ",
    0x000C: " ",
    0x2010: "-",
    0x2011: "-",
    0x2012: "-",
    0x2013: "-",  # en dash
    0x2014: "-",  # em dash
    0x2212: "-",  # minus sign
    0x2018: "'",
    0x2019: "'",
    0x201C: '"',
    0x201D: '"',
}

_NEEDS_MAP = re.compile("[" + "".join(chr(c) for c in _CHAR_MAP) + "]")

# Old-style tone placement (tone on the second vowel of an open "oa/oe/uy" syllable) to new style.
_TONES_A = "àáảãạ"
_TONES_E = "èéẻẽẹ"
_TONES_Y = "ỳýỷỹỵ"
_TONES_O = "òóỏõọ"
_TONES_U = "ùúủũụ"
_OLD_TO_NEW = {}
for _i in range(5):
    _OLD_TO_NEW["o" + _TONES_A[_i]] = _TONES_O[_i] + "a"
    _OLD_TO_NEW["o" + _TONES_E[_i]] = _TONES_O[_i] + "e"
    _OLD_TO_NEW["u" + _TONES_Y[_i]] = _TONES_U[_i] + "y"
# On lower-cased text; not after "q" ("qu" is a consonant: "quý" keeps its tone on y). The "q" is
# looked at behind the vowel, not before it: a pattern whose every branch opens with a set of characters
# is searched by skipping to them, about twice as fast as one opening with a look-behind.
_OLD_STYLE = re.compile(f"[ou](?<!q[ou])[{_TONES_A}{_TONES_E}{_TONES_Y}](?![^\\W\\d_])")


def _lower_char(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch


def fold(text: str) -> str:
    """Fold ``text`` for matching; the result has exactly the same length."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer (e.g. "İ")
        lowered = "".join(_lower_char(c) for c in text)
    # The characters first, each kind by one str.replace (a line break or NBSP in a cell is common; a
    # regex substitution calls back into Python per match), then the old-style pairs. The order does not
    # matter: a space, dash or quote is never part of a pair, and the pair's look-behind ("q") and
    # look-ahead (no letter) see only letters, which the first step leaves alone.
    found = _NEEDS_MAP.findall(lowered)
    if found:
        for char in set(found):
            lowered = lowered.replace(char, _REPLACEMENTS[char])
    if _OLD_STYLE.search(lowered) is None:  # most cells: nothing more to replace
        return lowered
    return _OLD_STYLE.sub(_replacement, lowered)


_REPLACEMENTS = {chr(code): new for code, new in _CHAR_MAP.items()} | _OLD_TO_NEW


def _replacement(match: re.Match) -> str:
    found = match.group()
    return _REPLACEMENTS.get(found, found)  # "uà", "oý": an old-style pattern with no new style


def to_nfc(text: str) -> tuple[str, bool]:
    """``text`` in NFC, and whether it had to change (offsets then refer to the NFC text)."""
    if unicodedata.is_normalized("NFC", text):
        return text, False
    return unicodedata.normalize("NFC", text), True
