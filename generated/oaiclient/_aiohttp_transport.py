"""The async client's default HTTP layer: httpx's types; aiohttp's connections, and its own.

httpx's async connection pool (httpcore on anyio) costs several times what a call on a
fast link costs in the network; aiohttp's costs a fraction of it. So the async client,
when it is given no `http_client`, sends through an `aiohttp.ClientSession` while
everything above keeps working with `httpx.Request` and `httpx.Response`:

- `AiohttpTransport` is an `httpx.AsyncBaseTransport`, usable under any
  `httpx.AsyncClient`: timeouts (connect, read, write, pool), errors as httpx's own,
  streamed bodies both ways, one session per event loop.
- `AiohttpAsyncClient` is the `httpx.AsyncClient` built around it. Its `build_request`
  and `send` do what httpx's do (the client's default headers, cookies, event hooks,
  redirects with httpx's rules) without httpx's per-request layers, which cost more
  than the network here; requests those fast paths do not cover go to httpx's own.

Plain calls (`fetch_plain`) do not go through aiohttp's session at all: they go over the
transport's own HTTP/1.1 connections (`_http11`), a second pool beside aiohttp's, held to
the same limits; what follows is about aiohttp's.

Differences from httpx's pool: idle connections are not capped separately
(`max_keepalive_connections` has no aiohttp counterpart; `max_connections` and
`keepalive_expiry` apply); the pool wait and the connect share one budget (`pool` +
`connect`, reported as a connect timeout); no HTTP/2; a DELETE says `Content-Length: 0`;
a connection whose upload hit the write timeout is closed once the peer reads or hangs
up (asyncio flushes before closing). Proxies from the environment are httpx's business:
`default_async_http_client` hands back a plain `httpx.AsyncClient` when one is set. On
an event loop other than asyncio's (trio) the transport hands requests to httpx's own.

This module imports aiohttp, so the runtime imports it only when it builds a client.
"""

from __future__ import annotations

import asyncio
import datetime
import http.cookiejar
import ssl
import time
import urllib.request
import weakref
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Mapping
from dataclasses import dataclass
from typing import Any

import aiohttp
import httpx
from yarl import URL

from ._headers import add_new_header, headers_from_bytes
from ._http11 import LEAN_METHODS, Answer, Failed, Http11Pool, Origin, encode_head

__all__ = [
    "AiohttpTransport",
    "AiohttpAsyncClient",
    "PlainAnswer",
    "PlainRequest",
    "default_async_http_client",
]

# Bodies up to this size are handed to aiohttp whole (the socket buffer takes them at
# once); larger ones go in chunks of this size, each under the write timeout.
_CHUNK = 64 * 1024
# The headers httpx puts on every request; aiohttp must not add its own versions.
_NO_AUTO_HEADERS = ("Accept", "Accept-Encoding", "User-Agent", "Content-Type")
_AUTO_HEADER_NAMES = frozenset(name.lower().encode() for name in _NO_AUTO_HEADERS)
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_HTTP_VERSIONS = {aiohttp.HttpVersion11: b"HTTP/1.1", aiohttp.HttpVersion10: b"HTTP/1.0"}
_VERSIONS = {"1.1": aiohttp.HttpVersion11, "1.0": aiohttp.HttpVersion10}
# A response extension: whether the answer sets cookies.
_SETS_COOKIES = "oaiclient.sets_cookies"


