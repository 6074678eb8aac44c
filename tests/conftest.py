"""Shared fixtures: every test writes caches and history under tmp dirs, never the user's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
NEWSWIRE = Path(__file__).resolve().parent / "data" / "newswire"

# One thread per test process: the suite runs one process per core, and OpenMP's or OpenBLAS's
# worker threads spin while they wait for a core the other process holds (scikit-learn's trees
# took 24 s in the suite against 1.6 s alone). Set before numpy or scikit-learn is imported.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


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
