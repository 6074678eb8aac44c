"""When: dates, times, weekdays and relative expressions found in a sentence, each with the value
it has against the article's date (qa.answers.when.resolve)."""

from __future__ import annotations

import re

from qa import lexicon
from qa.answers.base import Candidate, Flag, Sentence, resolve_overlaps
from qa.answers.when.patterns import ORDER, patterns
from qa.answers.when.resolve import resolved
from qa.models import AnswerType, DateValue

# "open until July 17", "from May 7 until May 13", "completed by end-1988", "phased out by January 1992"
_DEADLINE = re.compile(r"\b(?:until|till|through|by|before|no later than)\s+(?:the\s+)?(?:end\s+of\s+|end-)?$",
                       re.IGNORECASE)


# Gold writers keep it: "end of July", "end-1988", "end 1991", "end of 1988" (four of four such answers)
_END_OF = re.compile(r"\b[Ee]nd(?:\s+of\s+|-|\s+)$")


def extract_dates(s: Sentence) -> list[Candidate]:
    rx = patterns()
    cands: list[Candidate] = []
    for kind in ORDER:
        for m in rx[kind].finditer(s.text):
            value, prior = resolved(kind, m, s)
            if prior <= 0:
                continue
            span = next((k for k in ("span", "span2") if m.groupdict().get(k)), 0)
            cands.append(Candidate(m.start(span), m.end(span), AnswerType.WHEN, f"date:{kind}", prior, value,
                                   kind=value.granularity if value else kind, flags=_flags(s, kind, m.start(span))))
    cands = resolve_overlaps(cands)
    for c in cands:
        _trim(s, c)
    _attach_times(s, cands)
    return cands


def _flags(s: Sentence, kind: str, start: int) -> set[Flag]:
    """A date written out cites better than a weekday; one after "until" ends a period."""
    flags = {Flag.EXPLICIT_DATE} if kind in {"mdy", "dmy", "iso", "mdy_lower"} else set()
    if _DEADLINE.search(s.text[max(0, start - 30):start]):
        flags.add(Flag.DEADLINE)
    return flags


def _trim(s: Sentence, c: Candidate) -> None:
    """"by the end of July", "by end-1988": the end of the month or year is the date said;
    "until May." ends the sentence, but "Feb." is an abbreviation and keeps its period."""
    end = _END_OF.search(s.text, 0, c.start) if c.kind in {"month", "year"} else None
    if end:
        c.start = end.start()
    last = re.search(r"(\w+)\.$", c.text(s))
    if last and len(last.group(1)) > 3 and last.group(1).lower() in lexicon.months() or \
            last and last.group(1).lower() == "may":
        c.end -= 1


def _attach_times(s: Sentence, cands: list[Candidate]) -> None:
    """"16:30 on Tuesday, March 11" is one answer: the time joins the date after it."""
    for m in patterns()["time"].finditer(s.text):
        follow = next((c for c in cands if c.start == m.end() and c.value is not None), None)
        t = m.group("time")
        if follow and isinstance(follow.value, DateValue) and follow.value.granularity == "day":
            follow.start = m.start("time")
            follow.value = follow.value.model_copy(update={"time": t})
            follow.rule += "+time"
        elif not any(c.start <= m.start("time") < c.end for c in cands):
            cands.append(Candidate(m.start("time"), m.end("time"), AnswerType.WHEN, "time", 0.5, None, kind="time"))
    cands.sort(key=lambda c: c.start)
