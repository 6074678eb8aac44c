"""SVG snapshots (pytest-textual-snapshot) of the main states, at 80x24 and 160x48.

Deterministic by construction: fixed theme (textual-dark), answers replayed from
tests/tui/recorded_results.json over the real seed documents (so ranking work in the
engine does not churn UI snapshots), no clock and no timings anywhere on screen,
history in a temporary directory, no cursor blink under a headless driver.
Update with `--snapshot-update`; re-record answers with `python -m tests.tui.support`.
"""

from __future__ import annotations

import pytest

from tests.tui.support import NO_ANSWER_QUESTION, ask, make_app, recorded_engine

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 48), id="160x48")]
ANSWER_QUESTION = "How much military aid did Paris pledge this year?"


def _asking(question: str, *keys: str):
    async def run_before(pilot) -> None:
        await pilot.app.workers.wait_for_complete()
        await ask(pilot, question)
        if keys:
            await pilot.press(*keys)
            await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_main_screen_with_answer(snap_compare, seed_engine, size):
    assert snap_compare(make_app(recorded_engine(seed_engine)), terminal_size=size, run_before=_asking(ANSWER_QUESTION))


@pytest.mark.parametrize("size", SIZES)
def test_no_answer_state(snap_compare, seed_engine, size):
    assert snap_compare(make_app(recorded_engine(seed_engine)), terminal_size=size, run_before=_asking(NO_ANSWER_QUESTION))


@pytest.mark.parametrize("size", SIZES)
def test_article_view(snap_compare, seed_engine, size):
    assert snap_compare(make_app(recorded_engine(seed_engine)), terminal_size=size,
                        run_before=_asking(ANSWER_QUESTION, "enter"))


@pytest.mark.parametrize("size", SIZES)
def test_help_screen(snap_compare, seed_engine, size):
    assert snap_compare(make_app(recorded_engine(seed_engine)), terminal_size=size, press=["f1"])
