"""Scoring the engine on a gold set, SQuAD-style, per answer type."""

from __future__ import annotations

import json
import math
import re
import string
from collections import Counter, defaultdict
from typing import Any

from pydantic import BaseModel

from qa.errors import QAError
from qa.inputs import loads, read_text
from qa.models import Answer, CountValue, DateValue, MoneyValue, Normalized, PercentValue
from qa.safe_text import clean_input, one_line


class GoldItem(BaseModel):
    id: str | None = None
    type: str
    question: str
    answers: list[str]
    doc: str | None = None
    evidence: str | None = None
    normalized: str | dict | None = None


class Outcome(BaseModel):
    item: GoldItem
    got: str | None
    got_value: str | None
    em: float
    f1: float
    value_ok: bool | None  # None: the gold has no normalized value
    cited: str | None
    error: str | None = None
    p: float | None = None  # the top answer's probability of being right (given or not; None without a model)
    top_right: bool = False  # the top answer, given or not, is right

    @property
    def given(self) -> bool:
        return self.got is not None

    @property
    def answerable(self) -> bool:
        return bool(self.item.answers)


def normalize_text(s: str) -> str:
    s = s.lower()
    s = "".join(ch for ch in s if ch not in set(string.punctuation) | {"’", "‘", "“", "”"})
    s = re.sub(r"\b(a|an|the)\b", " ", s)
    return " ".join(s.split())


def f1(pred: str, gold: str) -> float:
    p, g = normalize_text(pred).split(), normalize_text(gold).split()
    common = Counter(p) & Counter(g)
    same = sum(common.values())
    if not p or not g:
        return float(p == g)
    if same == 0:
        return 0.0
    prec, rec = same / len(p), same / len(g)
    return 2 * prec * rec / (prec + rec)


def value_matches(gold: str | dict, ans: Answer) -> bool:
    v = ans.normalized
    if isinstance(gold, str):
        return isinstance(v, DateValue) and v.iso == gold
    if "amount" in gold:
        return (isinstance(v, MoneyValue) and abs(v.amount - float(gold["amount"])) <= 1e-6 * max(1.0, abs(v.amount))
                and v.currency == gold.get("currency"))
    if "percent" in gold:
        return isinstance(v, PercentValue) and abs(v.percent - float(gold["percent"])) < 1e-9
    if "count" in gold:
        return isinstance(v, CountValue) and abs(v.count - float(gold["count"])) < 1e-9
    return False


def _count_with_noun(item: GoldItem, text: str, v: Normalized | None, gold: str) -> bool:
    """A count with its noun ("28 countries") is the same answer as the number alone ("28").

    The seed dev set lists both forms for every count; gold sets written since do not
    always, so the number followed by nothing but the words up to its counted noun counts too.
    """
    if item.type != "how_many" or not isinstance(v, CountValue) or not isinstance(item.normalized, dict):
        return False
    if "count" not in item.normalized or abs(v.count - float(item.normalized["count"])) > 1e-9:
        return False
    got, g = normalize_text(text), normalize_text(gold)
    rest = got[len(g):].split() if got.startswith(g + " ") else []
    return bool(rest) and len(rest) <= 3 and normalize_text(v.unit or "") == rest[-1]


def exact(item: GoldItem, text: str, value: Normalized | None) -> bool:
    """Whether an answer span is one of the gold answers (SQuAD-normalized, counts with or
    without their noun)."""
    return any(normalize_text(text) == normalize_text(g) or _count_with_noun(item, text, value, g)
               for g in item.answers)


def load_gold(path: str) -> list[GoldItem]:
    _, text = read_text(path, "gold file")
    items = []
    for lineno, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            try:
                items.append(GoldItem.model_validate(loads(line)))
            except ValueError as exc:
                raise QAError(f"{path}:{lineno}: not a gold record ({str(exc).splitlines()[0]})") from None
    if not items:
        raise QAError(f"{path} has no questions")
    return items


def score_one(item: GoldItem, answers: list[Answer], error: str | None = None) -> Outcome:
    top = answers[0] if answers else None
    if top is None:
        return Outcome(item=item, got=None, got_value=None, em=float(not item.answers),
                       f1=float(not item.answers), value_ok=None if item.normalized is None else False,
                       cited=None, error=error)
    em = float(exact(item, top.text, top.normalized))
    best_f1 = max((f1(top.text, g) for g in item.answers), default=0.0)
    value_ok = None if item.normalized is None else value_matches(item.normalized, top)
    return Outcome(item=item, got=top.text, got_value=top.display, em=em, f1=best_f1, value_ok=value_ok,
                   cited=f"{top.citation.doc_id}:{top.citation.sentence_index}: {top.citation.sentence}")


