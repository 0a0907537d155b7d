"""The async client's default transport (aiohttp under httpx's types), against local servers.

The async tests elsewhere (faults, clients, Azure, contract) run on it too; these cover
what they do not: which transport a client gets, what goes on the wire compared with
httpx's own transport, the write and pool timeouts, connection limits, compressed and
repeated-header answers, large bodies, cookies, closing, and event loops that end.
"""

from __future__ import annotations

import asyncio
import gc
import gzip
import http.cookiejar
import json
import socket
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import oaiclient
from oaiclient import AsyncOpenAI
from oaiclient import _aiohttp_transport
from oaiclient._aiohttp_transport import AiohttpAsyncClient
from oaiclient._base_client import DEFAULT_CONNECTION_LIMITS
from tests.servers import JSONResponse, RawResponse, RecordingServer, SlowResponse, SSEResponse, sse_event

pytestmark = pytest.mark.usefixtures("clean_env")

KEY = "sk-test-TRANSPORT-0123456789abcdef"
MODEL = {"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"}
MODEL_LIST = {"object": "list", "data": [MODEL]}
CHUNK = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []}
GENERATED = Path(oaiclient.__file__).resolve().parent.parent


def client_for(server: RecordingServer, **options: Any) -> AsyncOpenAI:
    return AsyncOpenAI(api_key=KEY, base_url=server.url, **options)


def run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


# -- which transport -------------------------------------------------------------------------


def test_the_default_async_client_sends_plain_calls_on_its_own_connections_and_streams_through_aiohttp(
    server: RecordingServer,
) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    server.route("POST", "/v1/chat/completions", SSEResponse([sse_event(CHUNK), b"data: [DONE]\n\n"]))

    async def main() -> None:
        async with client_for(server) as client:
            assert isinstance(client._http, AiohttpAsyncClient)
            transport = client._http._aiohttp
            assert (await client.models.list()).data[0].id == "gpt-4o-mini"
            assert transport._session is None  # a plain call: aiohttp is not asked
            assert transport._pool is not None and len(transport._pool._open) == 1
            stream = await client.chat.completions.create(model="m", messages=[], stream=True)
            assert [chunk.id async for chunk in stream] == ["c"]
            session = transport._session
            assert session is not None and not session.closed
            assert session.connector is not None
            assert session.connector.limit == DEFAULT_CONNECTION_LIMITS.max_connections

    run(main())


def test_a_given_httpx_client_is_used_as_it_is(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    seen: list[httpx.Request] = []

    async def record(request: httpx.Request) -> None:
        seen.append(request)

    async def main() -> None:
        http = httpx.AsyncClient(event_hooks={"request": [record]})
        async with client_for(server, http_client=http) as client:
            assert client._http is http
            await client.models.list()
            copy = client.with_options(timeout=3)
            assert copy._http is http
            await copy.models.list()
        assert http.is_closed

    run(main())
    assert len(seen) == 2 and len(server.requests) == 2


def test_copies_share_the_aiohttp_pool(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))

    async def main() -> None:
        async with client_for(server) as client:
            copy = client.with_options(max_retries=0)
            assert copy._http is client._http
            await client.models.list()
            await copy.models.list()

    run(main())
    assert [r.connection for r in server.requests] == [1, 1]


def test_importing_the_package_or_using_the_sync_client_does_not_load_aiohttp() -> None:
    script = (
        "import sys, oaiclient\n"
        "assert 'aiohttp' not in sys.modules, 'import oaiclient'\n"
        "oaiclient.OpenAI(api_key='sk-x', base_url='http://127.0.0.1:9/v1').close()\n"
        "assert 'aiohttp' not in sys.modules, 'the sync client'\n"
        "oaiclient.AsyncOpenAI(api_key='sk-x', base_url='http://127.0.0.1:9/v1')\n"
        "assert 'aiohttp' in sys.modules, 'the async client'\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=GENERATED, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_a_proxy_in_the_environment_is_httpx_business(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a proxy configured, the default client is httpx's own, which honours it."""
    monkeypatch.setenv("HTTP_PROXY", server.origin)
    monkeypatch.delenv("NO_PROXY", raising=False)
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))

    async def main() -> None:
        async with AsyncOpenAI(api_key=KEY, base_url="http://api.example.invalid/v1") as client:
            assert type(client._http) is httpx.AsyncClient
            assert (await client.models.list()).data[0].id == "gpt-4o-mini"

    run(main())
    assert server.last.headers["host"] == "api.example.invalid"


# -- the same requests as httpx sends ----------------------------------------------------------


def _sent_by(server: RecordingServer, http_client: httpx.AsyncClient | None) -> list[Any]:
    server.clear()

    async def main() -> None:
        async with client_for(server, http_client=http_client, organization="org-1") as client:
            await client.models.list(extra_headers={"X-Custom": "yes"}, extra_query={"a": "1"})
            await client.chat.completions.create(
                model="gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}]
            )
            await client.files.create(file=("data.jsonl", b'{"a": 1}\n'), purpose="batch")
            await client.models.delete("ft:gpt-4o-mini:org:x:1")

    run(main())
    return list(server.requests)


