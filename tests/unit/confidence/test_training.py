"""Training: reproducible, grouped by gold set, a threshold that keeps the answers given right."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

pytest.importorskip("sklearn", reason="training needs the train extra (scikit-learn)")

from qa.confidence.training import Decision, Row, choose_threshold, cross_validate, outcome, train


@pytest.fixture(autouse=True)
def few_trees(monkeypatch):
    """30 trees rather than 200: the same code, a tenth of the time (the suite's budget)."""
    from qa.confidence.training import TREES

    monkeypatch.setitem(TREES, "max_iter", 30)


def rows(seed: int = 0, questions: int = 40) -> list[Row]:
    """Synthetic answers: right ones have high coverage, wrong ones low, with noise."""
    rnd = random.Random(seed)
    out = []
    for s in ("a", "b", "c"):
        for q in range(questions):
            for k in range(4):
                right = k == 0 and q % 5 != 0
                cov = rnd.gauss(0.8 if right else 0.4, 0.15)
                out.append(Row(s, q, q % 5 != 0, {"coverage": cov, "rank": float(k), "type:who": 1.0}, right,
                               corpus="archive"))
    return out


@pytest.mark.parametrize("kind", ["trees", "logistic"])
def test_the_same_rows_give_the_same_model(kind):
    a, _ = train(rows(), kind=kind)
    b, _ = train(rows(), kind=kind)
    assert a.model_dump() == b.model_dump()
    assert a.kind == kind
    # it learned which way the signal points
    assert a.probability({"coverage": 0.9, "type:who": 1.0}) > a.probability({"coverage": 0.3, "type:who": 1.0})


def test_the_exported_trees_say_what_scikit_learn_fitted():
    """The node arrays, walked with numpy, give scikit-learn's own log-odds for every answer."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    from qa.confidence.features import FEATURES
    from qa.confidence.training import TREES, fit_model, matrix

    base = rows()
    model = fit_model(base, "trees")
    x, y = matrix(base)
    want = HistGradientBoostingClassifier(**TREES).fit(x, y).decision_function(x)
    got = [model.logit(dict(zip(FEATURES, r.tolist()))) for r in x]
    assert got == pytest.approx(want.tolist(), abs=1e-6)
    assert len(model.trees.feature) == TREES["max_iter"]


def test_each_set_is_predicted_by_a_model_that_never_saw_it():
    base = rows()
    oof, _ = cross_validate(base)
    flipped = [Row(r.set, r.question, r.answerable, r.features, (not r.right) if r.set == "a" else r.right)
               for r in base]
    oof2, _ = cross_validate(flipped)
    held = [i for i, r in enumerate(base) if r.set == "a"]
    assert [oof[i] for i in held] == pytest.approx([oof2[i] for i in held])  # set a's labels did not leak in
    other = [i for i, r in enumerate(base) if r.set != "a"]
    assert [oof[i] for i in other] != pytest.approx([oof2[i] for i in other])


def test_the_threshold_is_the_lowest_bar_with_the_precision_asked():
    ds = [Decision("s", True, p / 100, right) for p, right in
          [(95, True)] * 30 + [(85, True)] * 10 + [(85, False)] * 3 + [(60, True)] * 5 + [(60, False)] * 10]
    bar = choose_threshold(ds, target=0.9)
    assert bar == pytest.approx(0.61)  # 0.61 keeps the 95s and 85s: 40 of 43 right
    assert outcome(ds, bar)["precision"] >= 0.9
    assert outcome(ds, 0.6)["precision"] < 0.9


def test_the_threshold_does_not_stop_on_a_lucky_bump():
    """At 0.50 the answers given are 90% right, at 0.70 only 80%: the bar is set where the
    precision holds for every higher bar (0.71), not at the first bar that reaches it."""
    ds = [Decision("s", True, p / 100, right) for p, right in
          [(90, True)] * 40 + [(70, False)] * 10 + [(50, True)] * 50 + [(30, False)] * 20]
    assert outcome(ds, 0.5)["precision"] >= 0.9 and outcome(ds, 0.7)["precision"] < 0.9
    assert choose_threshold(ds, target=0.9) == pytest.approx(0.71)


def test_calibration_recovers_how_over_sure_the_model_was():
    """Decisions whose probability said more than the truth (right with the logistic of half
    the log-odds, less one) are mapped back: slope near 0.5, intercept near -1."""
    from qa.confidence.training import calibrate

    rnd = random.Random(7)
    ds = []
    for _ in range(4000):
        z = rnd.uniform(-4, 4)
        truth = 1 / (1 + math.exp(-(0.5 * z - 1.0)))
        ds.append(Decision("s", True, 1 / (1 + math.exp(-z)), rnd.random() < truth))
    cal = calibrate(ds)
    assert cal is not None and cal.sets == ["s"]
    assert cal.slope == pytest.approx(0.5, abs=0.08) and cal.intercept == pytest.approx(-1.0, abs=0.15)
    assert calibrate(ds[:20]) is None  # too few to say


def _bent(n: int, seed: int) -> list[Decision]:
    """Decisions right less often than said in the middle (0.5-0.8 said, 0.15 less right) and
    as often as said elsewhere: a bend no slope and intercept can follow."""
    rnd = random.Random(seed)
    ds = []
    for _ in range(n):
        p = rnd.uniform(0.01, 0.99)
        truth = p - 0.15 if 0.5 <= p <= 0.8 else p
        ds.append(Decision("s", True, p, rnd.random() < truth))
    return ds


def test_knots_follow_a_bend_that_platt_scaling_cannot():
    from qa.confidence.model import sigmoid
    from qa.confidence.training import _log_odds, calibrate

    cal = calibrate(_bent(8000, 3))
    assert cal is not None and len(cal.knots) >= 10
    xs = [k[0] for k in cal.knots]
    ys = [k[1] for k in cal.knots]
    assert xs == sorted(set(xs)) and ys == sorted(set(ys))  # strictly rising: no ties, no reordering
    platt = cal.model_copy(update={"knots": []})
    fresh = _bent(8000, 4)  # new decisions: said 0.65, right about 0.50
    middle = [d for d in fresh if 0.6 <= d.p <= 0.7]
    right = sum(d.right for d in middle) / len(middle)
    z = _log_odds([0.65])
    with_knots, line = float(sigmoid(cal.log_odds(z))[0]), float(sigmoid(platt.log_odds(z))[0])
    assert abs(with_knots - right) < 0.05
    assert abs(with_knots - right) < abs(line - right)


def test_too_few_answers_give_no_knots():
    from qa.confidence.training import _knots

    z = np.linspace(-3, 3, 120)
    assert _knots(z, (z > 0).astype(int), 20) == []  # 120 answers: fewer than 50 a group for 3 groups
    assert len(_knots(np.linspace(-3, 3, 400), (np.linspace(-3, 3, 400) > 0).astype(int), 20)) >= 2


def test_the_bar_is_chosen_on_the_sets_calibrated_on():
    base = rows(questions=80)
    model, oof = train(base, calibrate_on={"c"})
    again, _ = train(base, calibrate_on={"c"})
    assert model.model_dump() == again.model_dump()
    assert model.calibration is not None and model.calibration.sets == ["c"]
    on_c = model.training.cross_validation["calibration sets"]
    assert on_c == model.training.cross_validation["c"]
    assert on_c["precision"] >= 0.9
    plain, oof_plain = train(base)
    assert plain.calibration is None
    # the calibration is monotone: each question's best answer is the same
    best = {}
    for r, p, q in zip(base, oof, oof_plain):
        best.setdefault((r.set, r.question), []).append((p, q, r.features["rank"]))
    for answers in best.values():
        assert max(answers)[2] == max(answers, key=lambda a: a[1])[2]


def test_folds_hold_whole_sets_out_together():
    from qa.confidence.training import folds_of

    sets = [f"s{i:02d}" for i in range(23)]
    fold = folds_of(sets, 10)
    assert sorted(set(fold.values())) == list(range(10))
    assert fold["s00"] == fold["s10"] == fold["s20"] != fold["s01"]  # dealt round in name order
    assert folds_of(sets, None) == {s: i for i, s in enumerate(sets)}  # one set per fold
    assert set(folds_of(["a", "b"], 10).values()) == {0, 1}  # never more folds than sets


def test_a_fold_of_several_sets_never_sees_any_of_them():
    base = rows() + [Row("d", r.question, r.answerable, r.features, r.right, corpus="archive") for r in rows(1)]
    flipped = [Row(r.set, r.question, r.answerable, r.features, (not r.right) if r.set in {"a", "c"} else r.right)
               for r in base]
    oof, _ = cross_validate(base, folds=2)  # folds: {a, c} and {b, d}
    oof2, _ = cross_validate(flipped, folds=2)
    held = [i for i, r in enumerate(base) if r.set in {"a", "c"}]
    assert [oof[i] for i in held] == pytest.approx([oof2[i] for i in held])
    model, _ = train(base, folds=2)
    assert model.training.folds == 2
