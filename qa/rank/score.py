"""How the signals of a candidate make its score, and the bars an answer must clear.

A candidate's score mixes how much of the question its sentence covers, how close the
span sits to the question's words, how well its form fits the question (the extractor's
prior) and the passage's BM25 score. Passages that cover too little of the question give
no answer at all, which is how "no answer" is decided.
"""

from __future__ import annotations

WEIGHTS = {"coverage": 0.40, "proximity": 0.25, "prior": 0.20, "retrieval": 0.15, "overlap": -0.30,
           "absent_entity": -0.15}
MIN_COVERAGE = 0.45  # share of the question's (idf-weighted) words the sentence must contain
MIN_SCORE = 0.4  # below this an answer is more often wrong than right on the newswire gold set


def score(features: dict[str, float]) -> float:
    return sum(WEIGHTS[k] * features.get(k, 0.0) for k in WEIGHTS)
