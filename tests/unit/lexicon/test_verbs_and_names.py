from qa.lexicon.names import acronym, article_stems, name_runs
from qa.lexicon.verbs import inflections, phrasal, phrasal_meanings


def test_inflections():
    assert {"died", "dies", "dying"} <= inflections(("die",))
    assert "stopped" in inflections(("stop",))
    assert "rose" in inflections(("rise", "rose", "risen"))


def test_phrasal_verbs():
    assert phrasal("When did the board call off the merger?") == "When did the board cancel the merger?"
    assert phrasal_meanings(["funaro", "stepped", "down"]) == ["resign"]


def test_names_initials_and_the_names_an_article_uses():
    assert name_runs("Barclays de Zoete Wedd said so") == ["Barclays de Zoete Wedd"]
    assert acronym("Pacific Gas and Electric") == "pge" and acronym("Opel") is None
    names = article_stems("Lib Dems appoint", "The studio said it was a lifetime's work for Jez San.")
    assert "jez" in names and "lifetim" not in names  # only capitalised words name anything
