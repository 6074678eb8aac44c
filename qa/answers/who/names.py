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
from qa.lexicon.tokens import stem
from qa.models import AnswerType

_NAME_WORD = re.compile(r"(?:[A-Z\u00C0-\u00DE][\w\u00C0-\u024F'’.&-]*|Mc[A-Z]\w+|O'[A-Z]\w+)")
_CONNECT = lexicon.entries("name_connectors")
# Abbreviations that sit inside names: "Fernand St. Germain", "Robert O. Anderson", "Gluch Jr."
_INNER_ABBREV = lexicon.entries("name_abbreviations")
_HONORIFICS = lexicon.entries("honorifics")
_COURTESY = lexicon.entries("courtesy_titles")
_CORPORATE = lexicon.entries("corporate_suffixes")
# Capitalised words that start sentences or quotes but are not names.
NOT_NAMES = lexicon.entries("not_names")
_WEEKDAYS = lexicon.entries("weekdays")
_ORG_NOUNS = lexicon.entries("title_org_nouns")
_REPORTING = lexicon.entries("reporting_verbs")
# An Arabic name's last part after its article, written in lower case: "Sultan al-Dhahiri", "Refaat el-Sayed"
# (119 such names in the shared archive, among them "Muqtada al-Sadr", "Ali al-Khalifa")
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|at|az|ar)-[A-Z][\w'’]*")
_MODIFIER = re.compile(r"[A-Z][\w.&'’]*-[a-z]+")  # "London-based", "Chicago-area"; not "Rolls-Royce"
_ENDS_MODIFIER = re.compile(r"[A-Za-z.]-[a-z]+$")


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
    cur: list[Token] = []
    words = s.words
    shouting = _all_caps(s.text)

    def flush() -> None:
        while cur and cur[-1][2].lower() in _CONNECT:
            cur.pop()
        if cur:
            runs.append(Run(list(cur)))
        cur.clear()

    for i, (a, b, w) in enumerate(words):
        if cur and not _joined(s.text, cur, a):
            flush()
        if _NAME_WORD.fullmatch(w) and not w.isdigit() and not (shouting and _common_word(w)) or \
                cur and (_connector(s.text, words, i) or _ARTICLE_NAME.fullmatch(w) or _and_in_name(s.text, words, i, cur)):
            cur.append((a, b, w))
        else:
            flush()
    flush()
    return runs


# two initials or more, as the word pattern reads them ("J.P" of "J.P. Morgan"): not "U.S", a country
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+")


def _joined(text: str, cur: list[Token], a: int) -> bool:
    """Whether the word at `a` may go on the run `cur` (an initial's period is kept on it:
    "Robert O. Anderson", "E.M. Warburg Pincus and Co")."""
    gap = text[cur[-1][1]:a]
    prev = cur[-1][2]
    initial = gap.startswith(".") and (len(prev) == 1 and prev.isupper() or prev in _INNER_ABBREV
                                       or _INITIALS.fullmatch(prev) is not None and f"{prev}." not in lexicon.countries())
    if initial and gap[1:].strip() == "":
        a0, _, w0 = cur[-1]
        cur[-1] = (a0, cur[-1][1] + 1, w0 + ".")
        return True
    # "Rolls-Royce" is one name; "Berlin - A German teenager" (a dash between spaces) is two runs
    return not (gap.strip() != "" and gap != "-" or "\n" in gap)


def _connector(text: str, words: list[Token], i: int) -> bool:
    """A small word inside a name ("Bank of Japan"): a name word follows right after it, or a
    second small word and then a name word ("Cor van der Klugt", "Oscar de la Hoya")."""
    _, b, w = words[i]
    if w.lower() not in _CONNECT or i + 1 >= len(words) or text[b:words[i + 1][0]].strip() != "":
        return False
    nxt = words[i + 1][2]
    if _NAME_WORD.fullmatch(nxt) is not None:
        return True
    return nxt.islower() and nxt in _CONNECT and w.islower() and _connector(text, words, i + 1)


def _and_in_name(text: str, words: list[Token], i: int, cur: list[Token]) -> bool:
    """"and" inside a company's name: "First Security Bank and Trust Co", "Morgan Stanley and Co Inc",
    "Esso Exploration and Production Australia Inc" (2,495 such names over the archive). The words
    after it reach a corporate suffix; the name before it has none ("Texaco Inc and Honeywell Inc"
    are two) and is no lone place ("Tokyo and Westpac Banking Corp")."""
    if words[i][2] != "and" or any(_clean(t[2]) in _CORPORATE for t in cur):
        return False
    if len(cur) == 1 and (cur[0][2] in lexicon.countries() or cur[0][2] in lexicon.cities()):
        return False
    end = words[i][1]
    for a, b, w in words[i + 1:i + 7]:
        if text[end:a].strip() != "" or not (_NAME_WORD.fullmatch(w) or w.lower() in _CONNECT):
            return False
        if _clean(w) in _CORPORATE:
            return True
        end = b
    return False


def _all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) > 10 and sum(ch.isupper() for ch in letters) > 0.9 * len(letters)


