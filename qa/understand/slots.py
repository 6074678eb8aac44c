"""Each slot of the question frame, read from the question's text by one small function."""

from __future__ import annotations

import re
from functools import cache

from qa import lexicon
from qa.lexicon.names import acronym
from qa.lexicon.synonyms import synonyms
from qa.lexicon.tokens import stem, words
from qa.lexicon.verbs import inflections, phrasal
from qa.mentions import role_phrase


def _group(name: str) -> str:
    return f"(?:{lexicon.alt(name)})"


@cache
def _rx(what: str) -> re.Pattern[str]:
    """The slot patterns, built from named lists once."""
    patterns = {
        "framing": (rf"\b{_group('framing_phrases')}\b", re.IGNORECASE),
        "kind_noun": (r"\b(?:what|which)\s+((?:[\w-]+\s+){0,2}?)(?:" + lexicon.alt("place_nouns") + "|"
                      + lexicon.alt("answer_kind_nouns") + r")\b", re.IGNORECASE),
        "line_items": (rf"\b{_group('asked_line_items')}\b", 0),
        "base": (rf"\b{_group('base_asked_words')}\b", re.IGNORECASE),
        "whole": (rf"\b{_group('whole_period_words')}\b", re.IGNORECASE),
        "end": (rf"\b{_group('end_asked_words')}\b", re.IGNORECASE),
        "total": (rf"\b{_group('total_words')}\b", re.IGNORECASE),
        "change": (rf"\b{_group('change_words')}", re.IGNORECASE),
        "price": (rf"\b{_group('price_asked_words')}\b", re.IGNORECASE),
        "count_frame": (rf"\b({lexicon.alt('count_qualifiers')})\s+how many\b", re.IGNORECASE),
        "aux": (rf"\b{_group('auxiliaries')}\b", 0),
        "subject": (rf"\b{_group('auxiliaries')}\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)(?!['’])\s+[a-z]",
                    0),
        "target": (rf"^{_group('count_stop_words')}$", 0),
        "which_noun": (r"\s*(?:which|what)\s+(?:[\w'’-]+\s+){0,3}?([\w-]+)\s+(?!of\b)(?:[a-z]+ed|[a-z]+s|"
                       + lexicon.alt("kind_noun_verbs") + r")\b", re.IGNORECASE),
        # "At which ballpark did …?", "In which German city is …?": the noun before the auxiliary
        "prep_which_noun": (r"\s*(?:" + lexicon.alt("which_prepositions") + r")\s+(?:which|what)\s+"
                            r"(?:[\w'’-]+\s+){0,2}?([a-z][\w-]*)\s+(?:" + lexicon.alt("auxiliaries") + r")\b",
                            re.IGNORECASE),
    }
    rx, flags = patterns[what]
    return re.compile(rx, flags)


# -- the words ---------------------------------------------------------------------------------
def entities(question: str) -> list[str]:
    """Runs of capitalised words after the first word ("NATO Secretary General")."""
    toks = re.findall(r"[\w'’.&-]+", question)
    runs: list[str] = []
    cur: list[str] = []
    for i, t in enumerate(toks):
        if i > 0 and (t[:1].isupper() or any(ch.isupper() for ch in t[1:])):  # "eBay", "iPod" too
            cur.append(t.rstrip(".").removesuffix("'s").removesuffix("’s"))
        else:
            if cur:
                runs.append(" ".join(cur))
            cur = []
    if cur:
        runs.append(" ".join(cur))
    return runs


def keywords(question: str) -> list[str]:
    """Content words: no stop words, no question words, no framing ("take place"), and not the
    noun of a wh-phrase ("in which city"), which names the kind of answer, not its topic."""
    stop = lexicon.stopwords()
    qwords = lexicon.words("question_words")
    text = _rx("kind_noun").sub(lambda m: m.group(0)[: m.end(1) - m.start(0)], _rx("framing").sub(" ", question))
    return [w for w in words(phrasal(text)) if w not in stop and w not in qwords]


