"""The timeline view (F4, or the palette's Timeline): every value for the question, earliest
first, a chart of the numbers, the selected value's source, Enter to its article. Over
tests/data/timeline, four invented articles giving four figures for one pledge."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Static

from tests.tui.support import (
    TIMELINE_CORPUS,
    TIMELINE_QUESTION,
    make_app,
    open_timeline,
    recorded_engine,
)
from tui.screens.article import ArticleScreen
from tui.screens.timeline import TimelineScreen

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 48), id="160x48")]


@pytest.fixture(scope="module")
def timeline_engine():
    from qa import Engine

    return Engine.from_path(TIMELINE_CORPUS, cache=False)


async def _open_timeline(pilot) -> TimelineScreen:
    screen = await open_timeline(pilot, TIMELINE_QUESTION)
    return screen


async def test_values_in_date_order_with_chart_source_and_article(timeline_engine):
    app = make_app(timeline_engine)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _open_timeline(pilot)
        table = screen.query_one(DataTable)
        rows = [table.get_row_at(i) for i in range(table.row_count)]
        expected = timeline_engine.timeline(TIMELINE_QUESTION)
        assert [r[0] for r in rows] == [str(e.first) for e in expected.entries]
        assert [r[0] for r in rows] == sorted(r[0] for r in rows)  # earliest first
        assert rows[0][1].startswith("200 million euros = 200,000,000 EUR")
        assert {"450 million euros", "1.2 billion euros"} <= {r[1].split(" = ")[0] for r in rows}
        assert rows[0][4] == "2023-01-10_aid.txt"  # a source as --source names it
        chart = screen.query_one("#timeline-chart", Static)
        assert chart.display and "billion EUR" in str(chart.render())
        # the source pane follows the selected value
        await pilot.press("down")
        item = screen.selected
        assert item is not None and item.text == rows[1][1].split(" = ")[0]
        assert screen.query_one("#timeline-source").border_title.startswith(rows[1][0])
        await pilot.press("c")
        assert app.clipboard.startswith(f"{item.text} — {item.doc_id}:{item.sentence_index}")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen) and app.screen.item == item
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main_screen


async def test_timeline_needs_a_question_and_is_in_the_palette(timeline_engine):
    app = make_app(timeline_engine)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        assert app.screen is app.main_screen
        assert any("Type a question first" in str(n.message) for n in app._notifications)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Timeline" in titles and "Filters" in titles
        footer_keys = {b.key for _, b, enabled, _ in app.screen.active_bindings.values() if b.show and enabled}
        assert {"f3", "f4"} <= footer_keys  # shown in the footer


async def test_a_value_less_question_says_so(timeline_engine):
    app = make_app(timeline_engine)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_timeline(pilot, "How many tanks did Northland send to Eastmarch?")
        assert str(app.screen.query_one("#timeline-status").render()).startswith("No value found")
        assert app.screen.query_one(DataTable).row_count == 0


@pytest.mark.parametrize("size", SIZES)
def test_timeline_snapshot(snap_compare, timeline_engine, size):
    async def run_before(pilot) -> None:
        await _open_timeline(pilot)

    assert snap_compare(make_app(recorded_engine(timeline_engine)), terminal_size=size, run_before=run_before)


async def test_brackets_step_through_a_values_citations(seed_engine):
    """A value said in several places: `]` and `[` show each citation in turn, wrapping, and
    copy and Enter follow the one shown."""
    question = "Who is the President of France?"
    entry = seed_engine.timeline(question).entries[0]
    assert len(entry.citations) >= 2  # the seeds name him in several sentences
    app = make_app(seed_engine)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_timeline(pilot, question)
        pane = screen.query_one("#timeline-source")
        n = len(entry.citations)
        seen = []
        for i in range(n):
            c = entry.citations[i]
            assert (screen.selected.doc_id, screen.selected.sentence_index) == (c.doc_id, c.sentence_index)
            assert pane.border_subtitle.startswith(f"citation {i + 1} of {n}")
            seen.append(screen.selected.sentence_index)
            await pilot.press("right_square_bracket")
        assert screen.selected.sentence_index == seen[0]  # wrapped round
        await pilot.press("left_square_bracket")
        assert screen.selected.sentence_index == seen[-1]
        await pilot.press("c")
        assert app.clipboard.split(" — ")[1].startswith(f"{entry.citations[-1].doc_id}:{seen[-1]}")
