"""The generated client against a real local HTTP server, sync and async.

Every operation is called through both `OpenAI` and `AsyncOpenAI`; each test
checks what went over the wire (method, path, query, JSON body, headers) and
what came back (typed models with the server's values).
"""

from __future__ import annotations

import asyncio
import base64
import inspect
import socket
import struct
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import oaiclient
from oaiclient import AsyncOpenAI, OpenAI
from oaiclient import models as m
from tests.servers import (
    HangResponse,
    JSONResponse,
    RawResponse,
    RecordedRequest,
    RecordingServer,
    SSEResponse,
    sse_event,
)

pytestmark = pytest.mark.usefixtures("clean_env")

KEY = "sk-test-SECRET-0123456789abcdefghij"
DROP = object()  # an option value meaning "do not pass this option at all"

# -- canned bodies -------------------------------------------------------------------

MODEL = {"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"}
MODEL_LIST = {
    "object": "list",
    "data": [
        MODEL,
        {"id": "ft:gpt-4o:org:x", "object": "model", "created": 1730000000, "owned_by": "org"},
        {"id": "dall-e-3", "object": "model", "created": 1698785189, "owned_by": "system"},
    ],
}
USAGE = {"prompt_tokens": 9, "completion_tokens": 12, "total_tokens": 21}
MESSAGES: list[Any] = [
    {"role": "system", "content": "Be brief."},
    {"role": "user", "content": "Hello?"},
]


def chat_completion(*choices: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-123",
        "object": "chat.completion",
        "created": 1741569952,
        "model": "gpt-4o-mini-2024-07-18",
        "choices": list(choices),
        "usage": USAGE,
        **extra,
    }


def chat_choice(index: int, content: str | None, finish: str = "stop", **message: Any) -> dict[str, Any]:
    return {
        "index": index,
        "message": {"role": "assistant", "content": content, "refusal": None, **message},
        "logprobs": None,
        "finish_reason": finish,
    }


def chat_chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-456",
        "object": "chat.completion.chunk",
        "created": 1741569952,
        "model": "gpt-4o-mini",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        **extra,
    }


def completion(text: str, finish: str = "length") -> dict[str, Any]:
    return {
        "id": "cmpl-789",
        "object": "text_completion",
        "created": 1741569952,
        "model": "gpt-3.5-turbo-instruct",
        "choices": [{"text": text, "index": 0, "logprobs": None, "finish_reason": finish}],
        "usage": USAGE,
    }


def b64_floats(*values: float) -> str:
    return base64.b64encode(struct.pack(f"<{len(values)}f", *values)).decode()


def float32(value: float) -> float:
    result: float = struct.unpack("<f", struct.pack("<f", value))[0]
    return result


def embedding_response(*vectors: object) -> dict[str, Any]:
    return {
        "object": "list",
        "model": "text-embedding-3-small",
        "data": [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)],
        "usage": {"prompt_tokens": 4, "total_tokens": 4},
    }


def error_body(
    message: str, *, type_: str = "invalid_request_error", code: str | None = None
) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": None, "code": code}}


DONE = b"data: [DONE]\n\n"

# -- running the same call through both clients ------------------------------------


class Runner:
    """Runs a call through `OpenAI` or `AsyncOpenAI`, so one test body covers both.

    `fn` gets the client and returns what the method returns; for the async
    client that is awaited (an `AsyncPaginator` is awaitable too).
    """

    def __init__(self, mode: str, server: RecordingServer) -> None:
        self.mode = mode
        self.server = server

    @property
    def is_async(self) -> bool:
        return self.mode == "async"

    def options(self, **options: Any) -> dict[str, Any]:
        merged = {"api_key": KEY, "base_url": self.server.url, "max_retries": 0, **options}
        return {k: v for k, v in merged.items() if v is not DROP}

    def client(self, **options: Any) -> OpenAI | AsyncOpenAI:
        cls = AsyncOpenAI if self.is_async else OpenAI
        return cls(**self.options(**options))

    def call(self, fn: Callable[[Any], Any], **options: Any) -> Any:
        if not self.is_async:
            with OpenAI(**self.options(**options)) as client:
                return fn(client)

        async def main() -> Any:
            async with AsyncOpenAI(**self.options(**options)) as client:
                result = fn(client)
                return await result if inspect.isawaitable(result) else result

        return asyncio.run(main())

    def stream(self, fn: Callable[[Any], Any], **options: Any) -> list[Any]:
        """Opens the stream and reads it to the end."""
        if not self.is_async:
            with OpenAI(**self.options(**options)) as client:
                with fn(client) as stream:
                    assert isinstance(stream, oaiclient.Stream)
                    return list(stream)

        async def main() -> list[Any]:
            async with AsyncOpenAI(**self.options(**options)) as client:
                stream = await fn(client)
                assert isinstance(stream, oaiclient.AsyncStream)
                async with stream:
                    return [item async for item in stream]

        return asyncio.run(main())

    def stream_partly(self, fn: Callable[[Any], Any], count: int, **options: Any) -> list[Any]:
        """Reads `count` items from a stream, then lets the error (if any) out."""
        got: list[Any] = []
        if not self.is_async:
            with OpenAI(**self.options(**options)) as client:
                with fn(client) as stream:
                    for item in stream:
                        got.append(item)
                        if len(got) == count:
                            break
            return got

        async def main() -> None:
            async with AsyncOpenAI(**self.options(**options)) as client:
                async with await fn(client) as stream:
                    async for item in stream:
                        got.append(item)
                        if len(got) == count:
                            break

        asyncio.run(main())
        return got


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, server: RecordingServer) -> Runner:
    return Runner(request.param, server)


def assert_json_post(request: RecordedRequest, path: str, body: dict[str, Any]) -> None:
    assert request.method == "POST"
    assert request.path == path
    assert request.query == []
    assert request.headers["content-type"] == "application/json"
    assert request.json == body


def assert_common_headers(request: RecordedRequest) -> None:
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert request.headers["user-agent"] == f"oaiclient/Python {oaiclient.__version__}"
    assert "openai-organization" not in request.headers
    assert "openai-project" not in request.headers


# -- models --------------------------------------------------------------------------


