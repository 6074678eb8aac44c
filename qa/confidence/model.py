"""The fitted confidence model, stored as plain numbers (qa/data/model/confidence.json) and
applied with numpy, so answering needs no machine-learning library; `qa train` writes the
file (qa.confidence.training). Two kinds: a logistic regression over standardized features,
or gradient-boosted trees over the raw features (each tree its node arrays), whose log-odds
are a baseline plus one leaf value per tree."""

from __future__ import annotations

import json
import math
from functools import cache, cached_property
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Literal

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
    folds: int | None = Field(default=None, description="folds of whole gold sets (None: one set per fold)")
    threshold_rule: str = ""


class Trees(BaseModel):
    """Gradient-boosted trees as node arrays, one list per tree, the root first. A node whose
    feature is -1 is a leaf; any other goes to `left` when the feature's value is at most its
    `threshold`, else to `right`. A leaf's `value` is its share of the log-odds; an inner
    node's is the mean of its leaves weighted by the training answers that reached them (what
    the tree would say knowing only the splits above), so that each split's change can be
    credited to its feature (--explain)."""

    baseline: float
    feature: list[list[int]]
    threshold: list[list[float]]
    left: list[list[int]]
    right: list[list[int]]
    value: list[list[float]]

    @model_validator(mode="after")
    def _well_formed(self) -> Trees:
        arrays = (self.feature, self.threshold, self.left, self.right, self.value)
        if len({len(a) for a in arrays}) != 1:
            raise ValueError("the trees' node arrays differ in number")
        for f, t, lft, rgt, v in zip(*arrays):
            n = len(f)
            if not n or len({n, len(t), len(lft), len(rgt), len(v)}) != 1:
                raise ValueError("a tree's node arrays differ in length")
            for i in range(n):
                if f[i] >= 0 and not (i < lft[i] < n and i < rgt[i] < n):
                    raise ValueError("a tree's node points outside it or back")
            if not all(math.isfinite(x) for x in (*t, *v)):
                raise ValueError("a tree holds a number that is not finite")
        return self


