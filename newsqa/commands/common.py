"""What several commands share: the engine for the corpus named on the command line, and argument types."""

from __future__ import annotations

import argparse

from newsqa.output import warn


def engine(args: argparse.Namespace):
    from qa import Engine

    return Engine.from_path(args.corpus, warn=warn, index_dir=args.index_dir, cache=not args.no_cache,
                            follow_links=args.follow_links)


def non_negative(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {n}")
    return n


def positive(value: str) -> int:
    n = non_negative(value)
    if n == 0:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def probability(value: str) -> float:
    """A probability on the command line: a number from 0 to 1."""
    try:
        p = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= p <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {value}")
    return p
