"""The confidence model: its features, the shipped parameters, the bar, and training."""

from __future__ import annotations

import json
import math

import pytest

from qa.confidence import FEATURES, ConfidenceModel, load_model
from qa.confidence.model import read_model
from qa.errors import QAError


def test_the_shipped_model_reads_the_features_the_engine_computes():
    model = load_model()
    assert model is not None
    assert model.features == FEATURES  # a feature added or renamed means: run `qa train` again
    assert 0.5 <= model.threshold < 1.0
    assert model.training.sets and model.training.rows > 1000
    assert "all" in model.training.cross_validation


def _model(**change):
    base = {"features": ["a", "b"], "mean": [0.0, 1.0], "scale": [1.0, 2.0], "coef": [1.0, -0.5],
            "intercept": 0.25, "threshold": 0.7, **change}
    return ConfidenceModel.model_validate({**base, **change})


def test_probability_and_contributions_are_the_logistic_of_the_sum():
    m = _model()
    feats = {"a": 2.0, "b": 3.0}
    logit = 0.25 + 2.0 * 1.0 + ((3.0 - 1.0) / 2.0) * -0.5
    assert m.probability(feats) == pytest.approx(1 / (1 + math.exp(-logit)))
    parts = m.contributions(feats)
    assert parts == {"a": 2.0, "b": -0.5, "bias": 0.25}
    assert sum(parts.values()) == pytest.approx(logit)
    assert m.probability({}) == pytest.approx(1 / (1 + math.exp(-(0.25 + 0.25))))  # absent features are 0


def _trees(calibration=None, **change):
    """One tree: a <= 1 goes to a leaf worth -1 (30 answers), else to one worth 2 (10 answers);
    the root's value is their weighted mean, -0.25."""
    trees = {"baseline": 0.5, "feature": [[0, -1, -1]], "threshold": [[1.0, 0.0, 0.0]], "left": [[1, 0, 0]],
             "right": [[2, 0, 0]], "value": [[-0.25, -1.0, 2.0]], **change}
    return ConfidenceModel.model_validate({"kind": "trees", "features": ["a", "b"], "trees": trees,
                                           "threshold": 0.7, "calibration": calibration})


def test_trees_walk_each_tree_to_a_leaf_and_credit_each_split_to_its_feature():
    m = _trees()
    assert m.logit({"a": 0.0}) == pytest.approx(0.5 - 1.0)
    assert m.logit({"a": 1.0}) == pytest.approx(0.5 - 1.0)  # at the threshold: left
    assert m.logit({"a": 3.0, "b": 9.0}) == pytest.approx(0.5 + 2.0)
    assert m.probability({"a": 3.0}) == pytest.approx(1 / (1 + math.exp(-2.5)))
    parts = m.contributions({"a": 3.0})
    assert parts == {"a": 2.25, "bias": 0.25}  # from the root's -0.25 to the leaf's 2
    assert sum(parts.values()) == pytest.approx(m.logit({"a": 3.0}))


@pytest.mark.parametrize("make", [_model, _trees])
def test_a_calibration_scales_the_log_odds_and_every_share_of_them(make):
    feats = {"a": 3.0, "b": 1.0}
    raw = make()
    m = make(calibration={"slope": 0.5, "intercept": -1.0})
    assert m.logit(feats) == pytest.approx(0.5 * raw.logit(feats) - 1.0)
    assert m.probabilities([feats, {"a": 0.0}]) == pytest.approx([m.probability(feats), m.probability({"a": 0.0})])
    parts = m.contributions(feats)
    assert sum(parts.values()) == pytest.approx(m.logit(feats), abs=1e-3)
    assert {k: v for k, v in parts.items() if k != "bias"} == pytest.approx(
        {k: 0.5 * v for k, v in raw.contributions(feats).items() if k != "bias"}, abs=1e-3)
    with pytest.raises(ValueError):
        make(calibration={"slope": -1.0, "intercept": 0.0})  # it may not turn the order round


KNOTS = [(-2.0, -3.0), (0.0, -0.5), (2.0, 2.5)]


def test_knots_bend_the_log_odds_and_past_the_ends_move_them_one_for_one():
    from qa.confidence.model import Calibration

    cal = Calibration(slope=1.0, intercept=0.0, knots=KNOTS)
    assert cal.log_odds([-2.0, -1.0, 0.0, 1.0, 2.0]).tolist() == pytest.approx([-3.0, -1.75, -0.5, 1.0, 2.5])
    assert cal.log_odds([-5.0, 4.0]).tolist() == pytest.approx([-6.0, 4.5])
    # Platt scaling comes first: 2 x 0.5 - 1 = 0, which the knots take to -0.5
    assert Calibration(slope=2.0, intercept=-1.0, knots=KNOTS).log_odds([0.5]).tolist() == pytest.approx([-0.5])


@pytest.mark.parametrize("knots", [[(0.0, 0.0), (0.0, 1.0)], [(0.0, 1.0), (1.0, 1.0)], [(0.0, 1.0), (1.0, 0.5)],
                                   [(0.0, 0.0), (1.0, float("nan"))]])
def test_knots_that_do_not_rise_strictly_are_refused(knots):
    from qa.confidence.model import Calibration

    with pytest.raises(ValueError):
        Calibration(slope=1.0, intercept=0.0, knots=knots)


@pytest.mark.parametrize("make", [_model, _trees])
def test_with_knots_the_shares_still_sum_to_the_calibrated_logit_and_keep_their_order(make):
    raw = make()
    m = make(calibration={"slope": 1.0, "intercept": 0.0, "knots": KNOTS})
    cases = [{"a": 3.0, "b": 1.0}, {"a": 0.0, "b": 2.0}, {"a": -1.0, "b": 0.0}, {"a": 1.5, "b": 5.0}]
    for feats in cases:
        parts = m.contributions(feats)
        assert sum(parts.values()) == pytest.approx(m.logit(feats), abs=1e-3)
        raw_parts = {k: v for k, v in raw.contributions(feats).items() if k != "bias"}
        scaled = {k: v for k, v in parts.items() if k != "bias"}
        assert set(scaled) == set(raw_parts)
        assert all((scaled[k] > 0) == (raw_parts[k] > 0) for k in scaled)  # shares keep their signs
    by_raw = sorted(cases, key=raw.logit)
    assert sorted(cases, key=m.logit) == by_raw  # the calibration never reorders answers


@pytest.mark.parametrize("change,message", [
    ({"left": [[0, 0, 0]]}, "points outside it or back"),
    ({"feature": [[5, -1, -1]]}, "does not name"),
    ({"value": [[-0.25, -1.0]]}, "differ in length"),
])
def test_damaged_trees_are_refused(change, message):
    with pytest.raises(ValueError, match=message):
        _trees(**change)
    with pytest.raises(ValueError, match="without its trees"):
        ConfidenceModel.model_validate({"kind": "trees", "features": ["a"], "threshold": 0.5})


@pytest.mark.parametrize("change,message", [
    ({"coef": [1.0]}, "differ in length"),
    ({"scale": [1.0, 0.0]}, "not a positive number"),
    ({"threshold": 1.5}, "less than or equal to 1"),
])
def test_a_damaged_model_file_is_refused_in_one_line(tmp_path, change, message):
    path = tmp_path / "m.json"
    good = _model().model_dump()
    path.write_text(json.dumps({**good, **change}), encoding="utf-8")
    with pytest.raises(QAError, match="not a confidence model") as err:
        read_model(path)
    assert message in str(err.value) or "validation error" in str(err.value)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(QAError):
        read_model(path)
