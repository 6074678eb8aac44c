"""The fitted confidence model: a logistic regression over standardized features, stored as
plain numbers (qa/data/model/confidence.json) and applied with numpy, so answering needs
no machine-learning library; `qa train` writes the file (qa.confidence.training)."""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np
from pydantic import BaseModel, Field, ValidationError, model_validator

from qa.errors import QAError

MODEL_FILE = ("data", "model", "confidence.json")


class Training(BaseModel):
    """How the parameters were made, so they can be made again and judged."""

    command: str = ""
    corpus: str = ""
    sets: list[str] = []
    rows: int = 0
    positives: int = 0
    cross_validation: dict[str, dict[str, float | None]] = Field(default={}, description="per held-out set")
    threshold_rule: str = ""


class ConfidenceModel(BaseModel):
    features: list[str]
    mean: list[float]
    scale: list[float]
    coef: list[float]
    intercept: float
    threshold: float = Field(ge=0.0, le=1.0, description="the probability under which no answer is given")
    training: Training = Training()

    @model_validator(mode="after")
    def _same_lengths(self) -> ConfidenceModel:
        n = len(self.features)
        if not (len(self.mean) == len(self.scale) == len(self.coef) == n):
            raise ValueError("features, mean, scale and coef differ in length")
        if any(s <= 0 or not math.isfinite(s) for s in self.scale):
            raise ValueError("a scale is not a positive number")
        return self

    def _z(self, feats: dict[str, float]) -> np.ndarray:
        x = np.array([feats.get(k, 0.0) for k in self.features], dtype=float)
        return (x - np.asarray(self.mean)) / np.asarray(self.scale)

    def logit(self, feats: dict[str, float]) -> float:
        return float(self._z(feats) @ np.asarray(self.coef) + self.intercept)

    def probability(self, feats: dict[str, float]) -> float:
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, self.logit(feats)))))

    def contributions(self, feats: dict[str, float]) -> dict[str, float]:
        """Each feature's share of the log-odds (coefficient x standardized value), largest first;
        with the intercept ("bias") they sum to the logit."""
        parts = self._z(feats) * np.asarray(self.coef)
        out = {k: round(float(v), 4) for k, v in zip(self.features, parts) if abs(v) >= 5e-5}
        out = dict(sorted(out.items(), key=lambda kv: -abs(kv[1])))
        out["bias"] = round(self.intercept, 4)
        return out


def read_model(path: str | Path) -> ConfidenceModel:
    try:
        return ConfidenceModel.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError, ValidationError) as exc:
        raise QAError(f"{path}: not a confidence model ({str(exc).splitlines()[0]})") from None


@cache
def load_model() -> ConfidenceModel | None:
    """The shipped model, or None when there is none yet (the rules' hand-made score then ranks)."""
    res = resources.files("qa").joinpath(*MODEL_FILE)
    if not res.is_file():
        return None
    return ConfidenceModel.model_validate(json.loads(res.read_text(encoding="utf-8")))
