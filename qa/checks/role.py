"""Roles: the question asks for the holder of one role, of one company.

Word overlap cannot tell the chief executive from the chief financial officer, nor
Foster's chief executive from Southcorp's.
"""

from __future__ import annotations

import re
from functools import cache

from qa import lexicon
from qa.answers.base import Sentence
from qa.checks.base import Level, check
from qa.lexicon.names import acronym
from qa.lexicon.synonyms import synonyms
from qa.lexicon.tokens import stem, word_stems, words
from qa.models import AnswerType

LEADERS = {"head", "lead", "leader", "chief", "boss"}


@cache
def _title_stems() -> frozenset[str]:
    return frozenset(stem(t) for t in lexicon.titles())


def role_word(word: str, verb: bool = False) -> bool:
    """A title ("chairman", "coaches"), or when `verb`, the verb of one ("founded" -> founder)."""
    titles = lexicon.titles()
    if word in titles or word.removesuffix("s") in titles or stem(word) in _title_stems():
        return True
    if not verb:
        return False
    st = stem(word)
    return len(st) >= 4 and word not in lexicon.stopwords() and any(
        t.startswith(st) and t[len(st):] in {"er", "or", "man", "r", "ger"} for t in titles)


@check("role_absent", level=Level.SENTENCE, applies_to=(AnswerType.WHO,),
       says="it names no one in the role asked about",
       fires=[("Who is the chairman of Hanson?", "Hanson's president Derek Bonham said the bid was fair."),
              ("Who founded Acme?", "Acme was sold to Bolt in 1986.")],
       passes=[("Who is the chairman of Hanson?", "Hanson chairman Lord Hanson said the bid was fair."),
               ("Who founded Acme?", "Acme's founder John Smith retired."),
               ("Which company bought Opel?", "GM bought Opel.")])
def role_absent(q, ev, sig):
    """"Who is the chairman of X?" needs a chairman: the question's title or role words
    ("chairman", "coaches", "founded") must be in the sentence; a specific title must be said
    as such ("president" is not "chairman"), a verb may use its synonyms."""
    if q.subtype.value not in {"person", ""}:
        return None
    generic = {stem(g) for g in lexicon.words("generic_roles")}
    skip = {q.kind_noun} if q.kind_noun else set()
    roles = [w for w in q.keywords if role_word(w, q.role_verb == w) and stem(w) not in generic and w not in skip]
    if not roles or any(_role_said(w, ev.stems) for w in roles):
        return None
    return "it names no one in the role asked about"


def _role_said(word: str, stems: frozenset[str]) -> bool:
    st = stem(word)
    syns = set() if word in lexicon.titles() else set(synonyms(word))
    return any(x.startswith(st) or st.startswith(x) for x in stems if len(x) > 2) or bool(syns & stems)


def role_positions(s: Sentence, required: list[str]) -> list[tuple[int, int]]:
    """Where the sentence names the role: (start, end) of each run of its words."""
    abbreviations = {k: set(v.split()) for k, v in lexicon.table("role_abbreviations").items()}
    lw = [(a, b, w.lower()) for a, b, w in s.words]
    out = []
    for i, (a, b, w) in enumerate(lw):
        if w in abbreviations and set(required) <= abbreviations[w] | {"officer"}:
            out.append((a, b))
        elif w.split("-")[-1] == required[-1] or stem(w) == stem(required[-1]) and not w.endswith("s"):
            first = _role_start(lw, i)
            if _says_all(lw[first:i + 1], required):
                out.append((lw[first][0], b))
    return out


def _role_start(lw: list[tuple[int, int, str]], i: int) -> int:
    """The first word of the title run ending at word i ("chief financial officer")."""
    modifiers, titles = lexicon.words("role_modifiers"), lexicon.titles()
    first = i
    while first > 0 and (lw[first - 1][2] in modifiers or lw[first - 1][2] in titles):
        first -= 1
    return first


def _says_all(run: list[tuple[int, int, str]], required: list[str]) -> bool:
    said = {x for _, _, x in run} | {p for _, _, x in run for p in x.split("-")}
    return all(r in said or stem(r) in {stem(x) for x in said} for r in required)


@cache
def _leadership() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon.alt('leadership_words')})\b", re.IGNORECASE)


@check("other_role", level=Level.SENTENCE, applies_to=(AnswerType.WHO,),
       says="the sentence names no {role} / no one at the head of anything",
       fires=[("Who is the chief financial officer of Mead?",
               "Burnell Roberts, chairman and chief executive officer, said so."),
              ("Who is the chief financial officer of Mellon Bank?",
               "Mellon has the financial strength to cope, said Barnes."),
              ("Who heads Air China?", "Air China has been reorganised into three groups with China Southern."),
              ("Who is the chief executive of Pacific Gas and Electric?",
               "The stock fell, analysts and company executives said.")],
       passes=[("Who is the chief financial officer of Mead?", "David Hilton, chief financial officer, said so."),
               ("Who is the chief financial officer of Mead?", "The company's CFO, David Hilton, said so."),
               ("Who is the chairman of Mead?", "Roberts, the president, said so."),
               ("Who leads Romania's ruling Social Democrats as prime minister?",
                "Results showed the ruling Social Democrats of Prime Minister Adrian Nastase ahead.")])
def other_role(q, ev, sig):
    """"Who is the chief financial officer?" is not answered by the chief executive officer;
    "Who heads X?" needs a sentence naming a head of something."""
    if q.leadership_verb and not _leadership().search(ev.text):
        return "the sentence names no one at the head of anything"
    required = list(q.role_required)
    if len(required) < 2 and not (required and list(q.role) != required):
        return None  # a bare "chairman" or "president" is checked by role_absent already
    if not role_positions(ev.sentence, required):
        return f"the sentence names no {' '.join(q.role)}"
    return None


