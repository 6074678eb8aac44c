"""Answers merged by value: one answer per value, the best span cites it, the others support it.

Two ways to order them: by the learned probability that each is right (`by_confidence`,
with the shipped model), or by the rules' hand-made score (`merge`, without one).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qa.answers.base import Candidate, Flag, Sentence
from qa.answers.kind import AnswerKind
from qa.models import Answer, Citation, Explanation
from qa.rank.score import MIN_SCORE
from qa.understand.frame import QuestionFrame

if TYPE_CHECKING:
    from qa.confidence.model import ConfidenceModel


@dataclass
class Scored:
    """A candidate span with its passage and score."""

    cand: Candidate
    pid: int
    sentence: Sentence
    score: float
    doc: int = -1  # the document's position in the index (articles that agree)

    @property
    def features(self) -> dict[str, float]:
        return self.cand.features


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


# -- by the learned probability -------------------------------------------------------------------
@dataclass
class Ranked:
    """The answers given (probability at or above the threshold), best first, and the best one
    withheld under it."""

    answers: list[Answer]
    withheld: Answer | None


def groups(scored: list[Scored], kind: AnswerKind) -> list[list[Scored]]:
    """Candidates with the same value, each group led by the span that will cite it: the fewest
    checks fired, then the best hand-made score (a written date before the weekday meaning it)."""
    from qa.confidence.features import fired

    out: dict[str, list[Scored]] = {}
    for item in scored:
        out.setdefault(kind.key(item.cand, item.sentence), []).append(item)
    for items in out.values():
        items.sort(key=lambda x: (fired(x), -x.score))
        explicit = [i for i in items if Flag.EXPLICIT_DATE in i.cand.flags and fired(i) == fired(items[0])
                    and i.score >= items[0].score - 0.15]
        if explicit and items[0] not in explicit:
            items.remove(explicit[0])
            items.insert(0, explicit[0])
    return list(out.values())


def featured(scored: list[Scored], kind: AnswerKind, q: QuestionFrame) -> list[tuple[list[Scored], dict[str, float]]]:
    """Every value found, as its group of spans and the features of the answer it makes."""
    from qa.confidence.features import answer_features, in_sentence, relative

    gs = groups(scored, kind)
    reps = sorted(((g[0].score, i) for i, g in enumerate(gs)), reverse=True)
    value_of = {id(m): i for i, g in enumerate(gs) for m in g}  # a group is one value
    by_passage: dict[int, list[Scored]] = {}
    for item in scored:
        by_passage.setdefault(item.pid, []).append(item)
    out = []
    for i, g in enumerate(gs):
        best_rival = next((s for s, j in reps if j != i), None)
        feats = answer_features(g, best_rival, len(gs) - 1, reps[0][1] == i, q)
        feats.update(in_sentence(g[0], by_passage[g[0].pid], lambda m: value_of[id(m)]))
        out.append((g, feats))
    relative([f for _, f in out])
    return out


def by_confidence(scored: list[Scored], kind: AnswerKind, cite: Callable[[int, Candidate], Citation],
                  q: QuestionFrame, model: ConfidenceModel, threshold: float, max_answers: int,
                  explain: bool) -> Ranked:
    """Every value's probability of being right, from its features; those under `threshold` are
    not given (the best of them is kept as `withheld`, for showing why there is no answer)."""
    ranked: list[tuple[float, Answer]] = []
    groups = featured(scored, kind, q)
    for (g, feats), p in zip(groups, model.probabilities([f for _, f in groups])):
        ranked.append((p, _given(g, kind, cite, p, feats, model, explain)))
    ranked.sort(key=lambda x: -x[0])
    given = [a for p, a in ranked if p >= threshold][:max_answers]
    withheld = next((a for p, a in ranked if p < threshold), None) if not given else None
    return Ranked(given, withheld)


def _given(items: list[Scored], kind: AnswerKind, cite: Callable[[int, Candidate], Citation], p: float,
           feats: dict[str, float], model: ConfidenceModel, explain: bool) -> Answer:
    best = items[0]
    c = best.cand
    return Answer(
        text=c.text(best.sentence),
        type=c.type,
        normalized=c.value,
        display=kind.display(c.value),
        score=round(p, 4),
        citation=cite(best.pid, c),
        support=[cite(i.pid, i.cand) for i in items[1:4] if i.pid != best.pid],
        explain=Explanation(rule=c.rule, features={k: round(v, 4) for k, v in feats.items() if v},
                            contributions=model.contributions(feats)) if explain else None,
    )
