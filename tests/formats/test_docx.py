"""Word .docx: paragraphs in order, Word's automatic numbering as labels, merged cells as one cell,
line breaks in cells, text boxes, revisions, and the page header/footer kept out of the body.

The documents are written here as WordprocessingML, so each expectation can be checked by reading
the XML above it.
"""

from __future__ import annotations

import io

import pytest

from format_files import FIXTURES, need

need("docx")

from docx import Document as WordDocument  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402

from reformrules.document import BlockKind  # noqa: E402
from reformrules.formats import read_document  # noqa: E402

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"')


def p(text: str, num: tuple[int, int] | None = None, style: str | None = None, bold: bool = False) -> str:
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if num:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    run = f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'
    return f"<w:p>{'<w:pPr>' + props + '</w:pPr>' if props else ''}{run}</w:p>"


def lvl(ilvl: int, fmt: str, text: str, start: int = 1, style: str | None = None) -> str:
    linked = f"<w:pStyle w:val='{style}'/>" if style else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'{linked}<w:lvlText w:val="{text}"/></w:lvl>')


def make(body: str, abstracts: str = "", nums: str = "", styles: str = "", header: str | None = None) -> bytes:
    document = WordDocument()
    if header:
        document.sections[0].header.paragraphs[0].text = header
        document.sections[0].footer.paragraphs[0].text = "Trang 1"
    numbering = document.part.numbering_part.element
    for element in list(numbering):
        numbering.remove(element)
    if abstracts or nums:
        for xml in parse_xml(f"<w:numbering {W}>{abstracts}{nums}</w:numbering>"):
            numbering.append(xml)
    if styles:
        for xml in parse_xml(f"<w:styles {W}>{styles}</w:styles>"):
            document.styles.element.append(xml)
    body_element = document.element.body
    for element in list(body_element):
        if not element.tag.endswith("sectPr"):
            body_element.remove(element)
    for xml in reversed(list(parse_xml(f"<w:body {W} {MC}>{body}</w:body>"))):
        body_element.insert(0, xml)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def read(data: bytes):
    document = read_document(data, "t.docx")
    assert document is not None and document.format == "docx"
    return document


NUMBERING = (
    "<w:abstractNum w:abstractNumId='1'>" + lvl(0, "upperRoman", "%1.") + lvl(1, "decimal", "%2.")
    + lvl(2, "lowerLetter", "%3)") + "</w:abstractNum>"
    + "<w:abstractNum w:abstractNumId='2'>" + lvl(0, "decimal", "%1.") + lvl(1, "decimal", "%1.%2.") + "</w:abstractNum>"
    + "<w:abstractNum w:abstractNumId='3'>" + lvl(0, "bullet", "-") + "</w:abstractNum>"
    + "<w:abstractNum w:abstractNumId='4'>" + lvl(0, "bullet", "\uf0b7") + "</w:abstractNum>"
)
NUMS = ("<w:num w:numId='1'><w:abstractNumId w:val='1'/></w:num>"
        "<w:num w:numId='2'><w:abstractNumId w:val='2'/></w:num>"
        "<w:num w:numId='5'><w:abstractNumId w:val='2'/><w:lvlOverride w:ilvl='0'><w:startOverride w:val='7'/>"
        "</w:lvlOverride></w:num>"
        "<w:num w:numId='3'><w:abstractNumId w:val='3'/></w:num>"
        "<w:num w:numId='4'><w:abstractNumId w:val='4'/></w:num>")


def test_numbering_labels_as_word_shows_them() -> None:
    body = (p("MỤC TIÊU", (1, 0)) + p("NHIỆM VỤ", (1, 0)) + p("Cải cách thể chế", (1, 1))
            + p("Ban hành quy chế", (1, 2)) + p("Rà soát văn bản", (1, 2)) + p("Cải cách TTHC", (1, 1))
            + p("Công bố TTHC", (1, 2)) + p("TỔ CHỨC THỰC HIỆN", (1, 0)) + p("Sở Nội vụ", (1, 1)))
    labels = [(b.number, b.text.text) for b in read(make(body, NUMBERING, NUMS)).blocks]
    assert labels == [("I.", "MỤC TIÊU"), ("II.", "NHIỆM VỤ"), ("1.", "Cải cách thể chế"),
                      ("a)", "Ban hành quy chế"), ("b)", "Rà soát văn bản"), ("2.", "Cải cách TTHC"),
                      ("a)", "Công bố TTHC"), ("III.", "TỔ CHỨC THỰC HIỆN"), ("1.", "Sở Nội vụ")]


