"""A progress bar for long builds, on a terminal only (rich); nothing when stderr is piped."""

from __future__ import annotations

import sys
import time


class Bar:
    """A progress bar on a terminal, nothing when stderr is piped. It writes to the terminal
    itself (not through the CLI's safe output, which would show its cursor codes): its text
    is only the stage names and counts."""

    def __init__(self) -> None:
        self.progress = None
        self.task = None
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.progress = Progress(TextColumn("{task.description:<12}"), BarColumn(), MofNCompleteColumn(),
                                     TimeElapsedColumn(), console=Console(file=getattr(sys.stderr, "raw", sys.stderr)), transient=True,
                                     auto_refresh=False)
            self.progress.start()
            self.task = self.progress.add_task("scanning", total=None)
            self._last = 0.0
            self._what = "scanning"
        self._note = ""

    def __call__(self, what: str, done: int, total: int) -> None:
        if self.progress is None or self.task is None:
            return
        new_stage = what != self._what
        self._what = what
        desc = f"{what} ({self._note})" if self._note and what == "splitting" else what
        self.progress.update(self.task, description=desc, completed=done, total=total or None)
        now = time.monotonic()
        if new_stage or now - self._last > 0.1 or done == total:
            self._last = now
            self.progress.refresh()

    def note(self, text: str) -> None:
        """A line of state beside the splitting stage (a cluster build: segments written, on workers)."""
        self._note = text
        if self.progress is not None and self.task is not None and self._what == "splitting":
            self.progress.update(self.task, description=f"splitting ({text})")
            self.progress.refresh()

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()
