"""HTTP/1.1 keep-alive connections for the async client's plain calls.

aiohttp's client spends most of a call on a fast link in Python around its parser:
request and response objects, header multidicts, timers and traces, several coroutines.
A plain call (a JSON body or none, answered whole; see `AiohttpAsyncClient.fetch_plain`)
needs none of that, so it goes over these connections: the request written in one
piece, the answer parsed by httptools (llhttp, the parser of Node.js), one future
awaited per call. Everything else (streams, uploads, large bodies, redirects followed,
another event loop) stays on aiohttp.

What it does, as httpx's pool does: one request at a time per connection; idle
connections reused newest first, closed after `keepalive_expiry` or beyond
`max_keepalive_connections`; at most `max_connections` open, waiting for one at most
the pool timeout (`httpx.PoolTimeout`); the connect timeout, and the read timeout as the
longest wait for each piece of the answer; TLS with the transport's context. A
connection is reused only after a whole answer that allows it; a call cancelled or failed
midway closes its connection. Answers are framed by Content-Length, chunked, or the
end of the connection; informational (1xx) answers are skipped. Errors are httpx's.
"""

from __future__ import annotations

import asyncio
import re
import socket
import ssl
from collections.abc import Callable
from typing import Any, cast

import httptools
import httpx
from multidict import CIMultiDict, CIMultiDictProxy

__all__ = ["Answer", "Failed", "Http11Pool", "LEAN_METHODS", "encode_head"]

# Methods whose answers the parser frames without knowing the request (not HEAD).
LEAN_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
# The most header bytes an answer may have (aiohttp allows 8190 per line).
MAX_HEADER_BYTES = 64 * 1024
# Headers noted while parsing (lower case): framing, and what a plain success is told by.
NOTED = frozenset(
    {b"content-length", b"transfer-encoding", b"content-encoding", b"set-cookie", b"x-request-id"}
)
_TOKEN = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+\Z")
_BAD_VALUE = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")
_CLOSE = re.compile(rb"(?:^|,)\s*close\s*(?:,|$)", re.IGNORECASE)

Origin = tuple[str, str, int]  # scheme, host, port


def encode_head(raw_headers: list[tuple[bytes, bytes]]) -> bytes | None:
    """The header lines of a request (each ending in CRLF), or None when they are not for
    these connections: a name that is not a token or a value with a control character
    (CR and LF would split the request on the wire), a body sized by the caller
    (Content-Length or Transfer-Encoding: the body written is the one given, whatever
    they say), or `Connection: close` (the pool would keep the connection)."""
    lines = []
    for name, value in raw_headers:
        if not _TOKEN.match(name) or _BAD_VALUE.search(value):
            return None
        lower = name.lower()
        if lower in (b"content-length", b"transfer-encoding") or (
            lower == b"connection" and _CLOSE.search(value)
        ):
            return None
        lines.append(b"%s: %s\r\n" % (name, value.strip(b" \t")))
    return b"".join(lines)


class Answer:
    """A response read whole: what `PlainAnswer` and `_whole_response` read of aiohttp's
    `ClientResponse`, under the same names (`headers` made when first asked for: a
    multidict costs more than the rest of an answer), and the `NOTED` headers' values."""

    __slots__ = ("status", "reason", "version", "raw_headers", "noted", "_headers")

    def __init__(
        self,
        status: int,
        reason: str,
        version: Any,
        raw_headers: tuple[tuple[bytes, bytes], ...],
        noted: dict[bytes, list[bytes]],
    ) -> None:
        self.status = status
        self.reason = reason
        self.version = version
        self.raw_headers = raw_headers
        self.noted = noted
        self._headers: CIMultiDictProxy[str] | None = None

    @property
    def headers(self) -> CIMultiDictProxy[str]:
        if self._headers is None:
            self._headers = CIMultiDictProxy(
                CIMultiDict(
                    (name.decode("utf-8", "surrogateescape"), value.decode("utf-8", "surrogateescape"))
                    for name, value in self.raw_headers
                )
            )
        return self._headers

    def values(self, name: str) -> list[bytes]:
        """The values of the header `name`, as sent."""
        lower = name.lower().encode("latin-1")
        if lower in NOTED:
            return self.noted.get(lower, [])
        return [value for key, value in self.raw_headers if key.lower() == lower]


