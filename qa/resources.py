"""Word lists shipped with the package: no NLTK data is ever downloaded."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("qa").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@cache
def stopwords() -> frozenset[str]:
    return frozenset(w for ln in _lines("stopwords.txt") for w in ln.split())


@cache
def titles() -> frozenset[str]:
    return frozenset(w for ln in _lines("titles.txt") for w in ln.split())


@cache
def org_suffixes() -> frozenset[str]:
    return frozenset(w for ln in _lines("org_suffixes.txt") for w in ln.split())


@cache
def abbreviations() -> frozenset[str]:
    return frozenset(w for ln in _lines("abbreviations.txt") for w in ln.split())


@cache
def months() -> dict[str, int]:
    out: dict[str, int] = {}
    for ln in _lines("months.txt"):
        num, *names = ln.split()
        for n in names:
            out[n] = int(num)
    return out


@cache
def countries() -> dict[str, str]:
    """Every country form and demonym (as written) -> the country's name."""
    out: dict[str, str] = {}
    for ln in _lines("countries.txt"):
        forms = [f.strip() for f in ln.split("|")]
        for f in forms:
            out[f] = forms[0]
    return out


@cache
def cities() -> frozenset[str]:
    return frozenset(_lines("cities.txt"))


@cache
def currencies() -> dict[str, str]:
    """Lower-cased currency form -> ISO 4217 code."""
    out: dict[str, str] = {}
    for ln in _lines("currencies.txt"):
        code, forms = ln.split("\t")
        for f in forms.split("|"):
            out[f.strip()] = code
    return out


@cache
def scales() -> dict[str, int]:
    out: dict[str, int] = {}
    for ln in _lines("scales.txt"):
        mult, forms = ln.split("\t")
        for f in forms.split("|"):
            out[f.strip()] = int(mult)
    return out


@cache
def junk_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in _lines("junk.txt"))


@cache
def synonym_groups() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(ln.split()) for ln in _lines("synonyms.txt"))


@cache
def event_verbs() -> tuple[tuple[str, ...], ...]:
    """Each event verb with its irregular forms: ("rise", "rose", "risen")."""
    return tuple(tuple(entry.split("/")) for ln in _lines("verbs.txt") for entry in ln.split())


@cache
def phrasal_verbs() -> dict[tuple[str, str], str]:
    """("step", "down") -> "resign"; ("lay/laid", "off") -> "fire"."""
    out: dict[tuple[str, str], str] = {}
    for ln in _lines("phrasal.txt"):
        phrase, verb = ln.split("\t")
        v, particle = phrase.split()
        out[(v, particle)] = verb.strip()
    return out
