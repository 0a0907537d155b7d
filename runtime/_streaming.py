"""Streams of typed events from a `text/event-stream` response.

A stream ends at `data: [DONE]`; events with no data are skipped, never parsed
as JSON; an error event raises `APIError`; a connection that breaks, or ends
before `[DONE]`, raises `APIConnectionError` (`APITimeoutError` when a read
timed out) instead of ending quietly.

Connections. The response is closed, so that its connection leaves the pool's
"in use" set, however iteration stops: at `[DONE]`, on an error, on `close()` /
`aclose()` or leaving the `with` block, and also when an unclosed stream is
garbage-collected (say the consumer broke out of the loop and dropped it):

- `Stream`: a `weakref.finalize` closes the response. The event generator holds
  no reference to its `Stream`, so dropping the last reference frees it at once,
  without waiting for the cycle collector.
- `AsyncStream`: closing needs the event loop, which a finalizer cannot await.
  If iteration had started, the loop's own async-generator finalizer (asyncio and
  trio both install one) runs the generator's `finally`, which closes the
  response. For a stream dropped before its first event, the finalizer schedules
  `response.aclose()` as a task on the asyncio loop the stream was created on
  (thread-safely, since the collector may run anywhere). When that loop is closed
  by then, or the stream belongs to another event loop library, nothing can be
  awaited and the connection stays checked out until the client is closed: use
  `async with` or `aclose()`.

Keep-alive. After `[DONE]` the rest of the body (normally just the end of the
chunked encoding) is read before closing, so that the connection goes back to
the pool for the next request instead of being dropped. That is bounded
(`DRAIN_BYTES`, `DRAIN_SECONDS`): a server that keeps the body open after
`[DONE]` costs its connection, never a hang.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import socket
import threading
import time
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import anyio
import httpx

from ._exceptions import APIConnectionError, APIError, APIResponseValidationError, APITimeoutError
from ._retries import TRANSPORT_ERRORS
from ._sse import SSEDecoder

if TYPE_CHECKING:
    import asyncio  # imported where needed: sync programs never load it

    import pydantic

__all__ = ["Stream", "AsyncStream"]

T = TypeVar("T")
DONE = "[DONE]"
# As a final event: the stream may simply end (streams of APIs without `[DONE]`).
END_OF_BODY = "<end of body>"
# How much of the body after [DONE] is read, at most, to keep the connection.
DRAIN_BYTES = 64 * 1024
DRAIN_SECONDS = 1.0


class _EventParser(Generic[T]):
    def __init__(
        self, response: httpx.Response, chunk_type: type[T], final_events: frozenset[str] = frozenset()
    ) -> None:
        # pydantic is imported with the first answer, not with the package.
        from pydantic import ValidationError

        from ._models import type_adapter

        self.response = response
        self.adapter: pydantic.TypeAdapter[T] = type_adapter(chunk_type)
        self.invalid = ValidationError
        # Set at `[DONE]`: stop reading.
        self.done = False
        # Event types after which the body may end without `[DONE]` (the
        # Responses API ends its streams with `response.completed` and the like).
        self.final_events = final_events
        self.complete = False

    def parse(self, data: str, event_type: str | None) -> T | None:
        """The chunk an event (its data and `event:` type) carries; None for events that carry none."""
        if data == DONE:
            self.done = True
            return None
        if not data:
            return None
        if event_type == "error":
            raise APIError(_error_message(data), self.response.request, body=_loads(data))
        if '"error"' in data:
            # Whatever the spacing or line breaks: `{ "error": {...} }` is an error too.
            body = _loads(data)
            if isinstance(body, dict) and body.get("error") is not None:
                raise APIError(_error_message(data), self.response.request, body=body["error"])
        try:
            # The adapter's validator itself: `TypeAdapter.validate_json` only passes
            # its defaults on, at a cost per chunk.
            item: T = self.adapter.validator.validate_json(data)
        except self.invalid as exc:
            raise APIResponseValidationError(
                self.response, _loads(data), message=f"stream event does not match its model: {exc}"
            ) from None
        if self.final_events and (event_type or getattr(item, "type", None)) in self.final_events:
            self.complete = True
        return item

    def ended_early(self) -> APIConnectionError:
        expected = " or ".join(["[DONE]", *sorted(self.final_events)])
        return APIConnectionError(
            message=f"The stream ended before its {expected} event.", request=self.response.request
        )


def _cut(response: httpx.Response, error: BaseException) -> APIConnectionError:
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(response.request)
    return APIConnectionError(message=f"The stream was cut: {type(error).__name__}", request=response.request)


# -- sync ------------------------------------------------------------------------------


def _iter_events(response: httpx.Response, parser: _EventParser[T]) -> Generator[T, None, None]:
    # A plain function, not a method: the generator must not keep its Stream alive.
    decoder = SSEDecoder()
    chunks = response.iter_bytes()
    try:
        for chunk in chunks:
            for data, event_type, _, _ in decoder.decode(chunk):
                item = parser.parse(data, event_type)
                if parser.done:
                    _drain(response, chunks)
                    return
                if item is not None:
                    yield item
                if parser.complete:
                    # A final event ends the stream as [DONE] does.
                    _drain(response, chunks)
                    return
        for data, event_type, _, _ in decoder.decode_end():
            item = parser.parse(data, event_type)
            if parser.done:
                return
            if item is not None:
                yield item
        if not parser.complete and END_OF_BODY not in parser.final_events:
            raise parser.ended_early()
    except TRANSPORT_ERRORS as exc:
        raise _cut(response, exc) from exc
    finally:
        response.close()


def _drain(response: httpx.Response, chunks: Iterator[bytes]) -> None:
    """Read what follows [DONE], briefly, so that HTTP/1.1 can reuse the connection.

    A blocking read cannot be given a deadline from here, so a watchdog shuts the
    socket down if the server has not ended the body in time. Without a socket to
    watch (another transport) nothing is read: closing is always safe."""
    if response.http_version != "HTTP/1.1":
        return
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if not isinstance(sock, socket.socket):
        return
    key = _WATCHDOG.arm(sock, DRAIN_SECONDS)
    try:
        left = DRAIN_BYTES
        for chunk in chunks:
            left -= len(chunk)
            if left < 0:
                return
    except TRANSPORT_ERRORS:
        return
    finally:
        _WATCHDOG.cancel(key)


class _Watchdog:
    """Shuts sockets down at their deadlines unless cancelled first.

    One daemon thread, started on first use, watches every drain: starting a thread
    per stream (a `threading.Timer`) was a visible share of a whole stream's time."""

    def __init__(self) -> None:
        self._reset()
        # A child process has no such thread, and may have inherited the lock held.
        os.register_at_fork(after_in_child=self._reset)

    def _reset(self) -> None:
        self._condition = threading.Condition(threading.Lock())
        self._deadlines: dict[int, tuple[float, socket.socket]] = {}
        self._keys = itertools.count()
        # When the thread next looks at the deadlines unless woken: only an earlier
        # deadline needs to wake it.
        self._wakes_at = math.inf
        self._thread: threading.Thread | None = None

    def arm(self, sock: socket.socket, seconds: float) -> int:
        """Watch `sock`; the key is for `cancel`."""
        deadline = time.monotonic() + seconds
        with self._condition:
            key = next(self._keys)
            self._deadlines[key] = (deadline, sock)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="oaiclient-drain-watchdog", daemon=True
                )
                self._thread.start()
            elif deadline < self._wakes_at:
                self._condition.notify()
        return key

    def cancel(self, key: int) -> None:
        # Under the lock, which the thread holds while it shuts sockets down: once
        # this returns, the socket is not touched (it may be closed and its
        # descriptor reused right after).
        with self._condition:
            self._deadlines.pop(key, None)

    def _run(self) -> None:
        with self._condition:
            while True:
                now = time.monotonic()
                for key, (deadline, sock) in list(self._deadlines.items()):
                    if deadline <= now:
                        del self._deadlines[key]
                        _shut_down(sock)
                self._wakes_at = min((deadline for deadline, _ in self._deadlines.values()), default=math.inf)
                self._condition.wait(None if self._wakes_at == math.inf else self._wakes_at - now)


