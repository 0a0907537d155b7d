"""black, imported in a forked process while this one does the steps before formatting.

Importing black takes about 0.1 s: as long as everything else a small regeneration does
between loading the spec and formatting (a changed description: one resource module
rendered, a few of its pieces formatted). So when generation starts, a process is forked
that imports black on the other core meanwhile and then formats the pieces it is sent,
with the same function that formats them here; a run that needs no formatting stops it
unused. The pieces are sent file by file as they are found not to be
cached, so black works on the first while this process looks for the next; beyond the
amount the worker pool is for, the rest go to the pool.

A second process, forked at the same time (while this one is small, so forking it is
cheap), validates the changed parts of a document (validation_run): importing
openapi-spec-validator takes 0.3 s, which in the first process would hold up black. It
is told to import the validator as soon as this process knows a validation is coming
(the verdict is not cached), by when black has been imported, so the two imports do not
share a core with this process; a run whose verdict is cached stops it at once. (Importing
it from the start at the lowest priority was slower for both kinds of edit, measured
side by side.)

Forked only where fork exists and this process runs no other thread: a fork copies the
calling thread alone, and a lock another thread held (the import lock, say) would stay
held in the copy. Requests and answers cross pipes as `marshal` data (plain strings and
tuples; marshal is built in, so nothing is imported for it); the parts to validate are
pickled inside it (a YAML date is no marshal value). Whatever goes wrong in a child
(killed, out of memory), the caller formats or validates in process instead.
"""

from __future__ import annotations

import marshal
import os
import select
import sys
import time
from collections.abc import Callable
from typing import Any

# Bytes of the length before each message on a pipe.
_LENGTH = 8
# The longest this process waits for the child's answer (a batch small enough to be sent
# there takes black a second or two); then it formats the batch itself.
WAIT_SECONDS = 60.0


class _Child:
    """A forked process that reads requests from one pipe and answers on another."""

    def __init__(self, serve: Callable[[int, int], None], inherited: tuple[int, ...] = ()) -> None:
        jobs_read, self.jobs = os.pipe()
        self.results, results_write = os.pipe()
        _widen(self.jobs)
        try:
            self.pid = os.fork()
        except OSError:
            for fd in (jobs_read, self.jobs, self.results, results_write):
                os.close(fd)
            raise
        if self.pid == 0:  # the child: never returns
            code = 1
            try:
                # Only its own ends: an end of another child's pipe held open here would
                # keep that child from seeing the end of its requests.
                for fd in (self.jobs, self.results, *inherited):
                    os.close(fd)
                serve(jobs_read, results_write)
                code = 0
            finally:
                # Straight out: no atexit handlers, no flushing of the parent's output.
                os._exit(code)
        os.close(jobs_read)
        os.close(results_write)
        self.open = True  # requests may still be sent

    def send(self, kind: str, payload: Any) -> bool:
        if not self.open:
            return False
        try:
            _write(self.jobs, marshal.dumps((kind, payload)))
        except (OSError, ValueError):
            self.close()
            return False
        return True

    def answer(self, last: bool = False) -> Any:
        """The next answer (None if there is none in time, or it is not marshal data);
        `last`: no more requests are sent first."""
        if last and self.open:
            os.close(self.jobs)
            self.open = False
        if not self.pid:
            return None
        try:
            data = _read(self.results, time.monotonic() + WAIT_SECONDS)
            return marshal.loads(data) if data is not None else None
        except (OSError, EOFError, ValueError, TypeError):
            return None

    def close(self) -> None:
        """Stop the child if it still runs (unused, or broken) and reap it; never waits
        for it to finish an import."""
        if self.open:
            os.close(self.jobs)
            self.open = False
        if self.pid:
            pid, self.pid = self.pid, 0
            os.close(self.results)
            finished, _ = os.waitpid(pid, os.WNOHANG)
            if not finished:
                try:
                    os.kill(pid, 9)
                except ProcessLookupError:
                    pass
                os.waitpid(pid, 0)


