"""Ordinals must agree: the second Test is not the first."""

from __future__ import annotations

from qa.checks.base import Level, check
from qa.lexicon.tokens import stem
from qa.mentions import ordinal_pattern


@check("other_ordinal", level=Level.SENTENCE, says="the sentence is about the {nth} {noun}, not the {asked}",
       fires=[("Where will the Lions play their second Test against the All Blacks?",
               "The first Test against the All Blacks is in Christchurch on 25 June.")],
       passes=[("Where will the Lions play their second Test against the All Blacks?", "The second Test is in Wellington."),
               ("Where will the Lions play their second Test against the All Blacks?", "The Test is in Wellington.")])
def other_ordinal(q, ev, sig):
    """"Where will they play the second Test?" is not answered by where the first Test is."""
    for nth, noun in q.ordinals:
        said = {o.group(1).lower() for o in ordinal_pattern().finditer(ev.text) if stem(o.group(2).lower()) == stem(noun)}
        if said and nth not in said:
            return f"the sentence is about the {min(said)} {noun}, not the {nth}"
    return None
