"""The ``reformrules`` command (also ``python -m reformrules``); docs/cli.md is the manual.

Subcommands: ``parse`` (one deadline phrase), ``plan`` (a plan's tasks), ``status`` (the main job:
every task's status on an as-of date, as a table or any export format), ``targets`` (the plan's
numeric targets against actuals), ``graph`` (the responsibility graph) and ``export`` (``status``
written to a file: JSON, CSV, XLSX, DOCX, HTML or iCalendar).

Conventions of every subcommand: ``-`` reads a plan from stdin; ``-o/--output`` names the output
(``-``: stdout); ``--format`` defaults to the ``-o`` file's extension; ``--lang vi|en`` chooses the
language of what people read (Vietnamese by default; JSON keys and values stay English).

A directory (its ``*.txt``, ``*.docx``, ``*.html``/``*.htm`` and ``*.pdf`` files) or a glob of plans is a batch: the plans are read in parallel
across processes (``--jobs``), with progress on stderr whenever stderr is a terminal. A plan that
cannot be read gives one ``reformrules: error: <file>: <problem>`` line on stderr and the others
go on. Nothing prints a traceback, unless ``--debug`` asks for it.

Exit status: 0 all is well; 1 something is flagged (``status``: a task is overdue; ``targets``: a
target is not met; ``parse``: the phrase cannot be read); 2 a usage error, or an input that
could not be read (a plan file, the progress or actuals file, or a row of one), or a failure;
3 ``status`` found nothing trackable in any plan (docs/cli.md).

This module is the only place in the library that reads the clock: ``--as-of`` defaults to
today's date, and the command then says which date it used. It holds the commands and the argument
parser; ``cli_batch`` finds the plan files and runs the jobs, ``cli_output`` prints, writes and
works out the exit status.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from .cli_batch import Job, Outcome, expand_inputs, run_batch, run_job, wants_bar
from .cli_output import PROG, STDIN, Printer, UsageError, choose_format, write_result
from .context import PlanContext
from .errors import PlanReadError, ReformRulesError
from .exports.formats import BINARY, EXPORT_FORMATS, EXTENSIONS
from .exports.safety import terminal_text
from .i18n import LANGUAGES

__all__ = ["Job", "Outcome", "Printer", "UsageError", "build_parser", "expand_inputs", "main", "run_batch", "run_job"]


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
    stdin = sys.stdin.buffer.read() if any(str(p) == STDIN for p in paths) else None
    jobs = [Job(command, str(p), data=stdin if str(p) == STDIN else None, **options) for p in paths]
    outcomes = run_batch(jobs, args.jobs or os.cpu_count() or 1, wants_bar() and batch)
    for outcome in outcomes:
        if outcome.error:
            printer.say("error", outcome.error)
            if printer.debug and outcome.debug:
                sys.stderr.write(outcome.debug)
        for severity, message in outcome.notes:
            printer.say(severity, message, row=True)
    return outcomes, batch


def cmd_parse(args: argparse.Namespace, printer: Printer) -> None:
    from .deadlines import parse_deadline
    from .diagnostics import Severity, render
    from .serialize import to_json
    from .source import Source

    fmt = choose_format(args, ("text", "json"), "text")
    phrase = sys.stdin.read().strip() if args.phrase == STDIN else args.phrase
    ctx = PlanContext(plan_year=args.plan_year, issued=args.issued)
    deadline = parse_deadline(phrase, ctx)
    if fmt == "json":
        write_result(args, printer, to_json(deadline, indent=2))
    else:
        kinds = [k for k, on in (("recurring", deadline.recurring), ("conditional", deadline.conditional)) if on]
        lines = [f"phrase: {deadline.text}", f"rule:   {deadline.rule}",
                 f"start:  {deadline.start.isoformat() if deadline.start else '-'}",
                 f"due:    {deadline.due.isoformat() if deadline.due else '-'}"]
        if kinds:
            lines.append(f"kind:   {', '.join(kinds)}")
        if deadline.event_actor:
            lines.append(f"waits on: {deadline.event_actor}")
        lines.extend(render(d, Source("<phrase>", deadline.text)) for d in deadline.diagnostics)
        write_result(args, printer, "\n".join(lines))
    if any(d.severity is Severity.ERROR for d in deadline.diagnostics):
        printer.flag(1)


def _tables(args: argparse.Namespace, printer: Printer, tables: list[Any]) -> None:
    from .exports.terminal import plain, print_tables

    if not tables:
        return
    if getattr(args, "output", None) not in (None, STDIN):
        write_result(args, printer, plain(tables))
    else:
        sys.stdout.flush()
        print_tables(tables, sys.stdout)


def cmd_plan(args: argparse.Namespace, printer: Printer) -> None:
    from .exports.listing import listing_csv, listing_json
    from .exports.terminal import plan_table

    fmt = choose_format(args, ("table", "json", "csv"), "table")
    outcomes, batch = _jobs(args, "plan", printer)
    done = [o.value for o in outcomes if o.value is not None]
    if fmt == "json":
        write_result(args, printer, listing_json(done if batch else (done[0] if done else None)))
    elif fmt == "csv":
        write_result(args, printer, listing_csv(done, lang=args.lang))
    else:
        _tables(args, printer, [plan_table(item, args.lang) for item in done])


def _run_status(args: argparse.Namespace, printer: Printer, fmt: str) -> tuple[list[Any], list[Any], bool, list[Path]]:
    as_of = _as_of(args, printer)
    calendar = {"alarm_days": args.alarm_days, "todo": args.todo, "lang": args.lang} if fmt == "ics" else {}
    outcomes, batch = _jobs(args, "status", printer, as_of=as_of, progress=_load_progress(args, printer),
                            actuals=_load_actuals(args), due_soon_days=args.due_soon_days, fmt=fmt, calendar=calendar)
    done = [o for o in outcomes if o.value is not None]
    reports = [o.value[0] for o in done]
    return reports, [o.value[1] for o in done], batch, [Path(o.path) for o in done]


def _export(args: argparse.Namespace, printer: Printer, fmt: str) -> list[Any]:
    from .exports.formats import render

    reports, calendars, batch, paths = _run_status(args, printer, fmt)
    out = args.output or STDIN
    if out == STDIN and fmt in BINARY and sys.stdout.isatty():
        raise UsageError(f"{fmt} is a binary format: write it to a file with -o FILE.{fmt}")
    if out != STDIN and Path(out).is_dir() or (batch and out != STDIN and not Path(out).suffix):
        Path(out).mkdir(parents=True, exist_ok=True)  # a folder: one file per plan
        for report, calendar, path in zip(reports, calendars, paths):
            name = (path.stem if str(path) != STDIN else "stdin") + EXTENSIONS[fmt]
            write_result(args, printer, render(fmt, [report], lang=args.lang, calendars=[calendar]), str(Path(out) / name))
    elif reports or not batch:
        write_result(args, printer, render(fmt, reports, lang=args.lang, calendars=calendars, one=not batch,
                                     stdout=out == STDIN))
    return reports


def cmd_status(args: argparse.Namespace, printer: Printer) -> None:
    from .exports.terminal import status_table

    fmt = choose_format(args, ("table", *EXPORT_FORMATS), "table")
    if fmt != "table":
        reports = _export(args, printer, fmt)
    else:
        reports = _run_status(args, printer, fmt)[0]
        _tables(args, printer, [status_table(r, args.lang) for r in reports])
    if any(r.has_overdue for r in reports):
        printer.flag(1)
    if reports and not any(r.trackable for r in reports):
        printer.nothing_trackable = True


def cmd_export(args: argparse.Namespace, printer: Printer) -> None:
    _export(args, printer, choose_format(args, EXPORT_FORMATS, None))


def cmd_targets(args: argparse.Namespace, printer: Printer) -> None:
    from .exports.listing import targets_json
    from .exports.terminal import targets_table

    fmt = choose_format(args, ("table", "json"), "table")
    outcomes, batch = _jobs(args, "targets", printer, actuals=_load_actuals(args))
    found = [o.value for o in outcomes if o.value is not None]
    if fmt == "json":
        write_result(args, printer, targets_json(found if batch else (found[0] if found else None)))
    else:
        _tables(args, printer, [targets_table(f["plan"], f["targets"], args.lang) for f in found])
    if any(t.status == "not_met" for f in found for t in f["targets"]):
        printer.flag(1)


def cmd_graph(args: argparse.Namespace, printer: Printer) -> None:
    from .assignments import build_graph, to_graphml, to_node_link
    from .plans import read_plan

    fmt = choose_format(args, ("graphml", "json"), None)
    plan = read_plan(sys.stdin.buffer.read() if args.file == STDIN else Path(args.file),
                     doc_id="stdin" if args.file == STDIN else None)
    graph = build_graph(plan)
    if fmt == "graphml":  # a file of its own, so with its XML declaration
        text = '<?xml version="1.0" encoding="UTF-8"?>\n' + to_graphml(graph)
    else:
        text = json.dumps(to_node_link(graph), ensure_ascii=False, indent=2, default=str)
    write_result(args, printer, text)


# ---------------------------------------------------------------------------------------------- parser


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UsageError(message)


def _format_option(p: argparse.ArgumentParser, choices: Sequence[str], default: str | None) -> None:
    infer = ", ".join(f"{EXTENSIONS[c]} → {c}" for c in choices if c in EXTENSIONS)
    said = f"default: {default}" if default else "required unless -o names a file with one of these extensions"
    p.add_argument("--format", choices=tuple(choices), default=None,
                   help=f"output format: {', '.join(choices)} ({said}; inferred from the -o extension"
                        f"{': ' + infer if infer else ''})")


def _common(p: argparse.ArgumentParser, output_help: str = "output file (default: stdout, also '-')") -> None:
    p.add_argument("-o", "--output", metavar="OUT", default=None, help=output_help)
    p.add_argument("--lang", choices=LANGUAGES, default=LANGUAGES[0],
                   help="language of tables, headings, status names and explanations (default: vi; "
                        "JSON keys and values stay English)")
    p.add_argument("--debug", action="store_true", help="show the traceback of an unexpected failure")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``reformrules`` command."""
    from . import __version__

    parser = _Parser(prog=PROG, description="Read Vietnamese administrative-reform plans: deadlines, "
                     "assignments, targets, and the status of every task on a date.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    def plans(p: argparse.ArgumentParser) -> None:
        p.add_argument("files", nargs="+", metavar="FILE",
                       help="plan files (.txt, .docx, .html, .pdf), directories of them, globs, or '-' for stdin")
        p.add_argument("--jobs", "-j", type=_positive, default=None, help="worker processes for a batch "
                       "(default: the number of CPUs)")

    def tracking(p: argparse.ArgumentParser) -> None:
        p.add_argument("--as-of", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                       help="the date of the report (default: today, which the command prints)")
        p.add_argument("--progress", metavar="FILE", help="completions and events (.csv or .json; docs/tracker.md)")
        p.add_argument("--actuals", metavar="FILE", help="figures for the plan's targets (.csv or .json)")
        p.add_argument("--due-soon-days", type=_non_negative, default=5, metavar="N",
                       help="due within N working days counts as due soon (default: 5)")
        p.add_argument("--alarm-days", type=_non_negative, default=5, metavar="N",
                       help="iCalendar: a reminder N working days before each due date (default: 5; 0: none)")
        p.add_argument("--todo", action="store_true", help="iCalendar: also a VTODO with DUE per dated task")

    p = sub.add_parser("parse", help="one deadline phrase to its rule and dates")
    p.add_argument("phrase", help="the phrase, e.g. \"Quý II/2018\" ('-': read it from stdin)")
    p.add_argument("--plan-year", type=int, default=None, help="the plan's year (fills a missing year)")
    p.add_argument("--issued", type=_iso_date, default=None, metavar="YYYY-MM-DD", help="the plan's issue date")
    _format_option(p, ("text", "json"), "text")
    _common(p)
    p.set_defaults(run=cmd_parse)

    p = sub.add_parser("plan", help="a plan's tasks: id, name, deadline, lead agency")
    plans(p)
    _format_option(p, ("table", "json", "csv"), "table")
    _common(p)
    p.set_defaults(run=cmd_plan)

    batch_out = "output file ('-' or none: stdout); for a batch, a file holds every plan, a folder one file per plan"
    p = sub.add_parser("status", help="every task's status on a date (exit 1 when a task is overdue)")
    plans(p)
    tracking(p)
    _format_option(p, ("table", *EXPORT_FORMATS), "table")
    _common(p, batch_out)
    p.set_defaults(run=cmd_status)

    p = sub.add_parser("targets", help="the plan's numeric targets judged against actuals (exit 1 when one is not met)")
    plans(p)
    p.add_argument("--actuals", metavar="FILE", required=True, help="figures for the targets (.csv or .json)")
    _format_option(p, ("table", "json"), "table")
    _common(p)
    p.set_defaults(run=cmd_targets)

    p = sub.add_parser("graph", help="the responsibility graph of one plan")
    p.add_argument("file", metavar="FILE", help="one plan file, or '-' for stdin")
    _format_option(p, ("graphml", "json"), None)
    _common(p)
    p.set_defaults(run=cmd_graph)

    p = sub.add_parser("export", help="the status report as a file: " + ", ".join(EXPORT_FORMATS))
    plans(p)
    tracking(p)
    _format_option(p, EXPORT_FORMATS, None)
    _common(p, batch_out)
    p.set_defaults(run=cmd_export)
    return parser


def _culprit(args: argparse.Namespace | None) -> str:
    """The input an unexpected failure is about, for its one-line message."""
    if args is None:
        return PROG
    names = getattr(args, "files", None) or [getattr(args, "file", None) or getattr(args, "phrase", None) or PROG]
    return ", ".join(str(n) for n in names[:3]) + (" …" if len(names) > 3 else "")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status (0, 1, 2 or 3) instead of raising."""
    argv = list(sys.argv[1:] if argv is None else argv)
    printer = Printer(debug="--debug" in argv)
    args: argparse.Namespace | None = None
    try:
        args = build_parser().parse_args(argv)
        args.run(args, printer)
    except BrokenPipeError:  # `reformrules status … | head`: the reader left, nothing to report
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - Python flushes stderr at exit
        return printer.status
    except UsageError as exc:
        sys.stderr.write(f"{PROG}: error: {terminal_text(str(exc))}\n")
        return 2
    except PlanReadError as exc:
        printer.say("error", f"{exc.path}: {exc.problem}")
    except (ReformRulesError, OSError, ValueError, ImportError) as exc:
        filename = getattr(exc, "filename", None)
        printer.say("error", f"{filename}: {exc.strerror}" if isinstance(exc, OSError) and filename else str(exc))
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130
    except Exception as exc:  # a bug: one line naming the input, the traceback only under --debug
        if printer.debug:
            traceback.print_exc()
        printer.say("error", f"{_culprit(args)}: internal error {type(exc).__name__}: {exc} (a bug in reformrules; "
                             "run again with --debug for the traceback, and please report it)")
    return printer.status
