"""Extractive, cited question answering over news articles.

The public API the CLI and the terminal UI share lives here; everything else in
the package is an implementation detail. Names are imported on first use (PEP 562),
so `import qa.safe_text` or `qa --help` does not load the engine and its numpy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_WHERE = {
    "QAError": "qa.errors",
    "Answer": "qa.models",
    "AnswerType": "qa.models",
    "AskResult": "qa.models",
    "Citation": "qa.models",
    "Document": "qa.models",
    "Passage": "qa.models",
    "QuestionAnalysis": "qa.models",
    "RetrievedPassage": "qa.models",
    "Engine": "qa.engine",
    "Filter": "qa.filters",
    "parse_date": "qa.filters",
    "filter_summary": "qa.filters",
    "Timeline": "qa.timeline",
    "TimelineEntry": "qa.timeline",
    "timeline_chart": "qa.timeline",
    "timeline_chartable": "qa.timeline",
    "markdown_quote": "qa.markdown",
    "default_corpus_path": "qa.corpus",
    "printable": "qa.safe_text",
    "one_line": "qa.safe_text",
}

_ALIAS = {"filter_summary": "summary", "timeline_chart": "chart", "timeline_chartable": "chartable",
          "markdown_quote": "quote"}

__all__ = [
    "Answer",
    "AnswerType",
    "AskResult",
    "Citation",
    "Document",
    "Engine",
    "Filter",
    "Passage",
    "QAError",
    "QuestionAnalysis",
    "RetrievedPassage",
    "Timeline",
    "TimelineEntry",
    "default_corpus_path",
    "filter_summary",
    "markdown_quote",
    "one_line",
    "parse_date",
    "printable",
    "timeline_chart",
    "timeline_chartable",
]

if TYPE_CHECKING:
    from qa.corpus import default_corpus_path as default_corpus_path
    from qa.engine import Engine as Engine
    from qa.errors import QAError as QAError
    from qa.filters import Filter as Filter
    from qa.filters import parse_date as parse_date
    from qa.filters import summary as filter_summary
    from qa.markdown import quote as markdown_quote
    from qa.models import Answer as Answer
    from qa.models import AnswerType as AnswerType
    from qa.models import AskResult as AskResult
    from qa.models import Citation as Citation
    from qa.models import Document as Document
    from qa.models import Passage as Passage
    from qa.models import QuestionAnalysis as QuestionAnalysis
    from qa.models import RetrievedPassage as RetrievedPassage
    from qa.safe_text import one_line as one_line
    from qa.safe_text import printable as printable
    from qa.timeline import Timeline as Timeline
    from qa.timeline import TimelineEntry as TimelineEntry
    from qa.timeline import chart as timeline_chart
    from qa.timeline import chartable as timeline_chartable


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'qa' has no attribute {name!r}")
    value = getattr(import_module(module), _ALIAS.get(name, name))
    globals()[name] = value
    return value
