"""How many: a number with the noun it counts ("28 countries", "more than 30 countries")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from qa import lexicon
from qa.answers.base import Candidate, Sentence
from qa.answers.numbers import EARLIER, NUM, NUMBER_WORDS, SPELLED, parse_number
from qa.answers.who.names import NOT_NAMES
from qa.lexicon.tokens import stem
from qa.models import AnswerType, CountValue

# A model's designation or a measure among the noun's words: "15 Boeing 767-300 planes", "two
# 747-400 aircraft", "455,000 60-kg bags".
_DESIGNATION = r"\d{2,4}-\d{1,4}[a-z]{0,2}\b|\d+(?:\.\d+)?-[a-z]+\b"


def _qualifier(group: str) -> str:
    """A hedge before a count ("more than", "some", "at least"), in the named group."""
    return rf"(?P<{group}>{lexicon.alt('count_qualifier_phrases')})\s+"


_QUALIFIER = _qualifier("qual")
# a four-digit number that is a year ("in 1987 from 1986 levels"), not a count
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# Words after a number that make it something other than a count.
_NOT_COUNTED = lexicon.entries("not_counted")


_PLURALS = lexicon.alt("irregular_plurals")


@cache
def _rx() -> re.Pattern[str]:
    return re.compile(
        rf"(?:{_QUALIFIER})?(?P<num>{NUM}|{SPELLED}|\b(?:dozens|hundreds|thousands|millions) of)"
        # "10.9m viewers", "1.2bn people": the BBC writes the scale onto the number, before a plural
        # (a "100m race" is run in metres)
        rf"(?:\s+(?P<scale>million|billion|mln|bln|thousand)\b|(?<=\d)(?P<short>m|bn)\b(?=\s+(?:[a-z]+s|{_PLURALS})\b))?"
        rf"(?P<noun>(?:\s+(?:[a-z][\w'’.-]*|{_DESIGNATION})){{1,4}})",
        re.IGNORECASE,
    )


def _excluded(word: str) -> bool:
    w = word.lower().rstrip(".,;:'’")
    return (w in _NOT_COUNTED or w in lexicon.scales() or w in lexicon.currencies()
            or w in lexicon.months() or w in lexicon.stopwords())


_PHRASE_END = lexicon.entries("count_phrase_ends")


@dataclass
class _Asked:
    """What the question counts: its noun's stem, its other words' stems, the noun's synonyms."""

    want: str | None
    also: set[str] | None
    syns: set[str]


def extract_counts(s: Sentence, target: str | None = None, also: set[str] | None = None,
                   also_syns: set[str] | None = None) -> list[Candidate]:
    """Counts; when the question names the counted noun, counts of that noun rank first.

    `also` holds the stems of the question's other words, so "girls and women" stays whole.
    """
    asked = _Asked(stem(target.lower()) if target else None, also, set(also_syns or ()))
    out: list[Candidate] = []
    pos = 0
    while (m := _rx().search(s.text, pos)) is not None:
        pos = m.end("num")  # the noun words may hold the next count: "300 jobs at three plants"
        c = _count(s, m, asked)
        if c is not None:
            out.append(c)
            pos = c.end
    out.extend(_levels_before(s, out))
    out.extend(_casualties(s, target, out))
    if asked.want and re.search(rf"\b{re.escape(target or '')}", s.text, re.IGNORECASE):
        out.extend(_bare_totals(s, target or "", out))
        out.extend(_part_of(s, asked.want, target or ""))
    return out


def _not_a_count(s: Sentence, m: re.Match[str]) -> bool:
    """Money ("$5"), a date ("March 7"), part of a name ("Halo 2", "Channel 4", "Apollo 11"), or
    the end of a designation, score or range ("767-300 planes", "the G-7 nations", "a 2-1 win")."""
    before = s.text[max(0, m.start("num") - 12) : m.start("num")]
    if re.search(r"[A-Za-z0-9]-$", before):
        return True
    if re.search(r"[$€£¥]\s?$|\b[A-Z]{3}\s$", before):
        return True
    if re.search(r"(?:" + "|".join(lexicon.months()) + r")\.?\s$", before, re.IGNORECASE):
        return True
    name = re.search(r"\b([A-Z][\w-]*) $", before)
    return bool(name and not m.group("qual") and re.fullmatch(r"\d{1,3}", m.group("num"))
                and name.group(1).lower() not in lexicon.stopwords() and name.group(1).lower() not in NOT_NAMES)


def _value(m: re.Match[str]) -> float | None:
    value = parse_number(m.group("num"))
    scale = m.group("scale") or m.groupdict().get("short")
    if value is not None and scale:
        value *= lexicon.scales()[scale.lower()]
    return value


