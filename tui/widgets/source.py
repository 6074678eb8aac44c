"""The source pane: the cited sentence with one sentence of context on each side.

  ╭─ 2024-03-05 · sentence 12 · 000_ef42ed6bd980c635.txt ──────────────────────────╮
    … Ukraine's Foreign Minister Dmytro Kuleba will also take part in the meeting …
  ▌ Macron and his Ukrainian counterpart […] Paris pledged 3 billion euros ($3.2 …
    Authors: Dinara Khalilova, The Kyiv Independent news desk …

The document, its date and the sentence number are in the frame's title. Context
sentences are dimmed, the cited sentence stands out with a bar beside it and the
answer span highlighted. Each part is its own widget, so the pane can always scroll
the cited sentence into view, even at 80x24. Colours live in app.tcss.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from qa import one_line, printable
from tui.results import ResultItem


@dataclass(frozen=True)
class SourceView:
    """What the pane shows; `before`/`after` are the neighbouring sentences ("" at the ends)."""

    item: ResultItem
    sentence: str
    before: str
    after: str
    more_before: bool
    more_after: bool


def source_view(engine, item: ResultItem) -> SourceView:
    """The cited sentence of `item` with one sentence of context on each side."""
    from qa import QAError

    text = engine.document(item.doc_id).text
    neighbours: dict[int, tuple[int, int]] = {}
    for index in (item.sentence_index - 1, item.sentence_index + 1):
        if index < 0:
            continue
        try:
            p = engine.passage(item.doc_id, index)
        except QAError:
            continue
        neighbours[index] = (p.start, p.end)
    b = neighbours.get(item.sentence_index - 1)
    a = neighbours.get(item.sentence_index + 1)
    start = b[0] if b else item.sentence_start
    end = a[1] if a else item.sentence_end
    return SourceView(
        item=item,
        sentence=printable(text[item.sentence_start:item.sentence_end]),  # same length: the span still fits
        before=one_line(" ".join(text[b[0]:b[1]].split())) if b else "",
        after=one_line(" ".join(text[a[0]:a[1]].split())) if a else "",
        more_before=bool(text[:start].strip()),
        more_after=bool(text[end:].strip()),
    )


def squeeze(text: str, span: tuple[int, int] | None) -> tuple[str, tuple[int, int] | None]:
    """`text` with runs of whitespace made one space (line breaks inside a sentence
    are layout, not content) and `span` moved to match."""
    out: list[str] = []
    where: list[int] = []  # where[i]: length of `out` before text[i]
    for ch in text.strip():
        where.append(len(out))
        if ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
        else:
            out.append(ch)
    where.append(len(out))
    lead = len(text) - len(text.lstrip())
    if span is None:
        return "".join(out), None
    a = where[max(0, min(len(where) - 1, span[0] - lead))]
    b = where[max(0, min(len(where) - 1, span[1] - lead))]
    return "".join(out), (a, b)


class CitedSentence(Widget):
    """The cited sentence, answer span highlighted (component class `cited--span`)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"cited--span"}

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.text = ""
        self.span: tuple[int, int] | None = None  # offsets into `text`

    @property
    def span_style(self):
        return self.get_visual_style("cited--span", partial=True)

    def build(self) -> Content:
        content = Content(self.text)
        if self.span:
            content = content.stylize(self.span_style, *self.span)
        return content

    def highlighted_texts(self) -> list[str]:
        """The text under the span highlight, as rendered."""
        content = self.build()
        style = self.span_style
        return [content.plain[s.start:s.end] for s in content.spans if s.style == style]

    def render(self) -> Content:
        return self.build()


class SourcePane(VerticalScroll):
    """Scrollable frame for the source of the highlighted answer."""

    def compose(self) -> ComposeResult:
        yield Static("", id="source-before", classes="context", markup=False)
        yield CitedSentence(id="source-cited")
        yield Static("", id="source-after", classes="context", markup=False)
        yield Static("", id="source-support", markup=False)
        yield Static("", id="source-hint", markup=False)

    @property
    def cited(self) -> CitedSentence:
        return self.query_one(CitedSentence)

    def show(self, view: SourceView | None, message: str = "") -> None:
        self.set_class(view is None, "-empty")
        self.border_title = "Source"
        hint = self.query_one("#source-hint", Static)
        hint.update(message)
        hint.display = bool(message)
        before = self.query_one("#source-before", Static)
        after = self.query_one("#source-after", Static)
        support = self.query_one("#source-support", Static)
        cited = self.cited
        if view is None:
            before.update("")
            after.update("")
            support.update("")
            cited.text, cited.span = "", None
            cited.refresh(layout=True)
            self.border_subtitle = ""
            return
        item = view.item
        self.border_title = f"{item.date} · sentence {item.sentence_number} · {item.doc_name}"
        before.update(("… " if view.more_before else "") + view.before if view.before else "")
        after.update(view.after + (" …" if view.more_after else "") if view.after else "")
        before.display, after.display = bool(view.before), bool(view.after)
        span = None
        if item.span_start is not None and item.span_end is not None:
            span = (item.span_start - item.sentence_start, item.span_end - item.sentence_start)
        cited.text, cited.span = squeeze(view.sentence, span)
        cited.refresh(layout=True)
        if item.support:
            shown = "; ".join(f"{s.doc_name}, sentence {s.sentence_number}" for s in item.support)
            noun = "sentence" if len(item.support) == 1 else "sentences"
            support.update(f"Also stated in {len(item.support)} other {noun}: {shown}")
        elif item.note:
            support.update(f"Ruled out: {item.note}.")
        else:
            support.update("")
        support.display = bool(item.support or item.note)
        self.border_subtitle = "⏎ open article"
        self.scroll_home(animate=False)
        self.call_after_refresh(self._reveal)

    def _reveal(self) -> None:
        """Make sure the whole cited sentence is in view (it may not be at 80x24)."""
        cited = self.cited
        self.scroll_to_widget(cited, animate=False, top=cited.outer_size.height >= self.scrollable_content_region.height)
