"""Pilot tests of the app around the answers: history, corpus loading, commands, theme."""

from __future__ import annotations

from pathlib import Path

from tests.tui.support import ask, make_app
from tui.app import DARK, LIGHT, QAApp
from tui.history import FILENAME, History
from tui.screens.corpus import CorpusScreen
from tui.screens.help import HelpScreen
from tui.widgets.question import QuestionInput

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DATA = Path(__file__).resolve().parents[1] / "data"


def _notes(app) -> list[str]:
    return [f"{n.title} {n.message}" for n in app._notifications]


async def test_history_up_down_and_persisted_across_runs(seed_engine, tui_data_dir):
    app = make_app(seed_engine)
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(pilot, "Who is the NATO Secretary General?")
        await ask(pilot, "Who is the EU's top diplomat?")
        box = app.main_screen.question
        box.focus()
        box.value = "draft"
        await pilot.press("up")
        assert box.value == "Who is the EU's top diplomat?"
        await pilot.press("up")
        assert box.value == "Who is the NATO Secretary General?"
        await pilot.press("up")  # the oldest stays
        assert box.value == "Who is the NATO Secretary General?"
        await pilot.press("down", "down")
        assert box.value == "draft"
    saved = (tui_data_dir / FILENAME).read_text(encoding="utf-8").splitlines()
    assert saved == ["Who is the NATO Secretary General?", "Who is the EU's top diplomat?"]

    again = make_app(seed_engine)  # a new run sees the same history
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.press("up")
        assert again.main_screen.question.value == "Who is the EU's top diplomat?"
        # the history also completes what is typed (→ accepts)
        again.main_screen.question.value = "Who is the "
        await pilot.press("N")
        await pilot.pause()
        await pilot.press("right")
        assert again.main_screen.question.value == "Who is the NATO Secretary General?"


def test_history_dedupes_limits_and_survives_bad_dirs(tmp_path):
    h = History(tmp_path / "h.txt", limit=3)
    for q in ["a?", "b?", "a?", "  c?  ", "d?", ""]:
        h.add(q)
    assert h.entries == ["a?", "c?", "d?"]
    assert History.load(tmp_path / "h.txt").entries == ["a?", "c?", "d?"]
    blocked = tmp_path / "file"
    blocked.write_text("x")
    h = History(blocked / "sub" / "h.txt")
    h.add("q?")  # cannot write under a file: kept in memory, error recorded
    assert h.entries == ["q?"] and h.error


async def test_bad_corpus_path_is_a_notification_not_a_crash(tmp_path):
    app = QAApp(corpus=str(tmp_path / "missing"))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.load_state == "failed" and app.engine is None
        assert any("not found" in n for n in _notes(app))
        await ask(pilot, "Who is the NATO Secretary General?")  # still usable, says why
        assert any("No corpus is loaded" in n for n in _notes(app))
        assert app.is_running