def _count(s: Sentence, m: re.Match[str], asked: _Asked) -> Candidate | None:
    """The count a number match makes, with its noun; None when it counts nothing."""
    if _not_a_count(s, m):
        return None
    noun_words = m.group("noun").split()
    if not _counts_something(m.group("num"), noun_words, asked.want):
        return None
    value = _value(m)
    noun_words = _phrase_to_target(s, m, noun_words, asked.want)
    noun_words, end_word, matched = _counted_noun(noun_words, asked)
    if _priced(noun_words[: max(end_word + 1, 2)]):
        return None  # "seven U.S. dlrs a share" is a price
    end = _noun_end(s, m.start("noun"), noun_words, end_word, asked.also)
    start = m.start("num")  # a hedge ("about", "some", "up to") stays in the value, not the span
    prior = 1.0 if matched else (0.35 if asked.want else 0.6)
    qualifier = (m.group("qual") or None) and m.group("qual").lower().strip()
    value_ = CountValue(count=value, unit=noun_words[end_word].strip("'’.,;:"), qualifier=qualifier) \
        if value is not None else None
    c = Candidate(start, end, AnswerType.HOW_MANY, "count:number+noun", prior, value_, kind="count")
    said_from = m.start("qual") if m.group("qual") else start
    if _compared_rx().search(s.text[max(0, said_from - 20):said_from]) or EARLIER.search(re.split(r"[,;.]", s.text[end:end + 60])[0]):
        _mark_compared(c)
    return c


@cache
def _compared_rx() -> re.Pattern[str]:
    """The comparing words before a count, but "from" (which also says where from: "officials
    from 28 countries"; a count after it is compared only when a level stands before it)."""
    return re.compile(rf"\b(?:{'|'.join(re.escape(p) for p in lexicon.phrases('level_comparisons') if p != 'from')})\s*$",
                      re.IGNORECASE)


def _mark_compared(c: Candidate) -> None:
    """A figure compared with the one asked for, as amounts mark theirs (qa.answers.how_much)."""
    if not c.features.get("compared"):
        c.prior *= 0.5
        c.features["compared"] = 1.0


def _counts_something(nums: str, noun_words: list[str], want: str | None) -> bool:
    """"five years" is a count only when years are what is counted; "1986 sales" is a year."""
    first_asked = bool(want) and stem(noun_words[0].lower().rstrip(".,;:")) == want if noun_words else False
    if not noun_words or _excluded(noun_words[0]) and not first_asked:
        return False
    return not (_YEAR.fullmatch(nums) and not noun_words[0].endswith("s"))


def _priced(words: list[str]) -> bool:
    currencies = lexicon.currencies()
    return any(w.lower().rstrip(",") in currencies or w.lower().rstrip(".,") in currencies for w in words)


def _phrase_to_target(s: Sentence, m: re.Match[str], noun_words: list[str], want: str | None) -> list[str]:
    """"70 Hong Kong music and movie stars": the asked-for noun a few words on, in the same phrase."""
    if not want or any(stem(w.lower().strip("'’.,;:")) == want for w in noun_words):
        return noun_words
    ahead = re.match(r"[^,.;:()]{0,60}?\b([A-Za-z-]+)\b", s.text[m.start("noun"):])
    phrase = re.split(r"[,.;:()]", s.text[m.start("noun"):m.start("noun") + 60])[0]
    more = phrase.split()[:7]
    hit = next((i for i, w in enumerate(more) if stem(w.lower().strip("'’")) == want), None)
    between = more[:hit]
    if ahead and hit is not None and not any(
            w.lower() in _PHRASE_END - {"and", "or"} or any(ch.isdigit() for ch in w)
            or w.lower() in NUMBER_WORDS for w in between):  # "nine FM and four AM stations": two counts
        return more[: hit + 1]
    return noun_words


def _counted_noun(noun_words: list[str], asked: _Asked) -> tuple[list[str], int, bool]:
    """(the noun phrase, the counted noun's index in it, whether it is the noun asked for):
    the first word that matches the target, else its synonym, else the first plural-looking word."""
    want = asked.want
    end_word, matched = 0, False
    for i, w in enumerate(noun_words):
        if want and w.lower() in {"and", "or"} and stem(noun_words[-1].lower().strip("'’.")) == want:
            continue  # "music and movie stars": the phrase goes on to the asked-for noun
        if want and stem(w.lower().strip("'’.").removesuffix("'s")) == want:
            end_word, matched = i, True
            break
        if w.lower() in _PHRASE_END or w.endswith((",", ";")):
            noun_words = noun_words[: i + 1] if i == 0 else noun_words[:i]
            break
    if not matched:
        end_word, matched = _other_noun(noun_words, asked.syns)
    return noun_words, min(end_word, len(noun_words) - 1), matched


def _other_noun(noun_words: list[str], syns: set[str]) -> tuple[int, bool]:
    """No target match: the asked noun's synonym, or the first plural-looking word ("1,200 new workers")."""
    end_word = next((i for i, w in enumerate(noun_words) if stem(w.lower().rstrip(",;.")) in syns),
                    next((i for i, w in enumerate(noun_words) if w.lower().rstrip(",;.").endswith("s")
                          and not _excluded(w)),
                         next((i for i, w in enumerate(noun_words) if not re.search(r"\d", w)), 0)))
    return end_word, any(stem(w.lower().rstrip(",;.")) in syns for w in noun_words[: end_word + 1])


