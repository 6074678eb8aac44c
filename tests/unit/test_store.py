"""The persistent index: reuse, incremental updates, recovery from damage, and index-time processing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from qa import sentences, store
from qa.corpus import load_corpus, seed_header
from qa.engine import Engine
from qa.index import CorpusIndex, _Pieces
from qa.lexicon.tokens import tokenize
from tests.conftest import NEWSWIRE, ROOT, SEEDS

ARRAYS = ("p_doc", "p_start", "p_end", "p_kind", "doc_first", "rows")
BM25_ARRAYS = ("doc_len", "indptr", "postings", "tf")  # a stored segment's, its postings decoded


def stored_arrays(bm25) -> list[dict[str, np.ndarray]]:
    """Each segment's BM25 arrays, its packed postings decoded."""
    return [{name: np.asarray(getattr(seg, name)) for name in BM25_ARRAYS} for seg, _ in bm25.parts]


class Warnings(list):
    def __call__(self, msg: str) -> None:
        assert "\n" not in msg
        self.append(msg)


def _open(root: Path, cache: Path, **kw):
    warn = Warnings()
    index = store.open_index(root, warn, index_dir=cache, **kw)
    return index, warn


def assert_same_as_fresh(index: CorpusIndex, root: Path) -> None:
    """The index equals an in-memory build of the corpus as it is now (with the index's Punkt)."""
    ref = CorpusIndex.build(load_corpus(root), punkt=index.punkt, workers=1)
    for name in ARRAYS:
        assert np.array_equal(getattr(index, name), getattr(ref, name)), name
    assert_same_scores(index.bm25, ref.bm25)
    assert [d.model_dump() for d in index.docs] == [d.model_dump() for d in ref.docs]


def assert_same_scores(bm25, ref) -> None:
    """Scores equal those of one index built over the same sentences: the stored arrays when the
    index is one segment, every term's scores (to rounding) when it is several."""
    assert list(bm25.vocab) == list(ref.vocab)
    if len(bm25.parts) == 1 and bm25.parts[0][0].dead is None:  # one segment: its arrays are one index's
        for name, value in stored_arrays(bm25)[0].items():
            assert np.array_equal(value, getattr(ref, name)), name
    assert bm25.n_docs == ref.n_docs and bm25.avgdl == pytest.approx(ref.avgdl, rel=1e-15)
    for t in ref.vocab:
        assert bm25.term_idf(t) == pytest.approx(ref.term_idf(t), rel=1e-12, abs=1e-12), t
        assert np.allclose(bm25.get_scores([t]), ref.get_scores([t]), rtol=1e-12, atol=1e-12), t
    terms = list(ref.vocab)
    for k in range(0, len(terms), 7):
        q = terms[k:k + 5]
        ids, scores = bm25.top_k(q, 10)
        rids, rscores = ref.top_k(q, 10)
        assert np.allclose(scores, rscores, rtol=1e-12) and list(ids) == list(rids), q


def _article(i: int, extra: str = "") -> str:
    return (f"Headline number {i}\n\nAcme Corp said on Monday it earned {i} mln dlrs in 1986, up from "
            f"{i + 1} mln dlrs. Chief executive John Smith{i} told reporters the board approved a dividend "
            f"of {i} cts a share.{extra}\n\nThe company employs {i * 100} people in Chicago.\n")


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    for i in range(4):
        (root / ("sub" if i % 2 else "") / f"a{i}.txt").write_text(_article(i), encoding="utf-8")
    recs = [{"id": f"r{i}", "title": f"Title {i}", "date": f"1987-03-0{i + 1}", "text": _article(10 + i)}
            for i in range(4)]
    (root / "wire.jsonl").write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    return root


def test_built_once_then_reused_and_equal_to_an_in_memory_build(folder, tmp_path):
    cache = tmp_path / "cache"
    index, warn = _open(folder, cache)
    assert index.store_info.status == "built" and not warn
    assert (index.store_info.path / store.MANIFEST).is_file()
    again, warn = _open(folder, cache)
    assert again.store_info.status == "reused" and not warn
    assert_same_as_fresh(again, folder)
    # the lazily loaded documents are those load_corpus reads, sha256 and all
    docs = load_corpus(folder)
    assert [d.sha256 for d in again.docs] == [d.sha256 for d in docs]
    assert again.docs[-1] == again.docs[len(docs) - 1] and again.docs[1:3] == [again.docs[1], again.docs[2]]
    assert again.by_id["wire.jsonl#r2"] == [d.id for d in docs].index("wire.jsonl#r2")
    p = again.passage(int(again.rows[3]))
    assert again.docs[again.by_id[p.doc_id]].text[p.start:p.end] == p.text


