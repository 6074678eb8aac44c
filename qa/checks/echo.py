"""The question's own words are not its answer."""

from __future__ import annotations

from qa.answers.base import Flag
from qa.checks.base import Level, check
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
