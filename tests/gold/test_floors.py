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
    "archive-a": (66, 50, 29), "archive-b": (58, 40, 28), "archive-c": (60, 39, 28), "archive-d": (62, 43, 27),
    "archive-e": (68, 37, 30), "archive-f": (59, 41, 30), "archive-g": (66, 49, 30), "archive-h": (66, 45, 30),
    "archive-i": (65, 40, 31), "archive-j": (63, 43, 30), "archive-k": (70, 39, 30), "archive-l": (65, 47, 27),
    "archive-m": (64, 48, 30), "archive-n": (58, 39, 30), "archive-o": (61, 39, 30), "archive-p": (61, 45, 30),
    "archive-q": (57, 44, 32), "archive-r": (63, 41, 30), "archive-s": (61, 40, 31), "archive-t": (69, 46, 30),
    "archive-u": (65, 37, 31), "archive-v": (64, 44, 28), "archive-w": (67, 45, 30), "archive-x": (68, 46, 29),
    "archive-y": (66, 48, 29), "archive-z2": (66, 46, 31), "archive-z3": (63, 49, 30), "archive-z4": (64, 47, 29),
    "archive-z5": (64, 44, 30), "archive-z6": (62, 42, 30), "archive-z7": (65, 40, 30), "archive-z8": (54, 39, 31),
    "archive-z9": (69, 40, 28), "archive-za": (62, 42, 30), "archive-zb": (59, 39, 30), "archive-zc": (61, 41, 28),
    "archive-zd": (56, 31, 29), "archive-ze": (59, 38, 29),
    "heldout": (68, 40, 27), "newswire": (273, 214, 26),
    "newswire-b": (79, 52, 29), "newswire-c": (81, 51, 28), "newswire-d": (63, 45, 24), "newswire-e": (69, 52, 23),
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
