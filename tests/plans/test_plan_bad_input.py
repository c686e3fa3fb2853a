"""Bad input: one clear PlanReadError naming the file and the problem, or a plan with diagnostics.

Never a traceback from inside the reader: empty and binary files, legacy encodings (cp1258, UTF-16
from Word), a file cut in the middle of the table, an HTML page, a missing path, wrong types.
"""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reformrules.diagnostics import Code
from reformrules.errors import PlanReadError
from reformrules.plans import LineRole, read_plan

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Windows-1258 bytes as Vietnamese Windows writes them: base letter, then a combining tone mark."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in _TONES))
            out += base.encode("cp1258") + "".join(p for p in parts if p in _TONES).encode("cp1258")
    return bytes(out)


def _raises(source, problem: str, name: str | None = None) -> PlanReadError:
    with pytest.raises(PlanReadError) as caught:
        read_plan(source)
    error = caught.value
    assert problem in error.problem, error.problem
    if name is not None:
        assert error.path == name and str(error).startswith(f"{name}: ")
    return error


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    _raises(path, "empty", str(path))


def test_blank_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \r\n\t\n\xc2\xa0\n")
    _raises(path, "only white space", str(path))


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.bin"
    path.write_bytes(bytes(range(256)) * 8)
    _raises(path, "binary", str(path))


def test_binary_without_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.dat"
    path.write_bytes(bytes(b for b in range(1, 32) if b not in (9, 10, 13)) * 50 + "Kế hoạch".encode())
    _raises(path, "binary", str(path))


@pytest.mark.parametrize("data, problem", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00", "docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".doc"),
], ids=["pdf", "docx", "doc"])
def test_office_containers_are_named(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "plan.bin"
    path.write_bytes(data + bytes(100))
    _raises(path, problem, str(path))


def test_html_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>Kế hoạch</title></head>\n"
                    "<body><p>Số: 4034/QĐ-UBND</p></body></html>\n", encoding="utf-8")
    _raises(path, "HTML page", str(path))


def test_html_page_without_doctype() -> None:
    _raises("  <html>\n<body>\n<table><tr><td>STT</td></tr></table>\n</body></html>", "HTML page", "<text>")


def test_missing_path_and_a_str_without_line_break() -> None:
    error = _raises("khong-co-file-nay.txt", "no such file", "khong-co-file-nay.txt")
    assert "a str without a line break is read as a path" in error.problem


def test_missing_pathlib_path(tmp_path: Path) -> None:
    error = _raises(tmp_path / "missing.txt", "no such file", str(tmp_path / "missing.txt"))
    assert "line break" not in error.problem


def test_directory(tmp_path: Path) -> None:
    _raises(tmp_path, "directory", str(tmp_path))


def test_undecodable_bytes() -> None:
    _raises(b"K\x81\x8a\x8d ho\x9e\x9d" * 20 + b"\n", "not valid UTF-8", "<bytes>")


@pytest.mark.parametrize("bad", [42, None, ["Số: 1/KH"], 3.5], ids=repr)
def test_wrong_argument_type(bad) -> None:
    with pytest.raises(TypeError):
        read_plan(bad)


def test_wrong_context_type(seed_path) -> None:
    with pytest.raises(TypeError):
        read_plan(seed_path("000"), context={"plan_year": 2018})


# --- legacy encodings: the same plan as from UTF-8, plus a note --------------------------------


def _same_plan(plan, reference) -> None:
    assert [t.id for t in plan.tasks] == [t.id for t in reference.tasks]
    assert [t.content.text for t in plan.tasks] == [t.content.text for t in reference.tasks]
    assert [str(t.deadline) for t in plan.tasks] == [str(t.deadline) for t in reference.tasks]
    assert (plan.number, plan.issued, plan.plan_year, plan.issuer) == (
        reference.number, reference.issued, reference.plan_year, reference.issuer)


def test_cp1258_bytes(tmp_path: Path, seed_path, seed_plan) -> None:
    text = seed_path("000").read_text(encoding="utf-8")
    data = to_cp1258(text)
    assert data.decode("cp1258") != text  # tone marks really are combining in the legacy bytes
    path = tmp_path / "000_cp1258.txt"
    path.write_bytes(data)
    plan = read_plan(path)
    _same_plan(plan, seed_plan("000"))
    notes = [d for d in plan.diagnostics if d.code is Code.PLAN_ENCODING]
    assert len(notes) == 1 and dict(notes[0].data) == {"encoding": "cp1258"}


def test_utf16_from_word(tmp_path: Path, seed_path, seed_plan) -> None:
    """Word's "Unicode text": UTF-16 LE with a byte-order mark and CRLF line endings."""
    text = seed_path("004").read_text(encoding="utf-8").replace("\n", "\r\n")
    path = tmp_path / "004_word.txt"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    plan = read_plan(path)
    _same_plan(plan, seed_plan("004"))
    assert plan.source.line_col(plan.task("IV.2").deadline_cell.span.start) == (229, 160)
    assert any(d.code is Code.TEXT_NORMALIZED and "line endings" in d.message for d in plan.diagnostics)


def test_utf16_big_endian_and_utf8_bom(seed_path, seed_plan) -> None:
    text = seed_path("001").read_text(encoding="utf-8")
    _same_plan(read_plan(b"\xfe\xff" + text.encode("utf-16-be")),
               seed_plan("001"))
    _same_plan(read_plan(text.encode("utf-8-sig")), seed_plan("001"))


