"""Encodings: JSON Lines split at "\\n" only, file names that are not UTF-8, questions
and standard input with bytes that are not UTF-8."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from qa.corpus import load_corpus
from tests.conftest import ROOT
from tests.hostile.support import clean_run, jsonl, run

SEPARATORS = ["\u2028", "\u2029", "\u0085"]


def test_jsonl_records_holding_line_separators_are_all_read(tmp_path):
    records = [{"id": f"r{i}", "text": f"Acme{sep} said it hired {i + 10} people{sep}in Ohio."}
               for i, sep in enumerate(SEPARATORS * 5)]
    path = jsonl(tmp_path / "sep.jsonl", records)
    warnings: list[str] = []
    docs = load_corpus(path, warnings.append)
    assert [d.id for d in docs] == [f"sep.jsonl#{r['id']}" for r in records] and not warnings
    assert docs[0].text == records[0]["text"]


def test_a_questions_file_keeps_lines_with_separators_and_field_marks(tmp_path):
    questions = tmp_path / "q.txt"
    questions.write_bytes("How much military aid did Paris\x1c pledge\u2028 this year?\nWho is the "
                          "NATO Secretary General?\n".encode())
    r = run("batch", questions)
    clean_run(r)
    recs = [json.loads(line) for line in r.out.splitlines()]
    assert [rec["id"] for rec in recs] == ["1", "2"]
    assert recs[0]["answers"][0]["text"] == "3 billion euros"


def test_a_non_utf8_line_in_jsonl_costs_that_record_only(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "a", "text": "Acme hired 30 people."}\n'
                     b'{"id": "b", "text": "caf\xe9 society"}\n'
                     b'{"id": "c", "text": "Bolt hired 40 engineers."}\n')
    warnings: list[str] = []
    assert [d.id for d in load_corpus(path, warnings.append)] == ["mixed.jsonl#a", "mixed.jsonl#c"]
    assert warnings == [f"skipped {path}:2: not UTF-8"]


def test_a_file_name_that_is_not_utf8_works_with_the_cache(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text("Acme Corp said on Monday it hired 40 engineers.\n", encoding="utf-8")
    name = os.fsdecode(b"caf\xe9-\x1b[2J.txt")
    (folder / name).write_text("Bolt Inc said it hired 300 workers in Ohio.\n", encoding="utf-8")
    for _ in range(2):  # built, then reused from the manifest
        r = run("--corpus", folder, "--index-dir", tmp_path / "cache", "ask", "How many workers did Bolt hire?")
        clean_run(r)
        assert r.code == 0 and "300 workers" in r.out and "caf�-␛[2J.txt" in r.out
    r = run("--corpus", folder, "--index-dir", tmp_path / "cache", "ask", "--json", "How many workers did Bolt hire?")
    clean_run(r)
    assert json.loads(r.out)["answers"][0]["citation"]["doc_id"] == name


def test_bytes_that_are_not_utf8_in_a_question_or_on_stdin(tmp_path):
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    q = subprocess.run([sys.executable.encode(), b"-m", b"newsqa", b"ask", b"--json",
                        b"How much military aid did Paris pledge \xff this year?"],
                       capture_output=True, cwd=ROOT, env=env, timeout=60, check=False)
    assert q.returncode == 0 and b"Traceback" not in q.stderr
    data = json.loads(q.stdout.decode("utf-8"))  # valid UTF-8, valid JSON
    assert "\ufffd" in data["question"] and data["answers"][0]["text"] == "3 billion euros"
    r = run("batch", "-", stdin=b"Who is the NATO Secretary General?\n\xff\xfe?\n")
    clean_run(r)
    recs = [json.loads(line) for line in r.out.splitlines()]
    assert recs[0]["answers"] and recs[1]["error"] == "<stdin>:2: not UTF-8"
