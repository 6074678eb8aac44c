"""Answers written out for other tools: JSON, JSON Lines, CSV and Markdown, each answer with
its full citation (document, sentence, character offsets, date, source).

Corpus text is untrusted here too: CSV cells that a spreadsheet would run as a formula
(starting with = + - @ or a tab) are written with a leading apostrophe, and Markdown
special characters are escaped, so that a quoted sentence cannot become a link, a table
break or markup. The exact text stays in the JSON formats.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

from newsqa.output import json_out
from qa.markdown import bold_span, code, md

__all__ = ["COLUMNS", "FORMATS", "answer_rows", "csv_text", "markdown", "write"]

FORMATS = ("text", "json", "jsonl", "csv", "markdown")
COLUMNS = ["id", "question", "rank", "answer", "value", "type", "p", "doc_id", "doc_title", "doc_date",
           "sentence_index", "sentence_start", "sentence_end", "span_start", "span_end", "sentence", "source",
           "corpus", "error"]
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def answer_rows(qid: str, result: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One flat row per answer of a result (as its JSON), or one row saying there is none."""
    if "error" in result:
        yield {"id": qid, "question": result.get("question"), "error": result["error"]}
        return
    answers = result.get("answers") or []
    if not answers:
        yield {"id": qid, "question": result["question"], "rank": 0, "corpus": result.get("corpus")}
        return
    for rank, a in enumerate(answers, start=1):
        c = a["citation"]
        yield {"id": qid, "question": result["question"], "rank": rank, "answer": a["text"], "value": a.get("display"),
               "type": a["type"], "p": a["score"], "doc_id": c["doc_id"], "doc_title": c.get("doc_title"),
               "doc_date": c.get("doc_date"), "sentence_index": c["sentence_index"],
               "sentence_start": c["sentence_start"], "sentence_end": c["sentence_end"],
               "span_start": c["span_start"], "span_end": c["span_end"], "sentence": c["sentence"],
               "source": c.get("source"), "corpus": result.get("corpus")}


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA) else text


def csv_text(rows: Iterable[dict[str, Any]], header: bool = True) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if header:
        writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in COLUMNS])
    return buf.getvalue()


def markdown(qid: str, result: dict[str, Any]) -> str:
    """A question, then each answer as a quote of its sentence (the span in bold) with its citation."""
    title = md(result.get("question", ""))
    out = [f"### {title}" + (f" ({md(qid)})" if qid else ""), ""]
    if "error" in result:
        return "\n".join([*out, f"*Could not be asked:* {md(result['error'])}", ""])
    answers = result.get("answers") or []
    if not answers:
        return "\n".join([*out, "*No answer in the articles.*", ""])
    for rank, a in enumerate(answers, start=1):
        c = a["citation"]
        quote = bold_span(c["sentence"], c["span_start"] - c["sentence_start"], c["span_end"] - c["sentence_start"])
        value = f" = {md(a['display'])}" if a.get("display") else ""
        when = f", {c['doc_date']}" if c.get("doc_date") else ""
        out += [f"{rank}. **{md(a['text'])}**{value} (p {a['score']:.2f})", "",
                f"   > {quote}", "",
                f"   — {code(str(c['doc_id']) + ':' + str(c['sentence_index']))}{when}", ""]
    return "\n".join(out)


def write(results: Iterable[tuple[str, dict[str, Any]]], fmt: str) -> Iterator[str]:
    """The text of results in a format, piece by piece (JSON Lines and CSV as they come)."""
    if fmt == "json":
        items = [({"id": qid, **r} if qid else r) for qid, r in results]
        yield json_out(items[0] if len(items) == 1 and "id" not in items[0] else items, indent=2) + "\n"
        return
    first = True
    for qid, r in results:
        if fmt == "jsonl":
            yield json_out({"id": qid, **r} if qid else r) + "\n"
        elif fmt == "csv":
            yield csv_text(answer_rows(qid, r), header=first)
        elif fmt == "markdown":
            yield markdown(qid, r) + "\n"
        first = False
