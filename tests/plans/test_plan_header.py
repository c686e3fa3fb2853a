"""The header of a plan: issuer, number (ND 30/2020, domain.md §5), place and date, plan year, context."""

from __future__ import annotations

from datetime import date

import pytest
from plan_seeds import SEED_FILES

from reformrules.context import PlanContext
from reformrules.diagnostics import Code, Severity
from reformrules.plans import DocumentNumber, canonical_issuer, read_header, read_plan
from reformrules.source import Source, Span

# Read in the seeds by hand: line 10/12/16 of 000, 3/5/9 of 001, 5-6/13/15/21 of 002, 2-3/28 of 003,
# 5-8/54-55/191 of 004.
SEED_HEADERS = [
    ("000", "UBND tỉnh Khánh Hòa", "4034/QĐ-UBND", "QĐ", date(2017, 12, 29), (2017, 12), 2018, "Khánh Hòa"),
    ("001", "Ban Quản lý Khu kinh tế Vân Phong", "/QĐ-KKT", "QĐ", None, (2022, 1), 2022, "Khánh Hoà"),
    ("002", "UBND tỉnh Hải Dương", "4707/KH-UBND", "KH", date(2021, 12, 24), (2021, 12), 2022, "Hải Dương"),
    ("003", "UBND tỉnh Khánh Hòa", "3604/QĐ-UBND", "QĐ", date(2022, 12, 28), (2022, 12), 2023, None),
    ("004", "UBND thị xã Ninh Hòa", "12/QĐ-UBND", "QĐ", date(2022, 1, 21), (2022, 1), 2022, None),
]


@pytest.mark.parametrize("seed, issuer, number, doc_type, issued, month, year, place", SEED_HEADERS,
                         ids=[row[0] for row in SEED_HEADERS])
def test_seed_header(seed, issuer, number, doc_type, issued, month, year, place, seed_plan) -> None:
    plan = seed_plan(seed)
    assert (plan.issuer, plan.number, plan.doc_type, plan.issued, plan.issued_month, plan.plan_year,
            plan.place) == (issuer, number, doc_type, issued, month, year, place)
    assert plan.context == PlanContext(plan_year=year, issued=issued, issuer=issuer, doc_id=SEED_FILES[seed])


def _header_codes(plan) -> list[tuple[str, str, tuple[int, int] | None]]:
    """(code, severity, line:col) of the plan.* diagnostics, in file order."""
    return [(d.code.value, d.severity.value, plan.source.line_col(d.span.start) if d.span else None)
            for d in plan.diagnostics if d.code.value.startswith("plan.") and d.code is not Code.PLAN_NO_APPENDIX]


# What a careful reader notices in each header, at its line:col (counted in the seeds).
HEADER_FINDINGS = {
    "000": [],
    "001": [("plan.missing_header", "warning", (3, 5)), ("plan.partial_date", "warning", (5, 1))],
    "002": [],
    "003": [("plan.missing_header", "info", (28, 1)), ("plan.missing_header", "info", (28, 1))],
    "004": [("plan.missing_header", "info", (54, 2)), ("plan.missing_header", "info", (54, 2)),
            ("plan.number_mismatch", "warning", (191, 25))],
}


@pytest.mark.parametrize("seed", SEED_FILES)
def test_seed_header_findings(seed: str, seed_plan) -> None:
    plan = seed_plan(seed)
    found = [f for f in _header_codes(plan) if f[0] in ("plan.missing_header", "plan.partial_date",
                                                         "plan.number_mismatch", "plan.date_mismatch")]
    assert found == HEADER_FINDINGS[seed]


def test_001_blank_day_keeps_the_month_and_says_so(seed_plan) -> None:
    plan = seed_plan("001")
    assert plan.issued is None and plan.context.issued is None and plan.issued_month == (2022, 1)
    partial = next(d for d in plan.diagnostics if d.code is Code.PLAN_PARTIAL_DATE)
    assert dict(partial.data) == {"year": "2022", "month": "1"}
    assert plan.header.number is not None and plan.header.number.value is None
    assert plan.header.number.code == "QĐ-KKT"


def test_004_number_mismatch_names_both_numbers(seed_plan) -> None:
    plan = seed_plan("004")
    mismatch = next(d for d in plan.diagnostics if d.code is Code.PLAN_NUMBER_MISMATCH)
    assert dict(mismatch.data) == {"expected": "12/QĐ-UBND", "found": "112/QĐ-UBND"}
    assert mismatch.span.slice(plan.source.text) == "112/QĐ-UBND"
    assert [str(c.number) for c in plan.header.citations] == ["12/QĐ-UBND", "112/QĐ-UBND"]


