"""Retries, timeouts, cancellation and stream clean-up, against a server that misbehaves.

Each test runs through `OpenAI` and `AsyncOpenAI` against the recording server
(tests/servers.py) and checks four things: what came back (result or exception
type), how many attempts the server saw, how long it took (generous bounds),
and that no connection leaked: when the call is over no pooled connection is
still in use, and once the client is closed the server has no connection open.

Retry waits are recorded and skipped (the client's `_retry_delay` is wrapped)
except where a test is about the wait itself.
"""

from __future__ import annotations

import asyncio
import email.utils
import gc
import json
import inspect
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import anyio
import httpx
import pydantic_core
import pytest

import oaiclient
from oaiclient import AsyncOpenAI, OpenAI
from oaiclient._base_client import BaseClient, Call
from oaiclient._retries import MAX_RETRY_AFTER, retry_delay
from tests.servers import (
    DropResponse,
    JSONResponse,
    RawResponse,
    RecordingServer,
    SlowResponse,
    SSEResponse,
    sse_event,
)

pytestmark = pytest.mark.usefixtures("clean_env")

KEY = "sk-test-FAULTS-0123456789abcdefghij"
MODEL = {"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"}
MODEL_LIST = {"object": "list", "data": [MODEL]}
DONE = b"data: [DONE]\n\n"
MESSAGES: list[Any] = [{"role": "user", "content": "Hello?"}]


def error_body(message: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": "server_error", "param": None, "code": None}}


def chunk(content: str) -> bytes:
    return sse_event(
        {
            "id": "chatcmpl-1",
            "object": "chat.completion.chunk",
            "created": 1741569952,
            "model": "gpt-4o-mini",
            "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": None}],
        }
    )


def list_models(client: Any) -> Any:
    return client.models.list()


def chat_stream(client: Any) -> Any:
    return client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)


def in_use(client: OpenAI | AsyncOpenAI) -> int:
    """Pooled connections still checked out: after a call is over, a leak."""
    transport = client._http._transport  # type: ignore[union-attr]
    if hasattr(transport, "connections_in_use"):  # the async client's aiohttp transport
        return int(transport.connections_in_use())
    # The sync client's default holds httpx transports for plain HTTP and for TLS, made on
    # use; a caller's `http_client` has httpx's own.
    made = (
        [t for t in (transport._plain, transport._tls) if t is not None]
        if hasattr(transport, "_tls")
        else [transport]
    )
    return sum(1 for t in made for c in t._pool.connections if not (c.is_idle() or c.is_closed()))


# -- running a call through either client --------------------------------------------


@dataclass
class Outcome:
    result: Any
    error: BaseException | None
    elapsed: float
    attempts: int
    delays: list[float] = field(default_factory=list)

    def raised(self, cls: type[BaseException]) -> BaseException:
        assert isinstance(self.error, cls), f"expected {cls.__name__}, got {self.error!r}"
        return self.error


class Harness:
    def __init__(self, mode: str, server: RecordingServer, monkeypatch: pytest.MonkeyPatch) -> None:
        self.mode = mode
        self.server = server
        self.monkeypatch = monkeypatch

    @property
    def is_async(self) -> bool:
        return self.mode == "async"

    def client(self, **options: Any) -> Any:
        cls = AsyncOpenAI if self.is_async else OpenAI
        return cls(**{"api_key": KEY, "base_url": self.server.url, "max_retries": 2, **options})

    def run(self, fn: Callable[[Any], Any], *, wait: bool = False, **options: Any) -> Outcome:
        """`fn(client)` (awaited on the async client; a stream is read to its end).

        Retry waits are recorded and skipped unless `wait`. Afterwards: no pooled
        connection in use, and none open on the server once the client is closed."""
        client = self.client(**options)
        delays: list[float] = []
        real_delay = BaseClient._retry_delay

        def recorded_delay(self: BaseClient, retries_taken: int, response: httpx.Response | None) -> float:
            delay = real_delay(self, retries_taken, response)
            delays.append(delay)
            return delay if wait else 0.0

        # On the class, so that copies made by `with_options` record too.
        self.monkeypatch.setattr(BaseClient, "_retry_delay", recorded_delay)
        result: Any = None
        error: BaseException | None = None
        started = time.monotonic()
        if self.is_async:

            async def main() -> tuple[Any, BaseException | None, float, int]:
                got: Any = None
                failure: BaseException | None = None
                try:
                    got = fn(client)
                    if inspect.isawaitable(got):
                        got = await got
                    if isinstance(got, oaiclient.AsyncStream):
                        got = [item async for item in got]
                except Exception as exc:
                    failure = exc
                elapsed = time.monotonic() - started
                leaked = in_use(client)
                await client.close()
                return got, failure, elapsed, leaked

            result, error, elapsed, leaked = asyncio.run(main())
        else:
            try:
                result = fn(client)
                if isinstance(result, oaiclient.Stream):
                    result = list(result)
            except Exception as exc:
                error = exc
            elapsed = time.monotonic() - started
            leaked = in_use(client)
            client.close()
        assert leaked == 0, "a connection is still checked out of the pool"
        assert self.server.wait_for_open_connections(0), "the server still has a connection open"
        return Outcome(result, error, elapsed, len(self.server.requests), delays)


