"""Ages, durations, distances, weights and speeds: the answers to "How old / long / far / heavy / fast …?".

    age       "Nick Griffin, 45, was …", "the 71-year-old", "aged 83", "at the age of 77", "Tindall (26)",
              "He was 77.", "who is 87,", "Pickens is 58.", "has died in Germany at 50", "his 72nd birthday",
              "the star, now 81, …"
    duration  "180 days", "a three-week strike", "a six-month contract", "for 45 minutes"
    distance  "about 100 km from Sao Paulo", "80 km", "the 508m tower", "20 miles"
    weight    "145 kg", "a 100-kg bomb", "packages up to 220 lbs"
    speed     "speeds of up to 350 mph", "3km/h"

Each is a count with its unit (CountValue: 45 years, 180 days, 100 km). The span of an age
is the number alone ("45" of "45-year-old"), which is how people quote it.
"""

from __future__ import annotations

import re
from functools import cache

from qa import lexicon
from qa.answers.base import Candidate, Sentence
from qa.answers.numbers import NUM, SPELLED, parse_number
from qa.models import AnswerType, CountValue
from qa.understand.frame import Subtype

_QUAL = rf"(?:(?P<qual>{lexicon.alt('count_qualifier_phrases')})\s+)?"


@cache
def _age_patterns() -> list[tuple[re.Pattern[str], float]]:
    age = r"(?P<num>1[01]\d|[1-9]?\d)"
    return [
        (re.compile(rf"(?P<num>{NUM}|{SPELLED})[\s-]years?[\s-]old\b", re.IGNORECASE), 1.0),
        (re.compile(rf"\b(?:aged|age|at the age of)\s+{age}\b", re.IGNORECASE), 1.0),
        # "Nick Griffin, 45, said …", "Mike Tindall (26)", "… said Hynde, 53.": a number set off right
        # after a name (at a sentence's end too: 7 over the archive, all ages)
        (re.compile(rf"\b[A-Z][\w.'’-]+(?:,\s+|\s+\(){age}(?=\)|,|\.(?:\s|$|[\"”])|\s+(?:and|who|was|is|has|had|said)\b)"),
         0.9),
        (re.compile(rf"\b(?:turned|turns|turning)\s+{age}\b", re.IGNORECASE), 0.9),
        # "The 'Golden Girls' star, now 81, was flagged …": an age set off after a name or a noun
        (re.compile(rf",\s+now\s+{age}(?=,)"), 0.85),
        # "He was 77.", "Jean Mantelet, who is 87, …": a pronoun's bare number, then a stop
        (re.compile(rf"\b(?:[Hh]e|[Ss]he|who)\s+(?:is|was)\s+{age}(?=\s*[.,;)]|\s+(?:when|and|years?)\b)"), 0.85),
        # "Pickens is 58.": a surname's bare number, then a stop
        (re.compile(rf"\b[A-Z][a-z][\w'’-]*\s+(?:is|was)\s+{age}(?=\s*[.;](?:\s|$)|\s+years?\b)"), 0.8),
        # "has died in Germany at 50", "died on Monday at 83" (not "at 10:30", "at 5 pct")
        (re.compile(rf"\b(?:died|dies)\b[^.;]{{0,40}}?\bat\s+{age}\b(?![:.]\d|\s*(?:%|pct|per|[ap]\.?m\b))"), 0.8),
        # "passed his 72nd birthday"
        (re.compile(r"\b(?:his|her)\s+(?P<num>1[01]\d|[1-9]?\d)(?:st|nd|rd|th)\s+birthday\b"), 0.9),
    ]


@cache
def _unit_pattern(name: str) -> re.Pattern[str]:
    units = "|".join(re.escape(u) for u in sorted(lexicon.table(name), key=len, reverse=True))
    # "180 days", "a three-week strike", "508m": the unit may touch the number or follow a hyphen
    return re.compile(rf"{_QUAL}(?P<num>{NUM}|{SPELLED})(?:\s|-)?(?P<unit>{units})\b(?!-old)",
                      re.IGNORECASE)


def extract_ages(s: Sentence) -> list[Candidate]:
    out: list[Candidate] = []
    for rx, prior in _age_patterns():
        for m in rx.finditer(s.text):
            value = parse_number(m.group("num"))
            if value is None or any(c.start <= m.start("num") < c.end for c in out):
                continue
            out.append(Candidate(m.start("num"), m.end("num"), AnswerType.HOW_MANY, "age", prior,
                                 CountValue(count=value, unit="years"), kind="count"))
    return sorted(out, key=lambda c: c.start)


def extract_lengths(s: Sentence, lists: tuple[str, ...]) -> list[Candidate]:
    """Durations and distances in the units of the named lists (time_units, length_units)."""
    out: list[Candidate] = []
    for name in lists:
        table = lexicon.table(name)
        for m in _unit_pattern(name).finditer(s.text):
            unit = m.group("unit")
            if unit.lower() == "m" and (m.group("unit") != "m" or re.search(r"[$€£¥]\s?$", s.text[:m.start("num")])):
                continue  # "£600m" is money; a lone "M" is no metre
            value = parse_number(m.group("num"))
            if value is None:
                continue
            qual = m.group("qual").lower() if m.group("qual") else None
            out.append(Candidate(m.start("num"), m.end("unit"), AnswerType.HOW_MANY, f"measure:{name}", 1.0,
                                 CountValue(count=value, unit=table[unit.lower()], qualifier=qual), kind="count"))
    return sorted(out, key=lambda c: c.start)


# the unit lists each measure reads (a length for any other subtype)
_UNITS = {Subtype.DURATION: ("time_units", "length_units"), Subtype.WEIGHT: ("weight_units",),
          Subtype.SPEED: ("speed_units",)}


def extract_measures(s: Sentence, subtype: Subtype) -> list[Candidate]:
    if subtype is Subtype.AGE:
        return extract_ages(s)
    return extract_lengths(s, _UNITS.get(subtype, ("length_units",)))