def _common_word(word: str) -> bool:
    """In an all-caps headline, the words that cannot be part of a name."""
    low = word.lower().rstrip(".")
    return (low in _CAPS_STOP or low in _REPORTING or low in _VERBS
            or low in lexicon.scales() or low in lexicon.currencies())


_CAPS_STOP = lexicon.entries("caps_function_words")
_VERBS = lexicon.entries("headline_verbs")


def _clean(w: str) -> str:
    return re.sub(r"['’]s$|['’]$", "", w).rstrip(".")


def _kind(words: list[str]) -> str:
    joined = " ".join(words)
    # a state's abbreviation loses its period when cleaned: "Montebello, Calif." names no one "Calif"
    if joined in lexicon.countries() or joined in lexicon.cities() or joined + "." in lexicon.cities():
        return "place"
    if words[-1] in EVENTS:
        return "event"
    if _org_words(words):
        return "org"
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        return "acronym"  # NATO, EU, IBM: answers, but weaker than a full name
    if any(_acronym_word(w) for w in words) and not all(w.isupper() for w in words):
        return "org"
    return "person" if 2 <= len(words) <= 4 else "name"


def _acronym_word(w: str) -> bool:
    """A word in capitals that is not a person's initials: "IBM", not "J.R." of "J.R. Ewing"."""
    return w.isupper() and len(w) > 1 and not _INITIALS.fullmatch(w.rstrip("."))


def _org_words(words: list[str]) -> bool:
    suffixes = lexicon.org_suffixes()
    return any(w in suffixes or w.capitalize() in suffixes for w in words)


_PRIOR = {"person": 0.8, "org": 0.7, "place": 0.4, "name": 0.5, "acronym": 0.45, "event": 0.15}
# Competitions and events are named like organisations but are nobody: "the Uefa Cup"
EVENTS = lexicon.entries("event_names")


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
        for seg in _at_possessives(run.words):
            out.extend(_segment(s, seg, qwords, countries, article))
    out.extend(_and_names(s, out))
    # drop pieces of a longer name found from another run ("Europe" in "Nikko Securities Co (Europe) Ltd"),
    # and a base standing alone: "the US-based company" names where it is based, not who (338 such
    # who-candidates of the gold questions over the archive, none right); so for any such modifier:
    # "the Montreal-headquartered multinational", "a Texas-owned bank"
    return [c for c in out if not any(_inside(c, o) for o in out) and not _ENDS_MODIFIER.search(text[c.start:c.end])]


def _inside(c: Candidate, o: Candidate) -> bool:
    """c is a piece of the longer name o (two names joined by "and" hold no pieces)."""
    return (o is not c and o.start <= c.start and c.end <= o.end and (o.end - o.start) > (c.end - c.start)
            and o.rule != "who:name-and-name")


def _at_possessives(run: list[Token]) -> list[list[Token]]:
    """A run split after each possessive: "Ukraine's Foreign Minister Dmytro Kuleba"."""
    segments: list[list[Token]] = [[]]
    for tok in run:
        segments[-1].append(tok)
        if re.search(r"['’]s?$", tok[2]):
            segments.append([])
    return [seg for seg in segments if seg]


