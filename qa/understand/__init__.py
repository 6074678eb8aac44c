"""Reading a question once: its answer type and every slot the rules need (`QuestionFrame`)."""

from __future__ import annotations

from qa import lexicon
from qa.errors import QAError
from qa.lexicon.names import name_runs
from qa.lexicon.tokens import word_stems, words
from qa.mentions import PLACE_AFTER_IN, ordinal_pattern, periods, role_phrase, worldwide_pattern, years
from qa.models import AnswerType
from qa.understand import slots
from qa.understand.classify import classify
from qa.understand.frame import QuestionFrame, Subtype

MAX_QUESTION_CHARS = 1000

__all__ = ["MAX_QUESTION_CHARS", "QuestionFrame", "Subtype", "classify", "understand"]


def understand(question: str) -> QuestionFrame:
    text = " ".join(question.split())
    if not text:
        raise QAError("empty question")
    if len(text) > MAX_QUESTION_CHARS:
        raise QAError(f"question too long ({len(text)} characters; at most {MAX_QUESTION_CHARS})")
    kind, sub = classify(text)
    ents = slots.entities(text)
    runs = name_runs(text)
    named = [e for e in ents if e not in lexicon.countries() and e not in lexicon.cities()]
    owners = slots.possessors(text)
    subject = slots.subject(text)
    return QuestionFrame(
        text=text, type=kind, subtype=sub,
        keywords=tuple(slots.keywords(text)), framing=tuple(slots.framing(text)), entities=tuple(ents),
        target=slots.target(text) if kind is AnswerType.HOW_MANY else None,
        focus=tuple(slots.line_items(text)) if kind is AnswerType.HOW_MUCH and sub is not Subtype.PERCENT else (),
        words=tuple(words(text)), stems=frozenset(word_stems(text)), entity_stems=slots.entity_stems(ents),
        name_runs=tuple(runs), initials=slots.initials(runs), compound_parts=slots.compound_parts(text),
        echo=" ".join(words(text)),
        role=tuple(role_phrase(text)), role_required=tuple(slots.role_required(text)),
        leadership_verb=slots.leadership_verb(text), head_verb=slots.head_verb(text),
        role_verb=slots.role_verb(text), kind_noun=slots.kind_noun(text),
        possessors=tuple(owners), subject=tuple(subject), named=tuple(named),
        worldwide=worldwide_pattern().search(text) is not None,
        places=tuple(m.group(1) for m in PLACE_AFTER_IN.finditer(text)),
        asks_base=kind is AnswerType.WHERE and slots.asks_base(text),
        asks_end=kind is AnswerType.WHEN and slots.asks_end(text),
        asks_day=kind is AnswerType.WHEN and slots.asks_day(text),
        years=frozenset(years(text)), periods=frozenset(periods(text)), whole_period=slots.whole_period(text),
        ordinals=tuple((m.group(1).lower(), m.group(2).lower()) for m in ordinal_pattern().finditer(text)),
        event=slots.event(text), past=slots.past(text),
        change=slots.change(text), per_share=slots.per_share(text), share_price=slots.share_price(text),
        total=slots.total(text),
        price_asked=slots.price_asked(text), count_frame=slots.count_frame(text),
    )