def test_requests_on_the_wire_are_those_httpx_sends(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    chat = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "gpt-4o-mini",
        "choices": [],
    }
    server.route("POST", "/v1/chat/completions", JSONResponse(chat))
    file = {
        "id": "file-1",
        "object": "file",
        "bytes": 9,
        "created_at": 1,
        "filename": "data.jsonl",
        "purpose": "batch",
        "status": "processed",
    }
    server.route("POST", "/v1/files", JSONResponse(file))
    server.route(
        "DELETE",
        "/v1/models/ft%3Agpt-4o-mini%3Aorg%3Ax%3A1",
        JSONResponse({"id": "ft:gpt-4o-mini:org:x:1", "object": "model", "deleted": True}),
    )
    ours = _sent_by(server, None)
    theirs = _sent_by(server, httpx.AsyncClient(follow_redirects=True))
    assert len(ours) == len(theirs) == 4
    for mine, reference in zip(ours, theirs):
        assert (mine.method, mine.path, mine.query) == (reference.method, reference.path, reference.query)
        assert [name.lower() for name, _ in mine.raw_headers] == [
            name.lower() for name, _ in reference.raw_headers
        ]
        boundary = reference.headers.get("content-type", "").partition("boundary=")[2].encode()
        if boundary:
            # Multipart bodies differ only by their random boundary.
            mine_boundary = mine.headers["content-type"].partition("boundary=")[2].encode()
            assert mine.body.replace(mine_boundary, boundary) == reference.body
            mine.headers["content-type"] = reference.headers["content-type"]
        else:
            assert mine.body == reference.body
        assert mine.headers == reference.headers


def test_a_large_json_body_and_a_large_upload_arrive_whole(server: RecordingServer) -> None:
    server.route(
        "POST",
        "/v1/embeddings",
        JSONResponse(
            {"object": "list", "data": [], "model": "m", "usage": {"prompt_tokens": 1, "total_tokens": 1}}
        ),
    )
    file = {
        "id": "file-1",
        "object": "file",
        "bytes": 1,
        "created_at": 1,
        "filename": "f",
        "purpose": "batch",
    }
    server.route("POST", "/v1/files", JSONResponse(file))
    text = "word " * 60_000  # 300 KB: sent in chunks, each under the write timeout
    blob = bytes(range(256)) * 4096  # 1 MiB

    async def main() -> None:
        async with client_for(server) as client:
            await client.embeddings.create(model="m", input=text, encoding_format="float")
            await client.files.create(file=("blob.bin", blob), purpose="batch")

    run(main())
    embeddings, upload = server.requests
    assert embeddings.json["input"] == text
    assert int(embeddings.headers["content-length"]) == len(embeddings.body)
    assert blob in upload.body
    assert int(upload.headers["content-length"]) == len(upload.body)


# -- answers ---------------------------------------------------------------------------------


def test_compressed_answers_are_decoded_read_whole_or_streamed(server: RecordingServer) -> None:
    server.route(
        "GET",
        "/v1/models",
        RawResponse(
            gzip.compress(json.dumps(MODEL_LIST).encode()),
            headers={"Content-Encoding": "gzip"},
            content_type="application/json",
        ),
    )
    data = bytes(range(256)) * 100
    server.route(
        "GET",
        "/v1/files/file-1/content",
        RawResponse(
            gzip.compress(data), headers={"Content-Encoding": "gzip"}, content_type="application/octet-stream"
        ),
    )

    async def main() -> None:
        async with client_for(server) as client:
            assert (await client.models.list()).data[0].id == "gpt-4o-mini"
            raw = await client.models.with_raw_response.list()
            assert raw.headers["content-encoding"] == "gzip"
            assert raw.parse().data[0].id == "gpt-4o-mini"
            download = await client.files.content("file-1")
            assert download.content == data
            async with client.files.with_streaming_response.content("file-1") as response:
                got = b"".join([piece async for piece in response.iter_bytes()])
            assert got == data

    run(main())


@pytest.mark.parametrize("request_id", ["req-1", "req-\u00e9"])
def test_response_headers_are_what_httpx_makes_of_them(server: RecordingServer, request_id: str) -> None:
    """The aiohttp road hands its raw headers to httpx as they are; names, order, values
    (a Latin-1 one too: httpx's encoding fallback) and the request id come out as httpx's
    own transport gives them."""
    server.route(
        "GET",
        "/v1/models",
        JSONResponse(MODEL_LIST, headers={"X-Request-ID": request_id, "x-Mixed-Case": "A b"}),
    )

    async def headers_and_id(http_client: httpx.AsyncClient | None) -> tuple[Any, ...]:
        async with client_for(server, http_client=http_client) as client:
            raw = await client.models.with_raw_response.list()
            page = await client.models.list()
            headers = raw.headers
            return headers.raw, headers.encoding, headers["x-mixed-case"], page._request_id  # type: ignore[attr-defined]

    ours = run(headers_and_id(None))
    theirs = run(headers_and_id(httpx.AsyncClient()))
    assert ours[1:] == theirs[1:]
    assert ours[3] == request_id
    # The date the server stamps may differ between the two answers.
    assert [pair for pair in ours[0] if pair[0] != b"Date"] == [
        pair for pair in theirs[0] if pair[0] != b"Date"
    ]


