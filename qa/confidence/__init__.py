"""How sure an answer is: the probability that it is right, from a small learned model.

Every signal the engine computes for an answer (retrieval, coverage, closeness, the fit of
its form, each near-miss check, agreement across passages and articles, whether the
question's names are what the article is about, what else competes) is a named feature
(`features.py`); a logistic regression trained at archive scale (`training.py`, run by
`qa train`) weighs them, and its fitted parameters ship as `qa/data/model/confidence.json`,
read here with numpy (`model.py`). An answer under the threshold is not given.
"""

from __future__ import annotations

from qa.confidence.features import FEATURES, answer_features
from qa.confidence.model import ConfidenceModel, load_model

__all__ = ["FEATURES", "ConfidenceModel", "answer_features", "load_model"]
