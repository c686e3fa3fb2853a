"""The ``reformrules`` command (also ``python -m reformrules``); docs/cli.md is the manual.

Subcommands: ``parse`` (one deadline phrase), ``plan`` (a plan's tasks), ``status`` (the main job:
every task's status on an as-of date), ``targets`` (the plan's numeric targets against actuals),
``graph`` (the responsibility graph) and ``export`` (JSON, CSV, iCalendar or HTML files).

A directory (its ``*.txt``, ``*.docx``, ``*.html``/``*.htm`` and ``*.pdf`` files) or a glob of plans is a batch: the plans are read in parallel
across processes (``--jobs``), with a progress bar when ``rich`` is installed and stdout is a
terminal. A plan that cannot be read gives one ``reformrules: error: <file>: <problem>`` line on
stderr and the others go on. User mistakes never print a traceback.

Exit status: 0 all is well; 1 something is flagged (``status``: a task is overdue; ``targets``: a
target is not met; ``parse``: the phrase cannot be read); 2 a usage error, or an input that
could not be read (a plan file, the progress or actuals file, or a row of one).

This module is the only place in the library that reads the clock: ``--as-of`` defaults to
today's date, and the command then says which date it used.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .context import PlanContext
from .errors import PlanReadError, ReformRulesError
from .formats import PLAN_SUFFIXES

PROG = "reformrules"
EXTENSIONS = {"ics": ".ics", "json": ".json", "csv": ".csv", "html": ".html"}


class UsageError(Exception):
    """A mistake in the command line: exit status 2."""


# ---------------------------------------------------------------------------------------------- inputs


def expand_inputs(items: Sequence[str]) -> tuple[list[Path], bool]:
    """The plan files named by ``items`` (files, directories of plan files, globs), and whether it is a batch.

    A single argument naming a file (existing or not) is not a batch; anything else is.

    Raises:
        UsageError: a directory without plan files, or a glob that matches nothing.
    """
    paths: list[Path] = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            # a sub-directory named like a plan is kept: reading it says "is a directory" (never a silent skip)
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in PLAN_SUFFIXES)
            if not found:
                raise UsageError(f"{item}: no plan files ({', '.join('*' + s for s in PLAN_SUFFIXES)}) in this "
                                 "directory")
            paths.extend(found)
        elif not path.exists() and glob.has_magic(item):
            found = sorted(Path(p) for p in glob.glob(item))  # a directory it matches is named, not skipped
            if not found:
                raise UsageError(f"{item}: no file matches this pattern")
            paths.extend(found)
        else:
            paths.append(path)
    batch = len(items) != 1 or len(paths) != 1 or Path(items[0]).is_dir() or glob.has_magic(items[0])
    return paths, batch


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number >= 0")
    return value


def _positive(text: str) -> int:
    value = _non_negative(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


# ---------------------------------------------------------------------------------------------- jobs


@dataclass(frozen=True)
class Job:
    """What one worker does with one plan file (picklable, so it crosses process boundaries)."""

    command: str
    path: str
    as_of: date | None = None
    progress: Any = None
    actuals: Any = None
    due_soon_days: int = 5
    fmt: str = "table"
    out: str | None = None


@dataclass
class Outcome:
    """A worker's result: a value for the main process to print, or the problem with the file."""

    path: str
    value: Any = None
    error: str | None = None
    notes: list[tuple[str, str]] = field(default_factory=list)  # (severity, message)


def _problem(exc: BaseException, path: str) -> str:
    if isinstance(exc, PlanReadError):
        return f"{exc.path}: {exc.problem}"
    if isinstance(exc, OSError):
        return f"{exc.filename or path}: {exc.strerror or exc}"
    text = str(exc)
    return text if text.startswith(path) else f"{path}: {text}"


