"""Developer scripts (run from the repository root, e.g. `python tools/compile_ui.py`); not part of the application."""
