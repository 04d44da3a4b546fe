"""The command line: a thin layer over the library, one module per group of commands.

Each module in `COMMANDS` has `register(subparsers)`, which adds its sub-commands and sets
`run=<function(args) -> exit status>` on each. Commands raise `CommandError` for user errors.
"""
from __future__ import annotations

import argparse
import atexit
import importlib
import os
import sys

from .. import __version__
from ..language.errors import ModelError
from ..settings import SettingsError
from .common import PROG, CommandError, error

#: Modules of this package that register commands, in the order `--help` lists them.
COMMANDS = ("extract", "store", "commitments", "corrections", "watch", "serve", "batch")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Code diplomatic news and press releases "
                                                            "into PLOVER event records, and query their history.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line with `argv` (sys.argv[1:] when None) and return the exit status.

    Run as the program (`argv` None), a command that declares `quick_exit` (it has closed
    everything it wrote) ends the process here, without freeing its objects one by one."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # usage errors (2), --help and --version (0)
        return exc.code if isinstance(exc.code, int) else 2
    status = _run(parser, args)
    if argv is None and getattr(args, "quick_exit", False):
        _exit_now(status)
    return status


def _exit_now(status: int) -> None:
    """End the process as `sys.exit(status)` would, less the teardown of its objects: with a
    language model loaded that is some hundreds of thousands of objects freed one by one, 0.2-0.7 s
    of CPU measured here for nothing, since the process ends."""
    atexit._run_exitfuncs()  # what a normal exit runs: logging flushed, child processes joined
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more can be written
            pass
    os._exit(status)


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.command is None:
        parser.print_usage(sys.stderr)
        error("a command is required")
        return 2
    try:
        return args.run(args)
    except CommandError as exc:
        error(str(exc))
        return exc.status
    except (ModelError, SettingsError) as exc:
        error(str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`communique events ... | head`): stop quietly.
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 141


if __name__ == "__main__":
    sys.exit(main())
