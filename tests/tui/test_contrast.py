"""Every character people read meets WCAG AA contrast (4.5:1) against its own background, in
both themes: measured on what the app renders (the compositor's strips, every letter and
digit, with the colours Textual worked out), not on theme variables."""

from __future__ import annotations

import pytest
from textual.geometry import Region

from tests.tui.support import ask, make_app
from tui.app import DARK, LIGHT
from tui.screens.article import ArticleScreen
from tui.screens.help import HelpScreen
from tui.widgets.answers import AnswerList

AA = 4.5


def _luminance(color) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = color.get_truecolor()
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a, b) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def low_contrast(app, region: Region | None = None) -> list[tuple[float, int, str]]:
    """(ratio, line, text) of every rendered run of letters or digits under AA."""
    strips = app.screen._compositor.render_strips()  # what the terminal is sent
    found = []
    for y, strip in enumerate(strips):
        x = 0
        for seg in strip:
            inside = region is None or region.contains(x, y)
            x += seg.cell_length
            style = seg.style
            if not inside or style is None or style.color is None or style.bgcolor is None:
                continue
            if any(ch.isalnum() for ch in seg.text):
                ratio = contrast(style.color, style.bgcolor)
                if ratio < AA:
                    found.append((round(ratio, 2), y, seg.text.strip()))
    return found


def test_the_measure_tells_good_from_bad():
    from rich.color import Color

    assert contrast(Color.parse("#000000"), Color.parse("#ffffff")) == pytest.approx(21.0)
    assert contrast(Color.parse("#f2f4f6"), Color.parse("#9cb1c0")) < 2.1  # textual-light's selected row
    assert contrast(Color.parse("#767676"), Color.parse("#ffffff")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("theme", [LIGHT, DARK])
async def test_selected_rows_article_and_help_meet_aa(seed_engine, theme):
    app = make_app(seed_engine, min_confidence=0.0)  # several rows, one selected
    app.theme = theme
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert low_contrast(app) == [], "welcome"
        await ask(pilot, "Who is the French Defense Minister?")
        assert isinstance(app.focused, AnswerList) and app.main_screen.answers.highlighted == 0
        assert len(app.main_screen.answers.items) >= 3
        assert low_contrast(app) == [], "answers, the first selected"
        await pilot.press("down")
        assert low_contrast(app) == [], "answers, the second selected"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert low_contrast(app) == [], "article"
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        dialog = app.screen.query_one("#help-dialog").region  # what is behind is dimmed on purpose
        assert low_contrast(app, dialog) == [], "help"


@pytest.mark.parametrize("theme", [LIGHT, DARK])
async def test_timeline_and_filters_meet_aa(theme):
    from qa import Engine
    from tests.tui.support import TIMELINE_CORPUS, TIMELINE_QUESTION, open_timeline
    from tui.screens.filters import FiltersScreen

    app = make_app(Engine.from_path(TIMELINE_CORPUS, cache=False))
    app.theme = theme
    async with app.run_test(size=(120, 36)) as pilot:
        await open_timeline(pilot, TIMELINE_QUESTION)
        assert low_contrast(app) == [], "timeline, the first value selected"
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, FiltersScreen)
        dialog = app.screen.query_one("#filters-dialog").region
        assert low_contrast(app, dialog) == [], "filters"