def test_models_list(run: Runner) -> None:
    run.server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    page = run.call(lambda c: c.models.list())
    assert isinstance(page, oaiclient.AsyncPage if run.is_async else oaiclient.SyncPage)
    assert [model.id for model in page] == ["gpt-4o-mini", "ft:gpt-4o:org:x", "dall-e-3"]
    assert [model.id for model in page.data] == ["gpt-4o-mini", "ft:gpt-4o:org:x", "dall-e-3"]
    assert len(page) == 3 and page[2].owned_by == "system"
    assert all(isinstance(model, m.Model) for model in page)
    assert page.data[1].created == 1730000000
    assert page.object == "list"
    (request,) = run.server.requests
    assert (request.method, request.path, request.query, request.body) == ("GET", "/v1/models", [], b"")
    assert request.headers["accept"] == "application/json"
    assert "content-type" not in request.headers
    assert_common_headers(request)


def test_async_models_list_awaited_and_iterated(server: RecordingServer) -> None:
    server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))

    async def main() -> tuple[Any, list[m.Model]]:
        async with AsyncOpenAI(api_key=KEY, base_url=server.url) as client:
            page = await client.models.list()
            items = [model async for model in client.models.list()]
            return page, items

    page, items = asyncio.run(main())
    assert isinstance(page, oaiclient.AsyncPage)
    assert [model.id for model in page.data] == ["gpt-4o-mini", "ft:gpt-4o:org:x", "dall-e-3"]
    assert [model.id for model in items] == ["gpt-4o-mini", "ft:gpt-4o:org:x", "dall-e-3"]
    assert all(isinstance(model, m.Model) for model in items)
    assert [(r.method, r.path) for r in server.requests] == [("GET", "/v1/models")] * 2


def test_models_retrieve_percent_encodes_the_id(run: Runner) -> None:
    fine_tuned = {**MODEL, "id": "ft:gpt-4o:org:x", "owned_by": "org"}
    run.server.route("GET", "/v1/models/ft%3Agpt-4o%3Aorg%3Ax", JSONResponse(fine_tuned))
    model = run.call(lambda c: c.models.retrieve("ft:gpt-4o:org:x"))
    assert isinstance(model, m.Model)
    assert (model.id, model.owned_by, model.created) == ("ft:gpt-4o:org:x", "org", 1721172741)
    assert run.server.last.method == "GET"
    assert run.server.last.path == "/v1/models/ft%3Agpt-4o%3Aorg%3Ax"
    assert run.server.last.body == b""
    assert_common_headers(run.server.last)


def test_models_retrieve_keeps_slashes_and_spaces_inside_the_segment(run: Runner) -> None:
    run.server.route("GET", "/v1/models/org%2Fmodel%20v2%3Fx%23y", JSONResponse(MODEL))
    run.call(lambda c: c.models.retrieve("org/model v2?x#y"))
    assert run.server.last.path == "/v1/models/org%2Fmodel%20v2%3Fx%23y"
    assert run.server.last.query == []


@pytest.mark.parametrize("model_id", ["", ".", ".."])
def test_models_retrieve_refuses_ids_that_change_the_path(run: Runner, model_id: str) -> None:
    # ".." would otherwise resolve away and send the call to /v1/ instead.
    with pytest.raises(ValueError):
        run.call(lambda c: c.models.retrieve(model_id))
    with pytest.raises(ValueError):
        run.call(lambda c: c.models.delete(model_id))
    assert run.server.requests == []


def test_models_delete(run: Runner) -> None:
    run.server.route(
        "DELETE",
        "/v1/models/ft%3Agpt-4o-mini%3Aacme%3Asuffix%3Aabc123",
        JSONResponse({"id": "ft:gpt-4o-mini:acme:suffix:abc123", "object": "model", "deleted": True}),
    )
    deleted = run.call(lambda c: c.models.delete("ft:gpt-4o-mini:acme:suffix:abc123"))
    assert isinstance(deleted, m.DeleteModelResponse)
    assert (deleted.id, deleted.deleted, deleted.object) == (
        "ft:gpt-4o-mini:acme:suffix:abc123",
        True,
        "model",
    )
    (request,) = run.server.requests
    assert request.method == "DELETE"
    assert request.path == "/v1/models/ft%3Agpt-4o-mini%3Aacme%3Asuffix%3Aabc123"
    assert request.body == b""
    assert_common_headers(request)


# -- completions ---------------------------------------------------------------------


def test_completions_create_with_echo(run: Runner) -> None:
    run.server.route(
        "POST", "/v1/completions", JSONResponse(completion("Say this is a test. This is a test"))
    )
    result = run.call(
        lambda c: c.completions.create(
            model="gpt-3.5-turbo-instruct", prompt="Say this is a test.", echo=True, max_tokens=7, stop=["\n"]
        )
    )
    assert isinstance(result, m.CreateCompletionResponse)
    assert result.choices[0].text == "Say this is a test. This is a test"
    assert result.choices[0].finish_reason == "length"
    assert result.choices[0].logprobs is None
    assert result.usage is not None and result.usage.total_tokens == 21
    assert result.object == "text_completion"
    assert_json_post(
        run.server.last,
        "/v1/completions",
        {
            "model": "gpt-3.5-turbo-instruct",
            "prompt": "Say this is a test.",
            "echo": True,
            "max_tokens": 7,
            "stop": ["\n"],
        },
    )
    assert_common_headers(run.server.last)


def test_completions_stream(run: Runner) -> None:
    events = [
        sse_event(completion("Say", "stop")),
        sse_event(completion(" this", "stop")),
        sse_event({**completion("", "stop"), "choices": [], "usage": USAGE}),
        DONE,
    ]
    run.server.route("POST", "/v1/completions", SSEResponse(events))
    chunks = run.stream(
        lambda c: c.completions.create(
            model="gpt-3.5-turbo-instruct", prompt="Say", stream=True, stream_options={"include_usage": True}
        )
    )
    assert all(isinstance(chunk, m.CreateCompletionResponse) for chunk in chunks)
    assert "".join(choice.text for chunk in chunks for choice in chunk.choices) == "Say this"
    assert chunks[-1].usage is not None and chunks[-1].usage.prompt_tokens == 9
    assert_json_post(
        run.server.last,
        "/v1/completions",
        {
            "model": "gpt-3.5-turbo-instruct",
            "prompt": "Say",
            "stream": True,
            "stream_options": {"include_usage": True},
        },
    )
    assert run.server.last.headers["accept"] == "text/event-stream"


def test_completions_stream_with_null_finish_reason(run: Runner) -> None:
    in_progress = completion("Say")
    in_progress["choices"][0]["finish_reason"] = None
    run.server.route("POST", "/v1/completions", SSEResponse([sse_event(in_progress), DONE]))
    chunks = run.stream(
        lambda c: c.completions.create(model="gpt-3.5-turbo-instruct", prompt="x", stream=True)
    )
    assert chunks[0].choices[0].finish_reason is None