def framing(question: str) -> list[str]:
    return [w for m in _rx("framing").finditer(question) for w in words(m.group())]


def line_items(question: str) -> list[str]:
    """The words that say what amount is asked for: "profit", "sales", "earn" …"""
    return _rx("line_items").findall(question.lower())


def target(question: str) -> str | None:
    """The counted noun of a how-many question: "How many mining concessions does …" -> concessions."""
    m = re.search(r"\b(?:how many|number of)\s+(.*)", question, re.IGNORECASE)
    if not m:
        return None
    phrase: list[str] = []
    for w in re.findall(r"[\w'’-]+", m.group(1))[:5]:
        low = w.lower()
        if _rx("target").match(low):
            break
        possessive = low.endswith(("'", "’", "'s", "’s"))
        phrase.append(re.sub(r"['’]s?$", "", low))
        if possessive:
            break
    plurals = lexicon.words("irregular_plurals")
    for w in phrase:
        if w in plurals or (w.endswith("s") and not w.endswith("ss") and len(w) > 3):
            return w
    return phrase[0] if phrase else None


def entity_stems(names: list[str]) -> frozenset[str]:
    out: set[str] = set()
    for ent in names:
        for w in words(ent):
            out.add(stem(w) if w.isalpha() else w)
            out.update(synonyms(w))
    return frozenset(out)


def initials(runs: list[str]) -> frozenset[str]:
    return frozenset(a for e in runs if (a := acronym(e)))


def compound_parts(question: str) -> dict[str, int]:
    """"Kansallis-Osake-Pankki" is one name, not three rare words: each part -> the number of parts."""
    parts: dict[str, int] = {}
    for compound in re.findall(r"[\w']+(?:-[\w']+)+", question):
        for p in words(compound):
            parts[p] = len(words(compound))
    return parts


# -- who -----------------------------------------------------------------------------------------
def role_required(question: str) -> list[str]:
    """The role words a sentence must say: "chief financial officer" -> financial, officer."""
    phrase = role_phrase(question)
    required = [w for w in phrase if w not in lexicon.words("role_soft_words")]
    titles = lexicon.titles()
    if required and not any(w in titles for w in required):
        # "chief financial officer": "financial" alone is no role ("financial strength")
        required += [w for w in phrase if w in titles and w not in {"chief", "head", "the"}][-1:]
    return required


def leadership_verb(question: str) -> bool:
    return re.search(r"\bwho (?:heads|headed|leads|led|runs|ran|chairs|chaired)\b", question, re.IGNORECASE) is not None


def head_verb(question: str) -> bool:
    return re.search(r"\bwho (?:heads|leads|runs)\b", question, re.IGNORECASE) is not None


def role_verb(question: str) -> str | None:
    """A role verb counts only when "who" is its subject: "Who founded X?", not "Who did X write with?"."""
    m = re.match(r"\s*who\s+(\w+)", question, re.IGNORECASE)
    return m.group(1).lower() if m else None


def kind_noun(question: str) -> str | None:
    """"Which player hit …?", "At which ballpark did …?": the noun after "which" is the kind of answer."""
    m = _rx("which_noun").match(question) or _rx("prep_which_noun").match(question)
    return m.group(1).lower() if m else None


# -- whose / about what ------------------------------------------------------------------------
def _not_place(name: str) -> bool:
    return name not in lexicon.countries() and name not in lexicon.cities()


def possessors(question: str) -> list[str]:
    """Names the question puts in the possessive: "Qwest's bid" -> Qwest."""
    found = re.findall(r"(?<!^)\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)['’]s?\s", question)
    return [f for f in found if _not_place(f)]


def subject(question: str) -> list[str]:
    """The name right after the auxiliary: "How much is GAF offering Borg-Warner holders?" -> GAF."""
    m = _rx("subject").search(question)
    if not m or not _not_place(m.group(1)):
        return []
    return [m.group(1)]


# -- where and when ------------------------------------------------------------------------------
def asks_base(question: str) -> bool:
    return _rx("base").search(question) is not None


