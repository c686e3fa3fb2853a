"""Properties of the text layouts: any table rendered in each layout reads back to the same rows;
emphasis and hard wraps never change what is read; every span slices the original file."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reformrules.document import Document
from reformrules.document.text import read_text_document
from reformrules.document.text_tables import plain
from reformrules.plans import read_plan
from reformrules.source import Source

HEADER = ("TT", "Nội dung thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")
WORDS = ("Sở", "Tài", "chính", "xây", "dựng", "kế", "hoạch", "Bộ", "Nội", "vụ", "triển", "khai", "năm", "2026",
         "Ủy", "ban", "nhân", "dân", "tỉnh", "Hòa", "quy", "chế", "báo", "cáo", "Quý", "II/2026", "phối", "hợp")
_cell = st.lists(st.sampled_from(WORDS), min_size=2, max_size=9).filter(lambda w: w[0][0].isalpha()).map(" ".join)
_row = st.tuples(_cell, _cell, _cell, _cell)
tables = st.lists(_row, min_size=1, max_size=6)
few = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _wrap(text: str, wrap: bool) -> list[str]:
    """The text on one line, or hard-wrapped after its first word."""
    words = text.split(" ")
    return [" ".join(words[:1]), " ".join(words[1:])] if wrap and len(words) > 1 else [text]


def _emph(text: str, bold: bool) -> str:
    return f"**{text}**" if bold else text


def render(rows: list[tuple[str, ...]], layout: str, bold: bool = False, wrap: bool = False) -> str:
    table = [tuple(_emph(h, bold) for h in HEADER)] + [(str(n), *cells) for n, cells in enumerate(rows, start=1)]
    lead = "KẾ HOẠCH\nPHỤ LỤC\n"
    if layout == "lone_pipe_rows":  # the corpus: every row opened by a "|", every cell ended by one
        lines = []
        for row in table:
            lines.append("|")
            for cell in row:
                lines.extend(_wrap(cell, wrap))
                lines.append("|")
        return lead + "\n".join(lines) + "\n"
    if layout == "lone_pipe_cells":  # seed 000: cells ended by a "|", rows not marked
        lines = []
        for row in table:
            for cell in row:
                lines.extend(_wrap(cell, wrap))
                lines.append("|")
        return lead + "\n".join(lines) + "\n"
    if layout == "markdown":
        out = ["| " + " | ".join(table[0]) + " |", "|" + "---|" * len(HEADER)]
        out += ["| " + " | ".join(row) + " |" for row in table[1:]]
        return lead + "\n".join(out) + "\n"
    if layout == "tsv":
        return lead + "\n".join("\t".join(row) for row in table) + "\n"
    raise ValueError(layout)


LAYOUTS = ("lone_pipe_rows", "lone_pipe_cells", "markdown", "tsv")


def _rows(document: Document) -> list[list[str]]:
    (table,) = document.tables
    return [[plain(c.text.text) for c in row.cells] for row in table.rows]


def _expected(rows) -> list[list[str]]:
    return [[plain(h) for h in HEADER]] + [[str(n), *map(plain, cells)] for n, cells in enumerate(rows, start=1)]


def _slices(document: Document) -> None:
    text = document.source.text
    for block in document.blocks:
        located = [block.text] if block.text is not None else [c.text for r in block.table.rows for c in r.cells]
        for item in located:
            for at, start, length in item.source_map.pieces:
                assert item.text[at:at + length] == text[start:start + length]
            if item.text:
                assert item.span.start <= item.span.end <= len(text)


@few
@given(tables, st.sampled_from(LAYOUTS))
def test_a_table_reads_back_to_its_rows_in_every_layout(rows, layout) -> None:
    document = read_text_document(Source("t", render(rows, layout)))
    assert _rows(document) == _expected(rows)
    _slices(document)


@few
@given(tables, st.sampled_from(("lone_pipe_rows", "lone_pipe_cells", "markdown")), st.booleans())
def test_emphasis_and_wraps_do_not_change_what_is_read(rows, layout, wrap) -> None:
    if layout == "markdown" and wrap:
        wrap = False  # a Markdown row is one line
    plain_doc = read_text_document(Source("a", render(rows, layout)))
    marked = read_text_document(Source("b", render(rows, layout, bold=True, wrap=wrap)))
    assert _rows(marked) == _rows(plain_doc)
    _slices(marked)


@few
@given(tables, st.sampled_from(LAYOUTS))
def test_the_plan_reader_gets_the_same_tasks_from_every_layout(rows, layout) -> None:
    plan = read_plan(render(rows, layout), doc_id="p")
    tasks = [t for t in plan.tasks if t.source == "table"]
    assert [t.id for t in tasks] == [str(n) for n in range(1, len(rows) + 1)]
    for task, cells in zip(tasks, rows):
        assert plain(task.content.text) == plain(cells[0])
        assert plain(task.lead_cell.text) == plain(cells[1])
        assert plain(task.coordinator_cell.text) == plain(cells[2])
        assert plain(task.deadline_cell.text) == plain(cells[3])
        for cell in (task.content, task.lead_cell, task.coordinator_cell, task.deadline_cell):
            for at, start, length in cell.source_map.pieces:
                assert cell.text[at:at + length] == plan.source.text[start:start + length]
