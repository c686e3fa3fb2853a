"""Plans as officials hold them: .docx, .html and .pdf read into the same ``Document`` as text exports.

``read_document(data, name)`` tells the format from the content (``formats.sniff``) and hands it
to its reader; it returns ``None`` for text, which the text readers take. The readers need the
optional ``formats`` extra (``pip install "reformrules[formats]"``: python-docx, lxml, pdfplumber),
imported only when such a file is read, so ``import reformrules`` stays light. Every problem is
one ``PlanReadError`` naming the format and what to do. docs/formats.md is the manual.
"""

from __future__ import annotations

from ..document.model import Document
from .sniff import DEFAULT_LIMITS, Limits, is_html, sniff

NATIVE_SUFFIXES = (".docx", ".html", ".htm", ".xhtml", ".pdf")
# the files a directory of plans is read for (the content decides the format, not the name)
PLAN_SUFFIXES = (".txt",) + NATIVE_SUFFIXES


def read_document(data: bytes | str, name: str, limits: Limits = DEFAULT_LIMITS) -> Document | None:
    """The ``Document`` of a native file's bytes (or of an HTML page's text), or ``None`` for text."""
    if isinstance(data, str):
        if not is_html(data[:4096].encode("utf-8", errors="ignore")):
            return None
        from .html import read_html
        return read_html(data, name)
    kind = sniff(data, name, limits)
    if kind == "docx":
        from .docx import read_docx
        return read_docx(data, name)
    if kind == "html":
        from .html import read_html
        return read_html(data, name)
    if kind == "pdf":
        from .pdf import read_pdf
        return read_pdf(data, name, limits)
    return None


__all__ = ["DEFAULT_LIMITS", "Limits", "NATIVE_SUFFIXES", "PLAN_SUFFIXES", "read_document", "sniff"]
