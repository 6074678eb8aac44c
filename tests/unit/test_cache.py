"""The index cache within bounds: gone corpora, long unused indexes, a size limit (LRU)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from qa import cache, store
from qa.cache import CachedIndex, to_prune

DAY = 86400.0


def ix(name: str, corpus: str | None, size: int, days_ago: float, now: float) -> CachedIndex:
    return CachedIndex(Path("/cache/indexes") / name, corpus, size, now - days_ago * DAY)


def test_gone_then_old_then_least_recently_used(tmp_path):
    now = time.time()
    alive = str(tmp_path)
    indexes = [ix("gone", "/no/such/corpus", 10, 1, now), ix("old", alive, 10, 200, now),
               ix("a", alive, 50, 5, now), ix("b", alive, 50, 1, now), ix("c", alive, 50, 0, now)]
    gone = {i.path.name: why for i, why in to_prune(indexes, max_bytes=100, max_age_days=90, now=now)}
    assert gone == {"gone": "its corpus is gone", "old": "unused for 200 days",
                    "a": "least recently used, over the cache's size limit"}
    # the size limit alone (as after a build): nothing goes for being old or gone, and the kept one stays
    gone = {i.path.name for i, _ in to_prune(indexes, max_bytes=60, max_age_days=None, keep=[indexes[4].path],
                                            now=now)}
    assert "c" not in gone and {"gone", "old", "a", "b"} <= gone


def test_a_build_keeps_the_cache_under_its_limit(tmp_path, monkeypatch):
    cache_dir = tmp_path / "cache"
    corpora = []
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "a.txt").write_text("Acme hired 3 people in Paris on Monday.\n", encoding="utf-8")
        corpora.append(folder)
    notes: list[str] = []
    store.open_index(corpora[0], notes.append, index_dir=cache_dir)
    first = store.index_path(corpora[0], cache_dir)
    old = time.time() - 10 * DAY
    os.utime(first / cache.USED, (old, old))
    monkeypatch.setenv("NEWSQA_CACHE_LIMIT_MB", "0.001")  # room for one small index only
    store.open_index(corpora[1], notes.append, index_dir=cache_dir)
    assert not first.exists() and store.index_path(corpora[1], cache_dir).exists()
    assert any("removed the index of" in n and "size limit" in n for n in notes)
