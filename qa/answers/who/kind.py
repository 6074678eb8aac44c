"""Who: people, organisations and countries, fitted to whether a person, a body or any name is asked for."""

from __future__ import annotations

import re
from functools import cache

from qa import lexicon
from qa.answers.base import Candidate, Flag, Sentence, Value
from qa.answers.memo import remembered
from qa.answers.values import display_value, value_key
from qa.answers.who.names import extract_entities
from qa.evidence import Evidence
from qa.lexicon.verbs import inflections
from qa.models import AnswerType
from qa.understand.frame import QuestionFrame, Subtype

_entities = remembered(extract_entities)
ORG_PRIORS = {"org": 1.0, "name": 0.7, "person": 0.5, "place": 0.5}  # "Which company …?"
PERSON_PRIORS = {"org": 0.35, "place": 0.2, "acronym": 0.25}  # "Which minister …?"
NAME_PRIORS = {"name": 1.0, "person": 0.9, "org": 0.9, "place": 0.8, "acronym": 0.6}  # "Which horse …?"


@cache
def _verb_forms() -> frozenset[str]:
    """Every written form of the shipped event verbs."""
    return frozenset(w for forms in lexicon.event_verbs() for w in inflections(forms))


def noun_like(word: str) -> bool:
    """A lower-case word after a name that is neither a function word nor shaped like a verb."""
    if word in lexicon.stopwords() or word.endswith(("ed", "s")) or word in lexicon.words("function_words"):
        return False
    return word not in _verb_forms()


def _names_someone(c: Candidate, s: Sentence) -> bool:
    """"Nigerian", "South African": a demonym says whose, it names nobody; nor does a word
    capitalised by its place ("Luxury goods group LVMH …"), though a person's name may be one ("Guy");
    nor a company's suffix left alone by a bracket ("<Kumagai Gumi (Hong Kong) Ltd>" gives "Ltd":
    76 such candidates of who-questions over the archive, none right)."""
    span = c.text(s)
    return not lexicon.is_demonym(span) and (c.kind == "person" or not lexicon.lone_common_word(span)) \
        and not all(w.rstrip(".,") in _SUFFIXES for w in span.split())


_SUFFIXES = lexicon.entries("corporate_suffixes")


def _said(q: QuestionFrame, s: Sentence) -> frozenset[str]:
    """The words of the question's names (lower case) that the sentence holds: only they can
    matter to the name finder, and they let one extraction serve many questions."""
    low = s.text.lower()
    return frozenset(w for e in q.entities for w in e.lower().split() if w in low)


class Who:
    type = AnswerType.WHO

    def candidates(self, q: QuestionFrame, ev: Evidence) -> list[Candidate]:
        s = ev.sentence
        cands = [c for c in _entities(s, _said(q, s), ev.article) if _names_someone(c, s)]
        for c in cands:
            self._fit_subtype(q, c)
        for c in cands:  # "Olympic gold", "a Financial Times report": a name used as a modifier is nobody
            nxt = re.match(r"\s+([a-z][a-z-]*)\b", s.text[c.end:])
            if nxt and c.kind != "person" and noun_like(nxt.group(1)):
                c.prior *= 0.6
        if q.subtype is Subtype.PERSON:  # "Who was the woman …?" is not answered by "South African"
            cands = [c for c in cands if c.kind != "place"]
            for c in cands:  # "swimming off Sunny Cove in Fish Hoek": after "in", a name is a place
                if re.search(r"\b(?:in|at|near|from|off|outside)\s+$", s.text[max(0, c.start - 10):c.start]):
                    c.prior *= 0.5
        return cands

    @staticmethod
    def _fit_subtype(q: QuestionFrame, c: Candidate) -> None:
        """A company for "Which company …?", a person for "Which minister …?"."""
        if q.subtype is Subtype.ORG:
            if c.kind == "acronym":
                c.prior = 0.9 if Flag.TITLED in c.flags else 0.6
            c.prior = ORG_PRIORS.get(c.kind, c.prior)
        elif q.subtype is Subtype.PERSON:
            c.prior = PERSON_PRIORS.get(c.kind, c.prior)
        elif q.subtype is Subtype.NAME:
            c.prior = NAME_PRIORS.get(c.kind, c.prior)

    def display(self, value: Value | None) -> str | None:
        return display_value(value)

    def key(self, c: Candidate, s: Sentence) -> str:
        return value_key(c, s)
