"""Status report: where each task of a plan stands on a date, from the plan and a progress file.

Reads seed 004 (UBND thị xã Ninh Hòa, plan 2022) with examples/progress_sample.csv (invented completions and
events) as of 1 July 2022, prints the counts, the overdue and waiting tasks with why, and the notes on the
progress input; then writes the same report as JSON, CSV and a self-contained HTML page to a temporary folder.
The date is always explicit: the library never reads the clock.
Run: python examples/04_status_report.py [PLAN] [YYYY-MM-DD]
"""

import sys
import tempfile
from datetime import date
from pathlib import Path

from reformrules.exports import report_to_json, to_html, write_csv
from reformrules.plans import read_plan
from reformrules.tracker import TaskStatus, load_progress, track

EXAMPLES = Path(__file__).resolve().parent


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else EXAMPLES / "plans" / "004_507df5ea52532140.txt"
    as_of = date.fromisoformat(sys.argv[2]) if len(sys.argv) > 2 else date(2022, 7, 1)
    plan = read_plan(path)
    progress = load_progress(EXAMPLES / "progress_sample.csv")
    report = track(plan, as_of, progress, due_soon_days=5)

    print(report)
    for status in (TaskStatus.OVERDUE, TaskStatus.DUE_SOON, TaskStatus.WAITING):
        rows = report.with_status(status)
        print(f"\n{status.value} ({len(rows)})")
        for row in rows:
            print(f"  {row.id:7} {row.lead or '(no lead)'}: {row.why}")
    done = report.with_status(TaskStatus.DONE, TaskStatus.DONE_LATE)
    print(f"\ndone ({len(done)}): " + ", ".join(f"{r.id} {r.status.value}" for r in done))
    for note in report.notes:
        print(f"note: {note}")

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        (out / "status.json").write_text(report_to_json(report), encoding="utf-8")
        write_csv(out / "status.csv", report)
        (out / "status.html").write_text(to_html(report), encoding="utf-8")
        sizes = ", ".join(f"{p.name} {p.stat().st_size} bytes" for p in sorted(out.iterdir()))
        print(f"\nexports: {sizes}")


if __name__ == "__main__":
    main()
