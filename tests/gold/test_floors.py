"""Every gold set keeps a floor on its own articles: exact-match answers and unanswerable
questions answered "no answer" may not fall below what the rules gave when the floor was set
(a margin of two and one). The blind held-out set has a floor too, but is never tuned on."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa import Engine
from qa.evaluate import gold_set, run_set, summarize

DATA = Path(__file__).resolve().parents[1] / "data"
# set: (right answers of the answerable, "no answer" for the unanswerable), as first measured minus a margin
FLOORS = {
    "newswire": (258, 26), "newswire-b": (78, 27), "newswire-c": (73, 27), "newswire-d": (59, 23),
    "newswire-e": (60, 23), "archive-a": (48, 22), "archive-b": (41, 16), "archive-c": (40, 19),
    "heldout": (58, 24),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_set_floor(name: str) -> None:
    gs = gold_set(str(DATA / name / "gold.jsonl"))
    assert gs.own is not None
    outcomes, _ = run_set(Engine.from_path(gs.own, cache=False), gs.items)
    overall = summarize(outcomes)["overall"]
    right = int(overall["em_count"])
    no_answer = sum(1 for o in outcomes if not o.answerable and o.got is None)
    em_floor, na_floor = FLOORS[name]
    assert right >= em_floor and no_answer >= na_floor, (name, right, no_answer, FLOORS[name])


def test_every_gold_set_has_a_floor() -> None:
    assert {p.parent.name for p in DATA.glob("*/gold.jsonl")} == set(FLOORS)
