"""Contract cases for the Responses API: create, retrieve, cancel, delete, input items.

`CASES`, `RESPONSE_MODELS` and `REFERENCE_QUIRKS` are used by test_contract.py
with the other areas'. The requests cover the big unions of the request body
(input items, content parts, tools, tool choices, text formats); the answers
Prism makes up from the reference exercise the unions of the response (output
items, annotations, tool calls) and must parse into our models and dump back
unchanged. The tests here add what one call cannot show: the input items
followed across pages, a streamed create reaching Prism, and requests the
reference must refuse.
"""

from __future__ import annotations

import asyncio
import typing
from typing import Any

import pytest

import oaiclient
from oaiclient import models as m
from tests.contract.casekit import Case, _method, check_sent

pytestmark = pytest.mark.contract

RESPONSE_ID = "resp_677efb5139a88190b512bc3fef8e535d"
PNG_DATA_URL = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
    "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
PDF_BASE64 = "JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nPj4KZW5kb2JqCg=="

WEATHER_FUNCTION = {
    "type": "function",
    "name": "get_weather",
    "description": "Current weather for a city.",
    "parameters": {
        "type": "object",
        "properties": {
            "city": {"type": "string"},
            "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
        },
        "required": ["city", "unit"],
        "additionalProperties": False,
    },
    "strict": True,
}
WEATHER_CALL = {
    "type": "function_call",
    "id": "fc_123",
    "call_id": "call_abc",
    "name": "get_weather",
    "arguments": '{"city": "Paris", "unit": "celsius"}',
    "status": "completed",
}


def _members(alias: Any) -> tuple[type, ...]:
    """The model classes of a union alias, for isinstance checks."""
    found: list[type] = []

    def walk(annotation: Any) -> None:
        while hasattr(annotation, "__value__") or typing.get_origin(annotation) is typing.Annotated:
            annotation = (
                annotation.__value__ if hasattr(annotation, "__value__") else typing.get_args(annotation)[0]
            )
        if isinstance(annotation, typing.ForwardRef):
            annotation = getattr(m, annotation.__forward_arg__)
        if isinstance(annotation, str):
            annotation = getattr(m, annotation)
        if isinstance(annotation, type):
            found.append(annotation)
        else:
            for arg in typing.get_args(annotation):
                walk(arg)

    walk(alias)
    return tuple(found)


RESPONSE_ITEMS = _members(m.ResponseItem)


# The reference's own example of a response breaks it (`user: null`, output text
# without `logprobs`), and so do many of Prism's random ones: output items that match
# several members of a `oneOf` whose `type` is optional. Prism's random input item
# pages sometimes crash its data faker instead.
INVALID_ANSWERS = "Prism's answers for the Responses API often break the reference itself"


def create(id: str, **kwargs: Any) -> Case:
    kwargs.setdefault("model", "gpt-4o")
    return Case(
        f"responses-create-{id}",
        "responses.create",
        m.Response,
        kwargs=kwargs,
        prism_answers_may_be_invalid=INVALID_ANSWERS,
    )


def about(id: str, method: str, expected: Any, **options: Any) -> Case:
    """A call about one stored response."""
    return Case(
        f"responses-{id}",
        method,
        expected,
        args=(RESPONSE_ID,),
        prism_answers_may_be_invalid=INVALID_ANSWERS,
        **options,
    )


