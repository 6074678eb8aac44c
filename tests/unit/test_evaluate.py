import pytest

from qa.evaluate import GoldItem, f1, format_table, score_one, summarize, value_matches
from qa.models import Answer, AnswerType, Citation, DateValue, MoneyValue


def _answer(text, value=None):
    cit = Citation(doc_id="d", doc_sha256="x", source="s", sentence_index=0, sentence_start=0,
                   sentence_end=len(text), sentence=text, span_start=0, span_end=len(text))
    return Answer(text=text, type=AnswerType.WHEN, normalized=value, score=1.0, citation=cit)


def test_f1_and_values():
    assert f1("on March 7", "March 7") == 0.8
    assert value_matches("2024-03-07", _answer("March 7", DateValue(iso="2024-03-07", granularity="day")))
    assert value_matches({"amount": 3e9, "currency": "EUR"}, _answer("x", MoneyValue(amount=3e9, currency="EUR")))
    assert not value_matches({"amount": 3e9, "currency": "USD"}, _answer("x", MoneyValue(amount=3e9, currency="EUR")))


def test_summary_counts_no_answer_precision_and_recall():
    ans = GoldItem(type="when", question="q1", answers=["March 7"], normalized="2024-03-07")
    unans = GoldItem(type="when", question="q2", answers=[])
    outcomes = [
        score_one(ans, [_answer("March 7", DateValue(iso="2024-03-07", granularity="day"))]),
        score_one(unans, []),
    ]
    t = summarize(outcomes)["when"]
    assert t["em"] == 1.0 and t["value_acc"] == 1.0
    assert t["noans_precision"] == 1.0 and t["noans_recall"] == 1.0
    assert "when" in format_table(summarize(outcomes))


def test_a_count_with_its_noun_matches_the_bare_number():
    from qa.models import CountValue

    item = GoldItem(type="how_many", question="q", answers=["9,800"], normalized={"count": 9800})
    assert score_one(item, [_answer("9,800 workers", CountValue(count=9800, unit="workers"))]).em == 1.0
    # another number, or words past the counted noun, do not match
    assert score_one(item, [_answer("9,800 workers", CountValue(count=980, unit="workers"))]).em == 0.0
    assert score_one(item, [_answer("9,800 workers at two plants", CountValue(count=9800, unit="workers"))]).em == 0.0


def _outcome(p, right, answerable=True, given=True):
    from qa.evaluate import Outcome

    item = GoldItem(type="who", question="q", answers=["x"] if answerable else [])
    return Outcome(item=item, got="x" if given else None, got_value=None, em=float(right and given),
                   f1=0.0, value_ok=None, cited=None, p=p, top_right=right)


def test_risk_coverage_answers_the_surest_first():
    from qa.evaluate import risk_coverage

    outs = [_outcome(0.9, True), _outcome(0.8, True), _outcome(0.7, False), _outcome(0.2, False, answerable=False)]
    rc = {r["coverage"]: r for r in risk_coverage(outs)}
    assert rc[0.25]["precision"] == 1.0 and rc[0.5]["precision"] == 1.0
    assert rc[0.75]["precision"] == pytest.approx(2 / 3) and rc[0.75]["bar"] == 0.7
    assert rc[1.0]["precision"] == 0.5


def test_reliability_compares_predicted_and_observed_per_decile_of_the_answers():
    from qa.evaluate import calibration_error, reliability

    # twenty answers: the surest ten all right at p 0.9, the other ten right at p 0.2 half the time
    outs = [_outcome(0.9, True) for _ in range(10)] + [_outcome(0.2, i % 2 == 0) for i in range(10)]
    rows = reliability(outs)
    assert [r["answers"] for r in rows] == [2] * 10  # equal-size rows, not tenths of the scale
    assert rows[0]["from"] == 0.2 and rows[-1]["to"] == 0.9
    assert all(r["right"] == 1.0 and r["gap"] == pytest.approx(0.1) for r in rows[5:])
    assert all(r["gap"] == pytest.approx(0.3) for r in rows[:5])  # each low decile holds one right of two
    assert rows[-1]["se"] == pytest.approx((0.9 * 0.1 / 2) ** 0.5)
    assert calibration_error(rows) == pytest.approx(0.2)
    assert [r["answers"] for r in reliability(outs[:7])] == [1] * 7  # fewer answers than deciles
