"""Attributes: "where is X based" needs a sentence that says where X is based."""

from __future__ import annotations

import re
from functools import cache

from qa import lexicon
from qa.checks.base import Level, check
from qa.lexicon.tokens import word_stems
from qa.mentions import known_place
from qa.models import AnswerType


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    companies = lexicon.alt("company_nouns")
    return {
        # Reuters gives a company's base as "<Otari Electric Co> of Tokyo", "Investors Diversified Service, of Minneapolis"
        "said": re.compile(rf"\b(?:{lexicon.alt('base_said_words')})\b|\w+-based\b|(?<!-)\bbased\b|"
                           rf"(?:\b(?:{lexicon.alt('corporate_abbreviations')})\b|>),?\s+of\s+[A-Z]", re.IGNORECASE),
        "points_back": re.compile(r"^\s*[\"“]?(?:It|Its|The [\w\s.-]*?-based)\b|\b(?:the|The) (?:"
                                  + lexicon.alt("anaphoric_company_nouns") + r")\b"),
        "place_company": re.compile(rf"\b([A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?)\s+(?:{companies})\b"),
        "resident": re.compile(rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{lexicon.alt('resident_nouns')})\b", re.IGNORECASE),
    }


@check("base_unsaid", level=Level.SENTENCE, applies_to=(AnswerType.WHERE,),
       says="the sentence does not say where {name} is based",
       fires=[("In which city does General Motors have its headquarters?",
               "The GM plant at Doraville, Ga., will be closed."),
              ("Where is Jet Airways headquartered?",
               "Jet Airways was founded by London-based ex-travel agent Naresh Goya."),
              ("Where is eBay based?", "Chrysler was the only Detroit based automaker to gain share.")],
       passes=[("In which city does General Motors have its headquarters?", "The Detroit-based carmaker said so."),
               ("In which city is Otari Electric based?", "<Otari Electric Co> of Tokyo said."),
               ("Where is Jet Airways headquartered?", "The Mumbai-based airline controls 45% of the market."),
               ("Where is Nike based?", "Sales rose, said the firm based in Beaverton.")])
def base_unsaid(q, ev, sig):
    """"Where is GM headquartered?" is not answered by where one of its plants is: the sentence
    must name the company (or point back to it) and say "based", "headquarters" or "X of City"."""
    if not q.asks_base:
        return None
    rx = _patterns()
    named = [e for e in q.entities if not known_place(e)]
    said = word_stems(ev.text)
    if named and not any(word_stems(e) & said for e in named) and not rx["points_back"].search(ev.text):
        return f"the sentence does not say where {named[0]} is based"  # "the Detroit based automaker" is not eBay
    for m in rx["place_company"].finditer(ev.text):
        if known_place(m.group(1)):
            return None  # "the privately owned Portland company"
    for m in rx["said"].finditer(ev.text):
        # "founded by London-based ex-travel agent Naresh Goya": where a person lives is no head office
        if m.group().lower().endswith("-based") and rx["resident"].match(ev.text[m.end():m.end() + 40]):
            continue
        return None
    return "the sentence does not say where it is based"
