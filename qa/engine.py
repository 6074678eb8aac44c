"""The question-answering engine the CLI and the terminal UI share.

    understand the question (qa.understand)  ->  search: BM25 over sentence passages
    ->  for each hit: read its evidence (qa.evidence), rule it out or not (qa.checks),
        find the kind's candidate spans (qa.answers), judge each span, score it (qa.rank)
    ->  merge answers by value, each with a citation that can be checked against the source.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from qa import checks, lexicon
from qa import corpus as corpus_mod
from qa.answers.base import Candidate, Flag
from qa.answers.kind import AnswerKind
from qa.answers.registry import KINDS
from qa.answers.who.authors import bylines
from qa.confidence.model import ConfidenceModel, load_model
from qa.corpus import default_corpus_path
from qa.errors import IndexDamaged, QAError
from qa.evidence import Evidence, EvidenceReader
from qa.filters import Applied, Filter, documents, rows
from qa.index import CorpusIndex, Progress
from qa.lexicon.synonyms import synonyms
from qa.lexicon.tokens import stem, words
from qa.models import AnswerType, AskResult, Citation, Document, Passage, RetrievedPassage
from qa.rank import features, score
from qa.rank.merge import Ranked, Scored, by_confidence, merge
from qa.rank.terms import question_terms
from qa.understand import QuestionFrame, Subtype, understand
from qa.understand.query import query_terms

if TYPE_CHECKING:
    from qa.timeline import Timeline

_T = TypeVar("_T")
RETRIEVE = 30  # passages examined per question
# The sentence after each of the best hits is read too: "She joined the company in January
# 2003" names neither Druyun nor Boeing, the sentence before does. Of the archive sets' answer
# sentences missing from the 30 hits (77 of 459), 42 sit right beside one of them, most beside
# one of the first ten. Out of fold over eleven sets, reading the sentence after the first ten
# raised the share of answerable archive questions with a right candidate from 0.763 to 0.815
# and the top answer right from 0.625 to 0.660, with EM at the bar unchanged (0.264, 0.261);
# reading the sentence before as well found more (0.828) but lost at the bar (0.233).
NEIGHBOURED = 10
# Every sentence of the articles of the two best hits is read too ("read_article" and the hit's
# relative score are features): the answer is often stated in the article the question is
# about, in a sentence that repeats none of its names ("The company will pay 40 mln dlrs").
# Of the archive sets' answer sentences not among the 30 hits (52 of 537 answerable), 27 were
# in the article of the first hit and 5 in the second's. Out of fold over twelve sets, archive
# sets at archive scale, reading none / one / two articles: a right candidate for 0.838 / 0.883
# / 0.890 of answerable questions, top answer right 0.691 / 0.713 / 0.723, precision at 20%
# coverage 0.921 / 0.921 / 0.954.
ARTICLES_READ = 2
# ... and those of up to three more hits whose headline and lede name the question's subject
# (half its name words or more): "said chief executive Tom McKillop" under "AstraZeneca hit by
# drug failure" names the company nowhere in the sentence. Of the answerable questions of the
# twenty-one archive sets whose answer sentence was not read, 18 had its article third to fifth
# among the hits' articles. Out of fold over those sets (1,865 answerable): a right candidate
# for 1,665 -> 1,686, top answer right 0.735 -> 0.741; six articles: 1,693 candidates right.
ARTICLES_ABOUT = 3
ARTICLE_SENTENCES = 40  # at most this many more sentences from one article
SHOWN = 5  # best-matching passages reported with each result
MAX_ANSWERS = 5


@dataclass
class Hits:
    """What retrieval found: passage ids with their BM25 score relative to the best one's."""

    pids: list[int]
    scores: list[float]
    top: float
    beside: dict[int, float] = field(default_factory=dict)  # a neighbour's pid: its hit's relative score
    article: dict[int, float] = field(default_factory=dict)  # a sentence read with its article: the hit's

    def relative(self) -> list[tuple[int, float]]:
        return [(p, float(sc) / self.top) for p, sc in zip(self.pids, self.scores)]

    def read_for(self, pid: int, hit_score: float, marks: dict[int, float], seen: set[int]) -> None:
        """A passage read for a hit's sake (its neighbour, its article): scored 0, marked with
        that hit's relative score."""
        seen.add(pid)
        self.pids.append(pid)
        self.scores.append(0.0)
        marks[pid] = round(hit_score / self.top, 4)


