"""The question box: Enter asks, Up/Down walk through earlier questions."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.suggester import Suggester
from textual.widgets import Input

from tui.history import History

MAX_QUESTION = 500


class HistorySuggester(Suggester):
    """Greyed-out completion from earlier questions (accept it with →)."""

    def __init__(self, history: History) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.history = history

    async def get_suggestion(self, value: str) -> str | None:
        if len(value.strip()) < 2:
            return None
        found = self.history.latest_with_prefix(value)
        # keep what the user typed, complete with the rest of the earlier question
        return value + found[len(value):] if found else None


class QuestionInput(Input):
    """An Input with shell-like history recall."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Ask", key_display="⏎"),
        Binding("up", "history_previous", "History", key_display="↑↓"),
        Binding("down", "history_next", "Next in history", show=False),
    ]

    def __init__(self, history: History, **kwargs) -> None:
        super().__init__(
            suggester=HistorySuggester(history),
            max_length=MAX_QUESTION,
            **kwargs,
        )
        self.history = history
        self._position: int | None = None  # index into history while browsing it
        self._draft = ""

    @property
    def browsing(self) -> bool:
        return self._position is not None

    def _show(self, text: str) -> None:
        self.value = text
        self.cursor_position = len(text)

    def action_history_previous(self) -> None:
        if not len(self.history):
            return
        if self._position is None:
            self._draft = self.value
            self._position = len(self.history) - 1
        elif self._position > 0:
            self._position -= 1
        else:
            self.app.bell()
            return
        self._show(self.history[self._position])

    def action_history_next(self) -> None:
        if self._position is None:
            return
        self._position += 1
        if self._position >= len(self.history):
            self._position = None
            self._show(self._draft)
        else:
            self._show(self.history[self._position])

    def reset_history_browsing(self) -> None:
        self._position = None
        self._draft = ""
