"""`qa bench`: index build, retrieval and answer latency at scale, against rank_bm25 and bm25s.

One run, side by side:
  * the corpus: documents of --corpus (JSON Lines) resampled with replacement until they
    hold --sentences sentences, written to a work folder with unique ids;
  * index build (`qa index` in a child process: splitting, tokenizing, BM25, writing) with
    its wall time and peak memory (the PSS of all its processes, sampled, and the largest
    process's maximum RSS);
  * retrieval p50/p95 for --questions questions generated from the corpus (or read from
    --questions-file), all systems given the same query terms and asked for the top-k;
  * end-to-end answer p50/p95 (Engine.ask);
  * cold start: wall time of a new `qa ask` process on the cached index;
  * rank_bm25's get_scores (on at most --rank-bm25-max sentences, with our index timed on the
    same sentences for the ratio) and bm25s (when installed), as ratios to ours;
  * tantivy (Rust, when installed: the `bench` extra) on the same sentences' tokens, queried
    with the same terms (OR of term queries, top-k), interleaved query by query with ours so
    that machine noise hits both alike; p50/p95/p99, its index size on disk beside ours.
It asserts nothing about time: it measures and reports.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from qa.errors import QAError

Warn = Callable[[str], None]
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMBA_NUM_THREADS",
               "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


def default_corpus() -> Path | None:
    here = Path(__file__).resolve().parent.parent
    p = here.parent / "shared" / "corpora" / "reuters21578.jsonl"
    return p if p.is_file() else None


TIMELINE_QUESTIONS = 100  # timed with Engine.timeline (it reads up to 250 passages each)


def _filtered_retrieval(index: Any, usable: list[tuple[str, list[str], list[float]]], seed: int,
                        share: float = 0.1) -> dict[str, float | None]:
    """Retrieval as the engine queries, within a filter that keeps `share` of the documents
    (a seeded random tenth, as a period or a source would): the filter works inside retrieval."""
    import numpy as np

    from qa.filters import rows

    rng = np.random.default_rng(seed + 2)
    t = time.perf_counter()
    keep = rng.random(len(index.docs)) < share
    allow = rows(keep, index)
    mask_ms = (time.perf_counter() - t) * 1000
    bm = index.bm25
    timed = _time_each(lambda x: bm.top_k(x[1], 30, x[2], allow=allow), usable)
    return {**_percentiles(timed), "share_kept": round(float(keep.mean()), 4), "mask_ms": round(mask_ms, 2)}


def _percentiles(times: Sequence[float]) -> dict[str, float | None]:
    import numpy as np

    if not times:
        return {"p50_ms": None, "p95_ms": None, "mean_ms": None, "n": 0}
    a = np.asarray(times) * 1000
    return {"p50_ms": round(float(np.percentile(a, 50)), 3), "p95_ms": round(float(np.percentile(a, 95)), 3),
            "p99_ms": round(float(np.percentile(a, 99)), 3), "mean_ms": round(float(a.mean()), 3), "n": len(a)}


# -- the corpus -------------------------------------------------------------------------
def _source_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in (".jsonl", ".ndjson") and p.is_file())
        if files:
            return files
    raise QAError(f"qa bench needs JSON Lines files: none at {path}")


def resample(files: list[Path], n_sentences: int, seed: int, out: Path, warn: Warn) -> dict[str, Any]:
    """Write documents of `files`, drawn with replacement, until they hold n_sentences sentences.

    Sentences are counted with the Punkt parameters the index build will learn: those
    trained on the first sentences.TRAIN_CHARS characters of the drawn documents (a
    corpus with repeated documents teaches Punkt other abbreviations than the source).
    """
    import numpy as np

    from qa import corpus as corpus_mod
    from qa import sentences
    from qa.index import CorpusIndex

    recs = []
    for path in files:
        recs.extend(corpus_mod.file_records(path, "", warn))
    if not recs:
        raise QAError("the benchmark corpus has no readable articles")
    docs = [r.document(Path("x")) for r in recs]
    rng = np.random.default_rng(seed)
    rough = max(1.0, sum(len(d.text) for d in docs) / len(docs) / 120)  # ~ sentences per document
    draw = rng.integers(0, len(docs), size=int(n_sentences / rough * 1.5) + 64)
    index = None
    for _ in range(4):
        params = sentences.train(sentences.body(docs[i].text) for i in draw.tolist())
        index = CorpusIndex.build(docs, punkt=params)
        per_doc = np.bincount(index.p_doc[index.rows], minlength=len(docs))
        while int(per_doc[draw].sum()) < n_sentences:
            draw = np.concatenate([draw, rng.integers(0, len(docs), size=len(draw))])
        cum = np.cumsum(per_doc[draw])
        stop = int(np.searchsorted(cum, n_sentences)) + 1
        chars = sum(len(docs[i].text) for i in draw[:stop].tolist())
        before = draw
        draw = draw[:stop]
        if chars >= sentences.TRAIN_CHARS or len(before) == stop:
            break  # the build trains on the same text: the count is exact
    picks = draw.tolist()
    seen: dict[int, int] = {}
    with open(out, "w", encoding="utf-8") as f:
        for i in picks:
            k = seen.get(i, 0)
            seen[i] = k + 1
            r = recs[i]
            f.write(json.dumps({"id": f"{r.id}~{k}", "title": r.title,
                                "date": r.date.isoformat() if r.date else None, "text": r.text},
                               ensure_ascii=False) + "\n")
    return {"documents": len(picks), "distinct_documents": len(seen), "source_documents": len(recs),
            "source_sentences": int(per_doc.sum()), "index": index}


# -- questions -----------------------------------------------------------------------------
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|de))*\s+[A-Z][a-z]+\b")
_MONEY = re.compile(r"\b\d[\d,.]*\s*(?:mln|billion|million|dlrs|dollars|pct|percent|stg|yen|marks)\b", re.IGNORECASE)
_COUNT = re.compile(r"\b\d[\d,]*\s+([a-z]{4,})\b")
_WHEN = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
                   r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday"
                   r"|19\d\d|20\d\d)\b")
_WORD = re.compile(r"\b[a-z]{4,}\b")


def make_questions(index: Any, k: int, seed: int) -> list[str]:
    """k questions about random sentences of the corpus (deterministic for a seed)."""
    import numpy as np

    from qa import lexicon

    stop = lexicon.stopwords()
    rng = np.random.default_rng(seed + 1)
    out: list[str] = []
    seen: set[str] = set()
    tries = 0
    while len(out) < k and tries < 50 * k:
        tries += 1
        pid = int(index.rows[int(rng.integers(0, len(index.rows)))])
        text = index.passage(pid).text
        words = [w for w in _WORD.findall(text) if w not in stop]
        if len(words) < 2:
            continue
        names = _NAME.findall(text)
        subject = names[int(rng.integers(0, len(names)))] if names else "the company"
        w = [words[int(i)] for i in sorted(rng.choice(len(words), size=min(3, len(words)), replace=False))]
        forms = [f"What did {subject} say about {w[0]} {w[-1]}?"]
        if _MONEY.search(text):
            forms.append(f"How much did {subject} {w[0]} {w[-1]}?")
        m = _COUNT.search(text)
        if m and m.group(1) not in stop:
            forms.append(f"How many {m.group(1)} did {subject} {w[0]}?")
        if _WHEN.search(text):
            forms.append(f"When did {subject} {w[0]} {w[-1]}?")
        if names:
            forms.append(f"Who {' '.join(w)}?")
            forms.append(f"Where did {subject} {w[0]}?")
        q = forms[int(rng.integers(0, len(forms)))]
        if q not in seen:
            seen.add(q)
            out.append(q)
    return out


def save_questions(path: Path, questions: Sequence[str]) -> None:
    """One question per line (a question is one line: generated ones are, read ones were)."""
    try:
        path.write_text("".join(" ".join(q.split()) + "\n" for q in questions), encoding="utf-8")
    except OSError as e:
        raise QAError(f"cannot write the questions to {path}: {e.strerror or e}") from None


def read_questions(path: str) -> list[str]:
    p = Path(path)
    if not p.is_file():
        raise QAError(f"questions file not found: {path}")
    out = []
    for line in p.read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("{"):
            try:
                s = str(json.loads(s).get("question", ""))
            except (ValueError, AttributeError):
                raise QAError(f"{path}: not a questions file (bad JSON line)") from None
        if s:
            out.append(s)
    if not out:
        raise QAError(f"no questions in {path}")
    return out


# -- measuring a child process ------------------------------------------------------------
def _tree(pid: int) -> list[int]:
    """pid and its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
            ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def _memory_kb(pid: int) -> int:
    """PSS (or RSS where /proc has no smaps_rollup) of a process, in KiB."""
    for name, key in (("smaps_rollup", b"Pss:"), ("status", b"VmRSS:")):
        try:
            with open(f"/proc/{pid}/{name}", "rb") as f:
                for line in f:
                    if line.startswith(key):
                        return int(line.split()[1])
        except OSError:
            continue
    return 0


