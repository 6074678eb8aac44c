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
    "default_corpus_path": "qa.corpus",
    "printable": "qa.safe_text",
    "one_line": "qa.safe_text",
}

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
    "RetrievedPassage",
    "default_corpus_path",
    "one_line",
    "printable",
]

if TYPE_CHECKING:
    from qa.corpus import default_corpus_path as default_corpus_path
    from qa.engine import Engine as Engine
    from qa.errors import QAError as QAError
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


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'qa' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
