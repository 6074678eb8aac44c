"""A large JSON Lines file read through a memory map reads exactly as its bytes do."""

from __future__ import annotations

import json
import zlib

import pytest

from qa import corpus, mapped, store
from qa.mapped import Mapped, blank, crc32_of
from tests.conftest import NEWSWIRE


@pytest.fixture()
def small_maps(monkeypatch):
    """Every JSON Lines file mapped, pages let go every 4 KB, read 5 bytes at a time."""
    monkeypatch.setattr(corpus, "MAP_AT", 0)
    monkeypatch.setattr(mapped, "RELEASE_EVERY", 4096)
    monkeypatch.setattr(mapped, "CHUNK", 5)


def test_a_mapped_file_reads_like_its_bytes(tmp_path, small_maps):
    raw = b"\xef\xbb\xbf" + b"".join(json.dumps({"id": i, "text": f"Line {i} \u00e9."}).encode() + b"\r\n"
                                     for i in range(3000)) + b"\xff\xfe not utf-8\n{\"text\": \"last\"}"
    path = tmp_path / "wire.jsonl"
    path.write_bytes(raw)
    data = corpus.read_bytes(path, print)
    assert isinstance(data, Mapped) and len(data) == len(raw)
    assert data[10:50] == raw[10:50] and data.find(b"\n", 100) == raw.find(b"\n", 100)
    assert data.count(b"\n", 7, 90_000) == raw.count(b"\n", 7, 90_000)
    assert crc32_of(data) == zlib.crc32(raw) and crc32_of(data, 1234) == zlib.crc32(raw[:1234])
    got: list[str] = []
    want: list[str] = []
    reading = corpus.jsonl_records(path, got.append, data=data)  # after the checksum, a new pass from the start
    head = [next(reading) for _ in range(1500)]
    assert 0 < data._released < len(raw) // 2 + 4096  # the pages behind the parse went back, not those ahead
    records = head + list(reading)
    assert records == list(corpus.jsonl_records(path, want.append, data=raw)) and len(records) == 3001
    assert got == want and any("not UTF-8" in w for w in want)
    blank_file = tmp_path / "blank.jsonl"
    blank_file.write_bytes(b" \n\t\n" * 10)
    assert blank(Mapped(blank_file)) and not blank(data)


def test_an_index_built_from_mapped_files_equals_one_built_from_their_bytes(tmp_path, small_maps, monkeypatch):
    lines = (NEWSWIRE / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    root = tmp_path / "wire"
    root.mkdir()
    (root / "a.jsonl").write_text("\n".join(lines[:50]) + "\n", encoding="utf-8")
    mapped_index = store.open_index(root, lambda _: None, index_dir=tmp_path / "mapped")
    with (root / "a.jsonl").open("a", encoding="utf-8") as f:  # an update reading only the appended lines
        f.write("\n".join(lines[50:60]) + "\n")
    updated = store.open_index(root, lambda _: None, index_dir=tmp_path / "mapped")
    assert updated.store_info.status == "updated" and len(updated.docs) == len(mapped_index.docs) + 10
    monkeypatch.setattr(corpus, "MAP_AT", 1 << 62)  # the reference: read as bytes
    docs = corpus.load_corpus(root)
    assert [d.model_dump() for d in updated.docs] == [d.model_dump() for d in docs]
