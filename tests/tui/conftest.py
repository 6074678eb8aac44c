"""Fixtures of the UI tests."""

import pytest
import textual._wait

from tests.tui.support import tui_data_dir

__all__ = ["tui_data_dir"]  # a fixture (autouse): pytest finds it here


@pytest.fixture(autouse=True)
def quick_idle(monkeypatch):
    """Pilot waits for the app to be idle after every key and pause, by sleeping in steps of
    20 ms until a step passes with under 1 ms of CPU. Steps of 5 ms (under 0.25 ms of CPU)
    tell the same thing four times sooner; over the UI tests, sleeping was 40% of their time."""
    monkeypatch.setattr(textual._wait, "SLEEP_GRANULARITY", 1 / 200)
    monkeypatch.setattr(textual._wait, "SLEEP_IDLE", 1 / 200 / 20)
