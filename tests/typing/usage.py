"""Type-checked by the golden tests (mypy --strict): the overloads users rely on."""

from __future__ import annotations

from typing import assert_type

import oaiclient
from oaiclient import models as m


def sync_calls(client: oaiclient.OpenAI, flag: bool) -> None:
    messages: list[oaiclient.params.ChatCompletionRequestMessage] = [{"role": "user", "content": "hi"}]
    plain = client.chat.completions.create(model="gpt-4o", messages=messages)
    assert_type(plain, m.CreateChatCompletionResponse)
    streamed = client.chat.completions.create(model="gpt-4o", messages=messages, stream=True)
    assert_type(streamed, oaiclient.Stream[m.CreateChatCompletionStreamResponse])
    either = client.chat.completions.create(model="gpt-4o", messages=messages, stream=flag)
    assert_type(either, m.CreateChatCompletionResponse | oaiclient.Stream[m.CreateChatCompletionStreamResponse])
    assert_type(client.models.list(), oaiclient.SyncPage[m.Model])
    assert_type(client.embeddings.create(model="e", input="x"), m.CreateEmbeddingResponse)


async def async_calls(client: oaiclient.AsyncOpenAI) -> None:
    streamed = await client.completions.create(model="m", prompt="p", stream=True)
    assert_type(streamed, oaiclient.AsyncStream[m.CreateCompletionResponse])
    page = await client.models.list()
    assert_type(page, oaiclient.AsyncPage[m.Model])
    async for model in client.models.list():
        assert_type(model, m.Model)
