"""Search over an index made of several segments, scoring exactly as one index over their live sentences.

A segment holds the postings of its own sentences (local rows, term frequencies, lengths,
a sorted vocabulary) and never changes once written. What depends on the whole corpus
comes from the manifest (live sentences, their total length, the mean idf that
rank_bm25's epsilon floor uses) or is computed when a query needs it: a term's document
frequency is the sum over the segments of its live postings, and each posting's weight
is computed when a query reads it, with the formula and operation order of
BM25._weights. Top-k is exact: the global k best are among each segment's k best, so
each segment is searched alone and the lists are merged.

Sentences of deleted or replaced documents stay in their segment, marked dead (a
boolean per row, derived from the manifest); they are never returned and do not count
in any statistic.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from qa.bm25 import BM25, EPSILON, K1, B, _best

BOUND_CACHE = 200_000  # per-term bounds and idfs remembered per segment
WEIGHT_CACHE_MB = 512  # per-posting weights of the terms queried, kept for the next queries (all segments)


@dataclass(frozen=True)
class Stats:
    """Corpus-wide BM25 statistics of the live sentences (kept in the manifest)."""

    rows: int
    length: int  # tokens in all live sentences
    mean_idf: float  # mean raw idf over the live vocabulary (rank_bm25's epsilon floor)
    max_idf: float
    terms: int

    @property
    def avgdl(self) -> float:
        return float(self.length) / self.rows if self.rows else 0.0

    def idf(self, df: int) -> float:
        """rank_bm25's idf of a term in `df` live sentences (as BM25._idf computes it)."""
        raw = float((np.log(np.array([self.rows - df + 0.5])) - np.log(np.array([df + 0.5])))[0])
        return EPSILON * self.mean_idf if raw < 0 else raw


def corpus_stats(parts: Iterable[tuple[Sequence[str], np.ndarray]], rows: int, length: int) -> Stats:
    """The statistics of segments given one at a time as (their terms in vocabulary order, each
    term's live document frequency): only the union of their vocabularies is held. The mean is
    taken over the sorted union, as one index would sum it."""
    total: dict[str, int] = {}
    first: tuple[Sequence[str], np.ndarray] | None = None
    for k, (terms, dfs) in enumerate(parts):
        if k == 0:
            first = (terms, dfs)
            continue
        if first is not None:
            _add(total, *first)
            first = None
        _add(total, terms, dfs)
    if first is not None:  # one segment: its vocabulary is the union, already sorted
        df = np.asarray(first[1], dtype=np.float64)[np.asarray(first[1]) > 0]
    else:
        df = np.asarray([total[t] for t in sorted(total)], dtype=np.float64)
    if not len(df):
        return Stats(rows, length, 0.0, 0.0, 0)
    raw = np.log(rows - df + 0.5) - np.log(df + 0.5)
    mean = float(raw.mean())
    floored = np.where(raw < 0, EPSILON * mean, raw)
    return Stats(rows, length, mean, float(floored.max()), len(df))


def _add(total: dict[str, int], terms: Sequence[str], dfs: np.ndarray) -> None:
    for t, n in zip(terms, dfs.tolist()):
        if n:
            total[t] = total.get(t, 0) + n


def live_df(indptr: np.ndarray, postings: np.ndarray, dead: np.ndarray | None) -> np.ndarray:
    """Each term's number of live sentences."""
    df = np.diff(np.asarray(indptr)).astype(np.int64)
    if dead is None or not dead.any() or not len(postings):
        return df
    term_of = np.repeat(np.arange(len(df), dtype=np.int64), df)
    return df - np.bincount(term_of[dead[np.asarray(postings)]], minlength=len(df))


