"""Reading a corpus: seed-format articles, plain text/Markdown files, and JSON Lines.

Bad files are skipped with a one-line warning so one broken article never costs
the rest of the corpus; a missing path is an error.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from qa.errors import QAError
from qa.inputs import loads, split_lines
from qa.mapped import MAP_AT, Mapped, blank
from qa.models import Document
from qa.safe_text import clean_input

TEXT_SUFFIXES = {".txt", ".md", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
MAX_DEPTH = 100  # folders deeper than this below the corpus are not read

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


def read_bytes(path: Path, warn: Warn) -> bytes | Mapped | None:
    """A file's bytes; a large JSON Lines file mapped instead (its pages let go as it is parsed)."""
    try:
        if path.suffix.lower() in JSONL_SUFFIXES and path.stat().st_size >= MAP_AT:
            return Mapped(path)
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
    outlet: str | None = None  # a JSON Lines record's own "source" value ("agnews"), if any

    def document(self, path: Path) -> Document:
        source = f"{path}:{self.line}" if self.line else str(path)
        return Document(id=self.id, title=self.title, date=self.date, source=source, text=self.text,
                        sha256=sha256(self.text), outlet=self.outlet)


def text_record(path: Path, doc_id: str, warn: Warn, data: bytes | Mapped | None = None) -> Record | None:
    data = read_bytes(path, warn) if data is None else data
    if data is None:
        return None
    if isinstance(data, Mapped):  # only JSON Lines files are mapped; a text file is read whole
        data = data[:]
    text = decode(path, data, warn)
    if text is None:
        return None
    date, _ = seed_header(text)
    return Record(doc_id, None, date, text, 0)


def jsonl_records(path: Path, warn: Warn, prefix: str = "", data: bytes | Mapped | None = None, *,
                  lines_before: int = 0, seen: set[str] | None = None) -> Iterator[Record]:
    """The records of a JSON Lines file. Lines end at "\\n" only and are read one by one:
    a line that is not UTF-8 or not JSON costs that record (with a warning), not the file.
    `data` may be the file's tail after `lines_before` whole lines whose ids are `seen`
    (an update reads only what was appended)."""
    data = read_bytes(path, warn) if data is None else data
    if data is None:
        return
    if blank(data):
        warn(f"skipped {path}: empty file")
        return
    if b"\x00" in data[:8192]:
        warn(f"skipped {path}: binary file")
        return
    seen = set() if seen is None else seen
    for lineno, line in split_lines(data):
        lineno += lines_before
        if line is None:
            warn(f"skipped {path}:{lineno}: not UTF-8")
            continue
        if not line.strip():
            continue
        try:
            rec = loads(line)
        except ValueError as exc:
            why = "nested too deeply" if "nested" in str(exc) else "not valid JSON"
            warn(f"skipped {path}:{lineno}: {why}")
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            warn(f"skipped {path}:{lineno}: no 'text' field")
            continue
        body = clean_input(rec["text"])  # a lone "\\ud800" escape becomes U+FFFD, same length
        if not body.strip():
            warn(f"skipped {path}:{lineno}: empty text")
            continue
        raw_id = rec.get("id")
        doc_id = prefix + clean_input(str(raw_id) if raw_id not in (None, "") else str(lineno))
        if doc_id in seen:
            warn(f"skipped {path}:{lineno}: duplicate id {doc_id!r}")
            continue
        seen.add(doc_id)
        title = clean_input(rec["title"]) if isinstance(rec.get("title"), str) else None
        outlet = clean_input(rec["source"]).strip()[:200] if isinstance(rec.get("source"), str) else ""
        yield Record(doc_id, title, parse_date(rec.get("date")), body, lineno, outlet or None)


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def corpus_files(root: Path, warn: Warn = _ignore, follow_links: bool = False) -> list[Path]:
    """Article files under a folder, in a stable order, hidden files left out.

    The walk keeps its own stack (a folder nested thousands deep is no crash) and stops
    MAX_DEPTH folders down. A folder that cannot be read is skipped with a warning. A
    symbolic link whose target lies outside the corpus is skipped with a warning unless
    `follow_links`: an archive from elsewhere must not make this app read (and show) a
    file of yours. Links to folders inside the corpus are not followed (their files are
    read where they are); followed folders are entered once each, so a link cycle ends.
    """
    real_root = os.path.realpath(root)
    files: list[Path] = []
    entered = {real_root}
    stack: list[tuple[Path, int]] = [(root, 0)]
    while stack:
        folder, depth = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError as exc:
            warn(f"skipped {folder}: {exc.strerror or exc}")
            continue
        for entry in entries:
            if entry.name.startswith(".") or entry.name == "__pycache__":
                continue
            path = folder / entry.name
            try:
                is_link = entry.is_symlink()
                is_dir = entry.is_dir()
                is_file = not is_dir and entry.is_file()
            except OSError:
                continue
            wanted = is_file and Path(entry.name).suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES
            if is_link and (is_dir or wanted):
                target = os.path.realpath(path)
                if not _inside(target, real_root) and not follow_links:
                    warn(f"skipped {path}: a link to {target}, outside the corpus (--follow-links reads it)")
                    continue
                if is_dir and (_inside(target, real_root) or target in entered):
                    continue
                if is_dir:
                    entered.add(target)
            elif is_link and not is_dir and not is_file and Path(entry.name).suffix.lower() in (
                    TEXT_SUFFIXES | JSONL_SUFFIXES):
                warn(f"skipped {path}: a broken link")
                continue
            if is_dir:
                if depth + 1 > MAX_DEPTH:
                    warn(f"skipped {path}: more than {MAX_DEPTH} folders deep")
                    continue
                stack.append((path, depth + 1))
            elif wanted:
                files.append(path)
    return sorted(files)


