"""Re-checking citations against the source: the span is at its offsets, the document unchanged."""

from __future__ import annotations

import json
from collections.abc import Iterator

from pydantic import ValidationError

from qa.errors import QAError
from qa.inputs import read_text
from qa.models import AskResult, Citation, Document


def read_results(path: str) -> Iterator[tuple[str, AskResult]]:
    """(location, result) for each result in `ask --json` or `batch` output; '-' is stdin."""
    name, text = read_text(path, "answers file")
    if not text.strip():
        raise QAError(f"{name} is empty")
    try:
        whole = json.loads(text)
        records = [(f"{name}:{i + 1}", r) for i, r in enumerate(whole if isinstance(whole, list) else [whole])]
    except json.JSONDecodeError:
        records = []
        for lineno, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    records.append((f"{name}:{lineno}", json.loads(line)))
                except json.JSONDecodeError:
                    raise QAError(f"{name}:{lineno}: not valid JSON") from None
    for loc, rec in records:
        if isinstance(rec, dict) and "error" in rec and "answers" not in rec:
            continue  # a question the batch could not ask: nothing to check
        try:
            yield loc, AskResult.model_validate(rec)
        except ValidationError as exc:
            raise QAError(f"{loc}: not a qa answer record ({exc.errors()[0]['msg']})") from None


def check_citation(c: Citation, expected_text: str | None, docs: dict[str, Document]) -> list[str]:
    doc = docs.get(c.doc_id)
    if doc is None:
        return [f"document {c.doc_id!r} is not in the corpus"]
    problems = []
    if doc.sha256 != c.doc_sha256:
        problems.append(f"document {c.doc_id} has changed since it was cited (sha256 differs)")
    if doc.text[c.sentence_start:c.sentence_end] != c.sentence:
        problems.append(f"sentence {c.sentence_index} of {c.doc_id} is not at {c.sentence_start}:{c.sentence_end}")
    if expected_text is not None and doc.text[c.span_start:c.span_end] != expected_text:
        found = doc.text[c.span_start:c.span_end]
        problems.append(f"span {c.span_start}:{c.span_end} of {c.doc_id} reads {found!r}, not {expected_text!r}")
    if not (c.sentence_start <= c.span_start <= c.span_end <= c.sentence_end):
        problems.append(f"span {c.span_start}:{c.span_end} lies outside its sentence")
    return problems


def verify(results: list[tuple[str, AskResult]], docs: list[Document]) -> tuple[int, list[str]]:
    """(citations checked, problems found)."""
    by_id = {d.id: d for d in docs}
    checked = 0
    problems: list[str] = []
    for loc, res in results:
        for n, ans in enumerate(res.answers, start=1):
            for k, cit in enumerate([ans.citation, *ans.support]):
                checked += 1
                expected = ans.text if k == 0 else None
                for p in check_citation(cit, expected, by_id):
                    problems.append(f"{loc}: answer {n}{'' if k == 0 else f' support {k}'}: {p}")
    return checked, problems