CASES = [
    create("string-input", input="Write a one-sentence bedtime story about a unicorn."),
    # The reference's `oneOf` of input items takes a user, system or developer message
    # whose content is a list of parts for both an easy message and an input message,
    # so it refuses all of them (Prism does too): content parts reach it here through
    # assistant messages, tool outputs and prompt variables instead. The wire tests
    # and test_client_responses.py send user messages with parts.
    create(
        "messages",
        model="gpt-4.1-mini",
        instructions="Answer in French.",
        input=[
            {"role": "system", "content": "Be brief."},
            {"role": "developer", "content": "Prefer metric units."},
            {"role": "user", "type": "message", "content": "What is in this image?"},
            {
                "role": "assistant",
                "content": [
                    {"type": "input_text", "text": "I looked at these:"},
                    {"type": "input_image", "image_url": PNG_DATA_URL, "detail": "low"},
                    {"type": "input_image", "file_id": "file-img123", "detail": "auto"},
                    {"type": "input_file", "filename": "notes.pdf", "file_data": f"data:application/pdf;base64,{PDF_BASE64}"},
                    {"type": "input_file", "file_id": "file-abc123"},
                    {"type": "input_file", "file_url": "https://example.com/report.pdf"},
                ],
                "phase": "commentary",
            },
        ],
        temperature=0.3,
        top_p=0.9,
        max_output_tokens=256,
        metadata={"ticket": "T-1234"},
        store=True,
        service_tier="flex",
        truncation="auto",
        user="user-1234",
        safety_identifier="hash-5f2b",
        prompt_cache_key="bedtime-stories",
    ),
    create(
        "function-tools",
        input="What's the weather like in Paris today?",
        tools=[WEATHER_FUNCTION],
        tool_choice="auto",
        parallel_tool_calls=False,
        max_tool_calls=3,
    ),
    create(
        "function-call-output",
        previous_response_id=RESPONSE_ID,
        input=[
            {"role": "user", "content": "What's the weather like in Paris today?"},
            WEATHER_CALL,
            {"type": "function_call_output", "call_id": "call_abc", "output": '{"temperature_c": 18}'},
            {
                "type": "function_call_output",
                "call_id": "call_def",
                "output": [
                    {"type": "input_text", "text": "No data for Lyon; here is the map."},
                    {"type": "input_image", "image_url": PNG_DATA_URL, "detail": "high"},
                    {"type": "input_file", "file_id": "file-map123"},
                ],
            },
            {"type": "custom_tool_call", "call_id": "call_sql", "name": "run_sql", "input": "SELECT 1"},
            {"type": "custom_tool_call_output", "call_id": "call_sql", "output": "1"},
        ],
        tools=[WEATHER_FUNCTION],
        tool_choice={"type": "function", "name": "get_weather"},
    ),
    create(
        "output-items-as-input",
        input=[
            {"type": "item_reference", "id": "msg_123"},
            {
                "type": "message",
                "id": "msg_456",
                "role": "assistant",
                "status": "completed",
                "content": [{"type": "output_text", "text": "Hello!", "annotations": [], "logprobs": []}],
            },
            {"type": "reasoning", "id": "rs_123", "summary": [{"type": "summary_text", "text": "Thought about it."}]},
            {"role": "user", "content": "And now?"},
        ],
    ),
    create(
        "built-in-tools",
        input="Find recent news about sea otters and chart their population.",
        tools=[
            {
                "type": "web_search",
                "search_context_size": "low",
                "user_location": {"type": "approximate", "country": "US", "city": "Monterey"},
                "filters": {"allowed_domains": ["noaa.gov", "fws.gov"]},
            },
            {"type": "web_search_preview", "search_context_size": "medium"},
            {
                "type": "file_search",
                "vector_store_ids": ["vs_123"],
                "max_num_results": 5,
                # A compound filter cannot pass: the reference nests filters with
                # `$recursiveRef`, which no validator here resolves.
                "filters": {"type": "eq", "key": "region", "value": "pacific"},
                "ranking_options": {"ranker": "auto", "score_threshold": 0.5},
            },
            {"type": "code_interpreter", "container": {"type": "auto", "file_ids": ["file-abc123"]}},
            {"type": "image_generation", "quality": "low", "size": "1024x1024", "output_format": "png"},
            {
                "type": "mcp",
                "server_label": "deepwiki",
                "server_url": "https://mcp.deepwiki.com/mcp",
                "require_approval": "never",
                "allowed_tools": ["ask_question"],
            },
        ],
        tool_choice={"type": "web_search_preview"},
        include=["web_search_call.action.sources", "file_search_call.results", "code_interpreter_call.outputs"],
    ),
    create(
        "custom-tool-and-allowed-tools",
        model="gpt-5",
        input="Query the orders table for yesterday's total.",
        tools=[
            {
                "type": "custom",
                "name": "run_sql",
                "description": "Run a read-only SQL query.",
                "format": {"type": "grammar", "syntax": "lark", "definition": 'start: "SELECT " /[a-z_, ]+/'},
            },
            {"type": "custom", "name": "take_note", "format": {"type": "text"}},
            WEATHER_FUNCTION,
        ],
        tool_choice={
            "type": "allowed_tools",
            "mode": "required",
            "tools": [{"type": "custom", "name": "run_sql"}, {"type": "function", "name": "get_weather"}],
        },
    ),
    create(
        "structured-output",
        input="Extract the event: Alice and Bob meet for lunch on Friday.",
        text={
            "format": {
                "type": "json_schema",
                "name": "calendar_event",
                "schema": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "day": {"type": "string"},
                        "participants": {"type": "array", "items": {"type": "string"}},
                    },
                    "required": ["name", "day", "participants"],
                    "additionalProperties": False,
                },
                "strict": True,
            },
            "verbosity": "low",
        },
    ),
    create("json-mode", input="List three colours as JSON.", text={"format": {"type": "json_object"}}),
    create(
        "reasoning",
        model="o3-mini",
        input="How many r's are in 'strawberry'?",
        reasoning={"effort": "high", "summary": "auto"},
        include=["reasoning.encrypted_content"],
        store=False,
    ),
    create(
        "conversation-and-prompt",
        conversation="conv_689667905b048191b4740501625afd940c7533ace33a2dab",
        prompt={"id": "pmpt_123", "version": "2", "variables": {"city": "Paris", "photo": {"type": "input_image", "image_url": PNG_DATA_URL, "detail": "auto"}}},
        background=True,
        top_logprobs=2,
    ),
    create("conversation-object", conversation={"id": "conv_123"}, input="Continue."),
    create(
        "explicit-nulls",
        input="Hello",
        instructions=None,
        previous_response_id=None,
        conversation=None,
        reasoning=None,
        max_output_tokens=None,
        max_tool_calls=None,
        temperature=None,
        top_p=None,
        store=None,
        background=None,
        include=None,
        metadata=None,
        prompt=None,
        service_tier=None,
        truncation=None,
        parallel_tool_calls=None,
        safety_identifier=None,
        prompt_cache_key=None,
        stream=False,
    ),
    about("retrieve", "responses.retrieve", m.Response),
    about("cancel", "responses.cancel", m.Response),
    about("delete", "responses.delete", type(None)),
    about("input-items", "responses.input_items.list", RESPONSE_ITEMS, page=True),
    about(
        "input-items-options",
        "responses.input_items.list",
        RESPONSE_ITEMS,
        kwargs={"limit": 10, "order": "asc", "after": "msg_abc"},
        page=True,
    ),
]