def run_job(job: Job) -> Outcome:
    """Read one plan and do the job's command with it; a user-level problem becomes ``Outcome.error``."""
    try:
        return _JOBS[job.command](job)
    except (ReformRulesError, OSError, ValueError, ImportError) as exc:
        return Outcome(job.path, error=_problem(exc, job.path))
    except Exception as exc:  # a bug met on this file: say so, and let the batch go on
        return Outcome(job.path, error=f"{job.path}: internal error {type(exc).__name__}: {exc} "
                                       "(a bug in reformrules; please report it with this file)")


def _read(job: Job) -> Any:
    from .plans import read_plan

    return read_plan(Path(job.path))


def _empty(plan: Any, path: str) -> list[tuple[str, str]]:
    """A warning for a plan in which no task was found (a wrong file, or a layout the reader missed)."""
    if plan.tasks:
        return []
    why = next((d.message for d in plan.diagnostics if d.code.value == "plan.no_appendix"), "the plan yields no tasks")
    return [("warning", f"{path}: {why}")]


def _track(job: Job, plan: Any, targets: bool | None = None) -> Any:
    from .tracker import track

    return track(plan, job.as_of, job.progress, actuals=job.actuals, targets=targets, due_soon_days=job.due_soon_days)


def _job_plan(job: Job) -> Outcome:
    from .tracker.status import lead_mentions

    plan = _read(job)
    rows = []
    for task in plan.tasks:
        deadline = task.deadline
        rows.append({"id": task.id, "line": task.line, "section": task.section.number,
                     "deadline": str(deadline.rule) if deadline is not None else "",
                     "deadline_text": " ".join(task.deadline_cell.text.split()) if task.deadline_cell else "",
                     "start": deadline.start.isoformat() if deadline is not None and deadline.start else "",
                     "due": deadline.due.isoformat() if deadline is not None and deadline.due else "",
                     "lead": "; ".join(m.name for m in lead_mentions(task, plan.context))})
    return Outcome(job.path, {"plan": str(plan), "doc_id": plan.doc_id, "tasks": rows}, notes=_empty(plan, job.path))


def _job_status(job: Job) -> Outcome:
    plan = _read(job)
    report = _track(job, plan)
    return Outcome(job.path, report, notes=_empty(plan, job.path) + [(n.severity, n.message) for n in report.notes])


def _job_targets(job: Job) -> Outcome:
    from .tracker.status import plan_targets

    plan = _read(job)
    rows, problems = plan_targets(plan, job.actuals)
    return Outcome(job.path, {"plan": plan.doc_id, "targets": rows},
                   notes=[(d.severity.value, d.message) for d in problems])


def _job_export(job: Job) -> Outcome:
    from . import exports

    plan = _read(job)
    report = _track(job, plan, targets=job.fmt == "html" or job.actuals is not None)
    if job.fmt == "json":
        data: bytes = (exports.report_to_json(report) + "\n").encode("utf-8")
    elif job.fmt == "csv":
        data = exports.to_csv(report).encode("utf-8-sig")
    elif job.fmt == "html":
        data = exports.to_html(report).encode("utf-8")
    else:
        data = exports.to_ics(report, plan)
    notes = _empty(plan, job.path) + [(n.severity, n.message) for n in report.notes]
    if job.out == "-":
        return Outcome(job.path, data, notes=notes)
    Path(job.out).write_bytes(data)  # type: ignore[arg-type]
    return Outcome(job.path, job.out, notes=notes)


_JOBS: dict[str, Callable[[Job], Outcome]] = {
    "plan": _job_plan, "status": _job_status, "targets": _job_targets, "export": _job_export,
}


def run_batch(jobs: list[Job], workers: int, show_bar: bool) -> list[Outcome]:
    """Every job's outcome in input order; in parallel across processes when there are several."""
    if len(jobs) <= 1 or workers <= 1:
        return [run_job(j) for j in jobs]
    results: dict[int, Outcome] = {}
    with ProcessPoolExecutor(max_workers=min(workers, len(jobs))) as pool, _bar(len(jobs), show_bar) as advance:
        futures = {pool.submit(run_job, job): i for i, job in enumerate(jobs)}
        for future in as_completed(futures):
            results[futures[future]] = future.result()
            advance()
    return [results[i] for i in range(len(jobs))]


