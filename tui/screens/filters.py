"""Filters: narrow the archive to a period and to sources, as `--since/--until/--undated/
--source` do on the command line. Filtering happens inside retrieval, so the answers are the
best ones within the filter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select

from qa import one_line

if TYPE_CHECKING:  # the engine is imported lazily (startup time), see tui/app.py
    from qa import Filter

UNDATED = [("left out when a date is given", "default"), ("kept", "keep"), ("left out", "drop")]
MAX_SOURCES_SHOWN = 8


@dataclass(frozen=True)
class Chosen:
    """The filter chosen: None to search the whole corpus."""

    filter: Filter | None


def parse(since: str, until: str, sources: str, undated: str) -> Filter | None:
    """The dialog's fields as a Filter (None when nothing narrows); QAError on a bad date."""
    from qa import Filter, QAError, parse_date

    f = Filter(since=parse_date(since) if since.strip() else None,
               until=parse_date(until, end=True) if until.strip() else None,
               sources=[s.strip() for s in sources.split(",") if s.strip()],
               undated=None if undated == "default" else undated)  # type: ignore[arg-type]
    if f.since and f.until and f.since > f.until:
        raise QAError(f"the start ({f.since}) is after the end ({f.until})")
    return f if f.active else None


class FiltersScreen(ModalScreen[Chosen | None]):
    """Returns the chosen filter, or None when cancelled. `check` is the engine's own test of
    a filter (an unknown source is refused there, with the engine's message)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", key_display="esc"),
        Binding("ctrl+r", "clear", "Clear all"),
    ]

    def __init__(self, current: Filter | None, sources: list[str],
                 check: Callable[[Filter], None] = lambda _: None) -> None:
        super().__init__()
        self.current = current
        self.sources = sources
        self.check = check

    def compose(self) -> ComposeResult:
        f = self.current
        with Vertical(id="filters-dialog") as dialog:
            dialog.border_title = "Filters"
            dialog.border_subtitle = "⏎ apply · ctrl+r clear · esc cancel"
            yield Label("Search only articles dated within a period (YYYY, YYYY-MM or YYYY-MM-DD) "
                        "and only some sources. Answers are then the best within the filter.",
                        id="filters-help")
            with Horizontal(id="filters-dates"):
                yield Input(value=str(f.since) if f and f.since else "", placeholder="since", id="since")
                yield Input(value=str(f.until) if f and f.until else "", placeholder="until", id="until")
            yield Label("Articles with no date:", classes="filters-label")
            yield Select(UNDATED, value=(f.undated if f and f.undated else "default"), allow_blank=False,
                         id="undated")
            shown = ", ".join(self.sources[:MAX_SOURCES_SHOWN])
            more = len(self.sources) - MAX_SOURCES_SHOWN
            yield Label(f"Sources, separated by commas (in this corpus: {one_line(shown)}"
                        f"{f' and {more:,} more' if more > 0 else ''}):", classes="filters-label")
            yield Input(value=", ".join(f.sources) if f else "", placeholder="every source", id="sources")
            yield Label("", id="filters-error")

    def on_mount(self) -> None:
        self.query_one("#since", Input).focus()

    def _values(self) -> tuple[str, str, str, str]:
        undated = self.query_one("#undated", Select).value
        return (self.query_one("#since", Input).value, self.query_one("#until", Input).value,
                self.query_one("#sources", Input).value, str(undated))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.apply()

    def apply(self) -> None:
        from qa import QAError

        error = self.query_one("#filters-error", Label)
        try:
            chosen = parse(*self._values())
            if chosen is not None:
                self.check(chosen)
        except QAError as exc:
            error.update(one_line(str(exc)))
            return
        self.dismiss(Chosen(chosen))

    def action_clear(self) -> None:
        for name in ("#since", "#until", "#sources"):
            self.query_one(name, Input).value = ""
        self.query_one("#undated", Select).value = "default"

    def action_cancel(self) -> None:
        self.dismiss(None)


def describe(f: Filter | None) -> str:
    """The filter as the title bar and the answers' subtitle say it."""
    if f is None:
        return ""
    from qa import filter_summary

    return filter_summary(f)
