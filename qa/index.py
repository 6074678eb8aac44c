"""The searchable form of a corpus: sentence passages with offsets, and their BM25 index.

Passages are kept as flat arrays (document, start, end, kind) rather than one
object each, so a corpus of millions of sentences stays small; Passage models
are made only for what a query returns.

Building splits and tokenizes documents in batches, in worker processes when the
corpus is big (PassageBuilder), and gathers per-passage (term, frequency) pairs
from which the BM25 postings are made. The splits and tokens are exactly those
of sentences.split and text.tokenize.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import TYPE_CHECKING, Any, Self

import numpy as np

from qa import sentences
from qa.bm25 import BM25, csr
from qa.lexicon.tokens import tokenize
from qa.models import Document, Passage

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktParameters

Progress = Callable[[int, int], None]
KINDS = ("sentence", "byline")

PARALLEL_CHARS = 4_000_000  # corpora with more text than this are split by worker processes
BATCH_CHARS = 400_000  # text per batch handed to a worker
BATCH_DOCS = 500


class CorpusIndex:
    def __init__(
        self,
        docs: Sequence[Document],
        p_doc: np.ndarray,
        p_start: np.ndarray,
        p_end: np.ndarray,
        p_kind: np.ndarray,
        doc_first: np.ndarray,
        rows: np.ndarray,
        bm25: BM25,
        punkt: PunktParameters | Callable[[], PunktParameters],
        by_id: Mapping[str, int] | Callable[[], Mapping[str, int]] | None = None,
    ) -> None:
        self.docs = docs
        self._by_id = by_id
        self.p_doc, self.p_start, self.p_end, self.p_kind = p_doc, p_start, p_end, p_kind
        self.doc_first = doc_first  # passages of doc i: doc_first[i] .. doc_first[i+1]
        self.rows = rows  # BM25 row -> passage id (bylines are not searched)
        self.bm25 = bm25
        self._punkt = punkt
        self.store_info: Any = None  # how the persistent store provided it (qa.store.StoreInfo)

    @property
    def by_id(self) -> Mapping[str, int]:
        """Document id -> position, made on first use (a stored index has many documents)."""
        if self._by_id is None:
            self._by_id = {d.id: i for i, d in enumerate(self.docs)}
        elif callable(self._by_id):
            self._by_id = self._by_id()
        return self._by_id

    @property
    def punkt(self) -> PunktParameters:
        """The sentence splitter's parameters (loaded on first use: it needs nltk)."""
        if callable(self._punkt):
            self._punkt = self._punkt()
        return self._punkt

    @classmethod
    def build(
        cls, docs: Sequence[Document], progress: Progress | None = None,
        punkt: PunktParameters | None = None, workers: int | None = None,
        warn: Callable[[str], None] | None = None,
    ) -> CorpusIndex:
        params = punkt or sentences.train(sentences.body(d.text) for d in docs)
        if workers is None:
            workers = auto_workers(sum(len(d.text) for d in docs))
        with PassageBuilder(params, workers, progress, total=len(docs)) as builder:
            for batch in batches(docs, key=lambda d: len(d.text)):
                builder.add([d.text for d in batch])
            built = builder.finish()
        if warn:
            for i, note in sorted(built.notes.items()):
                warn(f"{docs[i].source}: {note}")
        out_docs = [
            doc.model_copy(update={"authors": built.authors[i]}) if i in built.authors else doc
            for i, doc in enumerate(docs)
        ]
        terms = sorted(built.terms)
        vocab = {t: i for i, t in enumerate(terms)}
        return cls.assemble(out_docs, built, vocab, built.remap(terms), params)

    @classmethod
    def assemble(
        cls, docs: Sequence[Document], built: Built, vocab: Mapping[str, int],
        term_map: np.ndarray, punkt: PunktParameters | Callable[[], PunktParameters],
        by_id: Mapping[str, int] | Callable[[], Mapping[str, int]] | None = None,
    ) -> CorpusIndex:
        """An index from built passages; term_map takes built.terms ids to vocab ids."""
        doc_first = np.zeros(len(built.n_pass) + 1, dtype=np.int64)
        np.cumsum(built.n_pass, out=doc_first[1:])
        p_doc = np.repeat(np.arange(len(built.n_pass), dtype=np.int32), built.n_pass)
        rows = np.flatnonzero(built.p_kind == 0).astype(np.int32)
        row_of = np.repeat(np.arange(len(built.row_len), dtype=np.int32), built.row_nterms)
        indptr, postings, tf = csr([(term_map[built.row_terms], row_of, built.row_tf)], len(vocab),
                                   len(built.row_len), len(row_of))
        bm25 = BM25(vocab, built.row_len, indptr, postings, tf)
        return cls(docs, p_doc, built.p_start, built.p_end, built.p_kind, doc_first, rows, bm25, punkt,
                   by_id=by_id)

    # -- lookups -------------------------------------------------------------
    @property
    def n_passages(self) -> int:
        return len(self.p_doc)

    def passage(self, pid: int) -> Passage:
        d = self.docs[int(self.p_doc[pid])]
        start, end = int(self.p_start[pid]), int(self.p_end[pid])
        return Passage(
            doc_id=d.id,
            index=int(pid - self.doc_first[self.p_doc[pid]]),
            start=start,
            end=end,
            text=d.text[start:end],
            kind=KINDS[int(self.p_kind[pid])],  # type: ignore[arg-type]
        )

    def doc_of(self, pid: int) -> int:
        """The document a passage belongs to."""
        return int(self.p_doc[pid])

    def span(self, pid: int) -> tuple[int, int]:
        return int(self.p_start[pid]), int(self.p_end[pid])

    def first_passage(self, d: int) -> int | None:
        """The first passage of document d (its lede, or its byline), if it has any."""
        first = int(self.doc_first[d])
        return first if first < int(self.doc_first[d + 1]) else None

    def previous_sentence(self, pid: int) -> int | None:
        """The sentence just before in the same document (not a byline), if there is one."""
        first = int(self.doc_first[int(self.p_doc[pid])])
        return pid - 1 if pid - 1 >= first and self.p_kind[pid - 1] == 0 else None

    def next_sentence(self, pid: int) -> int | None:
        """The sentence just after in the same document (not a byline), if there is one."""
        end = int(self.doc_first[int(self.p_doc[pid]) + 1])
        return pid + 1 if pid + 1 < end and self.p_kind[pid + 1] == 0 else None

    def passage_ids(self, d: int) -> range:
        return range(int(self.doc_first[d]), int(self.doc_first[d + 1]))

    def is_byline(self, pid: int) -> bool:
        return bool(self.p_kind[pid] == 1)

    def passage_id(self, doc_id: str, index: int) -> int | None:
        i = self.by_id.get(doc_id)
        if i is None:
            return None
        first, last = int(self.doc_first[i]), int(self.doc_first[i + 1])
        return first + index if 0 <= index < last - first else None

    def doc_passages(self, doc_id: str) -> list[Passage]:
        i = self.by_id[doc_id]
        return [self.passage(p) for p in range(int(self.doc_first[i]), int(self.doc_first[i + 1]))]


