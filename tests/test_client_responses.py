"""The Responses API through the generated client against the local recording server.

What Prism cannot show: a stream of typed events that ends at
`response.completed` with no `[DONE]` (and what happens when it ends sooner, or
reports an error), the events parsed into their own classes, a function-calling
round trip, and the input items walked to their real end. Every test runs sync
and async.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

import oaiclient
from oaiclient import AsyncOpenAI, OpenAI
from oaiclient import models as m
from tests.servers import JSONResponse, RecordedRequest, RecordingServer, SSEResponse, sse_event

pytestmark = pytest.mark.usefixtures("clean_env")

KEY = "sk-test-responses"
RESPONSE_ID = "resp_abc123"
MODES = ["sync", "async"]


def response(*output: dict[str, Any], status: str = "completed", **extra: Any) -> dict[str, Any]:
    return {
        "id": RESPONSE_ID,
        "object": "response",
        "created_at": 1741476542,
        "status": status,
        "error": None,
        "incomplete_details": None,
        "instructions": None,
        "model": "gpt-4o-2024-08-06",
        "output": list(output),
        "parallel_tool_calls": True,
        "metadata": {},
        "tool_choice": "auto",
        "tools": [],
        "temperature": 1.0,
        "top_p": 1.0,
        **extra,
    }


def message(text: str, id: str = "msg_1") -> dict[str, Any]:
    return {
        "type": "message",
        "id": id,
        "status": "completed",
        "role": "assistant",
        "content": [{"type": "output_text", "text": text, "annotations": [], "logprobs": []}],
    }


def event(type: str, sequence_number: int, **fields: Any) -> bytes:
    """An event as the API writes it: its type in `event:` and in the data."""
    return sse_event({"type": type, "sequence_number": sequence_number, **fields}, event=type)


TEXT = {"item_id": "msg_1", "output_index": 0, "content_index": 0}
STARTED = response(status="in_progress")
FINISHED = response(message("Once upon a time."))
# A complete stream: the body ends after `response.completed`, with no `[DONE]`.
EVENTS = [
    event("response.created", 0, response=STARTED),
    event("response.in_progress", 1, response=STARTED),
    event(
        "response.output_item.added",
        2,
        output_index=0,
        item={**message("", "msg_1"), "status": "in_progress", "content": []},
    ),
    event(
        "response.content_part.added",
        3,
        **TEXT,
        part={"type": "output_text", "text": "", "annotations": [], "logprobs": []},
    ),
    event("response.output_text.delta", 4, **TEXT, delta="Once upon ", logprobs=[]),
    b": keep-alive\n\n",
    event("response.output_text.delta", 5, **TEXT, delta="a time.", logprobs=[]),
    event("response.output_text.done", 6, **TEXT, text="Once upon a time.", logprobs=[]),
    event(
        "response.content_part.done",
        7,
        **TEXT,
        part={"type": "output_text", "text": "Once upon a time.", "annotations": [], "logprobs": []},
    ),
    event("response.output_item.done", 8, output_index=0, item=message("Once upon a time.")),
    event("response.completed", 9, response=FINISHED),
]
EXPECTED_CLASSES = [
    m.ResponseCreatedEvent,
    m.ResponseInProgressEvent,
    m.ResponseOutputItemAddedEvent,
    m.ResponseContentPartAddedEvent,
    m.ResponseTextDeltaEvent,
    m.ResponseTextDeltaEvent,
    m.ResponseTextDoneEvent,
    m.ResponseContentPartDoneEvent,
    m.ResponseOutputItemDoneEvent,
    m.ResponseCompletedEvent,
]


def _stream_events(server: RecordingServer, mode: str, **kwargs: Any) -> list[Any]:
    """Every event of a streamed create, through the sync or the async client."""
    kwargs = {"model": "gpt-4o", "input": "Tell me a story.", "stream": True, **kwargs}
    if mode == "sync":
        with OpenAI(api_key=KEY, base_url=server.url, max_retries=0, timeout=5) as client:
            with client.responses.create(**kwargs) as stream:
                return list(stream)

    async def main() -> list[Any]:
        async with AsyncOpenAI(api_key=KEY, base_url=server.url, max_retries=0, timeout=5) as client:
            async with await client.responses.create(**kwargs) as stream:
                return [item async for item in stream]

    return asyncio.run(main())


# -- streams -------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_stream_ends_at_response_completed(server: RecordingServer, mode: str) -> None:
    server.route("POST", "/v1/responses", SSEResponse(EVENTS))
    events = _stream_events(server, mode, stream_options={"include_obfuscation": False})
    # Each event is parsed into its own class, picked by `type`.
    assert [type(e) for e in events] == EXPECTED_CLASSES
    assert [e.sequence_number for e in events] == list(range(10))
    text = "".join(e.delta for e in events if isinstance(e, m.ResponseTextDeltaEvent))
    assert text == "Once upon a time."
    added = events[2]
    assert isinstance(added, m.ResponseOutputItemAddedEvent)
    assert isinstance(added.item, m.ResponseOutputMessage) and added.item.status == "in_progress"
    part = events[3]
    assert isinstance(part, m.ResponseContentPartAddedEvent) and isinstance(part.part, m.ResponseOutputText)
    final = events[-1]
    assert isinstance(final, m.ResponseCompletedEvent)
    assert final.response.status == "completed"
    first = final.response.output[0]
    assert isinstance(first, m.ResponseOutputMessage)
    assert isinstance(first.content[0], m.ResponseOutputText) and first.content[0].text == text
    (request,) = server.requests
    assert request.headers["accept"] == "text/event-stream"
    assert request.json == {
        "model": "gpt-4o",
        "input": "Tell me a story.",
        "stream": True,
        "stream_options": {"include_obfuscation": False},
    }


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("final", ["response.failed", "response.incomplete"])
def test_stream_may_end_at_failed_or_incomplete(server: RecordingServer, mode: str, final: str) -> None:
    ended = response(
        status=final.split(".")[1],
        error={"code": "server_error", "message": "The model broke down."} if final == "response.failed" else None,
        incomplete_details={"reason": "max_output_tokens"} if final == "response.incomplete" else None,
    )
    server.route("POST", "/v1/responses", SSEResponse([*EVENTS[:5], event(final, 5, response=ended)]))
    events = _stream_events(server, mode)
    last = events[-1]
    assert last.type == final
    if final == "response.failed":
        assert isinstance(last, m.ResponseFailedEvent)
        assert last.response.error is not None and last.response.error.code == "server_error"
    else:
        assert isinstance(last, m.ResponseIncompleteEvent)
        details = last.response.incomplete_details
        assert details is not None and details.reason == "max_output_tokens"


@pytest.mark.parametrize("mode", MODES)
def test_stream_that_ends_before_a_final_event_raises(server: RecordingServer, mode: str) -> None:
    """The body ends cleanly, but without `response.completed`: the answer is not whole."""
    server.route("POST", "/v1/responses", SSEResponse(EVENTS[:-1]))
    with pytest.raises(oaiclient.APIConnectionError) as info:
        _stream_events(server, mode)
    assert "response.completed" in str(info.value)


@pytest.mark.parametrize("mode", MODES)
def test_stream_cut_mid_way_raises(server: RecordingServer, mode: str) -> None:
    """The connection drops after a few events, with no end to the body."""
    server.route("POST", "/v1/responses", SSEResponse(EVENTS, cut_after=5))
    with pytest.raises(oaiclient.APIConnectionError):
        _stream_events(server, mode)


@pytest.mark.parametrize("mode", MODES)
def test_error_event_raises(server: RecordingServer, mode: str) -> None:
    error = {"code": "rate_limit_exceeded", "message": "Slow down.", "param": None}
    server.route(
        "POST",
        "/v1/responses",
        SSEResponse([*EVENTS[:4], event("error", 4, **error), event("response.failed", 5, response=FINISHED)]),
    )
    with pytest.raises(oaiclient.APIError) as info:
        _stream_events(server, mode)
    assert not isinstance(info.value, oaiclient.APIConnectionError)
    assert info.value.message == "Slow down."
    assert isinstance(info.value.body, dict) and info.value.body["code"] == "rate_limit_exceeded"


@pytest.mark.parametrize("mode", MODES)
def test_every_kind_of_event_parses(server: RecordingServer, mode: str) -> None:
    """Events of tools and reasoning, not only text, land in their own classes."""
    item = {"item_id": "fc_1", "output_index": 1}
    call = {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "get_weather", "arguments": ""}
    summary = {"item_id": "rs_1", "output_index": 0, "summary_index": 0}
    events = [
        event("response.created", 0, response=STARTED),
        event("response.output_item.added", 1, output_index=0, item={"type": "reasoning", "id": "rs_1", "summary": []}),
        event("response.reasoning_summary_part.added", 2, **summary, part={"type": "summary_text", "text": ""}),
        event("response.reasoning_summary_text.delta", 3, **summary, delta="Weather needs a tool."),
        event("response.reasoning_summary_text.done", 4, **summary, text="Weather needs a tool."),
        event("response.reasoning_summary_part.done", 5, **summary, part={"type": "summary_text", "text": "x"}),
        event("response.output_item.added", 6, output_index=1, item=call),
        event("response.function_call_arguments.delta", 7, **item, delta='{"city": '),
        event("response.function_call_arguments.delta", 8, **item, delta='"Paris"}'),
        event("response.function_call_arguments.done", 9, **item, name="get_weather", arguments='{"city": "Paris"}'),
        event("response.web_search_call.searching", 10, item_id="ws_1", output_index=2),
        event("response.refusal.delta", 11, **TEXT, delta="I can't"),
        event("response.refusal.done", 12, **TEXT, refusal="I can't"),
        event(
            "response.output_text.annotation.added",
            13,
            **TEXT,
            annotation_index=0,
            annotation={"type": "url_citation", "url": "https://example.com", "title": "Ex", "start_index": 0, "end_index": 3},
        ),
        event("response.completed", 14, response=FINISHED),
    ]
    server.route("POST", "/v1/responses", SSEResponse(events))
    got = _stream_events(server, mode)
    assert [type(e).__name__ for e in got] == [
        "ResponseCreatedEvent",
        "ResponseOutputItemAddedEvent",
        "ResponseReasoningSummaryPartAddedEvent",
        "ResponseReasoningSummaryTextDeltaEvent",
        "ResponseReasoningSummaryTextDoneEvent",
        "ResponseReasoningSummaryPartDoneEvent",
        "ResponseOutputItemAddedEvent",
        "ResponseFunctionCallArgumentsDeltaEvent",
        "ResponseFunctionCallArgumentsDeltaEvent",
        "ResponseFunctionCallArgumentsDoneEvent",
        "ResponseWebSearchCallSearchingEvent",
        "ResponseRefusalDeltaEvent",
        "ResponseRefusalDoneEvent",
        "ResponseOutputTextAnnotationAddedEvent",
        "ResponseCompletedEvent",
    ]
    assert isinstance(got[1].item, m.ResponseReasoningItem)
    assert isinstance(got[6].item, m.ResponseFunctionToolCall)
    arguments = "".join(e.delta for e in got if isinstance(e, m.ResponseFunctionCallArgumentsDeltaEvent))
    assert arguments == got[9].arguments == '{"city": "Paris"}'
    assert isinstance(got[13].annotation, m.ResponseURLCitation)


def test_stream_stops_reading_at_its_final_event(server: RecordingServer) -> None:
    server.route("POST", "/v1/responses", SSEResponse(EVENTS, wait_for_disconnect=True))
    with OpenAI(api_key=KEY, base_url=server.url, max_retries=0, timeout=1) as client:
        events = list(client.responses.create(model="gpt-4o", input="Hi", stream=True))
    assert events[-1].type == "response.completed"


# -- a function-calling round trip -----------------------------------------------------------

WEATHER = {
    "type": "function",
    "name": "get_weather",
    "description": "Current weather for a city.",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    "strict": True,
}
CALL = {
    "type": "function_call",
    "id": "fc_1",
    "call_id": "call_abc",
    "name": "get_weather",
    "arguments": '{"city": "Paris"}',
    "status": "completed",
}


def _weather_service(request: RecordedRequest) -> JSONResponse:
    """First turn: the model calls the function. Second turn: it answers with the result."""
    body = request.json
    outputs = [item for item in body["input"] if isinstance(item, dict) and item.get("type") == "function_call_output"]
    if not outputs:
        return JSONResponse(response({"type": "reasoning", "id": "rs_1", "summary": []}, CALL, id="resp_1"))
    assert body["previous_response_id"] == "resp_1"
    return JSONResponse(response(message(f"It is {outputs[0]['output']} in Paris.", "msg_2"), id="resp_2"))


def _calls(first: Any) -> list[Any]:
    """The function calls of the first answer (after the model's reasoning)."""
    assert isinstance(first.output[0], m.ResponseReasoningItem)
    calls = [item for item in first.output if isinstance(item, m.ResponseFunctionToolCall)]
    assert [(c.name, c.arguments) for c in calls] == [("get_weather", '{"city": "Paris"}')]
    return calls


def _outputs(calls: list[Any]) -> list[dict[str, Any]]:
    """What running the function gave, one `function_call_output` item per call."""
    return [{"type": "function_call_output", "call_id": call.call_id, "output": "18°C"} for call in calls]


@pytest.mark.parametrize("mode", MODES)
def test_function_call_round_trip(server: RecordingServer, mode: str) -> None:
    server.route("POST", "/v1/responses", _weather_service)
    if mode == "sync":
        with OpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
            first = client.responses.create(model="gpt-4o", input="Weather in Paris?", tools=[WEATHER])
            answer = client.responses.create(
                model="gpt-4o", previous_response_id=first.id, input=_outputs(_calls(first)), tools=[WEATHER]
            )
    else:

        async def run() -> Any:
            async with AsyncOpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
                first = await client.responses.create(model="gpt-4o", input="Weather in Paris?", tools=[WEATHER])
                return await client.responses.create(
                    model="gpt-4o", previous_response_id=first.id, input=_outputs(_calls(first)), tools=[WEATHER]
                )

        answer = asyncio.run(run())
    assert answer.id == "resp_2"
    assert isinstance(answer.output[0], m.ResponseOutputMessage)
    assert answer.output[0].content[0].text == "It is 18°C in Paris."
    first_request, second_request = server.requests
    assert first_request.json == {"model": "gpt-4o", "input": "Weather in Paris?", "tools": [WEATHER]}
    assert second_request.json == {
        "model": "gpt-4o",
        "previous_response_id": "resp_1",
        "input": [{"type": "function_call_output", "call_id": "call_abc", "output": "18°C"}],
        "tools": [WEATHER],
    }


# -- input items, walked to their end ---------------------------------------------------------

ITEMS: list[dict[str, Any]] = [
    {"type": "message", "id": "msg_0", "role": "user", "status": "completed", "content": [{"type": "input_text", "text": "Hi"}]},
    {**message("Hello!", "msg_1")},
    {"type": "reasoning", "id": "rs_2", "summary": []},
    {**CALL, "id": "fc_3"},
    {"type": "function_call_output", "id": "fco_4", "call_id": "call_abc", "output": "18°C", "status": "completed"},
    {"type": "web_search_call", "id": "ws_5", "status": "completed", "action": {"type": "search", "query": "otters"}},
    {"type": "message", "id": "msg_6", "role": "developer", "content": [{"type": "input_text", "text": "Be brief."}]},
]
ITEM_CLASSES = [
    m.ResponseInputMessageItem,
    m.ResponseOutputMessage,
    m.ResponseReasoningItem,
    m.ResponseFunctionToolCallItem,
    m.ResponseFunctionToolCallOutputItem,
    m.ResponseFunctionWebSearch,
    m.ResponseInputMessageItem,
]


def _pages_by_after(request: RecordedRequest) -> JSONResponse:
    query = request.query_dict
    size = int(query.get("limit", "20"))
    after = query.get("after")
    start = 0 if after is None else next(i for i, item in enumerate(ITEMS) if item["id"] == after) + 1
    chunk = ITEMS[start : start + size]
    return JSONResponse(
        {
            "object": "list",
            "data": chunk,
            "has_more": start + size < len(ITEMS),
            "first_id": chunk[0]["id"] if chunk else "",
            "last_id": chunk[-1]["id"] if chunk else "",
        }
    )


@pytest.mark.parametrize("mode", MODES)
def test_input_items_walked_to_the_end(server: RecordingServer, mode: str) -> None:
    server.route("GET", f"/v1/responses/{RESPONSE_ID}/input_items", _pages_by_after)
    if mode == "sync":
        with OpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
            first = client.responses.input_items.list(RESPONSE_ID, limit=3, order="asc")
            items = list(first)
            pages = [len(page.data) for page in first.iter_pages()]
    else:

        async def walk() -> tuple[list[Any], list[int]]:
            async with AsyncOpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
                found = [item async for item in client.responses.input_items.list(RESPONSE_ID, limit=3, order="asc")]
                first = await client.responses.input_items.list(RESPONSE_ID, limit=3, order="asc")
                return found, [len(page.data) async for page in first.iter_pages()]

        items, pages = asyncio.run(walk())
    assert [item.id for item in items] == [item["id"] for item in ITEMS]
    assert [type(item) for item in items] == ITEM_CLASSES
    assert pages == [3, 3, 1]
    # Each later page is asked for after the last item of the one before.
    walked = [request.query_dict for request in server.requests[:3]]
    assert walked == [
        {"limit": "3", "order": "asc"},
        {"limit": "3", "order": "asc", "after": "rs_2"},
        {"limit": "3", "order": "asc", "after": "ws_5"},
    ]


@pytest.mark.parametrize("mode", MODES)
def test_retrieve_cancel_and_delete(server: RecordingServer, mode: str) -> None:
    path = f"/v1/responses/{RESPONSE_ID}"
    server.route("GET", path, JSONResponse(response(message("Done."), background=True)))
    server.route("POST", f"{path}/cancel", JSONResponse(response(status="cancelled", background=True)))
    server.route("DELETE", path, JSONResponse({}))

    def calls(client: Any) -> list[Any]:
        return [
            client.responses.retrieve(RESPONSE_ID),
            client.responses.cancel(RESPONSE_ID),
            client.responses.delete(RESPONSE_ID),
        ]

    if mode == "sync":
        with OpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
            retrieved, cancelled, deleted = calls(client)
    else:

        async def run() -> list[Any]:
            async with AsyncOpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
                return [await call for call in calls(client)]

        retrieved, cancelled, deleted = asyncio.run(run())
    assert isinstance(retrieved, m.Response) and retrieved.output[0].content[0].text == "Done."
    assert isinstance(cancelled, m.Response) and cancelled.status == "cancelled"
    assert deleted is None
    assert [(r.method, r.path) for r in server.requests] == [
        ("GET", path),
        ("POST", f"{path}/cancel"),
        ("DELETE", path),
    ]


@pytest.mark.parametrize("mode", MODES)
def test_unknown_response_is_a_not_found_error(server: RecordingServer, mode: str) -> None:
    error = {"error": {"message": "No response found with id 'resp_x'.", "type": "invalid_request_error", "param": None, "code": None}}
    server.route("GET", "/v1/responses/resp_x", JSONResponse(error, status=404))
    with pytest.raises(oaiclient.NotFoundError) as info:
        if mode == "sync":
            with OpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
                client.responses.retrieve("resp_x")
        else:

            async def run() -> None:
                async with AsyncOpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
                    await client.responses.retrieve("resp_x")

            asyncio.run(run())
    assert "No response found" in info.value.message
