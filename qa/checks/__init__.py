"""The near-miss checks, in the order they are tried.

Word overlap cannot tell Foster's chief executive from Southcorp's, the chief executive
from the chief financial officer, a forecast for all of 1987 from the first quarter's
result, sales worldwide from sales in the UK, or Woodville's sales from Opel's. Those near
misses are what a reader gets when the article does not hold the answer, and "no answer"
is the right reply to them. Each check (qa.checks.base.Check) gives a short reason or None.
"""

from __future__ import annotations

from collections.abc import Iterable

from qa.answers.base import Candidate
from qa.checks import amounts, attribute, coverage, echo, entity, event, ordinal, period, role, scope, subject
from qa.checks.base import REGISTERED, Check, Example, Level, Signals, measure
from qa.evidence import Evidence
from qa.understand.frame import QuestionFrame

ORDER = ["coverage", "other_year", "other_period", "role_absent", "other_focus", "absent_entity", "other_role",
         "other_owner", "other_subject", "other_scope", "other_event", "base_unsaid", "other_ordinal",
         "other_line_item", "other_clause", "echo", "own_words", "acronym_echo", "lesser_role"]
CHECKS: list[Check] = [REGISTERED[name] for name in ORDER]
SENTENCE = [c for c in CHECKS if c.level is Level.SENTENCE]
CANDIDATE = [c for c in CHECKS if c.level is Level.CANDIDATE]

__all__ = [
    "CANDIDATE",
    "CHECKS",
    "SENTENCE",
    "Check",
    "Example",
    "Level",
    "Signals",
    "feature",
    "first_candidate_reason",
    "first_reason",
    "measure",
    "verdicts",
]
_MODULES = (amounts, attribute, coverage, echo, entity, event, ordinal, period, role, scope, subject)


def first_reason(q: QuestionFrame, ev: Evidence, sig: Signals, off: Iterable[str] = ()) -> tuple[str, str] | None:
    """(check name, reason) of the first sentence check that rules the sentence out, if any."""
    for c in SENTENCE:
        if c.applies(q.type) and c.name not in off:
            reason = c.fn(q, ev, sig)
            if reason:
                return c.name, reason
    return None


def verdicts(q: QuestionFrame, ev: Evidence, sig: Signals, cand: Candidate | None = None,
             off: Iterable[str] = ()) -> dict[str, str]:
    """Every check of the level that fires, by name, with its reason (in ORDER): the sentence
    checks without `cand`, the candidate checks with it. For building training data, where a
    check is one feature of a candidate rather than a veto."""
    out = {}
    for c in SENTENCE if cand is None else CANDIDATE:
        if c.applies(q.type) and c.name not in off:
            reason = c.fn(q, ev, sig) if cand is None else c.fn(q, ev, cand, sig)
            if reason:
                out[c.name] = reason
    return out


def feature(name: str) -> str:
    """The name of a check as a feature of a candidate: 1.0 when it fires, absent (0.0) when not."""
    return f"check:{name}"


def first_candidate_reason(q: QuestionFrame, ev: Evidence, cand: Candidate, sig: Signals,
                           off: Iterable[str] = ()) -> tuple[str, str] | None:
    for c in CANDIDATE:
        if c.applies(q.type) and c.name not in off:
            reason = c.fn(q, ev, cand, sig)
            if reason:
                return c.name, reason
    return None
