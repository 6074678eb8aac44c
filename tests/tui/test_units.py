"""Unit tests of the TUI's pure parts: wrapping, span mapping, citations, labels."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tui.app import corpus_label, run
from tui.results import ResultItem, doc_name, type_label
from tui.widgets.article import wrap_offsets
from tui.widgets.source import squeeze

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.mark.parametrize("width", [8, 13, 20, 37, 80])
def test_wrap_offsets_cover_the_text_and_fit(width):
    text = ("First line of an article, long enough to wrap a few times over.\n\n"
            "A second paragraph with a Supercalifragilisticexpialidocious word.\nshort")
    lines = wrap_offsets(text, width)
    # in order, no gaps except the line breaks themselves
    rebuilt = []
    for (a, b), nxt in zip(lines, lines[1:] + [(len(text), len(text))]):
        assert a <= b <= nxt[0]
        assert len(text[a:b].rstrip()) <= width
        rebuilt.append(text[a:b])
        rebuilt.append(text[b:nxt[0]])
    assert "".join(rebuilt) == text
    assert any(a == b for a, b in lines)  # the blank line between paragraphs stays


def test_squeeze_keeps_the_span_on_the_same_words():
    text = "  Paris  pledged\n3 billion   euros ($3.2 billion)\n"
    a = text.index("3 billion")
    b = text.index("euros") + len("euros")
    squeezed, (x, y) = squeeze(text, (a, b))
    assert squeezed == "Paris pledged 3 billion euros ($3.2 billion)"
    assert squeezed[x:y] == "3 billion euros"
    assert squeeze("no span", None) == ("no span", None)


def _item(**kw) -> ResultItem:
    base = {"kind": "answer", "rank": 1, "text": "last Wednesday", "type_label": "WHEN", "value": "2025-03-05",
            "score": 0.81, "doc_id": "003_x.txt", "doc_name": "003_x.txt", "date": "2025-03-11",
            "sentence_index": 8, "sentence_start": 0, "sentence_end": 10, "span_start": 2, "span_end": 5}
    base.update(kw)
    return ResultItem(**base)


def test_citation_text_format():
    assert _item().citation_text() == "last Wednesday — 003_x.txt:8 (2025-03-11)"  # `qa show 003_x.txt:8`
    titled = _item(doc_id="bbc.jsonl#business-017", doc_name="Ad sales boost Time Warner profit", date="undated")
    assert titled.citation_text() == "last Wednesday — bbc.jsonl#business-017:8 (Ad sales boost Time Warner profit, undated)"
    assert "\x1b" not in _item(doc_id="a\x1b[2Jb").ref  # an id from the corpus is made printable


def test_names_and_labels(tmp_path, monkeypatch):
    assert doc_name("17", "  COCOA EXPORTS  ") == "COCOA EXPORTS"
    assert doc_name("17", None) == "17"
    assert type_label("how_much") == "HOW MUCH"
    assert corpus_label(None) == "seed corpus"
    assert corpus_label(str(SEEDS), SEEDS) == "seed corpus"  # how the CLI passes the seeds
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "news").mkdir()
    assert corpus_label(str(tmp_path / "news")) == "~/news"


def test_entry_points():
    assert callable(run)
    out = subprocess.run([sys.executable, "-m", "tui", "--help"], capture_output=True, text=True, timeout=30,
                         check=False)
    assert out.returncode == 0 and "--corpus" in out.stdout