async def test_a_folder_of_links_loads_when_the_command_line_says_so(tmp_path, monkeypatch):
    """`qa --corpus links/ --follow-links`: the UI opens corpora as the command line says."""
    from tui.app import Loading

    monkeypatch.setenv("NEWSQA_CACHE_DIR", str(tmp_path / "cache"))
    links = tmp_path / "links"
    links.mkdir()
    for f in SEEDS.glob("*.txt"):
        (links / f.name).symlink_to(f)
    for loading, state in ((Loading(), "failed"), (Loading(follow_links=True), "ready")):
        app = QAApp(corpus=str(links), loading=loading)
        async with app.run_test(size=(80, 24)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert app.load_state == state
    assert len(app.engine.documents) == 2


async def test_unreadable_files_are_reported_and_the_rest_loads(tmp_path):
    corpus = tmp_path / "news"
    corpus.mkdir()
    for f in SEEDS.glob("*.txt"):
        (corpus / f.name).write_bytes(f.read_bytes())
    (corpus / "broken.txt").write_bytes(b"\xff\xfe\x00\x00garbage\x00")
    (corpus / "empty.md").write_text("")
    app = QAApp(corpus=str(corpus))
    async with app.run_test(size=(80, 24)) as pilot:
        # asked while the corpus may still be loading: answered once it is ready
        await ask(pilot, "Who is Ukraine's Foreign Minister?")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.load_state == "ready"
        assert len(app.engine.documents) == 2
        assert any("Skipped 2 unreadable files" in n and "broken.txt" in n for n in _notes(app))
        assert app.main_screen.answers.items[0].text == "Dmytro Kuleba"


async def test_loading_shows_progress_and_keeps_input_usable(tmp_path):
    app = QAApp(corpus=str(SEEDS))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.main_screen
        # right after start: the question box has focus whatever the loader is doing
        assert isinstance(app.focused, QuestionInput)
        screen.corpus_loading("big corpus")  # what the UI shows while indexing
        screen.corpus_progress(200, 1000)
        bar = screen.query_one("#loading-bar")
        assert (bar.progress, bar.total) == (200, 1000)
        assert "200 of 1,000" in str(screen.query_one("#loading-label").render())
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.load_state == "ready"


async def test_every_build_phase_is_shown(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSQA_CACHE_DIR", str(tmp_path / "cache"))
    corpus = tmp_path / "articles.jsonl"
    corpus.write_bytes((DATA / "newswire" / "articles.jsonl").read_bytes())
    app = QAApp(corpus=str(corpus))
    shown: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        real = app.main_screen.corpus_stage

        def stage(what: str, done: int, total: int) -> None:
            real(what, done, total)
            shown.append(str(app.main_screen.query_one("#loading-label").render()))

        app.main_screen.corpus_stage = stage
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.load_state == "ready"
    assert any(s.startswith("Learning where sentences end: 1 of") for s in shown), shown
    assert any(s.startswith("Indexing articles") for s in shown) and "Saving the index" in shown


async def test_quitting_while_a_corpus_loads_stops_the_build(tmp_path, monkeypatch):
    """Ctrl+Q during a first build: the worker is cancelled and the build stops at its next
    progress report (LoadCancelled), instead of running on to the end with the screen gone."""
    import threading

    from qa import store

    cache = tmp_path / "cache"
    monkeypatch.setenv("NEWSQA_CACHE_DIR", str(cache))
    corpus = tmp_path / "articles.jsonl"
    corpus.write_bytes((DATA / "newswire" / "articles.jsonl").read_bytes())
    ended = threading.Event()
    raised: list[str] = []
    real_open = store.open_index

    def open_index(*args, **kwargs):
        try:
            return real_open(*args, **kwargs)
        except BaseException as exc:
            raised.append(type(exc).__name__)
            raise
        finally:
            ended.set()

    monkeypatch.setattr(store, "open_index", open_index)
    app = QAApp(corpus=str(corpus))
    async with app.run_test(size=(80, 24)) as pilot:
        real = app.main_screen.corpus_stage

        def stage(what: str, done: int, total: int) -> None:
            real(what, done, total)
            if what == "training" and done == 1:  # mid-build: the user quits
                app.call_later(app.action_quit)

        app.main_screen.corpus_stage = stage
        while app.is_running and not ended.is_set():
            await pilot.pause(0.05)
    assert ended.wait(60)
    assert raised == ["LoadCancelled"] and app.load_state == "loading"
    assert not list(cache.rglob(store.MANIFEST))  # nothing half-written was kept


async def test_command_palette_has_the_app_actions(seed_engine):
    app = make_app(seed_engine)
    async with app.run_test(size=(100, 30)) as pilot:
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for expected in ["Ask", "Switch corpus", "Toggle theme", "Help"]:
            assert expected in titles
        assert "Copy citation" not in titles  # nothing selected yet
        await ask(pilot, "Who is Ukraine's Foreign Minister?")
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Open article" in titles and "Copy citation" in titles
        # run one through the real palette
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"copy")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.clipboard.startswith("Dmytro Kuleba — ")


async def test_the_palette_ask_command_asks(seed_engine):
    """"Ask" from the command palette answers what is in the question box (it once did nothing)."""
    app = make_app(seed_engine)
    async with app.run_test(size=(100, 30)) as pilot:
        box = app.main_screen.question
        box.value = "Who is Ukraine's Foreign Minister?"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Ask")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.main_screen.last_result is not None
        assert app.main_screen.last_result.answers[0].text == "Dmytro Kuleba"


async def test_theme_toggle_and_help(seed_engine):
    app = make_app(seed_engine)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.theme == DARK == "newsqa-dark"
        await pilot.press("ctrl+t")
        assert app.theme == LIGHT == "newsqa-light"
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main_screen


async def test_switch_corpus(seed_engine, tmp_path):
    single = tmp_path / "one.txt"
    single.write_text(next(SEEDS.glob("003_*.txt")).read_text(encoding="utf-8"), encoding="utf-8")
    app = make_app(seed_engine)
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(pilot, "Who is the NATO Secretary General?")  # the answers have focus
        app.main_screen.question.value = ""
        app.action_switch_corpus()
        await pilot.pause()
        assert isinstance(app.screen, CorpusScreen)
        app.screen.query_one("#corpus-path").value = str(single)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is app.main_screen
        assert app.load_state == "ready" and len(app.engine.documents) == 1
        # the question box has focus again: typing and Enter ask at once, no Tab first
        assert isinstance(app.focused, QuestionInput)
        await pilot.press("h", "i")
        assert app.focused.value.endswith("hi")
        await ask(pilot, "Who is the French Defense Minister?")
        assert app.main_screen.answers.items[0].text == "Sébastien Lecornu"
        # a corpus that cannot be loaded leaves the current one in place
        app.action_switch_corpus()
        await pilot.pause()
        app.screen.query_one("#corpus-path").value = str(tmp_path / "nowhere")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.load_state == "ready" and app.corpus == str(single)
        assert any("Still using" in n for n in _notes(app))
