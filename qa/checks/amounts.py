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
               "Bush cut spending to lower a record deficit projected to peak at $427bn (£230bn) this year.", "£230bn"),
              ("What net profit did the bank make in 1986?",
               "It reported pretax profit of 10.57 mln ringgit in 1986.", "10.57 mln ringgit"),
              ("What was Opel's operating profit in 1986?", "Opel's net profit was 24 mln marks in 1986.",
               "24 mln marks")],
       passes=[("What revenues will the acquisition produce?",
                "The acquisition will produce revenues of 9.6 mln dlrs a year.", "9.6 mln dlrs"),
               ("How much turnover will it bring?",
                "The acquisition will produce revenues of 9.6 mln dlrs a year.", "9.6 mln dlrs"),
               ("What net profit did the bank make in 1986?", "It reported profit of 10.57 mln ringgit in 1986.",
                "10.57 mln ringgit"),
               ("What pre-tax profit did the bank make in 1986?",
                "It reported pretax profit of 10.57 mln ringgit in 1986.", "10.57 mln ringgit"),
               ("What profit did the bank make in 1986?", "It reported pretax profit of 10.57 mln ringgit in 1986.",
                "10.57 mln ringgit")])
def other_line_item(q, ev, c, sig):
    """"How much did Upland pay?" is not answered by "revenues of 9.6 mln dlrs", nor "What net
    profit?" by "pretax profit of 10.57 mln" (the kind of a line item, when both say one)."""
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
        said_kind = _kind_before(before[-60:][:m.start(1)])
        asked_kind = next((_kind(q.words[i - 1]) for i, w in enumerate(q.words)
                           if i > 0 and stem(w) == stem(item)), "")
        if said_kind and asked_kind and said_kind != asked_kind:
            return f"the amount is {said_kind} {item}, not {asked_kind} {item}"
        return None
    return f"the amount is {item}, not what was asked"


def _kind(word: str) -> str:
    """A kind of line item ("net", "pretax", "operating"), spelled one way: "pre-tax" is "pretax"."""
    w = word.lower().replace("-", "")
    return w if w in lexicon.words("line_item_kinds") else ""


def _kind_before(text: str) -> str:
    tail = re.findall(r"[A-Za-z-]+", text)
    return _kind(tail[-1]) if tail else ""
