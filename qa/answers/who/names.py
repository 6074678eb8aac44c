"""Who: people (with their titles and roles stripped), organisations and countries.

There is no tagger offline, so names are runs of capitalised words, split where a
title or role word stands ("NATO Secretary General Jens Stoltenberg" -> "Jens
Stoltenberg") and classed by shipped word lists: titles, organisation suffixes,
countries and their demonyms. Tickers and acronyms in brackets ("<IFC>",
"(JTAG)") are aliases of the name before them, not answers of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from qa import lexicon
from qa.answers.base import Candidate, Flag, Sentence
from qa.models import AnswerType
from qa.lexicon.tokens import stem

_NAME_WORD = re.compile(r"(?:[A-Z\u00C0-\u00DE][\w\u00C0-\u024F'’.&-]*|Mc[A-Z]\w+|O'[A-Z]\w+)")
_CONNECT = {"de", "van", "von", "der", "den", "del", "da", "di", "du", "bin", "al", "la", "le", "of", "&", "y", "et"}
# Abbreviations that sit inside names: "Fernand St. Germain", "Robert O. Anderson", "Gluch Jr."
_INNER_ABBREV = {"St", "Jr", "Sr", "Mt", "Ft", "Dr", "Co", "Corp", "Inc", "Bros"}
_HONORIFICS = {"lord", "sir", "dame", "lady", "mr", "mrs", "ms", "miss", "dr", "baroness", "baron"}
_CORPORATE = {"Inc", "Corp", "Corporation", "Co", "Ltd", "Limited", "Plc", "PLC", "LLC", "AG", "SA", "NV",
              "SpA", "GmbH", "BV", "AB", "KK", "Group", "Holdings"}
# Capitalised words that start sentences or quotes but are not names.
NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "for", "and", "but", "or", "if", "as", "he", "she", "it", "they", "we",
    "i", "this", "that", "these", "those", "his", "her", "its", "their", "our", "according", "after",
    "before", "while", "when", "where", "what", "who", "which", "there", "here", "some", "many", "most",
    "all", "both", "each", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "twenty", "thirty", "dozens", "hundreds", "thousands", "several", "few", "under", "with", "without", "by", "from", "to", "of",
    "last", "next", "since", "during", "also", "however", "meanwhile", "earlier", "later", "today",
    "yesterday", "tomorrow", "shr", "net", "revs", "qtr", "avg", "shrs", "mths", "note", "oper", "says", "said",
    "mln", "dlrs", "pct", "cts", "vs", "reuters", "reuter", "new", "other", "such", "only", "then", "so",
    "no", "not", "another", "any", "every", "more", "less", "even", "just", "now", "despite",
}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_ORG_NOUNS = {"firm", "company", "group", "bank", "maker", "carrier", "airline", "broker", "insurer", "retailer",
              "club", "paper", "newspaper", "agency", "unit", "subsidiary", "rival", "partner", "auditor", "house"}
_REPORTING = {"said", "says", "told", "added", "stated", "announced", "explained", "noted", "warned", "predicted",
              "reported", "confirmed", "declined", "denied", "urged", "called", "described", "estimated"}


def _not_name(word: str) -> bool:
    low = word.lower()
    return low in NOT_NAMES or low in _WEEKDAYS or low in lexicon.months()


def _is_title(word: str) -> bool:
    low = word.lower()
    return low in lexicon.titles() or stem(low) in _title_stems()


@cache
def _title_stems() -> frozenset[str]:
    return frozenset(stem(t) for t in lexicon.titles())


@dataclass
class Run:
    words: list[tuple[int, int, str]]


def _runs(s: Sentence) -> list[Run]:
    """Maximal runs of capitalised words (with name particles and initials inside)."""
    runs: list[Run] = []
    cur: list[tuple[int, int, str]] = []
    words = s.words
    text = s.text
    shouting = _all_caps(text)

    def flush() -> None:
        while cur and cur[-1][2].lower() in _CONNECT:
            cur.pop()
        if cur:
            runs.append(Run(list(cur)))
        cur.clear()

    for i, (a, b, w) in enumerate(words):
        if cur:
            gap = text[cur[-1][1]:a]
            prev = cur[-1][2]
            initial = gap.startswith(".") and (len(prev) == 1 and prev.isupper() or prev in _INNER_ABBREV)
            if initial and gap[1:].strip() == "":
                a0, _, w0 = cur[-1]
                cur[-1] = (a0, cur[-1][1] + 1, w0 + ".")  # keep the period: "Robert O. Anderson"
            elif gap.strip() not in {"", "-"} or "\n" in gap:
                flush()
        if _NAME_WORD.fullmatch(w) and not w.isdigit() and not (shouting and _common_word(w)):
            cur.append((a, b, w))
        elif cur and w.lower() in _CONNECT and i + 1 < len(words) and _NAME_WORD.fullmatch(words[i + 1][2]) \
                and text[b:words[i + 1][0]].strip() == "":
            cur.append((a, b, w))
        else:
            flush()
    flush()
    return runs


def _all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) > 10 and sum(ch.isupper() for ch in letters) > 0.9 * len(letters)


def _common_word(word: str) -> bool:
    """In an all-caps headline, the words that cannot be part of a name."""
    low = word.lower().rstrip(".")
    return (low in _CAPS_STOP or low in _REPORTING or low in _VERBS
            or low in lexicon.scales() or low in lexicon.currencies())


_CAPS_STOP = {"a", "an", "the", "and", "or", "to", "in", "on", "at", "for", "by", "from", "with", "as", "is", "are",
              "was", "were", "be", "has", "have", "had", "its", "that", "this", "after", "over", "into", "not",
              "new", "says", "said", "mln", "bln", "pct", "dlrs", "vs"}
_VERBS = {"will", "to", "sees", "see", "says", "sets", "set", "buys", "buy", "sells", "sell", "sold", "bought",
          "raises", "raise", "cuts", "cut", "rises", "rise", "falls", "fall", "plans", "plan", "gets", "get",
          "makes", "make", "wins", "win", "retire", "retires", "resigns", "resign", "names", "named", "agrees",
          "agree", "acquire", "acquires", "acquired", "merge", "merges", "posts", "reports", "expects", "net",
          "profit", "loss", "up", "down", "year", "quarter", "qtr", "shr", "dividend", "offer", "bid", "stake"}


def _clean(w: str) -> str:
    return re.sub(r"['’]s$|['’]$", "", w).rstrip(".")


def _kind(words: list[str]) -> str:
    joined = " ".join(words)
    if joined in lexicon.countries() or joined in lexicon.cities():
        return "place"
    if words[-1] in EVENTS:
        return "event"
    if any(w in lexicon.org_suffixes() or w.capitalize() in lexicon.org_suffixes() for w in words):
        return "org"
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        return "acronym"  # NATO, EU, IBM: answers, but weaker than a full name
    if any(w.isupper() and len(w) > 1 for w in words) and not all(w.isupper() for w in words):
        return "org"
    if 2 <= len(words) <= 4:
        return "person"
    return "name"


_PRIOR = {"person": 0.8, "org": 0.7, "place": 0.4, "name": 0.5, "acronym": 0.45, "event": 0.15}
# Competitions and events are named like organisations but are nobody: "the Uefa Cup"
EVENTS = {"Cup", "League", "Championship", "Championships", "Open", "Games", "Olympics", "Trophy", "Prix",
          "Tournament", "Festival", "Awards", "Series", "Marathon", "Grand Slam", "Summit", "Forum", "Week"}


def _bracketed(text: str, start: int, end: int) -> bool:
    """A ticker or alias: "<IFC>", "<UK.N>", "(JTAG)", ", BZW,"."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    inner = text[start:end]
    if before.endswith("<") and after.startswith(">") and (inner.isupper() or "." in inner):
        return True
    if inner.isupper() and before.endswith(("(", ",")) and after.startswith((")", ",")):
        return True
    # "the bank's Foreign Trade Department (Cacex)": one word in brackets right after a name
    return (" " not in inner and before.endswith("(") and after.startswith(")")
            and re.search(r"[A-Z][\w'’.-]*\s*\($", before) is not None)


