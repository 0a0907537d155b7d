"""The async client's own HTTP/1.1 connections (runtime/_http11.py), which carry its plain
calls, against an asyncio server on 127.0.0.1 scripted per test: framing, keep-alive,
limits, broken answers, cancellation and TLS."""

from __future__ import annotations

import asyncio
import json
import ssl
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import oaiclient
from oaiclient import AsyncOpenAI
from oaiclient._aiohttp_transport import AiohttpAsyncClient, _version
from oaiclient._http11 import Failed, Http11Pool, encode_head
from tests.servers import self_signed_certificate

pytestmark = pytest.mark.usefixtures("clean_env")


@pytest.fixture(autouse=True, params=["asyncio", "uvloop"])
def loop_factory(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test on asyncio's own event loop and on uvloop's (where users often run)."""
    global _new_loop
    if request.param == "uvloop":
        uvloop = pytest.importorskip("uvloop")
        _new_loop = uvloop.new_event_loop
    yield
    _new_loop = asyncio.new_event_loop


_new_loop: Callable[[], asyncio.AbstractEventLoop] = asyncio.new_event_loop


def run(coroutine: Coroutine[Any, Any, None]) -> None:
    with asyncio.Runner(loop_factory=_new_loop) as runner:
        runner.run(coroutine)


KEY = "sk-test-HTTP11-0123456789abcdef"
MODEL = {"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"}
BODY = json.dumps({"object": "list", "data": [MODEL]}).encode()
OK = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(BODY), BODY)


class CloseAfter(bytes):
    """An answer after which the server closes the connection."""


class Slowly(list[bytes]):
    """An answer sent in these pieces, `pause` seconds apart."""

    pause = 0.2


class Server:
    """An asyncio server in the test's own event loop. `answer(connection, number,
    request)` gives the bytes to send for each request read (number counts from 1 on each
    connection); None closes the connection without answering, and so does `CloseAfter`
    after its bytes."""

    def __init__(self, answer: Callable[[int, int, bytes], Awaitable[bytes | None] | bytes | None]) -> None:
        self.answer = answer
        self.connections = 0
        self.closed = 0  # connections the client closed or dropped
        self.requests: list[tuple[int, bytes]] = []
        self.server: asyncio.Server | None = None
        self.handlers: set[asyncio.Task[Any]] = set()

    async def __aenter__(self) -> Server:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        assert self.server is not None
        self.server.close()
        for handler in self.handlers:
            handler.cancel()
        await asyncio.gather(*self.handlers, return_exceptions=True)

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}/v1"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        connection, number = self.connections, 0
        task = asyncio.current_task()
        assert task is not None
        self.handlers.add(task)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                request = head + await reader.readexactly(length)
                number += 1
                self.requests.append((connection, request))
                answer = self.answer(connection, number, request)
                if asyncio.iscoroutine(answer):
                    answer = await answer
                if answer is None:
                    break
                for index, piece in enumerate(answer if isinstance(answer, Slowly) else [answer]):
                    if index:
                        await asyncio.sleep(Slowly.pause)
                    writer.write(piece)
                    await writer.drain()
                if isinstance(answer, CloseAfter):
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            self.closed += 1
        except asyncio.CancelledError:
            pass  # the test is over (ended quietly: asyncio logs a cancelled handler as an error)
        finally:
            writer.close()


def client_for(server: Server, **options: Any) -> AsyncOpenAI:
    options.setdefault("max_retries", 0)
    return AsyncOpenAI(api_key=KEY, base_url=server.url, **options)


def ok(connection: int, number: int, request: bytes) -> bytes:
    return OK


async def models(client: AsyncOpenAI) -> str:
    return (await client.models.list()).data[0].id


def test_calls_in_turn_share_one_connection_and_calls_at_once_get_their_own() -> None:
    async def main() -> None:
        async with Server(ok) as server, client_for(server) as client:
            for _ in range(3):
                assert await models(client) == "gpt-4o-mini"
            assert server.connections == 1
            assert await asyncio.gather(*(models(client) for _ in range(3))) == ["gpt-4o-mini"] * 3
            assert server.connections == 3
            await asyncio.gather(*(models(client) for _ in range(3)))
            assert server.connections == 3  # all three kept and used again
            assert client._http._aiohttp.connections_in_use() == 0

    run(main())


@pytest.mark.parametrize(
    "answer",
    [
        # chunked, in uneven pieces
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        + b"".join(b"%x\r\n%s\r\n" % (len(BODY[i : i + 7]), BODY[i : i + 7]) for i in range(0, len(BODY), 7))
        + b"0\r\n\r\n",
        # an interim answer first
        b"HTTP/1.1 100 Continue\r\n\r\n" + OK,
        b"HTTP/1.1 103 Early Hints\r\nLink: </x>; rel=preload\r\n\r\n" + OK,
    ],
    ids=["chunked", "100-continue", "103-early-hints"],
)
def test_answers_framed_otherwise_are_read_whole_and_the_connection_kept(answer: bytes) -> None:
    async def main() -> None:
        async with Server(lambda c, n, r: answer) as server, client_for(server) as client:
            assert await models(client) == "gpt-4o-mini"
            assert await models(client) == "gpt-4o-mini"
            pool = client._http._aiohttp._pool
            assert pool is not None
            port = int(server.url.rsplit(":", 1)[1].split("/")[0])
            head = b"GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            got, body = await pool.fetch(("http", "127.0.0.1", port), head, b"", {"read": 5})
            # The interim answer's status and headers are not the answer's.
            assert (got.status, got.reason, body) == (200, "OK", BODY)
            assert "Link" not in got.headers and got.headers["Content-Type"] == "application/json"
            assert server.connections == 1

    run(main())


@pytest.mark.parametrize(
    "answer",
    [
        OK.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n", 1),
        OK.replace(b"HTTP/1.1", b"HTTP/1.0", 1),
        # no length: the body is what comes until the server closes the connection
        CloseAfter(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n" + BODY),
    ],
    ids=["connection-close", "http-1.0", "ended-by-closing"],
)
def test_an_answer_that_does_not_keep_its_connection_is_read_whole_and_not_reused(answer: bytes) -> None:
    async def main() -> None:
        async with Server(lambda c, n, r: answer) as server, client_for(server) as client:
            assert await models(client) == "gpt-4o-mini"
            assert await models(client) == "gpt-4o-mini"
            assert server.connections == 2

    run(main())


def test_a_connection_the_server_closed_while_idle_is_not_used_again() -> None:
    async def main() -> None:
        # The server hangs up after each answer, without saying so in it.
        async with Server(lambda c, n, r: CloseAfter(OK)) as server, client_for(server) as client:
            assert await models(client) == "gpt-4o-mini"
            await asyncio.sleep(0.05)  # its close arrives: the connection leaves the pool
            assert client._http._aiohttp._pool is not None
            assert client._http._aiohttp._pool._open == set()
            assert await models(client) == "gpt-4o-mini"
            assert server.connections == 2

    run(main())


def test_a_connection_whose_end_of_stream_was_read_is_not_taken_again() -> None:
    async def main() -> None:
        async with Server(ok) as server, client_for(server) as client:
            assert await models(client) == "gpt-4o-mini"
            pool = client._http._aiohttp._pool
            assert pool is not None
            (idle,) = pool._open
            # The server's end of stream read, connection_lost not run yet (one loop turn).
            idle.eof_received()
            assert await models(client) == "gpt-4o-mini"
            assert server.connections == 2

    run(main())


def test_a_server_that_hangs_up_without_answering_is_a_connection_error_then_retried() -> None:
    async def main() -> None:
        answers = iter([None, OK])
        async with Server(lambda c, n, r: next(answers)) as server:
            async with client_for(server) as client:
                with pytest.raises(oaiclient.APIConnectionError) as caught:
                    await models(client)
                cause = caught.value.__cause__
                assert isinstance(cause, httpx.RemoteProtocolError)
                assert "without sending a response" in str(cause)
            answers = iter([None, OK])
            async with client_for(server, max_retries=1) as client:
                assert await models(client) == "gpt-4o-mini"
                assert client._http._aiohttp.connections_in_use() == 0
            assert server.connections == 3  # one for the first client, two for the second

    run(main())


@pytest.mark.parametrize(
    "answer, words",
    [
        (b"NOT HTTP AT ALL\r\n\r\n", "Invalid HTTP answer"),
        (CloseAfter(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{}"), "before the answer was complete"),
        (b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 70_000 + b"\r\nContent-Length: 0\r\n\r\n", "too long."),
        (
            b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: upgrade\r\n\r\n",
            "switched protocols",
        ),
    ],
    ids=["garbage", "cut-short", "headers-too-long", "upgrade"],
)
def test_a_broken_answer_is_a_protocol_error_and_costs_its_connection(answer: bytes, words: str) -> None:
    async def main() -> None:
        async with Server(lambda c, n, r: answer if c == 1 else OK) as server, client_for(server) as client:
            with pytest.raises(oaiclient.APIConnectionError) as caught:
                await models(client)
            assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
            assert words in str(caught.value.__cause__)
            assert await models(client) == "gpt-4o-mini"
            assert server.connections == 2
            assert client._http._aiohttp.connections_in_use() == 0

    run(main())


def test_a_second_answer_in_the_same_read_does_not_touch_the_first() -> None:
    second = b"HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nContent-Encoding: gzip\r\nX-Request-Id: evil\r\n\r\n"
    first = OK.replace(b"\r\n\r\n", b"\r\nX-Request-Id: req-1\r\n\r\n", 1)

    async def main() -> None:
        async with Server(lambda c, n, r: first + second) as server:
            pool = Http11Pool(asyncio.get_running_loop(), httpx.Limits(), lambda: True, _version)
            origin = ("http", "127.0.0.1", int(server.url.rsplit(":", 1)[1].split("/")[0]))
            head = b"GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            answer, body = await pool.fetch(origin, head, b"", {"read": 5})
            assert body == BODY
            assert answer.noted == {b"content-length": [str(len(BODY)).encode()], b"x-request-id": [b"req-1"]}
            await asyncio.sleep(0.05)
            assert pool._open == set()  # the connection was not used again
            pool.close()

    run(main())


def test_bytes_nobody_asked_for_cost_the_idle_connection() -> None:
    async def main() -> None:
        async with Server(lambda c, n, r: OK + b"HTTP/1.1 200 OK\r\n" if n == 1 else OK) as server:
            async with client_for(server) as client:
                assert await models(client) == "gpt-4o-mini"
                await asyncio.sleep(0.05)
                assert await models(client) == "gpt-4o-mini"
                assert server.connections == 2

    run(main())


def test_a_cancelled_call_closes_its_connection_and_the_next_one_works() -> None:
    async def main() -> None:
        async def slow(connection: int, number: int, request: bytes) -> bytes:
            if connection == 1:
                await asyncio.sleep(5)
            return OK

        async with Server(slow) as server, client_for(server) as client:
            call = asyncio.create_task(models(client))
            await asyncio.sleep(0.1)
            call.cancel()
            with pytest.raises(asyncio.CancelledError):
                await call
            assert client._http._aiohttp.connections_in_use() == 0
            assert await models(client) == "gpt-4o-mini"
            assert server.connections == 2
            pool = client._http._aiohttp._pool
            assert pool is not None and len(pool._open) == 1  # the cancelled call's is closed

    run(main())


def test_a_read_timeout_ends_with_its_call_and_does_not_reach_the_next_on_the_connection() -> None:
    async def main() -> None:
        # The first answer comes in three pieces 0.2 s apart: each within the read
        # timeout (0.3 s), so its timer is set again once. The second takes 0.4 s as a
        # whole, under the default read timeout: the first call's timer must not end it.
        answers = iter([Slowly([OK[:20], OK[20:40], OK[40:]]), Slowly([b"", OK]), Slowly([b"", OK])])
        async with Server(lambda c, n, r: next(answers)) as server, client_for(server) as client:
            await client.models.list(timeout=httpx.Timeout(5, read=0.3))
            Slowly.pause = 0.4
            try:
                assert await models(client) == "gpt-4o-mini"
                with pytest.raises(oaiclient.APITimeoutError):
                    await client.models.list(timeout=httpx.Timeout(5, read=0.3))
            finally:
                Slowly.pause = 0.2
            await asyncio.sleep(0.05)
            pool = client._http._aiohttp._pool
            assert pool is not None and pool._open == set()  # the timed-out call's is closed
            assert server.connections == 1

    run(main())


def test_closing_the_client_fails_calls_waiting_for_a_connection_and_keeps_none_open() -> None:
    async def main() -> None:
        async def slow(connection: int, number: int, request: bytes) -> bytes:
            await asyncio.sleep(0.2)
            return OK

        limits = httpx.Limits(max_connections=1)
        async with Server(slow) as server:
            client = client_for(server, http_client=AiohttpAsyncClient(limits=limits))
            first = asyncio.create_task(models(client))
            waiting = asyncio.create_task(models(client))  # waits for the one connection
            while not server.requests:  # the first call's request has arrived
                await asyncio.sleep(0.01)
            pool = client._http._aiohttp._pool
            assert pool is not None
            await client.close()
            outcomes = await asyncio.gather(first, waiting, return_exceptions=True)
            assert isinstance(outcomes[0], oaiclient.APIConnectionError)  # its connection closed
            assert isinstance(outcomes[1], RuntimeError) and "closed" in str(outcomes[1])
            await asyncio.sleep(0.05)
            assert pool._open == set() and pool._idle_count == 0 and pool.busy == 0
            assert server.connections == 1

    run(main())


def test_idle_connections_expire_and_only_so_many_are_kept() -> None:
    async def main() -> None:
        limits = httpx.Limits(max_connections=10, max_keepalive_connections=1, keepalive_expiry=0.2)
        async with Server(ok) as server:
            async with client_for(server, http_client=AiohttpAsyncClient(limits=limits)) as client:
                await asyncio.gather(*(models(client) for _ in range(3)))
                assert server.connections == 3
                await asyncio.sleep(0.05)
                assert server.closed == 2  # one kept idle
                await models(client)
                assert server.connections == 3
                await asyncio.sleep(0.3)  # past keepalive_expiry
                await models(client)
                assert server.connections == 4

    run(main())


def test_an_expired_connection_to_one_origin_does_not_hold_the_idle_place_of_another() -> None:
    async def main() -> None:
        limits = httpx.Limits(max_connections=10, max_keepalive_connections=1, keepalive_expiry=0.2)
        async with Server(ok) as first, Server(ok) as second:
            http = AiohttpAsyncClient(limits=limits)
            async with (
                client_for(first, http_client=http) as one,
                client_for(second, http_client=http) as two,
            ):
                await models(one)
                await asyncio.sleep(0.3)  # the connection to the first server expires
                for _ in range(3):
                    await models(two)
                assert second.connections == 1  # kept between the calls
                assert first.closed == 1  # and the expired one closed

    run(main())


def test_the_pool_opens_at_most_max_connections_and_the_wait_is_in_turn() -> None:
    async def main() -> None:
        async def slow(connection: int, number: int, request: bytes) -> bytes:
            await asyncio.sleep(0.05)
            return OK

        limits = httpx.Limits(max_connections=2, max_keepalive_connections=2)
        async with Server(slow) as server:
            async with client_for(server, http_client=AiohttpAsyncClient(limits=limits)) as client:
                started = time.monotonic()
                await asyncio.gather(*(models(client) for _ in range(6)))
                assert time.monotonic() - started >= 0.14  # three rounds of two
                assert server.connections == 2

    run(main())


def test_a_header_that_would_split_the_request_is_never_sent() -> None:
    async def main() -> None:
        async with Server(ok) as server, client_for(server) as client:
            # Left to the general road, where aiohttp refuses it.
            with pytest.raises(ValueError):
                await client.models.list(extra_headers={"X-Note": "a\r\nX-Injected: 1"})
            assert all(b"X-Injected" not in request for _, request in server.requests)

    run(main())


def test_header_lines_refuse_what_is_not_a_token_or_holds_a_line_break() -> None:
    assert encode_head([(b"X-A", b"one\ttwo"), (b"Host", b"h:1")]) == b"X-A: one\ttwo\r\nHost: h:1\r\n"
    assert encode_head([(b"Connection", b"keep-alive")]) == b"Connection: keep-alive\r\n"
    assert encode_head([(b"X A", b"one")]) is None
    assert encode_head([(b"X-A", b"one\r\nX-B: two")]) is None
    for control in (b"\n", b"\x00", b"\x01", b"\x7f"):
        assert encode_head([(b"X-A", b"one" + control + b"two")]) is None
    # What the pool would get wrong: a body sized by the caller, a connection to close.
    assert encode_head([(b"Content-Length", b"2")]) is None
    assert encode_head([(b"transfer-encoding", b"chunked")]) is None
    assert encode_head([(b"Connection", b"Close")]) is None


@pytest.mark.parametrize(
    "headers",
    [{"Content-Length": "2"}, {"Transfer-Encoding": "chunked"}, {"Connection": "close"}],
    ids=["content-length", "transfer-encoding", "connection-close"],
)
def test_calls_whose_headers_frame_the_body_or_close_take_the_general_road(headers: dict[str, str]) -> None:
    async def main() -> None:
        async with Server(ok) as server, client_for(server) as client:
            sent: list[Any] = []
            fetch = client._plain_fetcher
            assert fetch is not None

            async def counting(plain: Any) -> Any:
                sent.append(plain.head)
                return await fetch(plain)

            client._plain_fetcher = counting
            try:
                await client.chat.completions.create(model="m", messages=[], extra_headers=headers)
            except oaiclient.APIError:
                pass  # whatever the server makes of it: it is the general road's business
            assert sent == [None]
            assert all(b"/smuggled" not in request for _, request in server.requests)

    run(main())


def test_a_url_with_credentials_and_an_international_host_are_sent_as_httpx_sends_them() -> None:
    http = AiohttpAsyncClient(limits=httpx.Limits())
    own_hook = object()
    # Basic auth from the URL: httpx's to add, so not the plain road.
    assert (
        http.build_plain_request("GET", httpx.URL("http://u:p@127.0.0.1:9/v1"), {}, None, 5, {}, own_hook)
        is None
    )
    plain = http.build_plain_request("GET", httpx.URL("https://faß.de/v1/models"), {}, None, 5, {}, own_hook)
    assert plain is not None and plain.head is not None
    # Connected to the name the Host header names (Python's own codec would say fass.de).
    assert plain.origin == ("https", "xn--fa-hia.de", 443)
    assert b"\r\nHost: xn--fa-hia.de\r\n" in plain.head


# -- TLS ------------------------------------------------------------------------------------------


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    return self_signed_certificate(tmp_path)


def test_https_with_the_transport_context_or_without_verification(certificate: tuple[Path, Path]) -> None:
    cert, key = certificate
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)
    trusting = ssl.create_default_context(cafile=str(cert))
    head = b"GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    timeouts: dict[str, float | None] = {"connect": 5, "read": 5, "write": 5, "pool": 5}

    async def main() -> None:
        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            while True:
                try:
                    await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    break
                writer.write(OK)

        tls = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=server_context)
        origin = ("https", "127.0.0.1", tls.sockets[0].getsockname()[1])
        loop = asyncio.get_running_loop()
        for context in (trusting, False):
            pool = Http11Pool(loop, httpx.Limits(), lambda: context, _version)
            answer, body = await pool.fetch(origin, head, b"", timeouts)
            assert (answer.status, body) == (200, BODY)
            pool.close()
        strict = Http11Pool(loop, httpx.Limits(), ssl.create_default_context, _version)
        with pytest.raises(Failed) as caught:
            await strict.fetch(origin, head, b"", timeouts)
        assert caught.value.kind is httpx.ConnectError
        assert isinstance(caught.value.__cause__, ssl.SSLCertVerificationError)
        tls.close()

    run(main())