@pytest.fixture
def raw_server() -> Iterator[tuple[int, list[bytes]]]:
    """Answers every request on a connection with the bytes queued in its list, in turn,
    then closes; records nothing. For answers the recording server cannot give."""
    answers: list[bytes] = []
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                continue
            with connection:
                connection.settimeout(5)
                buffer = b""
                while b"\r\n\r\n" not in buffer:
                    piece = connection.recv(65536)
                    if not piece:
                        break
                    buffer += piece
                if answers:
                    connection.sendall(answers.pop(0))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1], answers
    stop.set()
    thread.join(5)
    listener.close()


def test_repeated_answer_headers_keep_every_value(raw_server: tuple[int, list[bytes]]) -> None:
    port, answers = raw_server
    body = json.dumps(MODEL_LIST).encode()
    answers.append(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Multi: one\r\nX-Multi: two\r\n"
        b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(body), body)
    )

    async def main() -> httpx.Headers:
        async with AsyncOpenAI(api_key=KEY, base_url=f"http://127.0.0.1:{port}/v1") as client:
            raw = await client.models.with_raw_response.list()
            return raw.headers

    headers = run(main())
    assert headers.get_list("x-multi") == ["one", "two"]


def test_cookies_are_kept_and_sent_back_as_httpx_does(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST, headers={"Set-Cookie": "session=abc; Path=/"}))

    def cookies_sent(http_client: httpx.AsyncClient | None) -> list[str | None]:
        server.clear()

        async def main() -> None:
            async with client_for(server, http_client=http_client) as client:
                await client.models.list()
                await client.models.list()

        run(main())
        return [r.headers.get("cookie") for r in server.requests]

    reference = cookies_sent(httpx.AsyncClient())
    assert cookies_sent(None) == reference
    assert reference[0] is None


def test_aiohttp_adds_none_of_its_own_headers_whatever_a_request_lacks(server: RecordingServer) -> None:
    # aiohttp is told which of its automatic headers to leave out only when a request
    # lacks one of them; either way, the headers on the wire are the request's alone.
    server.route("POST", "/v1/echo", JSONResponse({}))
    server.route("GET", "/v1/echo", JSONResponse({}))
    url = httpx.URL(f"{server.url}/echo")
    full = {"Accept": "a/b", "Accept-Encoding": "identity", "User-Agent": "me", "Content-Type": "text/plain"}

    async def main() -> list[httpx.Request]:
        async with AiohttpAsyncClient(limits=DEFAULT_CONNECTION_LIMITS) as http:
            # Made by hand: without even the client's default headers.
            sent = [
                httpx.Request("POST", url, content=b"abc"),
                httpx.Request("GET", url),
                httpx.Request("POST", url, content=b"abc", headers=full),
                httpx.Request("POST", url, content=b"abc", headers={"User-Agent": "me"}),
            ]
            for request in sent:
                assert (await http.send(request)).status_code == 200
            return sent

    sent = run(main())
    assert len(server.requests) == 4
    for request, received in zip(sent, server.requests):
        assert received.headers == {name.lower(): value for name, value in request.headers.items()}
    assert set(server.requests[1].headers) == {"host"}
    assert server.requests[2].headers["user-agent"] == "me"


def test_each_route_and_a_new_base_url_reach_their_own_address(
    server: RecordingServer, other_server: RecordingServer
) -> None:
    # The transport keeps aiohttp's form of each URL it has sent to, by the URL object.
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    server.route("GET", "/v1/models/gpt-4o-mini", JSONResponse(MODEL))
    other_server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))

    async def main() -> None:
        async with client_for(server) as client:
            for _ in range(2):
                await client.models.list()
                await client.models.retrieve("gpt-4o-mini")
            client.base_url = httpx.URL(other_server.url + "/")
            await client.models.list()
            ftp = httpx.URL("ftp://127.0.0.1/v1/models")
            for _ in range(2):  # refused each time: only http(s) URLs are kept
                with pytest.raises(httpx.UnsupportedProtocol):
                    await client._http.get(ftp)

    run(main())
    assert [r.path for r in server.requests] == ["/v1/models", "/v1/models/gpt-4o-mini"] * 2
    assert [r.path for r in other_server.requests] == ["/v1/models"]


