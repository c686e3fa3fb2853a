"""Case tables per family of assignment forms (issue 15), real sentences first, and the properties
that make them rules rather than strings.

Each family row: (id, text, lead, coordinators, other parties as ``role:name``). Ids name the source:
``corpus-<file>-<line>`` for a sentence of examples/corpus/ (wrapped lines joined by one space),
``issue15-…`` for the issue's own examples. Names are canonical (the lexicon's name, or the written
name of a generic group, lower-cased "các").
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reformrules.assignments import Role, parse_assignment
from reformrules.assignments import grammar as g
from reformrules.diagnostics import Code

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
DEV = ROOT / "tests" / "assignments" / "data" / "sentences_dev.tsv"
# Sentences of 12 corpus plans not used in development, labelled by hand before the parser was run
# on them (first score 0.890 combined F1; docs/assignments.md). Since then their failures were
# looked at, so this is a regression table now, not a held-out measure.
HELD_OUT = ROOT / "tests" / "assignments" / "data" / "sentences_heldout.tsv"
# A second table (issue 15, second session): 47 paragraphs of the 23 corpus plans at lines no test
# or table had used (file:line:col), labelled by hand before the parser was run on them: first score
# 0.916 combined F1; its failures then showed the families of LABELS, SCOPES and the rows below.
HELD_OUT_2 = ROOT / "tests" / "assignments" / "data" / "sentences_heldout2.tsv"
# A third table (issue 15, third session): 41 sentences and cells of 16 corpus plans that no table had
# (file:line:col), labelled by hand before the parser was run on them: first score 0.938 combined F1
# (the code of main then); its misses showed the families of THIRD below.
HELD_OUT_3 = ROOT / "tests" / "assignments" / "data" / "sentences_heldout3.tsv"
sys.path.insert(0, str(ROOT / "benchmarks"))
import score_assignments  # noqa: E402  (the scorer is a benchmark script; the test reuses it)


def _check(text, lead, coordinators, others):
    a = parse_assignment(text)
    assert [m.name for m in a.lead] == lead
    assert [m.name for m in a.coordinators] == coordinators
    got = [str(p) for p in a.others]
    for party in others:
        assert party in got
    return a


# ---------------------------------------------------------------- names end at verbs
NAME_ENDS = [
    ("issue15-se-khan-truong", "Văn phòng UBND tỉnh sẽ khẩn trương tham mưu UBND tỉnh ban hành",
     ["Văn phòng Ủy ban nhân dân tỉnh"], [], ["recipient:Ủy ban nhân dân tỉnh"]),
    ("issue15-cung-duoc-giao", "Sở Giao thông vận tải cũng được giao chủ trì", ["Sở Giao thông vận tải"], [], []),
    ("corpus-hcm_2853-430", "Sở Tài chính phối hợp với các cơ quan, đơn vị liên quan tham mưu Ủy ban nhân dân Thành phố "
     "bố trí dự toán kinh phí", ["Sở Tài chính"], ["các cơ quan, đơn vị liên quan"],
     ["recipient:Ủy ban nhân dân Thành phố"]),
    ("unknown-name-bounded", "Sở Biển và Hải đảo sẽ chủ trì thẩm định", ["Sở Biển và Hải đảo"], [], []),
    ("head-word-then-capital", "Ban Chỉ đạo tỉnh chủ trì", ["Ban Chỉ đạo tỉnh"], [], []),
    ("capital-after-head", "Viện Nghiên cứu Chính sách phối hợp chuẩn bị dự thảo", [], ["Viện Nghiên cứu Chính sách"], []),
    ("phong-ngua-is-a-verb", "Phòng ngừa, ngăn chặn tội phạm; Công an tỉnh chủ trì", ["Công an tỉnh"], [], []),
    ("bao-cao-is-a-verb", "Sở Nội vụ chủ trì, báo cáo UBND tỉnh", ["Sở Nội vụ"], [], ["recipient:Ủy ban nhân dân tỉnh"]),
]

# ---------------------------------------------------------------- the assigner is not the lead
ASSIGNERS = [
    ("issue15-giao", "UBND tỉnh giao Sở Xây dựng phối hợp với Sở Tài chính", ["Sở Xây dựng"], ["Sở Tài chính"],
     ["assigner:Ủy ban nhân dân tỉnh"]),
    ("issue15-yeu-cau", "Lãnh đạo tỉnh yêu cầu Sở Y tế khẩn trương triển khai", ["Sở Y tế"], [], ["assigner:Lãnh đạo tỉnh"]),
    ("issue15-de-nghi-union", "Chủ tịch UBND tỉnh đề nghị Liên đoàn Lao động tỉnh phối hợp tuyên truyền", [], [],
     ["assigner:Ủy ban nhân dân tỉnh", "requested:Liên đoàn Lao động tỉnh"]),
    ("issue15-thanh-pho-yeu-cau", "UBND thành phố yêu cầu Sở Nội vụ, UBND quận 1 rà soát", ["Sở Nội vụ", "Ủy ban nhân dân quận 1"],
     [], ["assigner:Ủy ban nhân dân thành phố"]),
    ("corpus-laichau_7360-266", "Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.",
     ["các cơ quan, đơn vị, địa phương"], [], ["assigner:Ủy ban nhân dân tỉnh"]),
    ("corpus-dongnai_182-320", "Đồng thời, yêu cầu các Sở, ban, ngành, địa phương tổ chức thực hiện các công tác trọng tâm",
     ["các Sở, ban, ngành, địa phương"], [], []),
    ("corpus-chinhphu_394-34", "Để triển khai hiệu quả nhiệm vụ nêu trên, Chính phủ yêu cầu các bộ, ngành trung ương, Ủy ban nhân dân "
     "các tỉnh, thành phố trực thuộc trung ương xác định đây là nhiệm vụ chính trị trọng tâm",
     ["các bộ, ngành trung ương", "Ủy ban nhân dân cấp tỉnh"], [], ["assigner:Chính phủ"]),
    ("corpus-dongthap_556-736", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh bằng nhiều hình thức, tổ chức "
     "tuyên truyền", [], [], ["requested:Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "requested:các Đoàn thể tỉnh"]),
    ("corpus-cantho_153-202-mixed", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức thành viên, Thủ trưởng sở, "
     "ban, ngành thành phố và Chủ tịch Ủy ban nhân dân xã, phường tổ chức quán triệt sâu rộng Chương trình",
     ["sở, ban, ngành thành phố", "Ủy ban nhân dân cấp xã"], [], ["requested:Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"]),
    ("corpus-daklak_0129-409-non-state", "Đề nghị các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone và doanh nghiệp khác): "
     "Đảm bảo thông tin liên lạc ổn định", [], [], ["requested:các doanh nghiệp viễn thông"]),
    ("corpus-dongnai_182-524-qualified-group", "*2.11. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính "
     "trị - xã hội trực thuộc*", [], [], ["requested:các tổ chức chính trị - xã hội trực thuộc"]),
    ("de-nghi-state-body", "Đề nghị các sở, ban, ngành kịp thời báo cáo về Sở Nội vụ", ["các sở, ban, ngành"], [],
     ["recipient:Sở Nội vụ"]),
]

# ---------------------------------------------------------------- heads stand for their agencies
HEADS = [
    ("issue15-giam-doc", "Giám đốc Sở Tài chính chủ trì, phối hợp với Thủ trưởng các cơ quan, đơn vị",
     ["Sở Tài chính"], ["các cơ quan, đơn vị"], []),
    ("issue15-chu-tich-xa", "Chủ tịch UBND các xã thực hiện", ["Ủy ban nhân dân cấp xã"], [], []),
    ("corpus-cantho_153-737", "c) Chủ tịch Ủy ban nhân dân xã, phường chịu trách nhiệm trực tiếp trước Chủ tịch Ủy ban nhân dân "
     "thành phố về tình hình", ["Ủy ban nhân dân cấp xã"], [], []),
]

# ---------------------------------------------------------------- partners, consulted, recipients, channels
PARTNERS = [
    ("issue15-phoi-hop-lead", "Sở Tư pháp sẽ phối hợp với Văn phòng UBND tỉnh, Sở KH&CN tham mưu", ["Sở Tư pháp"],
     ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Khoa học và Công nghệ"], []),
    ("issue15-thong-nhat", "Sau khi thống nhất với Bộ Tài chính và các Bộ, ngành, Bộ Tư pháp trình Chính phủ ban hành",
     ["Bộ Tư pháp"], [], ["consulted:Bộ Tài chính", "consulted:các Bộ, ngành", "recipient:Chính phủ"]),
    ("issue15-bao-cao-thu-tuong", "Bộ Nội vụ chủ trì, báo cáo Thủ tướng Chính phủ", ["Bộ Nội vụ"], [],
     ["recipient:Thủ tướng Chính phủ"]),
    ("corpus-daklak_0129-426-qua", "Các cơ quan, đơn vị, địa phương căn cứ chức năng, nhiệm vụ được giao, khẩn trương phối hợp triển "
     "khai thực hiện Kế hoạch này; kịp thời báo cáo UBND tỉnh (qua Sở Công Thương) để xem xét", [],
     ["các cơ quan, đơn vị, địa phương"], ["recipient:Ủy ban nhân dân tỉnh", "channel:Sở Công Thương"]),
    ("corpus-nghean_1026-237-ve", "Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh theo dõi; định kỳ báo cáo kết quả "
     "thực hiện về Bộ Công an, UBND tỉnh theo quy định./.", ["Công an tỉnh"], ["Văn phòng Ủy ban nhân dân tỉnh"],
     ["recipient:Bộ Công an", "recipient:Ủy ban nhân dân tỉnh"]),
    ("corpus-bacninh_144-1223-chat-che", "Phối hợp chặt chẽ với Sở Khoa học và Công nghệ và các đơn vị liên quan để đảm bảo tính "
     "đồng bộ", [], ["Sở Khoa học và Công nghệ", "các đơn vị liên quan"], []),
]

# ---------------------------------------------------------------- lists
LISTS = [
    ("issue15-semicolons", "Giao các sở, ngành; Uỷ ban nhân dân các xã, phường; các Ban quản lý dự án thực hiện",
     ["các sở, ngành", "Ủy ban nhân dân cấp xã", "các Ban quản lý dự án"], [], []),
    ("issue15-comma-names", "Bộ Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch",
     ["Bộ Văn hóa, Thể thao và Du lịch"], ["Sở Văn hóa, Thể thao và Du lịch"], []),
    ("issue15-missing-separator", "Sở Tài chính Sở Nội vụ thực hiện", ["Sở Tài chính", "Sở Nội vụ"], [], []),
    ("issue15-emphasis-and-break", "Cơ quan chủ trì: **Sở Nông\nnghiệp và Môi trường**", ["Sở Nông nghiệp và Môi trường"], [], []),
    ("label-don-vi-chu-tri", "- Đơn vị chủ trì: _Sở Khoa học và Công nghệ_.", ["Sở Khoa học và Công nghệ"], [], []),
    ("corpus-laichau_7360-78", "- Cơ quan phối hợp: Các sở, ngành; Ủy ban nhân dân các xã, phường.", [],
     ["các sở, ngành", "Ủy ban nhân dân cấp xã"], []),
    ("corpus-hcm_2853-375-dac-khu", "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Ủy ban nhân dân "
     "các phường, xã, đặc khu:", ["Sở Giáo dục và Đào tạo"], ["Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân cấp xã"], []),
    ("corpus-nghean_1026-144-bare-group", "- Chủ trì, phối hợp Bộ Chỉ huy Quân sự tỉnh và sở, ngành có liên quan tham mưu xây dựng",
     [], ["Bộ Chỉ huy Quân sự tỉnh", "sở, ngành có liên quan"], []),
]

# ---------------------------------------------------------------- issue 15, second session: lists and labels
LABELS = [
    # a list after "phối hợp với" stays coordinators across ";" until a clause with a role of its own
    ("semicolon-objects-stay-coordinators", "Sở Công Thương chủ trì, phối hợp với Sở Tài chính; Sở Xây dựng; Sở Nội vụ thực hiện",
     ["Sở Công Thương"], ["Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ"], []),
    ("semicolon-new-role-ends-objects", "Sở Công Thương chủ trì, phối hợp với Sở Tài chính; Sở Xây dựng chủ trì thẩm định",
     ["Sở Công Thương", "Sở Xây dựng"], ["Sở Tài chính"], []),
    # "Cơ quan thực hiện:" gives every body listed under it the lead of its part, unless one "chủ trì"
    ("corpus-laichau_7360-74-thuc-hien-list", "- Cơ quan thực hiện: Sở Khoa học và Công nghệ; Sở Tư pháp; Sở Văn hóa, "
     "Thể thao và Du lịch; Báo và Phát thanh Truyền hình Lai Châu và các sở, ngành có liên quan.",
     ["Sở Khoa học và Công nghệ", "Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình tỉnh",
      "các sở, ngành có liên quan"], [], []),
    ("corpus-laichau_7360-93-thuc-hien-clauses", "- Cơ quan thực hiện: Sở Khoa học và Công nghệ tiến hành rà soát các văn bản "
     "quy phạm pháp luật có liên quan; các sở, ngành liên quan và Ủy ban nhân dân các xã, phường rà soát văn bản",
     ["Sở Khoa học và Công nghệ", "các sở, ngành liên quan", "Ủy ban nhân dân cấp xã"], [], []),
    ("corpus-hcm_174-319-thuc-hien-bullets", "- Cơ quan thực hiện:\n+ Sở Văn hóa và Thể thao chủ trì, phối hợp với các sở, ban, "
     "ngành, đoàn thể Thành phố.\n+ Sở Xây dựng đăng tải thông điệp truyền thông Tháng hành động",
     ["Sở Văn hóa và Thể thao"], ["các sở, ban, ngành, đoàn thể Thành phố"], ["implement:Sở Xây dựng"]),
    # a scope after a name names no one; the list goes on after it
    ("corpus-hcm_172-132-scope", "- Cơ quan thực hiện: Sở Nội vụ, các sở, ban, ngành Thành phố trong phạm vi chức năng, nhiệm vụ "
     "của mình và các cơ quan, tổ chức khác có liên quan.",
     ["Sở Nội vụ", "các sở, ban, ngành Thành phố", "các cơ quan, tổ chức khác có liên quan"], [], []),
    ("scope-theo-tham-quyen", "Sở Tư pháp phối hợp với các cơ quan, tổ chức theo thẩm quyền và Sở Nội vụ thực hiện",
     ["Sở Tư pháp"], ["các cơ quan, tổ chức", "Sở Nội vụ"], []),
    # a head standing for its body, when the longest title would eat the body's name
    ("corpus-quangngai_1627-179-truong-ban", "*1.1. Trưởng Ban Chỉ đạo*\n- Phụ trách chung, trực tiếp điều hành, chỉ đạo, chịu "
     "trách nhiệm trước Ủy ban nhân dân tỉnh.\n- Phối hợp với các cơ quan Trung ương, Bộ Tài chính trong việc chỉ đạo",
     ["Ban Chỉ đạo"], ["các cơ quan Trung ương", "Bộ Tài chính"], ["accountable-to:Ủy ban nhân dân tỉnh"]),
    ("thuong-truc", "Thường trực Hội đồng Dân tộc, Thường trực Ủy ban Pháp luật phối hợp với các cơ quan có liên quan",
     ["Hội đồng Dân tộc", "Ủy ban Pháp luật"], ["các cơ quan có liên quan"], []),
    # bodies under someone, committees of the National Assembly
    ("corpus-ubtvqh_1339-46-uy-ban", "- Ủy ban Pháp luật chủ trì thẩm tra; - Hội đồng Dân tộc, các Ủy ban của Quốc hội tham gia.",
     ["Ủy ban Pháp luật"], ["Hội đồng Dân tộc", "các Ủy ban của Quốc hội"], []),
    ("corpus-ubtvqh_1339-55-bracketed-clause", "Ban Công tác đại biểu (Viện Nghiên cứu lập pháp phối hợp chuẩn bị dự thảo)",
     ["Ban Công tác đại biểu"], ["Viện Nghiên cứu lập pháp"], []),
    ("thuoc-group-then-body", "Sở A chủ trì, phối hợp với các cơ quan thuộc Ủy ban Thường vụ Quốc hội và Văn phòng Quốc hội",
     ["Sở A"], ["các cơ quan", "Văn phòng Quốc hội"], []),
    # the recipient's partner is not the subject's coordinator
    ("corpus-dongnai_182-467-partner", "Chủ trì, phối hợp với các đơn vị liên quan tham mưu Ủy ban nhân dân tỉnh phối hợp Bộ Y tế "
     "tổ chức triển khai thực hiện", [], ["các đơn vị liên quan"], ["recipient:Ủy ban nhân dân tỉnh", "partner:Bộ Y tế"]),
    # a classifier before a name, "chính quyền" as a group, an object of a verb is no subject
    ("corpus-cantho_153-613-luc-luong", "a) Chỉ đạo các đơn vị trực thuộc phối hợp chặt chẽ lực lượng Công an thành phố thực hiện",
     ["các đơn vị trực thuộc"], ["Công an thành phố"], []),
    # a classifier before a name the lexicon lacks: the force as written, not the bare classifier
    ("corpus-dongnai_182-448-luc-luong-hai-quan", "b) Chủ động phối hợp với Công an, lực lượng Hải quan triển khai các "
     "giải pháp", [], ["Công an", "lực lượng Hải quan"], []),
    ("corpus-cantho_153-645-luc-luong-cong-an", "Phối hợp chặt chẽ lực lượng Công an và các lực lượng liên quan thực "
     "hiện các nội dung Chương trình.", [], ["lực lượng Công an", "các lực lượng liên quan"], []),
    ("corpus-dongnai_182-593-luc-luong-trong", "Sở Y tế phối hợp với lực lượng Công an trong rà soát, thống kê",
     ["Sở Y tế"], ["lực lượng Công an"], []),
    # "trực thuộc X" (attached to X): X is the owner, part of the group's name, never a party
    ("corpus-bvhttdl_4385-375-truc-thuoc-bo", "Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch chủ trì, phối hợp "
     "với các Bộ, ngành liên quan", ["các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch"], ["các Bộ, ngành liên quan"], []),
    ("corpus-hatinh_624-408-truc-thuoc-so", "8. Các sở, cơ quan trực thuộc Sở và các cơ quan liên quan trong phạm vi chức "
     "năng, nhiệm vụ của mình tổ chức triển khai thực hiện Kế hoạch.",
     ["các sở, cơ quan trực thuộc Sở", "các cơ quan liên quan"], [], []),
    # a description "có …" ends before a preposition ("trong việc", "tại")
    ("corpus-bvhttdl_4385-429-co-tham-quyen", "Phối hợp với các cơ quan có thẩm quyền trong việc triển khai thực hiện nội "
     "dung quy hoạch", [], ["các cơ quan có thẩm quyền"], []),
    # whom a duty rewards or commends is its object, never a party
    ("corpus-dongnai_182-558-khen-thuong", "Kịp thời biểu dương, khen thưởng những tập thể, cá nhân có thành tích trong "
     "phòng, chống ma túy", [], [], []),
    ("seed-001-110-khen-thuong", "khen thưởng kịp thời, xứng đáng đối với tập thể, cá nhân có thành tích xuất sắc về CCHC, "
     "xử lý nghiêm các trường hợp vi phạm", [], [], []),
    # a head left out after "," ("Sở Tư pháp, Nội vụ"), a name with a list of fields, a name of its own
    ("elided-head", "Sở Tư pháp, Nội vụ và Tài chính chủ trì thực hiện", ["Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính"], [], []),
    ("corpus-bvhttdl_4385-348-field-list", "Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam chủ trì, phối hợp với "
     "các Bộ, ngành liên quan", ["Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam"], ["các Bộ, ngành liên quan"], []),
    ("corpus-bacninh_144-1259-own-name", "Liên đoàn Lao động, Hội Nông dân, Liên minh Hợp tác xã chủ trì",
     ["Liên đoàn Lao động", "Hội Nông dân", "Liên minh Hợp tác xã"], [], []),
    # a centrally-run city's Party committee keeps its word "Thành ủy" (the lexicon's name says "Tỉnh ủy")
    ("corpus-cantho_153-679-thanh-uy", "Đề nghị Ban Tuyên giáo và Dân vận Thành ủy chủ trì", ["Ban Tuyên giáo và Dân vận Thành ủy"],
     [], []),
    # one body by either of its names ("A/B"); a group's owner the lexicon lacks ("của Mặt trận") is in its name
    ("corpus-bvhttdl_4385-385-slash", "Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh, thành phố trực thuộc "
     "Trung ương chủ trì", ["Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa và Thể thao"], [], []),
    ("corpus-hcm_174-417-cua-mat-tran", "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp Phụ nữ Thành phố và các "
     "tổ chức thành viên của Mặt trận chủ trì", ["Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", "Hội Liên hiệp Phụ nữ Thành phố",
                                                 "các tổ chức thành viên của Mặt trận"], [], []),
    ("slash-before-a-bracket", "Sở Nội vụ (chủ trì)/", ["Sở Nội vụ"], [], []),
    # the committees of places listed after ":" are parties one by one; "tổ chức" described inside a noun list
    ("corpus-dongthap_556-674-named-communes", "Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông",
     ["Ủy ban nhân dân xã Gia Thuận", "Ủy ban nhân dân xã Tân Điền", "Ủy ban nhân dân xã Gò Công Đông",
      "Ủy ban nhân dân xã Tân Phú Đông"], [], []),
    ("corpus-dongthap_556-487-counted-communes", "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân 04 xã: "
     "Gia Thuận, Tân Điền và Gò Công Đông thành lập mới khu bảo vệ", ["Sở Nông nghiệp và Môi trường"],
     ["Ủy ban nhân dân xã Gia Thuận", "Ủy ban nhân dân xã Tân Điền", "Ủy ban nhân dân xã Gò Công Đông"], []),
    ("communes-without-names", "Ủy ban nhân dân 04 xã phối hợp thực hiện", [], ["Ủy ban nhân dân cấp xã"], []),
    ("corpus-dongthap_556-382-to-chuc-khoa-hoc", "Thường xuyên chủ động tìm kiếm, phối hợp với các cơ quan, đơn vị, tổ chức "
     "khoa học trong và ngoài nước để tiến hành điều tra", [], ["các cơ quan, đơn vị, tổ chức khoa học trong và ngoài nước"],
     []),
    # what the review of these rules found: no made-up party, names with a dash, capitalised verbs
    ("review-nhan-dan", "Sở Tư pháp chủ trì, phối hợp Sở Nội vụ và Nhân dân", ["Sở Tư pháp"], ["Sở Nội vụ"], []),
    ("review-place-after-comma", "Sở Tư pháp, Khánh Hòa chủ trì", ["Sở Tư pháp"], [], []),
    ("review-thi-dua-khen-thuong", "Sở Nội vụ chủ trì; Ban Thi đua - Khen thưởng phối hợp", ["Sở Nội vụ"],
     ["Ban Thi đua - Khen thưởng"], []),
    ("review-capital-verb", "Hội Nông dân Phối hợp thực hiện", [], ["Hội Nông dân"], []),
    ("review-co-ve", "Sở Nội vụ chủ trì, phối hợp các cơ quan có chức năng về quản lý đất đai thực hiện", ["Sở Nội vụ"],
     ["các cơ quan có chức năng về quản lý đất đai"], []),
    ("review-two-owners", "các cơ quan của Đảng và Nhà nước chủ trì", ["các cơ quan của Đảng và Nhà nước"], [], []),
    ("review-two-owned-groups", "Sở Y tế chủ trì, phối hợp các đơn vị trực thuộc Sở Nội vụ, các đơn vị trực thuộc Sở Tài chính",
     ["Sở Y tế"], ["các đơn vị trực thuộc Sở Nội vụ", "các đơn vị trực thuộc Sở Tài chính"], []),
    ("classifier-at-start", "Lực lượng Thanh niên xung kích chủ trì, phối hợp với Sở Nội vụ thực hiện",
     ["Lực lượng Thanh niên xung kích"], ["Sở Nội vụ"], []),
    # a capitalised word inside a name is the name's, even when the word is also a verb ("Chỉ đạo")
    ("corpus-nghean_1026-112-co-quan-thuong-truc", "Giao Cơ quan Thường trực Ban Chỉ đạo phối hợp với Sở Tư pháp thực hiện",
     ["Cơ quan Thường trực Ban Chỉ đạo"], ["Sở Tư pháp"], []),
    ("corpus-chinhphu_394-197-chinh-quyen", "- Chỉ đạo Hội Cựu chiến binh Việt Nam tăng cường phối hợp với chính quyền, các "
     "đoàn thể vận động hội viên", ["Hội Cựu chiến binh Việt Nam"], ["chính quyền", "các đoàn thể"], []),
    ("corpus-quangngai_1627-297-object", "- Cử công chức chuyên môn phối hợp tham gia tổ công tác tổ chức kiểm tra, giám sát, hướng "
     "dẫn trực tiếp các cơ quan, tổ chức, đơn vị, địa phương thực hiện các nội dung kiểm kê", [], [], []),
]

# ---------------------------------------------------------------- national and provincial bodies, city forms
BODIES = [
    ("corpus-thutuong_2629-550-vtv", "Đài Truyền hình Việt Nam phối hợp với các bộ, ngành, địa phương thực hiện truyền thông",
     ["Đài Truyền hình Việt Nam"], ["các bộ, ngành, địa phương"], []),
    ("vov-ttxvn", "Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam phối hợp với Văn phòng Chính phủ thực hiện",
     ["Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam"], ["Văn phòng Chính phủ"], []),
    ("ministries-2025", "Bộ Dân tộc và Tôn giáo chủ trì, phối hợp với Bộ Quốc phòng, Ngân hàng Nhà nước Việt Nam",
     ["Bộ Dân tộc và Tôn giáo"], ["Bộ Quốc phòng", "Ngân hàng Nhà nước Việt Nam"], []),
    ("province-place", "Sở Y tế tỉnh Nghệ An chủ trì, phối hợp với Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh",
     ["Sở Y tế"], ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"], []),
    ("two-level-commune", "Văn phòng HĐND và UBND xã chủ trì, phối hợp với Phòng Văn hóa - Xã hội",
     ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"], ["Phòng Văn hóa - Xã hội xã"], []),
    ("named-bodies", "Báo Nghệ An, Đài Phát thanh và Truyền hình Nghệ An phối hợp với Ban Quản lý Khu kinh tế Đông Nam thực hiện",
     ["Báo tỉnh", "Đài Phát thanh - Truyền hình tỉnh"], ["Ban Quản lý Khu kinh tế tỉnh"], []),
    # A centrally run city's bodies are its province-level bodies (one id), named with the city's level word.
    ("city-forms", "UBND TP chủ trì, phối hợp với UBND Tp.HCM", ["Ủy ban nhân dân Thành phố"], ["Ủy ban nhân dân Thành phố"], []),
    ("corpus-hanoi_308-173", "- Đơn vị chủ trì: Công an Thành phố.", ["Công an Thành phố"], [], []),
    ("issue15-non-state", "Hội Doanh nhân trẻ tỉnh phối hợp với các doanh nghiệp viễn thông thực hiện",
     ["Hội Doanh nhân trẻ tỉnh"], ["các doanh nghiệp viễn thông"], []),
]

# ---------------------------------------------------------------- what the body reader passes (issue 11)
# An agency heading alone (it must read as a bare name: an implicit lead), and the heading joined
# to each of its bullets by ": " (plans/duties.py, plans/items.py).
BODY_FORMS = [
    ("heading-alone", "2.1. Sở Tài chính:", ["Sở Tài chính"], [], []),
    ("heading-and-bullet", "Sở Tài chính: Chủ trì, phối hợp với các cơ quan liên quan tham mưu UBND tỉnh bố trí kinh phí",
     ["Sở Tài chính"], ["các cơ quan liên quan"], ["recipient:Ủy ban nhân dân tỉnh"]),
    ("heading-and-partner-bullet", "Bộ Chỉ huy Quân sự tỉnh: Phối hợp Công an tỉnh và UBND các xã, phường tổ chức vận chuyển",
     ["Bộ Chỉ huy Quân sự tỉnh"], ["Công an tỉnh", "Ủy ban nhân dân cấp xã"], []),
    ("heading-standing-agency", "Sở Nội vụ: Là cơ quan thường trực, chủ trì tham mưu UBND tỉnh", ["Sở Nội vụ"], [],
     ["recipient:Ủy ban nhân dân tỉnh"]),
    ("heading-request", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội", [], [],
     ["requested:Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "requested:các tổ chức chính trị - xã hội"]),
]

# ---------------------------------------------------------------- the third held-out table's families (issue 15)
# What the misses of sentences_heldout3.tsv and the corpus gaps (tests/golden/corpus/GAPS.md) showed,
# each with other wordings of its form.
THIRD = [
    # how often, between a subject and its verb, ends a group (thutuong_2629:557)
    ("frequency-dinh-ky", "Các bộ, ngành, địa phương định kỳ hằng năm gửi báo cáo Bộ Khoa học và Công nghệ",
     ["các bộ, ngành, địa phương"], [], ["recipient:Bộ Khoa học và Công nghệ"]),
    ("frequency-hang-quy", "Sở Tài chính hàng quý báo cáo Ủy ban nhân dân tỉnh", ["Sở Tài chính"], [],
     ["recipient:Ủy ban nhân dân tỉnh"]),
    # "phản hồi" is a verb (quangngai_1627:430)
    ("verb-phan-hoi", "Các cơ quan, đơn vị, tổ chức, doanh nghiệp phản hồi về Ban Chỉ đạo",
     ["các cơ quan, đơn vị, tổ chức, doanh nghiệp"], [], ["recipient:Ban Chỉ đạo"]),
    # "có trách nhiệm" after a group is no description of it (dongthap_552:584)
    ("group-then-co-trach-nhiem", "Các sở, ban, ngành và các đơn vị liên quan có trách nhiệm xây dựng kế hoạch",
     ["các sở, ban, ngành", "các đơn vị liên quan"], [], []),
    # establishments (thanhhoa_235:319, hatinh_624:360)
    ("establishments-label", "Các cơ sở nuôi trồng thủy sản: Theo dõi, giám sát môi trường tại cơ sở nuôi trồng thủy sản",
     ["các cơ sở nuôi trồng thủy sản"], [], []),
    ("establishments-coordinate", "Sở Giáo dục và Đào tạo phối hợp với các cơ sở giáo dục mầm non triển khai",
     ["Sở Giáo dục và Đào tạo"], ["các cơ sở giáo dục mầm non"], []),
    # a directed body's partners are not the subject's coordinators (hatinh_624:360)
    ("directed-body-partner", "Phối hợp với Sở Giáo dục và Đào tạo chỉ đạo hệ thống y tế cơ sở phối hợp với các cơ sở "
     "giáo dục mầm non triển khai", [], ["Sở Giáo dục và Đào tạo"], ["partner:các cơ sở giáo dục mầm non"]),
    ("guided-body-partner", "Sở Nội vụ hướng dẫn Trung tâm Phục vụ hành chính công phối hợp với Bưu điện tỉnh thực hiện",
     ["Sở Nội vụ"], [], ["partner:Bưu điện tỉnh"]),
    ("own-act-after-comma", "Sở Nội vụ hướng dẫn, phối hợp với Bưu điện tỉnh thực hiện", ["Sở Nội vụ"], ["Bưu điện tỉnh"], []),
    # "do X chủ trì" after the clause's verb describes its object (thutuong_2530:601)
    ("do-after-verb", "Kết nối với hệ thống quan trắc môi trường quốc gia do Bộ Nông nghiệp và Môi trường chủ trì", [], [], []),
    ("do-before-verb", "Các nội dung do Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ", ["Sở Tư pháp"], ["Sở Nội vụ"], []),
    # a kind-level noun alone is a party (dongthap_552:748, 761, 902)
    ("bare-kind-noun", "Doanh nghiệp; Sở, ban, ngành có liên quan", ["Doanh nghiệp", "Sở, ban, ngành có liên quan"], [], []),
    ("bare-kind-noun-list", "Viện, Trường; Doanh nghiệp; Sở, ban, ngành có liên quan",
     ["Viện, Trường", "Doanh nghiệp", "Sở, ban, ngành có liên quan"], [], []),
    ("bare-kind-noun-verb", "Doanh nghiệp thực hiện", ["Doanh nghiệp"], [], []),
    ("bare-kind-noun-cooperatives", "Hợp tác xã", ["Hợp tác xã"], [], []),
    # a unit of an agency in brackets is a detail of the agency (thutuong_2629:1197)
    ("unit-in-brackets", "Bộ Công an (Trung tâm Dữ liệu quốc gia)", ["Bộ Công an"], [], []),
    ("unit-in-brackets-verb", "Văn phòng Chính phủ (Cục Kiểm soát thủ tục hành chính) chủ trì, phối hợp với Bộ Tư pháp",
     ["Văn phòng Chính phủ"], ["Bộ Tư pháp"], []),
    ("channel-in-brackets-stays", "báo cáo UBND tỉnh (qua Sở Tư pháp)", [], [],
     ["recipient:Ủy ban nhân dân tỉnh", "channel:Sở Tư pháp"]),
    # a group's description may close with a proper name (thutuong_2629:2063)
    ("group-descriptor-place", "Bộ Tài chính, các Hiệp hội và Doanh nghiệp công nghệ số Việt Nam",
     ["Bộ Tài chính", "các Hiệp hội và Doanh nghiệp công nghệ số Việt Nam"], [], []),
    ("group-descriptor-place-2", "Sở Công Thương phối hợp với các doanh nghiệp logistics Đồng Tháp thực hiện",
     ["Sở Công Thương"], ["các doanh nghiệp logistics Đồng Tháp"], []),
    # the committees of a region (thutuong_2530:1167)
    ("region-committees", "Ủy ban nhân dân các tỉnh khu vực miền núi phía Bắc chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường",
     ["Ủy ban nhân dân cấp tỉnh"], ["Bộ Nông nghiệp và Môi trường"], []),
    # the community is a party of its own (thutuong_2530:1741; docs/decisions.md)
    ("community-after-groups", "Bộ Công an, các bộ, ngành và cộng đồng người dân",
     ["Bộ Công an", "các bộ, ngành", "cộng đồng người dân"], [], []),
    ("community-coordinates", "Ủy ban nhân dân cấp xã phối hợp với chính quyền địa phương và cộng đồng dân cư thực hiện",
     ["Ủy ban nhân dân cấp xã"], ["chính quyền địa phương", "cộng đồng dân cư"], []),
    ("community-requested", "Đề nghị cộng đồng doanh nghiệp tích cực tham gia", [], [], ["requested:cộng đồng doanh nghiệp"]),
]

FAMILIES = NAME_ENDS + ASSIGNERS + HEADS + PARTNERS + LISTS + LABELS + BODIES + BODY_FORMS + THIRD


@pytest.mark.parametrize(("text", "lead", "coordinators", "others"), [r[1:] for r in FAMILIES],
                         ids=[r[0] for r in FAMILIES])
def test_family(text, lead, coordinators, others) -> None:
    _check(text, lead, coordinators, others)


def test_a_unit_in_brackets_and_a_region_are_kept_as_written() -> None:
    unit = parse_assignment("Bộ Công an (Trung tâm Dữ liệu quốc gia)").lead[0]
    assert (unit.text, unit.agency_id) == ("Bộ Công an (Trung tâm Dữ liệu quốc gia)", "bo-cong-an")
    region = parse_assignment("UBND các tỉnh/thành phố vùng đồng bằng sông Hồng\nvà Đông Nam Bộ.").lead[0]
    assert region.text == "UBND các tỉnh/thành phố vùng đồng bằng sông Hồng\nvà Đông Nam Bộ"
    # the region's provinces are not every province: another node of the graph
    assert region.key != parse_assignment("UBND các tỉnh, thành phố").lead[0].key
    assert parse_assignment("cộng đồng người dân thực hiện").lead[0].kind == "community"


def test_a_bare_heading_is_an_implicit_lead() -> None:
    for text in ("Sở Tài chính", "2.1. Công an tỉnh:", "Ủy ban nhân dân các xã, phường"):
        codes = [d.code for d in parse_assignment(text).diagnostics]
        assert codes == [Code.ASSIGNMENT_IMPLICIT_LEAD], text


def test_head_is_kept_as_a_detail() -> None:
    a = parse_assignment("Giám đốc Sở Tài chính chủ trì")
    (m,) = a.lead
    assert (m.agency_id, m.head, m.text) == ("so-tai-chinh", "Giám đốc", "Giám đốc Sở Tài chính")


def test_non_state_bodies_are_not_unknown() -> None:
    a = parse_assignment("Hội Doanh nhân trẻ tỉnh phối hợp với các doanh nghiệp viễn thông thực hiện")
    assert [m.kind for m in a.lead + a.coordinators] == ["non-state", "non-state"]
    assert Code.ASSIGNMENT_UNKNOWN_AGENCY not in {d.code for d in a.diagnostics}


def test_unknown_names_are_bounded_and_flagged() -> None:
    a = parse_assignment("Sở Biển và Hải đảo sẽ chủ trì thẩm định")
    assert [d.code for d in a.diagnostics] == [Code.ASSIGNMENT_UNKNOWN_AGENCY]
    assert a.lead[0].span.slice(a.text) == "Sở Biển và Hải đảo"


def test_missing_separator_is_noted() -> None:
    a = parse_assignment("Sở Tài chính Sở Nội vụ thực hiện")
    (d,) = [d for d in a.diagnostics if d.code is Code.ASSIGNMENT_MISSING_SEPARATOR]
    assert d.span.slice(a.text) == " "


@pytest.mark.parametrize("text", [
    "các sở, ban, ngành", "Các Sở, ban, ngành", "các sở ban ngành", "các ngành, sở, ban", "sở, ban, ngành tỉnh",
    "các sở, ban, ngành thành phố", "các sở, ban, ngành Trung ương",
])
def test_generic_groups_have_one_identity(text) -> None:
    (m,) = parse_assignment(f"Sở Nội vụ chủ trì, phối hợp với {text}").coordinators
    assert m.generic and m.key == "group:so-ban-nganh"


def test_an_owner_after_truc_thuoc_keeps_the_groups_identity() -> None:
    alone = parse_assignment("Các đơn vị trực thuộc thực hiện").lead[0]
    owned = parse_assignment("Các đơn vị trực thuộc Sở Nội vụ thực hiện").lead
    assert [m.name for m in owned] == ["các đơn vị trực thuộc Sở Nội vụ"]
    assert owned[0].agency_id == alone.agency_id == "group:don-vi-truc-thuoc"


def test_an_unknown_owner_after_cua_keeps_the_groups_identity() -> None:
    owned = parse_assignment("Các tổ chức thành viên của Mặt trận thực hiện").lead[0]
    assert owned.agency_id == parse_assignment("Các tổ chức thành viên thực hiện").lead[0].agency_id


def test_a_long_field_list_is_read_once() -> None:
    parsed = parse_assignment("Viện Văn hóa, " + "Nghệ thuật, " * 800 + "và Du lịch chủ trì")
    assert len(parsed.diagnostics) < 5  # one name's warning, not one per field


def test_related_groups_differ_from_plain_ones() -> None:
    (related,) = parse_assignment("Sở Nội vụ phối hợp với các cơ quan có liên quan").coordinators
    (plain,) = parse_assignment("Sở Nội vụ phối hợp với các cơ quan").coordinators
    assert related.key == "group:co-quan+lien-quan" and plain.key == "group:co-quan"


@pytest.mark.parametrize("units", ["xã, phường, đặc khu", "phường, xã, đặc khu", "đặc khu, xã và phường", "xã, phường",
                                   "các xã", "các phường, xã"])
def test_commune_committees_in_any_order(units) -> None:
    (m,) = parse_assignment(f"UBND {units} thực hiện").lead
    assert m.agency_id == "ubnd-cap-xa"


# ---------------------------------------------------------------- the dev sentence table
def _corpus_text(name: str) -> str:
    path = CORPUS / name
    if not path.is_file():
        pytest.fail(f"corpus file missing: {path}")
    return re.sub(r"\s+", " ", path.read_text(encoding="utf-8"))


TABLES = pytest.mark.parametrize("table", [DEV, HELD_OUT, HELD_OUT_2, HELD_OUT_3],
                                 ids=["dev", "held-out", "held-out-2", "held-out-3"])


@TABLES
def test_sentences_are_verbatim_in_their_source(table) -> None:
    rows = score_assignments.read_table(table)
    assert len(rows) >= 40
    for row in rows:
        name, line = row["source"].split(":")[:2]
        lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
        near = re.sub(r"\s+", " ", " ".join(lines[int(line) - 1 : int(line) + 12]))
        text = re.sub(r"\s+", " ", row["text"])
        assert text in near or text in _corpus_text(name), row["source"]


@TABLES
def test_sentence_tables_score(table) -> None:
    result = score_assignments.scores(score_assignments.read_table(table))
    assert score_assignments.f1(*result["combined"]) >= 0.95


# ---------------------------------------------------------------- properties
AGENCIES = ["Sở Tài chính", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Bộ Văn hóa, Thể thao và Du lịch", "Công an tỉnh",
            "Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân cấp xã", "Bộ Chỉ huy Quân sự tỉnh", "Đài Truyền hình Việt Nam",
            "Sở Giao thông vận tải", "Ban Quản lý Khu kinh tế", "Thanh tra tỉnh"]
# Every verb the grammar knows: role verbs, object verbs, assigning verbs (not "là …", "về", "qua").
VERBS = sorted({" ".join(k) for k in [*g.VERBS, *g.OBJECT_VERBS, *g.ASSIGNERS]
                if k[0] not in (",", "là", "làm", "về", "qua", "thông")})
ADVERBS = ["", "sẽ ", "cũng ", "đã ", "khẩn trương ", "kịp thời ", "cũng được giao "]


@given(st.sampled_from(AGENCIES), st.sampled_from(ADVERBS), st.sampled_from(VERBS))
def test_a_name_followed_by_any_verb_ends_at_the_name(agency, adverb, verb) -> None:
    text = f"{agency} {adverb}{verb} kế hoạch"
    a = parse_assignment(text)
    mentions = list(a.lead) + list(a.coordinators) + [p.mention for p in a.others]
    assert mentions and mentions[0].span.slice(text) == agency


@given(st.lists(st.sampled_from(AGENCIES), min_size=2, max_size=5, unique=True), st.randoms(use_true_random=False),
       st.sampled_from([", ", "; ", " và "]))
def test_reordering_a_list_does_not_change_the_set(names, rnd, sep) -> None:
    shuffled = list(names)
    rnd.shuffle(shuffled)
    first = parse_assignment("Sở Tư pháp chủ trì, phối hợp với " + ", ".join(names))
    second = parse_assignment("Sở Tư pháp chủ trì, phối hợp với " + ", ".join(shuffled))
    assert {m.key for m in first.coordinators} == {m.key for m in second.coordinators}
    lead_a = parse_assignment(sep.join(names) + " thực hiện")
    lead_b = parse_assignment(sep.join(shuffled) + " thực hiện")
    assert {m.key for m in lead_a.lead} == {m.key for m in lead_b.lead}


@given(st.sampled_from([a for a in AGENCIES if not a.startswith("Ủy ban nhân dân cấp")]),
       st.sampled_from(["Giám đốc ", "Thủ trưởng ", "Chủ tịch ", "Lãnh đạo "]),
       st.sampled_from(["{a} chủ trì, phối hợp với Sở Y tế", "Sở Y tế chủ trì, phối hợp với {a}", "Giao {a} thực hiện",
                        "UBND tỉnh giao {a} chủ trì"]))
def test_a_head_before_an_agency_does_not_change_who_is_responsible(agency, title, template) -> None:
    plain = parse_assignment(template.format(a=agency))
    headed = parse_assignment(template.format(a=title + agency))
    for role in ("lead", "coordinators"):
        assert [m.key for m in getattr(plain, role)] == [m.key for m in getattr(headed, role)]
    assert [(p.role, p.mention.key) for p in plain.others] == [(p.role, p.mention.key) for p in headed.others]


def test_requested_role_is_a_role() -> None:
    assert Role("requested") is Role.REQUESTED and str(Role.CONSULTED) == "consulted" and Role.CHANNEL.value == "channel"


# ---------------------------------------------------------------- located input
def test_located_cell_gives_file_coordinates() -> None:
    from reformrules.document import Located
    from reformrules.source import SourceMap, Span

    source = "x\n- Cơ quan chủ trì: Sở Nông\nnghiệp và Môi trường; Sở Hải sản"
    # the reader joins the hard wrap: text offsets 0-22 are source 4-26, 23-57 are source 28-62
    cell = Located("Cơ quan chủ trì: Sở Nông nghiệp và Môi trường; Sở Hải sản", Span(4, len(source)),
                   SourceMap(((0, 4, 22), (23, 27, 35))))
    a = parse_assignment(cell)
    assert [m.name for m in a.lead] == ["Sở Nông nghiệp và Môi trường", "Sở Hải sản"]
    assert a.lead[0].span.slice(source) == "Sở Nông\nnghiệp và Môi trường"
    (unknown,) = a.diagnostics
    assert unknown.code is Code.ASSIGNMENT_UNKNOWN_AGENCY and unknown.span.slice(source) == "Sở Hải sản"
    assert parse_assignment(cell.text).lead[0].span == Span(17, 45)


def test_anything_else_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        parse_assignment(b"So Noi vu")  # type: ignore[arg-type]


def test_a_merged_province_is_flagged_by_issue_date() -> None:
    from datetime import date

    from reformrules.context import PlanContext

    text = "UBND tỉnh Bình Dương chủ trì, phối hợp với Sở Y tế tỉnh Nghệ An"
    after = parse_assignment(text, PlanContext(issued=date(2025, 8, 1)))
    assert [m.agency_id for m in after.lead] == ["ubnd-tinh"] and after.lead[0].text == "UBND tỉnh Bình Dương"
    (d,) = after.diagnostics
    assert d.code is Code.ASSIGNMENT_MERGED_PROVINCE and dict(d.data)["successor"] == "Hồ Chí Minh"
    assert parse_assignment(text, PlanContext(issued=date(2025, 6, 30))).diagnostics == ()


def test_a_prepared_cell_parses_as_its_text_and_is_tokenized_once() -> None:
    from reformrules.assignments.parser import clear_cache
    from reformrules.text.prepared import prepare

    text = "- Đơn vị chủ trì: Công an Thành\nphố.\n- Đơn vị phối hợp: Các Sở, ban, ngành, UBND xã, phường."
    cell = prepare(text)
    clear_cache()
    prepared = parse_assignment(cell)
    columns = cell.columns("dates")
    clear_cache()
    assert prepared == parse_assignment(text)
    assert cell.columns("dates") is columns  # the parser read the shared columns, and left them as they were
    assert columns[1][:3] == ["-", "đơn", "vị"]


def test_bounded_agency_is_the_list_rule() -> None:
    from reformrules.assignments import bounded_agency

    assert bounded_agency("UBND tỉnh Nghệ An ban hành hướng dẫn") == "Ủy ban nhân dân tỉnh Nghệ An"
    assert bounded_agency("Sở Giao thông vận tải cũng được giao chủ trì") == "Sở Giao thông vận tải"
    assert bounded_agency("Giám đốc Sở Tài chính quyết định") == "Giám đốc Sở Tài chính"
    assert bounded_agency("kế hoạch được ban hành") is None
