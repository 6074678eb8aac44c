"""The `qa` command: the terminal UI by default, and scripted subcommands.

Every user mistake ends as one line on stderr and a non-zero exit code, never a
traceback: 1 means "no answer" (or failed checks), 2 bad input.
"""

from __future__ import annotations

import argparse
import io
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from qa.errors import QAError
from qa.safe_text import (
    MARK_END,
    MARK_START,
    clean_input,
    json_text,
    one_line,
    printable,
)

HIGHLIGHT = {True: ("\x1b[1;7m", "\x1b[0m"), False: ("[", "]")}


class SafeOutput(io.TextIOBase):
    """stdout or stderr as every command writes to it: nothing untrusted reaches the
    terminal raw. Each write is made `printable` (control characters, escape sequences
    and bidi marks shown as visible stand-ins); the CLI's own highlight marks then become
    reverse video on a colour terminal and brackets elsewhere. JSON goes out through
    `json_text`, which leaves nothing here to replace, so it stays exact."""

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


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line instead of usage + message
        self.exit(2, f"{self.prog}: error: {one_line(message)} (see '{self.prog} --help')\n")


def _warn(msg: str) -> None:
    print(f"qa: warning: {one_line(msg)}", file=sys.stderr)


def _non_negative(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {n}")
    return n


def _positive(value: str) -> int:
    n = _non_negative(value)
    if n == 0:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def _add_corpus(p: argparse.ArgumentParser) -> None:
    d = argparse.SUPPRESS if p.prog != "qa" else None  # subcommands inherit the top-level values
    p.add_argument("--corpus", metavar="PATH", default=d,
                   help="folder of articles (searched recursively) or a .jsonl file; default: the seed articles")
    p.add_argument("--index-dir", metavar="DIR", default=d,
                   help="where the persistent index is kept (default: the user cache directory)")
    p.add_argument("--no-cache", action="store_true", default=argparse.SUPPRESS if d is not None else False,
                   help="build the index in memory only; neither read nor write the cache")
    p.add_argument("--follow-links", action="store_true",
                   default=argparse.SUPPRESS if d is not None else bool(os.environ.get("NEWSQA_FOLLOW_LINKS")),
                   help="read symbolic links that lead outside the corpus folder (skipped by default; "
                        "or set NEWSQA_FOLLOW_LINKS=1)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="qa", description="Ask questions of a folder of news articles; every answer is a cited span of the source.")
    _add_corpus(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("ask", help="answer one question")
    _add_corpus(p)
    p.add_argument("question", nargs="+", help="the question (quote it, or give it as several words)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--explain", action="store_true", help="show the rule and ranking features of each answer")
    p.add_argument("-n", "--answers", type=_positive, default=3, metavar="N", help="answers to show (default 3)")

    p = sub.add_parser("batch", help="answer one question per line (or JSONL with a 'question' key); JSONL out")
    _add_corpus(p)
    p.add_argument("file", help="questions file, or '-' for standard input")
    p.add_argument("-n", "--answers", type=_positive, default=3, metavar="N", help="answers per question (default 3)")
    p.add_argument("--explain", action="store_true", help="include the rule and ranking features")

    p = sub.add_parser("show", help="print a cited sentence with its neighbours (DOC:N), or a whole article (DOC)")
    _add_corpus(p)
    p.add_argument("ref", help="DOC:N (sentence N of document DOC) or DOC")
    p.add_argument("-C", "--context", type=_non_negative, default=1, metavar="K", help="sentences of context each side (default 1)")
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

    return Engine.from_path(args.corpus, warn=_warn, index_dir=args.index_dir, cache=not args.no_cache,
                            follow_links=args.follow_links)


def _color() -> bool:
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _mark(text: str, start: int, end: int) -> str:
    """`text` made printable, with the span start:end marked for highlighting."""
    if start < 0 or end > len(text) or start >= end:
        return printable(text)
    return (printable(text[:start]) + MARK_START + printable(text[start:end]) + MARK_END
            + printable(text[end:]))


def _print_result(res, explain: bool) -> None:
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
        print("   " + _mark(one_line(c.sentence), c.span_start - c.sentence_start, c.span_end - c.sentence_start))
        if a.support:
            print("   also in: " + ", ".join(f"{one_line(s.doc_id)}:{s.sentence_index}" for s in a.support))
        if explain and a.explain:
            feats = ", ".join(f"{k}={v:g}" for k, v in a.explain.features.items())
            print(f"   rule {a.explain.rule}; {feats}")


def _json(value: Any, indent: int | None = None) -> str:
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


def cmd_ask(args: argparse.Namespace) -> int:
    question = clean_input(" ".join(args.question))
    engine = _engine(args)
    res = engine.ask(question, max_answers=args.answers, explain=args.explain)
    if args.json:
        print(_json(res.model_dump(mode="json"), indent=2))
    else:
        _print_result(res, args.explain)
    return 0 if res.answers else 1


def _questions(path: str):
    """(id, question, error) for each question of a text file (one per line) or JSONL
    with a 'question' key; a line that cannot be read gives its error, not a stop."""
    from qa.inputs import loads, read_bytes, split_lines

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


def cmd_batch(args: argparse.Namespace) -> int:
    questions = list(_questions(args.file))
    if not questions:
        raise QAError(f"no questions in {args.file}")
    engine = None
    failed: list[str] = []
    for qid, q, error in questions:
        if error is None:
            try:
                engine = engine or _engine(args)
                res = engine.ask(q, max_answers=args.answers, explain=args.explain)
                print(_json({"id": qid, **res.model_dump(mode="json")}), flush=True)
                continue
            except QAError as exc:
                if engine is None:  # the corpus itself cannot be used: nothing can be asked
                    raise
                error = str(exc)
            except Exception as exc:  # a bug on one question: the others are still asked
                if os.environ.get("NEWSQA_DEBUG") or engine is None:
                    raise
                error = f"unexpected {type(exc).__name__}: {exc}"
        failed.append(error)
        print(_json({"id": qid, "question": q, "error": error}), flush=True)
    if failed and len(failed) == len(questions):
        raise QAError(f"no question in {args.file} could be asked ({failed[0]})")
    if failed:
        _warn(f"{len(failed)} of {len(questions)} questions could not be asked (first: {failed[0]})")
        return 1
    return 0


def _parse_ref(engine, ref: str) -> tuple[str, int | None]:
    """(document id, sentence index or None) of DOC:N or DOC. An id that itself ends in
    ':N' names its whole document unless the part before is a document too."""
    head, sep, tail = ref.rpartition(":")
    if sep and tail.isascii() and tail.isdigit() and head in engine.index.by_id:
        return head, int(tail)
    return ref, None


def cmd_show(args: argparse.Namespace) -> int:
    engine = _engine(args)
    doc_id, index = _parse_ref(engine, args.ref)
    doc = engine.document(doc_id)
    span = None
    if args.span:
        a, _, b = args.span.partition(":")
        if not (a.isascii() and a.isdigit() and b.isascii() and b.isdigit()):
            raise QAError(f"--span takes START:END character offsets, not {args.span!r}")
        span = (int(a), int(b))
    print(f"{one_line(doc.id)}" + (f" — {one_line(doc.title)}" if doc.title else "")
          + (f" ({doc.date})" if doc.date else ""))
    passages = engine.passages(doc_id)
    if index is None:
        lo, hi = 0, len(passages)
    else:
        engine.passage(doc_id, index)  # error if out of range
        lo, hi = max(0, index - args.context), min(len(passages), index + args.context + 1)
    for p in passages[lo:hi]:
        text = one_line(p.text)
        if span and p.start <= span[0] < span[1] <= p.end:
            text = _mark(text, span[0] - p.start, span[1] - p.start)
        pointer = ">" if p.index == index else " "
        kind = " (byline)" if p.kind == "byline" else ""
        print(f"{pointer} [{p.index}] {text}{kind}  ({p.start}-{p.end})")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """Check the citations of an answers file against the corpus the user names (or the
    default one): the file's own "corpus" field never decides what is read."""
    from qa.corpus import load_corpus
    from qa.pipeline import default_corpus_path
    from qa.verify import read_results, verify

    results, bad = read_results(args.file)
    root = Path(args.corpus).expanduser() if args.corpus is not None else default_corpus_path()
    docs = load_corpus(root, _warn, follow_links=args.follow_links)
    recorded = {r.corpus for _, r in results if r.corpus}
    if recorded and all(not _same_path(c, root) for c in recorded):
        named = one_line(min(recorded))
        _warn(f"the answers were made from {named}; checking them against {root} (use --corpus to choose)")
    checked, problems = verify(results, docs)
    problems = bad + problems
    for p in problems:
        print(one_line(p))
    print(f"{checked} citations checked in {len(results)} results: "
          + ("all match the source" if not problems else f"{len(problems)} problems"))
    return 1 if problems else 0


def _same_path(recorded: str, root: Path) -> bool:
    """Whether a path read from a file names `root`, compared as text (never looked up)."""
    import posixpath

    return posixpath.normpath(recorded) in {str(root), str(root.resolve())}


def cmd_eval(args: argparse.Namespace) -> int:
    from qa.evaluate import (
        format_failures,
        format_table,
        load_gold,
        score_one,
        summarize,
    )

    items = load_gold(args.gold)
    engine = _engine(args)
    outcomes = []
    for item in items:
        try:
            res = engine.ask(clean_input(item.question))
            outcomes.append(score_one(item, res.answers))
        except QAError as exc:
            outcomes.append(score_one(item, [], error=str(exc)))
        except Exception as exc:  # a bug on one question: the others are still scored
            if os.environ.get("NEWSQA_DEBUG"):
                raise
            outcomes.append(score_one(item, [], error=f"unexpected {type(exc).__name__}: {exc}"))
    table = summarize(outcomes)
    if args.json:
        print(_json(table, indent=2))
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
    command = None
    saved = sys.stdout, sys.stderr
    if sys.stdout is not None and sys.stderr is not None:  # everything printed from here on is made safe
        sys.stdout, sys.stderr = SafeOutput(sys.stdout, _color()), SafeOutput(sys.stderr, False)
    try:
        args = parser.parse_args(argv)
        command = COMMANDS.get(args.command)
        if command is None:  # the terminal UI writes to the terminal itself
            sys.stdout, sys.stderr = saved
            command = cmd_tui
        return command(args)
    except QAError as exc:
        print(f"qa: error: {one_line(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("qa: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `qa batch … | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, saved[0].fileno())
        return 0
    except Exception as exc:  # a bug: one line, not a traceback (NEWSQA_DEBUG=1 shows it)
        if os.environ.get("NEWSQA_DEBUG"):
            raise
        print(f"qa: error: unexpected {type(exc).__name__}: {one_line(str(exc))[:200]} "
              "(a bug: please report it; NEWSQA_DEBUG=1 shows where)", file=sys.stderr)
        return 3
    finally:
        try:
            sys.stdout.flush()
        except (BrokenPipeError, OSError, ValueError):
            pass
        sys.stdout, sys.stderr = saved


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