def _common_noun_first(s: Sentence, tok: tuple[int, int, str], article: str) -> bool:
    """The sentence's first word, written in lower case elsewhere in the article."""
    if s.text[:tok[0]].strip(" \"'“‘(") or not article:
        return False
    low = tok[2].lower()
    return low != tok[2] and re.search(rf"\b{re.escape(low)}\b", article) is not None


Token = tuple[int, int, str]


def _is_corporate(tok: Token) -> bool:
    word = _clean(tok[2])
    return word in _CORPORATE or word in lexicon.org_suffixes()


def _segment(s: Sentence, seg: list[Token], qwords: set[str], countries: dict[str, str],
             article: str = "") -> list[Candidate]:
    """The name in one run of capitalised words, its titles and honorifics left out."""
    org_run = any(_is_corporate(t) for t in seg[1:])
    if org_run:
        # "Pennzoil Co Chairman J. Hugh Liedtke": a company, a title, then a person
        corp = next(i for i, t in enumerate(seg) if i > 0 and _is_corporate(t))
        k = next((i for i in range(corp + 1, len(seg) - 1) if _is_title(_clean(seg[i][2]))), None)
        if k is not None:
            return (_segment(s, seg[:k], qwords, countries, article)
                    + _segment(s, seg[k + 1:], qwords, countries, article))
    j, titled, honorific = _skip_lead(s, seg, qwords, countries, article, org_run)
    name, titled = _reshaped(s.text, _trim(seg[j:]), titled, org_run)
    if not name:
        return []
    words = [_clean(t[2]) for t in name]
    if all(len(w) < 2 for w in words) or (len(words) == 1 and _is_title(words[0])):
        return []
    return _name_candidate(s, name, words, titled, honorific)


def _reshaped(text: str, name: list[Token], titled: bool, org_run: bool) -> tuple[list[Token], bool]:
    """The person in a name that holds more: after "<title> of <department>", before "of <where
    they are from>". Also whether a title stood before it."""
    if not org_run and name and _after_title_of(text, name[0][0]):
        if len(name) == 1 and _common(name[0]):
            return [], titled  # "the Minister of Finance said": a department, nobody's name
        name, titled = _past_department(name), True
    person = _person_of(name)
    if person is not None:
        name, lead = person
        titled = titled or lead
    return name, titled


def _common(tok: Token) -> bool:
    """A word news text often writes in lower case (qa/data/lexicon/common_words.txt): a noun
    or title inside a name ("Federal Bureau", "Mines"), never a person's own name."""
    return _clean(tok[2]).lower() in lexicon.words("common_words")


def _after_title_of(text: str, start: int) -> bool:
    """The run follows "<title> of": "Minister of Mines Patrick Chitambala", "Secretary of State
    George Shultz" name a department before the person."""
    prev = text[max(0, start - 40):start].split()
    if prev and prev[-1] == "the":  # "Chancellor of the Exchequer Nigel Lawson"
        prev.pop()
    return len(prev) >= 2 and prev[-1] == "of" and _is_title(prev[-2].strip(",").lower())


def _past_department(name: list[Token]) -> list[Token]:
    """The person after a department: its first word goes ("Exchequer"), then any word news writes
    in lower case ("Foreign Affairs Eduard Shevardnadze"), when at least two other words stay."""
    k = 1
    while k < len(name) - 2 and _common(name[k]):
        k += 1
    rest = name[k:]
    if len(rest) < 2 or any(_common(t) for t in rest) or _kind([_clean(t[2]) for t in rest]) != "person":
        return name
    return rest


