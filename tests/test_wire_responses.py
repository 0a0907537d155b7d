"""Wire compatibility for the Responses API.

Each call goes through our client and the official `openai` package (the runner
of test_wire_compat.py): both must send the same method, path, query, JSON body
and authentication headers, sync and async, and what they hand back must read
the same, streamed events included. The input items are also walked page by
page through both clients.
"""

from __future__ import annotations

import asyncio
from typing import Any

import openai
import pytest

import oaiclient
from tests.servers import JSONResponse, RawResponse, RecordedRequest, RecordingServer, SSEResponse, sse_event
from tests.test_wire_compat import KEY, ORGANIZATION, PROJECT, Case, _both, assert_same_request

pytestmark = pytest.mark.usefixtures("clean_env")

RESPONSE_ID = "resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b"
PNG_DATA_URL = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
    "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)

MESSAGE = {
    "type": "message",
    "id": "msg_1",
    "status": "completed",
    "role": "assistant",
    "content": [
        {
            "type": "output_text",
            "text": "Sea otters hold hands while they sleep.",
            "annotations": [
                {
                    "type": "url_citation",
                    "url": "https://example.com/otters",
                    "title": "Otters",
                    "start_index": 0,
                    "end_index": 10,
                }
            ],
            "logprobs": [],
        }
    ],
}
FUNCTION_CALL = {
    "type": "function_call",
    "id": "fc_1",
    "call_id": "call_abc",
    "name": "get_weather",
    "arguments": '{"city": "Paris"}',
    "status": "completed",
}
REASONING = {"type": "reasoning", "id": "rs_1", "summary": [{"type": "summary_text", "text": "Looked it up."}]}
RESPONSE: dict[str, Any] = {
    "id": RESPONSE_ID,
    "object": "response",
    "created_at": 1741476542,
    "status": "completed",
    "completed_at": 1741476543,
    "error": None,
    "incomplete_details": None,
    "instructions": None,
    "max_output_tokens": None,
    "model": "gpt-4o-2024-08-06",
    "output": [REASONING, MESSAGE, FUNCTION_CALL],
    "parallel_tool_calls": True,
    "previous_response_id": None,
    "reasoning": {"effort": None, "summary": None},
    "store": True,
    "temperature": 1.0,
    "text": {"format": {"type": "text"}, "verbosity": "medium"},
    "tool_choice": "auto",
    "tools": [],
    "top_p": 1.0,
    "truncation": "disabled",
    "usage": {
        "input_tokens": 36,
        "input_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0},
        "output_tokens": 87,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": 123,
    },
    "user": None,
    "metadata": {},
}
WEATHER_FUNCTION = {
    "type": "function",
    "name": "get_weather",
    "description": "Current weather for a city.",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    "strict": True,
}


def _response(response: Any) -> Any:
    """What both clients' Response objects must agree on."""
    return (
        response.id,
        response.status,
        [item.type for item in response.output],
        response.output[1].content[0].text,
        response.output[1].content[0].annotations[0].url,
        response.output[2].call_id,
        response.usage.total_tokens,
        response.usage.input_tokens_details.cached_tokens,
    )


def _events(events: list[Any]) -> Any:
    return [
        (event.type, event.sequence_number, getattr(event, "delta", None), getattr(event, "output_index", None))
        for event in events
    ]


def _items(page: Any) -> Any:
    return ([(item.type, item.id) for item in page.data], page.has_more)


def event(data: dict[str, Any]) -> bytes:
    """An event as the API writes it: named in `event:`, and in `type` again."""
    return sse_event(data, event=data["type"])


IN_PROGRESS = {**RESPONSE, "status": "in_progress", "output": [], "usage": None, "completed_at": None}
STREAM = SSEResponse(
    [
        event({"type": "response.created", "sequence_number": 0, "response": IN_PROGRESS}),
        event({"type": "response.in_progress", "sequence_number": 1, "response": IN_PROGRESS}),
        event(
            {
                "type": "response.output_item.added",
                "sequence_number": 2,
                "output_index": 0,
                "item": {**MESSAGE, "status": "in_progress", "content": []},
            }
        ),
        event(
            {
                "type": "response.content_part.added",
                "sequence_number": 3,
                "item_id": "msg_1",
                "output_index": 0,
                "content_index": 0,
                "part": {"type": "output_text", "text": "", "annotations": [], "logprobs": []},
            }
        ),
        b": keep-alive\n\n",
        event(
            {
                "type": "response.output_text.delta",
                "sequence_number": 4,
                "item_id": "msg_1",
                "output_index": 0,
                "content_index": 0,
                "delta": "Sea otters",
                "logprobs": [],
            }
        ),
        event(
            {
                "type": "response.output_text.done",
                "sequence_number": 5,
                "item_id": "msg_1",
                "output_index": 0,
                "content_index": 0,
                "text": "Sea otters",
                "logprobs": [],
            }
        ),
        event({"type": "response.output_item.done", "sequence_number": 6, "output_index": 0, "item": MESSAGE}),
        event({"type": "response.completed", "sequence_number": 7, "response": RESPONSE}),
    ]
)

