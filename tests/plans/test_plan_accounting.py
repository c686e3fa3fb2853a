"""No silent loss: every non-empty line of each seed's appendix (for 002: its body task section) is
accounted for exactly once, as a title, header, section, task, continuation, separator or note line,
or as an unread line with a diagnostic; and the text of every task line is in its task.

The region and the count of lines of each role were read in the seeds by hand (line numbers in the
comments); the non-empty and "|" line counts were taken with awk over those line ranges.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from plan_seeds import SEED_FILES

from reformrules.diagnostics import Code
from reformrules.plans import LineRole
from reformrules.text.fold import fold

R = LineRole
EXPECTED = {
    # 000: table from "TT" (244) to the last "|" (939); 696 non-empty lines, 239 of them "|".
    # Header cells 244/246/248/250/252-253; sections I 255+257, II 403+405, III 507+509, IV 540+542,
    # V 620+622-623, VI 683+685, VII 752+754.
    "000": ((244, 939), {R.HEADER: 6, R.SEPARATOR: 239, R.SECTION: 15, R.TASK: 696 - 239 - 6 - 15}),
    # 001: "PHỤ LỤC" 114-116; headers 118/126/134/141/148/155/165; sections 119/123/132/139/144/146/157;
    # 27 task rows; continuation rows 127/156/166.
    "001": ((114, 167), {R.TITLE: 3, R.HEADER: 7, R.SECTION: 7, R.TASK: 27, R.CONTINUATION: 3}),
    # 002: body section II, 47-208 (III starts at 209); 81 non-empty lines; the heading 47 and the group
    # headings 49/65/81/95/105/117/141; the note "(Cụ thể trong Phụ lục …)" at 207.
    "002": ((47, 208), {R.SECTION: 8, R.NOTE: 1, R.TASK: 81 - 9}),
    # 003: "PHỤ LỤC" 77-79; 183 non-empty lines in 77-292 (293-295 blank or NBSP); section rows
    # V 100-104, VI 145-149, VII 215-219 (numeral + the title four times).
    "003": ((77, 292), {R.TITLE: 3, R.SECTION: 15, R.TASK: 183 - 3 - 15}),
    # 004: "Phụ lục" 187-189 and 191; headers 193/202/210/219/225/232/239/246/254; sections
    # 194/205/216/227/236/242/247; 38 task rows; continuation row 220.
    "004": ((187, 255), {R.TITLE: 4, R.HEADER: 9, R.SECTION: 7, R.TASK: 38, R.CONTINUATION: 1}),
}


@pytest.mark.parametrize("seed", SEED_FILES)
def test_every_nonempty_line_is_accounted_for_exactly_once(seed: str, seed_plan) -> None:
    plan = seed_plan(seed)
    region, _ = EXPECTED[seed]
    assert plan.appendix_lines == region
    nonempty = [n for n in range(region[0], region[1] + 1) if plan.source.line_text(n).strip()]
    accounted = [use.line for use in plan.accounting]
    assert sorted(accounted) == nonempty, "a line is missing, counted twice, or outside the region"


@pytest.mark.parametrize("seed", SEED_FILES)
def test_line_roles_match_the_hand_count(seed: str, seed_plan) -> None:
    _, roles = EXPECTED[seed]
    assert Counter(use.role for use in seed_plan(seed).accounting) == Counter(roles)


@pytest.mark.parametrize("seed", SEED_FILES)
def test_every_task_and_continuation_line_names_its_task(seed: str, seed_plan) -> None:
    plan = seed_plan(seed)
    ids = {task.id for task in plan.tasks if task.source in ("table", "body:item")}  # the accounted region's
    for use in plan.accounting:
        if use.role in (R.TASK, R.CONTINUATION):
            assert use.task_id in ids, str(use)
        else:
            assert use.task_id is None, str(use)
    per_task = Counter(use.task_id for use in plan.accounting if use.task_id)
    assert set(per_task) == ids, "a task took no line"


_TAG = re.compile(r"<[^>]*>")


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("seed", SEED_FILES)
def test_the_text_of_every_task_line_is_in_its_task(seed: str, seed_plan) -> None:
    """Each piece of a task line (tab-separated, markup removed) occurs in the task's cells."""
    plan = seed_plan(seed)
    for use in plan.accounting:
        if use.role not in (R.TASK, R.CONTINUATION):
            continue
        task = plan.task(use.task_id)
        cells = " ".join(_squash(c.text) for c in (task.content, task.product, task.deadline_cell,
                                                   task.assignment_cell) if c is not None)
        pieces = [_squash(_TAG.sub(" ", piece)) for piece in plan.source.line_text(use.line).split("\t")]
        pieces = [p for p in pieces if p and p != task.number and p != f"{task.number})"]
        if seed == "002" and pieces and pieces[0].startswith(f"{task.number}) "):
            pieces[0] = pieces[0][len(task.number) + 2:]
        for piece in pieces:
            assert piece in cells, f"{seed}:{use.line} {piece[:60]!r} not in task {task.id}"


_MARKER = re.compile(r"([0-9]+|[IVX]+)[.)]?\s+")


@pytest.mark.parametrize("seed", SEED_FILES)
def test_section_and_header_lines_are_what_they_claim(seed: str, seed_plan) -> None:
    plan = seed_plan(seed)
    sections = plan.sections + plan.body_sections
    numbers = {s.number.split(".")[-1] for s in sections}
    titles = [fold(_squash(s.title)) for s in sections if s.title]
    for use in plan.accounting:
        text = _squash(plan.source.line_text(use.line))
        if use.role is R.SECTION:
            rest = _MARKER.sub("", text, count=1) if _MARKER.match(text) else text
            assert text in numbers or any(fold(rest) in title for title in titles), (use.line, text)
        elif use.role is R.HEADER:
            assert fold(text) in ("tt", "nhiệm vụ", "sản phẩm", "tiến độ", "phân công và",
                                  "cách thức thực hiện") or fold(text).startswith("stt "), (use.line, text)
        elif use.role is R.SEPARATOR:
            assert text == "|"


@pytest.mark.parametrize("seed", SEED_FILES)
def test_no_seed_line_is_left_unread(seed: str, seed_plan) -> None:
    plan = seed_plan(seed)
    assert [u for u in plan.accounting if u.role is R.UNREAD] == []
    assert not any(d.code is Code.PLAN_UNREADABLE_ROW for d in plan.diagnostics)


def test_unread_lines_each_have_a_diagnostic() -> None:
    from reformrules.plans import read_plan

    text = ("STT\tNhiệm vụ\tSản phẩm\tTiến độ\tPhân công\nI\tThể chế\t\t\t\n1\tA\tB\tQuý I/2024\tX\n"
            "Ghi chú: dòng lạ giữa bảng\n2\tC\tD\tQuý II/2024\tY\n")
    plan = read_plan(text, doc_id="stray")
    unread = [u.line for u in plan.accounting if u.role is R.UNREAD]
    assert unread == [4]
    rows = [d for d in plan.diagnostics if d.code is Code.PLAN_UNREADABLE_ROW]
    assert [plan.source.line_col(d.span.start)[0] for d in rows] == [4]
    assert [t.id for t in plan.tasks] == ["I.1", "I.2"]