def default_async_http_client(limits: httpx.Limits) -> httpx.AsyncClient:
    """The async client's own HTTP client: aiohttp underneath, unless the environment
    names a proxy, which httpx then handles exactly as it always has."""
    proxies = urllib.request.getproxies()
    if any(proxies.get(scheme) for scheme in ("http", "https", "all")):
        return httpx.AsyncClient(limits=limits, follow_redirects=True)
    return AiohttpAsyncClient(limits=limits)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Sends httpx requests through aiohttp. Responses from `handle_async_request`
    stream; `fetch` reads the body at once and hands back a closed response. aiohttp
    never decodes a body: httpx does (gzip, deflate, and what else it asked for)."""

    def __init__(
        self, *, limits: httpx.Limits = httpx.Limits(), verify: ssl.SSLContext | bool = True
    ) -> None:
        self._limits = limits
        self._verify = verify
        self._ssl: ssl.SSLContext | bool | None = None
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False
        self._timeouts: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}
        # aiohttp's URL for each httpx URL sent to, by identity: the client keeps one
        # httpx URL per route, and turning it into text and parsing it again costs as
        # much as anything else the transport does.
        self._targets: dict[int, tuple[httpx.URL, URL]] = {}
        # For event loops aiohttp cannot run on (trio): httpx's own transport.
        self._fallback: httpx.AsyncHTTPTransport | None = None
        # A session never closed (a client nobody closed) is closed quietly when the
        # transport goes, rather than warned about by aiohttp at garbage collection.
        self._sessions: list[aiohttp.ClientSession] = []
        weakref.finalize(self, _abandon_all, self._sessions)
        # Plain calls' own connections (see `_http11`), for one event loop at a time.
        self._pool: Http11Pool | None = None
        self._pools: list[Http11Pool] = []
        weakref.finalize(self, _close_pools, self._pools)

    # -- sessions ------------------------------------------------------------------------

    def _current_session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        session = self._session
        if session is not None and self._loop is loop:
            return session
        if self._closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        if session is not None:
            # Made on another event loop (a second `asyncio.run`): its connections
            # belong to that loop and cannot serve this one.
            _abandon(session)
            self._sessions.remove(session)
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            limit_per_host=0,
            keepalive_timeout=self._limits.keepalive_expiry,
            ssl=self._ssl_context(),
        )
        session = aiohttp.ClientSession(
            connector=connector,
            # httpx's client keeps the cookies; aiohttp's must not keep them as well.
            cookie_jar=aiohttp.DummyCookieJar(),
            # No `skip_auto_headers` here: set on the session, aiohttp works out per request
            # which of its headers to leave out, even when the request has all of them.
            # `_wire_headers` passes the list only with a request that lacks one.
            # httpx decodes bodies, by the encodings it asked for in Accept-Encoding.
            auto_decompress=False,
            # Proxies and .netrc from the environment are handled (or not) above.
            trust_env=False,
        )
        # aiohttp would resend an idempotent request once when a reused connection
        # drops; the runtime retries by its own rules, and counts what it sends. (The
        # switch is private; aiohttp's own test client turns it off the same way.)
        session._retry_connection = False
        self._session, self._loop = session, loop
        self._sessions.append(session)
        return session

    def _current_pool(self) -> Http11Pool:
        loop = asyncio.get_running_loop()
        pool = self._pool
        if pool is not None and pool.loop is loop:
            return pool
        if self._closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        if pool is not None:
            pool.close()  # made on another event loop, as sessions are
            self._pools.remove(pool)
        pool = self._pool = Http11Pool(loop, self._limits, self._ssl_context, _version)
        self._pools.append(pool)
        return pool

    def _ssl_context(self) -> ssl.SSLContext | bool:
        if self._ssl is None:
            # httpx's context: certifi's roots, or SSL_CERT_FILE / SSL_CERT_DIR.
            self._ssl = (
                self._verify if self._verify is False else httpx.create_ssl_context(verify=self._verify)
            )
        return self._ssl

    def _on_asyncio(self) -> bool:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return False
        return True

    # -- sending ---------------------------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request, wire: _Wire | None = None) -> httpx.Response:
        if not self._on_asyncio():
            return await self._fallback_send(request)
        started = time.monotonic()
        answer = await self._open(request, wire)
        stream = _ResponseStream(answer, request, started)
        response = httpx.Response(
            answer.status,
            headers=headers_from_bytes(answer.raw_headers),
            stream=stream,
            request=request,
            extensions=_extensions(answer),
        )
        stream.response = response
        return response

    async def fetch(self, request: httpx.Request, wire: _Wire | None = None) -> httpx.Response:
        """The response with its body read. `wire`: the request's headers as aiohttp
        takes them, when the caller has them at hand (see `_wire_headers`)."""
        if not self._on_asyncio():
            response = await self._fallback_send(request)
            await response.aread()
            return response
        started = time.monotonic()
        answer = await self._open(request, wire)
        content = await _read(answer, request)
        return _whole_response(answer, content, request, time.monotonic() - started)

    async def fetch_plain(self, plain: PlainRequest) -> PlainAnswer | httpx.Response:
        """`fetch` for a request from `build_plain_request`, without making the httpx
        request or response, over the transport's own HTTP/1.1 connections (`_http11`):
        the path of nearly every call, kept short."""
        head = plain.head
        if head is None or len(plain.body) > _CHUNK or not self._on_asyncio():
            # Headers these connections do not send as they are (see `encode_head`), a
            # body written in pieces, each under the write timeout, or not asyncio's
            # event loop (then httpx's own transport sends it): the general way.
            return await self.fetch(plain.request(), plain.wire)
        pool = self._current_pool()
        started = time.monotonic()
        try:
            answer, content = await pool.fetch(plain.origin, head, plain.body, plain.timeouts)
        except Failed as exc:
            raise exc.kind(str(exc), request=plain.request()) from exc.__cause__
        return PlainAnswer(answer, content, plain, time.monotonic() - started)

    async def _open(self, request: httpx.Request, wire: _Wire | None = None) -> aiohttp.ClientResponse:
        """aiohttp's answer to `request`, its headers read; errors as httpx's."""
        timeouts: Mapping[str, float | None] = request.extensions.get("timeout") or {}
        body, deadline = _body(request, timeouts.get("write"))
        headers, skip = wire if wire is not None else _wire_headers(request.headers)
        target = self._target(request.url)
        session = self._current_session()
        try:
            with deadline:
                return await session.request(
                    request.method,
                    target,
                    headers=headers,
                    skip_auto_headers=skip,
                    data=body,
                    allow_redirects=False,
                    timeout=self._client_timeout(timeouts),
                )
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            raise _mapped(exc, request) from exc
        except _WriteTimedOut as exc:
            raise httpx.WriteTimeout("Timed out while sending the request body.", request=request) from exc

    def _target(self, url: httpx.URL) -> URL:
        """aiohttp's form of `url`, which must be http or https."""
        kept = self._targets.get(id(url))
        if kept is not None and kept[0] is url:
            return kept[1]
        scheme = url.scheme
        if scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"Request URL has an unsupported protocol '{scheme}://'.")
        target = URL(str(url), encoded=True)
        if len(self._targets) >= 256:
            self._targets.clear()
        # The httpx URL is kept with it, so its id cannot be reused by another URL meanwhile.
        self._targets[id(url)] = (url, target)
        return target

    def _client_timeout(self, timeouts: Mapping[str, float | None]) -> aiohttp.ClientTimeout:
        connect, read, pool = timeouts.get("connect"), timeouts.get("read"), timeouts.get("pool")
        key = (connect, read, pool)
        timeout = self._timeouts.get(key)
        if timeout is None:
            # aiohttp times the wait for a pooled connection and the connecting as one.
            acquire = None if connect is None or pool is None else connect + pool
            timeout = aiohttp.ClientTimeout(total=None, connect=acquire, sock_connect=connect, sock_read=read)
            if len(self._timeouts) < 64:
                self._timeouts[key] = timeout
        return timeout

    async def _fallback_send(self, request: httpx.Request) -> httpx.Response:
        response = await self._fallback_transport().handle_async_request(request)
        # As httpx's client does with a transport's answer; the runtime reads it back.
        response.request = request
        return response

    def _fallback_transport(self) -> httpx.AsyncHTTPTransport:
        if self._closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        if self._fallback is None:
            self._fallback = httpx.AsyncHTTPTransport(limits=self._limits, verify=self._ssl_context())
        return self._fallback

    async def aclose(self) -> None:
        self._closed = True
        _close_pools(self._pools)
        self._pool = None
        session, self._session = self._session, None
        if session is not None:
            self._sessions.remove(session)
            if self._on_asyncio() and self._loop is asyncio.get_running_loop():
                await session.close()
            else:
                _abandon(session)
        if self._fallback is not None:
            await self._fallback.aclose()

    def connections_in_use(self) -> int:
        """Connections checked out of the pool now (for tests: after a call, a leak)."""
        connector = self._session.connector if self._session is not None else None
        pooled = len(getattr(connector, "_acquired", ())) if connector is not None else 0
        return pooled + (self._pool.busy if self._pool is not None else 0)


