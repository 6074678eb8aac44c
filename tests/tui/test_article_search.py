"""Search in the article view: `/` opens the box, typing highlights every match as you type,
Enter goes to the match, `n` / `N` step through them (wrapping), Escape closes the search
and then goes back. The query is literal text, never a regex."""

from __future__ import annotations

import re

import pytest
from rich.style import Style
from textual import events

from tests.tui.support import ask, make_app
from tests.tui.test_contrast import low_contrast
from tui.app import DARK, LIGHT
from tui.screens.article import ArticleScreen
from tui.screens.main import MainScreen
from tui.widgets.article import ArticleView, find_all, fold
from tui.widgets.article_search import ArticleSearch

QUESTION = "Who is the French Defense Minister?"
WORD = "the"  # many times in the article, on more lines than the window holds at 80x24
SPREAD = "french"  # five times, from the article's first line to its last: more than a window at 80x24


async def open_article(pilot) -> tuple[ArticleScreen, ArticleView, ArticleSearch]:
    await ask(pilot, QUESTION)
    await pilot.press("enter")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ArticleScreen)
    return screen, screen.view, screen.search_box


async def search(pilot, query: str) -> None:
    """Open the box and type `query` key by key (the search runs on every key)."""
    await pilot.press("slash", *query)
    await pilot.pause()


def expected(view: ArticleView, query: str) -> list[int]:
    """Where `query` occurs, worked out apart from the widget: an escaped, case-blind regex."""
    return [m.start() for m in re.finditer(re.escape(query), view.text, re.IGNORECASE)]


def _has(style: Style | None, part: Style) -> bool:
    return style is not None and style + part == style


def drawn(view: ArticleView, line: int, component: str) -> str:
    """The text of wrapped line `line` that is drawn in the style of `component` (a plain
    match excludes the current one, which is drawn over the same colours)."""
    part = view.get_component_rich_style(component, partial=True)
    current = view.get_component_rich_style("article--match-current", partial=True)
    out = []
    for seg in view.render_article_line(line):
        if _has(seg.style, part) and (component == "article--match-current" or not _has(seg.style, current)):
            out.append(seg.text)
    return "".join(out)


def on_line(view: ArticleView, line: int, starts: list[int]) -> str:
    a, b = view.lines[line]
    return "".join(view.text[max(s, a):min(s + view.match_length, b)] for s in starts
                   if s < b and s + view.match_length > a)


def assert_current_visible(view: ArticleView) -> None:
    line = view.current_line
    assert line is not None
    assert line in view.visible_lines, (line, view.visible_lines)


# -- the search itself (no app) ------------------------------------------------------
def test_fold_keeps_offsets_and_find_all_is_literal():
    text = "İstanbul (ISTANBUL) a.b axb"  # "İ".lower() is two characters
    folded = fold(text)
    assert len(folded) == len(text)
    assert [text[i:i + 8] for i in find_all(folded, fold("istanbul"))] == ["ISTANBUL"]
    assert find_all(folded, fold("a.b")) == [text.index("a.b")]  # "." is a dot, not any character
    assert find_all(folded, fold("(")) == [text.index("(")]
    assert find_all(folded, "") == []
    assert find_all("aaaa", "aa") == [0, 2]  # no overlaps: every match is drawn whole


# -- in the app ----------------------------------------------------------------------
async def test_slash_opens_the_search_box_focused_and_keys_are_in_the_footer(seed_engine):
    app = make_app(seed_engine)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, view, box = await open_article(pilot)
        assert not box.display and app.focused is view
        shown = {key: b.binding.description for key, b in screen.active_bindings.items() if b.binding.show}
        assert shown.get("slash") == "Search"
        assert "n" not in shown  # nothing to step through yet
        # keys typed in one burst right after `/` land in the box, none reach the text
        for key in ("slash", "t", "h", "e"):
            app.post_message(events.Key(key, "/" if key == "slash" else key))
        await pilot.pause()
        assert box.display and app.focused is box
        assert box.value == WORD
        await pilot.press("enter")
        await pilot.pause()
        shown = {key: b.binding.description for key, b in screen.active_bindings.items() if b.binding.show}
        assert shown.get("n") == "Next match" and shown.get("N") == "Previous match"


async def test_typing_highlights_every_match_and_counts_them(seed_engine):
    app = make_app(seed_engine)
    async with app.run_test(size=(100, 30)) as pilot:
        _, view, box = await open_article(pilot)
        await search(pilot, "t")  # incremental: the first key already searches
        assert view.matches == expected(view, "t")
        await pilot.press(*WORD[1:])
        await pilot.pause()
        starts = expected(view, WORD)
        assert len(starts) >= 10
        assert view.matches == starts
        assert view.current is not None
        assert box.border_subtitle == f"match {view.current + 1} of {len(starts)}"
        assert_current_visible(view)
        # every match on screen is drawn highlighted, the current one in its own style
        current = view.current_offset
        assert current is not None
        others = [s for s in starts if s != current]
        shown = 0
        for line in view.visible_lines:
            assert drawn(view, line, "article--match") == on_line(view, line, others)
            assert drawn(view, line, "article--match-current") == on_line(view, line, [current])
            shown += len(drawn(view, line, "article--match"))
        assert shown >= 3 * len(WORD)
        assert drawn(view, view.line_of(current), "article--match-current").lower() == WORD
        # the cited sentence keeps its marks around the matches
        assert "▌" in "".join(seg.text for seg in view.render_article_line(view.target_line))


