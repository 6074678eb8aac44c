"""Does a sentence answer this question, or a neighbouring one about the same things?

Word overlap cannot tell Foster's chief executive from Southcorp's, the chief
executive from the chief financial officer, a forecast for all of 1987 from the
first quarter's result, sales worldwide from sales in the UK, or Woodville's sales
from Opel's. Those near misses are what a reader gets when the article does not
hold the answer, and "no answer" is the right reply to them. Each check here looks
at how the question's words are bound together in the sentence and gives a short
reason (shown by `qa ask --explain`) or None.
"""

from __future__ import annotations

import re
from functools import lru_cache
from qa import lexicon
from qa.extract.base import Candidate, Sentence
from qa.models import AnswerType, QuestionAnalysis
from qa.lexicon.names import _in_article, _short_form_in, _spelled_out, acronym, article_stems, name_runs
from qa.lexicon.synonyms import synonyms
from qa.lexicon.tokens import stem, word_stems, words
from qa.lexicon.verbs import inflections, phrasal_meanings

# Words that only rank or qualify a role; the rest of the role must be said.
_ROLE_SOFT = {"chief", "officer", "head", "senior", "top", "group", "acting", "interim", "former", "new", "the"}
# Words that make a title into a particular role: "chief financial officer", "managing director".
_ROLE_MODIFIERS = {"financial", "finance", "operating", "operations", "executive", "managing", "technology",
                   "technical", "information", "marketing", "investment", "commercial", "legal", "economic",
                   "economics", "foreign", "defence", "defense", "interior", "trade", "health",
                   "vice", "deputy", "assistant", "general", "senior", "chief", "non-executive", "joint"}
_ABBREVIATIONS = {"ceo": {"executive"}, "cfo": {"financial"}, "coo": {"operating"}, "cto": {"technology"},
                  "md": {"managing", "director"}}


def role_phrase(question: str) -> list[str]:
    """The longest run of title words in the question: "chief financial officer"."""
    titles = lexicon.titles()
    best: list[str] = []
    cur: list[str] = []
    for w in words(question):
        if w in titles or w in _ROLE_MODIFIERS or w.removesuffix("s") in titles:
            cur.append(w)
            if len(cur) > len(best):
                best = list(cur)
        else:
            cur = []
    return best if any(w in titles for w in best) else []


def _role_words(question: str) -> list[str]:
    phrase = role_phrase(question)
    required = [w for w in phrase if w not in _ROLE_SOFT]
    titles = lexicon.titles()
    if required and not any(w in titles for w in required):
        # "chief financial officer": "financial" alone is no role ("financial strength")
        required += [w for w in phrase if w in titles and w not in {"chief", "head", "the"}][-1:]
    return required


def _role_positions(s: Sentence, required: list[str]) -> list[tuple[int, int]]:
    """Where the sentence names the role: (start, end) of each run of its words."""
    lw = [(a, b, w.lower()) for a, b, w in s.words]
    out = []
    for i, (a, b, w) in enumerate(lw):
        if w in _ABBREVIATIONS and set(required) <= _ABBREVIATIONS[w] | {"officer"}:
            out.append((a, b))
            continue
        if w.split("-")[-1] == required[-1] or stem(w) == stem(required[-1]) and not w.endswith("s"):
            first = i
            while first > 0 and (lw[first - 1][2] in _ROLE_MODIFIERS or lw[first - 1][2] in lexicon.titles()):
                first -= 1
            run = {x for _, _, x in lw[first:i + 1]} | {p for _, _, x in lw[first:i + 1] for p in x.split("-")}
            if all(r in run or stem(r) in {stem(x) for x in run} for r in required):
                out.append((lw[first][0], b))
    return out


_LEADERSHIP = re.compile(r"\b(?:head\w*|lead\w*|led|run|runs|ran|running|chair\w*|chief|president|boss|ceo|"
                         r"director|governor|manager|founder|owner|minister|premier|chancellor|secretary|mayor|king|"
                         r"queen|captain|coach|commander)\b", re.I)
_LEADERS = {"head", "lead", "leader", "chief", "boss"}
_TOP_TITLES = ["chief executive", "chairman", "chairwoman", "president", "head", "leader", "boss", "ceo",
               "managing director", "director general", "director", "minister", "chancellor", "premier", "governor",
               "mayor", "coach", "manager", "captain"]