# -- chat completions ----------------------------------------------------------------


def test_chat_completion_with_n_2(run: Runner) -> None:
    body = chat_completion(
        chat_choice(0, "Hi!"), chat_choice(1, "Hello there.", "length"), service_tier="default"
    )
    run.server.route("POST", "/v1/chat/completions", JSONResponse(body))
    result = run.call(
        lambda c: c.chat.completions.create(
            model="gpt-4o-mini", messages=MESSAGES, n=2, temperature=0.2, seed=7
        )
    )
    assert isinstance(result, m.CreateChatCompletionResponse)
    assert [choice.message.content for choice in result.choices] == ["Hi!", "Hello there."]
    assert [choice.finish_reason for choice in result.choices] == ["stop", "length"]
    assert [choice.index for choice in result.choices] == [0, 1]
    assert all(isinstance(choice, m.ChatCompletionChoice) for choice in result.choices)
    assert result.service_tier == "default"
    assert result.usage is not None and result.usage.completion_tokens == 12
    assert_json_post(
        run.server.last,
        "/v1/chat/completions",
        {"model": "gpt-4o-mini", "messages": MESSAGES, "n": 2, "temperature": 0.2, "seed": 7},
    )
    assert run.server.last.headers["accept"] == "application/json"
    assert_common_headers(run.server.last)


WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
            "additionalProperties": False,
        },
        "strict": True,
    },
}


def test_chat_completion_with_tools(run: Runner) -> None:
    tool_calls = [
        {
            "id": "call_1",
            "type": "function",
            "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'},
        },
        {
            "id": "call_2",
            "type": "function",
            "function": {"name": "get_weather", "arguments": '{"city":"Oslo"}'},
        },
    ]
    run.server.route(
        "POST",
        "/v1/chat/completions",
        JSONResponse(chat_completion(chat_choice(0, None, "tool_calls", tool_calls=tool_calls))),
    )
    result = run.call(
        lambda c: c.chat.completions.create(
            model="gpt-4o",
            messages=MESSAGES,
            tools=[WEATHER_TOOL],
            tool_choice="auto",
            parallel_tool_calls=True,
        )
    )
    choice = result.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.content is None
    calls = choice.message.tool_calls
    assert calls is not None and len(calls) == 2
    assert all(isinstance(call, m.ChatCompletionMessageToolCall) for call in calls)
    assert [(call.id, call.function.name, call.function.arguments) for call in calls] == [
        ("call_1", "get_weather", '{"city":"Paris"}'),
        ("call_2", "get_weather", '{"city":"Oslo"}'),
    ]
    assert_json_post(
        run.server.last,
        "/v1/chat/completions",
        {
            "model": "gpt-4o",
            "messages": MESSAGES,
            "tools": [WEATHER_TOOL],
            "tool_choice": "auto",
            "parallel_tool_calls": True,
        },
    )


def test_chat_completion_answering_a_tool_call(run: Runner) -> None:
    run.server.route(
        "POST", "/v1/chat/completions", JSONResponse(chat_completion(chat_choice(0, "It is 12°C.")))
    )
    conversation: list[Any] = [
        *MESSAGES,
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": '{"celsius": 12}'},
    ]
    result = run.call(lambda c: c.chat.completions.create(model="gpt-4o", messages=conversation))
    assert result.choices[0].message.content == "It is 12°C."
    assert run.server.last.json == {"model": "gpt-4o", "messages": conversation}


def test_chat_completion_with_json_schema_response_format(run: Runner) -> None:
    response_format = {
        "type": "json_schema",
        "json_schema": {
            "name": "city",
            "strict": True,
            "schema": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "population": {"type": "integer"}},
                "required": ["name", "population"],
                "additionalProperties": False,
            },
        },
    }
    content = '{"name":"Paris","population":2102650}'
    run.server.route("POST", "/v1/chat/completions", JSONResponse(chat_completion(chat_choice(0, content))))
    result = run.call(
        lambda c: c.chat.completions.create(
            model="gpt-4o", messages=MESSAGES, response_format=response_format
        )
    )
    assert result.choices[0].message.content == content
    # the "schema" key goes out as "schema", not under a Python-side alias
    assert_json_post(
        run.server.last,
        "/v1/chat/completions",
        {"model": "gpt-4o", "messages": MESSAGES, "response_format": response_format},
    )


def test_chat_stream_with_comments_empty_events_and_multi_line_data(run: Runner) -> None:
    events = [
        b": this is a comment\n\n",
        sse_event(chat_chunk({"role": "assistant", "content": ""})),
        b"event: ping\n\n",  # an event without data
        b": keep-alive\n",
        sse_event(chat_chunk({"content": "Hel"})),
        # one JSON document over three data lines
        b'data: {"id": "chatcmpl-456", "object": "chat.completion.chunk",\n'
        b'data: "created": 1741569952, "model": "gpt-4o-mini",\n'
        b'data: "choices": [{"index": 0, "delta": {"content": "lo"}, "finish_reason": null}]}\n\n',
        # an event split over chunks, mid-line
        b'data: {"id": "chatcmpl-456", "object": "chat.completion.chunk", "created": 1,',
        b' "model": "gpt-4o-mini", "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}\r\n\r\n',
        sse_event(chat_chunk({}, None, usage=USAGE) | {"choices": []}),
        DONE,
        sse_event(chat_chunk({"content": "after the end"})),
    ]
    run.server.route("POST", "/v1/chat/completions", SSEResponse(events))
    chunks = run.stream(
        lambda c: c.chat.completions.create(
            model="gpt-4o-mini", messages=MESSAGES, stream=True, stream_options={"include_usage": True}
        )
    )
    assert all(isinstance(chunk, m.CreateChatCompletionStreamResponse) for chunk in chunks)
    assert len(chunks) == 5
    assert chunks[0].choices[0].delta.role == "assistant"
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "Hello"
    assert chunks[3].choices[0].finish_reason == "stop"
    assert chunks[4].choices == [] and chunks[4].usage is not None and chunks[4].usage.total_tokens == 21
    assert_json_post(
        run.server.last,
        "/v1/chat/completions",
        {
            "model": "gpt-4o-mini",
            "messages": MESSAGES,
            "stream": True,
            "stream_options": {"include_usage": True},
        },
    )
    assert run.server.last.headers["accept"] == "text/event-stream"
    assert_common_headers(run.server.last)


