"""BM25 (Okapi) over an inverted index, scoring exactly as rank_bm25.BM25Okapi.

rank_bm25 scores every passage for every query term in Python; here each term's
postings carry their precomputed BM25 weight, so a query only touches the
passages that contain its terms. The idf (with rank_bm25's epsilon floor for
negative values) and the length normalisation are the same formulas, so the
scores are equal to floating-point rounding.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

K1 = 1.5
B = 0.75
EPSILON = 0.25


class BM25:
    def __init__(
        self,
        vocab: dict[str, int],
        doc_len: np.ndarray,
        indptr: np.ndarray,
        postings: np.ndarray,
        tf: np.ndarray,
        k1: float = K1,
        b: float = B,
        epsilon: float = EPSILON,
    ) -> None:
        self.vocab = vocab
        self.doc_len = doc_len
        self.indptr = indptr
        self.postings = postings
        self.tf = tf
        self.k1, self.b, self.epsilon = k1, b, epsilon
        self.n_docs = int(len(doc_len))
        self.avgdl = float(doc_len.sum()) / self.n_docs if self.n_docs else 0.0
        self.idf = self._idf()
        self.weights = self._weights()

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
        cls, vocab: dict[str, int], term_ids: np.ndarray, doc_len: np.ndarray, **params: float
    ) -> BM25:
        """Index from every passage's term ids laid end to end (passage i has doc_len[i])."""
        n_terms = len(vocab)
        doc_of = np.repeat(np.arange(len(doc_len), dtype=np.int64), doc_len)
        key = np.asarray(term_ids, dtype=np.int64) * max(len(doc_len), 1) + doc_of
        uniq, counts = np.unique(key, return_counts=True)  # sorted by term, then passage
        n = max(len(doc_len), 1)
        terms = (uniq // n).astype(np.int64)
        postings = (uniq % n).astype(np.int32)
        indptr = np.zeros(n_terms + 1, dtype=np.int64)
        np.cumsum(np.bincount(terms, minlength=n_terms), out=indptr[1:])
        return cls(vocab, np.asarray(doc_len, dtype=np.int32), indptr, postings,
                   counts.astype(np.float32), **params)

    def _idf(self) -> np.ndarray:
        df = np.diff(self.indptr).astype(np.float64)
        if not len(df):
            return df
        idf = np.log(self.n_docs - df + 0.5) - np.log(df + 0.5)
        eps = self.epsilon * idf.mean()  # rank_bm25 averages before flooring
        idf[idf < 0] = eps
        return idf

    def _weights(self) -> np.ndarray:
        if not len(self.postings):
            return np.zeros(0, dtype=np.float64)
        tf = self.tf.astype(np.float64)
        dl = self.doc_len[self.postings].astype(np.float64)
        norm = self.k1 * (1 - self.b + self.b * dl / self.avgdl)
        per_term = np.repeat(self.idf, np.diff(self.indptr))
        return per_term * (tf * (self.k1 + 1)) / (tf + norm)

    # -- querying ---------------------------------------------------------
    def _query_terms(self, query: Sequence[str], weights: Sequence[float] | None):
        counts: Counter[int] = Counter()
        qw: dict[int, float] = {}
        for i, t in enumerate(query):
            tid = self.vocab.get(t)
            if tid is None:
                continue
            w = 1.0 if weights is None else float(weights[i])
            qw[tid] = qw.get(tid, 0.0) + w
            counts[tid] += 1
        return qw

    def get_scores(self, query: Sequence[str], weights: Sequence[float] | None = None) -> np.ndarray:
        """A score for every passage, as rank_bm25's get_scores gives them."""
        scores = np.zeros(self.n_docs, dtype=np.float64)
        for tid, w in self._query_terms(query, weights).items():
            lo, hi = self.indptr[tid], self.indptr[tid + 1]
            scores[self.postings[lo:hi]] += w * self.weights[lo:hi]
        return scores

    def top_k(
        self, query: Sequence[str], k: int = 10, weights: Sequence[float] | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Passage ids and scores of the k best passages sharing a term with the query, best first.

        On a tiny corpus every idf can be negative (rank_bm25 floors them at a negative
        epsilon), so matching passages are kept whatever the sign of their score.
        """
        qterms = self._query_terms(query, weights)
        if not qterms or k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        parts_ids, parts_w = [], []
        for tid, w in qterms.items():
            lo, hi = self.indptr[tid], self.indptr[tid + 1]
            parts_ids.append(self.postings[lo:hi])
            parts_w.append(self.weights[lo:hi] * w if w != 1.0 else self.weights[lo:hi])
        ids = np.concatenate(parts_ids)
        wts = np.concatenate(parts_w)
        if len(parts_ids) == 1:
            cand, scores = ids.astype(np.int64), wts
        elif len(ids) * 8 < self.n_docs:
            cand, inv = np.unique(ids, return_inverse=True)
            scores = np.bincount(inv, weights=wts, minlength=len(cand))
        else:
            full = np.bincount(ids, weights=wts, minlength=self.n_docs)
            cand = np.flatnonzero(full)
            scores = full[cand]
        if len(cand) > k:
            part = np.argpartition(-scores, k - 1)[:k]
            cand, scores = cand[part], scores[part]
        order = np.lexsort((cand, -scores))  # ties: lower passage id first
        return cand[order].astype(np.int64), scores[order]