def _person_of(name: list[Token]) -> tuple[list[Token], bool] | None:
    """"Nacho Novo of Rangers", "analyst Daniel Lee of Drexel Burnham Lambert Inc": a person's name
    then where they are from. Only when every word before "of" looks like a person's (none is a
    word news writes in lower case, a title or a company word): "Federal Bureau of Investigation",
    "Bank of Japan" and "Democratic Republic of Congo" stay whole. Returns the name and whether a
    title (dropped) stood before it."""
    i = next((k for k, t in enumerate(name) if t[2] == "of"), None)
    if i is None or i + 1 >= len(name) or not name[i + 1][2][:1].isupper():
        return None
    before, lead = name[:i], False
    if len(before) >= 3 and _is_title(_clean(before[0][2])):
        before, lead = before[1:], True
    words = [_clean(t[2]) for t in before]
    if len(before) < 2 or not all(_personal(t) for t in before):
        return None
    return (before, lead) if _kind(words) == "person" else None


def _personal(tok: Token) -> bool:
    """A word that may be part of a person's name: not a word news writes in lower case, a
    title, a company word, a country or an institution's word ("Republic", "Academy")."""
    w = _clean(tok[2])
    return not (_common(tok) or _is_title(w) or _is_corporate(tok) or w in lexicon.countries()
                or w.lower() in lexicon.words("non_person_name_words"))


def _titled_before(text: str, start: int) -> bool:
    """A title just before the run: "chairman Lee Iacocca", "top diplomat Josep Borrell"."""
    prev = text[max(0, start - 30):start].split()
    return bool(prev) and (_is_title(prev[-1].strip(",")) or prev[-1] in _ORG_NOUNS) and not prev[-1].endswith(",")


def _first_name(seg: list[Token], j: int, word: str, countries: dict[str, str]) -> bool:
    """"June Carter Cash": a month name before two more names is a first name, not a date."""
    return (word.lower() in lexicon.months() and len(word) > 3 and j + 2 < len(seg) + 1 and j + 1 < len(seg)
            and not any(ch.isdigit() for ch in seg[j + 1][2]) and _clean(seg[j + 1][2]) not in countries
            and len(seg) - j >= 3)


def _lead_word(seg: list[Token], j: int, qwords: set[str], countries: dict[str, str], org_run: bool) -> bool:
    """Whether seg[j] stands before the name: a title, a word of the question, a country before
    more names, or a word that is no name."""
    word = _clean(seg[j][2])
    low = word.lower()
    if not _first_name(seg, j, word, countries) and _not_name(word) or (low in _CONNECT and word.islower()):
        return True
    if j + 1 < len(seg) and _MODIFIER.fullmatch(word):
        return True  # "London-based WPP Group", "U.S.-owned": where it is from, not its name
    return not org_run and (_is_title(word) or low in qwords or (word in countries and j + 1 < len(seg)))


def _skip_lead(s: Sentence, seg: list[Token], qwords: set[str], countries: dict[str, str], article: str,
               org_run: bool) -> tuple[int, bool, Token | None]:
    """Where the name starts in the run, whether a title stands before it, and its honorific."""
    titled = _titled_before(s.text, seg[0][0])
    honorific = None
    j = _dateline(s, seg) or (1 if _common_noun_first(s, seg[0], article) else 0)
    while j < len(seg):
        if _lead_word(seg, j, qwords, countries, org_run):
            word = _clean(seg[j][2])
            titled = titled or _is_title(word)
            honorific = seg[j] if word.lower() in _HONORIFICS else None
            j += 1
            continue
        if org_run:
            break
        # a title later in the run: "French Armed Forces General Thierry Burkhardt"
        rest = [_clean(t[2]) for t in seg[j:]]
        k = max((i for i, r in enumerate(rest) if _is_title(r)), default=-1)
        if not 0 <= k < len(rest) - 1:
            break
        titled = True
        honorific = seg[j + k] if rest[k].lower() in _HONORIFICS else None
        j += k + 1
    return j, titled, honorific


def _dateline(s: Sentence, seg: list[Token]) -> int:
    """How many words of a run opening the sentence are the city it was filed from, in capitals
    without the usual dash: "FRANKFURT Joseph Ackermann, the Deutsche Bank chief executive, …",
    "HONG KONG The Far East …" (AG News)."""
    if s.text[:seg[0][0]].strip(" \"'“‘(") or not seg[0][2].isupper():
        return 0
    for k in range(min(3, len(seg) - 1), 0, -1):
        caps = [_clean(t[2]) for t in seg[:k]]
        place = " ".join(caps).title()
        if all(c.isupper() and len(c) > 1 for c in caps) and not seg[k][2].isupper() \
                and (place in lexicon.cities() or place in lexicon.countries()):
            return k
    return 0