def test_chat_stream_of_tool_call_deltas(run: Runner) -> None:
    events = [
        sse_event(
            chat_chunk(
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "index": 0,
                            "id": "call_9",
                            "type": "function",
                            "function": {"name": "get_weather", "arguments": ""},
                        }
                    ],
                }
            )
        ),
        sse_event(chat_chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"city":'}}]})),
        sse_event(chat_chunk({"tool_calls": [{"index": 0, "function": {"arguments": '"Rome"}'}}]})),
        sse_event(chat_chunk({}, "tool_calls")),
        DONE,
    ]
    run.server.route("POST", "/v1/chat/completions", SSEResponse(events))
    chunks = run.stream(
        lambda c: c.chat.completions.create(
            model="gpt-4o", messages=MESSAGES, tools=[WEATHER_TOOL], stream=True
        )
    )
    deltas = [call for chunk in chunks for call in chunk.choices[0].delta.tool_calls or []]
    assert deltas[0].id == "call_9" and deltas[0].function is not None
    assert deltas[0].function.name == "get_weather"
    assert "".join(d.function.arguments or "" for d in deltas if d.function) == '{"city":"Rome"}'
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


# -- embeddings ----------------------------------------------------------------------


def test_embeddings_default_asks_for_base64_and_returns_floats(run: Runner) -> None:
    run.server.route(
        "POST",
        "/v1/embeddings",
        JSONResponse(embedding_response(b64_floats(0.1, -2.5, 3.0), b64_floats(1.0, 0.0, -0.125))),
    )
    result = run.call(lambda c: c.embeddings.create(model="text-embedding-3-small", input=["a", "b"]))
    assert isinstance(result, m.CreateEmbeddingResponse)
    assert [e.embedding for e in result.data] == [[float32(0.1), -2.5, 3.0], [1.0, 0.0, -0.125]]
    assert all(isinstance(x, float) for e in result.data for x in e.embedding)
    # Set on the validated model, they are its fields as any other.
    assert all("embedding" in e.model_fields_set for e in result.data)
    assert result.model_dump()["data"][1]["embedding"] == [1.0, 0.0, -0.125]
    assert '"embedding":[1.0,0.0,-0.125]' in result.model_dump_json()
    assert [e.index for e in result.data] == [0, 1]
    assert result.usage.total_tokens == 4
    assert_json_post(
        run.server.last,
        "/v1/embeddings",
        {"model": "text-embedding-3-small", "input": ["a", "b"], "encoding_format": "base64"},
    )
    assert_common_headers(run.server.last)


def test_embeddings_explicit_float(run: Runner) -> None:
    run.server.route("POST", "/v1/embeddings", JSONResponse(embedding_response([0.25, -1.5])))
    result = run.call(
        lambda c: c.embeddings.create(
            model="text-embedding-3-large", input="hello", encoding_format="float", dimensions=2
        )
    )
    assert result.data[0].embedding == [0.25, -1.5]
    assert run.server.last.json == {
        "model": "text-embedding-3-large",
        "input": "hello",
        "encoding_format": "float",
        "dimensions": 2,
    }


def test_embeddings_explicit_base64_returns_the_strings(run: Runner) -> None:
    encoded = [b64_floats(1.0, 2.0), b64_floats(-3.0)]
    run.server.route("POST", "/v1/embeddings", JSONResponse(embedding_response(*encoded)))
    result = run.call(
        lambda c: c.embeddings.create(
            model="text-embedding-3-small", input=[[1, 2], [3]], encoding_format="base64"
        )
    )
    assert [e.embedding for e in result.data] == encoded
    assert run.server.last.json == {
        "model": "text-embedding-3-small",
        "input": [[1, 2], [3]],
        "encoding_format": "base64",
    }


def test_embeddings_encoding_format_from_extra_body_is_respected(run: Runner) -> None:
    run.server.route("POST", "/v1/embeddings", JSONResponse(embedding_response([0.5])))
    result = run.call(
        lambda c: c.embeddings.create(model="m", input="x", extra_body={"encoding_format": "float"})
    )
    assert result.data[0].embedding == [0.5]
    assert run.server.last.json == {"model": "m", "input": "x", "encoding_format": "float"}


def test_embeddings_with_broken_base64_is_a_validation_error(run: Runner) -> None:
    run.server.route("POST", "/v1/embeddings", JSONResponse(embedding_response("AAA")))
    with pytest.raises(oaiclient.APIResponseValidationError) as caught:
        run.call(lambda c: c.embeddings.create(model="m", input="x"))
    assert caught.value.status_code == 200


# -- images --------------------------------------------------------------------------


def test_images_generate(run: Runner) -> None:
    png = base64.b64encode(b"\x89PNG\r\n\x1a\nfake").decode()
    body = {
        "created": 1713833628,
        "data": [{"b64_json": png}],
        "background": "opaque",
        "output_format": "png",
        "size": "1024x1024",
        "quality": "high",
        "usage": {
            "input_tokens": 50,
            "output_tokens": 1056,
            "total_tokens": 1106,
            "input_tokens_details": {"text_tokens": 10, "image_tokens": 40},
        },
    }
    run.server.route("POST", "/v1/images/generations", JSONResponse(body))
    result = run.call(
        lambda c: c.images.generate(
            prompt="A cute baby sea otter", model="gpt-image-1", size="1024x1024", quality="high", n=1
        )
    )
    assert isinstance(result, m.ImagesResponse)
    assert result.data is not None and result.data[0].b64_json == png and result.data[0].url is None
    assert (result.size, result.quality, result.output_format) == ("1024x1024", "high", "png")
    assert result.usage is not None and result.usage.input_tokens_details.image_tokens == 40
    assert_json_post(
        run.server.last,
        "/v1/images/generations",
        {
            "prompt": "A cute baby sea otter",
            "model": "gpt-image-1",
            "size": "1024x1024",
            "quality": "high",
            "n": 1,
        },
    )
    assert_common_headers(run.server.last)


def test_images_generate_dall_e_url(run: Runner) -> None:
    body = {"created": 1, "data": [{"url": "https://example.test/a.png", "revised_prompt": "An otter."}]}
    run.server.route("POST", "/v1/images/generations", JSONResponse(body))
    result = run.call(
        lambda c: c.images.generate(prompt="otter", model="dall-e-3", response_format="url", style="natural")
    )
    assert result.data[0].url == "https://example.test/a.png"
    assert result.data[0].revised_prompt == "An otter."
    assert run.server.last.json == {
        "prompt": "otter",
        "model": "dall-e-3",
        "response_format": "url",
        "style": "natural",
    }


