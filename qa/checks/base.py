"""A near-miss check as a record: its name, the answer kinds it applies to, whether it judges
a sentence or one candidate span, the reason it gives, and examples it must fire on and
must pass (as Duckling keeps a corpus and a negative corpus beside each rule). One generic
test runs every example (tests/rules); a check without both kinds of example fails it.

A check returns None (the evidence may answer) or the reason it cannot. Every check is also
a named feature of each candidate (1.0 when it fires), which `qa eval --ablate` switches
off one at a time and which a learned confidence can weigh.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from qa.answers.base import Candidate
from qa.evidence import Evidence
from qa.models import AnswerType
from qa.rank.features import QuestionTerms
from qa.understand.frame import QuestionFrame


class Level(str, Enum):
    SENTENCE = "sentence"  # judges a retrieved sentence: it gives no answer at all
    CANDIDATE = "candidate"  # judges one span of a sentence


@dataclass
class Signals:
    """What the engine measured of the evidence that checks may read."""

    terms: QuestionTerms  # the question's terms with their idf in the corpus
    coverage: float = 0.0  # share of the question the sentence (and what it points back to) covers


@dataclass(frozen=True)
class Example:
    """A question and a sentence (and for a candidate check, the span judged)."""

    question: str
    sentence: str
    span: str | None = None
    article: str = ""  # the article around the sentence (default: the sentence alone)
    title: str | None = None


def measure(terms: QuestionTerms, ev: Evidence) -> Signals:
    """The signals checks read, for one sentence."""
    from qa.rank.features import coverage

    cov = coverage(terms, set(ev.stems), set(ev.context_stems))
    if ev.previous_stems is not None:  # "The San Francisco-based group said …" goes on about the sentence before
        cov = max(cov, coverage(terms, set(ev.stems), set(ev.previous_stems), 0.8))
    return Signals(terms, cov)


SentenceFn = Callable[[QuestionFrame, Evidence, Signals], "str | None"]
CandidateFn = Callable[[QuestionFrame, Evidence, Candidate, Signals], "str | None"]


@dataclass(frozen=True)
class Check:
    name: str
    level: Level
    applies_to: frozenset[AnswerType]  # empty: every kind of answer
    says: str  # the reason it gives, as a pattern ("the role belongs to {owner}")
    fn: Any  # SentenceFn or CandidateFn
    fires: tuple[Example, ...] = field(default=())
    passes: tuple[Example, ...] = field(default=())
    doc: str = ""

    def applies(self, kind: AnswerType) -> bool:
        return not self.applies_to or kind in self.applies_to


REGISTERED: dict[str, Check] = {}


def _examples(items: list[tuple[str, ...] | Example]) -> tuple[Example, ...]:
    return tuple(i if isinstance(i, Example) else Example(*i) for i in items)


def check(name: str, *, level: Level, says: str, applies_to: tuple[AnswerType, ...] = (),
          fires: list[tuple[str, ...] | Example], passes: list[tuple[str, ...] | Example]) -> Callable[[Any], Any]:
    """Register the decorated function as the check `name` (see the module's docstring)."""
    def register(fn: Any) -> Any:
        REGISTERED[name] = Check(name, level, frozenset(applies_to), says, fn, _examples(fires), _examples(passes),
                                 (fn.__doc__ or "").strip())
        return fn
    return register
