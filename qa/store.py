"""Persistent index (issue 5 builds it out). For now: always build in memory."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from qa import corpus as corpus_mod
from qa.index import CorpusIndex, Progress


def open_index(root: Path, warn: Callable[[str], None], progress: Progress | None = None,
               index_dir: str | Path | None = None) -> CorpusIndex:
    docs = corpus_mod.load_corpus(root, warn)
    return CorpusIndex.build(docs, progress)


def cli_index(args: argparse.Namespace, warn: Callable[[str], None]) -> int:
    from qa.pipeline import default_corpus_path

    root = Path(args.corpus) if args.corpus else default_corpus_path()
    index = open_index(root, warn, index_dir=args.index_dir)
    print(f"indexed {len(index.docs)} documents, {index.n_passages} passages")
    return 0
