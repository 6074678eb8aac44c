"""The kind of answer a question asks for, from the patterns of qa/data/patterns/question.toml.

The patterns are tried in order on the lower-cased question; the first that matches
decides. Two readings come after them: "Which broker leads the group?" asks for a person
even though "group" is an organisation noun further on, and "How large is the stake?"
asks for a share, not an amount of money. A question no pattern matches is typed by the
noun it asks about ("What was Foothill's profit?"), then by the patterns marked
`after_focus` ("Which horse won …?" asks for a name), then by a measure noun said
anywhere in a "What is/was …?", else it asks for a whole sentence.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from qa import lexicon
from qa.models import AnswerType
from qa.understand.frame import Subtype


@dataclass(frozen=True)
class Pattern:
    """One classification rule: its regex, what it decides, and its examples."""

    name: str
    type: AnswerType
    subtype: Subtype
    regex: re.Pattern[str]
    examples: tuple[str, ...]
    not_examples: tuple[str, ...]
    after_focus: bool = False  # tried only when the noun after what/which decides nothing


def which_gap() -> str:
    """Up to five words before the noun of a which-phrase, none of them an auxiliary verb."""
    # "Marsh & McLennan", "Kidder, Peabody" are names
    return rf"(?:(?!(?:{lexicon.alt('auxiliaries')})\b)[\w'’.&-]+,?\s+){{0,5}}?"


def _expand(regex: str) -> str:
    """@{name} -> a group of the lexicon list `name`; @{which_gap} -> which_gap()."""
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        return which_gap() if name == "which_gap" else f"(?:{lexicon.alt(name)})"
    return re.sub(r"@\{(\w+)\}", sub, regex)


@cache
def patterns() -> tuple[Pattern, ...]:
    data = tomllib.loads(resources.files("qa").joinpath("data", "patterns", "question.toml").read_text("utf-8"))
    return tuple(
        Pattern(p["name"], AnswerType(p["type"]), Subtype(p.get("subtype", "")),
                re.compile("|".join(_expand(a) for a in p["any"])),
                tuple(p.get("examples", ())), tuple(p.get("not", ())), bool(p.get("after_focus")))
        for p in data["pattern"])


def _phrase_gap() -> str:
    """The words of a which-phrase before its noun: no auxiliary, article or -ed verb, which
    would start the clause after it ("Which company hired the official?" asks for a company)."""
    return rf"(?:(?!(?:{lexicon.alt('auxiliaries')}|the|a|an)\b)(?![a-z]+ed\b)[\w'’.&-]+,?\s+){{0,5}}?"


@cache
def _which_person() -> re.Pattern[str]:
    return re.compile(r"^(?:\w+\s+){0,3}?(?:which|what)\s+" + _phrase_gap() + r"(?:" + lexicon.alt("person_nouns")
                      + r")\b")


@cache
def _which_org() -> re.Pattern[str]:
    return re.compile(r"^(?:\w+\s+){0,3}?(?:which|what)\s+" + _phrase_gap() + r"(?:" + lexicon.alt("org_nouns")
                      + r")\b")


@cache
def _holding() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (re.compile(rf"\b(?:{lexicon.alt('holding_nouns')})\b"),
            re.compile(rf"\b(?:{lexicon.alt('money_asked_words')})\b"))


_SIZE = re.compile(r"\bhow (?:large|big)\b|\bwhat size\b|\bthe size of\b")


def classify(question: str) -> tuple[AnswerType, Subtype]:
    q = " ".join(question.lower().split())
    for p in patterns():
        if not p.after_focus and p.regex.search(q):
            return _reread(p, q)
    found = focus_type(q)
    if found:
        return found
    for p in patterns():
        if p.after_focus and p.regex.search(q):
            return p.type, p.subtype
    return _measure_noun(q) or _measure_verb(q) or (AnswerType.WHAT, Subtype.NONE)


_WHAT_IS = re.compile(r"what (?:is|was|are|were|will be|would be)\b")


def _measure_noun(q: str) -> tuple[AnswerType, Subtype] | None:
    """Last resort before a whole sentence: the first noun anywhere in "What is/was …?" that asks
    for a rate, an amount or a count ("What was South Korea's October 1987 current account
    surplus?" puts its noun past the focus window). A whole sentence is never an exact answer,
    so a measure found this way can only do better."""
    if not _WHAT_IS.match(q):  # "What did the chairman say about the profit?" asks what was said
        return None
    for before, word in itertools.pairwise(re.findall(r"[\w-]+", q)):
        kind = _kind_of(word)
        if kind is not None and kind[0] is not AnswerType.WHEN and before != "to":  # "to bid": a verb
            return kind
    return None


@cache
def _what_did() -> re.Pattern[str]:
    return re.compile(rf"what (?:{lexicon.alt('auxiliaries')})\b(.*)")


def _measure_verb(q: str) -> tuple[AnswerType, Subtype] | None:
    """Last resort too: "what" as the object of a verb that asks for an amount ("What did South
    Africa's imports total?", "What did the film cost to make?") or a golf score ("What did
    Broadhurst shoot on Friday?"). The verb must follow a name or noun, not a determiner or a
    function word: in "What did the board say about the total?" the total is a noun, and what
    is asked is what was said."""
    m = _what_did().match(q)
    if not m:
        return None
    not_after = lexicon.words("determiners") | lexicon.stopwords()
    for before, word in itertools.pairwise(re.findall(r"[\w'’-]+", m.group(1))):
        if before in not_after:
            continue
        if word in lexicon.words("amount_verbs"):
            return AnswerType.HOW_MUCH, Subtype.NONE
        if word in lexicon.words("score_verbs"):
            return AnswerType.HOW_MANY, Subtype.NONE
    return None


def _reread(p: Pattern, q: str) -> tuple[AnswerType, Subtype]:
    """The two readings that follow a match (see the module's docstring)."""
    if p.subtype is Subtype.ORG:
        # the which-phrase's last noun is its head: "Which union official", "Which Deutsche Bank
        # chief executive", "Which company's chairman" ask for a person; "Which official body" and
        # "Which chairman's company" for an organisation
        person, org = _which_person().search(q), _which_org().search(q)
        if person and (not org or person.end() > org.end()):
            return AnswerType.WHO, Subtype.PERSON
    holding, money = _holding()
    if p.type is AnswerType.HOW_MUCH and p.subtype is Subtype.NONE and _SIZE.search(q) \
            and holding.search(q) and not money.search(q):
        return p.type, Subtype.PERCENT
    return p.type, p.subtype


@cache
def _focus_phrase() -> re.Pattern[str]:
    return re.compile(rf"\b(?:what|which)\s+(?:(?:{lexicon.alt('focus_skip_words')}|[\w-]+'s|[\w-]+’s)\s+){{0,4}}"
                      r"((?:[\w'’.-]+\s+){0,5}[\w-]+)")  # "u.s." is a word too
_PER_SHARE_WORDS = re.compile(r"\b(?:per|a|each) share\b")
_OWNED = re.compile(r"^what\s+(?:is|are|was|were|will be)\b.*['’]s\s+((?:[\w-]+\s+){0,2}[\w-]+)\s*\??$")


def _focus_kinds() -> list[tuple[frozenset[str], AnswerType, Subtype]]:
    return [(lexicon.words("date_nouns"), AnswerType.WHEN, Subtype.NONE),
            (lexicon.words("rate_nouns"), AnswerType.HOW_MUCH, Subtype.PERCENT),
            (lexicon.words("amount_nouns"), AnswerType.HOW_MUCH, Subtype.NONE),
            (lexicon.words("count_nouns"), AnswerType.HOW_MANY, Subtype.NONE)]


def focus_type(q: str) -> tuple[AnswerType, Subtype] | None:
    """The answer type implied by the first noun after what/which (within a few words)."""
    m = _focus_phrase().search(q)
    if not m:
        return None
    per_share = _PER_SHARE_WORDS.search(q) is not None
    if (kind := _head_kind(m.group(1), per_share)) is not None:
        return kind
    for i, word in enumerate(m.group(1).split()):  # "general and administrative expenses": past the first stop word
        if word == "share" and per_share:
            continue
        if i and word.endswith("ed") and _kind_of(word) is None:
            break  # "Which consultant reassessed the gas reserves …?": a verb ends the phrase
        if (kind := _kind_of(word)) is not None:
            return kind
    # "What were Intercontinental Bank of Dade County's year-end assets?": a long owner puts its
    # noun past the window; the noun phrase after the last possessive is what is asked
    owned = _OWNED.search(q)
    return _head_kind(owned.group(1), per_share) if owned else None


def _head_kind(words: str, per_share: bool) -> tuple[AnswerType, Subtype] | None:
    """The kind the head noun of the phrase asks for (its last noun first)."""
    for word in reversed(_head_phrase(words, per_share)):
        if (kind := _kind_of(word)) is not None:
            return kind
    return None


def _head_phrase(words: str, per_share: bool) -> list[str]:
    """The noun phrase up to the first preposition or verb ("payment date for …" -> payment date);
    after an owner, the noun follows it ("capitol bancorp's new quarterly dividend")."""
    framing = lexicon.words("question_words") - lexicon.words("asked_value_nouns")
    phrase: list[str] = []
    for w in words.split():
        if w.endswith(("'s", "’s")):
            phrase.clear()
            continue
        if w in lexicon.stopwords() or w in framing:
            break
        if phrase and w in {"last", "next"}:  # "sales last year" asks the sales, not the year
            break
        phrase.append(w)
    if per_share:
        phrase = [w for w in phrase if w != "share"]  # "paying per share" asks a price, not a share
    return phrase


def _kind_of(word: str) -> tuple[AnswerType, Subtype] | None:
    for nouns, kind, sub in _focus_kinds():
        if word in nouns:
            return kind, sub
    return None
