"""The engine measured on real newswire: the gold set in tests/data/newswire (see its README).
Answers are asked for whatever their probability (the ranking), and scored at the model's bar."""

import pytest

from qa import Engine
from qa.evaluate import summarize
from tests.conftest import NEWSWIRE
from tests.gold.conftest import own_outcomes

pytestmark = pytest.mark.xdist_group("newswire")  # with the newswire floor: the set is asked once


@pytest.fixture(scope="module")
def outcomes():
    return list(own_outcomes("newswire"))


def test_top_answer_by_probability_and_values(outcomes):
    answerable = [o for o in outcomes if o.answerable]
    assert len(answerable) >= 150
    assert sum(o.top_right for o in answerable) / len(answerable) >= 0.85
    assert summarize(outcomes)["overall"]["value_on_em"] >= 0.95


def test_answers_given_are_right(outcomes):
    overall = summarize(outcomes)["overall"]
    assert overall["precision"] >= 0.95, overall
    assert overall["coverage"] >= 0.45, overall  # the bar is calibrated at archive scale: 0.503 on these articles


def test_every_type_is_ranked_well(outcomes):
    for kind in ("who", "when", "how_much", "how_many", "where"):
        mine = [o for o in outcomes if o.answerable and o.item.type == kind]
        assert sum(o.top_right for o in mine) / len(mine) >= 0.75, kind


def test_unanswerable_questions_get_no_answer(outcomes):
    assert summarize(outcomes)["overall"]["noans_recall"] >= 0.90


def test_citations_of_answers_are_exact(outcomes):
    engine = Engine.from_path(NEWSWIRE / "articles.jsonl", cache=False)
    res = engine.ask("How much did Japan lend to Bangladesh?")
    for a in res.answers:
        doc = engine.document(a.citation.doc_id)
        assert doc.text[a.citation.span_start:a.citation.span_end] == a.text
