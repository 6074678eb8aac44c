"""Widgets of the newsqa terminal UI."""