RESPONSE_MODELS: dict[str, dict[str, Any]] = {
    "responses.create": {"application/json": m.Response, "text/event-stream": m.ResponseStreamEvent},
    "responses.retrieve": {"application/json": m.Response},
    "responses.cancel": {"application/json": m.Response},
    "responses.delete": {},
    # The page class parses the same JSON; the spec's list model names every field.
    "responses.input_items.list": {"application/json": m.ResponseItemList},
}

REFERENCE_QUIRKS: dict[str, str] = {
    "response_id: required by the reference, missing from our ResponseAudio": (
        "The reference lists `response_id` as required for some audio events without declaring it; "
        "the API does not send it."
    ),
    "call_id: required by the reference, missing from our ResponseLocalShellCallOutput": (
        "The reference lists `call_id` as required without declaring it; the item carries the call's `id`."
    ),
    "request_id: required by the reference, missing from our ResponseMcpApprovalResponse": (
        "The reference lists `request_id` as required without declaring it; the API uses "
        "`approval_request_id`."
    ),
    # The reference nests compound filters through `$recursiveRef`, which the walk does
    # not follow: a compound filter inside another is compared with a comparison filter.
    "filters.filters.type: reference values ['eq'": "A nested compound filter meets `$recursiveRef`.",
    "our CompoundFilter": "A nested compound filter meets `$recursiveRef`.",
}


# ------------------------------------------------------------- pages, one after another

# Prism's static page always says `has_more: true`, so the walk is cut after a few
# pages; the walk to a real end is in tests/test_client_responses.py.
PAGES = 3
ITEMS_PATH = f"/responses/{RESPONSE_ID}/input_items"


def _check_walk(exchanges: list[Any], pages: list[Any]) -> None:
    assert [e.path for e in exchanges] == [ITEMS_PATH] * len(pages)
    assert exchanges[0].query == {"limit": "2"}
    for page, later in zip(pages, exchanges[1:]):
        assert page.has_more is True and page.data, "Prism's page did not claim more"
        # The next request asks for what follows the last item of the page before.
        assert later.query == {"limit": "2", "after": page.data[-1].id}
    for page, exchange in zip(pages, exchanges):
        assert all(isinstance(item, RESPONSE_ITEMS) for item in page.data)
        assert page.to_dict() == exchange.response_json


def test_input_items_pages_through_prism_sync(client: Any, recorder: Any) -> None:
    first = client.responses.input_items.list(RESPONSE_ID, limit=2)
    start = len(recorder.exchanges) - 1
    pages = []
    for page in first.iter_pages():
        pages.append(page)
        if len(pages) == PAGES:
            break
    assert len(pages) == PAGES
    _check_walk(recorder.exchanges[start:], pages)


