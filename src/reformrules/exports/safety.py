"""Plan text made safe for where it goes: spreadsheet cells and terminals.

- A spreadsheet cell whose text begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
  is read as a formula by Excel and LibreOffice ("CSV injection"). As OWASP recommends, such a cell
  is prefixed with a single quote, so it shows as text; a plain number ("-63") is left as it is.
- A terminal obeys control characters and escape sequences (``ESC [ … m``, a bell, a carriage
  return that overwrites the line, bidirectional overrides that reorder what is shown). Text from
  a plan reaches the terminal with each such character written as a visible ``\\xNN`` /
  ``\\uNNNN`` escape; line breaks are kept.

Examples:
    >>> spreadsheet_cell("=HYPERLINK(\\"http://x\\")"), spreadsheet_cell("-63"), spreadsheet_cell("Sở Nội vụ")
    ('\\'=HYPERLINK("http://x")', '-63', 'Sở Nội vụ')
    >>> terminal_text("Quý I\\x1b[31m/2022\\a")
    'Quý I\\\\x1b[31m/2022\\\\x07'
"""

from __future__ import annotations

import re

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?%?")
# C0 and C1 controls (but the line feed), DEL, and the bidirectional embedding/override/isolate marks.
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def spreadsheet_cell(value: str) -> str:
    """``value`` as a spreadsheet cell that cannot be taken for a formula (OWASP "CSV injection")."""
    if value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_text(text: str) -> str:
    """``text`` with every control character but the line feed written as a visible escape."""
    if text.isprintable() or not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(_escape, text)
