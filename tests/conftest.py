"""Shared fixtures: every test writes caches and history under tmp dirs, never the user's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
NEWSWIRE = Path(__file__).resolve().parent / "data" / "newswire"


@pytest.fixture(autouse=True, scope="session")
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory) -> None:
    base = tmp_path_factory.mktemp("user-dirs")
    os.environ["NEWSQA_CACHE_DIR"] = str(base / "cache")
    os.environ["NEWSQA_DATA_DIR"] = str(base / "data")
    os.environ["NEWSQA_DEBUG"] = "1"  # a bug is a traceback in the tests, not a line of isolation


@pytest.fixture(scope="session")
def seed_engine():
    from qa import Engine

    return Engine.from_path(SEEDS, cache=False)
