"""Things a question and a sentence can both mention, read the same way on both sides:
years, quarters and halves, ordinals, places after "in", figures for the whole world,
roles ("chief financial officer"). The question reads them once (qa.understand); the
near-miss checks read them in sentences (qa.checks)."""

from __future__ import annotations

import re
from functools import cache

from qa import lexicon
from qa.lexicon.tokens import words

YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
PLACE_AFTER_IN = re.compile(r"\b(?:in|across|throughout)\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)")


def years(text: str) -> set[str]:
    return set(YEAR.findall(text))


@cache
def _period() -> re.Pattern[str]:
    nth = "|".join(map(re.escape, lexicon.table("quarter_ordinals")))
    return re.compile(rf"\b({nth})[\s-]+(?:fiscal\s+)?(quarter|half)\b|\bq([1-4])\b", re.IGNORECASE)


def periods(text: str) -> set[str]:
    """Quarters and halves named in a text: {"quarter-1", "half-2"}."""
    nth = lexicon.numbers("quarter_ordinals")
    out = set()
    for m in _period().finditer(text):
        if m.group(3):
            out.add(f"quarter-{m.group(3)}")
        else:
            out.add(f"{m.group(2).lower()}-{int(nth[m.group(1).lower()])}")
    return out


@cache
def ordinal_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b({lexicon.alt('ordinals')})\s+([A-Za-z]+)", re.IGNORECASE)


@cache
def worldwide_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon.alt('worldwide_phrases')})\b", re.IGNORECASE)


def known_place(name: str) -> bool:
    return name in lexicon.countries() or name in lexicon.cities() or name in lexicon.phrases("regions")


def role_phrase(text: str) -> list[str]:
    """The longest run of title words: "chief financial officer"."""
    titles = lexicon.titles()
    modifiers = lexicon.words("role_modifiers")
    best: list[str] = []
    cur: list[str] = []
    for w in words(text):
        if w in titles or w in modifiers or w.removesuffix("s") in titles:
            cur.append(w)
            if len(cur) > len(best):
                best = list(cur)
        else:
            cur = []
    return best if any(w in titles for w in best) else []