class _bar:
    """A rich progress bar on stderr when asked (rich installed, stdout a terminal); otherwise nothing."""

    def __init__(self, total: int, show: bool):
        self.total, self.show, self.progress, self.task = total, show, None, None

    def __enter__(self) -> Callable[[], None]:
        if self.show:
            from rich.console import Console
            from rich.progress import Progress

            self.progress = Progress(console=Console(stderr=True), transient=True)
            self.progress.start()
            self.task = self.progress.add_task("plans", total=self.total)
        return self.advance

    def advance(self) -> None:
        if self.progress is not None:
            self.progress.advance(self.task)

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()


def _wants_bar() -> bool:
    if not sys.stdout.isatty():
        return False
    try:
        import rich  # noqa: F401
    except ImportError:
        return False
    return True


# ---------------------------------------------------------------------------------------------- output


def _cut(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], widths: dict[int, int] | None = None) -> str:
    """Rows as aligned plain text; ``widths`` caps some columns (the last column is never cut).

    Examples:
        >>> print(format_table(("ID", "DUE"), [("I.1", "2018-03-31"), ("VII.12", "")]))
        ID      DUE
        I.1     2018-03-31
        VII.12
    """
    widths = widths or {}
    cells = [[_cut(c, widths.get(i, 10_000)) for i, c in enumerate(row)] for row in rows]
    sizes = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = []
    for row in [list(headers)] + cells:
        lines.append("  ".join(c.ljust(sizes[i]) if i < len(row) - 1 else c for i, c in enumerate(row)).rstrip())
    return "\n".join(lines)


def _status_table(report: Any) -> str:
    rows = [(t.id, t.status.value, t.due.isoformat() if t.due else "",
             "" if t.working_days is None else f"{t.working_days:+d}", t.lead, t.why) for t in report.tasks]
    return str(report) + "\n" + format_table(("ID", "STATUS", "DUE", "WD", "LEAD", "WHY"), rows, {4: 36})


def _targets_table(item: dict[str, Any]) -> str:
    rows = [(t.id, t.target, t.status, "" if t.actual is None else format(t.actual, "f"), t.line, t.subject,
             t.explanation) for t in item["targets"]]
    head = f"{item['plan']}: {len(item['targets'])} targets"
    return head + "\n" + format_table(("ID", "TARGET", "VERDICT", "ACTUAL", "LINE", "SUBJECT", "EXPLANATION"), rows,
                                      {1: 30, 5: 48})


class Printer:
    """stdout for results, stderr for ``reformrules: <severity>: …`` lines; works out the exit status.

    The status, most important first (docs/cli.md): 2 when a usage error or an unreadable file was
    met; 1 when something is flagged (a bad *row* of a progress or actuals file never hides it);
    2 for bad rows alone; 3 (``NOTHING_TRACKABLE_EXIT``) when no plan had anything trackable; 0.
    """

    def __init__(self) -> None:
        self.failed = False  # a usage error or a file that could not be read
        self.bad_rows = False  # a row of a progress or actuals file could not be used
        self.flagged = 0
        self.nothing_trackable = False
        self.seen: set[tuple[str, str]] = set()

    @property
    def status(self) -> int:
        if self.failed:
            return 2
        if self.flagged:
            return self.flagged
        if self.bad_rows:
            return 2
        return 3 if self.nothing_trackable else 0

    def out(self, text: str) -> None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")

    def say(self, severity: str, message: str, *, row: bool = False) -> None:
        if (severity, message) in self.seen:  # one progress file read for many plans: say each problem once
            return
        self.seen.add((severity, message))
        label = "note" if severity == "info" else severity
        sys.stderr.write(f"{PROG}: {label}: {message}\n")
        if severity == "error":
            if row:
                self.bad_rows = True
            else:
                self.failed = True

    def flag(self, status: int) -> None:
        if status == 2:
            self.failed = True
        else:
            self.flagged = max(self.flagged, status)