def test_title_and_its_span(seed_plan) -> None:
    plan = seed_plan("000")
    assert plan.title == "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH TỈNH KHÁNH HÒA NĂM 2018"
    assert plan.source.line_col(plan.header.title_span.start) == (16, 6)


ISSUERS = [
    ("ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA", "UBND tỉnh Khánh Hòa"),
    ("ỦY BAN NHÂN DÂN THỊ XÃ NINH HÒA", "UBND thị xã Ninh Hòa"),
    ("UỶ BAN NHÂN DÂN\nTHÀNH PHỐ NHA TRANG", "UBND thành phố Nha Trang"),
    ("Ủy\nban nhân dân tỉnh Khánh Hòa", "UBND tỉnh Khánh Hòa"),
    ("UBND tỉnh Khánh Hòa", "UBND tỉnh Khánh Hòa"),
    ("HỘI ĐỒNG NHÂN DÂN HUYỆN VẠN NINH", "HĐND huyện Vạn Ninh"),
    ("Ban Quản lý Khu kinh tế Vân Phong", "Ban Quản lý Khu kinh tế Vân Phong"),
    ("BAN QUẢN LÝ KHU KINH TẾ VÂN PHONG", "BAN QUẢN LÝ KHU KINH TẾ VÂN PHONG"),  # casing cannot be restored
    ("  ", None),
]


@pytest.mark.parametrize("written, expected", ISSUERS, ids=[w for w, _ in ISSUERS])
def test_canonical_issuer(written: str, expected: str | None) -> None:
    assert canonical_issuer(written) == expected


NUMBERS = [
    ("Số: 4034/QĐ-UBND", "4034", "QĐ-UBND", "QĐ", "UBND"),
    ("Số: 01/KH-UBND", "01", "KH-UBND", "KH", "UBND"),
    ("Số:4707/KH-UBND", "4707", "KH-UBND", "KH", "UBND"),
    ("Số: /QĐ-KKT", "", "QĐ-KKT", "QĐ", "KKT"),
    ("Số: 2947/SNV-CCHC", "2947", "SNV-CCHC", None, "SNV-CCHC"),  # a công văn has no type (domain.md §5)
    ("**Số: 12 / CTr-UBND**", "12", "CTr-UBND", "CTr", "UBND"),
]


@pytest.mark.parametrize("line, number, code, doc_type, issuer_code", NUMBERS, ids=[n[0] for n in NUMBERS])
def test_number_line(line: str, number: str, code: str, doc_type: str | None, issuer_code: str) -> None:
    header = read_header(Source("n", f"{line}\nHà Nội, ngày 05 tháng 01 năm 2024\n"))
    assert header.number is not None
    assert (header.number.number, header.number.code, header.number.doc_type, header.number.issuer_code) == (
        number, code, doc_type, issuer_code)


DATES = [
    ("Khánh Hòa, ngày 29 tháng 12 năm 2017", "Khánh Hòa", date(2017, 12, 29), (2017, 12)),
    (" Hải Dương, ngày 24 tháng 12 năm 2021", "Hải Dương", date(2021, 12, 24), (2021, 12)),
    ("Tiền Giang, ngày 05 tháng 7 năm 2023", "Tiền Giang", date(2023, 7, 5), (2023, 7)),
    ("Hà Nội, ngày 5/7/2023", "Hà Nội", date(2023, 7, 5), (2023, 7)),
    ("Hà Nội, ngày 05-7-2023", "Hà Nội", date(2023, 7, 5), (2023, 7)),
    ("Thành phố Hồ Chí Minh,  ngày  01  tháng  02  năm  2023", "Thành phố Hồ Chí Minh", date(2023, 2, 1), (2023, 2)),
    ("Khánh Hoà, ngày tháng 01 năm 2022", "Khánh Hoà", None, (2022, 1)),
    ("Khánh Hòa, ngày    tháng 01 năm 2022", "Khánh Hòa", None, (2022, 1)),
]


