"""What: a question of no other kind is answered by the best sentence itself."""

from __future__ import annotations

from qa.answers.base import Candidate, Sentence, Value
from qa.answers.values import display_value, value_key
from qa.evidence import Evidence
from qa.models import AnswerType
from qa.understand.frame import QuestionFrame


class What:
    type = AnswerType.WHAT

    def candidates(self, q: QuestionFrame, ev: Evidence) -> list[Candidate]:
        return [Candidate(0, len(ev.sentence.text), AnswerType.WHAT, "sentence", 0.5)]

    def display(self, value: Value | None) -> str | None:
        return display_value(value)

    def key(self, c: Candidate, s: Sentence) -> str:
        return value_key(c, s)