def summarize(outcomes: list[Outcome]) -> dict[str, dict[str, float]]:
    """Per type and overall: counts, exact match, F1, value accuracy, no-answer precision/recall."""
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[o.item.type].append(o)
    groups["overall"] = outcomes
    table: dict[str, dict[str, float]] = {}
    for name, os_ in groups.items():
        ans = [o for o in os_ if o.answerable]
        unans = [o for o in os_ if not o.answerable]
        valued = [o for o in ans if o.value_ok is not None]
        valued_em = [o for o in valued if o.em == 1.0]
        said_none = [o for o in os_ if o.got is None]
        given = [o for o in os_ if o.given]
        row = {
            "questions": len(os_),
            "answerable": len(ans),
            "em": sum(o.em for o in ans) / len(ans) if ans else float("nan"),
            "em_count": sum(o.em for o in ans),
            "f1": sum(o.f1 for o in ans) / len(ans) if ans else float("nan"),
            "value_acc": sum(bool(o.value_ok) for o in valued) / len(valued) if valued else float("nan"),
            "value_on_em": sum(bool(o.value_ok) for o in valued_em) / len(valued_em) if valued_em else float("nan"),
            "valued": len(valued),
            "unanswerable": len(unans),
            "noans_precision": (sum(1 for o in said_none if not o.answerable) / len(said_none)) if said_none else float("nan"),
            "noans_recall": (sum(1 for o in unans if o.got is None) / len(unans)) if unans else float("nan"),
            "top_em": (sum(o.top_right for o in ans) / len(ans)) if ans and any(o.p is not None for o in os_)
            else float("nan"),
            "given": len(given),
            "precision": sum(1 for o in given if o.answerable and o.em == 1.0) / len(given) if given else float("nan"),
            "coverage": len(given) / len(os_) if os_ else float("nan"),
        }
        table[name] = row
    return table


def _fmt(x: float, pct: bool = True) -> str:
    if math.isnan(x):
        return "-"
    return f"{x:.3f}" if pct else f"{x:g}"


def format_table(table: dict[str, dict[str, float]]) -> str:
    cols = ["type", "n", "answerable", "EM", "EM#", "F1", "value acc", "value|EM", "unans", "noans P", "noans R",
            "given", "right|given", "coverage"]
    rows = []
    order: list[str] = [k for k in ("who", "when", "how_much", "how_many", "where", "what") if k in table]
    order += sorted(k for k in table if k not in order and k != "overall") + ["overall"]
    for k in order:
        r = table[k]
        rows.append([k, f"{r['questions']:g}", f"{r['answerable']:g}", _fmt(r["em"]), f"{r['em_count']:g}",
                     _fmt(r["f1"]), _fmt(r["value_acc"]), _fmt(r["value_on_em"]), f"{r['unanswerable']:g}",
                     _fmt(r["noans_precision"]), _fmt(r["noans_recall"]), f"{r['given']:g}", _fmt(r["precision"]),
                     _fmt(r["coverage"])])
    widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(cols)]
    line = lambda cells: "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))
    out = [line(cols), line(["-" * w for w in widths])]
    out += [line(r) for r in rows]
    return "\n".join(out)


def outcome_record(set_name: str, corpus: str, o: Outcome) -> dict[str, Any]:
    """One question's outcome as plain data, to keep a score question by question."""
    return {"set": set_name, "corpus": corpus, "id": o.item.id, "type": o.item.type, "question": o.item.question,
            "answerable": o.answerable, "given": o.given, "got": o.got, "value": o.got_value, "p": o.p,
            "right": o.given and correct(o), "top_right": o.top_right, "cited": o.cited, "error": o.error}


