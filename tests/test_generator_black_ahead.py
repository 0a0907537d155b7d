"""black imported ahead in a forked process: same output, and any failure costs only time."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

import generator.format as formatting
import generator.black_ahead as black_ahead_module
from generator.black_ahead import BlackAhead, black_ahead
from generator.diagnostics import SpecError

JOBS = [
    ("pkg/a.py", "x = [1,\n  2]\n"),
    ("pkg/b.py", "class A:\n    def f(self, a ,b):\n        return a+b\n"),
    ("pkg/c.py", "def broken(:\n"),
    ("pkg/d.py", "s = '" + "é" * 70_000 + "'\n"),  # more than a pipe holds, not ASCII
]


def _reaped(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


# The tests fork with `BlackAhead()` itself: `black_ahead()` declines while other threads
# run, as they may in a test session (servers of other tests).


def test_the_child_formats_as_this_process_does() -> None:
    ahead = BlackAhead()
    pid = ahead._pid
    assert ahead.format(JOBS) == [formatting._black(path, source) for path, source in JOBS]
    assert _reaped(pid)
    # Its work ends with the answer: more is refused, and the caller formats in process.
    assert ahead.format(JOBS[:1]) is None


def test_batches_come_back_together_in_the_order_sent() -> None:
    ahead = BlackAhead()
    assert ahead.send(JOBS[:1]) and ahead.send(JOBS[1:3]) and ahead.send(JOBS[3:])
    assert ahead.formatted() == [formatting._black(path, source) for path, source in JOBS]
    assert not ahead.send(JOBS[:1]) and ahead.formatted() is None


def test_a_process_forked_meanwhile_does_not_hold_up_the_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    # A worker pool forked while pieces are being sent holds a copy of this end of the
    # pipe: the child must be told the batches are over, not wait for the end of the pipe.
    monkeypatch.setattr(black_ahead_module, "WAIT_SECONDS", 5.0)
    ahead = BlackAhead()
    assert ahead.send(JOBS[:1])
    other = os.fork()
    if other == 0:
        time.sleep(30)
        os._exit(0)
    try:
        assert ahead.send(JOBS[1:2])
        assert ahead.formatted() == [formatting._black(path, source) for path, source in JOBS[:2]]
    finally:
        os.kill(other, signal.SIGKILL)
        os.waitpid(other, 0)
        ahead.close()


def _counting_sends(ahead: BlackAhead, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    sent: list[int] = []
    real = ahead.send

    def send(jobs: list[tuple[str, str]]) -> bool:
        sent.append(len(jobs))
        return real(jobs)

    monkeypatch.setattr(ahead, "send", send)
    return sent


FILES = {
    "pkg/one.py": "x = [1,\n  2]\n\n\ny = {'a':1}\n",
    "pkg/two.py": "class A:\n    def f(self, a ,b):\n        return a+b\n\n    def g(self):\n        pass\n",
    "pkg/three.py": "z = (1,\n)\n",
}


def _sent_formatting_files(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """FILES formatted with the helper, the same as without; the size of each batch sent."""
    ahead = BlackAhead()
    sent = _counting_sends(ahead, monkeypatch)
    try:
        assert formatting.format_files(FILES, skip=set(), ahead=ahead) == formatting.format_files(
            FILES, skip=set()
        )
    finally:
        ahead.close()
    return sent


def test_format_files_sends_the_pieces_of_each_file_as_it_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    sent = _sent_formatting_files(monkeypatch)
    assert sent == [2, 2, 1]  # two pieces; a class with its first method, and the second; one


def test_beyond_the_pool_amount_the_rest_is_formatted_here(monkeypatch: pytest.MonkeyPatch) -> None:
    # Room for the first file's pieces only: the others are formatted at the end here.
    monkeypatch.setattr(formatting, "PARALLEL_MIN_CHARS", len(FILES["pkg/one.py"]) + 1)
    sent = _sent_formatting_files(monkeypatch)
    assert sent == [2]  # the second file's pieces did not fit: nothing more was sent


def test_a_child_that_dies_after_a_batch_leaves_all_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    ahead = BlackAhead()
    real = ahead.send

    def send_then_die(jobs: list[tuple[str, str]]) -> bool:
        sent = real(jobs)
        os.kill(ahead._pid, signal.SIGKILL)
        return sent

    monkeypatch.setattr(ahead, "send", send_then_die)
    try:
        assert formatting.format_files(FILES, skip=set(), ahead=ahead) == formatting.format_files(
            FILES, skip=set()
        )
    finally:
        ahead.close()
    assert ahead._pid == 0


def test_format_files_gives_the_same_files_with_and_without_it() -> None:
    files = {path: source for path, source in JOBS if "broken" not in source}
    ahead = BlackAhead()
    try:
        assert formatting.format_files(files, skip=set(), ahead=ahead) == formatting.format_files(
            files, skip=set()
        )
    finally:
        ahead.close()


def test_a_child_that_died_leaves_the_formatting_to_this_process() -> None:
    ahead = BlackAhead()
    os.kill(ahead._pid, signal.SIGKILL)
    time.sleep(0.05)
    files = {"pkg/b.py": JOBS[1][1]}
    assert formatting.format_files(files, skip=set(), ahead=ahead) == formatting.format_files(
        files, skip=set()
    )
    assert ahead._pid == 0


def test_unused_children_are_stopped_and_reaped_at_once() -> None:
    ahead = BlackAhead()
    pids = [ahead._pid, ahead._checker.pid]
    ahead.import_validator()
    started = time.perf_counter()
    ahead.close()
    assert time.perf_counter() - started < 0.5  # not waiting for black's or the validator's import
    assert all(_reaped(pid) for pid in pids)
    ahead.close()  # twice is harmless


def test_a_child_that_does_not_answer_in_time_leaves_the_formatting_to_this_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(black_ahead_module, "WAIT_SECONDS", 0.0)
    ahead = BlackAhead()
    os.kill(ahead._pid, signal.SIGSTOP)  # alive, holding its pipes open, never answering
    pid = ahead._pid
    started = time.perf_counter()
    assert ahead.format(JOBS[:1]) is None
    assert time.perf_counter() - started < 5
    assert _reaped(pid)


def test_no_fork_while_another_thread_runs() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert black_ahead() is None
    finally:
        stop.set()
        other.join()


def test_a_module_that_does_not_parse_is_the_same_error_either_way() -> None:
    files = {"pkg/c.py": JOBS[2][1]}
    errors = []
    for ahead in (BlackAhead(), None):
        with pytest.raises(SpecError) as caught:
            formatting.format_files(files, skip=set(), ahead=ahead)
        if ahead is not None:
            ahead.close()
        errors.append([d.message for d in caught.value.diagnostics])
    assert errors[0] == errors[1] and "pkg/c.py" in errors[0][0]


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="open descriptors are listed in /proc")
def test_a_fork_that_fails_leaves_no_pipe_open(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork() -> int:
        raise OSError("no processes left")

    before = sorted(os.listdir("/proc/self/fd"))
    monkeypatch.setattr(os, "fork", no_fork)
    assert black_ahead() is None  # declined with threads running, or the fork failed
    with pytest.raises(OSError):
        BlackAhead()
    assert sorted(os.listdir("/proc/self/fd")) == before


# -- validating the changed parts there too ---------------------------------------------------

VALID = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}}
INVALID = {"openapi": "3.1.0", "info": {"title": "T"}, "paths": {"no-slash": {}}}


def test_the_child_validates_as_this_process_does_then_formats() -> None:
    from generator.validate import validate_document

    assert validate_document(VALID) == [] and validate_document(INVALID)
    for document in (VALID, INVALID):
        ahead = BlackAhead()
        if document is INVALID:
            ahead.import_validator()  # told ahead of the validation
        assert ahead.validate(document)
        assert not ahead.validate(document)  # one validation a child
        # The batch after it is formatted as ever; the validation's answer is kept.
        assert ahead.format(JOBS[:2]) == [formatting._black(path, source) for path, source in JOBS[:2]]
        assert ahead.validation() == len(validate_document(document))


def test_a_child_that_died_leaves_the_validation_to_this_process() -> None:
    ahead = BlackAhead()
    assert ahead.validate(VALID)
    os.kill(ahead._checker.pid, signal.SIGKILL)
    assert ahead.validation() is None
    assert not ahead.validate(VALID)  # a stopped child takes nothing more
    # The other child formats as ever.
    assert ahead.format(JOBS[:1]) == [formatting._black(*JOBS[0])]


def test_a_child_that_does_not_validate_in_time_leaves_the_validation_to_this_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(black_ahead_module, "WAIT_SECONDS", 0.0)
    ahead = BlackAhead()
    pid = ahead._checker.pid
    # Stopped before it is sent anything: alive, holding its pipes open, never answering.
    # (Stopped after, it could answer first: with the validator already imported in the
    # process it is forked from, a small document validates at once.)
    os.kill(pid, signal.SIGSTOP)
    assert ahead.validate(VALID)
    assert ahead.validation() is None
    assert _reaped(pid)
    ahead.close()


def test_the_validator_is_imported_only_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.validate

    marker = tmp_path / "imported"
    real = generator.validate.import_validator

    def import_validator() -> None:  # run in the child, which the fork gives this function
        marker.write_text("yes")
        real()

    monkeypatch.setattr(generator.validate, "import_validator", import_validator)
    ahead = BlackAhead()
    try:
        time.sleep(0.2)
        assert not marker.exists()
        ahead.import_validator()
        assert ahead.validate(VALID) and ahead.validation() == 0
        assert marker.read_text() == "yes"
    finally:
        ahead.close()


def test_no_validation_stops_the_validating_child_at_once() -> None:
    ahead = BlackAhead()
    pid = ahead._checker.pid
    ahead.no_validation()
    assert _reaped(pid) and not ahead.validate(VALID)
    assert ahead.format(JOBS[:1]) == [formatting._black(*JOBS[0])]  # the other goes on


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pipe sizes are set on Linux only")
def test_a_large_document_is_sent_while_the_child_still_imports_the_validator() -> None:
    import fcntl

    # The pipe holds what is sent, so sending does not wait for the child to read.
    ahead = BlackAhead()
    try:
        assert fcntl.fcntl(ahead._checker.jobs, getattr(fcntl, "F_GETPIPE_SZ", 1032)) >= 1 << 20
        document = {**VALID, "info": {"title": "T", "version": "1", "description": "é" * 300_000}}
        assert ahead.validate(document)
        assert ahead.validation() == 0
    finally:
        ahead.close()