def test_response_hooks_cookies_and_redirects_still_run_on_the_short_road(server: RecordingServer) -> None:
    server.route("GET", "/v1/old", RawResponse(b"", status=307, headers={"Location": "/v1/models"}))
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST, headers={"Set-Cookie": "s=1; Path=/"}))
    seen: list[tuple[int, str]] = []

    async def record(response: httpx.Response) -> None:
        seen.append((response.status_code, response.url.path))

    async def main() -> httpx.Response:
        async with AiohttpAsyncClient(
            limits=DEFAULT_CONNECTION_LIMITS, event_hooks={"response": [record]}
        ) as http:
            first = await http.get(httpx.URL(f"{server.url}/old"))
            await http.get(httpx.URL(f"{server.url}/models"))
            return first

    first = run(main())
    assert seen == [(307, "/v1/old"), (200, "/v1/models"), (200, "/v1/models")]
    assert [r.status_code for r in first.history] == [307]
    assert [r.headers.get("cookie") for r in server.requests] == [None, None, "s=1"]


# -- the plain road: a call straight from the runtime, without httpx's request building -----

CHAT = {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "m", "choices": []}


def _counting_plain_sends(client: AsyncOpenAI) -> list[str]:
    """Wraps the client's `send_plain` and `fetch_plain`; the list gets each request's
    path sent either way."""
    sent: list[str] = []
    send, fetch = client._plain_sender, client._plain_fetcher
    assert send is not None and fetch is not None

    async def counting_send(plain: Any, *args: Any, **kwargs: Any) -> httpx.Response:
        sent.append(plain.url.path)
        return await send(plain, *args, **kwargs)

    async def counting_fetch(plain: Any) -> Any:
        sent.append(plain.url.path)
        return await fetch(plain)

    client._plain_sender = counting_send
    client._plain_fetcher = counting_fetch
    return sent


def test_plain_calls_take_the_plain_road_with_every_header_and_retries(server: RecordingServer) -> None:
    server.route("POST", "/v1/chat/completions", [JSONResponse({}, status=500), JSONResponse(CHAT)])
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST, headers={"x-request-id": "req-1"}))

    async def main() -> list[str]:
        async with client_for(server, organization="org-1", default_headers={"X-Team": "a"}) as client:
            sent = _counting_plain_sends(client)
            await client.chat.completions.create(
                model="m", messages=[], extra_headers={"X-Extra": "1", "X-Team": "b"}, timeout=3.0
            )
            page = await client.models.list()
            assert page._request_id == "req-1"  # type: ignore[attr-defined]
            # A query too, with one URL made for it however often it is sent.
            await client.models.list(extra_query={"limit": 1})
            await client.models.list(extra_query={"limit": 1})
            assert len(client._queried) == 1
            return sent

    sent = run(main())
    assert sent == ["/v1/chat/completions", "/v1/chat/completions"] + ["/v1/models"] * 3
    first, retried, listed, queried, again = server.requests
    for request in (first, retried):
        assert request.headers["authorization"] == f"Bearer {KEY}"
        assert request.headers["openai-organization"] == "org-1"
        assert request.headers["x-team"] == "b" and request.headers["x-extra"] == "1"
        assert request.headers["content-type"] == "application/json"
        assert request.headers["content-length"] == str(len(request.body))
        assert request.json == {"model": "m", "messages": []}
    assert "x-stainless-retry-count" not in first.headers
    assert retried.headers["x-stainless-retry-count"] == "1"
    assert listed.body == b"" and "content-type" not in listed.headers
    assert queried.query == again.query == [("limit", "1")]


def test_queries_equal_in_python_but_written_differently_get_their_own_urls(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))

    async def main() -> None:
        async with client_for(server) as client:
            for value in (1, 1.0, True):
                await client.models.list(extra_query={"limit": value})

    run(main())
    assert [request.query for request in server.requests] == [
        [("limit", "1")],
        [("limit", "1.0")],
        [("limit", "true")],
    ]


def test_azure_calls_with_their_api_version_take_the_plain_road(server: RecordingServer) -> None:
    server.route("GET", "/openai/models", JSONResponse(MODEL_LIST))

    async def main() -> list[str]:
        async with oaiclient.AsyncAzureOpenAI(
            azure_endpoint=server.origin, api_version="2024-10-21", api_key=KEY, max_retries=0
        ) as client:
            sent = _counting_plain_sends(client)
            for _ in range(2):
                assert (await client.models.list()).data[0].id == "gpt-4o-mini"
            return sent

    assert run(main()) == ["/openai/models"] * 2
    for request in server.requests:
        assert request.query == [("api-version", "2024-10-21")]
        assert request.headers["api-key"] == KEY


