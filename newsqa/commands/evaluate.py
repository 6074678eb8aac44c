"""`qa eval GOLD`: exact match, F1, value accuracy and no-answer precision/recall per answer type."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable

from newsqa.commands.common import engine
from newsqa.output import json_out
from qa.errors import QAError
from qa.evaluate import format_failures, format_table, load_gold, score_one, summarize
from qa.safe_text import clean_input


def add(sub: argparse._SubParsersAction, corpus_options: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("eval", help="exact match / F1 / value accuracy on a gold JSONL file, per answer type")
    corpus_options(p)
    p.add_argument("gold", help="gold questions (JSONL: type, question, answers, normalized)")
    p.add_argument("--failures", action="store_true", help="list every question the top answer got wrong")
    p.add_argument("--json", action="store_true", help="print the metrics as JSON")


def run(args: argparse.Namespace) -> int:
    items = load_gold(args.gold)
    eng = engine(args)
    outcomes = []
    for item in items:
        try:
            res = eng.ask(clean_input(item.question))
            outcomes.append(score_one(item, res.answers))
        except QAError as exc:
            outcomes.append(score_one(item, [], error=str(exc)))
        except Exception as exc:  # a bug on one question: the others are still scored
            if os.environ.get("NEWSQA_DEBUG"):
                raise
            outcomes.append(score_one(item, [], error=f"unexpected {type(exc).__name__}: {exc}"))
    table = summarize(outcomes)
    if args.json:
        print(json_out(table, indent=2))
    else:
        print(format_table(table))
        if args.failures:
            fails = format_failures(outcomes)
            print("\nFailures:\n" + (fails or "(none)"))
    return 0
