"""The batch side of the ``reformrules`` command: which plan files the arguments name, and one job per
file run in parallel across processes, with progress on stderr (``reformrules.cli`` is the command).

A plan that cannot be read becomes an ``Outcome`` with one error line; the batch goes on.
"""

from __future__ import annotations

import glob
import sys
import traceback
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .cli_output import PROG, STDIN, UsageError
from .errors import PlanReadError, ReformRulesError
from .exports.safety import terminal_text
from .formats import PLAN_SUFFIXES


# ---------------------------------------------------------------------------------------------- inputs


def expand_inputs(items: Sequence[str]) -> tuple[list[Path], bool]:
    """The plan files named by ``items`` (files, directories of plan files, globs, ``-``), and whether it is a batch.

    A single argument naming a file (existing or not) is not a batch; anything else is.

    Raises:
        UsageError: a directory without plan files, or a glob that matches nothing.
    """
    paths: list[Path] = []
    for item in items:
        path = Path(item)
        if item == STDIN:
            paths.append(path)
        elif path.is_dir():
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
    if sum(str(p) == STDIN for p in paths) > 1:
        raise UsageError("'-' (stdin) can be given once")
    batch = len(items) != 1 or len(paths) != 1 or Path(items[0]).is_dir() or glob.has_magic(items[0])
    return paths, batch


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
    data: bytes | None = None  # the plan itself, when it was read from stdin
    calendar: dict[str, Any] = field(default_factory=dict)  # options of the iCalendar export


@dataclass
class Outcome:
    """A worker's result: a value for the main process to print, or the problem with the file."""

    path: str
    value: Any = None
    error: str | None = None
    notes: list[tuple[str, str]] = field(default_factory=list)  # (severity, message)
    debug: str = ""  # the traceback of an internal error, shown under --debug


def _problem(exc: BaseException, path: str) -> str:
    if isinstance(exc, PlanReadError):
        return f"{exc.path}: {exc.problem}"
    if isinstance(exc, OSError):
        return f"{exc.filename or path}: {exc.strerror or exc}"
    text = str(exc)
    return text if text.startswith(path) else f"{path}: {text}"


def run_job(job: Job) -> Outcome:
    """Read one plan and do the job's command with it; any problem becomes ``Outcome.error``."""
    try:
        return _JOBS[job.command](job)
    except (ReformRulesError, OSError, ValueError, ImportError) as exc:
        return Outcome(job.path, error=_problem(exc, job.path))
    except Exception as exc:  # a bug met on this file: say so, and let the batch go on
        return Outcome(job.path, error=f"{job.path}: internal error {type(exc).__name__}: {exc} "
                                       "(a bug in reformrules; please report it with this file)",
                       debug=traceback.format_exc())


def _read(job: Job) -> Any:
    from .plans import read_plan

    if job.data is not None:
        return read_plan(job.data, doc_id="stdin")
    return read_plan(Path(job.path))


def _empty(plan: Any, path: str) -> list[tuple[str, str]]:
    """A warning for a plan in which no task was found (a wrong file, or a layout the reader missed)."""
    if plan.tasks:
        return []
    why = next((d.message for d in plan.diagnostics if d.code.value == "plan.no_appendix"), "the plan yields no tasks")
    return [("warning", f"{path}: {why}")]


def _job_plan(job: Job) -> Outcome:
    from .exports.listing import plan_listing

    plan = _read(job)
    return Outcome(job.path, plan_listing(plan), notes=_empty(plan, job.path))


def _job_status(job: Job) -> Outcome:
    from .exports.ics_export import calendar_data
    from .tracker import track

    plan = _read(job)
    report = track(plan, job.as_of, job.progress, actuals=job.actuals, due_soon_days=job.due_soon_days,
                   targets=True if job.fmt in ("html", "docx", "xlsx") or job.actuals is not None else None)
    value = (report, calendar_data(report, plan, **job.calendar) if job.fmt == "ics" else None)
    return Outcome(job.path, value, notes=_empty(plan, job.path) + [(n.severity, n.message) for n in report.notes])


def _job_targets(job: Job) -> Outcome:
    from .tracker.status import plan_targets

    plan = _read(job)
    rows, problems = plan_targets(plan, job.actuals)
    return Outcome(job.path, {"plan": plan.doc_id, "targets": rows},
                   notes=[(d.severity.value, d.message) for d in problems])


_JOBS: dict[str, Callable[[Job], Outcome]] = {"plan": _job_plan, "status": _job_status, "targets": _job_targets}


class Progress:
    """Progress of a batch on stderr ("3/12 plans: 004.txt"), whenever stderr is a terminal.

    A rich bar when rich is installed, else one plain line rewritten in place; nothing when off.
    """

    def __init__(self, total: int, show: bool):
        self.total, self.done, self.show = total, 0, show
        self.bar: Any = None
        self.task: Any = None

    def __enter__(self) -> Progress:
        if not self.show:
            return self
        try:
            from rich.console import Console
            from rich.progress import MofNCompleteColumn, Progress as Bar, TextColumn
        except ImportError:
            return self
        self.bar = Bar(*Bar.get_default_columns()[:2], MofNCompleteColumn(), TextColumn("{task.fields[file]}"),
                       console=Console(stderr=True), transient=True)
        self.bar.start()
        self.task = self.bar.add_task("plans", total=self.total, file="")
        return self

    def advance(self, path: str) -> None:
        self.done += 1
        name = terminal_text(Path(path).name)
        if self.bar is not None:
            self.bar.update(self.task, advance=1, file=name)
        elif self.show:
            sys.stderr.write(f"\r{PROG}: {self.done}/{self.total} plans: {name[:60]}\x1b[K")
            sys.stderr.flush()

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
        elif self.show and self.done:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def run_batch(jobs: list[Job], workers: int, show_bar: bool) -> list[Outcome]:
    """Every job's outcome in input order; in parallel across processes when there are several."""
    with Progress(len(jobs), show_bar and len(jobs) > 1) as progress:
        if len(jobs) <= 1 or workers <= 1:
            outcomes = []
            for job in jobs:
                outcomes.append(run_job(job))
                progress.advance(job.path)
            return outcomes
        results: dict[int, Outcome] = {}
        with ProcessPoolExecutor(max_workers=min(workers, len(jobs))) as pool:
            futures = {pool.submit(run_job, job): i for i, job in enumerate(jobs)}
            for future in as_completed(futures):
                index = futures[future]
                results[index] = future.result()
                progress.advance(jobs[index].path)
    return [results[i] for i in range(len(jobs))]


def wants_bar() -> bool:
    """Show a progress bar: stderr is a terminal."""
    return sys.stderr.isatty()
