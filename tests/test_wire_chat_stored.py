"""Wire compatibility for stored chat completions (created with `store: true`).

The same calls through our client and the official `openai` package must send
the same request (method, path, query, JSON body, authentication headers),
sync and async, and read the same answers; both listings are also walked to
their end through both clients. `chat.completions.messages` is a sub-resource
of `chat.completions`, which keeps its own methods (`create` included).
"""

from __future__ import annotations

import asyncio
from typing import Any

import openai
import pytest

import oaiclient
from tests.servers import JSONResponse, RecordingServer
from tests.test_wire_compat import (
    KEY,
    ORGANIZATION,
    PROJECT,
    Case,
    _both,
    assert_same_request,
    chat_completion,
)
from tests.test_wire_fine_tuning import api_methods, paged_by_after

pytestmark = pytest.mark.usefixtures("clean_env")

COMPLETION_ID = "chatcmpl-abc123"
STORED = {
    **chat_completion(),
    "id": COMPLETION_ID,
    "metadata": {"team": "support"},
    "service_tier": "default",
}
MESSAGE = {
    "id": f"{COMPLETION_ID}-0",
    "role": "user",
    "content": "What is in this picture?",
    "refusal": None,
    "content_parts": [
        {"type": "text", "text": "What is in this picture?"},
        {"type": "image_url", "image_url": {"url": "https://example.com/otter.jpg", "detail": "low"}},
    ],
}


def listing(items: list[dict[str, Any]], has_more: bool = False) -> dict[str, Any]:
    return {
        "object": "list",
        "data": items,
        "first_id": items[0]["id"] if items else "",
        "last_id": items[-1]["id"] if items else "",
        "has_more": has_more,
    }


def _completion(result: Any) -> Any:
    return (result.id, result.metadata, [c.message.content for c in result.choices])


def _messages(result: Any) -> Any:
    return [
        (m.id, m.role, m.content, [(p.type, getattr(p, "text", None)) for p in m.content_parts or []])
        for m in result.data
    ]


ONE = (f"/v1/chat/completions/{COMPLETION_ID}",)
MESSAGES = (f"/v1/chat/completions/{COMPLETION_ID}/messages",)

