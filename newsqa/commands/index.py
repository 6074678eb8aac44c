"""`qa index`: build or update the persistent index of a corpus, with a progress bar."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from newsqa.output import warn
from newsqa.progress import Bar
from qa.corpus import default_corpus_path, load_corpus
from qa.index import CorpusIndex
from qa.store import StoreInfo, open_index


def add(sub: argparse._SubParsersAction, corpus_options: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("index", help="build (or update) the persistent index of a corpus")
    corpus_options(p)


def run(args: argparse.Namespace) -> int:
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
    try:
        index = open_index(root, warn, index_dir=args.index_dir, stage=bar, verify=True, follow_links=follow,
                           all_skips=True)
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
    print(f"{len(index.docs):,} documents, {index.n_passages:,} passages: {what}{note} in "
          f"{time.perf_counter() - t0:.1f} s{where}")
    return 0
