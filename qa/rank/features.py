"""The ranking signals of a candidate: how much of the question its sentence covers
(idf-weighted), how close the span sits to the question's words, how much of the span
the question already says, and which question words are missing. qa.rank.score mixes
them with the extractor's prior and the passage's BM25 score."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cached_property

from qa.answers.base import Candidate, Sentence
from qa.lexicon.tokens import stem, words

AFTER_PENALTY = 1  # extra distance for a question word that comes after the span
WINDOW = 4  # words each side of a span that count as "right around" it


@dataclass
class QuestionTerms:
    """The question's word stems with their idf, and their synonyms' stems."""

    idf: dict[str, float]
    synonyms: dict[str, set[str]] = field(default_factory=dict)
    weak: dict[str, float] = field(default_factory=dict)  # framing words: closeness only
    names: list[tuple[str, frozenset[str]]] = field(default_factory=list)  # (surname, all parts) of people
    positions: dict[tuple[int, str], _SentenceView] = field(default_factory=dict, repr=False)

    @property
    def total(self) -> float:
        return sum(self.idf.values()) or 1.0

    @cached_property
    def weights(self) -> dict[str, float]:
        """Every word's weight for closeness: the framing words', then the idf (which wins)."""
        return {**self.weak, **self.idf}


def coverage(q: QuestionTerms, stems: AbstractSet[str], extra: AbstractSet[str] = frozenset(),
             extra_weight: float = 0.5) -> float:
    """idf-weighted share of question terms found in the sentence (synonyms count 0.8)."""
    got = 0.0
    # "Brando, who died …" names Marlon Brando: a surname stands for the whole name
    named = {t for last, n in q.names if last in stems for t in n}
    longer: set[str] | None = None  # the stems' proper prefixes, found once when first needed
    for t, w in q.idf.items():
        if t in stems or t in named:
            got += w
        elif q.synonyms.get(t, set()) & stems:
            got += 0.8 * w
        elif len(t) >= 4 and t.isalpha() and t in (longer := _prefixes(stems) if longer is None else longer):
            got += 0.8 * w  # a word formed from the question's: "chair" -> "chairman", "found" -> "founder"
        elif t in extra or q.synonyms.get(t, set()) & extra:
            got += extra_weight * w
    return got / q.total


def _prefixes(stems: AbstractSet[str]) -> set[str]:
    """Every prefix of four letters or more that is shorter than its stem: a question word
    among them is one the sentence has formed a longer word from."""
    return {x[:k] for x in stems for k in range(4, len(x))}


# a clause break: a date or figure past one belongs to another clause
CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014\"]|--")
_DASHES = re.compile(r"-{2,}")


def echoes(echo: str, span: str) -> bool:
    """The span repeats what the question already says (`echo`: the question's words, joined)."""
    return bool(span.strip()) and f" {' '.join(words(span))} " in f" {echo} "


def missing(q: QuestionTerms, stems: set[str], extra: set[str]) -> float:
    """Question words found neither in the sentence (or a synonym) nor in the headline/lede."""
    return float(sum(1 for t in q.idf if t not in stems and t not in extra
                     and not (q.synonyms.get(t, set()) & (stems | extra))))


@dataclass
class _SentenceView:
    """What `proximity` reads of a sentence, whatever the candidate: its lower-case words,
    the question terms among them, and where the clause breaks are."""

    words: list[tuple[int, int, str]]
    terms: list[tuple[int, int, int, str]]  # (word index, start, end, question term) in reading order
    breaks: list[int]  # offsets of single-character breaks
    dashes: list[tuple[int, int]]  # runs of two or more hyphens ("--" is a break, "----" two)

    def breaks_between(self, a: int, b: int) -> int:
        """len(CLAUSE_BREAK.findall(text[a:b])), from positions found once."""
        if b <= a:
            return 0
        n = bisect_left(self.breaks, b) - bisect_left(self.breaks, a)
        for s, e in self.dashes:
            if s < b and e > a:
                n += (min(e, b) - max(s, a)) // 2
        return n


class _TermFinder:
    """The question terms a word's stem stands for, in the order of the terms: the term itself,
    a term it is a synonym of, or a term it is formed from ("chairman" from "chair"). Looked up
    by the word rather than tried term by term."""

    def __init__(self, q: QuestionTerms) -> None:
        weights = q.weights
        self.order = {t: k for k, t in enumerate(weights)}
        self.by_synonym: dict[str, list[str]] = {}
        for t in weights:
            for syn in q.synonyms.get(t, ()):
                self.by_synonym.setdefault(syn, []).append(t)
        self.bases = {t for t in weights if len(t) >= 4 and t.isalpha()}

    def __call__(self, st: str) -> list[str]:
        hit = set(self.by_synonym.get(st, ()))
        if st in self.order:
            hit.add(st)
        if self.bases:
            hit.update(p for k in range(4, len(st) + 1) if (p := st[:k]) in self.bases)
        return sorted(hit, key=self.order.__getitem__)


def _view(q: QuestionTerms, s: Sentence) -> _SentenceView:
    key = (s.start, s.text)
    view = q.positions.get(key)
    if view is not None:
        return view
    terms_of = _TermFinder(q)
    lw = s.lower_words
    found: list[tuple[int, int, int, str]] = []
    for i, (a, b, w) in enumerate(lw):
        found.extend((i, a, b, t) for t in terms_of(stem(w) if w.isalpha() else w))
    singles = [m.start() for m in CLAUSE_BREAK.finditer(s.text) if m.group() != "--"]
    dashes = [(m.start(), m.end()) for m in _DASHES.finditer(s.text)]
    if len(q.positions) > 256:
        q.positions.clear()
    view = q.positions[key] = _SentenceView(lw, found, singles, dashes)
    return view


def distances(q: QuestionTerms, s: Sentence, cand: Candidate) -> dict[str, int]:
    """Each question word the sentence holds outside the span, and its fewest words from it.

    Distance counts the words in between, and two more for each comma, bracket or
    dash crossed: a date in a side clause belongs to that clause, not to the verb
    beside it. What does not depend on the candidate is found once per sentence.
    """
    view = _view(q, s)
    lw = view.words
    first = next((i for i, (a, b, _) in enumerate(lw) if b > cand.start), len(lw))
    end = max(cand.end, cand.reach or 0)
    last = max(first, next((i for i in range(len(lw) - 1, -1, -1) if lw[i][0] < end), first))
    best: dict[str, int] = {}
    for i, a, b, t in view.terms:
        if cand.start <= a < end:
            continue
        if i < first:
            d = first - i - 1
            crossed = view.breaks_between(b, cand.start)
        else:
            # a value usually follows what it measures: "a 160GB version for £399"
            d = i - last - 1 + AFTER_PENALTY
            crossed = view.breaks_between(end, a)
        d = max(d, 0) + 2 * crossed
        best[t] = min(best.get(t, 10**6), d)
    return best


def claimed(q: QuestionTerms, near: list[dict[str, int] | None]) -> list[float]:
    """For each candidate of one sentence (its `distances`; None for a whole sentence, which
    claims all), the idf-weighted share of the question's words there whose closest candidate
    it is (ties shared): of a chairman and a president named in one sentence, the word
    "president" sits beside one of them."""
    weights = q.weights
    spans = [d for d in near if d is not None]
    said = {t for d in spans for t in d}
    total = sum(weights[t] for t in said)
    closest = {t: min(d.get(t, 10**6) for d in spans) for t in said}
    return [1.0 if d is None else sum(weights[t] for t, x in d.items() if x == closest[t]) / total if total else 0.0
            for d in near]


def proximity(q: QuestionTerms, s: Sentence, cand: Candidate) -> float:
    """idf-weighted closeness of the span to each question word found (`closeness`)."""
    return closeness(q, distances(q, s, cand))


def closeness(q: QuestionTerms, best: dict[str, int]) -> float:
    """idf-weighted 1 / (1 + distance) over the question words found (`distances`), and how
    much of the question sits right around the span (four words each side)."""
    if not best:
        return 0.0
    weights = q.weights
    num = sum(weights[t] / (1 + d) for t, d in best.items())
    near = sum(q.idf.get(t, 0.0) for t, d in best.items() if d <= WINDOW) / q.total
    return 0.5 * num / sum(weights[t] for t in best) + 0.5 * near


def overlap(q: QuestionTerms, s: Sentence, cand: Candidate) -> float:
    """Share of the span's words that the question already says."""
    ws = words(s.text[cand.start:cand.end])
    if not ws:
        return 1.0
    stems = [stem(w) if w.isalpha() else w for w in ws]
    said = set(q.idf).union(*q.synonyms.values()) if q.synonyms else set(q.idf)
    return sum(1 for st in stems if st in said) / len(stems)