def file_records(path: Path, doc_id: str, warn: Warn, data: bytes | None = None) -> list[Record]:
    """The records of one corpus file (`data`: its bytes, when already read)."""
    return list(iter_file_records(path, doc_id, warn, data))


def iter_file_records(path: Path, doc_id: str, warn: Warn, data: bytes | Mapped | None = None) -> Iterator[Record]:
    """The records of one corpus file, one at a time (a large JSON Lines file is not held as records)."""
    if path.suffix.lower() in JSONL_SUFFIXES:
        prefix = "" if doc_id == "" else f"{doc_id}#"
        yield from jsonl_records(path, warn, prefix=prefix, data=data)
        return
    rec = text_record(path, doc_id, warn, data)
    if rec:
        yield rec


def load_file(path: Path, doc_id: str, warn: Warn) -> list[Document]:
    return [rec.document(path) for rec in file_records(path, doc_id, warn)]


def corpus_entries(path: str | Path, warn: Warn = _ignore,
                   follow_links: bool = False) -> tuple[Path, list[tuple[Path, str]]]:
    """The corpus root (absolute), and its files with the document id (or id prefix) of each."""
    # absolute and normalized (symbolic links kept as named): citations then say the same
    # wherever the command ran, and `./news`, `news/` and `/home/me/news` are one corpus
    root = Path(os.path.abspath(Path(path).expanduser()))
    if not root.exists():
        raise QAError(f"corpus path not found: {root}")
    if root.is_file():
        suffix = root.suffix.lower()
        if suffix not in TEXT_SUFFIXES | JSONL_SUFFIXES:
            raise QAError(f"unsupported corpus file {root} (expected .txt, .md or .jsonl)")
        # a record's id is "file.jsonl#id" whether the file or its folder was named
        return root, [(root, root.name)]
    if not root.is_dir():
        raise QAError(f"not a file or folder: {root}")
    files = corpus_files(root, warn, follow_links)
    return root, [(f, f.relative_to(root).as_posix()) for f in files]


def load_corpus(path: str | Path, warn: Warn = _ignore, follow_links: bool = False) -> list[Document]:
    """All documents under `path` (a folder, searched recursively, or one file)."""
    root, entries = corpus_entries(path, warn, follow_links)
    docs = []
    for f, doc_id in entries:
        docs.extend(load_file(f, doc_id, warn))
    if not docs:
        raise QAError(f"no readable articles in {root}")
    return docs


def default_corpus_path() -> Path:
    """The seed articles: installed inside the package, or beside it in a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise QAError("the default seed corpus is missing; pass --corpus PATH")
