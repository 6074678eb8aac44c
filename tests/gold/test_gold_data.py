"""Sanity checks for the newswire gold QA data set (tests/data/newswire)."""
import json
import re
from collections import Counter
from pathlib import Path

import pytest

DATA_DIR = Path(__file__).parent.parent / "data" / "newswire"
ARTICLES_PATH = DATA_DIR / "articles.jsonl"
GOLD_PATH = DATA_DIR / "gold.jsonl"

ARTICLE_KEYS = ["id", "title", "date", "source", "text"]
GOLD_KEYS = ["id", "type", "question", "answers", "doc", "evidence", "normalized"]
TYPES = {"who", "when", "how_much", "how_many", "where"}
QUOTAS = {"who": 42, "when": 42, "how_much": 42, "how_many": 15, "where": 15}
MIN_UNANSWERABLE = 24
MIN_QUESTIONS = 165
WHEN_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?|-Q[1-4]|-W\d{2})?")


def _read_jsonl(path):
    records = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            assert line.strip(), f"{path.name}:{lineno}: blank line"
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - failure path
                pytest.fail(f"{path.name}:{lineno}: invalid JSON: {exc}")
    return records


@pytest.fixture(scope="module")
def articles():
    return _read_jsonl(ARTICLES_PATH)


@pytest.fixture(scope="module")
def texts(articles):
    return {a["id"]: a["text"] for a in articles}


@pytest.fixture(scope="module")
def gold():
    return _read_jsonl(GOLD_PATH)


def test_articles_format(articles):
    assert 60 <= len(articles) <= 110
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids)), "duplicate article ids"
    seen_texts = set()
    for a in articles:
        assert list(a.keys()) == ARTICLE_KEYS, a.get("id")
        assert a["source"] in {"reuters21578", "bbc"}, a["id"]
        assert isinstance(a["text"], str) and len(a["text"]) >= 300, a["id"]
        assert a["text"] not in seen_texts, f"duplicate text: {a['id']}"
        seen_texts.add(a["text"])
        if a["source"] == "bbc":
            assert a["date"] is None, a["id"]
        else:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["date"]), a["id"]


def test_gold_format_and_unique_ids(gold):
    assert len(gold) >= MIN_QUESTIONS
    ids = [g["id"] for g in gold]
    assert len(ids) == len(set(ids)), "duplicate question ids"
    for g in gold:
        assert list(g.keys()) == GOLD_KEYS, g.get("id")
        assert g["type"] in TYPES, g["id"]
        assert isinstance(g["question"], str) and g["question"].strip(), g["id"]
        assert isinstance(g["answers"], list), g["id"]


def test_quotas(gold):
    answerable = Counter(g["type"] for g in gold if g["answers"])
    for qtype, minimum in QUOTAS.items():
        assert answerable[qtype] >= minimum, (qtype, answerable[qtype])
    unanswerable = [g for g in gold if not g["answers"]]
    assert len(unanswerable) >= MIN_UNANSWERABLE


def test_unanswerable_records(gold):
    for g in gold:
        if not g["answers"]:
            assert g["doc"] is None, g["id"]
            assert g["evidence"] is None, g["id"]
            assert g["normalized"] is None, g["id"]


def test_answerable_spans(gold, texts):
    for g in gold:
        if not g["answers"]:
            continue
        assert g["doc"] in texts, f"{g['id']}: unknown doc {g['doc']!r}"
        text = texts[g["doc"]]
        assert isinstance(g["evidence"], str) and g["evidence"] in text, g["id"]
        for ans in g["answers"]:
            assert isinstance(ans, str) and ans, g["id"]
            assert ans in text, f"{g['id']}: answer {ans!r} not in doc text"
        assert g["answers"][0] in g["evidence"], f"{g['id']}: first answer not in evidence"


def test_normalized_values(gold):
    for g in gold:
        if not g["answers"]:
            continue
        norm = g["normalized"]
        if g["type"] in {"who", "where"}:
            assert norm is None, g["id"]
        elif g["type"] == "when":
            assert norm is None or WHEN_RE.fullmatch(norm), g["id"]
        elif g["type"] == "how_many":
            assert isinstance(norm, dict) and isinstance(norm.get("count"), int), g["id"]
        elif g["type"] == "how_much":
            assert isinstance(norm, dict), g["id"]
            if "percent" in norm:
                assert isinstance(norm["percent"], float), g["id"]
            else:
                assert set(norm) == {"amount", "currency"}, g["id"]
                assert isinstance(norm["amount"], float), g["id"]
                cur = norm["currency"]
                assert cur is None or re.fullmatch(r"[A-Z]{3}", cur), g["id"]