def test_labels_are_written_into_the_text_before_the_paragraph() -> None:
    document = read(make(p("NHIỆM VỤ", (1, 0)) + p("Cải cách thể chế", (1, 1)), NUMBERING, NUMS))
    assert document.source.text == "I. NHIỆM VỤ\n1. Cải cách thể chế\n"
    block = document.blocks[1]
    assert (block.kind, block.level, str(block)) == (BlockKind.LIST_ITEM, 2, "1. Cải cách thể chế")
    assert block.text.span.slice(document.source.text) == "Cải cách thể chế"


def test_multilevel_pattern_start_override_and_shared_counters() -> None:
    body = (p("Mục tiêu", (2, 0)) + p("Chỉ tiêu", (2, 1)) + p("Chỉ tiêu khác", (2, 1)) + p("Nhiệm vụ", (2, 0))
            + p("Việc", (2, 1)) + p("Bảy", (5, 0)) + p("Tám", (5, 0)) + p("Tiếp", (2, 0)))
    labels = [b.number for b in read(make(body, NUMBERING, NUMS)).blocks]
    # numId 2 and 5 share abstractNum 2, but 5 overrides the start: it counts on its own from 7
    assert labels == ["1.", "1.1.", "1.2.", "2.", "2.1.", "7.", "8.", "3."]


def test_bullets_and_unnumbered_paragraphs() -> None:
    body = p("Sở Nội vụ chủ trì", (3, 0)) + p("Các sở phối hợp", (4, 0)) + p("Không số", (0, 0)) + p("Thường")
    blocks = read(make(body, NUMBERING, NUMS)).blocks
    assert [(b.kind, b.number) for b in blocks] == [(BlockKind.LIST_ITEM, "-"), (BlockKind.LIST_ITEM, "-"),
                                                     (BlockKind.PARAGRAPH, None), (BlockKind.PARAGRAPH, None)]


def test_numbering_through_the_heading_style() -> None:
    styles = ("<w:style w:type='paragraph' w:styleId='Muc1'><w:name w:val='heading 1'/><w:pPr><w:numPr>"
              "<w:numId w:val='1'/></w:numPr><w:outlineLvl w:val='0'/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
              "<w:style w:type='paragraph' w:styleId='Muc2'><w:name w:val='heading 2'/><w:pPr><w:numPr>"
              "<w:numId w:val='1'/></w:numPr></w:pPr></w:style>")
    abstracts = ("<w:abstractNum w:abstractNumId='1'>" + lvl(0, "upperRoman", "%1.", style="Muc1")
                 + lvl(1, "decimal", "%2.", style="Muc2") + "</w:abstractNum>")
    body = p("MỤC TIÊU", style="Muc1") + p("Chung", style="Muc2") + p("NHIỆM VỤ", style="Muc1")
    blocks = read(make(body, abstracts, "<w:num w:numId='1'><w:abstractNumId w:val='1'/></w:num>", styles)).blocks
    assert [(b.kind, b.number, b.level, b.emphasis) for b in blocks] == [
        (BlockKind.HEADING, "I.", 1, True), (BlockKind.HEADING, "1.", 2, False), (BlockKind.HEADING, "II.", 1, True)]


def tc(text: str, span: int = 1, merge: str | None = None) -> str:
    props = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + (
        f'<w:vMerge w:val="{merge}"/>' if merge == "restart" else "<w:vMerge/>" if merge else "")
    lines = text.split("\n")
    runs = "<w:r><w:br/></w:r>".join(f'<w:r><w:t xml:space="preserve">{line}</w:t></w:r>' for line in lines)
    return f"<w:tc>{'<w:tcPr>' + props + '</w:tcPr>' if props else ''}<w:p>{runs}</w:p></w:tc>"


def tbl(*rows: str) -> str:
    return ("<w:tbl><w:tblGrid>" + "<w:gridCol/>" * 4 + "</w:tblGrid>"
            + "".join(f"<w:tr>{row}</w:tr>" for row in rows) + "</w:tbl>")


def test_merged_cells_are_one_cell() -> None:
    body = tbl(tc("TT") + tc("Nhiệm vụ") + tc("Thời gian hoàn thành") + tc("Cơ quan chủ trì"),
               tc("I") + tc("CẢI CÁCH THỂ CHẾ", span=3),
               tc("1") + tc("Rà soát văn bản") + tc("Quý I/2022", merge="restart") + tc("Sở Tư pháp", merge="restart"),
               tc("2") + tc("Công bố\nthủ tục") + tc("", merge="continue") + tc("", merge="continue"))
    table = read(make(body)).tables[0]
    cells = [[(c.row, c.column, c.rowspan, c.colspan, c.text.text) for c in row] for row in table.rows]
    assert cells == [
        [(0, 0, 1, 1, "TT"), (0, 1, 1, 1, "Nhiệm vụ"), (0, 2, 1, 1, "Thời gian hoàn thành"),
         (0, 3, 1, 1, "Cơ quan chủ trì")],
        [(1, 0, 1, 1, "I"), (1, 1, 1, 3, "CẢI CÁCH THỂ CHẾ")],
        [(2, 0, 1, 1, "1"), (2, 1, 1, 1, "Rà soát văn bản"), (2, 2, 2, 1, "Quý I/2022"), (2, 3, 2, 1, "Sở Tư pháp")],
        [(3, 0, 1, 1, "2"), (3, 1, 1, 1, "Công bố\nthủ tục")],
    ]
    deadline = table.rows[2].cells[2].text
    assert str(deadline.address) == "table 1, row 3, column 'Thời gian hoàn thành'"


