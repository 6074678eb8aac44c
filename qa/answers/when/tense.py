"""The tense of the clause a date sits in, which decides a date without a year or a bare weekday.

A sentence can hold both times: in "The company said Friday it will close the plant", Friday
is when it spoke (the Friday before the article), while "will" belongs to another clause.
So the date's tense is read, in order, from

1. a verb of reporting just before it: "said Friday", "announced on Monday" -> past;
2. the nearest marker of tense in its own clause (split at punctuation and at words that
   open a clause, such as "said", "that", "which"): a future marker ("will", "is due to")
   -> future, a past form ("was", "closed") -> past ("The board met on Friday and will
   vote again" -> past);
3. the whole sentence, when its own clause says nothing ("On Friday, the board will vote").

Examples that must read each way live in tests/unit/answers/test_when.py.
"""

from __future__ import annotations

import re

from qa import lexicon
from qa.answers.base import Sentence

_FUTURE = re.compile(rf"\b(?:{lexicon.alt('future_markers')})\b", re.IGNORECASE)
_PAST = re.compile(rf"\b(?!(?:{lexicon.alt('not_past')})\b)(?:{lexicon.alt('past_markers')}|[a-z]{{2,}}ed)\b",
                   re.IGNORECASE)
_REPORTED = re.compile(
    rf"\b(?:{lexicon.alt('reporting_verbs')})\s+(?:on\s+|late\s+|early\s+|last\s+)?$", re.IGNORECASE)
_BREAK = re.compile(rf"[,;:()\u2014]|\s-\s|\b(?:{lexicon.alt('clause_openers')})\b", re.IGNORECASE)


def future_at(s: Sentence, start: int, end: int) -> bool:
    """Whether the date at s.text[start:end] speaks of what is still to come."""
    if _REPORTED.search(s.text[max(0, start - 30):start]):
        return False
    left, right = _clause(s.text, start, end)
    marks = [(start - m.end(), True) for m in _FUTURE.finditer(s.text, left, start)]
    marks += [(start - m.end(), False) for m in _PAST.finditer(s.text, left, start)]
    marks += [(m.start() - end, True) for m in _FUTURE.finditer(s.text, end, right)]
    marks += [(m.start() - end, False) for m in _PAST.finditer(s.text, end, right)]
    if not marks:
        return s.future
    return min(marks, key=lambda mark: mark[0])[1]  # the nearest verb's tense


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause around [start, end) begins and ends: the nearest clause break on each side."""
    left = 0
    for m in _BREAK.finditer(text, 0, start):
        left = m.end()
    right_break = _BREAK.search(text, end)
    return left, right_break.start() if right_break else len(text)
