"""Size and shape: a huge one-line file, an endless sentence, folders nested a thousand
deep. Each is bounded (and said) rather than a crash or a stall."""

from __future__ import annotations

import random

from qa import Engine, sentences
from qa.corpus import MAX_DEPTH, corpus_files


def one_line_file(path, chars: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    words = ["alpha", "beta", "Gamma", "delta", "said", "pct", "Acme", "paid", "dlrs", "mln", "17", "Corp"]
    parts, size = [], 0
    while size < chars:
        w = rng.choice(words)
        parts.append(w)
        size += len(w) + 1
    path.write_text(" ".join(parts) + ". Acme Corp paid 5 mln dlrs for Bolt Inc on Monday.\n", encoding="utf-8")


def test_a_huge_one_line_file_is_cut_into_bounded_passages_with_a_warning(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    one_line_file(folder / "one.txt", 3 * sentences.MAX_LINE_CHARS)  # past the line and training limits too
    (folder / "ok.txt").write_text("Bolt Inc said it hired 40 engineers.\n", encoding="utf-8")
    warnings: list[str] = []
    engine = Engine.from_path(folder, warn=warnings.append, index_dir=tmp_path / "cache")
    ix = engine.index
    assert int((ix.p_end - ix.p_start).max()) <= sentences.MAX_SENTENCE_CHARS
    assert len(warnings) == 1 and warnings[0].startswith(f"{folder / 'one.txt'}: ")
    assert "pieces of sentences longer than 2,000 characters" in warnings[0]
    assert engine.ask("How much did Acme pay for Bolt?").answers[0].text == "5 mln dlrs"
    assert engine.ask("How many engineers did Bolt hire?").answers[0].text == "40 engineers"


def test_training_takes_a_bounded_piece_of_each_text(monkeypatch):
    """A 20 MB one-line text passed Punkt's regex time limit while training: each text
    gives at most TRAIN_TEXT_CHARS."""
    from nltk.tokenize.punkt import PunktTrainer

    seen: list[int] = []
    real = PunktTrainer.train
    monkeypatch.setattr(PunktTrainer, "train", lambda self, text, *a, **k: (seen.append(len(text)),
                                                                            real(self, text, *a, **k))[1])
    monkeypatch.setattr(sentences, "TRAIN_TEXT_CHARS", 5_000)
    sentences.train(["Acme said. " * 10_000, "Bolt said. " * 10])
    # Training goes in parts; whatever the parts, the long text gives exactly its first
    # 5,000 characters and the short one all of its own.
    pieces = 5_000 + len("Bolt said. ") * 10
    assert pieces <= sum(seen) <= pieces + 2 * len(seen)


def test_folders_nested_a_thousand_deep_are_walked_without_recursion(tmp_path):
    root = tmp_path / "deep"
    here = root
    made = []
    for depth in range(1, 991):
        here = here / "d"
        here.mkdir(parents=True)
        made.append(here)
        if depth == 50:
            (here / "shallow.txt").write_text("Acme hired 3 people.\n", encoding="utf-8")
    (here / "deepest.txt").write_text("Bolt hired 4 people.\n", encoding="utf-8")
    try:
        warnings: list[str] = []
        files = corpus_files(root, warnings.append)
        assert [f.name for f in files] == ["shallow.txt"]
        assert len(warnings) == 1 and f"more than {MAX_DEPTH} folders deep" in warnings[0]
    finally:  # removed here, deepest first: pytest's own clean-up recurses and would overflow on it
        for folder in reversed(made):
            for f in folder.iterdir():
                if f.is_file():
                    f.unlink()
            folder.rmdir()
