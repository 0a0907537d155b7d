"""Worker processes for the slow, pure-Python steps (validation, model generation, black).

Forked, not spawned: spawn re-imports the caller's main module, which a script that
calls the generator without an `if __name__ == "__main__"` guard cannot survive, and a
forked worker needs no copy of what the parent has already loaded. Where fork is not
available (Windows), callers do the work in process.

multiprocessing and concurrent.futures are imported only when a pool is asked for: a
small regeneration never starts one.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor


def can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def forked_pool(workers: int) -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