def _abandon(session: aiohttp.ClientSession) -> None:
    """Close a session without awaiting: its event loop is gone or not this one."""
    connector = session.connector
    session.detach()
    if connector is not None and not connector.closed:
        connector._close()


def _abandon_all(sessions: list[aiohttp.ClientSession]) -> None:
    for session in sessions:
        _abandon(session)


def _close_pools(pools: list[Http11Pool]) -> None:
    for pool in pools:
        pool.close()
    pools.clear()


def _version(text: str) -> aiohttp.HttpVersion:
    """aiohttp's form of an answer's HTTP version ("1.1"), as `_extensions` reads it."""
    known = _VERSIONS.get(text)
    if known is not None:
        return known
    major, _, minor = text.partition(".")
    return aiohttp.HttpVersion(int(major), int(minor or 0))


# Headers as aiohttp takes them, and the ones it must not add itself.
_Wire = tuple[list[tuple[str, str]], tuple[str, ...] | None]


def _wire_headers(headers: httpx.Headers) -> _Wire:
    """The request's headers as aiohttp takes them, and the headers aiohttp must not add
    (None when the request has them all, which spares aiohttp the work of skipping)."""
    raw = headers.raw
    pairs = [(name.decode(), value.decode()) for name, value in raw]
    if _AUTO_HEADER_NAMES <= {name.lower() for name, _ in raw}:
        return pairs, None
    return pairs, _NO_AUTO_HEADERS


