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

from qa.bm25 import BM25, EPSILON, K1, B, _best, length_norm, weight
from qa.postings import Column, Packed

BOUND_CACHE = 200_000  # per-term bounds and idfs remembered per segment
BLOCK_CACHE = 20_000  # terms whose per-block bounds are remembered per segment
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


def live_df(indptr: np.ndarray, packed: Packed, dead: np.ndarray | None) -> np.ndarray:
    """Each term's number of live sentences (the postings decoded a few million at a time)."""
    indptr = np.asarray(indptr)
    df = np.diff(indptr).astype(np.int64)
    if dead is None or not dead.any() or not len(packed):
        return df
    step = 1 << 21
    for lo in range(0, len(packed), step):
        hi = min(lo + step, len(packed))
        docs, _ = packed.span(lo, hi)
        t = np.searchsorted(indptr, np.arange(lo, hi)[dead[docs]], side="right") - 1
        df -= np.bincount(t, minlength=len(df))
    return df


class SegmentBM25(BM25):
    """One segment's packed postings, weighed with the corpus-wide statistics at query time."""

    def __init__(self, vocab: Mapping[str, int], doc_len: np.ndarray, indptr: np.ndarray, packed: Packed,
                 stats: Stats, idf_of: Mapping[str, float] | None = None,
                 dead: np.ndarray | None = None) -> None:
        # no per-posting arrays are made: a query decodes and weighs what it reads
        self.vocab = vocab
        self.doc_len, self.indptr, self.packed = doc_len, indptr, packed
        self.postings, self.tf = Column(packed, 0), Column(packed, 1)  # type: ignore[assignment]  # read like arrays
        self.k1, self.b, self.epsilon = K1, B, EPSILON
        self.n_docs = len(doc_len)
        self.avgdl = stats.avgdl
        self.stats = stats
        self.dead = dead if dead is not None and dead.any() else None
        self._idf_of = idf_of  # term -> corpus-wide idf (the owner's cache)
        self._norm: np.ndarray | None = None
        self._lists: dict[int, _List] = {}  # term -> its decoded postings (least recently used first)
        self._cache: WeightCache | None = None
        self._term: dict[int, str] = {}
        self._bounds: dict[int, float] = {}
        self._blocks: dict[int, np.ndarray] = {}
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
            self._norm = length_norm(np.asarray(self.doc_len).astype(np.float64), self.k1, self.b, self.avgdl)
        return self._norm

    def _weigh(self, tid: int, docs: np.ndarray, tf: np.ndarray) -> np.ndarray:
        """BM25 weights of postings of term tid, with the formula and operation order of BM25._weights."""
        return weight(self._tidf(tid), tf.astype(np.float64), self._norms()[docs], self.k1)

    def _list(self, tid: int, lo: int, hi: int) -> _List:
        got = self._lists.pop(tid, None)
        if got is None:
            docs, tf = self.packed.span(lo, hi)
            got = _List(docs, tf)
            if self._cache is not None:
                self._cache.add(self, got.nbytes)
        self._lists[tid] = got  # the most recently used last
        return got

    def _plist(self, tid: int, lo: int, hi: int) -> np.ndarray:
        return self._list(tid, lo, hi).docs

    def _w(self, tid: int, lo: int, hi: int) -> np.ndarray:
        got = self._list(tid, lo, hi)
        if got.weights is None:
            got.weights = self._weigh(tid, got.docs, got.tf)
            if self._cache is not None:
                self._cache.add(self, got.weights.nbytes)
        return got.weights

    def _w_at(self, tid: int, at: np.ndarray) -> np.ndarray:
        lo = int(self.indptr[tid])
        got = self._lists.get(tid)
        if got is not None:
            return self._w(tid, lo, int(self.indptr[tid + 1]))[at - lo]
        docs, tf = self.packed.at(at)
        return self._weigh(tid, docs, tf)

    def _probe(self, tid: int, lo: int, hi: int, cand: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if tid in self._lists:
            return super()._probe(tid, lo, hi, cand)
        hit, _, tf = self.packed.probe(tid, cand)  # only the blocks that could hold a candidate
        return hit, self._weigh(tid, cand[hit], tf)

    def _block_bounds(self, tid: int) -> np.ndarray:
        """Each block's largest possible weight, from its largest frequency and shortest sentence
        (weights grow with the one and shrink with the other), so nothing is decoded."""
        found = self._blocks.get(tid)
        if found is None:
            pk = self.packed
            b0, b1 = int(pk.bptr[tid]), int(pk.bptr[tid + 1])
            norm = length_norm(pk.mindl[b0:b1].astype(np.float64), self.k1, self.b, self.avgdl)
            found = weight(self._tidf(tid), pk.maxtf[b0:b1].astype(np.float64), norm, self.k1)
            if len(self._blocks) >= BLOCK_CACHE:
                self._blocks.clear()
            self._blocks[tid] = found
        return found

    def _bound(self, tid: int) -> float:
        found = self._bounds.get(tid)
        if found is None:
            blocks = self._block_bounds(tid)
            found = float(blocks.max()) if len(blocks) else 0.0
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
        return hi - lo - int(np.count_nonzero(self.dead[self._plist(tid, lo, hi)]))

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


@dataclass
class _List:
    """A term's decoded postings in one segment, and their weights once a query asked for them."""

    docs: np.ndarray
    tf: np.ndarray
    weights: np.ndarray | None = None

    @property
    def nbytes(self) -> int:
        return self.docs.nbytes + self.tf.nbytes + (0 if self.weights is None else self.weights.nbytes)


class WeightCache:
    """A byte budget for the decoded postings and weights the segments keep: past it, each segment
    forgets its least recently used terms (a long-running process ends up holding the terms it is
    asked about; a cold `qa ask` decodes only its own)."""

    def __init__(self, mb: int = WEIGHT_CACHE_MB) -> None:
        self.limit = mb << 20
        self.used = 0

    def add(self, seg: SegmentBM25, nbytes: int) -> None:
        self.used += nbytes
        while self.used > self.limit and len(seg._lists) > 1:
            old = seg._lists.pop(next(iter(seg._lists)))
            self.used -= old.nbytes
        if self.used > self.limit:  # this segment holds nothing more to forget: start afresh
            self.used = nbytes


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
              allow: np.ndarray | None = None, only: Sequence[int] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The k best of all segments, or of the segments `only` names (a cluster's shard)."""
        ids: list[np.ndarray] = []
        scores: list[np.ndarray] = []
        floor = 0.0
        shard = None if only is None else set(only)
        chosen = self._order if shard is None else [i for i in self._order if i in shard]
        for i in chosen:  # the largest segment first: its k-th score lets the others prune
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
