"""PDF: words in reading order, tables from ruling lines and aligned columns, tables going on over
page breaks, page headers and footers dropped; scans, encrypted and damaged files refused clearly.

The golden rows of seed_001.pdf were read by hand from its pages (rendered to images): page 5 holds
the annex title and the table's first rows; row 5 (task I.3) is cut by the page break and goes on
at the top of page 6 under the repeated header row; every page ends with its number.
"""

from __future__ import annotations

import pytest

from format_files import FIXTURES, need

need("pypdfium2")
need("pdfplumber")

from reformrules.diagnostics import Code  # noqa: E402
from reformrules.errors import PlanReadError  # noqa: E402
from reformrules.formats import Limits, read_document  # noqa: E402


@pytest.fixture(scope="module")
def seed_001():
    return read_document((FIXTURES / "seed_001.pdf").read_bytes(), "seed_001.pdf")


def test_annex_rows_as_on_the_page(seed_001) -> None:
    table = seed_001.tables[0]
    assert [c.text.text for c in table.rows[0]] == [
        "STT", "Nhiệm vụ", "Kết quả/sản phẩm đạt được", "Tiến độ",
        "Phân công (cơ quan chủ trì/cơ quan phối hợp) và cách thức thực hiện"]
    row = table.rows[4]
    assert [c.text.text for c in row] == [
        "3", "Phối hợp với Sở Kế hoạch và Đầu tư tổ chức Hội nghị đối thoại, giải đáp cho Doanh nghiệp, nhà đầu tư "
        "trong khu kinh tế, khu công nghiệp", "Các hội nghị, hội thảo", "Trong năm 2022",
        "Phòng Quản lý Doanh nghiệp chủ trì phối hợp các phòng liên quan thực hiện"]
    assert str(row.address) == "page 5, table 1, row 5"
    assert str(row.cells[3].text.address) == "page 5, table 1, row 5, column 'Tiến độ'"
    group = table.rows[5]
    assert [c.text.text for c in group][:2] == ["II", "Cải cách thủ tục hành chính (TTHC)"]
    assert str(group.address) == "page 6, table 1, row 6"


def test_table_goes_on_over_page_breaks(seed_001) -> None:
    assert len(seed_001.tables) == 1  # one annex table over pages 5-13, not one per page
    headers = [r for r in seed_001.tables[0].rows if r.cells[0].text.text == "STT"]
    assert len(headers) == 1
    notes = [d.message for d in seed_001.diagnostics if d.code is Code.FORMAT_TABLE_CONTINUED]
    assert "the table's header row, repeated at the top of page 6, was read once" in notes
    assert "a row cut by the break before page 6 was joined with its part on that page (row 5 of the table)" in notes


def test_page_numbers_and_running_header_dropped(seed_001) -> None:
    lines = seed_001.source.text.split("\n")
    paragraphs = [b.text.text for b in seed_001.blocks if b.text is not None]
    assert not [text for text in paragraphs if text.isdigit()]
    # the running header, two lines at the top of each of the 13 pages: only the title of page 1 stays
    assert [line for line in lines if line.startswith("Ban hành kế hoạch cải cách hành chính năm 2022")] == [
        "Ban hành kế hoạch cải cách hành chính năm 2022 của Ban Quản lý Khu kinh tế Vân Phong"]
    assert "tế Vân P" not in lines
    furniture = [d for d in seed_001.diagnostics if d.code is Code.FORMAT_PAGE_FURNITURE]
    assert len(furniture) == 1 and dict(furniture[0].data)["lines"] == str(3 * 13)  # two header lines and the number, 13 pages


def test_paragraphs_are_one_line_each(seed_001) -> None:
    # page 5, as printed: a paragraph wrapped over three lines is one paragraph
    text = seed_001.source.text
    assert ("- Khuyến khích nghiên cứu, áp dụng, nhân rộng các sáng kiến, giải pháp CCHC; bảo đảm sự phối hợp chặt "
            "chẽ trong việc thực hiện các nhiệm vụ CCHC; khen thưởng kịp thời, xứng đáng đối với tập thể, cá nhân "
            "có thành tích xuất sắc về CCHC, xử lý nghiêm các trường hợp vi phạm, gây phiền hà, chậm trễ, những "
            "nhiễu nhân dân.\n") in text
    block = next(b for b in seed_001.blocks if b.text is not None and b.text.text == "PHỤ LỤC")
    assert block.text.address.page == 5


