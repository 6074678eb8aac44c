from qa.extract.base import Sentence
from qa.extract.count import extract_counts


def counts(text, target=None):
    s = Sentence(text, 0)
    return [(c.text(s), c.value.count if c.value else None, c.prior) for c in extract_counts(s, target)]


def test_counts_with_their_nouns():
    assert counts("officials from 28 countries, but", "countries") == [("28 countries", 28, 1.0)]
    assert counts("from more than 30 countries willing", "countries")[0][:2] == ("more than 30 countries", 30)


def test_target_noun_preferred_and_adjectives_skipped():
    got = counts("cut about 300 jobs at three plants", "plants")
    assert ("three plants", 3, 1.0) in got
    assert ("about 300 jobs", 300, 0.35) in got
    assert counts("hired 1,200 new workers")[0][:2] == ("1,200 new workers", 1200)


def test_dates_money_and_percentages_are_not_counts():
    assert counts("on March 7 it paid $5 million, 15 pct of 12 mln dlrs") == []
