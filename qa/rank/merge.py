"""Answers merged by value: one answer per value, the best span cites it, the others support it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from qa.answers.base import Candidate, Flag, Sentence
from qa.answers.kind import AnswerKind
from qa.models import Answer, Citation, Explanation
from qa.rank.score import MIN_SCORE


@dataclass
class Scored:
    """A candidate span with its passage and score."""

    cand: Candidate
    pid: int
    sentence: Sentence
    score: float


def merge(scored: list[Scored], kind: AnswerKind, cite: Callable[[int, Candidate], Citation], max_answers: int,
          explain: bool) -> list[Answer]:
    groups: dict[str, list[Scored]] = {}
    for item in sorted(scored, key=lambda x: -x.score):
        groups.setdefault(kind.key(item.cand, item.sentence), []).append(item)
    answers = [_answer(items, kind, cite, explain) for items in groups.values()]
    answers.sort(key=lambda a: -a.score)
    return [a for a in answers if a.score >= MIN_SCORE][:max_answers]


def _answer(items: list[Scored], kind: AnswerKind, cite: Callable[[int, Candidate], Citation],
            explain: bool) -> Answer:
    best = items[0]
    # a date written out ("March 23") cites better than the weekday that means it
    explicit = [i for i in items if Flag.EXPLICIT_DATE in i.cand.flags and i.score >= best.score - 0.15]
    if explicit and best not in explicit:
        best = explicit[0]
    distinct = {i.pid for i in items}  # the same value in several sentences: a little more trust
    bonus = min(0.1, 0.03 * (len(distinct) - 1))
    c = best.cand
    features = dict(c.features, agreement=float(len(distinct)))
    return Answer(
        text=c.text(best.sentence),
        type=c.type,
        normalized=c.value,
        display=kind.display(c.value),
        score=round(items[0].score + bonus, 4),
        citation=cite(best.pid, c),
        support=[cite(i.pid, i.cand) for i in items[1:4] if i.pid != best.pid],
        explain=Explanation(rule=c.rule, features=features) if explain else None,
    )
