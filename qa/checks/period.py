"""Another year, quarter or half than the one asked about."""

from __future__ import annotations

import datetime as dt
import re

from qa.checks.base import Example, Level, check
from qa.mentions import periods, years


@check("other_year", level=Level.SENTENCE, says="it is about another year",
       fires=[("What was Acme's profit in 1986?", "Acme earned 5 mln dlrs in 1985."),
              # the examples' articles are dated 2000-01-01: "last year" is 1999
              ("How many tonnes of zinc did the mine produce in 1985?",
               "The mine produced 413,800 tonnes of zinc last year.")],
       passes=[("What was Acme's profit in 1986?", "Acme earned 5 mln dlrs in 1986, against 4 mln in 1985."),
               ("What was Acme's profit?", "Acme earned 5 mln dlrs in 1985."),
               ("How many tonnes of zinc did the mine produce in 1999?",
                "The mine produced 413,800 tonnes of zinc last year."),
               ("What will Acme earn in 2000?", "Acme expects to earn 5 mln dlrs this year.")])
def other_year(q, ev, sig):
    """The question asks about one year and the sentence speaks of others only ("last year" in
    an article of 1987 is 1986)."""
    said = years(ev.text) | _relative_years(ev.text, ev.sentence.doc_date)
    return "it is about another year" if q.years and said and not q.years & said else None


_RELATIVE_YEAR = re.compile(r"\b(last|this|next) year\b", re.IGNORECASE)
_OFFSET = {"last": -1, "this": 0, "next": 1}


def _relative_years(text: str, date: dt.date | None) -> set[str]:
    if date is None:
        return set()
    return {str(date.year + _OFFSET[m.group(1).lower()]) for m in _RELATIVE_YEAR.finditer(text)}


@check("other_period", level=Level.SENTENCE, says="it is about another quarter or half",
       fires=[("What was Acme's net profit in the first quarter of 1987?", "Acme earned 20 mln dlrs in 1987."),
              ("What was Acme's net income for the whole of 1986?", "Acme earned 5 mln dlrs in the fourth quarter.")],
       passes=[("What was Acme's net profit in the first quarter of 1987?",
                "Acme earned 5 mln dlrs in the first quarter of 1987."),
               Example("What was Acme's net profit in the first quarter?", "Net profit was 5 mln dlrs.",
                       title="Acme first quarter profit up")])
def other_period(q, ev, sig):
    """The question asks about a quarter (or half) that neither the sentence nor the lede names;
    a sentence that names the year asked about but not its quarter gives the whole year's figure."""
    said = periods(ev.text)
    if not q.periods:
        return "it is about another quarter or half" if q.whole_period and said and q.years else None
    if q.periods & said:
        return None
    if q.years & years(ev.text) or not q.periods & periods(ev.lede):
        return "it is about another quarter or half"
    return None
