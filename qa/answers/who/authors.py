"""Who wrote it: the byline of the article that best matches the rest of the question."""

from __future__ import annotations

from qa.answers.base import Candidate
from qa.evidence import EvidenceReader
from qa.models import AnswerType
from qa.rank.merge import Scored


def bylines(reader: EvidenceReader, hits: list[tuple[int, float]]) -> list[Scored]:
    """The first byline of each retrieved article, scored by its best sentence's retrieval."""
    out: list[Scored] = []
    seen: set[int] = set()
    for pid, retrieval in hits:
        d = reader.index.doc_of(pid)
        if d in seen:
            continue
        seen.add(d)
        for bp in reader.index.passage_ids(d):
            if reader.index.is_byline(bp):
                s = reader.sentence(bp)
                c = Candidate(0, len(s.text), AnswerType.WHO, "who:byline", 1.0, kind="author")
                c.features.update(retrieval=round(retrieval, 4), prior=1.0)
                out.append(Scored(c, bp, s, retrieval))
                break  # the first byline of an article names its authors
    return out