def test_hooks_auth_and_cookies_on_a_given_client_keep_the_general_road(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    hooked: list[str] = []

    async def hook(request: httpx.Request) -> None:
        hooked.append(request.url.path)

    async def main() -> list[str]:
        http = AiohttpAsyncClient(limits=DEFAULT_CONNECTION_LIMITS, event_hooks={"request": [hook]})
        async with client_for(server, http_client=http) as client:
            sent = _counting_plain_sends(client)
            await client.models.list()
            http.event_hooks = {"request": [], "response": []}
            http.cookies.set("c", "1")
            await client.models.list()
            http.cookies.clear()
            await client.models.list()  # nothing in the way now: the plain road
            return sent

    sent = run(main())
    assert hooked == ["/v1/models"]
    assert [r.headers.get("cookie") for r in server.requests] == [None, "c=1", None]
    assert sent == ["/v1/models"]


def test_a_cookie_jar_emptied_in_place_opens_the_plain_road_again(server: RecordingServer) -> None:
    """Deleting a client's last cookie leaves empty per-domain tables in the jar; the
    plain road still sees that no cookie is left (and a jar of another class is asked)."""
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))

    class OwnJar(http.cookiejar.CookieJar):
        pass

    async def main() -> list[str]:
        http_client = AiohttpAsyncClient(limits=DEFAULT_CONNECTION_LIMITS)
        async with client_for(server, http_client=http_client) as client:
            sent = _counting_plain_sends(client)
            http_client.cookies.set("c", "1", domain="127.0.0.1")
            await client.models.list()  # a cookie: the general road
            http_client.cookies.delete("c", domain="127.0.0.1")
            await client.models.list()
            http_client.cookies = httpx.Cookies(OwnJar())
            await client.models.list()
            return sent

    sent = run(main())
    assert [r.headers.get("cookie") for r in server.requests] == ["c=1", None, None]
    assert sent == ["/v1/models", "/v1/models"]


def test_client_params_auth_and_closing_keep_the_general_road(server: RecordingServer) -> None:
    """What the plain road checks on every call, by httpx's attributes rather than its
    properties: the client's own params (checked again when they are replaced), its
    auth, and whether it was closed."""
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))

    def add_auth(request: httpx.Request) -> httpx.Request:
        request.headers["X-Auth"] = "on"
        return request

    async def main() -> list[str]:
        http_client = AiohttpAsyncClient(limits=DEFAULT_CONNECTION_LIMITS)
        async with client_for(server, http_client=http_client) as client:
            sent = _counting_plain_sends(client)
            await client.models.list()  # plain
            http_client.params = {"p": "1"}
            await client.models.list()  # the client's params: general
            http_client.params = {}
            await client.models.list()  # plain again
            http_client.auth = add_auth
            await client.models.list()  # auth: general
            http_client.auth = None
            await client.models.list()  # plain
        with pytest.raises(RuntimeError, match="client has been closed"):
            await client.models.list()
        return sent

    sent = run(main())
    assert sent == ["/v1/models"] * 3
    assert [r.query for r in server.requests] == [[], [("p", "1")], [], [], []]
    assert [r.headers.get("x-auth") for r in server.requests] == [None, None, None, "on", None]


def test_a_call_with_its_own_timeout_sends_that_timeout_on_the_plain_road(server: RecordingServer) -> None:
    """The plain road keeps the timeout last sent with a route's headers; a call that
    gives another one is sent with that one, and the next call with the client's again."""
    server.route("GET", "/v1/models", SlowResponse(0.6, JSONResponse(MODEL_LIST)))

    async def main() -> None:
        async with client_for(server, max_retries=0, timeout=httpx.Timeout(30)) as client:
            sent = _counting_plain_sends(client)
            await client.models.list()
            with pytest.raises(oaiclient.APITimeoutError):
                await client.models.list(timeout=httpx.Timeout(30, read=0.2))
            await client.models.list()  # the client's 30 s again
            assert sent == ["/v1/models"] * 3

    run(main())


def test_a_json_body_has_the_arguments_given_in_parameter_order(server: RecordingServer) -> None:
    """Arguments left out are not sent; one given as None is sent as null; the keys come
    in the order of the method's parameters, whatever the order of the call's keywords."""
    server.route("POST", "/v1/chat/completions", JSONResponse(CHAT))

    async def main() -> None:
        async with client_for(server) as client:
            await client.chat.completions.create(temperature=None, n=2, messages=[], model="m")

    run(main())
    (request,) = server.requests
    assert request.body == b'{"model":"m","messages":[],"n":2,"temperature":null}'


def test_a_plain_call_redirected_elsewhere_loses_its_credentials(server: RecordingServer) -> None:
    with RecordingServer() as elsewhere:
        elsewhere.route("POST", "/v1/chat/completions", JSONResponse(CHAT))
        server.route(
            "POST",
            "/v1/chat/completions",
            RawResponse(b"", status=307, headers={"Location": f"{elsewhere.url}/chat/completions"}),
        )

        async def main() -> list[str]:
            async with client_for(server) as client:
                sent = _counting_plain_sends(client)
                await client.chat.completions.create(model="m", messages=[])
                return sent

        assert run(main()) == ["/v1/chat/completions"]
        assert server.requests[0].headers["authorization"] == f"Bearer {KEY}"
        (moved,) = elsewhere.requests
        assert "authorization" not in moved.headers
        assert moved.json == {"model": "m", "messages": []}