def extract_entities(s: Sentence, question_words: set[str] | None = None, article: str = "") -> list[Candidate]:
    """Name candidates; `question_words` (lower case) are titles/names the question already says.

    `article` (the document's text) tells a sentence's first word apart: "Pressure was
    placed …" is a common noun if the article also writes "pressure" in lower case.
    """
    qwords = question_words or set()
    countries = lexicon.countries()
    text = s.text
    if not any(ch.isupper() for ch in text):
        return _lowercase_names(s, qwords)
    out: list[Candidate] = []
    for run in _runs(s):
        # split at possessives: "Ukraine's Foreign Minister Dmytro Kuleba"
        segments: list[list[tuple[int, int, str]]] = [[]]
        for tok in run.words:
            segments[-1].append(tok)
            if re.search(r"['’]s?$", tok[2]):
                segments.append([])
        for seg in segments:
            if seg:
                out.extend(_segment(s, seg, qwords, countries, article))
    out.extend(_and_names(s, out))
    # drop pieces of a longer name found from another run ("Europe" in "Nikko Securities Co (Europe) Ltd")
    return [c for c in out if not any(o is not c and o.start <= c.start and c.end <= o.end
                                      and (o.end - o.start) > (c.end - c.start) and o.rule != "who:name-and-name"
                                      for o in out)]


