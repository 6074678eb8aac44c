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
    "archive-a": (67, 51, 29), "archive-b": (58, 40, 29), "archive-c": (61, 39, 27), "archive-d": (63, 44, 27),
    "archive-e": (66, 39, 31), "archive-f": (59, 43, 30), "archive-g": (66, 51, 30), "archive-h": (68, 45, 29),
    "archive-i": (64, 40, 31), "archive-j": (62, 43, 31), "archive-k": (70, 40, 30), "archive-l": (65, 49, 28),
    "archive-m": (64, 47, 30), "archive-n": (57, 40, 30), "archive-o": (62, 42, 29), "archive-p": (59, 46, 30),
    "archive-q": (59, 44, 32), "archive-r": (64, 42, 30), "archive-s": (61, 42, 31), "archive-t": (70, 44, 30),
    "archive-u": (64, 37, 30), "archive-v": (64, 44, 27), "archive-w": (67, 44, 30), "archive-x": (67, 45, 30),
    "archive-y": (66, 47, 29), "archive-z2": (66, 42, 31), "archive-z3": (63, 48, 30), "archive-z4": (63, 48, 28),
    "archive-z5": (63, 44, 28), "archive-z6": (62, 45, 30), "archive-z7": (65, 42, 30), "archive-z8": (54, 40, 31),
    "archive-z9": (69, 43, 28), "archive-za": (67, 53, 30), "archive-zb": (61, 44, 31), "archive-zc": (63, 42, 29),
    "archive-zd": (60, 34, 30), "archive-ze": (61, 43, 30), "archive-zf": (60, 44, 29), "archive-zg": (66, 47, 30),
    "archive-zh": (68, 48, 28), "archive-zi": (57, 43, 29), "archive-zj": (54, 35, 29), "archive-zk": (62, 48, 29),
    "heldout": (70, 47, 27), "newswire": (272, 219, 26),
    "newswire-b": (79, 57, 29), "newswire-c": (81, 53, 28), "newswire-d": (63, 47, 24), "newswire-e": (68, 53, 23),
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