@pytest.fixture
def httpx_objects_made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each httpx request and response the aiohttp client makes for the plain road."""
    made: list[str] = []
    make_request, make_response = _aiohttp_transport._httpx_request, _aiohttp_transport._whole_response

    def request(*args: Any) -> httpx.Request:
        made.append("request")
        return make_request(*args)

    def response(*args: Any) -> httpx.Response:
        made.append("response")
        return make_response(*args)

    monkeypatch.setattr(_aiohttp_transport, "_httpx_request", request)
    monkeypatch.setattr(_aiohttp_transport, "_whole_response", response)
    return made


def test_a_plain_success_is_read_without_httpx_objects(
    server: RecordingServer, httpx_objects_made: list[str]
) -> None:
    """A 2xx answer with nothing to decode and no cookie is validated from aiohttp's bytes:
    neither the httpx request nor the httpx response is made; the request id still is read."""
    server.route("POST", "/v1/chat/completions", JSONResponse(CHAT, headers={"X-Request-ID": "req-7"}))
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST, headers={"X-Request-ID": "req-8"}))

    async def main() -> list[Any]:
        async with client_for(server) as client:
            completion = await client.chat.completions.create(model="m", messages=[])
            page = await client.models.list()
            made_before = list(httpx_objects_made)
            raw = await client.models.with_raw_response.list()
            return [completion, page, made_before, raw]

    completion, page, made_before, raw = run(main())
    assert made_before == []
    assert completion.id == "chatcmpl-1" and completion._request_id == "req-7"
    assert page.data[0].id == "gpt-4o-mini" and page._request_id == "req-8"
    # The page can still ask for the next one.
    assert page._client is not None
    # Asked for the response, the client makes both, once.
    assert httpx_objects_made == ["request", "response"]
    assert raw.http_request.url.path == "/v1/models"


def test_answers_that_are_not_a_plain_success_go_through_httpx(
    server: RecordingServer, httpx_objects_made: list[str]
) -> None:
    """A cookie to keep, a body to decode, or a status to act on: the answer becomes an
    httpx response, with its request, and everything httpx does with it is done."""
    server.route(
        "POST",
        "/v1/chat/completions",
        [
            JSONResponse(CHAT, headers={"Set-Cookie": "s=1; Path=/"}),
            RawResponse(
                gzip.compress(json.dumps(CHAT).encode()),
                headers={"Content-Encoding": "gzip"},
                content_type="application/json",
            ),
            JSONResponse({"error": {"message": "busy"}}, status=429, headers={"Retry-After": "0"}),
            JSONResponse(CHAT),
        ],
    )

    async def main() -> list[Any]:
        async with client_for(server, max_retries=1) as client:
            first = await client.chat.completions.create(model="m", messages=[])
            cookie_kept = len(client._http.cookies.jar)
            client._http.cookies.clear()  # the plain road again
            second = await client.chat.completions.create(model="m", messages=[])
            made = list(httpx_objects_made)
            third = await client.chat.completions.create(model="m", messages=[])
            return [first, cookie_kept, second, made, third]

    first, cookie_kept, second, made, third = run(main())
    assert first.id == second.id == third.id == "chatcmpl-1"
    assert cookie_kept == 1
    assert made == ["request", "response"] * 2
    # The 429's response was made (to retry by it); the retry's plain success was not.
    assert httpx_objects_made == made + ["request", "response"]
    assert server.requests[3].headers["x-stainless-retry-count"] == "1"


def test_a_plain_answer_that_does_not_validate_names_its_response(server: RecordingServer) -> None:
    server.route("POST", "/v1/chat/completions", JSONResponse({"id": 5}, headers={"X-Request-ID": "req-9"}))

    async def main() -> oaiclient.APIResponseValidationError:
        async with client_for(server) as client:
            with pytest.raises(oaiclient.APIResponseValidationError) as caught:
                await client.chat.completions.create(model="m", messages=[])
            return caught.value

    error = run(main())
    assert error.response.status_code == 200
    assert error.response.request.url.path == "/v1/chat/completions"
    assert error.response.headers["x-request-id"] == "req-9"
    assert error.body == {"id": 5}
    assert "CreateChatCompletionResponse" in str(error)


def test_a_repeated_request_id_reads_as_httpx_reads_it(raw_server: tuple[int, list[bytes]]) -> None:
    port, answers = raw_server
    body = json.dumps(CHAT).encode()
    for request_id in (b"X-Request-ID: a\r\nX-Request-ID: b", b"X-Request-ID: caf\xe9"):
        answers.append(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n%s\r\n"
            b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (request_id, len(body), body)
        )

    async def main() -> list[str | None]:
        async with AsyncOpenAI(api_key=KEY, base_url=f"http://127.0.0.1:{port}/v1") as client:
            ids = []
            for _ in range(2):
                completion = await client.chat.completions.create(model="m", messages=[])
                ids.append(completion._request_id)
            return ids

    assert run(main()) == ["a, b", "caf\u00e9"]


def test_a_plain_request_and_answer_keep_the_key_out_of_their_reprs(server: RecordingServer) -> None:
    server.route("POST", "/v1/chat/completions", JSONResponse(CHAT))
    shown: list[str] = []

    async def main() -> None:
        async with client_for(server) as client:
            fetch = client._plain_fetcher
            assert fetch is not None

            async def showing(plain: Any) -> Any:
                answer = await fetch(plain)
                shown.extend([repr(plain), str(plain), repr(answer)])
                return answer

            client._plain_fetcher = showing
            await client.chat.completions.create(model="m", messages=[])

    run(main())
    assert len(shown) == 3
    assert not [text for text in shown if KEY in text or KEY[-8:] in text]


def test_off_asyncio_the_plain_road_goes_through_httpx_own_transport(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On an event loop aiohttp cannot run on (trio, which is not installed here: the
    check is made to say no), plain calls and pages still arrive, through httpx's pool."""
    server.route("POST", "/v1/chat/completions", JSONResponse(CHAT, headers={"X-Request-ID": "req-3"}))
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    monkeypatch.setattr(_aiohttp_transport.AiohttpTransport, "_on_asyncio", lambda self: False)

    async def main() -> list[Any]:
        async with client_for(server) as client:
            completion = await client.chat.completions.create(model="m", messages=[])
            page = await client.models.list()
            raw = await client.models.with_raw_response.list()
            transport = client._http._aiohttp
            return [completion, page, raw, transport._session, transport._fallback]

    completion, page, raw, session, fallback = run(main())
    assert completion._request_id == "req-3" and page.data[0].id == "gpt-4o-mini"
    assert raw.http_request.url.path == "/v1/models" and raw.parse().data[0].id == "gpt-4o-mini"
    assert session is None and fallback is not None
    assert [r.path for r in server.requests] == ["/v1/chat/completions", "/v1/models", "/v1/models"]