def run_measured(cmd: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Run cmd; its wall time, output, and peak memory (sampled PSS sum of its process tree)."""
    peak = [0]
    done = threading.Event()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)

    def sample() -> None:
        have_proc = os.path.isdir("/proc")
        while not done.wait(0.1):
            if have_proc:
                total = sum(_memory_kb(p) for p in _tree(proc.pid))
                peak[0] = max(peak[0], total)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    done.set()
    sampler.join()
    try:
        import resource

        maxrss: float | None = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux
    except ImportError:  # pragma: no cover - not POSIX
        maxrss = None
    return {"returncode": proc.returncode, "stdout": out, "stderr": err, "seconds": wall,
            "peak_pss_mb": round(peak[0] / 1024, 1) if peak[0] else None,
            "largest_process_maxrss_mb": round(maxrss, 1) if maxrss else None}


def build_child(corpus: str, index_dir: str) -> int:
    """In the child: build the index as `qa index` does, and print what happened as JSON."""
    from qa import store

    warnings: list[str] = []
    t0 = time.perf_counter()
    index = store.open_index(Path(corpus), warnings.append, index_dir=index_dir)
    info = index.store_info
    print(json.dumps({"seconds": time.perf_counter() - t0, "status": info.status, "workers": info.workers,
                      "documents": len(index.docs), "passages": index.n_passages,
                      "sentences": len(index.rows), "terms": len(index.bm25.vocab),
                      "postings": index.bm25.n_postings, "segments": info.segments,
                      "timings": {k: round(v, 2) for k, v in info.timings.items()},
                      "warnings": len(warnings), "path": str(info.path)}))
    return 0


# -- the benchmark ---------------------------------------------------------------------------
def _time_each(fn: Callable[[Any], Any], items: Sequence[Any], warmup: int = 3) -> list[float]:
    for it in items[:warmup]:
        fn(it)
    times = []
    for it in items:
        t = time.perf_counter()
        fn(it)
        times.append(time.perf_counter() - t)
    return times


def _row_tokens(bm25: Any, n_rows: int) -> list[list[str]]:
    """The tokens of the first n_rows sentences, rebuilt from the postings (order within a sentence aside);
    of a segmented index, each segment's live sentences put at their global rows."""
    import numpy as np

    if hasattr(bm25, "parts"):
        out: list[list[str]] = [[] for _ in range(n_rows)]
        for seg, row_map in bm25.parts:
            live = np.ones(seg.n_docs, dtype=bool) if seg.dead is None else ~seg.dead
            for r, row in enumerate(_row_tokens(seg, seg.n_docs)):
                g = int(row_map[r])
                if live[r] and g < n_rows:
                    out[g] = row
        return out

    V = len(bm25.indptr) - 1
    terms = np.repeat(np.arange(V, dtype=np.int32), np.diff(bm25.indptr))
    rows = np.asarray(bm25.postings)
    keep = rows < n_rows
    terms, rows, tf = terms[keep], rows[keep], np.asarray(bm25.tf)[keep]
    order = np.argsort(rows, kind="stable")
    terms, rows, tf = terms[order], rows[order], tf[order]
    names = bm25.vocab.terms() if hasattr(bm25.vocab, "terms") else sorted(bm25.vocab, key=bm25.vocab.get)
    bounds = np.searchsorted(rows, np.arange(n_rows + 1))
    t_list, f_list = terms.tolist(), tf.tolist()
    out = []
    for i in range(n_rows):
        a, b = int(bounds[i]), int(bounds[i + 1])
        toks: list[str] = []
        for t, c in zip(t_list[a:b], f_list[a:b]):
            toks.extend([names[t]] * c)
        out.append(toks)
    return out


def run(args: argparse.Namespace, warn: Warn) -> dict[str, Any]:
    from qa import store
    from qa.bm25 import BM25
    from qa.engine import Engine
    from qa.understand import understand
    from qa.understand.query import query_terms

    src = Path(args.corpus).expanduser() if getattr(args, "corpus", None) else default_corpus()
    if src is None:
        raise QAError("no corpus to benchmark: pass --corpus with a JSON Lines file or folder "
                      "(../shared/corpora/reuters21578.jsonl is the default when it exists)")
    if not src.exists():
        raise QAError(f"corpus path not found: {src}")
    if args.sentences < 1 or args.questions < 1 or args.top_k < 1:
        raise QAError("--sentences, --questions and --top-k must be positive")
    files = _source_files(src)
    report: dict[str, Any] = {"corpus": [str(f) for f in files], "sentences_asked": args.sentences,
                              "top_k": args.top_k, "threads": args.threads, "seed": args.seed}
    for var in THREAD_VARS:
        os.environ[var] = str(args.threads)
    try:
        from threadpoolctl import threadpool_limits  # optional: caps already-loaded libraries too

        threadpool_limits(args.threads)
    except ImportError:
        pass

    tmp = None
    if args.work_dir:
        work = Path(args.work_dir).expanduser()
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.mkdtemp(prefix="qa-bench-")
        work = Path(tmp)
    try:
        corpus = work / f"corpus-{args.sentences}-s{args.seed}.jsonl"
        index_dir = work / "index"
        # 1. the corpus
        t = time.perf_counter()
        sample = resample(files, args.sentences, args.seed, corpus, warn)
        report["resample"] = {k: v for k, v in sample.items() if k != "index"}
        report["resample"]["seconds"] = round(time.perf_counter() - t, 2)
        report["resample"]["bytes"] = corpus.stat().st_size
        questions = (read_questions(args.questions_file) if args.questions_file
                     else make_questions(sample.pop("index"), args.questions, args.seed))
        sample.clear()
        report["questions"] = len(questions)
        if getattr(args, "save_questions", None):
            save_questions(Path(args.save_questions).expanduser(), questions)
            report["questions_saved"] = str(args.save_questions)

        # 2. the build, in a child process of its own
        shutil.rmtree(index_dir, ignore_errors=True)
        env = dict(os.environ)
        code = "import sys; from qa.bench import build_child; sys.exit(build_child(sys.argv[1], sys.argv[2]))"
        res = run_measured([sys.executable, "-c", code, str(corpus), str(index_dir)], env)
        if res["returncode"] != 0:
            raise QAError(f"the index build failed: {res['stderr'].strip().splitlines()[-1:]}")
        child = json.loads(res["stdout"].strip().splitlines()[-1])
        report["build"] = {"seconds": round(res["seconds"], 2), "peak_pss_mb": res["peak_pss_mb"],
                           "largest_process_maxrss_mb": res["largest_process_maxrss_mb"], **child}
        report["sentences"] = child["sentences"]

        # 3. open the cached index here; retrieval and answers
        warnings: list[str] = []
        t = time.perf_counter()
        index = store.open_index(corpus, warnings.append, index_dir=index_dir)
        report["open_seconds_in_process"] = round(time.perf_counter() - t, 3)
        engine = Engine(index, source=str(corpus))
        bm = index.bm25
        k = args.top_k
        queries: list[tuple[list[str], list[float]]] = []
        for q in questions:
            queries.append(query_terms(understand(q)))
        usable = [(q, terms, w) for q, (terms, w) in zip(questions, queries) if any(t in bm.vocab for t in terms)]
        report["questions_with_known_terms"] = len(usable)
        term_lists = [terms for _, terms, _ in usable]
        ours = _time_each(lambda terms: bm.top_k(terms, k), term_lists)
        report["retrieval"] = {"qa": _percentiles(ours)}
        weighted = _time_each(lambda x: bm.top_k(x[1], 30, x[2]), usable)
        report["retrieval_engine_query"] = _percentiles(weighted)
        report["retrieval_filtered"] = _filtered_retrieval(index, usable, args.seed)

        def ask(q: str) -> None:
            try:
                engine.ask(q)
            except QAError:
                pass

        report["answer"] = _percentiles(_time_each(ask, questions))

        def timeline(q: str) -> None:
            try:
                engine.timeline(q)
            except QAError:
                pass

        report["timeline"] = _percentiles(_time_each(timeline, questions[:TIMELINE_QUESTIONS]))

        # 4. cold start of a new `qa ask`
        # as installed: pip compiles the package's bytecode, so a run that forbids writing it
        # (PYTHONDONTWRITEBYTECODE, set in some sandboxes) would time compiling the source instead
        cold_env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cold = []
        ask_cmd = [sys.executable, "-m", "newsqa", "--corpus", str(corpus), "--index-dir", str(index_dir), "ask",
                   questions[0]]
        subprocess.run(ask_cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=cold_env, check=False)
        for _ in range(max(1, args.cold_runs)):
            t = time.perf_counter()
            subprocess.run(ask_cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=cold_env, check=False)
            cold.append(time.perf_counter() - t)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import newsqa.cli, qa.engine, qa.store"], env=cold_env, check=False)
        imports = time.perf_counter() - t
        report["cold_ask"] = {"median_s": round(statistics.median(cold), 3), "max_s": round(max(cold), 3),
                              "runs": len(cold), "python_and_imports_s": round(imports, 3),
                              "bytecode_cached": _bytecode_cached()}

        # 5. tantivy on all sentences, same query terms, interleaved with ours
        if not getattr(args, "skip_tantivy", False):
            report["tantivy"] = _bench_tantivy(bm, term_lists, k, work, index.store_info.path)
        # 6. bm25s on all sentences, same query terms
        if not args.skip_bm25s:
            report["bm25s"] = _bench_bm25s(bm, term_lists, k, report)
        # 7. rank_bm25 on at most --rank-bm25-max sentences, ours timed on the same ones
        if not args.skip_rank_bm25:
            report["rank_bm25"] = _bench_rank_bm25(bm, term_lists[:max(1, args.rank_bm25_questions)], k,
                                                   min(len(index.rows), args.rank_bm25_max), BM25)
        # 8. --cluster: the same corpus built on the cluster (1 worker against all), queries through it
        conn = getattr(args, "cluster_conn", None)
        if conn is not None:
            report["cluster"] = _bench_cluster(conn, str(args.cluster), corpus, work, term_lists, k, warn)
        # 8. a 1% update: records appended to the corpus file, the index updated in a child process
        if not getattr(args, "skip_update", False):
            del index, engine, bm
            report["update"] = _bench_update(corpus, index_dir, report["build"], args.seed, env)
        return report
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def _bytecode_cached() -> bool:
    """Whether the engine's compiled bytecode is on disk (else every cold run compiles it)."""
    return any((Path(__file__).parent / "__pycache__").glob("engine.*.pyc"))


def _peak_rss_mb() -> float:
    """This process's peak resident memory (run on each cluster worker)."""
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _bench_cluster(conn: Any, address: str, corpus: Path, work: Path, term_lists: list[list[str]], k: int,
                   warn: Warn) -> dict[str, Any]:
    """The corpus built on the cluster, into as many shards as it has workers: with one worker
    (a local:1 started here, when the cluster is local) and with all; each build's time and
    each worker's peak memory; then top-k through the cluster against the same index read here."""
    from qa import store
    from qa.cluster import Remote, attach, connect

    n = len(conn.workers())
    out: dict[str, Any] = {"address": address, "shards": n, "builds": []}
    runs: list[tuple[str, Any]] = [("local:1", None)] if address.startswith("local") and n > 1 else []
    runs.append((address, conn))
    index = None
    for name, given in runs:
        c = given or connect(name)
        try:
            where = work / f"cluster-index-{len(c.workers())}"
            shutil.rmtree(where, ignore_errors=True)
            t = time.perf_counter()
            index = store.open_index(corpus, warn, index_dir=where, remote=Remote(c, n))
            seconds = time.perf_counter() - t
            peaks = c.client.run(_peak_rss_mb)
            out["builds"].append({"workers": len(c.workers()), "seconds": round(seconds, 2),
                                  "segments": index.store_info.segments,
                                  "worker_peak_rss_mb": [peaks[w] for w in sorted(peaks)]})
        finally:
            if given is None:
                c.close()
    assert index is not None
    local = _time_each(lambda terms: index.bm25.top_k(terms, k), term_lists)
    attach(index, corpus, conn)
    through = _time_each(lambda terms: index.bm25.top_k(terms, k), term_lists)
    out["retrieval_local"] = _percentiles(local)
    out["retrieval_cluster"] = _percentiles(through)
    return out


UPDATE_SHARE = 0.01


def _bench_update(corpus: Path, index_dir: Path, build: dict[str, Any], seed: int, env: dict[str, str]) -> dict[str, Any]:
    """Append 1% more records (drawn from the corpus, new ids: a wire repeating stories) and time
    the update as `qa index` makes it, in a child process; its share of the full build's time."""
    import numpy as np

    lines = corpus.read_bytes().splitlines()
    rng = np.random.default_rng(seed + 1)
    picks = rng.integers(0, len(lines), size=max(1, int(len(lines) * UPDATE_SHARE)))
    with open(corpus, "ab") as f:
        for n, i in enumerate(picks.tolist()):
            rec = json.loads(lines[i])
            rec["id"] = f"{rec['id']}~u{n}"
            f.write(json.dumps(rec, ensure_ascii=False).encode("utf-8") + b"\n")
    del lines
    code = "import sys; from qa.bench import build_child; sys.exit(build_child(sys.argv[1], sys.argv[2]))"
    res = run_measured([sys.executable, "-c", code, str(corpus), str(index_dir)], env)
    if res["returncode"] != 0:
        raise QAError(f"the index update failed: {res['stderr'].strip().splitlines()[-1:]}")
    child = json.loads(res["stdout"].strip().splitlines()[-1])
    return {"documents_added": len(picks), "seconds": round(res["seconds"], 2), "peak_pss_mb": res["peak_pss_mb"],
            "share_of_build": round(res["seconds"] / build["seconds"], 4) if build["seconds"] else None,
            "status": child["status"], "segments": child["segments"], "timings": child["timings"]}


SEARCH_FILES = ("docs.bin", "freqs.bin", "vocab.bin", "vocab_off.npy", "indptr.npy", "doc_len.npy")  # and blk_*


def _disk_mb(folder: Path, leave_out: tuple[str, ...] = (), only: tuple[str, ...] | None = None) -> float:
    def counted(name: str) -> bool:
        if only is not None:
            return name in only or name.startswith("blk_")
        return name not in leave_out
    return round(sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and counted(p.name)) / 1e6, 1)