def wrong_role(analysis: QuestionAnalysis, s: Sentence) -> str | None:
    """ "Who is the chief financial officer?" is not answered by the chief executive officer."""
    if analysis.type is not AnswerType.WHO:
        return None
    if re.search(r"\bwho (?:heads|headed|leads|led|runs|ran|chairs|chaired)\b", analysis.text, re.I) \
            and not _LEADERSHIP.search(s.text):
        return "the sentence names no one at the head of anything"
    required = _role_words(analysis.text)
    if len(required) < 2 and not (required and role_phrase(analysis.text) != required):
        return None  # a bare "chairman" or "president" is checked by the title test already
    if not _role_positions(s, required):
        return f"the sentence names no {' '.join(role_phrase(analysis.text))}"
    return None


def _entity_stems(analysis: QuestionAnalysis) -> set[str]:
    out: set[str] = set()
    for ent in analysis.entities:
        for w in words(ent):
            out.add(stem(w) if w.isalpha() else w)
            out.update(synonyms(w))
    return out


_OWNER_BEFORE = re.compile(r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)(?:['’]s?)?\s+$")
_OWNER_AFTER = re.compile(r"^\s+(?:of|at|for)\s+(?:the\s+)?((?:[A-Z][\w&.'’-]*\s*){1,4})")


def other_owner(analysis: QuestionAnalysis, s: Sentence) -> str | None:
    """ "Who is Southcorp's chief executive?" is not answered by "Foster's chief executive"."""
    if analysis.type is not AnswerType.WHO or not analysis.entities:
        return None
    required = _role_words(analysis.text) or [w for w in role_phrase(analysis.text) if w != "the"][-1:]
    if not required and re.search(r"\bwho (?:heads|leads|runs)\b", analysis.text, re.I):
        required = ["head"]
    if not required:
        return None
    if all(w.removesuffix("s") in _LEADERS for w in required):
        # "Who heads Air China?": any top title names its head ("LSE chief executive Clara Furse")
        positions = [p for r in _TOP_TITLES for p in _role_positions(s, r.split())]
    else:
        positions = _role_positions(s, required)
    if not positions:
        return None
    wanted = _entity_stems(analysis) | _question_stems(analysis)
    wanted |= {a for e in name_runs(analysis.text) if (a := acronym(e))}  # "LSE": the London Stock Exchange
    owners = []
    for a, b in positions:
        m = _OWNER_BEFORE.search(s.text[max(0, a - 60):a]) or _OWNER_AFTER.match(s.text[b:b + 60])
        if not m:
            return None  # a role with no owner named: "chairman and chief executive officer"
        owners.append(m.group(1).strip())
    for owner in owners:
        if word_stems(owner) & wanted or acronym(owner) in wanted:
            return None
    return f"the role belongs to {owners[0]}"


_LEADING = {"in", "on", "at", "after", "before", "during", "since", "last", "earlier", "later", "meanwhile",
            "however", "separately", "yesterday", "today"}
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen",
                 "half", "some", "several", "about", "nearly", "almost", "around", "over", "under", "up"}
_REPORTED = {"said", "says", "say", "told", "tells", "added", "reported", "announced", "stated", "noted"}


def _subject(s: Sentence, article: str) -> str | None:
    """The name the sentence opens with, when it is its subject: "Sky also charges …"."""
    from qa.extract.people import _NOT_NAMES

    ws = s.words
    if not ws or s.text[:ws[0][0]].strip(" \"'“‘("):
        return None
    if ws[0][2].lower() in _LEADING and "," in s.text[:ws[min(6, len(ws) - 1)][0]]:
        comma = s.text.index(",")
        ws = [w for w in ws if w[0] > comma]  # "In November, Jacobs had offered …"
        if not ws:
            return None
    run: list[str] = []
    for a, b, w in ws:
        if w[:1].isupper() and not w.isupper() or (w.isupper() and len(w) > 1 and run):
            run.append(w)
        else:
            break
    first = run[0].lower() if run else ""
    if not run or first in _NOT_NAMES or first in lexicon.stopwords() or first in _NUMBER_WORDS \
            or first in lexicon.titles() or first in lexicon.months():
        return None
    if len(run) == 1 and (run[0].endswith(("ed", "ing")) or re.search(rf"\b{re.escape(run[0].lower())}\b", article)):
        return None  # "Analysts expect …", "Included in …": a common word that starts the sentence
    rest = [w.lower() for _, _, w in ws[len(run):len(run) + 8]]
    if any(w in _REPORTED for w in rest):
        return None  # "Smith said the company earned …": the speaker is not what the figure is about
    if " ".join(run) in lexicon.countries() or " ".join(run) in lexicon.cities():
        return None
    return " ".join(run)


def other_subject(analysis: QuestionAnalysis, s: Sentence, article: str) -> str | None:
    """ "What were Opel's sales?" is not answered by "Woodville … had sales of 24 mln stg"."""
    if analysis.type not in {AnswerType.HOW_MUCH, AnswerType.HOW_MANY, AnswerType.WHEN}:
        return None
    named = [e for e in analysis.entities if e not in lexicon.countries() and e not in lexicon.cities()]
    owners = _possessors(analysis.text) or _question_subject(analysis.text)
    if owners:
        named = owners  # "How much was Qwest's bid for MCI?" is about Qwest, whatever else is named
    if not named or role_phrase(analysis.text):
        return None  # "the former Arco chairman" is a person the sentence may name without Arco
    lower = word_stems(s.text)
    if any(word_stems(e) & lower for e in named):
        return None  # the question's company or person is in the sentence
    subj = _subject(s, article)
    if subj is None:
        return None
    if word_stems(subj) & (_entity_stems(analysis) | _question_stems(analysis)):
        return None
    return f"the sentence is about {subj}, not {named[0]}"


def _possessors(question: str) -> list[str]:
    """Names the question puts in the possessive: "Qwest's bid" -> Qwest."""
    found = re.findall(r"(?<!^)\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)['’]s?\s", question)
    return [f for f in found if f not in lexicon.countries() and f not in lexicon.cities()]


def _question_subject(question: str) -> list[str]:
    """The name right after the auxiliary: "How much is GAF offering Borg-Warner holders?" -> GAF."""
    m = re.search(r"\b(?:is|are|was|were|did|does|do|will|would|has|have|had|can|could)\s+(?:the\s+)?"
                  r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)(?!['’])\s+[a-z]", question)
    if not m or m.group(1) in lexicon.countries() or m.group(1) in lexicon.cities():
        return []
    return [m.group(1)]


def _question_stems(analysis: QuestionAnalysis) -> set[str]:
    return word_stems(analysis.text)


_WORLD = re.compile(r"\b(?:worldwide|world-wide|globally|around the world|across the world|world over)\b", re.I)
_PLACE_ASKED = re.compile(r"\b(?:in|across|throughout)\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)")


_CONTINENTS = {"Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Middle East",
               "Caribbean", "Scandinavia", "Far East", "Gulf"}


def _known_place(name: str) -> bool:
    return name in lexicon.countries() or name in lexicon.cities() or name in _CONTINENTS


def other_scope(analysis: QuestionAnalysis, s: Sentence) -> str | None:
    """ "How many were sold in the UK?" is not answered by a figure for the whole world, nor
    "When will it go on sale in Europe?" by when it goes on sale in the US."""
    if _WORLD.search(analysis.text):
        return None
    said = word_stems(s.text)
    for m in _PLACE_ASKED.finditer(analysis.text):
        place = m.group(1)
        forms = word_stems(place) | {x for w in words(place) for x in synonyms(w)}
        if not _known_place(place) or forms & said:
            continue
        if _WORLD.search(s.text):
            return f"the sentence gives a worldwide figure, not one for {place}"
        for other in _PLACE_ASKED.finditer(s.text):
            name = other.group(1)
            if _known_place(name) and not (word_stems(name) & forms):
                return f"the sentence is about {name}, not {place}"
    return None


_LINE_ITEM = re.compile(r"\b(revenues?|sales|turnover|profits?|earnings|income|losses|loss|dividends?|debts?|"
                        r"assets|deficit|surplus|expenses|spending|costs?)\s+(?:[a-z]+\s+){0,4}?(?:of|were|was|"
                        r"totalled|totaled|reached|rose to|fell to|at)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|"
                        r"around\s+)?$", re.I)


def other_line_item(analysis: QuestionAnalysis, s: Sentence, c: Candidate) -> str | None:
    """ "How much did Upland pay?" is not answered by "revenues of 9.6 mln dlrs"."""
    if c.type is not AnswerType.HOW_MUCH or c.kind == "percent":
        return None
    before = s.text[max(0, c.start - 80):c.start]
    before = re.sub(r"\S+\s*\(\s*$", "", before)  # "$427bn (£230bn)": the conversion goes with its amount
    m = _LINE_ITEM.search(before[-60:])
    if not m:
        return None
    item = m.group(1).lower()
    qwords = words(analysis.text)
    stems = {stem(w) for w in qwords}
    item_forms = {stem(item)} | set(synonyms(item))
    if item_forms & stems or any(set(synonyms(w)) & item_forms for w in qwords):
        return None
    return f"the amount is {item}, not what was asked"


def absent_entity(analysis: QuestionAnalysis, article: frozenset[str], text: str = "") -> str | None:
    """ "Who is Mead's chief financial officer?" is not answered from an article that never names Mead."""
    stop = lexicon.stopwords()
    generic = {w.lower() for w in lexicon.org_suffixes()} | {"group", "company", "co", "corp", "inc"}
    for ent in analysis.entities:
        content = [w for w in words(ent) if w not in stop and len(w) > 1 and w not in generic]
        if not content:
            continue
        if any(_in_article(w, article) for w in content):
            continue
        if len(content) > 1 and sum(_short_form_in(w, article) for w in content) >= 2:
            continue  # "Lib Dem" for "Liberal Democrat": every part shortened
        short = acronym(ent)
        if short and short in article or re.sub(r"[^a-z]", "", ent.lower()) in article:
            continue  # "London Stock Exchange" as "LSE"
        letters = re.sub(r"[^a-z]", "", ent.lower())
        if "acr:" + letters in article or ent.isupper() and _spelled_out(letters, text):
            continue  # "PG&E" as "Pacific Gas and Electric", "IPO" as "initial public offering"
        return f"the article never names {ent}"
    return None


# For "How many …?" only verbs whose counts news keeps apart: the killed are not the injured,
# shares held are not shares sold.
_COUNTED_BY_VERB = {"kill", "injure", "evacuate", "arrest", "rescue", "hire", "employ", "fire", "hold", "sell", "buy",
                    "acquire", "purchase", "win", "lose", "elect", "issue"}
_FRAMED = re.compile(r"\b(?:happen|happens|happened|occur|occurs|occurred|take place|took place|takes place)\b", re.I)
_BE = {"was", "were", "is", "are"}
_PARTICLES = {"off", "up", "out", "down", "over", "back", "through", "away"}
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "of",
                "for", "to", "in", "on", "new"}
_AUX = re.compile(r"\b(?:did|does|do|will|would|was|were|is|are|has|have|had|can|could|should|shall|must|may|might)\b")


def event_verb(question: str) -> tuple[str, ...] | None:
    """The event a when-question asks about: "When did Tesco launch its bid?" -> launch.

    After "did"/"will" the verb is in its base form and no determiner stands before it
    ("its bid" is a noun); after "was"/"were" or "be" it is a participle ("founded").
    """
    m = _AUX.search(question.lower())
    if not m or _FRAMED.search(question):
        return None  # "When did the failure happen?": the event is the noun, not a verb
    toks = re.findall(r"[\w'’.&-]+", question[m.end():])
    passive = m.group() in _BE
    prev = ""
    for i, tok in enumerate(toks):
        low = tok.lower()
        before, prev = prev, low
        if low in {"be", "been", "being"}:
            passive = True  # "When will the meeting be held?"
            continue
        if i + 1 < len(toks) and toks[i + 1].lower() in _PARTICLES and low not in _DETERMINERS:
            # "step down" means resign: the sentence may say either
            meant = next((v for (b, p), v in lexicon.phrasal_verbs().items()
                          if p == toks[i + 1].lower() and low in inflections(tuple(b.split("/")))), None)
            if meant is None:
                return None  # a phrasal verb we do not know means something else
            return next((f for f in lexicon.event_verbs() if f[0] == meant), (meant,)) + (f"{low} {toks[i + 1].lower()}",)
        if tok[:1].isupper() or before in _DETERMINERS or before.endswith(("'s", "’s")):
            continue  # part of a name ("North American Holding's"), or a noun ("its bid")
        for forms in lexicon.event_verbs():
            if passive:
                if low in forms[1:] or low.endswith(("ed", "en", "wn")) and low in inflections(forms):
                    return forms
            elif low == forms[0]:
                return forms
    return None


# Announcing is saying: "When did Pacific Gas announce the change?" -> "Pacific Gas said yesterday …"
_ANNOUNCING = {"announce", "disclose", "reveal", "unveil"}
_SAYING = {"said", "says", "say", "told", "tells", "announced", "disclosed", "revealed", "stated", "reported"}


def _verb_said(forms: tuple[str, ...], lower_words: list[str], stems: set[str]) -> bool:
    if forms[0] in _ANNOUNCING and _SAYING & set(lower_words):
        return True
    phrasal = [f for f in forms if " " in f]
    if phrasal:  # "stepped down" says "step down"
        verb, particle = phrasal[0].split()
        text = " ".join(lower_words)
        forms = tuple(f for f in forms if " " not in f)
        for (b, p), _meant in lexicon.phrasal_verbs().items():
            said = inflections(tuple(b.split("/")))
            if p == particle and verb in said and any(f"{form} {particle}" in text for form in said):
                return True
    base = forms[0]
    prefix = base[:-1] if base.endswith("e") and len(base) > 4 else base
    if any(stem(f) in stems for f in forms) or inflections(forms) & set(lower_words):
        return True
    if set(synonyms(base)) & stems:
        return True
    for other in lexicon.event_verbs():  # "start" is said by "begun"
        if stem(other[0]) in synonyms(base) and any(f in lower_words for f in other):
            return True
    return len(prefix) >= 4 and any(w.startswith(prefix) for w in lower_words)


def other_event(analysis: QuestionAnalysis, s: Sentence) -> str | None:
    """ "When did Tesco launch its bid?" is not answered by when it extended the bid, nor "How many
    were injured?" by how many were killed."""
    if analysis.type not in {AnswerType.WHEN, AnswerType.HOW_MANY}:
        return None
    forms = event_verb(analysis.text)
    if forms is None or analysis.type is AnswerType.HOW_MANY and forms[0] not in _COUNTED_BY_VERB:
        return None
    # "at the end of April" dates something; it does not say that anything ended
    lower_words = words(_TIME_FRAME.sub(" ", s.text))
    lower_words += phrasal_meanings(lower_words)  # "set up a committee" says "found" one
    if not _verb_said(forms, lower_words, {stem(w) for w in lower_words}):
        return f"the sentence does not say '{forms[0]}'"
    if re.search(r"\b(?:did|was|were|had)\b", analysis.text.lower()):
        said = [i for i, w in enumerate(lower_words) if w in inflections(forms)]
        if said and all(i > 0 and lower_words[i - 1] in {"will", "shall", "to"} for i in said):
            return f"the sentence says what will {forms[0]}, the question what did"
    return None


_TIME_FRAME = re.compile(r"\b(?:at|by|until|before|after|from|toward|towards|in|to) the (?:end|start|beginning|"
                         r"middle|close|turn) of\b", re.I)
_HQ_ASKED = re.compile(r"\b(?:headquarter\w*|based|head office|home town|hometown)\b", re.I)
# Reuters gives a company's base as "<Otari Electric Co> of Tokyo", "Investors Diversified Service, of Minneapolis"
_HQ_SAID = re.compile(r"\b(?:headquarter\w*|hq|head office|head-office|home)\b|\w+-based\b|(?<!-)\bbased\b|"
                      r"(?:\b(?:Co|Corp|Inc|Ltd|Plc|PLC|AG|SA|Group|Service|Services)\b|>),?\s+of\s+[A-Z]", re.I)


def asks_base(analysis: QuestionAnalysis) -> bool:
    """ "Where is X based / headquartered?" """
    return analysis.type is AnswerType.WHERE and bool(_HQ_ASKED.search(analysis.text))


def other_ordinal(analysis: QuestionAnalysis, s: Sentence) -> str | None:
    """ "Where will they play the second Test?" is not answered by where the first Test is."""
    for m in _ORDINAL.finditer(analysis.text):
        nth, noun = m.group(1).lower(), m.group(2).lower()
        said = {o.group(1).lower() for o in _ORDINAL.finditer(s.text) if stem(o.group(2).lower()) == stem(noun)}
        if said and nth not in said:
            return f"the sentence is about the {sorted(said)[0]} {noun}, not the {nth}"
    return None


_ORDINAL = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+([A-Za-z]+)", re.I)


def other_attribute(analysis: QuestionAnalysis, s: Sentence) -> str | None:
    """ "Where is GM headquartered?" is not answered by where one of its plants is."""
    if analysis.type is not AnswerType.WHERE or not _HQ_ASKED.search(analysis.text):
        return None
    named = [e for e in analysis.entities if not _known_place(e)]
    said = word_stems(s.text)
    if named and not any(word_stems(e) & said for e in named) and not re.search(
            r"^\s*[\"“]?(?:It|Its|The [\w\s.-]*?-based)\b|\b(?:the|The) (?:company|group|firm|bank|club|institute|"
            r"concern|maker)\b", s.text):
        return f"the sentence does not say where {named[0]} is based"  # "the Detroit based automaker" is not eBay
    for m in re.finditer(r"\b([A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?)\s+(?:company|firm|group|concern|bank|carrier|"
                         r"airline|maker|retailer|insurer|broker|utility)\b", s.text):
        if _known_place(m.group(1)):
            return None  # "the privately owned Portland company"
    for m in _HQ_SAID.finditer(s.text):
        # "founded by London-based ex-travel agent Naresh Goya": where a person lives is no head office
        if m.group().lower().endswith("-based") and _PERSON_AFTER.match(s.text[m.end():m.end() + 40]):
            continue
        return None
    return "the sentence does not say where it is based"


_PERSON_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:[\w-]*agent|investor|businessman|businesswoman|banker|"
                           r"financier|tycoon|entrepreneur|man|woman|lawyer|analyst|economist|consultant|"
                           r"trader|dealer|executive|broker)\b", re.I)


_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\s+|\s+(?:while|whereas)\s+")
# "… and actor Leonardo DiCaprio pledged …": a new subject with a verb of its own
_AND_NAME = re.compile(r"\s+and\s+(?:[a-z]+\s+){0,2}(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+"
                       r"(?:[a-z]{2,}ed|will|would|has|had)\b)")


def _clauses(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses a sentence joins: "X donated $1m and actor Y pledged …"."""
    # "3.1bn Australian dollars ($2.3bn; £1.8bn)": nothing in brackets starts a clause
    flat = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)
    cuts = [m.start() for m in _CLAUSE_BREAK.finditer(flat)] + [m.start() for m in _AND_NAME.finditer(flat)]
    bounds = [0, *sorted(cuts), len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def other_clause(analysis: QuestionAnalysis, s: Sentence, c: Candidate) -> str | None:
    """ "How much did DiCaprio pledge?" is not answered by the clause about what Bullock gave."""
    if c.type not in {AnswerType.HOW_MUCH, AnswerType.HOW_MANY, AnswerType.WHEN}:
        return None
    clauses = _clauses(s.text)
    if len(clauses) < 2:
        return None
    named = [e for e in analysis.entities if e not in lexicon.countries() and e not in lexicon.cities()]
    named = _possessors(analysis.text) or _question_subject(analysis.text) or named
    forms = [word_stems(e) for e in named]
    mine = next((a, b) for a, b in clauses if a <= c.start < b)

    def names(a: int, b: int) -> set[str]:
        return word_stems(s.text[a:b])

    here = names(*mine)
    if any(f & here for f in forms):
        return None
    elsewhere = any(f & names(a, b) for f in forms for a, b in clauses if (a, b) != mine)
    if not elsewhere and not re.match(r"\s*[\"“]?(?:It|Its|The company|The group|The firm|The bank|He|She|They|Their)\b",
                                      s.text):
        return None  # the question's names are nowhere in the sentence, and it does not point back to them
    subject = _clause_subject(s.text[mine[0]:mine[1]])
    if subject is None or word_stems(subject) & _question_stems(analysis):
        return None
    return f"the value belongs to {subject}, in another clause"


def _clause_subject(clause: str) -> str | None:
    """The name a clause opens with ("Actress Sandra Bullock has donated …"), if it has a verb."""
    from qa.extract.people import _NOT_NAMES

    clause = re.sub(r"^[\s,;]*(?:and|but|while|whereas)\b", "", clause)
    lead = re.match(r"\s*(?:in|on|at|after|before|during|since|following)\b[^,]{0,40},", clause, re.I)
    if lead:
        clause = clause[lead.end():]  # "After the sale, Hervey will own …"
    toks = re.findall(r"[\w'’.&-]+", clause)
    while toks and (toks[0].lower() in lexicon.titles() or toks[0].lower() in _PERSON_WORDS):
        toks = toks[1:]
    name = []
    for t in toks:
        if t[:1].isupper() and t.lower() not in _NOT_NAMES:
            name.append(t)
        else:
            break
    rest = toks[len(name):len(name) + 3]
    if not name or not any(re.fullmatch(r"[a-z]{2,}ed|[a-z]{3,}s|has|have|had|will|would|said|says", w) for w in rest):
        return None
    return " ".join(name)


_PERSON_WORDS = {"actor", "actress", "singer", "star", "player", "rival", "company", "firm", "group", "bank",
                 "fellow", "compatriot", "colleague"}
