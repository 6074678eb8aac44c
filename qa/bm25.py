"""BM25 (Okapi) over an inverted index, scoring exactly as rank_bm25.BM25Okapi.

rank_bm25 scores every passage for every query term in Python; here each term's
postings carry their precomputed BM25 weight, so a query only touches the
passages that contain its terms. The idf (with rank_bm25's epsilon floor for
negative values) and the length normalisation are the same formulas, so the
scores are equal to floating-point rounding.

top_k prunes with per-term upper bounds (MaxScore): the passages of the query's
rarest, heaviest terms are scored in full first, and a frequent term's postings
are only probed for those candidates once no passage lacking the heavy terms can
reach the k-th score. The result is exactly that of scoring every passage.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import numpy as np

K1 = 1.5
B = 0.75
EPSILON = 0.25

DENSE_FRACTION = 8  # past n_docs / this many candidates, accumulate into one dense array
SMALL = 40_000  # up to this many passages, a query simply scores every matching one (faster there)
POOL_SCAN = 50_000  # longer postings lists are not scanned for their own best partial scores
_SLACK = 1e-9  # relative margin on the pruning bound for floating-point rounding
_ABSENT = object()


def length_norm(dl: np.ndarray, k1: float, b: float, avgdl: float) -> np.ndarray:
    """BM25's length normalisation of sentences of dl tokens (float64)."""
    return k1 * (1 - b + b * dl / avgdl)


def weight(idf: Any, tf: np.ndarray, norm: np.ndarray, k1: float) -> np.ndarray:
    """BM25 weights of postings (tf float64): one formula and one order of operations for every
    index, stored or segmented, so that their scores are equal to the last bit."""
    return idf * (tf * (k1 + 1)) / (tf + norm)


