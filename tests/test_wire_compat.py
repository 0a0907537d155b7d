"""Our client and the official `openai` package must put the same request on the wire.

Each case is called through both clients, configured alike (base URL, key,
organization, project), against the recording server; the two requests must
agree on method, path, query, JSON body and the authentication headers. Where
the answers can be compared (ids, texts, decoded vectors), they must agree too.
Other headers differ by design (the official client sends x-stainless-*).
"""

from __future__ import annotations

import asyncio
import base64
import inspect
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import openai
import pytest

import oaiclient
from tests.servers import JSONResponse, RecordedRequest, RecordingServer, Response, SSEResponse, sse_event

pytestmark = pytest.mark.usefixtures("clean_env")

KEY = "sk-compat-0123456789"
ORGANIZATION = "org-compat"
PROJECT = "proj_compat"
AUTH_HEADERS = ("authorization", "openai-organization", "openai-project")
DONE = b"data: [DONE]\n\n"

MESSAGES: list[Any] = [
    {"role": "developer", "content": "Answer in French."},
    {"role": "user", "content": [{"type": "text", "text": "What is this?"}]},
]
MODEL = {"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"}
USAGE = {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7}
TOOL = {
    "type": "function",
    "function": {
        "name": "lookup",
        "description": "Look a word up.",
        "parameters": {"type": "object", "properties": {"word": {"type": "string"}}, "required": ["word"]},
    },
}


def chat_completion(**message: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "gpt-4o",
        "choices": [
            {
                "index": i,
                "message": {"role": "assistant", "content": f"reply {i}", "refusal": None, **message},
                "logprobs": None,
                "finish_reason": "tool_calls" if "tool_calls" in message else "stop",
            }
            for i in range(2)
        ],
        "usage": USAGE,
    }


def chat_chunk(content: str | None, finish: str | None = None) -> bytes:
    delta = {} if content is None else {"content": content}
    return sse_event(
        {
            "id": "chatcmpl-2",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "gpt-4o",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
    )


def completion(text: str) -> dict[str, Any]:
    return {
        "id": "cmpl-1",
        "object": "text_completion",
        "created": 1,
        "model": "gpt-3.5-turbo-instruct",
        "choices": [{"text": text, "index": 0, "logprobs": None, "finish_reason": "stop"}],
        "usage": USAGE,
    }


def b64_floats(*values: float) -> str:
    return base64.b64encode(struct.pack(f"<{len(values)}f", *values)).decode()


def embeddings(*vectors: object) -> dict[str, Any]:
    return {
        "object": "list",
        "model": "text-embedding-3-small",
        "data": [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)],
        "usage": {"prompt_tokens": 2, "total_tokens": 2},
    }


# -- the cases -----------------------------------------------------------------------


@dataclass
class Case:
    id: str
    method: str
    # Paths the server answers on (ours percent-encodes more than the official client).
    paths: tuple[str, ...]
    response: Response
    call: Callable[[Any], Any]
    # Reduces what a client returned to plain values both clients should agree on.
    summary: Callable[[Any], Any] = lambda result: None
    stream: bool = False
    options: dict[str, Any] = field(default_factory=dict)


def _ids(page: Any) -> list[str]:
    return [model.id for model in page.data]


def _chat_texts(result: Any) -> list[Any]:
    return [(c.index, c.message.content, c.finish_reason) for c in result.choices]


def _chunk_texts(chunks: list[Any]) -> list[Any]:
    return [(c.choices[0].delta.content, c.choices[0].finish_reason) for c in chunks]


def _vectors(result: Any) -> list[Any]:
    return [item.embedding for item in result.data]


CHAT_STREAM = SSEResponse(
    [chat_chunk("Bon"), b": keep-alive\n\n", chat_chunk("jour"), chat_chunk(None, "stop"), DONE]
)

