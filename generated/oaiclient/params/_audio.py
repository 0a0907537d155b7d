# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from typing_extensions import TypedDict
from typing import Literal, NotRequired, TypeAlias

AudioResponseFormat: TypeAlias = Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"]
"""
The shape of the answer: `json`, `verbose_json` or `diarized_json` as an object, `text`, `srt` or `vtt` as plain text. Which ones a model offers varies; the gpt-4o transcribe models give only `json`.
"""


TranscriptionInclude: TypeAlias = Literal["logprobs"]
"""
Extra data a transcription can include.
"""


class VadConfig(TypedDict, closed=True):
    """
    Voice-activity detection settings for cutting audio into chunks.
    """

    type: Literal["server_vad"]
    """
    Always `server_vad`.
    """
    prefix_padding_ms: NotRequired[int]
    """
    Milliseconds of audio kept before detected speech.
    """
    silence_duration_ms: NotRequired[int]
    """
    Milliseconds of silence that end a stretch of speech.
    """
    threshold: NotRequired[float]
    """
    How loud audio must be to count as speech, from 0 to 1.
    """


class VoiceIdsOrCustomVoice1(TypedDict, closed=True):
    """
    A built-in voice by name, such as `coral`, or an object naming a custom voice.
    """

    id: str
    """
    The custom voice's ID.
    """


VoiceIdsShared: TypeAlias = (
    str | Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"]
)
"""
The name of a voice; the known built-in ones are listed.
"""


VoiceIdsOrCustomVoice: TypeAlias = VoiceIdsShared | VoiceIdsOrCustomVoice1
"""
A built-in voice by name, such as `coral`, or an object naming a custom voice.
"""
