"""An answer's features: every signal the engine has about it, by name, as numbers.

An answer is a group of candidate spans with the same value (qa.rank.merge); the features
are those of the span that cites it (the representative) and of the group and its rivals:

    the span       coverage, proximity, prior (fit of its form), overlap with the question,
                   missing question words, retrieval score and rank of its passage, the
                   hand-made score, whether it is a compared or converted figure, whether
                   its passage was read as a hit's neighbour and that hit's score, or with
                   the article of one of the two best hits, and that hit's score
    the checks     check:NAME = 1 for every near-miss check that fired on it, and how many did
    the subject    share of the question's names in the article's headline and lede (what the
                   article is about) and in the sentence itself
    the group      passages and articles that agree on the value, members no check fired on
    the sentence   the share of the question's words there that are closer to the span than to
                   any other candidate of its sentence (a chairman and a president named in one
                   sentence: "president" sits beside one), how many other values the sentence holds,
                   how much closer to the question's words the span is than the closest of them,
                   whether a comma joins it to a place that qualifies it ("Park City, Utah") or it
                   qualifies one, and whether it is a piece of a longer name found there or holds one
    the rivals     how many other values compete, the margin over the best of them, whether
                   it is the hand-made score's first choice
    the form       the span's kind (person, org, country, city, money …), whether a place is the
                   kind of place asked ("Which French town …?" is not answered by a country), a
                   date written out rather than relative, a title before a name, the span's length,
                   a date after "until/by" for a question that asks when something ends, a date that
                   means nothing without the article's own date ("yesterday", "Tuesday", "last year")
                   and whether the article has none (BBC and AG News stories are undated: their
                   "next month" names no month a reader can check),
                   a name of the kind asked ("Which company …?" and an organisation) or of another,
                   the noun a which-question asks for said in or beside the name ("Which bank …?":
                   "Bank of Nova Scotia"; "Which software maker …?": "software maker Sybari"),
                   whether a name opens with a given name (the US census's: "Linda Thomsen", not
                   "Atlanta Braves"), and a figure whose every number the question itself says ("the conversion price
                   of its 150 mln dlr bond" is not "150 mln dlrs"; "How many MD-11 jets …?" not "11 planes")
    the question   its answer type, its subtype, its number of content words, and the size of
                   the corpus asked (log10 of its sentences: a small one holds fewer near misses)
    the others     rel:NAME, how far the answer's NAME is from the best of the question's answers
                   (qa.confidence.features.relative): a coverage of 0.6 is strong when every other
                   answer has 0.4, weak beside one with 1.0, and a model that judges each answer
                   alone sees only the first

Absent features are 0. The list is fixed: the model's parameters are stored in this order.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Hashable, Sequence
from typing import Protocol

from qa import lexicon
from qa.answers.base import Candidate, Flag, Sentence
from qa.checks import CHECKS, feature
from qa.lexicon.tokens import stem, words
from qa.models import AnswerType
from qa.understand.frame import QuestionFrame

SPAN = ["coverage", "proximity", "prior", "overlap", "missing", "retrieval", "rank", "hand_score", "compared",
        "conversion", "neighbour", "neighbour_retrieval", "read_article", "article_retrieval"]
SUBJECT = ["entities", "entities_in_lede", "entities_in_sentence"]
CHECK_FEATURES = [feature(c.name) for c in CHECKS] + ["checks_fired"]
SPAN_KINDS = ["person", "org", "name", "place", "acronym", "event", "country", "city", "venue", "money", "percent",
              "count", "day", "month", "year", "quarter", "week", "time"]
FORM = [f"kind:{k}" for k in SPAN_KINDS] + ["place_fits", "place_misfits", "explicit_date", "titled", "span_words",
                                             "role_beside", "deadline_fit", "relative_date", "who_fits",
                                             "unanchored", "kind_beside", "figure_in_question", "given_name"]
GROUP = ["passages", "articles", "clean_members"]
SENTENCE = ["claimed", "sentence_values", "sentence_lead", "qualified", "qualifier", "nested", "holds"]
RIVALS = ["rivals", "margin", "first_choice"]
QUESTION = [f"type:{t.value}" for t in AnswerType] + ["subtype", "question_words", "corpus_size", "asks_day"]
# compared with the question's best answer: the higher the better, then the lower the better
RELATIVE_HIGH = ["coverage", "proximity", "overlap", "retrieval", "hand_score", "entities", "entities_in_lede",
                 "entities_in_sentence", "passages", "articles", "clean_members", "role_beside",
                 "kind_beside", "who_fits", "prior", "article_retrieval"]
RELATIVE_LOW = ["missing", "checks_fired", "rank"]
RELATIVE = [f"rel:{k}" for k in RELATIVE_HIGH + RELATIVE_LOW]
FEATURES = SPAN + SUBJECT + CHECK_FEATURES + FORM + GROUP + SENTENCE + RIVALS + QUESTION + RELATIVE


class Member(Protocol):
    """What a feature reads of one candidate span in a group (qa.rank.merge.Scored)."""

    pid: int
    doc: int
    score: float
    cand: Candidate
    sentence: Sentence

    @property
    def features(self) -> dict[str, float]: ...


def fired(m: Member) -> int:
    return sum(1 for k, v in m.features.items() if k.startswith("check:") and v)


def answer_features(group: Sequence[Member], best_rival: float | None, rivals: int, first: bool,
                    q: QuestionFrame) -> dict[str, float]:
    """The features of the answer a group gives (its first member cites it)."""
    rep = group[0]
    f = {k: float(rep.features.get(k, 0.0)) for k in SPAN if k not in {"hand_score", "rank"}}
    f["rank"] = math.log1p(rep.features.get("rank", 0.0))
    f["hand_score"] = rep.score
    for k in SUBJECT:
        f[k] = float(rep.features.get(k, 0.0))
    for k in CHECK_FEATURES[:-1]:
        f[k] = float(rep.features.get(k, 0.0))
    f["checks_fired"] = float(fired(rep))
    f["claimed"] = float(rep.features.get("claimed", 0.0))
    f.update(_form(rep, q))
    f["passages"] = math.log(len({m.pid for m in group}))
    f["articles"] = math.log(len({m.doc for m in group}))
    f["clean_members"] = math.log1p(sum(1 for m in group if not fired(m)))
    f["rivals"] = math.log1p(rivals)
    f["margin"] = rep.score - best_rival if best_rival is not None else 1.0
    f["first_choice"] = float(first)
    for t in AnswerType:
        f[f"type:{t.value}"] = float(q.type is t)
    f["subtype"] = float(bool(q.subtype.value))
    f["question_words"] = math.log1p(len(q.keywords))
    f["corpus_size"] = float(rep.features.get("corpus_size", 0.0))
    f["asks_day"] = float(q.asks_day)
    return f


def in_sentence(rep: Member, neighbours: Sequence[Member], key: Callable[[Member], Hashable]) -> dict[str, float]:
    """The answer's span among the other values its own sentence holds: how many there are, how
    much closer to the question's words it is than the closest of them (positive: it is the
    closest), whether it is the first of two names a comma joins ("Park City, Utah":
    qualified) or the second (qualifier), and whether another span holds it (nested) or it
    holds another."""
    mine = key(rep)
    keyed = [(m, k) for m in neighbours if (k := key(m)) != mine]
    if not keyed:
        return {}
    others = [m for m, _ in keyed]
    prox = rep.features.get("proximity", 0.0)
    f = {"sentence_values": math.log1p(len({k for _, k in keyed})),
         "sentence_lead": prox - max(m.features.get("proximity", 0.0) for m in others)}
    text, c = rep.sentence.text, rep.cand
    for m in others:
        o = m.cand
        if o.start >= c.end and text[c.end:o.start] == ", ":
            f["qualified"] = 1.0
        if o.end <= c.start and text[o.end:c.start] == ", ":
            f["qualifier"] = 1.0
        if o.start <= c.start and c.end <= o.end:
            f["nested"] = 1.0  # a piece of a longer name: "Telecommunications Commission"
        elif c.start <= o.start and o.end <= c.end:
            f["holds"] = 1.0
    return f


def relative(answers: Sequence[dict[str, float]]) -> None:
    """Add to each answer's features its distance from the best of all the question's answers
    on each RELATIVE_HIGH feature (0 for the best, negative below it) and on each RELATIVE_LOW
    one (0 for the lowest, positive above it). Out of fold over fifty archive gold sets, with
    the same rows, the top answer was right for 2,820 questions of 3,673 with them, 2,794
    without."""
    for keys, best_of in ((RELATIVE_HIGH, max), (RELATIVE_LOW, min)):
        for k in keys:
            best = best_of((a.get(k, 0.0) for a in answers), default=0.0)
            for a in answers:
                a[f"rel:{k}"] = a.get(k, 0.0) - best


def _form(m: Member, q: QuestionFrame) -> dict[str, float]:
    c = m.cand
    span = c.text(m.sentence)
    f = {f"kind:{c.kind}": 1.0} if c.kind in SPAN_KINDS else {}
    asked = set(q.words)
    country = bool(asked & lexicon.words("country_nouns"))
    town = bool(asked & lexicon.words("town_nouns"))
    if c.kind in {"country", "city", "venue", "place"} and (country or town):
        fits = (c.kind == "country") == country
        f["place_fits" if fits else "place_misfits"] = 1.0
    f["explicit_date"] = float(Flag.EXPLICIT_DATE in c.flags)
    f["titled"] = float(Flag.TITLED in c.flags)
    f["span_words"] = math.log1p(len(span.split()))
    f["role_beside"] = _role_beside(m, q)
    if q.asks_end and c.type is AnswerType.WHEN:  # "Until when ...?" wants the date after "until", not "from"
        f["deadline_fit"] = 1.0 if Flag.DEADLINE in c.flags else -1.0
    if c.type is AnswerType.WHEN:
        relative = _relative(span)
        f["relative_date"] = float(relative)
        f["unanchored"] = float(relative and m.sentence.doc_date is None)
    if c.type in {AnswerType.HOW_MUCH, AnswerType.HOW_MANY}:
        f["figure_in_question"] = float(_figure_in_question(span, q.text))
    if c.type is AnswerType.WHO:
        f["who_fits"] = _who_fits(q.subtype.value, c.kind)
    if q.kind_noun and c.type in {AnswerType.WHO, AnswerType.WHERE}:  # "At which court …?": "Waverley Local Court"
        f["kind_beside"] = _kind_beside(m, q.kind_noun)
    if c.type in {AnswerType.WHO, AnswerType.WHERE}:
        f["given_name"] = float(_given_name(span))
    return f


def _given_name(span: str) -> bool:
    """A name of two words or more that opens with a given name ("Linda Thomsen", not "Atlanta
    Braves" nor "Cooper Owen", which the name finder reads as persons too)."""
    ws = span.split()
    return len(ws) >= 2 and ws[0].strip(".,'’").lower() in lexicon.words("given_names")


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _figure_in_question(span: str, question: str) -> bool:
    """Every number of the span is one the question says: over the gold questions of thirty-two
    sets, 191 such figures were found and none was right."""
    got = {n.replace(",", "") for n in _NUMBER.findall(span)}
    return bool(got) and got <= {n.replace(",", "") for n in _NUMBER.findall(question)}


def _kind_beside(m: Member, noun: str) -> float:
    """1 when the noun a which-question asks for ("Which bank …?") or a synonym of it is said in
    the name or within four words of it on either side, without a clause break; else -1."""
    from qa.lexicon.synonyms import synonyms

    wanted = {stem(noun), *synonyms(noun)}
    text = m.sentence.text
    before = re.split(r"[;:()]|, (?:and|but|while|which|who)\b", text[max(0, m.cand.start - 60):m.cand.start])[-1]
    after = re.split(r"[;:()]|, (?:and|but|while|which|who)\b", text[m.cand.end:m.cand.end + 50])[0]
    near = words(before)[-4:] + words(text[m.cand.start:m.cand.end]) + words(after)[:4]
    return 1.0 if any(stem(w.lower()) in wanted for w in near) else -1.0


_ASKED_KINDS = {"person": ({"person"}, {"org", "acronym", "place", "country", "city", "venue"}),
                "org": ({"org", "acronym"}, {"person", "place", "country", "city", "venue"})}


def _who_fits(asked: str, kind: str) -> float:
    """1 when the name is of the kind the question asks ("Which company …?" and an organisation),
    -1 when it is of another known kind (a person, a place), 0 when either is not known."""
    fits, misfits = _ASKED_KINDS.get(asked, (set(), set()))
    return 1.0 if kind in fits else -1.0 if kind in misfits else 0.0


def _relative(span: str) -> bool:
    """A date with neither a number nor a month's name: "yesterday", "Tuesday", "last year"."""
    months = lexicon.months()
    return not re.search(r"\d", span) and not any(w in months for w in words(span.lower()))


def _role_beside(m: Member, q: QuestionFrame) -> float:
    """Share of the role asked ("secretary general") said right beside the name, as a title
    before it or an apposition after it: "NATO Secretary General Jens Stoltenberg"."""
    role = [stem(w) for w in q.role if w.isalpha()]
    if not role or m.cand.type is not AnswerType.WHO:
        return 0.0
    text = m.sentence.text
    near = words(text[max(0, m.cand.start - 60):m.cand.start])[-6:] + words(text[m.cand.end:m.cand.end + 50])[:6]
    got = {stem(w) for w in near}
    return sum(1 for w in role if w in got) / len(role)
