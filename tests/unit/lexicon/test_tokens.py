from qa.lexicon.tokens import tokenize, words


def test_tokenize_lowercases_stems_and_drops_stop_words():
    assert tokenize("The Ministers pledged 3.2 billion to Ukraine's army") == [
        "minist", "pledg", "3.2", "billion", "ukrain", "armi"]


def test_dotted_and_possessive_words():
    assert words("U.S. officials' AT&T's") == ["u.s", "officials", "at&t"]
    assert "u.s" in tokenize("U.S. officials")


def test_question_and_passage_tokenize_alike():
    assert set(tokenize("Who pledged aid?")) <= set(tokenize("Paris pledged aid this year."))