def test_the_index_is_keyed_by_the_resolved_corpus_path(folder, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    index, _ = _open(folder, cache)
    monkeypatch.chdir(folder.parent)
    same, _ = _open(Path("corpus"), cache)
    assert same.store_info.status == "reused" and same.store_info.path == index.store_info.path
    # sources keep the path as given, as load_corpus gives them
    assert same.docs[0].source == load_corpus(Path("corpus"))[0].source
    monkeypatch.setenv("NEWSQA_CACHE_DIR", str(tmp_path / "env-cache"))
    assert store.index_path(folder).parent.parent == tmp_path / "env-cache"


def test_incremental_add_modify_delete(folder, tmp_path):
    cache = tmp_path / "cache"
    first, _ = _open(folder, cache)
    (folder / "sub" / "new.md").write_text(_article(7), encoding="utf-8")
    index, warn = _open(folder, cache)
    info = index.store_info
    assert (info.status, info.files_added, info.docs_processed) == ("updated", 1, 1) and not warn
    assert_same_as_fresh(index, folder)

    (folder / "a0.txt").write_text(_article(0, " Profits rose sharply."), encoding="utf-8")
    index, _ = _open(folder, cache)
    info = index.store_info
    assert (info.status, info.files_changed, info.docs_processed) == ("updated", 1, 1)
    assert_same_as_fresh(index, folder)

    (folder / "sub" / "a1.txt").unlink()
    index, _ = _open(folder, cache)
    info = index.store_info
    assert (info.status, info.files_removed, info.docs_processed) == ("updated", 1, 0)
    assert_same_as_fresh(index, folder)

    # one changed record of a JSON Lines file: only its text is split again
    lines = (folder / "wire.jsonl").read_text(encoding="utf-8").splitlines()
    rec = json.loads(lines[2])
    rec["text"] = _article(99)
    lines[2] = json.dumps(rec)
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    index, _ = _open(folder, cache)
    info = index.store_info
    assert (info.status, info.docs_processed, info.docs_reused) == ("updated", 1, len(index.docs) - 1)
    assert_same_as_fresh(index, folder)
    assert index.punkt.abbrev_types == first.punkt.abbrev_types  # Punkt is learnt once, then kept
    where = index.store_info.path
    listed = {seg["name"] for seg in json.loads((where / store.MANIFEST).read_text())["segments"]}
    assert {p.name for p in where.iterdir() if p.name.startswith(("s-", ".tmp-"))} == listed  # no leftovers


def test_a_change_that_keeps_size_and_mtime_is_seen_by_content(folder, tmp_path):
    cache = tmp_path / "cache"
    _open(folder, cache)
    f = folder / "a2.txt"
    st = f.stat()
    text = f.read_text(encoding="utf-8").replace("Chicago", "Toronto")
    assert len(text) == st.st_size
    f.write_text(text, encoding="utf-8")
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))
    index, _ = _open(folder, cache)
    assert index.store_info.status == "updated"
    assert "Toronto" in index.docs[index.by_id["a2.txt"]].text