@check("lesser_role", level=Level.CANDIDATE, applies_to=(AnswerType.WHO,), says="the name holds a lesser role",
       fires=[("Who is president of the American Electronic Association?",
               "AEA senior vice president Ralph Thomson said the trend was positive.", "Ralph Thomson"),
              ("Who is the chairman of Hanson?", "John Smith, deputy chairman of Hanson, said so.", "John Smith"),
              ("Who is the president of Acme?", "Acme vice-president John Smith said so.", "John Smith"),
              ("Who is Acme's chief executive?", "Acme deputy chief executive John Smith said so.", "John Smith"),
              ("Who is Ruritania's interior minister?",
               "Rain is short, Deputy Interior Minister John Smith said.", "John Smith")],
       passes=[("Who is president of the American Electronic Association?",
                "AEA president Ralph Thomson said the trend was positive.", "Ralph Thomson"),
               ("Who is the vice president of Acme?", "Acme vice president John Smith said so.", "John Smith"),
               ("Who is the president of Acme?", "Acme president and vice chairman John Smith said so.", "John Smith"),
               ("Who is Acme's chief executive?", "Acme chief executive John Smith, a vice chairman, said so.",
                "John Smith"),
               ("Who is Ruritania's interior minister?",
                "Interior Minister John Smith and his deputy Tom Brown said so.", "John Smith")])
def lesser_role(q, ev, c, sig):
    """"Who is the president?" is not answered by the vice president beside the name: the role
    asked said right before or after the name with "vice", "deputy" or "assistant" before the
    whole title ("deputy chief executive", "Deputy Interior Minister"), when the question does
    not say that word."""
    role = [w for w in q.role if w != "the"]
    lesser = lexicon.words("lesser_role_words") - set(q.words)
    if not role or not lesser:
        return None
    title = set(role) - lesser
    before = words(ev.text[max(0, c.start - 60):c.start])[-6:]
    after = words(ev.text[c.end:c.end + 60])[:6]
    held = [_word_before_title(ws, role[-1], title, nearest_end) for ws, nearest_end in ((before, True), (after, False))
            if role[-1] in ws]
    if held and all(w in lesser for w in held):
        return "the name holds a lesser role"
    return None


def _word_before_title(ws: list[str], last: str, title: set[str], nearest_end: bool) -> str:
    """The word before the run of title words that ends at the role's last word (the one
    nearest the name: the last of the words before it, the first of those after)."""
    i = len(ws) - 1 - ws[::-1].index(last) if nearest_end else ws.index(last)
    while i > 0 and ws[i - 1] in title:
        i -= 1
    return ws[i - 1] if i > 0 else ""


_OWNER_BEFORE = re.compile(r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)(?:['’]s?)?\s+$")
_OWNER_AFTER = re.compile(r"^\s+(?:of|at|for)\s+(?:the\s+)?((?:[A-Z][\w&.'’-]*\s*){1,4})")


@check("other_owner", level=Level.SENTENCE, applies_to=(AnswerType.WHO,), says="the role belongs to {owner}",
       fires=[("Who is the chief executive of Southcorp?",
               "\"It will transform the industry,\" said Trevor O'Hoy, Foster's chief executive officer."),
              ("Who is the chairman of GAF?", "Minstar chairman Irwin L. Jacobs sold his stake."),
              ("Who heads Air China?", "\"We are delighted,\" said LSE chief executive Clara Furse."),
              ("Who heads Air China?", "Germany's Chancellor Gerhard Schroeder signed a deal with Air China.")],
       passes=[("Who is the chief executive of Southcorp?", "Southcorp's chief executive John Ballard said so."),
               ("Who is the chief executive of Southcorp?", "John Ballard, chief executive of Southcorp, said so."),
               ("Who is the chief executive of Southcorp?", "John Ballard, the chief executive, said so."),
               ("Who is the Liberal Democrat party chief executive?", "Party chief executive Lord Rennard said so."),
               ("Who is the London Stock Exchange's chief executive?",
                "\"We are delighted,\" said LSE chief executive Clara Furse.")])
def other_owner(q, ev, sig):
    """"Who is Southcorp's chief executive?" is not answered by "Foster's chief executive": each
    place the sentence names the role, the name before or after it must be the question's."""
    required = _owned_role(q)
    if not q.entities or not required:
        return None
    if all(w.removesuffix("s") in LEADERS for w in required):
        # "Who heads Air China?": any top title names its head ("LSE chief executive Clara Furse")
        positions = [p for r in lexicon.phrases("top_titles") for p in role_positions(ev.sentence, r.split())]
    else:
        positions = role_positions(ev.sentence, required)
    owners = [_owner(ev.text, a, b) for a, b in positions]
    if not owners or None in owners:
        return None  # a role with no owner named: "chairman and chief executive officer"
    wanted = q.entity_stems | q.stems | q.initials  # "LSE": the London Stock Exchange
    if any(word_stems(o) & wanted or acronym(o) in wanted for o in owners if o):
        return None
    return f"the role belongs to {owners[0]}"


def _owned_role(q) -> list[str]:
    """The role words whose owner must be the question's ("head" for "Who heads …?")."""
    required = list(q.role_required) or [w for w in q.role if w != "the"][-1:]
    return ["head"] if not required and q.head_verb else required


def _owner(text: str, a: int, b: int) -> str | None:
    """The name before the role ("Foster's chief executive") or after it ("chairman of GAF")."""
    m = _OWNER_BEFORE.search(text[max(0, a - 60):a]) or _OWNER_AFTER.match(text[b:b + 60])
    return m.group(1).strip() if m else None
