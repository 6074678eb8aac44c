"""The `qa` command: the terminal UI by default, and scripted subcommands.

Every user mistake ends as one line on stderr and a non-zero exit code, never a
traceback: 1 means "no answer" (or failed checks), 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from qa.errors import QAError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line instead of usage + message
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _warn(msg: str) -> None:
    print(f"qa: warning: {msg}", file=sys.stderr)


def _add_corpus(p: argparse.ArgumentParser) -> None:
    d = argparse.SUPPRESS if p.prog != "qa" else None  # subcommands inherit the top-level values
    p.add_argument("--corpus", metavar="PATH", default=d,
                   help="folder of articles (searched recursively) or a .jsonl file; default: the seed articles")
    p.add_argument("--index-dir", metavar="DIR", default=d,
                   help="where the persistent index is kept (default: the user cache directory)")
    p.add_argument("--no-cache", action="store_true", default=argparse.SUPPRESS if d is not None else False,
                   help="build the index in memory only; neither read nor write the cache")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="qa", description="Ask questions of a folder of news articles; every answer is a cited span of the source.")
    _add_corpus(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("ask", help="answer one question")
    _add_corpus(p)
    p.add_argument("question", nargs="+", help="the question (quote it, or give it as several words)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--explain", action="store_true", help="show the rule and ranking features of each answer")
    p.add_argument("-n", "--answers", type=int, default=3, metavar="N", help="answers to show (default 3)")

    p = sub.add_parser("batch", help="answer one question per line (or JSONL with a 'question' key); JSONL out")
    _add_corpus(p)
    p.add_argument("file", help="questions file, or '-' for standard input")
    p.add_argument("-n", "--answers", type=int, default=3, metavar="N", help="answers per question (default 3)")
    p.add_argument("--explain", action="store_true", help="include the rule and ranking features")

    p = sub.add_parser("show", help="print a cited sentence with its neighbours (DOC:N), or a whole article (DOC)")
    _add_corpus(p)
    p.add_argument("ref", help="DOC:N (sentence N of document DOC) or DOC")
    p.add_argument("-C", "--context", type=int, default=1, metavar="K", help="sentences of context each side (default 1)")
    p.add_argument("--span", metavar="START:END", help="character offsets of an answer to highlight")

    p = sub.add_parser("verify", help="re-check every citation in ask --json / batch output against the source")
    _add_corpus(p)
    p.add_argument("file", help="answers file (JSON or JSONL), or '-' for standard input")

    p = sub.add_parser("eval", help="exact match / F1 / value accuracy on a gold JSONL file, per answer type")
    _add_corpus(p)
    p.add_argument("gold", help="gold questions (JSONL: type, question, answers, normalized)")
    p.add_argument("--failures", action="store_true", help="list every question the top answer got wrong")
    p.add_argument("--json", action="store_true", help="print the metrics as JSON")

    p = sub.add_parser("index", help="build (or update) the persistent index of a corpus")
    _add_corpus(p)

    p = sub.add_parser("bench", help="measure index build, retrieval and answer latency against rank_bm25 and bm25s")
    from qa.bench import add_arguments as add_bench_arguments

    add_bench_arguments(p)
    return parser


def _engine(args: argparse.Namespace):
    from qa.pipeline import Engine

    return Engine.from_path(args.corpus, warn=_warn, index_dir=args.index_dir, cache=not args.no_cache)


def _color() -> bool:
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _mark(text: str, start: int, end: int, color: bool) -> str:
    if start < 0 or end > len(text) or start >= end:
        return text
    a, b = ("\x1b[1;7m", "\x1b[0m") if color else ("[", "]")
    return text[:start] + a + text[start:end] + b + text[end:]


def _print_result(res, explain: bool, color: bool) -> None:
    print(f"Q: {res.question}  [{res.analysis.type.value}]")
    if not res.answers:
        print("No answer: no sentence in the corpus gives one.")
        if res.passages:
            print("Best-matching sentences:")
            for rp in res.passages[:3]:
                p = rp.passage
                print(f"  - {p.doc_id}:{p.index}  {p.text}")
                if rp.rejected:
                    print(f"      ruled out: {rp.rejected}")
        return
    for i, a in enumerate(res.answers, start=1):
        c = a.citation
        value = f"  = {a.display}" if a.display else ""
        print(f"{i}. {a.text}{value}   ({a.type.value}, score {a.score:.3f})")
        where = f"{c.doc_id}, sentence {c.sentence_index}" + (f", {c.doc_date}" if c.doc_date else "")
        print(f"   {where}")
        print("   " + _mark(c.sentence, c.span_start - c.sentence_start, c.span_end - c.sentence_start, color))
        if a.support:
            print("   also in: " + ", ".join(f"{s.doc_id}:{s.sentence_index}" for s in a.support))
        if explain and a.explain:
            feats = ", ".join(f"{k}={v:g}" for k, v in a.explain.features.items())
            print(f"   rule {a.explain.rule}; {feats}")


def cmd_ask(args: argparse.Namespace) -> int:
    question = " ".join(args.question)
    engine = _engine(args)
    res = engine.ask(question, max_answers=max(1, args.answers), explain=args.explain)
    if args.json:
        print(res.model_dump_json(indent=2, exclude_none=False))
    else:
        _print_result(res, args.explain, _color())
    return 0 if res.answers else 1


def _questions(path: str):
    """(id, question) from a text file of questions or JSONL with a 'question' key."""
    from qa.inputs import read_text

    _, text = read_text(path, "questions file")
    for lineno, line in enumerate(text.splitlines(), start=1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("{"):
            try:
                rec = json.loads(s)
            except json.JSONDecodeError:
                raise QAError(f"{path}:{lineno}: not valid JSON") from None
            yield str(rec.get("id", lineno)), str(rec.get("question", ""))
        else:
            yield str(lineno), s


def cmd_batch(args: argparse.Namespace) -> int:
    questions = list(_questions(args.file))
    if not questions:
        raise QAError(f"no questions in {args.file}")
    engine = _engine(args)
    failed = 0
    for qid, q in questions:
        try:
            res = engine.ask(q, max_answers=max(1, args.answers), explain=args.explain)
            rec = {"id": qid, **res.model_dump(mode="json")}
        except QAError as exc:
            failed += 1
            rec = {"id": qid, "question": q, "error": str(exc)}
        print(json.dumps(rec, ensure_ascii=False), flush=True)
    return 2 if failed == len(questions) else 0


def cmd_show(args: argparse.Namespace) -> int:
    engine = _engine(args)
    ref = args.ref
    doc_id, index = ref, None
    if ":" in ref:
        head, tail = ref.rsplit(":", 1)
        if tail.isdigit():
            doc_id, index = head, int(tail)
    doc = engine.document(doc_id)
    span = None
    if args.span:
        try:
            a, b = (int(x) for x in args.span.split(":"))
        except ValueError:
            raise QAError(f"--span takes START:END character offsets, not {args.span!r}") from None
        span = (a, b)
    color = _color()
    print(f"{doc.id}" + (f" — {doc.title}" if doc.title else "") + (f" ({doc.date})" if doc.date else ""))
    passages = engine.passages(doc_id)
    if index is None:
        lo, hi = 0, len(passages)
    else:
        engine.passage(doc_id, index)  # error if out of range
        lo, hi = max(0, index - args.context), min(len(passages), index + args.context + 1)
    for p in passages[lo:hi]:
        text = p.text
        if span and p.start <= span[0] < span[1] <= p.end:
            text = _mark(text, span[0] - p.start, span[1] - p.start, color)
        pointer = ">" if p.index == index else " "
        kind = " (byline)" if p.kind == "byline" else ""
        print(f"{pointer} [{p.index}] {text}{kind}  ({p.start}-{p.end})")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from qa.corpus import load_corpus
    from qa.pipeline import default_corpus_path
    from qa.verify import read_results, verify

    results = list(read_results(args.file))
    corpus = args.corpus
    if corpus is None:
        recorded = {r.corpus for _, r in results if r.corpus}
        corpus = recorded.pop() if len(recorded) == 1 else None
    docs = load_corpus(corpus if corpus is not None else default_corpus_path(), _warn)
    checked, problems = verify(results, docs)
    for p in problems:
        print(p)
    print(f"{checked} citations checked in {len(results)} results: "
          + ("all match the source" if not problems else f"{len(problems)} problems"))
    return 1 if problems else 0


def cmd_eval(args: argparse.Namespace) -> int:
    from qa.evaluate import format_failures, format_table, load_gold, score_one, summarize

    items = load_gold(args.gold)
    engine = _engine(args)
    outcomes = []
    for item in items:
        try:
            res = engine.ask(item.question)
            outcomes.append(score_one(item, res.answers))
        except QAError as exc:
            outcomes.append(score_one(item, [], error=str(exc)))
    table = summarize(outcomes)
    if args.json:
        print(json.dumps(table, indent=2))
    else:
        print(format_table(table))
        if args.failures:
            fails = format_failures(outcomes)
            print("\nFailures:\n" + (fails or "(none)"))
    return 0


def cmd_tui(args: argparse.Namespace) -> int:
    if args.corpus is not None and not Path(args.corpus).expanduser().exists():
        raise QAError(f"corpus path not found: {args.corpus}")
    try:
        from tui.app import run
    except ImportError as exc:  # pragma: no cover - only without the UI package
        raise QAError(f"the terminal UI is not available ({exc})") from None
    return run(args.corpus)  # None: the seed corpus


def cmd_index(args: argparse.Namespace) -> int:
    from qa.store import cli_index

    return cli_index(args, warn=_warn)


def cmd_bench(args: argparse.Namespace) -> int:
    from qa.bench import cli_bench

    return cli_bench(args, warn=_warn)


COMMANDS = {"ask": cmd_ask, "batch": cmd_batch, "show": cmd_show, "verify": cmd_verify, "eval": cmd_eval,
            "index": cmd_index, "bench": cmd_bench}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS.get(args.command, cmd_tui)(args)
    except QAError as exc:
        print(f"qa: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("qa: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `qa batch … | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