def _bench_tantivy(bm: Any, term_lists: list[list[str]], k: int, work: Path, ours_at: Path | None) -> dict[str, Any]:
    """tantivy over our own tokens (a whitespace tokenizer, so both index the same terms),
    frequencies without positions; each query timed right after (or before) ours."""
    try:
        import tantivy
    except ImportError:
        return {"skipped": "tantivy is not installed (pip install 'newsqa[bench]')"}
    folder = work / "tantivy"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("body", stored=False, tokenizer_name="whitespace", index_option="freq")
    schema = sb.build()
    t = time.perf_counter()
    tokens = _row_tokens(bm, int(bm.n_docs))
    prep = time.perf_counter() - t
    t = time.perf_counter()
    ix = tantivy.Index(schema, path=str(folder))
    writer = ix.writer(heap_size=500_000_000, num_threads=2)
    for row in tokens:
        writer.add_document(tantivy.Document(body=" ".join(row)))
    writer.commit()
    writer.wait_merging_threads()
    build = time.perf_counter() - t
    del tokens
    ix.reload()
    searcher = ix.searcher()

    def theirs(terms: list[str]) -> Any:
        q = tantivy.Query.boolean_query([(tantivy.Occur.Should, tantivy.Query.term_query(schema, "body", t))
                                         for t in dict.fromkeys(terms)])
        return searcher.search(q, k).hits

    for terms in term_lists[:3]:  # warm both
        theirs(terms)
        bm.top_k(terms, k)
    t_ours: list[float] = []
    t_theirs: list[float] = []
    for i, terms in enumerate(term_lists):
        pair = [(bm.top_k, t_ours), (theirs, t_theirs)]
        for fn, times in (pair if i % 2 == 0 else pair[::-1]):
            t = time.perf_counter()
            fn(terms) if fn is theirs else fn(terms, k)
            times.append(time.perf_counter() - t)
    version = re.search(r"\d+(?:\.\d+)+", str(getattr(tantivy, "__version__", "")))
    return {"version": version.group() if version else "?", "method": "BM25 (tantivy's), OR of term queries",
            "build_seconds_from_tokens": round(build, 2), "token_lists_seconds": round(prep, 2),
            "index_mb": _disk_mb(folder), "qa_index_mb_without_texts": _disk_mb(ours_at, ("texts.bin",))
            if ours_at else None,
            # what tantivy's index holds too: postings, their block tables, the vocabulary, sentence lengths
            "qa_search_mb": _disk_mb(ours_at, only=SEARCH_FILES) if ours_at else None, **_percentiles(t_theirs), "qa_interleaved": _percentiles(t_ours)}


