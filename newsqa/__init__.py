"""The `qa` command: scripted subcommands over the engine (`qa`) and the terminal UI (`tui`).

It sits above both packages; neither imports it.
"""
