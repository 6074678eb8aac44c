"""Reading a corpus: seed-format articles, plain text/Markdown files, and JSON Lines.

Bad files are skipped with a one-line warning so one broken article never costs
the rest of the corpus; a missing path is an error.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from qa.errors import QAError
from qa.models import Document

TEXT_SUFFIXES = {".txt", ".md", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}

Warn = Callable[[str], None]


def _ignore(_: str) -> None:
    pass


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_date(value: object) -> dt.date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def seed_header(text: str) -> tuple[dt.date | None, int]:
    """The date of a ` date YYYY-MM-DD …` first line and where the body starts after it."""
    import re

    m = re.match(r"[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*", text)
    if not m:
        return None, 0
    return parse_date(m.group(1)), m.end()


def decode(path: Path, data: bytes, warn: Warn) -> str | None:
    """Text of a file, or None (after a warning) when it is empty, binary or not UTF-8."""
    if not data.strip():
        warn(f"skipped {path}: empty file")
        return None
    if b"\x00" in data[:8192]:
        warn(f"skipped {path}: binary file")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        warn(f"skipped {path}: not UTF-8 (bad byte at offset {exc.start})")
        return None


def read_bytes(path: Path, warn: Warn) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as exc:
        warn(f"skipped {path}: {exc.strerror or exc}")
        return None


@dataclass(frozen=True, slots=True)
class Record:
    """A document as read from its file, before it becomes a Document."""

    id: str
    title: str | None
    date: dt.date | None
    text: str
    line: int  # its line in a JSON Lines file; 0 for a text file

    def document(self, path: Path) -> Document:
        source = f"{path}:{self.line}" if self.line else str(path)
        return Document(id=self.id, title=self.title, date=self.date, source=source, text=self.text,
                        sha256=sha256(self.text))


def text_record(path: Path, doc_id: str, warn: Warn, data: bytes | None = None) -> Record | None:
    data = read_bytes(path, warn) if data is None else data
    if data is None:
        return None
    text = decode(path, data, warn)
    if text is None:
        return None
    date, _ = seed_header(text)
    return Record(doc_id, None, date, text, 0)


def text_document(path: Path, doc_id: str, warn: Warn) -> Document | None:
    rec = text_record(path, doc_id, warn)
    return rec.document(path) if rec else None


def jsonl_records(path: Path, warn: Warn, prefix: str = "", data: bytes | None = None) -> Iterator[Record]:
    data = read_bytes(path, warn) if data is None else data
    if data is None:
        return
    text = decode(path, data, warn)
    del data
    if text is None:
        return
    seen: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            warn(f"skipped {path}:{lineno}: not valid JSON")
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            warn(f"skipped {path}:{lineno}: no 'text' field")
            continue
        body = rec["text"]
        if not body.strip():
            warn(f"skipped {path}:{lineno}: empty text")
            continue
        raw_id = rec.get("id")
        doc_id = prefix + (str(raw_id) if raw_id not in (None, "") else str(lineno))
        if doc_id in seen:
            warn(f"skipped {path}:{lineno}: duplicate id {doc_id!r}")
            continue
        seen.add(doc_id)
        title = rec.get("title") if isinstance(rec.get("title"), str) else None
        yield Record(doc_id, title, parse_date(rec.get("date")), body, lineno)


def jsonl_documents(path: Path, warn: Warn, prefix: str = "") -> Iterator[Document]:
    for rec in jsonl_records(path, warn, prefix):
        yield rec.document(path)


def corpus_files(root: Path) -> list[Path]:
    """Article files under a folder, in a stable order, hidden files left out."""
    files = []
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root)
        if any(part.startswith(".") or part == "__pycache__" for part in rel.parts):
            continue
        if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES:
            files.append(p)
    return files


def file_records(path: Path, doc_id: str, warn: Warn, data: bytes | None = None) -> list[Record]:
    """The records of one corpus file (`data`: its bytes, when already read)."""
    if path.suffix.lower() in JSONL_SUFFIXES:
        prefix = "" if doc_id == "" else f"{doc_id}#"
        return list(jsonl_records(path, warn, prefix=prefix, data=data))
    rec = text_record(path, doc_id, warn, data)
    return [rec] if rec else []


def load_file(path: Path, doc_id: str, warn: Warn) -> list[Document]:
    return [rec.document(path) for rec in file_records(path, doc_id, warn)]


def corpus_entries(path: str | Path) -> tuple[Path, list[tuple[Path, str]]]:
    """The corpus root as given, and its files with the document id (or id prefix) of each."""
    root = Path(path).expanduser()
    if not root.exists():
        raise QAError(f"corpus path not found: {root}")
    if root.is_file():
        suffix = root.suffix.lower()
        if suffix not in TEXT_SUFFIXES | JSONL_SUFFIXES:
            raise QAError(f"unsupported corpus file {root} (expected .txt, .md or .jsonl)")
        return root, [(root, "" if suffix in JSONL_SUFFIXES else root.name)]
    return root, [(f, f.relative_to(root).as_posix()) for f in corpus_files(root)]


def load_corpus(path: str | Path, warn: Warn = _ignore) -> list[Document]:
    """All documents under `path` (a folder, searched recursively, or one file)."""
    root, entries = corpus_entries(path)
    docs = []
    for f, doc_id in entries:
        docs.extend(load_file(f, doc_id, warn))
    if not docs:
        raise QAError(f"no readable articles in {root}")
    return docs
