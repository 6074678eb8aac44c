"""How much: amounts of money with currency and scale, and percentages.

Covers news and wire styles alike: "$3.2 billion", "EUR 800 billion",
"3 billion euros", "12.5 mln dlrs", "17 cts", "£600m", "$1.13bn", "15 pct".
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache, lru_cache

from qa import lexicon
from qa.answers.base import Candidate, Flag, Sentence, resolve_overlaps
from qa.answers.numbers import EARLIER, NUM, NUMBER, SPELLED, parse_number
from qa.lexicon.tokens import stem, words
from qa.models import AnswerType, MoneyValue, PercentValue

_SYMBOLS = lexicon.table("currency_symbols")
_CENTS = {"cent", "cents", "ct", "cts", "pence"}
_PERCENT = r"(?:%|\s?(?:pct|percent|per\s?cent|percentage points?|pc)\b)"
# Context words that mark a figure as the old or compared value rather than the answer.
_COMPARED = re.compile(r"\b(?:from|vs|versus|against|compared with|compared to|than)\s*$", re.IGNORECASE)


def _alt(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cur = lexicon.currencies()
    words = [f for f in cur if f not in _SYMBOLS and f[0].isalpha()]
    codes = [f for f in words if len(f) == 3 and f.upper() == f.upper() and f.isalpha() and f == cur[f].lower()]
    scale = _alt(list(lexicon.scales()))
    sym = _alt(list(_SYMBOLS))
    scale_part = rf"(?:[\s-]?(?P<scale>{scale})\b)?"
    # "$3.2 billion", "£600m", "EUR 800 billion", "US$ 5 mln"
    # a symbol is not the tail of a word ("CA$1.23" is Canadian, not "A$"); a code may touch its number ("USD3.14")
    pre = re.compile(
        rf"(?P<cur>(?<![A-Za-z]){sym}|\b(?:{_alt(codes + ['rs', 'dm', 'sfr', 'dfl'])})\.?\s?)\s?"
        rf"(?P<num>(?<![\d.,]){NUMBER}){scale_part}",
        re.IGNORECASE,
    )
    # "3 billion euros", "12.5 mln dlrs", "17 cts", "1.5bn euros", "10 €"
    # "an eight billion dlr surplus", "priced at eight dlrs a unit", "a loss of two cts a share"
    # (about 2,400 small amounts in words in the archive); without a scale the number is in
    # lower case: "Group of Seven dollar" and "One dollar straight" are not amounts
    post = re.compile(
        rf"(?:(?P<num>{NUM}){scale_part}|(?P<wnum>{SPELLED})[\s-](?P<wscale>{scale})\b|(?P<wsmall>(?-i:{SPELLED})))[\s-]?"
        rf"(?P<cur>\b(?:{_alt(words)})\b|[€£¥](?!\w))", re.IGNORECASE
    )
    # "293.5p": pence, as the BBC writes share prices
    pence = re.compile(rf"(?P<num>{NUM})(?P<cur>p)\b(?!\.m\.)")
    bare = re.compile(rf"(?P<num>{NUM})\s?(?P<scale>(?:{_alt([s for s in lexicon.scales() if len(s) > 2])}))\b", re.IGNORECASE)
    pct = re.compile(rf"(?P<num>{NUM}){_PERCENT}", re.IGNORECASE)
    return pre, post, bare, pct, pence


_UNITS = re.compile(rf"\b(?:{lexicon.alt('measure_units')})\b", re.IGNORECASE)
_COUNTED = re.compile(rf"\s+(?!(?:{lexicon.alt('amount_followers')})\b)[a-zA-Z]{{3,}}")

_MOVE = re.compile(rf"\b({lexicon.alt('movement_words')})\b", re.IGNORECASE)
_BY = re.compile(r"\bby\s+(?:about\s+|some\s+|nearly\s+|around\s+|over\s+|more than\s+)?$", re.IGNORECASE)

# Currency words that several countries use: the sentence's country words decide.
_AMBIGUOUS: dict[str, list[tuple[str, str]]] = {}
for _code, _start, _meant in (ln.split("\t") for ln in lexicon.phrases("ambiguous_currencies")):
    _AMBIGUOUS.setdefault(_code, []).append((rf"\b{re.escape(_start)}", _meant))
_EXPLICIT = re.compile(r"^(?:[$€£¥]|us|u\.s|[a-z]{3}$)", re.IGNORECASE)


def _disambiguate(code: str, cur_word: str, context: str, article: str = "") -> str:
    """"francs" in a Belgian story are Belgian francs; "$" or "U.S. dlrs" stay dollars.

    The sentence and the headline/lede decide; for francs, which no country dominates,
    the rest of the article may too (dollars default to US dollars: an "Australian
    food company" further down does not make a US company report in A$).
    """
    if code not in _AMBIGUOUS or _EXPLICIT.match(cur_word) or " " in cur_word:
        return code
    for text in (context, article if code in {"FRF", "MXN"} else ""):
        alt = _country_hint(code, text)
        if alt:
            return alt
    return code


@lru_cache(maxsize=512)
def _country_hint(code: str, text: str) -> str | None:
    """The currency the first country named in `text` makes of `code`, if any (asked once
    per sentence, not once per amount in it)."""
    hits = [(m.start(), alt) for rx, alt in _AMBIGUOUS[code] if (m := re.search(rx, text))]
    return min(hits)[1] if hits else None


def _money(m: re.Match[str], rule: str, prior: float, context: str = "", article: str = "") -> Candidate | None:
    groups = m.groupdict()
    written = groups.get("num") or groups.get("wnum") or groups.get("wsmall") or ""
    num = parse_number(written)
    if num is None:
        return None
    scale_word = (groups.get("scale") or groups.get("wscale") or "").lower()
    # decimal arithmetic: 16.6 * 1e9 is 16600000000.000002 in binary floating point
    digits = written.replace(",", "") if re.fullmatch(r"[\d,]+(?:\.\d+)?", written) else str(num)
    amount = float(Decimal(digits) * lexicon.scales().get(scale_word, 1))
    cur_word = (groups.get("cur") or "").strip().lower().rstrip(".")
    currency, cur_word = _currency(cur_word, context, article)
    if cur_word in _CENTS:
        amount = float(Decimal(str(amount)) / 100)
    if currency is None and not scale_word:
        return None
    return Candidate(
        m.start(), m.end(), AnswerType.HOW_MUCH, rule, prior,
        MoneyValue(amount=round(amount, 6), currency=currency), kind="money",
    )


def _currency(cur_word: str, context: str, article: str) -> tuple[str | None, str]:
    """The ISO code a currency word or symbol names here (and the word, "p" read as pence)."""
    currency = _SYMBOLS.get(cur_word) or lexicon.currencies().get(cur_word)
    if cur_word == "p":
        currency, cur_word = "GBP", "pence"
    if cur_word in {"rs"}:
        currency = "INR"
    if currency and cur_word not in _SYMBOLS:
        currency = _disambiguate(currency, cur_word, context, article)
    return currency, cur_word


_RANGE_LOW = re.compile(rf"(?:\bbetween\s+)?(?P<num>{NUM})\s*(?P<sep>to|-|and|–)\s*$")


def _ranges(text: str, cands: list[Candidate]) -> list[Candidate]:
    """"2.5 billion to 2.6 billion francs", "between 10 and 12 pct", "65 cts to 85 cts": one range."""
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and _joins(text, prev, c):
            out[-1] = _span_range(prev, c)
            continue
        out.append(_with_low_end(text, c))
    return out


def _joins(text: str, prev: Candidate, c: Candidate) -> bool:
    """Whether two amounts of one kind make a range ("10 to 12 pct"); a figure after a movement
    word is a change and starts none ("rose 16.75 pence to 293.5p")."""
    if _moved_before(text, prev.start) or prev.kind != c.kind or prev.value is None or c.value is None:
        return False
    if re.search(r"\bpoints?$", text[prev.start:prev.end]):  # "cut its rate 0.5 percentage points to 10.5 pct":
        return False  # a change in points, then the level (20 such over the archive, none a range)
    if _change_from(text, prev.start):
        return False
    gap = text[prev.end:c.start]
    return bool(re.fullmatch(r"\s*(?:to|-|–)\s*", gap)
                or re.fullmatch(r"\s*and\s*", gap) and re.search(r"\bbetween\s+$", text[:prev.start]))


# a verb of movement just before "X to Y": X is the change, Y the level ("up 3.0 to 3.5 pct" stays a range)
_JUST_MOVED = re.compile(rf"\b(?:{'|'.join(sorted(lexicon.words('movement_words') - {'up', 'down', 'to', 'at'}))})"
                         r"\s+(?:by\s+)?[$€£¥]?$", re.IGNORECASE)


_RANGE_WORD = re.compile(rf"\b(?:{lexicon.alt('range_words')})\b", re.IGNORECASE)


def _lead_to_from(text: str, start: int) -> str | None:
    """The six words before a "from" that stands just before `start`; None when none does."""
    before = text[max(0, start - 80):start]
    m = re.search(r"\bfrom\s+[$€£¥]?$", before)
    return " ".join(before[:m.start()].split()[-6:]) if m else None


def _change_from(text: str, start: int) -> bool:
    """Whether "from" just before `start` opens a change ("rose from 2.50 billion markka to
    5.04 billion"), not a range ("ranging from …", "fines from 500 to 1,000 dlrs"): a change
    word and no range word among the six words before it."""
    lead = _lead_to_from(text, start)
    return lead is not None and not _RANGE_WORD.search(lead) and any(stem(w) in _change_stems() for w in words(lead))


def _range_from(text: str, start: int) -> bool:
    """"ranging from 10 to 12 dlrs": the low end of a range after "from" is compared with nothing."""
    lead = _lead_to_from(text, start)
    return lead is not None and bool(_RANGE_WORD.search(lead))


@cache
def _change_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in lexicon.entries("change_verbs"))


def _moved_before(text: str, start: int) -> bool:
    """Whether a movement word ("rose", "up"; not "to" or "at") comes just before `start`."""
    return any(w.lower() not in {"to", "at"} for w in _MOVE.findall(text[max(0, start - 30):start]))


def _with_low_end(text: str, c: Candidate) -> Candidate:
    """"between 10 and 12 pct", "2.5 to 2.6 billion": a bare number before the amount is its low end."""
    m = _RANGE_LOW.search(text, 0, c.start)
    if m and re.fullmatch(r"(?:19|20)\d\d", m.group("num")):
        return c  # "declined 8.2 pct in 1986 to 112.3 mln rand": a year, not the low end of a range
    if m and (_JUST_MOVED.search(text, 0, m.start()) or _change_from(text, m.start())):
        return c  # "rose 1/2 to 23-1/2 dlrs", "fell $2.86 to $41.32": a change, then the level it reached
    if m and c.value is not None and (m.group("sep") != "and" or m.group(0).startswith("between")):
        low = parse_number(m.group("num"))
        # "2.5 to three billion dlrs": the amount's own figure may be spelled out
        figure = re.search(NUM, text[c.start:c.end]) or re.search(SPELLED, text[c.start:c.end], re.IGNORECASE)
        if figure is None:
            return c
        scale = _value(c) / (parse_number(figure.group()) or 1)
        if low is not None:
            return _with_range(c, m.start(), low * scale)
    return c


def _value(c: Candidate) -> float:
    return c.value.percent if isinstance(c.value, PercentValue) else c.value.amount  # type: ignore[union-attr]


def _with_range(high: Candidate, start: int, low: float) -> Candidate:
    value: PercentValue | MoneyValue
    if isinstance(high.value, PercentValue):
        value = PercentValue(percent=low, percent_max=high.value.percent)
    else:
        value = MoneyValue(amount=float(Decimal(str(low))), currency=high.value.currency,  # type: ignore[union-attr]
                           amount_max=high.value.amount)  # type: ignore[union-attr]
    return Candidate(start, high.end, high.type, high.rule + "+range", high.prior, value, kind=high.kind)


def _span_range(low: Candidate, high: Candidate) -> Candidate:
    return _with_range(high, low.start, _value(low))


def extract_money(s: Sentence, context: str = "", article: str = "") -> list[Candidate]:
    """Amounts and percentages; `context` (headline and lede) and `article` name ambiguous currencies."""
    pre, post, bare, pct, pence = _patterns()
    text = s.text
    cands: list[Candidate] = []
    for rx, rule, prior in ((pre, "money:symbol", 1.0), (post, "money:words", 1.0), (bare, "money:scale-only", 0.5),
                            (pence, "money:pence", 0.9)):
        for m in rx.finditer(text):
            if rx is bare and (_COUNTED.match(text[m.end():]) or _UNITS.search(text)):
                continue  # "sell about 10 million PSPs", "976 mln cubic feet … 1,084 mln": things, not money
            c = _money(m, rule, prior, text + " " + context, article)
            if c:
                cands.append(c)
    for m in pct.finditer(text):
        num = parse_number(m.group("num"))
        if num is not None:
            cands.append(Candidate(m.start(), m.end(), AnswerType.HOW_MUCH, "percent", 0.4,
                                   PercentValue(percent=num), kind="percent"))
    out = _ranges(text, resolve_overlaps(cands))
    for c in out:
        _read_context(text, c, out)
    return out


def _read_context(text: str, c: Candidate, out: list[Candidate]) -> None:
    """What the words around an amount say of it: a movement or a level ("up 16.75 pence to
    293.5p"), a compared or earlier figure ("from", "a year earlier"), a bracketed conversion."""
    before = text[max(0, c.start - 20) : c.start]
    after = re.split(r"[,;.]", text[c.end:c.end + 60])[0]
    mover = _MOVE.findall(text[max(0, c.start - 40):c.start])
    if _BY.search(before):  # "will reduce its obligations by 300 mln dlrs": how much it moved
        c.flags.add(Flag.MOVEMENT)
    elif mover:
        c.flags.add(Flag.MOVEMENT if mover[-1].lower() not in {"to", "at"} else Flag.LEVEL)
    if _COMPARED.search(before) and not _range_from(text, c.start) or EARLIER.search(after):
        c.prior *= 0.5
        c.features["compared"] = 1.0
    primary = next((o for o in out if o.end <= c.start and c.start - o.end < 4), None)
    if before.rstrip().endswith(("(", ";")) and primary is not None:
        c.prior *= 0.6  # a conversion in brackets after the amount: "$16.6bn (£8.82bn)"
        c.features["conversion"] = 1.0
        close = text.find(")", c.end)
        if close != -1:  # the pair reads as one phrase: closeness is measured from its end
            primary.reach = close + 1
