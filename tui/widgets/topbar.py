"""The one-line title bar: app name, corpus, key hints. No clock, on purpose."""

from __future__ import annotations

from typing import ClassVar

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget


class TopBar(Widget):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"topbar--brand", "topbar--corpus", "topbar--meta", "topbar--keys"}

    corpus: reactive[str] = reactive("")
    status: reactive[str] = reactive("")
    context: reactive[str] = reactive("")

    def _style(self, name: str):
        return self.get_visual_style(f"topbar--{name}", partial=True)

    def render(self) -> Content:
        width = self.content_size.width
        left = Content.assemble(
            (" newsqa ", self._style("brand")),
            "  ",
            (self.corpus, self._style("corpus")),
            ((" · " + self.status) if self.status else "", self._style("meta")),
        )
        keys = self.context or "F1 help · ^p commands"
        right = Content.styled(keys + " ", self._style("keys"))
        gap = width - left.cell_length - right.cell_length
        if gap < 2:
            return left.truncate(width, ellipsis=True)
        return Content.assemble(left, " " * gap, right)

