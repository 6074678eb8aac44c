"""One bad record never stops a run: out-of-range dates, malformed lines, lone
surrogates, a sentence the rules trip on, a document that cannot be split."""

from __future__ import annotations

import json

import pytest

from qa import Engine
from qa.answers.memo import forget
from tests.hostile.support import clean_run, jsonl, run


@pytest.fixture(scope="module")
def dates(tmp_path_factory):
    return jsonl(tmp_path_factory.mktemp("dates") / "d.jsonl", [
        {"id": "end", "date": "9999-12-31", "text": "Acme said tomorrow it would name Smith chairman."},
        {"id": "start", "date": "0001-01-01", "text": "Yesterday Jones was named president of Bolt Inc."},
        {"id": "far", "date": "1987-03-02", "text": "Crane Co was founded 800000 days ago by Richard Crane."},
        {"id": "ok", "date": "1987-03-02", "text": "Dover Corp said on Friday it sold its elevator unit."},
        {"id": "also", "date": "1987-03-03", "text": "Dover Corp sold its elevator unit's parts arm in May."},
    ])


@pytest.mark.parametrize("question,span", [
    ("When will Acme name Smith chairman?", "tomorrow"),
    ("When was Jones named president of Bolt?", "Yesterday"),
    ("When was Crane Co founded?", "800000 days ago"),
])
def test_a_date_outside_the_calendar_keeps_its_span_and_no_value(dates, question, span):
    # the span and its value are the point here, not how sure the model is of so odd a date
    r = run("--corpus", dates, "--no-cache", "ask", "--json", "--min-confidence", "0", question)
    clean_run(r)
    top = json.loads(r.out)["answers"][0]
    assert top["text"] == span and top["normalized"] is None


def test_batch_goes_on_past_bad_lines_and_says_so(dates):
    stdin = (b"When did Dover sell its elevator unit?\n"
             b'{"id": "broken", "question": \n'
             b"When will Acme name Smith chairman?\n"
             b"caf\xe9 au lait?\n"
             b'{"id": 7, "question": "When was Crane Co founded?"}\n')
    # how sure the model is of "800000 days ago" is not the point here: whether each line is answered is
    r = run("--corpus", dates, "--no-cache", "batch", "--min-confidence", "0", "-", stdin=stdin)
    clean_run(r)
    recs = [json.loads(line) for line in r.out.splitlines()]
    assert [rec["id"] for rec in recs] == ["1", "2", "3", "4", "7"]
    assert recs[0]["answers"][0]["normalized"]["iso"] == "1987-02-27"
    assert "<stdin>:2: not valid JSON" in recs[1]["error"] and "<stdin>:4: not UTF-8" in recs[3]["error"]
    assert recs[2]["answers"] and recs[4]["answers"]
    assert r.code == 1 and "2 of 5 questions could not be asked" in r.err


def test_a_lone_surrogate_escape_costs_nothing(tmp_path):
    corpus = tmp_path / "s.jsonl"
    corpus.write_text('{"id": "s", "title": "T\\ud800", "text": "Acme paid 5 mln dlrs \\udfff for Bolt Inc."}\n'
                      '{"id": "t", "text": "Bolt Inc has 300 employees."}\n', encoding="utf-8")
    for cache in ("--no-cache", "--index-dir"):
        extra = [cache] if cache == "--no-cache" else [cache, tmp_path / "cache"]
        r = run("--corpus", corpus, *extra, "ask", "--json", "How much did Acme pay for Bolt?")
        clean_run(r)
        assert r.code == 0 and json.loads(r.out)["answers"][0]["text"] == "5 mln dlrs"
    b = run("--corpus", corpus, "--no-cache", "batch", "-", stdin=b"How much did Acme pay for Bolt?\n")
    (tmp_path / "a.jsonl").write_text(b.out, encoding="utf-8")
    v = run("--corpus", corpus, "verify", tmp_path / "a.jsonl")
    clean_run(v)
    assert v.code == 0, v.out


def test_a_sentence_the_rules_trip_on_costs_only_that_sentence(dates, monkeypatch):
    from qa.answers.when import resolve as when

    engine = Engine.from_path(dates, cache=False)
    real = when.resolve

    def trips(kind, m, s):
        if "parts" in s.text:
            raise ZeroDivisionError("a bug in one rule")
        return real(kind, m, s)

    monkeypatch.setattr(when, "resolve", trips)
    monkeypatch.delenv("NEWSQA_DEBUG")
    forget()  # dates another test found in these sentences are remembered: read them with the tripping rule
    res = engine.ask("When did Dover sell its elevator unit?", min_confidence=0.0)  # the span, whatever the bar
    assert res.answers and res.answers[0].text == "Friday"
    assert any(p.rejected == "could not be read (ZeroDivisionError)" for p in res.passages)


def test_a_document_that_cannot_be_split_is_left_out_with_a_warning(tmp_path, monkeypatch):
    from qa import sentences

    corpus = jsonl(tmp_path / "c.jsonl", [{"id": "bad", "text": "POISON Acme hired 3 people."},
                                          {"id": "good", "text": "Bolt hired 40 engineers in May."}])
    real = sentences.split

    def split(text, punkt):
        if "POISON" in text:
            raise TimeoutError("regular-expression match exceeded its time limit")
        return real(text, punkt)

    monkeypatch.setattr(sentences, "split", split)
    warnings: list[str] = []
    engine = Engine.from_path(corpus, warn=warnings.append, index_dir=tmp_path / "cache")
    assert engine.ask("How many engineers did Bolt hire?").answers[0].text == "40 engineers"
    assert warnings == [f"{corpus}:1: left out: it could not be split into sentences (TimeoutError)"]
    again: list[str] = []
    Engine.from_path(corpus, warn=again.append, index_dir=tmp_path / "cache")
    assert again == []  # said when the index was built, not on every command
    from qa.store import open_index

    asked: list[str] = []
    open_index(corpus, asked.append, index_dir=tmp_path / "cache", all_skips=True)
    assert asked == warnings  # kept in the index, and said again by `qa index`
