"""One module per subcommand: `add(subparsers, add_corpus_options)` and `run(args) -> exit code`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Protocol

from newsqa.commands import ask, batch, bench, evaluate, index, show, timeline, train, ui, verify


class Command(Protocol):
    def add(self, sub: argparse._SubParsersAction, corpus_options: Callable[[argparse.ArgumentParser], None]) -> None:
        ...

    def run(self, args: argparse.Namespace) -> int:
        ...


COMMANDS: dict[str, Command] = {"ask": ask, "batch": batch, "show": show, "verify": verify,  # type: ignore[dict-item]
                                "eval": evaluate, "index": index, "bench": bench, "train": train,
                                "timeline": timeline}

__all__ = ["COMMANDS", "ui"]
