"""An index built and searched on a real Dask LocalCluster (two worker processes on loopback):
the same top-k, scores and answers as one machine; a worker dying during a build or a query;
a build run again after a failure reusing what was written; an unreachable scheduler."""

from __future__ import annotations

import json
import os
import shutil
import signal
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("distributed", reason="the cluster extra (dask, distributed) is not installed")

from qa import store
from qa.cluster import Cluster, ClusterBM25, Remote, attach, connect
from qa.engine import Engine
from qa.lexicon.tokens import tokenize
from tests.conftest import NEWSWIRE

pytestmark = pytest.mark.xdist_group("cluster")  # one LocalCluster for the module, in one test process
QUESTIONS = [json.loads(line)["question"] for line in (NEWSWIRE / "gold.jsonl").read_text().splitlines()]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """Two worker processes; the first segment a worker builds kills it, once (the retry must finish it)."""
    flag = tmp_path_factory.mktemp("crash") / "crashed"
    os.environ["NEWSQA_TEST_CRASH_ONCE"] = f"flush:{flag}"
    try:
        c = connect("local:2")
    finally:
        del os.environ["NEWSQA_TEST_CRASH_ONCE"]
    c.crash_flag = flag  # type: ignore[attr-defined]
    yield c
    c.close()


def _build(corpus: Path, cache: Path, cluster: Cluster | None, shards: int = 3):
    remote = Remote(cluster, shards) if cluster is not None else None
    return store.open_index(corpus, lambda _: None, index_dir=cache, remote=remote)


@pytest.fixture(scope="module")
def built(cluster, tmp_path_factory):
    corpus = NEWSWIRE / "articles.jsonl"
    here = tmp_path_factory.mktemp("cluster-index")
    sharded = _build(corpus, here / "sharded", cluster)
    one = _build(corpus, here / "one", None)
    return corpus, here, sharded, one


def test_a_worker_that_dies_during_a_build_costs_nothing(cluster, built):
    _, _, sharded, one = built
    assert cluster.crash_flag.exists()  # a worker did die writing a segment; another wrote it
    assert sharded.store_info.segments == 3 and one.store_info.segments == 1
    assert [d.model_dump() for d in sharded.docs] == [d.model_dump() for d in one.docs]
    for name in ("p_doc", "p_start", "p_end", "p_kind", "rows"):
        assert np.array_equal(getattr(sharded, name), getattr(one, name)), name


def test_sharded_search_gives_one_machines_top_k_scores_and_answers(cluster, built):
    corpus, _, sharded, one = built
    attach(sharded, corpus, cluster)
    assert isinstance(sharded.bm25, ClusterBM25) and len(sharded.bm25.shards) == 3
    for q in QUESTIONS[::8]:
        terms = tokenize(q)
        a_ids, a_scores = sharded.bm25.top_k(terms, 10)
        b_ids, b_scores = one.bm25.top_k(terms, 10)
        assert a_ids.tolist() == b_ids.tolist(), q
        assert np.array_equal(a_scores, b_scores), q  # the same additions in the same order: bit-equal
    many, single = Engine(sharded), Engine(one)
    for q in QUESTIONS[:12]:
        a, b = many.ask(q), single.ask(q)
        assert [(x.text, x.score, x.citation) for x in a.answers] == \
               [(x.text, x.score, x.citation) for x in b.answers], q


def test_a_worker_that_dies_during_a_query_leaves_the_answer_whole(cluster, built):
    corpus, _, sharded, one = built
    attach(sharded, corpus, cluster)
    victim = cluster.workers()[0]
    pid = cluster.client.run(os.getpid, workers=[victim])[victim]
    os.kill(pid, signal.SIGKILL)  # the worker holding shard 0 dies
    q = QUESTIONS[0]
    ids, scores = sharded.bm25.top_k(tokenize(q), 10)  # its shard is opened and served elsewhere
    want = one.bm25.top_k(tokenize(q), 10)
    assert ids.tolist() == want[0].tolist() and np.array_equal(scores, want[1])


def test_a_build_run_again_writes_only_the_missing_segments(cluster, built, tmp_path):
    corpus, _, _, _ = built
    cache = tmp_path / "again"
    first = _build(corpus, cache, cluster)
    where = first.store_info.path
    segs = sorted(p for p in where.iterdir() if p.name.startswith("s-"))
    (where / store.MANIFEST).unlink()  # as if the client died before committing the build
    stamps = {p.name: (p / "doc_len.npy").stat().st_mtime_ns for p in segs}
    shutil.rmtree(segs[1])  # and one segment was never written
    again = _build(corpus, cache, cluster)
    names = sorted(p.name for p in where.iterdir() if p.name.startswith("s-"))
    assert names == sorted(stamps)  # the same segments, by what they hold
    kept = [n for n in names if n != segs[1].name]
    assert all((where / n / "doc_len.npy").stat().st_mtime_ns == stamps[n] for n in kept)  # reused, not rewritten
    assert [d.model_dump() for d in again.docs] == [d.model_dump() for d in first.docs]


def test_an_unreachable_scheduler_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys):
    from newsqa.cli import main

    monkeypatch.setenv("NEWSQA_CLUSTER_TIMEOUT", "0.5")
    code = main(["ask", "Who is the chairman?", "--corpus", str(NEWSWIRE / "articles.jsonl"), "--index-dir",
                 str(tmp_path), "--cluster", "tcp://127.0.0.1:9"])
    out, err = capsys.readouterr()
    assert code == 2 and not out
    assert err.startswith("qa: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert len(err.strip().splitlines()) == 1