def format_failures(outcomes: list[Outcome]) -> str:
    lines = []
    for o in outcomes:
        wrong_span = o.em < 1.0
        wrong_value = o.value_ok is False
        if not (wrong_span or wrong_value):
            continue
        expected = " | ".join(o.item.answers) if o.item.answers else "(no answer)"
        if o.item.normalized is not None:
            expected += f"  [{json.dumps(o.item.normalized) if isinstance(o.item.normalized, dict) else o.item.normalized}]"
        got = o.got if o.got is not None else "(no answer)"
        if o.got_value:
            got += f"  [{o.got_value}]"
        if o.error:
            got += f"  error: {o.error}"
        lines.append(f"- {one_line(o.item.id or '')} [{one_line(o.item.type)}] {one_line(o.item.question)}\n"
                     f"    expected: {one_line(expected)}\n    got:      {one_line(got)}")
        if o.cited:
            lines.append(f"    cited:    {one_line(o.cited)}")
    return "\n".join(lines)


# -- runs over several gold sets and corpora, and ablation ----------------------------------------
class GoldSet(BaseModel):
    """A gold file, its own articles (articles.jsonl beside it, if any), and whether it is blind:
    never tuned on (a file named BLIND beside it says so)."""

    name: str
    path: str
    items: list[GoldItem]
    own: str | None
    blind: bool
    absent_checked: bool = False  # its unanswerable questions were confirmed absent from the whole archive


def gold_set(path: str) -> GoldSet:
    from pathlib import Path

    p = Path(path)
    own = p.with_name("articles.jsonl")
    name = p.parent.name if p.name == "gold.jsonl" else p.stem
    return GoldSet(name=name, path=path, items=load_gold(path), own=str(own) if own.is_file() else None,
                   blind=p.with_name("BLIND").is_file(), absent_checked=p.with_name("ABSENT_CHECKED").is_file())


def correct(o: Outcome) -> bool:
    """Right answer for an answerable question, "no answer" for an unanswerable one."""
    return o.em == 1.0 if o.answerable else o.got is None


def run_set(engine: Any, items: list[GoldItem], off: frozenset[str] = frozenset()) -> tuple[list[Outcome], list[set[str]]]:
    """Every question asked (with the checks `off` switched off): outcomes at the engine's bar,
    each with its top answer's probability whether given or not, and the checks that ruled
    something out for each question."""
    bar = engine.bar() if hasattr(engine, "bar") else None
    outcomes, fired = [], []
    for item in items:
        try:
            res, checks_fired = engine.trace(clean_input(item.question), off=off,
                                             min_confidence=None if bar is None else 0.0)
            p = res.answers[0].score if res.answers else None
            outcomes.append(_at_bar(item, score_one(item, res.answers), p, bar))
            fired.append(checks_fired)
        except QAError as exc:
            outcomes.append(score_one(item, [], error=str(exc)))
            fired.append(set())
    return outcomes, fired


def _at_bar(item: GoldItem, top: Outcome, p: float | None, bar: float | None) -> Outcome:
    """The outcome when the top answer (probability p) is given only at or above the bar."""
    if bar is None or p is None:
        return top
    right = top.answerable and top.em == 1.0
    if p >= bar:
        return top.model_copy(update={"p": p, "top_right": right})
    return score_one(item, []).model_copy(update={"p": p, "top_right": right})


def ablate(engine: Any, items: list[GoldItem], names: list[str]) -> dict[str, int]:
    """For each check: how many more questions are right with it switched off (negative: the
    check saves that many). A check that ruled nothing out for a question cannot change its
    answer, so only those questions are asked again."""
    base, fired = run_set(engine, items)
    out: dict[str, int] = {}
    for name in names:
        delta = 0
        for item, before, f in zip(items, base, fired):
            if name in f:
                after = run_set(engine, [item], frozenset({name}))[0][0]
                delta += int(correct(after)) - int(correct(before))
        out[name] = delta
    return out


def format_ablation(columns: list[tuple[str, str, bool]], table: dict[str, list[int]]) -> str:
    """Rows: checks; columns: (gold set, corpus); cells: the change in right answers with the
    check switched off. A check that saves nothing on any blind set is marked."""
    heads = [f"{s}/{c}" + (" (blind)" if b else "") for s, c, b in columns]
    width = max(len(k) for k in table) if table else 5
    colw = [max(6, len(h)) for h in heads]
    lines = ["check".ljust(width) + "  " + "  ".join(h.rjust(w) for h, w in zip(heads, colw)) + "  note"]
    blind = [i for i, (_, _, b) in enumerate(columns) if b]
    for name, cells in table.items():
        note = ""
        if blind and all(cells[i] >= 0 for i in blind):
            note = "saves nothing on a blind set"
        lines.append(name.ljust(width) + "  " + "  ".join(f"{v:+d}".rjust(w) for v, w in zip(cells, colw))
                     + ("  " + note if note else ""))
    return "\n".join(lines)


