"""The article's search box: a one-line input under the text, hidden until `/` is pressed.

It only edits the query and shows how the search went (in its border subtitle); the
article screen runs the search in the ArticleView as the query changes, and its Escape
closes the box.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input

MAX_QUERY = 200  # a pasted page is not a search


class ArticleSearch(Input):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Find", key_display="⏎"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(placeholder="search the article", max_length=MAX_QUERY, **kwargs)
        self.border_title = "Search"

    def report(self, text: str, *, found: bool = True) -> None:
        """Show how the search went ("match 3 of 12", "no match") under the box."""
        self.border_subtitle = text  # fixed wording only: border text is markup
        self.set_class(not found, "-no-match")