def asks_end(question: str) -> bool:
    """"Until when is the offer open?", "By when will the plant be completed?": the end of a period."""
    return _rx("end").search(question) is not None


# "On what date …?", "Which day …?": a day, which "last month" or an undated "Tuesday" does not give
_ASKS_DAY = re.compile(r"\b(?:what|which)\s+(?:date|day)\b", re.IGNORECASE)


def asks_day(question: str) -> bool:
    return _ASKS_DAY.search(question) is not None


def whole_period(question: str) -> bool:
    return _rx("whole").search(question) is not None


def event(question: str) -> tuple[str, ...] | None:
    """The event a question asks about: "When did Tesco launch its bid?" -> launch.

    After "did"/"will" the verb is in its base form and no determiner stands before it
    ("its bid" is a noun); after "was"/"were" or "be" it is a participle ("founded").
    """
    m = _rx("aux").search(question.lower())
    if not m or _rx("framing").search(question):
        return None  # "When did the failure happen?": the event is the noun, not a verb
    toks = re.findall(r"[\w'’.&-]+", question[m.end():])
    passive = m.group() in {"was", "were", "is", "are"}
    prev = ""
    determiners, particles = lexicon.words("determiners"), lexicon.words("particles")
    for i, tok in enumerate(toks):
        low = tok.lower()
        before, prev = prev, low
        if low in {"be", "been", "being"}:
            passive = True  # "When will the meeting be held?"
            continue
        if i + 1 < len(toks) and toks[i + 1].lower() in particles and low not in determiners:
            return _phrasal_event(low, toks[i + 1].lower())
        if tok[:1].isupper() or before in determiners or before.endswith(("'s", "’s")):
            continue  # part of a name ("North American Holding's"), or a noun ("its bid")
        forms = _event_verb(low, passive)
        if forms is not None:
            return forms
    return None


def _event_verb(word: str, passive: bool) -> tuple[str, ...] | None:
    """The shipped event verb `word` is a form of: its base form, or (passive) a participle."""
    for forms in lexicon.event_verbs():
        if passive:
            if word in forms[1:] or word.endswith(("ed", "en", "wn")) and word in inflections(forms):
                return forms
        elif word == forms[0]:
            return forms
    return None


def _phrasal_event(verb: str, particle: str) -> tuple[str, ...] | None:
    """"step down" means resign: the sentence may say either (None: a phrasal verb not known)."""
    meant = next((v for (b, p), v in lexicon.phrasal_verbs().items()
                  if p == particle and verb in inflections(tuple(b.split("/")))), None)
    if meant is None:
        return None
    return next((f for f in lexicon.event_verbs() if f[0] == meant), (meant,)) + (f"{verb} {particle}",)


def past(question: str) -> bool:
    return re.search(r"\b(?:did|was|were|had)\b", question.lower()) is not None


# -- how much / how many -----------------------------------------------------------------------
_PER_SHARE = re.compile(r"\b(?:a|per|each)[\s-](?:[A-Z][\w.&-]*\s+){0,3}(?:ordinary |common )?share\b")


def per_share(question: str) -> bool:
    return _PER_SHARE.search(question) is not None


# "What share price did Ottawa set …", "At what price is Pentair offering its preferred shares?":
# the price of a share, which wire copy writes with or without "a share" after it (of 30 such
# gold answers, 6 with it); not "How much did Kodak pay for its Enzon shares?" (a total).
_SHARE_PRICE = re.compile(r"\b(?:share|stock)\s+prices?\b|\bprices?\b.*\b(?:shares?|stock)\b", re.IGNORECASE)


def share_price(question: str) -> bool:
    return _SHARE_PRICE.search(question) is not None


def change(question: str) -> bool:
    return _rx("change").search(question) is not None


def total(question: str) -> bool:
    return _rx("total").search(question) is not None


def price_asked(question: str) -> bool:
    return _rx("price").search(question) is not None


def count_frame(question: str) -> str | None:
    m = _rx("count_frame").search(question)
    return m.group(1) if m else None