# ---------------------------------------------------------------------------------------------- commands


def _as_of(args: argparse.Namespace, printer: Printer) -> date:
    if args.as_of is not None:
        return args.as_of
    today = date.today()  # the one clock read of the library: the CLI's default, said out loud
    printer.say("info", f"as of {today.isoformat()} (today; pass --as-of YYYY-MM-DD to choose the date)")
    return today


def _load_progress(args: argparse.Namespace, printer: Printer) -> Any:
    if not getattr(args, "progress", None):
        return None
    from .tracker import load_progress

    progress = load_progress(args.progress)
    for diagnostic in progress.diagnostics:  # each bad row once, even for a batch of plans
        printer.say(diagnostic.severity.value, diagnostic.message, row=True)
    return progress


def _load_actuals(args: argparse.Namespace) -> Any:
    if not getattr(args, "actuals", None):
        return None
    from .targets import load_actuals

    return load_actuals(args.actuals)


def _jobs(args: argparse.Namespace, command: str, printer: Printer, **options: Any) -> tuple[list[Outcome], bool]:
    paths, batch = expand_inputs(args.files)
    jobs = [Job(command, str(p), **options) for p in paths]
    outcomes = run_batch(jobs, args.jobs or os.cpu_count() or 1, _wants_bar() and batch)
    for outcome in outcomes:
        if outcome.error:
            printer.say("error", outcome.error)
    return outcomes, batch


def cmd_parse(args: argparse.Namespace, printer: Printer) -> None:
    from .deadlines import parse_deadline
    from .diagnostics import Severity, render
    from .serialize import to_json
    from .source import Source

    ctx = PlanContext(plan_year=args.plan_year, issued=args.issued)
    deadline = parse_deadline(args.phrase, ctx)
    if args.format == "json":
        printer.out(to_json(deadline, indent=2))
    else:
        kinds = [k for k, on in (("recurring", deadline.recurring), ("conditional", deadline.conditional)) if on]
        lines = [f"phrase: {deadline.text}", f"rule:   {deadline.rule}",
                 f"start:  {deadline.start.isoformat() if deadline.start else '-'}",
                 f"due:    {deadline.due.isoformat() if deadline.due else '-'}"]
        if kinds:
            lines.append(f"kind:   {', '.join(kinds)}")
        if deadline.event_actor:
            lines.append(f"waits on: {deadline.event_actor}")
        printer.out("\n".join(lines))
        for diagnostic in deadline.diagnostics:
            printer.out(render(diagnostic, Source("<phrase>", deadline.text)))
    if any(d.severity is Severity.ERROR for d in deadline.diagnostics):
        printer.flag(1)


def cmd_plan(args: argparse.Namespace, printer: Printer) -> None:
    outcomes, batch = _jobs(args, "plan", printer)
    done = [o.value for o in outcomes if o.value is not None]
    for outcome in outcomes:
        for severity, message in outcome.notes:
            printer.say(severity, message, row=True)
    if args.format == "json":
        printer.out(json.dumps(done if batch else (done[0] if done else None), ensure_ascii=False, indent=2))
    elif args.format == "csv":
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(("plan", "id", "line", "section", "deadline", "deadline_text", "start", "due", "lead"))
        for item in done:
            for t in item["tasks"]:
                writer.writerow((item["doc_id"], t["id"], t["line"], t["section"], t["deadline"], t["deadline_text"],
                                 t["start"], t["due"], t["lead"]))
        printer.out(buffer.getvalue())
    else:
        blocks = []
        for item in done:
            rows = [(t["id"], t["line"], t["deadline"] or "-", t["due"], t["lead"]) for t in item["tasks"]]
            blocks.append(item["plan"] + "\n" + format_table(("ID", "LINE", "DEADLINE", "DUE", "LEAD"), rows, {2: 48}))
        if blocks:
            printer.out("\n\n".join(blocks))