# -- how well the confidence ranks and is calibrated ----------------------------------------------
COVERAGES = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


def risk_coverage(outcomes: list[Outcome]) -> list[dict[str, float]]:
    """Precision of the answers given if only the surest share of questions were answered:
    questions sorted by their top answer's probability, the first `coverage` of them answered
    (an unanswerable question answered is wrong). The bar is the probability that reaches it."""
    scored = sorted((o for o in outcomes if o.p is not None), key=lambda o: -(o.p or 0.0))
    n = len(outcomes)
    out = []
    for cov in COVERAGES:
        k = min(len(scored), round(cov * n))
        if k == 0:
            continue
        top = scored[:k]
        out.append({"coverage": round(k / n, 3), "precision": sum(o.top_right for o in top) / k,
                    "bar": float(top[-1].p or 0.0), "answers": k})
        if k == len(scored):
            break
    return out


def reliability(outcomes: list[Outcome], bins: int = 10) -> list[dict[str, float]]:
    """Predicted probability against observed accuracy of the top answers, per decile: the
    answers sorted by probability and cut into `bins` groups of (nearly) equal size, so that no
    row rests on three answers while another holds forty. A calibrated model has mean p and the
    share right close in every row; `se` is the binomial standard error of the share right if
    mean p were the truth (a gap within two of it is what chance alone gives at that size)."""
    scored = sorted((o for o in outcomes if o.p is not None), key=lambda o: o.p or 0.0)
    n = len(scored)
    out = []
    for b in range(min(bins, n)):
        inside = scored[b * n // min(bins, n):(b + 1) * n // min(bins, n)]
        mean = sum(o.p or 0.0 for o in inside) / len(inside)
        acc = sum(o.top_right for o in inside) / len(inside)
        out.append({"from": float(inside[0].p or 0.0), "to": float(inside[-1].p or 0.0), "answers": len(inside),
                    "mean_p": mean, "right": acc, "gap": abs(mean - acc),
                    "se": (mean * (1.0 - mean) / len(inside)) ** 0.5})
    return out


def calibration_error(rows: list[dict[str, float]]) -> float:
    """The answer-weighted mean gap of a reliability table (expected calibration error)."""
    total = sum(r["answers"] for r in rows)
    return sum(r["gap"] * r["answers"] for r in rows) / total if total else 0.0


def format_confidence(outcomes: list[Outcome], bar: float | None) -> str:
    rc, rel = risk_coverage(outcomes), reliability(outcomes)
    if not rc:
        return ""
    given = [o for o in outcomes if o.given]
    right = sum(1 for o in given if o.answerable and o.em == 1.0)
    head = (f"answers given {len(given)} of {len(outcomes)} (coverage {len(given) / len(outcomes):.3f}), "
            f"{right} right (precision {right / len(given):.3f})" if given else "no answer given")
    ans = [o for o in outcomes if o.answerable]
    top = f"; top answer right, given or not: {sum(o.top_right for o in ans) / len(ans):.3f}" if ans else ""
    lines = [head + (f" at the bar {bar:.2f}" if bar is not None else "") + top]
    lines.append("risk-coverage  " + "  ".join(f"{r['coverage']:>5.2f}" for r in rc) + "   (coverage)")
    lines.append("               " + "  ".join(f"{r['precision']:>5.3f}" for r in rc) + "   (precision)")
    lines.append("               " + "  ".join(f"{r['bar']:>5.2f}" for r in rc) + "   (bar)")
    lines.append("reliability    p from-to   answers  mean p  right    gap  2 s.e.   (deciles of the answers)")
    for r in rel:
        lines.append(f"               {r['from']:.2f}-{r['to']:.2f} {r['answers']:>7g}  {r['mean_p']:.3f}   "
                     f"{r['right']:.3f}  {r['gap']:.3f}  {2 * r['se']:.3f}" + ("  *" if r["gap"] > 2 * r["se"] else ""))
    worst = max(rel, key=lambda r: r["gap"])
    lines.append(f"               calibration error {calibration_error(rel):.3f}; largest gap {worst['gap']:.3f} "
                 f"in a decile of {worst['answers']:g}; * a gap beyond two standard errors")
    return "\n".join(lines)
