"""The question-answering pipeline shared by the CLI and the terminal UI.

question -> analysis -> BM25 over sentence passages -> typed extraction on the
best passages -> ranking -> answers merged by value, each with a citation that
can be checked against the source text.
"""

from __future__ import annotations

import os
import re
import time
from functools import cache
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from qa import answerability, corpus as corpus_mod
from qa.corpus import default_corpus_path
from qa import ranking
from qa.errors import IndexDamaged, QAError
from qa.extract import (
    Candidate,
    Sentence,
    extract_counts,
    extract_dates,
    extract_entities,
    extract_money,
    extract_places,
)
from qa.index import CorpusIndex, Progress
from qa.models import (
    CountValue,
    Answer,
    AnswerType,
    AskResult,
    Citation,
    Document,
    Explanation,
    Passage,
    QuestionAnalysis,
    RetrievedPassage,
)
from qa.question import analyze, query_terms, synonyms
from qa import lexicon
from qa.lexicon.tokens import stem, word_stems, words
from qa.values import display_value, value_key

_T = TypeVar("_T")
RETRIEVE = 30  # passages examined per question
MAX_ANSWERS = 5


@dataclass
class _Scored:
    cand: Candidate
    pid: int
    sentence: Sentence
    score: float


# Words that make a name an organisation's or a place's, where no part stands for the whole.
_NOT_PERSON = {"bank", "national", "group", "corp", "inc", "co", "ltd", "plc", "company", "industries", "engineering",
               "party", "union", "council", "committee", "ministry", "department", "office", "association", "fund",
               "house", "street", "city", "university", "school", "club", "united", "international", "holdings",
               "securities", "trust", "motors", "airlines", "electric", "oil", "steel", "mills", "systems"}
_PER_SHARE = re.compile(r"\b(?:a|per|each)[\s-](?:[A-Z][\w.&-]*\s+){0,3}(?:ordinary |common )?share\b")
_PER_SHARE_AFTER = re.compile(r"\s*-?\s*(?:a|per|each)[\s-](?:[\w.,-]+\s+){0,3}?share\b", re.I)
# A sentence that opens by pointing back: it is about what the sentence before named.
_ANAPHORIC = re.compile(r"\s*[\"“]?(?:He|She|It|They|Its|His|Her|Their|This|These|The (?:[\w-]+ ){0,3}?"
                        r"(?:company|group|firm|bank|unit|man|woman|minister|official|spokesman|institute|agency|"
                        r"board|government|team|club|band|studio|player|star|singer|actor|actress))\b")
_PRICE_ASKED = re.compile(r"\b(?:price|prices|priced|cost|costs|paying|pay|paid|pays|fee|fees|charge|charges|"
                          r"invest|invests|invested|investing|investment|borrow|borrowed|lend|lent|raise|raised|"
                          r"worth|per share|a share|spend|spent|spending|money)\b", re.I)


def _noun_like(word: str) -> bool:
    """A lower-case word after a name that is neither a function word nor shaped like a verb."""
    if word in lexicon.stopwords() or word.endswith(("ed", "s")) or word in _FUNCTION:
        return False
    return word not in _verb_forms()


@cache
def _verb_forms() -> frozenset[str]:
    """Every written form of the shipped event verbs."""
    return frozenset(w for forms in lexicon.event_verbs() for w in answerability.inflections(forms))


_FUNCTION = {"and", "or", "but", "to", "in", "on", "at", "of", "for", "from", "with", "by", "as", "said", "says", "told",
             "will", "would", "could", "can", "may", "might", "must", "should", "had", "has", "have", "is", "was",
             "were", "are", "be", "been", "who", "which", "that", "also", "then", "now", "still", "after", "before"}


