import datetime as dt
import json
import os
from pathlib import Path

import pytest

from qa.corpus import load_corpus, seed_header
from qa.errors import QAError
from tests.conftest import SEEDS


def test_seed_format_gives_date_and_keeps_original_text():
    docs = load_corpus(SEEDS)
    assert [d.id for d in docs] == ["000_ef42ed6bd980c635.txt", "003_03d3eeb5d0f6e6c6.txt"]
    assert docs[0].date == dt.date(2024, 3, 5)
    assert docs[1].date == dt.date(2025, 3, 11)
    assert docs[0].text == (SEEDS / docs[0].id).read_text(encoding="utf-8")


def test_seed_header_body_offset():
    date, body = seed_header(" date 2025-03-11 French President")
    assert date == dt.date(2025, 3, 11)
    assert " date 2025-03-11 French President"[body:] == "French President"
    assert seed_header("No header here") == (None, 0)


def test_plain_text_and_markdown_have_no_date(tmp_path):
    (tmp_path / "a.txt").write_text("The mayor, John Smith, spoke on Monday.\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("# Title\n\nSome text here.\n", encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("x,y\n", encoding="utf-8")
    docs = load_corpus(tmp_path)
    assert [d.id for d in docs] == ["a.txt", "sub/b.md"]
    assert all(d.date is None for d in docs)


def test_jsonl_corpus(tmp_path):
    f = tmp_path / "c.jsonl"
    recs = [
        {"id": "1", "title": "T", "date": "1987-02-26", "source": "x", "text": "Net rose 12 pct."},
        {"id": "2", "title": None, "date": None, "source": "x", "text": "Second."},
    ]
    f.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    docs = load_corpus(f)
    # a record's id names its file, as when the file's folder is the corpus
    assert [(d.id, d.title, d.date) for d in docs] == [("c.jsonl#1", "T", dt.date(1987, 2, 26)),
                                                     ("c.jsonl#2", None, None)]
    assert [d.id for d in load_corpus(tmp_path)] == ["c.jsonl#1", "c.jsonl#2"]
    assert all(Path(d.source.rsplit(":", 1)[0]).is_absolute() for d in load_corpus(Path(os.path.relpath(f))))


def test_bad_files_are_skipped_with_one_line_warnings(tmp_path):
    (tmp_path / "good.txt").write_text("A fine article.", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 au lait".encode("latin-1"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "bad.jsonl").write_text('{"id": "1", "text": "ok"}\nnot json\n{"id": "2"}\n', encoding="utf-8")
    warnings: list[str] = []
    docs = load_corpus(tmp_path, warnings.append)
    assert sorted(d.id for d in docs) == ["bad.jsonl#1", "good.txt"]
    joined = "\n".join(warnings)
    assert "latin1.txt: not UTF-8" in joined
    assert "empty.txt: empty file" in joined and "blank.md: empty file" in joined
    assert "binary.txt: binary file" in joined
    assert "bad.jsonl:2: not valid JSON" in joined and "bad.jsonl:3: no 'text' field" in joined
    assert all("\n" not in w for w in warnings)


def test_missing_path_and_empty_corpus_are_errors(tmp_path):
    with pytest.raises(QAError, match="not found"):
        load_corpus(tmp_path / "nope")
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(QAError, match="no readable articles"):
        load_corpus(tmp_path)
