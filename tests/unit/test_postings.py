"""The packed postings codec: what is encoded is decoded exactly, whole, by range, by position and by probe."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa import postings
from qa.postings import BLOCK, Column, Encoded, Packed, encode


def _postings(rng: np.random.Generator, n_docs: int, dfs: list[int], big_tf: bool = False):
    docs = [np.sort(rng.choice(n_docs, d, replace=False)) for d in dfs]
    lengths = rng.integers(1, 80, min(n_docs, 10**6)).astype(np.int32)
    indptr = np.zeros(len(dfs) + 1, dtype=np.int64)
    np.cumsum(dfs, out=indptr[1:])
    flat = np.concatenate(docs).astype(np.int32) if docs else np.zeros(0, dtype=np.int32)
    tf = np.where(rng.random(len(flat)) < 0.8, 1, rng.integers(1, 1 << (20 if big_tf else 4), len(flat)))
    doc_len = lengths if n_docs <= 10**6 else _Lengths(lengths)
    return indptr, flat, tf.astype(np.int32), doc_len


class _Lengths:
    """Sentence lengths for ids anywhere in int32 (a few repeated): what the block minima read."""

    def __init__(self, lengths: np.ndarray) -> None:
        self.lengths = lengths

    def __getitem__(self, ids: np.ndarray) -> np.ndarray:
        return self.lengths[np.asarray(ids) % len(self.lengths)]


def _packed(indptr, docs, tf, doc_len) -> Packed:
    return Packed(indptr, encode(indptr, docs, tf, doc_len))


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n_docs=st.sampled_from([1, 7, 300, 5_000, 2**31 - 1]),
       dfs=st.lists(st.integers(0, 700), min_size=1, max_size=12), big_tf=st.booleans())
def test_what_is_packed_is_decoded_exactly(seed, n_docs, dfs, big_tf):
    """Any lists: empty terms, one posting, partial blocks, gaps of every width up to ids near 2**31."""
    rng = np.random.default_rng(seed)
    dfs = [min(d, n_docs) for d in dfs]
    indptr, docs, tf, doc_len = _postings(rng, n_docs, dfs, big_tf)
    packed = _packed(indptr, docs, tf, doc_len)
    got_docs, got_tf = packed.span(0, len(docs))
    assert np.array_equal(got_docs, docs) and np.array_equal(got_tf, tf)
    n = len(docs)
    for _ in range(5):  # any range, any positions
        lo = int(rng.integers(0, n + 1))
        hi = int(rng.integers(lo, n + 1))
        d, f = packed.span(lo, hi)
        assert np.array_equal(d, docs[lo:hi]) and np.array_equal(f, tf[lo:hi])
    if n:
        at = rng.integers(0, n, 50)
        d, f = packed.at(at)
        assert np.array_equal(d, docs[at]) and np.array_equal(f, tf[at])
    universe = int(docs.max()) + 2 if n else 10
    for t in range(len(dfs)):  # a probe finds exactly the candidates the term holds
        lo, hi = int(indptr[t]), int(indptr[t + 1])
        cand = np.unique(np.concatenate([rng.integers(0, universe, 40), rng.choice(docs[lo:hi], min(hi - lo, 10))
                                         if hi > lo else np.zeros(0, dtype=np.int64)])).astype(np.int64)
        hit, pos, ftf = packed.probe(t, cand)
        assert np.array_equal(hit, np.isin(cand, docs[lo:hi]))
        assert np.array_equal(docs[pos], cand[hit]) and np.array_equal(tf[pos], ftf)
        assert ((pos >= lo) & (pos < hi)).all()


def test_a_term_held_once_per_sentence_stores_no_frequencies_and_dense_terms_take_few_bits():
    rng = np.random.default_rng(1)
    n_docs = 100_000
    docs = np.sort(rng.choice(n_docs, 50_000, replace=False)).astype(np.int32)  # every second sentence
    indptr = np.asarray([0, len(docs)])
    arrays = encode(indptr, docs, np.ones(len(docs), dtype=np.int32), np.full(n_docs, 5, dtype=np.int32))
    assert len(arrays["freqs"]) == postings.PAD  # all frequencies 1: no bits
    assert len(arrays["docs"]) < len(docs)  # under a byte per posting, against 4 as int32
    assert int(arrays["blk_dbits"].max()) <= 6  # gaps of a few sentences


def test_block_bounds_are_the_largest_frequency_and_shortest_sentence_of_each_block():
    rng = np.random.default_rng(2)
    indptr, docs, tf, doc_len = _postings(rng, 20_000, [1, BLOCK, BLOCK + 1, 5 * BLOCK + 3])
    packed = _packed(indptr, docs, tf, doc_len)
    assert len(packed.first) == 1 + 1 + 2 + 6
    for b in range(len(packed.first)):
        lo = int(packed.start[b])
        hi = lo + int(packed.count[b])
        assert packed.first[b] == docs[lo]
        assert packed.maxtf[b] == tf[lo:hi].max() and packed.mindl[b] == doc_len[docs[lo:hi]].min()


def test_streams_written_to_a_folder_equal_those_held(tmp_path):
    rng = np.random.default_rng(3)
    indptr, docs, tf, doc_len = _postings(rng, 50_000, [3000, 7, 1, 900, 12_000])
    held = encode(indptr, docs, tf, doc_len)
    enc = Encoded(tmp_path)
    starts, _ = postings.block_layout(indptr)
    half = int(np.searchsorted(starts, indptr[3]))
    enc.add(starts[:half], docs[:indptr[3]], tf[:indptr[3]], doc_len)
    enc.add(starts[half:] - indptr[3], docs[indptr[3]:], tf[indptr[3]:], doc_len)
    enc.close()
    written = enc.arrays()
    assert (tmp_path / "docs.bin").read_bytes() and "docs" not in written
    files = {**written, "docs": (tmp_path / "docs.bin").read_bytes(), "freqs": (tmp_path / "freqs.bin").read_bytes()}
    d, f = Packed(indptr, files).span(0, len(docs))
    assert np.array_equal(d, docs) and np.array_equal(f, tf)
    d2, f2 = Packed(indptr, held).span(0, len(docs))
    assert np.array_equal(d2, d) and np.array_equal(f2, f)


def test_a_column_reads_like_the_array_it_replaces():
    rng = np.random.default_rng(4)
    indptr, docs, tf, doc_len = _postings(rng, 9_000, [400, 2, 1000])
    packed = _packed(indptr, docs, tf, doc_len)
    col = Column(packed, 0)
    assert len(col) == len(docs) and col.shape == docs.shape
    assert np.array_equal(col[5:700], docs[5:700]) and np.array_equal(col[np.asarray([3, 1, 900])], docs[[3, 1, 900]])
    assert np.array_equal(np.asarray(Column(packed, 1)), tf)
    with pytest.raises(IndexError):
        col[::2]


def test_postings_out_of_order_are_refused():
    with pytest.raises(ValueError, match="not increasing"):
        encode(np.asarray([0, 3]), np.asarray([5, 4, 9], dtype=np.int32), np.ones(3, dtype=np.int32),
               np.ones(10, dtype=np.int32))
