"""The `qa` command end to end, in a subprocess, as a user or a script runs it."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import NEWSWIRE, ROOT, SEEDS


def qa(*args, stdin=None, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "newsqa", *args], input=stdin, capture_output=True,
                          text=True, cwd=cwd, timeout=120, check=False)


def test_ask_human_output_and_exit_code():
    r = qa("ask", "How much military aid did Paris pledge this year?")
    assert r.returncode == 0, r.stderr
    assert "1. 3 billion euros  = 3,000,000,000 EUR" in r.stdout
    assert "[3 billion euros]" in r.stdout  # highlighted in the cited sentence (no tty: brackets)


def test_ask_json_is_the_documented_model():
    # the shape is the point, not the bar (this answer sits right at it: p 0.79)
    r = qa("ask", "--json", "--min-confidence", "0", "When is the meeting of the Chiefs of Staff of the Armed Forces "
                            "of the European Union and NATO?")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["no_answer"] is False
    top = data["answers"][0]
    assert top["normalized"]["iso"] == "2025-03-11"
    c = top["citation"]
    text = (SEEDS / c["doc_id"]).read_text(encoding="utf-8")
    assert text[c["span_start"]:c["span_end"]] == top["text"]


def test_no_answer_exits_1():
    r = qa("ask", "Who is the president of Brazil?")
    assert r.returncode == 1
    assert "No answer" in r.stdout


@pytest.mark.parametrize("args,msg", [
    (["ask", ""], "empty question"),
    (["ask", "x" * 10_000], "too long"),
    (["ask", "Zxqv plorf?"], "none of the question's words"),
    (["ask", "--bogus", "q"], "unrecognized arguments"),
    (["--corpus", "/no/such/dir", "ask", "Who?"], "corpus path not found"),
    (["show", "nope.txt:1"], "no document"),
    (["show", "000_ef42ed6bd980c635.txt:99"], "has no sentence 99"),
    (["verify", "/no/such/file"], "not found"),
    (["eval", "/no/such/gold.jsonl"], "not found"),
    (["train", "tests/data/newswire/gold.jsonl", "--folds", "1"], "at least 2"),
    (["train", "tests/data/newswire/gold.jsonl", "--folds", "ten"], "not a whole number"),
    (["train", "tests/data/heldout/gold.jsonl", "--corpus", "seeds"], "is blind"),
])
def test_bad_input_is_one_line_and_nonzero(args, msg):
    r = qa(*args)
    assert r.returncode == 2
    assert msg in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_bad_corpus_files_warn_and_continue(tmp_path):
    (tmp_path / "good.txt").write_text(" date 2024-01-10\nAcme Corp said on Monday it hired 40 engineers.\n",
                                       encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00garbage")
    (tmp_path / "empty.txt").write_bytes(b"")
    # one sentence: the model is rightly unsure; the warnings are the point
    r = qa("--corpus", str(tmp_path), "ask", "--min-confidence", "0", "How many engineers did Acme hire?")
    assert r.returncode == 0, r.stderr
    assert "40 engineers" in r.stdout
    assert "bad.txt" in r.stderr and "empty.txt" in r.stderr and "Traceback" not in r.stderr


def test_batch_from_stdin_then_verify(tmp_path):
    questions = "When will the video call take place?\n\nWho is Ukraine's Foreign Minister?\n" \
                '{"id": "q3", "question": "Who is the president of Brazil?"}\n'
    r = qa("batch", "-", stdin=questions)
    assert r.returncode == 0, r.stderr
    lines = [json.loads(l) for l in r.stdout.splitlines()]
    assert [l["id"] for l in lines] == ["1", "3", "q3"]
    assert lines[0]["answers"][0]["text"] == "March 7"
    assert lines[1]["answers"][0]["text"] == "Dmytro Kuleba"
    assert lines[2]["no_answer"] is True
    out = tmp_path / "answers.jsonl"
    out.write_text(r.stdout, encoding="utf-8")
    v = qa("verify", str(out))
    assert v.returncode == 0, v.stdout + v.stderr
    assert "all match the source" in v.stdout

    # tamper with a citation: verify reports it and fails
    rec = lines[0]
    rec["answers"][0]["citation"]["span_start"] += 1
    rec["answers"][0]["citation"]["doc_sha256"] = "0" * 64
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    v = qa("verify", str(bad))
    assert v.returncode == 1
    assert "changed since it was cited" in v.stdout and "reads" in v.stdout


def test_batch_records_per_question_errors():
    r = qa("batch", "-", stdin="When will the video call take place?\nZxqv plorf?\n")
    assert r.returncode == 1  # some questions could not be asked; the others were
    recs = [json.loads(l) for l in r.stdout.splitlines()]
    assert recs[0]["answers"]
    assert "error" in recs[1] and "none of the question's words" in recs[1]["error"]
    assert "1 of 2 questions could not be asked" in r.stderr


def test_show_highlights_the_span():
    r = qa("show", "003_03d3eeb5d0f6e6c6.txt:8", "--span", "1896:1910")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("003_03d3eeb5d0f6e6c6.txt (2025-03-11)")
    assert any(l.startswith("> [8]") for l in lines)
    assert len([l for l in lines if "[" in l]) >= 3  # the sentence and one neighbour each side


def test_eval_prints_a_table():
    r = qa("eval", str(ROOT / "examples" / "seeds-dev.jsonl"))
    assert r.returncode == 0, r.stderr
    overall = next(line for line in r.stdout.splitlines() if line.startswith("overall"))
    assert int(overall.split()[4]) >= 13  # EM count at the bar: two are under it
    assert "top answer right, given or not: 1.000" in r.stdout
    r = qa("eval", "--min-confidence", "0", str(ROOT / "examples" / "seeds-dev.jsonl"))
    overall = next(line for line in r.stdout.splitlines() if line.startswith("overall"))
    assert int(overall.split()[4]) == 15


def test_eval_pools_the_sets_named(tmp_path):
    lines = (ROOT / "examples" / "seeds-dev.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (tmp_path / "a.jsonl").write_text("".join(lines[:7]), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("".join(lines[7:]), encoding="utf-8")
    r = qa("eval", "--pool", "--json", "--min-confidence", "0", str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"))
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["a/default"]["overall"]["questions"] == 7 and data["b/default"]["overall"]["questions"] == 8
    pooled = data["2 sets pooled/default"]
    assert pooled["overall"]["questions"] == 15 and pooled["overall"]["em_count"] == 15
    rel = pooled["confidence"]["reliability"]
    assert sum(r["answers"] for r in rel) == 15 and len(rel) == 10


def test_eval_keeps_every_outcome_question_by_question(tmp_path):
    gold = ROOT / "examples" / "seeds-dev.jsonl"
    out = tmp_path / "outcomes.jsonl"
    r = qa("eval", "--outcomes", str(out), str(gold))
    assert r.returncode == 0, r.stderr
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    ids = [json.loads(line).get("id") for line in gold.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in recs] == ids and {x["corpus"] for x in recs} == {"default"}
    assert all(0.0 <= x["p"] <= 1.0 and x["top_right"] for x in recs)
    assert sum(x["right"] for x in recs) == sum(x["given"] for x in recs) >= 13  # the table's EM at the bar
    assert not list(tmp_path.glob("*.part"))
    r = qa("eval", "--outcomes", str(tmp_path / "no" / "such" / "x.jsonl"), str(gold))
    assert r.returncode == 2 and "no folder for --outcomes" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_jsonl_corpus_and_help():
    assert qa("--help").returncode == 0
    assert "ask" in qa("--help").stdout


def test_unreadable_input_files_are_one_line_errors(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9?\n")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    for args, msg in [(["batch", str(bad)], "not UTF-8"), (["eval", str(bad)], "not UTF-8"),
                      (["verify", str(bad)], "not UTF-8"), (["verify", str(empty)], "is empty"),
                      (["batch", str(empty)], "no questions")]:
        r = qa(*args)
        assert r.returncode == 2, (args, r.stderr)
        assert msg in r.stderr and len(r.stderr.strip().splitlines()) == 1, (args, r.stderr)


def test_no_answer_says_why_the_best_sentences_were_ruled_out():
    r = qa("ask", "--corpus", str(NEWSWIRE / "articles.jsonl"), "Who is the chief financial officer of Mead?")
    assert r.returncode == 1
    assert "ruled out: the article never names Mead" in r.stdout
    assert "ruled out: the sentence names no chief financial officer" in r.stdout


def test_min_confidence_on_the_command_line():
    r = qa("ask", "--min-confidence", "1", "Who is the French Defense Minister?")
    assert r.returncode == 1 and "No answer sure enough" in r.stdout and "under the bar of 1.00" in r.stdout
    r = qa("ask", "--min-confidence", "0", "--json", "Who is the French Defense Minister?")
    assert r.returncode == 0 and json.loads(r.stdout)["min_confidence"] == 0.0
    r = qa("ask", "--min-confidence", "1.5", "Who?")
    assert r.returncode == 2 and "between 0 and 1" in r.stderr and "Traceback" not in r.stderr


def test_index_prune_removes_the_index_of_a_corpus_that_is_gone(tmp_path):
    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Acme hired 3 people.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    assert qa("--corpus", str(corpus), "--index-dir", str(cache), "index").returncode == 0
    (corpus / "a.txt").unlink()
    corpus.rmdir()
    r = qa("--index-dir", str(cache), "index", "--prune", "--dry-run")
    assert r.returncode == 0 and "would remove" in r.stdout and "its corpus is gone" in r.stdout
    assert any((cache / "indexes").iterdir())
    r = qa("--index-dir", str(cache), "index", "--prune")
    assert "1 of 1 indexes removed" in r.stdout and not any((cache / "indexes").iterdir())


def test_version_stdin_question_and_no_terminal():
    r = qa("--version")
    assert r.returncode == 0 and r.stdout.startswith("qa (newsqa) ")
    r = qa("ask", "-", stdin="Who is the NATO Secretary General?")
    assert r.returncode == 0 and "Jens Stoltenberg" in r.stdout
    r = qa(stdin="")  # no command, and standard input is no terminal
    assert r.returncode == 2 and "no terminal for the UI" in r.stderr and "Traceback" not in r.stderr


def test_citations_are_portable_whatever_the_corpus_was_called(tmp_path):
    rel = "tests/data/newswire/articles.jsonl"
    a = json.loads(qa("--corpus", rel, "ask", "--json", "--min-confidence", "0", "How much did Japan lend to Bangladesh?",
                      cwd=ROOT).stdout)
    b = json.loads(qa("--corpus", str(ROOT / "tests/data/newswire/"), "ask", "--json", "--min-confidence", "0",
                      "How much did Japan lend to Bangladesh?", cwd=tmp_path).stdout)
    assert a["corpus"] == str(ROOT / rel) and Path(a["answers"][0]["citation"]["source"].rsplit(":", 1)[0]).is_absolute()
    assert a["answers"][0]["citation"]["doc_id"] == b["answers"][0]["citation"]["doc_id"]  # file or folder: one id
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(a), encoding="utf-8")
    r = qa("--corpus", str(ROOT / rel), "verify", str(answers), cwd=tmp_path)  # from another folder
    assert r.returncode == 0 and "all match the source" in r.stdout and "warning" not in r.stderr


def test_filters_on_the_command_line():
    r = qa("--corpus", "tests/data/newswire/articles.jsonl", "ask", "--since", "1987-03", "--until", "1987-03",
           "--min-confidence", "0", "--json", "How much did Japan lend to Bangladesh?")
    data = json.loads(r.stdout)
    f = data["filtered"]
    assert f["since"] == "1987-03-01" and f["until"] == "1987-03-31" and f["documents"] < f["of"]
    assert all(a["citation"]["doc_date"].startswith("1987-03") for a in data["answers"])
    r = qa("--corpus", "tests/data/newswire/articles.jsonl", "ask", "--since", "1987-03",
           "How much did Japan lend to Bangladesh?")
    assert r.stdout.splitlines()[1].startswith("Within 1987-03-01 to …:")
    r = qa("ask", "--until", "1987-01", "--since", "1987-02", "Who?")
    assert r.returncode == 2 and "is after --until" in r.stderr


def test_help_and_parse_errors_do_not_load_the_engine():
    """`qa --help`, `qa --version` and a mistyped option build the parser only: no numpy, no
    pydantic, no engine (each command imports what it runs on when it runs)."""
    import subprocess
    import sys

    code = ("import sys; from newsqa.cli import build_parser; build_parser(); "
            "print(sorted(m for m in ('numpy', 'pydantic', 'qa.engine', 'qa.models', 'qa.evaluate', 'qa.store') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
