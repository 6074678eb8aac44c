"""Screens of the newsqa terminal UI."""
