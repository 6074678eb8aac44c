"""`qa bench` (issue 5 builds it out)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from qa.errors import QAError


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--sentences", type=int, default=100_000, help="sentences to index")


def cli_bench(args: argparse.Namespace, warn: Callable[[str], None]) -> int:
    raise QAError("qa bench is not built yet")
