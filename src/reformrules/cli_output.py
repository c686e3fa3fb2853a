"""The output side of the ``reformrules`` command: results on stdout, ``reformrules: <severity>: …``
lines on stderr, the exit status, and where a result is written (``reformrules.cli`` is the command).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .exports.formats import format_from_path
from .exports.safety import terminal_text
from .tracker.model import NOTHING_TRACKABLE_EXIT

PROG = "reformrules"
STDIN = "-"


class UsageError(Exception):
    """A mistake in the command line: exit status 2."""


class Printer:
    """stdout for results, stderr for ``reformrules: <severity>: …`` lines; works out the exit status.

    The status, most important first (docs/cli.md): 2 when a usage error, an unreadable file or a
    failure was met; 1 when something is flagged (a bad *row* of a progress or actuals file never
    hides it); 2 for bad rows alone; 3 (``NOTHING_TRACKABLE_EXIT``) when no plan had anything
    trackable; 0. Text from plans never reaches the terminal raw: control characters are escaped.
    """

    def __init__(self, debug: bool = False) -> None:
        self.failed = False  # a usage error or a file that could not be read
        self.bad_rows = False  # a row of a progress or actuals file could not be used
        self.flagged = 0
        self.nothing_trackable = False
        self.debug = debug
        self.seen: set[tuple[str, str]] = set()

    @property
    def status(self) -> int:
        if self.failed:
            return 2
        if self.flagged:
            return self.flagged
        if self.bad_rows:
            return 2
        return NOTHING_TRACKABLE_EXIT if self.nothing_trackable else 0

    def out(self, text: str) -> None:
        text = terminal_text(text)
        sys.stdout.write(text if text.endswith("\n") else text + "\n")

    def say(self, severity: str, message: str, *, row: bool = False) -> None:
        if (severity, message) in self.seen:  # one progress file read for many plans: say each problem once
            return
        self.seen.add((severity, message))
        label = "note" if severity == "info" else severity
        sys.stderr.write(f"{PROG}: {label}: {terminal_text(message)}\n")
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


def write_result(args: argparse.Namespace, printer: Printer, data: bytes | str, target: str | None = None) -> None:
    """Write a result to ``-o`` (or ``target``), or to stdout; say where it went."""
    out = target or getattr(args, "output", None) or STDIN
    if out == STDIN:
        if isinstance(data, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            printer.out(data)
        return
    path = Path(out)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data if data.endswith("\n") else data + "\n", encoding="utf-8")
    printer.say("info", f"wrote {out}")


def choose_format(args: argparse.Namespace, choices: Sequence[str], default: str | None) -> str:
    """``--format``, else the ``-o`` file's extension, else the command's default."""
    if args.format:
        return args.format
    output = getattr(args, "output", None)
    inferred = format_from_path(output) if output and output != STDIN else None
    if inferred in choices:
        return inferred
    if default is None:
        raise UsageError(f"give --format ({', '.join(choices)}) or an -o file with one of these extensions")
    return default
