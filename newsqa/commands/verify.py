"""`qa verify FILE`: re-check every citation of `ask --json` / `batch` output against the source."""

from __future__ import annotations

import argparse
import posixpath
from collections.abc import Callable
from pathlib import Path

from newsqa.output import warn
from qa.safe_text import one_line


def add(sub: argparse._SubParsersAction, corpus_options: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("verify", help="re-check every citation in ask --json / batch output against the source")
    corpus_options(p)
    p.add_argument("file", help="answers file (JSON or JSONL), or '-' for standard input")


def run(args: argparse.Namespace) -> int:
    """Check the citations of an answers file against the corpus the user names (or the
    default one): the file's own "corpus" field never decides what is read."""
    from qa.corpus import default_corpus_path, load_corpus
    from qa.verify import read_results, verify

    results, bad = read_results(args.file)
    root = Path(args.corpus).expanduser() if args.corpus is not None else default_corpus_path()
    docs = load_corpus(root, warn, follow_links=args.follow_links)
    recorded = {r.corpus for _, r in results if r.corpus}
    if recorded and all(not _same_path(c, root) for c in recorded):
        named = one_line(min(recorded))
        warn(f"the answers were made from {named}; checking them against {root} (use --corpus to choose)")
    checked, problems = verify(results, docs)
    problems = bad + problems
    for p in problems:
        print(one_line(p))
    print(f"{checked} citations checked in {len(results)} results: "
          + ("all match the source" if not problems else f"{len(problems)} problems"))
    return 1 if problems else 0


def _same_path(recorded: str, root: Path) -> bool:
    """Whether a path read from a file names `root`, compared as text (never looked up)."""
    return posixpath.normpath(recorded) in {str(root), str(root.resolve())}
