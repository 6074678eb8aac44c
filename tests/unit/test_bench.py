"""`qa bench` on a tiny corpus: it runs end to end and reports every field (no time is asserted)."""

from __future__ import annotations

import json

import pytest

from newsqa.cli import main
from qa import bench
from tests.conftest import NEWSWIRE


def test_bench_reports_every_measure(tmp_path, capsys):
    work = tmp_path / "work"
    code = main(["bench", "--corpus", str(NEWSWIRE / "articles.jsonl"), "--sentences", "1500",
                 "--questions", "12", "--rank-bm25-max", "400", "--rank-bm25-questions", "5",
                 "--cold-runs", "1", "--work-dir", str(work), "--save-questions", str(tmp_path / "asked.txt"),
                 "--json"])
    out = capsys.readouterr().out
    assert code == 0
    r = json.loads(out)
    assert r["sentences"] >= 1500 and r["questions"] == 12
    # the questions timed, kept for an A/B of another version on the same questions
    assert len(bench.read_questions(str(tmp_path / "asked.txt"))) == 12
    b = r["build"]
    assert b["status"] == "built" and b["seconds"] > 0 and b["documents"] > 87
    assert {"peak_pss_mb", "largest_process_maxrss_mb", "timings", "terms", "postings"} <= set(b)
    assert set(b["timings"]) >= {"reading", "training", "splitting", "indexing", "writing"}
    for measure in (r["retrieval"]["qa"], r["retrieval_engine_query"], r["answer"]):
        assert measure["p50_ms"] is not None and measure["p95_ms"] >= measure["p50_ms"]
    assert r["cold_ask"]["runs"] == 1 and r["cold_ask"]["median_s"] > 0
    rb = r["rank_bm25"]
    assert rb["sentences"] == 400 and rb["same_top_k"] is True and rb["max_score_diff"] < 1e-9
    assert "p50_ms" in r["bm25s"] or "skipped" in r["bm25s"]
    tv = r["tantivy"]  # measured when installed (the bench extra), else said to be skipped
    assert "skipped" in tv or (tv["n"] == tv["qa_interleaved"]["n"] == r["questions_with_known_terms"]
                               and tv["p99_ms"] >= tv["p50_ms"] and tv["index_mb"] > 0)
    # the resampled corpus: unique ids, documents drawn again to reach the sentences asked for
    corpus = next(work.glob("corpus-*.jsonl"))
    ids = [json.loads(line)["id"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    u = r["update"]  # 1% appended afterwards, with new ids
    assert u["status"] == "updated" and u["documents_added"] >= 1 and u["seconds"] > 0 and u["segments"] >= 2
    assert len(ids) == len(set(ids)) == r["resample"]["documents"] + u["documents_added"]
    assert r["resample"]["documents"] > r["resample"]["distinct_documents"]
    table = bench.format_report(r)
    for label in ("index build", "peak memory", "cold `qa ask`", "answer (Engine.ask)", "rank_bm25 get_scores",
                  "qa (inverted index", "tantivy", "1% update"):
        assert label in table


def test_generated_questions_are_deterministic():
    from qa.corpus import load_corpus
    from qa.index import CorpusIndex

    index = CorpusIndex.build(load_corpus(NEWSWIRE / "articles.jsonl"))
    first = bench.make_questions(index, 20, seed=3)
    assert first == bench.make_questions(index, 20, seed=3) and len(set(first)) == 20
    assert all(q.endswith("?") for q in first)


def test_bench_errors_are_one_line(tmp_path, capsys):
    assert main(["bench", "--corpus", str(tmp_path / "nope.jsonl")]) == 2
    assert capsys.readouterr().err.strip().count("\n") == 0
    (tmp_path / "q.txt").write_text("# nothing\n", encoding="utf-8")
    with pytest.raises(Exception, match="no questions"):
        bench.read_questions(str(tmp_path / "q.txt"))


def test_saved_questions_read_back_the_same(tmp_path):
    asked = ["Who is the chief executive of Hanson?", "How much did  it\tpay?"]
    bench.save_questions(tmp_path / "q.txt", asked)
    assert bench.read_questions(str(tmp_path / "q.txt")) == ["Who is the chief executive of Hanson?",
                                                            "How much did it pay?"]
    with pytest.raises(Exception, match="cannot write the questions"):
        bench.save_questions(tmp_path / "no" / "such" / "q.txt", asked)