@pytest.mark.parametrize("line, place, issued, month", DATES, ids=[d[0] for d in DATES])
def test_place_and_date_line(line: str, place: str, issued: date | None, month: tuple[int, int]) -> None:
    header = read_header(Source("d", f"Số: 1/KH-UBND\n{line}\nKẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024"))
    assert (header.place, header.issued, header.issued_month) == (place, issued, month)
    assert (Code.PLAN_PARTIAL_DATE in {d.code for d in header.diagnostics}) == (issued is None)


def test_an_impossible_date_is_not_guessed() -> None:
    header = read_header(Source("d", "Số: 1/KH-UBND\nHà Nội, ngày 31 tháng 02 năm 2022\nKẾ HOẠCH CCHC NĂM 2022"))
    assert header.issued is None
    assert any(d.code is Code.PLAN_MISSING_HEADER and dict(d.data)["field"] == "issued" for d in header.diagnostics)


def test_a_citation_line_is_not_the_place_and_date_line() -> None:
    header = read_header(Source("d", "Căn cứ Luật Tổ chức, ngày 19 tháng 6 năm 2015;\nKẾ HOẠCH CCHC NĂM 2016"))
    assert header.place is None and header.issued is None


def test_header_date_and_citation_date_disagree() -> None:
    text = ("Số: 5/QĐ-UBND\nKhánh Hòa, ngày 20 tháng 01 năm 2022\nKẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022\n"
            "(Ban hành kèm theo Quyết định số 5/QĐ-UBND ngày 21/01/2022 của UBND tỉnh Khánh Hòa)\n")
    header = read_header(Source("d", text))
    assert [d.code for d in header.diagnostics] == [Code.PLAN_DATE_MISMATCH]
    assert header.issued == date(2022, 1, 20)


def test_multi_year_plan_has_no_plan_year() -> None:
    header = read_header(Source("d", "Số: 1/KH-UBND\nHà Nội, ngày 05 tháng 01 năm 2021\n"
                                     "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021-2025"))
    assert header.plan_year is None
    assert any(dict(d.data).get("field") == "plan_year" for d in header.diagnostics)


def test_a_text_without_header_says_what_is_missing() -> None:
    header = read_header(Source("d", "Nội dung không có đầu văn bản.\nDòng hai."))
    fields = sorted(dict(d.data)["field"] for d in header.diagnostics)
    assert fields == ["issued", "issuer", "number", "plan_year"]
    assert all(d.severity is Severity.WARNING for d in header.diagnostics)


HEADERLESS = ("I. MỤC TIÊU\nII. NHIỆM VỤ\n1. Cải cách thể chế\n"
              "a) Ban hành quy chế trong Quý I.\nb) Tổng kết trong vòng 30 ngày kể từ ngày kế hoạch này được ban hành.\n")


def test_explicit_context_for_a_plan_without_header() -> None:
    ctx = PlanContext(plan_year=2022, issued=date(2022, 1, 21), issuer="UBND thị xã Ninh Hòa")
    plan = read_plan(HEADERLESS, context=ctx, doc_id="no-header")
    assert (plan.plan_year, plan.issued, plan.issuer) == (2022, date(2022, 1, 21), "UBND thị xã Ninh Hòa")
    assert plan.context.doc_id == "no-header"
    first, second = plan.tasks
    assert str(first.deadline) == "within 2022Q1"  # the missing year comes from the explicit context
    assert second.deadline.due == date(2022, 2, 21)  # 30 days from 2022-01-21; day 30 is a Sunday


def test_explicit_context_wins_and_disagreement_is_reported(seed_path) -> None:
    plan = read_plan(seed_path("000"), context=PlanContext(plan_year=2019))
    assert plan.plan_year == 2019 and plan.issued == date(2017, 12, 29)  # the header fills the rest
    notes = [d for d in plan.diagnostics if d.code is Code.PLAN_CONTEXT_OVERRIDE]
    assert len(notes) == 1 and dict(notes[0].data) == {"field": "plan_year"}
    assert notes[0].severity is Severity.INFO


def test_explicit_context_that_agrees_is_silent(seed_path) -> None:
    plan = read_plan(seed_path("001"), context=PlanContext(issued=date(2022, 1, 20)))
    assert plan.issued == date(2022, 1, 20) and plan.plan_year == 2022
    assert not any(d.code is Code.PLAN_CONTEXT_OVERRIDE for d in plan.diagnostics)


def test_document_number_value_type() -> None:
    number = DocumentNumber("4034", "QĐ-UBND", Span(4, 16))
    assert str(number) == "4034/QĐ-UBND" and number.value == 4034 and number.doc_type_name == "Quyết định"