@pytest.fixture(params=["sync", "async"])
def h(request: pytest.FixtureRequest, server: RecordingServer, monkeypatch: pytest.MonkeyPatch) -> Harness:
    return Harness(request.param, server, monkeypatch)


def retry_counts(server: RecordingServer) -> list[str | None]:
    return [r.headers.get("x-stainless-retry-count") for r in server.requests]


# -- retry decisions and waits -------------------------------------------------------


def test_429_with_retry_after_in_seconds_waits_that_long(h: Harness) -> None:
    h.server.route(
        "GET",
        "/v1/models",
        [JSONResponse(error_body("slow down"), 429, {"Retry-After": "7"}), JSONResponse(MODEL_LIST)],
    )
    outcome = h.run(list_models)
    assert outcome.error is None and outcome.result.data[0].id == "gpt-4o-mini"
    assert outcome.attempts == 2
    assert outcome.delays == [7.0]
    assert outcome.elapsed < 2
    assert retry_counts(h.server) == [None, "1"]


def test_429_with_retry_after_as_an_http_date(h: Harness) -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    h.server.route(
        "GET",
        "/v1/models",
        [JSONResponse(error_body("later"), 429, {"Retry-After": when}), JSONResponse(MODEL_LIST)],
    )
    outcome = h.run(list_models)
    assert outcome.error is None
    assert outcome.attempts == 2
    (delay,) = outcome.delays
    assert 27 <= delay <= 30.5  # the date has whole seconds


def test_retry_after_ms_wins_over_retry_after_and_is_really_waited(h: Harness) -> None:
    h.server.route(
        "GET",
        "/v1/models",
        [
            JSONResponse(error_body("busy"), 429, {"retry-after-ms": "300", "Retry-After": "9"}),
            JSONResponse(MODEL_LIST),
        ],
    )
    outcome = h.run(list_models, wait=True)
    assert outcome.error is None
    assert outcome.attempts == 2
    assert outcome.delays == [0.3]
    assert 0.3 <= outcome.elapsed < 3


def test_a_wait_longer_than_the_bound_is_not_retried(h: Harness) -> None:
    too_long = str(int(MAX_RETRY_AFTER) + 1)
    h.server.route(
        "GET", "/v1/models", JSONResponse(error_body("come back later"), 429, {"Retry-After": too_long})
    )
    outcome = h.run(list_models)
    error = outcome.raised(oaiclient.RateLimitError)
    assert error.response.headers["retry-after"] == too_long
    assert outcome.attempts == 1
    assert outcome.delays == []
    assert outcome.elapsed < 2


@pytest.mark.parametrize(
    "headers",
    [{"Retry-After": "-5"}, {"Retry-After": "soon"}, {"retry-after-ms": "nan"}, {}],
    ids=["negative", "garbage", "nan", "absent"],
)
def test_unusable_retry_after_falls_back_to_backoff(headers: dict[str, str]) -> None:
    response = httpx.Response(503, headers=headers)
    for _ in range(20):
        assert 0.375 <= retry_delay(0, response) <= 0.5
        assert 0.75 <= retry_delay(1, response) <= 1.0


