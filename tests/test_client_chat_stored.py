"""Stored chat completions through the generated client against the local server.

Both listings (`chat.completions.list` and `chat.completions.messages.list`)
get the pagination tests of tests/test_client_fine_tuning.py: walked to their
end sync and async, `iter_pages()`, `has_next_page()`, the stop at an empty
page that claims more, and the cursor taken from the last item. Then the
single-item calls, and the messages as the API really returns them.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from oaiclient import AsyncOpenAI, OpenAI
from oaiclient import models as m
from tests.servers import JSONResponse, RecordingServer
from tests.test_client_fine_tuning import KEY, Listing, run_listing_tests

pytestmark = pytest.mark.usefixtures("clean_env")

COMPLETION_ID = "chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2"


def stored(id: str = COMPLETION_ID, **extra: Any) -> dict[str, Any]:
    return {
        "id": id,
        "object": "chat.completion",
        "created": 1738960610,
        "model": "gpt-4o-2024-08-06",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "Silent circuits hum.", "refusal": None},
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 5, "completion_tokens": 4, "total_tokens": 9},
        "metadata": {},
        "service_tier": "default",
        **extra,
    }


def message(id: str, **extra: Any) -> dict[str, Any]:
    # As in the reference's own example: a request message, no `refusal`.
    return {
        "id": id,
        "role": "user",
        "content": "write a haiku about ai",
        "name": None,
        "content_parts": None,
        **extra,
    }


LISTINGS: list[Listing] = [
    (
        "completions",
        "/v1/chat/completions",
        [stored(f"chatcmpl-{i}") for i in range(5)],
        lambda c: c.chat.completions.list(model="gpt-4o", limit=2, order="desc"),
        {"model": "gpt-4o", "limit": "2", "order": "desc"},
        m.CreateChatCompletionResponse,
    ),
    (
        "messages",
        f"/v1/chat/completions/{COMPLETION_ID}/messages",
        [message(f"{COMPLETION_ID}-{i}") for i in range(5)],
        lambda c: c.chat.completions.messages.list(COMPLETION_ID, limit=2, order="asc"),
        {"limit": "2", "order": "asc"},
        m.ChatCompletionStoreMessage,
    ),
]

(
    test_walks_every_page_to_the_end,
    test_stops_at_an_empty_page_that_claims_more,
    test_iter_pages_and_has_next_page,
    test_one_page_without_has_more,
) = run_listing_tests(LISTINGS)


def call(server: RecordingServer, mode: str, fn: Any) -> Any:
    if mode == "sync":
        with OpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
            return fn(client)

    async def main() -> Any:
        async with AsyncOpenAI(api_key=KEY, base_url=server.url, max_retries=0) as client:
            return await fn(client)

    return asyncio.run(main())


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@MODES
def test_messages_as_the_api_returns_them(server: RecordingServer, mode: str) -> None:
    """Request messages of any role, without `refusal`, with and without content parts."""
    body = {
        "object": "list",
        "data": [
            message(f"{COMPLETION_ID}-0", role="developer", content="Be brief."),
            message(
                f"{COMPLETION_ID}-1",
                content="What is this?",
                content_parts=[
                    {"type": "text", "text": "What is this?"},
                    {
                        "type": "image_url",
                        "image_url": {"url": "https://example.com/otter.jpg", "detail": "high"},
                    },
                ],
            ),
        ],
        "first_id": f"{COMPLETION_ID}-0",
        "last_id": f"{COMPLETION_ID}-1",
        "has_more": False,
    }
    server.route("GET", f"/v1/chat/completions/{COMPLETION_ID}/messages", JSONResponse(body))
    page = call(server, mode, lambda c: c.chat.completions.messages.list(COMPLETION_ID))
    first, second = page.data
    assert (first.role, first.content, first.content_parts, first.refusal) == (
        "developer",
        "Be brief.",
        None,
        None,
    )
    assert second.content_parts is not None
    assert [type(part) for part in second.content_parts] == [
        m.ChatCompletionRequestMessageContentPartText,
        m.ChatCompletionRequestMessageContentPartImage,
    ]
    assert second.content_parts[1].image_url.detail == "high"
    # Fields the spec leaves out (`name`), and the page's own, are kept as sent.
    assert first["name"] is None
    assert (page.first_id, page.last_id) == (f"{COMPLETION_ID}-0", f"{COMPLETION_ID}-1")
    assert page.to_dict() == body


@MODES
def test_retrieve_update_delete(server: RecordingServer, mode: str) -> None:
    path = f"/v1/chat/completions/{COMPLETION_ID}"
    server.route("GET", path, JSONResponse(stored()))
    server.route("POST", path, JSONResponse(stored(metadata={"reviewed": "yes"})))
    server.route(
        "DELETE",
        path,
        JSONResponse({"object": "chat.completion.deleted", "id": COMPLETION_ID, "deleted": True}),
    )

    def three(client: Any) -> Any:
        completions = client.chat.completions
        calls = (
            completions.retrieve(COMPLETION_ID),
            completions.update(COMPLETION_ID, metadata={"reviewed": "yes"}),
            completions.delete(COMPLETION_ID),
        )
        if isinstance(client, AsyncOpenAI):

            async def each() -> Any:
                return [await c for c in calls]

            return each()
        return list(calls)

    retrieved, updated, deleted = call(server, mode, three)
    assert isinstance(retrieved, m.CreateChatCompletionResponse)
    assert retrieved.choices[0].message.content == "Silent circuits hum."
    assert updated.metadata == {"reviewed": "yes"}
    assert isinstance(deleted, m.ChatCompletionDeleted) and deleted.deleted is True
    get, post, delete = server.requests
    assert (get.method, get.path, get.body, get.query) == ("GET", path, b"", [])
    assert (post.method, post.path, post.json) == ("POST", path, {"metadata": {"reviewed": "yes"}})
    assert post.headers["content-type"] == "application/json"
    assert (delete.method, delete.path, delete.body) == ("DELETE", path, b"")


@MODES
def test_update_can_clear_the_metadata(server: RecordingServer, mode: str) -> None:
    server.route("POST", f"/v1/chat/completions/{COMPLETION_ID}", JSONResponse(stored(metadata=None)))
    result = call(server, mode, lambda c: c.chat.completions.update(COMPLETION_ID, metadata=None))
    assert result.metadata is None
    (request,) = server.requests
    assert request.json == {"metadata": None}


@MODES
def test_create_and_the_stored_calls_share_one_resource(server: RecordingServer, mode: str) -> None:
    """`chat.completions` keeps `create` beside `list`, and `messages` below it."""
    server.route("POST", "/v1/chat/completions", JSONResponse(stored()))
    server.route(
        "GET", "/v1/chat/completions", JSONResponse({"object": "list", "data": [stored()], "has_more": False})
    )
    server.route(
        "GET",
        f"/v1/chat/completions/{COMPLETION_ID}/messages",
        JSONResponse({"object": "list", "data": [message("m-0")], "has_more": False}),
    )

    def calls(client: Any) -> Any:
        completions = client.chat.completions
        made = completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": "haiku"}], store=True, metadata={"k": "v"}
        )
        if isinstance(client, AsyncOpenAI):

            async def rest() -> Any:
                created = await made
                listed = [item.id async for item in completions.list()]
                said = [item.id async for item in completions.messages.list(created.id)]
                return created.id, listed, said

            return rest()
        return (
            made.id,
            [item.id for item in completions.list()],
            [i.id for i in completions.messages.list(made.id)],
        )

    assert call(server, mode, calls) == (COMPLETION_ID, [COMPLETION_ID], ["m-0"])
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", "/v1/chat/completions"),
        ("GET", "/v1/chat/completions"),
        ("GET", f"/v1/chat/completions/{COMPLETION_ID}/messages"),
    ]
    assert server.requests[0].json["store"] is True
