"""Text from a corpus, a question or an answers file made safe to show on a terminal.

Such text is untrusted: an article holding ``ESC ] 52 ; c ; … BEL`` would write the
reader's clipboard if printed raw, ``ESC ] 0 ;`` retitles the window, a bidi override
reorders what is read, a newline in a file name splits a warning in two. Everything a
front end shows passes through `printable` (or `one_line`), which maps each such
character to one visible stand-in, so offsets into the text stay valid for
highlighting. JSON output keeps the exact text: `json_text` writes those characters
as ``\\uXXXX`` escapes, which any JSON reader turns back into the original.
"""

from __future__ import annotations

import json
import re
from typing import Any

# C0 and C1 controls and DEL, the bidi embedding/override/isolate marks, the line and
# paragraph separators, and lone surrogates (undecodable bytes; not encodable as UTF-8).
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff"
# What the CLI uses to mark a highlighted span; a text's own copies are shown as U+FFFD.
MARK_START, MARK_END = "\ue000", "\ue001"
_MARKS = MARK_START + MARK_END
_MULTI_LINE = re.compile(f"[{_UNSAFE}{_MARKS}]")
_MULTI_LINE_MARKED = re.compile(f"[{_UNSAFE}]")
_ONE_LINE = re.compile(f"[{_UNSAFE}{_MARKS}\t\n]")
_JSON_UNSAFE = re.compile(f"[{_UNSAFE}{_MARKS}]")


def _stand_in(ch: str) -> str:
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ … ␛ … ␟ (␉ for tab, ␊ for newline)
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def _sub(m: re.Match[str]) -> str:
    return _stand_in(m.group())


def printable(text: str, *, keep_marks: bool = False) -> str:
    """`text` with every control, bidi or separator character replaced by one visible
    character (newlines and tabs kept); the result has the same length. With
    `keep_marks`, the highlight marks stay (for the output stream that turns them into
    colour; texts reach it through `printable` first, so their own marks are gone)."""
    return (_MULTI_LINE_MARKED if keep_marks else _MULTI_LINE).sub(_sub, text)


def one_line(text: str) -> str:
    """Like `printable`, and newlines and tabs shown too: for names, titles,
    questions and messages, which must stay on their one line (␊ and ␉)."""
    return _ONE_LINE.sub(_sub, text)


def is_printable(text: str, *, allow: str = "\n\t") -> bool:
    """Whether `text` holds no character that `printable` would replace (but `allow`)."""
    return all(ch in allow for ch in _ONE_LINE.findall(text))


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def json_text(value: Any, **kwargs: Any) -> str:
    """`json.dumps(value, ensure_ascii=False)`, with the characters a terminal would act
    on (and lone surrogates, which cannot be written as UTF-8) escaped: the same JSON
    value, safe to print."""
    return _JSON_UNSAFE.sub(_escape, json.dumps(value, ensure_ascii=False, **kwargs))


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_input(text: str) -> str:
    """A question or line as typed: bytes that were not UTF-8 (which Python keeps as lone
    surrogates) and lone UTF-16 surrogates from a JSON escape become U+FFFD, so the text
    can be searched, printed and written as UTF-8. Its length does not change."""
    return _SURROGATE.sub("\ufffd", text)
