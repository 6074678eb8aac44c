"""Normalized values for people and for merging: "3,000,000,000 EUR", "2025-03-05"."""

from __future__ import annotations

from qa.answers.base import Candidate, Sentence
from qa.models import CountValue, DateValue, MoneyValue, PercentValue


def _num(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")


def display_value(v: DateValue | MoneyValue | PercentValue | CountValue | None) -> str | None:
    if v is None:
        return None
    if isinstance(v, DateValue):
        return v.iso + (f" {v.time}" if v.time else "")
    if isinstance(v, MoneyValue):
        upto = f"–{_num(v.amount_max)}" if v.amount_max is not None else ""
        return f"{_num(v.amount)}{upto} {v.currency or '(no currency)'}"
    if isinstance(v, PercentValue):
        upto = f"–{_num(v.percent_max)}" if v.percent_max is not None else ""
        return f"{_num(v.percent)}{upto}%"
    return (f"{v.qualifier} " if v.qualifier else "") + _num(v.count) + (f" {v.unit}" if v.unit else "")


def value_key(c: Candidate, s: Sentence) -> str:
    """Candidates with the same key are the same answer found in several places."""
    v = c.value
    if isinstance(v, DateValue):
        return f"date:{v.iso}"
    if isinstance(v, MoneyValue):
        return f"money:{v.amount:.6g}:{v.amount_max}:{v.currency}"
    if isinstance(v, PercentValue):
        return f"pct:{v.percent:.6g}:{v.percent_max}"
    if isinstance(v, CountValue):
        return f"count:{v.count:.6g}:{(v.unit or '').lower()}"
    return f"{c.type.value}:" + " ".join(c.text(s).lower().split())