def _bench_bm25s(bm: Any, term_lists: list[list[str]], k: int, report: dict) -> dict[str, Any]:
    try:
        import bm25s
        import numpy as np
    except ImportError:
        return {"skipped": "bm25s is not installed"}
    import logging

    logging.getLogger("bm25s").setLevel(logging.ERROR)
    t = time.perf_counter()
    tokens = _row_tokens(bm, int(bm.n_docs))
    prep = time.perf_counter() - t
    t = time.perf_counter()
    retriever = bm25s.BM25(k1=bm.k1, b=bm.b)
    retriever.index(tokens, show_progress=False)
    build = time.perf_counter() - t
    del tokens
    known = [[t for t in terms if t in retriever.vocab_dict] for terms in term_lists]
    pairs = [(q, terms) for q, terms in zip(known, term_lists) if q]

    def query(q: list[str]) -> Any:
        return retriever.retrieve([q], k=min(k, int(bm.n_docs)), show_progress=False, n_threads=0)

    times = _time_each(lambda p: query(p[0]), pairs)
    agree = []
    for q, terms in pairs[:50]:
        docs, _ = query(q)
        ours, _ = bm.top_k(terms, k)
        agree.append(len(set(np.asarray(docs[0]).tolist()) & set(ours.tolist())) / max(1, len(ours)))
    return {"version": getattr(bm25s, "__version__", "?"), "method": "lucene (bm25s default)",
            "build_seconds_from_tokens": round(build, 2), "token_lists_seconds": round(prep, 2),
            **_percentiles(times), "top_k_overlap_with_qa": round(float(np.mean(agree)), 3) if agree else None}


