"""Who: people (with their titles and roles stripped), organisations and countries.

There is no tagger offline, so names are runs of capitalised words, split where a
title or role word stands ("NATO Secretary General Jens Stoltenberg" -> "Jens
Stoltenberg") and classed by shipped word lists: titles, organisation suffixes,
countries and their demonyms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from qa import resources
from qa.extract.base import Candidate, Sentence
from qa.models import AnswerType
from qa.text import stem

_NAME_WORD = re.compile(r"(?:[A-Z\u00C0-\u00DE][\w\u00C0-\u024F'’.&-]*|[A-Z]{2,}|Mc[A-Z]\w+|O'[A-Z]\w+)")
_CONNECT = {"de", "van", "von", "der", "den", "del", "da", "di", "du", "bin", "al", "la", "le", "of", "&", "y"}
# Capitalised words that start sentences or quotes but are not names.
_NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "for", "and", "but", "or", "if", "as", "he", "she", "it", "they", "we",
    "i", "this", "that", "these", "those", "his", "her", "its", "their", "our", "according", "after",
    "before", "while", "when", "where", "what", "who", "which", "there", "here", "some", "many", "most",
    "all", "both", "each", "one", "two", "three", "under", "with", "without", "by", "from", "to", "of",
    "last", "next", "since", "during", "also", "however", "meanwhile", "earlier", "later", "today",
    "yesterday", "tomorrow", "shr", "net", "revs", "qtr", "avg", "shrs", "mths", "note", "oper", "says", "said",
    "mln", "dlrs", "pct", "cts", "vs", "reuters", "reuter", "mr", "mrs", "ms", "dr", "new",
}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _not_name(word: str) -> bool:
    low = word.lower()
    return low in _NOT_NAMES or low in _WEEKDAYS or low in resources.months()


def _is_title(word: str) -> bool:
    low = word.lower()
    return low in resources.titles() or stem(low) in _title_stems()


@cache
def _title_stems() -> frozenset[str]:
    return frozenset(stem(t) for t in resources.titles())


@dataclass
class Run:
    start: int
    end: int
    words: list[tuple[int, int, str]]


def _runs(s: Sentence) -> list[Run]:
    """Maximal runs of capitalised words (with name particles inside)."""
    runs: list[Run] = []
    cur: list[tuple[int, int, str]] = []
    words = s.words
    text = s.text

    def flush() -> None:
        while cur and cur[-1][2].lower() in _CONNECT:
            cur.pop()
        if cur:
            runs.append(Run(cur[0][0], cur[-1][1], list(cur)))
        cur.clear()

    for i, (a, b, w) in enumerate(words):
        gap = text[cur[-1][1]:a] if cur else ""
        if cur and (gap.strip() not in {"", "-"} or "\n" in gap):
            flush()
        if _NAME_WORD.fullmatch(w) and not w.isdigit():
            cur.append((a, b, w))
        elif cur and w.lower() in _CONNECT and i + 1 < len(words) and _NAME_WORD.fullmatch(words[i + 1][2]):
            cur.append((a, b, w))
        else:
            flush()
    flush()
    return runs


def _clean(w: str) -> str:
    return re.sub(r"['’]s$|['’]$", "", w).rstrip(".")


def _kind(words: list[str]) -> str:
    joined = " ".join(words)
    if joined in resources.countries() or joined in resources.cities():
        return "place"
    if any(w in resources.org_suffixes() for w in words):
        return "org"
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        return "org"  # NATO, EU, IBM
    if any(w.isupper() and len(w) > 1 for w in words) and not all(w.isupper() for w in words):
        return "org"
    if 2 <= len(words) <= 4:
        return "person"
    return "name"


def extract_entities(s: Sentence, question_words: set[str] | None = None) -> list[Candidate]:
    """Name candidates; `question_words` (lower case) are titles/names the question already says."""
    qwords = question_words or set()
    titles = resources.titles()
    countries = resources.countries()
    upper_text = s.text.isupper()
    out: list[Candidate] = []
    for run in _runs(s):
        ws = run.words
        # split at possessives: "Ukraine's Foreign Minister Dmytro Kuleba"
        segments: list[list[tuple[int, int, str]]] = [[]]
        for tok in ws:
            segments[-1].append(tok)
            if re.search(r"['’]s?$", tok[2]):
                segments.append([])
        for seg in segments:
            if not seg:
                continue
            # a title just before the run: "chairman Lee Iacocca", "top diplomat Josep Borrell"
            prev = s.text[max(0, seg[0][0] - 30):seg[0][0]].split()
            titled = bool(prev) and _is_title(prev[-1].strip(",")) and not prev[-1].endswith(",")
            j = 0
            org_run = _clean(seg[-1][2]) in resources.org_suffixes()
            while j < len(seg):
                word = _clean(seg[j][2])
                low = word.lower()
                if _not_name(word) or (low in _CONNECT and word.islower()) or (
                        not org_run and (_is_title(word) or low in qwords
                                         or (word in countries and j + 1 < len(seg)))):
                    titled = titled or _is_title(word)
                    j += 1
                    continue
                if org_run:
                    break
                # a title later in the run: "French Armed Forces General Thierry Burkhardt"
                rest = [_clean(t[2]) for t in seg[j:]]
                k = max((i for i, r in enumerate(rest) if _is_title(r)), default=-1)
                if 0 <= k < len(rest) - 1:
                    titled = True
                    j += k + 1
                    continue
                break
            name = seg[j:]
            while name and (_clean(name[-1][2]).lower() in _CONNECT or _not_name(_clean(name[-1][2]))):
                name.pop()
            if not name:
                continue
            words = [_clean(t[2]) for t in name]
            if all(len(w) < 2 for w in words) or (len(words) == 1 and _is_title(words[0])):
                continue
            kind = _kind(words)
            if upper_text and kind == "org" and len(words) > 1:
                kind = "name"
            start, end = name[0][0], name[-1][1]
            token = s.text[start:end]
            end = start + len(re.sub(r"['’]s?$", "", token).rstrip("."))
            if words[-1] + "." == s.text[name[-1][0]:name[-1][1]] and words[-1] in resources.org_suffixes():
                end = name[-1][1]  # keep "Corp." whole
            # what follows: "Lee Iacocca, chairman of …", "X, a spokesman for Y"
            after = s.text[end:end + 40].lower()
            appos = bool(re.match(r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(" + "|".join(
                sorted(titles, key=len, reverse=True)) + r")\b", after))
            prior = {"person": 0.8, "org": 0.7, "place": 0.4, "name": 0.5}[kind]
            if kind in {"person", "name"} and (titled or appos):
                prior = 1.0
                kind = "person"
            out.append(Candidate(start, end, AnswerType.WHO, f"who:{kind}" + (":titled" if titled else "") +
                                 (":apposition" if appos else ""), prior, None, kind=kind))
    return out
