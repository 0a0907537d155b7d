"""A small recording HTTP server for tests, bound to 127.0.0.1 on a free port.

The server runs in a background thread (one more thread per connection),
speaks HTTP/1.1 with keep-alive, writes down every request it receives and
answers from a route table the test fills in:

    server.route("GET", "/v1/models", JSONResponse({"object": "list", "data": []}))
    server.route("POST", "/v1/chat/completions", SSEResponse([b"data: {...}\\n\\n", b"data: [DONE]\\n\\n"]))

A route may also hold a list of responses (served one per request, the last
one repeating) or a callable that receives the `RecordedRequest` and returns
a response. Requests to unknown routes get a 404 with an OpenAI-style error
body, and are recorded like any other.

Stream answers use chunked transfer encoding and send each given event as its
own chunk. `SSEResponse.cut_after` drops the connection (no terminating chunk)
after that many events; `wait_for_disconnect` keeps the response open after
the last event until the client hangs up, so a test can prove the client
closed it.

Faults: `DropResponse` hangs up without answering (or resets the connection);
`SlowResponse` answers only after a delay, and gives up as soon as the client
hangs up, so that a test can see a timed-out or cancelled client let go of its
connection (`open_connections`, `wait_for_open_connections`).
"""

from __future__ import annotations

import http.server
import io
import itertools
import json
import socket
import struct
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

__all__ = [
    "JSONResponse",
    "RawResponse",
    "SSEResponse",
    "HangResponse",
    "DropResponse",
    "SlowResponse",
    "RecordedRequest",
    "RecordingServer",
    "sse_event",
]


@dataclass
class JSONResponse:
    """`body` serialised as JSON, with a Content-Length."""

    body: Any
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass
class RawResponse:
    """Bytes as they are, for answers that are not JSON (or not valid JSON)."""

    body: bytes = b""
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    content_type: str = "text/plain"


@dataclass
class SSEResponse:
    """A `text/event-stream` answer, one chunk per item of `events`."""

    events: list[bytes]
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    # Drop the connection after sending this many events, without ending the body.
    cut_after: int | None = None
    # After the events, keep the body open until the client closes the connection.
    wait_for_disconnect: bool = False
    # Another type makes this any chunked body (streamed audio, say), `events` its chunks.
    content_type: str = "text/event-stream"


@dataclass
class HangResponse:
    """Send nothing until the server stops (or `seconds` pass), for timeouts."""

    seconds: float = 10.0


@dataclass
class DropResponse:
    """Close the connection without sending a byte of the answer.

    `reset=True` aborts it instead (a TCP RST), which the client sees as a reset
    rather than as the server hanging up."""

    reset: bool = False


@dataclass
class SlowResponse:
    """Wait `seconds`, then send `then`; stop waiting when the client hangs up."""

    seconds: float
    then: JSONResponse | RawResponse | SSEResponse | DropResponse = field(
        default_factory=lambda: JSONResponse({})
    )


Response = JSONResponse | RawResponse | SSEResponse | HangResponse | DropResponse | SlowResponse
Handler = Callable[["RecordedRequest"], Response]


@dataclass
class RecordedRequest:
    method: str
    # The path exactly as sent, percent-escapes and all, without the query.
    path: str
    # The query string as (name, value) pairs, in order, blanks kept.
    query: list[tuple[str, str]]
    # Header names lower-cased; a header sent twice is joined with ", ".
    headers: dict[str, str]
    body: bytes
    # The body parsed as JSON, or None when there is none or it is not JSON.
    json: Any
    # Which TCP connection carried the request, numbered from 1 in accept order.
    connection: int
    # Every header line as received, name case kept, for duplicate checks.
    raw_headers: list[tuple[str, str]] = field(default_factory=list)

    @property
    def query_dict(self) -> dict[str, str]:
        return dict(self.query)


