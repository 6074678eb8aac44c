"""The interface each kind of answer implements (qa/answers/<kind>/kind.py)."""

from __future__ import annotations

from typing import Protocol

from qa.answers.base import Candidate, Sentence, Value
from qa.evidence import Evidence
from qa.models import AnswerType
from qa.understand.frame import QuestionFrame


class AnswerKind(Protocol):
    """One kind of answer (who, when, how much, how many, where, what): how its candidates are
    found in a sentence and fitted to the question, shown, and told apart."""

    type: AnswerType

    def candidates(self, q: QuestionFrame, ev: Evidence) -> list[Candidate]:
        """The sentence's candidate spans, fitted to the question (priors, filters)."""
        ...

    def display(self, value: Value | None) -> str | None:
        """The normalized value as people read it ("3,000,000,000 EUR")."""
        ...

    def key(self, c: Candidate, s: Sentence) -> str:
        """Candidates with the same key are the same answer found in several places."""
        ...
