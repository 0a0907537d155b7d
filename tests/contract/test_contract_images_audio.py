"""Contract cases for image edits and variations, audio and moderations.

`CASES` and `RESPONSE_MODELS` are run and walked by test_contract.py with the
other areas'. The tests here add what those cannot: the transcription and
translation answers, which our spec describes as one object per operation
(the generator cannot return a union yet), walked against each of the
reference's variants in turn; why the transcript cases take Prism's static
answers only; a negative control for the speech cases, whose answers Prism
cannot send readably; and mistakes the local judge must refuse, multipart
bodies included.
"""

from __future__ import annotations

from typing import Any

import pytest

import oaiclient
from oaiclient import models as m
from tests.contract.casekit import DYNAMIC, Case, _method

pytestmark = pytest.mark.contract

CAKE = "How long should I bake a sponge cake at 180 degrees?"

# A few bytes of real formats; Prism never decodes an upload.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f80f0000010100005b0d0a2d0000000049454e44ae426082"
)
WAV = (
    b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00@\x1f\x00\x00\x80>\x00\x00\x02\x00\x10\x00data"
)
MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00\xff\xfb\x90\x64"


# The reference's transcript answers are a `oneOf` whose variants overlap (a
# verbose_json or diarized_json object is also a valid json one), so Prism's
# random answers mostly fail its own check and come back as a 500;
# `test_prism_cannot_fake_a_transcript` keeps that visible. The other shapes
# are parsed in tests/test_client_images_audio.py and walked field by field in
# `test_merged_transcript_models_cover_each_variant`.
NO_RANDOM_TRANSCRIPTS = (
    "Prism's random transcripts violate the reference's oneOf (test_prism_cannot_fake_a_transcript)"
)


def edit(id: str, **kwargs: Any) -> Case:
    kwargs.setdefault("prompt", "Give the otter a small red beret")
    return Case(f"images-edit-{id}", "images.edit", m.ImagesResponse, kwargs=kwargs)


def variation(id: str, **kwargs: Any) -> Case:
    return Case(f"images-variation-{id}", "images.create_variation", m.ImagesResponse, kwargs=kwargs)


def transcription(id: str, **kwargs: Any) -> Case:
    kwargs.setdefault("file", ("meeting.wav", WAV, "audio/wav"))
    kwargs.setdefault("model", "whisper-1")
    return Case(
        f"audio-transcription-{id}",
        "audio.transcriptions.create",
        m.CreateTranscriptionResponse,
        kwargs=kwargs,
        static_only=NO_RANDOM_TRANSCRIPTS,
    )


def translation(id: str, **kwargs: Any) -> Case:
    kwargs.setdefault("file", ("entrevista.mp3", MP3, "audio/mpeg"))
    kwargs.setdefault("model", "whisper-1")
    return Case(
        f"audio-translation-{id}",
        "audio.translations.create",
        m.CreateTranslationResponse,
        kwargs=kwargs,
        static_only=NO_RANDOM_TRANSCRIPTS,
    )


# Prism answers speech with `Transfer-Encoding: string` (the reference declares
# the header as a plain string) beside a Content-Length: no HTTP client can read
# that, so a speech case can show only that the request was accepted (a bad one
# gets a readable 422, see `test_prism_checks_speech_requests`). It asks for
# the binary type like the official client: our client's default
# `Accept: application/json` gets a 406 from Prism, since the reference's
# answer has no JSON.
SPEECH_ACCEPT = {"Accept": "application/octet-stream"}


def speech(id: str, **kwargs: Any) -> Case:
    kwargs.setdefault("model", "gpt-4o-mini-tts")
    kwargs.setdefault("input", "The quick brown fox jumped over the lazy dog.")
    kwargs.setdefault("voice", "coral")
    return Case(
        f"audio-speech-{id}",
        "audio.speech.create",
        oaiclient.BinaryResponse,
        kwargs=kwargs,
        headers=SPEECH_ACCEPT,
        unreadable_answer="Transfer-Encoding",
    )


def moderation(id: str, **kwargs: Any) -> Case:
    return Case(f"moderations-{id}", "moderations.create", m.CreateModerationResponse, kwargs=kwargs)


