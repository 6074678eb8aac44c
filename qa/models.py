"""Pydantic models at the engine's boundaries; their JSON is the CLI's output format."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field


class _Model(BaseModel):
    """Every model here: its validator and serializer are built on first use, not on import
    (a cold `qa ask` uses a few of them; building all of them cost about 40 ms)."""

    model_config = ConfigDict(defer_build=True)


class AnswerType(str, Enum):
    WHO = "who"
    WHEN = "when"
    HOW_MUCH = "how_much"
    HOW_MANY = "how_many"
    WHERE = "where"
    WHAT = "what"


class Document(_Model):
    """One article. `text` is the original text, so citations slice it directly."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str | None = None
    date: dt.date | None = None
    source: str = Field(description="file the document was read from")
    text: str
    sha256: str
    authors: list[str] = []
    outlet: str | None = Field(default=None, description="a JSON Lines record's own 'source' value (its outlet "
                                                         "or feed: 'agnews'), which --source also matches")


class Passage(_Model):
    """A sentence (or the byline) of a document; `doc.text[start:end] == text`."""

    model_config = ConfigDict(frozen=True)

    doc_id: str
    index: int = Field(description="sentence index within the document, from 0")
    start: int
    end: int
    text: str
    kind: Literal["sentence", "byline"] = "sentence"


class DateValue(_Model):
    kind: Literal["date"] = "date"
    iso: str = Field(description="YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Qn or YYYY-Www")
    granularity: Literal["day", "week", "month", "quarter", "year"]
    time: str | None = Field(default=None, description="HH:MM when the span names a time")


class MoneyValue(_Model):
    kind: Literal["money"] = "money"
    amount: float
    currency: str | None = Field(description="ISO 4217 code, or null when the text names none")
    amount_max: float | None = Field(default=None, description="upper end of a range")


class PercentValue(_Model):
    kind: Literal["percent"] = "percent"
    percent: float
    percent_max: float | None = None


class CountValue(_Model):
    kind: Literal["count"] = "count"
    count: float
    unit: str | None = Field(default=None, description="the counted noun, as written")
    qualifier: str | None = Field(default=None, description='"more than", "about", ...')


Normalized = Annotated[
    DateValue | MoneyValue | PercentValue | CountValue, Field(discriminator="kind")
]


class Citation(_Model):
    """Where an answer came from, exact enough to re-check against the source."""

    doc_id: str
    doc_title: str | None = None
    doc_date: dt.date | None = None
    doc_sha256: str
    source: str
    sentence_index: int
    sentence_start: int
    sentence_end: int
    sentence: str
    span_start: int
    span_end: int


class Explanation(_Model):
    rule: str
    features: dict[str, float]
    contributions: dict[str, float] | None = Field(
        default=None, description="each feature's share of the log-odds of being right, largest first, and the bias")


class Answer(_Model):
    text: str = Field(description="the exact source span")
    type: AnswerType
    normalized: Normalized | None = None
    display: str | None = Field(default=None, description="normalized value for people")
    score: float = Field(description="the estimated probability that the answer is right (the rules' score without a model)")
    citation: Citation
    support: list[Citation] = Field(
        default=[], description="other passages giving the same value"
    )
    explain: Explanation | None = None


class QuestionAnalysis(_Model):
    text: str
    type: AnswerType
    subtype: str | None = Field(default=None, description='e.g. "person", "author", "percent"')
    keywords: list[str] = Field(description="content words, as written")
    framing: list[str] = Field(default=[], description='event words such as "take place": used for closeness only')
    entities: list[str] = Field(default=[], description="capitalised names in the question")
    target: str | None = Field(default=None, description="counted noun for how-many questions")
    focus: list[str] = Field(default=[], description='what amount a how-much question asks for: "profit", "sales"')


class RetrievedPassage(_Model):
    passage: Passage
    score: float
    doc_title: str | None = None
    doc_date: dt.date | None = None
    rejected: str | None = Field(default=None, description="why this sentence gave no answer, if it was ruled out")


class Applied(_Model):
    """What a filter (qa.filters) kept, as reported with each result."""

    since: dt.date | None = None
    until: dt.date | None = None
    sources: list[str] = []
    documents: int = Field(description="articles kept")
    of: int = Field(description="articles in the corpus")
    undated_left_out: int = Field(default=0, description="articles with no date left out")


class AskResult(_Model):
    question: str
    analysis: QuestionAnalysis
    answers: list[Answer]
    passages: list[RetrievedPassage] = Field(description="best-matching sentences")
    corpus: str | None = Field(default=None, description="the corpus path that was searched")
    elapsed_ms: float | None = None
    min_confidence: float | None = Field(default=None, description="the probability an answer needed to be given")
    withheld: Answer | None = Field(default=None, description="with no answer: the best one found, under the bar")
    filtered: Applied | None = Field(default=None, description="the period and sources searched, and what they kept")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def no_answer(self) -> bool:
        return not self.answers
