"""Names as news writes them: multi-word names, their initials, the names an article uses.

"Barclays de Zoete Wedd" is also "BZW", "Pacific Gas and Electric" is "PG&E", "IPO" is
an "initial public offering", "Fed" the "Federal Reserve", "Lib Dem" a "Liberal Democrat".
"""

from __future__ import annotations

import re
from functools import cache

from qa import lexicon
from qa.lexicon.synonyms import synonyms
from qa.lexicon.tokens import stem, words


def name_runs(text: str) -> list[str]:
    """Multi-word names with their particles: "Barclays de Zoete Wedd", "Pacific Gas and Electric"."""
    return _name_runs().findall(text)


@cache
def _name_runs() -> re.Pattern[str]:
    return re.compile(rf"[A-Z][\w'’&-]*(?:\s+(?:(?:{lexicon.alt('name_particles')})\s+)?[A-Z][\w'’&-]*)+")


_ACRONYM_SKIP = lexicon.words("acronym_skip_words")


def acronym(name: str) -> str | None:
    """ "London Stock Exchange" -> "lse", "Pacific Gas and Electric" -> "pge" (small words skipped)."""
    parts = [w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() not in _ACRONYM_SKIP]
    return "".join(w[0] for w in parts).lower() if len(parts) >= 2 else None


def in_article(word: str, article: frozenset[str]) -> bool:
    st = stem(word) if word.isalpha() else word
    if st in article or word in article or set(synonyms(word)) & article:
        return True
    # a short name for a longer one: "Fed" for "Federal Reserve" (a short word only: "Opel" is not "Opelousas")
    return 3 <= len(word) <= 4 and any(w.isalpha() and len(w) > len(word) and w.startswith(word) for w in article)


def short_form_in(word: str, article: frozenset[str]) -> bool:
    """The article shortens the word: "Lib" for "Liberal"."""
    return len(word) > 4 and any(w.isalpha() and 3 <= len(w) < len(word) and word.startswith(w) for w in article)


def article_stems(title: str | None, text: str) -> frozenset[str]:
    """The article's capitalised words (lower-cased, and their stems): the names it uses, and the
    initials of its multi-word names ("acr:pge" for Pacific Gas and Electric, for questions that
    say "PG&E"). Only capitalised words count: "a lifetime" in the text does not name Lifetime Corp.
    """
    whole = f"{title or ''}\n{text}"
    ws = [x for chunk in re.split(r"(?<=[.!?])\s+|\n+", whole) for w in _capitalised(chunk) for x in words(w)]
    runs = re.findall(r"[A-Z][\w'’-]*(?:\s+(?:and|of|the|&)?\s*[A-Z][\w'’-]*)+", whole)
    initials = {"acr:" + a[:n] for r in runs if (a := acronym(r)) for n in range(2, len(a) + 1)}
    return frozenset({stem(w) if w.isalpha() else w for w in ws} | set(ws) | initials)


def _capitalised(chunk: str) -> list[str]:
    """A sentence's words with a capital ("Mellon", "eBay", "160GB"); all of them when it is typed in
    lower case ("the carbozulia project, … august"), which hides its names."""
    toks = re.findall(r"[\w'’.&-]+", chunk)
    # islower() first: most words are lower case, and then none of their letters is upper case
    upper = [w for w in toks if not w.islower() and any(ch.isupper() for ch in w)]
    return toks if len(toks) > 6 and len(upper) <= 1 else upper


def spelled_out(short: str, text: str) -> bool:
    """ "IPO" for "initial public offering": three or four words in a row with those initials."""
    n = len(short)
    if not 3 <= n <= 4 or not text:
        return False
    low = [w for w in words(text) if w not in _ACRONYM_SKIP]
    return any("".join(w[0] for w in low[i:i + n]) == short for i in range(len(low) - n + 1))
