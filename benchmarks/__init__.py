"""Benchmarks of the generator and of the generated client against their peers.

Run them all with `python3 benchmarks/run.py` (see BENCHMARKS.md); `run.py` builds its
own virtual environment in `.cache/bench-venv` and runs each section in a fresh process.
The modules here import only the standard library at module level, so that the smoke
test can import them from the project's own environment.
"""
