"""Verbs: their written forms, and what the phrasal verbs of news English mean."""

from __future__ import annotations

import re
from functools import lru_cache

from qa import lexicon


@lru_cache(maxsize=4096)
def inflections(forms: tuple[str, ...]) -> frozenset[str]:
    """A verb's written forms: "die" -> die, dies, died, dying; "stop" -> stopped; irregulars as listed."""
    base = forms[0]
    out = set(forms) | {base + "s", base + "es", base + "ed", base + "ing"}
    if base.endswith("e"):
        out |= {base + "d", base[:-1] + "ing"}
    if base.endswith("ie"):
        out.add(base[:-2] + "ying")
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        out |= {base[:-1] + "ied", base[:-1] + "ies"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", base):
        out |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return frozenset(out)


def phrasal_meanings(lower_words: list[str]) -> list[str]:
    """The single verbs a sentence's phrasal verbs mean: "stepped down" -> resign."""
    out = []
    for i in range(len(lower_words) - 1):
        for (verbs, particle), meant in lexicon.phrasal_verbs().items():
            if lower_words[i + 1] == particle and lower_words[i] in inflections(tuple(verbs.split("/"))):
                out.append(meant)
    return out


def phrasal(text: str) -> str:
    """ "call off the merger" searches for "cancel the merger" (qa/data/phrasal.txt)."""
    for (verbs, particle), meant in lexicon.phrasal_verbs().items():
        forms = "|".join(re.escape(v) + r"\w*" for v in verbs.split("/"))
        text = re.sub(rf"\b(?:{forms})\s+{particle}\b", meant, text, flags=re.IGNORECASE)
    return text
