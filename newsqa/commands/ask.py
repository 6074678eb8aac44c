"""`qa ask QUESTION`: the best answers, each in its cited sentence (or JSON)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from newsqa.commands.common import add_filters, add_min_confidence, engine, positive
from newsqa.export import FORMATS, write
from newsqa.output import mark
from qa.safe_text import clean_input, one_line


def add(sub: argparse._SubParsersAction, corpus_options: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("ask", help="answer one question")
    corpus_options(p)
    add_min_confidence(p)
    add_filters(p)
    p.add_argument("question", nargs="+", help="the question (quote it, or give it as several words; '-' reads it "
                                               "from standard input)")
    p.add_argument("--json", action="store_true", help="print the result as JSON (--format json)")
    p.add_argument("--format", choices=FORMATS, default="text",
                   help="text (default), json, jsonl, csv (one row per answer) or markdown (quotes with citations)")
    p.add_argument("--explain", action="store_true", help="show the rule and ranking features of each answer")
    p.add_argument("-n", "--answers", type=positive, default=3, metavar="N", help="answers to show (default 3)")


def run(args: argparse.Namespace) -> int:
    question = clean_input(_stdin_question() if args.question == ["-"] else " ".join(args.question))
    res = engine(args).ask(question, max_answers=args.answers, explain=args.explain)
    fmt = "json" if args.json else args.format
    if fmt == "text":
        print_result(res, args.explain)
    else:
        for piece in write([("", res.model_dump(mode="json"))], fmt):
            print(piece, end="")
    return 0 if res.answers else 1


def _stdin_question() -> str:
    """`qa ask -`: the question is what standard input holds."""
    from qa.inputs import read_text

    return read_text("-", "question")[1].strip()


def print_result(res, explain: bool) -> None:
    print(f"Q: {one_line(res.question)}  [{res.analysis.type.value}]")
    if res.filtered is not None:
        print(within(res.filtered))
    if not res.answers:
        print(_withheld(res) or "No answer: no sentence in the corpus gives one.")
        if res.passages:
            print("Best-matching sentences:")
            for rp in res.passages[:3]:
                p = rp.passage
                print(f"  - {one_line(p.doc_id)}:{p.index}  {one_line(p.text)}")
                if rp.rejected:
                    print(f"      ruled out: {one_line(rp.rejected)}")
        return
    for i, a in enumerate(res.answers, start=1):
        c = a.citation
        value = f"  = {one_line(a.display)}" if a.display else ""
        print(f"{i}. {one_line(a.text)}{value}   ({a.type.value}, {_confidence(res, a.score)})")
        where = f"{one_line(c.doc_id)}, sentence {c.sentence_index}" + (f", {c.doc_date}" if c.doc_date else "")
        print(f"   {where}")
        print("   " + mark(one_line(c.sentence), c.span_start - c.sentence_start, c.span_end - c.sentence_start))
        if a.support:
            print("   also in: " + ", ".join(f"{one_line(s.doc_id)}:{s.sentence_index}" for s in a.support))
        if explain and a.explain:
            print_explanation(a.explain)


def within(f) -> str:
    """The line that says what a filter kept."""
    parts = []
    if f.since or f.until:
        parts.append(f"{f.since or '…'} to {f.until or '…'}")
    if f.sources:
        parts.append("sources " + ", ".join(one_line(s) for s in f.sources))
    left = (f"; {f.undated_left_out:,} undated articles left out (--undated keep keeps them)"
            if f.undated_left_out else "")
    return f"Within {'; '.join(parts) or 'the filter'}: {f.documents:,} of {f.of:,} articles{left}."


def _confidence(res, score: float) -> str:
    """"p 0.91" when the score is the model's probability, else the rules' score."""
    return f"p {score:.2f}" if res.min_confidence is not None else f"score {score:.3f}"


def _withheld(res) -> str:
    w = res.withheld
    if w is None or res.min_confidence is None:
        return ""
    return (f"No answer sure enough: the likeliest, \"{one_line(w.text)}\" ({one_line(w.citation.doc_id)}:"
            f"{w.citation.sentence_index}), has p {w.score:.2f}, under the bar of {res.min_confidence:.2f}.")


SHOWN = 12  # features listed by --explain, the rest summed


def print_explanation(e) -> None:
    """The rule, then each feature's share of the log-odds of being right (largest first)."""
    print(f"   rule {e.rule}")
    if e.contributions:
        shown = [(k, v) for k, v in e.contributions.items() if k != "bias"]
        parts = [f"{k} {v:+.2f}" for k, v in shown[:SHOWN]]
        rest = sum(v for _, v in shown[SHOWN:])
        more = f", {len(shown) - SHOWN} more {rest:+.2f}" if len(shown) > SHOWN else ""
        print(f"   log-odds {sum(e.contributions.values()):+.2f} = bias {e.contributions.get('bias', 0.0):+.2f}, "
              + ", ".join(parts) + more)
    else:
        print("   features: " + ", ".join(f"{k}={v:g}" for k, v in e.features.items()))
