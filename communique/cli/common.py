"""What every command shares: error reporting, a UTF-8 stdout, argument types and atomic output files."""
from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from contextlib import contextmanager
from typing import Iterator, TextIO

PROG = "communique"


class CommandError(Exception):
    """A user error a command reports as 'communique: error: <message>' with exit status `status`."""

    def __init__(self, message: str, status: int = 2):
        super().__init__(message)
        self.status = status


def error(message: str) -> None:
    """Write 'communique: error: <message>' to stderr."""
    print(f"{PROG}: error: {message}", file=sys.stderr, flush=True)


def utf8(stream: TextIO) -> TextIO:
    """Make sure a stream can take any text (a C locale would refuse the non-ASCII names)."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8")
    return stream


def language(value: str) -> str:
    """argparse type: a two-letter lowercase ISO 639-1 code."""
    if not re.fullmatch(r"[a-z]{2}", value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a two-letter lowercase ISO 639-1 code (e.g. fr, en)")
    return value


def positive_int(value: str) -> int:
    """argparse type: an integer of at least 1."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return number


@contextmanager
def output_file(path: str | None) -> Iterator[tuple[TextIO, bool]]:
    """Yield (stream, is_file): stdout when `path` is None, else a temporary file beside `path`
    that replaces it only when the block completes, so a failed run never leaves half a file."""
    if path is None:
        yield utf8(sys.stdout), False
        return
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from None
    out = open(fd, "w", encoding="utf-8", newline="\n")
    try:
        yield out, True
        out.flush()
        os.fsync(out.fileno())
        out.close()
        os.replace(temp, path)
        temp = None
    finally:
        if temp is not None:
            out.close()
            try:
                os.unlink(temp)
            except OSError:
                pass
