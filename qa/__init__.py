"""Extractive, cited question answering over news articles.

The public API the CLI and the terminal UI share lives here; everything else in
the package is an implementation detail.
"""

from qa.errors import QAError
from qa.models import (
    Answer,
    AnswerType,
    AskResult,
    Citation,
    Document,
    Passage,
    QuestionAnalysis,
)
from qa.pipeline import Engine, default_corpus_path

__all__ = [
    "Answer",
    "AnswerType",
    "AskResult",
    "Citation",
    "Document",
    "Engine",
    "Passage",
    "QAError",
    "QuestionAnalysis",
    "default_corpus_path",
]
