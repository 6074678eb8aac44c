"""Question analysis: what kind of answer is wanted, and which words to look for."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from qa import lexicon
from qa.errors import QAError
from qa.models import AnswerType, QuestionAnalysis
from qa.lexicon.names import acronym, name_runs
from qa.lexicon.synonyms import synonyms
from qa.lexicon.tokens import stem, words
from qa.lexicon.verbs import phrasal

MAX_QUESTION_CHARS = 1000

# Words that frame a question but say nothing about its topic.
QUESTION_WORDS = frozenset(
    """who whom whose what which when where why how much many long large big size value amount
    price sum number date time day year month name named called does did do is are was were
    happen happened exactly approximately roughly tell deep steep""".split()
)

_PLACE_NOUNS = r"(?:country|countries|nation|city|cities|town|towns|state|capital|region|province|district|county|venue|place|location|site|island|village|port|bourse|stadium|airport|hospital|continent|coast|coastline|area|border|river|sea|ocean|lake|mountain|suburb|neighbourhood|neighborhood|street|arena|resort|municipality|court|prison|jail|hotel|studio|church|university|school|park|plant|factory|mine|field|oilfield|refinery|base|camp|beach)"
_ORG_NOUNS = r"(?:company|companies|firm|firms|bank|banks|group|organi[sz]ation|agency|party|team|club|airline|carrier|government|body|institution|newspaper|union|ministry|exchange|fund|bidder|buyer|unit|subsidiary|maker|producer|manufacturer|broker|insurer|retailer|network)"
_PERSON_NOUNS = r"(?:person|people|man|woman|official|officials|minister|leader|executive|player|manager|analyst|economist|spokesman|spokeswoman|chairman|chairwoman|president|director|peer|mp|senator|coach|judge|lawyer|auditor|banker|trader|dealer|chief|head|governor|ambassador|secretary|actor|actress|singer|star|author|writer|founder|commissioner|chancellor|mayor|treasurer|editor|publisher|envoy|diplomat|deputy|premier|king|queen|prince|princess|captain|striker|goalkeeper|midfielder|defender|reporter|correspondent|attorney|prosecutor|strategist|chairperson|ceo|cfo|owner|partner|candidate|shareholder|investor|buyer|seller|boss|broker|swimmer|athlete|runner|champion|winner|victim|suspect|composer|songwriter|producer|director|presenter|host|pilot|scientist|professor|doctor|musician|band|rapper|artist|designer|architect)"
# "Which Federal Reserve chairman …", "Which Spanish company …": the noun may follow a few words.
_WHICH_GAP = r"(?:(?!(?:did|does|do|will|would|is|are|was|were|has|have|had|can|could|should|may|might|must)\b)[\w'’.-]+\s+){0,5}?"

# (pattern, type, subtype), tried in order on the lower-cased question.
RULES: list[tuple[re.Pattern[str], AnswerType, str | None]] = [
    (re.compile(p), t, s)
    for p, t, s in [
        (r"\bwho (?:wrote|writes|authored|reported)(?: (?:the|this|that) (?:article|story|report|piece|item|news|dispatch)\b|\s*\??$)|\bwho (?:is|was|are|were) the (?:author|writer|reporter)s?(?: of (?:the|this|that) (?:article|story|report|piece|item|dispatch)\b|\s*\??$)|\bwhat is the byline\b|\b(?:article|story|report) written by whom\b", AnswerType.WHO, "author"),
        (r"\bhow many\b|\bwhat (?:is|was) the number of\b|\bwhat number of\b|\bhow many times\b", AnswerType.HOW_MANY, None),
        (r"\bas a (?:share|percentage|proportion) of\b|\bwhat (?:percentage|percent|proportion|share|rate)\b|\bby how much\b.*\b(?:pct|percent|per cent)\b|\bwhat per ?cent\b|\bhow (?:fast|quickly)\b|\bby what (?:percentage|percent|proportion|margin|rate)\b", AnswerType.HOW_MUCH, "percent"),
        (r"\bhow (?:much|large|big|expensive|costly)\b|\bwhat (?:is|was|were|are) the (?:size|value|cost|price|amount|sum|worth|total)\b|\bwhat (?:size|value|price|amount|sum)\b|\b(?:at|to) what (?:price|level|rate)\b|\bfor how much\b|\bhow (?:deep|steep|sharp|severe|high|low)\b", AnswerType.HOW_MUCH, None),
        (r"\bwhat (?:is|was|are|were|will|would|did|does|do) (?:[\w'’.-]+ ){1,4}?(?:pay|paying|paid|charge|charging|spend|spending|earn|earning|cost|selling for|sell for|sold for|trading at|priced at)\b|\bwhat (?:is|was) the (?:least|most|minimum|maximum|lowest|highest)\b", AnswerType.HOW_MUCH, None),
        (r"\bwhat time\b|\bat what hour\b", AnswerType.WHEN, "time"),
        (r"\b(?:what|which) (?:\w+ )?year\b|\bin what year\b", AnswerType.WHEN, "year"),
        (r"\b(?:what|which) months?\b", AnswerType.WHEN, "month"),
        (r"\b(?:what|which) (?:\w+ )?(?:quarter|period)\b", AnswerType.WHEN, "quarter"),
        (r"^when\b|\bwhen (?:is|was|will|did|does|do|are|were|has|have|had|would|should|can|could)\b|\b(?:what|which) (?:date|day)\b|\bon what\b|\bsince when\b|\bhow long ago\b|^by when\b|^until when\b|\bby when\b", AnswerType.WHEN, None),
        (r"\bwhich (?:part|parts|region|area) of\b|^where\b|\bwhere (?:is|was|will|did|does|do|are|were|has|have|had)\b|\b(?:in|at|to|from|on) (?:what|which) " + _WHICH_GAP + _PLACE_NOUNS + r"\b|\b(?:what|which) " + _PLACE_NOUNS + r"\b", AnswerType.WHERE, None),
        (r"\b(?:what|which(?: is| are| was| were)?) " + _WHICH_GAP + _ORG_NOUNS + r"\b|\bwhich (?:one|side)\b", AnswerType.WHO, "org"),
        (r"\b(?:what|which(?: is| are| was| were)?) " + _WHICH_GAP + _PERSON_NOUNS + r"(?:'s)?\b|\bwho (?:is|was|will be|has been|became|becomes|heads|chairs|leads|runs) (?:the )?(?:[\w'’-]+ ){0,4}?" + _PERSON_NOUNS + r"\b|\bwho (?:chairs|heads|leads|runs)\b", AnswerType.WHO, "person"),
        (r"^who\b|\bwho(?:m|se)?\b", AnswerType.WHO, None),
    ]
]

# "What was Foothill's profit …?", "What coupon does the loan carry?": the noun asked about
# says what kind of answer fits, even without "how much".
_FOCUS = [
    (re.compile(r"\b(?:date|day|deadline|time|year|month|period|season|anniversary)\b"), AnswerType.WHEN, None),
    (re.compile(r"\b(?:rate|stake|share|percentage|proportion|yield|growth|inflation|unemployment|margin|coupon|turnout|majority)\b"), AnswerType.HOW_MUCH, "percent"),
    (re.compile(r"\b(?:profits?|earnings|income|net|loss|losses|revenues?|sales|turnover|dividends?|prices?|costs?|values?|valuation|worth|gains?|budget|fees?|salary|pay|debts?|capital|expenditure|spending|investments?|deficit|surplus|shortage|offer|bid|payments?|amount|sum|fine|compensation|loans?|charge|premium|proceeds|reserves|assets|equity|floor|level|target|request|subsidy|aid|funding|bill|tax|savings|figure|provision|writedown|write-down|expenses|expense|spending|outlays)\b"), AnswerType.HOW_MUCH, None),
]


def _focus(q: str) -> tuple[AnswerType, str | None] | None:
    """The answer type implied by the first noun after what/which (within a few words)."""
    m = re.search(r"\b(?:what|which)\s+(?:(?:is|was|were|are|will|would|did|does|be|the|a|an|its|their|his|her|[\w-]+'s|[\w-]+’s)\s+){0,4}((?:[\w'’-]+\s+){0,5}[\w-]+)", q)
    if not m:
        return None
    # the head noun is the last word before a preposition or verb: "payment date for …" -> date
    phrase = []
    for w in m.group(1).split():
        if w.endswith(("'s", "’s")):
            phrase.clear()  # "capitol bancorp's new quarterly dividend": the noun follows the owner
            continue
        if w in lexicon.stopwords() or w in QUESTION_WORDS - {"date", "time", "day", "year", "month", "price",
                                                                  "value", "amount", "sum", "size"}:
            break
        phrase.append(w)
    if re.search(r"\b(?:per|a|each) share\b", q):
        phrase = [w for w in phrase if w != "share"]  # "paying per share" asks a price, not a share
    for word in reversed(phrase):
        for rx, kind, sub in _FOCUS:
            if rx.fullmatch(word):
                return kind, sub
    for word in m.group(1).split():  # "general and administrative expenses": past the first stop word
        if word == "share" and re.search(r"\b(?:per|a|each) share\b", q):
            continue
        for rx, kind, sub in _FOCUS:
            if rx.fullmatch(word):
                return kind, sub
    return None


# Line items of a company's accounts: a sentence giving one never answers a question about another.
_MONEY_WORDS = re.compile(r"\b(?:profits?|earnings|earn|earned|income|losses|loss|lose|lost|revenues?|sales|turnover|"
                          r"dividends?|debts?|deficit|surplus|expenditure|expenses|bid|offer)\b")


def money_focus(question: str) -> list[str]:
    """The words that say what amount is asked for: "profit", "sales", "earn" …"""
    return _MONEY_WORDS.findall(question.lower())


# "How large is the stake …?": the size of a holding is a share of the company, not an amount of money.
_HOLDING = re.compile(r"\b(?:stake|holding|shareholding|majority|minority|interest)\b")
_MONEY_ASKED = re.compile(r"\b(?:worth|value|valued|cost|costs|price|pay|paid|spend|spent|sum|amount|money|"
                          r"dlrs|dollars|pounds|euros|francs|yen|marks)\b")


# "Which broker leads the group …?": the noun right after "which" says who is asked for, not a later one.
_WHICH_PERSON = re.compile(r"^(?:\w+\s+){0,3}?(?:which|what)\s+(?:[\w'’-]+\s+){0,2}?" + _PERSON_NOUNS + r"\b")
_WHICH_ORG = re.compile(r"^(?:\w+\s+){0,3}?(?:which|what)\s+(?:[\w'’-]+\s+){0,2}?" + _ORG_NOUNS + r"\b")


def classify(question: str) -> tuple[AnswerType, str | None]:
    q = " ".join(question.lower().split())
    for rx, kind, sub in RULES:
        if rx.search(q):
            if sub == "org":
                person, org = _WHICH_PERSON.search(q), _WHICH_ORG.search(q)
                if person and (not org or person.end() < org.end()):
                    return AnswerType.WHO, "person"
            if kind is AnswerType.HOW_MUCH and sub is None and re.search(r"\bhow (?:large|big)\b|\bwhat size\b|\bthe size of\b", q) \
                    and _HOLDING.search(q) and not _MONEY_ASKED.search(q):
                return kind, "percent"
            return kind, sub
    return _focus(q) or (AnswerType.WHAT, None)


def _entities(question: str) -> list[str]:
    """Runs of capitalised words after the first word ("NATO Secretary General")."""
    toks = re.findall(r"[\w'’.&-]+", question)
    runs: list[str] = []
    cur: list[str] = []
    for i, t in enumerate(toks):
        if i > 0 and (t[:1].isupper() or any(ch.isupper() for ch in t[1:])):  # "eBay", "iPod" too
            cur.append(t.rstrip(".").removesuffix("'s").removesuffix("’s"))
        else:
            if cur:
                runs.append(" ".join(cur))
            cur = []
    if cur:
        runs.append(" ".join(cur))
    return runs


_PLURALS = {"people", "men", "women", "children", "staff", "personnel", "police", "cattle", "data", "media", "feet", "teeth", "mice", "geese"}
_STOP_TARGET = re.compile(r"^(?:do|does|did|are|is|was|were|have|has|had|will|would|can|could|should|may|might|must|in|of|at|on|to|for|by|from|with|that|which|who|a|an|the)$")


def _target(question: str) -> str | None:
    """The counted noun of a how-many question: "How many mining concessions does …" -> concessions."""
    m = re.search(r"\b(?:how many|number of)\s+(.*)", question, re.I)
    if not m:
        return None
    phrase: list[str] = []
    for w in re.findall(r"[\w'’-]+", m.group(1))[:5]:
        low = w.lower()
        if _STOP_TARGET.match(low):
            break
        possessive = low.endswith(("'", "’", "'s", "’s"))
        phrase.append(re.sub(r"['’]s?$", "", low))
        if possessive:
            break
    for w in phrase:
        if w in _PLURALS or (w.endswith("s") and not w.endswith("ss") and len(w) > 3):
            return w
    return phrase[0] if phrase else None


# Phrases that only frame an event ("When will the call take place?") and say nothing about it.
_FRAMING = re.compile(r"\b(?:take|takes|took|taken|taking) place\b|\b(?:carry|carries|carried|carrying) out\b|\b(?:happen|happens|happened|occur|occurs|occurred)\b", re.I)


# The noun of a wh-phrase names the kind of answer ("in which city", "what date"), not its topic:
# the sentence that answers rarely repeats it.
_TYPE_NOUN = re.compile(
    r"\b(?:what|which)\s+((?:[\w-]+\s+){0,2}?)(?:" + _PLACE_NOUNS[3:-1] + "|place|location|"
    r"date|day|year|month|time|period|person|man|woman|company|firm|organi[sz]ation|individual|one)\b", re.I)


def keywords(question: str) -> list[str]:
    stop = lexicon.stopwords()
    text = _TYPE_NOUN.sub(lambda m: m.group(0)[: m.end(1) - m.start(0)], _FRAMING.sub(" ", question))
    return [w for w in words(phrasal(text)) if w not in stop and w not in QUESTION_WORDS]


def analyze(question: str) -> QuestionAnalysis:
    text = " ".join(question.split())
    if not text:
        raise QAError("empty question")
    if len(text) > MAX_QUESTION_CHARS:
        raise QAError(f"question too long ({len(text)} characters; at most {MAX_QUESTION_CHARS})")
    kind, sub = classify(text)
    return QuestionAnalysis(
        text=text,
        type=kind,
        subtype=sub,
        keywords=keywords(text),
        framing=[w for m in _FRAMING.finditer(text) for w in words(m.group())],
        entities=_entities(text),
        target=_target(text) if kind is AnswerType.HOW_MANY else None,
        focus=money_focus(text) if kind is AnswerType.HOW_MUCH and sub != "percent" else [],
    )


def query_terms(analysis: QuestionAnalysis) -> tuple[list[str], list[float]]:
    """BM25 query: keyword stems at weight 1, their synonyms at weight 0.5, names' initials at 0.8."""
    terms: list[str] = []
    weights: list[float] = []
    seen: set[str] = set()
    for w in analysis.keywords:
        s = stem(w) if w.isalpha() else w
        if s not in seen:
            seen.add(s)
            terms.append(s)
            weights.append(1.0)
    for w in analysis.keywords:
        for syn in synonyms(w):
            if syn not in seen:
                seen.add(syn)
                terms.append(syn)
                weights.append(0.5)
    # "Barclays de Zoete Wedd" is also written "BZW"
    for name in name_runs(analysis.text):
        short = acronym(name)
        if short and len(short) >= 3 and short not in seen:
            seen.add(short)
            terms.append(short)
            weights.append(0.8)
    return terms, weights


