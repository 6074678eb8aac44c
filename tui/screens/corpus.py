"""Switch corpus: ask for a folder or file of articles, with path completion."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Label

SEED = ""  # an empty answer means "the seed articles"


class PathSuggester(Suggester):
    """Completes the last part of a path from what is on disk."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        if not value:
            return None
        path = Path(value).expanduser()
        parent, stem = (path, "") if value.endswith(("/", "\\")) else (path.parent, path.name)
        try:
            names = sorted(p.name + ("/" if p.is_dir() else "") for p in parent.iterdir()
                           if not p.name.startswith(".") and p.name.startswith(stem))
        except OSError:
            return None
        if not names or names[0] == stem:
            return None
        return value + names[0][len(stem):]


class CorpusScreen(ModalScreen[str | None]):
    """Returns the chosen path (SEED for the seed articles), or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", key_display="esc")]

    def __init__(self, current: str | None) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="corpus-dialog") as dialog:
            dialog.border_title = "Switch corpus"
            dialog.border_subtitle = "⏎ load · esc cancel"
            yield Label("A folder of .txt/.md articles, one such file, or a .jsonl file. "
                        "Leave empty for the seed articles.", id="corpus-help")
            yield Input(value=self.current or "", placeholder="~/news/",
                        suggester=PathSuggester(), id="corpus-path")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