class Failed(Exception):
    """Why a connection could not give its answer; turned into httpx's error by the pool."""

    def __init__(self, kind: type[httpx.TransportError], message: str) -> None:
        super().__init__(message)
        self.kind = kind


class _Connection(asyncio.Protocol):
    """One connection, one request at a time. Parser callbacks fill in the answer."""

    def __init__(self, pool: Http11Pool, origin: Origin) -> None:
        self.pool = pool
        self.origin = origin
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.waiter: asyncio.Future[tuple[Answer, bytes]] | None = None
        self.closed = False
        self.idle_since = 0.0
        self.last_read = 0.0
        self.read_timer: asyncio.TimerHandle | None = None
        self.reset()

    def reset(self) -> None:
        self.headers: list[tuple[bytes, bytes]] = []
        self.noted: dict[bytes, list[bytes]] = {}
        self.head_bytes = 0  # bytes fed while the answer's head was not complete
        self.header_bytes = 0  # the headers' own, as they come complete
        self.reason = b""
        self.body: list[bytes] = []
        self.headers_done = False
        self.until_close = False
        self.reusable = False

    # -- asyncio ---------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # A stream transport (uvloop's are not subclasses of asyncio's classes).
        self.transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        waiter = self.waiter
        if waiter is None or waiter.done():
            # Bytes nobody asked for (after an answer, or to a cancelled call): the
            # connection's state is unknown.
            self.close()
            return
        self.last_read = self.pool.loop.time()
        try:
            self.parser.feed_data(data)
            if not self.headers_done:
                # Counted as it comes: httptools would gather a header without end.
                self.head_bytes += len(data)
                if self.head_bytes > MAX_HEADER_BYTES:
                    self.fail(httpx.RemoteProtocolError, "The answer's headers are too long.")
        except httptools.HttpParserUpgrade:
            self.fail(httpx.RemoteProtocolError, "The server switched protocols unasked.")
        except httptools.HttpParserError as exc:
            # A callback's own error comes wrapped, the callback's error its context.
            cause = exc.__context__
            if isinstance(cause, Failed):
                self.fail(cause.kind, str(cause))
            else:
                self.fail(httpx.RemoteProtocolError, f"Invalid HTTP answer: {exc}")

    def eof_received(self) -> bool:
        # Not to be taken from the idle ones in the loop turn before connection_lost.
        self.closed = True
        return False  # close the transport: connection_lost follows

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.pool.forget(self)
        waiter = self.waiter
        if waiter is None or waiter.done():
            return
        if exc is None and self.until_close and self.headers_done:
            self._complete()
        elif exc is not None:
            self.fail(httpx.ReadError, str(exc) or type(exc).__name__)
        elif not self.headers_done and not self.headers:
            self.fail(httpx.RemoteProtocolError, "Server disconnected without sending a response.")
        else:
            self.fail(httpx.RemoteProtocolError, "Server disconnected before the answer was complete.")

    # -- httptools callbacks -----------------------------------------------------------------

    def on_message_begin(self) -> None:
        waiter = self.waiter
        if waiter is None or waiter.done():
            # A second answer to one request (bytes nobody asked for): parsing stops here,
            # so it cannot touch the first, and the connection is not used again.
            raise Failed(httpx.RemoteProtocolError, "The server sent an answer nobody asked for.")

    def on_status(self, status: bytes) -> None:
        self.reason += status

    def on_header(self, name: bytes, value: bytes) -> None:
        # Also counted here: a whole head can come in one read.
        self.header_bytes += len(name) + len(value) + 4
        if self.header_bytes > MAX_HEADER_BYTES:
            raise Failed(httpx.RemoteProtocolError, "The answer's headers are too long.")
        self.headers.append((name, value))  # httptools joins a header's pieces itself
        lower = name.lower()
        if lower in NOTED:
            self.noted.setdefault(lower, []).append(value)

    def on_headers_complete(self) -> None:
        self.headers_done = True
        status = self.parser.get_status_code()
        if status >= 200 and status not in (204, 304):
            noted = self.noted
            self.until_close = b"content-length" not in noted and b"transfer-encoding" not in noted

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        status = self.parser.get_status_code()
        if 100 <= status < 200:
            self.reset()  # an interim answer: the real one follows
            return
        self.reusable = self.parser.should_keep_alive() and not self.until_close
        self._complete()

    # -- outcomes ----------------------------------------------------------------------------

    def _complete(self) -> None:
        waiter = self.waiter
        if waiter is None or waiter.done():
            return
        version = self.parser.get_http_version()
        answer = Answer(
            self.parser.get_status_code(),
            self.reason.decode("latin-1"),
            self.pool.version(version),
            tuple(self.headers),
            self.noted,
        )
        waiter.set_result((answer, b"".join(self.body)))

    def fail(self, kind: type[httpx.TransportError], message: str) -> None:
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            waiter.set_exception(Failed(kind, message))
        self.close()

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()