def sse_event(data: Any = None, *, event: str | None = None) -> bytes:
    """One event's bytes: `data` as JSON (or as is when a str), ended by a blank line."""
    lines = []
    if event is not None:
        lines.append(f"event: {event}")
    if data is not None:
        text = data if isinstance(data, str) else json.dumps(data)
        lines.extend(f"data: {line}" for line in text.split("\n"))
    return ("\n".join(lines) + "\n\n").encode()


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HTTPServer
    # A socket timeout, so no handler thread can outlive a test by much.
    timeout = 15

    def setup(self) -> None:
        super().setup()
        # Without this, Nagle's algorithm and the client's delayed ACKs add
        # tens of milliseconds to every answer written in more than one piece.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.connection_number = self.server.owner._connection_opened(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.owner._connection_closed(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _handle(self) -> None:
        owner = self.server.owner
        split = urlsplit(self.path)
        body = self._read_body()
        try:
            parsed = json.loads(body) if body else None
        except ValueError:
            parsed = None
        headers: dict[str, str] = {}
        raw_headers = list(self.headers.items())
        for name, value in raw_headers:
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        request = RecordedRequest(
            method=self.command,
            path=split.path,
            query=parse_qsl(split.query, keep_blank_values=True),
            headers=headers,
            body=body,
            json=parsed,
            connection=self.connection_number,
            raw_headers=raw_headers,
        )
        response = owner._record_and_answer(request)
        if isinstance(response, SlowResponse):
            if not self._client_stays(response.seconds):
                return
            response = response.then
        if isinstance(response, DropResponse):
            self._drop(reset=response.reset)
            return
        if isinstance(response, SSEResponse):
            self._send_stream(response)
        elif isinstance(response, HangResponse):
            owner._stopping.wait(response.seconds)
            self.close_connection = True
        elif isinstance(response, JSONResponse):
            self._send_bytes(
                response.status, json.dumps(response.body).encode(), "application/json", response.headers
            )
        else:
            self._send_bytes(response.status, response.body, response.content_type, response.headers)

    do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = do_HEAD = do_OPTIONS = _handle

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            parts: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send_bytes(self, status: int, body: bytes, content_type: str, headers: Mapping[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.wfile.flush()

    def _send_stream(self, response: SSEResponse) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Cache-Control", "no-cache")
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.flush()
        try:
            for sent, event in enumerate(response.events):
                if response.cut_after is not None and sent >= response.cut_after:
                    break
                if event:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(event), event))
                    self.wfile.flush()
            if response.cut_after is not None:
                self._drop()
                return
            if response.wait_for_disconnect:
                self._wait_for_disconnect()
                return
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
            self.server.owner._disconnected.set()

    def _drop(self, reset: bool = False) -> None:
        """Close the TCP connection in the middle of the body (or before it)."""
        self.close_connection = True
        try:
            if reset:
                # Linger with a zero timeout: closing the last reference to the
                # socket then sends RST instead of FIN.
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.rfile.close()
                self.wfile.close()
                self.connection.close()
                # What the base handler still flushes and closes afterwards.
                self.rfile, self.wfile = io.BytesIO(), io.BytesIO()
            else:
                self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _client_stays(self, seconds: float) -> bool:
        """Wait `seconds`; False at once if the client hangs up (or the server stops)."""
        owner = self.server.owner
        deadline = time.monotonic() + seconds
        self.connection.settimeout(0.02)
        try:
            while time.monotonic() < deadline:
                if owner._stopping.is_set():
                    self.close_connection = True
                    return False
                try:
                    # Peek, so that a pipelined next request is left for the handler.
                    if self.connection.recv(1, socket.MSG_PEEK) == b"":
                        raise ConnectionResetError
                    time.sleep(0.02)
                except TimeoutError:
                    continue
                except OSError:
                    self.close_connection = True
                    owner._disconnected.set()
                    return False
            return True
        finally:
            self.connection.settimeout(self.timeout)

    def _wait_for_disconnect(self) -> None:
        self.close_connection = True
        owner = self.server.owner
        self.connection.settimeout(0.1)
        while not owner._stopping.is_set():
            try:
                if self.connection.recv(1024) == b"":
                    owner._disconnected.set()
                    return
            except TimeoutError:
                continue
            except OSError:
                owner._disconnected.set()
                return