CASES = [
    Case(
        "models.list",
        "GET",
        ("/v1/models",),
        JSONResponse({"object": "list", "data": [MODEL, {**MODEL, "id": "o3"}]}),
        lambda c: c.models.list(),
        _ids,
    ),
    Case(
        "models.retrieve",
        "GET",
        ("/v1/models/gpt-4o-mini",),
        JSONResponse(MODEL),
        lambda c: c.models.retrieve("gpt-4o-mini"),
        lambda model: (model.id, model.created, model.owned_by),
    ),
    Case(
        "models.retrieve-fine-tuned",
        "GET",
        ("/v1/models/ft%3Agpt-4o%3Aorg%3Ax", "/v1/models/ft:gpt-4o:org:x"),
        JSONResponse({**MODEL, "id": "ft:gpt-4o:org:x"}),
        lambda c: c.models.retrieve("ft:gpt-4o:org:x"),
        lambda model: model.id,
    ),
    Case(
        "models.delete",
        "DELETE",
        ("/v1/models/ft%3Agpt-4o%3Aorg%3Ax", "/v1/models/ft:gpt-4o:org:x"),
        JSONResponse({"id": "ft:gpt-4o:org:x", "object": "model", "deleted": True}),
        lambda c: c.models.delete("ft:gpt-4o:org:x"),
        lambda deleted: (deleted.id, deleted.deleted),
    ),
    Case(
        "completions.create-echo",
        "POST",
        ("/v1/completions",),
        JSONResponse(completion("Once upon a time there")),
        lambda c: c.completions.create(
            model="gpt-3.5-turbo-instruct",
            prompt="Once upon a time",
            echo=True,
            max_tokens=3,
            logprobs=2,
            stop=["\n", "."],
            temperature=0,
            logit_bias={"50256": -100},
            suffix=None,
            user="user-1",
        ),
        lambda result: [choice.text for choice in result.choices],
    ),
    Case(
        "completions.create-token-prompt",
        "POST",
        ("/v1/completions",),
        JSONResponse(completion("x")),
        lambda c: c.completions.create(model="davinci-002", prompt=[[1, 2, 3], [4]], n=2, best_of=3, seed=1),
    ),
    Case(
        "completions.create-stream",
        "POST",
        ("/v1/completions",),
        SSEResponse([sse_event(completion("Once")), sse_event(completion(" upon")), DONE]),
        lambda c: c.completions.create(
            model="gpt-3.5-turbo-instruct", prompt="x", stream=True, stream_options={"include_usage": True}
        ),
        lambda chunks: [choice.text for chunk in chunks for choice in chunk.choices],
        stream=True,
    ),
    Case(
        "chat.create-n2",
        "POST",
        ("/v1/chat/completions",),
        JSONResponse(chat_completion()),
        lambda c: c.chat.completions.create(
            model="gpt-4o",
            messages=MESSAGES,
            n=2,
            temperature=0.7,
            top_p=None,
            max_completion_tokens=100,
            presence_penalty=0.5,
            seed=42,
            stop="END",
            store=False,
            metadata={"purpose": "test"},
            service_tier="auto",
            reasoning_effort="low",
            user="u",
        ),
        _chat_texts,
    ),
    Case(
        "chat.create-tools",
        "POST",
        ("/v1/chat/completions",),
        JSONResponse(
            chat_completion(
                content=None,
                tool_calls=[
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "lookup", "arguments": '{"word":"x"}'},
                    }
                ],
            )
        ),
        lambda c: c.chat.completions.create(
            model="gpt-4o",
            messages=[
                *MESSAGES,
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "call_0",
                            "type": "function",
                            "function": {"name": "lookup", "arguments": "{}"},
                        }
                    ],
                },
                {"role": "tool", "tool_call_id": "call_0", "content": "nothing found"},
            ],
            tools=[TOOL],
            tool_choice={"type": "function", "function": {"name": "lookup"}},
            parallel_tool_calls=False,
        ),
        lambda result: [
            (call.id, call.function.name, call.function.arguments)
            for choice in result.choices
            for call in choice.message.tool_calls
        ],
    ),
    Case(
        "chat.create-json-schema",
        "POST",
        ("/v1/chat/completions",),
        JSONResponse(chat_completion()),
        lambda c: c.chat.completions.create(
            model="gpt-4o",
            messages=MESSAGES,
            response_format={
                "type": "json_schema",
                "json_schema": {
                    "name": "answer",
                    "description": "The answer.",
                    "strict": True,
                    "schema": {
                        "type": "object",
                        "properties": {"text": {"type": "string"}},
                        "required": ["text"],
                        "additionalProperties": False,
                    },
                },
            },
        ),
        _chat_texts,
    ),
    Case(
        "chat.create-stream",
        "POST",
        ("/v1/chat/completions",),
        CHAT_STREAM,
        lambda c: c.chat.completions.create(
            model="gpt-4o", messages=MESSAGES, stream=True, stream_options={"include_usage": False}
        ),
        _chunk_texts,
        stream=True,
    ),
    Case(
        "chat.create-stream-tools",
        "POST",
        ("/v1/chat/completions",),
        CHAT_STREAM,
        lambda c: c.chat.completions.create(
            model="gpt-4o", messages=MESSAGES, tools=[TOOL], tool_choice="required", stream=True
        ),
        _chunk_texts,
        stream=True,
    ),
    Case(
        "embeddings.create-default",
        "POST",
        ("/v1/embeddings",),
        JSONResponse(embeddings(b64_floats(0.5, -1.0, 0.1), b64_floats(2.0, 0.0, -0.3))),
        lambda c: c.embeddings.create(model="text-embedding-3-small", input=["one", "two"]),
        _vectors,
    ),
    Case(
        "embeddings.create-float",
        "POST",
        ("/v1/embeddings",),
        JSONResponse(embeddings([0.5, -1.0])),
        lambda c: c.embeddings.create(
            model="text-embedding-3-large", input="one", encoding_format="float", dimensions=2, user="u"
        ),
        _vectors,
    ),
    Case(
        "embeddings.create-base64",
        "POST",
        ("/v1/embeddings",),
        JSONResponse(embeddings(b64_floats(1.0))),
        lambda c: c.embeddings.create(
            model="text-embedding-ada-002", input=[1, 2, 3], encoding_format="base64"
        ),
        _vectors,
    ),
    Case(
        "images.generate",
        "POST",
        ("/v1/images/generations",),
        JSONResponse({"created": 1, "data": [{"b64_json": "aGVsbG8="}], "size": "1024x1536"}),
        lambda c: c.images.generate(
            prompt="a lighthouse at dusk",
            model="gpt-image-1",
            n=1,
            size="1024x1536",
            quality="medium",
            background="transparent",
            output_format="webp",
            output_compression=80,
            moderation="low",
        ),
        lambda result: [image.b64_json for image in result.data],
    ),
    Case(
        "images.generate-dall-e",
        "POST",
        ("/v1/images/generations",),
        JSONResponse({"created": 1, "data": [{"url": "https://example.test/x.png"}]}),
        lambda c: c.images.generate(
            prompt="a cat", model="dall-e-3", response_format="url", style="vivid", quality="hd", user="u"
        ),
        lambda result: [image.url for image in result.data],
    ),
    Case(
        "extras",
        "POST",
        ("/v1/chat/completions",),
        JSONResponse(chat_completion()),
        lambda c: c.chat.completions.create(
            model="gpt-4o",
            messages=MESSAGES,
            temperature=1,
            extra_headers={"X-Extra": "1"},
            extra_query={"api-version": "2025-01-01", "debug": "yes"},
            extra_body={"temperature": 0.1, "vendor_option": {"a": [1, 2]}},
        ),
        _chat_texts,
    ),
    Case(
        "extras-on-get",
        "GET",
        ("/v1/models/gpt-4o-mini",),
        JSONResponse(MODEL),
        lambda c: c.models.retrieve("gpt-4o-mini", extra_query={"include": "details", "n": 3}),
        lambda model: model.id,
    ),
    Case(
        "default-headers-and-query",
        "GET",
        ("/v1/models",),
        JSONResponse({"object": "list", "data": [MODEL]}),
        lambda c: c.models.list(),
        _ids,
        options={"default_query": {"tenant": "t1"}, "default_headers": {"X-Default": "d"}},
    ),
]