class Calibration(BaseModel):
    """Platt scaling of the model's log-odds (slope x log-odds + intercept), then a monotone
    piecewise-linear correction of them (`knots`), both fitted on out-of-fold answers to
    questions written against the whole archive: the model learns from every set, and sets
    written with the rules over a few articles are easier than a user's questions over the
    archive, which made it over-sure there (0.76 said, 0.58 right). A straight line cannot
    follow a bend: after Platt scaling, out of fold over 6,475 archive questions, the answers
    said 0.63-0.74 were right 0.64 of the time for 0.69 said (a gap past two standard errors,
    the same place the blind rounds found 0.70 said, 0.55 right), while the deciles around it
    were under-sure. The knots are (Platt log-odds, calibrated log-odds) pairs, both strictly
    increasing, so the order of answers never changes; past the last knot on either side the
    log-odds move one for one."""

    slope: float = Field(gt=0.0, allow_inf_nan=False)
    intercept: float = Field(allow_inf_nan=False)
    knots: list[tuple[float, float]] = []
    sets: list[str] = []

    @model_validator(mode="after")
    def _increasing(self) -> Calibration:
        if not all(math.isfinite(v) for k in self.knots for v in k):
            raise ValueError("a knot is not a finite number")
        if any(a[0] >= b[0] or a[1] >= b[1] for a, b in pairwise(self.knots)):
            raise ValueError("the knots do not rise strictly (they could turn the order of answers round)")
        return self

    def log_odds(self, z: np.ndarray) -> np.ndarray:
        """The calibrated log-odds of raw ones."""
        z = self.slope * np.asarray(z, dtype=float) + self.intercept
        if not self.knots:
            return z
        xs, ys = np.array([k[0] for k in self.knots]), np.array([k[1] for k in self.knots])
        inside = np.interp(z, xs, ys)
        return np.where(z < xs[0], ys[0] + (z - xs[0]), np.where(z > xs[-1], ys[-1] + (z - xs[-1]), inside))


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Probabilities of log-odds (clipped: exp overflows past about 700)."""
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0)))


class ConfidenceModel(BaseModel):
    kind: Literal["logistic", "trees"] = "logistic"
    features: list[str]
    mean: list[float] = []
    scale: list[float] = []
    coef: list[float] = []
    intercept: float = 0.0
    trees: Trees | None = None
    calibration: Calibration | None = None
    threshold: float = Field(ge=0.0, le=1.0, description="the probability under which no answer is given")
    training: Training = Training()

    @model_validator(mode="after")
    def _same_lengths(self) -> ConfidenceModel:
        n = len(self.features)
        if self.kind == "trees":
            if self.trees is None:
                raise ValueError("a trees model without its trees")
            if any(f >= n for tree in self.trees.feature for f in tree):
                raise ValueError("a tree splits on a feature the model does not name")
            return self
        if not (len(self.mean) == len(self.scale) == len(self.coef) == n):
            raise ValueError("features, mean, scale and coef differ in length")
        if any(s <= 0 or not math.isfinite(s) for s in self.scale):
            raise ValueError("a scale is not a positive number")
        return self

    def _x(self, feats: dict[str, float]) -> np.ndarray:
        return np.array([feats.get(k, 0.0) for k in self.features], dtype=float)

    def _z(self, x: np.ndarray) -> np.ndarray:
        """Standardized features (the logistic regression's input)."""
        return (x - np.asarray(self.mean)) / np.asarray(self.scale)

    @cached_property
    def _forest(self) -> _Forest:
        assert self.trees is not None
        return _Forest(self.trees)

    def logits(self, many: list[dict[str, float]]) -> np.ndarray:
        """The calibrated log-odds of each answer (the trees walked once for all of them)."""
        x = np.array([self._x(f) for f in many]).reshape(len(many), len(self.features))
        if self.kind == "trees":
            z = self._forest.logits(x)
        else:
            z = self._z(x) @ np.asarray(self.coef) + self.intercept
        return z if self.calibration is None else self.calibration.log_odds(z)

    def logit(self, feats: dict[str, float]) -> float:
        return float(self.logits([feats])[0])

    def probability(self, feats: dict[str, float]) -> float:
        return float(sigmoid(self.logits([feats]))[0])

    def probabilities(self, many: list[dict[str, float]]) -> list[float]:
        """probability() of each."""
        return sigmoid(self.logits(many)).tolist()

    def contributions(self, feats: dict[str, float]) -> dict[str, float]:
        """Each feature's share of the log-odds, largest first; with "bias" they sum to the logit.
        Logistic: coefficient x standardized value. Trees: along each tree's path, the change
        in the node's value at every split, credited to the feature split on; the bias is the
        baseline and the roots' values (what every answer starts from). A calibration maps the
        bias to its calibrated value and scales every share by how much the calibrated log-odds
        move per raw one between the bias and the answer (Platt's slope when there are no knots)."""
        if self.kind == "trees":
            parts, bias = self._forest.contributions(self._x(feats))
        else:
            parts, bias = self._z(self._x(feats)) * np.asarray(self.coef), self.intercept
        if self.calibration is not None:
            # the shares are scaled by the calibration's mean slope from the baseline to this
            # answer, so that they still sum, with the calibrated baseline, to the calibrated logit
            z = bias + float(parts.sum())
            cz, cb = (float(v) for v in self.calibration.log_odds(np.array([z, bias])))
            scale = (cz - cb) / (z - bias) if abs(z - bias) > 1e-9 else self.calibration.slope
            parts, bias = parts * scale, cb
        out = {k: round(float(v), 4) for k, v in zip(self.features, parts) if abs(v) >= 5e-5}
        out = dict(sorted(out.items(), key=lambda kv: -abs(kv[1])))
        out["bias"] = round(float(bias), 4)
        return out


class _Forest:
    """The trees as padded arrays (tree x node), walked for all trees at once: one step per
    level, each a handful of numpy operations, whatever the number of trees."""

    def __init__(self, trees: Trees) -> None:
        t, n = len(trees.feature), max(len(f) for f in trees.feature)
        self.baseline = trees.baseline
        self.feature = np.full((t, n), -1, dtype=np.int64)
        self.threshold = np.zeros((t, n))
        self.left = np.zeros((t, n), dtype=np.int64)
        self.right = np.zeros((t, n), dtype=np.int64)
        self.value = np.zeros((t, n))
        for i in range(t):
            k = len(trees.feature[i])
            self.feature[i, :k] = trees.feature[i]
            self.threshold[i, :k] = trees.threshold[i]
            self.left[i, :k] = trees.left[i]
            self.right[i, :k] = trees.right[i]
            self.value[i, :k] = trees.value[i]
        self.rows = np.arange(t)
        self.depth = _depth(trees)

    def _path(self, x: np.ndarray) -> list[np.ndarray]:
        """Each answer's node in each tree at each level (answers x trees), from the roots to
        the leaves (a leaf stays put); x holds one answer's features per row."""
        t = self.rows[None, :]
        who = np.arange(len(x))[:, None]
        node = np.zeros((len(x), len(self.rows)), dtype=np.int64)
        path = [node]
        for _ in range(self.depth):
            f = self.feature[t, node]
            inner = f >= 0
            go_left = x[who, np.where(inner, f, 0)] <= self.threshold[t, node]
            node = np.where(inner, np.where(go_left, self.left[t, node], self.right[t, node]), node)
            path.append(node)
        return path

    def logits(self, x: np.ndarray) -> np.ndarray:
        return self.baseline + self.value[self.rows[None, :], self._path(x)[-1]].sum(axis=1)

    def contributions(self, x: np.ndarray) -> tuple[np.ndarray, float]:
        path = [p[0] for p in self._path(x[None, :])]
        parts = np.zeros(len(x))
        for a, b in pairwise(path):
            f = self.feature[self.rows, a]
            moved = (f >= 0) & (a != b)
            np.add.at(parts, f[moved], self.value[self.rows, b][moved] - self.value[self.rows, a][moved])
        return parts, self.baseline + float(self.value[:, 0].sum())


def _depth(trees: Trees) -> int:
    """The most splits on any path from a root to a leaf."""
    deepest = 0
    for f, lft, rgt in zip(trees.feature, trees.left, trees.right):
        level = [0] * len(f)
        for i in range(len(f)):  # children come after their parent
            if f[i] >= 0:
                level[lft[i]] = level[rgt[i]] = level[i] + 1
        deepest = max(deepest, max(level))
    return deepest


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
