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
    "archive-a": (67, 36, 29), "archive-b": (58, 31, 29), "archive-c": (61, 34, 29), "archive-d": (63, 35, 27),
    "archive-e": (67, 25, 31), "archive-f": (61, 37, 31), "archive-g": (66, 38, 30), "archive-h": (68, 39, 30),
    "archive-i": (65, 35, 31), "archive-j": (62, 38, 31), "archive-k": (70, 33, 30), "archive-l": (65, 36, 28),
    "archive-m": (65, 38, 30), "archive-n": (58, 29, 31), "archive-o": (63, 32, 30), "archive-p": (62, 38, 31),
    "archive-q": (59, 37, 32), "archive-r": (62, 37, 31), "archive-s": (63, 35, 31), "archive-t": (70, 38, 30),
    "archive-u": (64, 30, 31), "archive-v": (64, 34, 28), "archive-w": (65, 37, 30), "archive-x": (67, 38, 30),
    "archive-y": (66, 34, 30), "archive-z2": (66, 34, 31), "archive-z3": (61, 36, 31), "archive-z4": (64, 41, 29),
    "archive-z5": (64, 36, 29), "archive-z6": (62, 35, 30), "archive-z7": (68, 35, 30), "archive-z8": (56, 35, 31),
    "archive-z9": (69, 36, 29), "archive-za": (67, 44, 30), "archive-zb": (61, 34, 31), "archive-zc": (64, 34, 29),
    "archive-zd": (59, 30, 32), "archive-ze": (62, 41, 29), "archive-zf": (63, 37, 29), "archive-zg": (65, 45, 30),
    "archive-zh": (68, 40, 28), "archive-zi": (61, 41, 29), "archive-zj": (57, 30, 31), "archive-zk": (65, 34, 29),
    "archive-zl": (61, 30, 31), "archive-zm": (66, 34, 29), "archive-zn": (61, 30, 30), "archive-zo": (66, 31, 30),
    "archive-zp": (62, 33, 32), "archive-zq": (59, 32, 27), "archive-zr": (56, 30, 29), "archive-zs": (55, 20, 30),
    "archive-zt": (62, 28, 30),
    "heldout": (70, 38, 27), "newswire": (271, 178, 27),
    "newswire-b": (80, 44, 29), "newswire-c": (81, 47, 28), "newswire-d": (63, 37, 24), "newswire-e": (69, 40, 23),
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
