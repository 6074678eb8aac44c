"""`python -m tui [--corpus PATH]`: run the terminal UI."""

from __future__ import annotations

import argparse
import sys

from tui.app import run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tui", description=__doc__)
    parser.add_argument(
        "--corpus", metavar="PATH", default=None,
        help="folder, .txt/.md file or .jsonl file of articles (default: the seed articles)",
    )
    args = parser.parse_args(argv)
    return run(args.corpus)


if __name__ == "__main__":
    sys.exit(main())
