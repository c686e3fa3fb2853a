"""Write the .docx, .html and .pdf fixtures of tests/formats/ from the text versions of plans.

Run by hand when a fixture must change (the files are checked in, so tests need no writer):

    python tests/formats/make_fixtures.py            # needs python-docx; LibreOffice for the PDFs

Each text plan is split into paragraphs and tables (tab-separated rows; the lone-``|`` cells of
the legal-site exports, rows told apart from empty cells by the header's column count) and
written the way officials' files are:

- ``.docx`` with python-docx: one Word paragraph per paragraph, the "1.", "a)", "I." of numbered
  paragraphs as Word's automatic numbering (numPr, not text), bold runs for ``**…**``, tables
  with borders and merged cells (a group row's title spans the remaining columns), repeated
  header rows and page-break continuation rows of the export undone, a running page header
  and a page-number footer;
- ``.html``: the document inside a legal site's page (navigation, breadcrumbs, related
  documents, footer, scripts), entities, ``<br>`` in cells, ``colspan`` on group rows;
- ``.pdf``: the .docx printed by LibreOffice (``soffice --headless --convert-to pdf``), so
  tables have ruling lines, rows break across pages and every page has the footer;
- ``.lo.docx`` (some plans): the HTML page opened and saved as .docx by LibreOffice;
- ``encrypted.pdf`` (a password to open) and ``scanned.pdf`` (an image, no text layer).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
ROOT = HERE.parents[1]
# (fixture name, text version); the text versions are copied next to the fixtures.
PLANS = {
    "seed_001": ROOT / "examples" / "plans" / "001_e222448dd8226e4d.txt",
    "seed_002": ROOT / "examples" / "plans" / "002_114c0549c9d7b341.txt",
    "seed_004": ROOT / "examples" / "plans" / "004_507df5ea52532140.txt",
    "dongthap_552": Path("/work/shared/corpus/dongthap_552_KH-UBND_2025.md"),
    "hanoi_308": Path("/work/shared/corpus/hanoi_308_KH-UBND_2025.md"),
}
# plans also written as .docx by LibreOffice from their HTML page
LIBREOFFICE_DOCX = ("seed_004", "hanoi_308")
_ROMAN = re.compile(r"^(?P<n>[IVX]{1,5})\.\s+(?P<rest>\S.*)$")
_DECIMAL = re.compile(r"^(?P<n>\d{1,2})\.\s+(?P<rest>\S.*)$")
_LETTER = re.compile(r"^(?P<n>[a-hk-z])\)\s+(?P<rest>\S.*)$")
_ROW_START = re.compile(r"^(?:\*\*)?\s*(?:\d{1,3}|[IVX]{1,5}|[A-Z])\.?\s*(?:\*\*)?$")


@dataclass
class Para:
    text: str
    number: tuple[str, int, str] | None = None  # (format, value, label pattern) for Word numbering


@dataclass
class Grid:
    rows: list[list[str]]


def _plain(text: str) -> str:
    return re.sub(r"\*\*|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)", "", text)


def split_plan(text: str, joined: bool) -> list[Para | Grid]:
    """Paragraphs and tables of a text plan (``joined``: blank lines separate paragraphs)."""
    lines = text.split("\n")
    out: list[Para | Grid] = []
    i = 0
    para: list[str] = []

    def close() -> None:
        if para:
            out.append(Para(" ".join(p.strip() for p in para)))
            para.clear()

    while i < len(lines):
        line = lines[i]
        if line.count("\t") >= 2:
            close()
            rows = []
            while i < len(lines) and (lines[i].count("\t") >= 2 or lines[i].startswith("\t") or not lines[i].strip()):
                if lines[i].strip():
                    rows.append(lines[i].split("\t"))
                i += 1
            out.append(Grid(_undo_page_breaks(rows)))
            continue
        if line.strip() == "|":
            close()
            j = i
            while j < len(lines) and (lines[j].strip() or (j + 1 < len(lines) and lines[j + 1].strip() == "|")):
                j += 1
            out.append(Grid(_pipe_rows(lines[i:j])))
            i = j
            continue
        if not line.strip():
            close()
        elif joined:
            para.append(line)
        else:
            out.append(Para(line.strip()))
        i += 1
    close()
    return [_numbered(b) if isinstance(b, Para) else b for b in out if not isinstance(b, Para) or b.text.strip()]


def _undo_page_breaks(rows: list[list[str]]) -> list[list[str]]:
    """A tab export's repeated header rows dropped, a row cut by a page break joined again."""
    header = rows[0]
    out = [header]
    after_header = False
    for row in rows[1:]:
        if [c.strip() for c in row] == [c.strip() for c in header]:
            after_header = True
            continue
        if after_header and not row[0].strip() and out:
            out[-1] = [f"{a} {b}".strip() for a, b in zip(out[-1] + [""] * (len(row) - len(out[-1])), row)]
        else:
            out.append(row)
        after_header = False
    return out


