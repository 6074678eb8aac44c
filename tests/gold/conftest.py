"""What the gold tests share: each set asked once per test process, on its own articles."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from qa import Engine
from qa.evaluate import Outcome, gold_set, run_set

DATA = Path(__file__).resolve().parents[1] / "data"


@cache
def own_outcomes(name: str, every: int = 1) -> tuple[Outcome, ...]:
    """The set's questions asked over its own articles, at the model's bar: every one, or
    every `every`-th from the first."""
    gs = gold_set(str(DATA / name / "gold.jsonl"))
    assert gs.own is not None
    return tuple(run_set(Engine.from_path(gs.own, cache=False), gs.items[::every])[0])
