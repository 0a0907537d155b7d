"""black, imported in a forked process while this one does the steps before formatting.

Importing black takes about 0.1 s: as long as everything else a small regeneration does
between loading the spec and formatting (a changed description: one resource module
rendered, a few of its pieces formatted). So when generation starts, a process is forked
that imports black on the other core meanwhile and then formats the pieces it is sent,
with the same function that formats them here; a run that needs no formatting stops it
unused. The pieces are sent file by file as they are found not to be
cached, so black works on the first while this process looks for the next; beyond the
amount the worker pool is for, the rest go to the pool.

The same process validates the changed parts of a document, when it is sent them before
the batch (validation_run): importing openapi-spec-validator takes 0.3 s, and a third
process for it would share two cores with this one and this one's helper. It is told to
import the validator as soon as this process knows a validation is coming (the verdict
is not cached), before the parts to validate are worked out.

Forked only where fork exists and this process runs no other thread: a fork copies the
calling thread alone, and a lock another thread held (the import lock, say) would stay
held in the copy. The batch and its results cross pipes as `marshal` data (plain strings
and tuples; marshal is built in, so nothing is imported for it); the parts to validate
are pickled inside it (a YAML date is no marshal value). Whatever goes wrong in the
child (killed, out of memory), the caller formats and validates in process instead.
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
    """A forked process importing black; `send` gives it pieces to format, `formatted` their results."""

    def __init__(self) -> None:
        jobs_read, self._jobs = os.pipe()
        self._results, results_write = os.pipe()
        _widen(self._jobs)
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
        self._validating = False  # a validation was sent and its answer not yet read
        self._found: int | None = None
        self._sent = 0  # jobs sent to be formatted

    def import_validator(self) -> None:
        """Have the child import the validator now, for a validation to be sent later."""
        if self._open and not self._validating:
            try:
                _write(self._jobs, marshal.dumps(("import-validator", None)))
            except OSError:
                pass  # the validation, if sent, will say what the child can do

    def validate(self, document: dict[str, Any]) -> bool:
        """Send `document` to be validated (before any batch); False if it could not be."""
        if not self._open or self._validating:
            return False
        import pickle

        try:
            _write(self._jobs, marshal.dumps(("validate", pickle.dumps(document, pickle.HIGHEST_PROTOCOL))))
        except (OSError, ValueError, pickle.PicklingError):
            return False
        self._validating = True
        return True

    def validation(self) -> int | None:
        """How many findings the validation sent has; None if the child could not say
        (the caller then validates in process). Findings are always reported from a
        validation of the whole document, so their count is all the caller needs."""
        if self._validating:
            self._validating = False
            try:
                answer = _read(self._results, time.monotonic() + WAIT_SECONDS)
                found: Any = marshal.loads(answer) if answer is not None else None
            except (OSError, EOFError, ValueError, TypeError):
                found = None
            if isinstance(found, int) and not isinstance(found, bool):
                self._found = found
            else:
                self.close()  # its answers can no longer be told apart: format here too
        return self._found

    def send(self, jobs: list[tuple[str, str]]) -> bool:
        """Send one batch of `(path, source)` to be formatted, while this process goes on
        finding the next; False if it could not be sent (then `formatted` says None)."""
        if not self._open:
            return False
        try:
            _write(self._jobs, marshal.dumps(("format", jobs)))
        except (OSError, ValueError):
            self.close()
            return False
        self._sent += len(jobs)
        return True

    def formatted(self) -> list[tuple[str, str]] | None:
        """`(problem, formatted)` for each job of every batch sent, in the order sent, as
        `format._black` gives them; None if the child could not do it all (the caller then
        formats them in process). Ends the child's work."""
        if not self._open:
            return None
        try:
            os.close(self._jobs)
            self._open = False
            self.validation()  # its answer comes first
            answer = _read(self._results, time.monotonic() + WAIT_SECONDS)
            results: Any = marshal.loads(answer) if answer is not None else None
        except (OSError, EOFError, ValueError, TypeError):
            results = None
        finally:
            self.close()
        if not isinstance(results, list) or len(results) != self._sent:
            return None
        return [(str(problem), str(text)) for problem, text in results]

    def format(self, jobs: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
        """`send` one batch, then `formatted`."""
        return self.formatted() if self.send(jobs) else None

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
        results: list[tuple[str, str]] | None = None
        while (message := _read(jobs_read)) is not None:
            kind, payload = marshal.loads(message)
            if kind == "import-validator":
                from generator.validate import import_validator

                import_validator()
            elif kind == "validate":
                import pickle

                from generator.validate import validate_document

                _write(results_write, marshal.dumps(len(validate_document(pickle.loads(payload)))))
            else:
                results = (results or []) + [_black(path, source) for path, source in payload]
        # Answered once the caller has sent everything (closed its end): it reads nothing
        # before, so writing earlier could fill the pipe while it still sends.
        if results is not None:
            _write(results_write, marshal.dumps(results))
        code = 0
    finally:
        # Straight out: no atexit handlers, no flushing of the parent's buffered output.
        os._exit(code)


def _widen(fd: int) -> None:
    """Let a pipe hold 1 MiB where Linux allows it: what is sent while the child is still
    importing black then does not wait for it (the default holds 64 KiB)."""
    try:
        import fcntl

        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), 1 << 20)
    except (ImportError, OSError):
        pass


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
