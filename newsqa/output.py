"""Everything the CLI prints goes out here: made safe for a terminal, highlighted when it is one.

Corpus text, file names, ids, titles and questions are untrusted: `SafeOutput` wraps
stdout and stderr so that no control character or escape sequence reaches the terminal
raw (`qa.safe_text`), and JSON goes out through `json_out`, exact and escaped.
"""

from __future__ import annotations

import io
import math
import os
import sys
from typing import Any, TextIO

from qa.safe_text import MARK_END, MARK_START, json_text, one_line, printable

HIGHLIGHT = {True: ("\x1b[1;7m", "\x1b[0m"), False: ("[", "]")}


class SafeOutput(io.TextIOBase):
    """stdout or stderr as every command writes to it: nothing untrusted reaches the
    terminal raw. Each write is made `printable` (control characters, escape sequences
    and bidi marks shown as visible stand-ins); the CLI's own highlight marks then become
    reverse video on a colour terminal and brackets elsewhere. JSON goes out through
    `json_out`, which leaves nothing here to replace, so it stays exact."""

    def __init__(self, raw: TextIO, color: bool) -> None:
        self.raw = raw
        self._open, self._close = HIGHLIGHT[color]

    def write(self, s: str) -> int:
        safe = printable(s, keep_marks=True)
        if MARK_START in safe or MARK_END in safe:
            safe = safe.replace(MARK_START, self._open).replace(MARK_END, self._close)
        self.raw.write(safe)
        return len(s)

    def flush(self) -> None:
        self.raw.flush()

    def isatty(self) -> bool:
        return self.raw.isatty()

    def fileno(self) -> int:
        return self.raw.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.raw, "encoding", "utf-8")


def color() -> bool:
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def warn(msg: str) -> None:
    print(f"qa: warning: {one_line(msg)}", file=sys.stderr)


def mark(text: str, start: int, end: int) -> str:
    """`text` made printable, with the span start:end marked for highlighting."""
    if start < 0 or end > len(text) or start >= end:
        return printable(text)
    return (printable(text[:start]) + MARK_START + printable(text[start:end]) + MARK_END
            + printable(text[end:]))


def json_out(value: Any, indent: int | None = None) -> str:
    """JSON text for the output (exact, control characters escaped; NaN as null)."""
    return json_text(_finite(value), indent=indent)


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value
