"""What a question asks, read once: every check, extractor and ranking signal reads these
slots and never the question's text again."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from qa.models import AnswerType, QuestionAnalysis


class Subtype(str, Enum):
    """A finer kind of answer within a type ("Which company …?" is WHO/ORG)."""

    NONE = ""
    PERSON = "person"
    ORG = "org"
    AUTHOR = "author"
    PERCENT = "percent"
    TIME = "time"
    YEAR = "year"
    MONTH = "month"
    QUARTER = "quarter"
    NAME = "name"  # "Which horse won …?": a proper name of any kind
    AGE = "age"  # "How old …?": years of age
    DURATION = "duration"  # "How long …?": a length of time (or of road)
    DISTANCE = "distance"  # "How far / tall …?": a length
    WEIGHT = "weight"  # "How heavy …?": a mass
    SPEED = "speed"  # "How fast can the taxi fly?": a speed (not "How fast did the economy grow?")


@dataclass(frozen=True)
class QuestionFrame:
    text: str  # the question, whitespace collapsed
    type: AnswerType
    subtype: Subtype
    keywords: tuple[str, ...]  # content words, as written (lower case)
    framing: tuple[str, ...]  # "take place", "happened": closeness only
    entities: tuple[str, ...]  # capitalised names after the first word
    target: str | None  # the counted noun of a how-many question
    focus: tuple[str, ...]  # the line item a how-much question asks for: "profit", "sales"
    # -- words --------------------------------------------------------------------------------
    words: tuple[str, ...]  # every word, lower case
    stems: frozenset[str]  # stems of every word
    entity_stems: frozenset[str]  # stems (and synonyms) of the entities' words
    name_runs: tuple[str, ...]  # multi-word names: "Barclays de Zoete Wedd"
    initials: frozenset[str]  # their initials: "bzw"
    compound_parts: dict[str, int] = field(hash=False)  # "kansallis" -> 3 (a word of a 3-word hyphenated name)
    echo: str = ""  # the words joined, for "does the span repeat the question?"
    # -- who ------------------------------------------------------------------------------------
    role: tuple[str, ...] = ()  # "chief financial officer"
    role_required: tuple[str, ...] = ()  # the role words a sentence must say: "financial", "officer"
    leadership_verb: bool = False  # "who heads/led/chairs …"
    head_verb: bool = False  # "who heads/leads/runs …" (present tense)
    role_verb: str | None = None  # the verb right after "who": "founded"
    kind_noun: str | None = None  # "Which player hit …?": player
    # -- whose / about what ----------------------------------------------------------------------
    possessors: tuple[str, ...] = ()  # "Qwest's bid" -> Qwest
    subject: tuple[str, ...] = ()  # "How much is GAF offering …?" -> GAF
    named: tuple[str, ...] = ()  # the entities that are not places
    # -- where and when --------------------------------------------------------------------------
    worldwide: bool = False
    places: tuple[str, ...] = ()  # names after "in", "across", "throughout"
    asks_base: bool = False  # "Where is X based / headquartered?"
    asks_end: bool = False  # "Until when is the offer open?", "By when will the plant be completed?"
    asks_day: bool = False  # "On what date …?", "Which day …?" (a when-question)
    years: frozenset[str] = frozenset()
    periods: frozenset[str] = frozenset()  # {"quarter-1", "half-2"}
    whole_period: bool = False  # "the whole of 1986"
    ordinals: tuple[tuple[str, str], ...] = ()  # ("second", "Test")
    event: tuple[str, ...] | None = None  # the event verb and its forms: ("launch",)
    past: bool = False  # "did", "was", "were", "had"
    # -- how much / how many ---------------------------------------------------------------------
    change: bool = False  # "by how much did it rise" (a change, not a level)
    per_share: bool = False  # "a share", "per share"
    share_price: bool = False  # "at what price … its shares", "what share price": a price a share may answer
    total: bool = False  # "in total", "overall"
    price_asked: bool = False  # "price", "cost", "pay" …: an amount, not a percentage
    count_frame: str | None = None  # "over how many years": "over"

    def analysis(self) -> QuestionAnalysis:
        """The frame as the public JSON shows it."""
        return QuestionAnalysis(text=self.text, type=self.type, subtype=self.subtype.value or None,
                                keywords=list(self.keywords), framing=list(self.framing),
                                entities=list(self.entities), target=self.target, focus=list(self.focus))
