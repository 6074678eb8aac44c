"""Question history, persisted as one question per line in the user's data directory.

The directory is `platformdirs.user_data_dir("newsqa")`, or `$NEWSQA_DATA_DIR` when set
(tests point it at a temporary directory). A history that cannot be read or written
never stops the app: it just lives in memory for the session.
"""

from __future__ import annotations

import os
from pathlib import Path

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
    return " ".join(question.split())


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
            lines = self.path.read_text(encoding="utf-8").splitlines()
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
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(self.path.name + ".tmp")
            tmp.write_text("".join(q + "\n" for q in self.entries), encoding="utf-8")
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
