"""`qa ask QUESTION`: the best answers, each in its cited sentence (or JSON)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from newsqa.commands.common import engine, positive
from newsqa.output import json_out, mark
from qa.safe_text import clean_input, one_line


def add(sub: argparse._SubParsersAction, corpus_options: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("ask", help="answer one question")
    corpus_options(p)
    p.add_argument("question", nargs="+", help="the question (quote it, or give it as several words)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--explain", action="store_true", help="show the rule and ranking features of each answer")
    p.add_argument("-n", "--answers", type=positive, default=3, metavar="N", help="answers to show (default 3)")


def run(args: argparse.Namespace) -> int:
    question = clean_input(" ".join(args.question))
    res = engine(args).ask(question, max_answers=args.answers, explain=args.explain)
    if args.json:
        print(json_out(res.model_dump(mode="json"), indent=2))
    else:
        print_result(res, args.explain)
    return 0 if res.answers else 1


def print_result(res, explain: bool) -> None:
    print(f"Q: {one_line(res.question)}  [{res.analysis.type.value}]")
    if not res.answers:
        print("No answer: no sentence in the corpus gives one.")
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
        print(f"{i}. {one_line(a.text)}{value}   ({a.type.value}, score {a.score:.3f})")
        where = f"{one_line(c.doc_id)}, sentence {c.sentence_index}" + (f", {c.doc_date}" if c.doc_date else "")
        print(f"   {where}")
        print("   " + mark(one_line(c.sentence), c.span_start - c.sentence_start, c.span_end - c.sentence_start))
        if a.support:
            print("   also in: " + ", ".join(f"{one_line(s.doc_id)}:{s.sentence_index}" for s in a.support))
        if explain and a.explain:
            feats = ", ".join(f"{k}={v:g}" for k, v in a.explain.features.items())
            print(f"   rule {a.explain.rule}; {feats}")
