"""The rules measured on real newswire: the gold set in tests/data/newswire (see its README)."""

import json

import pytest

from qa import Engine
from qa.evaluate import GoldItem, score_one, summarize
from tests.conftest import NEWSWIRE


@pytest.fixture(scope="module")
def outcomes():
    engine = Engine.from_path(NEWSWIRE / "articles.jsonl", cache=False)
    items = [GoldItem.model_validate(json.loads(line))
             for line in (NEWSWIRE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    return [score_one(i, engine.ask(i.question).answers) for i in items]


def test_top1_exact_match_and_values(outcomes):
    overall = summarize(outcomes)["overall"]
    assert overall["answerable"] >= 150
    assert overall["em"] >= 0.80, overall
    assert overall["value_on_em"] >= 0.95, overall


def test_every_type_is_answered_well(outcomes):
    table = summarize(outcomes)
    for kind in ("who", "when", "how_much", "how_many", "where"):
        assert table[kind]["em"] >= 0.7, (kind, table[kind])


def test_unanswerable_questions_get_no_answer(outcomes):
    assert summarize(outcomes)["overall"]["noans_recall"] >= 0.90


def test_citations_of_answers_are_exact(outcomes):
    engine = Engine.from_path(NEWSWIRE / "articles.jsonl", cache=False)
    res = engine.ask("How much did Japan lend to Bangladesh?")
    for a in res.answers:
        doc = engine.document(a.citation.doc_id)
        assert doc.text[a.citation.span_start:a.citation.span_end] == a.text