RESPONSES_PATH = ("/v1/responses",)
RESPONSE_PATH = (f"/v1/responses/{RESPONSE_ID}",)

CASES = [
    Case(
        "responses.create-text",
        "POST",
        RESPONSES_PATH,
        JSONResponse(RESPONSE),
        lambda c: c.responses.create(
            model="gpt-4o",
            input="Tell me a fact about sea otters.",
            instructions="Be brief.",
            temperature=0.2,
            top_p=0.9,
            max_output_tokens=200,
            store=False,
            metadata={"ticket": "T-1"},
            user="user-1",
        ),
        _response,
    ),
    Case(
        "responses.create-messages-with-parts",
        "POST",
        RESPONSES_PATH,
        JSONResponse(RESPONSE),
        lambda c: c.responses.create(
            model="gpt-4.1",
            input=[
                {"role": "developer", "content": "Answer in French."},
                {
                    "role": "user",
                    "content": [
                        {"type": "input_text", "text": "What is in this picture and this file?"},
                        {"type": "input_image", "image_url": PNG_DATA_URL, "detail": "high"},
                        {"type": "input_file", "file_id": "file-abc123"},
                        {"type": "input_file", "filename": "a.pdf", "file_data": "data:application/pdf;base64,JVBERi0="},
                    ],
                },
                {"type": "message", "role": "assistant", "content": "C'est une loutre."},
                {"role": "user", "content": "Et le fichier ?"},
            ],
            text={"format": {"type": "text"}, "verbosity": "low"},
            truncation="auto",
            service_tier="priority",
        ),
        _response,
    ),
    Case(
        "responses.create-tools",
        "POST",
        RESPONSES_PATH,
        JSONResponse(RESPONSE),
        lambda c: c.responses.create(
            model="gpt-5",
            input="Plan a trip to see sea otters.",
            tools=[
                WEATHER_FUNCTION,
                {"type": "web_search", "search_context_size": "high", "user_location": {"type": "approximate", "city": "Monterey"}},
                {
                    "type": "file_search",
                    "vector_store_ids": ["vs_1"],
                    "filters": {
                        "type": "or",
                        "filters": [
                            {"type": "eq", "key": "region", "value": "pacific"},
                            {"type": "and", "filters": [{"type": "in", "key": "year", "value": [2023, 2024]}]},
                        ],
                    },
                    "ranking_options": {"ranker": "auto", "score_threshold": 0.2},
                },
                {"type": "code_interpreter", "container": {"type": "auto", "memory_limit": "4g"}},
                {"type": "image_generation", "size": "1536x1024", "background": "transparent", "partial_images": 2},
                {
                    "type": "mcp",
                    "server_label": "stripe",
                    "server_url": "https://mcp.stripe.com",
                    "headers": {"Authorization": "Bearer sk-test"},
                    "require_approval": {"never": {"tool_names": ["search"]}, "always": {"read_only": False}},
                },
                {"type": "custom", "name": "run_sql", "format": {"type": "grammar", "syntax": "regex", "definition": "SELECT .*"}},
                {"type": "computer_use_preview", "environment": "browser", "display_width": 1024, "display_height": 768},
                {"type": "shell", "environment": {"type": "container_auto"}},
                {"type": "local_shell"},
                {"type": "apply_patch"},
                {"type": "web_search_preview", "search_context_size": "low"},
            ],
            tool_choice={"type": "allowed_tools", "mode": "auto", "tools": [{"type": "function", "name": "get_weather"}]},
            parallel_tool_calls=True,
            max_tool_calls=5,
            include=["web_search_call.action.sources", "file_search_call.results"],
        ),
        _response,
    ),
    Case(
        "responses.create-function-call-output",
        "POST",
        RESPONSES_PATH,
        JSONResponse(RESPONSE),
        lambda c: c.responses.create(
            model="gpt-4o",
            previous_response_id=RESPONSE_ID,
            input=[
                FUNCTION_CALL,
                {"type": "function_call_output", "call_id": "call_abc", "output": '{"temperature": 18}'},
                {"type": "item_reference", "id": "msg_1"},
                REASONING,
            ],
            tools=[WEATHER_FUNCTION],
            tool_choice={"type": "function", "name": "get_weather"},
        ),
        _response,
    ),
    Case(
        "responses.create-structured",
        "POST",
        RESPONSES_PATH,
        JSONResponse(RESPONSE),
        lambda c: c.responses.create(
            model="o4-mini",
            input="Extract: Alice meets Bob on Friday.",
            reasoning={"effort": "low", "summary": "concise"},
            text={
                "format": {
                    "type": "json_schema",
                    "name": "event",
                    "schema": {"type": "object", "properties": {"day": {"type": "string"}}, "required": ["day"]},
                    "strict": True,
                }
            },
            include=["reasoning.encrypted_content"],
            store=False,
        ),
        _response,
    ),
    Case(
        "responses.create-conversation-and-prompt",
        "POST",
        RESPONSES_PATH,
        JSONResponse(RESPONSE),
        lambda c: c.responses.create(
            conversation={"id": "conv_123"},
            prompt={"id": "pmpt_123", "version": "3", "variables": {"city": "Paris"}},
            background=True,
            safety_identifier="hash-1",
            prompt_cache_key="trip-planner",
            top_logprobs=3,
            context_management=[{"type": "compaction", "compact_threshold": 200000}],
            prompt_cache_retention="24h",
        ),
        _response,
    ),
    Case(
        "responses.create-nulls",
        "POST",
        RESPONSES_PATH,
        JSONResponse(RESPONSE),
        lambda c: c.responses.create(
            model="gpt-4o",
            input="Hi",
            instructions=None,
            previous_response_id=None,
            conversation=None,
            reasoning=None,
            max_output_tokens=None,
            temperature=None,
            metadata=None,
            service_tier=None,
        ),
        _response,
    ),
    Case(
        "responses.create-stream",
        "POST",
        RESPONSES_PATH,
        STREAM,
        lambda c: c.responses.create(
            model="gpt-4o",
            input="Tell me a fact about sea otters.",
            stream=True,
            stream_options={"include_obfuscation": False},
        ),
        _events,
        stream=True,
    ),
    Case(
        "responses.retrieve",
        "GET",
        RESPONSE_PATH,
        JSONResponse(RESPONSE),
        lambda c: c.responses.retrieve(RESPONSE_ID),
        _response,
    ),
    Case(
        "responses.cancel",
        "POST",
        (f"/v1/responses/{RESPONSE_ID}/cancel",),
        JSONResponse({**RESPONSE, "status": "cancelled"}),
        lambda c: c.responses.cancel(RESPONSE_ID),
        _response,
    ),
    Case(
        "responses.delete",
        "DELETE",
        RESPONSE_PATH,
        RawResponse(b"", content_type="application/json"),
        lambda c: c.responses.delete(RESPONSE_ID),
        lambda result: ("deleted", result),
    ),
    Case(
        "responses.input_items.list",
        "GET",
        (f"/v1/responses/{RESPONSE_ID}/input_items",),
        JSONResponse(
            {
                "object": "list",
                "data": [
                    {
                        "type": "message",
                        "id": "msg_0",
                        "role": "user",
                        "status": "completed",
                        "content": [{"type": "input_text", "text": "Hi"}],
                    },
                    FUNCTION_CALL,
                ],
                "first_id": "msg_0",
                "last_id": "fc_1",
                "has_more": False,
            }
        ),
        lambda c: c.responses.input_items.list(RESPONSE_ID, limit=2, order="asc", after="msg_x"),
        _items,
    ),
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_same_request_as_the_official_client(server: RecordingServer, case: Case, mode: str) -> None:
    ours, theirs, our_request, their_request = _both(mode, server, case)
    assert_same_request(our_request, their_request)
    assert our_request.headers["authorization"] == f"Bearer {KEY}"
    assert ours == theirs
    assert ours is not None
    if case.stream:
        assert our_request.json["stream"] is True
        assert [event[0] for event in ours][-1] == "response.completed"


def test_the_arguments_are_where_the_api_expects_them(server: RecordingServer) -> None:
    """Not just the same as the official client: the query and body we meant to send."""
    by_id = {case.id: case for case in CASES}
    _, _, listing, _ = _both("sync", server, by_id["responses.input_items.list"])
    assert listing.query == [("limit", "2"), ("order", "asc"), ("after", "msg_x")] and listing.body == b""
    server.clear()
    _, _, nulls, _ = _both("sync", server, by_id["responses.create-nulls"])
    assert nulls.json == {
        "model": "gpt-4o",
        "input": "Hi",
        "instructions": None,
        "previous_response_id": None,
        "conversation": None,
        "reasoning": None,
        "max_output_tokens": None,
        "temperature": None,
        "metadata": None,
        "service_tier": None,
    }
    server.clear()
    _, _, deleted, _ = _both("sync", server, by_id["responses.delete"])
    assert deleted.method == "DELETE" and deleted.body == b""


# -- `include` in the query --------------------------------------------------------------

INCLUDE = ["message.input_image.image_url", "reasoning.encrypted_content"]


@pytest.mark.parametrize(
    "case",
    [
        Case(
            "responses.retrieve-include",
            "GET",
            RESPONSE_PATH,
            JSONResponse(RESPONSE),
            lambda c: c.responses.retrieve(RESPONSE_ID, include=INCLUDE),
            _response,
        ),
        Case(
            "responses.input_items.list-include",
            "GET",
            (f"/v1/responses/{RESPONSE_ID}/input_items",),
            JSONResponse({"object": "list", "data": [], "has_more": False, "first_id": "", "last_id": ""}),
            lambda c: c.responses.input_items.list(RESPONSE_ID, include=INCLUDE),
            _items,
        ),
    ],
    ids=["retrieve", "input_items.list"],
)
def test_include_list_in_the_query(server: RecordingServer, case: Case) -> None:
    _, _, ours, theirs = _both("sync", server, case)
    assert ours.query == theirs.query


def test_include_list_reaches_the_query(server: RecordingServer) -> None:
    """Whatever the spelling, every value of `include` is sent, in order."""
    server.route("GET", RESPONSE_PATH[0], JSONResponse(RESPONSE))
    with oaiclient.OpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
        client.responses.retrieve(RESPONSE_ID, include=INCLUDE)
    (request,) = server.requests
    assert [value for name, value in request.query if name.rstrip("[]") == "include"] == INCLUDE


# -- walking every input item through both clients ---------------------------------------

ITEMS = [
    {"type": "message", "id": f"msg_{i}", "role": "user", "content": [{"type": "input_text", "text": f"hi {i}"}]}
    for i in range(5)
]


def paged_by_after(items: list[dict[str, Any]], size: int) -> Any:
    """A handler serving `items` `size` at a time, following `after`."""

    def handler(request: RecordedRequest) -> JSONResponse:
        after = request.query_dict.get("after")
        start = 0 if after is None else next(i for i, item in enumerate(items) if item["id"] == after) + 1
        chunk = items[start : start + size]
        return JSONResponse(
            {
                "object": "list",
                "data": chunk,
                "has_more": start + size < len(items),
                "first_id": chunk[0]["id"] if chunk else "",
                "last_id": chunk[-1]["id"] if chunk else "",
            }
        )

    return handler


def _walk(package: Any, mode: str, url: str) -> list[str]:
    options = {"api_key": KEY, "organization": ORGANIZATION, "project": PROJECT, "base_url": url, "max_retries": 0}
    if mode == "sync":
        with package.OpenAI(**options) as client:
            return [item.id for item in client.responses.input_items.list(RESPONSE_ID, limit=2)]

    async def main() -> list[str]:
        async with package.AsyncOpenAI(**options) as client:
            return [item.id async for item in client.responses.input_items.list(RESPONSE_ID, limit=2)]

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_both_clients_walk_the_same_pages(server: RecordingServer, mode: str) -> None:
    server.route("GET", f"/v1/responses/{RESPONSE_ID}/input_items", paged_by_after(ITEMS, 2))
    ours = _walk(oaiclient, mode, server.url)
    our_requests = list(server.requests)
    server.clear()
    theirs = _walk(openai, mode, server.url)
    their_requests = list(server.requests)
    assert ours == theirs == [item["id"] for item in ITEMS]
    assert len(our_requests) == len(their_requests) == 3
    for mine, official in zip(our_requests, their_requests):
        assert_same_request(mine, official)
    assert [r.query_dict.get("after") for r in our_requests] == [None, "msg_1", "msg_3"]
