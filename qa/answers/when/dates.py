"""When: dates, times, weekdays and relative expressions found in a sentence, each with the value
it has against the article's date (qa.answers.when.resolve)."""

from __future__ import annotations

import re

from qa import lexicon
from qa.answers.base import Candidate, Flag, Sentence, resolve_overlaps
from qa.answers.when.patterns import ORDER, patterns
from qa.answers.when.resolve import resolved
from qa.models import AnswerType, DateValue


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
                                   kind=value.granularity if value else kind,
                                   flags={Flag.EXPLICIT_DATE} if kind in {"mdy", "dmy", "iso"} else set()))
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
