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
