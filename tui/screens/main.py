"""The main screen: question box, ranked answers, and the source of the selected answer.

Side by side on wide terminals (120 columns and more), stacked below that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Footer, Input, Label, ProgressBar, Static
from textual.worker import get_current_worker

from qa import one_line
from tui.results import ResultItem, from_answer, from_passage, no_answer_notice, type_label
from tui.widgets.answers import AnswerList
from tui.widgets.question import QuestionInput
from tui.widgets.source import SourcePane, source_view
from tui.widgets.topbar import TopBar

if TYPE_CHECKING:
    from qa import AskResult, Engine, Filter
    from tui.history import History

# what each phase of an index build is called on the loading screen
STAGES = {"scanning": "Looking at the files", "reading": "Reading articles",
          "training": "Learning where sentences end", "splitting": "Indexing articles",
          "indexing": "Building the search index", "writing": "Saving the index",
          "merging": "Merging index segments"}

PLACEHOLDER = "Ask a question about the news, e.g. Who is Ukraine's Foreign Minister?"


class Welcome(Static):
    """What the results area shows before the first question."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"welcome--title", "welcome--text", "welcome--keys"}

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.corpus_text = ""

    def _style(self, name: str):
        return self.get_visual_style(f"welcome--{name}", partial=True)

    def set_corpus(self, text: str) -> None:
        self.corpus_text = text
        self.refresh(layout=True)

    def render(self) -> Content:
        return Content.assemble(
            ("Ask a question about " + (self.corpus_text or "your articles") + ".", self._style("title")),
            "\n\n",
            (("Answers are exact phrases from the articles — who, when, how much,\n"
              "how many, where — ranked, each shown in the sentence it came from."), self._style("text")),
            "\n\n",
            ("↑ earlier questions   F1 help   ctrl+p commands", self._style("keys")),
        )


