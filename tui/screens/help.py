"""The help screen: what the app does and every key, grouped by where it works."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.style import Style
from textual.widget import Widget

Group = tuple[str, list[tuple[str, str]]]

LEFT: list[Group] = [
    ("Question box", [
        ("enter", "ask"),
        ("↑ ↓", "earlier questions"),
        ("→", "accept the completion"),
    ]),
    ("Answers", [
        ("↑ ↓ j k", "move (or click)"),
        ("enter", "open the article"),
        ("c / m", "copy: citation / Markdown"),
        ("/ esc", "back to the question"),
    ]),
    ("Timeline", [
        ("↑ ↓", "values, earliest first"),
        ("] [", "the value's next citation"),
        ("enter", "open the article"),
    ]),
]
RIGHT: list[Group] = [
    ("Article", [
        ("↑ ↓ pgdn", "scroll"),
        ("s", "back to the cited sentence"),
        ("/ n N", "search; next / previous"),
        ("c / m", "copy: citation / Markdown"),
        ("esc q", "back (esc: close search)"),
    ]),
    ("Anywhere", [
        ("tab", "next pane"),
        ("ctrl+p", "commands"),
        ("ctrl+t", "dark / light theme"),
        ("f3", "filters: period, sources"),
        ("f4", "timeline of the question"),
        ("f2", "settings: how sure answers must be"),
        ("f1", "this help"),
        ("ctrl+q", "quit"),
    ]),
]
KEY_WIDTH = 10

ABOUT = ("Answers are exact phrases from the articles, surest first, each with the estimated "
         "chance that it is right; one that is not sure enough is not given. Each sits in the "
         "sentence it came from and cites its document, sentence number and date; "
         "double-click or press enter to read the whole article there.")


class HelpIntro(Widget):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"help--title", "help--about"}

    def render(self) -> Content:
        return Content.assemble(
            ("newsqa — questions answered from your news articles",
             self.get_visual_style("help--title", partial=True)), "\n",
            (ABOUT, self.get_visual_style("help--about", partial=True)),
        )


class KeyTable(Widget):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"help--group", "help--key", "help--text"}

    def __init__(self, groups: list[Group], **kwargs) -> None:
        super().__init__(**kwargs)
        self.groups = groups

    def render(self) -> Content:
        group = self.get_visual_style("help--group", partial=True)
        key = self.get_visual_style("help--key", partial=True)
        text = self.get_visual_style("help--text", partial=True)
        parts: list[str | tuple[str, Style]] = []
        for i, (title, rows) in enumerate(self.groups):
            parts += ["\n\n" if i else "", (title, group)]
            for k, t in rows:
                parts += ["\n", (k.ljust(KEY_WIDTH), key), (t, text)]
        return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,f1,question_mark", "close", "Close", key_display="esc"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog") as dialog:
            dialog.border_title = "Help"
            dialog.border_subtitle = "esc close"
            yield HelpIntro()
            with Horizontal(id="help-keys"):
                yield KeyTable(LEFT)
                yield KeyTable(RIGHT)

    def action_close(self) -> None:
        self.dismiss()
