"""Each date pattern's match turned into a normalized value, by one resolver per family.

"last Wednesday" in an article dated 2025-03-11 is 2025-03-05; a bare weekday is the
nearest one before the article date in a past-tense sentence and the next one in a
sentence about the future; a month-day without a year takes the year that puts it nearest
the article date. Without an article date, relative expressions keep their span and get no
value, and so does a value outside the calendar.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable

from qa import lexicon
from qa.answers.base import Sentence
from qa.answers.when.patterns import ORDINAL_Q, SMALL_NUMBERS, WEEKDAYS
from qa.answers.when.tense import future_at
from qa.models import DateValue

Resolved = tuple[DateValue | None, float]  # the value (if any) and the match's prior


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


def _weekday_date(ref: dt.date, target: int, rel: str, future: bool) -> dt.date:
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


def _full_date(kind: str, g: dict, m: re.Match[str], s: Sentence) -> Resolved:
    """"March 7", "7 March 1987", "1987-03-07"."""
    ref = s.doc_date
    mon = int(g["mnum"]) if kind == "iso" else _month_num(g["month"])
    day = int(g["day"]) if g.get("day") else SMALL_NUMBERS[g["dayword"].lower()]
    if not 1 <= day <= 31:
        return None, 0.0
    if g.get("year"):
        try:
            return _day(dt.date(int(g["year"]), mon, day)), 1.0
        except ValueError:
            return None, 0.0
    if ref is None:
        return None, 0.95
    return _day(_closest_year(mon, day, ref, future_at(s, m.start(), m.end()))), 1.0


def _month(kind: str, g: dict, m: re.Match[str], s: Sentence) -> Resolved:
    """"in March", "March 1987", "last March"."""
    ref = s.doc_date
    if g.get("month2"):
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
    mon = _month_num(g["month"])
    if g.get("year"):
        return DateValue(iso=f"{int(g['year'])}-{mon:02d}", granularity="month"), 0.75
    if ref is None:
        return None, 0.7
    d = _closest_year(mon, 1, ref.replace(day=1), future_at(s, m.start(), m.end()))
    return (DateValue(iso=f"{d.year}-{mon:02d}", granularity="month") if d else None), 0.75


def _weekday(kind: str, g: dict, m: re.Match[str], s: Sentence) -> Resolved:
    """"last Wednesday", "on Friday" (the next Friday after "by" or in a sentence about the future)."""
    ref = s.doc_date
    if ref is None:
        return None, 0.85
    rel = (g.get("rel") or "").lower()
    deadline = bool(re.search(r"\b(?:by|until|till|before)\s+$", s.text[max(0, m.start() - 8):m.start()]))
    future = deadline or future_at(s, m.start(), m.end())
    return _day(_weekday_date(ref, WEEKDAYS.index(g["weekday"].lower()), rel, future)), 0.9


def _relative_day(kind: str, g: dict, m: re.Match[str], s: Sentence) -> Resolved:
    """"yesterday", "tomorrow", "last night"."""
    ref = s.doc_date
    if ref is None:
        return None, 0.85
    offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(g["relday"].lower(), 0)
    return _day(ref + dt.timedelta(days=offset)), 0.9


def _relative_span(kind: str, g: dict, m: re.Match[str], s: Sentence) -> Resolved:
    """"last week", "next month", "this quarter", "earlier this year"."""
    ref = s.doc_date
    unit = (g.get("unit") or g.get("unit2") or "").lower()
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get((g.get("rel") or "this").lower(), 0)
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


def _ago(kind: str, g: dict, m: re.Match[str], s: Sentence) -> Resolved:
    """"three days ago", "a year ago"."""
    ref = s.doc_date
    if ref is None:
        return None, 0.7
    n_word = g["n"].lower()
    n = int(n_word) if n_word.isdigit() else (1 if n_word in {"a", "an"} else SMALL_NUMBERS[n_word])
    unit = g["unit"].lower().rstrip("s")
    if unit == "day":
        return _day(ref - dt.timedelta(days=n)), 0.85
    if unit == "week":
        return DateValue(iso=_iso_week(ref - dt.timedelta(weeks=n)), granularity="week"), 0.7
    if unit == "month":
        y, mo = _shift_month(ref, -n)
        return DateValue(iso=f"{y}-{mo:02d}", granularity="month"), 0.65
    return DateValue(iso=str(ref.year - n), granularity="year"), 0.6


def _quarter(kind: str, g: dict, m: re.Match[str], s: Sentence) -> Resolved:
    """"the first quarter of 1987", "Q3", "the last quarter"."""
    ref = s.doc_date
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


def _year(kind: str, g: dict, m: re.Match[str], s: Sentence) -> Resolved:
    """"in 1986", "fiscal 1987", "its 1986 results"."""
    return DateValue(iso=g["year"], granularity="year"), 0.6


RESOLVERS: dict[str, Callable[[str, dict, re.Match[str], Sentence], Resolved]] = {
    "mdy": _full_date, "dmy": _full_date, "iso": _full_date, "mdy_lower": _full_date,
    "month": _month, "monthyear": _month, "monthrange": _month,
    "weekday": _weekday, "relday": _relative_day, "relspan": _relative_span, "ago": _ago,
    "quarter": _quarter, "qshort": _quarter, "year": _year, "fiscal": _year, "theyear": _year, "partyear": _year,
}


def resolve(kind: str, m: re.Match[str], s: Sentence) -> Resolved:
    """The normalized value of one match and its prior (specific dates rank higher)."""
    resolver = RESOLVERS.get(kind)
    return resolver(kind, m.groupdict(), m, s) if resolver else (None, 0.0)


def _in_calendar(value: DateValue | None) -> bool:
    year = value.iso.split("-", 1)[0] if value else "1"
    return year.isdigit() and 1 <= int(year) <= 9999


def resolved(kind: str, m: re.Match[str], s: Sentence) -> tuple[DateValue | None, float]:
    """`resolve`, with a value that falls outside the calendar (years 1 to 9999) left
    empty, as for an undated article: "tomorrow" in an article dated 9999-12-31, or
    "800000 days ago", is still a when-answer, with no normalized date."""
    try:
        value, prior = resolve(kind, m, s)
        if _in_calendar(value):
            return value, prior
    except (OverflowError, ValueError):
        pass
    return resolve(kind, m, dataclasses.replace(s, doc_date=None))
