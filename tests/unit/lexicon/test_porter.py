import re

import pytest

from qa.lexicon.porter import stem
from tests.conftest import NEWSWIRE, SEEDS


@pytest.mark.parametrize("word,want", [
    ("caresses", "caress"), ("ponies", "poni"), ("agreed", "agre"), ("plastered", "plaster"),
    ("motoring", "motor"), ("hopping", "hop"), ("filing", "file"), ("happy", "happi"),
    ("relational", "relat"), ("generalization", "gener"), ("electrical", "electr"),
    ("adjustment", "adjust"), ("adoption", "adopt"), ("controlling", "control"), ("rate", "rate"),
    ("pledged", "pledg"), ("countries", "countri"), ("as", "as"),
])
def test_published_examples(word, want):
    assert stem(word) == want


def test_same_stems_as_nltk_original_algorithm():
    nltk_porter = pytest.importorskip("nltk.stem.porter")
    ref = nltk_porter.PorterStemmer(mode=nltk_porter.PorterStemmer.ORIGINAL_ALGORITHM)
    text = " ".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))
    if (NEWSWIRE / "articles.jsonl").exists():
        text += (NEWSWIRE / "articles.jsonl").read_text(encoding="utf-8")
    words = {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2}
    assert len(words) > 1000
    assert [w for w in sorted(words) if stem(w) != ref.stem(w)] == []
