"""Client configuration against the recording server: callable keys, `with_options`,
closing the connection pool, environment variables, and credentials on redirects.

Most tests run the same scenario through `OpenAI` and `AsyncOpenAI`: the scenario is
an async function, and `settle` awaits what the async client returns and passes the
sync client's results through (a sync call inside the event loop just blocks it).
"""

from __future__ import annotations

import asyncio
import gc
import inspect
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest

import oaiclient
from oaiclient import AsyncOpenAI, OpenAI
from tests.servers import HangResponse, JSONResponse, RecordedRequest, RecordingServer

pytestmark = pytest.mark.usefixtures("clean_env")

KEY = "sk-config-SECRET-0123456789"
MODEL = {"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"}
MODEL_LIST = {"object": "list", "data": [MODEL]}
CHAT = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4o",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "hi", "refusal": None},
            "logprobs": None,
            "finish_reason": "stop",
        }
    ],
}
MESSAGES: list[Any] = [{"role": "user", "content": "Hello?"}]
RATE_LIMITED = JSONResponse(
    {"error": {"message": "slow down", "type": "rate_limit", "param": None, "code": None}},
    status=429,
    headers={"retry-after-ms": "1"},
)


async def settle(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


@pytest.fixture(params=["sync", "async"])
def cls(request: pytest.FixtureRequest) -> type[OpenAI] | type[AsyncOpenAI]:
    return AsyncOpenAI if request.param == "async" else OpenAI


def run(scenario: Callable[[], Awaitable[Any]]) -> Any:
    return asyncio.run(scenario())


def rotating(prefix: str) -> tuple[Callable[[], str], list[str]]:
    """A key callable that gives a new key on every call, and the list of keys given."""
    given: list[str] = []

    def next_key() -> str:
        given.append(f"{prefix}-{len(given) + 1}")
        return given[-1]

    return next_key, given


def bearer(request: RecordedRequest) -> str | None:
    return request.headers.get("authorization")


# -- callable keys -------------------------------------------------------------------


def test_a_callable_key_is_asked_before_every_request(server: RecordingServer, cls: Any) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    key, given = rotating("sk-rotated")

    async def scenario() -> None:
        client = cls(api_key=key, base_url=server.url, max_retries=0)
        assert given == [], "the key is only asked for when a request is sent"
        for _ in range(3):
            await settle(client.models.list())
        await settle(client.close())

    run(scenario)
    assert given == ["sk-rotated-1", "sk-rotated-2", "sk-rotated-3"]
    assert [bearer(r) for r in server.requests] == [f"Bearer {k}" for k in given]


def test_a_callable_key_is_asked_again_for_a_retry(server: RecordingServer, cls: Any) -> None:
    server.route("GET", "/v1/models", [RATE_LIMITED, JSONResponse(MODEL_LIST)])
    key, given = rotating("sk-retry")

    async def scenario() -> None:
        client = cls(api_key=key, base_url=server.url, max_retries=1)
        await settle(client.models.list())
        await settle(client.close())

    run(scenario)
    assert [bearer(r) for r in server.requests] == ["Bearer sk-retry-1", "Bearer sk-retry-2"]


def test_async_client_takes_an_async_key_callable(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    asked = 0

    async def key() -> str:
        nonlocal asked
        await asyncio.sleep(0)
        asked += 1
        return f"sk-async-{asked}"

    async def scenario() -> None:
        async with AsyncOpenAI(api_key=key, base_url=server.url, max_retries=0) as client:
            await client.models.list()
            # Concurrent requests each get the key asked for them.
            await asyncio.gather(client.models.list(), client.models.list())

    run(scenario)
    assert sorted(bearer(r) or "" for r in server.requests) == [f"Bearer sk-async-{n}" for n in (1, 2, 3)]


def test_a_callable_key_beats_the_environment(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    with OpenAI(api_key=lambda: "sk-from-callable", base_url=server.url, max_retries=0) as client:
        client.models.list()
    assert bearer(server.last) == "Bearer sk-from-callable"


@pytest.mark.parametrize("answer", ["", None, 42, b"sk-bytes-SECRET"], ids=["empty", "none", "int", "bytes"])
def test_a_key_callable_must_return_a_non_empty_string(
    server: RecordingServer, cls: Any, answer: object
) -> None:
    async def scenario() -> None:
        client = cls(api_key=lambda: answer, base_url=server.url, max_retries=0)
        try:
            with pytest.raises(oaiclient.OpenAIError) as caught:
                await settle(client.models.list())
        finally:
            await settle(client.close())
        message = str(caught.value)
        assert "api_key" in message and "non-empty string" in message
        assert "SECRET" not in message and "SECRET" not in repr(caught.value)

    run(scenario)
    assert server.requests == [], "nothing is sent without a key"


def test_a_sync_client_refuses_an_async_key_callable(server: RecordingServer) -> None:
    async def key() -> str:
        return KEY

    with OpenAI(api_key=key, base_url=server.url, max_retries=0) as client:
        with pytest.raises(oaiclient.OpenAIError, match="async client"):
            client.models.list()
    assert server.requests == []


def test_an_error_from_the_key_callable_propagates_and_nothing_is_sent(
    server: RecordingServer, cls: Any
) -> None:
    def key() -> str:
        raise LookupError("the vault is sealed")

    async def scenario() -> None:
        client = cls(api_key=key, base_url=server.url, max_retries=2)
        with pytest.raises(LookupError, match="vault"):
            await settle(client.models.list())
        await settle(client.close())

    run(scenario)
    assert server.requests == []


def test_a_callable_key_never_shows_in_repr_or_errors(server: RecordingServer, cls: Any) -> None:
    server.route(
        "GET",
        "/v1/models/gpt-4o-mini",
        JSONResponse(
            {"error": {"message": "bad key", "type": "auth", "param": None, "code": None}}, status=401
        ),
    )

    async def scenario() -> None:
        client = cls(api_key=lambda: KEY, base_url=server.url, max_retries=0)
        copy = client.with_options(organization="org-x")
        for shown in (client, copy):
            assert KEY not in repr(shown) and KEY not in str(shown)
        # A callable key has no fixed headers to show; it is only asked when sending.
        assert client.auth_headers == {}
        with pytest.raises(oaiclient.AuthenticationError) as caught:
            await settle(client.models.retrieve("gpt-4o-mini"))
        await settle(client.close())
        seen: BaseException | None = caught.value
        while seen is not None:
            assert KEY not in str(seen) and KEY not in repr(seen)
            assert all(KEY not in repr(arg) for arg in seen.args)
            seen = seen.__cause__ or seen.__context__

    run(scenario)
    assert bearer(server.last) == f"Bearer {KEY}"


# -- with_options ----------------------------------------------------------------------


def test_with_options_overrides_settings_and_leaves_the_original_alone(
    server: RecordingServer, cls: Any
) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    server.route("GET", "/other/v1/models", JSONResponse(MODEL_LIST))

    async def scenario() -> None:
        client = cls(
            api_key="sk-original",
            organization="org-original",
            project="proj-original",
            base_url=server.url,
            max_retries=0,
            default_headers={"X-Team": "original", "X-Keep": "kept"},
            default_query={"tenant": "original", "keep": "1"},
        )
        copy = client.with_options(
            api_key="sk-copy",
            organization="org-copy",
            project="proj-copy",
            base_url=f"{server.origin}/other/v1",
            default_headers={"x-team": "copy"},
            default_query={"tenant": "copy"},
        )
        await settle(copy.models.list())
        await settle(client.models.list())
        await settle(client.close())

    run(scenario)
    copied, original = server.requests
    assert copied.path == "/other/v1/models"
    assert copied.headers["authorization"] == "Bearer sk-copy"
    assert copied.headers["openai-organization"] == "org-copy"
    assert copied.headers["openai-project"] == "proj-copy"
    # Merged: the new value replaces the old one whatever the case of its name.
    assert copied.headers["x-team"] == "copy"
    assert [name for name, _ in copied.raw_headers if name.lower() == "x-team"] == ["x-team"]
    assert copied.headers["x-keep"] == "kept"
    assert sorted(copied.query) == [("keep", "1"), ("tenant", "copy")]
    assert original.path == "/v1/models"
    assert original.headers["authorization"] == "Bearer sk-original"
    assert original.headers["openai-organization"] == "org-original"
    assert original.headers["openai-project"] == "proj-original"
    assert original.headers["x-team"] == "original"
    assert sorted(original.query) == [("keep", "1"), ("tenant", "original")]


def test_with_options_keeps_what_is_not_overridden(server: RecordingServer, cls: Any) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    key, given = rotating("sk-kept")

    async def scenario() -> None:
        client = cls(
            api_key=key,
            organization="org-1",
            project="proj-1",
            base_url=server.url,
            timeout=12.5,
            max_retries=0,
            default_headers={"X-Team": "t"},
            default_query={"tenant": "t"},
        )
        copy = client.copy()
        assert type(copy) is type(client)
        assert copy.timeout == 12.5 and copy.max_retries == 0
        await settle(copy.models.list())
        await settle(client.close())

    run(scenario)
    request = server.last
    assert given == ["sk-kept-1"], "the copy asks the same key callable"
    assert request.headers["authorization"] == "Bearer sk-kept-1"
    assert request.headers["openai-organization"] == "org-1"
    assert request.headers["openai-project"] == "proj-1"
    assert request.headers["x-team"] == "t"
    assert request.query == [("tenant", "t")]


def test_set_default_headers_and_query_replace_them(server: RecordingServer, cls: Any) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))

    async def scenario() -> None:
        client = cls(
            api_key=KEY,
            base_url=server.url,
            max_retries=0,
            default_headers={"X-Old": "1"},
            default_query={"old": "1"},
        )
        copy = client.with_options(set_default_headers={"X-New": "2"}, set_default_query={"new": "2"})
        await settle(copy.models.list())
        await settle(client.close())

    run(scenario)
    assert "x-old" not in server.last.headers
    assert server.last.headers["x-new"] == "2"
    assert server.last.query == [("new", "2")]


@pytest.mark.parametrize(
    "options",
    [
        {"default_headers": {"A": "1"}, "set_default_headers": {"B": "2"}},
        {"default_query": {"a": "1"}, "set_default_query": {"b": "2"}},
    ],
    ids=["headers", "query"],
)
def test_merging_and_replacing_defaults_at_once_is_an_error(cls: Any, options: dict[str, Any]) -> None:
    async def scenario() -> None:
        client = cls(api_key=KEY, base_url="http://127.0.0.1:9/v1")
        with pytest.raises(ValueError, match="not both"):
            client.with_options(**options)
        await settle(client.close())

    run(scenario)


def test_with_options_timeout_applies_to_the_copy_only(server: RecordingServer, cls: Any) -> None:
    server.route("GET", "/v1/models", HangResponse(5))

    async def scenario() -> None:
        client = cls(api_key=KEY, base_url=server.url, max_retries=0)
        copy = client.with_options(timeout=0.2)
        assert client.timeout != 0.2
        started = time.monotonic()
        with pytest.raises(oaiclient.APITimeoutError):
            await settle(copy.models.list())
        assert time.monotonic() - started < 3
        await settle(client.close())

    run(scenario)


def test_with_options_max_retries_applies_to_the_copy_only(server: RecordingServer, cls: Any) -> None:
    server.route("GET", "/v1/models", RATE_LIMITED)

    async def scenario() -> None:
        client = cls(api_key=KEY, base_url=server.url, max_retries=0)
        with pytest.raises(oaiclient.RateLimitError):
            await settle(client.with_options(max_retries=2).models.list())
        assert len(server.requests) == 3
        server.clear()
        with pytest.raises(oaiclient.RateLimitError):
            await settle(client.models.list())
        assert len(server.requests) == 1
        await settle(client.close())

    run(scenario)


def test_a_copy_shares_the_connection_pool(server: RecordingServer, cls: Any) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))

    async def scenario() -> None:
        client = cls(api_key=KEY, base_url=server.url, max_retries=0)
        await settle(client.models.list())
        copy = client.with_options(api_key="sk-other", default_headers={"X-Copy": "1"})
        await settle(copy.models.list())
        await settle(client.models.list())
        await settle(client.close())

    run(scenario)
    assert len(server.requests) == 3
    assert len({request.connection for request in server.requests}) == 1, "one connection, reused"
    assert server.requests[1].headers["authorization"] == "Bearer sk-other"