def cmd_status(args: argparse.Namespace, printer: Printer) -> None:
    as_of = _as_of(args, printer)
    outcomes, batch = _jobs(args, "status", printer, as_of=as_of, progress=_load_progress(args, printer),
                            actuals=_load_actuals(args), due_soon_days=args.due_soon_days)
    reports = [o.value for o in outcomes if o.value is not None]
    for outcome in outcomes:
        for severity, message in outcome.notes:
            printer.say(severity, message, row=True)
    from . import exports

    if args.format == "json":
        printer.out(exports.reports_to_json(reports) if batch else exports.report_to_json(reports[0]) if reports else "null")
    elif args.format == "csv":
        printer.out(exports.to_csv(reports).replace("\r\n", "\n"))
    elif reports:
        printer.out("\n\n".join(_status_table(r) for r in reports))
    if any(r.has_overdue for r in reports):
        printer.flag(1)
    if reports and not any(r.trackable for r in reports):
        printer.nothing_trackable = True


def cmd_targets(args: argparse.Namespace, printer: Printer) -> None:
    from .serialize import to_data

    outcomes, batch = _jobs(args, "targets", printer, actuals=_load_actuals(args))
    found = [o.value for o in outcomes if o.value is not None]
    for outcome in outcomes:
        for severity, message in outcome.notes:
            printer.say(severity, message, row=True)
    if args.format == "json":
        items = [{"plan": f["plan"], "targets": [to_data(t) for t in f["targets"]]} for f in found]
        printer.out(json.dumps(items if batch else (items[0] if items else None), ensure_ascii=False, indent=2))
    elif found:
        printer.out("\n\n".join(_targets_table(f) for f in found))
    if any(t.status == "not_met" for f in found for t in f["targets"]):
        printer.flag(1)


def cmd_graph(args: argparse.Namespace, printer: Printer) -> None:
    from .assignments import build_graph, to_graphml, to_node_link
    from .plans import read_plan

    plan = read_plan(Path(args.file))
    graph = build_graph(plan)
    if args.format == "graphml":  # a file of its own, so with its XML declaration
        text = '<?xml version="1.0" encoding="UTF-8"?>\n' + to_graphml(graph)
    else:
        text = json.dumps(to_node_link(graph), ensure_ascii=False, indent=2, default=str)
    if args.output and args.output != "-":
        Path(args.output).write_text(text + "\n", encoding="utf-8")
        printer.say("info", f"wrote {args.output}")
    else:
        printer.out(text)


