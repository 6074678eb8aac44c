"""A question's values across an archive, in date order: how a figure, a name or a date was
reported over time ("How much military aid did France pledge to Ukraine?").

Where `ask` gives the few best answers from the 30 best sentences, a timeline reads as many
passages as the archive holds that match the question well (every hit whose BM25 score is
at least RELATIVE_FLOOR of the best, up to MAX_PASSAGES), finds every value they give,
groups the spans by normalized value, and orders the groups by the earliest article date
that gives each. Each value keeps its probability of being right (the confidence model,
with its rivals being the other values found) and every citation. Values under the bar
(TIMELINE_BAR, lower than an answer's: a timeline is for reading, and every value is shown
with how sure it is) are left out.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel, Field

from qa.answers.registry import KINDS
from qa.filters import source_file
from qa.models import Applied, Citation, Normalized, QuestionAnalysis
from qa.rank.merge import Scored, featured
from qa.safe_text import one_line
from qa.understand import understand

if TYPE_CHECKING:
    from qa.filters import Filter
    from qa.understand import QuestionFrame


class Reader(Protocol):
    """What a timeline asks of the engine (named here, so that this module and qa.engine do
    not import each other)."""

    index: Any
    model: Any
    filters: Filter | None
    source: Any

    def within(self, filters: Filter | None) -> tuple[Any, Applied | None]: ...

    def search(self, q: QuestionFrame, allow: Any = ..., depth: int = ...) -> Any: ...

    def judge(self, q: QuestionFrame, kind: Any, hits: Any) -> Any: ...

    def citation(self, pid: int, c: Any) -> Citation: ...

MAX_PASSAGES = 250  # read at most this many passages (the interactive budget at a million sentences)
RELATIVE_FLOOR = 0.35  # ... and only those scoring at least this share of the best
TIMELINE_BAR = 0.1
CITATIONS = 20  # kept per value


class TimelineEntry(BaseModel):
    text: str = Field(description="the value as the first article that gives it writes it")
    display: str | None = Field(default=None, description="the normalized value for people")
    normalized: Normalized | None = None
    p: float = Field(description="estimated probability that the value answers the question")
    first: dt.date | None = Field(default=None, description="the earliest article date giving it")
    last: dt.date | None = None
    dates: list[dt.date] = Field(default=[], description="every article date giving it, in order")
    articles: int = Field(description="articles giving it")
    sources: list[str] = Field(default=[], description="the corpus files they are in")
    citations: list[Citation] = Field(default=[], description=f"where it is said (at most {CITATIONS})")


class Timeline(BaseModel):
    question: str
    analysis: QuestionAnalysis
    entries: list[TimelineEntry]
    passages_read: int
    min_confidence: float | None
    filtered: Applied | None = None
    corpus: str | None = None
    elapsed_ms: float | None = None


def timeline(engine: Reader, question: str, filters: Filter | None = None,
             min_confidence: float | None = None) -> Timeline:
    t0 = time.perf_counter()
    q = understand(question)
    allow, applied = engine.within(filters or engine.filters)
    hits = engine.search(q, allow, depth=MAX_PASSAGES)
    best = hits.scores[0] if hits.scores else 0.0
    # (on a tiny corpus every BM25 score can be negative: then every hit is read)
    keep = [i for i, s in enumerate(hits.scores) if best <= 0 or s >= RELATIVE_FLOOR * best]
    hits.pids, hits.scores = [hits.pids[i] for i in keep], [hits.scores[i] for i in keep]
    kind = KINDS[q.type]
    judged = engine.judge(q, kind, hits)  # the checks veto here: faster, and a vetoed span is seldom a value
    bar = TIMELINE_BAR if min_confidence is None else min_confidence
    entries = []
    groups = featured(judged.scored, kind, q)
    probs = (engine.model.probabilities([f for _, f in groups]) if engine.model is not None
             else [g[0].score for g, _ in groups])
    for (group, _), p in zip(groups, probs):
        if p < bar:
            continue
        entries.append(_entry(engine, group, p))
    entries.sort(key=lambda e: (e.first is None, e.first or dt.date.min, -e.p))
    return Timeline(question=question, analysis=q.analysis(), entries=entries, passages_read=len(hits.pids),
                    min_confidence=bar, filtered=applied, corpus=engine.source or None,
                    elapsed_ms=round((time.perf_counter() - t0) * 1000, 2))


def _entry(engine: Reader, group: list[Scored], p: float) -> TimelineEntry:
    members = sorted(group, key=lambda m: (engine.index.docs[m.doc].date or dt.date.max, m.pid))
    citations = [engine.citation(m.pid, m.cand) for m in members]
    dates = sorted({c.doc_date for c in citations if c.doc_date})
    first = members[0]
    return TimelineEntry(
        text=first.cand.text(first.sentence), display=KINDS[first.cand.type].display(first.cand.value),
        normalized=first.cand.value, p=round(p, 4), first=dates[0] if dates else None,
        last=dates[-1] if dates else None, dates=dates, articles=len({c.doc_id for c in citations}),
        sources=sorted({source_file(c.source) for c in citations}), citations=citations[:CITATIONS])


def numbers(tl: Timeline) -> tuple[str, list[tuple[str, float]]]:
    """(unit, [(ISO date, value)]) of the timeline's numeric values in their most common unit
    (amounts of one currency, percentages or counts of one thing): what a chart can draw."""
    units: Counter[str] = Counter()
    points: list[tuple[str, str, float]] = []
    for e in tl.entries:
        v = e.normalized
        if v is None:
            continue
        kind = getattr(v, "kind", "")
        if kind == "money":
            unit, x = getattr(v, "currency", None) or "amount", getattr(v, "amount", None)
        elif kind == "percent":
            unit, x = "%", getattr(v, "percent", None)
        elif kind == "count":
            unit, x = getattr(v, "unit", None) or "count", getattr(v, "count", None)
        else:
            continue
        if x is None:
            continue
        for d in e.dates:
            points.append((unit, d.isoformat(), float(x)))
            units[unit] += 1
    if not units:
        return "", []
    unit = units.most_common(1)[0][0]
    return unit, sorted((d, x) for u, d, x in points if u == unit)


def chartable(tl: Timeline) -> bool:
    """Whether the timeline's numbers make a course to draw (values on two dates or more)."""
    return len({d for d, _ in numbers(tl)[1]}) >= 2


def chart(tl: Timeline, width: int = 72, height: int = 14) -> str:
    """The numbers over time drawn by plotext as plain text (no colour codes, so it can be
    printed, piped or shown in a widget), or "" when there is no course to draw (fewer than
    two dates)."""
    if not chartable(tl):
        return ""
    unit, pts = numbers(tl)
    import plotext as plt

    plt.clf()
    plt.date_form("Y-m-d")
    plt.limitsize(False, False)  # the size asked, not clipped to what plotext thinks the terminal is
    plt.plotsize(width, height)
    plt.theme("clear")
    scale, label = _scale(max(abs(x) for _, x in pts))
    plt.scatter([d for d, _ in pts], [x / scale for _, x in pts], marker="dot")
    plt.title(f"{one_line(tl.question)[:max(10, width - 20)]} ({label}{one_line(unit)})")
    return str(plt.uncolorize(plt.build()))


def _scale(top: float) -> tuple[float, str]:
    for factor, name in ((1e9, "billion "), (1e6, "million "), (1e3, "thousand ")):
        if top >= factor:
            return factor, name
    return 1.0, ""