def _bench_rank_bm25(bm: Any, term_lists: list[list[str]], k: int, n_rows: int, BM25: Any) -> dict[str, Any]:
    try:
        import numpy as np
        from rank_bm25 import BM25Okapi
    except ImportError:
        return {"skipped": "rank_bm25 is not installed"}
    tokens = _row_tokens(bm, n_rows)
    t = time.perf_counter()
    ref = BM25Okapi(tokens)
    build = time.perf_counter() - t
    small = BM25.from_tokens(tokens)
    del tokens

    def rank(terms: list[str]) -> Any:
        scores = ref.get_scores(terms)
        top = np.argpartition(-scores, min(k, len(scores) - 1))[:k]
        return top[np.lexsort((top, -scores[top]))], scores

    times = _time_each(rank, term_lists, warmup=1)
    ours = _time_each(lambda terms: small.top_k(terms, k), term_lists)
    same, max_diff = True, 0.0
    for terms in term_lists[:20]:
        _, scores = rank(terms)
        got, got_scores = small.top_k(terms, k)
        max_diff = max(max_diff, float(np.max(np.abs(scores[got] - got_scores))) if len(got) else 0.0)
        matched = np.zeros(len(scores), dtype=bool)  # what top_k ranks: sentences sharing a term
        for tid in {small.vocab[t] for t in terms if t in small.vocab}:
            matched[small.postings[small.indptr[tid]:small.indptr[tid + 1]]] = True
        cand = np.flatnonzero(matched)
        want = cand[np.lexsort((cand, -scores[cand]))][:k]
        same = same and want.tolist() == got.tolist()
    return {"sentences": n_rows, "build_seconds_from_tokens": round(build, 2), **_percentiles(times),
            "qa_same_sentences": _percentiles(ours), "same_top_k": same, "max_score_diff": max_diff}


