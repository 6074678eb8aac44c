"""Question slots: the kind of answer a which-question names ("Which player …?", "At which ballpark …?")."""

import pytest


@pytest.mark.parametrize("question, noun", [
    ("Which player scored the winning goal?", "player"),
    ("At which ballpark did the Cardinals beat the Astros?", "ballpark"),
    ("In which German city is the Cebit fair held?", "city"),
    ("At which court did Nicole Kidman win her order?", "court"),
    ("Who won the race?", None),
])
def test_the_kind_of_answer_a_which_question_names(question, noun):
    from qa.understand import understand

    assert understand(question).kind_noun == noun