# -- what is sent: arguments, extras, headers, configuration ----------------------


def test_arguments_not_passed_are_not_sent_and_none_is_null(run: Runner) -> None:
    run.server.route("POST", "/v1/chat/completions", JSONResponse(chat_completion(chat_choice(0, "ok"))))
    run.call(lambda c: c.chat.completions.create(model="gpt-4o", messages=MESSAGES))
    assert run.server.last.json == {"model": "gpt-4o", "messages": MESSAGES}
    run.call(
        lambda c: c.chat.completions.create(
            model="gpt-4o", messages=MESSAGES, temperature=None, max_completion_tokens=None, stop=None
        )
    )
    assert run.server.last.json == {
        "model": "gpt-4o",
        "messages": MESSAGES,
        "temperature": None,
        "max_completion_tokens": None,
        "stop": None,
    }
    assert b'"temperature":null' in run.server.last.body.replace(b" ", b"")


def test_none_prompt_is_sent_as_null(run: Runner) -> None:
    run.server.route("POST", "/v1/completions", JSONResponse(completion("x")))
    run.call(lambda c: c.completions.create(model="davinci-002", prompt=None, seed=None))
    assert run.server.last.json == {"model": "davinci-002", "prompt": None, "seed": None}


def test_explicit_not_given_is_like_not_passing(run: Runner) -> None:
    run.server.route("POST", "/v1/images/generations", JSONResponse({"created": 1}))
    result = run.call(
        lambda c: c.images.generate(prompt="p", n=oaiclient.NOT_GIVEN, size=oaiclient.NOT_GIVEN)
    )
    assert result.data is None
    assert run.server.last.json == {"prompt": "p"}


def test_extra_headers_query_and_body(run: Runner) -> None:
    run.server.route("POST", "/v1/chat/completions", JSONResponse(chat_completion(chat_choice(0, "ok"))))
    run.call(
        lambda c: c.chat.completions.create(
            model="gpt-4o",
            messages=MESSAGES,
            temperature=1.0,
            extra_headers={"X-Trace": "abc", "OpenAI-Beta": "assistants=v2"},
            extra_query={"api-version": "2024-10-21", "dry_run": True, "tags": ["a", "b"]},
            extra_body={"temperature": 0.0, "custom": {"nested": [1, None]}},
        )
    )
    request = run.server.last
    assert request.path == "/v1/chat/completions"
    assert request.query == [("api-version", "2024-10-21"), ("dry_run", "true"), ("tags[]", "a"), ("tags[]", "b")]
    assert request.headers["x-trace"] == "abc"
    assert request.headers["openai-beta"] == "assistants=v2"
    assert request.json == {
        "model": "gpt-4o",
        "messages": MESSAGES,
        "temperature": 0.0,
        "custom": {"nested": [1, None]},
    }
    assert_common_headers(request)


def test_extra_query_and_headers_on_a_get(run: Runner) -> None:
    run.server.route("GET", "/v1/models/gpt-4o-mini", JSONResponse(MODEL))
    run.call(
        lambda c: c.models.retrieve("gpt-4o-mini", extra_query={"a": "1 2&3"}, extra_headers={"X-A": "b"})
    )
    assert run.server.last.query == [("a", "1 2&3")]
    assert run.server.last.headers["x-a"] == "b"
    assert run.server.last.body == b""


def test_extra_headers_replace_built_in_ones_whatever_their_case(run: Runner) -> None:
    run.server.route("GET", "/v1/models/gpt-4o-mini", JSONResponse(MODEL))
    run.call(
        lambda c: c.models.retrieve(
            "gpt-4o-mini", extra_headers={"authorization": "Bearer other", "openai-organization": "org-2"}
        ),
        organization="org-1",
    )
    names = [name.lower() for name, _ in run.server.last.raw_headers]
    assert names.count("authorization") == 1
    assert names.count("openai-organization") == 1
    assert run.server.last.headers["authorization"] == "Bearer other"
    assert run.server.last.headers["openai-organization"] == "org-2"


def test_omit_removes_a_header(run: Runner) -> None:
    run.server.route("GET", "/v1/models/gpt-4o-mini", JSONResponse(MODEL))
    run.call(
        lambda c: c.models.retrieve(
            "gpt-4o-mini", extra_headers={"openai-organization": oaiclient.omit, "User-Agent": oaiclient.omit}
        ),
        organization="org-1",
        project="proj-1",
    )
    assert "openai-organization" not in run.server.last.headers
    assert run.server.last.headers["openai-project"] == "proj-1"
    assert not run.server.last.headers.get("user-agent", "").startswith("oaiclient")


def test_default_headers_and_default_query(run: Runner) -> None:
    run.server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    run.call(
        lambda c: c.models.list(extra_query={"b": "2"}, extra_headers={"X-Two": "2"}),
        default_headers={"X-One": "1", "x-two": "default"},
        default_query={"a": "1", "b": "default"},
    )
    request = run.server.last
    assert request.query_dict == {"a": "1", "b": "2"}
    assert request.headers["x-one"] == "1"
    assert request.headers["x-two"] == "2"


def test_organization_and_project_by_argument(run: Runner) -> None:
    run.server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    run.call(lambda c: c.models.list(), organization="org-abc", project="proj_xyz")
    assert run.server.last.headers["openai-organization"] == "org-abc"
    assert run.server.last.headers["openai-project"] == "proj_xyz"


def test_organization_and_project_from_the_environment(run: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_ORG_ID", "org-env")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-env")
    run.server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    run.call(lambda c: c.models.list())
    assert run.server.last.headers["openai-organization"] == "org-env"
    assert run.server.last.headers["openai-project"] == "proj-env"
    # an argument wins over the environment
    run.call(lambda c: c.models.list(), organization="org-arg")
    assert run.server.last.headers["openai-organization"] == "org-arg"
    assert run.server.last.headers["openai-project"] == "proj-env"