def _pipe_rows(lines: list[str]) -> list[list[str]]:
    """The lone-``|`` cells: a ``|`` line ends a cell; two in a row end a row once it is full."""
    groups: list[list[str] | None] = []  # None marks a separator
    current: list[str] = []
    for line in lines:
        if line.strip() == "|":
            groups.append(current if current else None)
            current = []
            if groups[-1] is not None:
                groups.append(None)
        else:
            current.append(line)
    if current:
        groups.append(current)
    rows: list[list[str]] = []
    row: list[str] = []
    width = 0
    previous_sep = False
    for k, group in enumerate(groups):
        if group is None:
            if previous_sep:
                nxt = next((g for g in groups[k + 1:] if g is not None), None)
                starts = nxt is not None and _ROW_START.match(nxt[0].strip() if len(nxt) == 1 else "")
                if row and (not width or len(row) >= width or starts):
                    rows.append(row)
                    width = width or len(row)
                    row = []
                elif row:
                    row.append("")
            previous_sep = True
            continue
        previous_sep = False
        row.append(_unwrap(group))
    if row:
        rows.append(row)
    return [r for r in rows if any(c.strip() for c in r)]


def _unwrap(lines: list[str]) -> str:
    """A cell's lines as Word holds them: the export's hard wraps joined, list items kept apart."""
    out: list[str] = []
    for line in (line.strip() for line in lines):
        if out and not re.match(r"^(?:[-+•]|\d+[.)]|[a-zđ]\))\s|^-{3,}$", line) and not re.fullmatch(r"-{3,}", out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def _numbered(para: Para) -> Para:
    text = para.text
    bold = text.startswith("**") and text.rstrip().endswith("**")
    inner = text.strip("* ") if bold else text
    for pattern, fmt, label in ((_ROMAN, "upperRoman", "%1."), (_DECIMAL, "decimal", "%1."),
                                (_LETTER, "lowerLetter", "%1)")):
        m = pattern.match(inner)
        if m:
            value = _value(m.group("n"), fmt)
            rest = m.group("rest")
            return Para(f"**{rest}**" if bold else rest, (fmt, value, label))
    return para


def _value(n: str, fmt: str) -> int:
    if fmt == "decimal":
        return int(n)
    if fmt == "lowerLetter":
        return ord(n) - ord("a") + 1
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for a, b in zip(n, n[1:] + " "):
        total += -values[a] if b != " " and values[b] > values[a] else values[a]
    return total


# ------------------------------------------------------------------------------------------- docx
def write_docx(blocks: list[Para | Grid], path: Path, title: str) -> None:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.name = "DejaVu Serif"
    document.styles["Normal"].font.size = Pt(11)
    section = document.sections[0]
    section.header.paragraphs[0].text = title
    footer = section.footer.paragraphs[0]
    footer.alignment = 1
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    numbering = document.part.numbering_part.element
    next_id = [100]
    last: dict[str, tuple[int, int]] = {}  # format -> (numId, last value)

    def num_id(fmt: str, value: int, label: str) -> int:
        previous = last.get(fmt)
        if previous and previous[1] + 1 == value:
            last[fmt] = (previous[0], value)
            return previous[0]
        next_id[0] += 1
        n = next_id[0]
        numbering.insert(0, parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{n}"><w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{label}"/>'
            f'<w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'))
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{n}"><w:abstractNumId w:val="{n}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{value}"/></w:lvlOverride></w:num>'))
        last[fmt] = (n, value)
        return n

    for block in blocks:
        if isinstance(block, Para):
            paragraph = document.add_paragraph()
            _runs(paragraph, block.text)
            if block.number:
                fmt, value, label = block.number
                ppr = paragraph._p.get_or_add_pPr()
                ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/>'
                                     f'<w:numId w:val="{num_id(fmt, value, label)}"/></w:numPr>'))
            continue
        width = max(len(r) for r in block.rows[:1]) if block.rows else 1
        table = document.add_table(rows=len(block.rows), cols=width)
        table.style = "Table Grid"
        for r, row in enumerate(block.rows):
            cells = row[: width - 1] + [" ".join(row[width - 1:])] if len(row) > width else row
            for c, text in enumerate(cells):
                cell = table.cell(r, c)
                if c == len(cells) - 1 and len(cells) < width:
                    cell = cell.merge(table.cell(r, width - 1))
                lines = text.split("\n")
                paragraph = cell.paragraphs[0]
                for k, line in enumerate(lines):
                    _runs(paragraph, line)
                    if k < len(lines) - 1:
                        paragraph.add_run().add_break()
        # the header row repeats on every page, as plans' annex tables do
        table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        document.add_paragraph()
    document.save(path)


def _runs(paragraph, text: str) -> None:
    for k, piece in enumerate(re.split(r"\*\*", text)):
        if piece:
            run = paragraph.add_run(_plain(piece))
            run.bold = k % 2 == 1


