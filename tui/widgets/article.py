"""The whole article, wrapped to the window, with the cited sentence and span marked.

A Line API widget: the text is wrapped here (so the line of every character offset
is known exactly) and only visible lines are rendered, which keeps long articles
cheap. `target_line` is the first wrapped line of the cited sentence; the view
scrolls it to about a third of the way down the window.

Search: `search()` finds every literal, case-insensitive occurrence of a query once
(str.find over the folded text, never a regex: the query is user text) and keeps the
start offsets sorted; rendering bisects them to the visible lines, so a search costs one
pass over the text and drawing stays proportional to the window.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

MEASURE = 96  # longest line, in cells, on wide terminals
GUTTER = 2  # "▌ " beside the cited sentence
WORD = re.compile(r"\S+\s*|\s+")


def fold(text: str) -> str:
    """`text` lowercased character for character, so offsets into it are offsets into `text`.

    `str.lower` can lengthen a string ("İ" becomes two characters), which would shift every
    offset after it; such characters are left as they are.
    """
    low = text.lower()
    if len(low) == len(text):  # lower() never shortens: same length means one for one
        return low
    return "".join(c if len(lc := c.lower()) != 1 else lc for c in text)


def find_all(folded: str, query: str) -> list[int]:
    """Start offsets of every non-overlapping occurrence of `query` (already folded)."""
    found: list[int] = []
    if not query:
        return found
    step = len(query)
    i = folded.find(query)
    while i >= 0:
        found.append(i)
        i = folded.find(query, i + step)
    return found


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Word-wrap `text` to `width` cells; each line as (start, end) offsets into `text`.

    Hard line breaks are kept (a blank line stays blank); trailing spaces stay on the
    line they follow, and words longer than the width are cut.
    """
    width = max(width, 8)
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        a, b = pos, pos + len(raw)
        pos = b + 1
        if a == b:
            lines.append((a, a))
            continue
        line_start, used = a, 0
        for m in WORD.finditer(text, a, b):
            word_start, word_end = m.start(), m.end()
            visible = text[word_start:word_end].rstrip()
            w = cell_len(visible)
            if used and used + w > width:
                lines.append((line_start, word_start))
                line_start, used = word_start, 0
            while w > width:  # a word wider than the line: cut it
                cut, cells = word_start, 0
                while cut < word_end and cells + cell_len(text[cut]) <= width:
                    cells += cell_len(text[cut])
                    cut += 1
                lines.append((word_start, cut))
                line_start = word_start = cut
                visible = text[word_start:word_end].rstrip()
                w = cell_len(visible)
            used += cell_len(text[word_start:word_end])
        lines.append((line_start, b))
    return lines