def test_base_url_and_api_key_from_the_environment(run: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", run.server.url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    run.server.route("GET", "/v1/models/gpt-4o-mini", JSONResponse(MODEL))
    model = run.call(lambda c: c.models.retrieve("gpt-4o-mini"), base_url=DROP, api_key=DROP)
    assert model.id == "gpt-4o-mini"
    assert run.server.last.path == "/v1/models/gpt-4o-mini"
    assert run.server.last.headers["authorization"] == "Bearer sk-from-env"


@pytest.mark.parametrize("suffix", ["", "/"])
def test_base_url_path_is_kept_with_or_without_trailing_slash(run: Runner, suffix: str) -> None:
    run.server.route("GET", "/proxy/openai/v1/models", JSONResponse(MODEL_LIST))
    page = run.call(lambda c: c.models.list(), base_url=f"{run.server.origin}/proxy/openai/v1{suffix}")
    assert len(page.data) == 3
    assert run.server.last.path == "/proxy/openai/v1/models"


def test_each_route_and_a_new_base_url_reach_their_own_address(
    run: Runner, other_server: RecordingServer
) -> None:
    # The client keeps each route's URL; a base URL set anew must not reach the old one.
    run.server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))
    run.server.route("GET", "/v1/models/gpt-4o-mini", JSONResponse(MODEL))
    other_server.route("GET", "/v1/models", JSONResponse(MODEL_LIST))

    async def steps(client: Any) -> None:
        for call in [lambda: client.models.list(), lambda: client.models.retrieve("gpt-4o-mini")] * 2:
            result = call()
            if inspect.isawaitable(result):
                await result
        client.base_url = httpx.URL(other_server.url + "/")
        result = client.models.list()
        if inspect.isawaitable(result):
            await result

    async def main() -> None:
        client = run.client()
        try:
            await steps(client)
        finally:
            closed = client.close()
            if inspect.isawaitable(closed):
                await closed

    asyncio.run(main())
    assert [r.path for r in run.server.requests] == ["/v1/models", "/v1/models/gpt-4o-mini"] * 2
    assert [r.path for r in other_server.requests] == ["/v1/models"]


def test_missing_api_key_says_how_to_fix_it(run: Runner) -> None:
    cls = AsyncOpenAI if run.is_async else OpenAI
    for options in ({}, {"api_key": ""}):
        with pytest.raises(oaiclient.OpenAIError) as caught:
            cls(base_url=run.server.url, **options)
        message = str(caught.value)
        assert "OPENAI_API_KEY" in message
        assert "api_key" in message
        assert not isinstance(caught.value, oaiclient.APIError)
    assert run.server.requests == []


def test_keep_alive_reuses_the_connection(run: Runner) -> None:
    run.server.route("GET", "/v1/models/gpt-4o-mini", JSONResponse(MODEL))
    run.server.route("POST", "/v1/embeddings", JSONResponse(embedding_response([1.0])))

    def three_calls(client: Any) -> Any:
        if run.is_async:

            async def calls() -> None:
                await client.models.retrieve("gpt-4o-mini")
                await client.embeddings.create(model="m", input="x", encoding_format="float")
                await client.models.retrieve("gpt-4o-mini")

            return calls()
        client.models.retrieve("gpt-4o-mini")
        client.embeddings.create(model="m", input="x", encoding_format="float")
        client.models.retrieve("gpt-4o-mini")

    run.call(three_calls)
    assert len({request.connection for request in run.server.requests}) == 1
    assert len(run.server.requests) == 3


def test_repr_of_the_client_hides_the_key(run: Runner) -> None:
    client = run.client(organization="org-1")
    try:
        assert KEY not in repr(client)
        assert KEY not in str(client)
        assert run.server.url in repr(client)
    finally:
        if isinstance(client, OpenAI):
            client.close()
        else:
            asyncio.run(client.close())


# -- errors --------------------------------------------------------------------------

STATUS_CLASSES = [
    (400, oaiclient.BadRequestError),
    (401, oaiclient.AuthenticationError),
    (403, oaiclient.PermissionDeniedError),
    (404, oaiclient.NotFoundError),
    (409, oaiclient.ConflictError),
    (422, oaiclient.UnprocessableEntityError),
    (429, oaiclient.RateLimitError),
    (500, oaiclient.InternalServerError),
    (503, oaiclient.InternalServerError),
]


def assert_key_hidden(exc: BaseException) -> None:
    """The key is nowhere in the exception, its chain, or their reprs."""
    seen: BaseException | None = exc
    while seen is not None:
        assert KEY not in str(seen)
        assert KEY not in repr(seen)
        assert all(KEY not in repr(arg) for arg in seen.args)
        seen = seen.__cause__ or seen.__context__


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES, ids=[str(s) for s, _ in STATUS_CLASSES])
def test_error_status_raises_its_class(run: Runner, status: int, cls: type[oaiclient.APIStatusError]) -> None:
    body = error_body(f"Something about status {status}.", code=f"code_{status}")
    run.server.route(
        "POST",
        "/v1/chat/completions",
        JSONResponse(body, status=status, headers={"x-request-id": f"req_{status}"}),
    )
    with pytest.raises(oaiclient.APIStatusError) as caught:
        run.call(lambda c: c.chat.completions.create(model="gpt-4o", messages=MESSAGES))
    error = caught.value
    assert type(error) is cls
    assert error.status_code == status
    assert f"Something about status {status}." in error.message
    assert error.message == str(error)
    assert error.body == body["error"]
    assert error.code == f"code_{status}"
    assert error.type == "invalid_request_error"
    assert error.request_id == f"req_{status}"
    assert error.response.status_code == status
    assert len(run.server.requests) == 1  # max_retries=0
    assert_key_hidden(error)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_not_retried(run: Runner, status: int) -> None:
    run.server.route("GET", "/v1/models", JSONResponse(error_body("no"), status=status))
    with pytest.raises(oaiclient.APIStatusError):
        run.call(lambda c: c.models.list(), max_retries=3)
    assert len(run.server.requests) == 1


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (408, oaiclient.APIStatusError),
        (409, oaiclient.ConflictError),
        (429, oaiclient.RateLimitError),
        (500, oaiclient.InternalServerError),
        (502, oaiclient.InternalServerError),
    ],
)
def test_retryable_statuses_are_retried_until_max_retries(
    run: Runner, status: int, cls: type[oaiclient.APIStatusError]
) -> None:
    run.server.route(
        "GET", "/v1/models", JSONResponse(error_body("busy"), status=status, headers={"retry-after-ms": "0"})
    )
    with pytest.raises(cls) as caught:
        run.call(lambda c: c.models.list(), max_retries=2)
    assert caught.value.status_code == status
    requests = run.server.requests
    assert len(requests) == 3
    assert [r.headers.get("x-stainless-retry-count") for r in requests] == [None, "1", "2"]


