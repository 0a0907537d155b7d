"""black, imported in a forked process while this one does the steps before formatting.

Importing black takes about 0.1 s: as long as everything else a small regeneration does
between loading the spec and formatting (a changed description: one resource module
rendered, a few of its pieces formatted). So when generation starts, a process is forked
that imports black on the other core meanwhile and then formats the one batch of pieces
it is sent, with the same function that formats them here; a run that needs no
formatting, or formats enough to use the worker pool, stops it unused.

Forked only where fork exists and this process runs no other thread: a fork copies the
calling thread alone, and a lock another thread held (the import lock, say) would stay
held in the copy. The batch and its results cross pipes as `marshal` data (plain strings
and tuples; marshal is built in, so nothing is imported for it). Whatever goes wrong in
the child (killed, out of memory), the caller formats in process instead.
"""

from __future__ import annotations

import marshal
import os
import select
import sys
import time
from typing import Any

# Bytes of the length before each message on a pipe.
_LENGTH = 8
# The longest this process waits for the child's answer (a batch small enough to be sent
# there takes black a second or two); then it formats the batch itself.
WAIT_SECONDS = 60.0


class BlackAhead:
    """A forked process importing black; `format` sends it one batch."""

    def __init__(self) -> None:
        jobs_read, self._jobs = os.pipe()
        self._results, results_write = os.pipe()
        try:
            self._pid = os.fork()
        except OSError:
            for fd in (jobs_read, self._jobs, self._results, results_write):
                os.close(fd)
            raise
        if self._pid == 0:  # the child: never returns
            os.close(self._jobs)
            os.close(self._results)
            _serve(jobs_read, results_write)
        os.close(jobs_read)
        os.close(results_write)
        self._open = True

    def format(self, jobs: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
        """`(problem, formatted)` for each `(path, source)`, as `format._black` gives them;
        None if the child could not do it (the caller then formats in process)."""
        if not self._open:
            return None
        try:
            _write(self._jobs, marshal.dumps(jobs))
            os.close(self._jobs)
            self._open = False
            answer = _read(self._results, time.monotonic() + WAIT_SECONDS)
            results: Any = marshal.loads(answer) if answer is not None else None
        except (OSError, EOFError, ValueError, TypeError):
            results = None
        finally:
            self.close()
        if not isinstance(results, list) or len(results) != len(jobs):
            return None
        return [(str(problem), str(text)) for problem, text in results]

    def close(self) -> None:
        """Stop the child if it still runs (unused, or broken) and reap it; never waits
        for it to finish importing black."""
        if self._open:
            os.close(self._jobs)
            self._open = False
        if self._pid:
            pid, self._pid = self._pid, 0
            os.close(self._results)
            finished, _ = os.waitpid(pid, os.WNOHANG)
            if not finished:
                try:
                    os.kill(pid, 9)
                except ProcessLookupError:
                    pass
                os.waitpid(pid, 0)


def black_ahead() -> BlackAhead | None:
    """A `BlackAhead`, where forking is safe; None elsewhere."""
    if not hasattr(os, "fork") or sys.platform == "win32":
        return None
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return None
    try:
        return BlackAhead()
    except OSError:  # no processes or descriptors left: format in process
        return None


def _serve(jobs_read: int, results_write: int) -> None:
    code = 1
    try:
        from generator.format import _black

        _black("<warm-up>", "x = 1\n")  # black's first call loads its grammar
        batch = _read(jobs_read)
        if batch is not None:
            jobs = marshal.loads(batch)
            _write(results_write, marshal.dumps([_black(path, source) for path, source in jobs]))
        code = 0
    finally:
        # Straight out: no atexit handlers, no flushing of the parent's buffered output.
        os._exit(code)


def _write(fd: int, data: bytes) -> None:
    view = memoryview(len(data).to_bytes(_LENGTH, "big") + data)
    while view:
        view = view[os.write(fd, view) :]


def _read(fd: int, deadline: float | None = None) -> bytes | None:
    """One length-prefixed message; None at the end of the pipe (the other side closed) or
    once `deadline` (a `time.monotonic()` value) has passed."""
    header = _read_exactly(fd, _LENGTH, deadline)
    if header is None:
        return None
    return _read_exactly(fd, int.from_bytes(header, "big"), deadline)


def _read_exactly(fd: int, size: int, deadline: float | None) -> bytes | None:
    chunks: list[bytes] = []
    while size:
        if deadline is not None and not select.select([fd], [], [], max(0.0, deadline - time.monotonic()))[0]:
            return None
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)
