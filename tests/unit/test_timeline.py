"""A question's values across an archive, in date order, each with its dates and citations."""

from __future__ import annotations

import json

import pytest

from qa import Engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    root = tmp_path_factory.mktemp("wire")
    records = [
        ("1", "1987-03-02", "France pledged 2 billion euros in military aid to Ukraine, officials said."),
        ("2", "1987-05-20", "France pledged 3 billion euros in military aid to Ukraine this year, Paris said."),
        ("3", "1987-05-21", "Paris said France pledged 3 billion euros in military aid to Ukraine."),
        ("4", None, "France pledged 4 billion euros in military aid to Ukraine, a minister said."),
        ("5", "1987-04-01", "Germany sold 12 tanks to Spain."),
    ]
    lines = [json.dumps({"id": i, "title": "Aid", "date": d, "text": t}) for i, d, t in records]
    (root / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Engine.from_path(root, cache=False)


def test_every_value_in_date_order_with_its_articles(engine):
    tl = engine.timeline("How much military aid did France pledge to Ukraine?", min_confidence=0.0)
    values = [(e.display, str(e.first), e.articles) for e in tl.entries]
    assert values[:2] == [("2,000,000,000 EUR", "1987-03-02", 1), ("3,000,000,000 EUR", "1987-05-20", 2)]
    assert values[-1] == ("4,000,000,000 EUR", "None", 1)  # undated last
    three = tl.entries[1]
    assert [str(d) for d in three.dates] == ["1987-05-20", "1987-05-21"]
    assert {c.doc_id for c in three.citations} == {"wire.jsonl#2", "wire.jsonl#3"}
    assert all(0.0 <= e.p <= 1.0 for e in tl.entries) and tl.passages_read >= 4


def test_a_bar_and_a_filter(engine):
    import datetime as dt

    from qa.filters import Filter

    everything = engine.timeline("How much military aid did France pledge to Ukraine?", min_confidence=0.0)
    sure = engine.timeline("How much military aid did France pledge to Ukraine?", min_confidence=0.999)
    assert len(sure.entries) < len(everything.entries)
    may = engine.timeline("How much military aid did France pledge to Ukraine?", min_confidence=0.0,
                          filters=Filter(since=dt.date(1987, 5, 1)))
    assert {e.display for e in may.entries} == {"3,000,000,000 EUR"} and may.filtered.undated_left_out == 1


def test_the_command_draws_numbers_and_exports(tmp_path):
    from tests.cli.test_cli import qa

    corpus = tmp_path / "wire.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": str(i), "date": f"1987-0{i}-01",
                                            "text": f"France pledged {i} billion euros in military aid to Ukraine."})
                                for i in range(1, 6)) + "\n", encoding="utf-8")
    r = qa("--corpus", str(corpus), "--no-cache", "timeline", "--min-confidence", "0",
           "How much military aid did France pledge to Ukraine?")
    assert r.returncode == 0 and "5 values" in r.stdout and "(billion EUR)" in r.stdout and "\x1b" not in r.stdout
    r = qa("--corpus", str(corpus), "--no-cache", "timeline", "--min-confidence", "0", "--format", "jsonl",
           "How much military aid did France pledge to Ukraine?")
    firsts = [json.loads(line)["first"] for line in r.stdout.splitlines()]
    assert firsts == sorted(firsts) and len(firsts) == 5
