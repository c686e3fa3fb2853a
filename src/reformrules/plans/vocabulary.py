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
# Header cells and the column each one names. Checked in this order, first match wins, so
# "Phân công (cơ quan chủ trì/…)" is the assignment column and "Kết quả/sản phẩm" the product.
COLUMN_WORDS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("number", ("stt", "tt"), "row number (exact cell)"),
    ("assignment", ("phân công", "chủ trì", "trách nhiệm thực hiện", "cách thức thực hiện"),
     "assignment: who leads, who coordinates, how"),
    ("deadline", ("tiến độ", "thời gian", "thời hạn"), "deadline / schedule"),
    ("product", ("sản phẩm", "kết quả"), "product / expected result"),
    ("content", ("nhiệm vụ", "nội dung"), "task / content"),
)
# The usual column order when a table has no header row (seed 003 starts mid-table).
DEFAULT_COLUMNS = ("number", "content", "product", "deadline", "assignment")

# Vietnamese list letters in order (no f, j, w, z): "a) … e) g)". Source: the usual order of
# points in Vietnamese documents [I]; seed 002 writes "f)" after "e)".
LIST_LETTERS = "abcdđeghiklmnopqrstuvxy"

# --- body -------------------------------------------------------------------------------------

# The body section that holds tasks when there is no appendix (seed 002: "II. CÁC CHỈ TIÊU,
# NHIỆM VỤ CHỦ YẾU"), and the phrase that sends the reader to an appendix instead.
TASK_SECTION_WORD = "nhiệm vụ"  # tasks
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
