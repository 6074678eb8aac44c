"""Compact postings: each term's sentence ids in blocks of 128, delta-encoded and bit-packed.

A term's postings are cut into blocks of BLOCK from its first one. A block stores its
first sentence id whole (in `first`), the gaps to the next ones less one, each in the
fewest bits that hold the block's largest, and its term frequencies less one the same
way: where every sentence holds the term once, its frequencies take no bits at all.
Both bit streams are little-endian and end with 8 zero bytes, so any value is read by
one unaligned 64-bit load, a shift and a mask; numpy does that for many values at once
through a view of the stream with a one-byte stride (the decoder of FastPFor's
"bit-packing", without SIMD). Per block, the largest frequency and the shortest
sentence bound every weight in the block from above: block-max pruning skips blocks
whose bound cannot reach the k-th score.

Nothing is approximated: decoding gives back the exact ids and frequencies, and BM25
weights are computed from them as before.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

BLOCK = 128
_ARANGE = np.arange(16 * 64, dtype=np.int64)  # byte positions within a block of up to 64-bit values
PAD = 8  # zero bytes after each stream: the last value's 64-bit load stays inside
ENCODE_STEP = 1 << 22  # postings packed at once (bounds the encoder's temporaries)
DECODE_STEP = 1 << 17  # postings decoded at once
ENCODE_BLOCKS = 1 << 13  # and blocks (each a row of BLOCK 32-bit values while packed)


def _widths(widths: np.ndarray) -> list[int]:
    """The distinct bit widths (0..64) present, in increasing order. np.unique would do, but on
    first use it imports numpy.ma (about 12 ms of a cold ask) and costs more on every query."""
    return np.flatnonzero(np.bincount(widths.astype(np.int64), minlength=1)).tolist()


def _distinct_sorted(x: np.ndarray) -> np.ndarray:
    """The distinct values of a nondecreasing array (np.unique without its sort and numpy.ma)."""
    if len(x) < 2:
        return x
    keep = np.empty(len(x), dtype=bool)
    keep[0] = True
    np.not_equal(x[1:], x[:-1], out=keep[1:])
    return x[keep]


def bit_length(values: np.ndarray) -> np.ndarray:
    """Bits needed for each non-negative integer below 2**53 (0 for 0), exactly."""
    return np.frexp(values.astype(np.float64))[1].astype(np.int64)


def block_layout(indptr: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(first posting of each block, each term's first block) for the postings `indptr` delimits."""
    indptr = np.asarray(indptr, dtype=np.int64)
    df = np.diff(indptr)
    nb = (df + BLOCK - 1) // BLOCK
    bptr = np.zeros(len(df) + 1, dtype=np.int64)
    np.cumsum(nb, out=bptr[1:])
    owner = np.repeat(np.arange(len(df), dtype=np.int64), nb)
    start = indptr[:-1][owner] + (np.arange(int(bptr[-1]), dtype=np.int64) - bptr[:-1][owner]) * BLOCK
    return start, bptr