def test_backoff_doubles_with_jitter_up_to_a_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("oaiclient._retries.random.random", lambda: 0.0)
    assert [retry_delay(n, None) for n in range(7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert retry_delay(10_000, None) == 8.0
    monkeypatch.setattr("oaiclient._retries.random.random", lambda: 0.999999)
    assert [round(retry_delay(n, None), 3) for n in range(5)] == [0.375, 0.75, 1.5, 3.0, 6.0]


@pytest.mark.parametrize("statuses", [[500, 503, 503, 502], [408, 409, 500, 503]])
def test_a_run_of_retryable_errors_gives_up_after_max_retries(h: Harness, statuses: list[int]) -> None:
    h.server.route("GET", "/v1/models", [JSONResponse(error_body(f"e{s}"), s) for s in statuses])
    outcome = h.run(list_models, max_retries=3)
    error = outcome.raised(oaiclient.APIStatusError)
    assert error.status_code == statuses[-1]
    assert f"e{statuses[-1]}" in error.message
    assert outcome.attempts == 4
    assert retry_counts(h.server) == [None, "1", "2", "3"]
    # exponential backoff with up to 25% jitter
    assert len(outcome.delays) == 3
    for n, delay in enumerate(outcome.delays):
        assert 0.75 * 0.5 * 2**n <= delay <= 0.5 * 2**n
    # every attempt after a failed one reused its connection: each was released
    assert {r.connection for r in h.server.requests} == {1}


def test_5xx_then_success(h: Harness) -> None:
    h.server.route(
        "GET",
        "/v1/models",
        [JSONResponse(error_body("x"), 500), JSONResponse(error_body("y"), 503), JSONResponse(MODEL_LIST)],
    )
    outcome = h.run(list_models)
    assert outcome.error is None
    assert outcome.attempts == 3


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 422])
def test_other_4xx_are_never_retried(h: Harness, status: int) -> None:
    h.server.route("GET", "/v1/models", JSONResponse(error_body("no"), status))
    outcome = h.run(list_models, max_retries=5)
    assert outcome.raised(oaiclient.APIStatusError).status_code == status
    assert outcome.attempts == 1
    assert outcome.delays == []


def test_x_should_retry_false_stops_and_true_retries(h: Harness) -> None:
    h.server.route(
        "GET",
        "/v1/models",
        [
            JSONResponse(error_body("retry me"), 400, {"x-should-retry": "true"}),
            JSONResponse(error_body("do not"), 503, {"x-should-retry": "false"}),
            JSONResponse(MODEL_LIST),
        ],
    )
    outcome = h.run(list_models, max_retries=5)
    assert outcome.raised(oaiclient.InternalServerError).status_code == 503
    assert outcome.attempts == 2


def test_max_retries_per_call(h: Harness) -> None:
    h.server.route("GET", "/v1/models", JSONResponse(error_body("down"), 503))

    def with_options(client: Any) -> Any:
        return client.with_options(max_retries=4).models.list()

    assert h.run(with_options, max_retries=0).attempts == 5
    h.server.clear()

    def through_the_call(client: Any) -> Any:
        call: Call = client.build_call(
            "GET",
            "/models",
            path=None,
            query=None,
            headers=None,
            body=None,
            extra_headers=None,
            extra_query=None,
            extra_body=None,
            timeout=oaiclient.NOT_GIVEN,
        )
        call.max_retries = 1
        return client.request(call, oaiclient.models.Model)

    outcome = h.run(through_the_call, max_retries=3)
    outcome.raised(oaiclient.InternalServerError)
    assert outcome.attempts == 2


def test_max_retries_zero_sends_once(h: Harness) -> None:
    h.server.route("GET", "/v1/models", JSONResponse(error_body("down"), 503))
    assert h.run(list_models, max_retries=0).attempts == 1


def test_default_is_two_retries(h: Harness) -> None:
    h.server.route("GET", "/v1/models", JSONResponse(error_body("down"), 500))
    client = h.client()
    assert client.max_retries == 2
    if h.is_async:
        asyncio.run(client.close())
    else:
        client.close()
    outcome = h.run(list_models, max_retries=oaiclient._base_client.DEFAULT_MAX_RETRIES)
    assert outcome.attempts == 3


# -- connection faults -----------------------------------------------------------------


def test_dropped_connections_are_retried_then_a_connection_error(h: Harness) -> None:
    h.server.route("GET", "/v1/models", DropResponse())
    outcome = h.run(list_models, max_retries=2)
    error = outcome.raised(oaiclient.APIConnectionError)
    assert not isinstance(error, oaiclient.APITimeoutError)
    assert isinstance(error.__cause__, httpx.RemoteProtocolError)
    assert outcome.attempts == 3
    assert retry_counts(h.server) == [None, "1", "2"]
    assert outcome.elapsed < 3


