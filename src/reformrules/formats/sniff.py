"""What a file is, told from its bytes (never from its name), and the limits a native file must keep.

``sniff`` answers "text", "docx", "html" or "pdf", or raises one ``PlanReadError`` that names the
format and says what to do: an old Word .doc (OLE), a password-protected Office file, an Excel
.xlsx or PowerPoint file saved under another name, an OpenDocument file, RTF, an image, a
damaged or truncated ZIP. A .docx is a ZIP whose members hold ``word/document.xml``; its
declared sizes are checked against ``Limits`` before anything is decompressed, so a ZIP bomb
is refused without being inflated (``zipfile`` never inflates past a member's declared size).

Examples:
    >>> sniff(b"%PDF-1.7 ...", "a.pdf"), sniff("<!DOCTYPE html><html>".encode(), "a.htm")
    ('pdf', 'html')
    >>> sniff("Số: 12/KH-UBND".encode(), "a.txt")
    'text'
    >>> sniff(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504), "plan.doc")
    Traceback (most recent call last):
    ...
    reformrules.errors.PlanReadError: plan.doc: an old Word .doc (OLE, Word 97-2003) file: open it in Word or LibreOffice and save it as .docx (or run: soffice --headless --convert-to docx plan.doc)
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from ..errors import PlanReadError

_EXTRA = 'pip install "reformrules[formats]"'
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_OPENERS = (b"<!doctype html", b"<html", b"<?xml", b"<!--", b"<head", b"<body", b"<meta", b"<table", b"<div",
                 b"<p>", b"<p ")
_HTML_TAGS = (b"<html", b"<head", b"<body", b"</html>", b"<meta ", b"<script", b"<!doctype html", b"<div",
              b"<table", b"<p>", b"</p>")
_IMAGES = ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
           (b"II*\x00", "a TIFF image (a scan?)"), (b"MM\x00*", "a TIFF image (a scan?)"))


@dataclass(frozen=True, slots=True)
class Limits:
    """How big a native file may be, and how much it may unpack to (bytes; pages for PDF).

    ``max_ratio`` refuses a ZIP member that claims to inflate more than that many times its
    compressed size once it is past ``ratio_floor`` bytes (XML compresses about 5-20 times).
    """

    max_file: int = 64 * 2**20
    max_unzipped: int = 256 * 2**20
    max_ratio: int = 200
    ratio_floor: int = 4 * 2**20
    max_pages: int = 2000


DEFAULT_LIMITS = Limits()


def needs_extra(name: str, what: str, module: str) -> PlanReadError:
    """The error for a native file when the optional dependency that reads it is not installed."""
    return PlanReadError(name, f"{what}: reading it needs the optional 'formats' extra ({module} is not "
                               f"installed): {_EXTRA}")


def _head_text(data: bytes) -> bytes:
    head = data[:4096]
    for bom in (b"\xef\xbb\xbf",):
        if head.startswith(bom):
            head = head[len(bom):]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        head = head.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    return head.lstrip(b" \t\r\n").lower()


def is_html(data: bytes) -> bool:
    """True for an HTML page or fragment of one (a plan saved from a web page, LibreOffice's HTML).

    Examples:
        >>> is_html(b"<html><body><p>K\\xe1</p></body></html>"), is_html(b"1\\tA\\t<ul> - B\\n")
        (True, False)
    """
    head = _head_text(data)
    if head.startswith(_HTML_OPENERS[:2]):
        return True
    if head.startswith(b"<?xml"):
        return b"<html" in head
    if head.startswith(_HTML_OPENERS[3:]):
        return sum(1 for tag in _HTML_TAGS if tag in head) >= 2
    return sum(1 for tag in _HTML_TAGS[:7] if tag in head) >= 2


def sniff(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> str:
    """The format of a plan file's bytes: "text", "docx", "html" or "pdf"; others raise ``PlanReadError``."""
    if len(data) > limits.max_file:
        raise PlanReadError(name, f"{len(data):,} bytes is larger than the limit for a plan file "
                                  f"({limits.max_file:,} bytes; see Limits.max_file)")
    if data.startswith(b"%PDF") or data[:1024].lstrip().startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_kind(data, name, limits)
    if data.startswith(_OLE):
        raise _ole_error(data, name)
    if data.startswith(b"{\\rtf"):
        raise PlanReadError(name, "a Rich Text (.rtf) file: open it in Word or LibreOffice and save it as .docx "
                                  f"(or run: soffice --headless --convert-to docx {_base(name)})")
    for magic, what in _IMAGES:
        if data.startswith(magic):
            raise PlanReadError(name, f"{what}, not a document with text: the reader does not do OCR")
    if is_html(data):
        return "html"
    return "text"


def _base(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1] if name and not name.startswith("<") else "FILE"


def _ole_error(data: bytes, name: str) -> PlanReadError:
    """An OLE compound file: an encrypted OOXML package, a .doc, a .xls, or another Office 97-2003 file."""
    probe = data[: 2**20]
    if "EncryptedPackage".encode("utf-16-le") in probe:
        return PlanReadError(name, "a password-protected Office document: open it with its password and save "
                                   "a copy without one (.docx), then read that")
    if "Workbook".encode("utf-16-le") in probe or "Book".encode("utf-16-le") in probe[:4096]:
        return PlanReadError(name, "an old Excel .xls file, not a plan document: a plan's tables are read "
                                   "from its .docx, .pdf, .html or text")
    return PlanReadError(name, "an old Word .doc (OLE, Word 97-2003) file: open it in Word or LibreOffice and "
                               f"save it as .docx (or run: soffice --headless --convert-to docx {_base(name)})")


def _zip_kind(data: bytes, name: str, limits: Limits) -> str:
    """"docx" for a Word package; a clear error for any other ZIP and for one that breaks the limits."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError, OSError) as exc:
        raise PlanReadError(name, f"a ZIP container (a Word .docx?) that is damaged or truncated ({exc}): "
                                  "save or download the document again") from None
    names = {m.filename for m in members}
    total = sum(m.file_size for m in members)
    if total > limits.max_unzipped:
        raise PlanReadError(name, f"a ZIP container that unpacks to {total:,} bytes, past the limit of "
                                  f"{limits.max_unzipped:,} (a ZIP bomb?); see Limits.max_unzipped")
    for member in members:
        if member.file_size > limits.ratio_floor and member.file_size > limits.max_ratio * max(1, member.compress_size):
            raise PlanReadError(name, f"a ZIP container whose member {member.filename!r} inflates "
                                      f"{member.file_size // max(1, member.compress_size):,} times "
                                      f"(a ZIP bomb?); refused, see Limits.max_ratio")
    if "word/document.xml" in names:
        return "docx"
    if any(n.startswith("word/") for n in names):
        raise PlanReadError(name, "a Word .docx package without its main part (word/document.xml): the file "
                                  "is damaged; save or download the document again")
    if "xl/workbook.xml" in names:
        raise PlanReadError(name, "an Excel workbook (.xlsx), not a Word document, whatever its name: "
                                  "a plan is read from its .docx, .pdf, .html or text")
    if any(n.startswith("ppt/") for n in names):
        raise PlanReadError(name, "a PowerPoint presentation (.pptx), not a plan document")
    if "mimetype" in names:
        kind = archive.read("mimetype")[:100].decode("ascii", "replace")
        if "opendocument.text" in kind:
            raise PlanReadError(name, "an OpenDocument text (.odt) file: save it as .docx in LibreOffice "
                                      f"(or run: soffice --headless --convert-to docx {_base(name)})")
        raise PlanReadError(name, f"an OpenDocument file ({kind.strip()}), not a plan document")
    raise PlanReadError(name, "a ZIP archive that holds no Word document (no word/document.xml): "
                              "unpack it and read the plan inside")
