"""Settings: how sure an answer must be to be given (the engine's bar), 0 to 1 or empty for the
model's own threshold."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.validation import Number
from textual.widgets import Input, Label


@dataclass(frozen=True)
class Bar:
    """The chosen bar: a probability, or None for the model's threshold."""

    value: float | None


class SettingsScreen(ModalScreen[Bar | None]):
    """Returns the new bar, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", key_display="esc")]

    def __init__(self, current: float | None, default: float | None) -> None:
        super().__init__()
        self.current = current
        self.default = default

    def compose(self) -> ComposeResult:
        with Vertical(id="settings-dialog") as dialog:
            dialog.border_title = "Settings"
            dialog.border_subtitle = "⏎ apply · esc cancel"
            default = f"{self.default:.2f}" if self.default is not None else "none"
            yield Label("Minimum confidence: an answer is given only when its estimated probability of being "
                        f"right is at least this (0 to 1). Empty: the model's threshold ({default}), "
                        "chosen so that 9 in 10 answers given are right over a large archive.",
                        id="settings-help")
            yield Input(value="" if self.current is None else f"{self.current:g}", placeholder=default,
                        validators=[Number(minimum=0.0, maximum=1.0)], id="min-confidence")
            yield Label("", id="settings-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if not text:
            self.dismiss(Bar(None))
            return
        if event.validation_result is not None and not event.validation_result.is_valid:
            self.query_one("#settings-error", Label).update("A number from 0 to 1, or empty for the default.")
            return
        self.dismiss(Bar(float(text)))

    def action_cancel(self) -> None:
        self.dismiss(None)
