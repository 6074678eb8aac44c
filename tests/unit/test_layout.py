"""The house rules of the code, checked: what imports what, every answer type has its kind, word
lists live in qa/data/lexicon, and the rule layer's functions stay small."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from radon.complexity import cc_visit

from qa.answers.registry import KINDS
from qa.models import AnswerType

ROOT = Path(__file__).resolve().parents[2]
RULE_LAYER = ["qa/understand", "qa/answers", "qa/checks", "qa/rank", "qa/engine.py", "qa/evidence.py",
              "qa/mentions.py", "qa/lexicon"]
HANDFUL = 8  # a word list longer than this belongs in qa/data/lexicon
STRUCTURE = {"ORDER", "__all__", "_WHERE"}  # lists of names, not of words


def files(*places: str) -> list[Path]:
    out: list[Path] = []
    for place in places:
        p = ROOT / place
        out.extend(sorted(p.rglob("*.py")) if p.is_dir() else [p])
    return out


def test_every_answer_type_has_its_kind() -> None:
    assert set(KINDS) == set(AnswerType)
    assert all(kind.type is t for t, kind in KINDS.items())


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def test_the_cli_sits_above_the_engine_and_the_ui() -> None:
    for path in files("qa", "tui"):
        assert not any(m == "newsqa" or m.startswith("newsqa.") for m in _imports(path)), path
    for path in files("qa"):
        assert not any(m == "tui" or m.startswith("tui.") for m in _imports(path)), path


def test_the_ui_uses_only_the_engines_public_api() -> None:
    for path in files("tui"):
        assert not any(m.startswith("qa.") for m in _imports(path)), path


def _word_lists(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    named = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Assign)
             and any(isinstance(t, ast.Name) and t.id in STRUCTURE for t in node.targets)}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)) and id(node) not in named:
            words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(words) > HANDFUL and all(re.fullmatch(r"[\w' .&-]+", w) for w in words):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {words[:4]}…")
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            for group in re.findall(r"\(\?:([^()]*)\)", node.value):
                alts = group.split("|")
                if len(alts) > HANDFUL and all(re.fullmatch(r"[a-z][a-z' ]*", a) for a in alts):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} ({group[:40]}…)")
    return found


def test_word_lists_live_in_the_lexicon() -> None:
    # the Porter stemmer's suffix tables are the published algorithm, not word lists
    found = [f for path in files(*RULE_LAYER) if path.name != "porter.py" for f in _word_lists(path)]
    assert not found, "word lists of more than a handful of words belong in qa/data/lexicon:\n" + "\n".join(found)


@pytest.mark.parametrize("path", files(*RULE_LAYER), ids=lambda p: str(p.relative_to(ROOT)))
def test_rule_layer_functions_stay_small(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    for block in cc_visit(source):
        assert block.complexity <= 15, f"{path.name}:{block.lineno} {block.name} has complexity {block.complexity}"
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            lines = node.end_lineno - node.lineno + 1  # type: ignore[operator]
            assert lines <= 60, f"{path.name}:{node.lineno} {node.name} has {lines} lines"


def test_every_lexicon_list_is_used() -> None:
    from qa import lexicon

    code = "\n".join(p.read_text(encoding="utf-8") for p in files("qa"))
    patterns = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "qa" / "data" / "patterns").glob("*.toml"))
    unused = [n for n in lexicon.list_names()
              if f'"{n}"' not in code and f"'{n}'" not in code and f"@{{{n}}}" not in patterns]
    assert not unused, f"lists no rule reads: {unused}"


def test_every_package_is_installed() -> None:
    # an installed (not editable) copy only has the packages pyproject.toml names
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    mapped = {ROOT / path: name for name, path in config.get("package-dir", {}).items()}
    found = set()
    for top in ("qa", "newsqa", "tui", *[str(p.relative_to(ROOT)) for p in mapped]):
        for init in (ROOT / top).rglob("__init__.py"):
            folder = init.parent
            base = next((mapped[m] for m in mapped if folder == m or m in folder.parents), None)
            if base:
                found.add(".".join([base, *folder.relative_to(next(m for m in mapped if mapped[m] == base)).parts]))
            else:
                found.add(".".join(folder.relative_to(ROOT).parts))
    assert found <= listed, f"packages missing from pyproject.toml: {sorted(found - listed)}"
    assert all((ROOT / name.replace(".", "/")).is_dir() or name in config.get("package-dir", {}) for name in listed)