def _shut_down(sock: socket.socket) -> None:
    try:
        # Through a duplicate of the descriptor, so that a TLS socket's own state is
        # not touched from this thread; shutdown acts on the connection, and wakes
        # the blocked read with end-of-file.
        with socket.fromfd(sock.fileno(), sock.family, sock.type) as duplicate:
            duplicate.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


_WATCHDOG = _Watchdog()


class Stream(Generic[T]):
    """Iterate to receive each event's model; use as a context manager or call close()."""

    def __init__(
        self, response: httpx.Response, chunk_type: type[T], final_events: frozenset[str] = frozenset()
    ) -> None:
        self.response = response
        self._parser = _EventParser(response, chunk_type, final_events)
        self._iterator = _iter_events(response, self._parser)
        # Closes the response if this stream is dropped unclosed.
        self._finalizer = weakref.finalize(self, response.close)
        self._finalizer.atexit = False

    def __iter__(self) -> Iterator[T]:
        # The stream itself, not its generator: a `for` loop over a stream nobody
        # else holds must keep it (and so its open response) alive.
        return self

    def __next__(self) -> T:
        return next(self._iterator)

    def close(self) -> None:
        try:
            self._iterator.close()
        finally:
            self._finalizer()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


# -- async -----------------------------------------------------------------------------


