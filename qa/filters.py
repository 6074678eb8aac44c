"""Narrowing an archive to a period and to sources, inside retrieval: the best passages
*within* the filter, not the best overall filtered afterwards.

    --since 1987-03-01 --until 1987-03-31     the article's date, inclusive
    --undated keep|drop                       articles with no date (default: left out when a
                                              date bound is given, and the result says how many)
    --source NAME (repeatable)                a corpus file or folder: its path within the
                                              corpus ("bbc.jsonl", "business/"), its name or its
                                              stem ("bbc"); or a JSON Lines record's own "source"
                                              value ("agnews")

A filter becomes one boolean per BM25 row, made once per filter and engine (a few
milliseconds at a million sentences) from the index's date and file arrays.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, Field

from qa.errors import QAError
from qa.models import Applied

__all__ = ["Applied", "Filter", "documents", "outlet_names", "parse_date", "rows", "source_file", "summary",
           "top_level_sources"]


class Filter(BaseModel):
    since: dt.date | None = None
    until: dt.date | None = None
    undated: Literal["keep", "drop"] | None = Field(
        default=None, description="articles with no date; default: dropped when a date bound is given")
    sources: list[str] = []

    @property
    def active(self) -> bool:
        return bool(self.since or self.until or self.sources or self.undated == "drop")

    def keeps_undated(self) -> bool:
        if self.undated is not None:
            return self.undated == "keep"
        return not (self.since or self.until)


def parse_date(text: str, end: bool = False) -> dt.date:
    """A date bound: 1987-03-07, 1987-03 (its first or, for --until, last day) or 1987."""
    t = text.strip()
    try:
        if len(t) == 4 and t.isdigit():
            return dt.date(int(t), 12, 31) if end else dt.date(int(t), 1, 1)
        if len(t) == 7 and t[4] == "-":
            y, m = int(t[:4]), int(t[5:])
            first = dt.date(y, m, 1)
            if not end:
                return first
            return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return dt.date.fromisoformat(t)
    except ValueError:
        raise QAError(f"not a date: {text!r} (use YYYY-MM-DD, YYYY-MM or YYYY)") from None


def _dates_and_files(index: Any) -> tuple[np.ndarray, np.ndarray, list[Path]]:
    docs = index.docs
    if hasattr(docs, "dates") and hasattr(docs, "files"):
        dates = docs.dates()
        file_of, files = docs.files()
        return dates, file_of, files
    dates = np.array([d.date.toordinal() if d.date else 0 for d in docs], dtype=np.int64)
    names: dict[str, int] = {}
    file_of = np.array([names.setdefault(source_file(d.source), len(names)) for d in docs], dtype=np.int64)
    return dates, file_of, [Path(n) for n in names]


def _outlets(index: Any) -> tuple[np.ndarray, list[str]]:
    """Every document's outlet (a JSON Lines record's own "source" value) as an index into the
    names (-1: none)."""
    docs = index.docs
    if hasattr(docs, "outlets"):
        return docs.outlets()
    names: dict[str, int] = {}
    of = np.array([names.setdefault(d.outlet, len(names)) if d.outlet else -1 for d in docs], dtype=np.int64)
    return of, list(names)


def source_file(source: str) -> str:
    """A document's file: its source without the ":line" of a JSON Lines record."""
    head, _, tail = source.rpartition(":")
    return head if head and tail.isdigit() else source


def _matches(name: str, path: Path, root: Path) -> bool:
    try:
        rel = path.relative_to(root).as_posix()
    except ValueError:
        rel = path.name
    want = name.strip().rstrip("/")
    return want in {rel, path.name, path.stem, str(path)} or rel.startswith(want + "/")


def documents(f: Filter, index: Any, root: Path) -> tuple[np.ndarray, Applied]:
    """One boolean per document: kept by the filter; and what was kept."""
    dates, file_of, files = _dates_and_files(index)
    keep = np.ones(len(dates), dtype=bool)
    if f.sources:
        keep &= _chosen_sources(f.sources, file_of, files, index, root)
    undated = dates == 0
    if f.since:
        keep &= undated | (dates >= f.since.toordinal())
    if f.until:
        keep &= undated | (dates <= f.until.toordinal())
    left_out = 0
    if not f.keeps_undated():
        left_out = int((keep & undated).sum())
        keep &= ~undated
    return keep, Applied(since=f.since, until=f.until, sources=f.sources, documents=int(keep.sum()),
                         of=len(dates), undated_left_out=left_out)


def _chosen_sources(sources: list[str], file_of: np.ndarray, files: list[Path], index: Any,
                    root: Path) -> np.ndarray:
    """The documents in one of the named corpus files or folders, or whose record names one of
    them as its own source (case aside: "agnews" and "AGNews" are one outlet)."""
    outlet_of, outlet_names = _outlets(index)
    wanted = {s.strip().lower() for s in sources}
    named = {n.lower() for n in outlet_names}
    hits = np.array([[_matches(s, p, root) for p in files] for s in sources], dtype=bool).reshape(len(sources), -1)
    by_file = np.any(hits, axis=0, keepdims=False).reshape(-1)
    by_outlet = np.array([n.lower() in wanted for n in outlet_names] + [False], dtype=bool)  # [-1]: none
    unknown = [s for s, row in zip(sources, hits) if not row.any() and s.strip().lower() not in named]
    if unknown:
        raise QAError(f"no corpus file, folder or record source is called {unknown[0]!r} (--source takes a "
                      "file's path within the corpus, its name or its stem, or a JSON Lines 'source' value)")
    keep: np.ndarray = by_file[file_of] if len(files) else np.zeros(len(file_of), dtype=bool)
    if outlet_names:
        keep = keep | by_outlet[outlet_of]
    return keep


def outlet_names(index: Any) -> list[str]:
    """The JSON Lines 'source' values the corpus's records give, sorted."""
    return sorted(_outlets(index)[1])


def top_level_sources(index: Any, root: Path) -> list[str]:
    """The corpus's files and folders right under its root ("bbc.jsonl", "business/"), sorted."""
    _, _, files = _dates_and_files(index)
    names: set[str] = set()
    for path in files:
        try:
            parts = path.relative_to(root).parts
        except ValueError:
            parts = (path.name,)
        if parts:
            names.add(parts[0] + ("/" if len(parts) > 1 else ""))
    return sorted(names)


def summary(f: Filter) -> str:
    """A filter in a few words: "1987-03-01 to 1987-03-31 · bbc · undated kept"."""
    parts = []
    if f.since and f.until:
        parts.append(f"{f.since} to {f.until}")
    elif f.since:
        parts.append(f"since {f.since}")
    elif f.until:
        parts.append(f"until {f.until}")
    if f.sources:
        parts.append(", ".join(f.sources))
    if f.undated is not None:
        parts.append(f"undated {'kept' if f.undated == 'keep' else 'left out'}")
    return " · ".join(parts)


def rows(keep_docs: np.ndarray, index: Any) -> np.ndarray:
    """The documents kept, as one boolean per BM25 row (the passages that are searched)."""
    return keep_docs[index.p_doc[index.rows]]
