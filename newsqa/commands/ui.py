"""`qa` with no command: the terminal UI."""

from __future__ import annotations

import argparse
from pathlib import Path

from qa.errors import QAError


def run(args: argparse.Namespace) -> int:
    if args.corpus is not None and not Path(args.corpus).expanduser().exists():
        raise QAError(f"corpus path not found: {args.corpus}")
    try:
        from tui.app import Loading
        from tui.app import run as run_app  # imported here: the other commands do not need Textual
    except ImportError as exc:  # pragma: no cover - only without the UI package
        raise QAError(f"the terminal UI is not available ({exc})") from None
    from newsqa.commands.common import filters_from

    # corpus None: the seed corpus
    loading = Loading(follow_links=bool(args.follow_links), index_dir=args.index_dir, cache=not args.no_cache,
                      cluster=getattr(args, "cluster_conn", None))
    return run_app(args.corpus, getattr(args, "min_confidence", None), filters_from(args), loading)
