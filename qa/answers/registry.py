"""Every answer type's kind: the engine does `KINDS[question.type]`, and a test checks that no
answer type is missing."""

from __future__ import annotations

from qa.answers.how_many.kind import HowMany
from qa.answers.how_much.kind import HowMuch
from qa.answers.kind import AnswerKind
from qa.answers.what import What
from qa.answers.when.kind import When
from qa.answers.where.kind import Where
from qa.answers.who.kind import Who
from qa.models import AnswerType

KINDS: dict[AnswerType, AnswerKind] = {k.type: k for k in (Who(), When(), HowMuch(), HowMany(), Where(), What())}
