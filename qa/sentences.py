"""Splitting articles into sentence passages with exact character offsets.

Punkt is trained on the corpus itself (no downloaded model) and seeded with a
shipped abbreviation list, so "Feb. 16" or "U.S. officials" never end a sentence.
Lines are split first: news text puts headlines, bylines and paragraphs on their
own lines, and a sentence never crosses a line break.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

from qa import lexicon
from qa.corpus import seed_header

if TYPE_CHECKING:  # nltk is imported only when splitting: loading it takes most of a second
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

def punkt_module() -> ModuleType:
    """nltk's Punkt module. Importing it loads all of nltk, and with it scipy's statistics and
    scikit-learn when they are installed (nltk's metrics and classifiers use them if they can):
    most of a second that Punkt never uses. Both are hidden for that import, then importable again."""
    import sys

    found = sys.modules.get("nltk.tokenize.punkt")
    if found is not None:
        return found
    hidden = [m for m in ("scipy.stats", "sklearn") if m not in sys.modules]
    for m in hidden:
        sys.modules[m] = None  # type: ignore[assignment]  # "not importable", as Python documents
    try:
        from nltk.tokenize import punkt
    finally:
        for m in hidden:
            if m in sys.modules and sys.modules[m] is None:
                del sys.modules[m]
    return punkt


TRAIN_CHARS = 2_000_000  # characters Punkt learns from (its first texts; about 6 s)
TRAIN_STEPS = 8  # training is done in parts, each reported as progress
TRAIN_TEXT_CHARS = 500_000  # of one text: Punkt's regexes have a time limit, and a 20 MB line passes it
MAX_LINE_CHARS = 20_000  # a longer line goes to Punkt in pieces cut at spaces
MAX_SENTENCE_CHARS = 2_000  # a longer "sentence" is cut into passages of at most this (news: under 1,900)

_BYLINE = re.compile(
    r"^(?:by|written by)\s+(?P<authors>[A-Z][^\n|]*?)"
    r"(?=\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\d{1,2}[:/.]\d{2}|\d{4}-\d{2}|updated\b|published\b|\||\u2022|\u00b7)|\s*$)",
    re.IGNORECASE,
)
_AUTHORS_LINE = re.compile(r"^authors?:\s*(?P<authors>\S.*?)\s*$", re.IGNORECASE)
# "(Chesnot/Getty Images)", "(AP Photo/John Smith)", "Photo: Reuters" at the end of a caption.
_CREDIT = re.compile(
    r"\s*\((?:[^()]*/[^()]*|[^()]*\b(?:getty images|afp|ap photo|reuters|photo|epa|shutterstock)\b[^()]*)\)\s*$",
    re.IGNORECASE,
)
_WORDISH = re.compile(r"[A-Za-z0-9]")
# Punkt only considers a break after one of these when something follows it.
_SENT_END = re.compile(r"[.?!]")
# "U.S.", "U.K.", "W.R." at the end of a piece Punkt cut, and the first word after it.
_INITIALISM_END = re.compile(r"(?:^|[^\w.])(?:[A-Z]\.){2,}$")
_FIRST_WORD = re.compile(r"[\"'(\[]*([A-Za-z]+)")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str = "sentence"
    cut: bool = False  # a piece of a sentence longer than MAX_SENTENCE_CHARS


def train(texts: Iterable[str], limit: int = TRAIN_CHARS,
          progress: Callable[[int, int], None] | None = None) -> PunktParameters:
    """Punkt parameters learned from (a sample of) the corpus, plus known abbreviations.
    Training goes in TRAIN_STEPS parts, each reported, so that a first build shows life."""
    PunktTrainer = punkt_module().PunktTrainer

    sample = first_texts(texts, limit)
    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = True
    steps = max(1, min(TRAIN_STEPS, len(sample)))
    for i in range(steps):
        part = sample[i * len(sample) // steps:(i + 1) * len(sample) // steps]
        trainer.train("\n\n".join(part), finalize=False)
        if progress:
            progress(i + 1, steps + 1)
    trainer.finalize_training()
    if progress:
        progress(steps + 1, steps + 1)
    params = trainer.get_params()
    params.abbrev_types.update(lexicon.abbreviations())
    return params


def first_texts(texts: Iterable[str], limit: int) -> list[str]:
    """The corpus's first texts (each cut at TRAIN_TEXT_CHARS) up to about `limit` characters."""
    sample: list[str] = []
    size = 0
    for t in texts:
        sample.append(t[:TRAIN_TEXT_CHARS])
        size += len(sample[-1])
        if size >= limit:
            break
    return sample


def body(text: str) -> str:
    """The article without its seed-format date header (what Punkt should learn from)."""
    return text[seed_header(text)[1]:]


_FAST_PUNKT: type | None = None


def _fast_punkt_class() -> type:
    """PunktSentenceTokenizer that remembers its verdict on each candidate break.

    Punkt decides whether a ".", "?" or "!" ends a sentence from a short context
    (the word before, the mark, the token after) and the trained parameters only,
    so the verdict for a context string is computed once per process. Splits are
    exactly those of the plain tokenizer; a corpus repeats most contexts
    ("said. The", "pct. It"), which makes splitting several times faster.
    """
    global _FAST_PUNKT
    if _FAST_PUNKT is None:
        class FastPunkt(punkt_module().PunktSentenceTokenizer):  # type: ignore[name-defined,misc]
            MAX_CACHED = 1_000_000

            def __init__(self, params: PunktParameters) -> None:
                super().__init__(params)
                self._verdicts: dict[str, bool] = {}
                # Punkt's own candidate-break pattern: a line it never matches is one sentence.
                rx = self._lang_vars.period_context_re()
                self.may_break = re.compile(rx.pattern, rx.flags).search

            def text_contains_sentbreak(self, text: str) -> bool:
                v = self._verdicts.get(text)
                if v is None:
                    v = super().text_contains_sentbreak(text)
                    if len(self._verdicts) >= self.MAX_CACHED:
                        self._verdicts.clear()
                    self._verdicts[text] = v
                return v

        _FAST_PUNKT = FastPunkt
    return _FAST_PUNKT


def tokenizer(params: PunktParameters) -> PunktSentenceTokenizer:
    return _fast_punkt_class()(params)


def _lines(text: str, start: int) -> Iterator[tuple[int, int]]:
    pos = start
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl
        yield pos, end
        pos = end + 1


def _pieces(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """start:end in pieces of at most `limit` characters, each cut after the last space
    within the limit (or at the limit, in a run without spaces)."""
    while end - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        cut = start + limit if cut < 0 else cut + 1
        yield start, cut
        start = cut
    yield start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]" or pattern[i - 1] == "["
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


@cache
def _junk() -> tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...]]:
    """The junk patterns anchored at the start, joined (they can only match there), and the rest."""
    anchored, other = [], []
    for p in lexicon.junk_patterns():
        if all(b.startswith("^") for b in _branches(p.pattern)) and not p.flags & re.MULTILINE:
            anchored.append(p)
        else:
            other.append(p)
    joined = re.compile("|".join(f"(?:{p.pattern})" for p in anchored), re.IGNORECASE) if anchored else None
    return joined, tuple(other)


