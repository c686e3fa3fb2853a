"""The format is told from the content; what cannot be read is one clear PlanReadError naming the format."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from reformrules import read_plan
from reformrules.errors import PlanReadError
from reformrules.formats import Limits, read_document, sniff

from format_files import FIXTURES, need


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _error(data: bytes, name: str = "plan.docx", limits: Limits | None = None) -> str:
    with pytest.raises(PlanReadError) as caught:
        sniff(data, name, limits or Limits())
    assert caught.value.path == name
    return caught.value.problem


@pytest.mark.parametrize("data, kind", [
    (b"%PDF-1.4\n...", "pdf"),
    (b"\n\n%PDF-1.7\n...", "pdf"),
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    (b"\xef\xbb\xbf<html lang='vi'><p>x</p>", "html"),
    (b"<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'><body/></html>", "html"),
    ("<div><p>Kế hoạch</p></div><p>số 12</p>".encode(), "html"),
    ("Số: 12/KH-UBND\nKẾ HOẠCH".encode(), "text"),
    ("STT\tNhiệm vụ\t<ul><li>A</li></ul>\n".encode(), "text"),
    ("Sở Nội vụ <br> chủ trì".encode("utf-16"), "text"),
], ids=["pdf", "pdf-after-blank", "html", "html-bom", "xhtml", "html-fragment", "text", "text-with-tag",
        "utf16-text"])
def test_kind_from_content(data: bytes, kind: str) -> None:
    assert sniff(data, "any.name") == kind


def test_docx_named_txt_is_a_docx() -> None:
    data = (FIXTURES / "hanoi_308.docx").read_bytes()
    assert sniff(data, "plan.txt") == "docx"


@pytest.mark.parametrize("data, words", [
    (bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504) + "WordDocument".encode("utf-16-le"), ["Word .doc", "save it as .docx"]),
    (bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504) + "EncryptedPackage".encode("utf-16-le"), ["password-protected"]),
    (bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504) + "Workbook".encode("utf-16-le"), ["Excel .xls"]),
    (b"{\\rtf1\\ansi Ke hoach}", ["Rich Text", ".docx"]),
    (b"\x89PNG\r\n\x1a\n" + bytes(40), ["PNG image", "OCR"]),
    (b"II*\x00" + bytes(40), ["TIFF"]),
], ids=["doc", "encrypted-docx", "xls", "rtf", "png", "tiff"])
def test_unreadable_formats_are_named(data: bytes, words: list[str]) -> None:
    problem = _error(data, "plan.doc")
    for word in words:
        assert word in problem


def test_renamed_xlsx() -> None:
    data = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
    assert "Excel workbook (.xlsx)" in _error(data, "plan.docx")


def test_pptx_odt_and_plain_zip() -> None:
    assert "PowerPoint" in _error(_zip({"ppt/presentation.xml": b"<p/>"}))
    odt = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"},
               zipfile.ZIP_STORED)
    assert "OpenDocument text (.odt)" in _error(odt)
    assert "holds no Word document" in _error(_zip({"plan.txt": "Kế hoạch".encode()}))


def test_truncated_docx() -> None:
    data = (FIXTURES / "hanoi_308.docx").read_bytes()
    problem = _error(data[: len(data) // 2], "cut.docx")
    assert "damaged or truncated" in problem and "docx" in problem


def test_docx_with_a_broken_member() -> None:
    need("docx")
    data = _zip({"[Content_Types].xml": b"<Types", "word/document.xml": b"<w:document"})
    with pytest.raises(PlanReadError, match="Word .docx file that cannot be opened"):
        read_document(data, "broken.docx")


def test_zip_bomb_by_ratio() -> None:
    # 8 MiB of zeros deflate to about 8 KiB: a ratio no Word document has
    data = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": bytes(8 * 2**20)})
    assert len(data) < 100_000
    problem = _error(data, "bomb.docx")
    assert "ZIP bomb" in problem and "word/document.xml" in problem


def test_zip_bomb_by_total_size_limit_is_configurable() -> None:
    members = {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>",
               "word/media/a.bin": bytes(range(256)) * 4096}
    data = _zip(members)
    assert sniff(data, "ok.docx") == "docx"
    problem = _error(data, "big.docx", Limits(max_unzipped=500_000))
    assert "past the limit of 500,000" in problem


def test_file_size_limit() -> None:
    assert "larger than the limit" in _error(b"%PDF-1.4" + bytes(2000), "big.pdf", Limits(max_file=1000))


def test_read_plan_names_the_file_and_the_format(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(600))
    with pytest.raises(PlanReadError) as caught:
        read_plan(path)
    assert str(caught.value).startswith(f"{path}: an old Word .doc")


def test_import_stays_light() -> None:
    code = ("import sys, reformrules; reformrules.read_plan('examples/plans/002_114c0549c9d7b341.txt'); "
            "print(sorted(m for m in ('docx', 'lxml', 'pdfplumber', 'pdfminer', 'pypdfium2') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("module, fixture, words", [
    ("docx", "hanoi_308.docx", "a Word .docx file"),
    ("lxml", "hanoi_308.html", "an HTML page"),
    ("pypdfium2", "hanoi_308.pdf", "a PDF file"),
])
def test_without_the_extra_the_message_names_it(monkeypatch: pytest.MonkeyPatch, module: str, fixture: str,
                                                words: str) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # import fails as if not installed
    monkeypatch.setitem(sys.modules, module + ".html", None)
    with pytest.raises(PlanReadError) as caught:
        read_plan(FIXTURES / fixture)
    assert words in caught.value.problem
    assert 'pip install "reformrules[formats]"' in caught.value.problem
