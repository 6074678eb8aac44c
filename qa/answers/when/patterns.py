"""The date, time and relative-expression patterns, as one named table (qa.answers.when.resolve
turns each family's matches into values)."""

from __future__ import annotations

import re
from functools import cache

from qa import lexicon

WEEKDAYS = list(lexicon.phrases("weekdays"))
ORDINAL_Q = {k: int(v) for k, v in lexicon.numbers("quarter_ordinals").items()}
SMALL_NUMBERS = {k: int(v) for k, v in lexicon.numbers("number_words").items() if v <= 10 and " " not in k}


def _cased(words: list[str]) -> str:
    """Title-case and upper-case forms only: "May" the month, never "may" the verb."""
    forms = set()
    for w in words:
        forms.add(w.capitalize())
        forms.add(w.upper())
    return "|".join(sorted(forms, key=len, reverse=True))


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    month = rf"(?P<month>(?:{_cased(list(lexicon.months()))})\b\.?)"
    wd = rf"(?P<weekday>(?:{_cased(WEEKDAYS)}))\b"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    # Reuters spells a day under ten ("payable April one", "on June five"); 450 such dates in
    # 378 archive articles. Not before a hyphen ("the February three-month average") nor a
    # plural noun ("in May two companies said").
    spelled = "|".join(w for w, n in SMALL_NUMBERS.items() if 1 <= n <= 9)
    mday = (rf"(?:{day}|(?P<dayword>{spelled})\b(?!-)"
            r"(?!\s+(?!(?:as|was|is|has|its|unless|this|thus)\b)[a-z]+s\b))")
    year = r"(?P<year>(?:1[89]|20)\d\d)\b"
    zone = r"(?:\s?(?:GMT|BST|CET|[ECMP][SD]T|local time))?"  # "12:16 pm EST"
    time = (rf"(?P<time>(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?(?:[ap]\.m\.|[AP]M|[ap]m))?{zone}"
            rf"|(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?\s?(?:[ap]\.m\.|[AP]M|[ap]m){zone}|noon|midnight)")
    opt_wd = rf"(?:(?:(?:next|last|this|coming|[Nn]ext|[Ll]ast|[Tt]his)\s+)?{wd},?\s+)?"
    return {
        # "Tuesday, March 11, 2025", "Feb. 16", "March 7", "April one"
        "mdy": re.compile(rf"{opt_wd}{month}\s+{mday}(?:,?\s+{year})?"),
        # "16 March 2024", "the 5th of May"
        "dmy": re.compile(rf"{opt_wd}(?:the\s+)?{day}\s+(?:of\s+)?{month}(?:,?\s+{year})?"),
        "iso": re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
        # "in March", "early April", "March 2024" (a month alone needs a preposition before it)
        "month": re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|[Ff]rom|[Oo]f|[Ff]or|[Ee]arly|[Ll]ate|[Mm]id|[Ee]nd)[\s-]+(?P<span>{month}(?:,?\s+(?:of\s+)?{year})?)"
                            rf"|\b(?P<span2>(?P<mrel>[Ll]ast|[Nn]ext|[Tt]his)\s+{month.replace('?P<month>', '?P<month2>')})"
                            rf"(?!\s+(?:[0-3]?\d\b|(?:{spelled})\b))"),  # "last February 13" is a day (mdy)
        "monthyear": re.compile(rf"{month},?\s+{year}"),  # "March 2024", "September, 1984"
        # "march 20, 1990": Reuters' lower-case stories; a day must follow ("may" is a verb, left out)
        "mdy_lower": re.compile(rf"\b(?P<month>{'|'.join(m for m in lexicon.months() if len(m) > 3 and m != 'may' and '.' not in m)})"
                                rf"\s+{day}(?:,?\s+{year})?(?!\s*(?:%|pct|per|mln|billion|[a-z]))"),
        # "mid-1988", "late 1988", "early 1987": the part of the year is said, and gold writers quote it
        "partyear": re.compile(r"\b(?P<span>(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+(?P<year>(?:1[89]|20)\d\d))\b(?![/-]\d)"),
        # "between August and November 2001": the range starts with its first month
        "monthrange": re.compile(rf"(?P<span>(?:[Bb]etween|[Ff]rom)\s+{month}\s+(?:and|to|until)\s+"
                                 rf"{month.replace('?P<month>', '?P<month_end>')}\s+{year})"),
        "weekday": re.compile(rf"(?:(?P<rel>last|next|this|past|coming)\s+)?(?:(?:late|early)\s+)?{wd}(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE),
        "relday": re.compile(rf"\b(?P<relday>{lexicon.alt('relative_days')})(?:\s+(?:morning|afternoon|evening|night))?\b", re.IGNORECASE),
        "relspan": re.compile(r"\b(?:(?P<rel>last|next|this|past|coming|previous|current)\s+(?P<unit>week|month|year|quarter|weekend)"
                              r"|(?:earlier|later)\s+this\s+(?P<unit2>week|month|year))\b", re.IGNORECASE),
        "ago": re.compile(rf"\b(?P<n>\d+|a|an|{'|'.join(w for w in SMALL_NUMBERS if w != 'zero')})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", re.IGNORECASE),
        "quarter": re.compile(rf"\b(?:the\s+)?(?P<q>{'|'.join(ORDINAL_Q)}|final|last)[\s-]+(?:fiscal\s+)?quarter\b(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year>(?:19|20)\d\d)\b)?", re.IGNORECASE),
        "qshort": re.compile(r"\bQ(?P<q>[1-4])\s*(?P<year>(?:19|20)\d\d)?\b"),
        # "in 1986", "fiscal 1987", "1986/87"
        "year": re.compile(rf"\b(?:{lexicon.alt('year_prepositions')})[\s-]+(?P<span>(?P<year>(?:1[5-9]|20)\d\d)(?:/\d\d)?)\b", re.IGNORECASE),
        # "the 1987 budget", "The 1991 laptop", "the 1976 Berne Agreement", "the 2004 Olympics": a year
        # that names which one (225 before a capital word over the archive, all years)
        "theyear": re.compile(r"\b(?:[Tt]he|a|an|its|his|her|their)\s+(?P<span>(?P<year>(?:1[89]|20)\d\d))\s+(?=[a-z]|[A-Z][a-z])"),
        "fiscal": re.compile(r"\b(?P<span>(?:fiscal|calendar|financial)\s+(?:year\s+)?(?P<year>(?:1[89]|20)\d\d)(?:/\d\d)?)\b", re.IGNORECASE),
        "time": re.compile(rf"(?:(?:at\s+)?(?:about|around|approximately)\s+)?\b{time}(?:\s+(?:on|,)\s+|,?\s+)?", 0),
    }


# The order patterns are tried in: a longer match found earlier wins an overlap.
ORDER = ("monthrange", "mdy", "dmy", "iso", "month", "monthyear", "mdy_lower", "weekday", "relday", "relspan", "ago",
         "quarter", "qshort", "partyear", "year", "theyear", "fiscal")