def _content_length(method: str, body: bytes, sized: bool) -> str | None:
    """The Content-Length httpx adds to a request whose headers do not size it."""
    return str(len(body)) if (body or method in _BODY_METHODS) and not sized else None


def _extensions(answer: aiohttp.ClientResponse | Answer) -> dict[str, Any]:
    version = answer.version
    return {
        "http_version": (
            _HTTP_VERSIONS.get(version) or b"HTTP/%d.%d" % (version.major, version.minor)
            if version
            else b"HTTP/1.1"
        ),
        "reason_phrase": (answer.reason or "").encode("latin-1", "replace"),
        # Looked up in aiohttp's headers, where it costs next to nothing.
        _SETS_COOKIES: "Set-Cookie" in answer.headers,
    }


# -- request bodies and the write timeout ------------------------------------------------------


class _WriteTimedOut(Exception):
    pass


class _WriteDeadline:
    """httpx's write timeout, which aiohttp lacks: the time one chunk of the body may
    take to be written. While a chunk is out the timer runs; when it fires, the task
    sending the request is cancelled (which makes aiohttp drop the connection) and the
    cancellation is turned into `_WriteTimedOut` on the way out."""

    def __init__(self, seconds: float | None) -> None:
        self._seconds = seconds
        self._task: asyncio.Task[Any] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._fired = False

    def __enter__(self) -> _WriteDeadline:
        if self._seconds is not None:
            self._task = asyncio.current_task()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        self.stop()
        self._task = None  # the body may still be being written: it no longer may cancel
        if self._fired and exc_type is asyncio.CancelledError:
            current = asyncio.current_task()
            if current is not None and current.uncancel() == 0:
                raise _WriteTimedOut()

    def start(self) -> None:
        if self._task is not None and self._seconds is not None:
            self.stop()
            self._timer = asyncio.get_running_loop().call_later(self._seconds, self._fire)

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _fire(self) -> None:
        if self._task is not None and not self._fired:
            self._fired = True
            self._task.cancel()


class _NoDeadline:
    def __enter__(self) -> _NoDeadline:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        return None


_NO_DEADLINE = _NoDeadline()


_Body = tuple[bytes | AsyncIterable[bytes] | None, "_WriteDeadline | _NoDeadline"]


def _body(request: httpx.Request, write_timeout: float | None) -> _Body:
    """What aiohttp sends, and the deadline that times its writes."""
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        try:
            content = request.content
        except httpx.RequestNotRead:  # a redirect's request, made around the first one's stream
            content = request.read()
        return _bytes_body(content, write_timeout)
    deadline = _WriteDeadline(write_timeout)
    return _timed_chunks(_pieces(stream), deadline), deadline


def _bytes_body(content: bytes, write_timeout: float | None) -> _Body:
    if len(content) <= _CHUNK:
        # Nothing (not even b"") for no body: aiohttp would add Content-Length: 0.
        return content or None, _NO_DEADLINE
    deadline = _WriteDeadline(write_timeout)
    return _timed_chunks(_slices(content), deadline), deadline


async def _slices(content: bytes) -> AsyncIterator[bytes]:
    view = memoryview(content)
    for start in range(0, len(content), _CHUNK):
        yield bytes(view[start : start + _CHUNK])


async def _pieces(stream: Any) -> AsyncIterator[bytes]:
    if isinstance(stream, httpx.AsyncByteStream):
        async for piece in stream:
            yield piece
    else:
        for piece in stream:
            yield piece


async def _timed_chunks(chunks: AsyncIterator[bytes], deadline: _WriteDeadline) -> AsyncIterator[bytes]:
    # aiohttp asks for the next chunk once it has written the last: the timer runs in between.
    try:
        async for chunk in chunks:
            deadline.start()
            yield chunk
    finally:
        deadline.stop()


# -- responses ---------------------------------------------------------------------------------


async def _read(answer: aiohttp.ClientResponse, request: httpx.Request) -> bytes:
    try:
        return await answer.read()
    except BaseException as exc:
        answer.close()
        if isinstance(exc, (aiohttp.ClientError, asyncio.TimeoutError)):
            raise _mapped(exc, request) from exc
        raise


