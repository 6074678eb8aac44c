"""Privacy: the index holds the corpus's full text and the history what was asked, so
both are created for their owner only (files 0600, folders 0700)."""

from __future__ import annotations

import stat

from qa import Engine, store
from tests.conftest import SEEDS


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_index_is_private(tmp_path):
    cache = tmp_path / "cache"
    engine = Engine.from_path(SEEDS, index_dir=cache)
    where = engine.index.store_info.path
    assert mode(where) == 0o700 and mode(where.parent) == 0o700
    files = [p for p in where.rglob("*")]
    assert any(p.name == "texts.bin" for p in files) and any(p.name == ".lock" for p in files)
    for p in files:
        assert mode(p) == (0o700 if p.is_dir() else 0o600), p


def test_an_index_folder_left_open_by_an_older_version_is_closed(tmp_path):
    cache = tmp_path / "cache"
    where = store.index_path(SEEDS, cache)
    where.mkdir(parents=True)
    where.chmod(0o755)
    Engine.from_path(SEEDS, index_dir=cache)
    assert mode(where) == 0o700


def test_the_question_history_is_private(tmp_path, monkeypatch):
    from tui.history import History

    monkeypatch.setenv("NEWSQA_DATA_DIR", str(tmp_path / "data"))
    history = History.load()
    history.add("Who is the NATO Secretary General?")
    assert history.error is None
    assert mode(tmp_path / "data") == 0o700 and mode(tmp_path / "data" / "history.txt") == 0o600
