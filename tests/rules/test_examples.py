"""Every rule keeps examples it must fire on and examples it must pass (as Duckling keeps a
corpus and a negative corpus per rule): this runs them all, for the near-miss checks
(qa/checks) and the question-classification patterns (qa/data/patterns/question.toml)."""

from __future__ import annotations

import pytest

from qa.answers.base import Candidate
from qa.answers.registry import KINDS
from qa.checks import CHECKS, Check, Example, Level, measure
from qa.evidence import Evidence
from qa.lexicon.synonyms import synonyms
from qa.lexicon.tokens import stem
from qa.models import AnswerType
from qa.rank.features import QuestionTerms
from qa.understand import classify, understand
from qa.understand.classify import patterns


def run(check: Check, ex: Example) -> str | None:
    """The check's verdict on an example, with every word of the question weighing the same."""
    q = understand(ex.question)
    assert check.applies(q.type), f"{check.name}: an example of another kind of question: {ex.question}"
    ev = Evidence.of(ex.sentence, ex.article, ex.title)
    terms = QuestionTerms({stem(w) if w.isalpha() else w: 1.0 for w in q.keywords},
                          {stem(w) if w.isalpha() else w: set(synonyms(w)) for w in q.keywords})
    sig = measure(terms, ev)
    if check.level is Level.SENTENCE:
        return check.fn(q, ev, sig)
    assert ex.span is not None, f"{check.name}: a candidate check's example names its span"
    return check.fn(q, ev, _candidate(q.type, ev, ex.span), sig)


def _candidate(kind: AnswerType, ev: Evidence, span: str) -> Candidate:
    """The extractor's candidate for the span (so its kind and flags are real), else a bare one."""
    q = understand("Who?") if kind is AnswerType.WHO else None
    found = [c for c in KINDS[kind].candidates(q or understand(_QUESTION[kind]), ev) if c.text(ev.sentence) == span]
    if found:
        return found[0]
    start = ev.sentence.text.index(span)
    return Candidate(start, start + len(span), kind, "example")


_QUESTION = {AnswerType.WHEN: "When?", AnswerType.HOW_MUCH: "How much?", AnswerType.HOW_MANY: "How many?",
             AnswerType.WHERE: "Where?", AnswerType.WHAT: "What?", AnswerType.WHO: "Who?"}

EXAMPLES = [(c, ex, True) for c in CHECKS for ex in c.fires] + [(c, ex, False) for c in CHECKS for ex in c.passes]


@pytest.mark.parametrize("check,ex,fires", EXAMPLES,
                         ids=[f"{c.name}-{'fires' if f else 'passes'}-{i}" for i, (c, _, f) in enumerate(EXAMPLES)])
def test_check_examples(check: Check, ex: Example, fires: bool) -> None:
    reason = run(check, ex)
    if fires:
        assert reason, f"{check.name} should rule out: {ex.sentence!r} for {ex.question!r}"
    else:
        assert reason is None, f"{check.name} should pass: {ex.sentence!r} for {ex.question!r} ({reason})"


def test_every_check_has_both_kinds_of_example() -> None:
    for c in CHECKS:
        assert c.fires and c.passes, f"{c.name} needs examples it fires on and examples it passes"
        assert c.doc, f"{c.name} says why it exists"


PATTERN_EXAMPLES = [(p, ex, True) for p in patterns() for ex in p.examples] + \
                   [(p, ex, False) for p in patterns() for ex in p.not_examples]


@pytest.mark.parametrize("pattern,question,matches", PATTERN_EXAMPLES,
                         ids=[f"{p.name}-{'ex' if m else 'not'}-{i}" for i, (p, _, m) in enumerate(PATTERN_EXAMPLES)])
def test_classification_pattern_examples(pattern, question: str, matches: bool) -> None:
    lower = " ".join(question.lower().split())
    if matches:
        assert pattern.regex.search(lower), f"{pattern.name} should match {question!r}"
        assert classify(question) == (pattern.type, pattern.subtype), f"{question!r} is classified elsewhere first"
    else:
        assert not pattern.regex.search(lower), f"{pattern.name} should not match {question!r}"


def test_every_pattern_has_both_kinds_of_example() -> None:
    for p in patterns():
        assert p.examples and p.not_examples, f"{p.name} needs examples and counter-examples"