class _HTTPServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    owner: RecordingServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client hanging up is normal (tests do it on purpose); anything
        # else is a bug in a handler, kept for the fixture to report.
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)) or self.owner._stopping.is_set():
            return
        with self.owner._lock:
            self.owner.errors.append(traceback.format_exc())


class RecordingServer:
    """Start with `start()` (or `with`), stop with `stop()`; `url` ends in /v1."""

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        # Tracebacks of handler failures other than clients hanging up.
        self.errors: list[str] = []
        self._routes: dict[tuple[str, str], Handler | list[Response] | Response] = {}
        self._served: dict[tuple[str, str], int] = {}
        self._lock = threading.Lock()
        self._connections: dict[socket.socket, int] = {}
        self._numbers = itertools.count(1)
        self._stopping = threading.Event()
        self._disconnected = threading.Event()
        self._server: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- life cycle --------------------------------------------------------

    def start(self) -> RecordingServer:
        server = _HTTPServer(("127.0.0.1", 0), _Handler)
        server.owner = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.01}, name="recording-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is None:
            return
        self._server.shutdown()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(5)
        self._server = None

    def __enter__(self) -> RecordingServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "the server is not running"
        return int(self._server.server_address[1])

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        """The base URL to give a client: the origin and `/v1`."""
        return f"{self.origin}/v1"

    # -- routes ------------------------------------------------------------

    def route(
        self, method: str, path: str, response: Response | Iterable[Response] | Handler
    ) -> RecordingServer:
        """Answer `method path` (the path as sent, percent-escapes included)."""
        if not callable(response) and not isinstance(response, Response):
            response = list(response)
        with self._lock:
            self._routes[(method.upper(), path)] = response
            self._served[(method.upper(), path)] = 0
        return self

    def _record_and_answer(self, request: RecordedRequest) -> Response:
        key = (request.method, request.path)
        with self._lock:
            self.requests.append(request)
            answer = self._routes.get(key)
            if isinstance(answer, list):
                index = min(self._served[key], len(answer) - 1)
                self._served[key] += 1
                return answer[index]
        if answer is None:
            return JSONResponse(
                {
                    "error": {
                        "message": f"no route for {request.method} {request.path}",
                        "type": "invalid_request_error",
                        "param": None,
                        "code": "unknown_url",
                    }
                },
                status=404,
            )
        if callable(answer):
            return answer(request)
        return answer

    # -- what happened -----------------------------------------------------

    @property
    def last(self) -> RecordedRequest:
        with self._lock:
            assert self.requests, "the server has received no request"
            return self.requests[-1]

    def requests_to(self, method: str, path: str) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.method == method.upper() and r.path == path]

    def clear(self) -> None:
        with self._lock:
            self.requests.clear()
            self._disconnected.clear()

    def wait_for_disconnect(self, timeout: float = 5.0) -> bool:
        """True once a client hung up on a `wait_for_disconnect` stream (or a write failed)."""
        return self._disconnected.wait(timeout)

    @property
    def open_connections(self) -> int:
        with self._lock:
            return len(self._connections)

    def wait_for_open_connections(self, count: int, timeout: float = 5.0) -> bool:
        """True once no more than `count` connections are open (the server notices a
        client hanging up a moment after it happens)."""
        deadline = time.monotonic() + timeout
        while self.open_connections > count:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    def _connection_opened(self, connection: socket.socket) -> int:
        with self._lock:
            number = next(self._numbers)
            self._connections[connection] = number
            return number

    def _connection_closed(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.pop(connection, None)


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key, made by openssl in `folder`, for TLS servers
    in the tests (clients trust it through SSL_CERT_FILE or a context that loads it)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"]
        + ["-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key
