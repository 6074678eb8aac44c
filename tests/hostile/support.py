"""Helpers for the hostile-input tests: run the CLI in-process on bytes in and out, and
check that what reaches a terminal holds no control character."""

from __future__ import annotations

import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from newsqa.cli import main

# What a terminal acts on: C0 (but newline and tab), DEL, C1, bidi marks, line and
# paragraph separators, lone surrogates; ESC and BEL are the ones an attack needs.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")


def unsafe(text: str) -> list[str]:
    """The characters of `text` that must never reach a terminal."""
    return UNSAFE.findall(text)


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.strip().splitlines()


def run(*args: str | Path, stdin: bytes = b"") -> Run:
    """`qa ARGS` in this process, its stdin given as bytes; stdout and stderr as the
    terminal would get them (decoded strictly: invalid UTF-8 fails the test)."""
    out, err = io.BytesIO(), io.BytesIO()
    streams = (io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"),
               io.TextIOWrapper(out, encoding="utf-8", write_through=True),
               io.TextIOWrapper(err, encoding="utf-8", write_through=True))
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = streams
    try:
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse
            code = int(exc.code or 0)
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    result = Run(code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8"))
    for s in streams:
        s.detach()
    return result


def clean_run(r: Run) -> None:
    """No traceback, nothing a terminal would act on, in either stream."""
    assert "Traceback" not in r.err, r.err
    assert not unsafe(r.out), (unsafe(r.out), r.out[:500])
    assert not unsafe(r.err), (unsafe(r.err), r.err[:500])


def jsonl(path: Path, records: list[dict], extra_lines: list[str] = ()) -> Path:
    import json

    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