async def _aiter_events(response: httpx.Response, parser: _EventParser[T]) -> AsyncGenerator[T, None]:
    decoder = SSEDecoder()
    chunks = response.aiter_bytes()
    try:
        async for chunk in chunks:
            for data, event_type, _, _ in decoder.decode(chunk):
                item = parser.parse(data, event_type)
                if parser.done:
                    await _adrain(response, chunks)
                    return
                if item is not None:
                    yield item
                if parser.complete:
                    await _adrain(response, chunks)
                    return
        for data, event_type, _, _ in decoder.decode_end():
            item = parser.parse(data, event_type)
            if parser.done:
                return
            if item is not None:
                yield item
        if not parser.complete and END_OF_BODY not in parser.final_events:
            raise parser.ended_early()
    except TRANSPORT_ERRORS as exc:
        raise _cut(response, exc) from exc
    finally:
        await response.aclose()


async def _adrain(response: httpx.Response, chunks: AsyncIterator[bytes]) -> None:
    """The async `_drain`: here a cancel scope gives the deadline (httpcore closes
    a connection whose read was cancelled)."""
    if response.http_version != "HTTP/1.1":
        return
    with anyio.move_on_after(DRAIN_SECONDS):
        try:
            left = DRAIN_BYTES
            async for chunk in chunks:
                left -= len(chunk)
                if left < 0:
                    return
        except TRANSPORT_ERRORS:
            return


def _running_loop() -> asyncio.AbstractEventLoop | None:
    import asyncio  # here, not at the top: sync programs never need it

    try:
        return asyncio.get_running_loop()
    except RuntimeError:  # not under asyncio
        return None


# Closing tasks started by finalizers: the loop keeps only weak references to tasks.
_CLOSING: set[asyncio.Task[None]] = set()


def _close_abandoned(response: httpx.Response, loop: asyncio.AbstractEventLoop | None) -> None:
    """Finalizer of an AsyncStream: have its loop close the response, if it still can."""
    if response.is_closed or loop is None or loop.is_closed():
        return
    try:
        loop.call_soon_threadsafe(_start_closing, loop, response)
    except RuntimeError:
        pass  # the loop closed meanwhile


def _start_closing(loop: asyncio.AbstractEventLoop, response: httpx.Response) -> None:
    task = loop.create_task(response.aclose())
    _CLOSING.add(task)
    task.add_done_callback(_closing_done)


def _closing_done(task: asyncio.Task[None]) -> None:
    _CLOSING.discard(task)
    if not task.cancelled():
        task.exception()  # a failure to close has no one to report to; mark it seen


class AsyncStream(Generic[T]):
    """`async for` to receive each event's model; `async with` or `await aclose()`."""

    def __init__(
        self, response: httpx.Response, chunk_type: type[T], final_events: frozenset[str] = frozenset()
    ) -> None:
        self.response = response
        self._parser = _EventParser(response, chunk_type, final_events)
        self._iterator = _aiter_events(response, self._parser)
        self._finalizer = weakref.finalize(self, _close_abandoned, response, _running_loop())
        self._finalizer.atexit = False

    def __aiter__(self) -> AsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def aclose(self) -> None:
        self._finalizer.detach()
        try:
            await self._iterator.aclose()
        finally:
            await self.response.aclose()

    close = aclose

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def _loads(data: str) -> Any:
    try:
        return json.loads(data)
    except ValueError:
        return data


def _error_message(data: str) -> str:
    body = _loads(data)
    error = body.get("error", body) if isinstance(body, dict) else body
    message = error.get("message") if isinstance(error, dict) else None
    return message if isinstance(message, str) and message else f"The stream reported an error: {data[:500]}"