def _noun_end(s: Sentence, noun_start: int, noun_words: list[str], end_word: int, also: set[str] | None) -> int:
    """Where the count's span ends: after its counted noun ("25,000 girls and women" when the
    question names both nouns)."""
    consumed = 0
    for i, w in enumerate(noun_words[: end_word + 1]):
        consumed = s.text.index(w, noun_start if i == 0 else consumed) + len(w)
    consumed -= len(noun_words[end_word]) - len(noun_words[end_word].rstrip(",;.:'’"))
    tail = re.match(r"\s+(?:and|or)\s+([a-z][\w-]*)", s.text[consumed:])
    if tail and also and stem(tail.group(1).lower()) in also:
        consumed += tail.end()
    return consumed


_PART_OF = re.compile(rf"(?P<num>{NUM})\s+of\s+(?:(?:the|its|their|our|[\w-]+['’]s)\s+){{1,2}}(?:{NUM}\s+)?"
                      r"(?P<noun>(?:[a-z-]+\s+){0,2}[a-z-]+)\b")


def _part_of(s: Sentence, want: str, target: str) -> list[Candidate]:
    """"controls 182 of the country's 187 television stations": 182 counts the stations too."""
    out = []
    for m in _PART_OF.finditer(s.text):
        value = parse_number(m.group("num"))
        if value is not None and any(stem(w) == want for w in m.group("noun").split()):
            out.append(Candidate(m.start("num"), m.end("num"), AnswerType.HOW_MANY, "count:part-of", 0.9,
                                 CountValue(count=value, unit=target), kind="count"))
    return out


@cache
def _level_rx() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w$€£¥.,])(?P<num>{NUM})(?:\s+(?P<scale>million|billion|mln|bln|thousand)\b)?"
                      rf",?\s+(?:{lexicon.alt('level_comparisons')})\s+$", re.IGNORECASE)


def _levels_before(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """"expand its fleet to 58 from 30 aircraft": 58 counts the aircraft too, though only the
    second number carries the noun (the level now, beside the level it came from)."""
    out = []
    for c in found:
        if c.rule != "count:number+noun" or c.value is None:
            continue
        m = _level_rx().search(s.text[max(0, c.start - 40):c.start])
        if m is None:
            continue
        start = c.start - len(s.text[max(0, c.start - 40):c.start]) + m.start("num")
        if any(o.start <= start < o.end for o in found) or _YEAR.fullmatch(m.group("num")):
            continue  # already a count, or a year ("in 1987 from 1986 levels")
        value = _value(m)
        if value is None:
            continue
        prior = c.prior if not c.features.get("compared") else c.prior * 2
        _mark_compared(c)
        end = start + (m.end("scale") if m.group("scale") else m.end("num")) - m.start("num")
        out.append(Candidate(start, end, AnswerType.HOW_MANY, "count:level-before", prior,
                             c.value.model_copy(update={"count": value, "qualifier": None}), kind="count"))
    return out


@cache
def _casualty_rx() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lexicon.alt('casualty_verbs')})\s+(?:{_qualifier('cqual')})?"
                      rf"(?P<num>{NUM}|{SPELLED})(?=\s*(?:[,.;]|$)|\s+(?:{lexicon.alt('casualty_followers')})\b)")


def _casualties(s: Sentence, target: str | None, found: list[Candidate]) -> list[Candidate]:
    """"a bombing that killed 16, …", "wounding more than 50 in …": the people killed or hurt,
    counted with no noun after the verb (qa/data/lexicon/casualty_verbs.txt)."""
    out = []
    for m in _casualty_rx().finditer(s.text):
        if any(c.start <= m.start("num") < c.end for c in found) or _YEAR.fullmatch(m.group("num")):
            continue
        value = parse_number(m.group("num"))
        if value is None:
            continue
        qual = m.group("cqual").lower() if m.group("cqual") else None
        out.append(Candidate(m.start("num"), m.end("num"), AnswerType.HOW_MANY, "count:casualties", 0.8,
                             CountValue(count=value, unit=target or "people", qualifier=qual), kind="count"))
    return out


_TOTAL = re.compile(rf"\b(?:a total of|totall?ing|totall?ed|to|at|reached)\s+(?P<num>{NUM})(?=\s*(?:[,.;]|$|against|from|compared|vs))")


def _bare_totals(s: Sentence, target: str, found: list[Candidate]) -> list[Candidate]:
    """"… the number of active rigs fell to a total of 766, against …": a count whose noun came earlier."""
    out = []
    for m in _TOTAL.finditer(s.text):
        if any(c.start <= m.start("num") < c.end for c in found) or s.text.find(target) > m.start("num"):
            continue
        value = parse_number(m.group("num"))
        if value is not None and not _YEAR.fullmatch(m.group("num")):
            out.append(Candidate(m.start("num"), m.end("num"), AnswerType.HOW_MANY, "count:total", 0.8,
                                 CountValue(count=value, unit=target), kind="count"))
    return out
