"""What every answer kind takes and gives: a sentence in its document, and candidate spans."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property

from qa import lexicon
from qa.lexicon.tokens import stem, words
from qa.models import AnswerType, CountValue, DateValue, MoneyValue, PercentValue

Value = DateValue | MoneyValue | PercentValue | CountValue

WORD = re.compile(r"[\w\u00C0-\u024F]+(?:[.'’&-][\w\u00C0-\u024F]+)*")


@dataclass(frozen=True)
class Sentence:
    """A passage's text with its place in the document, so spans map back exactly."""

    text: str
    start: int  # offset of text[0] in the document
    doc_date: dt.date | None = None

    @cached_property
    def words(self) -> list[tuple[int, int, str]]:
        """(start, end, word) within the sentence."""
        return [(m.start(), m.end(), m.group()) for m in WORD.finditer(self.text)]

    @cached_property
    def lower_words(self) -> list[tuple[int, int, str]]:
        """(start, end, word) of each word, lower case, possessive 's gone (as `tokens.words`)."""
        return [(a, b, w2) for a, b, w in self.words for w2 in words(w)[:1]]

    @cached_property
    def stems(self) -> list[str]:
        """The words' stems (numbers stay as written), in order."""
        return [stem(w) if w.isalpha() else w for _, _, w in self.lower_words]

    @cached_property
    def future(self) -> bool:
        """Whether the sentence speaks of what is still to come (for bare weekdays)."""
        return bool(_FUTURE.search(self.text))


_FUTURE = re.compile(rf"\b(?:{lexicon.alt('future_markers')})\b", re.IGNORECASE)


class Flag(str, Enum):
    """What an extractor noticed about a candidate, for the kind's refining and the checks."""

    TITLED = "titled"  # a title stands before the name: "chairman Lee Iacocca"
    MOVEMENT = "movement"  # a figure after up/rose/fell: a change
    LEVEL = "level"  # a figure after "to"/"at": a level
    SAID_BASE = "said_base"  # "based in X", "the X-based company": may repeat the question
    EXPLICIT_DATE = "explicit_date"  # a date written out ("March 23"), which cites better than a weekday
    DEADLINE = "deadline"  # a date after until / by / through / till / before: the end of a period


@dataclass
class Candidate:
    start: int  # offsets within the sentence
    end: int
    type: AnswerType
    rule: str
    prior: float = 1.0
    value: Value | None = None
    kind: str = ""  # person / org / place / day / money / percent …
    features: dict[str, float] = field(default_factory=dict)
    reach: int | None = None  # where the phrase ends for closeness, if beyond the span
    flags: set[Flag] = field(default_factory=set)

    def text(self, sentence: Sentence) -> str:
        return sentence.text[self.start : self.end]


def resolve_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Keep the longer of overlapping candidates (then the earlier one)."""
    kept: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)
