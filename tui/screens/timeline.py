"""The timeline screen: every value the archive gives for the question, earliest first, each
with its dates, articles, sources and probability; numbers over time drawn as a chart (by
plotext, through the engine's `timeline_chart`); the selected value's earliest citation in
a source pane, Enter to read the article there.

Narrow terminals stack table, chart and source; wide ones (120 columns and more) put the
chart beside the table. The timeline is read in a thread worker: it reads up to 250
passages, a few hundred milliseconds on a large archive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label, Static
from textual.worker import get_current_worker

from qa import one_line
from tui.results import ResultItem, from_timeline
from tui.widgets.source import SourcePane, source_view

if TYPE_CHECKING:
    from qa import Engine, Filter, Timeline

COLUMNS = ("dates", "value", "p", "articles", "sources")


class TimelineScreen(Screen):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]  # noqa: RUF012 - an instance variable in Screen

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back", key_display="esc"),
        Binding("enter", "open", "Open article", key_display="⏎"),
        Binding("c", "app.copy_citation", "Copy"),
        Binding("m", "app.copy_markdown", "Copy as Markdown", show=False),
        Binding("right_square_bracket", "citation(1)", "Next citation", key_display="]"),
        Binding("left_square_bracket", "citation(-1)", "Previous citation", key_display="[", show=False),
    ]

    def __init__(self, engine: Engine, question: str, filters: Filter | None = None) -> None:
        super().__init__(id="timeline")
        self.engine = engine
        self.question = question
        self.filters = filters
        self.timeline: Timeline | None = None
        self.items: list[ResultItem] = []  # per value: the citation shown (the earliest at first)
        self.cited: list[int] = []  # per value: which of its citations is shown

    def compose(self) -> ComposeResult:
        yield Label(f"Timeline  {one_line(self.question)}", id="timeline-title", markup=False)
        yield Label("Reading the archive…", id="timeline-status", markup=False)
        with Horizontal(id="timeline-body"):
            with Vertical(id="timeline-left"):
                table: DataTable = DataTable(id="timeline-table", cursor_type="row", zebra_stripes=False)
                table.border_title = "Values, earliest first"
                yield table
                yield SourcePane(id="timeline-source")
            chart = Static("", id="timeline-chart", markup=False)
            chart.border_title = "Over time"
            yield chart
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for name in COLUMNS:
            table.add_column(name, key=name)
        self.query_one(SourcePane).show(None, "")
        self.query_one("#timeline-chart").display = False
        table.focus()
        self._read(self.engine, self.question, self.filters)

    # -- reading ----------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="timeline", exit_on_error=False)
    def _read(self, engine: Engine, question: str, filters: Filter | None) -> None:
        from qa import QAError

        worker = get_current_worker()
        try:
            timeline = engine.timeline(question, filters=filters)
        except QAError as exc:
            if not worker.is_cancelled:
                self.app.call_from_thread(self.failed, str(exc))
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self.show_timeline, timeline)

    def failed(self, message: str) -> None:
        self.query_one("#timeline-status", Label).update(f"No timeline: {one_line(message)}.")

    def show_timeline(self, timeline: Timeline) -> None:
        self.timeline = timeline
        kind = timeline.analysis.type
        self.items = [from_timeline(i, e, kind) for i, e in enumerate(timeline.entries, 1)]
        self.cited = [0] * len(self.items)
        n = len(timeline.entries)
        within = ""
        if timeline.filtered is not None:
            within = f", within {timeline.filtered.documents:,} of {timeline.filtered.of:,} articles"
        bar = f"from p {timeline.min_confidence:.2f}" if timeline.min_confidence is not None else ""
        status = self.query_one("#timeline-status", Label)
        if not n:
            status.update(f"No value found in {timeline.passages_read} matching passages ({bar}{within}).")
            self.query_one(SourcePane).show(None, "Try other words, or a lower bar (F2).")
            return
        status.update(f"{n} value{'s' if n != 1 else ''} in {timeline.passages_read} matching passages "
                      f"({bar}{within})")
        table = self.query_one(DataTable)
        for e in timeline.entries:
            value = one_line(e.text) + (f" = {one_line(e.display)}" if e.display else "")
            dates = str(e.first or "undated") + (f" to {e.last}" if e.last and e.last != e.first else "")
            sources = ", ".join(self._source_name(s) for s in e.sources)
            table.add_row(dates, value, f"{e.p:.0%}", str(e.articles), one_line(sources))
        table.move_cursor(row=0)
        self._show_source(0)
        self._draw()

    def _source_name(self, source: str) -> str:
        """A corpus file as `--source` names it: its path within the corpus."""
        root = (self.engine.source or "").rstrip("/")
        if root and source.startswith(root + "/"):
            return source[len(root) + 1:]
        return source.rsplit("/", 1)[-1]

    # -- chart ------------------------------------------------------------------------
    def _draw(self) -> None:
        """Show the chart when the values give a course to draw, then draw it at the size it
        gets (known only once it is shown)."""
        from qa import timeline_chartable

        chart = self.query_one("#timeline-chart", Static)
        if self.timeline is None:
            return
        shown = timeline_chartable(self.timeline)
        chart.display = shown
        if shown:
            self.call_after_refresh(self._fit_chart)

    def _fit_chart(self) -> None:
        from qa import timeline_chart

        chart = self.query_one("#timeline-chart", Static)
        if self.timeline is None or not chart.display:
            return
        size = chart.content_size
        chart.update(timeline_chart(self.timeline, max(size.width, 30), max(size.height, 8)))

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_chart)

    # -- selection ----------------------------------------------------------------------
    @property
    def selected(self) -> ResultItem | None:
        row = self.query_one(DataTable).cursor_row
        return self.items[row] if 0 <= row < len(self.items) else None

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_source(event.cursor_row)

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    def _show_source(self, row: int) -> None:
        pane = self.query_one(SourcePane)
        if not 0 <= row < len(self.items):
            pane.show(None, "")
            return
        try:
            pane.show(source_view(self.engine, self.items[row]))
        except Exception as exc:  # noqa: BLE001 - a bad offset must not take the screen down
            pane.show(None, f"Cannot show the source: {exc}")
            return
        if self.timeline is not None:
            n = len(self.timeline.entries[row].citations)
            more = self.timeline.entries[row].articles > n
            pane.border_subtitle = (f"citation {self.cited[row] + 1} of {n}{'+' if more else ''} · ] [ · ⏎ article"
                                    if n > 1 else "⏎ open article")

    def action_citation(self, step: int) -> None:
        """The selected value's next (or previous) citation, in date order, wrapping."""
        row = self.query_one(DataTable).cursor_row
        if self.timeline is None or not 0 <= row < len(self.items):
            return
        entry = self.timeline.entries[row]
        self.cited[row] = (self.cited[row] + step) % len(entry.citations)
        self.items[row] = from_timeline(row + 1, entry, self.timeline.analysis.type, self.cited[row])
        self._show_source(row)

    def action_open(self) -> None:
        item = self.selected
        if item is not None:
            self.app.open_article(item)  # type: ignore[attr-defined]

    def action_back(self) -> None:
        self.dismiss()
