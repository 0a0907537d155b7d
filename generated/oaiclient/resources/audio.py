# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

import builtins
from typing import Any, Literal, cast, overload

from .. import models as m
from .. import params as p
from .._base_client import AsyncAPIResource, SyncAPIResource
from .._files import FileTypes
from .._pagination import AsyncCursorPage, AsyncPage, AsyncPaginator, SyncCursorPage, SyncPage
from .._response import (
    BinaryResponse,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._streaming import END_OF_BODY, AsyncStream, Stream
from .._transforms import TRANSFORMS
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from .._utils import cached_property


class AudioSpeech(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AudioSpeechWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AudioSpeechWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioSpeechWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AudioSpeechWithStreamingResponse(self)

    def create(
        self,
        *,
        model: str | Literal["tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"],
        input: str,
        voice: p.VoiceIdsOrCustomVoice,
        instructions: str | NotGiven = NOT_GIVEN,
        response_format: Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | NotGiven = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        stream_format: Literal["sse", "audio"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Turn text into spoken audio.

        The answer is the audio file itself, in the requested format. With `stream_format: sse` the server sends speech events instead; this client hands those back as raw bytes too.

        Args:
            model: The text-to-speech model.
            input: The text to speak, at most 4096 characters.
            voice: A built-in voice by name, such as `coral`, or an object naming a custom voice.
            instructions: How the voice should sound (tone, pace, accent ...); ignored by tts-1 and tts-1-hd.
            response_format: The audio encoding of the answer.
            speed: Playback speed, from 0.25 to 4 times normal.
            stream_format: `audio` sends the encoded audio as it is made; `sse` sends server-sent events carrying audio chunks (not for tts-1 or tts-1-hd).
        """
        _body: dict[str, object] = {}
        _body["model"] = model
        _body["input"] = input
        _body["voice"] = voice
        if instructions is not NOT_GIVEN:
            _body["instructions"] = instructions
        if response_format is not NOT_GIVEN:
            _body["response_format"] = response_format
        if speed is not NOT_GIVEN:
            _body["speed"] = speed
        if stream_format is not NOT_GIVEN:
            _body["stream_format"] = stream_format
        call = self._client.build_call(
            "post",
            "/audio/speech",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            accept="application/octet-stream",
        )
        return self._client.request(call, BinaryResponse)


class AudioSpeechWithRawResponse:
    def __init__(self, resource: AudioSpeech) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class AudioSpeechWithStreamingResponse:
    def __init__(self, resource: AudioSpeech) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AudioTranscriptions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AudioTranscriptionsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AudioTranscriptionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioTranscriptionsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AudioTranscriptionsWithStreamingResponse(self)

    def create(
        self,
        *,
        file: FileTypes,
        model: (
            str
            | Literal[
                "whisper-1",
                "gpt-transcribe",
                "gpt-4o-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe-diarize",
            ]
        ),
        language: str | NotGiven = NOT_GIVEN,
        languages: list[str] | NotGiven = NOT_GIVEN,
        keywords: list[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: p.AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: list[p.TranscriptionInclude] | NotGiven = NOT_GIVEN,
        timestamp_granularities: list[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | p.VadConfig | None | NotGiven = NOT_GIVEN,
        known_speaker_names: list[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateTranscriptionResponse | str:
        """Write down what is said in an audio file, in its own language.

        `response_format` picks the answer: `json`, `verbose_json` and `diarized_json` come back as objects, `text`, `srt` and `vtt` as a plain string.

        Args:
            file: The recording, in a common audio or video format (mp3, wav, m4a, webm, ogg, flac, mp4 ...). Give it a filename with the right extension so the format can be recognised.
            model: The speech-to-text model.
            language: The spoken language as an ISO-639-1 code (such as `de`), if known.
            languages: Languages the recording may be in, as ISO-639-1 codes; gpt-transcribe only.
            keywords: Words or phrases likely to occur, as hints; gpt-transcribe only.
            prompt: Text in the recording's language that sets the style or carries on from an earlier segment; not for gpt-4o-transcribe-diarize.
            response_format: The shape of the answer: `json`, `verbose_json` or `diarized_json` as an object, `text`, `srt` or `vtt` as plain text. Which ones a model offers varies; the gpt-4o transcribe models give only `json`.
            temperature: Sampling temperature from 0 to 1; at 0 the model raises it by itself where it is unsure.
            include: Extra data in the answer: `logprobs` adds token log probabilities (`json` format and the gpt-4o transcribe models only).
            timestamp_granularities: Which timestamps a `verbose_json` answer carries: per `word`, per `segment`, or both. Word timestamps make the request slower.
            chunking_strategy: How the recording is split before transcribing: `auto` lets the server choose by voice detection, a `server_vad` object tunes that detection. Unset, the audio is one block.
            known_speaker_names: Up to four short labels for speakers whose voice samples are given in `known_speaker_references`, in the same order.
            known_speaker_references: Voice samples of 2 to 10 seconds as data URLs, one per name in `known_speaker_names`.
        """
        _body: dict[str, object] = {}
        _body["file"] = file
        _body["model"] = model
        if language is not NOT_GIVEN:
            _body["language"] = language
        if languages is not NOT_GIVEN:
            _body["languages"] = languages
        if keywords is not NOT_GIVEN:
            _body["keywords"] = keywords
        if prompt is not NOT_GIVEN:
            _body["prompt"] = prompt
        if response_format is not NOT_GIVEN:
            _body["response_format"] = response_format
        if temperature is not NOT_GIVEN:
            _body["temperature"] = temperature
        if include is not NOT_GIVEN:
            _body["include"] = include
        if timestamp_granularities is not NOT_GIVEN:
            _body["timestamp_granularities"] = timestamp_granularities
        if chunking_strategy is not NOT_GIVEN:
            _body["chunking_strategy"] = chunking_strategy
        if known_speaker_names is not NOT_GIVEN:
            _body["known_speaker_names"] = known_speaker_names
        if known_speaker_references is not NOT_GIVEN:
            _body["known_speaker_references"] = known_speaker_references
        call = self._client.build_call(
            "post",
            "/audio/transcriptions",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            multipart=True,
            accept_text=True,
        )
        return self._client.request(call, m.CreateTranscriptionResponse)


class AudioTranscriptionsWithRawResponse:
    def __init__(self, resource: AudioTranscriptions) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class AudioTranscriptionsWithStreamingResponse:
    def __init__(self, resource: AudioTranscriptions) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AudioTranslations(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AudioTranslationsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AudioTranslationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioTranslationsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AudioTranslationsWithStreamingResponse(self)

    def create(
        self,
        *,
        file: FileTypes,
        model: str | Literal["whisper-1"],
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateTranslationResponse | str:
        """Turn speech in an audio file into English text.

        `json` and `verbose_json` come back as objects, `text`, `srt` and `vtt` as a plain string.

        Args:
            file: The recording, in a common audio or video format (mp3, wav, m4a, webm, ogg, flac, mp4 ...), best with a filename that shows the format.
            model: The model; only whisper-1 translates.
            prompt: English text that sets the style or carries on from an earlier segment.
            response_format: The shape of the answer: `json` or `verbose_json` as an object, `text`, `srt` or `vtt` as plain text.
            temperature: Sampling temperature from 0 to 1; at 0 the model raises it by itself where it is unsure.
        """
        _body: dict[str, object] = {}
        _body["file"] = file
        _body["model"] = model
        if prompt is not NOT_GIVEN:
            _body["prompt"] = prompt
        if response_format is not NOT_GIVEN:
            _body["response_format"] = response_format
        if temperature is not NOT_GIVEN:
            _body["temperature"] = temperature
        call = self._client.build_call(
            "post",
            "/audio/translations",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            multipart=True,
            accept_text=True,
        )
        return self._client.request(call, m.CreateTranslationResponse)


class AudioTranslationsWithRawResponse:
    def __init__(self, resource: AudioTranslations) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class AudioTranslationsWithStreamingResponse:
    def __init__(self, resource: AudioTranslations) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class Audio(SyncAPIResource):
    @cached_property
    def speech(self) -> AudioSpeech:
        return AudioSpeech(self._client)

    @cached_property
    def transcriptions(self) -> AudioTranscriptions:
        return AudioTranscriptions(self._client)

    @cached_property
    def translations(self) -> AudioTranslations:
        return AudioTranslations(self._client)

    @cached_property
    def with_raw_response(self) -> AudioWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AudioWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AudioWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AudioWithStreamingResponse(self)


class AudioWithRawResponse:
    def __init__(self, resource: Audio) -> None:
        self._resource = resource

    @cached_property
    def speech(self) -> AudioSpeechWithRawResponse:
        return AudioSpeechWithRawResponse(self._resource.speech)

    @cached_property
    def transcriptions(self) -> AudioTranscriptionsWithRawResponse:
        return AudioTranscriptionsWithRawResponse(self._resource.transcriptions)

    @cached_property
    def translations(self) -> AudioTranslationsWithRawResponse:
        return AudioTranslationsWithRawResponse(self._resource.translations)


class AudioWithStreamingResponse:
    def __init__(self, resource: Audio) -> None:
        self._resource = resource

    @cached_property
    def speech(self) -> AudioSpeechWithStreamingResponse:
        return AudioSpeechWithStreamingResponse(self._resource.speech)

    @cached_property
    def transcriptions(self) -> AudioTranscriptionsWithStreamingResponse:
        return AudioTranscriptionsWithStreamingResponse(self._resource.transcriptions)

    @cached_property
    def translations(self) -> AudioTranslationsWithStreamingResponse:
        return AudioTranslationsWithStreamingResponse(self._resource.translations)


class AsyncAudioSpeech(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncAudioSpeechWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncAudioSpeechWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioSpeechWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncAudioSpeechWithStreamingResponse(self)

    async def create(
        self,
        *,
        model: str | Literal["tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"],
        input: str,
        voice: p.VoiceIdsOrCustomVoice,
        instructions: str | NotGiven = NOT_GIVEN,
        response_format: Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | NotGiven = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        stream_format: Literal["sse", "audio"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Turn text into spoken audio.

        The answer is the audio file itself, in the requested format. With `stream_format: sse` the server sends speech events instead; this client hands those back as raw bytes too.

        Args:
            model: The text-to-speech model.
            input: The text to speak, at most 4096 characters.
            voice: A built-in voice by name, such as `coral`, or an object naming a custom voice.
            instructions: How the voice should sound (tone, pace, accent ...); ignored by tts-1 and tts-1-hd.
            response_format: The audio encoding of the answer.
            speed: Playback speed, from 0.25 to 4 times normal.
            stream_format: `audio` sends the encoded audio as it is made; `sse` sends server-sent events carrying audio chunks (not for tts-1 or tts-1-hd).
        """
        _body: dict[str, object] = {}
        _body["model"] = model
        _body["input"] = input
        _body["voice"] = voice
        if instructions is not NOT_GIVEN:
            _body["instructions"] = instructions
        if response_format is not NOT_GIVEN:
            _body["response_format"] = response_format
        if speed is not NOT_GIVEN:
            _body["speed"] = speed
        if stream_format is not NOT_GIVEN:
            _body["stream_format"] = stream_format
        call = self._client.build_call(
            "post",
            "/audio/speech",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            accept="application/octet-stream",
        )
        return await self._client.request(call, BinaryResponse)


class AsyncAudioSpeechWithRawResponse:
    def __init__(self, resource: AsyncAudioSpeech) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncAudioSpeechWithStreamingResponse:
    def __init__(self, resource: AsyncAudioSpeech) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)


class AsyncAudioTranscriptions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncAudioTranscriptionsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncAudioTranscriptionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioTranscriptionsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncAudioTranscriptionsWithStreamingResponse(self)

    async def create(
        self,
        *,
        file: FileTypes,
        model: (
            str
            | Literal[
                "whisper-1",
                "gpt-transcribe",
                "gpt-4o-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe-diarize",
            ]
        ),
        language: str | NotGiven = NOT_GIVEN,
        languages: list[str] | NotGiven = NOT_GIVEN,
        keywords: list[str] | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: p.AudioResponseFormat | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: list[p.TranscriptionInclude] | NotGiven = NOT_GIVEN,
        timestamp_granularities: list[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        chunking_strategy: Literal["auto"] | p.VadConfig | None | NotGiven = NOT_GIVEN,
        known_speaker_names: list[str] | NotGiven = NOT_GIVEN,
        known_speaker_references: list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateTranscriptionResponse | str:
        """Write down what is said in an audio file, in its own language.

        `response_format` picks the answer: `json`, `verbose_json` and `diarized_json` come back as objects, `text`, `srt` and `vtt` as a plain string.

        Args:
            file: The recording, in a common audio or video format (mp3, wav, m4a, webm, ogg, flac, mp4 ...). Give it a filename with the right extension so the format can be recognised.
            model: The speech-to-text model.
            language: The spoken language as an ISO-639-1 code (such as `de`), if known.
            languages: Languages the recording may be in, as ISO-639-1 codes; gpt-transcribe only.
            keywords: Words or phrases likely to occur, as hints; gpt-transcribe only.
            prompt: Text in the recording's language that sets the style or carries on from an earlier segment; not for gpt-4o-transcribe-diarize.
            response_format: The shape of the answer: `json`, `verbose_json` or `diarized_json` as an object, `text`, `srt` or `vtt` as plain text. Which ones a model offers varies; the gpt-4o transcribe models give only `json`.
            temperature: Sampling temperature from 0 to 1; at 0 the model raises it by itself where it is unsure.
            include: Extra data in the answer: `logprobs` adds token log probabilities (`json` format and the gpt-4o transcribe models only).
            timestamp_granularities: Which timestamps a `verbose_json` answer carries: per `word`, per `segment`, or both. Word timestamps make the request slower.
            chunking_strategy: How the recording is split before transcribing: `auto` lets the server choose by voice detection, a `server_vad` object tunes that detection. Unset, the audio is one block.
            known_speaker_names: Up to four short labels for speakers whose voice samples are given in `known_speaker_references`, in the same order.
            known_speaker_references: Voice samples of 2 to 10 seconds as data URLs, one per name in `known_speaker_names`.
        """
        _body: dict[str, object] = {}
        _body["file"] = file
        _body["model"] = model
        if language is not NOT_GIVEN:
            _body["language"] = language
        if languages is not NOT_GIVEN:
            _body["languages"] = languages
        if keywords is not NOT_GIVEN:
            _body["keywords"] = keywords
        if prompt is not NOT_GIVEN:
            _body["prompt"] = prompt
        if response_format is not NOT_GIVEN:
            _body["response_format"] = response_format
        if temperature is not NOT_GIVEN:
            _body["temperature"] = temperature
        if include is not NOT_GIVEN:
            _body["include"] = include
        if timestamp_granularities is not NOT_GIVEN:
            _body["timestamp_granularities"] = timestamp_granularities
        if chunking_strategy is not NOT_GIVEN:
            _body["chunking_strategy"] = chunking_strategy
        if known_speaker_names is not NOT_GIVEN:
            _body["known_speaker_names"] = known_speaker_names
        if known_speaker_references is not NOT_GIVEN:
            _body["known_speaker_references"] = known_speaker_references
        call = self._client.build_call(
            "post",
            "/audio/transcriptions",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            multipart=True,
            accept_text=True,
        )
        return await self._client.request(call, m.CreateTranscriptionResponse)


class AsyncAudioTranscriptionsWithRawResponse:
    def __init__(self, resource: AsyncAudioTranscriptions) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncAudioTranscriptionsWithStreamingResponse:
    def __init__(self, resource: AsyncAudioTranscriptions) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)


class AsyncAudioTranslations(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncAudioTranslationsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncAudioTranslationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioTranslationsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncAudioTranslationsWithStreamingResponse(self)

    async def create(
        self,
        *,
        file: FileTypes,
        model: str | Literal["whisper-1"],
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateTranslationResponse | str:
        """Turn speech in an audio file into English text.

        `json` and `verbose_json` come back as objects, `text`, `srt` and `vtt` as a plain string.

        Args:
            file: The recording, in a common audio or video format (mp3, wav, m4a, webm, ogg, flac, mp4 ...), best with a filename that shows the format.
            model: The model; only whisper-1 translates.
            prompt: English text that sets the style or carries on from an earlier segment.
            response_format: The shape of the answer: `json` or `verbose_json` as an object, `text`, `srt` or `vtt` as plain text.
            temperature: Sampling temperature from 0 to 1; at 0 the model raises it by itself where it is unsure.
        """
        _body: dict[str, object] = {}
        _body["file"] = file
        _body["model"] = model
        if prompt is not NOT_GIVEN:
            _body["prompt"] = prompt
        if response_format is not NOT_GIVEN:
            _body["response_format"] = response_format
        if temperature is not NOT_GIVEN:
            _body["temperature"] = temperature
        call = self._client.build_call(
            "post",
            "/audio/translations",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            multipart=True,
            accept_text=True,
        )
        return await self._client.request(call, m.CreateTranslationResponse)


class AsyncAudioTranslationsWithRawResponse:
    def __init__(self, resource: AsyncAudioTranslations) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncAudioTranslationsWithStreamingResponse:
    def __init__(self, resource: AsyncAudioTranslations) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)


class AsyncAudio(AsyncAPIResource):
    @cached_property
    def speech(self) -> AsyncAudioSpeech:
        return AsyncAudioSpeech(self._client)

    @cached_property
    def transcriptions(self) -> AsyncAudioTranscriptions:
        return AsyncAudioTranscriptions(self._client)

    @cached_property
    def translations(self) -> AsyncAudioTranslations:
        return AsyncAudioTranslations(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncAudioWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncAudioWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAudioWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncAudioWithStreamingResponse(self)


class AsyncAudioWithRawResponse:
    def __init__(self, resource: AsyncAudio) -> None:
        self._resource = resource

    @cached_property
    def speech(self) -> AsyncAudioSpeechWithRawResponse:
        return AsyncAudioSpeechWithRawResponse(self._resource.speech)

    @cached_property
    def transcriptions(self) -> AsyncAudioTranscriptionsWithRawResponse:
        return AsyncAudioTranscriptionsWithRawResponse(self._resource.transcriptions)

    @cached_property
    def translations(self) -> AsyncAudioTranslationsWithRawResponse:
        return AsyncAudioTranslationsWithRawResponse(self._resource.translations)


class AsyncAudioWithStreamingResponse:
    def __init__(self, resource: AsyncAudio) -> None:
        self._resource = resource

    @cached_property
    def speech(self) -> AsyncAudioSpeechWithStreamingResponse:
        return AsyncAudioSpeechWithStreamingResponse(self._resource.speech)

    @cached_property
    def transcriptions(self) -> AsyncAudioTranscriptionsWithStreamingResponse:
        return AsyncAudioTranscriptionsWithStreamingResponse(self._resource.transcriptions)

    @cached_property
    def translations(self) -> AsyncAudioTranslationsWithStreamingResponse:
        return AsyncAudioTranslationsWithStreamingResponse(self._resource.translations)