CASES: list[Case] = [
    # --- image edits: multipart, one file or several as `image[]` ------------
    edit("one-image-as-bytes", image=PNG),
    edit(
        "several-images-and-mask",
        image=[("otter.png", PNG, "image/png"), ("beret.png", PNG, "image/png"), ("scarf.png", PNG)],
        mask=("mask.png", PNG, "image/png"),
        model="gpt-image-1",
        n=2,
        size="1024x1536",
        quality="high",
        background="transparent",
        output_format="webp",
        output_compression=80,
        input_fidelity="high",
        user="user-1234",
    ),
    edit(
        "dall-e-2",
        image=("otter.png", PNG, "image/png"),
        model="dall-e-2",
        response_format="b64_json",
        size="512x512",
        n=1,
    ),
    edit("custom-size-and-nulls", image=PNG, model="gpt-image-2", size="1536x864", n=None, quality=None),
    # --- image variations -----------------------------------------------------
    variation("minimal", image=("otter.png", PNG, "image/png")),
    variation(
        "every-option",
        image=PNG,
        model="dall-e-2",
        n=3,
        response_format="url",
        size="256x256",
        user="user-1234",
    ),
    # --- transcriptions -------------------------------------------------------
    transcription("minimal"),
    transcription(
        "verbose-json-with-timestamps",
        language="en",
        prompt="A product meeting about otters.",
        response_format="verbose_json",
        temperature=0.2,
        timestamp_granularities=["word", "segment"],
    ),
    # The reference only declares JSON answers, so Prism answers srt with JSON too.
    transcription("srt", file=MP3, response_format="srt"),
    transcription(
        "logprobs-and-auto-chunking",
        model="gpt-4o-transcribe",
        include=["logprobs"],
        chunking_strategy="auto",
        response_format="json",
    ),
    transcription(
        "diarized-with-known-speakers",
        model="gpt-4o-transcribe-diarize",
        response_format="diarized_json",
        chunking_strategy={"type": "server_vad", "threshold": 0.4, "prefix_padding_ms": 200},
        known_speaker_names=["agent", "customer"],
        known_speaker_references=[
            "data:audio/wav;base64,UklGRiQAAABXQVZF",
            "data:audio/wav;base64,UklGRiQAAABXQVZG",
        ],
    ),
    transcription(
        "languages-and-keywords", model="gpt-transcribe", languages=["es", "en"], keywords=["Oaxaca", "mole"]
    ),
    # --- translations ---------------------------------------------------------
    translation("minimal"),
    translation(
        "verbose-json", prompt="An interview about cooking.", response_format="verbose_json", temperature=0
    ),
    translation("vtt", file=WAV, response_format="vtt"),
    # --- speech ---------------------------------------------------------------
    speech("minimal", model="tts-1", voice="alloy"),
    speech(
        "every-option",
        voice={"id": "voice_1234"},
        instructions="Speak in a warm, slow voice.",
        response_format="wav",
        speed=1.25,
        stream_format="audio",
    ),
    speech("pcm-events", voice="marin", response_format="pcm", speed=0.25, stream_format="sse"),
    speech("hd-flac", model="tts-1-hd", voice="echo", response_format="flac"),
    # --- moderations ----------------------------------------------------------
    moderation("string", input=CAKE),
    moderation("strings", input=[CAKE, "Tell me a joke about otters."], model="omni-moderation-latest"),
    moderation(
        "multimodal",
        model="omni-moderation-2024-09-26",
        input=[
            {"type": "text", "text": "Is this photo all right to post?"},
            {"type": "image_url", "image_url": {"url": "https://example.com/otter.jpg"}},
            {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
        ],
    ),
    moderation("legacy-model", input="A harmless sentence.", model="text-moderation-stable"),
]

RESPONSE_MODELS: dict[str, dict[str, Any]] = {
    "moderations.create": {"application/json": m.CreateModerationResponse},
    "images.edit": {"application/json": m.ImagesResponse},
    "images.create_variation": {"application/json": m.ImagesResponse},
    # A binary body: no model to walk.
    "audio.speech.create": {},
    # One object standing for several reference variants: walked variant by
    # variant in `test_merged_transcript_models_cover_each_variant` instead.
    "audio.transcriptions.create": {},
    "audio.translations.create": {},
}


# ------------------------------------------------ transcripts, variant by variant

MERGED_ANSWERS = [
    ("audio.transcriptions.create", "/audio/transcriptions", m.CreateTranscriptionResponse),
    ("audio.translations.create", "/audio/translations", m.CreateTranslationResponse),
]


@pytest.mark.parametrize(("sdk", "path", "model"), MERGED_ANSWERS, ids=[sdk for sdk, _, _ in MERGED_ANSWERS])
def test_merged_transcript_models_cover_each_variant(judge: Any, sdk: str, path: str, model: Any) -> None:
    """Our one answer object against each object the reference may send.

    For every variant of the reference's `oneOf`: each field it has must be in
    our model with an agreeing type (required there only if required in every
    variant, nullable where it is nullable, Literals covering its enums), and
    each field of ours must belong to this variant or another. Sub-models are
    compared with the reference schema of the same name, so the segments of
    `verbose_json` are not held against the diarized ones.
    """
    # Imported here: test_contract.py imports this module while it loads.
    from tests.contract.test_contract import _ModelWalk

    schemas = judge.document["components"]["schemas"]
    schema_names = {id(schema): name for name, schema in schemas.items()}

    class VariantWalk(_ModelWalk):
        def walk(self, model: Any, candidates: list[dict[str, Any]], where: str) -> None:
            same = [c for c in candidates if schema_names.get(id(c)) == model.__name__]
            if same:
                candidates = same
            elif model.__name__ in schemas and any(id(c) in schema_names for c in candidates):
                return  # a model of another variant's field (diarized segments under verbose_json, say)
            super().walk(model, candidates, where)

    answer = judge.document["paths"][path]["post"]["responses"]["200"]["content"]["application/json"]
    variants = [schemas[ref["$ref"].rsplit("/", 1)[-1]] for ref in answer["schema"]["oneOf"]]
    assert len(variants) >= 2, answer
    walks = [VariantWalk(judge.document) for _ in variants]
    fields = [set(walk.members(variant)[0]) for walk, variant in zip(walks, variants)]
    ours = {info.alias or name for name, info in model.model_fields.items()}
    assert ours == set().union(*fields), "our fields are not the union of the variants' fields"
    findings = []
    for index, (walk, variant) in enumerate(zip(walks, variants)):
        where = f"{sdk} <{schema_names[id(variant)]}>"
        walk.walk(model, walk.objects(variant), where)
        elsewhere = set().union(*(f for i, f in enumerate(fields) if i != index))
        findings += [
            finding
            for finding in walk.findings
            if not any(
                finding == f"{where}.{name}: our {model.__name__} has it, the reference does not"
                for name in elsewhere
            )
        ]
    # A field we require must be in every variant: an answer without it would not parse.
    for name, info in model.model_fields.items():
        key = info.alias or name
        if info.is_required():
            for walk, variant in zip(walks, variants):
                if key not in walk.members(variant)[1]:
                    findings.append(
                        f"{sdk}.{key}: required by our {model.__name__}, not by {schema_names[id(variant)]}"
                    )
    reached = {key[0].__name__ for walk in walks for key in walk.seen}
    assert "TranscriptionSegment" in reached, reached
    assert not findings, "\n".join(findings)


@pytest.mark.parametrize(("sdk", "path", "model"), MERGED_ANSWERS, ids=[sdk for sdk, _, _ in MERGED_ANSWERS])
def test_prism_cannot_fake_a_transcript(harness: Any, sdk: str, path: str, model: Any) -> None:
    """Why the transcript cases run with static answers only.

    Asked for a random answer, Prism draws one variant of the `oneOf`; the
    richer ones also match the plain `json` variant, so Prism rejects its own
    answer and sends a 500. The day it stops, this fails and
    NO_RANDOM_TRANSCRIPTS can go. Random answers it does send are parsed here.
    """
    faults: list[set[str]] = []
    with harness.sync_client() as client:
        for _ in range(20):
            try:
                answer = _method(client, sdk)(
                    file=("a.wav", WAV, "audio/wav"), model="whisper-1", extra_headers=DYNAMIC
                )
            except oaiclient.InternalServerError as exc:
                body = exc.body if isinstance(exc.body, dict) else {}
                assert str(body.get("type", "")).endswith("#VIOLATIONS"), body
                problems = body.get("validation") or []
                assert problems and all(item["location"][0] == "response" for item in problems), body
                faults.append({item["code"] for item in problems})
            else:
                assert isinstance(answer, model)
                assert answer.to_dict() == harness.recorder.last.response_json
    assert faults, f"Prism made 20 valid random answers for {sdk}: drop NO_RANDOM_TRANSCRIPTS from the cases"
    for codes in faults:
        assert "oneOf" in codes and codes <= {"oneOf", "required"}, f"Prism got something else wrong: {codes}"


def test_prism_checks_speech_requests(harness: Any) -> None:
    """The negative control for the speech cases: a bad request gets a readable 422
    from Prism, so the unreadable answer the cases get means the request passed."""
    with harness.sync_client(judged=False) as raw:
        with pytest.raises(oaiclient.UnprocessableEntityError) as info:
            raw.audio.speech.create(
                model="tts-1", input="Hi.", voice="alloy", speed=10, extra_headers=SPEECH_ACCEPT
            )
    body = info.value.body
    assert isinstance(body, dict), body
    assert any(item.get("location") == ["body", "speed"] for item in body.get("validation") or []), body


# ------------------------------------------------------------ negative controls

# A realistic mistake per operation, each against a limit the reference sets;
# the multipart ones are judged from the form as sent (`image[]`, `name[key]`).
INVALID_CALLS = [
    (edit("too-many-images", image=[PNG] * 17), "image"),
    (edit("too-many-edits", image=PNG, n=11), "n"),
    (variation("odd-size", image=PNG, size="300x300"), "size"),
    (transcription("minute-timestamps", timestamp_granularities=["minute"]), "timestamp_granularities/0"),
    (transcription("unknown-chunking", chunking_strategy={"type": "silence"}), "chunking_strategy"),
    (translation("unknown-format", response_format="docx"), "response_format"),
    (speech("too-fast", speed=5), "speed"),
    (
        moderation("video-part", input=[{"type": "video_url", "video_url": {"url": "https://x.test/v.mp4"}}]),
        "input",
    ),
]


@pytest.mark.parametrize(("case", "field_name"), INVALID_CALLS, ids=[case.id for case, _ in INVALID_CALLS])
def test_local_judge_rejects_invalid_request(client: Any, judge: Any, case: Case, field_name: str) -> None:
    """The local judge really judges these operations, multipart bodies included."""
    with pytest.raises(judge.Error) as info:
        _method(client, case.method)(**case.kwargs, extra_headers=case.headers or None)
    assert f"\n  - {field_name}: " in str(info.value), str(info.value)
