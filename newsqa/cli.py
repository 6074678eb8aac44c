"""The `qa` command: the terminal UI by default, and scripted subcommands.

Every user mistake ends as one line on stderr and a non-zero exit code, never a
traceback: 1 means "no answer" (or failed checks), 2 bad input, 3 a bug. Each
subcommand is a module of `newsqa.commands` with `add(subparsers)` and `run(args)`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from newsqa.commands import COMMANDS, ui
from newsqa.commands.common import add_filters, add_min_confidence
from newsqa.output import SafeOutput, color
from qa.errors import QAError
from qa.safe_text import one_line


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line instead of usage + message
        self.exit(2, f"{self.prog}: error: {one_line(message)} (see '{self.prog} --help')\n")


def add_corpus_options(p: argparse.ArgumentParser) -> None:
    """--corpus and friends, on the top-level parser and again on each subcommand."""
    d = argparse.SUPPRESS if p.prog != "qa" else None  # subcommands inherit the top-level values
    p.add_argument("--corpus", metavar="PATH", default=d,
                   help="folder of articles (searched recursively) or a .jsonl file; default: the seed articles")
    p.add_argument("--index-dir", metavar="DIR", default=d,
                   help="where the persistent index is kept (default: the user cache directory)")
    p.add_argument("--no-cache", action="store_true", default=argparse.SUPPRESS if d is not None else False,
                   help="build the index in memory only; neither read nor write the cache")
    p.add_argument("--follow-links", action="store_true",
                   default=argparse.SUPPRESS if d is not None else bool(os.environ.get("NEWSQA_FOLLOW_LINKS")),
                   help="read symbolic links that lead outside the corpus folder (skipped by default; "
                        "or set NEWSQA_FOLLOW_LINKS=1)")
    p.add_argument("--cluster", metavar="ADDRESS", default=d,
                   help="build and search the index on a Dask cluster: a scheduler's address (tcp://host:8786), "
                        "or local[:N] for N worker processes here (needs the cluster extra; the index folder "
                        "must be readable by every worker)")


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("newsqa")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


class _Version(argparse.Action):
    """--version, read from the installed package's metadata only when asked (importing
    importlib.metadata costs every command about 20 ms)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        print(f"qa (newsqa) {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="qa", description="Ask questions of a folder of news articles; "
                                           "every answer is a cited span of the source.")
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    add_corpus_options(parser)
    add_min_confidence(parser)
    add_filters(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for command in COMMANDS.values():
        command.add(sub, add_corpus_options)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    saved = sys.stdout, sys.stderr
    if sys.stdout is not None and sys.stderr is not None:  # everything printed from here on is made safe
        sys.stdout, sys.stderr = SafeOutput(sys.stdout, color()), SafeOutput(sys.stderr, False)
    cluster = None
    try:
        args = parser.parse_args(argv)
        if getattr(args, "cluster", None):
            from qa.cluster import connect

            cluster = args.cluster_conn = connect(args.cluster)
        command = COMMANDS.get(args.command)
        if command is None and not (saved[0] is not None and saved[0].isatty() and sys.stdin.isatty()):
            raise QAError("no command, and no terminal for the UI: give a command "
                          "(qa ask QUESTION, qa batch FILE …; see 'qa --help')")
        if command is None:  # the terminal UI writes to the terminal itself
            sys.stdout, sys.stderr = saved
            return ui.run(args)
        return command.run(args)
    except QAError as exc:
        print(f"qa: error: {one_line(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("qa: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `qa batch … | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, saved[0].fileno())
        return 0
    except Exception as exc:  # a bug: one line, not a traceback (NEWSQA_DEBUG=1 shows it)
        if os.environ.get("NEWSQA_DEBUG"):
            raise
        print(f"qa: error: unexpected {type(exc).__name__}: {one_line(str(exc))[:200]} "
              "(a bug: please report it; NEWSQA_DEBUG=1 shows where)", file=sys.stderr)
        return 3
    finally:
        if cluster is not None:
            cluster.close()
        try:
            sys.stdout.flush()
        except (BrokenPipeError, OSError, ValueError):
            pass
        sys.stdout, sys.stderr = saved


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
