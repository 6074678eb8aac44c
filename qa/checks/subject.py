"""Whose value: the sentence, or the clause holding the value, must be about the company or
person the question asks about."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from qa import lexicon
from qa.answers.base import Sentence
from qa.answers.who.names import NOT_NAMES
from qa.checks.base import Example, Level, check
from qa.lexicon.tokens import word_stems
from qa.models import AnswerType

_VALUES = (AnswerType.HOW_MUCH, AnswerType.HOW_MANY, AnswerType.WHEN)


def _is_place(name: str) -> bool:
    return name in lexicon.countries() or name in lexicon.cities()


def sentence_subject(s: Sentence, article: str) -> str | None:
    """The name the sentence opens with, when it is its subject: "Sky also charges …"."""
    ws = _opening_words(s)
    if not ws:
        return None
    run = _capitalised_run(ws)
    if not run or not _may_name(run, article):
        return None
    rest = [w.lower() for _, _, w in ws[len(run):len(run) + 8]]
    if any(w in lexicon.words("reported_verbs") for w in rest):
        return None  # "Smith said the company earned …": the speaker is not what the figure is about
    return None if _is_place(" ".join(run)) else " ".join(run)


def _opening_words(s: Sentence) -> list[tuple[int, int, str]]:
    """The sentence's words from its subject on: past a leading phrase ("In November, Jacobs had
    offered …"); none when it opens with something else than a word."""
    ws = s.words
    if not ws or s.text[:ws[0][0]].strip(" \"'“‘("):
        return []
    if ws[0][2].lower() in lexicon.words("leading_words") and "," in s.text[:ws[min(6, len(ws) - 1)][0]]:
        comma = s.text.index(",")
        ws = [w for w in ws if w[0] > comma]
    return ws


def _capitalised_run(ws: list[tuple[int, int, str]]) -> list[str]:
    run: list[str] = []
    for _, _, w in ws:
        if w[:1].isupper() and not w.isupper() or (w.isupper() and len(w) > 1 and run):
            run.append(w)
        else:
            break
    return run


def _may_name(run: list[str], article: str) -> bool:
    """Whether the opening run can be a name: not a function word, number, title or month, and not a
    common word that starts the sentence ("Analysts expect …", "Included in …")."""
    first = run[0].lower()
    if first in NOT_NAMES or first in lexicon.stopwords() or first in lexicon.words("quantity_words") \
            or first in lexicon.titles() or first in lexicon.months():
        return False
    return not (len(run) == 1 and (run[0].endswith(("ed", "ing"))
                                   or re.search(rf"\b{re.escape(run[0].lower())}\b", article)))


_WOODVILLE = "Colt Industries said it would sell Woodville."


@check("other_subject", level=Level.SENTENCE, applies_to=_VALUES, says="the sentence is about {name}, not {asked}",
       fires=[Example("What were Opel's sales in 1986?",
                      "Woodville, which makes precision products, had 1986 sales of about 24 mln stg, it said.",
                      article=_WOODVILLE + " Woodville, which makes precision products, had 1986 sales of about 24 "
                                           "mln stg, it said."),
              ("How much was Qwest's bid for MCI?",
               "Verizon has won a takeover battle for MCI with a bid worth $6.8bn, reports say."),
              ("How much per share is GAF offering Borg-Warner holders?",
               "In November, Jacobs had offered talks with Borg-Warner at 43 dlrs a share.")],
       passes=[("What were Opel's sales in 1986?", "Opel had 1986 sales of 24 mln stg."),
               ("What were Opel's sales in 1986?", "It had 1986 sales of 24 mln stg."),
               Example("What were Opel's sales in 1986?", "Analysts said sales were 24 mln stg.",
                       article="analysts said so. Analysts said sales were 24 mln stg."),
               ("What were Opel's sales in 1986?", "Smith said 1986 sales were 24 mln stg."),
               ("At what price does the former Arco chairman expect oil to end 1987?",
                "Anderson predicted oil would end 1987 at 24 dlrs.")])
def other_subject(q, ev, sig):
    """"What were Opel's sales?" is not answered by "Woodville … had sales of 24 mln stg": a
    sentence that never names the question's company and opens with another name is about
    that one. "How much was Qwest's bid for MCI?" is about Qwest, whatever else it names."""
    named = list(q.possessors or q.subject or q.named)
    if not named or q.role:
        return None  # "the former Arco chairman" is a person the sentence may name without Arco
    lower = word_stems(ev.text)
    if any(word_stems(e) & lower for e in named):
        return None  # the question's company or person is in the sentence
    subj = sentence_subject(ev.sentence, ev.article)
    if subj is None or word_stems(subj) & (q.entity_stems | q.stems):
        return None
    return f"the sentence is about {subj}, not {named[0]}"


