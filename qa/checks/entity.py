"""The names the question asks about must be named in the article."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from qa import lexicon
from qa.checks.base import Example, Level, check
from qa.lexicon.names import acronym, in_article, short_form_in, spelled_out
from qa.lexicon.tokens import words


def absent(entities: tuple[str, ...], article: frozenset[str], text: str = "") -> str | None:
    """The first entity the article never names (counting capitalised words, initials,
    short forms and spelled-out acronyms), as the reason; None when it names them all."""
    stop = lexicon.stopwords()
    generic = _generic()
    for ent in entities:
        content = [w for w in words(ent) if w not in stop and len(w) > 1 and w not in generic]
        if content and not _named(ent, content, article, text):
            return f"the article never names {ent}"
    return None


@cache
def _generic() -> frozenset[str]:
    """Words that name no one in particular: "Inc", "Group", "company"."""
    return frozenset({w.lower() for w in lexicon.org_suffixes()} | {"group", "company", "co", "corp", "inc"})


def _named(ent: str, content: list[str], article: frozenset[str], text: str) -> bool:
    if any(in_article(w, article) for w in content):
        return True
    if len(content) > 1 and sum(short_form_in(w, article) for w in content) >= 2:
        return True  # "Lib Dem" for "Liberal Democrat": every part shortened
    letters = re.sub(r"[^a-z]", "", ent.lower())
    short = acronym(ent)
    if short and short in article or letters in article:
        return True  # "London Stock Exchange" as "LSE"
    # "PG&E" as "Pacific Gas and Electric", "IPO" as "initial public offering"
    return "acr:" + letters in article or ent.isupper() and spelled_out(letters, text)


_LIBDEM = "The Lib Dem team grew, party chief executive Lord Rennard said."


@check("absent_entity", level=Level.SENTENCE, says="the article never names {entity}",
       fires=[("Who is the chief executive of Southcorp?", "Party chief executive Lord Rennard said so."),
              Example("Where is Lifetime Corp headquartered?", "The studio said it was a lifetime's work for Jez San."),
              Example("In which city is Southcorp headquartered?", "Hapoel Bnei Sakhnin play in the South of Israel."),
              Example("How many shares is ABM Gold offering in its GDR?",
                      "ABM Gold Corp filed for an initial public offering of six mln shares.")],
       passes=[("Who is the Liberal Democrat chief executive?", _LIBDEM),
               ("Who is the party's chief executive?", _LIBDEM),
               ("Which analyst said PG&E won't raise its dividend?", "Pacific Gas and Electric Co said so."),
               ("When did Greenspan become Fed chairman?", "US Federal Reserve chairman Alan Greenspan spoke."),
               ("What will the Carbozulia project cost?",
                "Studies are still being done on the carbozulia project, due in august."),
               ("How many shares is ABM Gold offering in its IPO?",
                "ABM Gold Corp filed for an initial public offering of six mln shares.")])
def absent_entity(q, ev, sig):
    """"Who is Mead's chief financial officer?" is not answered from an article that never names
    Mead. The sentence itself usually names the question's entities: the whole article is read
    only when it does not."""
    if not q.entities:  # nothing to look for: the sentence's names are not read
        return None
    return absent(q.entities, ev.sentence_names) and _absent_from_article(q.entities, ev.article_names, ev.document.text)


# One answer reads many sentences of one article: the article is searched once per question's
# names, not once per sentence (a frozenset and a str keep their hash, so a lookup is cheap).
_absent_from_article = lru_cache(maxsize=512)(absent)