def test_grid_before_skips_columns() -> None:
    body = tbl(tc("TT") + tc("Nhiệm vụ") + tc("Sản phẩm") + tc("Tiến độ"),
               '<w:trPr><w:gridBefore w:val="2"/></w:trPr>' + tc("Báo cáo") + tc("Quý II"))
    row = read(make(body)).tables[0].rows[1]
    assert [(c.column, c.text.text) for c in row] == [(2, "Báo cáo"), (3, "Quý II")]


def test_every_cell_slices_the_written_text() -> None:
    body = tbl(tc("TT") + tc("Nhiệm vụ"), tc("1") + tc("Rà soát\nvăn bản"), tc("2") + tc(""))
    document = read(make(body))
    for row in document.tables[0].rows:
        for cell in row:
            assert cell.text.span.slice(document.source.text) == cell.text.text


def test_text_boxes_revisions_fields_and_content_controls() -> None:
    box = ("<w:p><w:r><w:t>Trước khung</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing>"
           "<wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r>"
           "<w:t>Số: 12/KH-UBND</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
           "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p>"
           "<w:r><w:t>Số: 12/KH-UBND</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
           "</mc:AlternateContent></w:r></w:p>")
    revised = ("<w:p><w:r><w:t xml:space='preserve'>Hoàn thành </w:t></w:r><w:del><w:r><w:delText>Quý I</w:delText>"
               "</w:r></w:del><w:ins><w:r><w:t>Quý II</w:t></w:r></w:ins><w:r><w:fldChar w:fldCharType='begin'/>"
               "</w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType='separate'/></w:r>"
               "<w:r><w:t>/2022</w:t></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r></w:p>")
    control = "<w:sdt><w:sdtPr/><w:sdtContent>" + p("Trong khung nội dung") + "</w:sdtContent></w:sdt>"
    texts = [b.text.text for b in read(make(box + revised + control)).blocks]
    assert texts == ["Trước khung", "Số: 12/KH-UBND", "Hoàn thành Quý II/2022", "Trong khung nội dung"]


def test_header_and_footer_stay_out_of_the_body() -> None:
    document = read(make(p("KẾ HOẠCH") + p("Nội dung"), header="CỔNG THÔNG TIN ĐIỆN TỬ"))
    assert document.source.text == "KẾ HOẠCH\nNội dung\n"


def test_line_breaks_and_tabs_in_paragraphs() -> None:
    body = ("<w:p><w:r><w:t>Số: 12/KH-UBND</w:t><w:tab/><w:t>Ninh Hòa, ngày 21 tháng 01 năm 2022</w:t><w:br/>"
            "<w:t>KẾ HOẠCH</w:t></w:r></w:p>")
    block = read(make(body)).blocks[0]
    assert block.text.text == "Số: 12/KH-UBND Ninh Hòa, ngày 21 tháng 01 năm 2022\nKẾ HOẠCH"
    assert str(block.text.address) == "paragraph 1"


def test_fixture_keeps_word_numbering_and_merges() -> None:
    # tests/formats/fixtures/dongthap_552.docx: its body's "I."/"1."/"a)" are Word numbering, not text;
    # the annex table's group rows ("I | NHÓM GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH") span the four other columns
    document = read((FIXTURES / "dongthap_552.docx").read_bytes())
    numbered = [str(b) for b in document.blocks if b.number][:3]
    assert numbered == ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu"]
    annex = document.tables[-1]
    assert [c.text.text for c in annex.rows[0]] == ["STT", "NHIỆM VỤ VÀ GIẢI PHÁP", "CHỦ TRÌ", "PHỐI HỢP", "THỜI GIAN"]
    group = annex.rows[1]
    assert [(c.column, c.colspan, c.text.text) for c in group] == [
        (0, 1, "I"), (1, 4, "NHÓM GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH")]


@pytest.mark.parametrize("fixture", ["seed_004.lo.docx", "hanoi_308.lo.docx"])
def test_libreoffice_docx_reads(fixture: str) -> None:
    document = read((FIXTURES / fixture).read_bytes())
    assert document.blocks and "KẾ HOẠCH" in document.source.text.upper()
