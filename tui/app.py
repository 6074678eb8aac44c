"""The newsqa terminal app.

    run(corpus)            build and run the app; returns an exit code (the CLI calls this)
    QAApp(corpus, engine)  the app; `engine` lets tests reuse one pre-built Engine

The engine package is imported and the corpus loaded in a thread worker, so the
question box is usable at once; a question asked before the corpus is ready is
answered as soon as it is. Workers touch widgets only through `call_from_thread`.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.worker import get_current_worker

from qa import one_line, printable
from tui.history import History
from tui.results import ResultItem
from tui.screens.article import ArticleScreen
from tui.screens.corpus import CorpusScreen
from tui.screens.filters import Chosen, FiltersScreen, describe
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen
from tui.screens.settings import Bar, SettingsScreen
from tui.screens.timeline import TimelineScreen
from tui.theme import DARK_NAME, LIGHT_NAME, dark_theme, light_theme

if TYPE_CHECKING:
    from qa import Engine, Filter

DARK, LIGHT = DARK_NAME, LIGHT_NAME
MAX_WARNINGS_SHOWN = 3


@dataclass(frozen=True)
class Loading:
    """How corpora are opened: the command line's --follow-links, --index-dir, --no-cache and --cluster."""

    follow_links: bool = False
    index_dir: str | None = None
    cache: bool = True
    cluster: Any = None  # --cluster: a qa.cluster.Cluster whose workers do the retrieval


class LoadCancelled(Exception):
    """Raised from a build's progress callback once its worker is cancelled."""


