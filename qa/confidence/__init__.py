"""How sure an answer is: the probability that it is right, from a small learned model.

Every signal the engine computes for an answer (retrieval, coverage, closeness, the fit of
its form, each near-miss check, agreement across passages and articles, whether the
question's names are what the article is about, what else competes) is a named feature
(`features.py`); gradient-boosted trees trained at archive scale (`training.py`, run by
`qa train`) weigh them, their log-odds calibrated on the questions written against the
whole archive; the fitted trees ship as `qa/data/model/confidence.json`, walked here with
numpy (`model.py`). An answer under the threshold is not given.
"""

from __future__ import annotations

from qa.confidence.features import FEATURES, answer_features
from qa.confidence.model import ConfidenceModel, load_model

__all__ = ["FEATURES", "ConfidenceModel", "answer_features", "load_model"]
