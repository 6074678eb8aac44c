from qa.extract.base import Sentence
from qa.extract.people import extract_entities


def names(text, qwords=None):
    s = Sentence(text, 0)
    return {c.text(s): c.kind for c in extract_entities(s, qwords)}


def test_titles_and_roles_are_stripped_from_names():
    got = names("as well as NATO Secretary General Jens Stoltenberg and the EU's top diplomat Josep Borrell, who")
    assert got["Jens Stoltenberg"] == "person" and got["Josep Borrell"] == "person"
    assert got["EU"] == "org"
    got = names("wrote Chief of the General Staff of the French Armed Forces General Thierry Burkhardt on X.")
    assert "Thierry Burkhardt" in got


def test_possessives_and_nationalities():
    got = names("Ukraine's Foreign Minister Dmytro Kuleba will also take part")
    assert got == {"Ukraine": "place", "Dmytro Kuleba": "person"}


def test_reuters_company_and_person_forms():
    got = names("Chrysler Corp's chairman Lee Iacocca said. John Smith, a spokesman for General Motors Corp, said.")
    assert got["Chrysler Corp"] == "org" and got["General Motors Corp"] == "org"
    assert got["Lee Iacocca"] == "person" and got["John Smith"] == "person"


def test_question_words_are_not_names():
    got = names("French Defense Minister Sébastien Lecornu will meet", {"french", "defense", "minister"})
    assert got == {"Sébastien Lecornu": "person"}


def test_months_and_weekdays_are_not_people():
    assert names("On Wednesday, Feb. 26, they met.") == {}