# -- building ------------------------------------------------------------------
def auto_workers(chars: int) -> int:
    """Worker processes for splitting this much text: one per core for a big corpus."""
    env = os.environ.get("NEWSQA_WORKERS", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    if chars < PARALLEL_CHARS:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def batches(items: Iterable[Any], key: Callable[[Any], int]) -> Iterable[list[Any]]:
    """Consecutive runs of items of about BATCH_CHARS text (key gives an item's size)."""
    batch: list[Any] = []
    size = 0
    for it in items:
        batch.append(it)
        size += key(it)
        if size >= BATCH_CHARS or len(batch) >= BATCH_DOCS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


class _Pieces:
    """Term ids of texts exactly as tokenize() gives their terms, one whitespace piece at a time.

    tokenize(text) is the concatenation of tokenize(piece) over text.split(): a token
    never holds whitespace, and lower-casing and the token pattern act within a piece.
    A corpus repeats its pieces ("said", "pct.", "(Reuter)"), so each distinct piece is
    tokenized once and a text becomes term ids with a dict lookup per piece and numpy.
    """

    MAX_PIECES = 2_000_000  # forget the pieces (not the terms) past this many

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}
        self.terms: list[str] = []
        self._reset()

    def _reset(self) -> None:
        self.ids: dict[str, int] = {}
        self._ptr = np.zeros(1 << 16, dtype=np.int64)  # piece i: _terms[_ptr[i]:_ptr[i+1]]
        self._terms = np.zeros(1 << 16, dtype=np.int32)
        self._n = 0

    def _add(self, piece: str) -> int:
        tids = []
        for t in tokenize(piece):
            tid = self.vocab.get(t)
            if tid is None:
                tid = self.vocab[t] = len(self.terms)
                self.terms.append(t)
            tids.append(tid)
        n, end = self._n, int(self._ptr[self._n])
        if n + 2 > len(self._ptr):
            self._ptr = np.concatenate([self._ptr, np.zeros(len(self._ptr), dtype=np.int64)])
        if end + len(tids) > len(self._terms):
            grow = max(len(self._terms), len(tids))
            self._terms = np.concatenate([self._terms, np.zeros(grow, dtype=np.int32)])
        if tids:
            self._terms[end:end + len(tids)] = tids
        self._ptr[n + 1] = end + len(tids)
        self._n = n + 1
        self.ids[piece] = n
        return n

    def run(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(number of tokens of each text, all their term ids laid end to end)."""
        if len(self.ids) > self.MAX_PIECES:
            self._reset()
        split = [t.split() for t in texts]
        flat = list(chain.from_iterable(split))
        for piece in set(flat).difference(self.ids):
            self._add(piece)
        pid = np.fromiter(map(self.ids.__getitem__, flat), dtype=np.int64, count=len(flat))
        starts = self._ptr[pid]
        ntok = self._ptr[pid + 1] - starts
        ends = np.cumsum(ntok)
        total = int(ends[-1]) if len(ends) else 0
        term_ids = self._terms[np.arange(total, dtype=np.int64) + np.repeat(starts - (ends - ntok), ntok)]
        per_text = np.fromiter(map(len, split), dtype=np.int64, count=len(split))
        bounds = np.zeros(len(split) + 1, dtype=np.int64)
        np.cumsum(per_text, out=bounds[1:])
        cum = np.zeros(len(ends) + 1, dtype=np.int64)
        cum[1:] = ends
        return (cum[bounds[1:]] - cum[bounds[:-1]]).astype(np.int32), term_ids


@dataclass
class _Batch:
    """What a worker made of a batch of documents."""

    pid: int
    n_pass: np.ndarray  # passages per document
    p_start: np.ndarray
    p_end: np.ndarray
    p_kind: np.ndarray
    authors: dict[int, list[str]]  # document (within the batch) -> byline names
    notes: dict[int, str]  # document (within the batch) -> what went wrong in splitting it
    row_len: np.ndarray  # tokens per sentence
    row_nterms: np.ndarray  # distinct terms per sentence
    row_terms: np.ndarray  # the worker's term ids, sentence after sentence
    row_tf: np.ndarray
    new_terms: list[str]  # terms the worker met first in this batch, in id order


class _Worker:
    def __init__(self, params: PunktParameters) -> None:
        self.splitter = sentences.tokenizer(params)
        self.pieces = _Pieces()
        self.reported = 0

    def process(self, texts: list[str]) -> _Batch:
        n_pass = np.zeros(len(texts), dtype=np.int32)
        starts: list[int] = []
        ends: list[int] = []
        kinds = bytearray()
        sents: list[str] = []
        authors: dict[int, list[str]] = {}
        notes: dict[int, str] = {}
        for i, text in enumerate(texts):
            try:
                spans = sentences.split(text, self.splitter)
            except Exception as exc:  # noqa: BLE001 - one document that cannot be split costs only that one
                spans = []
                notes[i] = f"left out: it could not be split into sentences ({type(exc).__name__})"
            cut = sum(sp.cut for sp in spans)
            if cut:
                notes[i] = (f"{cut} passages are pieces of sentences longer than "
                            f"{sentences.MAX_SENTENCE_CHARS:,} characters")
            n_pass[i] = len(spans)
            names: list[str] = []
            for sp in spans:
                starts.append(sp.start)
                ends.append(sp.end)
                if sp.kind == "byline":
                    kinds.append(1)
                    names.extend(a for a in sentences.split_authors(text[sp.start:sp.end]) if a not in names)
                else:
                    kinds.append(0)
                    sents.append(text[sp.start:sp.end])
            if names:
                authors[i] = names
        row_len, ids = self.pieces.run(sents)
        n_terms = max(len(self.pieces.terms), 1)
        key = np.repeat(np.arange(len(sents), dtype=np.int64), row_len) * n_terms + ids
        uniq, tf = np.unique(key, return_counts=True)  # by sentence, then term
        new_terms = self.pieces.terms[self.reported:]
        self.reported = len(self.pieces.terms)
        return _Batch(
            os.getpid(), n_pass,
            np.asarray(starts, dtype=np.int32), np.asarray(ends, dtype=np.int32),
            np.frombuffer(bytes(kinds), dtype=np.int8).copy(), authors, notes, row_len,
            np.bincount(uniq // n_terms, minlength=len(sents)).astype(np.int32),
            (uniq % n_terms).astype(np.int32), tf.astype(np.int32), new_terms,
        )


_WORKER: _Worker | None = None


def _init_worker(params: PunktParameters) -> None:
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and ends the pool
    _WORKER = _Worker(params)


def _work(texts: list[str]) -> _Batch:
    assert _WORKER is not None
    return _WORKER.process(texts)


@dataclass
class Built:
    """Passages and per-sentence (term, frequency) pairs of documents, in order."""

    n_pass: np.ndarray
    p_start: np.ndarray
    p_end: np.ndarray
    p_kind: np.ndarray
    authors: dict[int, list[str]]
    notes: dict[int, str]  # document -> what went wrong in splitting it (said as a warning)
    row_len: np.ndarray
    row_nterms: np.ndarray
    row_terms: np.ndarray  # ids into terms
    row_tf: np.ndarray
    terms: list[str] = field(default_factory=list)

    def remap(self, order: Sequence[str]) -> np.ndarray:
        """terms ids -> positions in `order` (which holds every term)."""
        where = {t: i for i, t in enumerate(order)}
        return np.fromiter((where[t] for t in self.terms), dtype=np.int32, count=len(self.terms))


class PassageBuilder:
    """Splits and tokenizes batches of documents, in worker processes when workers > 1.

    Results come back in the order the batches were added. Each worker numbers the
    terms it meets itself; the builder maps them to its own numbering as batches come back.
    Use as a context manager: the pool is closed (or, on an error or Ctrl-C, ended).
    """

    def __init__(self, params: PunktParameters, workers: int = 1, progress: Progress | None = None,
                 total: int = 0) -> None:
        self.params = params
        self.workers = workers
        self.progress = progress
        self.total = total
        self.done = 0
        self._pool = None
        self._local: _Worker | None = None
        self._pending: deque = deque()
        self._vocab: dict[str, int] = {}
        self._terms: list[str] = []
        self._maps: dict[int, np.ndarray] = {}
        self._parts: list[_Batch] = []
        self._mapped: list[np.ndarray] = []
        self._n_docs = 0
        if workers > 1:
            import gc
            import multiprocessing as mp

            # fork where there is one: "spawn" would re-run the caller's main script in
            # each worker. The objects the parent already has are frozen so that the
            # workers' garbage collector never touches (and copies) them.
            methods = mp.get_all_start_methods()
            ctx = mp.get_context("fork" if "fork" in methods else "spawn")
            gc.freeze()
            try:
                self._pool = ctx.Pool(workers, initializer=_init_worker, initargs=(params,))
            finally:
                gc.unfreeze()
        else:
            self._local = _Worker(params)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if self._pool is not None:
            if exc_type is None:
                self._pool.close()
            else:
                self._pool.terminate()
            self._pool.join()
            self._pool = None

    def add(self, texts: list[str]) -> None:
        if self._pool is None:
            assert self._local is not None
            self._collect(self._local.process(texts))
            return
        while len(self._pending) >= 2 * self.workers + 2:
            self._collect(self._pending.popleft().get())
        self._pending.append(self._pool.apply_async(_work, (texts,)))

    def _collect(self, b: _Batch) -> None:
        if b.new_terms:
            gids = np.empty(len(b.new_terms), dtype=np.int32)
            vocab, terms = self._vocab, self._terms
            for i, t in enumerate(b.new_terms):
                g = vocab.get(t)
                if g is None:
                    g = vocab[t] = len(terms)
                    terms.append(t)
                gids[i] = g
            old = self._maps.get(b.pid)
            self._maps[b.pid] = gids if old is None else np.concatenate([old, gids])
        mapping = self._maps.get(b.pid, np.zeros(0, dtype=np.int32))
        self._mapped.append(mapping[b.row_terms])
        b.row_terms = np.zeros(0, dtype=np.int32)
        if b.authors:
            b.authors = {self._n_docs + i: names for i, names in b.authors.items()}
        if b.notes:
            b.notes = {self._n_docs + i: note for i, note in b.notes.items()}
        self._n_docs += len(b.n_pass)
        self._parts.append(b)
        self.done += len(b.n_pass)
        if self.progress:
            self.progress(self.done, max(self.total, self.done))

    def finish(self) -> Built:
        while self._pending:
            self._collect(self._pending.popleft().get())
        parts = self._parts

        def cat(name: str, dtype: Any) -> np.ndarray:
            arrays = [getattr(p, name) for p in parts]
            return np.concatenate(arrays).astype(dtype, copy=False) if arrays else np.zeros(0, dtype=dtype)

        authors: dict[int, list[str]] = {}
        notes: dict[int, str] = {}
        for p in parts:
            authors.update(p.authors)
            notes.update(p.notes)
        built = Built(
            cat("n_pass", np.int32), cat("p_start", np.int32), cat("p_end", np.int32), cat("p_kind", np.int8),
            authors, notes, cat("row_len", np.int32), cat("row_nterms", np.int32),
            np.concatenate(self._mapped).astype(np.int32, copy=False) if self._mapped else np.zeros(0, np.int32),
            cat("row_tf", np.int32), self._terms,
        )
        self._parts, self._mapped = [], []
        return built
