"""The article screen: the whole document, opened at the cited sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer

from qa import one_line, printable
from tui.results import ResultItem, date_text
from tui.widgets.article import ArticleView

if TYPE_CHECKING:
    from qa import Document


class ArticleHeader(Widget):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"article-header--title", "article-header--meta", "article-header--answer",
                         "article-header--label"}

    def __init__(self, document: Document, item: ResultItem, **kwargs) -> None:
        super().__init__(**kwargs)
        self.document = document
        self.item = item

    def _style(self, name: str):
        return self.get_visual_style(f"article-header--{name}", partial=True)

    def render(self) -> Content:
        doc, item = self.document, self.item
        meta = [f"sentence {item.sentence_number}", date_text(doc.date)]
        if doc.title:
            meta.append(one_line(doc.id))
        if doc.authors:
            meta.append("by " + one_line(", ".join(doc.authors)))
        if item.kind == "answer":
            found = [("Answer  ", self._style("label")), (item.text, self._style("answer"))]
            if item.type_label:
                extra = item.type_label + (f" · {item.value}" if item.value else "")
                found.append((f"  ({extra})", self._style("meta")))
        else:
            found = [("Best-matching sentence (no answer found)", self._style("label"))]
        return Content.assemble(
            (one_line(doc.title or doc.id), self._style("title")), "\n",
            (" · ".join(meta), self._style("meta")), "\n",
            *found,
        )


class ArticleScreen(Screen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,backspace", "back", "Back", key_display="esc"),
        Binding("c", "app.copy_citation", "Copy"),
        Binding("s", "to_sentence", "To sentence"),
    ]

    def __init__(self, document: Document, item: ResultItem) -> None:
        super().__init__(id="article")
        self.document = document
        self.item = item

    def compose(self) -> ComposeResult:
        yield ArticleHeader(self.document, self.item, id="article-header")
        span = (self.item.span_start, self.item.span_end) \
            if self.item.span_start is not None and self.item.span_end is not None else None
        yield ArticleView(
            printable(self.document.text),  # one character for one: offsets still point right
            (self.item.sentence_start, self.item.sentence_end),
            span,
            id="article-text",
        )
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ArticleView).focus()

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    def action_back(self) -> None:
        self.dismiss()

    def action_to_sentence(self) -> None:
        self.view.scroll_to_target()
