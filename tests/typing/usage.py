"""Type-checked by the golden tests (mypy --strict): the overloads users rely on."""

from __future__ import annotations

import os
from typing import IO, Any, assert_type

import oaiclient
from oaiclient import models as m


def sync_calls(client: oaiclient.OpenAI, flag: bool) -> None:
    messages: list[oaiclient.params.ChatCompletionRequestMessage] = [{"role": "user", "content": "hi"}]
    plain = client.chat.completions.create(model="gpt-4o", messages=messages)
    assert_type(plain, m.CreateChatCompletionResponse)
    streamed = client.chat.completions.create(model="gpt-4o", messages=messages, stream=True)
    assert_type(streamed, oaiclient.Stream[m.CreateChatCompletionStreamResponse])
    either = client.chat.completions.create(model="gpt-4o", messages=messages, stream=flag)
    assert_type(
        either, m.CreateChatCompletionResponse | oaiclient.Stream[m.CreateChatCompletionStreamResponse]
    )
    assert_type(client.models.list(), oaiclient.SyncPage[m.Model])
    assert_type(client.embeddings.create(model="e", input="x"), m.CreateEmbeddingResponse)


async def async_calls(client: oaiclient.AsyncOpenAI) -> None:
    streamed = await client.completions.create(model="m", prompt="p", stream=True)
    assert_type(streamed, oaiclient.AsyncStream[m.CreateCompletionResponse])
    page = await client.models.list()
    assert_type(page, oaiclient.AsyncPage[m.Model])
    async for model in client.models.list():
        assert_type(model, m.Model)


def upload_and_audio_calls(
    client: oaiclient.OpenAI, png: bytes, path: os.PathLike[str], handle: IO[bytes]
) -> None:
    # Image edits take one file or a list of files, in any of the accepted forms.
    edited = client.images.edit(image=[png, path, handle, ("a.png", png, "image/png")], prompt="p", mask=path)
    assert_type(edited, m.ImagesResponse)
    assert_type(client.images.create_variation(image=("a.png", handle)), m.ImagesResponse)
    # Speech is binary; transcripts and translations are an object or, for text/srt/vtt, a str.
    assert_type(client.audio.speech.create(model="tts-1", input="x", voice="alloy"), oaiclient.BinaryResponse)
    transcript = client.audio.transcriptions.create(file=png, model="whisper-1", response_format="srt")
    assert_type(transcript, m.CreateTranscriptionResponse | str)
    translation = client.audio.translations.create(file=handle, model="whisper-1")
    assert_type(translation, m.CreateTranslationResponse | str)
    assert_type(client.moderations.create(input="x"), m.CreateModerationResponse)


def fine_tuning_and_stored_chat_calls(client: oaiclient.OpenAI) -> None:
    # Cursor pages keep their item type through iteration and through iter_pages().
    jobs = client.fine_tuning.jobs.list(limit=2)
    assert_type(jobs, oaiclient.SyncCursorPage[m.FineTuningJob])
    for job in jobs:
        assert_type(job, m.FineTuningJob)
    for events in client.fine_tuning.jobs.list_events("ftjob-1").iter_pages():
        assert_type(events.data, list[m.FineTuningJobEvent])
    checkpoints = client.fine_tuning.jobs.checkpoints.list("ftjob-1", after="ckpt-1")
    assert_type(checkpoints, oaiclient.SyncCursorPage[m.FineTuningJobCheckpoint])
    created = client.fine_tuning.jobs.create(
        model="gpt-4o-mini",
        training_file="file-1",
        method={"type": "dpo", "dpo": {"hyperparameters": {"beta": 0.1, "n_epochs": "auto"}}},
    )
    assert_type(created, m.FineTuningJob)
    stored = client.chat.completions.list(order="desc")
    assert_type(stored, oaiclient.SyncCursorPage[m.CreateChatCompletionResponse])
    updated = client.chat.completions.update("chatcmpl-1", metadata=None)
    assert_type(updated, m.CreateChatCompletionResponse)
    messages = client.chat.completions.messages.list("chatcmpl-1", limit=5)
    assert_type(messages, oaiclient.SyncCursorPage[m.ChatCompletionStoreMessage])
    assert_type(client.chat.completions.delete("chatcmpl-1"), m.ChatCompletionDeleted)


async def async_fine_tuning_pages(client: oaiclient.AsyncOpenAI) -> None:
    async for job in client.fine_tuning.jobs.list():
        assert_type(job, m.FineTuningJob)
    page = await client.chat.completions.messages.list("chatcmpl-1")
    assert_type(page, oaiclient.AsyncCursorPage[m.ChatCompletionStoreMessage])
    async for later in page.iter_pages():
        assert_type(later, oaiclient.AsyncCursorPage[m.ChatCompletionStoreMessage])


def module_level_client() -> None:
    # Today's module-level client is typed like a client; the pre-1.0 style returns Any.
    oaiclient.api_key = os.environ.get("OPENAI_API_KEY")
    oaiclient.organization = "org-x"
    oaiclient.timeout = 20.0
    reply = oaiclient.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
    assert_type(reply, m.CreateChatCompletionResponse)
    assert_type(reply["choices"][0]["message"]["content"], Any)
    assert_type(reply.get("usage"), Any)
    page = oaiclient.Model.list()
    assert_type(page, Any)
    assert_type(oaiclient.SyncPage[m.Model].model_validate({"data": []})[0], m.Model)