# -- timeouts and limits ---------------------------------------------------------------------


@pytest.fixture
def deaf_server() -> Iterator[tuple[int, Callable[[], None]]]:
    """A server that accepts connections and never reads from them: uploads stall.
    Also gives a function that hangs up on every connection it holds."""
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    def hang_up() -> None:
        while held:
            connection = held.pop()
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            connection.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1], hang_up
    stop.set()
    thread.join(5)
    hang_up()
    listener.close()


def _write_timed_out(
    deaf_server: tuple[int, Callable[[], None]], send: Callable[[AsyncOpenAI, httpx.Timeout], Any]
) -> tuple[BaseException, float]:
    """`send` (a call with the timeout it is given) to a server that never reads: the
    error, which must be our timeout error, and how long it took. Bounded at 10 s, so a
    body sent without a write timeout fails the test instead of waiting forever."""
    deaf_port, hang_up = deaf_server

    async def main() -> tuple[BaseException, float]:
        async with AsyncOpenAI(
            api_key=KEY, base_url=f"http://127.0.0.1:{deaf_port}/v1", max_retries=0
        ) as client:
            started = time.monotonic()
            with pytest.raises(oaiclient.APITimeoutError) as caught:
                await asyncio.wait_for(send(client, httpx.Timeout(30, write=0.3)), 10)
            assert client._http._aiohttp.connections_in_use() == 0
            took = time.monotonic() - started
            # The socket still holds unsent bytes (asyncio closes it once they are
            # written or the peer goes): the peer goes.
            hang_up()
            await asyncio.sleep(0.2)
            return caught.value, took

    result: tuple[BaseException, float] = run(main())
    return result


def test_the_write_timeout_stops_an_upload_nobody_reads(deaf_server: tuple[int, Callable[[], None]]) -> None:
    blob = b"x" * (16 * 1024 * 1024)
    error, elapsed = _write_timed_out(
        deaf_server,
        lambda client, timeout: client.files.create(file=("big.bin", blob), purpose="batch", timeout=timeout),
    )
    assert isinstance(error.__cause__, httpx.WriteTimeout)
    assert 0.3 <= elapsed < 5


def test_the_write_timeout_stops_a_large_json_body_nobody_reads(
    deaf_server: tuple[int, Callable[[], None]],
) -> None:
    """A JSON body over 64 KiB leaves the plain road (which sends a body whole) for the
    general one, which writes it in pieces, each under the write timeout."""
    text = "word " * (3 * 1024 * 1024)  # 15 MiB
    error, elapsed = _write_timed_out(
        deaf_server,
        lambda client, timeout: client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": text}], timeout=timeout
        ),
    )
    assert isinstance(error.__cause__, httpx.WriteTimeout)
    assert 0.3 <= elapsed < 5


