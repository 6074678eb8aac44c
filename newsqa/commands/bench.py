"""`qa bench`: index build, retrieval and answer latency at scale, beside rank_bm25 and bm25s."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from newsqa.output import json_out, warn


def add(sub: argparse._SubParsersAction, corpus_options: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("bench", help="measure index build, retrieval and answer latency against rank_bm25 and bm25s")
    add_arguments(p)


def add_arguments(p: argparse.ArgumentParser) -> None:
    # --corpus means the corpus to resample here; the index goes in --work-dir, not the cache
    p.add_argument("--corpus", metavar="PATH", default=argparse.SUPPRESS,
                   help="JSON Lines file, or folder of them, whose documents are resampled "
                        "(default: ../shared/corpora/reuters21578.jsonl beside the repository)")
    p.add_argument("--sentences", type=int, default=100_000, metavar="N",
                   help="sentences to index: the corpus's documents are resampled to reach N (default 100,000)")
    p.add_argument("--questions", type=int, default=300, metavar="K",
                   help="questions to time, generated from the corpus (default 300)")
    p.add_argument("--questions-file", metavar="FILE",
                   help="questions to time instead: one per line, or JSONL with a 'question' key")
    p.add_argument("--save-questions", metavar="FILE",
                   help="write the questions timed to FILE, one per line: generated ones depend on how the "
                        "corpus is split into sentences, so an A/B of two versions passes the same file "
                        "to both with --questions-file")
    p.add_argument("--top-k", type=int, default=10, metavar="K", help="passages retrieved per question (default 10)")
    p.add_argument("--rank-bm25-max", type=int, default=100_000, metavar="N",
                   help="rank_bm25 is measured on at most N sentences (default 100,000): it is linear per query")
    p.add_argument("--rank-bm25-questions", type=int, default=50, metavar="K",
                   help="questions timed with rank_bm25 (default 50)")
    p.add_argument("--skip-rank-bm25", action="store_true", help="do not measure rank_bm25")
    p.add_argument("--skip-bm25s", action="store_true", help="do not measure bm25s")
    p.add_argument("--skip-update", action="store_true", help="do not measure a 1%% update")
    p.add_argument("--skip-tantivy", action="store_true", help="do not measure tantivy (measured when installed)")
    p.add_argument("--threads", type=int, default=1, metavar="N",
                   help="threads for numerical libraries while querying (default 1)")
    p.add_argument("--cold-runs", type=int, default=5, metavar="N", help="cold `qa ask` runs (default 5)")
    p.add_argument("--seed", type=int, default=0, help="random seed for resampling and questions")
    p.add_argument("--work-dir", metavar="DIR",
                   help="where the resampled corpus and its index go (default: a temporary folder, removed after)")
    p.add_argument("--cluster", metavar="ADDRESS", default=argparse.SUPPRESS,
                   help="also build the corpus on this Dask cluster (local:N: with 1 worker, then N) and time "
                        "top-k through it against the local index")
    p.add_argument("--json", action="store_true", help="print the report as JSON")


def run(args: argparse.Namespace) -> int:
    from qa.bench import format_report
    from qa.bench import run as measure  # numpy and the engine: loaded only for this command

    report = measure(args, warn)
    print(json_out(report, indent=2) if args.json else format_report(report))
    return 0
