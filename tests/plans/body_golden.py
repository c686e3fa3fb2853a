"""Hand-written golden tables of body tasks (tests/golden/body/*.tsv) and the per-plan score against them.

Each row was written by reading the plan: the task's id, where its item starts (line:col of its
first character other than an emphasis mark), its opening words verbatim, the lead and
coordinating agencies a careful reader names (" | "-separated, canonical names where the agency
lexicon has one), and its deadline phrase verbatim at line:col (0 0 when the text gives none).
The seed tables also give the recipients (whom the task reports to, advises, helps or sends its result
to: "báo cáo X", "tham mưu X", "gửi về X") and the channel ("qua Sở Nội vụ"), scored where given.
A throw-away helper located phrases picked by reading (the column of a given phrase on a given
line); nothing here is produced from the reader's output.

Run ``python tests/plans/body_golden.py`` to print the per-plan measurement.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "body"
PLAN_DIRS = (ROOT / "examples" / "plans", ROOT / "examples" / "corpus")


@dataclass(frozen=True)
class Row:
    id: str
    line: int
    col: int
    opening: str
    lead: tuple[str, ...]
    coordinators: tuple[str, ...]
    deadline_line: int
    deadline_col: int
    deadline: str
    note: str
    recipients: tuple[str, ...] | None = None  # None: the table has no recipients column
    via: tuple[str, ...] | None = None


def _names(cell: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in cell.split("|") if n.strip())


def rows(table: Path) -> list[Row]:
    with table.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [Row(r["id"], int(r["line"]), int(r["col"]), r["opening"], _names(r["lead"]),
                    _names(r["coordinators"]), int(r["deadline_line"]), int(r["deadline_col"]), r["deadline"],
                    r["note"], _names(r["recipients"]) if "recipients" in r else None,
                    _names(r["via"]) if "via" in r else None) for r in reader]


def tables() -> list[Path]:
    return sorted(GOLDEN.glob("*.tsv"))


def plan_path(table: Path) -> Path:
    for folder in PLAN_DIRS:
        for suffix in (".txt", ".md"):
            candidate = folder / (table.stem + suffix)
            if candidate.exists():
                return candidate
    raise FileNotFoundError(table.stem)


def text_at(text: str, line: int, col: int, length: int) -> str:
    """``length`` characters of the file from line:col, emphasis marks dropped, white space collapsed."""
    lines = text.split("\n")
    start = sum(len(l) + 1 for l in lines[:line - 1]) + col - 1
    out = re.sub(r"\s+", " ", text[start:start + 4 * length + 40].replace("*", ""))
    return out[:length]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("*", "")).strip()


def _phrase(text: str) -> str:
    """A deadline phrase for comparison: a label's value keeps its closing full stop, a phrase
    found in a sentence does not; both read the same."""
    return _squash(text).rstrip(" .")


def _own_phrase(task, plan) -> str:
    """The task's deadline phrase as it stands in its own text: the pieces of the deadline cell inside
    the task (a reporting rule that takes its periods from the rule before keeps only its own words);
    for an item of a body-only plan's task section, the body deadline phrase inside it that its
    deadline was taken from."""
    cell = task.deadline_cell
    if cell is None:
        if task.deadline is None:
            return ""
        inside = [d for d in plan.body_deadlines if task.span.start <= d.span.start < task.span.end]
        found = next((d for d in inside if d.deadline is task.deadline), inside[0] if inside else None)
        return _squash(found.text) if found is not None else ""
    pieces = cell.source_map.pieces
    own = [cell.text[c:c + n] for c, s, n in pieces if task.span.start <= s < task.span.end]
    return _squash(" ".join(own) if pieces else cell.text)


@dataclass
class Score:
    plan: str
    golden: int
    found: int  # golden tasks the reader found (same id)
    extra: int  # body tasks the reader found that no golden row names
    deadline: int  # rows whose deadline phrase is read exactly
    lead: int
    coordinators: int
    recipients: int = 0
    with_recipients: int = 0  # golden rows that give recipients and via

    def pct(self, n: int) -> str:
        return f"{100 * n / self.golden:.0f}%" if self.golden else "-"

    def __str__(self) -> str:
        to = f"  recipients+via {100 * self.recipients / self.with_recipients:.0f}%" if self.with_recipients else ""
        return (f"{self.plan:36} tasks {self.found}/{self.golden} (+{self.extra} extra)  deadline {self.pct(self.deadline)}"
                f"  lead {self.pct(self.lead)}  coordinators {self.pct(self.coordinators)}{to}")


def compare(table: Path):
    """``(score, mismatches)``: mismatches are ``(id, field, expected, got)``."""
    from reformrules import read_plan

    plan = read_plan(plan_path(table))
    body = {t.id: t for t in plan.tasks if t.source.startswith("body:")}  # items of a task section too
    golden = rows(table)
    wanted = {r.id for r in golden}
    misses = []
    extra = [i for i, t in body.items() if i not in wanted and t.source != "body:item"]
    score = Score(table.stem, len(golden), 0, len(extra), 0, 0, 0)
    for row in golden:
        task = body.get(row.id)
        if task is None:
            misses.append((row.id, "task", row.opening, None))
            continue
        score.found += 1
        got_deadline = _own_phrase(task, plan)
        if _phrase(got_deadline) == _phrase(row.deadline):
            score.deadline += 1
        else:
            misses.append((row.id, "deadline", row.deadline, got_deadline))
        assignment = task.assignment
        lead = tuple(m.name for m in assignment.lead) if assignment else ()
        coordinators = tuple(m.name for m in assignment.coordinators) if assignment else ()
        if lead == row.lead:
            score.lead += 1
        else:
            misses.append((row.id, "lead", row.lead, lead))
        if coordinators == row.coordinators:
            score.coordinators += 1
        else:
            misses.append((row.id, "coordinators", row.coordinators, coordinators))
        if row.recipients is not None:
            others = assignment.others if assignment else ()
            got = (tuple(dict.fromkeys(p.mention.name for p in others if p.role.value == "recipient")),
                   tuple(dict.fromkeys(p.mention.name for p in others if p.role.value == "channel")))
            score.with_recipients += 1
            if got == (row.recipients, row.via):
                score.recipients += 1
            else:
                misses.append((row.id, "recipients+via", (row.recipients, row.via), got))
    return score, misses


if __name__ == "__main__":  # pragma: no cover - a report for people
    import sys

    totals = Score("all", 0, 0, 0, 0, 0, 0)
    for table in tables():
        score, misses = compare(table)
        print(score)
        if "-v" in sys.argv:
            for miss in misses:
                print("   ", miss)
        for name in ("golden", "found", "extra", "deadline", "lead", "coordinators", "recipients", "with_recipients"):
            setattr(totals, name, getattr(totals, name) + getattr(score, name))
    print(totals)
