"""Where: countries and cities from the shipped gazetteer, and "in/at <Name>" venues."""

from __future__ import annotations

import re
from functools import cache

from qa import resources
from qa.extract.base import Candidate, Sentence, resolve_overlaps
from qa.models import AnswerType

_PREP = re.compile(
    r"\b(?:in|at|near|outside|inside|from|to|into|across|throughout|around)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+(?:of\s+|de\s+|la\s+)?[A-Z][\w\u00C0-\u024F'’.-]*){0,5})"
)
_NOT_PLACE_START = {"The", "A", "An", "January", "February", "March", "April", "May", "June", "July",
                    "August", "September", "October", "November", "December", "Monday", "Tuesday",
                    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


@cache
def _gazetteer() -> re.Pattern[str]:
    names = [n for n, c in resources.countries().items() if n == c or " " in n or n.isupper()]
    names += list(resources.cities())
    names = [n for n in names if len(n) > 2]
    alt = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])")


def extract_places(s: Sentence) -> list[Candidate]:
    cands: list[Candidate] = []
    for m in _gazetteer().finditer(s.text):
        kind = "country" if m.group() in resources.countries() else "city"
        cands.append(Candidate(m.start(), m.end(), AnswerType.WHERE, f"where:{kind}", 1.0, kind=kind))
    for m in _PREP.finditer(s.text):
        name = m.group("name").rstrip(".,'’")
        name = re.sub(r"['’]s?$", "", name)
        if not name or name.split()[0] in _NOT_PLACE_START or name.isupper() and len(name) <= 4:
            continue
        start = m.start("name")
        cands.append(Candidate(start, start + len(name), AnswerType.WHERE, "where:preposition", 0.6,
                               kind="venue"))
    return resolve_overlaps(cands)