def test_429_with_retry_after_ms_is_retried_then_succeeds(run: Runner) -> None:
    run.server.route(
        "POST",
        "/v1/embeddings",
        [
            JSONResponse(
                error_body("Rate limit reached.", type_="requests"),
                status=429,
                headers={"retry-after-ms": "10"},
            ),
            JSONResponse(embedding_response([0.5, 0.25])),
        ],
    )
    delays: list[float] = []
    client = run.client(max_retries=2)
    real_delay = client._retry_delay

    def recording_delay(retries_taken: int, response: httpx.Response | None) -> float:
        delay = real_delay(retries_taken, response)
        delays.append(delay)
        return delay

    client._retry_delay = recording_delay  # type: ignore[method-assign]
    if isinstance(client, OpenAI):
        with client:
            result = client.embeddings.create(model="m", input="x", encoding_format="float")
    else:

        async def main() -> Any:
            async with client:
                return await client.embeddings.create(model="m", input="x", encoding_format="float")

        result = asyncio.run(main())
    assert result.data[0].embedding == [0.5, 0.25]
    attempts = run.server.requests_to("POST", "/v1/embeddings")
    assert len(attempts) == 2
    assert delays == [0.01]
    assert attempts[0].json == attempts[1].json == {"model": "m", "input": "x", "encoding_format": "float"}
    assert "x-stainless-retry-count" not in attempts[0].headers
    assert attempts[1].headers["x-stainless-retry-count"] == "1"


def test_x_should_retry_overrides_the_status(run: Runner) -> None:
    run.server.route(
        "GET",
        "/v1/models",
        JSONResponse(error_body("fatal"), status=500, headers={"x-should-retry": "false"}),
    )
    with pytest.raises(oaiclient.InternalServerError):
        run.call(lambda c: c.models.list(), max_retries=2)
    assert len(run.server.requests) == 1
    run.server.clear()
    run.server.route(
        "GET",
        "/v1/models",
        [
            JSONResponse(
                error_body("try again"), status=400, headers={"x-should-retry": "true", "retry-after-ms": "0"}
            ),
            JSONResponse(MODEL_LIST),
        ],
    )
    page = run.call(lambda c: c.models.list(), max_retries=2)
    assert len(page.data) == 3
    assert len(run.server.requests) == 2


def test_error_with_a_text_body(run: Runner) -> None:
    run.server.route(
        "GET", "/v1/models", RawResponse(b"<html>Bad Gateway</html>", status=502, content_type="text/html")
    )
    with pytest.raises(oaiclient.InternalServerError) as caught:
        run.call(lambda c: c.models.list())
    assert "Bad Gateway" in caught.value.message
    assert caught.value.body == "<html>Bad Gateway</html>"
    assert caught.value.request_id is None


def test_error_status_on_a_streaming_call(run: Runner) -> None:
    run.server.route(
        "POST",
        "/v1/chat/completions",
        JSONResponse(
            error_body("stream refused", code="bad_stream"), status=400, headers={"x-request-id": "req_s"}
        ),
    )
    with pytest.raises(oaiclient.BadRequestError) as caught:
        run.stream(lambda c: c.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True))
    assert "stream refused" in caught.value.message
    assert caught.value.body == error_body("stream refused", code="bad_stream")["error"]
    assert caught.value.request_id == "req_s"
    assert_key_hidden(caught.value)


def test_connection_refused_is_a_connection_error(run: Runner) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago, and is closed now
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(oaiclient.APIConnectionError) as caught:
        run.call(lambda c: c.models.list(), base_url=f"http://127.0.0.1:{port}/v1")
    assert not isinstance(caught.value, oaiclient.APITimeoutError)
    assert_key_hidden(caught.value)


def test_timeout_is_a_timeout_error(run: Runner) -> None:
    run.server.route("GET", "/v1/models", HangResponse(10))
    with pytest.raises(oaiclient.APITimeoutError) as caught:
        run.call(lambda c: c.models.list(timeout=0.3))
    assert isinstance(caught.value, oaiclient.APIConnectionError)
    assert len(run.server.requests) == 1
    assert_key_hidden(caught.value)


def test_response_that_does_not_match_the_model(run: Runner) -> None:
    run.server.route(
        "GET", "/v1/models/gpt-4o-mini", JSONResponse({"id": "gpt-4o-mini", "created": "yesterday"})
    )
    with pytest.raises(oaiclient.APIResponseValidationError) as caught:
        run.call(lambda c: c.models.retrieve("gpt-4o-mini"))
    assert caught.value.status_code == 200
    assert "Model" in caught.value.message
    assert caught.value.body == {"id": "gpt-4o-mini", "created": "yesterday"}
    assert_key_hidden(caught.value)


def test_response_that_is_not_json(run: Runner) -> None:
    run.server.route(
        "POST", "/v1/images/generations", RawResponse(b"<html>oops</html>", content_type="text/html")
    )
    with pytest.raises(oaiclient.APIResponseValidationError) as caught:
        run.call(lambda c: c.images.generate(prompt="x"))
    assert caught.value.status_code == 200


def test_unknown_response_fields_are_kept(run: Runner) -> None:
    run.server.route("GET", "/v1/models/gpt-4o-mini", JSONResponse({**MODEL, "brand_new_field": [1, 2]}))
    model = run.call(lambda c: c.models.retrieve("gpt-4o-mini"))
    assert model.to_dict()["brand_new_field"] == [1, 2]


# -- stream edge cases -------------------------------------------------------------


def _chat_stream(client: Any) -> Any:
    return client.chat.completions.create(model="gpt-4o", messages=MESSAGES, stream=True)


def test_stream_cut_before_done_is_a_connection_error(run: Runner) -> None:
    events = [sse_event(chat_chunk({"content": "a"})), sse_event(chat_chunk({"content": "b"})), DONE]
    run.server.route("POST", "/v1/chat/completions", SSEResponse(events, cut_after=2))
    received: list[Any] = []

    def consume(client: Any) -> Any:
        if run.is_async:

            async def read() -> None:
                async for chunk in await _chat_stream(client):
                    received.append(chunk)

            return read()
        for chunk in _chat_stream(client):
            received.append(chunk)

    with pytest.raises(oaiclient.APIConnectionError) as caught:
        run.call(consume)
    assert [chunk.choices[0].delta.content for chunk in received] == ["a", "b"]
    # the connection really broke (rather than the body ending early but cleanly)
    assert isinstance(caught.value.__cause__, httpx.TransportError)
    assert_key_hidden(caught.value)


def test_stream_ending_without_done_is_a_connection_error(run: Runner) -> None:
    run.server.route("POST", "/v1/chat/completions", SSEResponse([sse_event(chat_chunk({"content": "a"}))]))
    with pytest.raises(oaiclient.APIConnectionError) as caught:
        run.stream(_chat_stream)
    assert "[DONE]" in caught.value.message


