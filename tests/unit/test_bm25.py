"""BM25 parity with rank_bm25.BM25Okapi, and the pruned top-k against scoring everything."""

from __future__ import annotations

import json

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from qa import bm25 as bm25_mod
from qa.bm25 import BM25, Vocab, csr
from qa.corpus import load_corpus
from qa.index import CorpusIndex
from qa.lexicon.tokens import tokenize
from tests.conftest import NEWSWIRE


def _expected_top(scores: np.ndarray, corpus: list[list[str]], query: list[str], k: int) -> list[int]:
    """rank_bm25's ranking of the passages sharing a query term; equal scores: lower id first."""
    q = set(query)
    matched = np.asarray([i for i, doc in enumerate(corpus) if q & set(doc)], dtype=np.int64)
    if not len(matched):
        return []
    return matched[np.lexsort((matched, -scores[matched]))][:k].tolist()


def _random_corpus(rng: np.random.Generator, n: int, vocab: int) -> list[list[str]]:
    return [[f"t{x}" for x in rng.zipf(1.4, int(rng.integers(0, 20))) % vocab] for _ in range(n)]


@pytest.mark.parametrize("seed", range(6))
def test_scores_and_top_k_equal_rank_bm25_on_a_random_corpus(seed):
    rng = np.random.default_rng(seed)
    corpus = _random_corpus(rng, int(rng.integers(50, 400)), int(rng.integers(20, 300)))
    ref = BM25Okapi(corpus)
    ours = BM25.from_tokens(corpus)
    for _ in range(25):
        query = [f"t{x}" for x in rng.zipf(1.3, int(rng.integers(1, 6))) % 300]
        expected = ref.get_scores(query)
        assert np.allclose(ours.get_scores(query), expected, rtol=1e-9, atol=1e-12)
        k = int(rng.integers(1, 12))
        ids, scores = ours.top_k(query, k)
        assert ids.tolist() == _expected_top(expected, corpus, query, k)
        assert np.allclose(scores, expected[ids], rtol=1e-9, atol=1e-12)


def test_scores_and_top_k_equal_rank_bm25_on_the_newswire_sample():
    docs = load_corpus(NEWSWIRE / "articles.jsonl")
    index = CorpusIndex.build(docs)
    corpus = []
    for row in index.rows.tolist():
        d = index.docs[int(index.p_doc[row])]
        corpus.append(tokenize(d.text[int(index.p_start[row]):int(index.p_end[row])]))
    ref = BM25Okapi(corpus)
    questions = [json.loads(line)["question"] for line in (NEWSWIRE / "gold.jsonl").read_text().splitlines()]
    assert len(questions) > 100
    for q in questions:
        query = tokenize(q)
        expected = ref.get_scores(query)
        assert np.allclose(index.bm25.get_scores(query), expected, rtol=1e-9, atol=1e-12)
        ids, scores = index.bm25.top_k(query, 10)
        assert ids.tolist() == _expected_top(expected, corpus, query, 10), q
        assert np.allclose(scores, expected[ids], rtol=1e-9, atol=1e-12)


def _brute_top(bm: BM25, query: list[str], weights: list[float] | None, k: int) -> tuple[list[int], np.ndarray]:
    scores = bm.get_scores(query, weights)
    hit = np.zeros(bm.n_docs, dtype=bool)
    for t in query:
        tid = bm.vocab.get(t)
        if tid is not None:
            hit[bm.postings[bm.indptr[tid]:bm.indptr[tid + 1]]] = True
    cand = np.flatnonzero(hit)
    top = cand[np.lexsort((cand, -scores[cand]))][:k]
    return top.tolist(), scores[top]


def _zipf_index(seed: int, n: int, vocab: int):
    """(rng, index) of n random passages with Zipf-distributed words: long lists
    for common terms, ties, as in news."""
    rng = np.random.default_rng(seed)
    lens = rng.integers(1, 25, n)
    ids = (rng.zipf(1.25, int(lens.sum())) % vocab).astype(np.int32)
    return rng, BM25.from_ids({f"t{i}": i for i in range(vocab)}, ids, lens.astype(np.int32))


def _random_queries(rng: np.random.Generator, vocab: int, trials: int):
    """(terms, weights or None, k) of Zipf-drawn queries of 2 to 8 terms, as the engine asks them."""
    for trial in range(trials):
        m = int(rng.integers(2, 9))
        query = [f"t{x}" for x in rng.zipf(1.1, m) % vocab]
        weights = rng.choice([1.0, 0.5, 2.0], m).tolist() if trial % 2 else None
        yield query, weights, int(rng.choice([1, 5, 10, 30]))


def test_pruned_top_k_is_exactly_scoring_everything(monkeypatch):
    monkeypatch.setattr(bm25_mod, "SMALL", 0)  # take the MaxScore path on a small corpus
    n, vocab = 6000, 900
    rng, bm = _zipf_index(7, n, vocab)
    # duplicated passages make exact ties, as a resampled corpus does
    for query, weights, k in _random_queries(rng, vocab, 400):
        got, got_scores = bm.top_k(query, k, weights)
        want, want_scores = _brute_top(bm, query, weights, k)
        assert got.tolist() == want
        assert np.array_equal(got_scores, want_scores)  # same additions in the same order: bit-equal