# -- the report ------------------------------------------------------------------------------
def _fmt(x: float | None, unit: str = "") -> str:
    if x is None:
        return "-"
    if x >= 100:
        return f"{x:,.0f}{unit}"
    if x >= 10:
        return f"{x:.1f}{unit}"
    return f"{x:.2f}{unit}"


def _vs_qa(label: str, m: dict[str, Any], qa: dict[str, Any], sentences: int, note: str) -> str:
    """One row of the retrieval table: another system's p50/p95, as ratios to qa's timed
    beside it, on how many sentences, and what else is worth saying."""
    return (f"  {label:<32}{_fmt(m['p50_ms']):>10} {_fmt(m['p95_ms']):>10} "
            f"{_fmt(m['p50_ms'] / qa['p50_ms']) + 'x':>11} {_fmt(m['p95_ms'] / qa['p95_ms']) + 'x':>11}   "
            f"{sentences:,}  ({note})")


def format_report(r: dict[str, Any]) -> str:
    b = r["build"]
    q = r["retrieval"]["qa"]
    lines = [
        (f"qa bench: {r['sentences']:,} sentences in {b['documents']:,} documents "
         f"({r['resample']['distinct_documents']:,} distinct, resampled from "
         f"{', '.join(Path(c).name for c in r['corpus'])}), "
         f"{r['questions_with_known_terms']} questions, top-{r['top_k']}, {r['threads']} query thread(s)"),
        "",
        (f"index build            {_fmt(b['seconds'], ' s'):>10}   peak memory {_fmt(b['peak_pss_mb'], ' MB')} "
         f"(PSS of all build processes; largest process {_fmt(b['largest_process_maxrss_mb'], ' MB')} max RSS), "
         f"{b['workers']} worker process(es)"),
        "  stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in b["timings"].items() if v >= 0.05),
        f"  {b['terms']:,} terms, {b['postings']:,} postings, {b.get('segments', 1)} segment(s)",
        (f"cold `qa ask`          {_fmt(r['cold_ask']['median_s'], ' s'):>10}   median of {r['cold_ask']['runs']} "
         f"(max {_fmt(r['cold_ask']['max_s'], ' s')}; a bare `python -c 'import qa...'` takes "
         f"{_fmt(r['cold_ask']['python_and_imports_s'], ' s')}"
         f"{'' if r['cold_ask'].get('bytecode_cached', True) else '; no bytecode on disk: compiled every run'})"),
        f"answer (Engine.ask)    p50 {_fmt(r['answer']['p50_ms'], ' ms')}, p95 {_fmt(r['answer']['p95_ms'], ' ms')}",
        (f"timeline              p50 {_fmt(r['timeline']['p50_ms'], ' ms')}, p95 {_fmt(r['timeline']['p95_ms'], ' ms')}"
         f" ({r['timeline']['n']} questions)") if r.get("timeline") else "",
        "",
        f"retrieval, top-{r['top_k']}, same query terms     p50 ms     p95 ms   p50 vs qa   p95 vs qa   sentences",
        f"  qa (inverted index, MaxScore)   {_fmt(q['p50_ms']):>10} {_fmt(q['p95_ms']):>10} {'1x':>11} {'1x':>11}   {r['sentences']:,}",
    ]
    tv = r.get("tantivy")
    if tv and "skipped" not in tv:
        qi = tv["qa_interleaved"]
        lines.append(_vs_qa(
            f"tantivy {tv['version']}", tv, qi, r["sentences"],
            f"interleaved with qa: qa p50 {_fmt(qi['p50_ms'])}, p95 {_fmt(qi['p95_ms'])}, "
            f"p99 {_fmt(qi['p99_ms'])} ms; tantivy p99 {_fmt(tv['p99_ms'])} ms; index {_fmt(tv['index_mb'])} MB "
            f"vs qa's {_fmt(tv['qa_index_mb_without_texts'])} MB without texts ({_fmt(tv.get('qa_search_mb'))} MB "
            f"of postings, vocabulary and lengths, the rest sentence and document tables); built from tokens in "
            f"{tv['build_seconds_from_tokens']:.1f} s"))
    elif tv:
        lines.append(f"  tantivy: {tv['skipped']}")
    s = r.get("bm25s")
    if s and "skipped" not in s:
        lines.append(_vs_qa(
            f"bm25s {s['version']}", s, q, r["sentences"],
            f"index from tokens {s['build_seconds_from_tokens']:.1f} s; top-k overlap with qa {s['top_k_overlap_with_qa']}"))
    elif s:
        lines.append(f"  bm25s: {s['skipped']}")
    rb = r.get("rank_bm25")
    if rb and "skipped" not in rb:
        qs = rb["qa_same_sentences"]
        lines.append(_vs_qa(
            "rank_bm25 get_scores", rb, qs, rb["sentences"],
            f"vs qa on the same {rb['sentences']:,}: p50 {_fmt(qs['p50_ms'])}, p95 {_fmt(qs['p95_ms'])} ms; "
            f"{rb['n']} questions; same top-k: {rb['same_top_k']}"))
        if rb["sentences"] < 0.99 * r["sentences"]:
            scale = r["sentences"] / rb["sentences"]
            lines.append(
                f"  rank_bm25, linear estimate at {r['sentences']:,}: p50 ~{_fmt(rb['p50_ms'] * scale)} ms "
                f"(~{_fmt(rb['p50_ms'] * scale / q['p50_ms'])}x qa's p50); measured on "
                f"{rb['sentences']:,} only: it scores every sentence per query term")
    elif rb:
        lines.append(f"  rank_bm25: {rb['skipped']}")
    lines.append(f"  qa as the engine queries (weighted terms, top-30): p50 {_fmt(r['retrieval_engine_query']['p50_ms'])} ms, "
                 f"p95 {_fmt(r['retrieval_engine_query']['p95_ms'])} ms")
    u = r.get("update")
    if u:
        lines.append(f"1% update             {_fmt(u['seconds'], ' s'):>10}   {u['documents_added']:,} documents appended: "
                     f"{u['share_of_build']:.1%} of the build's time, peak {_fmt(u['peak_pss_mb'], ' MB')}, "
                     f"{u['status']}, {u['segments']} segment(s); stages: "
                     + ", ".join(f"{k} {v:.1f} s" for k, v in u["timings"].items() if v >= 0.05))
    rf = r.get("retrieval_filtered")
    if rf:
        lines.append(f"  ... within a filter keeping {rf['share_kept']:.0%} of the articles: p50 {_fmt(rf['p50_ms'])} ms, "
                     f"p95 {_fmt(rf['p95_ms'])} ms (making the filter once: {_fmt(rf['mask_ms'])} ms)")
    c = r.get("cluster")
    if c:
        lines.append(f"on the cluster {c['address']} ({c['shards']} shards):")
        for b_ in c["builds"]:
            lines.append(f"  build with {b_['workers']} worker(s): {_fmt(b_['seconds'], ' s')}, {b_['segments']} segments, "
                         f"worker peak memory {', '.join(_fmt(m, ' MB') for m in b_['worker_peak_rss_mb'])}")
        lc, cc = c["retrieval_local"], c["retrieval_cluster"]
        lines.append(f"  top-{r['top_k']}: here p50 {_fmt(lc['p50_ms'])} ms, p95 {_fmt(lc['p95_ms'])} ms; through the "
                     f"cluster p50 {_fmt(cc['p50_ms'])} ms, p95 {_fmt(cc['p95_ms'])} ms")
    return "\n".join(lines)