def test_input_items_pages_through_prism_async(harness: Any) -> None:
    async def scenario() -> list[Any]:
        async with harness.async_client() as client:
            first = await client.responses.input_items.list(RESPONSE_ID, limit=2)
            pages = []
            async for page in first.iter_pages():
                pages.append(page)
                if len(pages) == PAGES:
                    break
            return pages

    start = len(harness.recorder.exchanges)
    pages = asyncio.run(scenario())
    assert len(pages) == PAGES
    _check_walk(harness.recorder.exchanges[start:], pages)


# --------------------------------------------------------------------- streaming
#
# As for chat completions (see test_contract.py), Prism validates a streamed
# create and then fails with 500 NO_COMPLEX_OBJECT_TEXT: it cannot write the
# event schema as text. What it shows is that the request got past validation,
# asked for an event stream and carried the stream arguments; the events
# themselves are parsed in tests/test_client_responses.py.

STREAM = create(
    "stream",
    input=[{"role": "user", "content": "Tell me a three sentence bedtime story about a unicorn."}],
    stream=True,
    stream_options={"include_obfuscation": False},
    tools=[WEATHER_FUNCTION],
)


def _check_stream_refusal(exc: oaiclient.APIStatusError, recorder: Any) -> None:
    assert recorder.last.headers.get("accept") == "text/event-stream", "the client did not ask for SSE"
    check_sent(STREAM, recorder)
    body = exc.body if isinstance(exc.body, dict) else {}
    assert exc.status_code == 500 and str(body.get("type", "")).endswith("#NO_COMPLEX_OBJECT_TEXT"), body


def test_stream_request_accepted_sync(client: Any, recorder: Any) -> None:
    with pytest.raises(oaiclient.APIStatusError) as info:
        _method(client, STREAM.method)(**STREAM.kwargs).close()
    _check_stream_refusal(info.value, recorder)


def test_stream_request_accepted_async(harness: Any) -> None:
    async def scenario() -> oaiclient.APIStatusError:
        async with harness.async_client() as client:
            try:
                stream = await _method(client, STREAM.method)(**STREAM.kwargs)
            except oaiclient.APIStatusError as exc:
                return exc
            await stream.aclose()
            raise AssertionError("Prism unexpectedly streamed; extend this test")

    _check_stream_refusal(asyncio.run(scenario()), harness.recorder)


# ------------------------------------------------------------------ negative controls

# Mistakes against limits and unions of the reference, each caught by the local judge.
INVALID = [
    ("too-few-output-tokens", {"max_output_tokens": 8}, "max_output_tokens"),
    ("unknown-tool", {"tools": [{"type": "telepathy"}]}, "tools"),
    ("function-without-name", {"tools": [{"type": "function", "parameters": {}, "strict": True}]}, "tools"),
    ("unknown-tool-choice", {"tool_choice": "sometimes"}, "tool_choice"),
    ("unknown-include", {"include": ["output.secrets"]}, "include"),
    ("unknown-item", {"input": [{"type": "telegram", "text": "hi"}]}, "input"),
    ("bad-text-format", {"text": {"format": {"type": "json_schema", "schema": {}}}}, "text"),
]


@pytest.mark.parametrize("kwargs, field_name", [i[1:] for i in INVALID], ids=[i[0] for i in INVALID])
def test_local_judge_rejects_invalid_create(
    client: Any, judge: Any, kwargs: dict[str, Any], field_name: str
) -> None:
    with pytest.raises(judge.Error) as info:
        client.responses.create(model="gpt-4o", **kwargs)
    assert f"\n  - {field_name}" in str(info.value), str(info.value)


def test_prism_rejects_an_invalid_create(harness: Any) -> None:
    """Prism checks this request body itself: a limit of the reference is enforced."""
    with harness.sync_client(judged=False) as raw:
        with pytest.raises(oaiclient.UnprocessableEntityError) as info:
            raw.responses.create(model="gpt-4o", input="Hello", max_output_tokens=8)
    validation = info.value.body.get("validation") if isinstance(info.value.body, dict) else None
    assert any(v.get("location") == ["body", "max_output_tokens"] for v in validation or []), info.value.body


def test_include_reaches_prism(client: Any, recorder: Any) -> None:
    """`include` is sent as `include[]=...`, the official client's spelling. The reference
    declares it as `include=...`, so Prism does not read it and cannot check its values:
    even a value outside the reference's enum passes (the wire tests pin the spelling)."""
    client.responses.input_items.list(RESPONSE_ID, include=["message.input_image.image_url"])
    assert recorder.last.query == {"include[]": "message.input_image.image_url"}
    page = client.responses.input_items.list(RESPONSE_ID, include=["output.secrets"])
    assert recorder.last.query == {"include[]": "output.secrets"}
    assert page.data