class ArticleView(ScrollView, can_focus=True):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"article--sentence", "article--span", "article--gutter",
                                             "article--match", "article--match-current"}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "scroll_up", "Scroll up", show=False),
        Binding("down,j", "scroll_down", "Scroll down", show=False),
        Binding("space", "page_down", "Page down", show=False),
    ]

    def __init__(self, text: str, sentence: tuple[int, int], span: tuple[int, int] | None,
                 **kwargs) -> None:
        super().__init__(**kwargs)
        self.text = text
        self.sentence = sentence
        self.span = span
        self.lines: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self.target_line = 0
        self._left = 0
        self._wrapped_for = -1
        self._needs_target = True
        self._folded: str | None = None  # the text lowercased, made on the first search
        self.search_query = ""
        self.matches: list[int] = []  # start offsets of the search's matches, sorted
        self.match_length = 0
        self.current: int | None = None  # index into `matches` of the current match

    # -- layout -------------------------------------------------------------------
    def _rewrap(self, width: int) -> None:
        if width == self._wrapped_for or width <= 0:
            return
        top_offset = self.lines[int(self.scroll_y)][0] if self.lines and not self._needs_target else None
        measure = max(8, min(MEASURE, width - GUTTER - 2))
        self._left = max(0, (width - GUTTER - measure) // 2)
        self.lines = wrap_offsets(self.text, measure)
        self._starts = [a for a, _ in self.lines]
        self._wrapped_for = width
        self.target_line = self.line_of(self.sentence[0])
        self.virtual_size = Size(width, len(self.lines))
        if top_offset is not None:
            y = self.line_of(top_offset)
            self.call_after_refresh(self.scroll_to, y=y, animate=False, immediate=True)
        self.refresh()

    def line_of(self, offset: int) -> int:
        """Index of the wrapped line that holds character `offset`."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def on_resize(self) -> None:
        self._rewrap(self.scrollable_content_region.width)
        if self._needs_target and self.scrollable_content_region.height:
            self._needs_target = False
            self.call_after_refresh(self.scroll_to_target)

    def scroll_to_target(self) -> None:
        """Put the cited sentence about a third of the way down the view."""
        y = max(0, self.target_line - self.scrollable_content_region.height // 3)
        self.scroll_to(y=y, animate=False, immediate=True)

    @property
    def visible_lines(self) -> range:
        top = int(self.scroll_y)
        return range(top, min(len(self.lines), top + self.scrollable_content_region.height))

    def line_text(self, index: int) -> str:
        a, b = self.lines[index]
        return self.text[a:b]

    # -- search -------------------------------------------------------------------
    def search(self, query: str, origin: int = 0) -> int:
        """Highlight every occurrence of `query`, literally and ignoring case; the current
        match is the first one starting at or after offset `origin` (else the first).
        Returns the number of matches; an empty query clears the search."""
        if self._folded is None:
            self._folded = fold(self.text)
        needle = fold(query)
        self.search_query = query
        self.matches = find_all(self._folded, needle)
        self.match_length = len(needle)
        self.current = None
        if self.matches:
            i = bisect_left(self.matches, origin)
            self.current = i if i < len(self.matches) else 0
        self.refresh()
        return len(self.matches)

    def clear_search(self) -> None:
        self.search("")

    def move_match(self, step: int) -> bool:
        """Make the match `step` away current, wrapping around the ends; True if it wrapped."""
        if not self.matches:
            return False
        n = len(self.matches)
        i = self.current + step if self.current is not None else (0 if step > 0 else n - 1)
        self.current = i % n
        self.refresh()
        return not 0 <= i < n

    @property
    def current_offset(self) -> int | None:
        """Where the current match starts in the text."""
        return None if self.current is None else self.matches[self.current]

    @property
    def current_line(self) -> int | None:
        """The wrapped line on which the current match starts."""
        offset = self.current_offset
        return None if offset is None else self.line_of(offset)

    def scroll_to_match(self) -> None:
        """Bring the current match into view, about a third of the way down; a match that
        is already on screen does not move the text (stepping through one page stays calm)."""
        line = self.current_line
        if line is None or line in self.visible_lines:
            return
        y = max(0, line - self.scrollable_content_region.height // 3)
        self.scroll_to(y=y, animate=False, immediate=True)

    @property
    def top_offset(self) -> int:
        """Offset of the first character on screen (a search starts from there)."""
        if not self.lines:
            return 0
        return self.lines[min(int(self.scroll_y), len(self.lines) - 1)][0]

    def _matches_on(self, a: int, b: int) -> range:
        """Indexes into `matches` of the matches that overlap text[a:b]."""
        if not self.matches or a >= b:
            return range(0)
        first = bisect_right(self.matches, a - self.match_length)  # the first one ending after a
        return range(first, bisect_left(self.matches, b, lo=first))

    # -- rendering ----------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        return self.render_article_line(int(self.scroll_y) + y)

    def render_article_line(self, index: int) -> Strip:
        """Wrapped line `index` of the article (not of the window)."""
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self.lines):
            return Strip.blank(width, base)
        a, b = self.lines[index]
        s0, s1 = self.sentence
        in_sentence = a < s1 and (b > s0 or (a == b and s0 <= a < s1))
        sentence_style = base + self.get_component_rich_style("article--sentence", partial=True)
        span_style = sentence_style + self.get_component_rich_style("article--span", partial=True)
        gutter_style = base + self.get_component_rich_style("article--gutter", partial=True)
        segments = [Segment(" " * self._left, base)]
        segments.append(Segment("▌ " if in_sentence else "  ", gutter_style if in_sentence else base))
        on_line = self._matches_on(a, b)
        bounds = [x for i in on_line for x in (self.matches[i], self.matches[i] + self.match_length)]
        cuts = sorted({a, b, *(x for x in (s0, s1, *(self.span or ()), *bounds) if a < x < b)})
        if on_line:  # only looked up (and only used) on lines with a match
            match_style = self.get_component_rich_style("article--match", partial=True)
            current_style = self.get_component_rich_style("article--match-current", partial=True)
        text = self.text
        m = on_line.start
        for c0, c1 in pairwise(cuts):
            piece = text[c0:c1]
            if c1 == b:
                piece = piece.rstrip()
            if not piece:
                continue
            if self.span and self.span[0] <= c0 and c1 <= self.span[1]:
                style = span_style
            elif s0 <= c0 and c1 <= s1:
                style = sentence_style
            else:
                style = base
            while m < on_line.stop and self.matches[m] + self.match_length <= c0:
                m += 1
            if m < on_line.stop and self.matches[m] <= c0:  # pieces never straddle a match's ends
                style += current_style if m == self.current else match_style
            segments.append(Segment(piece, style))
        strip = Strip(segments)
        return strip.crop_extend(0, width, base)