class SegmentBM25(BM25):
    """One segment's postings, weighed with the corpus-wide statistics at query time."""

    def __init__(self, vocab: Mapping[str, int], doc_len: np.ndarray, indptr: np.ndarray, postings: np.ndarray,
                 tf: np.ndarray, stats: Stats, idf_of: Mapping[str, float] | None = None,
                 dead: np.ndarray | None = None) -> None:
        # no per-posting arrays are made: weights are computed for what a query reads
        self.vocab = vocab
        self.doc_len, self.indptr, self.postings, self.tf = doc_len, indptr, postings, tf
        self.k1, self.b, self.epsilon = K1, B, EPSILON
        self.n_docs = len(doc_len)
        self.avgdl = stats.avgdl
        self.stats = stats
        self.dead = dead if dead is not None and dead.any() else None
        self._idf_of = idf_of  # term -> corpus-wide idf (the owner's cache)
        self._norm: np.ndarray | None = None
        self._wts: dict[int, np.ndarray] = {}  # term -> weights of its postings (least recently used first)
        self._cache: WeightCache | None = None
        self._term: dict[int, str] = {}
        self._bounds: dict[int, float] = {}
        self._local = threading.local()

    def _term_of(self, tid: int) -> str:
        t = self._term.get(tid)
        if t is None:
            if len(self._term) >= BOUND_CACHE:
                self._term.clear()
            t = self._term[tid] = self.vocab.term(tid)  # type: ignore[attr-defined]  # a Vocab
        return t

    def _tidf(self, tid: int) -> float:
        assert self._idf_of is not None
        return self._idf_of[self._term_of(tid)]

    def _norms(self) -> np.ndarray:
        if self._norm is None:
            dl = np.asarray(self.doc_len).astype(np.float64)
            self._norm = self.k1 * (1 - self.b + self.b * dl / self.avgdl)
        return self._norm

    def _w(self, tid: int, lo: int, hi: int) -> np.ndarray:
        got = self._wts.pop(tid, None)
        if got is None:
            tf = np.asarray(self.tf[lo:hi]).astype(np.float64)
            got = self._tidf(tid) * (tf * (self.k1 + 1)) / (tf + self._norms()[self.postings[lo:hi]])
            if self._cache is not None:
                self._cache.add(self, tid, got)
        self._wts[tid] = got  # the most recently used last
        return got

    def _w_at(self, tid: int, at: np.ndarray) -> np.ndarray:
        got = self._wts.get(tid)
        if got is not None:
            return got[at - int(self.indptr[tid])]
        tf = np.asarray(self.tf[at]).astype(np.float64)
        return self._tidf(tid) * (tf * (self.k1 + 1)) / (tf + self._norms()[self.postings[at]])

    def _bound(self, tid: int) -> float:
        found = self._bounds.get(tid)
        if found is None:
            lo, hi = int(self.indptr[tid]), int(self.indptr[tid + 1])
            found = float(self._w(tid, lo, hi).max()) if hi > lo else 0.0
            if len(self._bounds) >= BOUND_CACHE:
                self._bounds.clear()
            self._bounds[tid] = found
        return found

    def live_df(self, term: str) -> int:
        tid = self.vocab.get(term)
        if tid is None:
            return 0
        lo, hi = int(self.indptr[tid]), int(self.indptr[tid + 1])
        if self.dead is None:
            return hi - lo
        return hi - lo - int(np.count_nonzero(self.dead[self.postings[lo:hi]]))

    def top_k(self, query: Sequence[str], k: int = 10, weights: Sequence[float] | None = None,
              allow: np.ndarray | None = None, floor: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
        if self.dead is not None:
            allow = ~self.dead if allow is None else allow & ~self.dead
        return super().top_k(query, k, weights, allow, floor)

    def get_scores(self, query: Sequence[str], weights: Sequence[float] | None = None) -> np.ndarray:
        scores = super().get_scores(query, weights)
        if self.dead is not None:
            scores[self.dead] = 0.0
        return scores


class WeightCache:
    """A byte budget for the weights the segments keep: past it, each segment forgets its least
    recently used terms' weights (a long-running process ends up with the weights of the terms it
    is asked about, as a one-segment index stores them; a cold `qa ask` computes only its own)."""

    def __init__(self, mb: int = WEIGHT_CACHE_MB) -> None:
        self.limit = mb << 20
        self.used = 0

    def add(self, seg: SegmentBM25, tid: int, weights: np.ndarray) -> None:
        self.used += weights.nbytes
        while self.used > self.limit and seg._wts:
            old = seg._wts.pop(next(iter(seg._wts)))
            self.used -= old.nbytes
        if self.used > self.limit:  # this segment holds nothing more to forget: start afresh
            self.used = weights.nbytes


class _UnionVocab(Mapping[str, int]):
    """The terms of the live sentences of all segments (a term maps to its live document frequency)."""

    def __init__(self, owner: MultiBM25) -> None:
        self._owner = owner

    def get(self, term: str, default: int | None = None) -> int | None:  # type: ignore[override]
        df = self._owner.df(term)
        return df if df else default

    def __getitem__(self, term: str) -> int:
        df = self._owner.df(term)
        if not df:
            raise KeyError(term)
        return df

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self._owner.df(term) > 0

    def __len__(self) -> int:
        return self._owner.stats.terms

    def terms(self) -> list[str]:
        found: set[str] = set()
        for seg, _ in self._owner.parts:
            found.update(t for t in seg.vocab.terms() if seg.live_df(t))  # type: ignore[attr-defined]
        return sorted(found)

    def __iter__(self) -> Iterator[str]:
        return iter(self.terms())


class _Idfs(dict[str, float]):
    """term -> corpus-wide idf, computed on first use (a bounded cache)."""

    def __init__(self, owner: MultiBM25) -> None:
        super().__init__()
        self._owner = owner

    def __missing__(self, term: str) -> float:
        if len(self) >= BOUND_CACHE:
            self.clear()
        value = self[term] = self._owner.stats.idf(self._owner.df(term))
        return value


class MultiBM25:
    """BM25 over segments: the interface of BM25 (vocab, term_idf, top_k, get_scores) with global rows.

    `parts` pairs each segment with its row map: local row -> global row (rows of dead
    sentences map to 0 and are never returned). Row maps increase, so ties at equal
    scores are broken by global row as in one index."""

    def __init__(self, parts: list[tuple[SegmentBM25, np.ndarray]], stats: Stats) -> None:
        self.stats = stats
        self.parts = parts
        self.k1, self.b, self.epsilon = K1, B, EPSILON
        self.n_docs = stats.rows
        self.avgdl = stats.avgdl
        self.vocab = _UnionVocab(self)
        self._idfs = _Idfs(self)
        self._df: dict[str, int] = {}
        cache = WeightCache()
        for seg, _ in parts:
            seg._idf_of = self._idfs
            seg._cache = cache
        self._order = sorted(range(len(parts)), key=lambda s: -parts[s][0].n_docs)  # largest first

    def df(self, term: str) -> int:
        found = self._df.get(term)
        if found is None:
            if len(self._df) >= BOUND_CACHE:
                self._df.clear()
            found = self._df[term] = sum(seg.live_df(term) for seg, _ in self.parts)
        return found

    def term_idf(self, term: str) -> float | None:
        return self._idfs[term] if self.df(term) else None

    @property
    def max_idf(self) -> float:
        return self.stats.max_idf

    @property
    def n_postings(self) -> int:
        """Postings stored in all segments (those of deleted documents included)."""
        return sum(seg.n_postings for seg, _ in self.parts)

    def top_k(self, query: Sequence[str], k: int = 10, weights: Sequence[float] | None = None,
              allow: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        ids: list[np.ndarray] = []
        scores: list[np.ndarray] = []
        floor = 0.0
        for i in self._order:  # the largest segment first: its k-th score lets the others prune
            seg, row_map = self.parts[i]
            local_allow = None if allow is None else allow[row_map]
            r, s = seg.top_k(query, k, weights, local_allow, floor)
            ids.append(row_map[r])
            scores.append(s)
            found = np.concatenate(scores)
            if len(found) >= k:
                floor = max(floor, float(np.partition(found, len(found) - k)[len(found) - k]))
        if not ids:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        return _best(np.concatenate(ids).astype(np.int64), np.concatenate(scores), k)

    def get_scores(self, query: Sequence[str], weights: Sequence[float] | None = None) -> np.ndarray:
        out = np.zeros(self.n_docs, dtype=np.float64)
        for seg, row_map in self.parts:
            local = seg.get_scores(query, weights)
            live = slice(None) if seg.dead is None else ~seg.dead
            out[row_map[live]] = local[live]
        return out