class BlackAhead:
    """Two forked processes: one imports black (`send` gives it pieces to format,
    `formatted` their results), one the validator when told (`validate`, `validation`)."""

    def __init__(self) -> None:
        self._black = _Child(_serve_formatting)
        try:
            self._checker = _Child(_serve_validation, (self._black.jobs, self._black.results))
        except OSError:
            self._black.close()
            raise
        self._validating = False  # a validation was sent and its answer not yet read
        self._found: int | None = None
        self._sent = 0  # jobs sent to be formatted

    @property
    def _pid(self) -> int:
        """The formatting child's process id (0 once stopped)."""
        return self._black.pid

    def import_validator(self) -> None:
        """Have the other child import the validator now, for a validation to be sent later."""
        if not self._validating:
            self._checker.send("import-validator", None)

    def no_validation(self) -> None:
        """No validation will be sent: stop the other child."""
        if not self._validating:
            self._checker.close()

    def validate(self, document: dict[str, Any]) -> bool:
        """Send `document` to be validated; False if it could not be."""
        if self._validating or self._found is not None:
            return False
        import pickle

        try:
            payload = pickle.dumps(document, pickle.HIGHEST_PROTOCOL)
        except (ValueError, pickle.PicklingError):
            return False
        self._validating = self._checker.send("validate", payload)
        return self._validating

    def validation(self) -> int | None:
        """How many findings the validation sent has; None if the child could not say
        (the caller then validates in process). Findings are always reported from a
        validation of the whole document, so their count is all the caller needs."""
        if self._validating:
            self._validating = False
            found = self._checker.answer(last=True)
            self._checker.close()
            if isinstance(found, int) and not isinstance(found, bool):
                self._found = found
        return self._found

    def send(self, jobs: list[tuple[str, str]]) -> bool:
        """Send one batch of `(path, source)` to be formatted, while this process goes on
        finding the next; False if it could not be sent (then `formatted` says None)."""
        if not self._black.send("format", jobs):
            return False
        self._sent += len(jobs)
        return True

    def formatted(self) -> list[tuple[str, str]] | None:
        """`(problem, formatted)` for each job of every batch sent, in the order sent, as
        `format._black` gives them; None if the child could not do it all (the caller then
        formats them in process). Ends the child's work."""
        if not self._black.send("end", None):
            return None
        results = self._black.answer(last=True)
        self._black.close()
        if not isinstance(results, list) or len(results) != self._sent:
            return None
        return [(str(problem), str(text)) for problem, text in results]

    def format(self, jobs: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
        """`send` one batch, then `formatted`."""
        return self.formatted() if self.send(jobs) else None

    def close(self) -> None:
        """Stop both children if they still run (unused, or broken) and reap them."""
        self._black.close()
        self._checker.close()


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


def _serve_formatting(jobs_read: int, results_write: int) -> None:
    from generator.format import _black

    _black("<warm-up>", "x = 1\n")  # black's first call loads its grammar
    results: list[tuple[str, str]] = []
    while (message := _read(jobs_read)) is not None:
        kind, jobs = marshal.loads(message)
        if kind == "end":
            # Answered once the caller has sent everything: it reads nothing before, so
            # writing earlier could fill the pipe while it still sends. Told, not seen at
            # the end of the pipe: a process forked meanwhile (a worker pool) holds a copy
            # of the caller's end.
            _write(results_write, marshal.dumps(results))
            break
        results += [_black(path, source) for path, source in jobs]


def _serve_validation(jobs_read: int, results_write: int) -> None:
    # Nothing is imported until asked: a run whose verdict is cached never asks.
    while (message := _read(jobs_read)) is not None:
        kind, payload = marshal.loads(message)
        from generator.validate import import_validator, validate_document

        if kind == "import-validator":
            import_validator()
            # Its first run builds what later runs reuse (the meta-schemas' validators):
            # done ahead while nothing is asked yet, else as part of the first.
            for version in ("3.1.0", "3.0.3"):
                if not select.select([jobs_read], [], [], 0)[0]:
                    validate_document({"openapi": version, "info": {"title": "", "version": ""}, "paths": {}})
        else:
            import pickle

            _write(results_write, marshal.dumps(len(validate_document(pickle.loads(payload)))))


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
