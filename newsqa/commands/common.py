"""What several commands share: the engine for the corpus named on the command line, and argument types."""

from __future__ import annotations

import argparse

from newsqa.output import warn


def engine(args: argparse.Namespace):
    from qa import Engine

    eng = Engine.from_path(args.corpus, warn=warn, index_dir=args.index_dir, cache=not args.no_cache,
                           follow_links=args.follow_links, cluster=getattr(args, "cluster_conn", None))
    eng.min_confidence = getattr(args, "min_confidence", None)
    eng.filters = filters_from(args)
    return eng


def add_filters(p: argparse.ArgumentParser) -> None:
    """--since, --until, --undated, --source: on the top-level parser (for the UI) and on each
    command that answers (a subcommand inherits what was given before it)."""
    d = None if p.prog == "qa" else argparse.SUPPRESS
    g = p.add_argument_group("filters (inside retrieval: the best passages within them)")
    g.add_argument("--since", metavar="DATE", default=d, help="articles dated on or after DATE (YYYY[-MM[-DD]])")
    g.add_argument("--until", metavar="DATE", default=d, help="articles dated on or before DATE (YYYY[-MM[-DD]])")
    g.add_argument("--undated", choices=["keep", "drop"], default=d,
                   help="articles with no date (default: left out when --since or --until is given)")
    g.add_argument("--source", metavar="NAME", action="append", default=d,
                   help="only this corpus file or folder (its path in the corpus, name or stem: bbc), or the "
                        "records whose JSON 'source' value is NAME (agnews); repeatable")


def filters_from(args: argparse.Namespace):
    """The Filter the options name, or None."""
    from qa.filters import Filter, parse_date

    since, until = getattr(args, "since", None), getattr(args, "until", None)
    f = Filter(since=parse_date(since) if since else None, until=parse_date(until, end=True) if until else None,
               undated=getattr(args, "undated", None), sources=list(getattr(args, "source", None) or []))
    if f.since and f.until and f.since > f.until:
        from qa.errors import QAError

        raise QAError(f"--since {since} is after --until {until}")
    return f if f.active else None


def add_min_confidence(p: argparse.ArgumentParser) -> None:
    """--min-confidence, on the top-level parser (for the UI) and on each command that answers."""
    top = p.prog == "qa"
    p.add_argument("--min-confidence", type=probability, default=None if top else argparse.SUPPRESS, metavar="P",
                   help="give an answer only when its estimated probability of being right is at least P "
                        "(0 to 1; default: the model's threshold, chosen for 90%% of answers right at archive scale)")


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
