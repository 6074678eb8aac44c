"""Corpus text made inert in Markdown, and an answer's sentence as a Markdown quote with its
citation: shared by `qa ask/batch --format markdown` and the UI's "copy as Markdown".

Every character Markdown could read as markup (emphasis, links, images, code, HTML, table
breaks, headings) is escaped, so a quoted sentence from an untrusted article stays text.

    >>> md("*1.5 bln* [dlrs](x)")
    '\\\\*1.5 bln\\\\* \\\\[dlrs\\\\](x)'
"""

from __future__ import annotations

import re
from typing import Any

_SPECIAL = re.compile(r"([\\`*_\[\]{}<>#|!~])")
_SPACE = re.compile(r"\s+")


def md(text: Any) -> str:
    """Text made inert in Markdown: special characters escaped, on one line."""
    return _SPECIAL.sub(r"\\\1", _SPACE.sub(" ", str(text)))


def code(text: Any) -> str:
    """Text as inline code (backticks cannot occur inside it, so they are dropped)."""
    return "`" + _SPACE.sub(" ", str(text)).replace("`", "") + "`"


def bold_span(sentence: str, lo: int, hi: int) -> str:
    """The sentence escaped, with [lo, hi) (offsets into the sentence) in bold."""
    if not 0 <= lo < hi <= len(sentence):
        return md(sentence)
    return md(sentence[:lo]) + "**" + md(sentence[lo:hi]) + "**" + md(sentence[hi:])


def quote(sentence: str, lo: int, hi: int, ref: str, title: str | None, date: str | None) -> str:
    """A Markdown block quote of the sentence (the answer in bold), then its citation: the
    title, the date and `DOC:N`, the reference `qa show` takes."""
    said = ", ".join(md(x) for x in (title, date) if x)
    return f"> {bold_span(sentence, lo, hi)}\n>\n> — {said + ' ' if said else ''}({code(ref)})\n"
