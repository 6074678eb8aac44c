from qa.answers.base import Sentence
from qa.answers.how_many.counts import extract_counts


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


def test_the_asked_noun_a_few_words_on_and_bare_totals():
    from qa.answers.base import Sentence
    from qa.answers.how_many.counts import extract_counts

    s = Sentence("Meanwhile 70 Hong Kong music and movie stars re-recorded the song.", 0)
    assert [c.text(s) for c in extract_counts(s, "stars")] == ["70 Hong Kong music and movie stars"]
    s2 = Sentence("He went 10-8 with a 3.21 ERA in 30 starts last season.", 0)
    assert "30 starts" in [c.text(s2) for c in extract_counts(s2, "starts")]
    assert not any(c.text(s2).startswith("3.21") and c.text(s2).endswith("starts") for c in extract_counts(s2, "starts"))
    s3 = Sentence("Active rotary rigs fell by 35 to a total of 766, against 1,212 working rigs a year ago.", 0)
    assert "766" in [c.text(s3) for c in extract_counts(s3, "rigs")]


def test_part_of_a_whole():
    from qa.answers.base import Sentence
    from qa.answers.how_many.counts import extract_counts

    s = Sentence("Insat 1B controls 182 of the country's 187 television stations.", 0)
    assert ("182", 0.9) in [(c.text(s), c.prior) for c in extract_counts(s, "stations")]
