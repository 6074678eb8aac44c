from qa.answers.base import Candidate, Sentence
from qa.models import AnswerType
from qa.rank import features as ranking


def test_periods():
    from qa.mentions import periods

    assert periods("first quarter and Q3, the second half") == {"quarter-1", "quarter-3", "half-2"}


def test_proximity_prefers_the_span_beside_the_question_words():
    q = ranking.QuestionTerms({"160gb": 5.0, "version": 1.0})
    s = Sentence("Boxes come in a 20GB version for £99 and a 160GB version for £399.", 0)
    cheap = Candidate(s.text.index("£99"), s.text.index("£99") + 3, AnswerType.HOW_MUCH, "money")
    dear = Candidate(s.text.index("£399"), s.text.index("£399") + 4, AnswerType.HOW_MUCH, "money")
    assert ranking.proximity(q, s, dear) > ranking.proximity(q, s, cheap)


def test_each_question_word_is_claimed_by_the_closest_candidate():
    q = ranking.QuestionTerms({"acm": 3.0, "presid": 1.0})
    s = Sentence("Acme named David Cook chairman and Kenneth Anderson president.", 0)
    cook, anderson = (Candidate(s.text.index(n), s.text.index(n) + len(n), AnswerType.WHO, "name")
                      for n in ("David Cook", "Kenneth Anderson"))
    near = [ranking.distances(q, s, c) for c in (cook, anderson)]
    assert ranking.claimed(q, near) == [0.75, 0.25]  # Acme's word is closer to Cook, "president" to Anderson
    assert ranking.claimed(q, [near[0], None]) == [1.0, 1.0]  # a whole sentence claims every word
    other = ranking.QuestionTerms({"zzz": 1.0})
    assert ranking.claimed(other, [ranking.distances(other, s, c) for c in (cook, anderson)]) == [0.0, 0.0]
    assert ranking.proximity(q, s, cook) == ranking.closeness(q, near[0])


def test_commas_put_distance_between_clauses():
    q = ranking.QuestionTerms({"fly": 1.0, "tokyo": 1.0})
    s = Sentence("Funaro, who is in Rome today, will fly to Tokyo on Sunday.", 0)
    today = Candidate(s.text.index("today"), s.text.index("today") + 5, AnswerType.WHEN, "date")
    sunday = Candidate(s.text.index("Sunday"), s.text.index("Sunday") + 6, AnswerType.WHEN, "date")
    assert ranking.proximity(q, s, sunday) > ranking.proximity(q, s, today)


def test_echoes_and_coverage():
    assert ranking.echoes("what coupon does the 150 billion franc loan carry", "150 billion franc")
    q = ranking.QuestionTerms({"pledg": 2.0, "aid": 1.0}, {"pledg": {"promis"}})
    assert ranking.coverage(q, {"promis", "aid"}) == (0.8 * 2.0 + 1.0) / 3.0


def test_clause_breaks_counted_from_positions_equal_findall():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from qa.answers.base import Sentence
    from qa.rank.features import CLAUSE_BREAK, QuestionTerms, _view

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="ab ,;:()-\u2013\u2014\"", max_size=40), st.integers(-2, 45), st.integers(-2, 45))
    def check(text, a, b):
        view = _view(QuestionTerms(idf={"a": 1.0}), Sentence(text, 0))
        a, b = max(a, 0), max(b, 0)
        assert view.breaks_between(a, b) == len(CLAUSE_BREAK.findall(text[a:b]))

    check()
