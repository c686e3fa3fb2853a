"""Property: any table with merged cells, written as HTML or as Word by their own writers, reads back
to the same cells (grid position, row and column span, text) and every cell slices the written text."""

from __future__ import annotations

import html
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from format_files import need

need("docx")
need("lxml")

import docx  # noqa: E402

from reformrules.formats import read_document  # noqa: E402

WORDS = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠỦỲ0123456789&<>/-%", min_size=1, max_size=8)
TEXT = st.lists(WORDS, min_size=1, max_size=4).map(" ".join)


@st.composite
def tables(draw):
    """Rectangles (row, column, rowspan, colspan, text) that tile a grid of rows x columns."""
    rows, columns = draw(st.integers(2, 6)), draw(st.integers(1, 5))
    free = {(r, c) for r in range(rows) for c in range(columns)}
    cells = []
    for r in range(rows):
        for c in range(columns):
            if (r, c) not in free:
                continue
            width = 1
            while c + width < columns and (r, c + width) in free and draw(st.booleans()) and width < 3:
                width += 1
            height = 1
            while r + height < rows and all((r + height, c + k) in free for k in range(width)) \
                    and draw(st.booleans()) and height < 3:
                height += 1
            for dr in range(height):
                for dc in range(width):
                    free.discard((r + dr, c + dc))
            cells.append((r, c, height, width, draw(TEXT)))
    return rows, columns, cells


def _html(rows: int, cells) -> bytes:
    body = []
    for r in range(rows):
        tds = "".join(f'<td rowspan="{h}" colspan="{w}">{html.escape(t)}</td>' for (rr, c, h, w, t) in cells if rr == r)
        body.append(f"<tr>{tds}</tr>")
    return f"<html><body><p>Kế hoạch cải cách hành chính năm 2022</p><table>{''.join(body)}</table></body></html>".encode()


def _docx(rows: int, columns: int, cells) -> bytes:
    document = docx.Document()
    document.add_paragraph("Kế hoạch")
    table = document.add_table(rows=rows, cols=columns)
    for r, c, h, w, text in cells:
        cell = table.cell(r, c)
        if h > 1 or w > 1:
            cell = cell.merge(table.cell(r + h - 1, c + w - 1))
        cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _read_back(data: bytes, name: str):
    document = read_document(data, name)
    assert document is not None
    table = document.tables[0]
    for row in table.rows:
        for cell in row:
            assert cell.text.span.slice(document.source.text) == cell.text.text
    return sorted((c.row, c.column, c.rowspan, c.colspan, c.text.text) for row in table.rows for c in row)


def _expected(cells):
    return sorted((r, c, h, w, " ".join(t.split())) for r, c, h, w, t in cells)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_html_tables_read_back(table) -> None:
    rows, _, cells = table
    assert _read_back(_html(rows, cells), "t.html") == _expected(cells)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_word_tables_read_back(table) -> None:
    rows, columns, cells = table
    assert _read_back(_docx(rows, columns, cells), "t.docx") == _expected(cells)