def test_a_copy_with_its_own_http_client_uses_it(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    own = httpx.Client(headers={"X-Own-Client": "yes"})
    with OpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
        copy = client.with_options(http_client=own)
        copy.models.list()
        assert server.last.headers.get("x-own-client") == "yes"
        copy.close()
        assert own.is_closed
        # The original's pool is another one, still open.
        client.models.list()
        assert "x-own-client" not in server.last.headers


def test_a_garbage_collected_copy_leaves_the_shared_pool_open(server: RecordingServer, cls: Any) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))

    async def scenario() -> None:
        client = cls(api_key=KEY, base_url=server.url, max_retries=0)
        await settle(client.models.list())
        copy = client.with_options(max_retries=1)
        await settle(copy.models.list())
        del copy
        gc.collect()
        await asyncio.sleep(0.05)  # room for anything a finaliser might have scheduled
        await settle(client.models.list())
        await settle(client.close())

    run(scenario)
    assert len(server.requests) == 3
    assert len({request.connection for request in server.requests}) == 1


# -- closing -----------------------------------------------------------------------------


def _wait_until_closed(server: RecordingServer) -> bool:
    deadline = time.monotonic() + 3
    while server.open_connections and time.monotonic() < deadline:
        time.sleep(0.01)
    return server.open_connections == 0


