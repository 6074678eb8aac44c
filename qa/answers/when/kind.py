"""When: dates, times, weekdays and relative expressions, fitted to the question."""

from __future__ import annotations

import re

from qa.answers.base import Candidate, Sentence, Value
from qa.answers.memo import remembered
from qa.answers.values import display_value, value_key
from qa.answers.when.dates import extract_dates
from qa.evidence import Evidence
from qa.models import AnswerType, DateValue
from qa.understand.frame import QuestionFrame, Subtype

_dates = remembered(extract_dates)
_GRANULAR = {Subtype.YEAR, Subtype.MONTH, Subtype.QUARTER, Subtype.TIME}


class When:
    type = AnswerType.WHEN

    def candidates(self, q: QuestionFrame, ev: Evidence) -> list[Candidate]:
        s = ev.sentence
        cands = _dates(s)
        if q.subtype is Subtype.YEAR:  # "In which year …?" is not answered by "the first quarter"
            cands = [c for c in cands if re.search(r"\d{4}|\byear\b", c.text(s), re.IGNORECASE)]
        if q.asks_day:
            # "On what date did the crash happen?" is not answered by "2000": over the gold sets of
            # stop 30, eighteen such questions' likeliest answer was a bare year, and none was right
            cands = [c for c in cands if c.kind != "year"]
        if q.subtype in _GRANULAR:  # the granularity asked for ranks first
            for c in cands:
                timed = isinstance(c.value, DateValue) and c.value.time
                if c.kind == q.subtype.value or (q.subtype is Subtype.TIME and timed):
                    c.prior = min(1.0, c.prior + 0.3)
        return cands

    def display(self, value: Value | None) -> str | None:
        return display_value(value)

    def key(self, c: Candidate, s: Sentence) -> str:
        return value_key(c, s)
