"""Body golden rows the body reader gets wrong because of the assignment grammar or the agency
lexicon (``assign``'s area), each as the smallest text that shows it, a strict xfail.

Each text is copied from the plan cited (file:line, hard wraps joined as the body reader joins
them); the expected names are the golden row's. When ``assign`` fixes one, its xfail turns into a
failure here: remove the mark, and the golden table's floor in tests/plans/test_body_golden.py
can rise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reformrules import read_plan
from reformrules.assignments import parse_assignment

# (where, text, role, expected names in order, what goes wrong)
GAPS = (
    ("laichau_7360:75", "Sở Tư pháp; Báo và Phát thanh Truyền hình Lai Châu và các sở, ngành có liên quan.", "lead",
     ("Sở Tư pháp", "Báo và Phát thanh, Truyền hình Lai Châu", "các sở, ngành có liên quan"),
     "the merged provincial newspaper and broadcaster is a lexicon body now, named at kind level "
     "('Báo và Phát thanh, Truyền hình tỉnh', as 'Báo Nghệ An' is 'Báo tỉnh'); the golden keeps the province's name"),
    ("000:233", "Các tổ chức chính trị - xã hội, các cơ quan thông tin đại chúng thuộc tỉnh, các tổ chức hội trên "
     "địa bàn tỉnh tham gia, phối hợp trong việc tổ chức thực hiện Kế hoạch.", "lead",
     ("các tổ chức chính trị - xã hội", "các cơ quan thông tin đại chúng thuộc tỉnh", "các tổ chức hội trên địa bàn tỉnh"),
     "the three groups are read, but this sentence alone only has them take part ('tham gia, phối hợp'): "
     "coordinators; the whole paragraph goes on '…, chủ động triển khai …' and then they lead (seed 000 body golden)"),
    ("thanhhoa_235:312", "UBND các xã, phường: Phối hợp với Sở Nông nghiệp và Môi trường, đơn vị được lựa chọn quan "
     "trắc môi trường triển khai Kế hoạch đã được phê duyệt.", "coordinators",
     ("Sở Nông nghiệp và Môi trường", "đơn vị được lựa chọn quan trắc môi trường"),
     "a unit named by what it does is cut to 'đơn vị'"),
    ("quangngai_1627:390", "Các cơ quan quản lý cấp trên", "lead", ("các cơ quan quản lý cấp trên",),
     "a generic group's qualifier ('quản lý cấp trên': the managing bodies above) is dropped"),
    ("004:181", "Các tổ chức chính trị - xã hội thị xã phối hợp trong việc tổ chức thực hiện Kế hoạch, Trung tâm Văn "
     "hóa – Thông tin và Thể thao chủ động triển khai quán triệt, tuyên truyền về cải cách hành chính.", "lead",
     ("Trung tâm Văn hóa - Thông tin và Thể thao",),
     "a second subject after ',' ('…, Trung tâm … chủ động triển khai') is not read"),
    ("001:96", "Lãnh đạo Ban chỉ đạo các Trưởng các phòng, đơn vị nghiêm túc triển khai thực hiện kế hoạch này.",
     "lead", ("các phòng, đơn vị",),
     "'X chỉ đạo Y triển khai' (X directs Y to carry it out): Y, the heads of the divisions, is read as nothing"),
    ("001:98", "Giao Thường trực Ban chỉ đạo CCHC chủ trì phối hợp Tổ thư ký ISO xây dựng Kế hoạch kiểm tra.",
     "lead", ("Thường trực Ban chỉ đạo cải cách hành chính",),
     "the standing member of the steering committee ('Thường trực Ban chỉ đạo') is not read as an agency"),
)
# Recipients: (where, text, expected recipients, what goes wrong)
RECIPIENT_GAPS = (
    ("000:186", "Các sở, ban, ngành xây dựng Kế hoạch cải cách hành chính năm 2018 (Kế hoạch gửi về Sở Nội vụ chậm "
     "nhất trong Quý I năm 2018 để tổng hợp).", ("Sở Nội vụ",),
     "'(Kế hoạch gửi về Sở Nội vụ …)': a sending inside parentheses with its own object as subject"),
    ("001:98", "Giao Thường trực Ban chỉ đạo CCHC chủ trì xây dựng Kế hoạch kiểm tra và báo cáo kết quả thường xuyên "
     "cho Lãnh đạo Ban.", ("Ban Quản lý Khu kinh tế Vân Phong",),
     "'báo cáo kết quả … cho Lãnh đạo Ban': a recipient after the report's object, and the issuer's bare 'Ban'"),
)
# The plan a case needs as context (its issuer), by the file name's start.
_PLANS = {"001": "examples/plans/001_e222448dd8226e4d.txt"}


# Gaps that assign fixed (issue 15, second session): a city's bodies keep "Thành phố", scope phrases
# after a name, "các Ban Xây dựng Đảng" (bodies of one named kind). Kept as plain checks.
FIXED = (
    ("hanoi_308:173", "Đơn vị chủ trì: Công an Thành phố.", "lead", ("Công an Thành phố",),
     "a centrally-run city's police is read as a province's ('Công an tỉnh')"),
    ("hcm_172:110", "Cơ quan phối hợp: Bảo hiểm xã hội Thành phố, Chi nhánh Ngân hàng Chính sách xã hội Thành phố.",
     "coordinators", ("Bảo hiểm xã hội Thành phố", "Chi nhánh Ngân hàng Chính sách xã hội Thành phố"),
     "the city's social insurance is read as a province's ('Bảo hiểm xã hội tỉnh')"),
    ("hcm_172:132", "Sở Nội vụ, các sở, ban, ngành Thành phố trong phạm vi chức năng, nhiệm vụ của mình và các cơ "
     "quan, tổ chức khác có liên quan.", "lead",
     ("Sở Nội vụ", "các sở, ban, ngành Thành phố", "các cơ quan, tổ chức khác có liên quan"),
     "a list item after 'trong phạm vi … của mình và' is lost"),
    ("nghean_1026:223", "Đề nghị Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy tăng cường "
     "công tác bảo vệ bí mật nhà nước.", "lead",
     ("Văn phòng Tỉnh ủy", "các Ban Xây dựng Đảng", "Ủy ban Kiểm tra Tỉnh ủy"),
     "'các Ban Xây dựng Đảng' (the Party's boards) is cut to 'các Ban' and the list ends there"),
    # fixed later (issue 16 session): the plan names its issuer by its head word alone
    ("001:92", "Ban tổ chức thực hiện theo Thông tư số 167/2012/TT-BTC ngày 10/10/2012.", "lead",
     ("Ban Quản lý Khu kinh tế Vân Phong",),
     "the issuer's bare 'Ban' is not resolved to the issuer (its bare 'Văn phòng' is)"),
)


@pytest.mark.parametrize("where, text, role, expected, why", FIXED, ids=[g[0] for g in FIXED])
def test_fixed_gaps_stay_fixed(where, text, role, expected, why) -> None:
    plan = _PLANS.get(where.split(":")[0])
    ctx = read_plan(Path(__file__).resolve().parents[3] / plan).context if plan else None
    parsed = parse_assignment(text, ctx)
    assert tuple(m.name for m in (parsed.lead if role == "lead" else parsed.coordinators)) == expected


@pytest.mark.parametrize("where, text, role, expected, why", GAPS, ids=[g[0] for g in GAPS])
@pytest.mark.xfail(strict=True, reason="assignment grammar / agency lexicon (assign): see each case's 'why'")
def test_assignment_reads_the_golden_names(where, text, role, expected, why) -> None:
    plan = _PLANS.get(where.split(":")[0])
    ctx = read_plan(Path(__file__).resolve().parents[3] / plan).context if plan else None
    parsed = parse_assignment(text, ctx)
    got = tuple(m.name for m in (parsed.lead if role == "lead" else parsed.coordinators))
    assert got == expected, why


@pytest.mark.parametrize("where, text, expected, why", RECIPIENT_GAPS, ids=[g[0] for g in RECIPIENT_GAPS])
@pytest.mark.xfail(strict=True, reason="assignment grammar (assign): see each case's 'why'")
def test_assignment_reads_the_golden_recipients(where, text, expected, why) -> None:
    plan = _PLANS.get(where.split(":")[0])
    ctx = read_plan(Path(__file__).resolve().parents[3] / plan).context if plan else None
    parsed = parse_assignment(text, ctx)
    assert tuple(p.mention.name for p in parsed.others if p.role.value == "recipient") == expected, why