def test_a_reset_connection_is_retried_and_can_succeed(h: Harness) -> None:
    h.server.route("GET", "/v1/models", [DropResponse(reset=True), DropResponse(), JSONResponse(MODEL_LIST)])
    outcome = h.run(list_models, max_retries=2)
    assert outcome.error is None and outcome.result.data[0].id == "gpt-4o-mini"
    assert outcome.attempts == 3
    assert len(outcome.delays) == 2 and all(0.3 <= d <= 1.0 for d in outcome.delays)


def test_connection_refused_is_retried(h: Harness) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    outcome = h.run(list_models, base_url=f"http://127.0.0.1:{port}/v1", max_retries=2)
    error = outcome.raised(oaiclient.APIConnectionError)
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert len(outcome.delays) == 2  # three attempts


# -- timeouts ---------------------------------------------------------------------------


def test_a_slow_answer_times_out_on_every_attempt(h: Harness) -> None:
    h.server.route("GET", "/v1/models", SlowResponse(10, JSONResponse(MODEL_LIST)))
    outcome = h.run(lambda c: c.models.list(timeout=0.25), max_retries=2)
    error = outcome.raised(oaiclient.APITimeoutError)
    assert isinstance(error, oaiclient.APIConnectionError)
    assert isinstance(error.__cause__, httpx.ReadTimeout)
    assert outcome.attempts == 3
    assert 0.75 <= outcome.elapsed < 4


def test_a_timeout_then_success(h: Harness) -> None:
    h.server.route("GET", "/v1/models", [SlowResponse(10), JSONResponse(MODEL_LIST)])
    outcome = h.run(lambda c: c.models.list(timeout=0.25))
    assert outcome.error is None
    assert outcome.attempts == 2
    assert [r.connection for r in h.server.requests] == [1, 2]  # the timed-out one was dropped


def test_httpx_timeout_object_per_call(h: Harness) -> None:
    h.server.route("GET", "/v1/models", SlowResponse(10))
    outcome = h.run(lambda c: c.models.list(timeout=httpx.Timeout(30, read=0.2)), max_retries=0)
    outcome.raised(oaiclient.APITimeoutError)
    assert outcome.attempts == 1
    assert 0.2 <= outcome.elapsed < 2


def test_per_call_timeout_overrides_the_client(h: Harness) -> None:
    h.server.route("GET", "/v1/models", SlowResponse(0.4, JSONResponse(MODEL_LIST)))
    outcome = h.run(lambda c: c.models.list(timeout=5.0), timeout=0.1, max_retries=0)
    assert outcome.error is None
    assert 0.4 <= outcome.elapsed < 3


def test_timeout_none_means_no_timeout(h: Harness) -> None:
    h.server.route("GET", "/v1/models", SlowResponse(0.3, JSONResponse(MODEL_LIST)))
    outcome = h.run(lambda c: c.models.list(timeout=None), timeout=0.1, max_retries=0)
    assert outcome.error is None
    assert 0.3 <= outcome.elapsed < 3
    h.server.clear()
    outcome = h.run(list_models, timeout=None, max_retries=0)
    assert outcome.error is None


def test_client_timeout_applies_to_every_call(h: Harness) -> None:
    h.server.route("GET", "/v1/models", SlowResponse(10))
    outcome = h.run(list_models, timeout=0.15, max_retries=1)
    outcome.raised(oaiclient.APITimeoutError)
    assert outcome.attempts == 2