async def test_enter_n_and_shift_n_move_between_matches_and_scroll(seed_engine):
    app = make_app(seed_engine)
    async with app.run_test(size=(80, 24)) as pilot:
        _, view, box = await open_article(pilot)
        top = view.top_offset
        await search(pilot, SPREAD)
        count = len(view.matches)
        first = view.current
        assert first is not None
        assert view.matches[first] >= top or first == 0  # from the top of the window on
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is view and box.display  # the search stays, highlighted
        assert view.current == first
        assert_current_visible(view)
        # n goes once round all the matches, wrapping at the end, always on screen
        scrolled = set()
        for i in range(1, count + 1):
            await pilot.press("n")
            await pilot.pause()
            assert view.current == (first + i) % count
            assert_current_visible(view)
            scrolled.add(view.scroll_y)
            assert box.border_subtitle.startswith(f"match {view.current + 1} of {count}")
            if view.current == 0:
                assert box.border_subtitle.endswith("from the top")
        assert len(scrolled) > 1  # the matches do not fit in one window: it scrolled to them
        await pilot.press("N")
        await pilot.pause()
        assert view.current == (first - 1) % count
        assert_current_visible(view)
        # from the first match, N wraps to the last
        while view.current != 0:
            await pilot.press("N")
        await pilot.press("N")
        await pilot.pause()
        assert view.current == count - 1
        assert box.border_subtitle == f"match {count} of {count}, from the bottom"
        assert_current_visible(view)
        # `/` and Enter on the same query goes on to the next match
        await pilot.press("slash")
        assert app.focused is box
        await pilot.press("enter")
        await pilot.pause()
        assert view.current == 0 and app.focused is view
        assert_current_visible(view)


async def test_query_is_searched_literally(seed_engine):
    app = make_app(seed_engine)
    async with app.run_test(size=(100, 30)) as pilot:
        _, view, box = await open_article(pilot)
        for query in ["(", ".*", "e.", "[a-z]+", "\\"]:  # one article, each query in turn
            await _literal(pilot, view, box, query)


async def _literal(pilot, view, box, query: str) -> None:
    if box.display:  # close the last search: in the box `/` is just a character
        await pilot.press("escape")
        await pilot.pause()
    await search(pilot, query)
    assert box.value == query
    found = view.text.lower().count(query.lower())
    assert view.matches == expected(view, query)
    assert len(view.matches) == found
    if query == "(":
        assert found >= 1  # the article has one: the test means something
    if query == ".*":
        assert found == 0  # as a regex it would match everywhere
    assert box.border_subtitle == (f"match {(view.current or 0) + 1} of {found}" if found else "no match")


async def test_no_match_is_reported_and_enter_stays_in_the_box(seed_engine):
    app = make_app(seed_engine)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, view, box = await open_article(pilot)
        await search(pilot, "zqxj")
        assert view.matches == [] and view.current is None
        assert box.border_subtitle == "no match"
        assert box.has_class("-no-match")
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is box  # the query needs fixing: stay in it
        await pilot.press("tab")  # to the text; n has nothing to go to
        await pilot.pause()
        assert app.focused is view
        await pilot.press("n")
        await pilot.pause()
        assert view.current is None and box.border_subtitle == "no match"
        assert isinstance(app.screen, ArticleScreen)
        # deleting back to a word that is there finds it again
        await pilot.press("slash", "ctrl+u", *WORD)
        await pilot.pause()
        assert view.matches and box.border_subtitle.startswith("match ")
        assert not box.has_class("-no-match")
        assert screen is app.screen


async def test_escape_in_the_box_closes_the_search(seed_engine):
    app = make_app(seed_engine)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, view, box = await open_article(pilot)
        await search(pilot, WORD)
        assert view.matches
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and not box.display
        assert view.matches == [] and app.focused is view
        for line in view.visible_lines:
            assert drawn(view, line, "article--match") == ""
            assert drawn(view, line, "article--match-current") == ""
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_first_escape_clears_the_search_the_second_goes_back(seed_engine):
    app = make_app(seed_engine)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, view, box = await open_article(pilot)
        await search(pilot, WORD)
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is view and view.matches
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen  # still reading
        assert not box.display and view.matches == [] and view.current is None
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


@pytest.mark.parametrize("theme", [LIGHT, DARK])
async def test_search_highlights_meet_aa_contrast(seed_engine, theme):
    app = make_app(seed_engine)
    app.theme = theme
    async with app.run_test(size=(120, 30)) as pilot:
        _, view, box = await open_article(pilot)
        await search(pilot, WORD)
        lines = view.visible_lines
        assert sum(bool(drawn(view, line, "article--match")) for line in lines) >= 3
        assert view.current_line in lines
        assert low_contrast(app) == [], "typing a search"
        await pilot.press("enter")
        await pilot.pause()
        assert low_contrast(app) == [], "after Enter"
        await search(pilot, "zqxj")  # the "no match" warning under the box
        assert box.border_subtitle == "no match"
        assert low_contrast(app) == [], "no match"
