"""The newsqa terminal UI: ask questions about a folder of news articles.

`tui.app.run()` is the entry point the `qa` CLI calls; `python -m tui` runs it too.
The engine (`qa`) is imported lazily, in a worker thread, so the window is up and
the question box usable before the corpus has finished loading.
"""

__all__ = ["QAApp", "run"]


def __getattr__(name: str):  # pragma: no cover - trivial re-export
    if name in __all__:
        from tui import app

        return getattr(app, name)
    raise AttributeError(name)
