"""The index cache kept within bounds: every corpus ever asked leaves an index behind (210 MB
in 17 folders after one afternoon), so indexes whose corpus is gone, that were not used for
a long time, or that push the cache over its size limit (least recently used first) go.

An index's last use is the time of its `.used` file, touched each time it is opened. The
size limit applies by itself after each build (NEWSQA_CACHE_LIMIT_MB, default 2,048 MB);
`qa index --prune` also removes the gone and the long unused.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

USED = ".used"
LIMIT_MB = 2048
MAX_AGE_DAYS = 90


@dataclass
class CachedIndex:
    path: Path
    corpus: str | None  # the corpus path the manifest names (None when unreadable)
    size: int  # bytes
    last_used: float  # seconds since the epoch


def mark_used(where: Path) -> None:
    """Note that the index at `where` was opened now (best effort: a read-only cache is fine)."""
    try:
        (where / USED).touch(mode=0o600)
    except OSError:
        pass


def limit_bytes() -> int:
    raw = os.environ.get("NEWSQA_CACHE_LIMIT_MB", "").strip()
    try:
        mb = float(raw) if raw else LIMIT_MB
    except ValueError:
        mb = LIMIT_MB
    return int(max(mb, 0) * 1024 * 1024)


def _size(folder: Path) -> int:
    total = 0
    stack = [folder]
    while stack:  # iterative: a cache folder is not trusted to be shallow
        d = stack.pop()
        try:
            with os.scandir(d) as it:
                for e in it:
                    if e.is_dir(follow_symlinks=False):
                        stack.append(Path(e.path))
                    elif e.is_file(follow_symlinks=False):
                        total += e.stat(follow_symlinks=False).st_size
        except OSError:
            continue
    return total


def cached_indexes(root: Path) -> list[CachedIndex]:
    """Every index folder under <cache>/indexes, with what it indexes, its size and last use."""
    folder = root / "indexes"
    if not folder.is_dir():
        return []
    out = []
    for d in sorted(folder.iterdir()):
        if not d.is_dir() or d.is_symlink():
            continue
        corpus = None
        try:
            corpus = json.loads((d / "manifest.json").read_text(encoding="utf-8")).get("corpus")
        except (OSError, ValueError, AttributeError):
            pass
        used = d / USED
        try:
            last = used.stat().st_mtime if used.exists() else d.stat().st_mtime
        except OSError:
            last = 0.0
        out.append(CachedIndex(d, corpus if isinstance(corpus, str) else None, _size(d), last))
    return out


def to_prune(indexes: list[CachedIndex], *, max_bytes: int | None, max_age_days: float | None,
             keep: Iterable[Path] = (), now: float | None = None) -> list[tuple[CachedIndex, str]]:
    """Which indexes go, and why: corpus gone, unused too long (both only with max_age_days),
    then the least recently used until the rest fit in max_bytes. `keep` are never removed."""
    now = time.time() if now is None else now
    kept = {Path(k).resolve() for k in keep}
    out: list[tuple[CachedIndex, str]] = []
    rest = []
    for ix in indexes:
        if ix.path.resolve() in kept:
            rest.append(ix)
        elif max_age_days is not None and ix.corpus is not None and not Path(ix.corpus).exists():
            out.append((ix, "its corpus is gone"))
        elif max_age_days is not None and now - ix.last_used > max_age_days * 86400:
            out.append((ix, f"unused for {int((now - ix.last_used) // 86400)} days"))
        else:
            rest.append(ix)
    if max_bytes is not None:
        total = sum(ix.size for ix in rest)
        for ix in sorted(rest, key=lambda i: i.last_used):
            if total <= max_bytes:
                break
            if ix.path.resolve() in kept:
                continue
            out.append((ix, "least recently used, over the cache's size limit"))
            total -= ix.size
    return out


def remove(ix: CachedIndex) -> None:
    shutil.rmtree(ix.path, ignore_errors=True)