def test_the_timeouts_each_request_carries(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    seen: list[dict[str, Any]] = []
    http = httpx.Client(event_hooks={"request": [lambda r: seen.append(r.extensions["timeout"])]})
    with OpenAI(api_key=KEY, base_url=server.url, http_client=http) as client:
        client.models.list()
        client.models.list(timeout=3.5)
        client.models.list(timeout=httpx.Timeout(9, connect=1))
        client.models.list(timeout=None)
    assert seen == [
        {"connect": 5.0, "read": 600.0, "write": 600.0, "pool": 600.0},
        {"connect": 3.5, "read": 3.5, "write": 3.5, "pool": 3.5},
        {"connect": 1.0, "read": 9.0, "write": 9.0, "pool": 9.0},
        {"connect": None, "read": None, "write": None, "pool": None},
    ]


@pytest.fixture
def unaccepting_port() -> Iterator[int]:
    """A port whose listener never accepts and whose queue is full: connects hang."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(3):
        filler = socket.socket()
        filler.setblocking(False)
        try:
            filler.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        fillers.append(filler)
    time.sleep(0.05)
    yield port
    for filler in fillers:
        filler.close()
    listener.close()


def test_connect_timeout(h: Harness, unaccepting_port: int) -> None:
    outcome = h.run(
        list_models,
        base_url=f"http://127.0.0.1:{unaccepting_port}/v1",
        timeout=httpx.Timeout(30, connect=0.2),
        max_retries=1,
    )
    error = outcome.raised(oaiclient.APITimeoutError)
    assert isinstance(error.__cause__, httpx.ConnectTimeout)
    assert len(outcome.delays) == 1  # two attempts
    assert 0.4 <= outcome.elapsed < 4


# -- answers that are not what they should be -------------------------------------------


def test_malformed_json_is_a_validation_error_and_not_retried(h: Harness) -> None:
    h.server.route(
        "GET", "/v1/models", RawResponse(b'{"object": "list", "data": [', content_type="application/json")
    )
    outcome = h.run(list_models, max_retries=3)
    error = outcome.raised(oaiclient.APIResponseValidationError)
    assert error.status_code == 200
    assert outcome.attempts == 1


def test_a_redirect_is_followed(h: Harness) -> None:
    h.server.route("GET", "/v1/models", RawResponse(status=307, headers={"Location": "/v1/models-moved"}))
    h.server.route("GET", "/v1/models-moved", JSONResponse(MODEL_LIST))
    outcome = h.run(list_models)
    assert outcome.error is None and outcome.result.data[0].id == "gpt-4o-mini"
    assert [r.path for r in h.server.requests] == ["/v1/models", "/v1/models-moved"]


def test_a_redirect_loop_is_a_connection_error_and_not_retried(h: Harness) -> None:
    h.server.route("GET", "/v1/models", RawResponse(status=307, headers={"Location": "/v1/models"}))
    outcome = h.run(list_models, max_retries=3)
    error = outcome.raised(oaiclient.APIConnectionError)
    assert isinstance(error.__cause__, httpx.TooManyRedirects)
    assert outcome.attempts == 21  # httpx's 20 redirects, once: not once per retry
    assert outcome.delays == []


# -- streams ------------------------------------------------------------------------------


def test_a_stream_cut_mid_way_is_a_connection_error_and_not_retried(h: Harness) -> None:
    h.server.route("POST", "/v1/chat/completions", SSEResponse([chunk("a"), chunk("b"), DONE], cut_after=1))
    received: list[Any] = []

    def consume(client: Any) -> Any:
        if h.is_async:

            async def read() -> None:
                async for item in await chat_stream(client):
                    received.append(item)

            return read()
        for item in chat_stream(client):
            received.append(item)

    outcome = h.run(consume, max_retries=3)
    error = outcome.raised(oaiclient.APIConnectionError)
    assert isinstance(error.__cause__, httpx.TransportError)
    assert [c.choices[0].delta.content for c in received] == ["a"]
    assert outcome.attempts == 1


def test_a_stream_without_done_is_a_connection_error(h: Harness) -> None:
    h.server.route("POST", "/v1/chat/completions", SSEResponse([chunk("a"), chunk("b")]))
    outcome = h.run(chat_stream, max_retries=3)
    assert "[DONE]" in outcome.raised(oaiclient.APIConnectionError).message
    assert outcome.attempts == 1


def test_a_stream_that_stalls_times_out(h: Harness) -> None:
    h.server.route("POST", "/v1/chat/completions", SSEResponse([chunk("a")], wait_for_disconnect=True))
    outcome = h.run(
        lambda c: c.chat.completions.create(model="m", messages=MESSAGES, stream=True, timeout=0.3)
    )
    error = outcome.raised(oaiclient.APITimeoutError)
    assert isinstance(error.__cause__, httpx.ReadTimeout)
    assert outcome.attempts == 1
    assert 0.3 <= outcome.elapsed < 3
    assert h.server.wait_for_disconnect(2)


def test_a_stream_is_retried_before_it_starts(h: Harness) -> None:
    h.server.route(
        "POST",
        "/v1/chat/completions",
        [
            SSEResponse([sse_event(error_body("overloaded"))], status=503),
            JSONResponse(error_body("busy"), 429),
            SSEResponse([chunk("a"), DONE]),
        ],
    )
    outcome = h.run(chat_stream, max_retries=2)
    assert outcome.error is None
    assert [c.choices[0].delta.content for c in outcome.result] == ["a"]
    assert outcome.attempts == 3
    # the failed attempts' bodies were read and their connection handed back for the next
    assert [r.connection for r in h.server.requests] == [1, 1, 1]


def test_an_error_status_on_a_stream_gives_up_with_its_body(h: Harness) -> None:
    h.server.route(
        "POST",
        "/v1/chat/completions",
        SSEResponse([json.dumps(error_body("still overloaded")).encode()], status=503),
    )
    outcome = h.run(chat_stream, max_retries=1)
    error = outcome.raised(oaiclient.InternalServerError)
    assert error.message == "Error code: 503 - still overloaded"
    assert outcome.attempts == 2


def test_an_error_status_whose_body_is_cut_still_raises_the_status_error(h: Harness) -> None:
    h.server.route(
        "POST",
        "/v1/chat/completions",
        SSEResponse([b'{"error": {"mess', b'age": "lost"}}'], status=503, cut_after=1),
    )
    outcome = h.run(chat_stream, max_retries=1)
    error = outcome.raised(oaiclient.InternalServerError)
    assert error.body is None
    assert error.response.is_closed
    assert outcome.attempts == 2


def test_a_fully_read_stream_gives_its_connection_back(h: Harness) -> None:
    h.server.route("POST", "/v1/chat/completions", SSEResponse([chunk("a"), chunk("b"), DONE]))
    h.server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))

    def three_calls(client: Any) -> Any:
        if h.is_async:

            async def calls() -> Any:
                first = [c async for c in await chat_stream(client)]
                second = [c async for c in await chat_stream(client)]
                return first, second, await client.models.list()

            return calls()
        return list(chat_stream(client)), list(chat_stream(client)), client.models.list()

    outcome = h.run(three_calls)
    assert outcome.error is None
    first, second, _ = outcome.result
    assert len(first) == len(second) == 2
    # The async client's plain calls have connections of their own (runtime/_http11.py).
    assert [r.connection for r in h.server.requests] == ([1, 1, 2] if h.is_async else [1, 1, 1])


def test_a_server_that_stalls_after_done_costs_the_connection_not_a_hang(
    h: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("oaiclient._streaming.DRAIN_SECONDS", 0.3)
    h.server.route("POST", "/v1/chat/completions", SSEResponse([chunk("a"), DONE], wait_for_disconnect=True))
    outcome = h.run(chat_stream, timeout=3)  # were the drain unbounded, a 3 s wait
    assert outcome.error is None and len(outcome.result) == 1
    assert 0.25 <= outcome.elapsed < 2.5
    assert h.server.wait_for_disconnect(2)


def test_a_server_that_keeps_sending_after_done_is_not_read_for_ever(
    h: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("oaiclient._streaming.DRAIN_BYTES", 1000)
    monkeypatch.setattr("oaiclient._streaming.DRAIN_SECONDS", 5.0)  # so only the byte bound can end it
    noise = [b": " + b"x" * 200 + b"\n\n"] * 50
    h.server.route(
        "POST", "/v1/chat/completions", SSEResponse([chunk("a"), DONE, *noise], wait_for_disconnect=True)
    )
    outcome = h.run(chat_stream)
    assert outcome.error is None and len(outcome.result) == 1
    assert outcome.elapsed < 2
    assert h.server.wait_for_disconnect(2)


# Streams left unclosed: the connection must still go back (here: be closed), with
# no gc.collect(), as soon as the last reference goes.


def _endless(server: RecordingServer) -> None:
    server.route(
        "POST",
        "/v1/chat/completions",
        SSEResponse([chunk(str(i)) for i in range(3)], wait_for_disconnect=True),
    )


@pytest.mark.parametrize("read", [0, 1])
def test_a_dropped_sync_stream_is_closed(server: RecordingServer, read: int) -> None:
    _endless(server)
    with OpenAI(api_key=KEY, base_url=server.url) as client:
        stream = chat_stream(client)
        for _ in range(read):
            next(stream)
        assert server.open_connections == 1
        del stream
        assert server.wait_for_disconnect(3), "the dropped stream kept its connection"
        assert in_use(client) == 0
        server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
        assert client.models.list().data[0].id == "gpt-4o-mini"


def test_breaking_out_of_a_for_loop_over_a_temporary_stream_closes_it(server: RecordingServer) -> None:
    _endless(server)
    with OpenAI(api_key=KEY, base_url=server.url) as client:
        for item in chat_stream(client):
            assert item.choices[0].delta.content == "0"
            break
        assert server.wait_for_disconnect(3)
        assert in_use(client) == 0


def test_a_consumer_raising_inside_the_loop(server: RecordingServer) -> None:
    _endless(server)
    with OpenAI(api_key=KEY, base_url=server.url) as client:
        with pytest.raises(ZeroDivisionError):
            with chat_stream(client) as stream:
                for _ in stream:
                    1 / 0  # noqa: B018
        assert server.wait_for_disconnect(3)
        server.clear()

        def consume() -> None:
            stream = chat_stream(client)
            for _ in stream:
                1 / 0  # noqa: B018

        try:
            consume()
        except ZeroDivisionError:
            pass
        assert server.wait_for_disconnect(3)
        assert in_use(client) == 0


@pytest.mark.parametrize("read", [0, 1])
def test_a_dropped_async_stream_is_closed(server: RecordingServer, read: int) -> None:
    _endless(server)

    async def main() -> None:
        async with AsyncOpenAI(api_key=KEY, base_url=server.url) as client:
            stream = await chat_stream(client)
            for _ in range(read):
                await stream.__anext__()
            del stream
            assert await asyncio.to_thread(
                server.wait_for_disconnect, 3
            ), "the dropped stream kept its connection"
            assert in_use(client) == 0
            server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
            assert (await client.models.list()).data[0].id == "gpt-4o-mini"

    asyncio.run(main())


def test_breaking_out_of_an_async_for_over_a_temporary_stream_closes_it(server: RecordingServer) -> None:
    _endless(server)

    async def main() -> None:
        async with AsyncOpenAI(api_key=KEY, base_url=server.url) as client:
            async for item in await chat_stream(client):
                assert item.choices[0].delta.content == "0"
                break
            assert await asyncio.to_thread(server.wait_for_disconnect, 3)
            assert in_use(client) == 0

    asyncio.run(main())


def test_an_async_stream_dropped_after_its_loop_closed_does_not_fail(server: RecordingServer) -> None:
    _endless(server)
    kept: list[Any] = []

    async def main() -> None:
        client = AsyncOpenAI(api_key=KEY, base_url=server.url)
        kept.append(await chat_stream(client))

    asyncio.run(main())
    kept.clear()  # the finalizer finds its loop closed: nothing to do, nothing raised
    gc.collect()


# -- cancellation and our own errors --------------------------------------------------------


def test_keyboard_interrupt_in_the_transport_propagates_at_once() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise KeyboardInterrupt

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with OpenAI(api_key=KEY, base_url="http://127.0.0.1:9/v1", http_client=http, max_retries=3) as client:
        started = time.monotonic()
        with pytest.raises(KeyboardInterrupt) as caught:
            client.models.list()
    assert type(caught.value) is KeyboardInterrupt
    assert caught.value.__cause__ is None
    assert len(calls) == 1
    assert time.monotonic() - started < 1


def test_keyboard_interrupt_in_the_async_transport_propagates_at_once() -> None:
    calls: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise KeyboardInterrupt

    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with AsyncOpenAI(
            api_key=KEY, base_url="http://127.0.0.1:9/v1", http_client=http, max_retries=3
        ) as c:
            await c.models.list()

    with pytest.raises(KeyboardInterrupt) as caught:
        asyncio.run(main())
    assert type(caught.value) is KeyboardInterrupt
    assert len(calls) == 1


def test_keyboard_interrupt_while_waiting_to_retry(h: Harness) -> None:
    h.server.route("GET", "/v1/models", SSEResponse([sse_event(error_body("down"))], status=503))
    client = h.client(max_retries=3)

    def interrupted(retries_taken: int, response: httpx.Response | None) -> float:
        raise KeyboardInterrupt

    client._retry_delay = interrupted
    with pytest.raises(KeyboardInterrupt):
        if h.is_async:

            async def main() -> None:
                try:
                    await client.models.list()
                finally:
                    assert in_use(client) == 0
                    await client.close()

            asyncio.run(main())
        else:
            try:
                client.models.list()
            finally:
                assert in_use(client) == 0
                client.close()
    assert len(h.server.requests) == 1
    assert h.server.wait_for_open_connections(0)


def test_cancelling_an_async_call_during_a_slow_answer(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", SlowResponse(10, JSONResponse(MODEL_LIST)))

    async def main() -> float:
        async with AsyncOpenAI(api_key=KEY, base_url=server.url, max_retries=3) as client:

            async def call() -> Any:
                return await client.models.list()

            task = asyncio.create_task(call())
            while not server.requests:
                await asyncio.sleep(0.01)
            await asyncio.sleep(0.05)
            cancelled = time.monotonic()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            took = time.monotonic() - cancelled
            assert in_use(client) == 0
            # the interrupted attempt's connection is closed, not left behind
            assert await asyncio.to_thread(server.wait_for_open_connections, 0)
            server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
            assert (await client.models.list()).data[0].id == "gpt-4o-mini"
            return took

    assert asyncio.run(main()) < 0.5
    assert len(server.requests) == 2  # the cancelled one, once, and the one after


def test_an_anyio_cancel_scope_around_a_call(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", SlowResponse(10, JSONResponse(MODEL_LIST)))

    async def main() -> None:
        async with AsyncOpenAI(api_key=KEY, base_url=server.url, max_retries=3) as client:
            with anyio.move_on_after(0.3) as scope:
                await client.models.list()
            assert scope.cancelled_caught
            assert in_use(client) == 0

    started = time.monotonic()
    asyncio.run(main())
    assert time.monotonic() - started < 2
    assert len(server.requests) == 1
    assert server.wait_for_open_connections(0)


def test_a_bug_raised_while_sending_is_neither_retried_nor_wrapped(h: Harness) -> None:
    h.server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    hook_calls: list[int] = []

    def buggy_hook(request: httpx.Request) -> None:
        hook_calls.append(1)
        raise TypeError("a bug")

    async def abuggy_hook(request: httpx.Request) -> None:
        buggy_hook(request)

    http: Any = (
        httpx.AsyncClient(event_hooks={"request": [abuggy_hook]})
        if h.is_async
        else httpx.Client(event_hooks={"request": [buggy_hook]})
    )
    outcome = h.run(list_models, http_client=http, max_retries=3)
    error = outcome.raised(TypeError)
    assert not isinstance(error, oaiclient.OpenAIError)
    assert hook_calls == [1]
    assert outcome.attempts == 0
    assert outcome.elapsed < 1


def test_a_bug_raised_after_the_answer_is_neither_retried_nor_wrapped(h: Harness) -> None:
    h.server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))

    def buggy_hook(response: httpx.Response) -> None:
        raise TypeError("a bug")

    async def abuggy_hook(response: httpx.Response) -> None:
        buggy_hook(response)

    http: Any = (
        httpx.AsyncClient(event_hooks={"response": [abuggy_hook]})
        if h.is_async
        else httpx.Client(event_hooks={"response": [buggy_hook]})
    )
    outcome = h.run(list_models, http_client=http, max_retries=3)
    outcome.raised(TypeError)
    assert outcome.attempts == 1


def test_a_bug_building_the_request_is_neither_retried_nor_wrapped(h: Harness) -> None:
    h.server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    calls: list[int] = []

    def build(client: Any) -> Any:
        def buggy(real: Any) -> Any:
            def build_with_a_bug(*args: Any, **kwargs: Any) -> Any:
                calls.append(1)
                if len(calls) == 1:
                    raise TypeError("a bug")
                return real(*args, **kwargs)

            return build_with_a_bug

        client._build_request = buggy(client._build_request)
        # The async client builds a plain call's request by its own road.
        if hasattr(client, "_plain_request"):
            client._plain_request = buggy(client._plain_request)
        return client.models.list()

    outcome = h.run(build, max_retries=3)
    outcome.raised(TypeError)
    assert calls == [1]
    assert outcome.attempts == 0


def test_a_body_that_cannot_be_serialised_is_not_sent(h: Harness) -> None:
    def create(client: Any) -> Any:
        return client.chat.completions.create(model="m", messages=[{"role": "user", "content": object()}])

    outcome = h.run(create, max_retries=3)
    outcome.raised(pydantic_core.PydanticSerializationError)
    assert outcome.attempts == 0
