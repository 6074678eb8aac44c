"""Too little of the question in the sentence: it is about something else."""

from __future__ import annotations

from qa.checks.base import Level, check
from qa.rank.score import MIN_COVERAGE


@check("coverage", level=Level.SENTENCE, says=f"it covers too little of the question (c < {MIN_COVERAGE})",
       fires=[("How much military aid did France pledge to Ukraine?", "The weather in Paris was fine on Sunday.")],
       passes=[("How much military aid did France pledge to Ukraine?",
                "France pledged 3 billion euros of military aid to Ukraine.")])
def coverage(q, ev, sig):
    """The share of the question's (idf-weighted) words the sentence holds, with its headline
    and lede at half weight, must reach MIN_COVERAGE."""
    if sig.coverage < MIN_COVERAGE:
        return f"it covers too little of the question ({sig.coverage:.2f} < {MIN_COVERAGE})"
    return None