def test_the_read_timeout_covers_the_wait_for_headers_and_each_piece_of_body(server: RecordingServer) -> None:
    events = [sse_event({"n": 1})]
    server.route("GET", "/v1/models", SlowResponse(5, JSONResponse(MODEL_LIST)))
    server.route("GET", "/v1/files/file-1/content", SSEResponse(events, wait_for_disconnect=True))

    async def main() -> None:
        async with client_for(server, max_retries=0, timeout=httpx.Timeout(30, read=0.3)) as client:
            started = time.monotonic()
            with pytest.raises(oaiclient.APITimeoutError) as caught:
                await client.models.list()
            assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
            assert time.monotonic() - started < 3
            async with client.files.with_streaming_response.content("file-1") as response:
                with pytest.raises(httpx.ReadTimeout):
                    async for _ in response.iter_bytes():
                        pass
            assert client._http._aiohttp.connections_in_use() == 0

    run(main())


def test_connection_limits_hold_and_the_pool_wait_times_out(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", SlowResponse(0.3, JSONResponse(MODEL_LIST)))

    async def main() -> None:
        http = AiohttpAsyncClient(limits=httpx.Limits(max_connections=2))
        async with client_for(server, http_client=http, max_retries=0) as client:
            await asyncio.gather(*(client.models.list() for _ in range(6)))

            # Both connections busy: a third call waits, and its pool timeout ends the wait.
            async def list_models() -> Any:
                return await client.models.list()

            busy = [asyncio.create_task(list_models()) for _ in range(2)]
            await asyncio.sleep(0.05)
            started = time.monotonic()
            with pytest.raises(oaiclient.APITimeoutError):
                await client.models.list(timeout=httpx.Timeout(30, connect=0.05, pool=0.05))
            assert time.monotonic() - started < 0.28
            await asyncio.gather(*busy)

    run(main())
    assert {r.connection for r in server.requests} <= {1, 2}


# -- closing and event loops -------------------------------------------------------------------


def test_closing_the_client_closes_its_connections(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))

    async def main() -> None:
        client = client_for(server)
        await client.models.list()
        assert server.open_connections == 1
        await client.close()
        assert client._http._aiohttp._session is None
        assert await asyncio.to_thread(server.wait_for_open_connections, 0)
        with pytest.raises(RuntimeError, match="closed"):
            await client.models.list()

    run(main())


def test_one_client_serves_one_event_loop_after_another(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    client = client_for(server)

    async def call() -> str:
        return (await client.models.list()).data[0].id

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert run(call()) == "gpt-4o-mini"
        assert run(call()) == "gpt-4o-mini"  # a new session; the first loop's is let go
        run(client.close())
        gc.collect()
    assert len(server.requests) == 2
    # The first loop's socket can only be closed by the garbage collector now (Python
    # warns about that, as it does for httpx's); aiohttp has nothing to complain about.
    assert not [w for w in caught if "Unclosed" in str(w.message)]


def test_a_client_never_closed_leaves_no_aiohttp_warning(server: RecordingServer) -> None:
    """As with httpx, its sockets are left to the garbage collector (that is Python's
    own warning, shown here too); aiohttp's own complaints about an unclosed session
    or connector, and its error log, must not appear."""
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    script = (
        "import asyncio, gc, sys, oaiclient\n"
        f"client = oaiclient.AsyncOpenAI(api_key='sk-x', base_url={server.url!r})\n"
        "async def main():\n"
        "    await client.models.list()\n"
        "asyncio.run(main())\n"
        "del client\n"
        "gc.collect()\n"
        "print('done')\n"
    )
    done = subprocess.run(
        [sys.executable, "-W", "always::ResourceWarning", "-c", script],
        cwd=GENERATED,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "NO_PROXY": "127.0.0.1"},
    )
    assert done.returncode == 0 and done.stdout.strip() == "done", done.stderr
    assert "Unclosed" not in done.stderr, done.stderr


# -- TLS -----------------------------------------------------------------------------------------


@pytest.fixture
def tls_port(tmp_path: Path) -> Iterator[tuple[int, list[int]]]:
    """An HTTPS listener with a self-signed certificate (which no client trusts); counts
    the connections it accepts."""
    import ssl

    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"]
        + ["-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: list[int] = []
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                continue
            accepted.append(1)
            connection.settimeout(5)
            try:
                with context.wrap_socket(connection, server_side=True):
                    pass
            except (OSError, ssl.SSLError):
                connection.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1], accepted
    stop.set()
    thread.join(5)
    listener.close()


def test_a_certificate_that_does_not_verify_is_a_connection_error_not_retried(
    tls_port: tuple[int, list[int]],
) -> None:
    import ssl

    port, accepted = tls_port

    async def main() -> BaseException:
        async with AsyncOpenAI(api_key=KEY, base_url=f"https://127.0.0.1:{port}/v1", max_retries=2) as client:
            with pytest.raises(oaiclient.APIConnectionError) as caught:
                await client.models.list()
            return caught.value

    error = run(main())
    assert not isinstance(error, oaiclient.APITimeoutError)
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert isinstance(error.__cause__.__cause__, ssl.SSLCertVerificationError)
    assert len(accepted) == 1
