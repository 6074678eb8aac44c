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
    "archive-a": (67, 39, 29), "archive-b": (59, 31, 29), "archive-c": (61, 37, 28), "archive-d": (63, 38, 27),
    "archive-e": (68, 33, 31), "archive-f": (62, 38, 31), "archive-g": (66, 40, 30), "archive-h": (69, 40, 29),
    "archive-i": (65, 34, 31), "archive-j": (63, 38, 31), "archive-k": (69, 34, 30), "archive-l": (66, 38, 28),
    "archive-m": (65, 40, 30), "archive-n": (56, 33, 31), "archive-o": (63, 36, 30), "archive-p": (62, 40, 30),
    "archive-q": (59, 38, 32), "archive-r": (62, 37, 31), "archive-s": (63, 38, 31), "archive-t": (70, 42, 30),
    "archive-u": (64, 35, 31), "archive-v": (64, 41, 27), "archive-w": (66, 40, 30), "archive-x": (68, 42, 30),
    "archive-y": (66, 40, 30), "archive-z2": (65, 37, 31), "archive-z3": (61, 38, 30), "archive-z4": (64, 44, 29),
    "archive-z5": (64, 37, 29), "archive-z6": (63, 38, 30), "archive-z7": (68, 38, 29), "archive-z8": (57, 36, 31),
    "archive-z9": (69, 35, 29), "archive-za": (66, 42, 30), "archive-zb": (61, 38, 31), "archive-zc": (64, 35, 29),
    "archive-zd": (59, 31, 32), "archive-ze": (62, 43, 29), "archive-zf": (66, 41, 29), "archive-zg": (65, 46, 30),
    "archive-zh": (69, 41, 28), "archive-zi": (59, 42, 29), "archive-zj": (56, 33, 31), "archive-zk": (67, 41, 29),
    "archive-zl": (61, 32, 31), "archive-zm": (65, 35, 28), "archive-zn": (62, 34, 30), "archive-zo": (66, 37, 30),
    "archive-zp": (62, 35, 32), "archive-zq": (59, 34, 27), "archive-zr": (58, 32, 29), "archive-zs": (59, 30, 30),
    "archive-zt": (63, 34, 30), "archive-zu": (56, 35, 30), "archive-zv": (55, 31, 27), "archive-zw": (59, 36, 27),
    "heldout": (70, 43, 27), "newswire": (272, 191, 25),
    "newswire-b": (79, 46, 29), "newswire-c": (81, 49, 28), "newswire-d": (63, 40, 24), "newswire-e": (69, 43, 23),
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