# -- running one case through one client -----------------------------------------------


def _options(server: RecordingServer, case: Case, **overrides: Any) -> dict[str, Any]:
    options: dict[str, Any] = {
        "api_key": KEY,
        "organization": ORGANIZATION,
        "project": PROJECT,
        "base_url": server.url,
        "max_retries": 0,
        **case.options,
        **overrides,
    }
    return {k: v for k, v in options.items() if v is not None}


def _run(package: Any, mode: str, server: RecordingServer, case: Case, **overrides: Any) -> Any:
    options = _options(server, case, **overrides)
    if mode == "sync":
        with package.OpenAI(**options) as client:
            result = case.call(client)
            if case.stream:
                with result as stream:
                    return case.summary(list(stream))
            return case.summary(result)

    async def main() -> Any:
        async with package.AsyncOpenAI(**options) as client:
            result = case.call(client)
            if inspect.isawaitable(result):
                result = await result
            if case.stream:
                async with result as stream:
                    return case.summary([chunk async for chunk in stream])
            return case.summary(result)

    return asyncio.run(main())


def _both(
    mode: str, server: RecordingServer, case: Case, **overrides: Any
) -> tuple[Any, Any, RecordedRequest, RecordedRequest]:
    """Runs the case through our client, then the official one; their answers and requests."""
    for path in case.paths:
        server.route(case.method, path, case.response)
    ours = _run(oaiclient, mode, server, case, **overrides)
    (our_request,) = server.requests
    server.clear()
    theirs = _run(openai, mode, server, case, **overrides)
    (their_request,) = server.requests
    return ours, theirs, our_request, their_request


