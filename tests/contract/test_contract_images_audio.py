"""Contract cases for image edits and variations, audio and moderations.

`CASES` and `RESPONSE_MODELS` are run and walked by test_contract.py with the
other areas'. The tests here add what those cannot: the transcription and
translation answers, which our spec describes as one object per operation
(the generator cannot return a union yet), walked against each of the
reference's variants in turn.
"""

from __future__ import annotations

from typing import Any

import pytest

from oaiclient import models as m
from tests.contract.casekit import Case

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
    )


def translation(id: str, **kwargs: Any) -> Case:
    kwargs.setdefault("file", ("entrevista.mp3", MP3, "audio/mpeg"))
    kwargs.setdefault("model", "whisper-1")
    return Case(
        f"audio-translation-{id}", "audio.translations.create", m.CreateTranslationResponse, kwargs=kwargs
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
