"""Reading the files and pipes the commands take, with one-line errors.

Every such file is untrusted input. Lines are split at "\\n" only (JSON Lines allows
U+2028, U+0085 or \\x1c inside a record, and `str.splitlines` would split there), each
line is decoded on its own so one bad byte costs one record, and JSON nested deeper
than the parser's recursion limit is an error for that record, not a crash.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from qa.errors import QAError
from qa.mapped import Mapped, release


def read_bytes(path: str, what: str = "file") -> tuple[str, bytes]:
    """(name, bytes) of a file, or of standard input when `path` is '-'."""
    if path == "-":
        return "<stdin>", sys.stdin.buffer.read()
    p = Path(path)
    if not p.is_file():
        raise QAError(f"{what} not found: {path}")
    try:
        return path, p.read_bytes()
    except OSError as exc:
        raise QAError(f"cannot read {path}: {exc.strerror or exc}") from None


def read_text(path: str, what: str = "file") -> tuple[str, str]:
    """(name, text) of a UTF-8 file, or of standard input when `path` is '-'."""
    name, data = read_bytes(path, what)
    try:
        return name, data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise QAError(f"{name} is not UTF-8 text") from None


def split_lines(data: bytes | Mapped) -> Iterator[tuple[int, str | None]]:
    """(line number, text) of each line of `data`, split at b"\\n" only; the text is None
    for a line that is not UTF-8. A UTF-8 byte order mark and "\\r" line ends go. A mapped
    file's pages are let go behind the line being read."""
    start = 3 if data[:3] == b"\xef\xbb\xbf" else 0
    n = len(data)
    lineno = 0
    while start <= n:  # one line at a time: a large file is not copied into a list of lines
        release(data, start)
        end = data.find(b"\n", start)
        if end < 0:
            end = n
        lineno += 1
        try:
            yield lineno, data[start:end].decode("utf-8").removesuffix("\r")
        except UnicodeDecodeError:
            yield lineno, None
        start = end + 1


def loads(text: str) -> Any:
    """json.loads that fails with ValueError only (RecursionError on deep nesting too)."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("nested too deeply") from None