def _trim(name: list[Token]) -> list[Token]:
    """The name without what trails it: "Dowty Group PLC of Gloucestershire" ends with PLC."""
    for i, tok in enumerate(name):
        if _clean(tok[2]) in _CORPORATE and i + 1 < len(name) and name[i + 1][2] == "of":
            name = name[: i + 1]
            break
    while name and (_clean(name[-1][2]).lower() in _CONNECT or _not_name(_clean(name[-1][2]))):
        name.pop()
    return name


def _span(text: str, name: list[Token]) -> tuple[int, int]:
    """The name's exact span: no possessive, no sentence-final full stop."""
    start, end = name[0][0], name[-1][1]
    end = start + len(re.sub(r"['’]s?$", "", text[start:end]))
    last = text[name[-1][0]:end]
    if last.endswith(".") and last.rstrip(".") not in _INNER_ABBREV and not (len(last) == 2 and last[0].isupper()):
        end -= 1  # a sentence's full stop, not an abbreviation
    return start, end


_COMPANY_TAIL = re.compile(r"\s\([A-Z][\w ]{1,20}\)\s(?:Ltd|Limited|Inc|PLC|Plc|AG|SA|NV|Co|Corp)\b\.?")


@cache
def _apposition() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What follows a name: "Lee Iacocca, chairman of …", "X, a spokesman for Y", "Victor Posner is chairman of"."""
    titles = "|".join(sorted(lexicon.titles(), key=len, reverse=True))
    return (re.compile(r",\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:former\s+|new\s+)?(?:[\w-]+\s+){0,3}?(" + titles + r")\b"),
            re.compile(r"\s+(?:is|was|has been|became|remains)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:former\s+|new\s+)?"
                       r"(?:[\w-]+\s+)?(" + titles + r")\b"))


def _bracketed_company(text: str, name: list[Token], kind: str) -> str:
    """Reuters brackets company names: "<Carburos Metalicos>", "Jydisk Telfon (JTAG)"."""
    start, end = name[0][0], name[-1][1]
    if kind in {"person", "name"} and (text[:start].endswith("<") or re.match(r"\s\([A-Z]{2,}\)", text[end:])):
        return "org"
    return kind


def _name_candidate(s: Sentence, name: list[Token], words: list[str], titled: bool,
                    honorific: Token | None) -> list[Candidate]:
    text = s.text
    kind = _bracketed_company(text, name, _kind(words))
    start, end = _span(text, name)
    if _bracketed(text, start, end):
        return []
    ext = _COMPANY_TAIL.match(text[end:])  # "Nikko Securities Co (Europe) Ltd"
    if kind == "org" and ext:
        end += ext.end()
    if honorific is not None and len(words) == 1 and _clean(honorific[2]).lower() not in _COURTESY:
        start = honorific[0]  # "Lord Rennard"; but "Mr Walkington" is quoted "Walkington"
    if len(words) == 1 and start == 0 and kind in {"name", "org"}:
        return [Candidate(start, end, AnswerType.WHO, f"who:{kind}:sentence-start", 0.2, None, kind=kind)]
    appos = any(rx.match(text[end:end + 50].lower()) for rx in _apposition())
    return [_graded(start, end, kind, titled, appos)]


def _graded(start: int, end: int, kind: str, titled: bool, appos: bool) -> Candidate:
    """A name's prior: a title before it or after it ("Lee Iacocca, chairman of …") makes it a person's."""
    prior = 0.8 if kind == "acronym" and titled else _PRIOR[kind]  # "business intelligence firm GPW"
    if kind in {"person", "name"} and (titled or appos):
        prior, kind = 1.0, "person"
    rule = f"who:{kind}" + (":titled" if titled else "") + (":apposition" if appos else "")
    return Candidate(start, end, AnswerType.WHO, rule, prior, None, kind=kind, flags={Flag.TITLED} if titled else set())


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
