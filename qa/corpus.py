"""Reading a corpus: seed-format articles, plain text/Markdown files, and JSON Lines.

Bad files are skipped with a one-line warning so one broken article never costs
the rest of the corpus; a missing path is an error.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator
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


def text_document(path: Path, doc_id: str, warn: Warn) -> Document | None:
    data = read_bytes(path, warn)
    if data is None:
        return None
    text = decode(path, data, warn)
    if text is None:
        return None
    date, _ = seed_header(text)
    return Document(id=doc_id, date=date, source=str(path), text=text, sha256=sha256(text))


def jsonl_documents(path: Path, warn: Warn, prefix: str = "") -> Iterator[Document]:
    data = read_bytes(path, warn)
    if data is None:
        return
    text = decode(path, data, warn)
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
        yield Document(
            id=doc_id,
            title=title,
            date=parse_date(rec.get("date")),
            source=f"{path}:{lineno}",
            text=body,
            sha256=sha256(body),
        )


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


def load_file(path: Path, doc_id: str, warn: Warn) -> list[Document]:
    if path.suffix.lower() in JSONL_SUFFIXES:
        prefix = "" if doc_id == "" else f"{doc_id}#"
        return list(jsonl_documents(path, warn, prefix=prefix))
    doc = text_document(path, doc_id, warn)
    return [doc] if doc else []


def load_corpus(path: str | Path, warn: Warn = _ignore) -> list[Document]:
    """All documents under `path` (a folder, searched recursively, or one file)."""
    root = Path(path).expanduser()
    if not root.exists():
        raise QAError(f"corpus path not found: {root}")
    if root.is_file():
        suffix = root.suffix.lower()
        if suffix not in TEXT_SUFFIXES | JSONL_SUFFIXES:
            raise QAError(f"unsupported corpus file {root} (expected .txt, .md or .jsonl)")
        docs = load_file(root, "" if suffix in JSONL_SUFFIXES else root.name, warn)
    else:
        docs = []
        for f in corpus_files(root):
            docs.extend(load_file(f, f.relative_to(root).as_posix(), warn))
    if not docs:
        raise QAError(f"no readable articles in {root}")
    return docs