@dataclass
class Judged:
    """The candidates a question kept, why each ruled-out sentence gave none, and which checks
    ruled something out (what `qa eval --ablate` switches off)."""

    scored: list[Scored] = field(default_factory=list)
    why: dict[int, str] = field(default_factory=dict)
    fired: set[str] = field(default_factory=set)


class Engine:
    """A loaded, indexed corpus that answers questions."""

    def __init__(self, index: CorpusIndex, source: str = "", reopen: Callable[[], CorpusIndex] | None = None) -> None:
        self.index = index
        self.source = source
        self.reader = EvidenceReader(index)
        self._reopen = reopen  # how to open the stored index again, rebuilt, when a file of it is damaged
        # the learned confidence (None: the rules' hand-made score and vetoes, as before it existed)
        self.model: ConfidenceModel | None = load_model()
        self._size = math.log10(max(10, index.n_passages))  # a small corpus has fewer near misses
        self.min_confidence: float | None = None  # the bar for giving an answer (default: the model's)
        self.filters: Filter | None = None  # the period and sources every question is asked within
        self._masks: dict[str, tuple[np.ndarray, Applied]] = {}

    @classmethod
    def from_documents(cls, docs: list[Document], progress: Progress | None = None, source: str = "") -> Engine:
        return cls(CorpusIndex.build(docs, progress), source)

    @classmethod
    def from_path(cls, path: str | Path | None = None, warn: Callable[[str], None] = lambda _: None,
                  progress: Progress | None = None, index_dir: str | Path | None = None, cache: bool = True,
                  follow_links: bool = False, stage: Callable[[str, int, int], None] | None = None,
                  cluster: Any = None) -> Engine:
        """Engine over a corpus path (default: the seeds), reusing the persistent index when it can;
        with `cluster`, the index's retrieval runs on that cluster's workers.
        `progress` hears of the splitting, `stage` of every phase of a build ("training", 3, 9);
        either may raise to stop a build (the stored index is left as it was)."""
        root = Path(os.path.abspath(Path(path).expanduser())) if path is not None else default_corpus_path()
        if not cache:
            docs = corpus_mod.load_corpus(root, warn, follow_links)
            return cls(CorpusIndex.build(docs, progress, warn=warn), source=str(root))
        from qa import store

        def reopen() -> CorpusIndex:
            remote = None
            if cluster is not None:  # a build or update on the cluster's workers (a qa.cluster.Cluster)
                from qa.cluster import Remote

                remote = Remote(cluster, len(cluster.workers()))
            index = store.open_index(root, warn=warn, progress=progress, index_dir=index_dir,
                                     follow_links=follow_links, stage=stage, remote=remote)
            if cluster is not None:  # and retrieval there too
                from qa.cluster import attach

                attach(index, root, cluster)
            return index

        return cls(reopen(), source=str(root), reopen=reopen)

    def _recovering(self, fn: Callable[..., _T], *args: Any) -> _T:
        """`fn(*args)`, and once more on a rebuilt index if a stored file turns out damaged
        (the damage is caught on the file's first use, which can come after opening)."""
        try:
            return fn(*args)
        except IndexDamaged:
            if self._reopen is None:
                raise
            self.index = self._reopen()
            self.reader = EvidenceReader(self.index)
            self._masks.clear()
            self._size = math.log10(max(10, self.index.n_passages))
            return fn(*args)

    # -- public lookups -------------------------------------------------------------------------
    @property
    def documents(self) -> list[Document]:
        return self.index.docs  # type: ignore[return-value]

    def document(self, doc_id: str) -> Document:
        return self._recovering(self._document, doc_id)

    def passages(self, doc_id: str) -> list[Passage]:
        return self._recovering(self._passages, doc_id)

    def passage(self, doc_id: str, index: int) -> Passage:
        return self._recovering(self._passage, doc_id, index)

    def _document(self, doc_id: str) -> Document:
        i = self.index.by_id.get(doc_id)
        if i is None:
            raise QAError(f"no document {doc_id!r} in the corpus")
        return self.index.docs[i]

    def _passages(self, doc_id: str) -> list[Passage]:
        self._document(doc_id)
        return self.index.doc_passages(doc_id)

    def _passage(self, doc_id: str, index: int) -> Passage:
        pid = self.index.passage_id(doc_id, index)
        if pid is None:
            self._document(doc_id)
            raise QAError(f"{doc_id} has no sentence {index}")
        return self.index.passage(pid)

    # -- answering ---------------------------------------------------------------------------------
    def ask(self, question: str, max_answers: int = MAX_ANSWERS, explain: bool = False,
            min_confidence: float | None = None, filters: Filter | None = None) -> AskResult:
        return self.trace(question, max_answers, explain, min_confidence=min_confidence, filters=filters)[0]

    def trace(self, question: str, max_answers: int = MAX_ANSWERS, explain: bool = False,
              off: Iterable[str] = (), min_confidence: float | None = None,
              filters: Filter | None = None) -> tuple[AskResult, set[str]]:
        """`ask`, with checks switched off (`off`), and the names of the checks that ruled
        something out: for evaluation tools (`qa eval --ablate`)."""
        return self._recovering(self._ask, question, max_answers, explain, frozenset(off), min_confidence,
                                filters or self.filters)

    def timeline(self, question: str, min_confidence: float | None = None, filters: Filter | None = None) -> Timeline:
        """Every value the archive gives for the question, in date order (qa.timeline)."""
        from qa.timeline import timeline

        return self._recovering(timeline, self, question, filters, min_confidence)

    def sources(self) -> list[str]:
        """The names `--source` takes at the top of the corpus: its files and folders (a
        folder with "/"), then the records' own source values, as a filter dialog lists them."""
        from qa.filters import outlet_names, top_level_sources

        names = top_level_sources(self.index, Path(self.source) if self.source else Path("."))
        seen = {n.lower() for n in names} | {n.rstrip("/").rsplit(".", 1)[0].lower() for n in names}
        for o in outlet_names(self.index):  # "AGNews" and "agnews" are one outlet; agnews.jsonl names it already
            if o.lower() not in seen:
                seen.add(o.lower())
                names.append(o)
        return names

    def within(self, filters: Filter | None) -> tuple[np.ndarray | None, Applied | None]:
        """The rows a filter lets retrieval see, and what it kept (made once per filter)."""
        if filters is None or not filters.active:
            return None, None
        key = filters.model_dump_json()
        if key not in self._masks:
            keep, applied = documents(filters, self.index, Path(self.source) if self.source else Path("."))
            if len(self._masks) > 16:
                self._masks.clear()
            self._masks[key] = (rows(keep, self.index), applied)
        return self._masks[key]

    def bar(self, min_confidence: float | None = None) -> float | None:
        """The probability an answer needs: the one asked for, else the engine's, else the model's."""
        if self.model is None:
            return None
        for p in (min_confidence, self.min_confidence):
            if p is not None:
                return p
        return self.model.threshold

    def _ask(self, question: str, max_answers: int, explain: bool, off: frozenset[str],
             min_confidence: float | None, filters: Filter | None) -> tuple[AskResult, set[str]]:
        t0 = time.perf_counter()
        q = understand(question)
        allow, applied = self.within(filters)
        hits = self.search(q, allow)
        kind = KINDS[q.type]
        bar = self.bar(min_confidence)
        if q.subtype is Subtype.AUTHOR:  # the byline is read, not weighed
            judged, bar = self.bylines(hits), None
        else:
            judged = self.judge(q, kind, hits, off, keep=bar is not None)
        if bar is not None and self.model is not None:
            ranked = by_confidence(judged.scored, kind, self.citation, q, self.model, bar, max_answers, explain)
        else:
            ranked = Ranked(merge(judged.scored, kind, self.citation, max_answers, explain), None)
        result = AskResult(question=question, analysis=q.analysis(), answers=ranked.answers,
                           passages=self.best_passages(hits, judged.why), corpus=self.source or None,
                           elapsed_ms=round((time.perf_counter() - t0) * 1000, 2), min_confidence=bar,
                           withheld=ranked.withheld, filtered=applied)
        return result, judged.fired

    def search(self, q: QuestionFrame, allow: np.ndarray | None = None, depth: int = RETRIEVE,
               neighboured: int = NEIGHBOURED, articles: int = ARTICLES_READ, about: int = ARTICLES_ABOUT) -> Hits:
        """The `depth` best passages by BM25, then the sentence after each of the first
        `neighboured` of them that is not a hit already (scored 0, marked in `beside`), then
        the other sentences of the articles of the first `articles` hits (marked in `article`)."""
        terms, weights = query_terms(q)
        if not terms:
            raise QAError("the question has no words to search for")
        bm = self.index.bm25
        if not any(t in bm.vocab for t in terms):
            raise QAError("none of the question's words occur in the corpus")
        rows, scores = bm.top_k(terms, depth, weights, allow=allow)
        top = float(scores[0]) if len(scores) and scores[0] > 0 else 1.0  # a tiny corpus can score 0
        hits = Hits([int(self.index.rows[r]) for r in rows], [float(s) for s in scores], top)
        seen = set(hits.pids)
        self._neighbours(hits, neighboured, seen)
        done = self._articles(hits, articles, seen)
        if about:
            self._articles_about(q, hits, about, seen, done)
        return hits

    def _neighbours(self, hits: Hits, n: int, seen: set[int]) -> None:
        for pid, sc in zip(hits.pids[:n], hits.scores[:n]):
            near = self.index.next_sentence(pid)
            if near is not None and near not in seen:
                hits.read_for(near, sc, hits.beside, seen)

    def _articles(self, hits: Hits, n: int, seen: set[int]) -> set[int]:
        """Reads the articles of the first `n` hits; returns them."""
        done: set[int] = set()
        for pid, sc in list(zip(hits.pids, hits.scores)):
            if len(done) >= n:
                break
            d = self.index.doc_of(pid)
            if d in done:
                continue
            done.add(d)
            self._read_article(hits, d, sc, seen)
        return done

    def _read_article(self, hits: Hits, d: int, score: float, seen: set[int]) -> None:
        """The sentences of article `d` not read yet (at most ARTICLE_SENTENCES), for a hit's sake."""
        rest = [o for o in self.index.passage_ids(d) if o not in seen and not self.index.is_byline(o)]
        for other in rest[:ARTICLE_SENTENCES]:
            hits.read_for(other, score, hits.article, seen)

    def _articles_about(self, q: QuestionFrame, hits: Hits, n: int, seen: set[int], read_already: set[int]) -> None:
        """The articles of up to `n` more hits (among the first RETRIEVE) whose headline and lede
        name the question's subject: half or more of its names' words. `read_already`: the
        articles `_articles` read."""
        if not q.entity_stems:
            return
        done = set(read_already)
        read = 0
        for pid, sc in list(zip(hits.pids[:RETRIEVE], hits.scores[:RETRIEVE])):
            if read >= n:
                break
            d = self.index.doc_of(pid)
            if d in done:
                continue
            done.add(d)
            if len(q.entity_stems & self._lede_stems(d)) * 2 < len(q.entity_stems):
                continue
            read += 1
            self._read_article(hits, d, sc, seen)

    def _lede_stems(self, d: int) -> set[str]:
        """The stems of an article's headline and first sentence (what it is about)."""
        doc = self.index.docs[d]
        lede = set(self.reader.stems(-1 - d, doc.title)) if doc.title else set()
        first = self.index.first_passage(d)
        if first is not None:
            lede |= self.reader.stems(first)
        return lede

    def bylines(self, hits: Hits) -> Judged:
        """"Who wrote …?": the byline of the article that best matches the rest of the question."""
        return Judged(bylines(self.reader, hits.relative()))

    def judge(self, q: QuestionFrame, kind: AnswerKind, hits: Hits, off: frozenset[str] = frozenset(),
              keep: bool = False) -> Judged:
        """Every hit's candidates that no check rules out, scored; and why the others gave none.
        With `keep`, ruled-out candidates are kept too, each check that fired a feature of it
        (the candidates a confidence model learns from)."""
        judged = Judged()
        terms = question_terms(q, self.index.bm25)
        for rank, (pid, retrieval) in enumerate(hits.relative()):
            try:
                judged.scored.extend(self.candidates(q, kind, terms, pid, retrieval, judged, off, keep, rank,
                                                     hits.beside.get(pid), hits.article.get(pid)))
            except QAError:
                raise
            except Exception as exc:  # one sentence the rules trip on costs that sentence, not the question
                if os.environ.get("NEWSQA_DEBUG"):
                    raise
                judged.why[pid] = f"could not be read ({type(exc).__name__})"
        return judged

    def candidates(self, q: QuestionFrame, kind: AnswerKind, terms: features.QuestionTerms, pid: int,
                   retrieval: float, judged: Judged, off: frozenset[str] = frozenset(),
                   keep: bool = False, rank: int = 0, beside: float | None = None,
                   article: float | None = None) -> list[Scored]:
        """One hit: its evidence, the sentence checks, then each candidate span's checks and score.
        `beside`: the passage is a hit's neighbour, and that hit's relative score; `article`: it
        was read with the article of a hit, and that hit's relative score."""
        ev = self.reader.read(pid)
        sig = checks.measure(terms, ev)
        fired = checks.verdicts(q, ev, sig, off=off) if keep else _first(checks.first_reason(q, ev, sig, off))
        if fired:
            judged.why[pid] = next(iter(fired.values()))
            judged.fired.update(fired)
            if not keep:
                return []
        missing = features.missing(terms, set(ev.stems), set(ev.context_stems))
        # the question names someone or something this article never mentions: a weaker match
        absent = _missing_entity(q, ev.stems | ev.context_stems)
        d = self.index.doc_of(pid)
        signals = {"rank": float(rank), "corpus_size": self._size, **self._subject(q, ev, d)}
        if beside is not None:
            signals.update(neighbour=1.0, neighbour_retrieval=beside)
        if article is not None:
            signals.update(read_article=1.0, article_retrieval=article)
        out = []
        found = kind.candidates(q, ev)
        # a sentence answer has no span to measure from: its closeness is its coverage
        near = [features.distances(terms, ev.sentence, c) if c.type is not AnswerType.WHAT else None for c in found]
        claims = features.claimed(terms, near)
        for c, dist, claim in zip(found, near, claims):
            if keep:
                mine = checks.verdicts(q, ev, sig, c, off)
                c.features.update({checks.feature(n): 1.0 for n in (*fired, *mine)})
                judged.fired.update(mine)
            else:
                vetoed = checks.first_candidate_reason(q, ev, c, sig, off)
                if vetoed:
                    judged.fired.add(vetoed[0])
                    continue
            self._features(q, terms, ev, c, sig.coverage, retrieval, missing, absent, dist)
            c.features.update(signals, claimed=round(claim, 4))
            out.append(Scored(c, pid, ev.sentence, score.score(c.features), d))
        return out

    @staticmethod
    def _features(q: QuestionFrame, terms: features.QuestionTerms, ev: Evidence, c: Candidate, cov: float,
                  retrieval: float, missing: float, absent: bool, near: dict[str, int] | None) -> None:
        """Every signal of a candidate, by name (the ranking's input, and --explain's output)."""
        # a count names its noun and a date or amount its unit: only names can echo the question
        names = c.type in {AnswerType.WHO, AnswerType.WHERE} and Flag.SAID_BASE not in c.flags
        ov = features.overlap(terms, ev.sentence, c) if names else 0.0
        prox = features.closeness(terms, near) if near is not None else cov
        c.features.update(coverage=round(cov, 4), proximity=round(prox, 4), prior=c.prior,
                          retrieval=round(retrieval, 4), overlap=round(ov, 4), missing=missing,
                          absent_entity=absent)

    def _subject(self, q: QuestionFrame, ev: Evidence, d: int) -> dict[str, float]:
        """Whether the question's names are what the article is about (its headline and lede)
        or only mentioned in this sentence: shares of their words found in each."""
        if not q.entity_stems:
            return {}
        lede = self._lede_stems(d)
        n = len(q.entity_stems)
        return {"entities": 1.0, "entities_in_lede": len(q.entity_stems & lede) / n,
                "entities_in_sentence": len(q.entity_stems & ev.stems) / n}

    def best_passages(self, hits: Hits, why: dict[int, str]) -> list[RetrievedPassage]:
        """The SHOWN best-matching sentences, each text once: the wire repeats a story under
        new ids, and five copies of one sentence tell a reader nothing more (the first, best
        scored, is shown)."""
        out: list[RetrievedPassage] = []
        said: set[str] = set()
        for pid, sc in zip(hits.pids, hits.scores):
            if len(out) == SHOWN:
                break
            p = self.index.passage(pid)
            text = " ".join(p.text.split()).casefold()
            if text in said:
                continue
            said.add(text)
            doc = self.index.docs[self.index.doc_of(pid)]
            out.append(RetrievedPassage(passage=p, score=sc, doc_title=doc.title, doc_date=doc.date,
                                        rejected=why.get(pid)))
        return out

    def citation(self, pid: int, c: Candidate) -> Citation:
        doc = self.index.docs[self.index.doc_of(pid)]
        p = self.index.passage(pid)
        return Citation(
            doc_id=doc.id, doc_title=doc.title, doc_date=doc.date, doc_sha256=doc.sha256,
            source=doc.source, sentence_index=p.index, sentence_start=p.start, sentence_end=p.end,
            sentence=p.text, span_start=p.start + c.start, span_end=p.start + c.end,
        )


def _first(found: tuple[str, str] | None) -> dict[str, str]:
    return dict([found]) if found else {}


def _missing_entity(q: QuestionFrame, stems: frozenset[str]) -> bool:
    """Whether a word of the question's names is neither in the sentence nor its context."""
    for ent in q.entities:
        for w in words(ent):
            if w in lexicon.stopwords() or len(w) < 2:
                continue
            st = stem(w) if w.isalpha() else w
            if st not in stems and not set(synonyms(w)) & stems:
                return True
    return False