def assert_same_request(ours: RecordedRequest, theirs: RecordedRequest) -> None:
    assert ours.method == theirs.method
    # The official client leaves ":" unescaped in a path segment; we escape it.
    # Both mean the same resource, so the paths must agree once decoded...
    assert unquote(ours.path) == unquote(theirs.path)
    # ...and be identical where neither has anything to escape.
    if "%" not in ours.path:
        assert ours.path == theirs.path
    assert sorted(ours.query) == sorted(theirs.query)
    assert ours.json == theirs.json
    if theirs.body:
        assert ours.headers.get("content-type") == theirs.headers.get("content-type")
    else:
        assert ours.body == b""
    for name in AUTH_HEADERS:
        assert ours.headers.get(name) == theirs.headers.get(name), name


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_same_request_as_the_official_client(server: RecordingServer, case: Case, mode: str) -> None:
    ours, theirs, our_request, their_request = _both(mode, server, case)
    assert_same_request(our_request, their_request)
    assert our_request.headers["authorization"] == f"Bearer {KEY}"
    assert our_request.headers["openai-organization"] == ORGANIZATION
    assert our_request.headers["openai-project"] == PROJECT
    assert ours == theirs
    if case.stream:
        assert our_request.json["stream"] is True
        assert ours, "the stream gave nothing"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_embeddings_both_ask_for_base64_by_default(server: RecordingServer, mode: str) -> None:
    case = next(case for case in CASES if case.id == "embeddings.create-default")
    ours, theirs, our_request, their_request = _both(mode, server, case)
    assert our_request.json["encoding_format"] == their_request.json["encoding_format"] == "base64"
    assert ours == theirs
    assert ours[0][:2] == [0.5, -1.0]


