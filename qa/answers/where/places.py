"""Where: countries, cities and waters from the shipped gazetteer, and "in/at <Name>" venues.

A place name after a locative preposition ("in Managua", "based in Beaverton,
Oregon", "the town of Vernon") is where something happens; a country used as an
owner or an adjective ("Zambia's director", "Zimbabwe goalkeeper") is not.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from qa import lexicon
from qa.answers.base import Candidate, Sentence, resolve_overlaps
from qa.answers.who.names import EVENTS
from qa.models import AnswerType

_CAP = r"[A-Z][\w\u00C0-\u024F'’.-]*"
# a weekday ends a name: "at the Pacific port of Punta Morales Monday"
_WEEKDAY = rf"(?:{'|'.join(w.capitalize() for w in lexicon.phrases('weekdays'))})\b"
_NAME = rf"{_CAP}(?:\s+(?:of\s+|de\s+|la\s+|del\s+)?(?!{_WEEKDAY}){_CAP}){{0,4}}"
_LOCATIVE = rf"(?:{lexicon.alt('locatives')})"
_PREP = re.compile(rf"\b{_LOCATIVE}\s+(?:the\s+)?(?P<name>{_NAME})")
_TOWN_OF = re.compile(rf"\b(?:{lexicon.alt('settlement_nouns')})s?\s+of\s+(?P<name>{_NAME}(?:\s+and\s+{_CAP})?)")
# Words that continue a place name past a known city or country: "New York City", "Kent County".
_PLACE_TAIL = re.compile(rf"\s+(?:{lexicon.alt('place_name_tails')})\b")
_US_STATES = lexicon.entries("us_states")
_CORPORATE = lexicon.entries("corporate_suffixes")
_NOT_PLACE_START = lexicon.entries("not_place_starts")
_FOLLOWER = re.compile(rf"\s(?:{lexicon.alt('place_followers')})\b")
_SITE = re.compile(rf"\s+(?:{lexicon.alt('site_nouns')})\b")
# "the Colmar plant", "its Jamba headquarters", "Rockwell's Duluth Ga. division" is left out (see site_nouns)
_SITE_NAME = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?P<name>{_CAP}(?:\s+{_CAP}){{0,2}})(?=\s+(?:{lexicon.alt('site_nouns')})\b)")


@cache
def _gazetteer() -> re.Pattern[str]:
    names = [n for n, c in lexicon.countries().items() if n == c or " " in n or n.isupper()]
    names += list(lexicon.cities()) + list(lexicon.entries("waters"))
    names = [n for n in names if len(n) > 2]
    alt = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    # not after one hyphen ("Anglo-French"), but after a dash written "--" ("(Dow Jones)--New Zealand")
    return re.compile(rf"(?<!\w)(?:(?<=--)|(?<!-))(?:{alt})(?![\w-]|(?<=\.)\w)")


_CAP_START = re.compile(r"(?<!\w)(?:(?<=--)|(?<!-))[A-Z]\w*")


@cache
def _world_by_first_word() -> dict[str, tuple[str, ...]]:
    """The world's towns by their first word, longest first: eleven thousand names are looked
    up at each capitalised word, which one regular expression of them all made slow (a where
    question's p95 went from 37 to 93 ms at a million sentences)."""
    out: dict[str, list[str]] = {}
    for name in lexicon.world_cities():
        first = re.match(r"\w+", name)
        if first:
            out.setdefault(first.group(), []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _world_places(text: str) -> list[tuple[int, int]]:
    """Where the world's towns are named, with the gazetteer's edges: not inside a word or a
    hyphenated one ("Surrey-based"), nor followed by a word character."""
    by_first = _world_by_first_word()
    out = []
    for m in _CAP_START.finditer(text):
        for name in by_first.get(m.group(), ()):
            end = m.start() + len(name)
            if text.startswith(name, m.start()) and not re.match(r"[\w-]", text[end:end + 1]) \
                    and not (name.endswith(".") and re.match(r"\w", text[end:end + 1])):
                out.append((m.start(), end))
                break
    return out


def _in_gazetteer(name: str) -> bool:
    """A country or city of the curated gazetteer, or a town of the world's list."""
    return _gazetteer().fullmatch(name) is not None or name in lexicon.world_cities()


def _clean(name: str) -> str:
    if name.rstrip(",") in lexicon.cities():  # "Wis." keeps its period
        return name.rstrip(",")
    name = re.sub(r"['’]s?$", "", name.rstrip(".,'’"))
    return name


def _context_prior(text: str, start: int, end: int, base: float) -> float:
    before = text[max(0, start - 25):start]
    after = text[end:end + 3]
    if re.search(rf"\b{_LOCATIVE}\s+(?:the\s+)?$", before):
        base += 0.3
    elif re.search(r"\b(?:of|to)\s+$", before) and text[start:end] in lexicon.cities():
        base += 0.2  # "Otari Electric Co of Tokyo", "move to Janesville"
    if after.startswith(("'s", "’s")) or re.match(r"\s[a-z]", after) and not _FOLLOWER.match(text[end:end + 10]) \
            and not _SITE.match(text[end:end + 20]):
        base -= 0.3  # an owner or an adjective: "Zambia's director", "Zimbabwe goalkeeper"
    else:
        nxt = re.match(r"\s+([A-Za-z-]+)", text[end:end + 30])
        if nxt and nxt.group(1).lower() in lexicon.titles():
            base -= 0.3  # "West German Chancellor Helmut Kohl in Bonn"
    return max(0.1, min(base, 1.0))


def extract_places(s: Sentence) -> list[Candidate]:
    """Every kind of place mention, the longer of overlapping ones kept. A demonym ("Scottish")
    says whose, a month ("in December and January") when, a common word capitalised by its
    place ("Speaking at …") nothing, and a company's name ("at Trafford Park Printing Ltd") who:
    none is a place (93 such company candidates of where-questions over the archive, none right)."""
    text = s.text
    cands = _known_places(text) + _venues(text) + _place_regions(text) + _bases(text) + _pairs(text) + _sites(text)
    for d in _datelines(text):  # "DAKAR, Senegal -- …": the city alone, as the story is filed from it
        cands = [c for c in cands if c.end <= d.start or c.start >= d.end] + [d]
    months = lexicon.months()
    cands = [c for c in cands if not lexicon.is_demonym(c.text(s)) and not lexicon.lone_common_word(c.text(s))
             and (c.text(s).split() or [""])[0].lower() not in months and not _company(c.text(s))]
    return [_place_alone(c, s) for c in resolve_overlaps(cands)]


def _place_alone(c: Candidate, s: Sentence) -> Candidate:
    """"Beaverton, Oregon" answers as "Beaverton": where a gold set lists only one form it is the
    place far more often than the pair (16 answers to 3 over the gold sets; 2 blind answers
    wrong for it, none right), and the cited sentence still shows the region. The pair stays one
    candidate, so the region is no rival answer of its own. "Washington, D.C." stays whole: the
    district is part of the city's name, and "Washington" alone is also a state."""
    text = c.text(s)
    cut = text.find(", ")
    if c.rule != "where:place-region" or cut <= 0 or text[cut + 2:].rstrip(".") == "D.C":
        return c
    return replace(c, end=c.start + cut)


def _company(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and words[-1].rstrip(".") in _CORPORATE


# A wire story opens with where it was filed, in capitals: "DAKAR, Senegal -- Residents …",
# "KAMMENA VOURLA, Greece (Reuters) - A bus …", "STOCKHOLM - Andre Agassi …" (393 AG News
# articles open so), "WELLINGTON (Dow Jones)--New Zealand …" (17 more). Not "LONDON (Reuters)"
# alone without its dash, nor "U.S. - …".
_DATELINE = re.compile(r"(?P<name>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3})"
                       r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s+(?:\([^()]{1,40}\)\s*)?"
                       r"(?:--?\s|--(?=[A-Z])|[\u2013\u2014]\s?)")


def _datelines(text: str) -> list[Candidate]:
    """The city a story was filed from, when the sentence opens with a dateline."""
    m = _DATELINE.match(text)
    if not m or len(m.group("name").replace(".", "")) < 3 or m.group("name").split()[0].title() in _NOT_PLACE_START:
        return []
    name = m.group("name").title()
    return [Candidate(m.start("name"), m.end("name"), AnswerType.WHERE, "where:dateline", 0.8, kind=_kind(name))]


def _known_places(text: str) -> list[Candidate]:
    """Countries and cities of the gazetteer, ranked by what stands around them."""
    found = [(m.start(), m.end(), True) for m in _gazetteer().finditer(text)]
    # "Jesse Jackson", "Florence Griffith": a town of the world's list inside a name is none
    found += [(a, b, False) for a, b in _world_places(text) if not _in_name_run(text, a, b)]
    out: list[Candidate] = []
    for a, b, _ in sorted(found, key=lambda x: (x[0], -(x[1] - x[0]), not x[2])):
        if out and a < out[-1].end:
            continue  # the longer of two that start together, then the curated one
        name = text[a:b]
        kind = "country" if name in lexicon.countries() else "venue" if name in lexicon.entries("waters") else "city"
        out.append(Candidate(a, b, AnswerType.WHERE, f"where:{kind}", _context_prior(text, a, b, 0.6), kind=kind))
    return out


def _venues(text: str) -> list[Candidate]:
    """A name after a locative ("in Managua") or in "the town of Vernon"."""
    out = []
    for rx, rule, base in ((_PREP, "where:preposition", 0.75), (_TOWN_OF, "where:town-of", 1.0)):
        for m in rx.finditer(text):
            name, start = _venue_name(m)
            if name:
                out.append(Candidate(start, start + len(name), AnswerType.WHERE, rule, base, kind="venue"))
    return out


def _venue_name(m: re.Match[str]) -> tuple[str, int]:
    """The place a locative names (empty when it names none) and where it starts."""
    name = _clean(m.group("name"))
    if "-based" in name:
        return "", 0  # "a stake in Oporto-based BPI": the base is Oporto (see _bases), not "Oporto-based"
    owner = re.match(r".*?['’]s\s+", name)
    if owner:  # "at Rohr's Chula Vista and Riverside plants": the place follows the owner
        name = name[owner.end():]
    if not name or name.split()[0] in _NOT_PLACE_START or name.isupper() and len(name) <= 4:
        return "", 0
    if name.split()[-1] in EVENTS:
        return "", 0  # "in the Uefa Cup" is when and what, not where
    acronym = re.search(r"\s[A-Z]{2,4}\b", name)
    if acronym and acronym.start() > 0:
        name = name[:acronym.start()]  # "the Antwerp WTA event": WTA runs the event, Antwerp hosts it
    known = _gazetteer().match(name)
    if known and known.end() < len(name) and not _PLACE_TAIL.match(name[known.end():]):
        name = known.group()  # "the Antwerp WTA event": the place is Antwerp
    return name, m.start("name") + (owner.end() if owner else 0)


def _place_regions(text: str) -> list[Candidate]:
    """"Beaverton, Oregon", "Minas Gerais, Brazil": a place and the region it lies in."""
    out = []
    for m in re.finditer(rf"(?P<name>{_CAP}(?:\s+{_CAP}){{0,2}}),\s+(?P<region>{_CAP}(?:\s+{_CAP})?|[A-Z]\.[A-Z]\.)", text):
        region = _in_gazetteer(_clean(m.group("region"))) or _clean(m.group("region")) in _US_STATES
        # "Dallas, Texas" is one place even though Dallas is known; "Canada, Japan" is a list
        state = _clean(m.group("region")) in _US_STATES or re.fullmatch(r"(?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])\.",
                                                                          m.group("region")) is not None
        name, start = m.group("name"), m.start("name")
        owner = re.match(r".*?['’]s\s+", name)
        if owner:  # "Ford's Hermosillo, Mexico, plant": Ford owns the plant, the place is Hermosillo
            name, start = name[owner.end():], start + owner.end()
        if region and name.split()[0] not in _NOT_PLACE_START and (
                not _in_gazetteer(name) or state and name not in lexicon.countries()):
            end = m.start("region") + len(_clean(m.group("region")))
            out.append(Candidate(start, end, AnswerType.WHERE, "where:place-region",
                                 _context_prior(text, start, end, 0.75), kind="venue"))
    return out


def _bases(text: str) -> list[Candidate]:
    """"The San Francisco-based promotional group": where it is based."""
    out = []
    for m in re.finditer(rf"(?P<name>{_CAP}(?:\s+{_CAP}){{0,2}})-based\b", text):
        name = m.group("name")
        words = name.split()
        owner = max((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), default=-1)
        words = words[owner + 1:]  # "US Sprint's Dallas-based division": the owner is not the place
        if words and words[0] in _NOT_PLACE_START:
            words = words[1:]
        name = " ".join(words)
        if name:
            start = m.end("name") - len(name)
            window = max(0, start - 40)
            city = _city_before(text[window:start])
            if city and _is_region(name):
                # "the Nashville, Tenn.-based company", "The Jacksonville, Florida-based firm"
                start = window + city
            # "the London-based ex-travel agent" says where a person lives, not where a company is
            org = re.match(rf"(?:\s+[\w-]+){{0,3}}?\s+(?:{lexicon.alt('based_org_nouns')}|<?[A-Z][\w&.-]*)",
                           text[m.end():m.end() + 60])
            out.append(Candidate(start, m.end("name"), AnswerType.WHERE, "where:based", 0.9 if org else 0.3,
                                 kind=_kind(text[start:m.end("name")])))
    return out


def _city_before(text: str) -> int | None:
    """Where the city before a region and a comma starts ("The Jacksonville, " -> 4), if one
    does: not "Canada, Japan-based" (a list) nor "Meanwhile, UK-based" (an adverb)."""
    m = re.search(rf"(?<![\w-])({_CAP}(?:\s+{_CAP}){{0,2}}),\s+$", text)
    if m is None:
        return None
    words = list(re.finditer(r"\S+", m.group(1)))
    lead = 0
    while lead < len(words) - 1 and words[lead].group() in _NOT_PLACE_START:
        lead += 1
    city = m.group(1)[words[lead].start():]
    if words[lead].group() in _NOT_PLACE_START or city in lexicon.countries() or _common_word(city):
        return None
    return m.start(1) + words[lead].start()


def _in_name_run(text: str, start: int, end: int) -> bool:
    """A capitalised word right before or after: part of a longer name ("Jesse Jackson", "Warren
    Buffett"), unless the word before is one that opens a sentence, an owner or a place ("In
    Valencia", "Sunday's Almeria half-marathon")."""
    before = re.search(r"([A-Z][\w.'’-]*)\s+$", text[max(0, start - 30):start])
    after = re.match(r"\s+[A-Z]", text[end:end + 3])
    opener = before is not None and (before.group(1).lower() in lexicon.stopwords() or before.group(1).endswith(("'s", "’s"))
                                     or before.group(1) in lexicon.countries() or before.group(1) in lexicon.cities())
    return bool(after) or (before is not None and not opener)


def _kind(name: str) -> str:
    """A country or a city of the gazetteer, else a venue: "UK-based" names a country, which does
    not answer "In which town …?"."""
    return "country" if name in lexicon.countries() else "city" \
        if name in lexicon.cities() or name in lexicon.world_cities() else "venue"


def _common_word(name: str) -> bool:
    """One word news text often writes in lower case and no city of the gazetteer: a sentence
    adverb ("Meanwhile, UK-based …"), not a city ("Troy, Michigan-based" keeps Troy)."""
    return " " not in name and name.lower() in lexicon.words("common_words") and name not in lexicon.cities()


def _is_region(name: str) -> bool:
    """A state, its abbreviation or a country: what follows a city and a comma ("Redmond, Wash.")."""
    return _clean(name) in _US_STATES or name in lexicon.countries() or \
        re.fullmatch(r"(?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])\.", name) is not None


def _sites(text: str) -> list[Candidate]:
    """"the Colmar plant", "his Jamba headquarters": the place of a site someone runs. A
    gazetteer place is found as such (and keeps its prior before a site noun); a name of one
    word in lower case elsewhere ("its Web site") or a company's is none."""
    out = []
    for m in _SITE_NAME.finditer(text):
        name = _clean(m.group("name"))
        if not name or name.split()[0] in _NOT_PLACE_START or _in_gazetteer(name) or _common_word(name):
            continue
        out.append(Candidate(m.start("name"), m.start("name") + len(name), AnswerType.WHERE, "where:site", 0.5,
                             kind=_kind(name)))
    return out


def _pairs(text: str) -> list[Candidate]:
    """"in Aberdeen and Peterhead"."""
    out = []
    for m in re.finditer(rf"\b{_LOCATIVE}\s+(?P<name>{_CAP}\s+and\s+{_CAP})", text):
        name = _clean(m.group("name"))
        out.append(Candidate(m.start("name"), m.start("name") + len(name), AnswerType.WHERE, "where:pair", 0.9,
                             kind="venue"))
    return out
