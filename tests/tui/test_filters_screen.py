"""Filters in the UI (F3, or the palette's Filters): a period and sources, applied inside
retrieval, shown in the title bar and under the answers; the command line's --since, --until,
--undated and --source reach the UI too."""

from __future__ import annotations

import io
import sys

import pytest
from textual.widgets import Input, Label, Select

from tests.tui.support import TIMELINE_CORPUS, TIMELINE_QUESTION, ask, make_app
from tui.screens.filters import FiltersScreen, parse


@pytest.fixture(scope="module")
def timeline_engine():
    from qa import Engine

    return Engine.from_path(TIMELINE_CORPUS, cache=False)


def _dates(app) -> set[str]:
    return {item.date for item in app.main_screen.answers.items}


async def _fill(pilot, since: str = "", until: str = "", sources: str = "") -> FiltersScreen:
    await pilot.press("f3")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, FiltersScreen)
    screen.query_one("#since", Input).value = since
    screen.query_one("#until", Input).value = until
    screen.query_one("#sources", Input).value = sources
    return screen


async def test_a_period_narrows_the_answers_and_is_shown(timeline_engine):
    app = make_app(timeline_engine, min_confidence=0.0)
    async with app.run_test(size=(120, 30)) as pilot:
        await ask(pilot, TIMELINE_QUESTION)
        assert any(d.startswith("2023") for d in _dates(app))
        await _fill(pilot, since="2024")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is app.main_screen
        assert str(app.filters.since) == "2024-01-01"
        dates = _dates(app)
        assert dates and all(d.startswith("2024") for d in dates)  # the best within the filter
        assert "within 2 of 4 articles" in app.main_screen.query_one("#answers-panel").border_subtitle
        assert "filter: since 2024-01-01" in app.main_screen.query_one("#topbar").context
        # ctrl+r clears every field: the whole corpus again
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("ctrl+r", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.filters is None and any(d.startswith("2023") for d in _dates(app))
        assert app.main_screen.query_one("#topbar").context == ""


async def test_bad_dates_and_unknown_sources_are_explained_in_the_dialog(timeline_engine):
    app = make_app(timeline_engine)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _fill(pilot, since="last spring")
        explained = screen.query_one("#filters-help", Label)
        assert explained.region.height >= 2 and explained.region.width <= screen.query_one("#filters-dialog").region.width  # wrapped, not cut
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert "not a date" in str(screen.query_one("#filters-error", Label).render())
        screen = await _fill(pilot, since="2024-05", until="2024-01")
        await pilot.press("enter")
        await pilot.pause()
        assert "after the end" in str(screen.query_one("#filters-error", Label).render())
        screen = await _fill(pilot, sources="bbc")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and "bbc" in str(screen.query_one("#filters-error", Label).render())
        assert "2023-01-10_aid.txt" in str(screen.query(".filters-label").last(Label).render())
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main_screen and app.filters is None


async def test_a_source_and_undated_choice(timeline_engine):
    app = make_app(timeline_engine, min_confidence=0.0)
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, TIMELINE_QUESTION)
        screen = await _fill(pilot, sources="2024-02-15_aid.txt")
        screen.query_one("#undated", Select).value = "keep"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.filters.sources == ["2024-02-15_aid.txt"] and app.filters.undated == "keep"
        assert _dates(app) == {"2024-02-15"}
        assert app.main_screen.answers.items[0].text == "1.2 billion euros"


def test_parse_the_fields():
    assert parse("", "", "", "default") is None
    f = parse(" 1987-03 ", "1987", "bbc, reuters21578.jsonl ,", "drop")
    assert (str(f.since), str(f.until), f.sources, f.undated) == ("1987-03-01", "1987-12-31",
                                                                 ["bbc", "reuters21578.jsonl"], "drop")


def test_the_command_lines_filters_reach_the_ui(monkeypatch, tmp_path):
    """`qa --since 2024 --source x --follow-links --index-dir D` starts the UI with that filter,
    and opens corpora as the options say (a folder of links was 'no readable articles')."""
    import tui.app
    from newsqa import cli

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    seen = {}
    monkeypatch.setattr(tui.app, "run", lambda corpus, bar, filters, loading: seen.update(
        corpus=corpus, filters=filters, loading=loading) or 0)
    monkeypatch.setattr(sys, "stdout", Terminal())
    monkeypatch.setattr(sys, "stdin", Terminal())
    assert cli.main(["--corpus", str(TIMELINE_CORPUS), "--since", "2024", "--source", "2024-02-15_aid.txt",
                     "--follow-links", "--index-dir", str(tmp_path)]) == 0
    assert seen["corpus"] == str(TIMELINE_CORPUS)
    assert seen["loading"] == tui.app.Loading(follow_links=True, index_dir=str(tmp_path), cache=True)
    assert str(seen["filters"].since) == "2024-01-01" and seen["filters"].sources == ["2024-02-15_aid.txt"]
