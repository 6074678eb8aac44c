"""What the UI shows for one answer or one best-matching sentence, engine-independent.

Everything the widgets need is copied out of the engine's models here, so widgets
never reach into `qa` and the formatting rules (names, dates, citations) live in one
place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from qa import one_line

if TYPE_CHECKING:  # the engine is imported lazily, see tui/app.py
    from qa import Answer, AskResult, Citation, RetrievedPassage, TimelineEntry

TYPE_LABELS = {
    "who": "WHO",
    "when": "WHEN",
    "how_much": "HOW MUCH",
    "how_many": "HOW MANY",
    "where": "WHERE",
    "what": "WHAT",
}


def type_label(answer_type: object) -> str:
    value = getattr(answer_type, "value", answer_type)
    return TYPE_LABELS.get(str(value), str(value).replace("_", " ").upper())


def date_text(date: dt.date | None) -> str:
    return date.isoformat() if date else "undated"


def doc_name(doc_id: str, title: str | None) -> str:
    """How a document is named on screen and in copied citations (made printable: titles
    and ids come from the corpus, which is untrusted)."""
    return one_line(title.strip() if title and title.strip() else doc_id)


@dataclass(frozen=True)
class Support:
    doc_name: str
    sentence_number: int


@dataclass(frozen=True)
class ResultItem:
    """One row of the answer list: an answer, or (no-answer state) a matching sentence.

    Every text here is printable (`qa.safe_text`): corpus text never reaches the terminal
    raw. `doc_id` alone stays as the engine has it, to look the document up.
    """

    kind: Literal["answer", "passage"]
    rank: int
    text: str
    """The answer span, or the sentence for a passage row."""
    type_label: str | None
    value: str | None
    """Normalized value ("2025-03-05", "3,000,000,000 EUR"), when there is one."""
    score: float
    doc_id: str
    doc_name: str
    date: str
    sentence_index: int
    """0-based, as in the engine, the JSON output and `qa show DOC:N`."""
    sentence_start: int
    sentence_end: int
    span_start: int | None = None
    span_end: int | None = None
    support: tuple[Support, ...] = ()
    note: str | None = None
    """Why a best-matching sentence gave no answer ("the article never names Mead")."""
    probability: bool = False
    """The score is the estimated probability that the answer is right (shown as a percentage)."""

    @property
    def sentence_number(self) -> int:
        """The number shown to people: the same 0-based index `qa show DOC:N` takes."""
        return self.sentence_index

    @property
    def has_span(self) -> bool:
        return self.span_start is not None and self.span_end is not None

    @property
    def ref(self) -> str:
        """`DOC:N`, the reference `qa show` takes (and `qa verify` checks)."""
        return f"{one_line(self.doc_id)}:{self.sentence_index}"

    @property
    def title(self) -> str | None:
        """The document's title, when it has one (`doc_name` is then the title, else the id)."""
        return self.doc_name if self.doc_name != one_line(self.doc_id) else None

    def citation_text(self) -> str:
        """`<span> — DOC:N (<title>, <date>)`: what "copy" puts on the clipboard; the
        reference pastes into `qa show`."""
        return f"{self.text} — {self.ref} ({self.title + ', ' if self.title else ''}{self.date})"


def from_answer(rank: int, answer: Answer, probability: bool = False) -> ResultItem:
    c: Citation = answer.citation
    return ResultItem(
        kind="answer",
        rank=rank,
        text=one_line(answer.text),
        type_label=type_label(answer.type),
        value=one_line(answer.display) if answer.display else None,
        score=answer.score,
        doc_id=c.doc_id,
        doc_name=doc_name(c.doc_id, c.doc_title),
        date=date_text(c.doc_date),
        sentence_index=c.sentence_index,
        sentence_start=c.sentence_start,
        sentence_end=c.sentence_end,
        span_start=c.span_start,
        span_end=c.span_end,
        support=tuple(
            Support(doc_name(s.doc_id, s.doc_title), s.sentence_index) for s in answer.support
        ),
        probability=probability,
    )


def from_timeline(rank: int, entry: TimelineEntry, answer_type: object, citation: int = 0) -> ResultItem:
    """A timeline value as a row: its `citation`-th citation (the earliest by default)."""
    c = entry.citations[citation]
    return ResultItem(
        kind="answer", rank=rank, text=one_line(entry.text), type_label=type_label(answer_type),
        value=one_line(entry.display) if entry.display else None, score=entry.p, doc_id=c.doc_id,
        doc_name=doc_name(c.doc_id, c.doc_title), date=date_text(c.doc_date), sentence_index=c.sentence_index,
        sentence_start=c.sentence_start, sentence_end=c.sentence_end, span_start=c.span_start,
        span_end=c.span_end, probability=True,
    )


def from_passage(rank: int, retrieved: RetrievedPassage) -> ResultItem:
    p = retrieved.passage
    return ResultItem(
        kind="passage",
        rank=rank,
        text=one_line(p.text),
        type_label=None,
        value=None,
        score=retrieved.score,
        doc_id=p.doc_id,
        doc_name=doc_name(p.doc_id, retrieved.doc_title),
        date=date_text(retrieved.doc_date),
        sentence_index=p.index,
        sentence_start=p.start,
        sentence_end=p.end,
        note=one_line(retrieved.rejected) if retrieved.rejected else None,
    )


def no_answer_notice(result: AskResult, passages: bool) -> str:
    """What the no-answer state says: why (nothing sure enough, or nothing at all), then the
    sentences that match best."""
    w = result.withheld
    if w is not None and result.min_confidence is not None:
        head = (f"No answer sure enough: the likeliest, “{one_line(w.text)}”, has p {w.score:.2f}, "
                f"under {result.min_confidence:.2f}.")
    else:
        head = "No answer in the articles." if passages else "No answer found, and no sentence matches the question."
    return head + (" The sentences that match best:" if passages else "")
