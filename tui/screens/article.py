"""The article screen: the whole document, opened at the cited sentence.

`/` opens a search box under the text; the search runs as the query is typed, Enter goes
to the match and back to the text, `n` / `N` step through the matches (wrapping around).
While a search is shown the first Escape closes it and the next one leaves the article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Input

from qa import one_line, printable
from tui.results import ResultItem, date_text
from tui.widgets.article import ArticleView
from tui.widgets.article_search import ArticleSearch

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


MATCHES = Binding.Group("Match", compact=True)  # the footer shows "n N Match"


class ArticleScreen(Screen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close_search", "Close search", key_display="esc"),  # while a search is shown
        Binding("escape", "back", "Back", key_display="esc"),
        Binding("q,backspace", "back", "Back", show=False),
        Binding("c", "app.copy_citation", "Copy"),
        Binding("m", "app.copy_markdown", "Copy as Markdown", show=False),
        Binding("s", "to_sentence", "To sentence"),
        # priority, so the keys typed right after `/` go to the box, not to the text
        Binding("slash", "search", "Search", key_display="/", priority=True),  # shown until a search is open
        Binding("slash", "search_again", "Search", key_display="/", show=False, priority=True),
        Binding("n", "next_match", "Next match", group=MATCHES),
        Binding("N", "previous_match", "Previous match", group=MATCHES),
    ]
    TYPING_HIDES: ClassVar[set[str]] = {"to_sentence", "search", "search_again", "next_match", "previous_match"}

    def __init__(self, document: Document, item: ResultItem) -> None:
        super().__init__(id="article")
        self.document = document
        self.item = item
        self._submitted: str | None = None  # the query Enter last went to (Enter again: the next match)
        self._origin = 0  # where the search being typed starts from (the first character on screen)

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
        yield ArticleSearch(id="article-search")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ArticleView).focus()

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def search_box(self) -> ArticleSearch:
        return self.query_one(ArticleSearch)

    @property
    def searching(self) -> bool:
        """A search is shown (its box is open, with or without matches)."""
        boxes = self.query(ArticleSearch)  # none yet while the footer first asks, before compose
        return bool(boxes) and boxes.first().display

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that type into the search box are hidden from the footer while it has focus;
        `n` / `N` and the search's Escape only exist while a search is shown."""
        if action in self.TYPING_HIDES and isinstance(self.focused, Input):
            return False
        if action in {"close_search", "next_match", "previous_match", "search_again"}:
            return self.searching
        if action == "search":
            return not self.searching
        return True

    def action_back(self) -> None:
        self.dismiss()

    def action_to_sentence(self) -> None:
        self.view.scroll_to_target()

    # -- search ---------------------------------------------------------------------
    def action_search(self) -> None:
        """Open the search box and focus it now (`focus()` waits for the message queue, and
        keys typed right after `/` would reach the text); the search starts from the top of
        the window."""
        box = self.search_box
        box.display = True
        self._origin = self.view.top_offset
        self.set_focus(box)
        self.refresh_bindings()

    def action_search_again(self) -> None:
        """Back to the open search box; editing the query starts from the current match, so
        a longer query keeps it where it still matches."""
        current = self.view.current_offset
        self._origin = current if current is not None else self.view.top_offset
        self.set_focus(self.search_box)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input is not self.search_box:
            return
        event.stop()
        self._submitted = None
        self.view.search(event.value, self._origin)
        self._report()
        self.call_after_refresh(self.view.scroll_to_match)  # the box has taken its rows by then

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input is not self.search_box:
            return
        event.stop()
        view = self.view
        if not event.value:
            self.action_close_search()
            return
        if not view.matches:
            self.app.bell()  # stay in the box: the query probably needs fixing
            return
        if self._submitted == event.value:  # Enter again on the same query: the next match
            self._step(+1)
        else:
            self._submitted = event.value
            self._report()
            view.scroll_to_match()
        self.set_focus(view)

    def action_close_search(self) -> None:
        """Close the search box and clear the highlight; the text keeps its place."""
        box = self.search_box
        self._submitted = None
        box.display = False
        box.value = ""
        self.view.clear_search()
        self.set_focus(self.view)
        self.refresh_bindings()

    def action_next_match(self) -> None:
        self._step(+1)

    def action_previous_match(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        view = self.view
        if not view.matches:
            self.app.bell()
            self._report()
            return
        wrapped = view.move_match(step)
        self._report(wrapped=("from the top" if step > 0 else "from the bottom") if wrapped else "")
        view.scroll_to_match()

    def _report(self, wrapped: str = "") -> None:
        """Say in the search box's border which match is current: "match 3 of 12"."""
        view, box = self.view, self.search_box
        if not view.search_query:
            box.report("")
        elif not view.matches:
            box.report("no match", found=False)
        else:
            current = (view.current or 0) + 1
            box.report(f"match {current} of {len(view.matches)}" + (f", {wrapped}" if wrapped else ""))
