"""The whole article, wrapped to the window, with the cited sentence and span marked.

A Line API widget: the text is wrapped here (so the line of every character offset
is known exactly) and only visible lines are rendered, which keeps long articles
cheap. `target_line` is the first wrapped line of the cited sentence; the view
scrolls it to about a third of the way down the window.
"""

from __future__ import annotations

import re
from bisect import bisect_right
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
    COMPONENT_CLASSES: ClassVar[set[str]] = {"article--sentence", "article--span", "article--gutter"}

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
        cuts = sorted({a, b, *(x for x in (s0, s1, *(self.span or ())) if a < x < b)})
        text = self.text
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
            segments.append(Segment(piece, style))
        strip = Strip(segments)
        return strip.crop_extend(0, width, base)
