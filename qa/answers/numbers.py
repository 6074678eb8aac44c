"""Numbers as news copy writes them, found and read in one place for every kind of answer.

    digits            "1,250", "12.5", "800"
    Reuters fractions "7-3/4 pct" (7.75), "up 1/2 to 23-1/2 dlrs" (0.5, 23.5)
    words             "twenty-five people" (25), "one hundred and five" (105),
                      "two dozen" (24), "a dozen" (12), "half a dozen" (6)

The words are read by their own small grammar (units, tens, hundred, thousand, dozen)
rather than a library: the regular expression that finds a spelled number's span must
know that grammar anyway, and `text2num`, tried on the spans it finds, reads neither
"dozen" nor "a hundred". Examples that must and must not read live in
tests/unit/answers/test_numbers.py.
"""

from __future__ import annotations

import re
from fractions import Fraction

from qa import lexicon

NUMBER_WORDS: dict[str, float] = lexicon.numbers("number_words")

_DENOMINATORS = "64|32|16|8|4|2"  # the wire's fractions of a point, a dollar, a per cent
FRACTION = rf"[1-9]\d?/(?:{_DENOMINATORS})"
# A number without its left edge: after a currency code it may follow a letter ("USD3.14").
NUMBER = rf"(?:(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:-{FRACTION})?|{FRACTION})(?![.,]?\d|/\d)"
# A number as written in news copy, not part of a longer word or number.
NUM = rf"(?<![\w.,/]){NUMBER}"
# After a figure: it belongs to an earlier period ("the 2.47 billion dlr surplus it had in the
# same period last year", "1,212 working rigs a year ago").
EARLIER = re.compile(r"\b(?:in the same (?:period|quarter|month|half) (?:of )?(?:last year|a year earlier|\d{4})|"
                     r"(?<!from )(?:a year (?:earlier|ago|before)|the (?:previous|prior) year|the year before))\b", re.IGNORECASE)

_UNITS = [w for w, v in NUMBER_WORDS.items() if " " not in w and 0 < v < 20]
_TENS = [w for w, v in NUMBER_WORDS.items() if " " not in w and v >= 20 and v % 10 == 0 and v < 100]
_SMALL = rf"(?:(?:{'|'.join(_TENS)})(?:[\s-](?:{'|'.join(_UNITS)}))?|{'|'.join(sorted(_UNITS, key=len, reverse=True))})"
_HUNDREDS = rf"(?:(?:{_SMALL}|a)[\s-]hundred(?:\s(?:and\s)?{_SMALL})?|{_SMALL})"
# "twenty-five", "one hundred and five", "three thousand two hundred", "two dozen", "half a dozen"
SPELLED = (rf"\b(?:(?:{_HUNDREDS}|a)[\s-]thousand(?:\s(?:and\s)?{_HUNDREDS})?|half\sa\sdozen|"
           rf"(?:{_SMALL}|a)\sdozen|{_HUNDREDS})\b")
_SPELLED = re.compile(rf"{SPELLED}$", re.IGNORECASE)
_WHOLE_FRACTION = re.compile(rf"(?:(\d+)-)?({FRACTION})$")


def parse_number(text: str) -> float | None:
    """The value of a number as found by NUM or SPELLED; None for anything else."""
    t = text.replace(",", "").strip()
    try:
        return float(t)
    except ValueError:
        pass
    m = _WHOLE_FRACTION.match(t)
    if m:
        frac = Fraction(m.group(2))
        return float(int(m.group(1) or 0) + frac) if frac < 1 else None
    return spelled_value(t)


def spelled_value(text: str) -> float | None:
    """"twenty-five" -> 25, "one hundred and five" -> 105, "two dozen" -> 24; None if not a number."""
    t = " ".join(text.lower().replace("-", " ").split())
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    if not _SPELLED.match(t):
        return None
    if t == "half a dozen":
        return 6.0
    total, current = 0.0, 0.0
    for word in t.split():
        if word == "a":
            current = 1.0
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif word == "thousand":
            total, current = total + (current or 1.0) * 1000, 0.0
        elif word == "dozen":
            current = (current or 1.0) * 12
        elif word != "and":
            current += NUMBER_WORDS[word]
    return total + current