def guess_seed_path() -> Path | None:
    """Where `qa.default_corpus_path()` will point, found without importing `qa`
    (importing it costs time at startup); only used to name the corpus early."""
    try:
        spec = importlib.util.find_spec("qa")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    here = Path(spec.origin).resolve().parent
    for candidate in (here / "seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    return None


def is_seed_corpus(corpus: str | None, seeds: Path | None = None) -> bool:
    if corpus is None:
        return True
    seeds = seeds or guess_seed_path()
    try:
        return seeds is not None and Path(corpus).expanduser().resolve() == seeds.resolve()
    except OSError:
        return False


def corpus_label(corpus: str | None, seeds: Path | None = None) -> str:
    """How the corpus is named in the title bar: "seed corpus", "~/news", or the path."""
    if corpus is None or is_seed_corpus(corpus, seeds):
        return "seed corpus"
    path = Path(corpus).expanduser()
    try:
        return one_line("~/" + path.resolve().relative_to(Path.home()).as_posix())
    except (ValueError, OSError, RuntimeError):
        return one_line(str(corpus))


def start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with a real stderr.

    The engine indexes big corpora in a "spawn" process pool. The tracker, started on
    first use, passes `sys.stderr.fileno()` to its child; under Textual, stderr is a
    capture object whose fileno() is -1 and the spawn fails with "bad value(s) in
    fds_to_keep". Started here (main thread, stderr pointed at /dev/null for the call)
    it is ready before the pool needs it, and its messages cannot garble the screen.
    """
    from multiprocessing import resource_tracker

    saved = sys.stderr
    try:
        with open(os.devnull, "w") as devnull:
            sys.stderr = devnull
            resource_tracker.ensure_running()
    except Exception:  # noqa: BLE001, S110 - no tracker: the engine then reports its own error
        pass
    finally:
        sys.stderr = saved


class QAApp(App[int]):
    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute: subclasses live elsewhere
    TITLE = "newsqa"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help"),
        Binding("ctrl+t", "toggle_theme", "Theme", show=False),
        Binding("f2", "settings", "Settings", show=False),
        Binding("f3", "filters", "Filters"),
        Binding("f4", "timeline", "Timeline"),
        Binding("ctrl+q", "quit", "Quit"),
    ]

    def __init__(self, corpus: str | None = None, engine: Engine | None = None,
                 min_confidence: float | None = None, filters: Filter | None = None,
                 loading: Loading | None = None) -> None:
        super().__init__()
        self.register_theme(dark_theme())
        self.register_theme(light_theme())
        self.theme = DARK
        self.corpus = corpus
        self.min_confidence = min_confidence  # the bar answers must reach (None: the model's threshold)
        self.filters = filters  # inside retrieval (None: the whole corpus)
        self.loading = loading or Loading()
        self.engine: Engine | None = engine
        self.load_state: Literal["loading", "ready", "failed"] = "ready" if engine else "loading"
        self.history = History.load()
        self.main_screen = MainScreen(self.history)
        self._previous: tuple[str | None, Engine] | None = None

    def get_default_screen(self) -> Screen:
        return self.main_screen

    def notify(self, message: str, *, title: str = "", severity: Any = "information",
               timeout: float | None = None, markup: bool = False) -> None:
        """Every notification is plain text, made printable: messages carry file names,
        document ids and engine errors, which come from untrusted files."""
        super().notify(printable(message), title=one_line(title), severity=severity, timeout=timeout,
                       markup=False)

    def on_mount(self) -> None:
        if self.history.error:
            self.notify(self.history.error, severity="warning", title="History")
            self.history.error = None

    def on_main_screen_mounted(self, _: MainScreen.Mounted) -> None:
        """The main screen is up: show or load the corpus."""
        if self.engine is not None:
            self.main_screen.corpus_ready(corpus_label(self.corpus), self.engine)
        else:
            self.load_corpus(self.corpus)

    # -- threads ------------------------------------------------------------------------
    def from_thread(self, callback: Callable[..., Any], *args: Any) -> None:
        """call_from_thread that tolerates the app having exited meanwhile."""
        try:
            self.call_from_thread(callback, *args)
        except RuntimeError:
            pass

    # -- corpus ---------------------------------------------------------------------------
    def load_corpus(self, corpus: str | None) -> None:
        if self.engine is not None:  # kept in case the new corpus cannot be loaded
            self._previous = (self.corpus, self.engine)
        self.corpus = corpus
        self.engine = None
        self.load_state = "loading"
        self.main_screen.corpus_loading(corpus_label(corpus))
        if not is_seed_corpus(corpus):  # the seeds are too small for a process pool
            start_resource_tracker()
        self._load_worker(corpus)

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load_worker(self, corpus: str | None) -> None:
        worker = get_current_worker()
        warnings: list[str] = []

        def progress(done: int, total: int) -> None:
            if worker.is_cancelled:  # quitting, or another corpus chosen: stop the build here
                raise LoadCancelled
            self.from_thread(self.main_screen.corpus_progress, done, total)

        def stage(what: str, done: int, total: int) -> None:
            if worker.is_cancelled:
                raise LoadCancelled
            self.from_thread(self.main_screen.corpus_stage, what, done, total)

        try:
            from qa import Engine, QAError, default_corpus_path
        except Exception as exc:  # noqa: BLE001 - a broken install must still show a message
            self.from_thread(self._corpus_failed, corpus, f"cannot load the engine: {exc}", [])
            return
        try:
            how = self.loading
            engine = Engine.from_path(corpus, warn=warnings.append, progress=progress, stage=stage,
                                      index_dir=how.index_dir, cache=how.cache, follow_links=how.follow_links,
                                      cluster=how.cluster)
        except LoadCancelled:
            return
        except QAError as exc:
            if not worker.is_cancelled:
                self.from_thread(self._corpus_failed, corpus, str(exc), warnings)
            return
        except Exception as exc:  # noqa: BLE001 - a corpus that breaks the engine must not break the UI
            if not worker.is_cancelled:
                self.from_thread(self._corpus_failed, corpus, f"cannot load the corpus: {exc}", warnings)
            return
        try:
            seeds: Path | None = default_corpus_path()
        except QAError:
            seeds = None
        if not worker.is_cancelled:
            self.from_thread(self._corpus_ready, corpus_label(corpus, seeds), engine, warnings)

    def _report_warnings(self, warnings: list[str]) -> None:
        if not warnings:
            return
        shown = "\n".join(warnings[:MAX_WARNINGS_SHOWN])
        if len(warnings) > MAX_WARNINGS_SHOWN:
            shown += f"\n… and {len(warnings) - MAX_WARNINGS_SHOWN} more"
        n = len(warnings)
        self.notify(shown, title=f"Skipped {n} unreadable file{'s' if n != 1 else ''}",
                    severity="warning", timeout=10)

    def _corpus_ready(self, label: str, engine: Engine, warnings: list[str]) -> None:
        self.engine = engine
        self._previous = None
        self.load_state = "ready"
        self._report_warnings(warnings)
        self.main_screen.corpus_ready(label, engine)

    def _corpus_failed(self, corpus: str | None, message: str, warnings: list[str]) -> None:
        self._report_warnings(warnings)
        if self._previous is not None:  # keep answering from the corpus we had
            self.corpus, self.engine = self._previous
            self._previous = None
            self.load_state = "ready"
            label = corpus_label(self.corpus)
            self.notify(f"{message}\nStill using {label}.", title="Could not load the corpus",
                        severity="error", timeout=15)
            self.main_screen.corpus_ready(label, self.engine)
            return
        self.load_state = "failed"
        self.notify(f"{message}\nctrl+p → Switch corpus to pick another.",
                    title="Could not load the corpus", severity="error", timeout=15)
        self.main_screen.corpus_failed(corpus_label(corpus), message)

    # -- history --------------------------------------------------------------------------
    def on_main_screen_asked(self, message: MainScreen.Asked) -> None:
        self.history.add(message.question)
        if self.history.error:
            self.notify(self.history.error, severity="warning", title="History")
            self.history.error = None

    # -- actions ----------------------------------------------------------------------------
    @property
    def selected_item(self) -> ResultItem | None:
        return self._selected_on(self.screen)

    def _selected_on(self, screen: Screen) -> ResultItem | None:
        if isinstance(screen, ArticleScreen):
            return screen.item
        if isinstance(screen, TimelineScreen):
            return screen.selected
        return self.main_screen.selected

    def open_article(self, item: ResultItem | None = None) -> None:
        item = item or self.main_screen.selected
        if item is None or self.engine is None:
            self.notify("Ask a question and select an answer first.", severity="warning", timeout=3)
            return
        if isinstance(self.screen, ArticleScreen):
            return
        try:
            document = self.engine.document(item.doc_id)
        except Exception as exc:  # noqa: BLE001 - shown as a notification, not a crash
            self.notify(str(exc), severity="error", title="Cannot open the article")
            return
        self.push_screen(ArticleScreen(document, item))

    def action_open_article(self) -> None:
        self.open_article()

    def on_main_screen_open_article(self, message: MainScreen.OpenArticle) -> None:
        self.open_article(message.item)

    def action_copy_citation(self) -> None:
        item = self.selected_item
        if item is None:
            self.notify("Nothing selected to copy.", severity="warning", timeout=3)
            return
        text = item.citation_text()
        self.copy_to_clipboard(text)
        self.notify(text, title="Copied to the clipboard", timeout=4)

    def action_copy_markdown(self) -> None:
        """The selected answer's sentence as a Markdown quote, the answer in bold, with its citation."""
        from qa import markdown_quote

        item = self.selected_item
        if item is None or self.engine is None:
            self.notify("Nothing selected to copy.", severity="warning", timeout=3)
            return
        try:
            text = self.engine.document(item.doc_id).text
        except Exception as exc:  # noqa: BLE001 - shown, not raised
            self.notify(str(exc), severity="error", title="Cannot copy")
            return
        sentence = printable(text[item.sentence_start:item.sentence_end])
        lo = (item.span_start - item.sentence_start) if item.span_start is not None else 0
        hi = (item.span_end - item.sentence_start) if item.span_end is not None else 0
        self.copy_to_clipboard(markdown_quote(sentence, lo, hi, item.ref, item.title, item.date))
        self.notify(f"{item.text} — {item.ref}", title="Copied as a Markdown quote", timeout=4)

    def action_focus_question(self) -> None:
        self._back_to_main()
        self.main_screen.action_focus_question()

    async def action_ask(self) -> None:
        """Ask what is in the question box (or just go there when it is empty)."""
        self._back_to_main()
        question = self.main_screen.question
        question.focus()
        if question.value.strip():
            await question.action_submit()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.theme == DARK else DARK

    def action_settings(self) -> None:
        model = self.engine.model if self.engine is not None else None
        default = model.threshold if model is not None else None

        def chosen(bar: Bar | None) -> None:
            if bar is None:
                return
            self.min_confidence = bar.value
            shown = f"{bar.value:.2f}" if bar.value is not None else "the model's threshold"
            self.notify(f"Answers are given from a confidence of {shown}.", title="Settings")
            question = self.main_screen.last_question
            if question and self.engine is not None:
                self.main_screen.ask(question)  # the last question again, under the new bar

        self.push_screen(SettingsScreen(self.min_confidence, default), chosen)

    def action_filters(self) -> None:
        if isinstance(self.screen, FiltersScreen):
            return
        engine = self.engine
        if engine is None:
            self.notify("The corpus is still loading.", severity="warning", timeout=3)
            return

        def chosen(choice: Chosen | None) -> None:
            if choice is None:
                return
            self.filters = choice.filter
            self.main_screen.filters_changed(self.filters)
            said = describe(self.filters)
            self.notify(f"Searching {said}." if said else "Searching the whole corpus.", title="Filters")
            question = self.main_screen.last_question
            if question and self.engine is not None:
                self._back_to_main()
                self.main_screen.ask(question)  # the last question again, within the filter

        def check(f: Filter) -> None:
            engine.within(f)  # refuses a source the corpus does not have

        self.push_screen(FiltersScreen(self.filters, engine.sources(), check), chosen)

    def action_timeline(self) -> None:
        """Every value the archive gives for the question, in date order (a screen of its own)."""
        if isinstance(self.screen, TimelineScreen):
            return
        question = self.main_screen.last_question or " ".join(self.main_screen.question.value.split())
        if not question:
            self.notify("Type a question first: the timeline shows every value the archive gives for it.",
                        severity="warning", timeout=4)
            return
        if self.engine is None:
            self.notify("The corpus is still loading.", severity="warning", timeout=3)
            return
        self._back_to_main()
        self.push_screen(TimelineScreen(self.engine, question, self.filters))

    def action_switch_corpus(self) -> None:
        def chosen(path: str | None) -> None:
            if path is None:
                return
            self._back_to_main()
            self.load_corpus(path or None)

        self.push_screen(CorpusScreen(self.corpus), chosen)

    def _back_to_main(self) -> None:
        while len(self.screen_stack) > 1 and self.screen is not self.main_screen:
            self.pop_screen()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand("Ask", "Ask the question in the question box", self.action_ask)
        if self._selected_on(screen) is not None:
            if not isinstance(screen, ArticleScreen):
                yield SystemCommand("Open article", "Read the whole article at the cited sentence",
                                    self.action_open_article)
            yield SystemCommand("Copy citation", "Copy the selected answer with its citation (DOC:N, as qa show takes)",
                                self.action_copy_citation)
            yield SystemCommand("Copy as Markdown", "Copy the cited sentence as a Markdown quote with its citation",
                                self.action_copy_markdown)
        yield SystemCommand("Switch corpus", "Load another folder or file of articles",
                            self.action_switch_corpus)
        yield SystemCommand("Filters", "Search only a period or some sources (since, until, source)",
                            self.action_filters)
        yield SystemCommand("Timeline", "Every value the archive gives for the question, in date order",
                            self.action_timeline)
        yield SystemCommand("Settings", "How sure an answer must be to be given", self.action_settings)
        yield SystemCommand("Toggle theme", "Switch between the dark and the light theme",
                            self.action_toggle_theme)
        yield SystemCommand("Help", "Keys and how the app works", self.action_help)
        yield from super().get_system_commands(screen)


def run(corpus: str | None = None, min_confidence: float | None = None, filters: Filter | None = None,
        loading: Loading | None = None) -> int:
    """Run the terminal UI on `corpus` (None: the seed articles); returns an exit code."""
    app = QAApp(corpus, min_confidence=min_confidence, filters=filters, loading=loading)
    app.run()
    return app.return_code or 0
