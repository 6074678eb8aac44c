"""What a retrieved sentence offers as evidence, read once: its words and stems, the words
of the headline, the lede and the sentence before, the names its article uses, and the
article's date. The engine and every check read an `Evidence`, never the index's arrays.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from qa import lexicon
from qa.answers.base import Sentence
from qa.index import CorpusIndex
from qa.lexicon.names import article_stems
from qa.lexicon.tokens import words
from qa.models import Document

ARTICLE_CHARS = 3000  # how much of an article the extractors and checks read beyond the sentence

# A sentence that opens by pointing back: it is about what the sentence before named.
_ANAPHORIC = re.compile(r"\s*[\"“]?(?:He|She|It|They|Its|His|Her|Their|This|These|The (?:[\w-]+ ){0,3}?"
                        r"(?:" + lexicon.alt("anaphoric_nouns") + r"))\b")


@dataclass
class Evidence:
    """One retrieved sentence in its article."""

    pid: int  # passage id in the index (-1 for a sentence given outside a corpus)
    sentence: Sentence
    document: Document
    stems: frozenset[str]  # the sentence's word stems
    context_stems: frozenset[str]  # headline, lede and the sentence before: "the company" names whom
    previous_stems: frozenset[str] | None  # the sentence before, when this one points back to it
    lede: str  # headline and first sentence, as text
    names_of_article: Callable[[], frozenset[str]]  # read only when a check asks (a whole article is long)
    names_of_sentence: Callable[[], frozenset[str]] | None = None  # the reader's cached copy, if any

    @cached_property
    def article_names(self) -> frozenset[str]:
        """The article's capitalised words and their initials."""
        return self.names_of_article()

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def article(self) -> str:
        """The start of the article (what extractors read to tell a common word from a name)."""
        return self.document.text[:ARTICLE_CHARS]

    @cached_property
    def sentence_names(self) -> frozenset[str]:
        """The names the sentence itself uses (cheaper than the article's, and usually enough)."""
        if self.names_of_sentence is not None:
            return self.names_of_sentence()
        return article_stems(None, self.sentence.text)

    @cached_property
    def words(self) -> list[str]:
        return words(self.sentence.text)

    @property
    def points_back(self) -> bool:
        return self.previous_stems is not None

    @classmethod
    def of(cls, sentence: str, article: str = "", title: str | None = None, lede: str = "") -> Evidence:
        """Evidence for a sentence given outside any corpus (rule examples, tests): its article
        is `article` (or the sentence alone)."""
        import datetime as dt

        from qa.corpus import sha256

        text = article or sentence
        start = text.find(sentence)
        doc = Document(id="example", title=title, date=dt.date(2000, 1, 1), source="example", text=text,
                       sha256=sha256(text))
        s = Sentence(sentence, max(start, 0), doc.date)
        context = frozenset(Sentence(f"{title or ''} {lede}", 0).stems)
        return cls(-1, s, doc, frozenset(s.stems), context, None, f"{title or ''} {lede}",
                   lambda: article_stems(title, text))


class EvidenceReader:
    """Builds the evidence of retrieved sentences, keeping what several questions reuse."""

    def __init__(self, index: CorpusIndex) -> None:
        self.index = index
        self._stems: dict[int, frozenset[str]] = {}  # passage (or -1 - document for a headline) -> stems
        self._names: dict[int, frozenset[str]] = {}  # document -> article names
        self._sentence_names: dict[int, frozenset[str]] = {}  # passage -> the names it uses

    def clear(self) -> None:
        self._stems.clear()
        self._names.clear()
        self._sentence_names.clear()

    def read(self, pid: int) -> Evidence:
        ix = self.index
        d = ix.doc_of(pid)
        doc = ix.docs[d]
        s = self.sentence(pid)
        stems = self.stems(pid)
        first = ix.first_passage(d)
        prev = ix.previous_sentence(pid)
        context = set(self.stems(-1 - d, doc.title)) if doc.title else set()
        if first is not None and first != pid:
            context |= self.stems(first)
        if prev is not None and prev > (first if first is not None else -1):  # the sentence before: "It said …"
            context |= self.stems(prev)
        lede = self.sentence(first).text if first is not None else ""
        points_back = prev is not None and _ANAPHORIC.match(s.text) is not None
        return Evidence(pid, s, doc, stems, frozenset(context), self.stems(prev) if points_back and prev is not None
                        else None, f"{doc.title or ''} {lede}", lambda: self.article_names(d, doc),
                        lambda: self.sentence_names(pid, s.text))

    def sentence(self, pid: int) -> Sentence:
        doc = self.index.docs[self.index.doc_of(pid)]
        start, end = self.index.span(pid)
        return Sentence(doc.text[start:end], start, doc.date)

    def stems(self, key: int, text: str | None = None) -> frozenset[str]:
        """A passage's word stems (key = passage id), or a headline's (key = -1 - document)."""
        got = self._stems.get(key)
        if got is None:
            s = Sentence(text or "", 0) if key < 0 else self.sentence(key)
            if len(self._stems) > 50_000:
                self._stems.clear()
            got = self._stems[key] = frozenset(s.stems)
        return got

    def sentence_names(self, pid: int, text: str) -> frozenset[str]:
        """A passage's names, kept like its stems: the same sentences come back question after question."""
        got = self._sentence_names.get(pid)
        if got is None:
            if len(self._sentence_names) > 50_000:
                self._sentence_names.clear()
            got = self._sentence_names[pid] = article_stems(None, text)
        return got

    def article_names(self, d: int, doc: Document) -> frozenset[str]:
        if d not in self._names:
            if len(self._names) > 256:  # forget the oldest
                del self._names[next(iter(self._names))]
            self._names[d] = article_stems(doc.title, doc.text)
        return self._names[d]
