"""Filters inside retrieval: a period (undated articles said), sources, the best within them."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from qa import Engine
from qa.errors import QAError
from qa.filters import Filter, parse_date


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    root = tmp_path_factory.mktemp("archive")
    (root / "wire").mkdir()
    records = [
        {"id": "1", "title": "Acme", "date": "1987-03-02", "text": "Acme chief executive John Old said sales rose."},
        {"id": "2", "title": "Acme", "date": "1987-06-10", "text": "Acme chief executive Mary Stone said sales fell."},
    ]
    (root / "wire" / "reuters.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    (root / "bbc.jsonl").write_text(json.dumps({"id": "b1", "title": "Acme", "date": None,
                                                "text": "Acme chief executive Ann Undated spoke."}) + "\n",
                                    encoding="utf-8")
    return Engine.from_path(root, cache=False)


def names(engine, f):
    res = engine.ask("Who is the chief executive of Acme?", filters=f, min_confidence=0.0)
    return {a.text for a in res.answers}, res.filtered


def test_a_period_keeps_the_articles_dated_in_it_and_says_how_many_undated_went(engine):
    got, applied = names(engine, Filter(since=dt.date(1987, 6, 1)))
    assert got == {"Mary Stone"}
    assert (applied.documents, applied.of, applied.undated_left_out) == (1, 3, 1)
    got, applied = names(engine, Filter(until=dt.date(1987, 3, 31), undated="keep"))
    assert got == {"John Old", "Ann Undated"} and applied.undated_left_out == 0


@pytest.mark.parametrize("source,want", [
    ("bbc", {"Ann Undated"}), ("bbc.jsonl", {"Ann Undated"}), ("wire", {"John Old", "Mary Stone"}),
    ("wire/reuters.jsonl", {"John Old", "Mary Stone"}), ("reuters", {"John Old", "Mary Stone"}),
])
def test_a_source_is_a_file_or_folder_of_the_corpus(engine, source, want):
    assert names(engine, Filter(sources=[source]))[0] == want


def test_no_filter_and_unknown_sources(engine):
    assert names(engine, None)[0] == {"John Old", "Mary Stone", "Ann Undated"}
    assert names(engine, None)[1] is None
    with pytest.raises(QAError, match="no corpus file, folder or record source is called 'nope'"):
        names(engine, Filter(sources=["nope"]))


@pytest.mark.parametrize("text,end,want", [
    ("1987", False, dt.date(1987, 1, 1)), ("1987", True, dt.date(1987, 12, 31)),
    ("1987-02", True, dt.date(1987, 2, 28)), ("1988-02", True, dt.date(1988, 2, 29)),
    ("1987-03-07", False, dt.date(1987, 3, 7)),
])
def test_date_bounds(text, end, want):
    assert parse_date(text, end) == want


@pytest.mark.parametrize("bad", ["1987-13", "yesterday", "87-03-07", "1987-02-30"])
def test_bad_date_bounds_are_one_line_errors(bad):
    with pytest.raises(QAError, match="not a date"):
        parse_date(bad)


def test_a_source_is_also_a_records_own_source_value(tmp_path):
    """One JSON Lines file mixing outlets: --source names a record's own 'source' value (any
    case), kept in the stored index, through a reopening and an update."""
    root = tmp_path / "mixed"
    root.mkdir()
    recs = [{"id": "a", "source": "AGNews", "date": "2004-08-01", "text": "Acme chief executive Ann Ag spoke."},
            {"id": "b", "source": "bbc", "date": "2004-08-02", "text": "Acme chief executive Bob Bee spoke."},
            {"id": "c", "date": "2004-08-03", "text": "Acme chief executive Cy None spoke."}]
    path = root / "all.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    cache = tmp_path / "cache"
    for opened in range(3):
        eng = Engine.from_path(root, index_dir=cache)
        assert eng.index.store_info.status == ("built", "reused", "updated")[opened]
        assert names(eng, Filter(sources=["agnews"]))[0] == ({"Ann Ag"} if opened < 2 else {"Ann Ag", "Di Dee"})
        assert names(eng, Filter(sources=["bbc", "all"]))[0] >= {"Bob Bee", "Cy None"}  # a file, or an outlet
        assert names(eng, Filter(sources=["BBC"]))[0] == {"Bob Bee"}
        assert [d.outlet for d in eng.documents][:3] == ["AGNews", "bbc", None]
        assert eng.sources() == ["all.jsonl", "AGNews", "bbc"]
        with pytest.raises(QAError, match="record source is called 'reuters'"):
            names(eng, Filter(sources=["reuters"]))
        if opened == 1:  # a record added: the stored ones keep their outlets
            with path.open("a", encoding="utf-8") as f:
                f.write(json.dumps({"id": "d", "source": "agnews", "date": "2004-08-04",
                                    "text": "Acme chief executive Di Dee spoke."}) + "\n")
