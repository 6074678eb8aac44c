"""Words that find each other: synonym groups, British and American spelling, a country's forms."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from qa import lexicon
from qa.lexicon.tokens import stem


@cache
def _countries_by_lower() -> dict[str, str]:
    return {k.lower(): v for k, v in lexicon.countries().items() if " " not in k}


def _country_forms(word: str) -> list[str]:
    """"Spanish" also finds "Spain"; "U.S." also finds "American"."""
    countries = lexicon.countries()
    country = _countries_by_lower().get(word.lower())
    if country is None:
        return []
    forms = {k.lower() for k, v in countries.items() if v == country and " " not in k}
    return sorted({stem(f) if f.isalpha() else f for f in forms} - {stem(word) if word.isalpha() else word})


@lru_cache(maxsize=50_000)
def synonyms(word: str) -> tuple[str, ...]:
    """Stems of the words that share a synonym group with `word`, and other names of a country."""
    return tuple(_synonyms(word))


def _synonyms(word: str) -> list[str]:
    s = stem(word)
    out: list[str] = _country_forms(word)
    # British and American spelling: "authorised" also finds "authorized"
    for a, b in (("is", "iz"), ("isation", "ization"), ("our", "or"), ("yse", "yze"), ("tre", "ter")):
        for x, y in ((a, b), (b, a)):
            m = re.match(rf"(\w{{3,}}){x}(e|es|ed|ing|ation|ations|s)?$", word)
            if m:
                variant = stem(m.group(1) + y + (m.group(2) or ""))
                if variant != s and variant not in out:
                    out.append(variant)
    for group in lexicon.synonym_groups():
        stems = [stem(g) for g in group]
        if s in stems:
            out.extend(x for x in stems if x != s and x not in out)
    return out
