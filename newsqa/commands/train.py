"""`qa train GOLD... --corpus ARCHIVE`: fit the confidence model on every answer the engine
finds for the gold questions over the corpus named (the archive), estimate how it generalizes
by cross-validation grouped by gold set, choose the threshold, and write the parameters
(by default over the shipped qa/data/model/confidence.json). Needs the `train` extra."""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from newsqa.commands.common import engine, probability
from qa.errors import QAError
from qa.safe_text import one_line

if TYPE_CHECKING:  # the engine is imported when the command runs: `qa --help` stays quick
    from qa.confidence.training import Row
    from qa.evaluate import GoldSet


def add(sub: argparse._SubParsersAction, corpus_options: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("train", help="fit the confidence model on gold sets over a corpus (needs the train extra)")
    corpus_options(p)
    p.add_argument("gold", nargs="+", help="gold sets to learn from (never a BLIND one)")
    p.add_argument("--own", action="store_true",
                   help="also learn from each set's answers over its own articles (articles.jsonl beside it)")
    p.add_argument("--out", metavar="FILE", help="where to write the model (default: the shipped model file)")
    p.add_argument("--model", choices=["trees", "logistic"], default="trees",
                   help="gradient-boosted trees (default) or a logistic regression")
    p.add_argument("--no-calibrate", dest="calibrate", action="store_false",
                   help="do not calibrate the probabilities on the sets written against the whole archive "
                        "(those with ABSENT_CHECKED), nor choose the bar on them alone")
    p.add_argument("--folds", type=_folds, default=None, metavar="N",
                   help="cross-validate over N folds of whole gold sets (default 10; 0: one set per fold)")
    p.add_argument("--target-precision", type=probability, default=None, metavar="P",
                   help="share of given answers that must be right, out of fold (default 0.92)")


def run(args: argparse.Namespace) -> int:
    from qa.confidence.training import FOLDS, TARGET_PRECISION, collect, train
    from qa.evaluate import gold_set

    sets = [gold_set(g) for g in args.gold]
    blind = [gs.name for gs in sets if gs.blind]
    if blind:
        raise QAError(f"{', '.join(blind)} is blind: it measures generalization and is never trained on")
    if args.corpus is None:
        raise QAError("name the corpus to learn at (--corpus): the archive, for archive-scale confidence")
    eng = engine(args)
    rows = []
    for gs in sets:
        # an unanswerable question checked against its own articles only may be answered elsewhere
        rows.extend(_learn(collect(eng, gs, unanswerable=gs.absent_checked or Path(args.corpus).resolve() == _own(gs)),
                           gs, "archive"))
        if args.own and gs.own:
            own = engine(argparse.Namespace(**{**vars(args), "corpus": gs.own, "no_cache": True}))
            rows.extend(_learn(collect(own, gs, corpus="own"), gs, "own"))
    command = "qa " + " ".join(shlex.quote(a) for a in sys.argv[1:]) if sys.argv[1:] else "qa train"
    model, _ = train(rows, command=command, corpus=Path(args.corpus).name,
                     target=args.target_precision or TARGET_PRECISION, kind=args.model,
                     calibrate_on={gs.name for gs in sets if gs.absent_checked} if args.calibrate else (),
                     folds=FOLDS if args.folds is None else args.folds or None)
    out = Path(args.out) if args.out else Path(str(resources.files("qa").joinpath("data", "model", "confidence.json")))
    out.parent.mkdir(parents=True, exist_ok=True)
    # compact: indented, the trees' node arrays would run to tens of thousands of lines
    out.write_text(model.model_dump_json(exclude_none=True) + "\n", encoding="utf-8")
    cv = model.training.cross_validation["all"]
    print(f"wrote {out}: {model.training.rows} answers, threshold {model.threshold:.2f}; out of fold at it: "
          f"precision {cv['precision']}, coverage {cv['coverage']}, EM {cv['em']}, no-answer recall {cv['noans_recall']}")
    if model.calibration is not None:
        c, on = model.calibration, model.training.cross_validation["calibration sets"]
        print(f"calibrated on {', '.join(c.sets)} (log-odds x {c.slope:.3f} {c.intercept:+.3f}, then {len(c.knots)} knots); out of fold on "
              f"them: precision {on['precision']}, coverage {on['coverage']}, EM {on['em']}, "
              f"no-answer recall {on['noans_recall']}")
    return 0


def _folds(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {one_line(text)}") from None
    if n < 0 or n == 1:
        raise argparse.ArgumentTypeError("folds: 0 (one gold set per fold) or at least 2")
    return n


def _learn(rows: list[Row], gs: GoldSet, corpus: str) -> list[Row]:
    print(f"{one_line(gs.name)} on {corpus}: {sum(1 for r in rows if r.features)} answers from "
          f"{len(gs.items)} questions", file=sys.stderr)
    return rows


def _own(gs: GoldSet) -> Path | None:
    return Path(gs.own).resolve() if gs.own else None
