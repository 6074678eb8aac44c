"""Index damage: bit rot that keeps sizes and mtimes, zeroed files and crafted manifests
are caught (each file's digest on its first use), reported in one line and rebuilt."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from qa import Engine, store
from tests.conftest import SEEDS

QUESTION = "How much military aid did Paris pledge this year?"
ANSWER = "3 billion euros"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A stored index of a copy of the seeds, built once; each test damages a copy of it."""
    base = tmp_path_factory.mktemp("damage")
    corpus = base / "corpus"
    shutil.copytree(SEEDS, corpus)
    (corpus / "wire.jsonl").write_text(json.dumps({  # a title and a byline: no index file is empty
        "id": "w1", "title": "Acme hires", "text": "By John Smith\nAcme Corp hired 40 engineers."}) + "\n")
    Engine.from_path(corpus, index_dir=base / "cache").ask(QUESTION)
    return corpus, base / "cache"


def fresh_copy(built, tmp_path):
    corpus, cache = built
    shutil.copytree(cache, tmp_path / "cache", copy_function=shutil.copy2)  # mtimes kept
    where = store.index_path(corpus, tmp_path / "cache")
    manifest = json.loads((where / store.MANIFEST).read_text())
    return corpus, tmp_path / "cache", where, where / manifest["segments"][0]["name"], manifest


def keep_stat(path, change) -> None:
    """Change a file's bytes in place, its size and mtime as they were (bit rot)."""
    st = path.stat()
    data = bytearray(path.read_bytes())
    change(data)
    path.write_bytes(bytes(data))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size and path.stat().st_mtime_ns == st.st_mtime_ns


def ask_after(corpus, cache):
    warnings: list[str] = []
    engine = Engine.from_path(corpus, warn=warnings.append, index_dir=cache)
    assert engine.ask("How many engineers did Acme hire?").answers[0].text == "40 engineers"  # reads the title
    res = engine.ask(QUESTION)
    return res, warnings


def flip(data: bytearray) -> None:
    data[len(data) * 2 // 3] ^= 0x20


def zero(data: bytearray) -> None:
    data[:] = bytes(len(data))


@pytest.mark.parametrize("name", sorted(store.KNOWN_FILES))
@pytest.mark.parametrize("how", [flip, zero], ids=["flipped", "zeroed"])
def test_rot_in_any_index_file_is_caught_and_rebuilt(built, tmp_path, name, how):
    corpus, cache, where, gen, _ = fresh_copy(built, tmp_path)
    assert (gen / name).stat().st_size > 0
    keep_stat(gen / name, how)
    if name == "punkt.json":  # only an update reads it: it is checked then
        res, warnings = ask_after(corpus, cache)
        assert res.answers[0].text == ANSWER and not warnings
        (corpus / "new.txt").write_text("Bolt Inc said it hired 40 engineers.\n", encoding="utf-8")
    try:
        res, warnings = ask_after(corpus, cache)
    finally:
        (corpus / "new.txt").unlink(missing_ok=True)
    assert res.answers[0].text == ANSWER
    assert len(warnings) == 1 and warnings[0].startswith(f"index at {where} is corrupt (")
    assert warnings[0].endswith("; rebuilding")
    res, again = ask_after(corpus, cache)  # rebuilt for good
    assert res.answers[0].text == ANSWER and not again


@pytest.mark.parametrize("craft", [
    lambda m: m.update(files=5),
    lambda m: m["files"][0].update(docs=[0, 10**12]),
    lambda m: m.update(docs=-1),
    lambda m: m["segments"][0].update(name="../../../etc"),
    lambda m: m["segments"][0]["checksums"].update({"../../secret.txt": [1, 1, "0"]}),
    lambda m: m["segments"][0]["checksums"].update({"texts.bin": "x"}),
    lambda m: m["segments"][0].update(checksums=[]),
    lambda m: m["files"][0].update(pieces=[[0, 0, 10**6]]),
    lambda m: m["files"][0].update(pieces=[[7, 0, 1]]),
    lambda m: m.update(segments=[]),
], ids=["files-5", "huge-docs", "negative-docs", "segment-path", "foreign-file", "bad-checksum", "no-checksums",
        "piece-past-segment", "piece-in-no-segment", "no-segments"])
def test_a_crafted_manifest_is_rejected_and_rebuilt(built, tmp_path, craft):
    corpus, cache, where, _, manifest = fresh_copy(built, tmp_path)
    craft(manifest)
    (where / store.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    res, warnings = ask_after(corpus, cache)
    assert res.answers[0].text == ANSWER
    assert len(warnings) == 1 and "is corrupt (manifest: " in warnings[0] and warnings[0].endswith("; rebuilding")


def rewrite_keeping_checksums(where, gen, manifest, name, data: bytes) -> None:
    """Replace a file and make the manifest agree with it: damage no digest can see."""
    (gen / name).write_bytes(data)
    st = (gen / name).stat()
    manifest["segments"][0]["checksums"][name] = [st.st_size, st.st_mtime_ns, store._file_digest(gen / name)]
    (where / store.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def test_unreadable_authors_json_is_rebuilt_not_exit_2(built, tmp_path):
    corpus, cache, where, gen, manifest = fresh_copy(built, tmp_path)
    rewrite_keeping_checksums(where, gen, manifest, "authors.json", b"{not json")
    res, warnings = ask_after(corpus, cache)
    assert res.answers[0].text == ANSWER
    assert warnings == [f"index at {where} is corrupt (authors.json is unreadable: JSONDecodeError); rebuilding"]


def test_unreadable_punkt_json_is_rebuilt_when_an_update_needs_it(built, tmp_path):
    corpus, cache, where, gen, manifest = fresh_copy(built, tmp_path)
    rewrite_keeping_checksums(where, gen, manifest, "punkt.json", b"[1, 2")
    (corpus / "new.txt").write_text("Bolt Inc said it hired 40 engineers.\n", encoding="utf-8")
    try:
        res, warnings = ask_after(corpus, cache)
    finally:
        (corpus / "new.txt").unlink()
    assert res.answers[0].text == ANSWER
    assert warnings == [f"index at {where} is corrupt (punkt.json is unreadable: JSONDecodeError); rebuilding"]