def test_spans_slice_the_written_text(seed_001) -> None:
    text = seed_001.source.text
    for block in seed_001.blocks:
        if block.text is not None:
            assert block.text.span.slice(text) == block.text.text
        for row in block.table.rows if block.table else ():
            for cell in row:
                assert cell.text.span.slice(text) == cell.text.text


def test_scanned_pdf() -> None:
    with pytest.raises(PlanReadError) as caught:
        read_document((FIXTURES / "scanned.pdf").read_bytes(), "scan.pdf")
    assert caught.value.problem.startswith("a PDF without a text layer (its pages are images: a scan): OCR is not "
                                           "attempted")


def test_encrypted_pdf() -> None:
    with pytest.raises(PlanReadError, match="an encrypted PDF that needs a password"):
        read_document((FIXTURES / "encrypted.pdf").read_bytes(), "locked.pdf")


def test_truncated_pdf() -> None:
    data = (FIXTURES / "hanoi_308.pdf").read_bytes()
    with pytest.raises(PlanReadError, match="PDF"):
        read_document(data[:2000], "cut.pdf")


def test_page_limit() -> None:
    with pytest.raises(PlanReadError, match="past the limit of 2 "):
        read_document((FIXTURES / "hanoi_308.pdf").read_bytes(), "long.pdf", Limits(max_pages=2))


def _pdf(pages: list[list[tuple[float, float, str]]], rules: list[tuple[float, float, float, float]] = ()) -> bytes:
    """A small PDF written by hand: Helvetica text at (x, y from the bottom), and ruling lines on page 1."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for number, texts in enumerate(pages):
        ops = [f"BT /F1 10 Tf {x} {y} Td ({t}) Tj ET" for x, y, t in texts]
        if number == 0:
            ops += [f"0.5 w {x0} {y0} m {x1} {y1} l S" for x0, y0, x1, y1 in rules]
        stream = "\n".join(ops)
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {len(objects)} 0 R "
                       "/Resources << /Font << /F1 3 0 R >> >> >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out, offsets = "%PDF-1.4\n", []
    for index, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{index} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def test_aligned_columns_without_rules_are_a_table() -> None:
    page = [(60, 780, "UY BAN NHAN DAN"), (330, 780, "CONG HOA XA HOI CHU NGHIA"),
            (60, 766, "TINH KHANH HOA"), (330, 766, "Doc lap - Tu do - Hanh phuc"),
            (60, 730, "So: 12/KH-UBND"), (330, 730, "Khanh Hoa, ngay 21 thang 01 nam 2022"),
            (250, 690, "KE HOACH"), (60, 670, "Cai cach hanh chinh nam 2022.")]
    document = read_document(_pdf([page]), "t.pdf")
    table = document.tables[0]
    assert [[c.text.text for c in row] for row in table.rows] == [
        ["UY BAN NHAN DAN", "CONG HOA XA HOI CHU NGHIA"], ["TINH KHANH HOA", "Doc lap - Tu do - Hanh phuc"],
        ["So: 12/KH-UBND", "Khanh Hoa, ngay 21 thang 01 nam 2022"]]
    paragraphs = [b.text.text for b in document.blocks if b.text is not None]
    assert paragraphs[-2:] == ["KE HOACH", "Cai cach hanh chinh nam 2022."]


def test_ruled_table_from_lines() -> None:
    rules = [(50, 700, 450, 700), (50, 680, 450, 680), (50, 660, 450, 660),  # rows
             (50, 700, 50, 660), (100, 700, 100, 660), (300, 700, 300, 660), (450, 700, 450, 660)]  # columns
    page = [(55, 686, "TT"), (105, 686, "Nhiem vu"), (305, 686, "Thoi gian"),
            (55, 666, "1"), (105, 666, "Ra soat van ban"), (305, 666, "Quy I/2022"), (60, 600, "Ke hoach ket thuc.")]
    document = read_document(_pdf([page], rules), "t.pdf")
    assert [[(c.column, c.text.text) for c in row] for row in document.tables[0].rows] == [
        [(0, "TT"), (1, "Nhiem vu"), (2, "Thoi gian")], [(0, "1"), (1, "Ra soat van ban"), (2, "Quy I/2022")]]
    assert document.blocks[-1].text.text == "Ke hoach ket thuc."
