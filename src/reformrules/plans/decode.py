"""Bytes to plan text: encodings seen in office exports, and the inputs that are not plans at all.

Accepted: UTF-8 (with or without a byte-order mark), UTF-16/UTF-32 with a byte-order mark (Word's
"Unicode text"), UTF-16 without one when the NUL pattern makes it certain, and Windows-1258, the
legacy Vietnamese code page. cp1258 writes most tone marks as combining characters, so its text
is NFC-normalised after decoding. Every text is also put in NFC and its line endings in "\\n";
offsets in the plan refer to that normalised text.

A .docx, .html or .pdf (told from the content) is read by ``reformrules.formats`` into a
``Document`` whose written text is the plan's text; a .doc, an image and other containers raise
the ``PlanReadError`` of ``formats.sniff``. An empty file, a binary file (NUL bytes) and bytes
that fit none of the encodings raise one ``PlanReadError`` that names the file and says what to
do. A file that decodes but needed help gets a diagnostic instead.

Examples:
    >>> decode_bytes("Số: 4034/QĐ-UBND".encode("utf-16"), "plan.txt").encoding
    'utf-16'
    >>> decode_bytes(b"", "empty.txt")
    Traceback (most recent call last):
    ...
    reformrules.errors.PlanReadError: empty.txt: the file is empty (0 bytes)
"""

from __future__ import annotations

import codecs
import dataclasses
import re
import unicodedata
from dataclasses import dataclass

from ..diagnostics import Code, Diagnostic, info, warning
from ..document.model import Document
from ..errors import PlanReadError
from ..formats import read_document
from ..source import Source

# Byte-order marks, longest first (a UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_OPENERS = ("<!doctype html", "<html", "<?xml")
_HTML_TAGS = ("<html", "<head", "<body", "</html>", "<meta ", "<script", "<!doctype html")
# C0 and C1 control characters other than tab, line breaks, form feed and vertical tab.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Plan text ready for reading, how it was decoded, and the notes about it.

    For a .docx, .html or .pdf, ``document`` is the file read by ``reformrules.formats``, ``text``
    the text written from it and ``encoding`` its format.
    """

    text: str
    encoding: str
    diagnostics: tuple[Diagnostic, ...] = ()
    document: Document | None = None

    def source(self, doc_id: str) -> Source:
        """The source the plan's spans point into (a native file's keeps its addresses)."""
        if self.document is None:
            return Source(doc_id, self.text)
        return dataclasses.replace(self.document.source, doc_id=doc_id)


def _native(data: bytes | str, name: str) -> Decoded | None:
    """A .docx, .html or .pdf read by ``reformrules.formats``; ``None`` for text."""
    document = read_document(data, name)
    if document is None:
        return None
    return Decoded(document.source.text, document.format, document.diagnostics, document)


def _decode_utf8(data: bytes) -> tuple[str, bool] | None:
    """UTF-8 text, and whether an incomplete character at the very end was dropped."""
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError as exc:
        if exc.end == len(data) or exc.reason == "unexpected end of data":
            try:
                return data[: exc.start].decode("utf-8"), True
            except UnicodeDecodeError:
                return None
        return None


def _looks_utf16(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when NUL bytes sit on every other byte, as in BOM-less UTF-16."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zero = sum(1 for b in sample[0::2] if b == 0) / len(sample[0::2])
    odd_zero = sum(1 for b in sample[1::2] if b == 0) / len(sample[1::2])
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, name: str) -> Decoded:
    """Decode the bytes of a plan file named ``name`` (used in errors and diagnostics).

    Examples:
        >>> d = decode_bytes("Khánh Hòa".encode("utf-8-sig"), "x.txt")
        >>> d.text, d.encoding
        ('Khánh Hòa', 'utf-8-sig')
        >>> decode_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(600), "plan.doc")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        reformrules.errors.PlanReadError: plan.doc: an old Word .doc (OLE, Word 97-2003) file: open it in Word ...
    """
    if not data:
        raise PlanReadError(name, "the file is empty (0 bytes)")
    native = _native(data, name)
    if native is not None:
        return native
    notes: list[Diagnostic] = []
    text: str | None = None
    encoding = ""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise PlanReadError(name, f"starts with a {codec.upper()} byte-order mark but is not valid "
                                          f"{codec.upper()} (byte {exc.start})") from None
            break
    if text is None and b"\x00" in data:
        codec = _looks_utf16(data)
        if codec is None:
            raise PlanReadError(name, "a binary file (it contains NUL bytes), not the text of a plan")
        try:
            text, encoding = data.decode(codec), codec
        except UnicodeDecodeError:
            raise PlanReadError(name, "a binary file (it contains NUL bytes), not the text of a plan") from None
        notes.append(info(Code.PLAN_ENCODING, f"no byte-order mark; read as {codec.upper()} from its NUL pattern",
                          encoding=codec))
    if text is None:
        utf8 = _decode_utf8(data)
        if utf8 is not None:
            text, encoding = utf8[0], "utf-8"
            if utf8[1]:
                notes.append(warning(Code.PLAN_TRUNCATED,
                                     "the file ends in the middle of a UTF-8 character: it was cut short"))
    if text is None:
        try:
            text, encoding = data.decode("cp1258"), "cp1258"
        except UnicodeDecodeError:
            raise PlanReadError(name, "not valid UTF-8, UTF-16 or Windows-1258 (cp1258) text; "
                                      "save it as UTF-8") from None
        notes.append(warning(Code.PLAN_ENCODING,
                             "not UTF-8: decoded as Windows-1258 (legacy Vietnamese) and NFC-normalised; "
                             "check the Vietnamese letters", encoding="cp1258"))
    checked = check_text(text, name)
    return Decoded(checked.text, encoding, tuple(notes) + checked.diagnostics)


def looks_like_html_page(text: str) -> bool:
    """True for a whole HTML page (not a plan with a stray ``<ul>`` fragment in a cell).

    Examples:
        >>> looks_like_html_page("<!DOCTYPE html><html><body>…</body></html>")
        True
        >>> looks_like_html_page('KẾ HOẠCH\\n1\\tViệc\\t<ul style="x"> - A')
        False
    """
    head = text[:4096].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(_HTML_OPENERS):
        return True
    return sum(1 for tag in _HTML_TAGS if tag in head) >= 2


def check_text(text: str, name: str) -> Decoded:
    """Normalise decoded (or given) text: NFC, "\\n" line endings, no BOM; reject non-plans.

    Examples:
        >>> check_text("a\\r\\nb", "x").text
        'a\\nb'
        >>> check_text("  \\n ", "x.txt")
        Traceback (most recent call last):
        ...
        reformrules.errors.PlanReadError: x.txt: the file holds no text (only white space)
    """
    notes: list[Diagnostic] = []
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise PlanReadError(name, "the file is empty (0 bytes)" if not text else
                            "the file holds no text (only white space)")
    controls = len(_CONTROLS.findall(text, 0, 20000))
    if "\x00" in text or controls > max(3, min(len(text), 20000) // 200):
        raise PlanReadError(name, "a binary file (control characters throughout), not the text of a plan")
    if looks_like_html_page(text):
        native = _native(text, name)
        if native is not None:
            return native
        raise PlanReadError(name, "an HTML page, not the plan's text: save the page as plain text "
                                  "(or copy its text) and read that")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        notes.append(info(Code.TEXT_NORMALIZED, "line endings normalised to \\n"))
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
        notes.append(info(Code.TEXT_NORMALIZED, "text normalised to Unicode NFC (combining tone marks composed); "
                                                "offsets refer to the normalised text"))
    return Decoded(text, "str", tuple(notes))
