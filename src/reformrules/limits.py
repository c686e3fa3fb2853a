"""Input-size limits of every parser, and the checks that keep work bounded (docs/limits.md).

Each parser is linear in its input; beyond its limit it reads nothing and says so with a
``text.too_long`` diagnostic, so a hostile cell cannot make a run slow. ``read_plan`` refuses
anything that is not a regular file (a FIFO, ``/dev/zero``, a socket would block or never end)
and files over :data:`MAX_PLAN_BYTES`, with one ``PlanReadError``, before reading a byte.

Examples:
    >>> too_long("x" * (MAX_CELL_CHARS + 1), MAX_CELL_CHARS, "deadline cell").code.value
    'text.too_long'
    >>> too_long("Quý I/2022", MAX_CELL_CHARS, "deadline cell") is None
    True
    >>> read_plan_file("/dev/zero")
    Traceback (most recent call last):
    ...
    reformrules.errors.PlanReadError: /dev/zero: is a character device, not a regular file: give the plan's file
"""

from __future__ import annotations

import os
import stat
from typing import IO, Any

from .diagnostics import Code, Diagnostic, Severity
from .errors import PlanReadError
from .source import Span

# The largest plan file read (bytes). The largest real plan seen is about 130 KB; a plan with
# every annex pasted in stays far below. Override per call: read_plan(..., max_bytes=…).
MAX_PLAN_BYTES = 16 * 1024 * 1024
# One cell or phrase (a deadline, an assignment): real cells are under 2,000 characters.
MAX_CELL_CHARS = 10_000
# Running text given to find_deadlines or parse_targets (a whole plan's body or a paragraph).
MAX_TEXT_CHARS = 2_000_000

_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def too_long(text: str, limit: int, what: str) -> Diagnostic | None:
    """The ``text.too_long`` error for ``text`` over ``limit`` characters, else ``None``."""
    if len(text) <= limit:
        return None
    return Diagnostic(Code.TEXT_TOO_LONG, Severity.ERROR,
                      f"{what} of {len(text):,} characters is over the limit of {limit:,}; not read",
                      Span(0, min(len(text), 80)), (("length", str(len(text))), ("limit", str(limit))))


def _limit(max_bytes: int | None) -> int:
    limit = MAX_PLAN_BYTES if max_bytes is None else max_bytes
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"max_bytes must be a positive int, not {max_bytes!r}")
    return limit


def _too_big(name: str, size: int, limit: int) -> PlanReadError:
    return PlanReadError(name, f"is {size:,} bytes, over the limit of {limit:,} bytes for a plan "
                               f"(pass max_bytes= to read a larger file)")


def read_plan_file(path: str | os.PathLike[str], max_bytes: int | None = None) -> bytes:
    """The bytes of a plan file, refused with one ``PlanReadError`` when the path is not a regular
    file or holds more than ``max_bytes`` (default :data:`MAX_PLAN_BYTES`).

    The file type is checked before the file is opened (opening a FIFO blocks), and at most
    ``max_bytes + 1`` bytes are read, so a file that grows while being read is refused too.
    """
    limit = _limit(max_bytes)
    name = os.fspath(path)
    try:
        info = os.stat(name)
    except FileNotFoundError:
        raise PlanReadError(name, "no such file") from None
    except OSError as exc:
        raise PlanReadError(name, f"cannot be read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        kind = next((label for test, label in _KINDS if test(info.st_mode)), "not a regular file")
        if kind == "a directory":
            raise PlanReadError(name, "is a directory, not a plan file")
        raise PlanReadError(name, f"is {kind}, not a regular file: give the plan's file")
    if info.st_size > limit:
        raise _too_big(name, info.st_size, limit)
    try:
        with open(name, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise PlanReadError(name, f"cannot be read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise _too_big(name, len(data), limit)
    return data


def read_stream(stream: IO[Any], name: str, max_bytes: int | None = None) -> bytes | str:
    """What a file object holds, at most ``max_bytes`` (bytes or characters), else ``PlanReadError``."""
    limit = _limit(max_bytes)
    data = stream.read(limit + 1)
    if isinstance(data, (str, bytes, bytearray)) and len(data) > limit:
        raise _too_big(name, len(data), limit)
    return data


def check_size(data: bytes | str, name: str, max_bytes: int | None = None) -> None:
    """``PlanReadError`` when plan text or bytes given in memory are over ``max_bytes``."""
    limit = _limit(max_bytes)
    if len(data) > limit:
        raise _too_big(name, len(data), limit)