@functools.lru_cache(maxsize=64)
def _layout(w: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """For BLOCK values of w bits: each one's 64-bit word and shift, the first value of each word,
    and the values that run over into the next word."""
    bit = np.arange(BLOCK, dtype=np.int64) * w
    word, shift = bit >> 6, (bit & 63).astype(np.uint64)
    firsts = np.searchsorted(word, np.arange(2 * w), side="left")
    over = np.flatnonzero((bit & 63) + w > 64)
    return word, shift, firsts, over


def _pack(grid: np.ndarray, cnt: np.ndarray, widths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A little-endian bit stream of blocks and each block's bit offset in it: block b's values
    grid[b, :cnt[b]], widths[b] bits each, from a byte boundary. The blocks of one width are
    packed together and lie together: each value shifted into its 64-bit word, the words
    summed (bits never overlap: adding is OR-ing), each block's used bytes kept."""
    offsets = np.zeros(len(widths), dtype=np.int64)
    parts: list[np.ndarray] = []
    at = 0
    for w in _widths(widths):
        rows = np.flatnonzero(widths == w)
        if w == 0:
            offsets[rows] = 8 * at
            continue
        word, shift, firsts, over = _layout(w)
        g = grid[rows].astype(np.uint64)
        words = np.add.reduceat(g << shift, firsts, axis=1)
        if len(over):
            words[:, word[over] + 1] += g[:, over] >> (np.uint64(64) - shift[over])
        packed = words.astype("<u8", copy=False).view(np.uint8)  # (blocks, 16 * w) bytes
        used = (cnt[rows] * w + 7) // 8
        start = np.zeros(len(rows), dtype=np.int64)
        np.cumsum(used[:-1], out=start[1:])
        offsets[rows] = 8 * (at + start)
        parts.append(packed.ravel() if bool((used == packed.shape[1]).all())
                     else packed[np.arange(packed.shape[1]) < used[:, None]])
        at += int(used.sum())
    return (np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint8)), offsets


class Encoded:
    """The packed form of postings, as arrays to store."""

    def __init__(self, sink: Path | None = None) -> None:
        """With a sink (a folder), the bit streams are written to sink/docs.bin and sink/freqs.bin as
        they are made, not held."""
        self._files = None if sink is None else (
            open(sink / "docs.bin", "wb"), open(sink / "freqs.bin", "wb"))  # noqa: SIM115 - closed by close()
        self.docs: list[np.ndarray] = []
        self.freqs: list[np.ndarray] = []
        self.parts: dict[str, list[np.ndarray]] = {k: [] for k in ("first", "dbits", "fbits", "doff", "foff",
                                                                      "maxtf", "mindl")}
        self.dbytes = 0
        self.fbytes = 0

    def add(self, starts: np.ndarray, docs: np.ndarray, tf: np.ndarray, doc_len: np.ndarray) -> None:
        """Pack the postings docs/tf whose blocks begin at `starts` (relative to docs[0]); whole blocks only."""
        n = len(docs)
        if not n:
            return
        docs = np.asarray(docs, dtype=np.int64)
        tf = np.asarray(tf, dtype=np.int64)
        cnt = np.diff(np.append(starts, n))
        owner = np.repeat(np.arange(len(starts), dtype=np.int64), cnt)
        i = np.arange(n, dtype=np.int64) - starts[owner]
        gap = np.zeros(n, dtype=np.int64)
        gap[1:] = docs[1:] - docs[:-1] - 1
        gap[i == 0] = 0
        if n and int(gap.min()) < 0:
            raise ValueError("postings are not increasing within a term")
        dbits = bit_length(np.maximum.reduceat(gap, starts))
        fval = tf - 1
        fbits = bit_length(np.maximum.reduceat(fval, starts))
        grid = np.zeros((len(starts), BLOCK), dtype=np.uint32)  # gaps and frequencies are below 2**31
        grid[owner, i] = gap
        dstream, doff = _pack(grid, cnt, dbits)
        grid[owner, i] = fval
        fstream, foff = _pack(grid, cnt, fbits)
        del grid
        self.docs.append(dstream)
        self.freqs.append(fstream)
        p = self.parts
        p["first"].append(docs[starts].astype(np.int32))
        p["dbits"].append(dbits.astype(np.uint8))
        p["fbits"].append(fbits.astype(np.uint8))
        p["doff"].append(doff + 8 * self.dbytes)  # each call starts on a byte of its own
        p["foff"].append(foff + 8 * self.fbytes)
        p["maxtf"].append(np.maximum.reduceat(tf, starts).astype(np.int32))
        p["mindl"].append(np.minimum.reduceat(np.asarray(doc_len[docs]), starts).astype(np.int32))
        self.dbytes += len(self.docs[-1])
        self.fbytes += len(self.freqs[-1])
        if self._files is not None:
            for f, parts in zip(self._files, (self.docs, self.freqs)):
                f.write(parts.pop().tobytes())

    def close(self) -> None:
        """End the streams written to the sink (padding, fsync)."""
        if self._files is None:
            return
        for f in self._files:
            f.write(bytes(PAD))
            f.flush()
            os.fsync(f.fileno())
            f.close()

    def arrays(self) -> dict[str, Any]:
        """The stored files' contents: two bit streams (bytes) and the per-block arrays."""
        pad = np.zeros(PAD, dtype=np.uint8)
        out: dict[str, Any] = {} if self._files is not None else {
            "docs": np.concatenate([*self.docs, pad]).tobytes(),
            "freqs": np.concatenate([*self.freqs, pad]).tobytes(),
        }
        dtypes = {"first": np.int32, "dbits": np.uint8, "fbits": np.uint8, "doff": np.int64, "foff": np.int64,
                  "maxtf": np.int32, "mindl": np.int32}
        for k, parts in self.parts.items():
            out[f"blk_{k}"] = np.concatenate(parts) if parts else np.zeros(0, dtype=dtypes[k])
        return out


def encode(indptr: np.ndarray, docs: Any, tf: Any, doc_len: np.ndarray) -> dict[str, Any]:
    """Pack postings (docs and tf sliceable like arrays: in memory or mapped), ENCODE_STEP at a time."""
    enc = Encoded()
    for starts, lo, hi in _chunks(indptr):
        enc.add(starts - lo, np.asarray(docs[lo:hi]), np.asarray(tf[lo:hi]), doc_len)
    return enc.arrays()


def _chunks(indptr: np.ndarray) -> Iterator[tuple[np.ndarray, int, int]]:
    """(block starts, lo, hi): the postings cut at block boundaries, about ENCODE_STEP at a time."""
    start, _ = block_layout(indptr)
    nnz = int(indptr[-1]) if len(indptr) else 0
    b = 0
    while b < len(start):
        lo = int(start[b])
        e = int(np.searchsorted(start, lo + ENCODE_STEP, side="left"))
        e = max(min(e, b + ENCODE_BLOCKS), b + 1)
        hi = int(start[e]) if e < len(start) else nnz
        yield start[b:e], lo, hi
        b = e


def _u64(stream: Any) -> np.ndarray:
    """Every unaligned little-endian 64-bit word of a stream, one per byte offset (a view, no copy)."""
    buf = np.frombuffer(stream, dtype=np.uint8)
    n = max(len(buf) - 7, 0)
    return np.ndarray((n,), dtype="<u8", buffer=buf, offset=0, strides=(1,))


def _read(words: np.ndarray, at: np.ndarray, widths: np.ndarray) -> np.ndarray:
    """The values of widths[i] bits at bit at[i] (0 where the width is 0)."""
    mask = (np.uint64(1) << widths.astype(np.uint64)) - np.uint64(1)
    return ((words[at >> 3] >> (at & 7).astype(np.uint64)) & mask).astype(np.int64)


class Packed:
    """Postings read from their packed form: decode whole terms, blocks, or any range of postings."""

    def __init__(self, indptr: np.ndarray, arrays: Any) -> None:
        self.indptr = indptr
        self.n = int(indptr[-1]) if len(indptr) else 0
        self.first = arrays["blk_first"]
        self.dbits = arrays["blk_dbits"]
        self.fbits = arrays["blk_fbits"]
        self.doff = arrays["blk_doff"]
        self.foff = arrays["blk_foff"]
        self.maxtf = arrays["blk_maxtf"]
        self.mindl = arrays["blk_mindl"]
        self._dbytes = np.frombuffer(arrays["docs"], dtype=np.uint8)
        self._fbytes = np.frombuffer(arrays["freqs"], dtype=np.uint8)
        self._dwords = _u64(arrays["docs"])
        self._fwords = _u64(arrays["freqs"])
        self.start, self.bptr = block_layout(indptr)
        self.count = np.diff(np.append(self.start, self.n))

    def __len__(self) -> int:
        return self.n

    def blocks(self, bs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(sentence ids, term frequencies) of blocks bs (increasing), laid end to end."""
        if len(bs) == 1:  # the common probe: one block, without the repeat
            b = int(bs[0])
            c = int(self.count[b])
            i = np.arange(c, dtype=np.int64)
            dw = int(self.dbits[b])
            docs = _read(self._dwords, int(self.doff[b]) + i * dw, np.full(c, dw)) + 1
            docs[0] = int(self.first[b])
            np.cumsum(docs, out=docs)
            fw = int(self.fbits[b])
            tf = (_read(self._fwords, int(self.foff[b]) + i * fw, np.full(c, fw)) + 1) if fw else np.ones(c, np.int64)
            return docs, tf
        cnt = self.count[bs]
        docs = self._grid(self._dbytes, self.doff[bs], self.dbits[bs])
        docs += 1
        docs[:, 0] = self.first[bs]
        np.cumsum(docs, axis=1, out=docs)  # a block's first id is whole: its row sums to its ids
        fw = self.fbits[bs]
        tf = self._grid(self._fbytes, self.foff[bs], fw) if fw.any() else np.zeros_like(docs)
        tf += 1
        if bool((cnt[:-1] == BLOCK).all()):  # full blocks and a last one: the rows laid end to end
            total = int(cnt.sum())
            return docs.ravel()[:total], tf.ravel()[:total]
        keep = np.arange(BLOCK) < cnt[:, None]
        return docs[keep], tf[keep]

    @staticmethod
    def _grid(stream: np.ndarray, offsets: np.ndarray, widths: np.ndarray) -> np.ndarray:
        """The BLOCK values of each block (rows), as stored from bit offsets (bytes) with widths;
        past a block's count a row holds whatever follows it. The blocks of one width are read
        together: their bytes gathered as 64-bit words, each value shifted out of its word (and
        the next, where it runs over)."""
        out = np.zeros((len(offsets), BLOCK), dtype=np.uint64)
        last = len(stream) - 1
        for w in _widths(widths):
            if w == 0:
                continue
            rows = np.flatnonzero(widths == w) if len(offsets) > 1 else np.zeros(1, dtype=np.int64)
            word, shift, _, over = _layout(w)
            at = (offsets[rows] // 8)[:, None] + _ARANGE[:16 * w]
            np.minimum(at, last, out=at)  # a partial block at the end of the stream: read the padding
            words = stream[at].view("<u8")  # (blocks, 2 * w)
            vals = words[:, word] >> shift
            if len(over):
                vals[:, over] |= words[:, word[over] + 1] << (np.uint64(64) - shift[over])
            vals &= np.uint64((1 << w) - 1)
            out[rows] = vals
        return out.view(np.int64)

    def span(self, lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
        """(sentence ids, term frequencies) of postings lo..hi (any range)."""
        if hi <= lo:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        if hi - lo > DECODE_STEP:  # in pieces that stay in the processor's caches (about 3x faster)
            parts = [self.span(a, min(a + DECODE_STEP, hi)) for a in range(lo, hi, DECODE_STEP)]
            return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])
        b0 = int(np.searchsorted(self.start, lo, side="right")) - 1
        b1 = int(np.searchsorted(self.start, hi, side="left"))
        docs, tf = self.blocks(np.arange(b0, b1, dtype=np.int64))
        cut = lo - int(self.start[b0])
        return docs[cut:cut + hi - lo], tf[cut:cut + hi - lo]

    def at(self, positions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(sentence ids, term frequencies) of some postings (positions into all postings, any order)."""
        positions = np.asarray(positions, dtype=np.int64)
        if not len(positions):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        blk = np.searchsorted(self.start, positions, side="right") - 1
        bs = _distinct_sorted(np.sort(blk))
        docs, tf = self.blocks(bs)
        cnt = self.count[bs]
        at = np.zeros(len(bs), dtype=np.int64)
        np.cumsum(cnt[:-1], out=at[1:])
        where = at[np.searchsorted(bs, blk)] + positions - self.start[blk]
        return docs[where], tf[where]

    def probe(self, tid: int, cand: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Which of the sorted candidates hold term tid: (hit mask over cand, their postings' positions, their tf).
        Only the blocks that could hold a candidate are decoded."""
        b0, b1 = int(self.bptr[tid]), int(self.bptr[tid + 1])
        if b1 == b0 or not len(cand):
            return np.zeros(len(cand), dtype=bool), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        firsts = self.first[b0:b1]
        rel = np.searchsorted(firsts, cand, side="right") - 1  # the block a candidate would be in
        ok = rel >= 0
        bs = _distinct_sorted(rel[ok]) + b0  # cand is sorted, so rel is
        docs, tf = self.blocks(bs)
        pos = np.searchsorted(docs, cand)
        pos[pos == len(docs)] = 0
        hit = (docs[pos] == cand) & ok
        cnt = self.count[bs]
        at = np.zeros(len(bs), dtype=np.int64)
        np.cumsum(cnt[:-1], out=at[1:])
        owner = np.searchsorted(at, pos[hit], side="right") - 1
        positions = self.start[bs[owner]] + pos[hit] - at[owner]
        return hit, positions, tf[pos[hit]]


class Column:
    """One field of packed postings (sentence ids or term frequencies) indexed like the array it replaces."""

    def __init__(self, packed: Packed, field: int) -> None:
        self.packed, self.field = packed, field

    def __len__(self) -> int:
        return self.packed.n

    @property
    def shape(self) -> tuple[int]:
        return (self.packed.n,)

    def __getitem__(self, key: Any) -> np.ndarray:
        if isinstance(key, slice):
            lo, hi, step = key.indices(self.packed.n)
            if step != 1:
                raise IndexError("packed postings are read in ranges")
            return self.packed.span(lo, hi)[self.field]
        return self.packed.at(np.asarray(key))[self.field]

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        out = self.packed.span(0, self.packed.n)[self.field]
        return out if dtype is None else out.astype(dtype)
