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
    "archive-a": (68, 54, 29), "archive-b": (59, 39, 29), "archive-c": (61, 39, 28), "archive-d": (63, 45, 26),
    "archive-e": (67, 37, 31), "archive-f": (59, 46, 30), "archive-g": (66, 48, 30), "archive-h": (68, 47, 29),
    "archive-i": (66, 39, 31), "archive-j": (64, 45, 31), "archive-k": (70, 43, 30), "archive-l": (66, 47, 27),
    "archive-m": (64, 45, 30), "archive-n": (59, 40, 30), "archive-o": (62, 42, 29), "archive-p": (61, 44, 30),
    "archive-q": (59, 45, 32), "archive-r": (62, 44, 30), "archive-s": (63, 43, 31), "archive-t": (70, 44, 30),
    "archive-u": (65, 38, 31), "archive-v": (64, 46, 27), "archive-w": (68, 47, 30), "archive-x": (68, 48, 30),
    "archive-y": (67, 47, 29), "archive-z2": (65, 42, 31), "archive-z3": (63, 44, 29), "archive-z4": (63, 49, 29),
    "archive-z5": (64, 46, 28), "archive-z6": (62, 44, 30), "archive-z7": (67, 44, 29), "archive-z8": (55, 41, 31),
    "archive-z9": (70, 43, 28), "archive-za": (67, 55, 30), "archive-zb": (62, 43, 30), "archive-zc": (63, 42, 29),
    "archive-zd": (59, 34, 31), "archive-ze": (62, 46, 30), "archive-zf": (64, 46, 29), "archive-zg": (66, 48, 30),
    "archive-zh": (69, 48, 28), "archive-zi": (62, 45, 29), "archive-zj": (57, 36, 30), "archive-zk": (66, 51, 29),
    "archive-zl": (61, 38, 31), "archive-zm": (66, 43, 28), "archive-zn": (60, 40, 30), "archive-zo": (66, 39, 29),
    "archive-zp": (62, 40, 31), "archive-zq": (57, 42, 27),
    "heldout": (70, 43, 27), "newswire": (270, 215, 26),
    "newswire-b": (79, 53, 28), "newswire-c": (80, 52, 28), "newswire-d": (63, 45, 24), "newswire-e": (68, 52, 23),
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
