"""HTML pages: the site's furniture left out; tables with rowspan/colspan; <p>, lists, <br>, entities."""

from __future__ import annotations

import unicodedata

import pytest

from format_files import FIXTURES, need

need("lxml")

from reformrules.document import BlockKind  # noqa: E402
from reformrules.errors import PlanReadError  # noqa: E402
from reformrules.formats import read_document  # noqa: E402
from reformrules.formats.html import read_html  # noqa: E402

PAGE = """<!DOCTYPE html><html><head><title>Kế hoạch</title><script>var x = "<p>không</p>";</script>
<style>p {{ margin: 0 }}</style></head><body>
<nav><a href="/">Trang chủ</a> <a href="/vb">Văn bản</a></nav>
<div class="breadcrumb">Trang chủ &raquo; Văn bản</div>
<div id="content">{body}</div>
<div class="related-docs"><p>Kế hoạch liên quan số 9/KH-UBND</p></div>
<footer>Bản quyền © Cổng thông tin</footer></body></html>"""


def read(body: str):
    document = read_document(PAGE.format(body=body).encode("utf-8"), "t.html")
    assert document is not None and document.format == "html"
    return document


def test_furniture_is_left_out() -> None:
    document = read("<p>KẾ HOẠCH cải cách hành chính năm 2022 của Ủy ban nhân dân tỉnh</p>")
    assert document.source.text == "KẾ HOẠCH cải cách hành chính năm 2022 của Ủy ban nhân dân tỉnh\n"


def test_paragraphs_breaks_entities_and_white_space() -> None:
    document = read("<h1>KẾ   HOẠCH</h1><p>Số:&nbsp;12/KH-UBND<br/>Ninh H&#242;a, ngày 21\n  tháng 01</p>"
                    "<p>Sở Tư pháp &amp; Sở Nội vụ &ndash; phối hợp</p>")
    assert [(b.kind, b.text.text) for b in document.blocks] == [
        (BlockKind.HEADING, "KẾ HOẠCH"),
        (BlockKind.PARAGRAPH, "Số:\u00a012/KH-UBND\nNinh Hòa, ngày 21 tháng 01"),
        (BlockKind.PARAGRAPH, "Sở Tư pháp & Sở Nội vụ \u2013 phối hợp")]
    assert [str(b.text.address) for b in document.blocks] == ["paragraph 1", "paragraph 2", "paragraph 3"]


def test_list_labels() -> None:
    document = read('<p>Kế hoạch</p><ol type="I"><li>MỤC TIÊU</li><li>NHIỆM VỤ<ol start="3"><li>Cải cách thể chế</li>'
                    '<li>Cải cách TTHC</li></ol></li></ol><ol type="a"><li>Ban hành</li></ol><ul><li>Sở Nội vụ</li></ul>')
    assert [str(b) for b in document.blocks] == ["Kế hoạch", "I. MỤC TIÊU", "II. NHIỆM VỤ", "3. Cải cách thể chế",
                                                 "4. Cải cách TTHC", "a. Ban hành", "- Sở Nội vụ"]
    assert [b.level for b in document.blocks[1:5]] == [1, 1, 2, 2]


def test_rowspan_and_colspan_are_one_cell() -> None:
    document = read("<p>Kế hoạch</p><table><thead><tr><th>TT</th><th>Nhiệm vụ</th><th>Thời gian hoàn thành</th></tr>"
                    "</thead><tbody><tr><td>I</td><td colspan='2'><b>THỂ CHẾ</b></td></tr>"
                    "<tr><td>1</td><td>Rà soát<br>văn bản</td><td rowspan='2'>Quý I/2022</td></tr>"
                    "<tr><td>2</td><td><ul><li>Công bố</li><li>Niêm yết</li></ul></td></tr></tbody></table>")
    table = document.tables[0]
    assert [[(c.row, c.column, c.rowspan, c.colspan, c.text.text) for c in row] for row in table.rows] == [
        [(0, 0, 1, 1, "TT"), (0, 1, 1, 1, "Nhiệm vụ"), (0, 2, 1, 1, "Thời gian hoàn thành")],
        [(1, 0, 1, 1, "I"), (1, 1, 1, 2, "THỂ CHẾ")],
        [(2, 0, 1, 1, "1"), (2, 1, 1, 1, "Rà soát\nvăn bản"), (2, 2, 2, 1, "Quý I/2022")],
        [(3, 0, 1, 1, "2"), (3, 1, 1, 1, "- Công bố\n- Niêm yết")],
    ]
    assert str(table.rows[2].cells[2].text.address) == "table 1, row 3, column 'Thời gian hoàn thành'"
    for row in table.rows:
        for cell in row:
            assert cell.text.span.slice(document.source.text) == cell.text.text


def test_main_or_article_is_the_document() -> None:
    page = ("<html><body><div>Tin nổi bật: kế hoạch tuyển dụng</div><article><p>KẾ HOẠCH</p><p>Cải cách hành chính"
            " năm 2022 của UBND tỉnh, với nhiệm vụ rõ ràng.</p></article><div>Quảng cáo</div></body></html>")
    assert read_html(page, "t.html").source.text == "KẾ HOẠCH\nCải cách hành chính năm 2022 của UBND tỉnh, với nhiệm vụ rõ ràng.\n"


def test_declared_legacy_charset() -> None:
    # Windows-1258 writes most tone marks as combining characters after the letter
    page = "<html><head><meta charset='windows-1258'></head><body><p>Kế hoạch cải cách hành chính năm 2022</p></body></html>"
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    legacy = b""
    for char in page:
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        legacy += (base + "".join(c for c in parts if c in tones)).encode("cp1258")
    assert b"\xec" in legacy  # a combining tone mark: the page is really in Windows-1258
    assert read_document(legacy, "t.html").source.text == "Kế hoạch cải cách hành chính năm 2022\n"


@pytest.mark.parametrize("page", [
    "<html><body><nav>Trang chủ</nav><form><input name='u'><button>Đăng nhập</button></form></body></html>",
    "<html><body><p>Không tìm thấy trang bạn yêu cầu. Vui lòng thử lại sau hoặc liên hệ quản trị viên.</p></body></html>",
    "<html><body></body></html>",
], ids=["login", "not-found", "empty"])
def test_page_without_a_plan(page: str) -> None:
    with pytest.raises(PlanReadError, match="an HTML page with no plan in it"):
        read_document(page.encode(), "page.html")


def test_fixture_page_is_read_without_the_site() -> None:
    document = read_document((FIXTURES / "hanoi_308.html").read_bytes(), "hanoi_308.html")
    text = document.source.text
    assert "Văn bản liên quan" not in text and "Đăng nhập" not in text and "1900 0000" not in text
    assert text.startswith("|\nỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\n-------\n|\n")  # the letterhead table