# ------------------------------------------------------------------------------------------- html
_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title} - Cổng thông tin văn bản</title>
<style>body{{font-family:serif}} td{{border:1px solid #000}}</style>
<script>window.dataLayer = window.dataLayer || []; function track(){{return "<p>không phải văn bản</p>";}}</script>
</head><body>
<header class="site-header"><a href="/">Trang chủ</a><nav class="menu"><ul><li><a href="/van-ban">Văn bản pháp luật</a></li>
<li><a href="/tin-tuc">Tin tức</a></li><li><a href="/dang-nhap">Đăng nhập</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">Văn bản</a> &raquo; {title}</div>
<div id="login-box">Bạn chưa đăng nhập. <a href="/dang-nhap">Đăng nhập</a> để xem toàn văn.</div>
<main><article class="van-ban">
{body}
</article></main>
<aside class="sidebar"><h3>Văn bản liên quan</h3><ul><li><a href="/vb/1">Quyết định số 1/QĐ-UBND về kế hoạch</a></li>
<li><a href="/vb/2">Kế hoạch số 2/KH-UBND năm 2020</a></li></ul></aside>
<footer><p>© Cổng thông tin văn bản. Liên hệ: 1900 0000</p></footer>
</body></html>
"""


def write_html(blocks: list[Para | Grid], path: Path, title: str) -> None:
    body = []
    for block in blocks:
        if isinstance(block, Para):
            label = ""
            if block.number:
                fmt, value, pattern = block.number
                label = pattern.replace("%1", _label(value, fmt)) + "&nbsp;"
            body.append(f"<p>{label}{_inline(block.text)}</p>")
            continue
        width = len(block.rows[0]) if block.rows else 1
        rows = []
        for r, row in enumerate(block.rows):
            tag = "th" if r == 0 else "td"
            cells = []
            for c, text in enumerate(row[:width]):
                span = f' colspan="{width - c}"' if c == len(row) - 1 and len(row) < width else ""
                cells.append(f"<{tag}{span}>{'<br>'.join(_inline(line) for line in text.split(chr(10)))}</{tag}>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
        body.append('<table border="1" cellspacing="0">\n<thead>' + rows[0] + "</thead>\n<tbody>\n"
                    + "\n".join(rows[1:]) + "\n</tbody></table>")
    path.write_text(_PAGE.format(title=html.escape(title), body="\n".join(body)), encoding="utf-8")


def _inline(text: str) -> str:
    parts = re.split(r"\*\*", text)
    out = []
    for k, piece in enumerate(parts):
        piece = html.escape(_plain(piece), quote=False)
        out.append(f"<b>{piece}</b>" if k % 2 == 1 and piece else piece)
    return "".join(out)


def _label(value: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(value)
    if fmt == "lowerLetter":
        return chr(ord("a") + value - 1)
    romans = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    return romans[value]


# ------------------------------------------------------------------------------------- LibreOffice
def convert(source: Path, path: Path, target: str) -> bool:
    """``soffice --headless --convert-to TARGET source``, the result copied to ``path``."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"LibreOffice (soffice) not found: {path.name} not written", file=sys.stderr)
        return False
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{out}/profile", "--convert-to", target,
                        "--outdir", out, str(source)], check=True, capture_output=True, timeout=300)
        produced = next(p for p in Path(out).iterdir() if p.is_file() and p.stem == source.stem)
        shutil.copy(produced, path)
    return True


def write_bad_files() -> None:
    """Small files that must each give one clear error: an encrypted PDF, a scan without text layer."""
    import docx
    from PIL import Image, ImageDraw

    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "encrypted.docx"
        document = docx.Document()
        document.add_paragraph("KẾ HOẠCH Cải cách hành chính năm 2022")
        document.save(small)
        convert(small, FIXTURES / "encrypted.pdf", 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean",'
                '"value":"true"},"DocumentOpenPassword":{"type":"string","value":"mat-khau"}}')
    image = Image.new("L", (620, 877), 255)
    draw = ImageDraw.Draw(image)
    for k in range(12):  # lines of "text" as a scanner sees it: pixels, not characters
        draw.rectangle((60, 80 + 40 * k, 560 - 13 * k, 92 + 40 * k), fill=40)
    image.save(FIXTURES / "scanned.pdf", "PDF", resolution=75.0)


def main() -> None:
    FIXTURES.mkdir(exist_ok=True)
    for name, text_path in PLANS.items():
        text = text_path.read_text(encoding="utf-8")
        suffix = text_path.suffix
        (FIXTURES / f"{name}{suffix}").write_text(text, encoding="utf-8")
        blocks = split_plan(text, joined=suffix == ".md")
        title = next((b.text for b in blocks if isinstance(b, Para) and "KẾ HOẠCH" in b.text.upper()), name)
        title = _plain(title)[:80]
        write_docx(blocks, FIXTURES / f"{name}.docx", title)
        write_html(blocks, FIXTURES / f"{name}.html", title)
        convert(FIXTURES / f"{name}.docx", FIXTURES / f"{name}.pdf", "pdf")
        if name in LIBREOFFICE_DOCX:  # Word files as LibreOffice writes them, from the page
            convert(FIXTURES / f"{name}.html", FIXTURES / f"{name}.lo.docx", "docx:MS Word 2007 XML")
        print(name, "written")
    write_bad_files()


if __name__ == "__main__":
    main()