def csr(
    chunks: Iterable[tuple[np.ndarray, np.ndarray, np.ndarray]], n_terms: int, n_rows: int, size: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Postings (indptr, passages, term frequencies) from (term, passage, tf) triples in any order.

    `size` bounds the number of triples. Each triple is packed into one int64 sort key
    (term, then passage, then tf in the low 16 bits), so one in-place sort orders them
    and no index arrays are needed: a 10M-posting corpus sorts in ~100 MB. Chunks are
    consumed one at a time, so a generator can make them from larger arrays lazily.
    """
    n = max(n_rows, 1)
    if n_terms * n >= 1 << 46:  # pragma: no cover - beyond any corpus this runs on
        raise ValueError("too many terms and passages to index")
    key = np.empty(size, dtype=np.int64)
    end = 0
    wide: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []  # triples with tf >= 2**16 (never seen)
    for terms, rows, tf in chunks:
        m = len(terms)
        k = key[end:end + m]
        k[:] = terms
        k *= n
        k += rows
        k <<= 16
        if m and int(tf.max()) >= 1 << 16:
            big = tf >= 1 << 16
            wide.append((np.asarray(terms)[big], np.asarray(rows)[big], np.asarray(tf)[big]))
        k |= np.minimum(tf, (1 << 16) - 1)
        end += m
    key = key[:end]
    key.sort()
    postings = np.empty(end, dtype=np.int32)
    freq = np.empty(end, dtype=np.int32)
    counts = np.zeros(n_terms, dtype=np.int64)
    step = 1 << 21
    for lo in range(0, end, step):
        part = key[lo:lo + step]
        freq[lo:lo + len(part)] = part & 0xFFFF
        rest = part >> 16
        t = rest // n
        postings[lo:lo + len(part)] = rest - t * n
        counts += np.bincount(t, minlength=n_terms)
    del key
    indptr = np.zeros(n_terms + 1, dtype=np.int64)
    np.cumsum(counts, out=indptr[1:])
    for terms, rows, tf in wide:  # pragma: no cover - a passage repeating a word 65,536 times
        for t, r, f in zip(terms.tolist(), rows.tolist(), tf.tolist()):
            i = int(np.searchsorted(postings[indptr[t]:indptr[t + 1]], r)) + int(indptr[t])
            freq[i] = f
    return indptr, postings, freq


class Vocab(Mapping[str, int]):
    """Sorted terms in one UTF-8 blob with offsets: term -> id by binary search.

    Loading it parses nothing, so a memory-mapped vocabulary of millions of terms
    is ready at once; a lookup costs a few microseconds.
    """

    def __init__(self, blob: bytes | memoryview, offsets: np.ndarray) -> None:
        self._blob = blob
        self._off = offsets
        self._n = len(offsets) - 1 if len(offsets) else 0
        self._seen: dict[str, int | None] = {}  # lookups already made

    @classmethod
    def from_sorted(cls, terms: Sequence[str]) -> Vocab:
        encoded = [t.encode("utf-8") for t in terms]
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(e) for e in encoded], out=offsets[1:])
        return cls(b"".join(encoded), offsets)

    @property
    def blob(self) -> bytes | memoryview:
        return self._blob

    @property
    def offsets(self) -> np.ndarray:
        return self._off

    def term(self, i: int) -> str:
        return bytes(self._blob[int(self._off[i]):int(self._off[i + 1])]).decode("utf-8")

    def terms(self) -> list[str]:
        off = self._off.tolist()
        blob = bytes(self._blob)
        return [blob[off[i]:off[i + 1]].decode("utf-8") for i in range(self._n)]

    def get(self, term: str, default: int | None = None) -> int | None:  # type: ignore[override]
        found = self._seen.get(term, _ABSENT)
        if found is _ABSENT:
            found = self._search(term)
            if len(self._seen) >= 100_000:
                self._seen.clear()
            self._seen[term] = found
        return default if found is None else found  # type: ignore[return-value]  # found: int here

    def _search(self, term: str) -> int | None:
        key = term.encode("utf-8", "surrogatepass")
        blob, off = self._blob, self._off
        lo, hi = 0, self._n
        while lo < hi:
            mid = (lo + hi) // 2
            probe = bytes(blob[off[mid]:off[mid + 1]])
            if probe < key:
                lo = mid + 1
            elif probe > key:
                hi = mid
            else:
                return mid
        return None

    def __getitem__(self, term: str) -> int:
        i = self.get(term)
        if i is None:
            raise KeyError(term)
        return i

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self.get(term) is not None

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator[str]:
        return iter(self.terms())


class BM25:
    def __init__(
        self,
        vocab: Mapping[str, int],
        doc_len: np.ndarray,
        indptr: np.ndarray,
        postings: np.ndarray,
        tf: np.ndarray,
        k1: float = K1,
        b: float = B,
        epsilon: float = EPSILON,
        *,
        idf: np.ndarray | None = None,
        weights: np.ndarray | None = None,
        max_weight: np.ndarray | None = None,
    ) -> None:
        """postings[indptr[t]:indptr[t+1]] are the passages holding term t, in increasing order."""
        self.vocab = vocab
        self.doc_len = doc_len
        self.indptr = indptr
        self.postings = postings
        self.tf = tf
        self.k1, self.b, self.epsilon = k1, b, epsilon
        self.n_docs = len(doc_len)
        self.avgdl = float(doc_len.sum(dtype=np.int64)) / self.n_docs if self.n_docs else 0.0
        self.idf = self._idf() if idf is None else idf
        self.weights = self._weights() if weights is None else weights
        self.max_weight = self._max_weight() if max_weight is None else max_weight
        self._local = threading.local()

    # -- building ---------------------------------------------------------
    @classmethod
    def from_tokens(cls, corpus: Sequence[Sequence[str]], **params: float) -> BM25:
        vocab: dict[str, int] = {}
        flat: list[int] = []
        lens = np.zeros(len(corpus), dtype=np.int32)
        for i, toks in enumerate(corpus):
            lens[i] = len(toks)
            for t in toks:
                tid = vocab.get(t)
                if tid is None:
                    tid = vocab[t] = len(vocab)
                flat.append(tid)
        return cls.from_ids(vocab, np.asarray(flat, dtype=np.int32), lens, **params)

    @classmethod
    def from_ids(
        cls, vocab: Mapping[str, int], term_ids: np.ndarray, doc_len: np.ndarray, **params: float
    ) -> BM25:
        """Index from every passage's term ids laid end to end (passage i has doc_len[i])."""
        n = max(len(doc_len), 1)
        doc_of = np.repeat(np.arange(len(doc_len), dtype=np.int64), doc_len)
        key = np.asarray(term_ids, dtype=np.int64) * n + doc_of
        uniq, counts = np.unique(key, return_counts=True)  # sorted by term, then passage
        indptr = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(np.bincount(uniq // n, minlength=len(vocab)), out=indptr[1:])
        return cls(vocab, np.asarray(doc_len, dtype=np.int32), indptr, (uniq % n).astype(np.int32),
                   counts.astype(np.int32), **params)  # type: ignore[arg-type]  # k1, b, epsilon

    @classmethod
    def from_triples(
        cls, vocab: Mapping[str, int], terms: np.ndarray, rows: np.ndarray, tf: np.ndarray,
        doc_len: np.ndarray, **params: float,
    ) -> BM25:
        """Index from (term, passage, term frequency) triples, one per distinct term of a passage."""
        indptr, postings, freq = csr([(terms, rows, tf)], len(vocab), len(doc_len), len(terms))
        return cls(vocab, np.asarray(doc_len, dtype=np.int32), indptr, postings, freq,
                   **params)  # type: ignore[arg-type]  # k1, b, epsilon

    def _idf(self) -> np.ndarray:
        df = np.diff(self.indptr).astype(np.float64)
        if not len(df):
            return df
        idf = np.log(self.n_docs - df + 0.5) - np.log(df + 0.5)
        eps = self.epsilon * idf.mean()  # rank_bm25 averages before flooring
        idf[idf < 0] = eps
        return idf

    def _weights(self) -> np.ndarray:
        out = np.empty(len(self.postings), dtype=np.float64)
        if not len(out):
            return out
        term_of = np.repeat(np.arange(len(self.indptr) - 1, dtype=np.int32), np.diff(self.indptr))
        step = 1 << 20  # in blocks, so a 10M-posting index needs no 10M-long temporaries
        for lo in range(0, len(out), step):
            hi = min(lo + step, len(out))
            tf = self.tf[lo:hi].astype(np.float64)
            dl = self.doc_len[self.postings[lo:hi]].astype(np.float64)
            out[lo:hi] = weight(self.idf[term_of[lo:hi]], tf, length_norm(dl, self.k1, self.b, self.avgdl), self.k1)
        return out

    def _max_weight(self) -> np.ndarray:
        out = np.zeros(len(self.indptr) - 1, dtype=np.float64)
        lengths = np.diff(self.indptr)
        has = lengths > 0
        if has.any():
            out[has] = np.maximum.reduceat(self.weights, self.indptr[:-1][has])
        return out

    # -- querying ---------------------------------------------------------
    def _query_terms(self, query: Sequence[str], weights: Sequence[float] | None) -> dict[int, float]:
        qw: dict[int, float] = {}
        for i, t in enumerate(query):
            tid = self.vocab.get(t)
            if tid is None:
                continue
            w = 1.0 if weights is None else float(weights[i])
            qw[tid] = qw.get(tid, 0.0) + w
        return qw

    def get_scores(self, query: Sequence[str], weights: Sequence[float] | None = None) -> np.ndarray:
        """A score for every passage, as rank_bm25's get_scores gives them."""
        scores = np.zeros(self.n_docs, dtype=np.float64)
        for tid, w in self._query_terms(query, weights).items():
            lo, hi = int(self.indptr[tid]), int(self.indptr[tid + 1])
            scores[self._plist(tid, lo, hi)] += w * self._w(tid, lo, hi)
        return scores

    def _plist(self, tid: int, lo: int, hi: int) -> np.ndarray:
        """The passages of term tid (postings lo..hi), increasing."""
        return self.postings[lo:hi]

    def _probe(self, tid: int, lo: int, hi: int, cand: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Which sorted candidates hold term tid (a mask over cand), and the weights of those postings."""
        plist = self._plist(tid, lo, hi)
        pos = np.searchsorted(plist, cand)
        pos[pos == len(plist)] = 0
        hit = plist[pos] == cand
        return hit, self._w_at(tid, lo + pos[hit])

    def _w(self, tid: int, lo: int, hi: int) -> np.ndarray:
        """The BM25 weights of postings lo..hi, all of term tid."""
        return self.weights[lo:hi]

    def _w_at(self, tid: int, at: np.ndarray) -> np.ndarray:
        """The weights of some postings of term tid (positions into the postings)."""
        return self.weights[at]

    def _bound(self, tid: int) -> float:
        """An upper bound of term tid's weights (MaxScore prunes with it)."""
        return float(self.max_weight[tid])

    def term_idf(self, term: str) -> float | None:
        """A term's idf (floored as in scoring); None when no passage holds it."""
        tid = self.vocab.get(term)
        return None if tid is None else float(self.idf[tid])

    @property
    def n_postings(self) -> int:
        """Postings stored (a sentence's distinct terms, summed)."""
        return len(self.postings)

    @property
    def max_idf(self) -> float:
        """The largest idf of any term (that of the rarest ones)."""
        return float(self.idf.max()) if len(self.idf) else 0.0

    def _contribution(self, tid: int, w: float) -> np.ndarray:
        lo, hi = int(self.indptr[tid]), int(self.indptr[tid + 1])
        wts = self._w(tid, lo, hi)
        return wts * w if w != 1.0 else wts

    def _score(self, qterms: dict[int, float], cand: np.ndarray) -> np.ndarray:
        """Full scores of candidate passages (sorted ids), adding terms in query order."""
        scores = np.zeros(len(cand), dtype=np.float64)
        for tid, w in qterms.items():
            lo, hi = int(self.indptr[tid]), int(self.indptr[tid + 1])
            if hi - lo <= len(cand):  # short list: find its passages among the candidates
                plist = self._plist(tid, lo, hi)
                pos = np.searchsorted(cand, plist)
                pos[pos == len(cand)] = 0
                hit = cand[pos] == plist
                if hit.any():
                    wts = self._w_at(tid, lo + np.flatnonzero(hit))
                    scores[pos[hit]] += w * wts if w != 1.0 else wts
            else:  # long list: probe it for each candidate
                hit, wts = self._probe(tid, lo, hi, cand)
                if hit.any():
                    scores[hit] += w * wts if w != 1.0 else wts
        return scores

    def top_k(
        self, query: Sequence[str], k: int = 10, weights: Sequence[float] | None = None,
        allow: np.ndarray | None = None, floor: float = 0.0,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Passage ids and scores of the k best passages sharing a term with the query, best first.

        On a tiny corpus every idf can be negative (rank_bm25 floors them at a negative
        epsilon), so matching passages are kept whatever the sign of their score.
        Equal scores are ordered by passage id, lower first. With `allow` (a boolean per
        passage), only allowed passages are ranked: the k best *within* the filter, with the
        scores of the whole corpus (idf is not recomputed for the part). `floor` is a score
        that k passages elsewhere reach (another segment's): passages below it may be left out.
        """
        qterms = self._query_terms(query, weights)
        if not qterms or k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        if len(qterms) == 1:
            (tid, w), = qterms.items()
            lo, hi = int(self.indptr[tid]), int(self.indptr[tid + 1])
            plist, contrib = self._plist(tid, lo, hi), self._contribution(tid, w)
            if allow is not None:
                keep = allow[plist]
                plist, contrib = plist[keep], contrib[keep]
            return _best(plist, contrib, k)
        if self.n_docs > SMALL:
            found = self._pruned(qterms, k, allow, floor)
            if found is not None:
                return found
        return self._dense(qterms, k, allow)

    def _buffer(self) -> np.ndarray:
        """A zeroed score per passage, one per thread, reused (and left zeroed) by each query."""
        acc = getattr(self._local, "acc", None)
        if acc is None:
            acc = self._local.acc = np.zeros(self.n_docs, dtype=np.float64)
        return acc

    def _pruned(self, qterms: dict[int, float], k: int, allow: np.ndarray | None = None,
                floor: float = 0.0) -> tuple[np.ndarray, np.ndarray] | None:
        """MaxScore over a dense accumulator; None when it does not apply (a non-positive weight).

        1. Terms are added to a per-passage accumulator heaviest bound first. theta, the
           k-th best partial score among one term's passages, is a lower bound of the final
           k-th best score; once the bounds of the terms left sum below theta, a passage
           with none of the added terms cannot reach the top k.
        2. The candidates are the passages of the added terms whose partial score plus the
           bounds left reaches theta. Each remaining term adds its weights to them (probing
           its postings, or adding its whole list when that is cheaper), after which theta
           rises and the candidates shrink.
        3. The survivors get their exact scores (terms added in query order, as get_scores
           does) and the best k are returned: exactly those of scoring every passage.
        """
        terms = []
        for tid, w in qterms.items():
            if w <= 0:
                return None
            bound = w * self._bound(tid)
            if bound <= 0:
                return None
            lo, hi = int(self.indptr[tid]), int(self.indptr[tid + 1])
            terms.append((bound, lo, hi, w, tid))
        terms.sort(key=lambda t: -t[0])
        rest = [0.0] * (len(terms) + 1)
        for j in range(len(terms) - 1, -1, -1):
            rest[j] = rest[j + 1] + terms[j][0]
        acc = self._buffer()
        added: list[np.ndarray] = []
        pool = np.zeros(0, dtype=np.int32)  # passages with the best partial scores so far
        theta = max(0.0, floor)  # k passages elsewhere reach the floor
        cand = pool
        try:
            j = 0
            while j < len(terms):  # 1. the terms that matter
                if j and rest[j] * (1 + _SLACK) < theta:
                    break
                _, lo, hi, w, tid = terms[j]
                plist = self._plist(tid, lo, hi)
                wts = self._w(tid, lo, hi)
                acc[plist] += wts * w if w != 1.0 else wts  # a term holds a passage once
                added.append(plist)
                inside = plist if allow is None else plist[allow[plist]]  # theta counts allowed ones only
                if len(inside) >= k and (len(inside) <= POOL_SCAN or len(pool) < k):
                    vals = acc[inside]
                    top = inside[np.argpartition(vals, len(vals) - k)[len(vals) - k:]]
                    pool = _dedupe(np.concatenate([pool, top]))
                if len(pool) >= k:
                    theta = max(theta, _kth(acc[pool], k))
                j += 1
            need = _floor(theta - rest[j])
            cand = _dedupe(np.concatenate([p[acc[p] >= need] for p in added]))
            if allow is not None:
                cand = cand[allow[cand]]
            while j < len(terms) and len(cand):  # 2. the others, for the candidates only
                _, lo, hi, w, tid = terms[j]
                if hi - lo <= 8 * len(cand):
                    plist = self._plist(tid, lo, hi)
                    wts = self._w(tid, lo, hi)
                    acc[plist] += wts * w if w != 1.0 else wts  # a term holds a passage once
                    added.append(plist)
                else:
                    hit, wts = self._probe(tid, lo, hi, cand)
                    acc[cand[hit]] += wts * w
                j += 1
                vals = acc[cand]
                if len(cand) >= k:
                    theta = max(theta, _kth(vals, k))
                cand = cand[vals >= _floor(theta - rest[j])]
        finally:
            for p in added:
                acc[p] = 0.0
            acc[cand] = 0.0
        return _best(cand, self._score(qterms, cand), k)

    def _dense(self, qterms: dict[int, float], k: int,
               allow: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        parts_ids, parts_w = [], []
        for tid, w in qterms.items():
            lo, hi = int(self.indptr[tid]), int(self.indptr[tid + 1])
            parts_ids.append(self._plist(tid, lo, hi))
            parts_w.append(self._contribution(tid, w))
        ids = np.concatenate(parts_ids)
        wts = np.concatenate(parts_w)
        if allow is not None:
            keep = allow[ids]
            ids, wts = ids[keep], wts[keep]
        if len(ids) * DENSE_FRACTION < self.n_docs:
            cand = _dedupe(ids)
            scores = np.bincount(np.searchsorted(cand, ids), weights=wts, minlength=len(cand))
        else:
            full = np.bincount(ids, weights=wts, minlength=self.n_docs)
            hit = np.zeros(self.n_docs, dtype=bool)
            hit[ids] = True
            cand = np.flatnonzero(hit)
            scores = full[cand]
        return _best(cand, scores, k)


def _kth(values: np.ndarray, k: int) -> float:
    """The k-th largest value (len(values) >= k)."""
    return float(np.partition(values, len(values) - k)[len(values) - k])


def _floor(x: float) -> float:
    """x lowered by the rounding slack: a bound compared with a sum added in another order."""
    return x - abs(x) * _SLACK - 1e-12


def _dedupe(ids: np.ndarray) -> np.ndarray:
    """The distinct ids, sorted (np.unique, without its slow hashing path)."""
    if len(ids) < 2:
        return ids
    ids = np.sort(ids)
    keep = np.empty(len(ids), dtype=bool)
    keep[0] = True
    np.not_equal(ids[1:], ids[:-1], out=keep[1:])
    return ids[keep]


def _best(cand: np.ndarray, scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The k best (highest score, then lowest id) of candidates given in increasing id order."""
    if len(cand) > k:
        kth = np.partition(scores, len(scores) - k)[len(scores) - k]
        keep = np.flatnonzero(scores >= kth)  # every tie at the k-th score, to pick the lowest ids
        cand, scores = cand[keep], scores[keep]
    order = np.lexsort((cand, -scores))[:k]
    return cand[order].astype(np.int64), scores[order]
