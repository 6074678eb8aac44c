"""How much: amounts of money and percentages, fitted to what the question asks for."""

from __future__ import annotations

import re

from qa.answers.base import Candidate, Flag, Sentence, Value
from qa.answers.how_much.amounts import extract_money
from qa.answers.memo import remembered
from qa.answers.values import display_value, value_key
from qa.evidence import Evidence
from qa.models import AnswerType
from qa.understand.frame import QuestionFrame, Subtype

_PER_SHARE_AFTER = re.compile(r"\s*-?\s*(?:a|per|each)[\s-](?:[\w.,-]+\s+){0,3}?share\b", re.IGNORECASE)
_SHARES = re.compile(r"\bshares?\b", re.IGNORECASE)
_money = remembered(extract_money)


class HowMuch:
    type = AnswerType.HOW_MUCH

    def candidates(self, q: QuestionFrame, ev: Evidence) -> list[Candidate]:
        cands = _money(ev.sentence, ev.lede, ev.article)
        if q.subtype is Subtype.PERCENT:
            return [c for c in cands if c.kind == "percent"]
        moved = q.change and any(Flag.MOVEMENT in c.flags for c in cands)
        for c in cands:
            self._fit_change(q, c, moved)
        cands = [c for c in cands if self._fits_share(q, ev.sentence, c)]
        if (q.focus or q.price_asked) and not q.change:
            # an amount was asked for: a percentage is a change or a share, not the amount
            return [c for c in cands if c.kind != "percent"]
        return cands

    @staticmethod
    def _fit_change(q: QuestionFrame, c: Candidate, moved: bool) -> None:
        """A change answers "by how much did it rise", a level "what did it close at"; when the
        sentence says how much something moved, its other figures answer no "by how much"."""
        if Flag.MOVEMENT in c.flags and not q.change or Flag.LEVEL in c.flags and q.change \
                or moved and Flag.MOVEMENT not in c.flags:
            c.prior *= 0.6

    @staticmethod
    def _fits_share(q: QuestionFrame, s: Sentence, c: Candidate) -> bool:
        """A price a share is not a total, and a sentence about no shares gives no share price;
        one that is kept against the grain ranks lower."""
        if c.kind != "money":
            return True
        per_share = bool(_PER_SHARE_AFTER.match(s.text[c.end:c.end + 50]))
        if per_share and q.total or q.per_share and not per_share and not _SHARES.search(s.text):
            return False
        if per_share != q.per_share and not (per_share and q.share_price):
            c.prior *= 0.6  # a price a share does not answer what a deal is worth, nor the reverse
        return True

    def display(self, value: Value | None) -> str | None:
        return display_value(value)

    def key(self, c: Candidate, s: Sentence) -> str:
        return value_key(c, s)
