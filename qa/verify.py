"""Re-checking citations against the source: the span is at its offsets, the document unchanged."""

from __future__ import annotations

from pydantic import ValidationError

from qa.errors import QAError
from qa.inputs import loads, read_bytes, split_lines
from qa.models import AskResult, Citation, Document


def read_results(path: str) -> tuple[list[tuple[str, AskResult]], list[str]]:
    """(location, result) for each result in `ask --json` or `batch` output ('-' is stdin),
    and a problem for each record that is not one: every field is untrusted, and one bad
    record is reported without stopping the others."""
    name, data = read_bytes(path, "answers file")
    if not data.strip():
        raise QAError(f"{name} is empty")
    records: list[tuple[str, object]] = []
    problems: list[str] = []
    try:
        whole = loads(data.decode("utf-8-sig"))
        records = [(f"{name}:{i + 1}", r) for i, r in enumerate(whole if isinstance(whole, list) else [whole])]
    except (UnicodeDecodeError, ValueError):
        for lineno, line in split_lines(data):
            if line is None:
                problems.append(f"{name}:{lineno}: not UTF-8")
            elif line.strip():
                try:
                    records.append((f"{name}:{lineno}", loads(line)))
                except ValueError as exc:
                    problems.append(f"{name}:{lineno}: not valid JSON ({exc})")
    results: list[tuple[str, AskResult]] = []
    for loc, rec in records:
        if isinstance(rec, dict) and "error" in rec and "answers" not in rec:
            continue  # a question the batch could not ask: nothing to check
        try:
            results.append((loc, AskResult.model_validate(rec)))
        except (ValidationError, RecursionError) as exc:
            why = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else "nested too deeply"
            problems.append(f"{loc}: not a qa answer record ({why})")
    if not results and problems:
        if len(problems) == 1:
            raise QAError(problems[0])
        raise QAError(f"{name} holds no qa answer record ({len(problems)} bad records; first: {problems[0]})")
    return results, problems


def check_citation(c: Citation, expected_text: str | None, docs: dict[str, Document]) -> list[str]:
    doc = docs.get(c.doc_id)
    if doc is None:
        return [f"document {c.doc_id!r} is not in the corpus"]
    n = len(doc.text)
    if not (0 <= c.sentence_start <= c.sentence_end <= n and 0 <= c.span_start <= c.span_end <= n):
        # slicing would read from the end for a negative offset: never compare such a span
        where = f"{c.sentence_start}:{c.sentence_end} / {c.span_start}:{c.span_end}"
        return [f"offsets {where} are outside {c.doc_id} (0:{n})"]
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