def test_stream_with_a_last_event_missing_its_blank_line_still_reads_it(run: Runner) -> None:
    events = [sse_event(chat_chunk({"content": "a"})), b"data: [DONE]"]
    run.server.route("POST", "/v1/chat/completions", SSEResponse(events))
    chunks = run.stream(_chat_stream)
    assert [c.choices[0].delta.content for c in chunks] == ["a"]


@pytest.mark.parametrize(
    "event",
    [
        b'event: error\ndata: {"error": {"message": "The server had an error", "type": "server_error"}}\n\n',
        b'event: error\ndata: {"message": "The server had an error"}\n\n',
        b'data: {"error": {"message": "The server had an error", "type": "server_error", "code": null}}\n\n',
        b'data: { "error" : {"message": "The server had an error"} }\n\n',
        b'data: {\ndata:   "error": {\ndata:     "message": "The server had an error"\ndata:   }\ndata: }\n\n',
    ],
    ids=["error-event", "error-event-flat", "error-object", "error-object-spaced", "error-object-multi-line"],
)
def test_error_in_a_stream_raises_api_error(run: Runner, event: bytes) -> None:
    events = [sse_event(chat_chunk({"content": "a"})), event, sse_event(chat_chunk({"content": "b"})), DONE]
    run.server.route("POST", "/v1/chat/completions", SSEResponse(events))
    with pytest.raises(oaiclient.APIError) as caught:
        run.stream(_chat_stream)
    assert type(caught.value) is oaiclient.APIError
    assert caught.value.message == "The server had an error"
    assert_key_hidden(caught.value)


def test_a_chunk_with_a_null_error_field_is_not_an_error(run: Runner) -> None:
    events = [sse_event({**chat_chunk({"content": "a"}), "error": None}), DONE]
    run.server.route("POST", "/v1/chat/completions", SSEResponse(events))
    chunks = run.stream(_chat_stream)
    assert chunks[0].choices[0].delta.content == "a"


def test_stream_chunk_that_does_not_match_the_model(run: Runner) -> None:
    events = [sse_event({"id": "x", "object": "chat.completion.chunk"}), DONE]
    run.server.route("POST", "/v1/chat/completions", SSEResponse(events))
    with pytest.raises(oaiclient.APIResponseValidationError):
        run.stream(_chat_stream)


def _endless_chat_stream(server: RecordingServer) -> None:
    events = [sse_event(chat_chunk({"content": str(i)})) for i in range(3)]
    server.route("POST", "/v1/chat/completions", SSEResponse(events, wait_for_disconnect=True))


def test_breaking_out_of_a_sync_stream_and_closing_it(server: RecordingServer) -> None:
    _endless_chat_stream(server)
    with OpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
        stream = _chat_stream(client)
        for chunk in stream:
            assert chunk.choices[0].delta.content == "0"
            break
        stream.close()
        assert stream.response.is_closed
        assert server.wait_for_disconnect(5), "the client kept the stream's connection open"
        assert list(stream) == []  # a closed stream yields nothing more
        # the client still works afterwards
        server.route("GET", "/v1/models/gpt-4o-mini", JSONResponse(MODEL))
        assert client.models.retrieve("gpt-4o-mini").id == "gpt-4o-mini"


def test_sync_stream_context_manager_closes_on_exit(server: RecordingServer) -> None:
    _endless_chat_stream(server)
    with OpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
        with _chat_stream(client) as stream:
            assert next(iter(stream)).choices[0].delta.content == "0"
            assert next(stream).choices[0].delta.content == "1"
        assert stream.response.is_closed
        assert server.wait_for_disconnect(5)


def test_sync_stream_closed_before_reading(server: RecordingServer) -> None:
    _endless_chat_stream(server)
    with OpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
        stream = _chat_stream(client)
        stream.close()
        assert stream.response.is_closed
        assert server.wait_for_disconnect(5)


def test_breaking_out_of_an_async_stream_and_closing_it(server: RecordingServer) -> None:
    _endless_chat_stream(server)

    async def main() -> None:
        async with AsyncOpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
            stream = await _chat_stream(client)
            async for chunk in stream:
                assert chunk.choices[0].delta.content == "0"
                break
            await stream.close()
            assert stream.response.is_closed
            assert await asyncio.to_thread(server.wait_for_disconnect, 5)
            server.route("GET", "/v1/models/gpt-4o-mini", JSONResponse(MODEL))
            assert (await client.models.retrieve("gpt-4o-mini")).id == "gpt-4o-mini"

    asyncio.run(main())


def test_async_stream_context_manager_closes_on_exit(server: RecordingServer) -> None:
    _endless_chat_stream(server)

    async def main() -> None:
        async with AsyncOpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
            async with await _chat_stream(client) as stream:
                async for chunk in stream:
                    assert chunk.choices[0].delta.content == "0"
                    break
            assert stream.response.is_closed
            assert await asyncio.to_thread(server.wait_for_disconnect, 5)

    asyncio.run(main())


def test_async_stream_aclose_before_reading(server: RecordingServer) -> None:
    _endless_chat_stream(server)

    async def main() -> None:
        async with AsyncOpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
            stream = await _chat_stream(client)
            await stream.aclose()
            assert stream.response.is_closed
            assert await asyncio.to_thread(server.wait_for_disconnect, 5)

    asyncio.run(main())


def test_an_error_mid_stream_closes_the_response(run: Runner) -> None:
    events = [sse_event(chat_chunk({"content": "a"})), sse_event({"error": {"message": "boom"}})]
    run.server.route("POST", "/v1/chat/completions", SSEResponse(events, wait_for_disconnect=True))
    with pytest.raises(oaiclient.APIError, match="boom"):
        run.stream_partly(_chat_stream, 10)
    assert run.server.wait_for_disconnect(5)


def test_reading_a_whole_stream_closes_the_response(run: Runner) -> None:
    run.server.route(
        "POST", "/v1/chat/completions", SSEResponse([sse_event(chat_chunk({"content": "a"})), DONE])
    )
    responses: list[Any] = []

    def consume(client: Any) -> Any:
        if run.is_async:

            async def read() -> list[Any]:
                stream = await _chat_stream(client)
                responses.append(stream.response)
                return [chunk async for chunk in stream]

            return read()
        stream = _chat_stream(client)
        responses.append(stream.response)
        return list(stream)

    chunks = run.call(consume)
    assert len(chunks) == 1
    assert responses[0].is_closed
