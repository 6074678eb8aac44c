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
    "archive-a": (67, 38, 29), "archive-b": (58, 31, 29), "archive-c": (62, 35, 28), "archive-d": (62, 37, 27),
    "archive-e": (68, 29, 31), "archive-f": (63, 37, 31), "archive-g": (66, 41, 30), "archive-h": (66, 41, 29),
    "archive-i": (65, 33, 30), "archive-j": (63, 39, 31), "archive-k": (68, 35, 30), "archive-l": (66, 40, 28),
    "archive-m": (65, 36, 30), "archive-n": (57, 32, 31), "archive-o": (63, 36, 30), "archive-p": (61, 40, 30),
    "archive-q": (59, 39, 32), "archive-r": (62, 37, 31), "archive-s": (63, 38, 31), "archive-t": (68, 39, 30),
    "archive-u": (65, 29, 31), "archive-v": (64, 35, 28), "archive-w": (69, 38, 30), "archive-x": (68, 41, 30),
    "archive-y": (65, 40, 30), "archive-z2": (65, 39, 31), "archive-z3": (63, 41, 31), "archive-z4": (63, 42, 29),
    "archive-z5": (64, 44, 29), "archive-z6": (63, 39, 30), "archive-z7": (68, 35, 30), "archive-z8": (56, 35, 31),
    "archive-z9": (69, 34, 29), "archive-za": (67, 38, 30), "archive-zb": (61, 35, 31), "archive-zc": (64, 36, 29),
    "archive-zd": (61, 32, 32), "archive-ze": (62, 39, 29), "archive-zf": (66, 43, 29), "archive-zg": (66, 46, 30),
    "archive-zh": (68, 41, 28), "archive-zi": (60, 39, 30), "archive-zj": (57, 32, 31), "archive-zk": (67, 39, 29),
    "archive-zl": (61, 32, 31), "archive-zm": (66, 34, 28), "archive-zn": (62, 33, 30), "archive-zo": (65, 34, 30),
    "archive-zp": (63, 34, 31), "archive-zq": (61, 34, 27), "archive-zr": (59, 32, 30), "archive-zs": (61, 32, 30),
    "archive-zt": (64, 31, 30), "archive-zu": (58, 37, 30), "archive-zv": (55, 31, 27), "archive-zw": (61, 36, 29),
    "archive-zx": (65, 38, 29), "archive-zy": (59, 29, 30), "archive-zz": (50, 35, 30),
    "heldout": (70, 38, 27), "newswire": (274, 189, 26),
    "newswire-b": (79, 47, 29), "newswire-c": (81, 47, 28), "newswire-d": (63, 40, 24), "newswire-e": (69, 45, 23),
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
