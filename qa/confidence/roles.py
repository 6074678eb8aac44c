"""The role a figure or date plays in its own sentence, as features (qa.confidence.features).

A sentence of the wire often holds several values of the kind asked, and the closest to the
question's words is not always the one asked for:

    "fell 5.4 billion guilders last year to 12.1 billion"   a movement, then the level
    "lost 264.5 mln dlrs, including a charge of 139.9 mln"   the total, then its parts
    "expected to be completed March 13 ... announced January 12"   the date beside the verb asked

Each reading is a number the model weighs with the rest; none of them vetoes an answer.
"""

from __future__ import annotations

import re
from functools import cache

from qa.answers.base import Candidate, Flag
from qa.answers.how_much.amounts import movement_before
from qa.checks.event import derived_prefix
from qa.lexicon.synonyms import synonyms
from qa.lexicon.tokens import stem
from qa.lexicon.verbs import inflections
from qa.rank.features import CLAUSE_BREAK
from qa.understand.frame import QuestionFrame

# words that open a list of the parts of a figure said before them
_PARTS = re.compile(r"\b(?:including|includes|included|of which|excluding|among them|comprising)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[A-Za-z]+")


def movement_fit(text: str, c: Candidate, q: QuestionFrame) -> float:
    """+1 when a figure's role fits the question (a change for "by how much did it rise", a
    level for "what was it"), -1 when it does not, 0 when the words before it say neither.
    Amounts carry their reading as flags (qa.answers.how_much); counts are read here alike:
    "rose 17,000 to 4.483 million"."""
    if Flag.MOVEMENT in c.flags:
        moved: bool | None = True
    elif Flag.LEVEL in c.flags:
        moved = False
    else:
        moved = movement_before(text, c.start)
    if moved is None:
        return 0.0
    return 1.0 if moved == q.change else -1.0


def component(text: str, c: Candidate) -> float:
    """1 for a figure said after "including" / "of which" that itself follows a figure: a part
    of the total said first ("lost 264.5 mln dlrs, including a charge of 139.9 mln dlrs and a
    loss of 69 mln dlrs")."""
    before = text[:c.start]
    parts = list(_PARTS.finditer(before))
    return 1.0 if parts and _DIGIT.search(before[:parts[-1].start()]) else 0.0


@cache
def _event_words(forms: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str], str]:
    """The written forms, the stems (the verb's and its synonyms') and the prefix of words formed
    from it ("resume" -> "resum": resumption) that say the event."""
    single = tuple(f for f in forms if " " not in f) or (forms[0].split()[0],)
    stems = frozenset({stem(f) for f in single} | set(synonyms(single[0])))
    return inflections(single), stems, derived_prefix(single[0])


def event_near(text: str, c: Candidate, q: QuestionFrame) -> float:
    """1 / (1 + words) from the value to the nearest word that says the event asked ("When was
    the takeover expected to close?": "completed March 13", not "announced ... January 12"),
    two more for each comma or bracket crossed; 0 when the question names no event verb or
    the sentence does not say it."""
    if q.event is None:
        return 0.0
    forms, stems, prefix = _event_words(q.event)
    best: int | None = None
    for m in _WORD.finditer(text):
        if c.start <= m.start() < c.end:
            continue
        w = m.group().lower()
        if not (w in forms or stem(w) in stems or prefix and w.startswith(prefix)):
            continue
        a, b = (m.end(), c.start) if m.end() <= c.start else (c.end, m.start())
        gap = text[a:b]
        d = len(_WORD.findall(gap)) + 2 * len(CLAUSE_BREAK.findall(gap))
        best = d if best is None else min(best, d)
    return 0.0 if best is None else 1.0 / (1.0 + best)
