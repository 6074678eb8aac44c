"""`qa eval GOLD...`: exact match, F1, value accuracy and no-answer precision/recall per answer
type, for each gold set on the corpus named (the archive, say) and, with --own, on the set's own
articles; with --ablate, what switching off each near-miss check changes."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsqa.commands.common import add_filters, add_min_confidence, engine
from newsqa.output import json_out, warn
from qa.errors import QAError
from qa.safe_text import one_line

if TYPE_CHECKING:  # the engine is imported when the command runs: `qa --help` stays quick
    from qa.evaluate import GoldSet


def add(sub: argparse._SubParsersAction, corpus_options: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("eval", help="exact match / F1 / value accuracy on gold JSONL files, per answer type")
    corpus_options(p)
    add_min_confidence(p)
    add_filters(p)
    p.add_argument("gold", nargs="+", help="gold questions (JSONL: type, question, answers, normalized)")
    p.add_argument("--own", action="store_true",
                   help="also score each set on its own articles (articles.jsonl beside the gold file)")
    p.add_argument("--ablate", action="store_true",
                   help="for every near-miss check, the change in right answers with it switched off")
    p.add_argument("--failures", action="store_true", help="list every question the top answer got wrong")
    p.add_argument("--pool", action="store_true",
                   help="also score all the sets named as one, per corpus (a reliability table needs hundreds of answers)")
    p.add_argument("--json", action="store_true", help="print the metrics as JSON")
    p.add_argument("--outcomes", metavar="FILE",
                   help="also write every question's outcome as JSON lines (set, corpus, id, answer given, its "
                        "probability, whether it and the top answer are right): a first score kept question by question")


def _corpora(args: argparse.Namespace, gs: GoldSet) -> list[tuple[str, str | None]]:
    """(label, corpus path or None for the default) to score a set on: the corpus named first,
    then the set's own articles."""
    out: list[tuple[str, str | None]] = []
    if args.corpus is not None or not args.own:
        out.append((Path(args.corpus).name if args.corpus else "default", args.corpus))
    if args.own:
        if gs.own is None:
            warn(f"{gs.path} has no articles.jsonl beside it; scored on the corpus named only")
        else:
            out.append(("own", gs.own))
    return out


def run(args: argparse.Namespace) -> int:
    from qa.evaluate import (
        calibration_error,
        format_confidence,
        format_failures,
        format_table,
        gold_set,
        outcome_record,
        reliability,
        risk_coverage,
        run_set,
        summarize,
    )

    sets = [gold_set(g) for g in args.gold]
    if args.outcomes and not Path(args.outcomes).expanduser().parent.is_dir():
        raise QAError(f"no folder for --outcomes: {args.outcomes}")
    engines: dict[str | None, Any] = {}

    def engine_for(path: str | None) -> Any:
        if path not in engines:
            engines[path] = engine(argparse.Namespace(**{**vars(args), "corpus": path}))
        return engines[path]

    if args.ablate:
        return _ablate(sets, args, engine_for)
    report: dict[str, Any] = {}
    pooled: dict[str, list[Any]] = {}

    def score(name: str, label: str, outcomes: list[Any], bar: float | None, header: bool) -> None:
        table: dict[str, Any] = summarize(outcomes)
        if bar is not None:
            rel = reliability(outcomes)
            table["confidence"] = {"bar": bar, "risk_coverage": risk_coverage(outcomes), "reliability": rel,
                                   "calibration_error": calibration_error(rel)}
        report[f"{name}/{label}"] = table
        if not args.json:
            if header:
                print(f"\n== {one_line(name)} on {one_line(label)}")
            print(format_table(summarize(outcomes)))
            if bar is not None:
                print(format_confidence(outcomes, bar))

    bars: dict[str, float | None] = {}
    records: list[dict[str, Any]] = []
    for gs in sets:
        for label, path in _corpora(args, gs):
            eng = engine_for(path)
            outcomes, _ = run_set(eng, gs.items)
            bars[label] = eng.bar()
            records.extend(outcome_record(gs.name, label, o) for o in outcomes)
            pooled.setdefault(label, []).extend(outcomes)
            score(gs.name, label, outcomes, bars[label], len(sets) > 1 or args.own)
            if args.failures and not args.json:
                print("\nFailures:\n" + (format_failures(outcomes) or "(none)"))
    if args.pool and len(sets) > 1:
        for label, outcomes in pooled.items():
            score(f"{len(sets)} sets pooled", label, outcomes, bars[label], True)
    if args.json:
        only = next(iter(report.values())) if len(report) == 1 else report
        print(json_out(only, indent=2))
    if args.outcomes:
        _write_lines(Path(args.outcomes).expanduser(), records)
    return 0


def _write_lines(path: Path, records: list[dict[str, Any]]) -> None:
    """Whole or not at all: written beside the file, then moved over it."""
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json_out(r) + "\n")
    tmp.replace(path)


def _ablate(sets: list[GoldSet], args: argparse.Namespace, engine_for: Callable[[str | None], Any]) -> int:
    from qa.checks import ORDER
    from qa.evaluate import ablate, format_ablation

    columns: list[tuple[str, str, bool]] = []
    table: dict[str, list[int]] = {name: [] for name in ORDER}
    for gs in sets:
        for label, path in _corpora(args, gs):
            deltas = ablate(engine_for(path), gs.items, ORDER)
            columns.append((gs.name, label, gs.blind))
            for name in ORDER:
                table[name].append(deltas[name])
    if not columns:
        raise QAError("nothing to ablate")
    if args.json:
        print(json_out({"columns": [{"set": s, "corpus": c, "blind": b} for s, c, b in columns],
                        "checks": table}, indent=2))
    else:
        print(format_ablation(columns, table))
    return 0
