from qa import sentences
from qa.corpus import load_corpus
from tests.conftest import SEEDS


def _split(text: str, train_on: list[str] | None = None):
    tok = sentences.tokenizer(sentences.train(train_on or [text]))
    return [(text[s.start:s.end], s.kind) for s in sentences.split(text, tok)]


def test_offsets_slice_the_original_text_exactly(seed_engine):
    for doc in seed_engine.documents:
        for p in seed_engine.passages(doc.id):
            assert doc.text[p.start:p.end] == p.text
            assert p.text == p.text.strip() and p.text


def test_abbreviations_do_not_end_sentences():
    got = _split("Leaders met on Feb. 16 in Paris. Gen. Smith and U.S. officials agreed. Mr. Jones left.")
    assert [t for t, _ in got] == [
        "Leaders met on Feb. 16 in Paris.",
        "Gen. Smith and U.S. officials agreed.",
        "Mr. Jones left.",
    ]


def test_reuters_capitals_after_an_initialism_do_not_end_sentences():
    text = ("Du Pont will look for another site for the 160 mln U.S. Dlr titanium dioxide plant. "
            "A government study has concluded the U.S. Will be dependent on imported oil. "
            "It agreed to buy two radio stations from A.H. Belo Corp for 24 mln dlrs. "
            "President Aquino visited the U.S. The sources said the loan was held up.")
    assert [t for t, _ in _split(text)] == [
        "Du Pont will look for another site for the 160 mln U.S. Dlr titanium dioxide plant.",
        "A government study has concluded the U.S. Will be dependent on imported oil.",
        "It agreed to buy two radio stations from A.H. Belo Corp for 24 mln dlrs.",
        "President Aquino visited the U.S.",  # a sentence opener follows: the break stands
        "The sources said the loan was held up.",
    ]


def test_page_junk_and_photo_credits_are_not_passages():
    text = (" date 2024-03-05 Skip to content\nHeadline here\n"
            "Macron welcomes Zelensky in Paris, France. (Chesnot/Getty Images)\n"
            "Real sentence one. Real sentence two.\n"
            "Thank you for signing up for this newsletter. We’ve sent you a confirmation email.")
    got = [t for t, _ in _split(text)]
    assert got == ["Headline here", "Macron welcomes Zelensky in Paris, France.", "Real sentence one.",
                   "Real sentence two."]


def test_bylines_become_author_passages():
    text = "Title\n\nby Jane Roe and John Doe March 5, 2024 10:42 PM 2 min read\nBody text.\n\nAuthors: Jane Roe, John Doe"
    got = _split(text)
    assert ("Jane Roe and John Doe", "byline") in got
    assert ("Jane Roe, John Doe", "byline") in got
    assert sentences.split_authors("Jane Roe and John Doe") == ["Jane Roe", "John Doe"]


def test_seed_authors_and_no_junk(seed_engine):
    doc = seed_engine.document("000_ef42ed6bd980c635.txt")
    assert doc.authors == ["Dinara Khalilova", "The Kyiv Independent news desk"]
    texts = [p.text for d in seed_engine.documents for p in seed_engine.passages(d.id)]
    assert not any("Skip to content" in t or "newsletter" in t or "Getty" in t for t in texts)


def test_sentences_never_cross_lines():
    docs = load_corpus(SEEDS)
    tok = sentences.tokenizer(sentences.train(d.text for d in docs))
    for d in docs:
        for s in sentences.split(d.text, tok):
            assert "\n" not in d.text[s.start:s.end]
