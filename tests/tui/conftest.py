"""Fixtures of the UI tests."""

from tests.tui.support import tui_data_dir

__all__ = ["tui_data_dir"]  # a fixture (autouse): pytest finds it here