def cmd_export(args: argparse.Namespace, printer: Printer) -> None:
    paths, batch = expand_inputs(args.files)
    out = args.output
    if batch:
        if out == "-":
            raise UsageError("a batch of plans is exported to a directory (-o DIR), not to stdout")
        Path(out).mkdir(parents=True, exist_ok=True)
        targets = [str(Path(out) / (p.stem + EXTENSIONS[args.format])) for p in paths]
    else:
        if out != "-" and Path(out).is_dir():
            out = str(Path(out) / (paths[0].stem + EXTENSIONS[args.format]))
        targets = [out]
    as_of = _as_of(args, printer)
    progress, actuals = _load_progress(args, printer), _load_actuals(args)
    jobs = [Job("export", str(p), as_of, progress, actuals, args.due_soon_days, args.format, t)
            for p, t in zip(paths, targets)]
    for outcome in run_batch(jobs, args.jobs or os.cpu_count() or 1, _wants_bar() and batch):
        if outcome.error:
            printer.say("error", outcome.error)
            continue
        for severity, message in outcome.notes:
            printer.say(severity, message, row=True)
        if isinstance(outcome.value, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(outcome.value)
            sys.stdout.buffer.flush()
        else:
            printer.say("info", f"wrote {outcome.value}")


# ---------------------------------------------------------------------------------------------- parser


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``reformrules`` command."""
    from . import __version__

    parser = _Parser(prog=PROG, description="Read Vietnamese administrative-reform plans: deadlines, "
                     "assignments, targets, and the status of every task on a date.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    def plans(p: argparse.ArgumentParser) -> None:
        p.add_argument("files", nargs="+", metavar="FILE", help="plan files (.txt, .docx, .html, .pdf), directories of them, or globs")
        p.add_argument("--jobs", "-j", type=_positive, default=None, help="worker processes for a batch "
                       "(default: the number of CPUs)")

    def tracking(p: argparse.ArgumentParser) -> None:
        p.add_argument("--as-of", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                       help="the date of the report (default: today, which the command prints)")
        p.add_argument("--progress", metavar="FILE", help="completions and events (.csv or .json; docs/tracker.md)")
        p.add_argument("--actuals", metavar="FILE", help="figures for the plan's targets (.csv or .json)")
        p.add_argument("--due-soon-days", type=_non_negative, default=5, metavar="N",
                       help="due within N working days counts as due soon (default: 5)")

    p = sub.add_parser("parse", help="one deadline phrase to its rule and dates")
    p.add_argument("phrase", help='the phrase, e.g. "Quý II/2018"')
    p.add_argument("--plan-year", type=int, default=None, help="the plan's year (fills a missing year)")
    p.add_argument("--issued", type=_iso_date, default=None, metavar="YYYY-MM-DD", help="the plan's issue date")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(run=cmd_parse)

    p = sub.add_parser("plan", help="a plan's tasks: id, deadline, lead agency")
    plans(p)
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(run=cmd_plan)

    p = sub.add_parser("status", help="every task's status on a date (exit 1 when a task is overdue)")
    plans(p)
    tracking(p)
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(run=cmd_status)

    p = sub.add_parser("targets", help="the plan's numeric targets judged against actuals (exit 1 when one is not met)")
    plans(p)
    p.add_argument("--actuals", metavar="FILE", required=True, help="figures for the targets (.csv or .json)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(run=cmd_targets)

    p = sub.add_parser("graph", help="the responsibility graph of one plan")
    p.add_argument("file", metavar="FILE", help="one plan file")
    p.add_argument("--format", choices=("graphml", "json"), required=True)
    p.add_argument("-o", "--output", metavar="OUT", default="-", help="output file (default: stdout)")
    p.set_defaults(run=cmd_graph)

    p = sub.add_parser("export", help="the status report as a JSON, CSV, iCalendar or HTML file")
    plans(p)
    tracking(p)
    p.add_argument("--format", choices=tuple(EXTENSIONS), required=True)
    p.add_argument("-o", "--output", metavar="OUT", required=True,
                   help="output file, or '-' for stdout; a directory for a batch (one file per plan)")
    p.set_defaults(run=cmd_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status (0, 1, 2 or 3) instead of raising for user mistakes."""
    printer = Printer()
    try:
        args = build_parser().parse_args(argv)
        args.run(args, printer)
    except BrokenPipeError:  # `reformrules status … | head`: the reader left, nothing to report
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - Python flushes stderr at exit
        return printer.status
    except UsageError as exc:
        sys.stderr.write(f"{PROG}: error: {exc}\n")
        return 2
    except PlanReadError as exc:
        printer.say("error", f"{exc.path}: {exc.problem}")
    except (ReformRulesError, OSError, ValueError, ImportError) as exc:
        filename = getattr(exc, "filename", None)
        printer.say("error", f"{filename}: {exc.strerror}" if isinstance(exc, OSError) and filename else str(exc))
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130
    return printer.status