class Http11Pool:
    """The connections of one transport on one event loop."""

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        limits: httpx.Limits,
        ssl_context: Callable[[], ssl.SSLContext | bool],
        versions: Callable[[str], Any],
    ) -> None:
        self.loop = loop
        self._max = limits.max_connections
        self._max_idle = limits.max_keepalive_connections
        self._expiry = limits.keepalive_expiry
        # Checked-out connections, at most `max_connections` (waiters in turn, FIFO).
        self._slots = asyncio.Semaphore(self._max) if self._max is not None else None
        self._ssl_context = ssl_context
        self.version = versions
        # Idle connections by origin, each list oldest first.
        self._idle: dict[Origin, list[_Connection]] = {}
        self._idle_count = 0
        self._open: set[_Connection] = set()
        self.busy = 0  # connections checked out now
        self.closed = False
        self._no_verify: ssl.SSLContext | None = None
        # IPv6 and IPv4 addresses tried side by side (RFC 8305), as aiohttp does, where the
        # loop can: asyncio's own; uvloop's `create_connection` refuses the argument.
        self._connect_options: dict[str, Any] = (
            {"happy_eyeballs_delay": 0.25} if isinstance(loop, asyncio.BaseEventLoop) else {}
        )

    async def fetch(
        self, origin: Origin, head: bytes, body: bytes, timeouts: dict[str, float | None]
    ) -> tuple[Answer, bytes]:
        """The answer to the request `head` + `body` (head: request line and headers, with
        the blank line), read whole. Raises `Failed`."""
        connection = await self._checkout(origin, timeouts)
        waiter: asyncio.Future[tuple[Answer, bytes]] = self.loop.create_future()
        connection.waiter = waiter
        read = timeouts.get("read")
        try:
            if connection.closed:  # by the server, before the request was written
                raise Failed(httpx.RemoteProtocolError, "Server disconnected without sending a response.")
            assert connection.transport is not None
            connection.transport.write(head + body if body else head)
            if read is not None:
                connection.last_read = self.loop.time()
                connection.read_timer = self.loop.call_at(
                    connection.last_read + read, self._check_read, connection, read
                )
            result = await waiter
        except BaseException:
            connection.close()
            self._release()
            raise
        finally:
            if connection.read_timer is not None:
                connection.read_timer.cancel()
                connection.read_timer = None
        connection.waiter = None
        if connection.reusable and not connection.closed and not self.closed:
            connection.reset()
            self._put_back(connection)
        else:
            connection.close()
        self._release()
        return result

    def _check_read(self, connection: _Connection, seconds: float) -> None:
        """The read timeout's timer: fires at the deadline for the last read, and is set
        again when more came meanwhile (cheaper than a new timer per piece)."""
        waiter = connection.waiter
        if waiter is None or waiter.done():
            return
        deadline = connection.last_read + seconds
        if self.loop.time() < deadline:
            connection.read_timer = self.loop.call_at(deadline, self._check_read, connection, seconds)
            return
        connection.fail(httpx.ReadTimeout, "Timed out while reading the answer.")

    # -- the pool ----------------------------------------------------------------------------

    async def _checkout(self, origin: Origin, timeouts: dict[str, float | None]) -> _Connection:
        self._check_open()
        slots = self._slots
        if slots is not None:
            if slots.locked():
                try:
                    async with asyncio.timeout(timeouts.get("pool")):
                        await slots.acquire()
                except TimeoutError:
                    raise Failed(
                        httpx.PoolTimeout, "Timed out while waiting for a connection from the pool."
                    ) from None
            else:
                await slots.acquire()  # at once
        self.busy += 1
        try:
            self._check_open()  # closed while this call waited for its turn
            return self._take_idle(origin) or await self._open_connection(origin, timeouts.get("connect"))
        except BaseException:
            self._release()
            raise

    def _check_open(self) -> None:
        if self.closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")

    def _take_idle(self, origin: Origin) -> _Connection | None:
        if self._expiry is not None and self._idle_count:
            # Expired ones go, whatever their origin (else they would hold idle places).
            oldest_allowed = self.loop.time() - self._expiry
            for connections in self._idle.values():
                while connections and connections[0].idle_since < oldest_allowed:
                    self._drop_idle(connections)
        idle = self._idle.get(origin)
        while idle:
            connection = idle.pop()
            self._idle_count -= 1
            if not connection.closed:
                return connection
        return None

    def _drop_idle(self, connections: list[_Connection]) -> None:
        """Close the oldest of `connections` (idle ones of one origin)."""
        connections.pop(0).close()
        self._idle_count -= 1

    def _drop_oldest_idle(self) -> None:
        lists = [connections for connections in self._idle.values() if connections]
        if lists:
            self._drop_idle(min(lists, key=lambda connections: connections[0].idle_since))

    async def _open_connection(self, origin: Origin, seconds: float | None) -> _Connection:
        if self._max is not None and self._idle_count and self._idle_count + self.busy > self._max:
            self._drop_oldest_idle()  # room for one more among the open ones
        scheme, host, port = origin
        context = self._tls(scheme)
        try:
            async with asyncio.timeout(seconds):
                _, connection = await self.loop.create_connection(
                    lambda: _Connection(self, origin),
                    host,
                    port,
                    ssl=context,
                    server_hostname=host if context is not None else None,
                    **self._connect_options,
                )
        except TimeoutError:
            raise Failed(httpx.ConnectTimeout, "Timed out while connecting.") from None
        except OSError as exc:
            # From the OSError: for a certificate that does not verify, that is an
            # `ssl.SSLCertVerificationError`, which `_retries` gives up on.
            raise Failed(httpx.ConnectError, str(exc) or type(exc).__name__) from exc
        if self.closed:  # closed while connecting
            connection.close()
            self._check_open()
        self._open.add(connection)
        return connection

    def _tls(self, scheme: str) -> ssl.SSLContext | None:
        if scheme != "https":
            return None
        context = self._ssl_context()
        if context is False:
            if self._no_verify is None:
                self._no_verify = ssl.create_default_context()
                self._no_verify.check_hostname = False
                self._no_verify.verify_mode = ssl.CERT_NONE
            return self._no_verify
        assert isinstance(context, ssl.SSLContext)
        return context

    def _put_back(self, connection: _Connection) -> None:
        if self._max_idle is not None and self._idle_count >= self._max_idle:
            if not self._idle_count:  # max_keepalive_connections=0
                connection.close()
                return
            self._drop_oldest_idle()  # the one unused longest goes, as httpx's pool does
        connection.idle_since = self.loop.time()
        self._idle.setdefault(connection.origin, []).append(connection)
        self._idle_count += 1

    def _release(self) -> None:
        self.busy -= 1
        if self._slots is not None:
            self._slots.release()

    def forget(self, connection: _Connection) -> None:
        """A connection closed (by either side)."""
        self._open.discard(connection)
        idle = self._idle.get(connection.origin)
        if idle and connection in idle:
            idle.remove(connection)
            self._idle_count -= 1

    def close(self) -> None:
        """Close every connection (those out too: their calls fail); calls that have not
        got a connection yet fail, and none is opened or kept from now on."""
        self.closed = True
        for connection in list(self._open):
            try:
                connection.close()
            except RuntimeError:
                # Its event loop is closed: end the connection for the server now; the
                # socket itself is closed when the transport is collected.
                transport = connection.transport
                sock = transport.get_extra_info("socket") if transport is not None else None
                if sock is not None:
                    try:
                        sock.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
        self._open.clear()
        self._idle.clear()
        self._idle_count = 0
