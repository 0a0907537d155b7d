"""Wire compatibility for image edits and variations, audio and moderations.

The same call through our client and the official `openai` package must send
the same request (see test_wire_compat.py, whose runner this module reuses).
Most of these operations upload files, so the bodies are compared part by part:
each multipart part's name, filename, content type and bytes, in the order the
parts of one name were sent (`image[]` parts keep their order), beside method,
path, query and the authentication headers. What the clients hand back
(texts, bytes, parsed fields) must agree too.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest

from tests.servers import JSONResponse, RawResponse, RecordedRequest, RecordingServer
from tests.test_wire_compat import AUTH_HEADERS, KEY, Case, _both

pytestmark = [
    pytest.mark.usefixtures("clean_env", "upload_files"),
    # The official package marks images.create_variation and audio.translations deprecated.
    pytest.mark.filterwarnings("ignore:deprecated:DeprecationWarning"),
]

# A 1x1 png and a few bytes of other formats; the server never decodes them.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f80f0000010100005b0d0a2d0000000049454e44ae426082"
)
MASK = PNG[:-4] + b"mask"
WAV = (
    b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00@\x1f\x00\x00\x80>\x00\x00\x02\x00\x10\x00data"
)
MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(range(64))

IMAGES = {"created": 1713833628, "data": [{"b64_json": "aW1hZ2Ux"}, {"b64_json": "aW1hZ2Uy"}]}
DALLE_IMAGES = {"created": 1, "data": [{"url": "https://images.example.test/a.png"}]}
SRT = "1\n00:00:00,000 --> 00:00:01,200\nHello there.\n\n2\n00:00:01,200 --> 00:00:02,000\nBye.\n"
VTT = "WEBVTT\n\n00:00:00.000 --> 00:00:01.200\nHello there.\n"
VERBOSE = {
    "task": "transcribe",
    "language": "english",
    "duration": 2.0,
    "text": "Hello there.",
    "words": [{"word": "Hello", "start": 0.0, "end": 0.5}, {"word": "there", "start": 0.6, "end": 1.2}],
    "segments": [
        {
            "id": 0,
            "seek": 0,
            "start": 0.0,
            "end": 1.2,
            "text": "Hello there.",
            "tokens": [50364, 2425, 456, 13],
            "temperature": 0.0,
            "avg_logprob": -0.25,
            "compression_ratio": 0.8,
            "no_speech_prob": 0.01,
        }
    ],
    "usage": {"type": "duration", "seconds": 2},
}
DIARIZED = {
    "task": "transcribe",
    "duration": 3.5,
    "text": "Hi. Hello.",
    "segments": [
        {
            "type": "transcript.text.segment",
            "id": "seg_0",
            "start": 0.0,
            "end": 1.0,
            "text": "Hi.",
            "speaker": "agent",
        },
        {
            "type": "transcript.text.segment",
            "id": "seg_1",
            "start": 1.2,
            "end": 2.0,
            "text": "Hello.",
            "speaker": "B",
        },
    ],
    "usage": {"type": "tokens", "input_tokens": 40, "output_tokens": 6, "total_tokens": 46},
}
CATEGORIES = (
    "hate harassment illicit self-harm sexual violence "
    "hate/threatening harassment/threatening illicit/violent self-harm/intent "
    "self-harm/instructions sexual/minors violence/graphic"
).split()
MODERATION = {
    "id": "modr-1",
    "model": "omni-moderation-latest",
    "results": [
        {
            "flagged": True,
            "categories": {**{c: False for c in CATEGORIES}, "violence": True, "illicit": None},
            "category_scores": {**{c: 0.001 for c in CATEGORIES}, "violence": 0.93},
            "category_applied_input_types": {
                **{c: ["text"] for c in CATEGORIES},
                "violence": ["text", "image"],
            },
        }
    ],
}

# Files on disk for the path and open-file forms (see the `upload_files` fixture).
FILES: dict[str, Path] = {}
OPENED: list[IO[bytes]] = []


@pytest.fixture
def upload_files(tmp_path: Path) -> Iterator[None]:
    for name, data in (("otter.png", PNG), ("mask.png", MASK), ("speech.wav", WAV), ("talk.mp3", MP3)):
        FILES[name] = tmp_path / name
        FILES[name].write_bytes(data)
    yield
    while OPENED:
        OPENED.pop().close()


def opened(name: str) -> IO[bytes]:
    """An open binary file, closed when the test ends (async calls read it late)."""
    handle = open(FILES[name], "rb")
    OPENED.append(handle)
    return handle


# -- reading a multipart body ----------------------------------------------------


def multipart_parts(request: RecordedRequest) -> dict[str, list[tuple[str | None, str | None, bytes]]]:
    """The parts of a multipart body by name: (filename, content type, bytes) in the order sent."""
    content_type = request.headers.get("content-type", "")
    assert content_type.startswith("multipart/form-data; boundary="), content_type
    message = email.message_from_bytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + request.body, policy=email.policy.HTTP
    )
    assert message.is_multipart(), request.body[:200]
    parts: dict[str, list[tuple[str | None, str | None, bytes]]] = {}
    for part in message.iter_parts():
        disposition = part.get("content-disposition", "")
        assert disposition.startswith("form-data"), disposition
        name = part.get_param("name", header="content-disposition")
        assert isinstance(name, str), disposition
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        parts.setdefault(name, []).append((part.get_filename(), part.get("content-type"), payload))
    return parts


def assert_same_upload(ours: RecordedRequest, theirs: RecordedRequest) -> None:
    assert ours.method == theirs.method == "POST"
    assert ours.path == theirs.path
    assert sorted(ours.query) == sorted(theirs.query)
    assert multipart_parts(ours) == multipart_parts(theirs)
    for name in AUTH_HEADERS:
        assert ours.headers.get(name) == theirs.headers.get(name), name


def assert_same_json(ours: RecordedRequest, theirs: RecordedRequest) -> None:
    assert ours.method == theirs.method == "POST"
    assert ours.path == theirs.path
    assert sorted(ours.query) == sorted(theirs.query)
    assert ours.json is not None
    assert ours.json == theirs.json
    assert ours.headers["content-type"] == theirs.headers["content-type"] == "application/json"
    for name in AUTH_HEADERS:
        assert ours.headers.get(name) == theirs.headers.get(name), name


# -- the cases -------------------------------------------------------------------------


def _images(result: Any) -> list[Any]:
    return [(image.b64_json, image.url) for image in result.data]


def _text(result: Any) -> Any:
    # A plain-text answer is a str in both clients; a JSON one a model with `text`.
    return result if isinstance(result, str) else ("model", result.text)


def _verbose(result: Any) -> Any:
    return (
        result.text,
        result.language,
        result.duration,
        [(w.word, w.start, w.end) for w in result.words or []],
        [(s.id, s.seek, s.text, s.tokens, s.avg_logprob) for s in result.segments or []],
    )


def _diarized(result: Any) -> Any:
    return (result.text, result.duration, [(s.id, s.speaker, s.text) for s in result.segments])


def _moderation(result: Any) -> Any:
    first = result.results[0]
    return (
        result.id,
        result.model,
        first.flagged,
        first.categories.violence,
        first.categories.illicit,
        first.category_scores.violence,
    )


UPLOADS = [
    Case(
        "images.edit-one-image",
        "POST",
        ("/v1/images/edits",),
        JSONResponse(IMAGES),
        lambda c: c.images.edit(
            image=PNG,
            mask=MASK,
            prompt="Give the otter a red beret",
            model="gpt-image-1",
            n=2,
            size="1024x1536",
            quality="high",
            background="transparent",
            output_format="webp",
            output_compression=70,
            input_fidelity="high",
            user="user-1234",
        ),
        _images,
    ),
    Case(
        "images.edit-several-images",
        "POST",
        ("/v1/images/edits",),
        JSONResponse(IMAGES),
        lambda c: c.images.edit(
            image=[
                PNG,
                FILES["otter.png"],
                opened("mask.png"),
                ("beach.png", PNG, "image/png"),
                ("label.webp", b"RIFF....WEBP", "image/webp", {"X-Part": "4"}),
            ],
            mask=("mask.png", MASK),
            prompt="Put all of these into one gift basket",
            model="gpt-image-1.5",
        ),
        _images,
    ),
    Case(
        "images.edit-dall-e",
        "POST",
        ("/v1/images/edits",),
        JSONResponse(DALLE_IMAGES),
        lambda c: c.images.edit(
            image=FILES["otter.png"],
            prompt="Add a lighthouse",
            model="dall-e-2",
            response_format="url",
            size="512x512",
            n=None,
        ),
        _images,
    ),
    Case(
        "images.create_variation",
        "POST",
        ("/v1/images/variations",),
        JSONResponse(DALLE_IMAGES),
        lambda c: c.images.create_variation(
            image=("otter.png", PNG, "image/png"),
            model="dall-e-2",
            n=2,
            response_format="b64_json",
            size="256x256",
            user="user-1234",
        ),
        _images,
    ),
    Case(
        "images.create_variation-open-file",
        "POST",
        ("/v1/images/variations",),
        JSONResponse(DALLE_IMAGES),
        lambda c: c.images.create_variation(image=opened("otter.png")),
        _images,
    ),
    Case(
        "audio.transcriptions.create-json",
        "POST",
        ("/v1/audio/transcriptions",),
        JSONResponse(
            {"text": "Hello there.", "logprobs": [{"token": "Hello", "logprob": -0.1, "bytes": [72]}]}
        ),
        lambda c: c.audio.transcriptions.create(
            file=FILES["speech.wav"],
            model="gpt-4o-transcribe",
            language="en",
            prompt="A friendly greeting.",
            response_format="json",
            temperature=0,
            include=["logprobs"],
            chunking_strategy="auto",
        ),
        _text,
    ),
    Case(
        "audio.transcriptions.create-verbose",
        "POST",
        ("/v1/audio/transcriptions",),
        JSONResponse(VERBOSE),
        lambda c: c.audio.transcriptions.create(
            file=("speech.wav", WAV, "audio/wav"),
            model="whisper-1",
            response_format="verbose_json",
            timestamp_granularities=["word", "segment"],
        ),
        _verbose,
    ),
    Case(
        "audio.transcriptions.create-srt",
        "POST",
        ("/v1/audio/transcriptions",),
        RawResponse(SRT.encode(), content_type="text/plain; charset=utf-8"),
        lambda c: c.audio.transcriptions.create(
            file=opened("talk.mp3"), model="whisper-1", response_format="srt"
        ),
        _text,
    ),
    Case(
        "audio.transcriptions.create-diarized",
        "POST",
        ("/v1/audio/transcriptions",),
        JSONResponse(DIARIZED),
        lambda c: c.audio.transcriptions.create(
            file=WAV,
            model="gpt-4o-transcribe-diarize",
            response_format="diarized_json",
            chunking_strategy={"type": "server_vad", "threshold": 0.4, "prefix_padding_ms": 200},
            known_speaker_names=["agent", "customer"],
            known_speaker_references=["data:audio/wav;base64,UklGRg==", "data:audio/wav;base64,UklGRh=="],
        ),
        _diarized,
    ),
    Case(
        "audio.transcriptions.create-languages",
        "POST",
        ("/v1/audio/transcriptions",),
        JSONResponse({"text": "Hola.", "languages": [{"code": "es"}]}),
        lambda c: c.audio.transcriptions.create(
            file=FILES["talk.mp3"],
            model="gpt-transcribe",
            languages=["es", "en"],
            keywords=["Oaxaca", "mole negro"],
            chunking_strategy=None,
        ),
        _text,
    ),
    Case(
        "audio.translations.create-json",
        "POST",
        ("/v1/audio/translations",),
        JSONResponse({"text": "Good morning."}),
        lambda c: c.audio.translations.create(
            file=("buenos.wav", WAV),
            model="whisper-1",
            prompt="A greeting.",
            response_format="json",
            temperature=0.2,
        ),
        _text,
    ),
    Case(
        "audio.translations.create-vtt",
        "POST",
        ("/v1/audio/translations",),
        RawResponse(VTT.encode(), content_type="text/vtt"),
        lambda c: c.audio.translations.create(
            file=FILES["speech.wav"], model="whisper-1", response_format="vtt"
        ),
        _text,
    ),
    Case(
        "audio.translations.create-verbose",
        "POST",
        ("/v1/audio/translations",),
        JSONResponse({k: VERBOSE[k] for k in ("language", "duration", "text", "segments")}),
        lambda c: c.audio.translations.create(file=WAV, model="whisper-1", response_format="verbose_json"),
        lambda r: (r.text, r.language, r.duration, [(s.id, s.text) for s in r.segments]),
    ),
]

JSON_CASES = [
    Case(
        "audio.speech.create",
        "POST",
        ("/v1/audio/speech",),
        RawResponse(MP3, content_type="audio/mpeg"),
        lambda c: c.audio.speech.create(model="tts-1", input="Hello there.", voice="alloy"),
        lambda result: result.content,
    ),
    Case(
        "audio.speech.create-options",
        "POST",
        ("/v1/audio/speech",),
        RawResponse(WAV, content_type="application/octet-stream"),
        lambda c: c.audio.speech.create(
            model="gpt-4o-mini-tts",
            input="Welcome aboard.",
            voice={"id": "voice_1234"},
            instructions="Speak slowly and warmly.",
            response_format="wav",
            speed=0.75,
            stream_format="audio",
        ),
        lambda result: result.content,
    ),
    Case(
        "moderations.create-text",
        "POST",
        ("/v1/moderations",),
        JSONResponse(MODERATION),
        lambda c: c.moderations.create(input="I want to bake a cake."),
        _moderation,
    ),
    Case(
        "moderations.create-strings",
        "POST",
        ("/v1/moderations",),
        JSONResponse(MODERATION),
        lambda c: c.moderations.create(input=["first", "second"], model="text-moderation-stable"),
        _moderation,
    ),
    Case(
        "moderations.create-multimodal",
        "POST",
        ("/v1/moderations",),
        JSONResponse(MODERATION),
        lambda c: c.moderations.create(
            model="omni-moderation-latest",
            input=[
                {"type": "text", "text": "Is this picture fine?"},
                {"type": "image_url", "image_url": {"url": "https://example.com/otter.jpg"}},
            ],
        ),
        _moderation,
    ),
]

CASES = UPLOADS + JSON_CASES


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", UPLOADS, ids=[case.id for case in UPLOADS])
def test_same_upload_as_the_official_client(server: RecordingServer, case: Case, mode: str) -> None:
    ours, theirs, our_request, their_request = _both(mode, server, case)
    assert_same_upload(our_request, their_request)
    assert our_request.headers["authorization"] == f"Bearer {KEY}"
    assert ours == theirs
    assert ours is not None


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", JSON_CASES, ids=[case.id for case in JSON_CASES])
def test_same_json_request_as_the_official_client(server: RecordingServer, case: Case, mode: str) -> None:
    ours, theirs, our_request, their_request = _both(mode, server, case)
    assert_same_json(our_request, their_request)
    assert our_request.headers["authorization"] == f"Bearer {KEY}"
    assert ours == theirs
    assert ours


def test_several_images_go_as_image_list_parts(server: RecordingServer) -> None:
    """The list form: one `image[]` part per file, in order, each with its own filename."""
    case = next(case for case in UPLOADS if case.id == "images.edit-several-images")
    _, _, ours, _ = _both("sync", server, case)
    parts = multipart_parts(ours)
    assert "image" not in parts
    assert [(name, ctype) for name, ctype, _ in parts["image[]"]] == [
        ("upload", "application/octet-stream"),
        ("otter.png", "image/png"),
        ("mask.png", "image/png"),
        ("beach.png", "image/png"),
        ("label.webp", "image/webp"),
    ]
    assert [data for _, _, data in parts["image[]"]][:4] == [PNG, PNG, MASK, PNG]
    assert parts["mask"] == [("mask.png", "image/png", MASK)]
    assert parts["prompt"] == [(None, None, b"Put all of these into one gift basket")]


def test_one_image_goes_as_a_plain_image_part(server: RecordingServer) -> None:
    case = next(case for case in UPLOADS if case.id == "images.edit-one-image")
    _, _, ours, _ = _both("sync", server, case)
    parts = multipart_parts(ours)
    assert [data for _, _, data in parts["image"]] == [PNG]
    assert "image[]" not in parts
    # Scalars go as text fields, booleans and numbers in their JSON spelling.
    assert parts["n"] == [(None, None, b"2")]
    assert parts["input_fidelity"] == [(None, None, b"high")]


def test_nested_and_list_fields_use_bracket_names(server: RecordingServer) -> None:
    case = next(case for case in UPLOADS if case.id == "audio.transcriptions.create-diarized")
    _, _, ours, _ = _both("sync", server, case)
    parts = multipart_parts(ours)
    assert parts["chunking_strategy[type]"] == [(None, None, b"server_vad")]
    assert parts["chunking_strategy[threshold]"] == [(None, None, b"0.4")]
    assert [data for _, _, data in parts["known_speaker_names[]"]] == [b"agent", b"customer"]


def test_a_null_form_field_is_left_out_by_both(server: RecordingServer) -> None:
    """Multipart has no null: `n=None` and `chunking_strategy=None` send nothing."""
    for case_id, field_name in (
        ("images.edit-dall-e", "n"),
        ("audio.transcriptions.create-languages", "chunking_strategy"),
    ):
        case = next(case for case in UPLOADS if case.id == case_id)
        _, _, ours, theirs = _both("sync", server, case)
        server.clear()
        assert field_name not in multipart_parts(ours)
        assert field_name not in multipart_parts(theirs)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_same_accept_header_as_the_official_client(server: RecordingServer, case: Case) -> None:
    _, _, ours, theirs = _both("sync", server, case)
    assert ours.headers.get("accept") == theirs.headers.get("accept")
