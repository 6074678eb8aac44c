"""Every gold set keeps a floor on its own articles, as first measured with the shipped
confidence model minus a margin (two answers, one "no answer"): the top answer by probability
right (how well answers are ranked, whatever the bar), the answers given at the model's bar
that are right, and unanswerable questions answered "no answer". The blind held-out set has
a floor too, but is never tuned on."""

from __future__ import annotations

import pytest

from tests.gold.conftest import DATA, own_outcomes

# set: (top answer right, right answers given at the bar, "no answer" for the unanswerable)
FLOORS = {
    "archive-a": (63, 33, 29), "archive-b": (57, 29, 29), "archive-c": (57, 26, 29), "archive-d": (54, 17, 28),
    "archive-e": (60, 15, 31), "archive-f": (55, 24, 31), "archive-g": (64, 32, 30),
    "archive-h": (57, 29, 29), "archive-i": (56, 28, 31), "archive-j": (52, 30, 31),
    "archive-k": (60, 26, 30), "archive-l": (61, 28, 27), "archive-m": (53, 21, 31),
    "archive-n": (53, 25, 31), "archive-o": (58, 25, 29), "archive-p": (51, 31, 30),
    "archive-q": (56, 31, 32), "archive-r": (57, 29, 30), "archive-s": (60, 26, 31),
    "archive-t": (63, 31, 29), "archive-u": (56, 23, 30), "archive-v": (56, 25, 28),
    "archive-w": (55, 32, 30), "archive-x": (60, 25, 28), "archive-y": (64, 32, 30),
    "archive-z2": (62, 30, 30), "archive-z3": (58, 36, 30), "archive-z4": (61, 42, 29),
    "archive-z5": (61, 31, 29), "archive-z6": (60, 35, 30), "archive-z7": (64, 34, 29), "archive-z8": (52, 36, 31),
    "heldout": (66, 30, 28), "newswire": (271, 164, 27),
    "newswire-b": (78, 39, 29), "newswire-c": (80, 38, 28), "newswire-d": (64, 32, 24), "newswire-e": (66, 37, 24),
}


# newswire's outcomes are shared with test_newswire_eval.py: asked once, in one process
@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xdist_group("newswire")) if n == "newswire" else n
                                  for n in sorted(FLOORS)])
def test_gold_set_floor(name: str) -> None:
    outcomes = own_outcomes(name)
    top = sum(o.top_right for o in outcomes)
    given_right = sum(1 for o in outcomes if o.given and o.answerable and o.em == 1.0)
    no_answer = sum(1 for o in outcomes if not o.answerable and o.got is None)
    floor = FLOORS[name]
    assert top >= floor[0] and given_right >= floor[1] and no_answer >= floor[2], (name, top, given_right, no_answer)


def test_every_gold_set_has_a_floor() -> None:
    assert {p.parent.name for p in DATA.glob("*/gold.jsonl")} == set(FLOORS)