def _role_word(word: str, verb: bool = False) -> bool:
    """A title ("chairman", "coaches"), or when `verb`, the verb of one ("founded" -> founder)."""
    titles = lexicon.titles()
    if word in titles or word.removesuffix("s") in titles or stem(word) in _title_stems():
        return True
    if not verb:
        return False
    st = stem(word)
    return len(st) >= 4 and word not in lexicon.stopwords() and any(
        t.startswith(st) and t[len(st):] in {"er", "or", "man", "r", "ger"} for t in titles)


@cache
def _title_stems() -> frozenset[str]:
    return frozenset(stem(t) for t in lexicon.titles())


class Engine:
    """A loaded, indexed corpus that answers questions."""

    def __init__(self, index: CorpusIndex, source: str = "",
                 reopen: Callable[[], CorpusIndex] | None = None) -> None:
        self.index = index
        self.source = source
        self._reopen = reopen  # how to open the stored index again, rebuilt, when a file of it is damaged
        self._stems_cache: dict[int, frozenset[str]] = {}  # article word stems, by document
        self._stem_cache: dict[int, frozenset[str]] = {}  # sentence word stems, by passage

    @classmethod
    def from_documents(cls, docs: list[Document], progress: Progress | None = None, source: str = "") -> Engine:
        return cls(CorpusIndex.build(docs, progress), source)

    @classmethod
    def from_path(
        cls,
        path: str | Path | None = None,
        warn: Callable[[str], None] = lambda _: None,
        progress: Progress | None = None,
        index_dir: str | Path | None = None,
        cache: bool = True,
        follow_links: bool = False,
    ) -> Engine:
        """Engine over a corpus path (default: the seeds), reusing the persistent index when it can."""
        root = Path(path).expanduser() if path is not None else default_corpus_path()
        if cache:
            from qa import store

            def reopen() -> CorpusIndex:
                return store.open_index(root, warn=warn, progress=progress, index_dir=index_dir,
                                        follow_links=follow_links)

            return cls(reopen(), source=str(root), reopen=reopen)
        docs = corpus_mod.load_corpus(root, warn, follow_links)
        return cls(CorpusIndex.build(docs, progress, warn=warn), source=str(root))

    def _recovering(self, fn: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
        """`fn(*args)`, and once more on a rebuilt index if a stored file turns out damaged
        (the damage is caught on the file's first use, which can come after opening)."""
        try:
            return fn(*args, **kwargs)
        except IndexDamaged:
            if self._reopen is None:
                raise
            self.index = self._reopen()
            self._stems_cache.clear()
            self._stem_cache.clear()
            return fn(*args, **kwargs)

    # -- public lookups ---------------------------------------------------------
    @property
    def documents(self) -> list[Document]:
        return self.index.docs

    def document(self, doc_id: str) -> Document:
        return self._recovering(self._document, doc_id)

    def passages(self, doc_id: str) -> list[Passage]:
        return self._recovering(self._passages, doc_id)

    def passage(self, doc_id: str, index: int) -> Passage:
        return self._recovering(self._passage, doc_id, index)

    def ask(self, question: str, max_answers: int = MAX_ANSWERS, explain: bool = False) -> AskResult:
        return self._recovering(self._ask, question, max_answers, explain)

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

    # -- answering ----------------------------------------------------------------
    def _ask(self, question: str, max_answers: int = MAX_ANSWERS, explain: bool = False) -> AskResult:
        t0 = time.perf_counter()
        analysis = analyze(question)
        terms, weights = query_terms(analysis)
        if not terms:
            raise QAError("the question has no words to search for")
        bm = self.index.bm25
        known = [t for t in terms if t in bm.vocab]
        if not known:
            raise QAError("none of the question's words occur in the corpus")
        rows, scores = bm.top_k(terms, RETRIEVE, weights)
        pids = [int(self.index.rows[r]) for r in rows]
        top = float(scores[0]) if len(scores) and scores[0] > 0 else 1.0  # a tiny corpus can score 0
        retrieved = [
            RetrievedPassage(passage=self.index.passage(p), score=float(sc),
                             doc_title=self._doc(p).title, doc_date=self._doc(p).date)
            for p, sc in zip(pids[:5], scores[:5])
        ]
        qterms = self._question_terms(analysis)
        scored: list[_Scored] = []
        why: dict[int, str] = {}  # passage -> why it gave no answer
        if analysis.subtype == "author":
            scored = self._authors(pids, scores, top)
        else:
            for p, sc in zip(pids, scores):
                try:
                    scored.extend(self._candidates(analysis, qterms, p, float(sc) / top, why))
                except QAError:
                    raise
                except Exception as exc:  # one sentence the rules trip on costs that sentence, not the question
                    if os.environ.get("NEWSQA_DEBUG"):
                        raise
                    why[p] = f"could not be read ({type(exc).__name__})"
        answers = self._merge(scored, max_answers, explain)
        for rp, p in zip(retrieved, pids):
            rp.rejected = why.get(p)
        return AskResult(
            question=question,
            analysis=analysis,
            answers=answers,
            passages=retrieved,
            corpus=self.source or None,
            elapsed_ms=round((time.perf_counter() - t0) * 1000, 2),
        )

    def _doc(self, pid: int) -> Document:
        return self.index.docs[int(self.index.p_doc[pid])]

    def _question_terms(self, analysis: QuestionAnalysis) -> ranking.QuestionTerms:
        bm = self.index.bm25
        max_idf = max(float(bm.idf.max()) if len(bm.idf) else 1.0, 1.0)  # a tiny corpus has negative idfs
        idf: dict[str, float] = {}
        syns: dict[str, set[str]] = {}
        # "Kansallis-Osake-Pankki" is one name, not three rare words: its parts share one weight
        parts: dict[str, int] = {}
        for compound in re.findall(r"[\w']+(?:-[\w']+)+", analysis.text):
            for p in words(compound):
                parts[p] = len(words(compound))
        for w in analysis.keywords:
            t = stem(w) if w.isalpha() else w
            tid = bm.vocab.get(t)
            # a word the corpus never uses weighs as much as its rarest word
            idf[t] = (max(float(bm.idf[tid]), 0.05) if tid is not None else max_idf) / parts.get(w, 1)
            syns[t] = set(synonyms(w))
        weak = {}
        for w in analysis.framing:
            t = stem(w)
            tid = bm.vocab.get(t)
            weak[t] = 0.5 * (max(float(bm.idf[tid]), 0.05) if tid is not None else 1.0)
        names = []
        for e in answerability.name_runs(analysis.text):
            short = answerability.acronym(e)
            if short and len(short) >= 3:  # "BZW chairman …" names Barclays de Zoete Wedd
                names.append((short, frozenset(word_stems(e))))
        for e in analysis.entities:
            parts = e.split()
            if 2 <= len(parts) <= 3 and all(p[:1].isupper() and not p.isupper() for p in parts) \
                    and not any(p.lower() in _NOT_PERSON for p in parts):
                stems = [stem(w) if w.isalpha() else w for w in words(e)]
                names.append((stems[-1], frozenset(stems)))
        return ranking.QuestionTerms(idf, syns, weak, names)

    def _sentence(self, pid: int) -> Sentence:
        doc = self._doc(pid)
        start, end = int(self.index.p_start[pid]), int(self.index.p_end[pid])
        return Sentence(doc.text[start:end], start, doc.date)

    def _extract(self, analysis: QuestionAnalysis, s: Sentence, context: str = "", article: str = "") -> list[Candidate]:
        kind = analysis.type
        if kind is AnswerType.WHEN:
            cands = extract_dates(s)
            if analysis.subtype == "year":  # "In which year …?" is not answered by "the first quarter"
                cands = [c for c in cands if re.search(r"\d{4}|\byear\b", c.text(s), re.I)]
            if analysis.subtype in {"year", "month", "quarter", "time"}:
                for c in cands:
                    if c.kind == analysis.subtype or (analysis.subtype == "time" and c.value and c.value.time):
                        c.prior = min(1.0, c.prior + 0.3)
            return cands
        if kind is AnswerType.HOW_MUCH:
            cands = extract_money(s, context, article)
            if analysis.subtype == "percent":
                return [c for c in cands if c.kind == "percent"]
            change = re.search(r"\b(?:by how much|rise|rose|fall|fell|increase|decrease|grow|grew|drop|climb|jump|gain)",
                               analysis.text, re.I)
            for c in cands:  # a change answers "by how much did it rise", a level "what did it close at"
                if c.features.pop("movement", 0.0) and not change or c.features.pop("level", 0.0) and change:
                    c.prior *= 0.6
            per_share_asked = bool(_PER_SHARE.search(analysis.text))
            total_asked = bool(re.search(r"\b(?:in total|total|overall|altogether|all told)\b", analysis.text, re.I))
            kept = []
            for c in cands:
                per_share = c.kind == "money" and bool(_PER_SHARE_AFTER.match(s.text[c.end:c.end + 50]))
                if c.kind == "money" and (per_share and total_asked or per_share_asked and not per_share
                                          and not re.search(r"\bshares?\b", s.text, re.I)):
                    continue  # a price a share is not a total, and a sentence about no shares gives no share price
                if c.kind == "money" and per_share != per_share_asked:
                    c.prior *= 0.6  # a price a share does not answer what a deal is worth, nor the reverse
                kept.append(c)
            cands = kept
            if (analysis.focus or _PRICE_ASKED.search(analysis.text)) and not change:
                # an amount was asked for: a percentage is a change or a share, not the amount
                return [c for c in cands if c.kind != "percent"]
            return cands
        if kind is AnswerType.HOW_MANY:
            cands = extract_counts(s, analysis.target, {stem(w) for w in analysis.keywords},
                                   set(synonyms(analysis.target)) if analysis.target else None)
            framed = re.search(r"\b(over|under|about|around|for|in|within|at least|at most|more than|fewer than|"
                               r"less than|up to)\s+how many\b", analysis.text, re.I)
            for c in cands:  # "Over how many years …?" asks for "five years", the question says "over"
                m = framed and re.match(rf"{re.escape(framed.group(1))}\s+", c.text(s), re.I)
                if m:
                    c.start += m.end()
                    if isinstance(c.value, CountValue):
                        c.value = c.value.model_copy(update={"qualifier": None})
            return cands
        if kind is AnswerType.WHERE:
            cands = extract_places(s)
            if answerability.asks_base(analysis):  # "Where is X based?": "the X-based company" says it outright
                for c in cands:
                    said_base = re.search(r"(?:\bbased|headquarter\w*|head office)\s+(?:in|at)\s+(?:the\s+)?$|"
                                          r"\b(?:Co|Corp|Inc|Ltd|Plc|PLC|AG|SA|Group|Service|Services)\b,?\s+of\s+$",
                                          s.text[max(0, c.start - 30):c.start])
                    said_base = said_base or re.match(r"\s+(?:company|firm|group|concern|bank|carrier|airline|"
                                                      r"maker|retailer|insurer|broker|utility)\b", s.text[c.end:])
                    if c.rule == "where:based" and c.prior > 0.5 or said_base:
                        c.prior = min(1.0, c.prior + 0.3)
                        c.features["said_base"] = 1.0  # may repeat the question: Hapoel Bnei Sakhnin is based in Sakhnin
                    else:
                        c.prior *= 0.8
            return cands
        if kind is AnswerType.WHO:
            qwords = {w.lower() for e in analysis.entities for w in e.split()}
            cands = extract_entities(s, qwords, article)
            for c in cands:
                if analysis.subtype == "org":
                    if c.kind == "acronym":
                        c.prior = 0.9 if ":titled" in c.rule else 0.6
                    c.prior = {"org": 1.0, "name": 0.7, "person": 0.5, "place": 0.5}.get(c.kind, c.prior)
                elif analysis.subtype == "person":
                    c.prior = {"org": 0.35, "place": 0.2, "acronym": 0.25}.get(c.kind, c.prior)
            for c in cands:  # "Olympic gold", "a Financial Times report": a name used as a modifier is nobody
                nxt = re.match(r"\s+([a-z][a-z-]*)\b", s.text[c.end:])
                if nxt and c.kind != "person" and _noun_like(nxt.group(1)):
                    c.prior *= 0.6
            if analysis.subtype == "person":  # "Who was the woman …?" is not answered by "South African"
                cands = [c for c in cands if c.kind != "place"]
                for c in cands:  # "swimming off Sunny Cove in Fish Hoek": after "in", a name is a place
                    if re.search(r"\b(?:in|at|near|from|off|outside)\s+$", s.text[max(0, c.start - 10):c.start]):
                        c.prior *= 0.5
            return cands
        return [Candidate(0, len(s.text), AnswerType.WHAT, "sentence", 0.5)]

    @staticmethod
    def _said(word: str, stems: set[str]) -> bool:
        """The word, a word sharing its stem's start ("earn"/"earnings"), or a synonym is in the sentence."""
        st = stem(word)
        return bool(set(synonyms(word)) & stems) or any(
            x.startswith(st) or st.startswith(x) for x in stems if len(x) > 2)

    @staticmethod
    def _missing_entity(analysis: QuestionAnalysis, stems: set[str]) -> float:
        for ent in analysis.entities:
            for w in words(ent):
                if w in lexicon.stopwords() or len(w) < 2:
                    continue
                st = stem(w) if w.isalpha() else w
                if st not in stems and not set(synonyms(w)) & stems:
                    return True
        return False

    @staticmethod
    def _has_role(analysis: QuestionAnalysis, stems: set[str]) -> bool:
        """The question's title or role words ("chairman", "coaches", "founded") are in the sentence."""
        generic = {"state", "staff", "general", "head", "chief", "leader", "lead", "official", "boss"}
        # a role verb counts only when "who" is its subject: "Who founded X?", not "Who did X write with?"
        verb = re.match(r"\s*who\s+(\w+)", analysis.text, re.I)
        # "Which player hit …?": the noun after "which" is the kind of answer, seldom repeated beside it
        kind_noun = re.match(r"\s*(?:which|what)\s+(?:[\w'’-]+\s+){0,3}?([\w-]+)\s+(?!of\b)(?:[a-z]+ed|[a-z]+s|did|"
                             r"does|do|will|would|was|were|has|had|is|are|said|says)\b", analysis.text, re.I)
        skip = {kind_noun.group(1).lower()} if kind_noun else set()
        roles = [w for w in analysis.keywords if _role_word(w, verb is not None and verb.group(1).lower() == w)
                 and stem(w) not in {stem(g) for g in generic} and w not in skip]
        if not roles:
            return True
        for w in roles:
            st = stem(w)
            # a specific title must be said ("president" is not "chairman"); a verb may use its synonyms
            syns = set() if w in lexicon.titles() else set(synonyms(w))
            if any(x.startswith(st) or st.startswith(x) for x in stems if len(x) > 2) or syns & stems:
                return True
        return False

    def _article_stems(self, pid: int) -> frozenset[str]:
        d = int(self.index.p_doc[pid])
        if d not in self._stems_cache:
            doc = self.index.docs[d]
            if len(self._stems_cache) > 256:
                self._stems_cache.clear()
            self._stems_cache[d] = answerability.article_stems(doc.title, doc.text)
        return self._stems_cache[d]

    def _context_text(self, pid: int) -> str:
        d = int(self.index.p_doc[pid])
        doc = self.index.docs[d]
        first = int(self.index.doc_first[d])
        lede = self._sentence(first).text if first < int(self.index.doc_first[d + 1]) else ""
        return f"{doc.title or ''} {lede}"

    def _previous(self, pid: int) -> int | None:
        """The sentence before in the same article, if there is one."""
        d = int(self.index.p_doc[pid])
        first = int(self.index.doc_first[d])
        return pid - 1 if pid - 1 >= first and self.index.p_kind[pid - 1] == 0 else None

    def _context_stems(self, pid: int) -> set[str]:
        """Words of the headline and the lede: a later sentence says "the company", not its name."""
        d = int(self.index.p_doc[pid])
        doc = self.index.docs[d]
        stems = set(self._stems(-1 - d, doc.title)) if doc.title else set()
        first = int(self.index.doc_first[d])
        if first != pid and first < int(self.index.doc_first[d + 1]):
            stems |= self._stems(first)
        if pid - 1 > first and self.index.p_kind[pid - 1] == 0:  # the sentence before: "It said …"
            stems |= self._stems(pid - 1)
        return stems

    def _stems(self, key: int, text: str | None = None) -> frozenset[str]:
        """A passage's word stems (key = passage id), or a headline's (key = -1 - document), kept for reuse."""
        got = self._stem_cache.get(key)
        if got is None:
            s = Sentence(text or "", 0) if key < 0 else self._sentence(key)
            if len(self._stem_cache) > 50_000:
                self._stem_cache.clear()
            got = self._stem_cache[key] = frozenset(ranking.sentence_stems(s))
        return got

    def _rejection(self, analysis: QuestionAnalysis, q: ranking.QuestionTerms, pid: int, s: Sentence,
                   stems: set[str], context: set[str], cov: float) -> str | None:
        """Why this sentence cannot answer the question, or None if it may."""
        if cov < ranking.MIN_COVERAGE:
            return f"it covers too little of the question ({cov:.2f} < {ranking.MIN_COVERAGE})"
        if ranking.wrong_year(analysis.text, s.text):
            return "it is about another year"
        if ranking.wrong_period(analysis.text, s.text, self._context_text(pid)):
            return "it is about another quarter or half"
        if analysis.type is AnswerType.WHO and analysis.subtype in {"person", None} \
                and not self._has_role(analysis, stems):
            return "it names no one in the role asked about"  # "Who is the chairman of X?" needs a chairman
        if analysis.focus and not any(self._said(w, stems) for w in analysis.focus):
            # "What were Opel's sales?" is not answered by a sentence about its losses
            return f"it does not say {' or '.join(analysis.focus)}"
        article = self._doc(pid).text[:3000]
        # the sentence itself usually names the question's entities: read the whole article only when not
        named_here = answerability.article_stems(None, s.text)
        return (answerability.absent_entity(analysis, named_here)
                and answerability.absent_entity(analysis, self._article_stems(pid), self._doc(pid).text)
                or answerability.wrong_role(analysis, s) or answerability.other_owner(analysis, s)
                or answerability.other_subject(analysis, s, article) or answerability.other_scope(analysis, s)
                or answerability.other_event(analysis, s) or answerability.other_attribute(analysis, s)
                or answerability.other_ordinal(analysis, s))

    def _candidates(self, analysis: QuestionAnalysis, q: ranking.QuestionTerms, pid: int,
                    retrieval: float, why: dict[int, str] | None = None) -> list[_Scored]:
        s = self._sentence(pid)
        stems = set(self._stems(pid))
        context = self._context_stems(pid)
        cov = ranking.coverage(q, stems, context)
        if _ANAPHORIC.match(s.text) and self._previous(pid) is not None:
            # "The San Francisco-based promotional group said …" goes on about the sentence before
            prev = set(self._stems(self._previous(pid)))
            cov = max(cov, ranking.coverage(q, stems, prev, 0.8))
        reason = self._rejection(analysis, q, pid, s, stems, context, cov)
        if reason:
            if why is not None:
                why[pid] = reason
            return []
        headline_lede = self._context_text(pid)
        article = self._doc(pid).text[:3000]
        missing = ranking.missing(q, stems, context)
        # the question names someone or something this article never mentions: a weaker match
        absent = self._missing_entity(analysis, stems | context)
        out = []
        for c in self._extract(analysis, s, headline_lede, article):
            if answerability.other_line_item(analysis, s, c) or answerability.other_clause(analysis, s, c):
                continue
            # a count names its noun and a date or amount its unit: only names can echo the question
            ov = ranking.overlap(q, s, c) if c.type in {AnswerType.WHO, AnswerType.WHERE} else 0.0
            stated_base = bool(c.features.pop("said_base", 0.0))
            if c.type is not AnswerType.WHAT and ranking.echoes(analysis.text, c.text(s)) and not stated_base:
                continue  # "What coupon does the 150 billion franc loan carry?" is not answered by "150 billion franc"
            if ov >= 0.999 and not stated_base:
                continue  # the question's own words are not its answer
            if stated_base:
                ov = 0.0
            prox = ranking.proximity(q, s, c) if c.type is not AnswerType.WHAT else cov
            c.features.update(coverage=round(cov, 4), proximity=round(prox, 4), prior=c.prior,
                              retrieval=round(retrieval, 4), overlap=round(ov, 4), missing=missing,
                              absent_entity=absent)
            out.append(_Scored(c, pid, s, ranking.score(c.features)))
        return out

    def _authors(self, pids: list[int], scores, top: float) -> list[_Scored]:
        """"Who wrote …?": the byline of the article that best matches the rest of the question."""
        out: list[_Scored] = []
        seen: set[int] = set()
        for p, sc in zip(pids, scores):
            d = int(self.index.p_doc[p])
            if d in seen:
                continue
            seen.add(d)
            first, last = int(self.index.doc_first[d]), int(self.index.doc_first[d + 1])
            for bp in range(first, last):
                if self.index.p_kind[bp] == 1:
                    s = self._sentence(bp)
                    c = Candidate(0, len(s.text), AnswerType.WHO, "who:byline", 1.0, kind="author")
                    c.features.update(retrieval=round(float(sc) / top, 4), prior=1.0)
                    out.append(_Scored(c, bp, s, float(sc) / top))
                    break  # the first byline of an article names its authors
        return out

    def _merge(self, scored: list[_Scored], max_answers: int, explain: bool) -> list[Answer]:
        """One answer per value: the best span cites it, the others support it."""
        groups: dict[str, list[_Scored]] = {}
        for item in sorted(scored, key=lambda x: -x.score):
            key = value_key(item.cand, item.sentence)
            groups.setdefault(key, []).append(item)
        answers = []
        for items in groups.values():
            best = items[0]
            # a date written out ("March 23") cites better than the weekday that means it
            explicit = [i for i in items if i.cand.rule.split("+")[0] in {"date:mdy", "date:dmy", "date:iso"}
                        and i.score >= best.score - 0.15]
            if explicit and best not in explicit:
                best = explicit[0]
            distinct = {i.pid for i in items}
            bonus = min(0.1, 0.03 * (len(distinct) - 1))
            top_score = items[0].score
            c = best.cand
            features = dict(c.features, agreement=float(len(distinct)))
            answers.append(Answer(
                text=c.text(best.sentence),
                type=c.type,
                normalized=c.value,
                display=display_value(c.value),
                score=round(top_score + bonus, 4),
                citation=self._citation(best.pid, c),
                support=[self._citation(i.pid, i.cand) for i in items[1:4] if i.pid != best.pid],
                explain=Explanation(rule=c.rule, features=features) if explain else None,
            ))
        answers.sort(key=lambda a: -a.score)
        return [a for a in answers if a.score >= ranking.MIN_SCORE][:max_answers]

    def _citation(self, pid: int, c: Candidate) -> Citation:
        doc = self._doc(pid)
        p = self.index.passage(pid)
        return Citation(
            doc_id=doc.id, doc_title=doc.title, doc_date=doc.date, doc_sha256=doc.sha256,
            source=doc.source, sentence_index=p.index, sentence_start=p.start, sentence_end=p.end,
            sentence=p.text, span_start=p.start + c.start, span_end=p.start + c.end,
        )
