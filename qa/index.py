"""The searchable form of a corpus: sentence passages with offsets, and their BM25 index.

Passages are kept as flat arrays (document, start, end, kind) rather than one
object each, so a corpus of millions of sentences stays small; Passage models
are made only for what a query returns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from typing import TYPE_CHECKING

import numpy as np

from qa import sentences
from qa.bm25 import BM25
from qa.models import Document, Passage
from qa.text import tokenize

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktParameters

Progress = Callable[[int, int], None]
KINDS = ("sentence", "byline")


class CorpusIndex:
    def __init__(
        self,
        docs: list[Document],
        p_doc: np.ndarray,
        p_start: np.ndarray,
        p_end: np.ndarray,
        p_kind: np.ndarray,
        doc_first: np.ndarray,
        rows: np.ndarray,
        bm25: BM25,
        punkt: PunktParameters,
    ) -> None:
        self.docs = docs
        self.by_id = {d.id: i for i, d in enumerate(docs)}
        self.p_doc, self.p_start, self.p_end, self.p_kind = p_doc, p_start, p_end, p_kind
        self.doc_first = doc_first  # passages of doc i: doc_first[i] .. doc_first[i+1]
        self.rows = rows  # BM25 row -> passage id (bylines are not searched)
        self.bm25 = bm25
        self.punkt = punkt

    @classmethod
    def build(
        cls, docs: Sequence[Document], progress: Progress | None = None,
        punkt: PunktParameters | None = None,
    ) -> CorpusIndex:
        params = punkt or sentences.train(sentences.body(d.text) for d in docs)
        splitter = sentences.tokenizer(params)
        p_doc: list[int] = []
        p_start: list[int] = []
        p_end: list[int] = []
        p_kind: list[int] = []
        doc_first = [0]
        tokens: list[list[str]] = []
        rows: list[int] = []
        out_docs: list[Document] = []
        for i, doc in enumerate(docs):
            authors: list[str] = []
            for span in sentences.split(doc.text, splitter):
                pid = len(p_doc)
                p_doc.append(i)
                p_start.append(span.start)
                p_end.append(span.end)
                p_kind.append(KINDS.index(span.kind))
                if span.kind == "byline":
                    authors.extend(a for a in sentences.split_authors(doc.text[span.start:span.end])
                                   if a not in authors)
                else:
                    rows.append(pid)
                    tokens.append(tokenize(doc.text[span.start:span.end]))
            doc_first.append(len(p_doc))
            out_docs.append(doc.model_copy(update={"authors": authors}) if authors else doc)
            if progress and (i % 200 == 0 or i == len(docs) - 1):
                progress(i + 1, len(docs))
        return cls(
            out_docs,
            np.asarray(p_doc, dtype=np.int32),
            np.asarray(p_start, dtype=np.int64),
            np.asarray(p_end, dtype=np.int64),
            np.asarray(p_kind, dtype=np.int8),
            np.asarray(doc_first, dtype=np.int64),
            np.asarray(rows, dtype=np.int64),
            BM25.from_tokens(tokens),
            params,
        )

    # -- lookups -------------------------------------------------------------
    @property
    def n_passages(self) -> int:
        return int(len(self.p_doc))

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

    def passage_id(self, doc_id: str, index: int) -> int | None:
        i = self.by_id.get(doc_id)
        if i is None:
            return None
        first, last = int(self.doc_first[i]), int(self.doc_first[i + 1])
        return first + index if 0 <= index < last - first else None

    def doc_passages(self, doc_id: str) -> list[Passage]:
        i = self.by_id[doc_id]
        return [self.passage(p) for p in range(int(self.doc_first[i]), int(self.doc_first[i + 1]))]