def test_leaving_the_with_block_closes_the_connection_pool(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    with OpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
        client.models.list()
        assert server.open_connections == 1, "kept alive while the client is open"
    assert _wait_until_closed(server)
    with pytest.raises(RuntimeError):
        client.models.list()


def test_leaving_the_async_with_block_closes_the_connection_pool(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))

    async def scenario() -> None:
        async with AsyncOpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
            await client.models.list()
            assert server.open_connections == 1
        assert await asyncio.to_thread(_wait_until_closed, server)
        with pytest.raises(RuntimeError):
            await client.models.list()

    run(scenario)


def test_close_closes_the_pool_for_the_copies_too(server: RecordingServer, cls: Any) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))

    async def scenario() -> None:
        client = cls(api_key=KEY, base_url=server.url, max_retries=0)
        copy = client.with_options(organization="org-1")
        await settle(copy.models.list())
        await settle(client.close())
        assert await asyncio.to_thread(_wait_until_closed, server)
        with pytest.raises(RuntimeError):
            await settle(copy.models.list())

    run(scenario)


# -- environment and errors ---------------------------------------------------------------


def test_settings_from_the_environment_carry_over_to_copies(
    server: RecordingServer, cls: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-env")
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))

    async def scenario() -> Any:
        client = cls(max_retries=0)
        copy = client.with_options(project="proj-copy")
        # Changing the environment later changes neither client.
        monkeypatch.setenv("OPENAI_API_KEY", "sk-changed")
        monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
        await settle(client.models.list())
        await settle(copy.models.list())
        await settle(client.close())

    run(scenario)
    original, copied = server.requests
    for request in (original, copied):
        assert request.headers["authorization"] == "Bearer sk-env"
        assert request.headers["openai-organization"] == "org-env"
    assert original.headers["openai-project"] == "proj-env"
    assert copied.headers["openai-project"] == "proj-copy"


