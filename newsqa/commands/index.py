"""`qa index`: build or update the persistent index of a corpus, with a progress bar."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from newsqa.commands.common import non_negative, positive
from newsqa.output import warn
from newsqa.progress import Bar
from qa.cache import MAX_AGE_DAYS

if TYPE_CHECKING:  # the engine is imported when the command runs: `qa --help` stays quick
    from qa.store import StoreInfo


def add(sub: argparse._SubParsersAction, corpus_options: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("index", help="build (or update) the persistent index of a corpus; or prune the cache")
    corpus_options(p)
    p.add_argument("--optimize", action="store_true",
                   help="merge the index's segments into one, leaving out deleted documents (its memory grows with "
                        "the corpus; a build or update otherwise stays within --memory)")
    p.add_argument("--memory", type=positive, default=None, metavar="MB",
                   help="memory budget of a build or update: a segment is written each time its share is reached "
                        "(default $NEWSQA_BUILD_MB, else 256)")
    p.add_argument("--shards", type=positive, default=None, metavar="N",
                   help="with --cluster: keep the index in N shards, built in parallel on the cluster's workers "
                        "(default: one per worker)")
    p.add_argument("--prune", action="store_true",
                   help="instead: remove cached indexes whose corpus is gone, unused for --max-age days, or "
                        "over the size limit (NEWSQA_CACHE_LIMIT_MB, default 2048), least recently used first")
    p.add_argument("--max-age", type=non_negative, default=MAX_AGE_DAYS, metavar="DAYS",
                   help=f"with --prune: an index unused this long goes (default {MAX_AGE_DAYS})")
    p.add_argument("--dry-run", action="store_true", help="with --prune: say what would go, remove nothing")


def prune(args: argparse.Namespace) -> int:
    from qa import cache
    from qa.store import cache_root

    root = cache_root(args.index_dir)
    indexes = cache.cached_indexes(root)
    gone = cache.to_prune(indexes, max_bytes=cache.limit_bytes(), max_age_days=args.max_age)
    for ix, why in gone:
        if not args.dry_run:
            cache.remove(ix)
        print(f"{'would remove' if args.dry_run else 'removed'} {ix.path.name}: {ix.corpus or '(unknown corpus)'} "
              f"({why}; {ix.size / 1e6:.1f} MB)")
    freed = sum(ix.size for ix, _ in gone)
    left = sum(ix.size for ix in indexes) - freed
    print(f"{len(gone)} of {len(indexes)} indexes {'would go' if args.dry_run else 'removed'}, "
          f"{freed / 1e6:.1f} MB {'to free' if args.dry_run else 'freed'}; {left / 1e6:.1f} MB kept in {root}")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.prune:
        return prune(args)
    from qa.corpus import default_corpus_path, load_corpus
    from qa.index import CorpusIndex
    from qa.store import open_index

    root = Path(args.corpus).expanduser() if args.corpus else default_corpus_path()
    t0 = time.perf_counter()
    follow = bool(getattr(args, "follow_links", False))
    if getattr(args, "no_cache", False):
        docs = load_corpus(root, warn, follow)
        index = CorpusIndex.build(docs, warn=warn)
        print(f"indexed {len(index.docs):,} documents, {index.n_passages:,} passages in "
              f"{time.perf_counter() - t0:.1f} s (in memory only: --no-cache)")
        return 0
    bar = Bar()
    remote = None
    conn = getattr(args, "cluster_conn", None)
    if args.shards is not None and conn is None:
        from qa.errors import QAError

        raise QAError("--shards needs --cluster")
    if conn is not None:
        from qa.cluster import Remote

        remote = Remote(conn, args.shards or len(conn.workers()), on_state=bar.note)
    try:
        index = open_index(root, warn, index_dir=args.index_dir, stage=bar, verify=True, follow_links=follow,
                           all_skips=True, optimize=args.optimize, budget_mb=args.memory, remote=remote)
    finally:
        bar.close()
    info: StoreInfo = index.store_info
    what = {
        "reused": "up to date",
        "built": "built",
        "rebuilt": "rebuilt",
        "updated": (f"updated ({info.files_added} added, {info.files_changed} changed, {info.files_removed} removed "
                    f"files; {info.docs_processed:,} documents split, {info.docs_reused:,} reused)"),
        "memory": "built in memory (not stored)",
    }[info.status]
    where = f", stored in {info.path}" if info.path else ""
    note = f"; {info.note}" if info.note else ""
    if info.merged:
        note += f"; {info.merged} segments merged into one"
    if info.path:
        where += f" ({info.segments} segment{'s' if info.segments != 1 else ''})"
    print(f"{len(index.docs):,} documents, {index.n_passages:,} passages: {what}{note} in "
          f"{time.perf_counter() - t0:.1f} s{where}")
    return 0