def _common_noun_first(s: Sentence, tok: tuple[int, int, str], article: str) -> bool:
    """The sentence's first word, written in lower case elsewhere in the article."""
    if s.text[:tok[0]].strip(" \"'“‘(") or not article:
        return False
    low = tok[2].lower()
    return low != tok[2] and re.search(rf"\b{re.escape(low)}\b", article) is not None


def _segment(s: Sentence, seg: list[tuple[int, int, str]], qwords: set[str], countries: dict[str, str],
             article: str = "") -> list[Candidate]:
    text = s.text
    # a title just before the run: "chairman Lee Iacocca", "top diplomat Josep Borrell"
    prev = text[max(0, seg[0][0] - 30):seg[0][0]].split()
    titled = bool(prev) and (_is_title(prev[-1].strip(",")) or prev[-1] in _ORG_NOUNS) and not prev[-1].endswith(",")
    honorific = None
    org_run = any(_clean(t[2]) in _CORPORATE or _clean(t[2]) in lexicon.org_suffixes() for t in seg[1:])
    if org_run:
        # "Pennzoil Co Chairman J. Hugh Liedtke": a company, a title, then a person
        corp = next(i for i, t in enumerate(seg) if i > 0 and (_clean(t[2]) in _CORPORATE
                                                                or _clean(t[2]) in lexicon.org_suffixes()))
        k = next((i for i in range(corp + 1, len(seg) - 1) if _is_title(_clean(seg[i][2]))), None)
        if k is not None:
            return (_segment(s, seg[:k], qwords, countries, article)
                    + _segment(s, seg[k + 1:], qwords, countries, article))
    j = 1 if _common_noun_first(s, seg[0], article) else 0
    while j < len(seg):
        word = _clean(seg[j][2])
        low = word.lower()
        # "June Carter Cash": a month name before two more names is a first name, not a date
        first_name = (low in lexicon.months() and len(word) > 3 and j + 2 < len(seg) + 1 and j + 1 < len(seg)
                      and not any(ch.isdigit() for ch in seg[j + 1][2]) and _clean(seg[j + 1][2]) not in countries
                      and len(seg) - j >= 3)
        if not first_name and _not_name(word) or (low in _CONNECT and word.islower()) or (
                not org_run and (_is_title(word) or low in qwords or (word in countries and j + 1 < len(seg)))):
            titled = titled or _is_title(word)
            honorific = seg[j] if low in _HONORIFICS else None
            j += 1
            continue
        if org_run:
            break
        # a title later in the run: "French Armed Forces General Thierry Burkhardt"
        rest = [_clean(t[2]) for t in seg[j:]]
        k = max((i for i, r in enumerate(rest) if _is_title(r)), default=-1)
        if 0 <= k < len(rest) - 1:
            titled = True
            honorific = seg[j + k] if rest[k].lower() in _HONORIFICS else None
            j += k + 1
            continue
        break
    name = seg[j:]
    # "Dowty Group PLC of Gloucestershire": the company ends with its legal suffix
    for i, tok in enumerate(name):
        if _clean(tok[2]) in _CORPORATE and i + 1 < len(name) and name[i + 1][2] == "of":
            name = name[: i + 1]
            break
    while name and (_clean(name[-1][2]).lower() in _CONNECT or _not_name(_clean(name[-1][2]))):
        name.pop()
    if not name:
        return []
    words = [_clean(t[2]) for t in name]
    if all(len(w) < 2 for w in words) or (len(words) == 1 and _is_title(words[0])):
        return []
    kind = _kind(words)
    start, end = name[0][0], name[-1][1]
    if kind in {"person", "name"} and (text[:start].endswith("<") or re.match(r"\s\([A-Z]{2,}\)", text[end:])):
        kind = "org"  # Reuters brackets company names: "<Carburos Metalicos>", "Jydisk Telfon (JTAG)"
    token = text[start:end]
    end = start + len(re.sub(r"['’]s?$", "", token))
    last = text[name[-1][0]:end]
    if last.endswith(".") and last.rstrip(".") not in _INNER_ABBREV and not (len(last) == 2 and last[0].isupper()):
        end -= 1  # a sentence's full stop, not an abbreviation
    if _bracketed(text, start, end):
        return []
    # "Nikko Securities Co (Europe) Ltd"
    ext = re.match(r"\s\([A-Z][\w ]{1,20}\)\s(?:Ltd|Limited|Inc|PLC|Plc|AG|SA|NV|Co|Corp)\b\.?", text[end:])
    if kind == "org" and ext:
        end += ext.end()
    if honorific is not None and len(words) == 1:
        start = honorific[0]  # "Lord Rennard", "Mr Walkington"
    # what follows: "Lee Iacocca, chairman of …", "X, a spokesman for Y", "Victor Posner is chairman of"
    after = text[end:end + 50].lower()
    titles = "|".join(sorted(lexicon.titles(), key=len, reverse=True))
    appos = bool(re.match(r",\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:former\s+|new\s+)?(?:[\w-]+\s+){0,3}?(" + titles + r")\b", after)
                 or re.match(r"\s+(?:is|was|has been|became|remains)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:former\s+|new\s+)?(?:[\w-]+\s+)?(" + titles + r")\b", after))
    prior = _PRIOR[kind]
    if kind == "acronym" and titled:
        prior = 0.8  # "business intelligence firm GPW"
    if len(words) == 1 and start == 0 and kind in {"name", "org"}:
        return [Candidate(start, end, AnswerType.WHO, f"who:{kind}:sentence-start", 0.2, None, kind=kind)]
    if kind in {"person", "name"} and (titled or appos):
        prior, kind = 1.0, "person"
    rule = f"who:{kind}" + (":titled" if titled else "") + (":apposition" if appos else "")
    return [Candidate(start, end, AnswerType.WHO, rule, prior, None, kind=kind, flags={Flag.TITLED} if titled else set())]


