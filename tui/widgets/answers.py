"""The ranked answer list (or, when there is no answer, the best-matching sentences).

Each row is two lines, laid out for the width it gets:

     1  3 billion euros                         HOW MUCH  0.88
        = 3,000,000,000 EUR   000_ef42ed6bd980c635.txt · 2024-03-05

Up/Down (or j/k) and the mouse move the highlight, Enter or a double click opens
the article at the cited sentence. Colours come from component classes in app.tcss.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from textual import events
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.style import Style
from textual.widget import Widget

from tui.results import ResultItem

SEP = " · "


def _fit(text: str, width: int) -> str:
    """`text` cut to `width` cells, with an ellipsis when cut."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = cell_len(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


class AnswerRow(Widget):
    """One answer (or matching sentence) in the list; its text colours are the list's
    component classes (one set per list, not per row, keeps restyling cheap)."""

    def __init__(self, item: ResultItem, index: int) -> None:
        super().__init__(id=f"row-{index}", classes="-passage" if item.kind == "passage" else "")
        self.item = item
        self.index = index

    def _style(self, name: str):
        owner = self.parent if isinstance(self.parent, AnswerList) else self
        return owner.get_visual_style(f"answer-list--{name}", partial=True)

    def render(self) -> Content:
        item = self.item
        width = max(self.content_size.width, 20)
        rank = f"{item.rank:>2}  "
        indent = " " * len(rank)
        score = f"{item.score:.0%}" if item.probability else f"{item.score:.2f}"
        if item.kind == "answer":
            badge = f" {item.type_label} " if item.type_label else ""
            right_parts: list[tuple[str, Style | str]] = [(badge, self._style("badge")), ("  ", ""),
                                                      (score, self._style("score"))]
            lead = [(f"= {item.value}", self._style("value")), ("   ", "")] if item.value else []
        else:
            right_parts = [(score, self._style("score"))]
            lead = []
        right_width = 1 + sum(cell_len(t) for t, _ in right_parts)
        text = _fit(" ".join(item.text.split()), width - len(rank) - right_width)
        gap = width - len(rank) - cell_len(text) - right_width + 1
        line1 = Content.assemble(
            (rank, self._style("rank")),
            (text, self._style("text" if item.kind == "answer" else "passage")),
            " " * gap, *right_parts
        )
        # second line: "= value   document · date", the document name gives way first
        tail: list[tuple[str, Style]] = [(SEP, self._style("meta")), (item.date, self._style("meta"))]
        if item.kind == "passage":
            tail.append((f"{SEP}sentence {item.sentence_number}", self._style("meta")))
        room = width - len(indent) - sum(cell_len(t) for t, _ in lead + tail)
        parts: list[str | tuple[str, Style | str]] = [indent, *lead, (_fit(item.doc_name, max(room, 4)), self._style("doc")),
                                                *tail]
        line2 = Content.assemble(*parts).truncate(width, ellipsis=True)
        return Content("\n").join([line1, line2])

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(AnswerList.RowClicked(self.index, event.chain))


class AnswerList(VerticalScroll, can_focus=True):
    """The focusable list of rows; owns the highlight."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "answer-list--rank",
        "answer-list--text",
        "answer-list--passage",
        "answer-list--badge",
        "answer-list--score",
        "answer-list--value",
        "answer-list--doc",
        "answer-list--meta",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open article", key_display="⏎"),
        Binding("c", "app.copy_citation", "Copy"),
        Binding("m", "app.copy_markdown", "Copy as Markdown", show=False),
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("pageup", "page_up_rows", "Page up", show=False),
        Binding("pagedown", "page_down_rows", "Page down", show=False),
    ]

    highlighted: reactive[int | None] = reactive(None, init=False)

    class Highlighted(Message):
        def __init__(self, item: ResultItem | None) -> None:
            super().__init__()
            self.item = item

    class Opened(Message):
        def __init__(self, item: ResultItem) -> None:
            super().__init__()
            self.item = item

    class RowClicked(Message):
        def __init__(self, index: int, chain: int) -> None:
            super().__init__()
            self.index = index
            self.chain = chain

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.items: list[ResultItem] = []

    @property
    def rows(self) -> list[AnswerRow]:
        return list(self.query_children(AnswerRow))

    @property
    def selected(self) -> ResultItem | None:
        if self.highlighted is None or not (0 <= self.highlighted < len(self.items)):
            return None
        return self.items[self.highlighted]

    async def show_items(self, items: list[ResultItem]) -> None:
        self.items = list(items)
        await self.remove_children()
        await self.mount_all([AnswerRow(item, i) for i, item in enumerate(self.items)])
        self.scroll_home(animate=False)
        new = 0 if self.items else None
        if self.highlighted == new:
            self._update_highlight(new)
        self.highlighted = new

    def watch_highlighted(self, index: int | None) -> None:
        self._update_highlight(index)

    def _update_highlight(self, index: int | None) -> None:
        for row in self.rows:
            row.set_class(row.index == index, "-highlighted")
        if index is not None:
            rows = self.rows
            if 0 <= index < len(rows):
                self.scroll_to_widget(rows[index], animate=False)
        self.post_message(self.Highlighted(self.selected))

    def _move(self, delta: int) -> None:
        if not self.items:
            return
        current = self.highlighted if self.highlighted is not None else -delta
        self.highlighted = max(0, min(len(self.items) - 1, current + delta))

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_first(self) -> None:
        if self.items:
            self.highlighted = 0

    def action_last(self) -> None:
        if self.items:
            self.highlighted = len(self.items) - 1

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height // 2)

    def action_page_up_rows(self) -> None:
        self._move(-self._page())

    def action_page_down_rows(self) -> None:
        self._move(self._page())

    def action_open(self) -> None:
        if (item := self.selected) is not None:
            self.post_message(self.Opened(item))

    def on_answer_list_row_clicked(self, message: RowClicked) -> None:
        message.stop()
        self.focus()
        self.highlighted = message.index
        if message.chain >= 2:
            self.action_open()
