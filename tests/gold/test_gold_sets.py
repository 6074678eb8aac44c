"""Every gold set in tests/data is well formed: answers and evidence are exact spans of their article."""

import json
from pathlib import Path

import pytest

from qa.evaluate import GoldItem

DATA = Path(__file__).parent.parent / "data"
SETS = sorted(p.parent.name for p in DATA.glob("*/gold.jsonl"))


@pytest.mark.parametrize("name", SETS)
def test_gold_set_spans_are_exact(name):
    folder = DATA / name
    texts = {}
    for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        assert rec["id"] not in texts, rec["id"]
        texts[rec["id"]] = rec["text"]
    items = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len({i["id"] for i in items}) == len(items)
    unanswerable = 0
    for rec in items:
        item = GoldItem.model_validate(rec)
        assert item.type in {"who", "when", "how_much", "how_many", "where"}, item.id
        if not item.answers:
            unanswerable += 1
            assert item.doc is None and item.evidence is None and item.normalized is None, item.id
            continue
        text = texts[item.doc]  # (ids are unique within each set: the archive-* sets draw each source apart)
        assert item.evidence in text, item.id
        assert item.answers[0] in item.evidence, item.id
        # the archive-* sets list other archive articles that state an answer in "also"
        elsewhere = " ".join(a["evidence"] for a in rec.get("also", []))
        assert all(a in text or a in elsewhere for a in item.answers), item.id
    assert unanswerable >= 20 and len(items) - unanswerable >= 75
    assert (folder / "README.md").is_file()
