"""Where: places, fitted to the question ("where is X based" wants the base)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from qa import lexicon
from qa.answers.base import Candidate, Flag, Sentence, Value
from qa.answers.memo import remembered
from qa.answers.values import display_value, value_key
from qa.answers.where.places import extract_places
from qa.evidence import Evidence
from qa.models import AnswerType
from qa.understand.frame import QuestionFrame

_places = remembered(extract_places)


@cache
def _said_base() -> tuple[re.Pattern[str], re.Pattern[str]]:
    before = re.compile(r"(?:\bbased|headquarter\w*|head office)\s+(?:in|at)\s+(?:the\s+)?$|"
                        rf"\b(?:{lexicon.alt('corporate_abbreviations')})\b,?\s+of\s+$")
    after = re.compile(rf"\s+(?:{lexicon.alt('company_nouns')})\b")
    return before, after


def _without_named_tail(c: Candidate, s: Sentence, q: QuestionFrame) -> Candidate:
    """"Charles City, Iowa" answers "In which Iowa town …?" as "Charles City": the question names
    the state or country already ("Romanian Open" names Romania, "California" names "Calif.").
    Gold writers give the town alone then, and list it beside the pair otherwise."""
    text = c.text(s)
    cut = text.rfind(", ")
    if cut <= 0:
        return c
    tail = text[cut + 2:].rstrip(".").lower()
    if len(tail) < 4 or not any(w.startswith(tail) for w in q.words):
        return c
    return replace(c, end=c.start + cut)


class Where:
    type = AnswerType.WHERE

    def candidates(self, q: QuestionFrame, ev: Evidence) -> list[Candidate]:
        s = ev.sentence
        cands = [_without_named_tail(c, s, q) for c in _places(s)]
        if q.asks_base:  # "Where is X based?": "the X-based company" says it outright
            before, after = _said_base()
            for c in cands:
                said = before.search(s.text[max(0, c.start - 30):c.start]) or after.match(s.text[c.end:])
                if c.rule == "where:based" and c.prior > 0.5 or said:
                    c.prior = min(1.0, c.prior + 0.3)
                    c.flags.add(Flag.SAID_BASE)  # may repeat the question: Hapoel Bnei Sakhnin is based in Sakhnin
                else:
                    c.prior *= 0.8
        return cands

    def display(self, value: Value | None) -> str | None:
        return display_value(value)

    def key(self, c: Candidate, s: Sentence) -> str:
        return value_key(c, s)