CASES = [
    Case(
        "chat.completions.list",
        "GET",
        ("/v1/chat/completions",),
        JSONResponse(listing([STORED, {**STORED, "id": "chatcmpl-2"}], has_more=True)),
        lambda c: c.chat.completions.list(),
        lambda result: ([item.id for item in result.data], result.has_more),
    ),
    Case(
        "chat.completions.list-filtered",
        "GET",
        ("/v1/chat/completions",),
        JSONResponse(listing([STORED])),
        lambda c: c.chat.completions.list(model="gpt-4o", after="chatcmpl-0", limit=1, order="desc"),
        lambda result: [_completion(item) for item in result.data],
    ),
    Case(
        "chat.completions.retrieve",
        "GET",
        ONE,
        JSONResponse(STORED),
        lambda c: c.chat.completions.retrieve(COMPLETION_ID),
        _completion,
    ),
    Case(
        "chat.completions.update",
        "POST",
        ONE,
        JSONResponse({**STORED, "metadata": {"reviewed": "yes"}}),
        lambda c: c.chat.completions.update(COMPLETION_ID, metadata={"reviewed": "yes"}),
        _completion,
    ),
    Case(
        "chat.completions.update-null",
        "POST",
        ONE,
        JSONResponse({**STORED, "metadata": None}),
        lambda c: c.chat.completions.update(COMPLETION_ID, metadata=None),
        _completion,
    ),
    Case(
        "chat.completions.delete",
        "DELETE",
        ONE,
        JSONResponse({"object": "chat.completion.deleted", "id": COMPLETION_ID, "deleted": True}),
        lambda c: c.chat.completions.delete(COMPLETION_ID),
        lambda result: (result.id, result.deleted, result.object),
    ),
    Case(
        "chat.completions.messages.list",
        "GET",
        MESSAGES,
        JSONResponse(listing([MESSAGE])),
        lambda c: c.chat.completions.messages.list(COMPLETION_ID),
        _messages,
    ),
    Case(
        "chat.completions.messages.list-paged",
        "GET",
        MESSAGES,
        JSONResponse(listing([{**MESSAGE, "content_parts": None}], has_more=True)),
        lambda c: c.chat.completions.messages.list(
            COMPLETION_ID, after=f"{COMPLETION_ID}-1", limit=1, order="asc"
        ),
        _messages,
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


def test_the_arguments_are_where_the_api_expects_them(server: RecordingServer) -> None:
    by_id = {case.id: case for case in CASES}
    _, _, filtered, _ = _both("sync", server, by_id["chat.completions.list-filtered"])
    assert filtered.query_dict == {"model": "gpt-4o", "after": "chatcmpl-0", "limit": "1", "order": "desc"}
    server.clear()
    _, _, update, _ = _both("sync", server, by_id["chat.completions.update-null"])
    assert (update.method, update.path, update.json) == ("POST", ONE[0], {"metadata": None})


# -- walking every page through both clients --------------------------------------------

WALKS = [
    ("completions", "/v1/chat/completions", [{**STORED, "id": f"chatcmpl-{i}"} for i in range(5)]),
    ("messages", MESSAGES[0], [{**MESSAGE, "id": f"{COMPLETION_ID}-{i}"} for i in range(5)]),
]


def _walk(package: Any, mode: str, url: str, kind: str) -> list[str]:
    options = {
        "api_key": KEY,
        "organization": ORGANIZATION,
        "project": PROJECT,
        "base_url": url,
        "max_retries": 0,
    }

    def lister(client: Any) -> Any:
        completions = client.chat.completions
        if kind == "messages":
            return completions.messages.list(COMPLETION_ID, limit=2, order="desc")
        return completions.list(limit=2, order="desc", model="gpt-4o")

    if mode == "sync":
        with package.OpenAI(**options) as client:
            return [item.id for item in lister(client)]

    async def main() -> list[str]:
        async with package.AsyncOpenAI(**options) as client:
            return [item.id async for item in lister(client)]

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("kind, path, items", WALKS, ids=[walk[0] for walk in WALKS])
def test_both_clients_walk_the_same_pages(
    server: RecordingServer, mode: str, kind: str, path: str, items: list[dict[str, Any]]
) -> None:
    server.route("GET", path, paged_by_after(items, 2))
    ours = _walk(oaiclient, mode, server.url, kind)
    our_requests = list(server.requests)
    server.clear()
    theirs = _walk(openai, mode, server.url, kind)
    their_requests = list(server.requests)
    assert ours == theirs == [item["id"] for item in items]
    assert len(our_requests) == len(their_requests) == 3
    for mine, official in zip(our_requests, their_requests):
        assert_same_request(mine, official)
    # Later pages keep the other arguments and add `after`.
    assert our_requests[2].query_dict == {
        **our_requests[0].query_dict,
        "after": items[3]["id"],
    }


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_metadata_filter(server: RecordingServer, mode: str) -> None:
    """The `metadata` filter goes out as `metadata[key]=value`, as the official client sends it."""
    case = Case(
        "chat.completions.list-metadata",
        "GET",
        ("/v1/chat/completions",),
        JSONResponse(listing([STORED])),
        lambda c: c.chat.completions.list(metadata={"team": "support", "tier": "gold"}),
        lambda result: [item.id for item in result.data],
    )
    ours, theirs, our_request, their_request = _both(mode, server, case)
    assert_same_request(our_request, their_request)
    assert our_request.query_dict == {"metadata[team]": "support", "metadata[tier]": "gold"}
    assert ours == theirs


# -- the shape of the resource --------------------------------------------------------


def test_messages_is_a_sub_resource_beside_the_methods() -> None:
    from oaiclient.resources.chat import (
        AsyncChatCompletions,
        AsyncChatCompletionsMessages,
        ChatCompletions,
        ChatCompletionsMessages,
    )

    assert api_methods(ChatCompletions, "chat.completions") == {
        "chat.completions.create",
        "chat.completions.list",
        "chat.completions.retrieve",
        "chat.completions.update",
        "chat.completions.delete",
    }
    assert api_methods(ChatCompletionsMessages, "chat.completions.messages") == {
        "chat.completions.messages.list"
    }
    client = oaiclient.OpenAI(api_key=KEY)
    async_client = oaiclient.AsyncOpenAI(api_key=KEY)
    try:
        assert isinstance(client.chat.completions, ChatCompletions)
        assert isinstance(client.chat.completions.messages, ChatCompletionsMessages)
        assert isinstance(async_client.chat.completions.messages, AsyncChatCompletionsMessages)
        assert isinstance(async_client.chat.completions, AsyncChatCompletions)
        # The same names as the official package, down to the nested resource.
        official = openai.OpenAI(api_key=KEY)
        for name in ("create", "list", "retrieve", "update", "delete"):
            assert callable(getattr(client.chat.completions, name))
            assert callable(getattr(official.chat.completions, name))
        assert callable(client.chat.completions.messages.list)
        assert callable(official.chat.completions.messages.list)
        official.close()
    finally:
        client.close()
        asyncio.run(async_client.close())
    covered = {case.id.split("-")[0] for case in CASES}
    assert covered == api_methods(ChatCompletions, "chat.completions") - {"chat.completions.create"} | {
        "chat.completions.messages.list"
    }
