"""Question history, persisted as one question per line in the user's data directory.

The directory is `platformdirs.user_data_dir("newsqa")`, or `$NEWSQA_DATA_DIR` when set
(tests point it at a temporary directory). What someone asked is private: the folder is
made 0700 and the file 0600. A history that cannot be read or written never stops the
app: it just lives in memory for the session.
"""

from __future__ import annotations

import os
from pathlib import Path

from qa import one_line

ENV_VAR = "NEWSQA_DATA_DIR"
FILENAME = "history.txt"
LIMIT = 500


def data_dir() -> Path:
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("newsqa"))


def _clean(question: str) -> str:
    """One line, printable: a question pasted from an article can hold escape sequences."""
    return one_line(" ".join(question.split()))


class History:
    """Earlier questions, oldest first, without duplicates (a repeat moves to the end)."""

    def __init__(self, path: Path | None, limit: int = LIMIT) -> None:
        self.path = path
        self.limit = limit
        self.entries: list[str] = []
        self.error: str | None = None
        """The last read/write problem, if any (shown once as a notification)."""

    @classmethod
    def load(cls, path: Path | None = None) -> History:
        history = cls(path if path is not None else data_dir() / FILENAME)
        history._read()
        return history

    def _read(self) -> None:
        if self.path is None or not self.path.exists():
            return
        try:
            lines = self.path.read_text(encoding="utf-8").split("\n")
        except (OSError, UnicodeDecodeError) as exc:
            self.error = f"could not read question history {self.path}: {exc}"
            return
        seen: dict[str, None] = {}
        for line in lines:
            q = _clean(line)
            if q:
                seen.pop(q, None)
                seen[q] = None
        self.entries = list(seen)[-self.limit:]

    def add(self, question: str) -> None:
        q = _clean(question)
        if not q:
            return
        if q in self.entries:
            self.entries.remove(q)
        self.entries.append(q)
        del self.entries[: -self.limit]
        self._write()

    def _write(self) -> None:
        if self.path is None:
            return
        try:
            folder = self.path.parent
            folder.parent.mkdir(parents=True, exist_ok=True)
            folder.mkdir(mode=0o700, exist_ok=True)
            tmp = self.path.with_name(self.path.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write("".join(q + "\n" for q in self.entries))
            os.chmod(tmp, 0o600)  # a .tmp left by an older version keeps its mode otherwise
            os.replace(tmp, self.path)
        except OSError as exc:
            self.error = f"could not save question history to {self.path}: {exc.strerror or exc}"

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, index: int) -> str:
        return self.entries[index]

    def latest_with_prefix(self, prefix: str) -> str | None:
        """The most recent question starting with `prefix` (case-insensitive)."""
        p = prefix.casefold()
        for q in reversed(self.entries):
            if q.casefold().startswith(p) and len(q) > len(prefix):
                return q
        return None
