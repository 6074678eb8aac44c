"""Shared helpers for the TUI tests (tests/test_tui*.py); the engine comes from conftest's
`seed_engine` fixture, built once per session."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

DEV_SET = Path(__file__).resolve().parents[3] / "shared" / "qa" / "seeds-dev.jsonl"
NO_ANSWER_QUESTION = "How many tanks did France send?"


@functools.cache
def dev_questions() -> list[dict]:
    if not DEV_SET.exists():
        return []
    return [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def make_app(engine=None, **kwargs):
    """The app over a pre-built engine (the session's `seed_engine` fixture), fixed size-free."""
    from tui.app import QAApp

    return QAApp(engine=engine, **kwargs)


async def ask(pilot, question: str, *, how: str = "paste") -> None:
    """Put `question` in the question box, press Enter, wait for the answer.

    how="type" presses one key per character (slow: ~60 ms a key under Pilot);
    "paste" sends it as one terminal paste, the way a pasted question arrives.
    """
    from textual import events

    app = pilot.app
    box = app.main_screen.question
    if not box.has_focus:
        box.focus()
        await pilot.pause()
    box.value = ""
    if how == "type":
        await pilot.press(*question)
    else:
        box.post_message(events.Paste(question))
        await pilot.pause()
    assert box.value == question
    await pilot.press("enter")
    await app.workers.wait_for_complete()
    await pilot.pause()


async def open_timeline(pilot, question: str):
    """Ask `question`, press F4, wait for the timeline to be read; the timeline screen."""
    from tui.screens.timeline import TimelineScreen

    await ask(pilot, question)
    await pilot.press("f4")
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, TimelineScreen)
    return screen


TYPED = {"dev-08"}  # typed key by key; the rest are pasted (speed)


@pytest.fixture(autouse=True)
def tui_data_dir(tmp_path, monkeypatch):
    """Keep question history out of the real user data directory."""
    d = tmp_path / "newsqa-data"
    monkeypatch.setenv("NEWSQA_DATA_DIR", str(d))
    return d


# -- recorded answers for the snapshot tests -----------------------------------------
# Snapshots show scores and rankings; recording the engine's results keeps them about
# the UI, so tuning the ranking does not churn them. Re-record after a deliberate change
# to what the engine returns:  python -m tests.tui.support
RECORDED = Path(__file__).with_name("recorded_results.json")
SNAPSHOT_QUESTIONS = ["How much military aid did Paris pledge this year?", NO_ANSWER_QUESTION]
# four short invented articles (Northland, Eastmarch: made-up countries) in the seed format,
# each giving a different figure for one pledge on a different date: the timeline view's
# fixture, not a gold set (nothing is tuned on them); no README there, it would be read too
TIMELINE_CORPUS = Path(__file__).resolve().parents[1] / "data" / "timeline"
TIMELINE_QUESTION = "How much military aid did Northland pledge to Eastmarch?"


class RecordedEngine:
    """The real engine, except that `ask` and `timeline` replay recorded results."""

    def __init__(self, engine, recorded: dict[str, dict]) -> None:
        self._engine = engine
        self._recorded = recorded

    def ask(self, question: str, **_):
        from qa import AskResult

        return AskResult.model_validate(self._recorded[question])

    def timeline(self, question: str, **_):
        from qa import Timeline

        return Timeline.model_validate(self._recorded["timeline: " + question])

    def __getattr__(self, name: str):
        return getattr(self._engine, name)


def recorded_engine(engine) -> RecordedEngine:
    return RecordedEngine(engine, json.loads(RECORDED.read_text(encoding="utf-8")))


def _record() -> None:  # pragma: no cover - maintenance helper
    from qa import Engine

    engine = Engine.from_path(None, cache=False)
    data = {q: engine.ask(q).model_dump(mode="json", exclude={"elapsed_ms"}) for q in SNAPSHOT_QUESTIONS}
    fixture = Engine.from_path(TIMELINE_CORPUS, cache=False)
    data[TIMELINE_QUESTION] = fixture.ask(TIMELINE_QUESTION).model_dump(mode="json", exclude={"elapsed_ms"})
    data["timeline: " + TIMELINE_QUESTION] = fixture.timeline(TIMELINE_QUESTION).model_dump(
        mode="json", exclude={"elapsed_ms", "corpus"})
    RECORDED.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {RECORDED}")


if __name__ == "__main__":  # pragma: no cover
    _record()
