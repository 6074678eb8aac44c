"""`qa show DOC:N` (a cited sentence with its neighbours) or `qa show DOC` (a whole article)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from newsqa.commands.common import engine, non_negative
from newsqa.output import mark
from qa.errors import QAError
from qa.safe_text import one_line


def add(sub: argparse._SubParsersAction, corpus_options: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("show", help="print a cited sentence with its neighbours (DOC:N), or a whole article (DOC)")
    corpus_options(p)
    p.add_argument("ref", help="DOC:N (sentence N of document DOC) or DOC")
    p.add_argument("-C", "--context", type=non_negative, default=1, metavar="K",
                   help="sentences of context each side (default 1)")
    p.add_argument("--span", metavar="START:END", help="character offsets of an answer to highlight")


def parse_ref(engine, ref: str) -> tuple[str, int | None]:
    """(document id, sentence index or None) of DOC:N or DOC. An id that itself ends in
    ':N' names its whole document unless the part before is a document too."""
    head, sep, tail = ref.rpartition(":")
    if sep and tail.isascii() and tail.isdigit() and head in engine.index.by_id:
        return head, int(tail)
    return ref, None


def run(args: argparse.Namespace) -> int:
    eng = engine(args)
    doc_id, index = parse_ref(eng, args.ref)
    doc = eng.document(doc_id)
    span = None
    if args.span:
        a, _, b = args.span.partition(":")
        if not (a.isascii() and a.isdigit() and b.isascii() and b.isdigit()):
            raise QAError(f"--span takes START:END character offsets, not {args.span!r}")
        span = (int(a), int(b))
    print(f"{one_line(doc.id)}" + (f" — {one_line(doc.title)}" if doc.title else "")
          + (f" ({doc.date})" if doc.date else ""))
    passages = eng.passages(doc_id)
    if index is None:
        lo, hi = 0, len(passages)
    else:
        eng.passage(doc_id, index)  # error if out of range
        lo, hi = max(0, index - args.context), min(len(passages), index + args.context + 1)
    for p in passages[lo:hi]:
        text = one_line(p.text)
        if span and p.start <= span[0] < span[1] <= p.end:
            text = mark(text, span[0] - p.start, span[1] - p.start)
        pointer = ">" if p.index == index else " "
        kind = " (byline)" if p.kind == "byline" else ""
        print(f"{pointer} [{p.index}] {text}{kind}  ({p.start}-{p.end})")
    return 0
