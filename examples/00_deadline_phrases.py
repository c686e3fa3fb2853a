"""Deadline phrases: the 33 seed phrases of docs/peers.md, each with its rule and dates.

Run: python examples/00_deadline_phrases.py
"""

from datetime import date

from reformrules import PlanContext, parse_deadline

PHRASES = [
    "Quý I/2018", "Từ Quý II/2018", "Hoàn thành chậm nhất Quý III/2018",
    "Hoàn thành chậm nhất Quý II/2018\nTriển khai thí điểm từ năm 2018-2020", "Trong năm 2018", "Thường xuyên",
    "Theo tiến độ triển khai của Trung ương", "Tháng 3/2022", "30/06/2023", "Năm 2023 - 2024",
    "Sau khi UBND tỉnh có hướng dẫn", "Quý I/2022 (hoặc sau khi UBND tỉnh triển khai)",
    "Trong năm 2022 (sau khi UBND tỉnh hướng dẫn)", "Theo quy định", "ngày 15 tháng 3 năm 2022",
    "trước ngày 20 của tháng cuối kỳ báo cáo", "trong vòng 30 ngày kể từ ngày kế hoạch này được ban hành",
    "6 tháng đầu năm 2022", "ngay trong tuần tới",
]


def main() -> None:
    ctx = PlanContext(plan_year=2018, issued=date(2017, 12, 29))  # seed 000, QĐ 4034/QĐ-UBND
    print(f"{'phrase':58} {'rule':52} {'start':10} {'due':10} diagnostics")
    for phrase in PHRASES:
        d = parse_deadline(phrase, ctx)
        codes = ",".join(x.code.value for x in d.diagnostics)
        print(f"{phrase.replace(chr(10), ' / ')[:58]:58} {str(d)[:52]:52} {d.start or '-'!s:10} {d.due or '-'!s:10} {codes}")


if __name__ == "__main__":
    main()
