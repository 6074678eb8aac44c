"""Retrieval tokens: lower case, regexp word tokens, stop words out, Porter stems.

Tokenization is ours (not rank_bm25's `tokenizer=`) so that the index and the
question analysis agree exactly and no process pool is ever started.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qa import lexicon
from qa.lexicon.porter import stem as porter_stem

# Words with inner dots, ampersands or apostrophes stay whole: "u.s", "at&t", "o'neill".
TOKEN = re.compile(r"[a-z0-9]+(?:[.&'’][a-z0-9]+)*")


@lru_cache(maxsize=500_000)
def stem(word: str) -> str:
    return porter_stem(word)


def words(text: str) -> list[str]:
    """Lower-cased word tokens, possessive 's removed, stop words kept."""
    found = TOKEN.findall(text.lower())
    if "'" not in text and "’" not in text:  # no apostrophe, no possessive to remove
        return found
    out = []
    for w in found:
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        out.append(w)
    return out


def word_stems(text: str) -> set[str]:
    """Stems of all the text's words, stop words kept (numbers stay as written)."""
    return {stem(w) if w.isalpha() else w for w in words(text)}


def token(word: str) -> str | None:
    """The BM25 token of one TOKEN match (None for a stop word): what tokenize() keeps of it."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if word in lexicon.stopwords():
        return None
    return stem(word) if word.isalpha() else word


_MISSING = object()
_tokens: dict[str, str | None] = {}  # TOKEN match -> token(match); a corpus reuses few words
_MAX_CACHED = 1_000_000


def tokenize(text: str) -> list[str]:
    """The tokens BM25 sees, for passages and questions alike."""
    cache = _tokens
    out = []
    for w in TOKEN.findall(text.lower()):
        t = cache.get(w, _MISSING)
        if t is _MISSING:
            t = token(w)
            if len(cache) >= _MAX_CACHED:
                cache.clear()
            cache[w] = t
        if isinstance(t, str):
            out.append(t)
    return out
