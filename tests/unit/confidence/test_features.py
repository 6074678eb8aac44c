"""An answer's features: every name in FEATURES, computed from its group and question."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from qa.answers.base import Candidate, Flag, Sentence
from qa.checks import feature
from qa.confidence.features import FEATURES, answer_features
from qa.models import AnswerType
from qa.understand import understand


@dataclass
class M:
    cand: Candidate
    sentence: Sentence
    pid: int
    doc: int
    score: float

    @property
    def features(self):
        return self.cand.features


def member(text, span, kind, pid=0, doc=0, score=0.6, flags=(), **feats):
    s = Sentence(text, 0)
    start = text.index(span)
    c = Candidate(start, start + len(span), AnswerType.WHERE if kind in {"country", "city"} else AnswerType.WHO,
                  "test", 1.0, None, kind=kind, flags=set(flags))
    c.features.update(feats)
    return M(c, s, pid, doc, score)


def test_every_feature_is_named_and_numeric():
    q = understand("Who is the NATO Secretary General?")
    g = [member("NATO Secretary General Jens Stoltenberg spoke.", "Jens Stoltenberg", "person", coverage=0.9, rank=0.0,
                flags=[Flag.TITLED])]
    f = answer_features(g, None, 0, True, q)
    assert set(f) <= set(FEATURES)
    assert all(isinstance(v, float) for v in f.values())
    assert f["role_beside"] == 1.0 and f["titled"] == 1.0 and f["kind:person"] == 1.0
    assert f["type:who"] == 1.0 and f["first_choice"] == 1.0 and f["margin"] == 1.0  # no rival: a clear lead


def test_agreement_checks_and_rivals():
    q = understand("Who is the chief executive of Southcorp?")
    g = [member("Chief executive John Smith said.", "John Smith", "person", pid=1, doc=1, score=0.7),
         member("John Smith, chief executive, said.", "John Smith", "person", pid=2, doc=2, score=0.5,
                **{feature("absent_entity"): 1.0}),
         member("John Smith again.", "John Smith", "person", pid=3, doc=2, score=0.4)]
    f = answer_features(g, 0.65, 3, True, q)
    assert f["passages"] == pytest.approx(__import__("math").log(3))
    assert f["articles"] == pytest.approx(__import__("math").log(2))
    assert f["clean_members"] == pytest.approx(__import__("math").log1p(2))  # one member had a check fire
    assert f[feature("absent_entity")] == 0.0 and f["checks_fired"] == 0.0  # the group is cited by its first
    assert f["margin"] == pytest.approx(0.05) and f["rivals"] == pytest.approx(__import__("math").log1p(3))


@pytest.mark.parametrize("question,kind,fits", [
    ("In which French town did Sony open a factory?", "country", False),
    ("In which French town did Sony open a factory?", "city", True),
    ("Which country hosted the summit?", "country", True),
    ("Which country hosted the summit?", "city", False),
])
def test_the_kind_of_place_asked(question, kind, fits):
    q = understand(question)
    f = answer_features([member("It opened in Colmar, France.", "Colmar", kind)], None, 0, True, q)
    assert f["place_fits" if fits else "place_misfits"] == 1.0


def when_member(text, span, flags=()):
    s = Sentence(text, 0)
    start = text.index(span)
    c = Candidate(start, start + len(span), AnswerType.WHEN, "test", 1.0, None, kind="day", flags=set(flags))
    return M(c, s, 0, 0, 0.6)


def test_a_deadline_fits_a_question_that_asks_when_something_ends():
    q = understand("Until when is Gabelli's proposal open?")
    text = "The proposal, made on June 25, is open until July 17."
    assert answer_features([when_member(text, "July 17", [Flag.DEADLINE])], None, 0, True, q)["deadline_fit"] == 1.0
    assert answer_features([when_member(text, "June 25")], None, 0, True, q)["deadline_fit"] == -1.0
    q = understand("When was Gabelli's proposal made?")
    assert answer_features([when_member(text, "June 25")], None, 0, True, q).get("deadline_fit", 0.0) == 0.0


@pytest.mark.parametrize("span,relative", [("yesterday", True), ("last Tuesday", True), ("this year", True),
                                           ("July 17", False), ("1982", False), ("end-1988", False)])
def test_a_date_that_needs_the_articles_own_date(span, relative):
    q = understand("On what date did the talks open?")
    f = answer_features([when_member(f"The talks opened {span}.", span)], None, 0, True, q)
    assert f["relative_date"] == float(relative) and f["asks_day"] == 1.0
    assert answer_features([when_member(f"It opened {span}.", span)], None, 0, True,
                           understand("When did the talks open?"))["asks_day"] == 0.0


def test_a_country_does_not_fit_a_question_that_asks_for_a_capital():
    q = understand("In which capital did residents fight locusts?")
    f = answer_features([member("DAKAR, Senegal -- Residents fought locusts.", "Senegal", "country")], None, 0, True, q)
    assert f["place_misfits"] == 1.0


@pytest.mark.parametrize("question,kind,fits", [
    ("Which company distributes the film in Japan?", "org", 1.0),
    ("Which company distributes the film in Japan?", "person", -1.0),
    ("Which Rangers player was banned?", "person", 1.0),
    ("Which Rangers player was banned?", "org", -1.0),
    ("Which horse won the race?", "org", 0.0),  # any name answers "Which horse …?"
    ("Which company distributes the film in Japan?", "name", 0.0),  # a name of no known kind
])
def test_the_kind_of_name_asked(question, kind, fits):
    q = understand(question)
    f = answer_features([member("Toho distributes the film, said Miyazaki.", "Toho", kind)], None, 0, True, q)
    assert f["who_fits"] == fits



def test_a_relative_date_in_an_undated_article_is_unanchored():
    import datetime as dt

    q = understand("When will the trial begin?")
    text = "The trial will begin next month."
    dated = when_member(text, "next month")
    dated.sentence = Sentence(text, 0, dt.date(1987, 3, 2))
    undated = when_member(text, "next month")  # BBC and AG News stories carry no date
    assert answer_features([dated], None, 0, True, q)["unanchored"] == 0.0
    assert answer_features([undated], None, 0, True, q)["unanchored"] == 1.0
    explicit = when_member("The trial will begin on March 7.", "March 7")
    assert answer_features([explicit], None, 0, True, q)["unanchored"] == 0.0


@pytest.mark.parametrize("text, span, beside", [
    ("the committee led by the Bank of Nova Scotia comes five days after", "Bank of Nova Scotia", 1.0),
    ("Microsoft is buying anti-virus software maker Sybari Software.", "Sybari Software", 1.0),
    ("the bank committee met; the Jamaican Information Service said.", "Information Service", -1.0),
])
def test_the_noun_a_which_question_asks_for_beside_the_name(text, span, beside):
    q = understand("Which bank leads the committee?") if "Nova" in text or "Jamaican" in text \
        else understand("Which anti-virus software maker is Microsoft buying?")
    f = answer_features([member(text, span, "org")], None, 0, True, q)
    assert f["kind_beside"] == beside
    assert "kind_beside" not in answer_features([member(text, span, "org")], None, 0, True,
                                                 understand("Who leads the committee?"))


@pytest.mark.parametrize("question, text, span, said", [
    ("What is the conversion price of Genentech's 150 mln dlr convertible eurobond?",
     "Genentech's 150 mln dlr bond converts at 74 dlrs a share.", "150 mln dlr", 1.0),
    ("What is the conversion price of Genentech's 150 mln dlr convertible eurobond?",
     "Genentech's 150 mln dlr bond converts at 74 dlrs a share.", "74 dlrs", 0.0),
    ("How many MD-11 jets did Finnair order?", "Finnair ordered two MD-11 jets and 11 passenger planes.",
     "11 passenger planes", 1.0),
])
def test_a_figure_the_question_says(question, text, span, said):
    s = Sentence(text, 0)
    start = text.index(span)
    q = understand(question)
    c = Candidate(start, start + len(span), q.type, "test", 1.0, None, kind="money")
    assert answer_features([M(c, s, 0, 0, 0.6)], None, 0, True, q)["figure_in_question"] == said


def test_each_answer_is_measured_against_the_questions_best():
    from qa.confidence.features import RELATIVE, relative

    answers = [{"coverage": 0.6, "missing": 2.0, "retrieval": 1.0},
               {"coverage": 0.9, "missing": 1.0},
               {"coverage": 0.4, "missing": 3.0, "retrieval": 0.5}]
    relative(answers)
    assert [a["rel:coverage"] for a in answers] == pytest.approx([-0.3, 0.0, -0.5])
    assert [a["rel:missing"] for a in answers] == [1.0, 0.0, 2.0]  # the fewest words missing is best
    assert [a["rel:retrieval"] for a in answers] == [0.0, -1.0, -0.5]  # absent counts as 0
    assert all(k in a for a in answers for k in RELATIVE)
    assert set(RELATIVE) <= set(FEATURES)
    one = [{"coverage": 0.5}]
    relative(one)
    assert one[0]["rel:coverage"] == 0.0  # alone, an answer is its question's best
    relative([])  # no answers: nothing to do


def test_each_answer_among_the_other_values_of_its_sentence():
    from qa.confidence.features import in_sentence

    text = "Chairman David Cook and president Kenneth Anderson said so."
    cook = member(text, "David Cook", "person", proximity=0.2)
    anderson = member(text, "Kenneth Anderson", "person", proximity=0.5)
    by_text = lambda m: m.cand.text(m.sentence)
    f = in_sentence(anderson, [cook, anderson], by_text)
    assert f["sentence_values"] > 0 and f["sentence_lead"] == pytest.approx(0.3)
    assert in_sentence(cook, [cook, anderson], by_text)["sentence_lead"] == pytest.approx(-0.3)
    assert in_sentence(cook, [cook], by_text) == {}  # alone in its sentence: nothing to compare
    assert set(f) <= set(FEATURES)


def test_a_place_and_the_place_that_qualifies_it():
    from qa.confidence.features import in_sentence

    text = "The festival opened in Park City, Utah, on Thursday."
    town, state = member(text, "Park City", "city"), member(text, "Utah", "place")
    by_text = lambda m: m.cand.text(m.sentence)
    assert in_sentence(town, [town, state], by_text).get("qualified") == 1.0
    assert "qualifier" not in in_sentence(town, [town, state], by_text)
    assert in_sentence(state, [town, state], by_text).get("qualifier") == 1.0
    apart = "Park City and Utah"
    assert "qualified" not in in_sentence(member(apart, "Park City", "city"), [member(apart, "Utah", "place")], by_text)


@pytest.mark.parametrize("span,given", [("Linda Thomsen", True), ("Bill Gates", True), ("Atlanta Braves", False),
                                        ("Republic of Slovenia", False), ("Linda", False)])
def test_a_name_that_opens_with_a_given_name(span, given):
    q = understand("Which team acquired pitcher Tim Hudson?")
    f = answer_features([member(f"It was {span} who did it.", span, "person")], None, 0, True, q)
    assert f["given_name"] == float(given)
