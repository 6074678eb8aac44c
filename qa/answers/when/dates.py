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


def extract_dates(s: Sentence) -> list[Candidate]:
    rx = patterns()
    cands: list[Candidate] = []
    for kind in ORDER:
        for m in rx[kind].finditer(s.text):
            value, prior = resolved(kind, m, s)
            if prior <= 0:
                continue
            span = next((k for k in ("span", "span2") if m.groupdict().get(k)), 0)
            flags = {Flag.EXPLICIT_DATE} if kind in {"mdy", "dmy", "iso"} else set()
            if _DEADLINE.search(s.text[max(0, m.start(span) - 30):m.start(span)]):
                flags.add(Flag.DEADLINE)
            cands.append(Candidate(m.start(span), m.end(span), AnswerType.WHEN, f"date:{kind}", prior, value,
                                   kind=value.granularity if value else kind, flags=flags))
    cands = resolve_overlaps(cands)
    for c in cands:  # "until May." ends the sentence; "Feb." is an abbreviation and keeps its period
        last = re.search(r"(\w+)\.$", c.text(s))
        if last and len(last.group(1)) > 3 and last.group(1).lower() in lexicon.months() or \
                last and last.group(1).lower() == "may":
            c.end -= 1
    _attach_times(s, cands)
    return cands


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