_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\s+|\s+(?:while|whereas)\s+")
# "… and actor Leonardo DiCaprio pledged …": a new subject with a verb of its own
_AND_NAME = re.compile(r"\s+and\s+(?:[a-z]+\s+){0,2}(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+"
                       r"(?:[a-z]{2,}ed|will|would|has|had)\b)")
_POINTS_BACK = re.compile(r"\s*[\"“]?(?:It|Its|The company|The group|The firm|The bank|He|She|They|Their)\b")


def clauses(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses a sentence joins: "X donated $1m and actor Y pledged …"."""
    # "3.1bn Australian dollars ($2.3bn; £1.8bn)": nothing in brackets starts a clause
    flat = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)
    cuts = [m.start() for m in _CLAUSE_BREAK.finditer(flat)] + [m.start() for m in _AND_NAME.finditer(flat)]
    bounds = [0, *sorted(cuts), len(text)]
    return [(a, b) for a, b in pairwise(bounds) if b > a]


@cache
def _lead() -> re.Pattern[str]:
    return re.compile(r"\s*(?:in|on|at|after|before|during|since|following)\b[^,]{0,40},", re.IGNORECASE)


def clause_subject(clause: str) -> str | None:
    """The name a clause opens with ("Actress Sandra Bullock has donated …"), if it has a verb."""
    clause = re.sub(r"^[\s,;]*(?:and|but|while|whereas)\b", "", clause)
    lead = _lead().match(clause)
    if lead:
        clause = clause[lead.end():]  # "After the sale, Hervey will own …"
    toks = re.findall(r"[\w'’.&-]+", clause)
    while toks and (toks[0].lower() in lexicon.titles() or toks[0].lower() in lexicon.words("person_words")):
        toks = toks[1:]
    name = []
    for t in toks:
        if t[:1].isupper() and t.lower() not in NOT_NAMES:
            name.append(t)
        else:
            break
    rest = toks[len(name):len(name) + 3]
    if not name or not any(re.fullmatch(r"[a-z]{2,}ed|[a-z]{3,}s|has|have|had|will|would|said|says", w) for w in rest):
        return None
    return " ".join(name)


_BULLOCK = ('Actress Sandra Bullock has donated $1m to The American Red Cross and actor Leonardo DiCaprio pledged '
            'a "sizable" aid contribution to Unicef.')
_ELLER = ("After the sale, Hervey will own 6,764,004 shares, or 13.61 pct of Circle K stock and Eller will hold "
          "2,873,300 shares, of 5.78 pct of the stock.")


@check("other_clause", level=Level.CANDIDATE, applies_to=_VALUES, says="the value belongs to {name}, in another clause",
       fires=[("How much money did Leonardo DiCaprio pledge to Unicef?", _BULLOCK, "$1m"),
              ("What percentage of Circle K will Karl Eller own once the deal is done?", _ELLER, "13.61 pct")],
       passes=[("How much money did Leonardo DiCaprio pledge to Unicef?",
                "Leonardo DiCaprio pledged $1m to Unicef and Red Cross officials welcomed it.", "$1m"),
               ("What percentage of Circle K will Karl Eller own once the deal is done?", _ELLER, "5.78 pct")])
def other_clause(q, ev, c, sig):
    """"How much did DiCaprio pledge?" is not answered by the clause about what Bullock gave."""
    parts = clauses(ev.text)
    if len(parts) < 2:
        return None
    forms = [word_stems(e) for e in (q.possessors or q.subject or q.named)]
    mine = next((a, b) for a, b in parts if a <= c.start < b)
    if any(f & word_stems(ev.text[mine[0]:mine[1]]) for f in forms):
        return None
    if not _named_elsewhere(ev.text, forms, parts, mine) and not _POINTS_BACK.match(ev.text):
        return None  # the question's names are nowhere in the sentence, and it does not point back to them
    subject = clause_subject(ev.text[mine[0]:mine[1]])
    if subject is None or word_stems(subject) & q.stems:
        return None
    return f"the value belongs to {subject}, in another clause"


def _named_elsewhere(text: str, forms: list[set[str]], parts: list[tuple[int, int]], mine: tuple[int, int]) -> bool:
    return any(f & word_stems(text[a:b]) for f in forms for a, b in parts if (a, b) != mine)
