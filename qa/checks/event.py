"""The event asked about must be the one the sentence tells: launched is not extended,
injured is not killed, and what will happen does not say when it happened."""

from __future__ import annotations

import re
from functools import cache

from qa import lexicon
from qa.checks.base import Level, check
from qa.lexicon.synonyms import synonyms
from qa.lexicon.tokens import stem, words
from qa.lexicon.verbs import inflections, phrasal_meanings
from qa.models import AnswerType


def verb_said(forms: tuple[str, ...], lower_words: list[str], stems: set[str]) -> bool:
    """The verb in any form, a phrasal verb meaning it, a synonym, or a word formed from it."""
    if forms[0] in lexicon.words("announcing_verbs") and lexicon.words("saying_words") & set(lower_words):
        return True  # announcing is saying
    if any(" " in f for f in forms):
        if _phrasal_said(forms, lower_words):
            return True
        forms = tuple(f for f in forms if " " not in f)
    return _forms_said(forms, lower_words, stems) or _synonym_said(forms[0], lower_words, stems) \
        or _derived_said(forms[0], lower_words)


def _forms_said(forms: tuple[str, ...], lower_words: list[str], stems: set[str]) -> bool:
    return any(stem(f) in stems for f in forms) or bool(inflections(forms) & set(lower_words))


def _synonym_said(base: str, lower_words: list[str], stems: set[str]) -> bool:
    """A synonym's stem, or an irregular form of a synonym ("start" is said by "begun")."""
    if set(synonyms(base)) & stems:
        return True
    return any(stem(other[0]) in synonyms(base) and any(f in lower_words for f in other)
               for other in lexicon.event_verbs())


def _derived_said(base: str, lower_words: list[str]) -> bool:
    """A word formed from the verb: "resume" -> "resumption"."""
    prefix = base[:-1] if base.endswith("e") and len(base) > 4 else base
    return len(prefix) >= 4 and any(w.startswith(prefix) for w in lower_words)


def _phrasal_said(forms: tuple[str, ...], lower_words: list[str]) -> bool:
    """"stepped down" says "step down"."""
    verb, particle = next(f for f in forms if " " in f).split()
    text = " ".join(lower_words)
    for b, p in lexicon.phrasal_verbs():
        said = inflections(tuple(b.split("/")))
        if p == particle and verb in said and any(f"{form} {particle}" in text for form in said):
            return True
    return False


@cache
def _time_frame() -> re.Pattern[str]:
    # "at the end of April" dates something; it does not say that anything ended
    return re.compile(rf"\b(?:{lexicon.alt('time_frame_prepositions')}) the (?:{lexicon.alt('time_frame_points')}) of\b",
                      re.IGNORECASE)


@check("other_event", level=Level.SENTENCE, applies_to=(AnswerType.WHEN, AnswerType.HOW_MANY),
       says="the sentence does not say '{verb}' / says what will happen, not what did",
       fires=[("When did Tesco first launch its bid for Hillards?",
               "Tesco said it was extending its bid for Hillards until May 1."),
              ("On what date did Funaro step down as finance minister?", "Funaro angered the banks in February."),
              ("How many people were injured by the hurricane?", "Ivan has killed at least 60 people."),
              ("How many people were wounded in the bombing?", "The bombing killed 85 people."),
              ("When did Reagan last visit West Berlin?", "Reagan will visit Rome and West Berlin in June."),
              ("When is the highway rehabilitation due to be finished?",
               "The final list of contractors would be issued at the end of April.")],
       passes=[("When did Tesco first launch its bid for Hillards?", "Tesco launched its bid for Hillards on March 2."),
               ("When did Tesco first launch its bid for Hillards?",
                "The launch of Tesco's bid on March 2 surprised the market."),
               ("When did the pipeline resume operation?", "The resumption of pumping is set for March 20."),
               ("In which year did operating profit rise to 120 mln marks?",
                "Operating profit rose to 120 mln marks in 1986."),
               ("Until when has Capitol postponed its annual meeting?", "Capitol delayed its annual meeting until May."),
               ("On what date did Funaro step down as finance minister?", "Funaro stepped down on Monday."),
               ("On what date did Funaro step down as finance minister?", "Funaro resigned on Monday."),
               ("How many people were wounded in the bombing?", "The bombing injured 300 people."),
               ("How many workers will GM lay off at Pontiac?",
                "About 400 workers on the bus line will be laid off."),
               ("When did blood banks start screening donations?",
                "The practice of testing donated blood, begun in mid-1985, works."),
               ("When did Marlon Brando die?", "Brando, who died last July, won an Oscar."),
               ("When did Pacific Gas announce the change in its accounting?",
                "Pacific Gas said yesterday that a change in the method would cut earnings."),
               ("When did Reagan last visit West Berlin?", "Reagan visited West Berlin in 1982."),
               ("When is the highway rehabilitation due to be finished?",
                "The rehabilitation will be finished at the end of April.")])
def other_event(q, ev, sig):
    """"When did Tesco launch its bid?" is not answered by when it extended the bid, nor "How many
    were injured?" by how many were killed (for how-many, only verbs whose counts news keeps
    apart: qa/data/lexicon/counted_verbs.txt)."""
    forms = q.event
    if forms is None or q.type is AnswerType.HOW_MANY and forms[0] not in lexicon.words("counted_verbs"):
        return None
    lower_words = words(_time_frame().sub(" ", ev.text))
    lower_words += phrasal_meanings(lower_words)  # "set up a committee" says "found" one
    if not verb_said(forms, lower_words, {stem(w) for w in lower_words}):
        return f"the sentence does not say '{forms[0]}'"
    if q.past:
        said = [i for i, w in enumerate(lower_words) if w in inflections(forms)]
        if said and all(i > 0 and lower_words[i - 1] in {"will", "shall", "to"} for i in said):
            return f"the sentence says what will {forms[0]}, the question what did"
    return None
