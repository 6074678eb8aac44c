"""Extraction remembered per sentence hands out copies: one question's adjustments never reach the next."""

from __future__ import annotations

from qa.answers.base import Flag, Sentence
from qa.answers.how_much.amounts import extract_money
from qa.answers.memo import remembered


def test_the_same_spans_each_time_as_fresh_copies():
    calls = []

    def counted(s: Sentence) -> list:
        calls.append(s)
        return extract_money(s)

    money = remembered(counted)
    s = Sentence("The company paid 7.5 mln dlrs for the unit.", 0)
    first = money(s)
    first[0].prior *= 0.5
    first[0].flags.add(Flag.LEVEL)
    first[0].features["coverage"] = 1.0
    again = money(Sentence("The company paid 7.5 mln dlrs for the unit.", 0))
    assert len(calls) == 1  # read once
    assert [(c.start, c.end, c.value) for c in again] == [(c.start, c.end, c.value) for c in first]
    assert again[0].prior == extract_money(s)[0].prior and Flag.LEVEL not in again[0].flags
    assert again[0].features == {}
    money(Sentence("The company paid 7.5 mln dlrs for the unit.", 10))  # another place in the document
    assert len(calls) == 2


def test_forget_reads_every_sentence_afresh():
    from qa.answers.memo import forget

    calls = []
    money = remembered(lambda s: calls.append(s) or extract_money(s))
    s = Sentence("It paid 3 mln dlrs.", 0)
    money(s)
    forget()
    money(s)
    assert len(calls) == 2
