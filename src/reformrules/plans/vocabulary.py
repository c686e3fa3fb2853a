"""The Vietnamese words the plan reader looks for, each with an English gloss and a source.

Keys are stored as written and matched on ``fold(text)`` (so case, "Hoà/Hòa", NBSP and line
breaks do not matter). Sources: Nghị định 30/2020/NĐ-CP on clerical work (docs/domain.md §5, [V]
unless marked) and the layouts of the five seed plans (examples/plans/README.md).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

# --- document header (ND 30/2020 Art. 8; domain.md §5) ---------------------------------------

# The word before the document number: "Số: 4034/QĐ-UBND".
NUMBER_WORD = "số"  # number
# Place-and-date line: "<Địa danh>, ngày DD tháng M năm YYYY".
DAY_WORD = "ngày"  # day
MONTH_WORD = "tháng"  # month
YEAR_WORD = "năm"  # year
# "(Ban hành) kèm theo Quyết định số … ngày … của …": the plan's own pointer to its decision.
ATTACHED_TO = "kèm theo"  # attached to / issued together with
OF_WORD = "của"  # of (the issuing body)
# Lines of the national title and motto, which end the issuer block above them.
NATIONAL_TITLE = (
    "cộng hòa xã hội chủ nghĩa việt nam",  # Socialist Republic of Vietnam
    "cộng hòa xã hội",  # first half of the same title when it is wrapped
    "độc lập - tự do - hạnh phúc",  # Independence - Freedom - Happiness
)
# A plan's title: "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH … NĂM 2018".
PLAN_WORD = "kế hoạch"  # plan
REFORM_WORDS = (
    "cải cách hành chính",  # administrative reform
    "cchc",  # abbreviation of the same (domain.md §5, common abbreviations [I/M])
)
# Lines that cite other documents ("Căn cứ …", "Thực hiện …"): never the plan's own title.
CITATION_OPENERS = (
    "căn cứ",  # pursuant to
    "thực hiện",  # implementing
    "xét đề nghị",  # considering the proposal of
    "theo đề nghị",  # at the proposal of
)

# Issuing bodies written out in full and their abbreviation (ND 30 allows "UBND", domain.md §5).
ISSUER_ABBREVIATIONS: tuple[tuple[str, str, str], ...] = (
    ("ủy ban nhân dân", "UBND", "People's Committee"),
    ("hội đồng nhân dân", "HĐND", "People's Council"),
)
# Kinds of administrative unit that follow the body's name, written in lower case inside a name
# ("UBND tỉnh Khánh Hòa"); longest first so that "thị xã" wins over "xã".
UNIT_KINDS: tuple[tuple[str, str], ...] = (
    ("thành phố", "city"),
    ("thị trấn", "township"),
    ("đặc khu", "special zone"),
    ("thị xã", "town"),
    ("phường", "ward"),
    ("huyện", "district"),
    ("quận", "urban district"),
    ("tỉnh", "province"),
    ("xã", "commune"),
)

# ND 30/2020 Appendix III: abbreviations of administrative document types (domain.md §5, [V]),
# plus NĐ/TT, which plans cite for the Government's statutory documents.
DOC_TYPES: Mapping[str, tuple[str, str]] = MappingProxyType({
    "NQ": ("Nghị quyết", "resolution"),
    "QĐ": ("Quyết định", "decision"),
    "CT": ("Chỉ thị", "directive"),
    "QC": ("Quy chế", "regulation (rules)"),
    "QyĐ": ("Quy định", "regulation"),
    "TC": ("Thông cáo", "communiqué"),
    "TB": ("Thông báo", "notice"),
    "HD": ("Hướng dẫn", "guidance"),
    "CTr": ("Chương trình", "programme"),
    "KH": ("Kế hoạch", "plan"),
    "PA": ("Phương án", "scheme"),
    "ĐA": ("Đề án", "project proposal"),
    "DA": ("Dự án", "project"),
    "BC": ("Báo cáo", "report"),
    "BB": ("Biên bản", "minutes"),
    "TTr": ("Tờ trình", "submission"),
    "HĐ": ("Hợp đồng", "contract"),
    "CĐ": ("Công điện", "official telegram"),
    "BGN": ("Bản ghi nhớ", "memorandum"),
    "BTT": ("Bản thỏa thuận", "agreement"),
    "GUQ": ("Giấy ủy quyền", "power of attorney"),
    "GM": ("Giấy mời", "invitation"),
    "GGT": ("Giấy giới thiệu", "letter of introduction"),
    "GNP": ("Giấy nghỉ phép", "leave permit"),
    "PG": ("Phiếu gửi", "dispatch slip"),
    "PC": ("Phiếu chuyển", "transfer slip"),
    "PB": ("Phiếu báo", "notification slip"),
    "NĐ": ("Nghị định", "government decree"),
    "TT": ("Thông tư", "circular"),
})

# --- appendix table ---------------------------------------------------------------------------

# A line that opens the appendix: "PHỤ LỤC".
APPENDIX_TITLE = "phụ lục"  # appendix
# Header cells and the role of the column each one names (docs/plans.md, "Column vocabulary").
# A header cell is matched after folding (case, tone placement), with emphasis and footnote
# markers removed; the longest phrase found in the cell decides, so "Thời gian thực hiện" is a
# deadline (not "thực hiện"), "Đơn vị chủ trì" a lead (not the unit "Đơn vị") and "Thuộc nhóm
# nhiệm vụ" a category (not the content "nhiệm vụ"). ``exact`` phrases count only as the whole cell.
# Sources: the seed plans and the task annexes of the corpus plans (examples/corpus/README.md).
COLUMN_VOCABULARY: tuple[tuple[str, tuple[str, ...], tuple[str, ...], str], ...] = (
    ("number", (), ("tt", "stt", "số tt", "số thứ tự"), "row number"),
    ("content", ("nhiệm vụ", "nội dung", "tên nhiệm vụ", "nhiệm vụ và giải pháp", "nhiệm vụ, giải pháp",
                 "tên văn bản", "tên đề án", "tên dự án", "công việc", "hoạt động", "tên đề án ưu tiên",
                 "nội dung công việc", "nội dung thực hiện"), (), "task / content"),
    ("product", ("sản phẩm", "kết quả", "kết quả dự kiến", "sản phẩm đầu ra", "sản phẩm dự kiến", "hồ sơ",
                 "kết quả/sản phẩm", "hình thức văn bản"), (), "product / expected result"),
    ("deadline", ("thời gian hoàn thành", "thời gian thực hiện", "thời hạn", "tiến độ", "thời gian",
                  "thời gian dự kiến hoàn thành", "thời gian triển khai", "thời hạn hoàn thành", "lộ trình",
                  "thời điểm"), (), "deadline / schedule"),
    ("lead", ("cơ quan chủ trì", "đơn vị chủ trì", "đơn vị thực hiện", "cơ quan thực hiện", "chủ trì",
              "cơ quan trình", "cơ quan soạn thảo", "cơ quan chủ trì thực hiện", "đơn vị chủ trì thực hiện",
              "cơ quan chủ trì theo dõi"), (), "lead agency"),
    ("coordinators", ("cơ quan phối hợp", "đơn vị phối hợp", "phối hợp", "cơ quan phối hợp thực hiện"), (),
     "coordinating agencies"),
    ("assignment", ("phân công", "trách nhiệm thực hiện", "cách thức thực hiện", "phân công thực hiện",
                    "cơ quan chủ trì, phối hợp", "đơn vị chủ trì, phối hợp"), (),
     "who leads and who coordinates, in one cell"),
    ("indicator", ("chỉ tiêu", "mục tiêu", "tiêu chí", "chỉ số"), (), "indicator / target"),
    ("unit", ("đơn vị tính",), ("đvt", "đơn vị"), "unit of measure"),
    ("funding", ("kinh phí", "nguồn kinh phí", "nguồn vốn", "nguồn lực", "dự toán", "nguồn"), (), "funding"),
    ("notes", ("ghi chú",), (), "notes"),
    ("status", ("tình trạng", "trạng thái"), (), "status"),
    ("category", ("thuộc nhóm", "nhóm nhiệm vụ", "lĩnh vực", "thuộc nhóm nhiệm vụ"), (), "group of tasks"),
    ("monitoring", ("quan trắc", "vị trí", "tần suất", "thông số", "điểm quan trắc", "địa điểm"), (),
     "monitoring site or parameter (not a task table)"),
)
# The usual column order when a table has no header row (seed 003 starts mid-table).
DEFAULT_COLUMNS = ("number", "content", "product", "deadline", "assignment")
# A header cell that names a year ("2026", "Năm 2026", "ƯTH 2025", "Kế hoạch 2027"): a column of
# a yearly indicator grid.
YEAR_COLUMN = r"(?:(?:năm|ước thực hiện|ưth|kế hoạch|kh|giai đoạn)\s*)?(?:19|20)\d\d(?:\s*-\s*(?:19|20)\d\d)?"
# Words that open the name of an agency (folded), to tell an agency cell from a task or a time when
# a short row under merged cells has to be fitted to its columns.
AGENCY_HEADS = (
    "bộ", "sở", "ủy ban", "ubnd", "ban", "văn phòng", "đài", "cơ quan", "trung ương", "thủ tướng", "chính phủ",
    "tổng cục", "cục", "viện", "hội", "liên đoàn", "đoàn", "công an", "bộ chỉ huy", "tòa án", "kiểm toán",
    "ngân hàng", "tập đoàn", "đại học", "hđnd", "hội đồng", "mặt trận", "tỉnh ủy", "thành ủy", "địa phương",
    "đơn vị", "phòng", "trung tâm", "chi cục", "thanh tra", "uỷ ban", "bch", "bchqs", "vp",
    # the head of a body standing for it: "Tổng Thư ký Quốc hội" (ubtvqh_1339), "Chủ tịch UBND tỉnh",
    # "Giám đốc Sở …" (the assignments parser reads these as the body, docs/assignments.md)
    "tổng thư ký", "chủ tịch", "giám đốc",
)  # ministry, department, committee, board, office, station, agency, …; secretary general, chair, director
# Labels that give a combined assignment text its roles when a table has separate lead and
# coordinator columns: "Chủ trì: <lead cell>\nPhối hợp: <coordinator cell>" (the labelled role form
# of reformrules.assignments).
LEAD_LABEL = "Chủ trì: "  # leads
COORDINATORS_LABEL = "Phối hợp: "  # coordinates

# Vietnamese list letters in order (no f, j, w, z): "a) … e) g)". Source: the usual order of
# points in Vietnamese documents [I]; seed 002 writes "f)" after "e)".
LIST_LETTERS = "abcdđeghiklmnopqrstuvxy"

# --- body -------------------------------------------------------------------------------------

# The body section that holds tasks when there is no appendix (seed 002: "II. CÁC CHỈ TIÊU,
# NHIỆM VỤ CHỦ YẾU"), and the phrase that sends the reader to an appendix instead.
TASK_SECTION_WORD = "nhiệm vụ"  # tasks
# Title words of the task section when no section title says "nhiệm vụ", in order of preference
# (corpus hcm_2853: "III. NỘI DUNG CỦA KẾ HOẠCH", the plan's content), and the words after "nội dung"
# that make a title a summary, not the tasks ("NỘI DUNG CHỦ YẾU", corpus bvhttdl_4385: the master
# plan's main points; "NỘI DUNG TRỌNG TÂM", corpus dongnai_182).
TASK_SECTION_WORDS = (TASK_SECTION_WORD, "nội dung")  # tasks; content
SUMMARY_TITLE_WORDS = ("nội dung chủ yếu", "nội dung trọng tâm")  # main content; key content
SEE_APPENDIX = "phụ lục"  # "(Theo phụ lục chi tiết đính kèm)": see the detailed appendix
# Reporting rules (ND 09/2019 Art. 12-13; 581/BNV-CCHC; domain.md §3).
REPORT_WORD = "báo cáo"  # report
CUTOFF_WORDS = ("chốt số liệu",)  # data cut-off
# Words that make a report periodic and lead its list of periods ("định kỳ hàng quý, 6 tháng").
PERIODIC_LEADS = (
    "định kỳ",  # periodic
    "hàng",  # every (hàng quý: every quarter)
    "hằng",  # every (variant spelling)
)
# Reporting periods named in a rule ("hàng quý, 06 tháng, năm"), folded form -> period.
REPORT_PERIODS: tuple[tuple[str, str, str], ...] = (
    ("quý", "quarter", "quarter"),
    ("6 tháng", "half", "six months"),
    ("06 tháng", "half", "six months"),
    ("9 tháng", "nine_months", "nine months"),
    ("09 tháng", "nine_months", "nine months"),
    ("tháng", "month", "month"),
    ("năm", "year", "year"),
)
