"""`qa timeline QUESTION`: every value the archive gives for a question, in date order, each
with its dates, sources, citations and confidence; numbers over time drawn as a chart."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from newsqa.commands.common import add_filters, engine, probability
from newsqa.export import answer_rows, csv_text
from newsqa.output import json_out
from qa.markdown import code, md
from qa.safe_text import clean_input, one_line

CHART_SIZE = (72, 14)


def add(sub: argparse._SubParsersAction, corpus_options: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("timeline", help="every value the archive gives for a question, in date order")
    corpus_options(p)
    add_filters(p)
    p.add_argument("question", nargs="+", help="the question (quote it, or give it as several words)")
    p.add_argument("--min-confidence", type=probability, default=None, metavar="P",
                   help="leave out values less likely than P (default 0.1: a timeline shows how sure each is)")
    p.add_argument("--format", choices=["text", "json", "jsonl", "csv", "markdown"], default="text",
                   help="text (default, with a chart of numbers), json, jsonl (a value per line), csv (a row "
                        "per citation) or markdown")
    p.add_argument("--json", action="store_true", help="the same as --format json")
    p.add_argument("--no-chart", action="store_true", help="text without the chart")


def run(args: argparse.Namespace) -> int:
    question = clean_input(" ".join(args.question))
    tl = engine(args).timeline(question, min_confidence=args.min_confidence)
    data = tl.model_dump(mode="json")
    fmt = "json" if args.json else args.format
    if fmt == "json":
        print(json_out(data, indent=2))
    elif fmt == "jsonl":
        for e in data["entries"]:
            print(json_out({"question": question, **e}))
    elif fmt == "csv":
        print(csv_text(_citation_rows(data)), end="")
    elif fmt == "markdown":
        print(_markdown(data))
    else:
        print_timeline(tl, chart=not args.no_chart)
    return 0 if tl.entries else 1


def _citation_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """One CSV row per citation of each value (the answer-row columns, p the value's)."""
    rows: list[dict[str, Any]] = []
    for e in data["entries"]:
        answers = [{"text": e["text"], "type": data["analysis"]["type"], "display": e["display"], "score": e["p"],
                    "citation": c} for c in e["citations"]]
        rows.extend(answer_rows("", {"question": data["question"], "corpus": data["corpus"], "answers": answers}))
    return rows


def _markdown(data: dict[str, Any]) -> str:
    out = [f"### Timeline: {md(data['question'])}", ""]
    if not data["entries"]:
        return "\n".join([*out, "*No value found.*"])
    out += ["| first | value | p | articles | first cited |", "|---|---|---|---|---|"]
    for e in data["entries"]:
        c = e["citations"][0]
        value = md(e["display"] or e["text"])
        out.append(f"| {e['first'] or 'undated'} | {value} | {e['p']:.2f} | {e['articles']} | "
                   f"{code(str(c['doc_id']) + ':' + str(c['sentence_index']))} |")
    return "\n".join(out)


def print_timeline(tl, chart: bool = True) -> None:
    print(f"Q: {one_line(tl.question)}  [{tl.analysis.type.value}]")
    if tl.filtered is not None:
        from newsqa.commands.ask import within

        print(within(tl.filtered))
    if not tl.entries:
        print(f"No value found in {tl.passages_read} matching passages (from p {tl.min_confidence:.2f}).")
        return
    print(f"{len(tl.entries)} values in {tl.passages_read} matching passages (from p {tl.min_confidence:.2f}), "
          "earliest first:")
    for e in tl.entries:
        span = f"{e.first} to {e.last}" if e.first and e.last and e.last != e.first else str(e.first or "undated")
        value = one_line(e.text) + (f"  = {one_line(e.display)}" if e.display else "")
        print(f"  {span:<24} {value}   (p {e.p:.2f}, {e.articles} article{'s' if e.articles != 1 else ''})")
        c = e.citations[0]
        print(f"  {'':<24}   {one_line(c.doc_id)}:{c.sentence_index}  {one_line(c.sentence)[:100]}")
    if chart:
        from qa.timeline import chart as timeline_chart

        drawn = timeline_chart(tl, *CHART_SIZE)
        if drawn:
            print()
            print(drawn)
