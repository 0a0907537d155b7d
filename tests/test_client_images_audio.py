"""Image edits, audio and moderations against the local recording server.

What the contract tests against Prism cannot show: spoken audio written to a
file and streamed chunk by chunk, transcripts as plain text (srt, vtt, text)
beside the JSON formats, several images in one edit, and the forms a file can
be given in (bytes, path, open file, tuples), including after a retry.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

import oaiclient
from oaiclient import models as m
from tests.servers import JSONResponse, RawResponse, RecordingServer, SSEResponse
from tests.test_wire_images_audio import DIARIZED, MODERATION, PNG, SRT, VERBOSE, VTT, WAV, multipart_parts

pytestmark = pytest.mark.usefixtures("clean_env")

# About 192 KiB of "audio": more than one read's worth, with no repeating pattern to hide a reordering.
AUDIO = b"".join(i.to_bytes(3, "big") for i in range(64 * 1024))
IMAGES = {"created": 1, "data": [{"b64_json": "aW1n"}]}


def client(server: RecordingServer, **options: Any) -> oaiclient.OpenAI:
    options.setdefault("max_retries", 0)
    return oaiclient.OpenAI(api_key="sk-test", base_url=server.url, **options)


def async_client(server: RecordingServer, **options: Any) -> oaiclient.AsyncOpenAI:
    options.setdefault("max_retries", 0)
    return oaiclient.AsyncOpenAI(api_key="sk-test", base_url=server.url, **options)


# -------------------------------------------------------------------- speech


def test_speech_is_written_to_a_file(server: RecordingServer, tmp_path: Path) -> None:
    server.route("POST", "/v1/audio/speech", RawResponse(AUDIO, content_type="audio/mpeg"))
    with client(server) as c:
        speech = c.audio.speech.create(model="gpt-4o-mini-tts", input="Hello.", voice="coral", speed=1.5)
        assert isinstance(speech, oaiclient.BinaryResponse)
        target = tmp_path / "hello.mp3"
        speech.write_to_file(target)
    assert target.read_bytes() == AUDIO
    assert server.last.json == {"model": "gpt-4o-mini-tts", "input": "Hello.", "voice": "coral", "speed": 1.5}


def test_speech_content_and_async_write(server: RecordingServer, tmp_path: Path) -> None:
    server.route("POST", "/v1/audio/speech", RawResponse(AUDIO, content_type="application/octet-stream"))
    target = tmp_path / "hello.wav"

    async def main() -> bytes:
        async with async_client(server) as c:
            speech = await c.audio.speech.create(
                model="tts-1", input="Hello.", voice={"id": "voice_1234"}, response_format="wav"
            )
            await speech.awrite_to_file(target)
            second = await c.audio.speech.create(model="tts-1", input="Again.", voice="ash")
            return second.content

    assert asyncio.run(main()) == AUDIO
    assert target.read_bytes() == AUDIO
    first, _ = server.requests
    assert first.json["voice"] == {"id": "voice_1234"}


def test_speech_streams_without_reading_the_whole_body(server: RecordingServer) -> None:
    """The server never ends this body: only a client that streams can get the first chunks."""
    chunks = [AUDIO[i : i + 16384] for i in range(0, 65536, 16384)]
    server.route(
        "POST",
        "/v1/audio/speech",
        SSEResponse(chunks, content_type="audio/mpeg", wait_for_disconnect=True),
    )
    with client(server, timeout=10) as c:
        with c.audio.speech.with_streaming_response.create(
            model="tts-1", input="Hi.", voice="alloy"
        ) as response:
            assert response.status_code == 200
            assert response.headers["content-type"] == "audio/mpeg"
            received = b""
            for chunk in response.iter_bytes():
                received += chunk
                if len(received) >= 65536:
                    break
        assert received[:65536] == AUDIO[:65536]
    assert server.wait_for_disconnect(), "leaving the block did not close the connection"


def test_streamed_speech_parses_to_a_binary_response(server: RecordingServer, tmp_path: Path) -> None:
    chunks = [AUDIO[i : i + 50000] for i in range(0, len(AUDIO), 50000)]
    server.route("POST", "/v1/audio/speech", SSEResponse(chunks, content_type="audio/mpeg"))
    target = tmp_path / "streamed.mp3"
    with client(server) as c:
        with c.audio.speech.with_streaming_response.create(
            model="tts-1", input="Hi.", voice="alloy"
        ) as response:
            speech = response.parse()
            assert isinstance(speech, oaiclient.BinaryResponse)
            speech.write_to_file(target)
    assert target.read_bytes() == AUDIO


def test_streamed_speech_to_file_as_the_official_package_writes_it(
    server: RecordingServer, tmp_path: Path
) -> None:
    server.route(
        "POST", "/v1/audio/speech", SSEResponse([AUDIO[:1000], AUDIO[1000:]], content_type="audio/mpeg")
    )
    target = tmp_path / "streamed.mp3"
    with client(server) as c:
        with c.audio.speech.with_streaming_response.create(
            model="tts-1", input="Hi.", voice="alloy"
        ) as response:
            response.stream_to_file(target)
    assert target.read_bytes() == AUDIO


def test_speech_streams_with_the_async_client(server: RecordingServer) -> None:
    chunks = [AUDIO[i : i + 16384] for i in range(0, 65536, 16384)]
    server.route(
        "POST",
        "/v1/audio/speech",
        SSEResponse(chunks, content_type="audio/mpeg", wait_for_disconnect=True),
    )

    async def main() -> bytes:
        async with async_client(server, timeout=10) as c:
            async with c.audio.speech.with_streaming_response.create(
                model="tts-1", input="Hi.", voice="alloy"
            ) as response:
                received = b""
                async for chunk in response.iter_bytes():
                    received += chunk
                    if len(received) >= 65536:
                        break
                return received

    assert asyncio.run(main())[:65536] == AUDIO[:65536]
    assert server.wait_for_disconnect()


def test_a_speech_error_is_raised_not_returned_as_audio(server: RecordingServer) -> None:
    error = {
        "error": {
            "message": "voice not found",
            "type": "invalid_request_error",
            "param": "voice",
            "code": None,
        }
    }
    server.route("POST", "/v1/audio/speech", JSONResponse(error, status=400))
    with client(server) as c, pytest.raises(oaiclient.BadRequestError) as caught:
        c.audio.speech.create(model="tts-1", input="Hi.", voice="nobody")
    assert "voice not found" in caught.value.message


# -------------------------------------------------------------- transcripts


@pytest.mark.parametrize(
    ("response_format", "text", "content_type"),
    [
        ("srt", SRT, "text/plain; charset=utf-8"),
        ("vtt", VTT, "text/vtt; charset=utf-8"),
        ("text", "Hello there.\n", "text/plain; charset=utf-8"),
        # Plain text that happens to look like JSON stays text.
        ("text", '{"text": "not an object"}\n', "text/plain"),
    ],
)
def test_transcript_as_plain_text(
    server: RecordingServer, response_format: str, text: str, content_type: str
) -> None:
    server.route("POST", "/v1/audio/transcriptions", RawResponse(text.encode(), content_type=content_type))
    with client(server) as c:
        result = c.audio.transcriptions.create(file=WAV, model="whisper-1", response_format=response_format)  # type: ignore[arg-type]
    assert result == text
    assert multipart_parts(server.last)["response_format"] == [(None, None, response_format.encode())]


def test_translation_as_vtt_async(server: RecordingServer) -> None:
    server.route("POST", "/v1/audio/translations", RawResponse(VTT.encode(), content_type="text/vtt"))

    async def main() -> Any:
        async with async_client(server) as c:
            return await c.audio.translations.create(file=WAV, model="whisper-1", response_format="vtt")

    assert asyncio.run(main()) == VTT


def test_transcript_as_verbose_json(server: RecordingServer) -> None:
    server.route("POST", "/v1/audio/transcriptions", JSONResponse(VERBOSE))
    with client(server) as c:
        result = c.audio.transcriptions.create(
            file=("hello.wav", WAV, "audio/wav"),
            model="whisper-1",
            response_format="verbose_json",
            timestamp_granularities=["word", "segment"],
        )
    assert isinstance(result, m.CreateTranscriptionResponse)
    assert (result.text, result.language, result.duration) == ("Hello there.", "english", 2.0)
    assert result.words is not None and all(isinstance(w, m.TranscriptionWord) for w in result.words)
    assert [(w.word, w.start, w.end) for w in result.words] == [("Hello", 0.0, 0.5), ("there", 0.6, 1.2)]
    assert result.segments is not None
    (segment,) = result.segments
    assert isinstance(segment, m.TranscriptionSegment)
    assert (segment.seek, segment.tokens, segment.no_speech_prob) == (0, [50364, 2425, 456, 13], 0.01)
    assert isinstance(result.usage, m.TranscriptTextUsageDuration) and result.usage.seconds == 2
    assert result.to_dict() == VERBOSE
    granularities = multipart_parts(server.last)["timestamp_granularities[]"]
    assert [value for _, _, value in granularities] == [b"word", b"segment"]


def test_transcript_as_diarized_json(server: RecordingServer) -> None:
    server.route("POST", "/v1/audio/transcriptions", JSONResponse(DIARIZED))
    with client(server) as c:
        result = c.audio.transcriptions.create(
            file=WAV,
            model="gpt-4o-transcribe-diarize",
            response_format="diarized_json",
            chunking_strategy="auto",
        )
    assert isinstance(result, m.CreateTranscriptionResponse)
    assert result.segments is not None
    assert all(isinstance(s, m.TranscriptionDiarizedSegment) for s in result.segments)
    assert [(s.speaker, s.text) for s in result.segments] == [("agent", "Hi."), ("B", "Hello.")]  # type: ignore[union-attr]
    assert isinstance(result.usage, m.TranscriptTextUsageTokens) and result.usage.total_tokens == 46
    assert result.to_dict() == DIARIZED


def test_translation_as_verbose_json(server: RecordingServer) -> None:
    body = {k: VERBOSE[k] for k in ("language", "duration", "text", "segments")}
    server.route("POST", "/v1/audio/translations", JSONResponse(body))
    with client(server) as c:
        result = c.audio.translations.create(file=WAV, model="whisper-1", response_format="verbose_json")
    assert isinstance(result, m.CreateTranslationResponse)
    assert result.language == "english" and result.segments is not None
    assert result.segments[0].avg_logprob == -0.25
    assert result.to_dict() == body


# -------------------------------------------------------------------- files


def _file_forms(tmp_path: Path) -> list[tuple[str, Any, tuple[str, str]]]:
    """(id, the file argument, (filename, content type) the part should carry)."""
    path = tmp_path / "note.wav"
    path.write_bytes(WAV)
    return [
        ("bytes", WAV, ("upload", "application/octet-stream")),
        ("path", path, ("note.wav", "audio/x-wav")),
        ("open-file", open(path, "rb"), ("note.wav", "audio/x-wav")),
        ("pair", ("memo.mp3", WAV), ("memo.mp3", "audio/mpeg")),
        ("triple", ("memo.bin", WAV, "audio/wav"), ("memo.bin", "audio/wav")),
        ("triple-open-file", ("memo.ogg", open(path, "rb"), "audio/ogg"), ("memo.ogg", "audio/ogg")),
        ("quadruple", ("memo.flac", WAV, "audio/flac", {"X-Take": "2"}), ("memo.flac", "audio/flac")),
    ]


def test_every_form_of_a_file_is_uploaded(server: RecordingServer, tmp_path: Path) -> None:
    server.route("POST", "/v1/audio/transcriptions", JSONResponse({"text": "ok"}))
    forms = _file_forms(tmp_path)
    with client(server) as c:
        for form_id, file, _ in forms:
            assert c.audio.transcriptions.create(file=file, model="whisper-1").text == "ok", form_id  # type: ignore[union-attr]
            if hasattr(file, "close"):
                file.close()
            elif isinstance(file, tuple) and hasattr(file[1], "close"):
                file[1].close()
    for request, (form_id, _, (filename, content_type)) in zip(server.requests, forms, strict=True):
        parts = multipart_parts(request)
        assert parts["file"] == [(filename, content_type, WAV)], form_id
        assert parts["model"] == [(None, None, b"whisper-1")], form_id


def test_a_file_opened_in_text_mode_is_refused(server: RecordingServer, tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("not audio")
    with client(server) as c, open(path) as text_file, pytest.raises(TypeError, match="binary mode"):
        c.audio.transcriptions.create(file=text_file, model="whisper-1")  # type: ignore[arg-type]
    assert server.requests == []


def test_a_retried_upload_sends_the_same_file_again(server: RecordingServer, tmp_path: Path) -> None:
    """An open file is read once; the retry must not send an empty, already-read file."""
    path = tmp_path / "otter.png"
    path.write_bytes(PNG)
    busy = {"error": {"message": "try again", "type": "server_error", "param": None, "code": None}}
    server.route(
        "POST",
        "/v1/images/edits",
        [JSONResponse(busy, status=503, headers={"retry-after-ms": "10"}), JSONResponse(IMAGES)],
    )
    with client(server, max_retries=1) as c, open(path, "rb") as image, open(path, "rb") as mask:
        result = c.images.edit(image=[image, PNG], mask=mask, prompt="Add a hat")
    assert result.data is not None and result.data[0].b64_json == "aW1n"
    first, second = server.requests
    assert multipart_parts(first) == multipart_parts(second)
    assert [data for _, _, data in multipart_parts(second)["image[]"]] == [PNG, PNG]
    assert multipart_parts(second)["mask"] == [("otter.png", "image/png", PNG)]


# ------------------------------------------------------------------- images


def test_an_edit_with_several_images(server: RecordingServer, tmp_path: Path) -> None:
    server.route("POST", "/v1/images/edits", JSONResponse(IMAGES))
    beach = tmp_path / "beach.jpg"
    beach.write_bytes(b"\xff\xd8\xff\xe0jpeg")

    async def main() -> Any:
        async with async_client(server) as c:
            with open(beach, "rb") as opened:
                return await c.images.edit(
                    image=[PNG, beach, opened, ("hat.webp", b"RIFFwebp", "image/webp")],
                    prompt="Put the otter on the beach wearing the hat",
                    model="gpt-image-1",
                    input_fidelity="high",
                    n=3,
                    output_format="jpeg",
                )

    result = asyncio.run(main())
    assert isinstance(result, m.ImagesResponse)
    parts = multipart_parts(server.last)
    assert parts["image[]"] == [
        ("upload", "application/octet-stream", PNG),
        ("beach.jpg", "image/jpeg", b"\xff\xd8\xff\xe0jpeg"),
        ("beach.jpg", "image/jpeg", b"\xff\xd8\xff\xe0jpeg"),
        ("hat.webp", "image/webp", b"RIFFwebp"),
    ]
    assert {name: values for name, values in parts.items() if name != "image[]"} == {
        "prompt": [(None, None, b"Put the otter on the beach wearing the hat")],
        "model": [(None, None, b"gpt-image-1")],
        "input_fidelity": [(None, None, b"high")],
        "n": [(None, None, b"3")],
        "output_format": [(None, None, b"jpeg")],
    }


def test_a_variation_from_a_path(server: RecordingServer, tmp_path: Path) -> None:
    server.route(
        "POST",
        "/v1/images/variations",
        JSONResponse({"created": 2, "data": [{"url": "https://x.test/a.png"}]}),
    )
    path = tmp_path / "otter.png"
    path.write_bytes(PNG)
    with client(server) as c:
        result = c.images.create_variation(image=path, n=1, size="256x256")
    assert result.data is not None and result.data[0].url == "https://x.test/a.png"
    parts = multipart_parts(server.last)
    assert parts == {
        "image": [("otter.png", "image/png", PNG)],
        "n": [(None, None, b"1")],
        "size": [(None, None, b"256x256")],
    }


# --------------------------------------------------------------- moderations


def test_moderation_categories_keep_their_slashed_names(server: RecordingServer) -> None:
    server.route("POST", "/v1/moderations", JSONResponse(MODERATION))
    with client(server) as c:
        result = c.moderations.create(input=[{"type": "text", "text": "hello"}])
    (verdict,) = result.results
    assert verdict.flagged is True and verdict.categories.violence is True
    assert verdict.categories.illicit is None
    assert verdict.category_applied_input_types.violence == ["text", "image"]
    # Fields such as `self-harm/intent` are reachable as Python names and dump back under their own.
    assert verdict.categories.self_harm_intent is False
    assert result.to_dict() == MODERATION
    assert server.last.json == {"input": [{"type": "text", "text": "hello"}]}