def test_async_iteration_of_a_list_sends_the_same_request(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse({"object": "list", "data": [MODEL]}))

    async def ids(package: Any) -> list[str]:
        async with package.AsyncOpenAI(
            api_key=KEY, organization=ORGANIZATION, project=PROJECT, base_url=server.url
        ) as client:
            return [model.id async for model in client.models.list()]

    assert asyncio.run(ids(oaiclient)) == asyncio.run(ids(openai)) == ["gpt-4o-mini"]
    ours, theirs = server.requests
    assert_same_request(ours, theirs)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_same_request_with_settings_from_the_environment(
    server: RecordingServer, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env-key")
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-env")
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    case = next(case for case in CASES if case.id == "chat.create-stream")
    _, _, ours, theirs = _both(
        mode, server, case, api_key=None, organization=None, project=None, base_url=None
    )
    assert_same_request(ours, theirs)
    assert ours.headers["authorization"] == "Bearer sk-env-key"
    assert ours.headers["openai-organization"] == "org-env"
    assert ours.headers["openai-project"] == "proj-env"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_neither_sends_organization_or_project_unless_configured(server: RecordingServer, mode: str) -> None:
    case = next(case for case in CASES if case.id == "models.retrieve")
    _, _, ours, theirs = _both(mode, server, case, organization=None, project=None)
    assert_same_request(ours, theirs)
    for request in (ours, theirs):
        assert "openai-organization" not in request.headers
        assert "openai-project" not in request.headers


def test_every_operation_is_covered() -> None:
    """A new operation in the generated client needs a case here."""
    operations = set()
    for resource in ("models", "completions", "chat", "embeddings", "images"):
        assert hasattr(oaiclient.OpenAI, resource)
    for name in oaiclient.resources.__all__:
        cls = getattr(oaiclient.resources, name)
        if not name.startswith("Async"):
            for method in vars(cls):
                if not method.startswith("_") and callable(getattr(cls, method)) and method != "completions":
                    operations.add(f"{name}.{method}")
    covered = {
        "Models.list": "models.list",
        "Models.retrieve": "models.retrieve",
        "Models.delete": "models.delete",
        "Completions.create": "completions.create",
        "Embeddings.create": "embeddings.create",
        "Images.generate": "images.generate",
        "Images.edit": "images.edit",
        "Images.create_variation": "images.create_variation",
        "Moderations.create": "moderations.create",
        "Files.list": "files.list",
        "Files.create": "files.create",
        "Files.retrieve": "files.retrieve",
        "Files.delete": "files.delete",
        "Files.content": "files.content",
        "Uploads.create": "uploads.create",
        "Uploads.complete": "uploads.complete",
        "Uploads.cancel": "uploads.cancel",
        "Batches.create": "batches.create",
        "Batches.retrieve": "batches.retrieve",
        "Batches.list": "batches.list",
        "Batches.cancel": "batches.cancel",
        "Responses.create": "responses.create",
        "Responses.retrieve": "responses.retrieve",
        "Responses.delete": "responses.delete",
        "Responses.cancel": "responses.cancel",
    }
    assert operations == set(covered)
    case_ids = {case.id for case in CASES}
    # Cases of the other wire modules (tests/test_wire_<area>.py, each with CASES) count too.
    import importlib
    from pathlib import Path

    for module_path in sorted(Path(__file__).parent.glob("test_wire_*.py")):
        if module_path.stem != "test_wire_compat":
            module = importlib.import_module(f"tests.{module_path.stem}")
            case_ids |= {case.id for case in getattr(module, "CASES", [])}
    for prefix in covered.values():
        assert any(case_id.startswith(prefix) for case_id in case_ids), prefix
    # chat.completions.create lives one level down
    assert callable(oaiclient.resources.chat.ChatCompletions.create)
    assert any(case_id.startswith("chat.create") for case_id in case_ids)
    # and so does responses.input_items.list
    assert callable(oaiclient.resources.responses.ResponsesInputItems.list)
    assert any(case_id.startswith("responses.input_items.list") for case_id in case_ids)