def _whole_response(
    answer: aiohttp.ClientResponse | Answer, content: bytes, request: httpx.Request, elapsed: float
) -> httpx.Response:
    """The closed httpx response for an answer whose body was read."""
    response = httpx.Response(
        answer.status,
        headers=headers_from_bytes(answer.raw_headers),
        stream=httpx.ByteStream(content),
        request=request,
        extensions=_extensions(answer),
    )
    if "Content-Encoding" in answer.headers:
        response.read()  # through httpx's decoders
    else:
        # What `read()` leaves behind, set directly: httpx's decoders, with nothing to
        # decode, would cost more than the rest of the response.
        response._content = content
        response.is_stream_consumed = True
        response.is_closed = True
    response.elapsed = datetime.timedelta(seconds=elapsed)
    return response


class PlainAnswer:
    """An answer read whole, as `_http11` gave it, to a `PlainRequest`. Its body and
    headers are at hand; the `httpx.Response` it stands for is made when asked for."""

    __slots__ = ("content", "_answer", "_plain", "_elapsed", "_response")

    def __init__(self, answer: Answer, content: bytes, plain: PlainRequest, elapsed: float) -> None:
        self.content = content
        self._answer = answer
        self._plain = plain
        self._elapsed = elapsed
        self._response: httpx.Response | None = None

    @property
    def plain_success(self) -> bool:
        """2xx, with nothing to decode and no cookie to keep: the caller may take the
        body as it is, with no hook, cookie jar or redirect to go through."""
        answer = self._answer
        noted = answer.noted
        return 200 <= answer.status < 300 and b"content-encoding" not in noted and b"set-cookie" not in noted

    def header(self, name: str) -> str | None:
        """`response().headers.get(name)`, for a header that is not repeated and is ASCII
        (as a request id is) without making the response."""
        values = self._answer.values(name)
        if not values:
            return None
        if len(values) == 1 and values[0].isascii():
            return values[0].decode("ascii")
        value: str | None = self.response().headers.get(name)
        return value

    def response(self) -> httpx.Response:
        if self._response is None:
            self._response = _whole_response(self._answer, self.content, self._plain.request(), self._elapsed)
        return self._response


class _ResponseStream(httpx.AsyncByteStream):
    """A streamed response body, read from aiohttp as it arrives. Closing it early
    closes the connection (aiohttp only pools a connection whose body was read)."""

    def __init__(self, answer: aiohttp.ClientResponse, request: httpx.Request, started: float) -> None:
        self._answer = answer
        self._request = request
        self._started = started
        self.response: httpx.Response | None = None

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            # Pieces of at most 64 KiB, as httpx reads them.
            async for chunk in self._answer.content.iter_chunked(_CHUNK):
                yield chunk
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            raise _mapped(exc, self._request) from exc

    async def aclose(self) -> None:
        self._answer.release()
        if self.response is not None:
            self.response.elapsed = datetime.timedelta(seconds=time.monotonic() - self._started)


# -- errors ----------------------------------------------------------------------------------


