"""The BM25 query of a question: keyword stems at weight 1, their synonyms at 0.5, the
initials of its multi-word names at 0.8 ("Barclays de Zoete Wedd" is also written "BZW")."""

from __future__ import annotations

from qa.lexicon.names import acronym
from qa.lexicon.synonyms import synonyms
from qa.lexicon.tokens import stem
from qa.understand.frame import QuestionFrame


def query_terms(q: QuestionFrame) -> tuple[list[str], list[float]]:
    terms: list[str] = []
    weights: list[float] = []
    seen: set[str] = set()

    def add(term: str, weight: float) -> None:
        if term not in seen:
            seen.add(term)
            terms.append(term)
            weights.append(weight)

    for w in q.keywords:
        add(stem(w) if w.isalpha() else w, 1.0)
    for w in q.keywords:
        for syn in synonyms(w):
            add(syn, 0.5)
    for name in q.name_runs:
        short = acronym(name)
        if short and len(short) >= 3:
            add(short, 0.8)
    return terms, weights
