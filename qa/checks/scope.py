"""Where the figure holds: the place asked about, not the world nor another place."""

from __future__ import annotations

from qa.checks.base import Level, check
from qa.lexicon.synonyms import synonyms
from qa.lexicon.tokens import word_stems, words
from qa.mentions import PLACE_AFTER_IN, known_place, worldwide_pattern


@check("other_scope", level=Level.SENTENCE, says="the sentence gives a worldwide figure / is about {place}",
       fires=[("How many copies of Halo 2 have been sold in the UK?",
               "The game has sold more than five million copies worldwide."),
              ("When will the PlayStation Portable go on sale in Europe?",
               "Sony's PlayStation Portable goes on sale in the US on Thursday.")],
       passes=[("How many copies of Halo 2 have been sold in the UK?",
                "The game has sold a million copies in the UK, and more worldwide."),
               ("How many copies were sold worldwide?", "It sold 5 mln worldwide."),
               ("When will the PlayStation Portable go on sale in Europe?",
                "It goes on sale in Europe in March and in the US on Thursday.")])
def other_scope(q, ev, sig):
    """"How many were sold in the UK?" is not answered by a figure for the whole world, nor
    "When will it go on sale in Europe?" by when it goes on sale in the US."""
    if q.worldwide:
        return None
    said = word_stems(ev.text)
    for place in q.places:
        forms = word_stems(place) | {x for w in words(place) for x in synonyms(w)}
        if not known_place(place) or forms & said:
            continue
        if worldwide_pattern().search(ev.text):
            return f"the sentence gives a worldwide figure, not one for {place}"
        for other in PLACE_AFTER_IN.finditer(ev.text):
            name = other.group(1)
            if known_place(name) and not (word_stems(name) & forms):
                return f"the sentence is about {name}, not {place}"
    return None