def _mapped(error: BaseException, request: httpx.Request) -> httpx.TransportError:
    """aiohttp's error as the httpx error its own transport would raise."""
    message = str(error) or type(error).__name__
    if isinstance(error, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message, request=request)
    if isinstance(error, asyncio.TimeoutError):
        return httpx.ReadTimeout(message, request=request)
    if isinstance(error, aiohttp.ClientProxyConnectionError):
        return httpx.ProxyError(message, request=request)
    if isinstance(error, aiohttp.ClientConnectorError):
        # Raised `from` the aiohttp error; for a certificate that does not verify, that is
        # an `ssl.SSLCertVerificationError` too, and `_retries` gives up on seeing it.
        return httpx.ConnectError(message, request=request)
    if isinstance(error, aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    if isinstance(error, (aiohttp.ClientPayloadError, aiohttp.ClientResponseError)):
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(error, aiohttp.InvalidURL):
        return httpx.LocalProtocolError(message, request=request)
    if isinstance(error, aiohttp.ClientOSError):
        return httpx.ReadError(message, request=request)
    return httpx.TransportError(message, request=request)


# -- the client ------------------------------------------------------------------------------


@dataclass(eq=False, repr=False, slots=True)  # no repr: the headers hold the credentials
class PlainRequest:
    """A request from `build_plain_request`: what `fetch_plain` needs to send it, and the
    `httpx.Request` it stands for, made only when something asks for it (a log line, an
    error, an answer that is not a plain success)."""

    method: str
    url: httpx.URL
    headers: httpx.Headers
    body: bytes
    length: str | None
    timeouts: dict[str, float | None]
    extensions: Mapping[str, Any]
    wire: _Wire
    # The request line and headers as `_http11` sends them (None: they cannot be sent as
    # they are), and where to.
    head: bytes | None
    origin: Origin
    _request: httpx.Request | None = None

    def request(self) -> httpx.Request:
        if self._request is None:
            self._request = _httpx_request(
                self.method, self.url, self.headers, self.body, self.length, self.timeouts, self.extensions
            )
        return self._request


@dataclass(eq=False, repr=False, slots=True)  # no repr: the headers hold the credentials
class _KeptPlain:
    """What `build_plain_request` keeps for one caller's headers and URL (which are kept
    with it, so their ids cannot be reused meanwhile), and the timeout last sent with
    them, with httpx's dict of it."""

    headers: dict[str, str]
    url: httpx.URL
    merged: httpx.Headers
    sized: bool
    wire: list[tuple[str, str]]
    skip: tuple[str, ...] | None
    # The request's header lines for `_http11` (None: not for it, see `encode_head`),
    # the path it asks for, and the origin it goes to.
    lines: bytes | None
    path: bytes
    origin: Origin
    timing: tuple[Any, dict[str, float | None]] | None = None


def _httpx_request(
    method: str,
    url: httpx.URL,
    merged: httpx.Headers,
    body: bytes,
    length: str | None,
    timeouts: dict[str, float | None],
    extensions: Mapping[str, Any],
) -> httpx.Request:
    """The request `build_request` builds for `method` (upper case) to the absolute
    `url` with the body `body` (b"": none), from the headers `_headers_for` gave, and
    the Content-Length they lack (if any)."""
    request = httpx.Request(
        method,
        url,
        headers=merged,
        stream=httpx.ByteStream(body),
        extensions={**extensions, "timeout": timeouts},
    )
    # httpx made its own copy of the URL; the same (immutable) one is what the
    # transport recognises by identity.
    request.url = url
    # What `read()` leaves behind, set directly: its checks cost more than the rest of
    # the request (the body is bytes, already whole).
    request._content = body
    if length is not None:
        add_new_header(request.headers, "Content-Length", length)
    return request


def _has_cookies(cookies: httpx.Cookies) -> bool:
    """`bool(cookies)`, which walks the jar through a generator; an empty standard jar
    (the usual case) is seen at once."""
    jar = cookies.jar
    # The standard jar keeps its cookies by domain in `_cookies` (typeshed leaves it out).
    if type(jar) is http.cookiejar.CookieJar and getattr(jar, "_cookies", None) == {}:
        return False
    return bool(cookies)


def _other_hooks(hooks: list[Any], own_hook: Any) -> bool:
    """Whether `hooks` hold any hook but `own_hook`; the usual answer, `own_hook` alone,
    without a generator."""
    if len(hooks) == 1 and hooks[0] is own_hook:
        return False
    return any(hook is not own_hook for hook in hooks)


def _sets_cookies(response: httpx.Response) -> bool:
    known = response.extensions.get(_SETS_COOKIES)
    if known is not None:
        return bool(known)
    return any(name.lower() == b"set-cookie" for name, _ in response.headers.raw)


class AiohttpAsyncClient(httpx.AsyncClient):
    """An `httpx.AsyncClient` on `AiohttpTransport`, with a shorter road to it for the
    requests the runtime builds: an absolute URL and a body of bytes (or none)."""

    def __init__(self, *, limits: httpx.Limits, follow_redirects: bool = True, **options: Any) -> None:
        self._aiohttp = AiohttpTransport(limits=limits)
        self._headers_cache: dict[tuple[bytes, tuple[tuple[str, str], ...]], tuple[httpx.Headers, bool]] = {}
        # For `build_plain_request`: by the identity of the caller's headers and URL, what
        # is derived from them (the caller hands over the same objects call after call).
        self._plain_cache: dict[tuple[int, int], _KeptPlain] = {}
        # The last `params` seen empty: an empty client's params need no check per call.
        self._plain_params: httpx.QueryParams | None = None
        self._timeout_dicts: dict[int, tuple[Any, dict[str, float | None]]] = {}
        super().__init__(limits=limits, follow_redirects=follow_redirects, transport=self._aiohttp, **options)

    def build_request(
        self,
        method: str,
        url: httpx.URL | str,
        *,
        content: Any = None,
        data: Any = None,
        files: Any = None,
        json: Any = None,
        params: Any = None,
        headers: Any = None,
        cookies: Any = None,
        timeout: Any = httpx.USE_CLIENT_DEFAULT,
        extensions: Any = None,
    ) -> httpx.Request:
        simple = (
            data is None
            and files is None
            and json is None
            and cookies is None
            and (content is None or isinstance(content, bytes))
            and (headers is None or isinstance(headers, dict))
            and isinstance(url, httpx.URL)
            and url.is_absolute_url
            and not self.params
        )
        if not simple:
            return super().build_request(
                method,
                url,
                content=content,
                data=data,
                files=files,
                json=json,
                params=params,
                headers=headers,
                cookies=cookies,
                timeout=timeout,
                extensions=extensions,
            )
        assert isinstance(url, httpx.URL)
        if params:
            url = url.copy_merge_params(params)
        method = method.upper()
        merged, sized = self._headers_for(url, headers or {})
        body = content or b""
        length = _content_length(method, body, sized)
        request = _httpx_request(
            method, url, merged, body, length, self._timeout_for(timeout), extensions or {}
        )
        if self.cookies:
            self.cookies.set_cookie_header(request)
        return request

    def build_plain_request(
        self,
        method: str,
        url: httpx.URL,
        headers: dict[str, str],
        content: bytes | None,
        timeout: Any,
        extensions: Mapping[str, Any],
        own_hook: Any,
    ) -> PlainRequest | None:
        """What `build_request` builds for `method` (upper case) to the absolute `url`,
        with `headers` and the body `content`, for `send_plain` or `fetch_plain`. None
        when that road would skip something: the client's own params, auth or cookies,
        or event hooks other than `own_hook` (which must do nothing on a request's first
        hop). `headers` and `url` are kept, and must not change."""
        # httpx's attributes behind its properties: this runs on every call, and the
        # properties (`is_closed` compares enums) cost more than the rest of it.
        hooks = self._event_hooks
        if (
            self._aiohttp._closed  # closed with the client: httpx's own error, from `send`
            or self._auth is not None
            or (self._params is not self._plain_params and self._params)
            or _has_cookies(self._cookies)
            or hooks["response"]
            or _other_hooks(hooks["request"], own_hook)
        ):
            return None
        kept = self._plain_cache.get((id(headers), id(url)))
        if kept is None or kept.headers is not headers or kept.url is not url:
            if not url.is_absolute_url or url.scheme not in ("http", "https") or url.userinfo:
                # httpx's error, from `send`, for another scheme; its basic auth from the
                # URL's user and password.
                return None
            kept = self._kept_plain(url, headers)
        timing = kept.timing
        if timing is None or timing[0] is not timeout:
            # One tuple, replaced whole: never a timeout beside another's dict.
            timing = kept.timing = (timeout, self._timeout_for(timeout))
        timeouts = timing[1]
        body = content or b""
        length = _content_length(method, body, kept.sized)
        wire = kept.wire if length is None else [*kept.wire, ("Content-Length", length)]
        head = None
        if kept.lines is not None and method in LEAN_METHODS:
            sized = b"" if length is None else b"Content-Length: %s\r\n" % length.encode()
            head = b"%s %s HTTP/1.1\r\n%s%s\r\n" % (method.encode(), kept.path, kept.lines, sized)
        return PlainRequest(
            method, url, kept.merged, body, length, timeouts, extensions, (wire, kept.skip), head, kept.origin
        )

    def _kept_plain(self, url: httpx.URL, headers: dict[str, str]) -> _KeptPlain:
        """What `build_plain_request` derives from a caller's `url` and `headers`."""
        if not self._params:  # checked once per QueryParams object, which is immutable
            self._plain_params = self._params
        merged, sized = self._headers_for(url, headers)
        wire, skip = _wire_headers(merged)
        if len(self._plain_cache) >= 64:
            self._plain_cache.clear()
        port = url.port or (443 if url.scheme == "https" else 80)
        # The host as it goes on the wire (an international name in its ASCII form, as in
        # the Host header): Python's own IDNA codec would encode some names otherwise.
        origin = (url.scheme, url.raw_host.decode("ascii"), port)
        kept = _KeptPlain(
            headers, url, merged, sized, wire, skip, encode_head(merged.raw), url.raw_path, origin
        )
        self._plain_cache[(id(headers), id(url))] = kept
        return kept

    def _headers_for(self, url: httpx.URL, given: dict[str, str]) -> tuple[httpx.Headers, bool]:
        """Host, the client's headers overridden by the request's, as httpx orders them,
        and whether the request's give the body's length (or say it is chunked). A call's
        headers repeat from call to call, and httpx checks every header it is given, so
        the result is kept (`httpx.Request` copies it)."""
        key = (url.netloc, tuple(given.items()))
        kept = self._headers_cache.get(key)
        if kept is None:
            names = {name.lower() for name in given}
            merged: list[tuple[str, str]] = []
            if "host" not in names:
                merged.append(("Host", url.netloc.decode("ascii")))
            for raw_name, raw_value in self.headers.raw:
                name = raw_name.decode()
                if name.lower() not in names:
                    merged.append((name, raw_value.decode()))
            merged += given.items()
            sized = bool(names & {"content-length", "transfer-encoding"})
            if len(self._headers_cache) >= 64:
                self._headers_cache.clear()
            kept = self._headers_cache[key] = (httpx.Headers(merged), sized)
        return kept

    @property
    def headers(self) -> httpx.Headers:
        return super().headers

    @headers.setter
    def headers(self, headers: Any) -> None:
        # New default headers: what was kept was made with the old ones.
        httpx.AsyncClient.headers.fset(self, headers)  # type: ignore[attr-defined]
        self._headers_cache = {}
        self._plain_cache = {}

    def _timeout_for(self, timeout: Any) -> dict[str, float | None]:
        """httpx's timeout extension for `timeout`. A `Timeout` is the same object call
        after call (the client's, or the runtime's), so its dict is made once."""
        if timeout is httpx.USE_CLIENT_DEFAULT:
            timeout = self.timeout
        if not isinstance(timeout, httpx.Timeout):  # a number, or None
            return httpx.Timeout(timeout).as_dict()
        kept = self._timeout_dicts.get(id(timeout))
        if kept is None or kept[0] is not timeout:
            if len(self._timeout_dicts) >= 16:
                self._timeout_dicts.clear()
            kept = self._timeout_dicts[id(timeout)] = (timeout, timeout.as_dict())
        return kept[1]

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        if auth is not httpx.USE_CLIENT_DEFAULT or self.auth is not None or self.is_closed:
            return await super().send(request, stream=stream, auth=auth, follow_redirects=follow_redirects)
        follow = self.follow_redirects if follow_redirects is httpx.USE_CLIENT_DEFAULT else follow_redirects
        if "timeout" not in request.extensions:
            request.extensions = {**request.extensions, "timeout": self.timeout.as_dict()}
        for hook in self.event_hooks["request"]:
            await hook(request)
        response = await self._hop(request, None, stream)
        return await self._followed(request, response, stream=stream, follow=bool(follow))

    async def send_plain(self, plain: PlainRequest, *, stream: bool = False) -> httpx.Response:
        """`send` for a request from `build_plain_request` (whose first hop has no hook
        to run)."""
        request = plain.request()
        response = await self._hop(request, plain.wire, stream)
        return await self._followed(request, response, stream=stream, follow=self.follow_redirects)

    def fetch_plain(self, plain: PlainRequest) -> Awaitable[PlainAnswer | httpx.Response]:
        """`send_plain` for an answer read whole, in two steps. This one awaits the
        answer itself: a `PlainAnswer` as the connection gave it, without httpx's request and
        response, which cost more than the rest of such a call (or a response, off
        asyncio). Unless it is a plain success (see `PlainAnswer`), `finish_plain` then
        gives the answer `send_plain` would. Not a coroutine of its own: the caller
        awaits the transport's directly."""
        return self._aiohttp.fetch_plain(plain)

    async def finish_plain(self, plain: PlainRequest, answer: PlainAnswer | httpx.Response) -> httpx.Response:
        """What `send_plain` answers, for `fetch_plain`'s answer that is not a plain
        success: the hooks run, the cookies kept, the redirects followed."""
        response = answer.response() if isinstance(answer, PlainAnswer) else answer
        return await self._followed(plain.request(), response, stream=False, follow=self.follow_redirects)

    async def _hop(self, request: httpx.Request, wire: _Wire | None, stream: bool) -> httpx.Response:
        if stream:
            return await self._aiohttp.handle_async_request(request, wire)
        return await self._aiohttp.fetch(request, wire)

    async def _followed(
        self, request: httpx.Request, response: httpx.Response, *, stream: bool, follow: bool
    ) -> httpx.Response:
        """After the answer to `request`: run the hooks, keep the cookies, follow the
        redirects, as httpx's `send` does."""
        history: list[httpx.Response] = []
        hooks = self.event_hooks
        while True:
            if not (
                history
                or hooks["response"]
                or response.extensions.get(_SETS_COOKIES, True)
                or 300 <= response.status_code < 400
            ):
                # The usual answer: nothing to run, keep or follow.
                return response
            try:
                response.history = list(history)
                for hook in hooks["response"]:
                    await hook(response)
                if _sets_cookies(response):
                    self.cookies.extract_cookies(response)
                if not (follow and response.has_redirect_location):
                    return response
                if len(history) >= self.max_redirects:
                    raise httpx.TooManyRedirects("Exceeded maximum allowed redirects.", request=request)
                # httpx's own rules for the next hop: method, URL, headers, body, cookies.
                next_request = self._build_redirect_request(request, response)
                await response.aread()
            except BaseException:
                await response.aclose()
                raise
            await response.aclose()
            history.append(response)
            request = next_request
            for hook in hooks["request"]:
                await hook(request)
            response = await self._hop(request, None, stream)
