"""Answers exported as JSON, JSON Lines, CSV and Markdown, with their citations, inert."""

from __future__ import annotations

import csv
import io
import json

from newsqa.export import COLUMNS, answer_rows, csv_text, markdown, write
from tests.cli.test_cli import qa


def result(sentence="Acme chief executive John Smith said so.", span="John Smith"):
    start = sentence.index(span)
    return {"question": "Who runs Acme?", "corpus": "/c", "answers": [{
        "text": span, "type": "who", "display": None, "score": 0.91,
        "citation": {"doc_id": "a.jsonl#1", "doc_title": "T", "doc_date": "1987-03-02", "sentence_index": 4,
                     "sentence_start": 100, "sentence_end": 100 + len(sentence), "span_start": 100 + start,
                     "span_end": 100 + start + len(span), "sentence": sentence, "source": "/c/a.jsonl:1"}}]}


def test_one_csv_row_per_answer_with_its_citation():
    rows = list(csv.DictReader(io.StringIO(csv_text(answer_rows("q1", result())))))
    assert list(rows[0]) == COLUMNS
    assert rows[0]["answer"] == "John Smith" and rows[0]["doc_id"] == "a.jsonl#1" and rows[0]["span_start"] == "121"
    none = list(csv.DictReader(io.StringIO(csv_text(answer_rows("q2", {"question": "Q?", "answers": []})))))
    assert none[0]["rank"] == "0" and none[0]["answer"] == ""


def test_a_cell_a_spreadsheet_would_run_is_defused():
    text = csv_text(answer_rows("q", result('=HYPERLINK("http://x") Acme chief executive John Smith.')))
    row = next(iter(csv.DictReader(io.StringIO(text))))
    assert row["sentence"].startswith("'=HYPERLINK")


def test_markdown_quotes_the_sentence_with_the_span_in_bold_and_nothing_live():
    md = markdown("q1", result("Acme [boss](http://x) <b>John Smith</b> | said so.", "John Smith"))
    assert "**John Smith**" in md and "`a.jsonl#1:4`, 1987-03-02" in md
    assert "\\[boss\\](http://x)" in md and "\\<b\\>" in md and "\\|" in md


def test_formats_of_several_results():
    pairs = [("q1", result()), ("q2", {"question": "Q?", "error": "no words"})]
    assert [json.loads(line)["id"] for line in "".join(write(pairs, "jsonl")).splitlines()] == ["q1", "q2"]
    assert [r["id"] for r in json.loads("".join(write(pairs, "json")))] == ["q1", "q2"]
    text = "".join(write(pairs, "csv"))
    assert text.count("id,question,rank") == 1 and "no words" in text


def test_ask_and_batch_take_a_format():
    r = qa("ask", "--format", "csv", "How much military aid did Paris pledge this year?")
    row = next(iter(csv.DictReader(io.StringIO(r.stdout))))
    assert r.returncode == 0 and row["answer"] == "3 billion euros" and row["value"] == "3,000,000,000 EUR"
    r = qa("batch", "examples/questions.txt", "--format", "markdown")
    assert r.returncode == 0 and r.stdout.count("### ") == 6 and "*No answer in the articles.*" in r.stdout
