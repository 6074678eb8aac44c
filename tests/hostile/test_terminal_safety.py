"""Terminal safety: corpus text, file names, titles, ids and questions never reach a
terminal raw (CLI and UI); JSON keeps the exact text, escaped."""

from __future__ import annotations

import html
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa.safe_text import is_printable, json_text, one_line, printable
from tests.hostile.support import clean_run, jsonl, run, unsafe

CLIPBOARD = "\x1b]52;c;SGVsbG8=\x07"  # OSC 52: writes the reader's clipboard
TITLE = "\x1b]0;pwned\x07"  # OSC 0: retitles the window
CLEAR = "\x1b[2J"
CSI8 = "\x9b2J"  # the 8-bit (C1) form of CSI
RLO = "\u202e"  # right-to-left override


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    (root / "esc.txt").write_text(
        f" date 2024-03-05\nThe minister said {CLIPBOARD} Paris pledged 3 billion euros on Monday.\n"
        f"{TITLE}Kuleba met Borrell in Kyiv {CLEAR}on Friday.\n", encoding="utf-8")
    jsonl(root / "wire.jsonl", [
        {"id": f"a{TITLE}1", "title": f"Acme{CLEAR} hires{RLO}", "date": "2020-01-01",
         "text": f"Acme Corp said it hired 300 workers{CSI8} in Ohio{RLO} last year."},
    ])
    (root / f"bad\nname{TITLE}.txt").write_bytes(b"\xff\xfe not text")
    return root


def test_ask_output_escapes_what_the_corpus_holds(hostile):
    r = run("--corpus", hostile, "--no-cache", "ask", "How much did Paris pledge?")
    clean_run(r)
    assert r.code == 0
    assert "[3 billion euros]" in r.out and "␛]52;c;SGVsbG8=␇" in r.out  # shown, not acted on
    # the file with a newline and an escape in its name: one warning, on one line
    warnings = [line for line in r.err_lines if "bad" in line]
    assert len(warnings) == 1 and "bad␊name␛]0;pwned␇.txt" in warnings[0]


def test_ids_titles_c1_and_bidi_are_escaped(hostile):
    r = run("--corpus", hostile, "--no-cache", "ask", "How many workers did Acme hire in Ohio?")
    clean_run(r)
    assert "300 workers" in r.out and "wire.jsonl#a␛]0;pwned␇1" in r.out
    r = run("--corpus", hostile, "--no-cache", "show", f"wire.jsonl#a{TITLE}1")
    clean_run(r)
    assert "Acme␛[2J hires�" in r.out.splitlines()[0]


def test_control_characters_in_the_question_stay_on_the_q_line(hostile):
    r = run("--corpus", hostile, "--no-cache", "ask", f"How much did Paris{CLIPBOARD}\npledge?")
    clean_run(r)
    assert r.out.splitlines()[0].startswith("Q: How much did Paris␛]52;c;SGVsbG8=␇␊pledge?")


def test_json_output_is_exact_and_escaped(hostile):
    r = run("--corpus", hostile, "--no-cache", "ask", "--json", "How many workers did Acme hire in Ohio?")
    clean_run(r)
    assert "\\u009b" in r.out and "\\u202e" in r.out and "\\u001b" in r.out
    data = json.loads(r.out)
    top = data["answers"][0]["citation"]
    assert top["doc_id"] == f"wire.jsonl#a{TITLE}1"
    assert CSI8 in top["sentence"] and RLO in top["sentence"]


def test_errors_and_argument_errors_are_one_safe_line(hostile):
    r = run("--corpus", hostile, "--no-cache", "show", f"nope{CLIPBOARD}\nx")
    clean_run(r)
    errors = [line for line in r.err_lines if line.startswith("qa: error:")]
    assert r.code == 2 and len(errors) == 1 and "no document" in errors[0] and errors[0].endswith("in the corpus")
    r = run("ask", "--answers", f"x{TITLE}")
    clean_run(r)
    assert r.code == 2 and len(r.err_lines) == 1


def test_the_ui_shows_corpus_text_only_printable(hostile):
    from qa import Engine
    from tui.results import from_answer, from_passage
    from tui.widgets.source import source_view

    engine = Engine.from_path(hostile, cache=False)
    res = engine.ask("How many workers did Acme hire in Ohio?")
    item = from_answer(1, res.answers[0])
    for field in (item.text, item.doc_name, item.value or "", item.citation_text()):
        assert not unsafe(field) and "\n" not in field, field
    view = source_view(engine, item)
    assert not unsafe(view.sentence + view.before + view.after)
    assert len(view.sentence) == item.sentence_end - item.sentence_start  # the span still fits
    passage = from_passage(1, res.passages[0])
    assert not unsafe(passage.text + passage.doc_name)


async def test_the_ui_screen_holds_no_control_characters(hostile, tmp_path, monkeypatch):
    from qa import Engine
    from tests.tui.support import ask, make_app

    monkeypatch.setenv("NEWSQA_DATA_DIR", str(tmp_path))
    engine = Engine.from_path(hostile, cache=False)
    app = make_app(engine)
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, "How much did Paris pledge?")
        app.notify(f"warning about {CLIPBOARD} a file", title=TITLE)
        await pilot.pause()
        shot = html.unescape(app.export_screenshot())
        assert not unsafe(shot)
        assert "3 billion euros" in shot.replace("\xa0", " ") and "␛]52" in shot
        await pilot.press("enter")  # the whole article
        await pilot.pause()
        view = app.screen.query_one("#article-text")
        assert not unsafe(view.text) and "␛]52" in view.text
        assert not unsafe(html.unescape(app.export_screenshot()))


TEXT = st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(
    list("\x1b\x07\x9b\u202e\u2028\x85\x00\r\n\t\ue000\ue001") + ["\ud800"]), max_size=200)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_printable_keeps_length_and_leaves_nothing_a_terminal_acts_on(text):
    shown = printable(text)
    assert len(shown) == len(text)
    assert is_printable(shown) and not unsafe(shown)
    line = one_line(text)
    assert "\n" not in line and "\t" not in line and not unsafe(line)
    assert json.loads(json_text(text)) == text and not unsafe(json_text(text))


WORDS = st.sampled_from(["Acme", "paid", "5", "mln", "dlrs", "on", "Monday", "said", "Smith", "chairman",
                         "Paris", "in", "1987", ".", "\x1b]52;c;x\x07", "\x1b[2J", "\x9b", "\u202e", "\x00",
                         "\u2028", "\x85", "\r", "\x07", "\ue000", "é", "中"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.lists(WORDS, min_size=3, max_size=40), question=st.lists(WORDS, min_size=1, max_size=8))
def test_anything_printed_to_a_terminal_holds_no_control_character(tmp_path_factory, body, question):
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "doc.txt").write_text(" date 2024-01-02\n" + " ".join(body) + "\n", encoding="utf-8")
    for args in (("ask", "How much did " + " ".join(question) + "?"), ("show", "doc.txt")):
        r = run("--corpus", folder, "--no-cache", *args)
        assert not unsafe(r.out) and not unsafe(r.err), (r.out, r.err)
        assert "Traceback" not in r.err
