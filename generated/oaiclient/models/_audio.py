# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from oaiclient._models import BaseModel
from pydantic import Field
from typing import Annotated, Literal
from typing_extensions import TypeAliasType


class TranscriptTextUsageDuration(BaseModel):
    """
    Usage of a model billed by the length of the audio.
    """

    type: Literal["duration"] = "duration"
    """
    Always `duration`.
    """
    seconds: float
    """
    Length of the audio in seconds.
    """


class TranscriptTextUsageInputTokenDetails(BaseModel):
    """
    A breakdown of the input tokens billed.
    """

    text_tokens: int | None = None
    """
    Text tokens (from the prompt).
    """
    audio_tokens: int | None = None
    """
    Audio tokens.
    """


class TranscriptTextUsageTokens(BaseModel):
    """
    Usage of a model billed by tokens.
    """

    type: Literal["tokens"] = "tokens"
    """
    Always `tokens`.
    """
    input_tokens: int
    """
    Input tokens billed.
    """
    input_token_details: TranscriptTextUsageInputTokenDetails | None = None
    output_tokens: int
    """
    Tokens generated.
    """
    total_tokens: int
    """
    Input and output tokens together.
    """


class TranscriptionDiarizedSegment(BaseModel):
    """
    A stretch of the transcript spoken by one speaker.
    """

    type: Literal["transcript.text.segment"] = "transcript.text.segment"
    """
    Always `transcript.text.segment`.
    """
    id: str
    """
    The segment's ID.
    """
    start: float
    """
    Where it starts, in seconds.
    """
    end: float
    """
    Where it ends, in seconds.
    """
    text: str
    """
    What was said.
    """
    speaker: str
    """
    Who said it: one of `known_speaker_names`, or a letter (`A`, `B`, ...) given in order of appearance.
    """


class TranscriptionLanguage(BaseModel):
    """
    One language found in the recording.
    """

    code: str
    """
    The language's code.
    """


class TranscriptionLogprob(BaseModel):
    """
    The log probability of one token of the transcript.
    """

    token: str | None = None
    """
    The token.
    """
    logprob: float | None = None
    """
    Its log probability.
    """
    bytes: list[float] | None = None
    """
    Its bytes.
    """


class TranscriptionSegment(BaseModel):
    """
    A segment of a transcript or translation, with decoding statistics.
    """

    id: int
    """
    The segment's number.
    """
    seek: int
    """
    The seek offset the segment was decoded from.
    """
    start: float
    """
    Where it starts, in seconds.
    """
    end: float
    """
    Where it ends, in seconds.
    """
    text: str
    """
    The segment's text.
    """
    tokens: list[int]
    """
    The token IDs of the text.
    """
    temperature: float
    """
    The sampling temperature used for it.
    """
    avg_logprob: float
    """
    Mean token log probability; below -1 suggests a poor decode.
    """
    compression_ratio: float
    """
    Text compression ratio; above 2.4 suggests repetitive, failed output.
    """
    no_speech_prob: float
    """
    Likelihood that the segment holds no speech; with a low `avg_logprob` it is probably silence.
    """


class TranscriptionWord(BaseModel):
    """
    One word and when it was said.
    """

    word: str
    """
    The word.
    """
    start: float
    """
    Where it starts, in seconds.
    """
    end: float
    """
    Where it ends, in seconds.
    """


class CreateTranslationResponse(BaseModel):
    """
    A translation in one of the object formats. `text` is always set; `verbose_json` adds `language`, `duration` and `segments`.
    """

    text: str
    """
    The English text.
    """
    language: str | None = None
    """
    The output language, always `english`; `verbose_json` only.
    """
    duration: float | None = None
    """
    Length of the audio in seconds.
    """
    segments: list[TranscriptionSegment] | None = None
    """
    The translation in segments with their details.
    """


TranscriptTextUsage = TypeAliasType(
    "TranscriptTextUsage",
    Annotated[TranscriptTextUsageTokens | TranscriptTextUsageDuration, Field(discriminator="type")],
)
"""
What the request was billed for, by tokens or by seconds of audio.
"""


class CreateTranscriptionResponse(BaseModel):
    """
    A transcript in one of the object formats. `text` is always set; `json` may add `logprobs`, `languages` and `usage`, `verbose_json` adds `language`, `duration`, `words` and `segments`, and `diarized_json` adds `task`, `duration` and speaker `segments`.
    """

    text: str
    """
    What was said.
    """
    languages: list[TranscriptionLanguage] | None = None
    """
    Languages found in the recording (gpt-transcribe); empty when none could be told.
    """
    logprobs: list[TranscriptionLogprob] | None = None
    """
    Token log probabilities, when `include` asked for them.
    """
    usage: TranscriptTextUsage | None = None
    task: Literal["transcribe"] | None = None
    """
    Always `transcribe`; `diarized_json` only.
    """
    language: str | None = None
    """
    The spoken language; `verbose_json` only.
    """
    duration: float | None = None
    """
    Length of the audio in seconds.
    """
    words: list[TranscriptionWord] | None = None
    """
    Each word with its times, when word timestamps were asked for.
    """
    segments: list[TranscriptionSegment | TranscriptionDiarizedSegment] | None = None
    """
    The transcript in pieces: with decoding details for `verbose_json`, with speakers for `diarized_json`.
    """
