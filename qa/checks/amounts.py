"""Amounts: the line item asked for (profit, sales, a price paid) must be the one given."""

from __future__ import annotations

import re
from functools import cache

from qa import lexicon
from qa.checks.base import Level, check
from qa.lexicon.synonyms import synonyms
from qa.lexicon.tokens import stem
from qa.models import AnswerType


def said(word: str, stems: frozenset[str]) -> bool:
    """The word, a word sharing its stem's start ("earn"/"earnings"), or a synonym is in the sentence."""
    st = stem(word)
    return bool(set(synonyms(word)) & stems) or any(x.startswith(st) or st.startswith(x) for x in stems if len(x) > 2)


@check("other_focus", level=Level.SENTENCE, applies_to=(AnswerType.HOW_MUCH,), says="it does not say {line item}",
       fires=[("What were Opel's sales in 1986?", "Opel lost 40 mln marks in 1986.")],
       passes=[("What were Opel's sales in 1986?", "Opel had 1986 sales of 24 mln marks."),
               ("How much did Opel earn in 1986?", "Opel's 1986 earnings were 24 mln marks.")])
def other_focus(q, ev, sig):
    """"What were Opel's sales?" is not answered by a sentence about its losses."""
    if q.focus and not any(said(w, ev.stems) for w in q.focus):
        return f"it does not say {' or '.join(q.focus)}"
    return None


@cache
def _line_item() -> re.Pattern[str]:
    return re.compile(rf"\b({lexicon.alt('line_items')})\s+(?:[a-z]+\s+){{0,4}}?(?:{lexicon.alt('line_item_links')})"
                      r"\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?$", re.IGNORECASE)


@check("other_line_item", level=Level.CANDIDATE, applies_to=(AnswerType.HOW_MUCH,),
       says="the amount is {line item}, not what was asked",
       fires=[("How much did Upland pay for Consolidated?",
               "The acquisition will produce revenues of 9.6 mln dlrs a year.", "9.6 mln dlrs"),
              ("How large is President Bush's 2006 budget?",
               "Bush cut spending to lower a record deficit projected to peak at $427bn (£230bn) this year.", "£230bn")],
       passes=[("What revenues will the acquisition produce?",
                "The acquisition will produce revenues of 9.6 mln dlrs a year.", "9.6 mln dlrs"),
               ("How much turnover will it bring?",
                "The acquisition will produce revenues of 9.6 mln dlrs a year.", "9.6 mln dlrs")])
def other_line_item(q, ev, c, sig):
    """"How much did Upland pay?" is not answered by "revenues of 9.6 mln dlrs"."""
    if c.kind == "percent":
        return None
    before = ev.text[max(0, c.start - 80):c.start]
    before = re.sub(r"\S+\s*\(\s*$", "", before)  # "$427bn (£230bn)": the conversion goes with its amount
    m = _line_item().search(before[-60:])
    if not m:
        return None
    item = m.group(1).lower()
    stems = {stem(w) for w in q.words}
    item_forms = {stem(item)} | set(synonyms(item))
    if item_forms & stems or any(set(synonyms(w)) & item_forms for w in q.words):
        return None
    return f"the amount is {item}, not what was asked"
