"""Every word list the rules use, read from `qa/data/lexicon/` by one loader.

No word list of more than a handful of words lives in code: a rule names the list it
needs (`words("org_nouns")`, `alt("reporting_verbs")`), so a list is written once and
can be read, reviewed and extended without reading code. No NLTK data is downloaded.

File format: UTF-8 text, `#` starts a comment line, blank lines are skipped. How a
file's lines are read depends on the accessor:

    words(name)    every whitespace-separated token of every line, as a set
    entries(name)  each line is one entry (it may hold spaces), as a set
    phrases(name)  each line is one entry, in file order
    alt(name)      the phrases as a regular-expression alternation, in file order;
                   an entry ending in "*" stands for any ending ("head*": headed, heads…),
                   one starting with "*" for any beginning ("*agent": travel-agent)
    table(name)    "key<TAB>value" lines, as a dict

and the typed accessors below (months, countries, currencies …) read the files whose
lines have more structure. Every call is cached: a list is read once per process.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

DATA = ("data", "lexicon")


@cache
def _lines(name: str) -> tuple[str, ...]:
    text = resources.files("qa").joinpath(*DATA, f"{name}.txt").read_text(encoding="utf-8")
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))


def list_names() -> list[str]:
    """Every list there is (the files' names without ".txt")."""
    folder = resources.files("qa").joinpath(*DATA)
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".txt"))


# -- generic accessors --------------------------------------------------------------------
@cache
def words(name: str) -> frozenset[str]:
    return frozenset(w for ln in _lines(name) for w in ln.split())


@cache
def entries(name: str) -> frozenset[str]:
    return frozenset(_lines(name))


@cache
def phrases(name: str) -> tuple[str, ...]:
    return _lines(name)


def _pattern(entry: str) -> str:
    if entry.endswith("*"):
        return re.escape(entry[:-1]) + r"\w*"
    if entry.startswith("*"):
        return r"[\w-]*" + re.escape(entry[1:])
    return re.escape(entry)


@cache
def alt(name: str) -> str:
    """The list as the inside of a regex group: "company|companies|firm|…" (escaped)."""
    return "|".join(_pattern(p) for p in _lines(name))


@cache
def table(name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for ln in _lines(name):
        key, value = ln.split("\t")
        out[key.strip()] = value.strip()
    return out


# -- typed accessors for the structured lists -------------------------------------------------
def stopwords() -> frozenset[str]:
    return words("stopwords")


def titles() -> frozenset[str]:
    return words("titles")


def org_suffixes() -> frozenset[str]:
    return words("org_suffixes")


def abbreviations() -> frozenset[str]:
    return words("abbreviations")


@cache
def months() -> dict[str, int]:
    """Month names and abbreviations (lower case) -> month number."""
    out: dict[str, int] = {}
    for ln in _lines("months"):
        num, *forms = ln.split()
        for n in forms:
            out[n] = int(num)
    return out


@cache
def countries() -> dict[str, str]:
    """Every country form and demonym (as written) -> the country's name."""
    out: dict[str, str] = {}
    for ln in _lines("countries"):
        forms = [f.strip() for f in ln.split("|")]
        for f in forms:
            out[f] = forms[0]
    return out


def lone_common_word(span: str) -> bool:
    """One title-case word news text often writes in lower case ("Luxury goods group LVMH …",
    "Board", "Speaking"): capitalised by its place in the sentence, not a name. Of 3,563 such
    who/where candidates over the archive for the gold questions, 3 were right; 2.0% of other
    one-word candidates were. A place of the gazetteer is a name ("Reading", "Mobile")."""
    return " " not in span and span[:1].isupper() and span[1:].islower() and \
        span.lower() in words("common_words") and span not in countries() and span not in cities() and \
        span not in entries("us_states")


def is_demonym(name: str) -> bool:
    """"German", "South African", "Scottish": whose, never where or who (no gold answer in fifteen
    sets is one, of 746 such candidates). "UK", "Iran" and "Congo" are names, not demonyms."""
    country = countries().get(name)
    return country is not None and name != country and not name.isupper() and \
        (name.endswith(("an", "ish", "ese", "ch", "sh", "i", "ic", "ss")) or name in entries("demonyms"))


@cache
def cities() -> frozenset[str]:
    return frozenset(_lines("cities"))


@cache
def world_cities() -> frozenset[str]:
    """The world's towns of 50,000 people or more (GeoNames; scripts/build-gazetteer), for where
    answers only: "Jackson", "Florence" are names as often as towns, so the rest of the engine
    keeps to the curated cities()."""
    return frozenset(_lines("world_cities")) - cities()


@cache
def currencies() -> dict[str, str]:
    """Lower-cased currency form -> ISO 4217 code."""
    out: dict[str, str] = {}
    for ln in _lines("currencies"):
        code, forms = ln.split("\t")
        for f in forms.split("|"):
            out[f.strip()] = code
    return out


@cache
def scales() -> dict[str, int]:
    out: dict[str, int] = {}
    for ln in _lines("scales"):
        mult, forms = ln.split("\t")
        for f in forms.split("|"):
            out[f.strip()] = int(mult)
    return out


@cache
def junk_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in _lines("junk"))


@cache
def synonym_groups() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(ln.split()) for ln in _lines("synonyms"))


@cache
def event_verbs() -> tuple[tuple[str, ...], ...]:
    """Each event verb with its irregular forms: ("rise", "rose", "risen")."""
    return tuple(tuple(entry.split("/")) for ln in _lines("verbs") for entry in ln.split())


@cache
def phrasal_verbs() -> dict[tuple[str, str], str]:
    """("step", "down") -> "resign"; ("lay/laid", "off") -> "fire"."""
    out: dict[tuple[str, str], str] = {}
    for ln in _lines("phrasal"):
        phrase, verb = ln.split("\t")
        v, particle = phrase.split()
        out[(v, particle)] = verb.strip()
    return out


@cache
def numbers(name: str) -> dict[str, float]:
    """"word<TAB>number" lines: "dozen" -> 12."""
    return {k: float(v) for k, v in table(name).items()}