class MainScreen(Screen):
    """The app tells it about the corpus (corpus_loading/_progress/_ready/_failed); it tells
    the app what happened with typed messages (Mounted, Asked, OpenArticle)."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]  # noqa: RUF012 - an instance variable in Screen

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "focus_question", "Question", show=False),
        # a priority binding runs as the key arrives, before the keys typed after it are
        # handed to the answer list; in the question box `/` is just a character
        Binding("slash", "slash_to_question", "Ask again", key_display="/", priority=True),
    ]

    class Mounted(Message):
        """The screen is up: the app can show or load the corpus."""

    class Asked(Message):
        """A question was typed and submitted (the app keeps it in the history)."""

        def __init__(self, question: str) -> None:
            super().__init__()
            self.question = question

    class OpenArticle(Message):
        def __init__(self, item: ResultItem) -> None:
            super().__init__()
            self.item = item

    def __init__(self, history: History) -> None:
        super().__init__(id="main")
        self.history = history
        self.engine: Engine | None = None
        self.load_state: str = "loading"  # loading | ready | failed
        self.pending: str | None = None
        self.last_result: AskResult | None = None
        self.last_question: str | None = None

    def compose(self) -> ComposeResult:
        yield TopBar(id="topbar")
        question = QuestionInput(self.history, id="question", placeholder=PLACEHOLDER)
        question.border_title = "Question"
        yield question
        with ContentSwitcher(initial="welcome", id="body"):
            yield Welcome(id="welcome")
            with Vertical(id="loading"):
                yield Label("Loading the corpus…", id="loading-label", markup=False)
                yield ProgressBar(id="loading-bar", show_eta=False)
                yield Label("", id="loading-note", markup=False)
            with Container(id="results"):
                with Vertical(id="answers-panel"):
                    yield Static("", id="notice", markup=False)
                    yield AnswerList(id="answers")
                yield SourcePane(id="source")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#answers-panel").border_title = "Answers"
        self.query_one(SourcePane).border_title = "Source"
        question = self.query_one(QuestionInput)
        if self.app.is_headless:
            question.cursor_blink = False  # deterministic screenshots
        question.focus()
        self.post_message(self.Mounted())

    # -- parts ----------------------------------------------------------------------
    @property
    def question(self) -> QuestionInput:
        return self.query_one(QuestionInput)

    @property
    def answers(self) -> AnswerList:
        return self.query_one(AnswerList)

    @property
    def source(self) -> SourcePane:
        return self.query_one(SourcePane)

    @property
    def selected(self) -> ResultItem | None:
        if self.query_one(ContentSwitcher).current != "results":
            return None
        return self.answers.selected

    # -- corpus state (called by the app) ------------------------------------------
    def corpus_loading(self, label: str) -> None:
        self.engine, self.load_state = None, "loading"
        bar = self.query_one(TopBar)
        bar.corpus, bar.status = label, "loading…"
        self.query_one("#loading-label", Label).update(f"Loading {label}…")
        self.query_one("#loading-note", Label).update(
            "You can type a question now; it is answered as soon as the corpus is ready."
        )
        self.query_one(ProgressBar).update(total=None, progress=0)
        self.query_one(ContentSwitcher).current = "loading"

    def corpus_progress(self, done: int, total: int) -> None:
        self.query_one("#loading-label", Label).update(f"Indexing articles: {done:,} of {total:,}")
        self.query_one(ProgressBar).update(total=total, progress=done)

    def corpus_stage(self, what: str, done: int, total: int) -> None:
        """Every phase of a build, with its progress when it has one."""
        name = STAGES.get(what, what[:1].upper() + what[1:])
        count = f": {done:,} of {total:,}" if total > 1 else ""
        self.query_one("#loading-label", Label).update(f"{name}{count}")
        if total:
            self.query_one(ProgressBar).update(total=total, progress=done)

    def corpus_ready(self, label: str, engine: Engine) -> None:
        self.engine, self.load_state = engine, "ready"
        n = len(engine.documents)
        articles = f"{n:,} article{'s' if n != 1 else ''}"
        bar = self.query_one(TopBar)
        bar.corpus, bar.status = label, articles
        self.query_one(Welcome).set_corpus(f"the {articles} in {label}")
        self.last_result = None
        self.query_one(ContentSwitcher).current = "welcome"
        self.filters_changed(getattr(self.app, "filters", None))
        self.action_focus_question()  # a new corpus: the next thing to do is to ask
        if self.pending:
            question, self.pending = self.pending, None
            self.ask(question)

    def filters_changed(self, filters: Filter | None) -> None:
        """The title bar says when only part of the corpus is searched."""
        from tui.screens.filters import describe

        said = describe(filters)
        self.query_one(TopBar).context = f"filter: {one_line(said)} · F3" if said else ""

    def corpus_failed(self, label: str, message: str) -> None:
        self.engine, self.load_state = None, "failed"
        bar = self.query_one(TopBar)
        bar.corpus, bar.status = label, "not loaded"
        self.query_one(Welcome).set_corpus("a corpus (none is loaded: ctrl+p → Switch corpus)")
        self.query_one(ContentSwitcher).current = "welcome"
        self.pending = None

    # -- asking -----------------------------------------------------------------------
    @on(QuestionInput.Submitted, "#question")
    def _submitted(self, event: QuestionInput.Submitted) -> None:
        event.stop()
        question = " ".join(event.value.split())
        if not question:
            self.notify("Type a question first.", severity="warning", timeout=3)
            return
        self.post_message(self.Asked(question))
        self.question.reset_history_browsing()
        self.ask(question)

    def ask(self, question: str) -> None:
        engine = self.engine
        self.last_question = question
        if engine is None:
            if self.load_state == "loading":
                self.pending = question
                self.query_one("#loading-note", Label).update(
                    f"Will answer “{one_line(question)}” as soon as the corpus is ready."
                )
            else:
                self.notify("No corpus is loaded. Use ctrl+p → Switch corpus.",
                            severity="error", title="Cannot ask")
            return
        self._ask_worker(engine, question)

    @work(thread=True, exclusive=True, group="ask", exit_on_error=False)
    def _ask_worker(self, engine: Engine, question: str) -> None:
        from qa import QAError

        worker = get_current_worker()
        try:
            result = engine.ask(question, min_confidence=getattr(self.app, "min_confidence", None),
                                filters=getattr(self.app, "filters", None))
        except QAError as exc:
            if not worker.is_cancelled:
                self._from_thread(self.show_failure, question, str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - an engine bug must not take the UI down
            if not worker.is_cancelled:
                self._from_thread(self.show_failure, question, f"unexpected error: {exc}")
            return
        if not worker.is_cancelled:
            self._from_thread(self.show_result, result)

    def _from_thread(self, callback, *args) -> None:
        """call_from_thread that tolerates the app having exited meanwhile."""
        try:
            self.app.call_from_thread(callback, *args)
        except RuntimeError:
            pass

    async def show_result(self, result: AskResult) -> None:
        self.last_result = result
        notice = self.query_one("#notice", Static)
        panel = self.query_one("#answers-panel")
        bar = f" · answers from p {result.min_confidence:.2f}" if result.min_confidence is not None else ""
        within = ""
        if result.filtered is not None:
            f = result.filtered
            within = f" · within {f.documents:,} of {f.of:,} articles"
            if f.undated_left_out:
                within += f" ({f.undated_left_out:,} undated left out)"
        panel.border_subtitle = f"{type_label(result.analysis.type)} question{bar}{within}"
        if result.answers:
            items = [from_answer(i, a, result.min_confidence is not None) for i, a in enumerate(result.answers, 1)]
            n = len(items)
            panel.border_title = f"{n} answer{'s' if n != 1 else ''}"
            notice.display = False
            panel.remove_class("-no-answer")
        else:
            items = [from_passage(i, p) for i, p in enumerate(result.passages, 1)]
            panel.border_title = "No answer"
            notice.update(no_answer_notice(result, bool(items)))
            notice.display = True
            panel.add_class("-no-answer")
        self.query_one(ContentSwitcher).current = "results"
        await self.answers.show_items(items)
        if items:
            self.answers.focus()
        else:
            self.source.show(None, "Nothing to show.")

    async def show_failure(self, question: str, message: str) -> None:
        """The engine refused the question (no searchable words, too long, …)."""
        self.last_result = None
        panel = self.query_one("#answers-panel")
        panel.border_title = "No answer"
        panel.border_subtitle = ""
        panel.add_class("-no-answer")
        notice = self.query_one("#notice", Static)
        notice.update(f"No answer: {one_line(message)}.")
        notice.display = True
        self.query_one(ContentSwitcher).current = "results"
        await self.answers.show_items([])
        self.source.show(None, "Try other words: names, places and numbers in the articles work best.")
        self.question.focus()

    # -- selection ----------------------------------------------------------------------
    @on(AnswerList.Highlighted)
    def _highlighted(self, message: AnswerList.Highlighted) -> None:
        engine = self.engine
        if message.item is None or engine is None:
            self.source.show(None, "")
            return
        try:
            view = source_view(engine, message.item)
        except Exception as exc:  # noqa: BLE001 - the engine changed under us, or a bad offset
            self.source.show(None, f"Cannot show the source: {exc}")
            return
        self.source.show(view)

    @on(AnswerList.Opened)
    def _opened(self, message: AnswerList.Opened) -> None:
        self.post_message(self.OpenArticle(message.item))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "slash_to_question":
            focused = self.focused
            return focused is not None and not isinstance(focused, Input)
        return True

    def action_slash_to_question(self) -> None:
        self.action_focus_question()

    def action_focus_question(self) -> None:
        """Focus the question box now (`focus()` waits for the message queue, and keys typed
        right after `/` would reach the answer list)."""
        self.set_focus(self.question)
