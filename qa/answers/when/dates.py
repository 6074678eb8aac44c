"""When: dates, times, weekdays and relative expressions, resolved against the article date.

"last Wednesday" in an article dated 2025-03-11 is 2025-03-05; a bare weekday is
the nearest one before the article date in a past-tense sentence and the next one
in a sentence about the future; a month-day without a year takes the year that
puts it nearest the article date. Without an article date, relative expressions
keep their span and get no value.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import cache

from qa import lexicon
from qa.answers.base import Candidate, Flag, Sentence, resolve_overlaps
from qa.models import AnswerType, DateValue

WEEKDAYS = list(lexicon.phrases("weekdays"))
ORDINAL_Q = {k: int(v) for k, v in lexicon.numbers("quarter_ordinals").items()}
SMALL_NUMBERS = {k: int(v) for k, v in lexicon.numbers("number_words").items() if v <= 10 and " " not in k}


def _cased(words: list[str]) -> str:
    """Title-case and upper-case forms only: "May" the month, never "may" the verb."""
    forms = set()
    for w in words:
        forms.add(w.capitalize())
        forms.add(w.upper())
    return "|".join(sorted(forms, key=len, reverse=True))


@cache
def _rx() -> dict[str, re.Pattern[str]]:
    month = rf"(?P<month>(?:{_cased(list(lexicon.months()))})\b\.?)"
    wd = rf"(?P<weekday>(?:{_cased(WEEKDAYS)}))\b"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    year = r"(?P<year>(?:1[89]|20)\d\d)\b"
    time = (r"(?P<time>(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?(?:[ap]\.m\.|[AP]M|[ap]m|GMT|BST|CET|EST|EDT|local time))?"
            r"|(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?\s?(?:[ap]\.m\.|[AP]M|[ap]m)|noon|midnight)")
    opt_wd = rf"(?:(?:(?:next|last|this|coming|[Nn]ext|[Ll]ast|[Tt]his)\s+)?{wd},?\s+)?"
    return {
        # "Tuesday, March 11, 2025", "Feb. 16", "March 7"
        "mdy": re.compile(rf"{opt_wd}{month}\s+{day}(?:,?\s+{year})?"),
        # "16 March 2024", "the 5th of May"
        "dmy": re.compile(rf"{opt_wd}(?:the\s+)?{day}\s+(?:of\s+)?{month}(?:,?\s+{year})?"),
        "iso": re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
        # "in March", "early April", "March 2024" (a month alone needs a preposition before it)
        "month": re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|[Ff]rom|[Oo]f|[Ff]or|[Ee]arly|[Ll]ate|[Mm]id|[Ee]nd)[\s-]+(?P<span>{month}(?:\s+(?:of\s+)?{year})?)"
                            rf"|\b(?P<span2>(?P<mrel>[Ll]ast|[Nn]ext|[Tt]his)\s+{month.replace('?P<month>', '?P<month2>')})"),
        "monthyear": re.compile(rf"{month}\s+{year}"),
        # "between August and November 2001": the range starts with its first month
        "monthrange": re.compile(rf"(?P<span>(?:[Bb]etween|[Ff]rom)\s+{month}\s+(?:and|to|until)\s+"
                                 rf"{month.replace('?P<month>', '?P<month_end>')}\s+{year})"),
        "weekday": re.compile(rf"(?:(?P<rel>last|next|this|past|coming)\s+)?(?:(?:late|early)\s+)?{wd}(?:\s+(?:morning|afternoon|evening|night))?", re.I),
        "relday": re.compile(rf"\b(?P<relday>{lexicon.alt('relative_days')})(?:\s+(?:morning|afternoon|evening|night))?\b", re.I),
        "relspan": re.compile(r"\b(?:(?P<rel>last|next|this|past|coming|previous|current)\s+(?P<unit>week|month|year|quarter|weekend)"
                              r"|(?:earlier|later)\s+this\s+(?P<unit2>week|month|year))\b", re.I),
        "ago": re.compile(rf"\b(?P<n>\d+|a|an|{'|'.join(w for w in SMALL_NUMBERS if w != 'zero')})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", re.I),
        "quarter": re.compile(rf"\b(?:the\s+)?(?P<q>{'|'.join(ORDINAL_Q)}|final|last)[\s-]+(?:fiscal\s+)?quarter\b(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year>(?:19|20)\d\d)\b)?", re.I),
        "qshort": re.compile(r"\bQ(?P<q>[1-4])\s*(?P<year>(?:19|20)\d\d)?\b"),
        # "in 1986", "fiscal 1987", "1986/87"
        "year": re.compile(rf"\b(?:{lexicon.alt('year_prepositions')})[\s-]+(?P<span>(?P<year>(?:1[5-9]|20)\d\d)(?:/\d\d)?)\b", re.I),
        "theyear": re.compile(r"\b(?:the|a|an|its|his|her|their)\s+(?P<span>(?P<year>(?:1[89]|20)\d\d))\s+(?=[a-z])"),
        "fiscal": re.compile(r"\b(?P<span>(?:fiscal|calendar|financial)\s+(?:year\s+)?(?P<year>(?:1[89]|20)\d\d)(?:/\d\d)?)\b", re.I),
        "time": re.compile(rf"(?:(?:at\s+)?(?:about|around|approximately)\s+)?\b{time}(?:\s+(?:on|,)\s+|,?\s+)?", 0),
    }


def _month_num(word: str) -> int:
    return lexicon.months()[word.lower().rstrip(".")]


def _closest_year(month: int, day: int, ref: dt.date, future: bool) -> dt.date | None:
    options = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not options:
        return None
    return min(options, key=lambda d: (abs((d - ref).days), (d < ref) if future else (d > ref)))


def _weekday(ref: dt.date, target: int, rel: str, future: bool) -> dt.date:
    delta = (ref.weekday() - target) % 7  # days back to the most recent such weekday (0 = today)
    if rel in {"last", "past"}:
        return ref - dt.timedelta(days=delta or 7)
    if rel in {"next", "coming"}:
        return ref + dt.timedelta(days=(target - ref.weekday()) % 7 or 7)
    if future or rel == "this":
        return ref + dt.timedelta(days=(target - ref.weekday()) % 7)
    return ref - dt.timedelta(days=delta)


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _shift_month(d: dt.date, n: int) -> tuple[int, int]:
    m = d.month - 1 + n
    return d.year + m // 12, m % 12 + 1


def _day(d: dt.date | None, time: str | None = None) -> DateValue | None:
    return DateValue(iso=d.isoformat(), granularity="day", time=time) if d else None


def _resolve(kind: str, m: re.Match[str], s: Sentence) -> tuple[DateValue | None, float]:
    """The normalized value of one match and its prior (specific dates rank higher)."""
    ref = s.doc_date
    g = m.groupdict()
    if kind in {"mdy", "dmy", "iso"}:
        mon = int(g["mnum"]) if kind == "iso" else _month_num(g["month"])
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None, 0.0
        if g.get("year"):
            try:
                return _day(dt.date(int(g["year"]), mon, day)), 1.0
            except ValueError:
                return None, 0.0
        if ref is None:
            return None, 0.95
        return _day(_closest_year(mon, day, ref, s.future)), 1.0
    if kind in {"month", "monthyear", "monthrange"} and g.get("month2"):
        mon = _month_num(g["month2"])
        if ref is None:
            return None, 0.7
        rel = g["mrel"].lower()
        year = ref.year
        if rel == "last" and mon >= ref.month:
            year -= 1
        elif rel == "next" and mon <= ref.month:
            year += 1
        return DateValue(iso=f"{year}-{mon:02d}", granularity="month"), 0.75
    if kind in {"month", "monthyear", "monthrange"}:
        mon = _month_num(g["month"])
        if g.get("year"):
            return DateValue(iso=f"{int(g['year'])}-{mon:02d}", granularity="month"), 0.75
        if ref is None:
            return None, 0.7
        d = _closest_year(mon, 1, ref.replace(day=1), s.future)
        return (DateValue(iso=f"{d.year}-{mon:02d}", granularity="month") if d else None), 0.75
    if kind == "weekday":
        if ref is None:
            return None, 0.85
        rel = (g.get("rel") or "").lower()
        deadline = bool(re.search(r"\b(?:by|until|till|before)\s+$", s.text[max(0, m.start() - 8):m.start()]))
        return _day(_weekday(ref, WEEKDAYS.index(g["weekday"].lower()), rel, s.future or deadline)), 0.9
    if kind == "relday":
        word = g["relday"].lower()
        if ref is None:
            return None, 0.85
        offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
        return _day(ref + dt.timedelta(days=offset)), 0.9
    if kind == "relspan":
        unit = (g.get("unit") or g.get("unit2") or "").lower()
        rel = (g.get("rel") or "this").lower()
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
        if ref is None:
            return None, 0.6
        if unit in {"week", "weekend"}:
            return DateValue(iso=_iso_week(ref + dt.timedelta(weeks=step)), granularity="week"), 0.7
        if unit == "month":
            y, mo = _shift_month(ref, step)
            return DateValue(iso=f"{y}-{mo:02d}", granularity="month"), 0.65
        if unit == "quarter":
            q = (ref.month - 1) // 3 + step
            y = ref.year + q // 4
            return DateValue(iso=f"{y}-Q{q % 4 + 1}", granularity="quarter"), 0.65
        return DateValue(iso=str(ref.year + step), granularity="year"), 0.6
    if kind == "ago":
        if ref is None:
            return None, 0.7
        n_word = g["n"].lower()
        n = int(n_word) if n_word.isdigit() else (1 if n_word in {"a", "an"} else
                                                   SMALL_NUMBERS[n_word])
        unit = g["unit"].lower().rstrip("s")
        if unit == "day":
            return _day(ref - dt.timedelta(days=n)), 0.85
        if unit == "week":
            return DateValue(iso=_iso_week(ref - dt.timedelta(weeks=n)), granularity="week"), 0.7
        if unit == "month":
            y, mo = _shift_month(ref, -n)
            return DateValue(iso=f"{y}-{mo:02d}", granularity="month"), 0.65
        return DateValue(iso=str(ref.year - n), granularity="year"), 0.6
    if kind in {"quarter", "qshort"}:
        qword = g["q"].lower()
        if g.get("year"):
            q = ORDINAL_Q.get(qword, 4) if kind == "quarter" else int(qword)
            return DateValue(iso=f"{int(g['year'])}-Q{q}", granularity="quarter"), 0.75
        if ref is None:
            return None, 0.65
        if qword in {"last", "final"} and kind == "quarter":
            q = (ref.month - 1) // 3  # the quarter before the current one, 0 meaning last year's Q4
            return DateValue(iso=f"{ref.year if q else ref.year - 1}-Q{q or 4}", granularity="quarter"), 0.7
        q = ORDINAL_Q.get(qword, 0) if kind == "quarter" else int(qword)
        year = ref.year if dt.date(ref.year, 3 * q - 2, 1) <= ref else ref.year - 1
        return DateValue(iso=f"{year}-Q{q}", granularity="quarter"), 0.7
    if kind in {"year", "fiscal", "theyear"}:
        return DateValue(iso=g["year"], granularity="year"), 0.6
    return None, 0.0


def _in_calendar(value: DateValue | None) -> bool:
    year = value.iso.split("-", 1)[0] if value else "1"
    return year.isdigit() and 1 <= int(year) <= 9999


def _resolved(kind: str, m: re.Match[str], s: Sentence) -> tuple[DateValue | None, float]:
    """`_resolve`, with a value that falls outside the calendar (years 1 to 9999) left
    empty, as for an undated article: "tomorrow" in an article dated 9999-12-31, or
    "800000 days ago", is still a when-answer, with no normalized date."""
    try:
        value, prior = _resolve(kind, m, s)
        if _in_calendar(value):
            return value, prior
    except (OverflowError, ValueError):
        pass
    return _resolve(kind, m, dataclasses.replace(s, doc_date=None))


def extract_dates(s: Sentence) -> list[Candidate]:
    rx = _rx()
    cands: list[Candidate] = []
    for kind in ("monthrange", "mdy", "dmy", "iso", "month", "monthyear", "weekday", "relday", "relspan", "ago",
                 "quarter", "qshort", "year", "theyear", "fiscal"):
        for m in rx[kind].finditer(s.text):
            value, prior = _resolved(kind, m, s)
            if prior <= 0:
                continue
            span = next((k for k in ("span", "span2") if m.groupdict().get(k)), 0)
            cands.append(Candidate(m.start(span), m.end(span), AnswerType.WHEN, f"date:{kind}", prior, value,
                                   kind=value.granularity if value else kind,
                                   flags={Flag.EXPLICIT_DATE} if kind in {"mdy", "dmy", "iso"} else set()))
    cands = resolve_overlaps(cands)
    for c in cands:  # "until May." ends the sentence; "Feb." is an abbreviation and keeps its period
        last = re.search(r"(\w+)\.$", c.text(s))
        if last and len(last.group(1)) > 3 and last.group(1).lower() in lexicon.months() or \
                last and last.group(1).lower() == "may":
            c.end -= 1
    _attach_times(s, cands)
    return cands


def _attach_times(s: Sentence, cands: list[Candidate]) -> None:
    """"16:30 on Tuesday, March 11" is one answer: the time joins the date after it."""
    for m in _rx()["time"].finditer(s.text):
        follow = next((c for c in cands if c.start == m.end() and c.value is not None), None)
        t = m.group("time")
        if follow and follow.value and follow.value.granularity == "day":
            follow.start = m.start("time")
            follow.value = follow.value.model_copy(update={"time": t})
            follow.rule += "+time"
        elif not any(c.start <= m.start("time") < c.end for c in cands):
            cands.append(Candidate(m.start("time"), m.end("time"), AnswerType.WHEN, "time", 0.5, None, kind="time"))
    cands.sort(key=lambda c: c.start)
