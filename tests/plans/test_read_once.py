"""The reader's shortcuts read what the long way reads (issue 10, speed): each test compares a
shortcut with the computation it stands for, on the seeds and corpus plans or on generated text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reformrules.deadlines import find_deadlines
from reformrules.document.text import read_text_document
from reformrules.plans import body, body_tasks, read_plan
from reformrules.plans.body_blocks import stitch
from reformrules.plans.labels import find_labels
from reformrules.source import Source

ROOT = Path(__file__).resolve().parents[2]
PLANS = sorted((ROOT / "examples" / "plans").glob("*.txt")) + sorted(
    p for p in (ROOT / "examples" / "corpus").glob("*.md") if p.name != "README.md")


@pytest.fixture(scope="module")
def plans():
    return [read_plan(path) for path in PLANS]


def _body_region(plan):
    lines = [u.line for u in plan.body_accounting]
    return (min(lines), max(lines)) if lines else None


# --- stitch: runs of words one space apart are one piece of the map --------------------------------

_pieces_text = st.text(alphabet=st.sampled_from(list("ab ở*\t\u00a0\n")), max_size=24)


@settings(max_examples=300, deadline=None)
@given(_pieces_text, st.lists(st.integers(0, 24), max_size=4))
def test_stitch_maps_every_word_to_itself_and_joins_by_one_space(text, cuts):
    bounds = sorted({0, len(text), *(min(c, len(text)) for c in cuts)})
    pieces = list(zip(bounds, bounds[1:])) or [(0, 0)]
    loc = stitch(text, pieces)
    words = [m for a, b in pieces for m in re.finditer(r"[^\s*]+", text[a:b])]
    if not words:
        assert loc is None
        return
    assert loc is not None
    # every mapped piece of the text is the file's text at its place
    for at, src, size in loc.source_map.pieces:
        assert loc.text[at:at + size] == text[src:src + size]
    # the words in order, nothing else but single spaces between them
    assert loc.text.replace(" ", "") == "".join(m.group() for m in words)
    assert "  " not in loc.text and not loc.text.startswith(" ") and not loc.text.endswith(" ")
    # pieces are as long as they can be: two in a row never continue each other over one plain space
    # of the same line
    breaks = [end for _, end in pieces[:-1]]
    for (a, s, n), (b, t, _) in zip(loc.source_map.pieces, loc.source_map.pieces[1:]):
        assert not (b == a + n + 1 and t == s + n + 1 and text[s + n] == " "
                    and not any(s + n <= e <= t for e in breaks))


# --- labels: a text without a colon has none -------------------------------------------------------

@pytest.mark.parametrize("text", ["Cơ quan chủ trì Sở Tư pháp", "Thời gian hoàn thành Quý I/2026", "",
                                  "Cơ quan chủ trì：Sở Tư pháp"])  # a full-width colon is not a colon
def test_no_colon_no_label(text):
    assert find_labels(text) == ()


# --- body deadlines: the lexicon prefilter drops only sentences with nothing to find ---------------

def test_body_deadlines_equal_every_sentence_searched(plans):
    checked = 0
    for plan in plans:
        region = _body_region(plan)
        if region is None:
            continue
        src = plan.source
        paras = body.paragraphs(src, region)
        expected = [(d.span.shift(a), str(d)) for p in paras if p.kind != "section"
                    for a, b in body._sentences(src, p) for d in find_deadlines(src.text[a:b], plan.context)]
        got = [(d.span, str(d.deadline)) for d in body.body_deadlines(src, paras, plan.body_sections, plan.context)]
        assert got == expected, plan.source.doc_id
        checked += len(got)
    assert checked > 100  # the plans' bodies hold deadlines: the comparison is not empty


# --- the body's outline made once serves the accounting as it would made again ---------------------

def test_account_body_with_the_shared_outline_equals_a_fresh_one(plans):
    for plan in plans:
        region = _body_region(plan)
        if region is None:
            continue
        document = read_text_document(plan.source)
        shared = body_tasks.body_outline(plan.source, region, document.blocks)
        fresh = body_tasks.account_body(plan.source, region, plan.tasks, document.blocks)
        assert body_tasks.account_body(plan.source, region, plan.tasks, document.blocks, outlined=shared) == fresh


# --- text tables: built once, each cell numbered with its table's place in reading order -----------

def test_tables_are_numbered_in_reading_order_whatever_finder_found_them():
    text = ("KẾ HOẠCH\n|\nTT\n|\nNội dung\n|\n|\n1\n|\nViệc A\n|\n|\n\nGiữa hai bảng.\n\n"
            "| TT | Nội dung |\n|---|---|\n| 1 | Việc B |\n\nTT\tNội dung\tChủ trì\tThời hạn\n"
            "1\tViệc C\tSở Nội vụ\tQuý I\n2\tViệc D\tSở Tư pháp\tQuý II\n")
    document = read_text_document(Source("t.md", text))
    tables = [b.table for b in document.blocks if b.table is not None]
    assert [t.layout for t in tables] == ["lone_pipe", "markdown_pipe", "tsv"]
    for number, table in enumerate(tables, start=1):
        assert table.address.table == number
        assert {c.text.address.table for row in table.rows for c in row.cells} == {number}
        assert {row.address.table for row in table.rows} == {number}
    assert [[c.text.text for c in row.cells] for row in tables[1].rows] == [["TT", "Nội dung"], ["1", "Việc B"]]
