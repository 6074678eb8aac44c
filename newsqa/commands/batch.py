"""`qa batch FILE`: one question per line (or JSONL with a 'question' key) in, JSONL out.

A line that cannot be read or asked gives an error record and the run goes on; the
exit code says whether some (1) or all (2) could not be asked.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Iterator
from typing import Any

from newsqa.commands.common import add_filters, add_min_confidence, engine, positive
from newsqa.export import FORMATS, write
from newsqa.output import warn
from qa.errors import QAError
from qa.inputs import loads, read_bytes, split_lines
from qa.safe_text import clean_input


def add(sub: argparse._SubParsersAction, corpus_options: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("batch", help="answer one question per line (or JSONL with a 'question' key); JSONL out")
    corpus_options(p)
    add_min_confidence(p)
    add_filters(p)
    p.add_argument("file", help="questions file, or '-' for standard input")
    p.add_argument("-n", "--answers", type=positive, default=3, metavar="N", help="answers per question (default 3)")
    p.add_argument("--explain", action="store_true", help="include the rule and ranking features")
    p.add_argument("--format", choices=[f for f in FORMATS if f != "text"], default="jsonl",
                   help="jsonl (default: one result per line, as they come), json (one array), csv (one row per "
                        "answer) or markdown")


def questions(path: str) -> Iterator[tuple[str, str, str | None]]:
    """(id, question, error) for each question of a text file (one per line) or JSONL
    with a 'question' key; a line that cannot be read gives its error, not a stop."""
    name, data = read_bytes(path, "questions file")
    for lineno, line in split_lines(data):
        if line is None:
            yield str(lineno), "", f"{name}:{lineno}: not UTF-8"
            continue
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if not s.startswith("{"):
            yield str(lineno), clean_input(s), None
            continue
        try:
            rec = loads(s)
        except ValueError as exc:
            yield str(lineno), "", f"{name}:{lineno}: not valid JSON ({exc})"
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("question"), str):
            yield str(lineno), "", f"{name}:{lineno}: no 'question' text"
            continue
        qid = rec.get("id", lineno)
        yield clean_input(str(qid) if isinstance(qid, (str, int)) else str(lineno)), clean_input(rec["question"]), None


def run(args: argparse.Namespace) -> int:
    asked = list(questions(args.file))
    if not asked:
        raise QAError(f"no questions in {args.file}")
    failed: list[str] = []
    for piece in write(_results(args, asked, failed), args.format):
        print(piece, end="", flush=True)
    if failed and len(failed) == len(asked):
        raise QAError(f"no question in {args.file} could be asked ({failed[0]})")
    if failed:
        warn(f"{len(failed)} of {len(asked)} questions could not be asked (first: {failed[0]})")
        return 1
    return 0


def _results(args: argparse.Namespace, asked: list[tuple[str, str, str | None]],
             failed: list[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(id, result as JSON) for each question, or (id, {question, error}) for one that failed."""
    eng = None
    for qid, q, error in asked:
        if error is None:
            try:
                eng = eng or engine(args)
                yield qid, eng.ask(q, max_answers=args.answers, explain=args.explain).model_dump(mode="json")
                continue
            except QAError as exc:
                if eng is None:  # the corpus itself cannot be used: nothing can be asked
                    raise
                error = str(exc)
            except Exception as exc:  # a bug on one question: the others are still asked
                if os.environ.get("NEWSQA_DEBUG") or eng is None:
                    raise
                error = f"unexpected {type(exc).__name__}: {exc}"
        failed.append(error)
        yield qid, {"question": q, "error": error}
