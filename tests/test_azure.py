"""Azure OpenAI deployments through `AzureOpenAI` and `AsyncAzureOpenAI`, against the
recording server: URL shapes, the `api-version` parameter, the three kinds of credential,
environment variables, configuration errors, `with_options`, credentials on redirects,
and the same requests as the official package's Azure clients for every operation.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import unquote

import httpx
import openai
import openai.lib.azure
import pytest

import oaiclient
from oaiclient import AsyncAzureOpenAI, AzureOpenAI
from oaiclient._azure import DEPLOYMENT_ROUTES
from tests.servers import JSONResponse, RecordedRequest, RecordingServer, Response
from tests.test_wire_compat import CASES, Case, assert_same_request

pytestmark = pytest.mark.usefixtures("clean_azure_env")

VERSION = "2024-10-21"
KEY = "azure-key-SECRET-0123456789"
TOKEN = "entra-token-SECRET-9876543210"
MODEL = {"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "system"}
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
COMPLETION = {
    "id": "cmpl-1",
    "object": "text_completion",
    "created": 1,
    "model": "m",
    "choices": [{"text": "x", "index": 0, "logprobs": None, "finish_reason": "stop"}],
}
EMBEDDINGS = {
    "object": "list",
    "model": "m",
    "data": [{"object": "embedding", "index": 0, "embedding": [0.5]}],
    "usage": {"prompt_tokens": 1, "total_tokens": 1},
}
IMAGES = {"created": 1, "data": [{"url": "https://example.test/x.png"}]}
MESSAGES: list[Any] = [{"role": "user", "content": "Hello?"}]


async def settle(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


def run(scenario: Callable[[], Any]) -> Any:
    return asyncio.run(scenario())


@pytest.fixture(params=["sync", "async"])
def cls(request: pytest.FixtureRequest) -> type[AzureOpenAI] | type[AsyncAzureOpenAI]:
    return AsyncAzureOpenAI if request.param == "async" else AzureOpenAI


def call_once(cls: Any, call: Callable[[Any], Any], **options: Any) -> Any:
    """Makes a client of `cls`, calls `call` with it, closes it; returns what it returned."""

    async def scenario() -> Any:
        client = cls(**{"api_version": VERSION, "max_retries": 0, **options})
        try:
            return await settle(call(client))
        finally:
            await settle(client.close())

    return run(scenario)


def chat(client: Any, model: str = "my-chat") -> Any:
    return client.chat.completions.create(model=model, messages=MESSAGES)


def list_models(client: Any) -> Any:
    return client.models.list()


# -- URL shapes ----------------------------------------------------------------------------

# (id, call, method, answer, path when `model` names the deployment, path with a fixed one)
OPERATIONS: list[tuple[str, Callable[[Any], Any], str, Any, str, str]] = [
    (
        "chat.completions.create",
        chat,
        "POST",
        CHAT,
        "/openai/deployments/my-chat/chat/completions",
        "/openai/deployments/fixed/chat/completions",
    ),
    (
        "completions.create",
        lambda c: c.completions.create(model="my-instruct", prompt="x"),
        "POST",
        COMPLETION,
        "/openai/deployments/my-instruct/completions",
        "/openai/deployments/fixed/completions",
    ),
    (
        "embeddings.create",
        lambda c: c.embeddings.create(model="my-embed", input="x", encoding_format="float"),
        "POST",
        EMBEDDINGS,
        "/openai/deployments/my-embed/embeddings",
        "/openai/deployments/fixed/embeddings",
    ),
    (
        "images.generate",
        lambda c: c.images.generate(prompt="p", model="my-dalle"),
        "POST",
        IMAGES,
        "/openai/deployments/my-dalle/images/generations",
        "/openai/deployments/fixed/images/generations",
    ),
    (
        "images.generate-without-model",
        lambda c: c.images.generate(prompt="p"),
        "POST",
        IMAGES,
        "/openai/images/generations",
        "/openai/deployments/fixed/images/generations",
    ),
    (
        "models.list",
        list_models,
        "GET",
        {"object": "list", "data": [MODEL]},
        "/openai/models",
        "/openai/models",
    ),
    (
        "models.retrieve",
        lambda c: c.models.retrieve("gpt-4o"),
        "GET",
        MODEL,
        "/openai/models/gpt-4o",
        "/openai/models/gpt-4o",
    ),
    (
        "models.delete",
        lambda c: c.models.delete("ft-x"),
        "DELETE",
        {"id": "ft-x", "object": "model", "deleted": True},
        "/openai/models/ft-x",
        "/openai/models/ft-x",
    ),
]


@pytest.mark.parametrize("deployment", [None, "fixed"], ids=["model-names-it", "fixed-deployment"])
@pytest.mark.parametrize(
    ("call", "method", "answer", "by_model", "by_fixed"),
    [operation[1:] for operation in OPERATIONS],
    ids=[operation[0] for operation in OPERATIONS],
)
def test_url_of_each_operation(
    server: RecordingServer,
    cls: Any,
    deployment: str | None,
    call: Callable[[Any], Any],
    method: str,
    answer: Any,
    by_model: str,
    by_fixed: str,
) -> None:
    path = by_model if deployment is None else by_fixed
    server.route(method, path, JSONResponse(answer))
    call_once(cls, call, azure_endpoint=server.origin, azure_deployment=deployment, api_key=KEY)
    (request,) = server.requests
    assert (request.method, request.path, request.query) == (method, path, [("api-version", VERSION)])


def test_our_deployment_routes_are_the_official_ones() -> None:
    official = {route.lstrip("/") for route in openai.lib.azure._deployments_endpoints}
    assert DEPLOYMENT_ROUTES == official


@pytest.mark.parametrize("endpoint_path", ["/proxy", "/proxy/"])
def test_the_endpoint_path_is_kept(server: RecordingServer, cls: Any, endpoint_path: str) -> None:
    server.route("POST", "/proxy/openai/deployments/my-chat/chat/completions", JSONResponse(CHAT))
    server.route("POST", "/proxy/openai/deployments/fixed/chat/completions", JSONResponse(CHAT))
    server.route("GET", "/proxy/openai/models", JSONResponse({"object": "list", "data": []}))
    endpoint = server.origin + endpoint_path
    call_once(cls, chat, azure_endpoint=endpoint, api_key=KEY)
    call_once(cls, chat, azure_endpoint=endpoint, azure_deployment="fixed", api_key=KEY)
    call_once(cls, list_models, azure_endpoint=endpoint, azure_deployment="fixed", api_key=KEY)
    assert [r.path for r in server.requests] == [
        "/proxy/openai/deployments/my-chat/chat/completions",
        "/proxy/openai/deployments/fixed/chat/completions",
        "/proxy/openai/models",
    ]


def test_a_model_is_one_path_segment(server: RecordingServer, cls: Any) -> None:
    server.route("POST", "/openai/deployments/ft%3Agpt-4o%3Aorg%3Ax/chat/completions", JSONResponse(CHAT))
    server.route("POST", "/openai/deployments/team%2Fchat/chat/completions", JSONResponse(CHAT))
    call_once(cls, lambda c: chat(c, "ft:gpt-4o:org:x"), azure_endpoint=server.origin, api_key=KEY)
    call_once(cls, lambda c: chat(c, "team/chat"), azure_endpoint=server.origin, api_key=KEY)
    assert [r.path for r in server.requests] == [
        "/openai/deployments/ft%3Agpt-4o%3Aorg%3Ax/chat/completions",
        "/openai/deployments/team%2Fchat/chat/completions",
    ]


@pytest.mark.parametrize("model", ["..", "."])
def test_a_model_that_would_move_the_path_is_refused(server: RecordingServer, cls: Any, model: str) -> None:
    with pytest.raises(ValueError, match="model"):
        call_once(cls, lambda c: chat(c, model), azure_endpoint=server.origin, api_key=KEY)
    assert server.requests == []


def test_base_url_with_a_deployment_is_used_as_is(server: RecordingServer, cls: Any) -> None:
    base = f"{server.origin}/gw/openai/deployments/gw-chat"
    server.route("POST", "/gw/openai/deployments/gw-chat/chat/completions", JSONResponse(CHAT))
    server.route("GET", "/gw/openai/deployments/gw-chat/models", JSONResponse({"object": "list", "data": []}))
    call_once(cls, lambda c: chat(c, "ignored"), base_url=base, api_key=KEY)
    # azure_deployment only goes with azure_endpoint; beside base_url it is ignored.
    call_once(cls, list_models, base_url=base, azure_deployment="ignored-too", api_key=KEY)
    assert [r.path for r in server.requests] == [
        "/gw/openai/deployments/gw-chat/chat/completions",
        "/gw/openai/deployments/gw-chat/models",
    ]
    assert all(r.query == [("api-version", VERSION)] for r in server.requests)


def test_base_url_without_a_deployment_lets_the_model_name_it(server: RecordingServer, cls: Any) -> None:
    server.route("POST", "/gw/openai/deployments/my-chat/chat/completions", JSONResponse(CHAT))
    server.route("GET", "/gw/openai/models", JSONResponse({"object": "list", "data": []}))
    call_once(cls, chat, base_url=f"{server.origin}/gw/openai", api_key=KEY)
    call_once(cls, list_models, base_url=f"{server.origin}/gw/openai", api_key=KEY)
    assert [r.path for r in server.requests] == [
        "/gw/openai/deployments/my-chat/chat/completions",
        "/gw/openai/models",
    ]


def test_api_version_wins_over_default_query_and_is_on_every_call(server: RecordingServer, cls: Any) -> None:
    server.route("GET", "/openai/models", JSONResponse({"object": "list", "data": []}))
    server.route("POST", "/openai/deployments/my-chat/chat/completions", JSONResponse(CHAT))

    async def scenario() -> None:
        client = cls(
            azure_endpoint=server.origin,
            api_key=KEY,
            api_version=VERSION,
            max_retries=0,
            default_query={"api-version": "1999-01-01", "tenant": "t"},
        )
        await settle(client.models.list())
        await settle(chat(client))
        await settle(client.close())

    run(scenario)
    for request in server.requests:
        assert sorted(request.query) == [("api-version", VERSION), ("tenant", "t")]


# -- credentials -----------------------------------------------------------------------------


def auth_of(request: RecordedRequest) -> tuple[str | None, str | None]:
    return request.headers.get("api-key"), request.headers.get("authorization")


def rotating(prefix: str) -> tuple[Callable[[], str], list[str]]:
    given: list[str] = []

    def next_one() -> str:
        given.append(f"{prefix}-{len(given) + 1}")
        return given[-1]

    return next_one, given


def test_a_key_goes_in_the_api_key_header(server: RecordingServer, cls: Any) -> None:
    server.route("GET", "/openai/models", JSONResponse({"object": "list", "data": []}))
    call_once(cls, list_models, azure_endpoint=server.origin, api_key=KEY)
    assert auth_of(server.last) == (KEY, None)


def test_a_token_goes_in_the_authorization_header(server: RecordingServer, cls: Any) -> None:
    server.route("GET", "/openai/models", JSONResponse({"object": "list", "data": []}))
    call_once(cls, list_models, azure_endpoint=server.origin, azure_ad_token=TOKEN)
    assert auth_of(server.last) == (None, f"Bearer {TOKEN}")


@pytest.mark.parametrize("kind", ["azure_ad_token_provider", "api_key"])
def test_a_credential_callable_is_asked_before_every_request(
    server: RecordingServer, cls: Any, kind: str
) -> None:
    server.route("GET", "/openai/models", JSONResponse({"object": "list", "data": []}))
    provider, given = rotating("secret")

    async def scenario() -> None:
        client = cls(azure_endpoint=server.origin, api_version=VERSION, max_retries=0, **{kind: provider})
        assert given == []
        for _ in range(3):
            await settle(client.models.list())
        await settle(client.close())

    run(scenario)
    assert given == ["secret-1", "secret-2", "secret-3"]
    if kind == "api_key":
        assert [auth_of(r) for r in server.requests] == [(k, None) for k in given]
    else:
        assert [auth_of(r) for r in server.requests] == [(None, f"Bearer {k}") for k in given]


@pytest.mark.parametrize("kind", ["azure_ad_token_provider", "api_key"])
def test_async_client_takes_async_credential_callables(server: RecordingServer, kind: str) -> None:
    server.route("GET", "/openai/models", JSONResponse({"object": "list", "data": []}))
    asked = 0

    async def provider() -> str:
        nonlocal asked
        await asyncio.sleep(0)
        asked += 1
        return f"async-{asked}"

    async def scenario() -> None:
        async with AsyncAzureOpenAI(
            azure_endpoint=server.origin, api_version=VERSION, max_retries=0, **{kind: provider}
        ) as client:
            await client.models.list()
            await client.models.list()

    run(scenario)
    sent = [auth_of(r) for r in server.requests]
    if kind == "api_key":
        assert sent == [("async-1", None), ("async-2", None)]
    else:
        assert sent == [(None, "Bearer async-1"), (None, "Bearer async-2")]


@pytest.mark.parametrize("answer", ["", None, b"bytes-SECRET"], ids=["empty", "none", "bytes"])
def test_a_token_provider_must_return_a_non_empty_string(
    server: RecordingServer, cls: Any, answer: object
) -> None:
    with pytest.raises(ValueError, match="azure_ad_token_provider") as caught:
        call_once(cls, list_models, azure_endpoint=server.origin, azure_ad_token_provider=lambda: answer)
    assert "SECRET" not in str(caught.value)
    assert server.requests == []


def test_a_sync_client_refuses_an_async_token_provider(server: RecordingServer) -> None:
    async def provider() -> str:
        return TOKEN

    with pytest.raises(ValueError, match="async client"):
        call_once(AzureOpenAI, list_models, azure_endpoint=server.origin, azure_ad_token_provider=provider)
    assert server.requests == []


def test_credentials_never_show_in_repr_or_errors(server: RecordingServer, cls: Any) -> None:
    server.route(
        "GET",
        "/openai/models",
        JSONResponse({"error": {"code": "401", "message": "Access denied"}}, status=401),
    )

    async def scenario() -> None:
        for credential in (
            {"api_key": KEY},
            {"azure_ad_token": TOKEN},
            {"azure_ad_token_provider": lambda: TOKEN},
        ):
            client = cls(azure_endpoint=server.origin, api_version=VERSION, max_retries=0, **credential)
            assert KEY not in repr(client) and TOKEN not in repr(client)
            with pytest.raises(oaiclient.AuthenticationError) as caught:
                await settle(client.models.list())
            await settle(client.close())
            seen: BaseException | None = caught.value
            while seen is not None:
                for shown in (str(seen), repr(seen), *map(repr, seen.args)):
                    assert KEY not in shown and TOKEN not in shown
                seen = seen.__cause__ or seen.__context__

    run(scenario)
    assert len(server.requests) == 3


# -- environment -------------------------------------------------------------------------------


def test_everything_from_the_environment(
    server: RecordingServer, cls: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", server.origin)
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_API_VERSION", "2025-04-01-preview")
    # Neither is an Azure setting: the OpenAI key is never sent, the OpenAI base URL not used.
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai-not-for-azure")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    server.route("POST", "/openai/deployments/my-chat/chat/completions", JSONResponse(CHAT))

    async def scenario() -> None:
        client = cls(max_retries=0)
        await settle(chat(client))
        await settle(client.close())

    run(scenario)
    request = server.last
    assert request.query == [("api-version", "2025-04-01-preview")]
    assert auth_of(request) == (KEY, None)


def test_a_token_in_the_environment_comes_before_a_key(
    server: RecordingServer, cls: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", KEY)
    monkeypatch.setenv("AZURE_OPENAI_AD_TOKEN", TOKEN)
    server.route("GET", "/openai/models", JSONResponse({"object": "list", "data": []}))
    call_once(cls, list_models, azure_endpoint=server.origin)
    assert auth_of(server.last) == (None, f"Bearer {TOKEN}")


@pytest.mark.parametrize(
    ("credential", "sent"),
    [
        ({"api_key": "explicit-key"}, ("explicit-key", None)),
        ({"azure_ad_token": "explicit-token"}, (None, "Bearer explicit-token")),
        ({"azure_ad_token_provider": lambda: "provided"}, (None, "Bearer provided")),
    ],
    ids=["api_key", "azure_ad_token", "azure_ad_token_provider"],
)
def test_a_credential_argument_beats_the_environment(
    server: RecordingServer,
    cls: Any,
    monkeypatch: pytest.MonkeyPatch,
    credential: dict[str, Any],
    sent: tuple[str | None, str | None],
) -> None:
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", KEY)
    monkeypatch.setenv("AZURE_OPENAI_AD_TOKEN", TOKEN)
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.setenv("OPENAI_API_VERSION", "1999-01-01")
    server.route("GET", "/openai/models", JSONResponse({"object": "list", "data": []}))
    call_once(cls, list_models, azure_endpoint=server.origin, **credential)
    assert auth_of(server.last) == sent
    assert server.last.query == [("api-version", VERSION)]


def test_an_openai_key_in_the_environment_never_joins_a_token(
    server: RecordingServer, cls: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai-not-for-azure")
    server.route("GET", "/openai/models", JSONResponse({"object": "list", "data": []}))

    async def scenario() -> None:
        client = cls(azure_endpoint=server.origin, api_version=VERSION, azure_ad_token=TOKEN, max_retries=0)
        await settle(client.models.list())
        # A copy takes over the credential: the token, and nothing else.
        await settle(client.with_options(timeout=30).models.list())
        await settle(client.close())

    run(scenario)
    for request in server.requests:
        assert auth_of(request) == (None, f"Bearer {TOKEN}")
        assert all("sk-openai" not in value for value in request.headers.values())


# -- configuration errors -----------------------------------------------------------------------

ENDPOINT = "https://example-resource.openai.azure.com"

# (id, constructor arguments, environment, the error or None). The official clients are
# held to the same table in `test_errors_come_in_the_same_conditions_as_the_official_ones`.
CONFIGURATIONS: list[tuple[str, dict[str, Any], dict[str, str], type[Exception] | None, str]] = [
    ("nothing", {}, {}, oaiclient.OpenAIError, "AZURE_OPENAI_API_KEY"),
    (
        "only-an-openai-key",
        {"api_version": VERSION, "azure_endpoint": ENDPOINT},
        {"OPENAI_API_KEY": "sk-x"},
        oaiclient.OpenAIError,
        "AZURE_OPENAI_API_KEY",
    ),
    ("no-api-version", {"api_key": KEY, "azure_endpoint": ENDPOINT}, {}, ValueError, "OPENAI_API_VERSION"),
    ("no-endpoint", {"api_key": KEY, "api_version": VERSION}, {}, ValueError, "AZURE_OPENAI_ENDPOINT"),
    (
        "base-url-and-endpoint",
        {
            "api_key": KEY,
            "api_version": VERSION,
            "azure_endpoint": ENDPOINT,
            "base_url": ENDPOINT + "/openai",
        },
        {},
        ValueError,
        "base_url",
    ),
    (
        "key-and-token",
        {"api_key": KEY, "azure_ad_token": TOKEN, "api_version": VERSION, "azure_endpoint": ENDPOINT},
        {},
        oaiclient.OpenAIError,
        "one credential",
    ),
    (
        "key-and-provider",
        {
            "api_key": KEY,
            "azure_ad_token_provider": lambda: TOKEN,
            "api_version": VERSION,
            "azure_endpoint": ENDPOINT,
        },
        {},
        oaiclient.OpenAIError,
        "one credential",
    ),
    (
        "token-and-provider",
        {"azure_ad_token": TOKEN, "azure_ad_token_provider": lambda: TOKEN, "api_version": VERSION},
        {"AZURE_OPENAI_ENDPOINT": ENDPOINT},
        oaiclient.OpenAIError,
        "one credential",
    ),
    # Credentials are checked first, then the version, then the endpoint.
    ("no-credentials-nor-version", {"azure_endpoint": ENDPOINT}, {}, oaiclient.OpenAIError, "credentials"),
    ("no-version-nor-endpoint", {"api_key": KEY}, {}, ValueError, "OPENAI_API_VERSION"),
    (
        "all-from-the-environment",
        {},
        {"AZURE_OPENAI_API_KEY": KEY, "AZURE_OPENAI_ENDPOINT": ENDPOINT, "OPENAI_API_VERSION": VERSION},
        None,
        "",
    ),
    (
        "token-from-the-environment",
        {"api_version": VERSION, "azure_endpoint": ENDPOINT},
        {"AZURE_OPENAI_AD_TOKEN": TOKEN},
        None,
        "",
    ),
    (
        "provider-only",
        {"azure_ad_token_provider": lambda: TOKEN, "api_version": VERSION, "azure_endpoint": ENDPOINT},
        {},
        None,
        "",
    ),
    # With base_url, the endpoint in the environment is not looked at.
    (
        "base-url-beside-an-endpoint-in-the-environment",
        {"api_key": KEY, "api_version": VERSION, "base_url": ENDPOINT + "/openai"},
        {"AZURE_OPENAI_ENDPOINT": ENDPOINT},
        None,
        "",
    ),
]


def _construct(package_cls: Any, options: dict[str, Any]) -> BaseException | None:
    async def scenario() -> BaseException | None:
        try:
            client = package_cls(**options)
        except Exception as exc:  # noqa: BLE001 - the exception is the result
            return exc
        await settle(client.close())
        return None

    return run(scenario)


@pytest.mark.parametrize(
    ("options", "environment", "error", "hint"),
    [case[1:] for case in CONFIGURATIONS],
    ids=[case[0] for case in CONFIGURATIONS],
)
def test_configuration_errors(
    cls: Any,
    monkeypatch: pytest.MonkeyPatch,
    options: dict[str, Any],
    environment: dict[str, str],
    error: type[Exception] | None,
    hint: str,
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    raised = _construct(cls, options)
    if error is None:
        assert raised is None
        return
    assert type(raised) is error, raised
    assert hint in str(raised)
    assert KEY not in str(raised) and TOKEN not in str(raised)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    ("options", "environment", "error"),
    [case[1:4] for case in CONFIGURATIONS],
    ids=[case[0] for case in CONFIGURATIONS],
)
def test_errors_come_in_the_same_conditions_as_the_official_ones(
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
    options: dict[str, Any],
    environment: dict[str, str],
    error: Any,
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    ours = _construct(AsyncAzureOpenAI if mode == "async" else AzureOpenAI, options)
    theirs = _construct(openai.AsyncAzureOpenAI if mode == "async" else openai.AzureOpenAI, options)
    assert (ours is None) == (theirs is None), (ours, theirs)
    if ours is not None and theirs is not None:
        # The same kind: a configuration problem is an OpenAIError or a ValueError in both.
        assert isinstance(ours, ValueError) == isinstance(theirs, ValueError), (ours, theirs)
        assert isinstance(ours, oaiclient.OpenAIError) == isinstance(theirs, openai.OpenAIError), (
            ours,
            theirs,
        )


# -- multipart operations --------------------------------------------------------------------------


@pytest.mark.parametrize("route", ["images/edits", "audio/transcriptions"])
def test_the_model_of_a_multipart_call_names_the_deployment(
    server: RecordingServer, cls: Any, route: str
) -> None:
    """No generated operation uploads to a deployment route yet; the runtime routes them already."""
    path = f"/openai/deployments/my-upload/{route}"
    server.route("POST", path, JSONResponse({"ok": True}))

    async def scenario() -> Any:
        client = cls(azure_endpoint=server.origin, api_version=VERSION, api_key=KEY, max_retries=0)
        call = client.build_call(
            "post",
            f"/{route}",
            path=None,
            query=None,
            headers=None,
            body={"model": "my-upload", "prompt": "p", "file": ("a.png", b"PNG", "image/png")},
            extra_headers=None,
            extra_query=None,
            extra_body=None,
            timeout=oaiclient.NOT_GIVEN,
            multipart=True,
        )
        assert call.body is None, "sent as a form"
        answer = await settle(client.request(call, dict))
        await settle(client.close())
        return answer

    assert run(scenario) == {"ok": True}
    request = server.last
    assert (request.path, request.query) == (path, [("api-version", VERSION)])
    assert request.headers["content-type"].startswith("multipart/form-data")
    assert b'name="model"' in request.body and b"my-upload" in request.body


# -- with_options ---------------------------------------------------------------------------------


def test_a_copy_keeps_the_endpoint_deployment_and_version(server: RecordingServer, cls: Any) -> None:
    server.route("GET", "/openai/models", JSONResponse({"object": "list", "data": []}))
    server.route("POST", "/openai/deployments/fixed/chat/completions", JSONResponse(CHAT))
    server.route("POST", "/openai/deployments/other/chat/completions", JSONResponse(CHAT))

    async def scenario() -> None:
        client = cls(
            azure_endpoint=server.origin,
            azure_deployment="fixed",
            api_version=VERSION,
            api_key=KEY,
            max_retries=0,
        )
        copy = client.with_options(timeout=30)
        await settle(copy.models.list())
        await settle(chat(copy))
        newer = client.with_options(api_version="2025-04-01-preview", azure_deployment="other")
        await settle(chat(newer))
        await settle(chat(client))
        await settle(client.close())

    run(scenario)
    assert [(r.path, r.query[0][1], r.headers["api-key"]) for r in server.requests] == [
        ("/openai/models", VERSION, KEY),
        ("/openai/deployments/fixed/chat/completions", VERSION, KEY),
        ("/openai/deployments/other/chat/completions", "2025-04-01-preview", KEY),
        ("/openai/deployments/fixed/chat/completions", VERSION, KEY),
    ]
    assert len({r.connection for r in server.requests}) == 1, "all copies share one connection"


@pytest.mark.parametrize(
    ("first", "then", "sent"),
    [
        ({"azure_ad_token": TOKEN}, {"api_key": "new-key"}, ("new-key", None)),
        ({"api_key": KEY}, {"azure_ad_token": "new-token"}, (None, "Bearer new-token")),
        ({"api_key": KEY}, {"azure_ad_token_provider": lambda: "provided"}, (None, "Bearer provided")),
        ({"azure_ad_token_provider": lambda: "provided"}, {}, (None, "Bearer provided")),
        ({"api_key": KEY}, {}, (KEY, None)),
    ],
    ids=["token-to-key", "key-to-token", "key-to-provider", "provider-kept", "key-kept"],
)
def test_a_copy_with_a_new_credential_drops_the_old_one(
    server: RecordingServer, cls: Any, first: dict[str, Any], then: dict[str, Any], sent: Any
) -> None:
    server.route("GET", "/openai/models", JSONResponse({"object": "list", "data": []}))

    async def scenario() -> None:
        client = cls(azure_endpoint=server.origin, api_version=VERSION, max_retries=0, **first)
        await settle(client.with_options(**then).models.list())
        await settle(client.close())

    run(scenario)
    assert auth_of(server.last) == sent


def test_a_copy_refuses_two_credentials(cls: Any) -> None:
    async def scenario() -> None:
        client = cls(azure_endpoint=ENDPOINT, api_version=VERSION, api_key=KEY)
        with pytest.raises(oaiclient.OpenAIError, match="one credential"):
            client.with_options(api_key="k", azure_ad_token="t")
        await settle(client.close())

    run(scenario)


# -- redirects ----------------------------------------------------------------------------------


@pytest.fixture
def redirect_to_other(server: RecordingServer, other_server: RecordingServer) -> Iterator[None]:
    path = "/openai/deployments/my-chat/chat/completions"
    server.route("POST", path, JSONResponse({}, status=307, headers={"Location": other_server.origin + path}))
    other_server.route("POST", path, JSONResponse(CHAT))
    yield


@pytest.mark.usefixtures("redirect_to_other")
@pytest.mark.parametrize(
    "credential", [{"api_key": KEY}, {"azure_ad_token_provider": lambda: TOKEN}], ids=["key", "token"]
)
@pytest.mark.parametrize("own_http_client", [False, True], ids=["default-pool", "given-pool"])
def test_a_redirect_to_another_origin_carries_no_credentials(
    server: RecordingServer,
    other_server: RecordingServer,
    cls: Any,
    credential: dict[str, Any],
    own_http_client: bool,
) -> None:
    options: dict[str, Any] = {}
    if own_http_client:
        options["http_client"] = (httpx.AsyncClient if cls is AsyncAzureOpenAI else httpx.Client)(
            follow_redirects=True
        )
    reply = call_once(cls, chat, azure_endpoint=server.origin, **credential, **options)
    assert reply.choices[0].message.content == "hi"
    (first,) = server.requests
    assert auth_of(first) in ((KEY, None), (None, f"Bearer {TOKEN}"))
    (moved,) = other_server.requests
    assert moved.json == first.json
    assert auth_of(moved) == (None, None)


def test_a_redirect_on_the_same_origin_keeps_the_key(server: RecordingServer, cls: Any) -> None:
    server.route(
        "POST",
        "/openai/deployments/my-chat/chat/completions",
        JSONResponse({}, status=307, headers={"Location": "/moved/chat/completions?api-version=" + VERSION}),
    )
    server.route("POST", "/moved/chat/completions", JSONResponse(CHAT))
    call_once(cls, chat, azure_endpoint=server.origin, api_key=KEY)
    first, moved = server.requests
    assert moved.path == "/moved/chat/completions"
    assert auth_of(moved) == (KEY, None)


# -- the same requests as the official Azure clients ----------------------------------------------


class AnyPathServer(RecordingServer):
    """Answers every request with `answer`: these tests check the paths, not route them."""

    answer: Response = JSONResponse({})

    def _record_and_answer(self, request: RecordedRequest) -> Response:
        super()._record_and_answer(request)  # records it; its 404 for an unknown path is not used
        return self.answer


@pytest.fixture
def any_path_server() -> Iterator[AnyPathServer]:
    with AnyPathServer() as running:
        yield running
    assert not running.errors, "the test server failed:\n" + "\n".join(running.errors)


OFFICIAL_DEPLOYMENT_ROUTES = {route.lstrip("/") for route in openai.lib.azure._deployments_endpoints}


def expected_path(case: Case, model: object, deployment: str | None, root: str = "/openai") -> str:
    """Where the official rules send `case` (decoded), worked out apart from either client."""
    route = unquote(case.paths[-1]).removeprefix("/v1/")
    if route in OFFICIAL_DEPLOYMENT_ROUTES:
        if deployment is not None:
            return f"{root}/deployments/{deployment}/{route}"
        if model is not None:
            return f"{root}/deployments/{model}/{route}"
    return f"{root}/{route}"


def _credential(kind: str, mode: str) -> dict[str, Any]:
    """A fresh credential of `kind` for one client (the callables count from 1 each time)."""
    if kind == "key":
        return {"api_key": KEY}
    if kind == "token":
        return {"azure_ad_token": TOKEN}
    provider, _ = rotating("rotated")
    if kind == "token-provider":
        return {"azure_ad_token_provider": provider}
    assert kind == "key-callable"
    if mode == "sync":
        return {"api_key": provider}

    async def async_provider() -> str:  # the official async client awaits a key callable
        return provider()

    return {"api_key": async_provider}


def _run_azure(package: Any, mode: str, options: dict[str, Any], case: Case, copy: dict[str, Any]) -> Any:
    if mode == "sync":
        with package.AzureOpenAI(**options) as client:
            result = case.call(client.with_options(**copy) if copy else client)
            if case.stream:
                with result as stream:
                    return case.summary(list(stream))
            return case.summary(result)

    async def main() -> Any:
        async with package.AsyncAzureOpenAI(**options) as client:
            result = await settle(case.call(client.with_options(**copy) if copy else client))
            if case.stream:
                async with result as stream:
                    return case.summary([chunk async for chunk in stream])
            return case.summary(result)

    return asyncio.run(main())


def _compare(
    server: AnyPathServer,
    case: Case,
    mode: str,
    *,
    credential: str = "key",
    deployment: str | None = None,
    base_url: str | None = None,
    copy: dict[str, Any] | None = None,
) -> tuple[RecordedRequest, RecordedRequest]:
    server.answer = case.response
    requests = []
    answers = []
    for package in (oaiclient, openai):
        options: dict[str, Any] = {
            "api_version": VERSION,
            "organization": "org-azure",
            "project": "proj-azure",
            "max_retries": 0,
            **_credential(credential, mode),
            **case.options,
        }
        if base_url is not None:
            options["base_url"] = server.origin + base_url
        else:
            options["azure_endpoint"] = server.origin
            if deployment is not None:
                options["azure_deployment"] = deployment
        answers.append(_run_azure(package, mode, options, case, copy or {}))
        (request,) = server.requests
        requests.append(request)
        server.clear()
    ours, theirs = requests
    assert_same_request(ours, theirs)
    assert ours.headers.get("api-key") == theirs.headers.get("api-key")
    assert answers[0] == answers[1]
    if case.stream:
        assert answers[0], "the stream gave nothing"
    return ours, theirs


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("deployment", [None, "fixed-deploy"], ids=["model-names-it", "fixed-deployment"])
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_same_request_as_the_official_azure_client(
    any_path_server: AnyPathServer, case: Case, mode: str, deployment: str | None
) -> None:
    ours, theirs = _compare(any_path_server, case, mode, deployment=deployment)
    model = theirs.json.get("model") if isinstance(theirs.json, dict) else None
    assert unquote(ours.path) == expected_path(case, model, deployment)
    assert ("api-version", VERSION) in ours.query or case.id == "extras"
    assert (ours.headers.get("api-key"), ours.headers.get("authorization")) == (KEY, None)
    assert ours.headers["openai-organization"] == "org-azure"


SAMPLE = [
    case for case in CASES if case.id in ("models.list", "chat.create-stream", "embeddings.create-default")
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("credential", ["token", "token-provider", "key-callable"])
@pytest.mark.parametrize("case", SAMPLE, ids=[case.id for case in SAMPLE])
def test_same_credentials_as_the_official_azure_client(
    any_path_server: AnyPathServer, case: Case, mode: str, credential: str
) -> None:
    ours, _ = _compare(any_path_server, case, mode, credential=credential, deployment="fixed-deploy")
    expected = {
        "token": (None, f"Bearer {TOKEN}"),
        "token-provider": (None, "Bearer rotated-1"),
        "key-callable": ("rotated-1", None),
    }[credential]
    assert auth_of(ours) == expected


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    "base_url", ["/gw/openai", "/gw/openai/deployments/gw-deploy"], ids=["root", "deployment"]
)
@pytest.mark.parametrize("case", SAMPLE, ids=[case.id for case in SAMPLE])
def test_same_request_as_the_official_azure_client_with_a_base_url(
    any_path_server: AnyPathServer, case: Case, mode: str, base_url: str
) -> None:
    ours, _ = _compare(any_path_server, case, mode, base_url=base_url)
    assert ours.path.startswith(base_url + "/")


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    "copy",
    [
        {"api_version": "2025-04-01-preview"},
        {"azure_ad_token": "copy-token"},
        {"default_query": {"tenant": "t2"}, "default_headers": {"X-Copy": "1"}},
    ],
    ids=["api_version", "credential", "defaults"],
)
@pytest.mark.parametrize("case", SAMPLE, ids=[case.id for case in SAMPLE])
def test_same_request_as_the_official_azure_client_from_a_copy(
    any_path_server: AnyPathServer, case: Case, mode: str, copy: dict[str, Any]
) -> None:
    ours, _ = _compare(any_path_server, case, mode, deployment="fixed-deploy", copy=copy)
    model = ours.json.get("model") if isinstance(ours.json, dict) else None
    assert unquote(ours.path) == expected_path(case, model, "fixed-deploy")