def test_a_racy_file_is_compared_by_content_until_a_later_check_settles_it(folder, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    index, _ = _open(folder, cache)  # every file was written just now: all racy
    reads = []
    real = store._same_content
    monkeypatch.setattr(store, "_same_content", lambda p, crc: reads.append(p.name) or real(p, crc))
    later = store.time.time_ns() + 2 * store.RACY_NS
    monkeypatch.setattr(store.time, "time_ns", lambda: later)
    again, _ = _open(folder, cache)
    assert again.store_info.status == "reused" and len(reads) == 5
    manifest = json.loads((index.store_info.path / store.MANIFEST).read_text())
    assert all(f["checked_ns"] == later for f in manifest["files"])
    reads.clear()
    third, _ = _open(folder, cache)
    assert third.store_info.status == "reused" and reads == []  # settled: stat is enough


def test_warnings_about_bad_files_are_said_once_per_build_and_on_request(folder, tmp_path):
    from qa.store import open_index

    (folder / "empty.txt").write_bytes(b"")
    (folder / "wire.jsonl").open("a", encoding="utf-8").write("not json\n")
    cache = tmp_path / "cache"
    _, warn = _open(folder, cache)
    assert len(warn) == 2 and "empty.txt: empty file" in warn[0] and "wire.jsonl:5: not valid JSON" in warn[1]
    again, warn2 = _open(folder, cache)
    assert again.store_info.status == "reused" and warn2 == []  # not on every command
    asked: list[str] = []
    open_index(folder, asked.append, index_dir=cache, all_skips=True)  # `qa index` says them again
    assert sorted(asked) == sorted(warn)


def test_many_skipped_files_are_counted_not_listed(folder, tmp_path):
    for i in range(12):
        (folder / f"empty{i:02}.txt").write_bytes(b"")
    _, warn = _open(folder, tmp_path / "cache")
    assert len(warn) == 6 and warn[-1].startswith("... and 7 more notes on the corpus's files (12 in all")


def _damage(index: CorpusIndex, how: str) -> None:
    where = index.store_info.path
    gen = where / json.loads((where / store.MANIFEST).read_text())["segments"][0]["name"]
    if how == "garbage":
        f = gen / "docs.bin"
        data = bytearray(f.read_bytes())
        data[len(data) // 2:len(data) // 2 + 16] = b"\xff" * 16
        f.write_bytes(bytes(data))
    elif how == "truncated":
        f = gen / "blk_doff.npy"
        f.write_bytes(f.read_bytes()[:-8])
    elif how == "missing file":
        (gen / "vocab.bin").unlink()
    elif how == "bad manifest":
        (where / store.MANIFEST).write_text("{not json", encoding="utf-8")
    elif how == "no manifest":
        (where / store.MANIFEST).unlink()
    elif how == "old format":
        m = json.loads((where / store.MANIFEST).read_text())
        m["format"] = store.FORMAT - 1
        (where / store.MANIFEST).write_text(json.dumps(m), encoding="utf-8")


@pytest.mark.parametrize("how,says", [
    ("garbage", "corrupt (docs.bin fails its checksum)"),
    ("truncated", "corrupt (blk_doff.npy has"),
    ("missing file", "corrupt (vocab.bin is missing)"),
    ("bad manifest", "corrupt (unreadable manifest"),
    ("no manifest", "incomplete (no manifest)"),
    ("old format", "in an old format"),
])
def test_a_damaged_index_is_reported_in_one_line_and_rebuilt(tmp_path, how, says):
    cache = tmp_path / "cache"
    index, _ = _open(SEEDS, cache)
    _damage(index, how)
    rebuilt, warn = _open(SEEDS, cache)
    assert len(warn) == 1 and says in warn[0] and warn[0].endswith("; rebuilding"), warn
    assert str(index.store_info.path) in warn[0]
    assert rebuilt.store_info.status == "rebuilt"
    assert_same_as_fresh(rebuilt, SEEDS)
    question = "How much military aid did Paris pledge this year?"
    assert Engine(rebuilt).ask(question).answers[0].text == "3 billion euros"
    again, warn = _open(SEEDS, cache)
    assert again.store_info.status == "reused" and not warn


def test_ctrl_c_during_an_update_leaves_the_previous_index(folder, tmp_path):
    cache = tmp_path / "cache"
    before, _ = _open(folder, cache)
    where = before.store_info.path
    manifest = (where / store.MANIFEST).read_text()
    (folder / "later.txt").write_text(_article(5), encoding="utf-8")

    def interrupt(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.open_index(folder, Warnings(), progress=interrupt, index_dir=cache)
    assert (where / store.MANIFEST).read_text() == manifest
    assert sorted(p.name for p in where.iterdir() if p.name not in {".lock", ".used"}) == sorted(
        [store.MANIFEST, *(seg["name"] for seg in json.loads(manifest)["segments"])])
    assert store.Stored.load(where, folder) is not None  # still whole
    index, warn = _open(folder, cache)
    assert index.store_info.status == "updated" and not warn


def test_worker_processes_give_the_same_index(tmp_path):
    corpus = NEWSWIRE / "articles.jsonl"
    one, _ = _open(corpus, tmp_path / "one", workers=1)
    two, _ = _open(corpus, tmp_path / "two", workers=2)
    assert two.store_info.workers == 2
    for name in ARRAYS:
        assert np.array_equal(getattr(one, name), getattr(two, name)), name
    for a, b in zip(stored_arrays(one.bm25), stored_arrays(two.bm25), strict=True):
        for name in BM25_ARRAYS:
            assert np.array_equal(a[name], b[name]), name
    assert list(one.bm25.vocab) == list(two.bm25.vocab)


def test_an_unwritable_cache_falls_back_to_memory(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    index, warn = _open(SEEDS, blocker)
    assert len(warn) == 1 and warn[0].startswith(f"cannot store the index at {blocker}")
    assert index.store_info.status == "memory" and len(index.docs) == 2


def test_engine_answers_the_same_from_the_cache(tmp_path):
    cached = Engine.from_path(NEWSWIRE / "articles.jsonl", index_dir=tmp_path / "cache")
    reopened = Engine.from_path(NEWSWIRE / "articles.jsonl", index_dir=tmp_path / "cache")
    memory = Engine.from_path(NEWSWIRE / "articles.jsonl", cache=False)
    assert reopened.index.store_info.status == "reused"
    questions = [json.loads(x)["question"] for x in (NEWSWIRE / "gold.jsonl").read_text().splitlines()][::6]
    for q in questions:
        a, b = reopened.ask(q), memory.ask(q)
        assert [x.model_dump() for x in a.answers] == [x.model_dump() for x in b.answers], q
    assert cached.index.store_info.status == "built"


def test_qa_index_command(tmp_path):
    cmd = [sys.executable, "-m", "newsqa", "index", "--corpus", str(SEEDS), "--index-dir", str(tmp_path)]
    first = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    assert first.returncode == 0 and first.stderr == "", first.stderr
    assert "2 documents" in first.stdout and ": built in" in first.stdout and f"stored in {tmp_path}" in first.stdout
    second = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    assert second.returncode == 0 and ": up to date in" in second.stdout
    assert len(first.stdout.splitlines()) == 1


# -- what the index is made of: the same splits and tokens as the plain code path ---------------
def _reference_split(text: str, punkt) -> list[tuple[int, int, str]]:
    """sentences.split as first written: nltk's Punkt on every line, each junk pattern in turn."""
    from qa import lexicon

    _, start = seed_header(text)
    out = []
    for ls, le in sentences._lines(text, start):
        ls, le = sentences._trim(text, ls, le)
        if ls >= le:
            continue
        by = sentences.bylines(text, ls, le)
        if by:
            out.extend((a, b, "byline") for a, b in by)
            continue
        line = text[ls:le]  # a break after an initialism before no sentence opener is undone, as split does
        for s, e in sentences._rejoin_initialisms(line, list(punkt.span_tokenize(line)), punkt):
            a, b = sentences._trim(text, ls + s, ls + e)
            credit = sentences._CREDIT.search(text, a, b)
            if credit:
                a, b = sentences._trim(text, a, credit.start())
            if b <= a:
                continue
            s_ = text[a:b].strip()
            if not sentences._WORDISH.search(s_) or any(p.search(s_) for p in lexicon.junk_patterns()):
                continue
            out.append((a, b, "sentence"))
    return out


def test_fast_splitting_equals_plain_punkt():
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    docs = load_corpus(NEWSWIRE / "articles.jsonl") + load_corpus(SEEDS)
    params = sentences.train(sentences.body(d.text) for d in docs)
    plain, fast = PunktSentenceTokenizer(params), sentences.tokenizer(params)
    extra = ["Mr. Smith went to Washington. He said: \"No.\" (Reuters photo/AP) Then (he left.) Done!",
             "Prices rose 3.2 pct. in March... Really? Yes! U.S. officials agreed.\n\nby Jane Roe and John Doe",
             "Skip to content\nSubscribe to our newsletter for updates\nA caption here. (Getty Images)"]
    for text in [d.text for d in docs] + extra:
        got = [(s.start, s.end, s.kind) for s in sentences.split(text, fast)]
        assert got == _reference_split(text, plain)


def test_piecewise_tokenizing_equals_tokenize():
    texts = ["The Ministers pledged 3.2 billion to Ukraine's army", "U.S. officials' AT&T's O'Neill’s",
             "İstanbul KELVIN Ǆemal naïve café ΣΟΦΙΑΣ", "a  b\tc\u2028d\u00a0e x.y.z. -- 1,000,000 dlrs",
             "", "   ", "don't stop: it's 5 o'clock"]
    texts += [line for d in load_corpus(NEWSWIRE / "articles.jsonl")[:30] for line in d.text.splitlines()]
    pieces = _Pieces()
    lens, ids = pieces.run(texts)
    flat = [pieces.terms[i] for i in ids.tolist()]
    pos = 0
    for text, n in zip(texts, lens.tolist()):
        assert flat[pos:pos + n] == tokenize(text), text
        pos += n
    assert pos == len(flat)


def test_an_archive_of_repeated_stories_updates_instead_of_rebuilding(tmp_path):
    """Wire services repeat stories: a JSON Lines file where every text appears three times
    gets 1 new record appended. Every stored copy is reused (not one per text, which left
    two thirds to split again and rebuilt the whole index), and the result equals a fresh build."""
    root = tmp_path / "wire"
    root.mkdir()
    recs = [{"id": f"r{i}-{k}", "date": "1987-03-02", "text": _article(i)} for i in range(8) for k in range(3)]
    path = root / "wire.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    cache = tmp_path / "cache"
    first, _ = _open(root, cache)
    assert first.store_info.status == "built"
    with path.open("a", encoding="utf-8") as f:
        f.write(json.dumps({"id": "new", "date": "1987-03-03", "text": _article(99)}) + "\n")
    index, warn = _open(root, cache)
    assert index.store_info.status == "updated" and not warn
    assert index.store_info.docs_reused == len(recs)
    assert_same_as_fresh(index, root)


def _records(n: int, start: int = 0) -> list[dict]:
    return [{"id": f"r{i}", "date": "1987-03-02", "text": _article(i)} for i in range(start, start + n)]


def _write(path: Path, recs: list[dict], end: str = "\n") -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in recs)[:-1] + end, encoding="utf-8")


@pytest.mark.parametrize("case", ["appended", "appended with a repeated id", "changed inside",
                                  "last line continued", "mostly new"])
def test_a_grown_json_lines_file_updates_right(tmp_path, case):
    """Records appended to a JSON Lines file: only the appended lines are read and split, and
    the index equals a fresh build, warnings and line numbers included. A file changed
    elsewhere, or whose last line was continued, is read whole."""
    root = tmp_path / "wire"
    root.mkdir()
    path = root / "wire.jsonl"
    old = _records(10)
    _write(path, old, end="" if case == "last line continued" else "\n")
    cache = tmp_path / "cache"
    _open(root, cache)
    new = _records(2, start=50)
    if case == "appended with a repeated id":
        new[1]["id"] = "r3"
    if case == "mostly new":
        new = _records(30, start=50)
    if case == "changed inside":
        _write(path, [*old[:4], {**old[4], "text": _article(77)}, *old[5:], *new])
    elif case == "last line continued":
        # the old last line, which had no end, goes on: it is no longer JSON, and a fresh build drops it
        path.write_text(path.read_text(encoding="utf-8") + 'x\n' + "".join(json.dumps(r) + "\n" for r in new),
                        encoding="utf-8")
    else:
        with path.open("a", encoding="utf-8") as f:
            f.write("".join(json.dumps(r) + "\n" for r in new))
    index, warn = _open(root, cache)
    fresh_warnings = Warnings()
    load_corpus(root, fresh_warnings)
    assert list(warn) == list(fresh_warnings)  # the same notes (a repeated id: its line, once)
    info = index.store_info
    if case == "mostly new":
        assert info.status == "rebuilt"
    else:
        assert info.status == "updated"
        split = {"appended": 2, "appended with a repeated id": 1, "changed inside": 3, "last line continued": 2}
        assert info.docs_processed == split[case]
    assert_same_as_fresh(index, root)


def test_an_update_says_its_notes_in_the_order_a_fresh_build_does(tmp_path):
    """Kept files' stored notes and a re-read file's new ones come in corpus order, as a fresh build says them."""
    root = tmp_path / "wire"
    root.mkdir()
    (root / "a-empty.txt").write_bytes(b"")
    _write(root / "b.jsonl", _records(4))
    (root / "c-empty.txt").write_bytes(b"")
    cache = tmp_path / "cache"
    _open(root, cache)
    with (root / "b.jsonl").open("a", encoding="utf-8") as f:  # b changes and is read again; a and c are kept
        f.write("not json\n")
    os.utime(root / "b.jsonl", ns=(1, 1))
    index, warn = _open(root, cache)
    fresh = Warnings()
    load_corpus(root, fresh)
    assert index.store_info.status != "reused"
    assert len(warn) == 3 and list(warn) == list(fresh)
    assert "a-empty" in warn[0] and "b.jsonl:5" in warn[1] and "c-empty" in warn[2]
