"""Contract cases for stored chat completions (those created with `store: true`).

`CASES` and `RESPONSE_MODELS` are run by test_contract.py with the other areas'.
Below: the cursor pages of both listings followed through Prism, and requests
the judges must refuse.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

import oaiclient
from oaiclient import models as m
from tests.contract.casekit import DYNAMIC, Case, _method
from tests.contract.test_contract_fine_tuning import PAGES, _check_walk

pytestmark = pytest.mark.contract

COMPLETION_ID = "chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2"

CASES = [
    Case("chat-stored-list", "chat.completions.list", m.CreateChatCompletionResponse, page=True),
    Case(
        "chat-stored-list-filtered",
        "chat.completions.list",
        m.CreateChatCompletionResponse,
        kwargs={"model": "gpt-4o-mini", "after": "chatcmpl-abc", "limit": 5, "order": "desc"},
        page=True,
    ),
    Case(
        "chat-stored-list-ascending",
        "chat.completions.list",
        m.CreateChatCompletionResponse,
        kwargs={"order": "asc", "limit": 100},
        page=True,
    ),
    Case(
        "chat-stored-retrieve",
        "chat.completions.retrieve",
        m.CreateChatCompletionResponse,
        args=(COMPLETION_ID,),
    ),
    Case(
        "chat-stored-update",
        "chat.completions.update",
        m.CreateChatCompletionResponse,
        args=(COMPLETION_ID,),
        kwargs={"metadata": {"reviewed": "yes", "reviewer": "alice"}},
    ),
    Case(
        "chat-stored-update-empty",
        "chat.completions.update",
        m.CreateChatCompletionResponse,
        args=(COMPLETION_ID,),
        kwargs={"metadata": {}},
    ),
    Case(
        "chat-stored-update-null",
        "chat.completions.update",
        m.CreateChatCompletionResponse,
        args=(COMPLETION_ID,),
        kwargs={"metadata": None},
    ),
    Case("chat-stored-delete", "chat.completions.delete", m.ChatCompletionDeleted, args=(COMPLETION_ID,)),
    Case(
        "chat-stored-messages",
        "chat.completions.messages.list",
        m.ChatCompletionStoreMessage,
        args=(COMPLETION_ID,),
        page=True,
    ),
    Case(
        "chat-stored-messages-paged",
        "chat.completions.messages.list",
        m.ChatCompletionStoreMessage,
        args=(COMPLETION_ID,),
        kwargs={"after": f"{COMPLETION_ID}-0", "limit": 10, "order": "desc"},
        page=True,
    ),
]

# The two listings come back as cursor pages, which keep `first_id` and
# `last_id` as extra fields (as the official pages do); their list models
# declare them, so those are the models held against the reference.
RESPONSE_MODELS: dict[str, dict[str, Any]] = {
    "chat.completions.list": {"application/json": m.ChatCompletionList},
    "chat.completions.retrieve": {"application/json": m.CreateChatCompletionResponse},
    "chat.completions.update": {"application/json": m.CreateChatCompletionResponse},
    "chat.completions.delete": {"application/json": m.ChatCompletionDeleted},
    "chat.completions.messages.list": {"application/json": m.ChatCompletionMessageList},
}


# ------------------------------------------------------------- pages, one after another

PAGED = [
    ("chat.completions.list", (), m.CreateChatCompletionResponse, "/chat/completions"),
    (
        "chat.completions.messages.list",
        (COMPLETION_ID,),
        m.ChatCompletionStoreMessage,
        f"/chat/completions/{COMPLETION_ID}/messages",
    ),
]


@pytest.mark.parametrize("headers", [None, DYNAMIC], ids=["static", "dynamic"])
@pytest.mark.parametrize("method, args, item_type, path", PAGED, ids=[p[0] for p in PAGED])
def test_cursor_pages_through_prism_sync(
    client: Any, recorder: Any, method: str, args: tuple[str, ...], item_type: type, path: str, headers: Any
) -> None:
    first = _method(client, method)(*args, limit=2, extra_headers=headers)
    start = len(recorder.exchanges) - 1
    pages = []
    for page in first.iter_pages():
        pages.append(page)
        if len(pages) == PAGES:
            break
    # Static answers always claim more; random ones may end the listing sooner.
    assert len(pages) == PAGES or headers is not None
    _check_walk(recorder.exchanges[start:], pages, path, item_type)


@pytest.mark.parametrize("method, args, item_type, path", PAGED, ids=[p[0] for p in PAGED])
def test_cursor_pages_through_prism_async(
    harness: Any, method: str, args: tuple[str, ...], item_type: type, path: str
) -> None:
    async def scenario() -> list[Any]:
        async with harness.async_client() as client:
            items = []
            # `async for` over what the method returns walks on from page to page.
            async for item in _method(client, method)(*args, limit=2):
                items.append(item)
                if len(items) == PAGES:
                    break
            return items

    start = len(harness.recorder.exchanges)
    items = asyncio.run(scenario())
    exchanges = harness.recorder.exchanges[start:]
    # One item a page in Prism's static answers: one request per item.
    assert len(items) == len(exchanges) == PAGES
    assert all(isinstance(item, item_type) for item in items)
    assert [e.query.get("after") for e in exchanges] == [None] + [item.id for item in items[:-1]]


# ------------------------------------------------------------------ negative controls


@pytest.mark.parametrize(
    "metadata",
    [{"reviewed": True}, ["reviewed"], "reviewed"],
    ids=["non-string-value", "list", "string"],
)
def test_local_judge_rejects_bad_metadata(client: Any, judge: Any, metadata: Any) -> None:
    with pytest.raises(judge.Error) as info:
        client.chat.completions.update(COMPLETION_ID, metadata=metadata)
    assert "\n  - metadata" in str(info.value), str(info.value)


@pytest.mark.parametrize(
    "method, args",
    [("chat.completions.list", ()), ("chat.completions.messages.list", (COMPLETION_ID,))],
    ids=["list", "messages.list"],
)
@pytest.mark.parametrize(
    "query, name", [({"order": "newest"}, "order"), ({"limit": "all"}, "limit")], ids=["order", "limit"]
)
def test_prism_rejects_a_bad_query(
    client: Any, method: str, args: tuple[str, ...], query: dict[str, Any], name: str
) -> None:
    with pytest.raises(oaiclient.UnprocessableEntityError) as info:
        _method(client, method)(*args, **query)
    body = info.value.body
    assert isinstance(body, dict), body
    assert any(item.get("location") == ["query", name] for item in body.get("validation") or []), body
