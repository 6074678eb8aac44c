"""How many: counts with the noun they count, fitted to the counted noun asked about; and the
measures "how old / long / far / heavy / fast" ask for (ages, durations, distances, weights, speeds)."""

from __future__ import annotations

from qa import lexicon
from qa.answers.base import Candidate, Sentence, Value
from qa.answers.how_many.counts import extract_counts
from qa.answers.how_many.measures import extract_lengths, extract_measures
from qa.answers.memo import remembered
from qa.answers.values import display_value, value_key
from qa.evidence import Evidence
from qa.lexicon.synonyms import synonyms
from qa.lexicon.tokens import stem
from qa.models import AnswerType, CountValue
from qa.understand.frame import QuestionFrame, Subtype

_measures = remembered(extract_measures)

MEASURES = {Subtype.AGE, Subtype.DURATION, Subtype.DISTANCE, Subtype.WEIGHT, Subtype.SPEED}


class HowMany:
    type = AnswerType.HOW_MANY

    def candidates(self, q: QuestionFrame, ev: Evidence) -> list[Candidate]:
        s = ev.sentence
        if q.subtype in MEASURES:  # "How old / long / far …?": a measure, not a count of things
            return _measures(s, q.subtype)
        cands = extract_counts(s, q.target, {stem(w) for w in q.keywords},
                               set(synonyms(q.target)) if q.target else None)
        cands += _spans_of_time(s, q.target, cands)
        if q.count_frame:
            for c in cands:  # "Over how many years …?" asks for "five years", the question says "over"
                if isinstance(c.value, CountValue) and (c.value.qualifier or "").lower() == q.count_frame.lower():
                    c.value = c.value.model_copy(update={"qualifier": None})
        return cands

    def display(self, value: Value | None) -> str | None:
        return display_value(value)

    def key(self, c: Candidate, s: Sentence) -> str:
        return value_key(c, s)


def _spans_of_time(s: Sentence, target: str | None, found: list[Candidate]) -> list[Candidate]:
    """"How many years does the agreement run?" is answered by "a 25-year agreement" too: a span of
    the unit counted, written as a measure ("17-year loan", "39-year wait"), which counts miss."""
    unit = lexicon.table("time_units").get((target or "").lower())
    if unit is None:
        return []
    return [c for c in extract_lengths(s, ("time_units",))
            if isinstance(c.value, CountValue) and c.value.unit == unit
            and not any(f.start < c.end and c.start < f.end for f in found)]
