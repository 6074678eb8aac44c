"""The question's terms as ranking weighs them: each keyword's idf in this corpus, its
synonyms, the framing words at half weight, and the surnames that stand for full names."""

from __future__ import annotations

from qa import lexicon
from qa.bm25 import BM25
from qa.lexicon.names import acronym
from qa.lexicon.synonyms import synonyms
from qa.lexicon.tokens import stem, word_stems, words
from qa.rank.features import QuestionTerms
from qa.understand.frame import QuestionFrame


def question_terms(q: QuestionFrame, bm: BM25) -> QuestionTerms:
    max_idf = max(bm.max_idf, 1.0)  # a tiny corpus has negative idfs

    def idf(t: str, unknown: float) -> float:
        found = bm.term_idf(t)
        return max(found, 0.05) if found is not None else unknown

    weights: dict[str, float] = {}
    syns: dict[str, set[str]] = {}
    for w in q.keywords:
        t = stem(w) if w.isalpha() else w
        # a word the corpus never uses weighs as much as its rarest word; a part of a
        # hyphenated name ("Kansallis-Osake-Pankki") a share of one word
        weights[t] = idf(t, max_idf) / q.compound_parts.get(w, 1)
        syns[t] = set(synonyms(w))
    weak = {stem(w): 0.5 * idf(stem(w), 1.0) for w in q.framing}
    return QuestionTerms(weights, syns, weak, _names(q))


def _names(q: QuestionFrame) -> list[tuple[str, frozenset[str]]]:
    """(short form, all parts): initials ("BZW chairman …" names Barclays de Zoete Wedd) and
    surnames ("Brando, who died …" names Marlon Brando)."""
    names = []
    for e in q.name_runs:
        short = acronym(e)
        if short and len(short) >= 3:
            names.append((short, frozenset(word_stems(e))))
    not_person = lexicon.words("non_person_name_words")
    for e in q.entities:
        parts = e.split()
        if 2 <= len(parts) <= 3 and all(p[:1].isupper() and not p.isupper() for p in parts) \
                and not any(p.lower() in not_person for p in parts):
            stems = [stem(w) if w.isalpha() else w for w in words(e)]
            names.append((stems[-1], frozenset(stems)))
    return names
