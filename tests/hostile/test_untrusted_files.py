"""Untrusted answers files and `qa show` input: `verify` reads only the corpus the user
names, checks every field, and one bad record never hides the others."""

from __future__ import annotations

import json
import time

import pytest

from tests.conftest import SEEDS
from tests.hostile.support import clean_run, run


@pytest.fixture(scope="module")
def answers(tmp_path_factory):
    """`qa batch` output over the seeds, as records."""
    r = run("batch", "-", stdin=b"When will the video call take place?\nWho is the NATO Secretary General?\n")
    assert r.code == 0, r.err
    return [json.loads(line) for line in r.out.splitlines()]


def write(tmp_path, records, name="answers.jsonl"):
    path = tmp_path / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_verify_never_reads_the_corpus_the_file_names(answers, tmp_path):
    secret = tmp_path / "elsewhere"
    secret.mkdir()
    (secret / "secret.txt").write_text("The password is hunter2.\n", encoding="utf-8")
    forged = [dict(json.loads(json.dumps(r)), corpus=str(secret)) for r in answers]
    for r in forged:
        for a in r["answers"]:
            a["citation"]["doc_id"] = "secret.txt"
    v = run("verify", write(tmp_path, forged))
    clean_run(v)
    assert v.code == 1 and "hunter2" not in v.out + v.err
    assert "is not in the corpus" in v.out
    assert f"made from {secret}" in v.err and "--corpus" in v.err  # said, never followed


def test_verify_does_not_crawl_a_folder_named_in_the_file(answers, tmp_path):
    t0 = time.perf_counter()
    v = run("verify", write(tmp_path, [dict(r, corpus="/usr") for r in answers]))
    clean_run(v)
    assert v.code == 0 and "all match the source" in v.out
    assert time.perf_counter() - t0 < 10  # the seeds are read, not /usr (it took 13 s)


def test_negative_and_out_of_range_offsets_never_match(answers, tmp_path):
    rec = json.loads(json.dumps(answers[0]))
    c = rec["answers"][0]["citation"]
    text = (SEEDS / c["doc_id"]).read_text(encoding="utf-8")
    span = rec["answers"][0]["text"]
    # a negative offset would slice from the end: make one that would "match" that way
    c["span_start"], c["span_end"] = text.rindex(span) - len(text), text.rindex(span) - len(text) + len(span)
    bad_end = json.loads(json.dumps(answers[1]))
    bad_end["answers"][0]["citation"]["sentence_end"] = 10**9
    v = run("verify", write(tmp_path, [rec, bad_end]))
    clean_run(v)
    assert v.code == 1 and v.out.count("outside") == 2


def test_one_bad_record_is_reported_and_the_others_checked(answers, tmp_path):
    path = tmp_path / "mixed.jsonl"
    lines = [json.dumps(answers[0]).encode(), b"{not json", json.dumps({"answers": "nope"}).encode(), b"\xff\xfe",
             json.dumps(answers[1]).encode()]
    path.write_bytes(b"\n".join(lines) + b"\n")
    v = run("verify", path)
    clean_run(v)
    assert v.code == 1
    assert "mixed.jsonl:2: not valid JSON" in v.out and "mixed.jsonl:3: not a qa answer record" in v.out
    assert "mixed.jsonl:4: not UTF-8" in v.out
    assert "2 results" in v.out.splitlines()[-1]


def test_verify_accepts_batch_output_with_line_separators_in_the_text(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "x", "date": "2020-01-02", "text": "Acme\u2028 said it hired 300\u0085 "
                                  "workers in Ohio."}, ensure_ascii=False) + "\n", encoding="utf-8")
    b = run("--corpus", corpus, "--no-cache", "batch", "-", stdin=b"How many workers did Acme hire?\n")
    assert b.code == 0 and "\u2028" not in b.out  # escaped in the JSON
    v = run("--corpus", corpus, "--no-cache", "verify", write(tmp_path, [json.loads(b.out)]))
    clean_run(v)
    assert v.code == 0 and "all match the source" in v.out


def test_deeply_nested_json_is_one_line(tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    for args in (("verify", deep), ("batch", deep)):
        r = run(*args)
        clean_run(r)
        assert r.code == 2 and len(r.err_lines) == 1, r.err


def test_show_input(tmp_path):
    r = run("show", "000_ef42ed6bd980c635.txt:²")
    clean_run(r)
    assert r.code == 2 and "no document" in r.err
    r = run("show", "000_ef42ed6bd980c635.txt:1", "-C", "-3")
    clean_run(r)
    assert r.code == 2 and "must be 0 or more" in r.err and len(r.err_lines) == 1
    corpus = tmp_path / "ids.jsonl"
    corpus.write_text(json.dumps({"id": "story:3", "text": "Acme said one thing. Acme said two things."}) + "\n",
                      encoding="utf-8")
    r = run("--corpus", corpus, "--no-cache", "show", "ids.jsonl#story:3")  # an id ending in :N is a whole document
    clean_run(r)
    assert r.code == 0 and r.out.splitlines()[0] == "ids.jsonl#story:3" and "[1] Acme said two things." in r.out
    r = run("--corpus", corpus, "--no-cache", "show", "ids.jsonl#story:3:1")
    assert r.code == 0 and "> [1]" in r.out


def test_links_leaving_the_corpus_are_skipped_unless_followed(tmp_path):
    outside = tmp_path / "home"
    outside.mkdir()
    (outside / "diary.txt").write_text("Acme paid 9 mln dlrs for my secret.\n", encoding="utf-8")
    (outside / "more").mkdir()
    (outside / "more" / "notes.txt").write_text("Bolt hired 7 spies.\n", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "news.txt").write_text("Acme paid 5 mln dlrs for Bolt Inc.\n", encoding="utf-8")
    (corpus / "inside.txt").symlink_to(corpus / "news.txt")  # inside: read, no warning
    (corpus / "diary.txt").symlink_to(outside / "diary.txt")
    (corpus / "more").symlink_to(outside / "more")
    (corpus / "loop").symlink_to(corpus)  # a folder inside: not entered twice
    r = run("--corpus", corpus, "--no-cache", "show", "diary.txt")
    clean_run(r)
    assert r.code == 2 and "secret" not in r.out
    skipped = [line for line in r.err_lines if "outside the corpus" in line]
    assert len(skipped) == 2 and all("--follow-links" in line for line in skipped)
    r = run("--corpus", corpus, "--no-cache", "--follow-links", "show", "more/notes.txt")
    clean_run(r)
    assert r.code == 0 and "spies" in r.out and "outside" not in r.err
    from qa.corpus import corpus_files

    assert [p.name for p in corpus_files(corpus, follow_links=True)] == ["diary.txt", "inside.txt", "notes.txt",
                                                                         "news.txt"]


def test_a_folder_that_cannot_be_read_is_skipped_with_a_warning(tmp_path, monkeypatch):
    import os

    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "locked" / "a.txt").write_text("Acme hired 3 people.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Bolt hired 4 people.\n", encoding="utf-8")
    real = os.scandir

    def scandir(path):  # what chmod 000 does for anyone but root
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    from qa.corpus import corpus_files

    warnings: list[str] = []
    assert [p.name for p in corpus_files(corpus, warnings.append)] == ["b.txt"]
    assert warnings == [f"skipped {corpus / 'locked'}: Permission denied"]
