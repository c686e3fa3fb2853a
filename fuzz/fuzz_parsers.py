"""Coverage-guided fuzzing (atheris) of every parsing entry point: nothing may raise but the documented errors.

Install the extra and run, from the repository root::

    pip install -e ".[fuzz]"
    python fuzz/fuzz_parsers.py -max_total_time=60 -rss_limit_mb=2048

One input drives, by its first byte, one of: ``parse_deadline``/``find_deadlines`` (with a context drawn
from the input, a year or issue date possibly outside 1900-2200), ``Deadline.resolve``/``occurrences``,
``parse_assignment``, ``parse_targets`` (collect and raise mode) and ``read_plan`` on the bytes, followed
by ``track`` and every export. An exception other than ``PlanReadError`` (from ``read_plan``) or
``ParseError`` (from raise mode) is a finding: atheris prints it with the input that caused it.
CI (.ci/run) runs it for a short, fixed time when atheris installs, and skips it otherwise.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta

import atheris

with atheris.instrument_imports():
    from reformrules import PlanContext, find_deadlines, parse_deadline, read_plan
    from reformrules.assignments import parse_assignment
    from reformrules.errors import ParseError, PlanReadError
    from reformrules.exports import report_to_json, to_csv, to_html
    from reformrules.targets import parse_targets
    from reformrules.tracker import track


def _context(data: atheris.FuzzedDataProvider) -> PlanContext:
    year = data.ConsumeIntInRange(-10, 10_000) if data.ConsumeBool() else None
    issued = date.min + timedelta(days=data.ConsumeIntInRange(0, (date.max - date.min).days)) if data.ConsumeBool() else None
    return PlanContext(plan_year=year, issued=issued)


def test_one_input(raw: bytes) -> None:
    data = atheris.FuzzedDataProvider(raw)
    choice = data.ConsumeIntInRange(0, 4)
    ctx = _context(data)
    if choice == 4:
        try:
            plan = read_plan(data.ConsumeBytes(data.remaining_bytes()))
        except PlanReadError:
            return
        report = track(plan, date(2022, 7, 1))
        report_to_json(report)
        to_csv([report])
        to_html([report])
        return
    text = data.ConsumeUnicodeNoSurrogates(data.remaining_bytes())
    if choice == 0:
        deadline = parse_deadline(text, ctx)
        deadline.resolve({"có quyết định": date.max})
        deadline.occurrences(ctx.plan_year or 2022)
    elif choice == 1:
        for deadline in find_deadlines(text, ctx):
            deadline.resolve({})
    elif choice == 2:
        str(parse_assignment(text, ctx))
    else:
        for target in parse_targets(text, ctx):
            str(target)
        try:
            parse_targets(text, ctx, mode="raise")
        except ParseError:
            pass


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
