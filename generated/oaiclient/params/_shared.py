# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from typing_extensions import TypedDict
from typing import Literal, NotRequired, TypeAlias


class ChatCompletionStreamOptions(TypedDict):
    """
    Settings for a streamed response; only used when `stream` is true.
    """

    include_usage: NotRequired[bool]
    """
    When true, one extra chunk with an empty `choices` list and the token usage of the whole request is sent before the end of the stream.
    """
    include_obfuscation: NotRequired[bool]
    """
    When true (the server's default), stream events carry random padding in an `obfuscation` field to hide payload sizes. Set false to save bandwidth on trusted links.
    """


ChatModel: TypeAlias = Literal[
    "gpt-5.6-sol",
    "gpt-5.6-terra",
    "gpt-5.6-luna",
    "gpt-5.5",
    "gpt-5.5-2026-04-23",
    "gpt-5.4",
    "gpt-5.4-mini",
    "gpt-5.4-nano",
    "gpt-5.4-mini-2026-03-17",
    "gpt-5.4-nano-2026-03-17",
    "gpt-5.3-chat-latest",
    "gpt-5.2",
    "gpt-5.2-2025-12-11",
    "gpt-5.2-chat-latest",
    "gpt-5.2-pro",
    "gpt-5.2-pro-2025-12-11",
    "gpt-5.1",
    "gpt-5.1-2025-11-13",
    "gpt-5.1-codex",
    "gpt-5.1-mini",
    "gpt-5.1-chat-latest",
    "gpt-5",
    "gpt-5-mini",
    "gpt-5-nano",
    "gpt-5-2025-08-07",
    "gpt-5-mini-2025-08-07",
    "gpt-5-nano-2025-08-07",
    "gpt-5-chat-latest",
    "gpt-4.1",
    "gpt-4.1-mini",
    "gpt-4.1-nano",
    "gpt-4.1-2025-04-14",
    "gpt-4.1-mini-2025-04-14",
    "gpt-4.1-nano-2025-04-14",
    "o4-mini",
    "o4-mini-2025-04-16",
    "o3",
    "o3-2025-04-16",
    "o3-mini",
    "o3-mini-2025-01-31",
    "o1",
    "o1-2024-12-17",
    "o1-preview",
    "o1-preview-2024-09-12",
    "o1-mini",
    "o1-mini-2024-09-12",
    "gpt-4o",
    "gpt-4o-2024-11-20",
    "gpt-4o-2024-08-06",
    "gpt-4o-2024-05-13",
    "gpt-4o-audio-preview",
    "gpt-4o-audio-preview-2024-10-01",
    "gpt-4o-audio-preview-2024-12-17",
    "gpt-4o-audio-preview-2025-06-03",
    "gpt-4o-mini-audio-preview",
    "gpt-4o-mini-audio-preview-2024-12-17",
    "gpt-4o-search-preview",
    "gpt-4o-mini-search-preview",
    "gpt-4o-search-preview-2025-03-11",
    "gpt-4o-mini-search-preview-2025-03-11",
    "chatgpt-4o-latest",
    "codex-mini-latest",
    "gpt-4o-mini",
    "gpt-4o-mini-2024-07-18",
    "gpt-4-turbo",
    "gpt-4-turbo-2024-04-09",
    "gpt-4-0125-preview",
    "gpt-4-turbo-preview",
    "gpt-4-1106-preview",
    "gpt-4-vision-preview",
    "gpt-4",
    "gpt-4-0314",
    "gpt-4-0613",
    "gpt-4-32k",
    "gpt-4-32k-0314",
    "gpt-4-32k-0613",
    "gpt-3.5-turbo",
    "gpt-3.5-turbo-16k",
    "gpt-3.5-turbo-0301",
    "gpt-3.5-turbo-0613",
    "gpt-3.5-turbo-1106",
    "gpt-3.5-turbo-0125",
    "gpt-3.5-turbo-16k-0613",
]
"""
Model IDs known to work with chat completions; other IDs are accepted too.
"""


class FileExpirationAfter(TypedDict):
    """
    When a file is deleted automatically: `seconds` after its creation. Without one, batch files last 30 days and other files until deleted.
    """

    anchor: Literal["created_at"]
    """
    The moment the countdown starts from; only `created_at`.
    """
    seconds: int
    """
    How long the file lives after the anchor, from one hour to 30 days.
    """


Metadata: TypeAlias = dict[str, str]
"""
String key-value pairs attached to an object, for your own bookkeeping. Keys are at most 64 characters and values at most 512.
"""


class ResponseFormatJsonObject(TypedDict):
    """
    Reply with some valid JSON object (the older JSON mode). The prompt must also ask for JSON.
    """

    type: Literal["json_object"]
    """
    Always `json_object`.
    """


class ResponseFormatText(TypedDict):
    """
    Reply with plain text (the default).
    """

    type: Literal["text"]
    """
    Always `text`.
    """


StopConfiguration: TypeAlias = str | list[str]
"""
Up to four sequences at which the model stops generating.
"""