def _and_names(s: Sentence, cands: list[Candidate]) -> list[Candidate]:
    """"Ernst and Whinney", "Steak and Ale": two one-word names joined by "and" may be one name."""
    out = []
    singles = [c for c in cands if " " not in c.text(s) and c.kind in {"name", "person"}]
    for a in singles:
        for b in singles:
            if b.start > a.end and re.fullmatch(r"\s+(?:and|&)\s+", s.text[a.end:b.start]):
                out.append(Candidate(a.start, b.end, AnswerType.WHO, "who:name-and-name", max(0.75, a.prior), None,
                                     kind="name"))
    return out


def _lowercase_names(s: Sentence, qwords: set[str]) -> list[Candidate]:
    """All-lower-case copy ("information minister marco lara told reuters"): the two words after a title."""
    out = []
    ws = s.words
    stop = lexicon.stopwords()
    for i, (_, _, w) in enumerate(ws[:-1]):
        if not _is_title(w) or _is_title(ws[i + 1][2]):
            continue
        name = []
        for a, b, nxt in ws[i + 1:i + 3]:
            low = nxt.lower()
            if low in stop or low in _REPORTING or _is_title(low) or low in qwords or not nxt.isalpha():
                break
            name.append((a, b))
        if len(name) == 2:
            out.append(Candidate(name[0][0], name[-1][1], AnswerType.WHO, "who:lowercase-after-title", 0.8,
                                 None, kind="person"))
    return out
