"""The compiled scan (deadlines/fastpath.py) reads exactly what the token grammar reads.

Phrases are built from the pieces the scan knows (marked windows, conditions, counted periods,
lead-in words, brackets, "hoặc") mixed with pieces it must leave to the grammar (ranges, "đến",
"các năm tiếp theo", occurrences, day rules, stray numbers). Whatever the scan accepts must give
the same ``Deadline`` (rule, dates, diagnostics and their spans) as the grammar, which is what a
lexicon other than the packaged one always gets.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reformrules import PlanContext
from reformrules.context import Policy
from reformrules.deadlines import _parse
from reformrules.deadlines.fastpath import scan
from reformrules.deadlines.flat import simple_dates
from reformrules.deadlines.resolve import schedule_dates
from reformrules.lexicon import packaged
from reformrules.text.fold import fold
from reformrules.text.prepared import prepare

GRAMMAR_ONLY = replace(packaged())  # not the packaged object: no shortcut, no scan
CONTEXTS = [None, PlanContext(plan_year=2022, issued=date(2022, 1, 21)), PlanContext(issued=date(2025, 11, 20)),
            PlanContext(plan_year=2030)]

years = st.sampled_from(["2018", "2022", "2025", "1899", "2241", "2020"])
markers = st.sampled_from(["", "Trong ", "trong ", "Từ ", "từ ", "chậm nhất ", "Chậm nhất là ", "Hoàn thành chậm nhất ",
                           "Đến ", "đến hết ", "Trước ", "trước ", "Hoàn thành trước ", "hoàn thành trong ", "kể từ ",
                           "bắt đầu từ ", "cho đến ", "tính đến ", "muộn nhất ", "vào ", "chậm nhất trong ", "hạn chót ",
                           "sau ", "Sau ", "từ sau "])
cores = st.one_of(
    st.builds(lambda q, sep, y: f"Quý {q}{sep}{y}", st.sampled_from(["I", "II", "III", "IV", "2", "V"]),
              st.sampled_from(["/", "-", " năm ", ".", " / ", " - "]), years),
    st.builds(lambda m, sep, y: f"tháng {m}{sep}{y}", st.sampled_from(["3", "03", "12", "13"]),
              st.sampled_from(["/", "-", " năm "]), years),
    st.builds(lambda head, y, tail: f"{head}{y}{tail}", st.sampled_from(["năm ", "Năm ", ""]), years,
              st.sampled_from(["", "-2025", " - 2020", " - năm 2027", "-2019", "1"])),
    st.builds(lambda d, m, y, sep: f"{d}{sep}{m}{sep}{y}", st.sampled_from(["30", "15", "1", "31"]),
              st.sampled_from(["06", "2", "12"]), years, st.sampled_from(["/", "-", "."])),
    st.builds(lambda d, y: f"ngày {d} tháng 6 năm {y}", st.sampled_from(["15", "31"]), years),
    st.builds(lambda side, y: f"6 tháng {side} năm {y}", st.sampled_from(["đầu", "cuối"]), years),
)
windows = st.builds(str.__add__, markers, cores)
event_texts = st.sampled_from(["UBND tỉnh triển khai", "Sở Nội vụ có hướng dẫn", "Bộ Nội vụ ban hành Kế hoạch",
                               "Nghị định được ban hành", "tiến độ triển khai của Sở Tài chính năm 2022",
                               "quy định", "hướng dẫn của Trung ương", "có quyết định", "2 bên ký kết",
                               "UBND tỉnh phê duyệt… Đề án", "TT&TT hướng dẫn", "Đề án hoặc Kế hoạch", "dõi, đánh giá kết quả"])
conditions = st.builds(str.__add__, st.sampled_from(["sau khi ", "Sau khi ", "ngay sau khi ", "theo ", "Theo ", "căn cứ ",
                                                     "khi "]), event_texts)
counted = st.builds(lambda lead, n, unit, frm, anchor: f"{lead}{n} {unit} {frm} {anchor}",
                    st.sampled_from(["trong vòng ", "trong thời hạn ", "trong ", "chậm nhất ", "sau ", ""]),
                    st.sampled_from(["30", "7", "05", "99999"]),
                    st.sampled_from(["ngày", "ngày làm việc", "tuần", "tháng", "năm"]),
                    st.sampled_from(["kể từ", "tính từ"]),
                    st.sampled_from(["ngày ban hành", "ngày kế hoạch này được ban hành năm 2022", "khi có quyết định",
                                     "ngày ký", "ngày Nghị định có hiệu lực", "khi", "ngày ban hành Kế hoạch"]))
recurrences = st.builds(
    lambda head, rest, gap, rule, close: head + rest + (gap + rule + close if rule else ""),
    st.sampled_from(["hàng quý", "Hằng năm", "mỗi tháng", "định kỳ 6 tháng", "định kỳ hằng năm", "định kỳ năm", "hàng quí",
                     "mỗi năm", "định kỳ", "hàng tuần"]),
    st.sampled_from(["", ", 06 tháng, năm", ", năm", " ,hằng năm", ", 6 tháng", ", quý 2022", ", tháng 3", ", năm tiếp theo"]),
    st.sampled_from([": ", " (", ", ", " ", "; ", " [", ". "]),
    st.sampled_from(["", "trước ngày 20 của tháng cuối kỳ báo cáo", "chậm nhất trước ngày 25 tháng 12", "trước ngày 16/6",
                     "ngày 16/6/2022", "vào ngày 15 hàng tháng", "đến ngày 5 tháng cuối quý", "trước ngày 32 tháng 6",
                     "trước ngày 10 tháng 13", "ngày 15 tháng 6 năm 2022", "trước ngày 16 hàng tháng", "chậm nhất ngày 3/12 2024",
                     "ngày 1 của tháng cuối năm báo cáo", "trước ngày 16/6/2241"]),
    st.sampled_from(["", ")", "]", " )"]))
others = st.sampled_from(["Triển khai", "thực hiện", "hoặc", "(", ")", "[", "]", ",", ";", ".", ":", "-", "đến",
                          "và các năm tiếp theo", "hằng năm", "khi có yêu cầu", "đột xuất", "tiếp", "2023", "**",
                          "Quý I", "trở đi", "các năm tiếp theo", "và", "ngay", "báo cáo", "tiếp theo"])
pieces = st.lists(st.one_of(windows, windows, conditions, counted, recurrences, others), min_size=1, max_size=5)
spaces = st.sampled_from([" ", " ", "\n", "  ", "\u00a0"])


@st.composite
def phrases(draw):
    parts = draw(pieces)
    text = parts[0]
    for part in parts[1:]:
        text += draw(spaces) + part
    return text.upper() if draw(st.integers(0, 9)) == 0 else text


@settings(max_examples=600, deadline=None)
@given(phrases(), st.sampled_from(CONTEXTS))
@example("Quý I/2022 (hoặc sau khi UBND tỉnh triển khai)", CONTEXTS[1])
@example("Hoàn thành chậm nhất Quý II/2018\nTriển khai thí điểm từ năm 2018-2020", CONTEXTS[1])
@example("Theo tiến độ triển khai của Sở Nội vụ năm 2022", CONTEXTS[1])
@example("trong vòng 30 ngày kể từ ngày kế hoạch này được ban hành năm 2022", None)
@example("năm 2022 đến năm 2025", None)
@example("Từ Quý II/2018 đến Quý IV/2019", None)
@example("tiếp theo hướng dẫn", None)
@example("hàng quý, 06 tháng, năm: trước ngày 20 của tháng cuối kỳ báo cáo 2022", CONTEXTS[1])
@example("Triển khai hoàn thành chậm nhất Quý II/2018", None)
def test_the_scan_reads_what_the_grammar_reads(phrase, ctx) -> None:
    fast = _parse(prepare(phrase), ctx, None, packaged())
    full = _parse(prepare(phrase), ctx, None, GRAMMAR_ONLY)
    assert fast == full


POLICIES = [PlanContext(plan_year=2022, policy=Policy(before_is_inclusive=True)),
            PlanContext(plan_year=2022, policy=Policy(shift_named_windows=True))]


@settings(max_examples=300, deadline=None)
@given(st.one_of(phrases(), st.sampled_from(["Thường xuyên", "hàng quý", "từ nay đến cuối năm 2025", "trước ngày 1/1/1900",
                                             "trước khi đưa vào sử dụng", "Quý IV hằng năm"])),
       st.sampled_from(CONTEXTS + POLICIES))
def test_the_simple_dates_are_the_schedules(phrase, ctx) -> None:
    rule = _parse(prepare(phrase), ctx, None, GRAMMAR_ONLY).rule
    quick = simple_dates(rule, ctx)
    assert quick is None or quick == schedule_dates(rule, ctx)


def test_the_scan_takes_the_seed_forms_and_leaves_the_rest() -> None:
    def reads(text: str) -> bool:
        return bool(scan(text, fold(text)))

    assert reads("Quý I/2022 (hoặc sau khi UBND tỉnh triển khai)")
    assert reads("Hoàn thành chậm nhất Quý II/2018\nTriển khai thí điểm từ năm 2018-2020")
    assert reads("Theo tiến độ triển khai của Trung ương")
    assert reads("trong vòng 30 ngày kể từ ngày ban hành")
    assert reads("hàng quý, 06 tháng, năm: trước ngày 20 của tháng cuối kỳ báo cáo")
    assert reads("2027 - 2029")
    assert not reads("Từ Quý II/2018 đến Quý IV/2019")  # a start takes the end after it: the grammar's
    assert not reads("Quý I/2026 - Quý III/2026")  # a range
    assert not reads("khi có yêu cầu")  # an occurrence
    assert not reads("triển khai")  # no item: the grammar says why
