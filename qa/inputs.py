"""Reading the text files and pipes the commands take, with one-line errors."""

from __future__ import annotations

import sys
from pathlib import Path

from qa.errors import QAError


def read_text(path: str, what: str = "file") -> tuple[str, str]:
    """(name, text) of a UTF-8 file, or of standard input when `path` is '-'."""
    if path == "-":
        return "<stdin>", sys.stdin.read()
    p = Path(path)
    if not p.is_file():
        raise QAError(f"{what} not found: {path}")
    try:
        return path, p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise QAError(f"{path} is not UTF-8 text") from None
    except OSError as exc:
        raise QAError(f"cannot read {path}: {exc.strerror or exc}") from None