def test_utf16_without_bom(seed_path, seed_plan) -> None:
    plan = read_plan(seed_path("003").read_text(encoding="utf-8").encode("utf-16-le"))
    _same_plan(plan, seed_plan("003"))
    assert any(d.code is Code.PLAN_ENCODING for d in plan.diagnostics)


def test_decomposed_text_is_normalised(seed_path, seed_plan) -> None:
    plan = read_plan(unicodedata.normalize("NFD", seed_path("002").read_text(encoding="utf-8")))
    _same_plan(plan, seed_plan("002"))
    assert any(d.code is Code.TEXT_NORMALIZED for d in plan.diagnostics)


# --- file objects -------------------------------------------------------------------------------


def test_binary_and_text_file_objects(seed_path, seed_plan) -> None:
    path = seed_path("003")
    with path.open("rb") as handle:
        from_binary = read_plan(handle)
    assert from_binary.doc_id == path.name
    _same_plan(from_binary, seed_plan("003"))
    from_text = read_plan(io.StringIO(path.read_text(encoding="utf-8")))
    assert from_text.doc_id == "<stream>"
    _same_plan(from_text, seed_plan("003"))


def test_file_object_returning_other_things() -> None:
    class Odd:
        def read(self):
            return 12

    with pytest.raises(TypeError):
        read_plan(Odd())


# --- a file cut short -------------------------------------------------------------------------


def test_tsv_file_cut_in_the_middle_of_a_row(tmp_path: Path, seed_path) -> None:
    lines = seed_path("004").read_text(encoding="utf-8").split("\n")
    cut = "\n".join(lines[:229]) + "\n" + lines[229][:60]  # line 230: "3<tab>Tiếp tục hoàn thiện …"
    data = cut.encode("utf-8")[:-1]  # and in the middle of a UTF-8 character
    path = tmp_path / "004_cut.txt"
    path.write_bytes(data)
    plan = read_plan(path)
    rows = [t for t in plan.tasks if t.source == "table"]  # the body's duties follow the rows
    assert rows[-1].id == "IV.3" and rows[-2].id == "IV.2"
    assert rows[-1].deadline_cell is None and rows[-1].assignment_cell is None
    truncated = [d for d in plan.diagnostics if d.code is Code.PLAN_TRUNCATED]
    assert len(truncated) == 2  # the cut character, and the row missing its cells
    assert any("IV.3" in d.message for d in truncated)


def test_pipe_file_cut_in_the_middle_of_a_row(seed_path) -> None:
    lines = seed_path("000").read_text(encoding="utf-8").split("\n")
    plan = read_plan("\n".join(lines[:645]) + "\n", doc_id="000_cut")  # ends in V.2's content cell
    rows = [t for t in plan.tasks if t.source == "table"]
    assert rows[-1].id == "V.2" and rows[-1].product is None
    assert any(d.code is Code.PLAN_TRUNCATED and "V.2" in d.message for d in plan.diagnostics)
    assert {u.role for u in plan.accounting} <= {LineRole.HEADER, LineRole.SEPARATOR, LineRole.SECTION,
                                                  LineRole.TASK}


def test_tab_cell_file_cut_after_a_section_row(seed_path) -> None:
    lines = seed_path("003").read_text(encoding="utf-8").split("\n")
    plan = read_plan("\n".join(lines[:147]), doc_id="003_cut")  # stops inside section VI's title cells
    assert [t for t in plan.tasks if t.source == "table"][-1].id == "V.6"
    assert plan.sections[-1].number == "VI"


# --- any text at all ---------------------------------------------------------------------------

_PLAN_BITS = st.sampled_from([
    "Số: 12/QĐ-UBND", "Khánh Hòa, ngày 21 tháng 01 năm 2022", "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022",
    "I. MỤC TIÊU", "II. NHIỆM VỤ", "1. Cải cách thể chế", "a) Ban hành quy chế", "- Tập huấn", "PHỤ LỤC",
    "STT\tNhiệm vụ\tSản phẩm\tTiến độ\tPhân công", "I\tThể chế\t\t\t", "1\tViệc\tQĐ\tQuý I/2022\tSở X",
    "\tdài\t\t/2022\t", "TT", "|", "\t3", "\tV", "(Mục V.2)", "<ul style=\"x\"> - A - B", "", " ",
    "(Kèm theo Quyết định số 112/QĐ-UBND ngày 21/01/2022 của UBND thị xã Ninh Hòa)",
])


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PLAN_BITS, st.text(max_size=30)), min_size=2, max_size=25))
def test_any_text_gives_a_plan_or_a_plan_read_error(parts: list[str]) -> None:
    text = "\n".join(parts)
    if "\n" not in text:
        text += "\n"
    try:
        plan = read_plan(text, doc_id="fuzz")
    except PlanReadError:
        return
    lines = plan.source.text.split("\n")
    if plan.appendix_lines:  # no silent loss, for any text: each non-empty line of the region once
        first, last = plan.appendix_lines
        assert sorted(u.line for u in plan.accounting) == [n for n in range(first, last + 1) if lines[n - 1].strip()]
    for diagnostic in plan.diagnostics:
        if diagnostic.span is not None:
            assert 0 <= diagnostic.span.start <= diagnostic.span.end <= len(plan.source.text)


@settings(max_examples=40)
@given(st.binary(max_size=300))
def test_any_bytes_give_a_plan_or_a_plan_read_error(data: bytes) -> None:
    try:
        read_plan(data)
    except PlanReadError as error:
        assert error.path == "<bytes>" and error.problem