def test_ties_go_to_the_lower_passage_id_even_at_the_kth_place(monkeypatch):
    monkeypatch.setattr(bm25_mod, "SMALL", 0)
    corpus = [["x", "y"]] * 30 + [["z", "w", "v"]] * 20
    bm = BM25.from_tokens(corpus)
    ids, scores = bm.top_k(["x", "y"], 7)
    assert ids.tolist() == list(range(7))
    assert len(set(scores.tolist())) == 1
    ids, scores = bm.top_k(["x", "z"], 35)
    assert ids.tolist() == list(range(30, 50)) + list(range(15))  # 'z' is rarer: its passages first


def test_every_matching_passage_is_kept_on_a_tiny_corpus_with_negative_idf():
    corpus = [["a", "b"], ["a"], ["a", "c"]]  # 'a' is everywhere: its idf is negative
    bm = BM25.from_tokens(corpus)
    ref = BM25Okapi(corpus)
    ids, scores = bm.top_k(["a"], 5)
    assert sorted(ids.tolist()) == [0, 1, 2]
    assert np.allclose(scores, ref.get_scores(["a"])[ids])


def test_vocab_blob_lookups():
    terms = sorted(["zeta", "alpha", "münchen", "u.s", "3.2", "at&t", "o'neill", "日本"])
    v = Vocab.from_sorted(terms)
    assert len(v) == len(terms) and list(v) == terms
    for i, t in enumerate(terms):
        assert v.get(t) == i and v[t] == i and t in v and v.term(i) == t
    assert v.get("beta") is None and "beta" not in v and 42 not in v
    with pytest.raises(KeyError):
        v["nope"]
    empty = Vocab.from_sorted([])
    assert len(empty) == 0 and empty.get("a") is None


def test_csr_from_triples_in_any_order_and_chunks():
    rng = np.random.default_rng(3)
    n_rows, n_terms = 500, 60
    pairs = {(int(t), int(r)) for t, r in zip(rng.integers(0, n_terms, 4000), rng.integers(0, n_rows, 4000))}
    triples = np.array([(t, r, int(rng.integers(1, 5))) for t, r in pairs], dtype=np.int64)
    rng.shuffle(triples)
    chunks = [(c[:, 0].astype(np.int32), c[:, 1].astype(np.int32), c[:, 2].astype(np.int32))
              for c in np.array_split(triples, 7)]
    indptr, postings, tf = csr(iter(chunks), n_terms, n_rows, len(triples) + 10)
    order = np.lexsort((triples[:, 1], triples[:, 0]))
    assert postings.tolist() == triples[order, 1].tolist()
    assert tf.tolist() == triples[order, 2].tolist()
    assert np.diff(indptr).tolist() == np.bincount(triples[:, 0], minlength=n_terms).tolist()


@pytest.mark.parametrize("small", [0, 10**9])  # the MaxScore path and the dense one
def test_top_k_within_a_filter_is_exactly_the_best_allowed(monkeypatch, small):
    monkeypatch.setattr(bm25_mod, "SMALL", small)
    n, vocab = 5000, 700
    rng, bm = _zipf_index(11, n, vocab)
    for trial in range(200):
        allow = rng.random(n) < rng.choice([0.01, 0.1, 0.5])
        m = int(rng.integers(1, 7))
        query = [f"t{x}" for x in rng.zipf(1.1, m) % vocab]
        weights = rng.choice([1.0, 0.5, 2.0], m).tolist() if trial % 2 else None
        k = int(rng.choice([1, 5, 30]))
        got, got_scores = bm.top_k(query, k, weights, allow=allow)
        every, scores = _brute_top(bm, query, weights, 10**9)
        want = [(w, s) for w, s in zip(every, scores) if allow[w]][:k]
        assert got.tolist() == [w for w, _ in want]
        assert got_scores.tolist() == [s for _, s in want]
        assert all(allow[got])


def test_a_packed_segment_with_block_max_pruning_ranks_exactly_as_scoring_everything(monkeypatch):
    """A segment's packed postings, weighed at query time and pruned with per-block bounds, give
    the top k of scoring every passage, scores equal to rounding (weights are computed from the same
    frequencies and lengths)."""
    from qa.bm25 import Vocab
    from qa.postings import Packed, encode
    from qa.segmented import SegmentBM25, Stats, corpus_stats

    monkeypatch.setattr(bm25_mod, "SMALL", 0)
    n, vocab = 20_000, 1500
    rng, bm = _zipf_index(11, n, vocab)
    names = sorted(bm.vocab, key=bm.vocab.get)
    order = np.argsort(names)  # a stored vocabulary is sorted: renumber the terms
    sorted_names = [names[i] for i in order]
    df = np.diff(bm.indptr)[order]
    indptr = np.zeros(vocab + 1, dtype=np.int64)
    np.cumsum(df, out=indptr[1:])
    docs = np.concatenate([bm.postings[bm.indptr[i]:bm.indptr[i + 1]] for i in order])
    tf = np.concatenate([bm.tf[bm.indptr[i]:bm.indptr[i + 1]] for i in order])
    stats: Stats = corpus_stats([(sorted_names, df)], n, int(bm.doc_len.sum()))
    seg = SegmentBM25(Vocab.from_sorted(sorted_names), bm.doc_len, indptr,
                      Packed(indptr, encode(indptr, docs, tf, bm.doc_len)), stats,
                      idf_of={t: float(bm.idf[bm.vocab[t]]) for t in names})
    for query, weights, k in _random_queries(rng, vocab, 300):
        got, got_scores = seg.top_k(query, k, weights)
        want, want_scores = _brute_top(bm, query, weights, k)
        assert got.tolist() == want, query
        assert np.allclose(got_scores, want_scores, rtol=1e-12, atol=0)