def is_junk(sentence: str) -> bool:
    s = sentence.strip()
    if not _WORDISH.search(s):
        return True
    anchored, other = _junk()
    if anchored is not None and anchored.match(s):
        return True
    return any(p.search(s) for p in other)


def bylines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Author spans of a byline line ("by X and Y March 5 …", "Authors: X, Y")."""
    line = text[start:end]
    for rx in (_BYLINE, _AUTHORS_LINE):
        m = rx.match(line)
        if m:
            a, b = _trim(text, start + m.start("authors"), start + m.end("authors"))
            if b > a and len(text[a:b].split()) <= 20:
                return [(a, b)]
    return []


def split_authors(authors: str) -> list[str]:
    parts = re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", authors)
    return [p.strip() for p in parts if p.strip()]


def split(text: str, punkt: PunktSentenceTokenizer) -> list[Span]:
    """Sentence and byline spans of one document, junk left out, in reading order."""
    _, body = seed_header(text)
    may_break = getattr(punkt, "may_break", None)
    spans: list[Span] = []
    for ls, le in _lines(text, body):
        ls, le = _trim(text, ls, le)
        if ls >= le:
            continue
        by = bylines(text, ls, le)
        if by:
            spans.extend(Span(a, b, "byline") for a, b in by)
            continue
        for ps, pe in _pieces(text, ls, le, MAX_LINE_CHARS):
            spans.extend(_sentences(text, ps, pe, punkt, may_break))
    return spans


def _opens_sentence(word: str, punkt: PunktSentenceTokenizer) -> bool:
    w = word.lower()
    learned = getattr(getattr(punkt, "_params", None), "sent_starters", ())
    return w in lexicon.words("sentence_openers") or w in learned


def _rejoin_initialisms(line: str, spans: list[tuple[int, int]],
                        punkt: PunktSentenceTokenizer) -> list[tuple[int, int]]:
    """Punkt's spans of a line, a break after an initialism undone unless a sentence opener
    follows: Reuters writes "the U.S. Would be pleased" and "160 mln U.S. Dlr plant", and the
    word after "U.S." looks like a sentence's first word (sentence_openers.txt says why)."""
    if len(spans) < 2:
        return spans
    out = [spans[0]]
    for s, e in spans[1:]:
        ps, pe = out[-1]
        m = _FIRST_WORD.match(line, s)
        if m and _INITIALISM_END.search(line, ps, pe) and not _opens_sentence(m.group(1), punkt):
            out[-1] = (ps, e)
        else:
            out.append((s, e))
    return out


def _sentences(text: str, ls: int, le: int, punkt: PunktSentenceTokenizer, may_break) -> Iterator[Span]:
    line = text[ls:le]
    if (may_break(line) if may_break else _SENT_END.search(line, 0, len(line) - 1)) is None:
        line_spans: Iterable[tuple[int, int]] = ((0, len(line)),)  # what Punkt gives such a line
    else:
        line_spans = _rejoin_initialisms(line, list(punkt.span_tokenize(line)), punkt)
    for s, e in line_spans:
        a, b = _trim(text, ls + s, ls + e)
        # a credit ends the (trimmed) sentence with ")": only then is it looked for
        credit = _CREDIT.search(text, a, b) if b > a and text[b - 1] == ")" else None
        if credit:  # a photo credit is never a passage, alone or after a caption
            a, b = _trim(text, a, credit.start())
        if b <= a or is_junk(text[a:b]):
            continue
        if b - a <= MAX_SENTENCE_CHARS:
            yield Span(a, b)
            continue
        for pa, pb in _pieces(text, a, b, MAX_SENTENCE_CHARS):
            pa, pb = _trim(text, pa, pb)
            if pb > pa:
                yield Span(pa, pb, cut=True)