def test_a_copy_needs_a_key_like_the_original(cls: Any) -> None:
    async def scenario() -> None:
        client = cls(api_key=KEY, base_url="http://127.0.0.1:9/v1")
        with pytest.raises(oaiclient.OpenAIError, match="OPENAI_API_KEY"):
            client.with_options(api_key="")
        await settle(client.close())

    run(scenario)


def test_negative_max_retries_is_refused_in_a_copy(cls: Any) -> None:
    async def scenario() -> None:
        client = cls(api_key=KEY, base_url="http://127.0.0.1:9/v1")
        with pytest.raises(ValueError, match="max_retries"):
            client.with_options(max_retries=-1)
        await settle(client.close())

    run(scenario)


# -- credentials and redirects --------------------------------------------------------------


@pytest.fixture
def redirect_to_other(server: RecordingServer, other_server: RecordingServer) -> Iterator[None]:
    """`server` sends chat completions on to `other_server`, another origin."""
    server.route(
        "POST",
        "/v1/chat/completions",
        JSONResponse({}, status=307, headers={"Location": f"{other_server.url}/chat/completions"}),
    )
    other_server.route("POST", "/v1/chat/completions", JSONResponse(CHAT))
    yield


@pytest.mark.usefixtures("redirect_to_other")
@pytest.mark.parametrize("own_http_client", [False, True], ids=["default-pool", "given-pool"])
def test_a_redirect_to_another_origin_carries_no_credentials(
    server: RecordingServer, other_server: RecordingServer, cls: Any, own_http_client: bool
) -> None:
    async def scenario() -> Any:
        options: dict[str, Any] = {}
        if own_http_client:
            http = httpx.AsyncClient if cls is AsyncOpenAI else httpx.Client
            options["http_client"] = http(follow_redirects=True)
        client = cls(api_key=KEY, organization="org-1", base_url=server.url, max_retries=0, **options)
        reply = await settle(
            client.chat.completions.create(
                model="gpt-4o", messages=MESSAGES, extra_headers={"api-key": "sk-gateway-SECRET"}
            )
        )
        await settle(client.close())
        return reply

    reply = run(scenario)
    assert reply.choices[0].message.content == "hi"
    (first,) = server.requests
    assert first.headers["authorization"] == f"Bearer {KEY}"
    assert first.headers["api-key"] == "sk-gateway-SECRET"
    (moved,) = other_server.requests
    assert moved.json == first.json, "a 307 keeps the body"
    assert "authorization" not in moved.headers
    assert "api-key" not in moved.headers
    # Headers that are not credentials go along.
    assert moved.headers["openai-organization"] == "org-1"


def test_a_redirect_on_the_same_origin_keeps_the_credentials(server: RecordingServer, cls: Any) -> None:
    server.route(
        "POST",
        "/v1/chat/completions",
        JSONResponse({}, status=307, headers={"Location": "/v2/chat/completions"}),
    )
    server.route("POST", "/v2/chat/completions", JSONResponse(CHAT))

    async def scenario() -> None:
        client = cls(api_key=KEY, base_url=server.url, max_retries=0)
        await settle(
            client.chat.completions.create(
                model="gpt-4o", messages=MESSAGES, extra_headers={"api-key": "sk-gw"}
            )
        )
        await settle(client.close())

    run(scenario)
    first, moved = server.requests
    assert moved.path == "/v2/chat/completions"
    assert moved.headers["authorization"] == f"Bearer {KEY}"
    assert moved.headers["api-key"] == "sk-gw"
