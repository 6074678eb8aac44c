"""The question's own words are not its answer."""

from __future__ import annotations

import re

from qa.answers.base import Flag
from qa.checks.base import Level, check
from qa.lexicon.names import acronym
from qa.models import AnswerType
from qa.rank.features import echoes, overlap

_ALL_BUT_WHAT = (AnswerType.WHO, AnswerType.WHEN, AnswerType.HOW_MUCH, AnswerType.HOW_MANY, AnswerType.WHERE)


@check("echo", level=Level.CANDIDATE, applies_to=_ALL_BUT_WHAT, says="the span repeats the question",
       fires=[("What coupon does the 150 billion franc loan carry?",
               "The 150 billion franc loan carries a coupon of 8.5 pct.", "150 billion franc")],
       passes=[("What coupon does the 150 billion franc loan carry?",
                "The 150 billion franc loan carries a coupon of 8.5 pct.", "8.5 pct")])
def echo(q, ev, c, sig):
    """"What coupon does the 150 billion franc loan carry?" is not answered by "150 billion franc".
    A place said to be a base may repeat the question (Hapoel Bnei Sakhnin is based in Sakhnin)."""
    if Flag.SAID_BASE in c.flags or not echoes(q.echo, c.text(ev.sentence)):
        return None
    return "the span repeats the question"


@check("own_words", level=Level.CANDIDATE, applies_to=(AnswerType.WHO, AnswerType.WHERE),
       says="the span is made of the question's words",
       fires=[("Who is the chairman of Hanson Trust?", "Hanson Trust said its chairman would retire.", "Hanson Trust")],
       passes=[("Who is the chairman of Hanson Trust?", "Hanson Trust chairman Lord Hanson said so.", "Lord Hanson")])
def own_words(q, ev, c, sig):
    """A name or place made only of the question's words (or their synonyms) names what the
    question is about, not its answer."""
    if Flag.SAID_BASE in c.flags or overlap(sig.terms, ev.sentence, c) < 0.999:
        return None
    return "the span is made of the question's words"


_CAPS = re.compile(r"\b[A-Z]{2,6}\b")


@check("acronym_echo", level=Level.CANDIDATE, applies_to=(AnswerType.WHO, AnswerType.WHERE),
       says="the span is the question's name in its other form",
       fires=[("Which bank lead-manages the EIB's 400 mln mark eurobond?",
               "The European Investment Bank is issuing a 400 mln mark eurobond, lead manager Deutsche Bank said.",
               "European Investment Bank"),
              ("Who heads the European Investment Bank?", "The EIB said its president would retire.", "EIB")],
       passes=[("Which bank lead-manages the EIB's 400 mln mark eurobond?",
                "The European Investment Bank is issuing a 400 mln mark eurobond, lead manager Deutsche Bank said.",
                "Deutsche Bank"),
               ("Who heads the IMF?", "The International Monetary Fund said Michel Camdessus would lead it.",
                "Michel Camdessus")])
def acronym_echo(q, ev, c, sig):
    """"Which bank lead-manages the EIB's eurobond?" is not answered by "European Investment Bank":
    the span is a name of the question's, spelled out or shortened."""
    span = c.text(ev.sentence)
    asked = {w.lower() for w in _CAPS.findall(q.text)}
    if _CAPS.fullmatch(span):
        spelled = {a for a in (acronym(n) for n in q.name_runs) if a}
        return "the span is the question's name in its other form" if span.lower() in spelled else None
    short = acronym(span)
    return "the span is the question's name in its other form" if short and short in asked else None
