# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from oaiclient._models import BaseModel
from pydantic import AnyUrl, ConfigDict, Field, StringConstraints
from typing import Annotated, Any, Literal, Union
from typing_extensions import TypeAliasType


class AddUploadPartRequest(BaseModel):
    """
    One chunk of the file.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    data: bytes
    """
    The bytes of this part.
    """


class ApplyPatchCreateFile(BaseModel):
    """
    Create a file.
    """

    type: Literal["create_file"] = "create_file"
    """
    Always `create_file`.
    """
    path: str
    """
    The file's path.
    """
    diff: str
    """
    The file's contents, as a diff.
    """


class ApplyPatchCreateFileParam(BaseModel):
    """
    Create a file.
    """

    type: Literal["create_file"] = "create_file"
    """
    Always `create_file`.
    """
    path: Annotated[str, Field(min_length=1)]
    """
    The file's path.
    """
    diff: Annotated[str, Field(max_length=10485760)]
    """
    The file's contents, as a diff.
    """


class ApplyPatchDeleteFile(BaseModel):
    """
    Delete a file.
    """

    type: Literal["delete_file"] = "delete_file"
    """
    Always `delete_file`.
    """
    path: str
    """
    The file's path.
    """


class ApplyPatchDeleteFileParam(BaseModel):
    """
    Delete a file.
    """

    type: Literal["delete_file"] = "delete_file"
    """
    Always `delete_file`.
    """
    path: Annotated[str, Field(min_length=1)]
    """
    The file's path.
    """


class ApplyPatchUpdateFile(BaseModel):
    """
    Change a file.
    """

    type: Literal["update_file"] = "update_file"
    """
    Always `update_file`.
    """
    path: str
    """
    The file's path.
    """
    diff: str
    """
    The change, as a diff.
    """


class ApplyPatchUpdateFileParam(BaseModel):
    """
    Change a file.
    """

    type: Literal["update_file"] = "update_file"
    """
    Always `update_file`.
    """
    path: Annotated[str, Field(min_length=1)]
    """
    The file's path.
    """
    diff: Annotated[str, Field(max_length=10485760)]
    """
    The change, as a diff.
    """


AudioResponseFormat = TypeAliasType(
    "AudioResponseFormat", Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"]
)
"""
The shape of the answer: `json`, `verbose_json` or `diarized_json` as an object, `text`, `srt` or `vtt` as plain text. Which ones a model offers varies; the gpt-4o transcribe models give only `json`.
"""


class BatchError(BaseModel):
    """
    One problem with a request of the input file.
    """

    code: str | None = None
    """
    A short code for the kind of problem.
    """
    message: str | None = None
    """
    What is wrong, for people.
    """
    param: str | None = None
    """
    The parameter at fault, if one is.
    """
    line: int | None = None
    """
    The line of the input file at fault, if one is.
    """


class BatchErrors(BaseModel):
    """
    Problems found in the input file, if any.
    """

    object: str | None = None
    """
    Always `list`.
    """
    data: list[BatchError] | None = None
    """
    One entry per problem.
    """


class BatchRequestCounts(BaseModel):
    """
    How many requests of the batch are in each state.
    """

    total: int
    """
    All requests of the batch.
    """
    completed: int
    """
    Requests that succeeded.
    """
    failed: int
    """
    Requests that failed.
    """


class InputTokensDetails(BaseModel):
    """
    Where the input tokens came from.
    """

    cached_tokens: int
    """
    Input tokens served from the prompt cache.
    """


class OutputTokensDetails(BaseModel):
    """
    What the output tokens were spent on.
    """

    reasoning_tokens: int
    """
    Output tokens used for reasoning.
    """


class BatchUsage(BaseModel):
    """
    Tokens used by the whole batch; set only for batches created after 7 September 2025.
    """

    input_tokens: int
    """
    Tokens read.
    """
    input_tokens_details: InputTokensDetails
    """
    Where the input tokens came from.
    """
    output_tokens: int
    """
    Tokens written.
    """
    output_tokens_details: OutputTokensDetails
    """
    What the output tokens were spent on.
    """
    total_tokens: int
    """
    Input and output tokens together.
    """


class AllowedTools(BaseModel):
    """
    The tools allowed and whether one must be called.
    """

    mode: Literal["auto", "required"]
    """
    `auto` lets the model choose; `required` makes it call one of the tools.
    """
    tools: list[dict[str, Any]]
    """
    Tool definitions the model may use, such as `{"type": "function", "function": {"name": "get_weather"}}`.
    """


class ChatCompletionAllowedToolsChoice(BaseModel):
    """
    Limits the model to a subset of the given tools.
    """

    type: Literal["allowed_tools"] = "allowed_tools"
    """
    Always `allowed_tools`.
    """
    allowed_tools: AllowedTools
    """
    The tools allowed and whether one must be called.
    """


class UrlCitation(BaseModel):
    """
    The cited page and where the citation sits in the text.
    """

    end_index: int
    """
    Where the cited span ends in the text (character offset).
    """
    start_index: int
    """
    Where the cited span starts in the text (character offset).
    """
    url: str
    """
    The URL of the cited page.
    """
    title: str
    """
    The title of the cited page.
    """


class ChatCompletionAnnotation(BaseModel):
    """
    A citation of a web page, attached to a span of the reply.
    """

    type: Literal["url_citation"] = "url_citation"
    """
    Always `url_citation`.
    """
    url_citation: UrlCitation
    """
    The cited page and where the citation sits in the text.
    """


class ChatCompletionAudio(BaseModel):
    """
    A spoken reply.
    """

    id: str
    """
    The ID of this audio reply, to refer to it in later turns.
    """
    expires_at: int
    """
    When the server forgets this audio, in Unix seconds.
    """
    data: str
    """
    The audio, base64-encoded in the requested format.
    """
    transcript: str
    """
    A transcript of the audio.
    """


class Voice(BaseModel):
    """
    A built-in voice by name, such as `alloy`, or an object with the ID of a custom voice.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    id: str
    """
    The ID of the custom voice.
    """


class ChatCompletionAudioParam(BaseModel):
    """
    How spoken output should sound and be encoded.
    """

    voice: (
        str
        | Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"]
        | Voice
    )
    """
    A built-in voice by name, such as `alloy`, or an object with the ID of a custom voice.
    """
    format: Literal["wav", "aac", "mp3", "flac", "opus", "pcm16"]
    """
    The audio encoding of the output.
    """


class ChatCompletionDeleted(BaseModel):
    """
    The result of deleting a stored completion.
    """

    object: Literal["chat.completion.deleted"] = "chat.completion.deleted"
    """
    Always `chat.completion.deleted`.
    """
    id: str
    """
    The ID of the deleted completion.
    """
    deleted: bool
    """
    Whether it was deleted.
    """


class ChatCompletionFunctionCallOption(BaseModel):
    """
    Makes the model call one particular function (deprecated form).
    """

    name: str
    """
    The name of the function.
    """


class Custom(BaseModel):
    """
    The custom tool and the input the model produced for it.
    """

    name: str
    """
    The name of the custom tool.
    """
    input: str
    """
    The input the model produced.
    """


class ChatCompletionMessageCustomToolCall(BaseModel):
    """
    A call to a custom tool.
    """

    id: str
    """
    The ID of the call, quoted back in the tool message that answers it.
    """
    type: Literal["custom"] = "custom"
    """
    Always `custom`.
    """
    custom: Custom
    """
    The custom tool and the input the model produced for it.
    """


class Function(BaseModel):
    """
    The function and the arguments the model chose.
    """

    name: str
    """
    The name of the function.
    """
    arguments: str
    """
    The arguments as a JSON-encoded string. The model may produce invalid JSON or unexpected keys, so validate before use.
    """


class ChatCompletionMessageToolCall(BaseModel):
    """
    A call to a function tool.
    """

    id: str
    """
    The ID of the call, quoted back in the tool message that answers it.
    """
    type: Literal["function"] = "function"
    """
    Always `function`.
    """
    function: Function
    """
    The function and the arguments the model chose.
    """


class Function1(BaseModel):
    """
    The function name and the next piece of the arguments.
    """

    name: str | None = None
    """
    The name of the function.
    """
    arguments: str | None = None
    """
    The next piece of the JSON-encoded arguments.
    """


class ChatCompletionMessageToolCallChunk(BaseModel):
    """
    A piece of a tool call; the first piece of a call carries its ID and name.
    """

    index: int
    """
    Which tool call this piece belongs to.
    """
    id: str | None = None
    """
    The ID of the tool call.
    """
    type: Literal["function"] | None = None
    """
    Always `function`.
    """
    function: Function1 | None = None
    """
    The function name and the next piece of the arguments.
    """


ChatCompletionMessageToolCallUnion = TypeAliasType(
    "ChatCompletionMessageToolCallUnion",
    Annotated[
        ChatCompletionMessageToolCall | ChatCompletionMessageCustomToolCall, Field(discriminator="type")
    ],
)
"""
A tool call made by the model, told apart by its `type`.
"""


class Function2(BaseModel):
    """
    The function to call.
    """

    name: str
    """
    The name of the function.
    """


class ChatCompletionNamedToolChoice(BaseModel):
    """
    Makes the model call one particular function.
    """

    type: Literal["function"] = "function"
    """
    Always `function`.
    """
    function: Function2
    """
    The function to call.
    """


class Custom1(BaseModel):
    """
    The custom tool to call.
    """

    name: str
    """
    The name of the custom tool.
    """


class ChatCompletionNamedToolChoiceCustom(BaseModel):
    """
    Makes the model call one particular custom tool.
    """

    type: Literal["custom"] = "custom"
    """
    Always `custom`.
    """
    custom: Custom1
    """
    The custom tool to call.
    """


class Audio(BaseModel):
    """
    A previous audio reply from the model, referred to by its ID.
    """

    id: str
    """
    The ID of the earlier audio reply.
    """


class FunctionCall(BaseModel):
    """
    Replaced by `tool_calls`. The function call the model made.
    """

    arguments: str
    """
    The arguments, as a JSON-encoded string.
    """
    name: str
    """
    The name of the function.
    """


class ChatCompletionRequestFunctionMessage(BaseModel):
    """
    Replaced by tool messages. The result of a function call.
    """

    role: Literal["function"] = "function"
    """
    Always `function`.
    """
    content: str | None
    """
    The function's output.
    """
    name: str
    """
    Which function produced this output.
    """


class InputAudio(BaseModel):
    """
    The audio data and its encoding.
    """

    data: str
    """
    The audio, base64-encoded.
    """
    format: Literal["wav", "mp3"]
    """
    The audio encoding.
    """


class ChatCompletionRequestMessageContentPartAudio(BaseModel):
    """
    A clip of input audio.
    """

    type: Literal["input_audio"] = "input_audio"
    """
    Always `input_audio`.
    """
    input_audio: InputAudio
    """
    The audio data and its encoding.
    """


class File(BaseModel):
    """
    The file; give either `file_data` or `file_id`.
    """

    filename: str | None = None
    """
    The file's name, used with `file_data`.
    """
    file_data: str | None = None
    """
    The file's contents, base64-encoded.
    """
    file_id: str | None = None
    """
    The ID of a file uploaded earlier.
    """


class ChatCompletionRequestMessageContentPartFile(BaseModel):
    """
    A file, such as a PDF, given inline or by the ID of an uploaded file.
    """

    type: Literal["file"] = "file"
    """
    Always `file`.
    """
    file: File
    """
    The file; give either `file_data` or `file_id`.
    """


class ImageUrl(BaseModel):
    """
    Where the image is and how closely to look at it.
    """

    url: str
    """
    An image URL, or a `data:` URL with the base64-encoded image.
    """
    detail: Literal["auto", "low", "high"] = "auto"
    """
    The resolution at which the model sees the image.
    """


class ChatCompletionRequestMessageContentPartImage(BaseModel):
    """
    An image, given by URL or as a base64 data URL.
    """

    type: Literal["image_url"] = "image_url"
    """
    Always `image_url`.
    """
    image_url: ImageUrl
    """
    Where the image is and how closely to look at it.
    """


class ChatCompletionRequestMessageContentPartRefusal(BaseModel):
    """
    A refusal by the model.
    """

    type: Literal["refusal"] = "refusal"
    """
    Always `refusal`.
    """
    refusal: str
    """
    The model's refusal message.
    """


class ChatCompletionRequestMessageContentPartText(BaseModel):
    """
    A piece of text.
    """

    type: Literal["text"] = "text"
    """
    Always `text`.
    """
    text: str
    """
    The text.
    """


Content2 = TypeAliasType(
    "Content2", Annotated[list[ChatCompletionRequestMessageContentPartText], Field(min_length=1)]
)
"""
The instructions, as a string or a list of text parts.
"""


class ChatCompletionRequestSystemMessage(BaseModel):
    """
    Instructions that the model should follow whatever the user says. For newer models, prefer a `developer` message.
    """

    role: Literal["system"] = "system"
    """
    Always `system`.
    """
    content: str | Content2
    """
    The instructions, as a string or a list of text parts.
    """
    name: str | None = None
    """
    An optional name to tell apart participants with the same role.
    """


Content3 = TypeAliasType(
    "Content3", Annotated[list[ChatCompletionRequestMessageContentPartText], Field(min_length=1)]
)
"""
The tool's output, as a string or a list of text parts.
"""


class ChatCompletionRequestToolMessage(BaseModel):
    """
    The result of a tool call, sent back to the model.
    """

    role: Literal["tool"] = "tool"
    """
    Always `tool`.
    """
    content: str | Content3
    """
    The tool's output, as a string or a list of text parts.
    """
    tool_call_id: str
    """
    The ID of the tool call this message answers.
    """


ChatCompletionRequestUserMessageContentPart = TypeAliasType(
    "ChatCompletionRequestUserMessageContentPart",
    Annotated[
        ChatCompletionRequestMessageContentPartText
        | ChatCompletionRequestMessageContentPartImage
        | ChatCompletionRequestMessageContentPartAudio
        | ChatCompletionRequestMessageContentPartFile,
        Field(discriminator="type"),
    ],
)
"""
One part of a user message, told apart by its `type`.
"""


class FunctionCall1(BaseModel):
    """
    Replaced by `tool_calls`. The function the model called.
    """

    arguments: str
    """
    The arguments as a JSON-encoded string. The model may produce invalid JSON or unexpected keys, so validate before use.
    """
    name: str
    """
    The name of the function.
    """


class ChatCompletionResponseMessage(BaseModel):
    """
    The message the model wrote.
    """

    role: Literal["assistant"] = "assistant"
    """
    Always `assistant`.
    """
    content: str | None
    """
    The text of the reply, if any.
    """
    refusal: str | None
    """
    The model's refusal message, if it refused.
    """
    tool_calls: list[ChatCompletionMessageToolCallUnion] | None = None
    """
    The tool calls the model made.
    """
    annotations: list[ChatCompletionAnnotation] | None = None
    """
    Notes on the text, such as citations of web pages found by web search.
    """
    audio: ChatCompletionAudio | None = None
    """
    The spoken reply, when audio output was requested.
    """
    function_call: Annotated[FunctionCall1 | None, Field(deprecated=True)] = None
    """
    Replaced by `tool_calls`. The function the model called.
    """


class FunctionCall2(BaseModel):
    """
    Replaced by `tool_calls`. The function the model called.
    """

    arguments: str
    """
    The arguments as a JSON-encoded string.
    """
    name: str
    """
    The name of the function.
    """


ChatCompletionStoreMessageContentPart = TypeAliasType(
    "ChatCompletionStoreMessageContentPart",
    Annotated[
        ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartImage,
        Field(discriminator="type"),
    ],
)
"""
A text or image part of a stored message, told apart by its `type`.
"""


class ChatCompletionStreamOptions(BaseModel):
    """
    Settings for a streamed response; only used when `stream` is true.
    """

    include_usage: bool | None = None
    """
    When true, one extra chunk with an empty `choices` list and the token usage of the whole request is sent before the end of the stream.
    """
    include_obfuscation: bool | None = None
    """
    When true (the server's default), stream events carry random padding in an `obfuscation` field to hide payload sizes. Set false to save bandwidth on trusted links.
    """


class FunctionCall3(BaseModel):
    """
    Replaced by `tool_calls`. The next piece of a function call.
    """

    arguments: str | None = None
    """
    The next piece of the JSON-encoded arguments.
    """
    name: str | None = None
    """
    The name of the function.
    """


class ChatCompletionStreamResponseDelta(BaseModel):
    """
    What a chunk adds to the message; fields absent from a chunk did not change.
    """

    role: Literal["developer", "system", "user", "assistant", "tool"] | None = None
    """
    The author's role; only in the first chunk.
    """
    content: str | None = None
    """
    The next piece of the text.
    """
    refusal: str | None = None
    """
    The next piece of a refusal message.
    """
    tool_calls: list[ChatCompletionMessageToolCallChunk] | None = None
    """
    The next pieces of tool calls, matched to a call by `index`.
    """
    function_call: Annotated[FunctionCall3 | None, Field(deprecated=True)] = None
    """
    Replaced by `tool_calls`. The next piece of a function call.
    """


ChatCompletionToolChoiceOption = TypeAliasType(
    "ChatCompletionToolChoiceOption",
    Literal["none", "auto", "required"]
    | ChatCompletionAllowedToolsChoice
    | ChatCompletionNamedToolChoice
    | ChatCompletionNamedToolChoiceCustom,
)
"""
Which tool the model calls: `none` (reply with text), `auto` (the model decides; the default when tools are given), `required` (at least one tool), or an object that limits or names the tools.
"""


class ChatCompletionTopLogprob(BaseModel):
    """
    One of the likeliest tokens at a position.
    """

    token: str
    """
    The token.
    """
    logprob: float
    """
    The token's log probability.
    """
    bytes: list[int] | None
    """
    The token's UTF-8 bytes, or null if it has no byte form.
    """


ChatModel = TypeAliasType(
    "ChatModel",
    Literal[
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
    ],
)
"""
Model IDs known to work with chat completions; other IDs are accepted too.
"""


class ComparisonFilter(BaseModel):
    """
    Compares one attribute with a value.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"]
    """
    The comparison: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, or `in` / `nin` for membership in a list.
    """
    key: str
    """
    The attribute to compare.
    """
    value: str | float | bool | list[str | float]
    """
    The value to compare with.
    """


class CompleteUploadRequest(BaseModel):
    """
    How to put the parts together.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    part_ids: list[str]
    """
    The IDs of the parts, in the order their bytes belong in the file.
    """
    md5: str | None = None
    """
    An MD5 checksum of the whole file, if you want the joined bytes checked against it.
    """


class CompletionLogprobs(BaseModel):
    """
    Log probability details for the tokens of a completion.
    """

    text_offset: list[int] | None = None
    """
    The character offset of each token in the text.
    """
    token_logprobs: list[float] | None = None
    """
    The log probability of each chosen token.
    """
    tokens: list[str] | None = None
    """
    The chosen tokens.
    """
    top_logprobs: list[dict[str, float]] | None = None
    """
    For each position, the most likely tokens mapped to their log probabilities.
    """


class CompletionTokensDetails(BaseModel):
    """
    A breakdown of the tokens in the generated output.
    """

    accepted_prediction_tokens: int = 0
    """
    Tokens from a supplied prediction that appeared in the output.
    """
    audio_tokens: int = 0
    """
    Audio tokens the model produced.
    """
    reasoning_tokens: int = 0
    """
    Tokens the model spent on reasoning that are not part of the visible output.
    """
    text_tokens: int | None = None
    """
    Text tokens the model produced.
    """
    rejected_prediction_tokens: int = 0
    """
    Tokens from a supplied prediction that the output did not use; they are still billed.
    """


class ComputerActionClick(BaseModel):
    """
    Click a mouse button.
    """

    type: Literal["click"] = "click"
    """
    Always `click`.
    """
    button: Literal["left", "right", "wheel", "back", "forward"]
    """
    Which mouse button.
    """
    x: int
    """
    The horizontal position, in pixels.
    """
    y: int
    """
    The vertical position, in pixels.
    """
    keys: list[str] | None = None
    """
    Keys held down during the action, such as `CTRL`.
    """


class ComputerActionDoubleClick(BaseModel):
    """
    Double-click.
    """

    type: Literal["double_click"] = "double_click"
    """
    Always `double_click`.
    """
    x: int
    """
    The horizontal position, in pixels.
    """
    y: int
    """
    The vertical position, in pixels.
    """
    keys: list[str] | None
    """
    Keys held down during the action, such as `CTRL`.
    """


class ComputerActionDragPoint(BaseModel):
    """
    A point on the screen.
    """

    x: int
    """
    The horizontal position, in pixels.
    """
    y: int
    """
    The vertical position, in pixels.
    """


class ComputerActionKeypress(BaseModel):
    """
    Press a combination of keys.
    """

    type: Literal["keypress"] = "keypress"
    """
    Always `keypress`.
    """
    keys: list[str]
    """
    The keys to press together.
    """


class ComputerActionMove(BaseModel):
    """
    Move the mouse.
    """

    type: Literal["move"] = "move"
    """
    Always `move`.
    """
    x: int
    """
    The horizontal position, in pixels.
    """
    y: int
    """
    The vertical position, in pixels.
    """
    keys: list[str] | None = None
    """
    Keys held down during the action, such as `CTRL`.
    """


class ComputerActionScreenshot(BaseModel):
    """
    Take a screenshot.
    """

    type: Literal["screenshot"] = "screenshot"
    """
    Always `screenshot`.
    """


class ComputerActionScroll(BaseModel):
    """
    Scroll at a position.
    """

    type: Literal["scroll"] = "scroll"
    """
    Always `scroll`.
    """
    x: int
    """
    The horizontal position, in pixels.
    """
    y: int
    """
    The vertical position, in pixels.
    """
    scroll_x: int
    """
    How far to scroll horizontally.
    """
    scroll_y: int
    """
    How far to scroll vertically.
    """
    keys: list[str] | None = None
    """
    Keys held down during the action, such as `CTRL`.
    """


class ComputerActionType(BaseModel):
    """
    Type some text.
    """

    type: Literal["type"] = "type"
    """
    Always `type`.
    """
    text: str
    """
    The text to type.
    """


class ComputerActionWait(BaseModel):
    """
    Wait a moment.
    """

    type: Literal["wait"] = "wait"
    """
    Always `wait`.
    """


class ComputerTool(BaseModel):
    """
    Lets the model operate a computer through screenshots and actions.
    """

    type: Literal["computer"] = "computer"
    """
    Always `computer`.
    """


class ComputerUsePreviewTool(BaseModel):
    """
    Lets the model operate a computer (the earlier preview version).
    """

    type: Literal["computer_use_preview"] = "computer_use_preview"
    """
    Always `computer_use_preview`.
    """
    environment: Literal["windows", "mac", "linux", "ubuntu", "browser"]
    """
    The kind of computer.
    """
    display_width: int
    """
    The screen's width, in pixels.
    """
    display_height: int
    """
    The screen's height, in pixels.
    """


ContainerMemoryLimit = TypeAliasType("ContainerMemoryLimit", Literal["1g", "4g", "16g", "64g"])
"""
How much memory a container gets.
"""


class ContainerNetworkPolicyDisabled(BaseModel):
    """
    No network access from the container.
    """

    type: Literal["disabled"] = "disabled"
    """
    Always `disabled`.
    """


class ContainerNetworkPolicyDomainSecret(BaseModel):
    """
    A secret sent to one allowed domain.
    """

    domain: Annotated[str, Field(min_length=1)]
    """
    The domain the secret is for.
    """
    name: Annotated[str, Field(min_length=1)]
    """
    The secret's name.
    """
    value: Annotated[str, Field(max_length=10485760, min_length=1)]
    """
    The secret's value.
    """


class ContainerReference(BaseModel):
    """
    An existing hosted container.
    """

    type: Literal["container_reference"] = "container_reference"
    """
    Always `container_reference`.
    """
    container_id: str
    """
    The ID of the container.
    """


Prompt = TypeAliasType("Prompt", Annotated[list[int], Field(min_length=1)])
"""
The text to complete: a string, a list of strings, a list of token IDs, or a list of token-ID lists. Lists produce one completion each.
"""


Prompt1Item = TypeAliasType("Prompt1Item", Annotated[list[int], Field(min_length=1)])


Prompt1 = TypeAliasType("Prompt1", Annotated[list[Prompt1Item], Field(min_length=1)])
"""
The text to complete: a string, a list of strings, a list of token IDs, or a list of token-ID lists. Lists produce one completion each.
"""


Input = TypeAliasType("Input", Annotated[list[str], Field(max_length=2048, min_length=1)])
"""
The text to embed: a string, a list of strings, a list of token IDs, or a list of token-ID lists. At most 2048 inputs per request, none of them empty or longer than the model's input limit.
"""


Input1 = TypeAliasType("Input1", Annotated[list[int], Field(max_length=2048, min_length=1)])
"""
The text to embed: a string, a list of strings, a list of token IDs, or a list of token-ID lists. At most 2048 inputs per request, none of them empty or longer than the model's input limit.
"""


Input2Item = TypeAliasType("Input2Item", Annotated[list[int], Field(min_length=1)])


Input2 = TypeAliasType("Input2", Annotated[list[Input2Item], Field(max_length=2048, min_length=1)])
"""
The text to embed: a string, a list of strings, a list of token IDs, or a list of token-ID lists. At most 2048 inputs per request, none of them empty or longer than the model's input limit.
"""


class CreateEmbeddingRequest(BaseModel):
    """
    Parameters for creating embeddings.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    input: str | Input | Input1 | Input2
    """
    The text to embed: a string, a list of strings, a list of token IDs, or a list of token-ID lists. At most 2048 inputs per request, none of them empty or longer than the model's input limit.
    """
    model: str | Literal["text-embedding-ada-002", "text-embedding-3-small", "text-embedding-3-large"]
    """
    The ID of the embedding model to use.
    """
    encoding_format: Literal["float", "base64"] = "float"
    """
    Whether vectors come back as lists of floats or as base64-encoded strings.
    """
    dimensions: Annotated[int | None, Field(ge=1)] = None
    """
    How many dimensions the vectors should have. Only `text-embedding-3` and later models accept this.
    """
    user: str | None = None
    """
    A stable identifier for your end user, to help detect abuse.
    """


Image = TypeAliasType("Image", Annotated[list[bytes], Field(max_length=16)])
"""
The picture to change: one file, or a list of up to 16 for the GPT image models (png, webp or jpg, each under 50 MB). dall-e-2 takes a single square png under 4 MB. A list goes on the wire as `image[]` parts.
"""


class CreateImageRequest(BaseModel):
    """
    Parameters for generating images.
    """

    prompt: str
    """
    What the images should show. The length limit depends on the model: 32000 characters for GPT image models, 4000 for dall-e-3 and 1000 for dall-e-2.
    """
    model: (
        str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "dall-e-2",
            "dall-e-3",
            "gpt-image-1",
            "gpt-image-1-mini",
        ]
        | None
    ) = "dall-e-2"
    """
    The image model to use.
    """
    n: Annotated[int | None, Field(ge=1, le=10)] = 1
    """
    How many images to generate; dall-e-3 only supports 1.
    """
    quality: Literal["standard", "hd", "low", "medium", "high", "auto"] | None = "auto"
    """
    Image quality. GPT image models take `low`, `medium` or `high`; dall-e-3 takes `standard` or `hd`; `auto` picks for you.
    """
    response_format: Literal["url", "b64_json"] | None = "url"
    """
    For dall-e models, whether images come back as URLs (valid for an hour) or base64 data. GPT image models always return base64.
    """
    output_format: Literal["png", "jpeg", "webp"] | None = "png"
    """
    The file format of the images; GPT image models only.
    """
    output_compression: int | None = 100
    """
    Compression level from 0 to 100 for `jpeg` and `webp` output; GPT image models only.
    """
    size: (
        str
        | Literal[
            "auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"
        ]
        | None
    ) = "auto"
    """
    The image size as `WIDTHxHEIGHT` in pixels, or `auto`. Which sizes are accepted depends on the model.
    """
    moderation: Literal["low", "auto"] | None = "auto"
    """
    How strictly to filter content; GPT image models only.
    """
    background: Literal["transparent", "opaque", "auto"] | None = "auto"
    """
    Whether the background is transparent, opaque, or chosen by the model; GPT image models only. Transparent needs `png` or `webp`.
    """
    style: Literal["vivid", "natural"] | None = "vivid"
    """
    For dall-e-3 only: `vivid` for dramatic, hyper-real images or `natural` for a plainer look.
    """
    user: str | None = None
    """
    A stable identifier for your end user, to help detect abuse.
    """


class CreateImageVariationRequest(BaseModel):
    """
    Parameters for making variations of an image, sent as a multipart form.
    """

    image: bytes
    """
    The starting picture, a square png under 4 MB.
    """
    model: str | Literal["dall-e-2"] | None = "dall-e-2"
    """
    The image model; only dall-e-2 makes variations.
    """
    n: Annotated[int | None, Field(ge=1, le=10)] = 1
    """
    How many variations to return.
    """
    response_format: Literal["url", "b64_json"] | None = "url"
    """
    URLs (valid for an hour) or base64 data.
    """
    size: Literal["256x256", "512x512", "1024x1024"] | None = "1024x1024"
    """
    The size of the variations in pixels.
    """
    user: str | None = None
    """
    A stable identifier for your end user, to help detect abuse.
    """


class CreateTranslationRequest(BaseModel):
    """
    Parameters for translating speech into English, sent as a multipart form.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    file: bytes
    """
    The recording, in a common audio or video format (mp3, wav, m4a, webm, ogg, flac, mp4 ...), best with a filename that shows the format.
    """
    model: str | Literal["whisper-1"]
    """
    The model; only whisper-1 translates.
    """
    prompt: str | None = None
    """
    English text that sets the style or carries on from an earlier segment.
    """
    response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] = "json"
    """
    The shape of the answer: `json` or `verbose_json` as an object, `text`, `srt` or `vtt` as plain text.
    """
    temperature: float = 0
    """
    Sampling temperature from 0 to 1; at 0 the model raises it by itself where it is unsure.
    """


class Grammar(BaseModel):
    """
    The grammar the input must match.
    """

    definition: str
    """
    The grammar itself.
    """
    syntax: Literal["lark", "regex"]
    """
    The language the grammar is written in.
    """


class CustomToolFormatGrammar(BaseModel):
    """
    Input constrained by a grammar.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["grammar"] = "grammar"
    """
    Always `grammar`.
    """
    grammar: Grammar
    """
    The grammar the input must match.
    """


class CustomToolFormatText(BaseModel):
    """
    Unconstrained text input.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["text"] = "text"
    """
    Always `text`.
    """


class CustomToolInputFormatGrammar(BaseModel):
    """
    Input constrained by a grammar.
    """

    type: Literal["grammar"] = "grammar"
    """
    Always `grammar`.
    """
    syntax: Literal["lark", "regex"]
    """
    The language the grammar is written in.
    """
    definition: str
    """
    The grammar itself.
    """


class CustomToolInputFormatText(BaseModel):
    """
    Unconstrained text input.
    """

    type: Literal["text"] = "text"
    """
    Always `text`.
    """


class DeleteFileResponse(BaseModel):
    """
    The result of deleting a file.
    """

    id: str
    """
    The ID of the deleted file.
    """
    object: Literal["file"] = "file"
    """
    Always `file`.
    """
    deleted: bool
    """
    Whether the file was deleted.
    """


class DeleteModelResponse(BaseModel):
    """
    The result of deleting a model.
    """

    id: str
    """
    The ID of the deleted model.
    """
    deleted: bool
    """
    Whether the model was deleted.
    """
    object: str
    """
    The kind of object that was deleted.
    """


class Embedding(BaseModel):
    """
    The embedding vector of one input.
    """

    index: int
    """
    The position of the input this vector belongs to.
    """
    embedding: list[float]
    """
    The vector. When the request asked for `base64`, the server sends a base64 string of little-endian float32 values here instead.
    """
    object: Literal["embedding"] = "embedding"
    """
    Always `embedding`.
    """


class EmbeddingUsage(BaseModel):
    """
    Token counts for an embeddings request.
    """

    prompt_tokens: int
    """
    Tokens in the input.
    """
    total_tokens: int
    """
    All tokens the request used.
    """


class Error(BaseModel):
    """
    Details of a failed request, as returned by the API.
    """

    code: str | None
    """
    A short machine-readable code for the error, if there is one.
    """
    message: str
    """
    A human-readable explanation of what went wrong.
    """
    param: str | None
    """
    The request parameter the error relates to, if any.
    """
    type: str
    """
    The broad category of the error, such as `invalid_request_error`.
    """


class ErrorResponse(BaseModel):
    """
    The body the API sends with a non-2xx status.
    """

    error: Error


class InputAudio1(BaseModel):
    """
    The audio data and its encoding.
    """

    data: str
    """
    The audio, base64-encoded.
    """
    format: Literal["mp3", "wav"]
    """
    The audio encoding.
    """


class EvalInputAudio(BaseModel):
    """
    A clip of audio given to the model.
    """

    type: Literal["input_audio"] = "input_audio"
    """
    Always `input_audio`.
    """
    input_audio: InputAudio1
    """
    The audio data and its encoding.
    """


class EvalInputImage(BaseModel):
    """
    An image given to the model.
    """

    type: Literal["input_image"] = "input_image"
    """
    Always `input_image`.
    """
    image_url: str
    """
    The image's URL.
    """
    detail: str | None = None
    """
    How closely to look at the image, `high`, `low` or `auto` (the default).
    """


class EvalInputText(BaseModel):
    """
    Text given to the model.
    """

    type: Literal["input_text"] = "input_text"
    """
    Always `input_text`.
    """
    text: str
    """
    The text.
    """


class EvalOutputText(BaseModel):
    """
    Text the model wrote earlier.
    """

    type: Literal["output_text"] = "output_text"
    """
    Always `output_text`.
    """
    text: str
    """
    The text.
    """


class FileExpirationAfter(BaseModel):
    """
    When a file is deleted automatically: `seconds` after its creation. Without one, batch files last 30 days and other files until deleted.
    """

    anchor: Literal["created_at"] = "created_at"
    """
    The moment the countdown starts from; only `created_at`.
    """
    seconds: Annotated[int, Field(ge=3600, le=2592000)]
    """
    How long the file lives after the anchor, from one hour to 30 days.
    """


class FileSearchHybridSearch(BaseModel):
    """
    Weights for combining keyword and vector matches.
    """

    embedding_weight: float
    """
    The weight of vector matches.
    """
    text_weight: float
    """
    The weight of keyword matches.
    """


class FileSearchRankingOptions(BaseModel):
    """
    How search results are ranked.
    """

    ranker: Literal["auto", "default-2024-11-15"] | None = None
    """
    The ranker to use.
    """
    score_threshold: float | None = None
    """
    Drop results scoring below this, between 0 and 1.
    """
    hybrid_search: FileSearchHybridSearch | None = None
    """
    How keyword and vector matches are combined.
    """


FineTuneBatchSize1 = TypeAliasType("FineTuneBatchSize1", Annotated[int, Field(ge=1, le=256)])
"""
Examples per training step, from 1 to 256, or `auto`. Bigger batches mean fewer, steadier updates.
"""


FineTuneBatchSize = TypeAliasType("FineTuneBatchSize", Literal["auto"] | FineTuneBatchSize1)
"""
Examples per training step, from 1 to 256, or `auto`. Bigger batches mean fewer, steadier updates.
"""


Beta = TypeAliasType("Beta", Annotated[float, Field(gt=0.0, le=2.0)])
"""
How strongly the trained model is held near the reference model: above 0 and at most 2, or `auto`.
"""


FineTuneEpochs1 = TypeAliasType("FineTuneEpochs1", Annotated[int, Field(ge=1, le=50)])
"""
How many passes over the training data, from 1 to 50, or `auto`.
"""


FineTuneEpochs = TypeAliasType("FineTuneEpochs", Literal["auto"] | FineTuneEpochs1)
"""
How many passes over the training data, from 1 to 50, or `auto`.
"""


FineTuneLearningRateMultiplier1 = TypeAliasType(
    "FineTuneLearningRateMultiplier1", Annotated[float, Field(gt=0.0)]
)
"""
Scales the learning rate (above zero), or `auto`. Lower values can help against overfitting.
"""


FineTuneLearningRateMultiplier = TypeAliasType(
    "FineTuneLearningRateMultiplier", Literal["auto"] | FineTuneLearningRateMultiplier1
)
"""
Scales the learning rate (above zero), or `auto`. Lower values can help against overfitting.
"""


ComputeMultiplier = TypeAliasType("ComputeMultiplier", Annotated[float, Field(gt=1e-05, le=10.0)])
"""
Scales the compute spent exploring answers while training: above 0.00001 and at most 10, or `auto`.
"""


EvalInterval = TypeAliasType("EvalInterval", Annotated[int, Field(ge=1)])
"""
Training steps between two evaluation runs, or `auto`.
"""


EvalSamples = TypeAliasType("EvalSamples", Annotated[int, Field(ge=1)])
"""
Evaluation samples drawn at each training step, or `auto`.
"""


class FineTuneReinforcementHyperparameters(BaseModel):
    """
    Training settings of a reinforcement job.
    """

    batch_size: FineTuneBatchSize | None = "auto"
    learning_rate_multiplier: FineTuneLearningRateMultiplier | None = "auto"
    n_epochs: FineTuneEpochs | None = "auto"
    reasoning_effort: Literal["default", "low", "medium", "high"] = "default"
    """
    How hard the model reasons while it is trained.
    """
    compute_multiplier: Literal["auto"] | ComputeMultiplier = "auto"
    """
    Scales the compute spent exploring answers while training: above 0.00001 and at most 10, or `auto`.
    """
    eval_interval: Literal["auto"] | EvalInterval = "auto"
    """
    Training steps between two evaluation runs, or `auto`.
    """
    eval_samples: Literal["auto"] | EvalSamples = "auto"
    """
    Evaluation samples drawn at each training step, or `auto`.
    """


class FineTuneSupervisedHyperparameters(BaseModel):
    """
    Training settings of a supervised job.
    """

    batch_size: FineTuneBatchSize | None = "auto"
    learning_rate_multiplier: FineTuneLearningRateMultiplier | None = "auto"
    n_epochs: FineTuneEpochs | None = "auto"


class FineTuneSupervisedMethod(BaseModel):
    """
    Settings of supervised fine-tuning, on example conversations.
    """

    hyperparameters: FineTuneSupervisedHyperparameters | None = None


class FineTuningIntegrationWandb(BaseModel):
    """
    Where in Weights and Biases the job's run is recorded.
    """

    project: str
    """
    The project the run is created in.
    """
    name: str | None = None
    """
    The run's display name; the job ID when not given.
    """
    entity: str | None = None
    """
    The team or user the run belongs to; the default entity of the registered API key when not given.
    """
    tags: list[str] | None = None
    """
    Tags for the run, in addition to the ones OpenAI adds.
    """


class FineTuningJobCheckpointMetrics(BaseModel):
    """
    Losses and accuracies measured at a checkpoint's step.
    """

    step: float | None = None
    train_loss: float | None = None
    train_mean_token_accuracy: float | None = None
    valid_loss: float | None = None
    valid_mean_token_accuracy: float | None = None
    full_valid_loss: float | None = None
    full_valid_mean_token_accuracy: float | None = None


class FineTuningJobError(BaseModel):
    """
    What made a job fail.
    """

    code: str
    """
    A machine-readable error code.
    """
    message: str
    """
    What went wrong, for people.
    """
    param: str | None
    """
    The request field at fault (such as `training_file`), if any.
    """


class FineTuningJobEvent(BaseModel):
    """
    A message a job logged while it ran.
    """

    object: Literal["fine_tuning.job.event"] = "fine_tuning.job.event"
    """
    Always `fine_tuning.job.event`.
    """
    id: str
    """
    The event's ID.
    """
    created_at: int
    """
    When the event was logged, in Unix seconds.
    """
    level: Literal["info", "warn", "error"]
    """
    How serious the event is.
    """
    message: str
    """
    The event's text.
    """
    type: Literal["message", "metrics"] | None = None
    """
    Whether the event is a plain message or carries metrics.
    """
    data: dict[str, Any] | None = None
    """
    Extra details, such as training metrics.
    """


class FineTuningJobHyperparameters(BaseModel):
    """
    The training settings of a job; only sent for supervised jobs.
    """

    batch_size: FineTuneBatchSize | None = None
    learning_rate_multiplier: FineTuneLearningRateMultiplier | None = "auto"
    n_epochs: FineTuneEpochs | None = "auto"


class FunctionParameters(BaseModel):
    """
    The function's arguments, as a JSON Schema object. Leave it out for a function that takes no arguments.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class GraderPython(BaseModel):
    """
    Scores an answer with a Python script of yours.
    """

    type: Literal["python"] = "python"
    """
    Always `python`.
    """
    name: str
    """
    A name for this grader.
    """
    source: str
    """
    The script's source code.
    """
    image_tag: str | None = None
    """
    The container image tag the script runs in.
    """


class GraderSamplingParams(BaseModel):
    """
    How the scoring model samples its reply.
    """

    seed: int | None = None
    """
    Seed for sampling.
    """
    top_p: float | None = 1
    """
    Nucleus sampling mass; 1 considers every token.
    """
    temperature: float | None = None
    """
    Sampling temperature; higher is more random.
    """
    max_completions_tokens: Annotated[int | None, Field(ge=1)] = None
    """
    The most tokens the scoring model may write.
    """
    reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | None = None
    """
    How much the scoring model reasons before it answers.
    """


class GraderStringCheck(BaseModel):
    """
    Compares an answer with a reference string.
    """

    type: Literal["string_check"] = "string_check"
    """
    Always `string_check`.
    """
    name: str
    """
    A name for this grader.
    """
    input: str
    """
    The text to check; template strings are filled in.
    """
    reference: str
    """
    The text to compare with; template strings are filled in.
    """
    operation: Literal["eq", "ne", "like", "ilike"]
    """
    Equal, not equal, contains (`like`), or contains ignoring case (`ilike`).
    """


class GraderTextSimilarity(BaseModel):
    """
    Scores how close an answer is to a reference text.
    """

    type: Literal["text_similarity"] = "text_similarity"
    """
    Always `text_similarity`.
    """
    name: str
    """
    A name for this grader.
    """
    input: str
    """
    The text to score.
    """
    reference: str
    """
    The text it is measured against.
    """
    evaluation_metric: Literal[
        "cosine",
        "fuzzy_match",
        "bleu",
        "gleu",
        "meteor",
        "rouge_1",
        "rouge_2",
        "rouge_3",
        "rouge_4",
        "rouge_5",
        "rouge_l",
    ]
    """
    The similarity measure.
    """


class Image1(BaseModel):
    """
    One generated image, given either as base64 data or as a URL.
    """

    b64_json: str | None = None
    """
    The image, base64-encoded; what GPT image models return.
    """
    url: str | None = None
    """
    A URL to the image, valid for an hour; dall-e models with `response_format` `url` only.
    """
    revised_prompt: str | None = None
    """
    The prompt dall-e-3 actually used after rewriting yours.
    """


class ImageGenInputUsageDetails(BaseModel):
    """
    A breakdown of the input tokens.
    """

    text_tokens: int
    """
    Text tokens in the input.
    """
    image_tokens: int
    """
    Image tokens in the input.
    """


class ImageGenOutputTokensDetails(BaseModel):
    """
    A breakdown of the output tokens.
    """

    image_tokens: int
    """
    Image tokens in the output.
    """
    text_tokens: int
    """
    Text tokens in the output.
    """


class ImageGenUsage(BaseModel):
    """
    Token counts for an image request; GPT image models only.
    """

    input_tokens: int
    """
    Tokens in the input (text and images).
    """
    output_tokens: int
    """
    Tokens the model generated.
    """
    total_tokens: int
    """
    All tokens the request used.
    """
    input_tokens_details: ImageGenInputUsageDetails
    output_tokens_details: ImageGenOutputTokensDetails | None = None


class ImageGenerationInputMask(BaseModel):
    """
    A mask marking the area of the input image to edit.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    image_url: str | None = None
    """
    The mask's URL, or a `data:` URL.
    """
    file_id: str | None = None
    """
    The ID of an uploaded mask image.
    """


class ImageGenerationTool(BaseModel):
    """
    Generates or edits images.
    """

    type: Literal["image_generation"] = "image_generation"
    """
    Always `image_generation`.
    """
    model: (
        str
        | Literal["gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5", "gpt-image-2", "gpt-image-2-2026-04-21"]
        | None
    ) = None
    """
    The image model to use.
    """
    quality: Literal["low", "medium", "high", "auto"] = "auto"
    """
    The image quality.
    """
    size: str | Literal["1024x1024", "1024x1536", "1536x1024", "auto"] = "auto"
    """
    The image size, such as `1024x1024`.
    """
    output_format: Literal["png", "webp", "jpeg"] = "png"
    """
    The image's file format.
    """
    output_compression: Annotated[int, Field(ge=0, le=100)] = 100
    """
    Compression for `jpeg` and `webp`, from 0 to 100.
    """
    moderation: Literal["auto", "low"] = "auto"
    """
    How strictly generated images are moderated.
    """
    background: Literal["transparent", "opaque", "auto"] = "auto"
    """
    A transparent or opaque background.
    """
    input_fidelity: Literal["high", "low"] | None = None
    """
    How closely to keep the features of input images.
    """
    input_image_mask: ImageGenerationInputMask | None = None
    """
    A mask of the area to edit in the input image.
    """
    partial_images: Annotated[int, Field(ge=0, le=3)] = 0
    """
    How many partial images to stream, from 0 to 3.
    """
    action: Literal["generate", "edit", "auto"] | None = None
    """
    `generate` a new image, `edit` the input one, or let the model pick (`auto`).
    """


class ImagesResponse(BaseModel):
    """
    The result of an image request.
    """

    created: int
    """
    When the images were created, in Unix seconds.
    """
    data: list[Image1] | None = None
    """
    The generated images.
    """
    background: Literal["transparent", "opaque"] | None = None
    """
    The background the images were generated with.
    """
    output_format: Literal["png", "webp", "jpeg"] | None = None
    """
    The file format of the images.
    """
    size: Literal["1024x1024", "1024x1536", "1536x1024"] | None = None
    """
    The size of the images.
    """
    quality: Literal["low", "medium", "high"] | None = None
    """
    The quality of the images.
    """
    usage: ImageGenUsage | None = None


class InlineSkillSource(BaseModel):
    """
    The contents of an inline skill.
    """

    type: Literal["base64"] = "base64"
    """
    Always `base64`.
    """
    media_type: Literal["application/zip"] = "application/zip"
    """
    Always `application/zip`.
    """
    data: Annotated[str, Field(max_length=70254592, min_length=1)]
    """
    The zip archive, base64-encoded.
    """


InputFidelity = TypeAliasType("InputFidelity", Literal["high", "low"])
"""
How closely the output keeps the look of the input images, faces in particular: `low` (the default) or `high`. Not for gpt-image-1-mini.
"""


class ListFineTuningJobEventsResponse(BaseModel):
    """
    A page of a job's events.
    """

    object: Literal["list"] = "list"
    """
    Always `list`.
    """
    data: list[FineTuningJobEvent]
    """
    The events on this page.
    """
    has_more: bool
    """
    Whether more events follow this page.
    """


class LocalShellTool(BaseModel):
    """
    Lets the model run commands in a shell you provide.
    """

    type: Literal["local_shell"] = "local_shell"
    """
    Always `local_shell`.
    """


class LocalSkill(BaseModel):
    """
    A skill found on your machine.
    """

    name: str
    """
    The skill's name.
    """
    description: str
    """
    What the skill does.
    """
    path: str
    """
    Where the skill is on your machine.
    """


class McpToolFilter(BaseModel):
    """
    Selects tools of an MCP server by name or by whether they only read.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    tool_names: list[str] | None = None
    """
    The tool names to select.
    """
    read_only: bool | None = None
    """
    Select tools by whether they only read data.
    """


Metadata = TypeAliasType("Metadata", dict[str, str])
"""
String key-value pairs attached to an object, for your own bookkeeping. Keys are at most 64 characters and values at most 512.
"""


class Model(BaseModel):
    """
    One model offered by the API, with its owner and creation time.
    """

    id: str
    """
    The model ID, used as `model` in other requests.
    """
    created: int
    """
    When the model was created, in Unix seconds.
    """
    object: Literal["model"] = "model"
    """
    Always `model`.
    """
    owned_by: str
    """
    The organization that owns the model.
    """
    shutdown_date: str | None = None
    """
    The date (YYYY-MM-DD) after which the model stops being served, or null if none is scheduled.
    """


class ModerationCategories(BaseModel):
    """
    Whether each category was flagged.
    """

    hate: bool
    """
    Flagged for `hate`.
    """
    hate_threatening: Annotated[bool, Field(alias="hate/threatening")]
    """
    Flagged for `hate/threatening`.
    """
    harassment: bool
    """
    Flagged for `harassment`.
    """
    harassment_threatening: Annotated[bool, Field(alias="harassment/threatening")]
    """
    Flagged for `harassment/threatening`.
    """
    illicit: bool | None
    """
    Flagged for `illicit`; null when the model does not score it.
    """
    illicit_violent: Annotated[bool | None, Field(alias="illicit/violent")]
    """
    Flagged for `illicit/violent`; null when the model does not score it.
    """
    self_harm: Annotated[bool, Field(alias="self-harm")]
    """
    Flagged for `self-harm`.
    """
    self_harm_intent: Annotated[bool, Field(alias="self-harm/intent")]
    """
    Flagged for `self-harm/intent`.
    """
    self_harm_instructions: Annotated[bool, Field(alias="self-harm/instructions")]
    """
    Flagged for `self-harm/instructions`.
    """
    sexual: bool
    """
    Flagged for `sexual`.
    """
    sexual_minors: Annotated[bool, Field(alias="sexual/minors")]
    """
    Flagged for `sexual/minors`.
    """
    violence: bool
    """
    Flagged for `violence`.
    """
    violence_graphic: Annotated[bool, Field(alias="violence/graphic")]
    """
    Flagged for `violence/graphic`.
    """


class ModerationCategoryAppliedInputTypes(BaseModel):
    """
    For each category, which kinds of input its score is based on.
    """

    hate: list[Literal["text"]]
    """
    Input kinds scored for `hate`.
    """
    hate_threatening: Annotated[list[Literal["text"]], Field(alias="hate/threatening")]
    """
    Input kinds scored for `hate/threatening`.
    """
    harassment: list[Literal["text"]]
    """
    Input kinds scored for `harassment`.
    """
    harassment_threatening: Annotated[list[Literal["text"]], Field(alias="harassment/threatening")]
    """
    Input kinds scored for `harassment/threatening`.
    """
    illicit: list[Literal["text"]]
    """
    Input kinds scored for `illicit`.
    """
    illicit_violent: Annotated[list[Literal["text"]], Field(alias="illicit/violent")]
    """
    Input kinds scored for `illicit/violent`.
    """
    self_harm: Annotated[list[Literal["text", "image"]], Field(alias="self-harm")]
    """
    Input kinds scored for `self-harm`.
    """
    self_harm_intent: Annotated[list[Literal["text", "image"]], Field(alias="self-harm/intent")]
    """
    Input kinds scored for `self-harm/intent`.
    """
    self_harm_instructions: Annotated[list[Literal["text", "image"]], Field(alias="self-harm/instructions")]
    """
    Input kinds scored for `self-harm/instructions`.
    """
    sexual: list[Literal["text", "image"]]
    """
    Input kinds scored for `sexual`.
    """
    sexual_minors: Annotated[list[Literal["text"]], Field(alias="sexual/minors")]
    """
    Input kinds scored for `sexual/minors`.
    """
    violence: list[Literal["text", "image"]]
    """
    Input kinds scored for `violence`.
    """
    violence_graphic: Annotated[list[Literal["text", "image"]], Field(alias="violence/graphic")]
    """
    Input kinds scored for `violence/graphic`.
    """


class ModerationCategoryScores(BaseModel):
    """
    The model's confidence for each category, from 0 to 1.
    """

    hate: float
    """
    Score for `hate`.
    """
    hate_threatening: Annotated[float, Field(alias="hate/threatening")]
    """
    Score for `hate/threatening`.
    """
    harassment: float
    """
    Score for `harassment`.
    """
    harassment_threatening: Annotated[float, Field(alias="harassment/threatening")]
    """
    Score for `harassment/threatening`.
    """
    illicit: float
    """
    Score for `illicit`.
    """
    illicit_violent: Annotated[float, Field(alias="illicit/violent")]
    """
    Score for `illicit/violent`.
    """
    self_harm: Annotated[float, Field(alias="self-harm")]
    """
    Score for `self-harm`.
    """
    self_harm_intent: Annotated[float, Field(alias="self-harm/intent")]
    """
    Score for `self-harm/intent`.
    """
    self_harm_instructions: Annotated[float, Field(alias="self-harm/instructions")]
    """
    Score for `self-harm/instructions`.
    """
    sexual: float
    """
    Score for `sexual`.
    """
    sexual_minors: Annotated[float, Field(alias="sexual/minors")]
    """
    Score for `sexual/minors`.
    """
    violence: float
    """
    Score for `violence`.
    """
    violence_graphic: Annotated[float, Field(alias="violence/graphic")]
    """
    Score for `violence/graphic`.
    """


class ImageUrl1(BaseModel):
    """
    Where the image is.
    """

    url: AnyUrl
    """
    An image URL, or a `data:` URL with the image base64-encoded.
    """


class ModerationImageURLInput(BaseModel):
    """
    An image to check.
    """

    type: Literal["image_url"] = "image_url"
    """
    Always `image_url`.
    """
    image_url: ImageUrl1
    """
    Where the image is.
    """


class ModerationTextInput(BaseModel):
    """
    A piece of text to check.
    """

    type: Literal["text"] = "text"
    """
    Always `text`.
    """
    text: str
    """
    The text.
    """


class OpenAIFile(BaseModel):
    """
    A file stored with the API.
    """

    id: str
    """
    The file ID, used to refer to it in other requests.
    """
    object: Literal["file"] = "file"
    """
    Always `file`.
    """
    bytes: int
    """
    Size in bytes.
    """
    created_at: int
    """
    When the file was uploaded, in Unix seconds.
    """
    expires_at: int | None = None
    """
    When the file will be deleted, in Unix seconds, if it expires.
    """
    filename: str
    """
    The file's name.
    """
    purpose: Literal[
        "assistants",
        "assistants_output",
        "batch",
        "batch_output",
        "fine-tune",
        "fine-tune-results",
        "vision",
        "user_data",
    ]
    """
    What the file is for, including the kinds the API writes itself (`*_output`, `fine-tune-results`).
    """
    status: Annotated[Literal["uploaded", "processed", "error"] | None, Field(deprecated=True)] = None
    """
    No longer maintained; was the processing state of the file.
    """
    status_details: Annotated[str | None, Field(deprecated=True)] = None
    """
    No longer maintained; look at a fine-tuning job's `error` for why its training file was refused.
    """


Content5 = TypeAliasType(
    "Content5", Annotated[list[ChatCompletionRequestMessageContentPartText], Field(min_length=1)]
)
"""
The predicted text, as a string or a list of text parts.
"""


class PredictionContent(BaseModel):
    """
    Predicted output, such as the current text of a file being edited.
    """

    type: Literal["content"] = "content"
    """
    Always `content`.
    """
    content: str | Content5
    """
    The predicted text, as a string or a list of text parts.
    """


class ProgrammaticToolCallingTool(BaseModel):
    """
    Lets the model write programs that call other tools.
    """

    type: Literal["programmatic_tool_calling"] = "programmatic_tool_calling"
    """
    Always `programmatic_tool_calling`.
    """


class PromptCacheBreakpoint(BaseModel):
    """
    Caches the prompt up to and including this part.
    """

    mode: Literal["explicit"] = "explicit"
    """
    Always `explicit`.
    """


class PromptCacheBreakpointParam(BaseModel):
    """
    Caches the prompt up to and including this part.
    """

    mode: Literal["explicit"] = "explicit"
    """
    Always `explicit`.
    """


class PromptTokensDetails(BaseModel):
    """
    A breakdown of the tokens in the prompt.
    """

    audio_tokens: int = 0
    """
    Audio tokens in the prompt.
    """
    cached_tokens: int = 0
    """
    Prompt tokens served from the prompt cache.
    """
    text_tokens: int | None = None
    """
    Text tokens in the prompt.
    """
    image_tokens: int | None = None
    """
    Image tokens in the prompt.
    """
    cache_write_tokens: int = 0
    """
    Prompt tokens written to the prompt cache by this request.
    """


class Reasoning(BaseModel):
    """
    Settings for reasoning models (the gpt-5 and o-series).
    """

    mode: str | Literal["standard", "pro"] | None = None
    """
    The reasoning mode, such as `standard` or `pro`.
    """
    effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | None = None
    """
    How much effort to spend on reasoning; less effort answers faster and uses fewer tokens.
    """
    summary: Literal["auto", "concise", "detailed"] | None = None
    """
    Ask for a summary of the reasoning, at this level of detail.
    """
    context: Literal["auto", "current_turn", "all_turns"] | None = None
    """
    Which earlier reasoning the model may see.
    """
    generate_summary: Literal["auto", "concise", "detailed"] | None = None
    """
    Replaced by `summary`.
    """


class ResponseAudioDeltaEvent(BaseModel):
    """
    More output audio.
    """

    type: Literal["response.audio.delta"] = "response.audio.delta"
    """
    Always `response.audio.delta`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    delta: str
    """
    The new audio, base64-encoded.
    """


class ResponseAudioDoneEvent(BaseModel):
    """
    The output audio is complete.
    """

    type: Literal["response.audio.done"] = "response.audio.done"
    """
    Always `response.audio.done`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseAudioTranscriptDeltaEvent(BaseModel):
    """
    More of the transcript of the output audio.
    """

    type: Literal["response.audio.transcript.delta"] = "response.audio.transcript.delta"
    """
    Always `response.audio.transcript.delta`.
    """
    delta: str
    """
    The new transcript text.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseAudioTranscriptDoneEvent(BaseModel):
    """
    The transcript of the output audio is complete.
    """

    type: Literal["response.audio.transcript.done"] = "response.audio.transcript.done"
    """
    Always `response.audio.transcript.done`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseCodeInterpreterCallCodeDeltaEvent(BaseModel):
    """
    More of the code the code interpreter will run.
    """

    type: Literal["response.code_interpreter_call_code.delta"] = "response.code_interpreter_call_code.delta"
    """
    Always `response.code_interpreter_call_code.delta`.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    delta: str
    """
    The new piece of code.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseCodeInterpreterCallCodeDoneEvent(BaseModel):
    """
    The code for the code interpreter is complete.
    """

    type: Literal["response.code_interpreter_call_code.done"] = "response.code_interpreter_call_code.done"
    """
    Always `response.code_interpreter_call_code.done`.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    code: str
    """
    The whole code.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseCodeInterpreterCallCompletedEvent(BaseModel):
    """
    A code interpreter call finished.
    """

    type: Literal["response.code_interpreter_call.completed"] = "response.code_interpreter_call.completed"
    """
    Always `response.code_interpreter_call.completed`.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseCodeInterpreterCallInProgressEvent(BaseModel):
    """
    A code interpreter call started.
    """

    type: Literal["response.code_interpreter_call.in_progress"] = "response.code_interpreter_call.in_progress"
    """
    Always `response.code_interpreter_call.in_progress`.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseCodeInterpreterCallInterpretingEvent(BaseModel):
    """
    The code interpreter is running code.
    """

    type: Literal["response.code_interpreter_call.interpreting"] = (
        "response.code_interpreter_call.interpreting"
    )
    """
    Always `response.code_interpreter_call.interpreting`.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseCodeInterpreterOutputImage(BaseModel):
    """
    An image the code produced.
    """

    type: Literal["image"] = "image"
    """
    Always `image`.
    """
    url: str
    """
    The image's URL.
    """


class ResponseCodeInterpreterOutputLogs(BaseModel):
    """
    Text the code printed.
    """

    type: Literal["logs"] = "logs"
    """
    Always `logs`.
    """
    logs: str
    """
    The printed text.
    """


class ResponseCompactionItem(BaseModel):
    """
    Earlier context, compacted into an opaque summary.
    """

    type: Literal["compaction"] = "compaction"
    """
    Always `compaction`.
    """
    id: str
    """
    The ID of the item.
    """
    encrypted_content: str
    """
    The compacted context, encrypted.
    """
    created_by: str | None = None
    """
    Who created the item.
    """


class ResponseCompactionItemParam(BaseModel):
    """
    Earlier context compacted into an opaque summary, sent back as input.
    """

    id: str | None = None
    """
    The ID of the item.
    """
    type: Literal["compaction"] = "compaction"
    """
    Always `compaction`.
    """
    encrypted_content: Annotated[str, Field(max_length=20971520)]
    """
    The compacted context, encrypted.
    """


class ResponseCompactionTrigger(BaseModel):
    """
    Asks for the context so far to be compacted.
    """

    type: Literal["compaction_trigger"] = "compaction_trigger"
    """
    Always `compaction_trigger`.
    """


class ResponseComputerSafetyCheck(BaseModel):
    """
    A safety check raised about a computer action.
    """

    id: str
    """
    The ID of the check.
    """
    code: str | None = None
    """
    The kind of check.
    """
    message: str | None = None
    """
    What the check is about.
    """


class ResponseComputerScreenshot(BaseModel):
    """
    A screenshot, by URL or file ID.
    """

    type: Literal["computer_screenshot"] = "computer_screenshot"
    """
    Always `computer_screenshot`.
    """
    image_url: str | None = None
    """
    The screenshot's URL.
    """
    file_id: str | None = None
    """
    The ID of an uploaded screenshot.
    """


class ResponseComputerToolCallOutputItem(BaseModel):
    """
    The stored output of a computer call.
    """

    type: Literal["computer_call_output"] = "computer_call_output"
    """
    Always `computer_call_output`.
    """
    id: str
    """
    The ID of the item.
    """
    call_id: str
    """
    The ID that ties a tool call to its output.
    """
    acknowledged_safety_checks: list[ResponseComputerSafetyCheck] | None = None
    """
    The safety checks that were acknowledged.
    """
    output: ResponseComputerScreenshot
    """
    A screenshot of the screen after the action.
    """
    status: Literal["completed", "incomplete", "failed"]
    """
    Where the item stands.
    """
    created_by: str | None = None
    """
    Who created the item.
    """


class ResponseContainerFileCitation(BaseModel):
    """
    Cites a file in a code interpreter container.
    """

    type: Literal["container_file_citation"] = "container_file_citation"
    """
    Always `container_file_citation`.
    """
    container_id: str
    """
    The ID of the container.
    """
    file_id: str
    """
    The ID of the file.
    """
    start_index: int
    """
    The first character of the cited span.
    """
    end_index: int
    """
    The character after the cited span.
    """
    filename: str
    """
    The file's name.
    """


class ResponseContainerReference(BaseModel):
    """
    The commands ran in a hosted container.
    """

    type: Literal["container_reference"] = "container_reference"
    """
    Always `container_reference`.
    """
    container_id: str
    """
    The ID of the container.
    """


class ResponseContextManagement(BaseModel):
    """
    A rule for keeping a long conversation's context within bounds.
    """

    type: str
    """
    The kind of rule, such as `compaction`.
    """
    compact_threshold: Annotated[int | None, Field(ge=1000)] = None
    """
    Compact the context once it grows past this many tokens.
    """


class ResponseConversation(BaseModel):
    """
    The conversation this response belongs to.
    """

    id: str
    """
    The ID of the conversation.
    """


class ResponseConversationParam(BaseModel):
    """
    A conversation, named by its ID.
    """

    id: str
    """
    The ID of the conversation.
    """


class ResponseCustomToolCallInputDeltaEvent(BaseModel):
    """
    More of a custom tool call's input.
    """

    type: Literal["response.custom_tool_call_input.delta"] = "response.custom_tool_call_input.delta"
    """
    Always `response.custom_tool_call_input.delta`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    delta: str
    """
    The new piece of the input.
    """


class ResponseCustomToolCallInputDoneEvent(BaseModel):
    """
    A custom tool call's input is complete.
    """

    type: Literal["response.custom_tool_call_input.done"] = "response.custom_tool_call_input.done"
    """
    Always `response.custom_tool_call_input.done`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    input: str
    """
    The whole input.
    """


class ResponseDirectCaller(BaseModel):
    """
    The model called the tool itself.
    """

    type: Literal["direct"] = "direct"
    """
    Always `direct`.
    """


class ResponseDirectCallerParam(BaseModel):
    """
    The model called the tool itself.
    """

    type: Literal["direct"] = "direct"
    """
    Always `direct`.
    """


class ResponseError(BaseModel):
    """
    Why the model failed to produce a response.
    """

    code: Literal[
        "server_error",
        "rate_limit_exceeded",
        "invalid_prompt",
        "data_residency_mismatch",
        "bio_policy",
        "vector_store_timeout",
        "invalid_image",
        "invalid_image_format",
        "invalid_base64_image",
        "invalid_image_url",
        "image_too_large",
        "image_too_small",
        "image_parse_error",
        "image_content_policy_violation",
        "invalid_image_mode",
        "image_file_too_large",
        "unsupported_image_media_type",
        "empty_image_file",
        "failed_to_download_image",
        "image_file_not_found",
    ]
    """
    A machine-readable code for the failure.
    """
    message: str
    """
    A human-readable explanation.
    """


class ResponseErrorEvent(BaseModel):
    """
    Something went wrong while streaming.
    """

    type: Literal["error"] = "error"
    """
    Always `error`.
    """
    code: str | None
    """
    A machine-readable error code.
    """
    message: str
    """
    A human-readable explanation.
    """
    param: str | None
    """
    The request parameter the error relates to, if any.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseFileCitation(BaseModel):
    """
    Cites a file that was searched.
    """

    type: Literal["file_citation"] = "file_citation"
    """
    Always `file_citation`.
    """
    file_id: str
    """
    The ID of the file.
    """
    index: int
    """
    Where in the text the citation sits, as a character index.
    """
    filename: str
    """
    The file's name.
    """


class ResponseFilePath(BaseModel):
    """
    Points at a file the model produced.
    """

    type: Literal["file_path"] = "file_path"
    """
    Always `file_path`.
    """
    file_id: str
    """
    The ID of the file.
    """
    index: int
    """
    Where in the text the reference sits, as a character index.
    """


class ResponseFileSearchCallCompletedEvent(BaseModel):
    """
    A file search finished.
    """

    type: Literal["response.file_search_call.completed"] = "response.file_search_call.completed"
    """
    Always `response.file_search_call.completed`.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseFileSearchCallInProgressEvent(BaseModel):
    """
    A file search started.
    """

    type: Literal["response.file_search_call.in_progress"] = "response.file_search_call.in_progress"
    """
    Always `response.file_search_call.in_progress`.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseFileSearchCallSearchingEvent(BaseModel):
    """
    A file search is searching.
    """

    type: Literal["response.file_search_call.searching"] = "response.file_search_call.searching"
    """
    Always `response.file_search_call.searching`.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseFormatJsonObject(BaseModel):
    """
    Reply with some valid JSON object (the older JSON mode). The prompt must also ask for JSON.
    """

    type: Literal["json_object"] = "json_object"
    """
    Always `json_object`.
    """


class JsonSchema(BaseModel):
    """
    The schema and how to apply it.
    """

    name: str
    """
    A name for the format: letters, digits, underscores and dashes, at most 64 characters.
    """
    description: str | None = None
    """
    What the format is for, to guide the model.
    """
    schema_: Annotated[dict[str, Any] | None, Field(alias="schema")] = None
    """
    The JSON Schema the reply must follow.
    """
    strict: bool | None = False
    """
    When true, the reply follows the schema exactly. Strict mode accepts only part of JSON Schema.
    """


class ResponseFormatJsonSchema(BaseModel):
    """
    Reply with JSON that follows the given schema (Structured Outputs).
    """

    type: Literal["json_schema"] = "json_schema"
    """
    Always `json_schema`.
    """
    json_schema: JsonSchema
    """
    The schema and how to apply it.
    """


class ResponseFormatText(BaseModel):
    """
    Reply with plain text (the default).
    """

    type: Literal["text"] = "text"
    """
    Always `text`.
    """


class ResponseFormatTextJSONSchemaConfig(BaseModel):
    """
    Reply with JSON that follows the given JSON Schema (Structured Outputs).
    """

    type: Literal["json_schema"] = "json_schema"
    """
    Always `json_schema`.
    """
    description: str | None = None
    """
    What the format is for, to help the model.
    """
    name: str
    """
    A name for the format: letters, digits, underscores and dashes, at most 64 characters.
    """
    schema_: Annotated[dict[str, Any], Field(alias="schema")]
    """
    The JSON Schema the output must follow.
    """
    strict: bool | None = False
    """
    When true, the output follows the schema exactly; only part of JSON Schema is supported then.
    """


class ResponseFunctionCallArgumentsDeltaEvent(BaseModel):
    """
    More of a function call's arguments.
    """

    type: Literal["response.function_call_arguments.delta"] = "response.function_call_arguments.delta"
    """
    Always `response.function_call_arguments.delta`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    delta: str
    """
    The new piece of the JSON arguments.
    """


class ResponseFunctionCallArgumentsDoneEvent(BaseModel):
    """
    A function call's arguments are complete.
    """

    type: Literal["response.function_call_arguments.done"] = "response.function_call_arguments.done"
    """
    Always `response.function_call_arguments.done`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    name: str
    """
    The name of the function.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    arguments: str
    """
    The whole arguments, as a JSON string.
    """


class ResponseImageGenCallCompletedEvent(BaseModel):
    """
    An image generation finished.
    """

    type: Literal["response.image_generation_call.completed"] = "response.image_generation_call.completed"
    """
    Always `response.image_generation_call.completed`.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """


class ResponseImageGenCallGeneratingEvent(BaseModel):
    """
    An image is being generated.
    """

    type: Literal["response.image_generation_call.generating"] = "response.image_generation_call.generating"
    """
    Always `response.image_generation_call.generating`.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseImageGenCallInProgressEvent(BaseModel):
    """
    An image generation started.
    """

    type: Literal["response.image_generation_call.in_progress"] = "response.image_generation_call.in_progress"
    """
    Always `response.image_generation_call.in_progress`.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseImageGenCallPartialImageEvent(BaseModel):
    """
    A partial image, sent while the final one is generated.
    """

    type: Literal["response.image_generation_call.partial_image"] = (
        "response.image_generation_call.partial_image"
    )
    """
    Always `response.image_generation_call.partial_image`.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    partial_image_index: int
    """
    Which partial image this is, counting from 0.
    """
    partial_image_b64: str
    """
    The partial image, base64-encoded.
    """
    size: str | None = None
    """
    The image size.
    """
    quality: str | None = None
    """
    The image quality.
    """
    background: str | None = None
    """
    The image background.
    """
    output_format: str | None = None
    """
    The image's file format.
    """


class ResponseImageGenerationCall(BaseModel):
    """
    An image made by the image generation tool.
    """

    type: Literal["image_generation_call"] = "image_generation_call"
    """
    Always `image_generation_call`.
    """
    id: str
    """
    The ID of the call.
    """
    status: Literal["in_progress", "completed", "generating", "failed"]
    """
    Where the item stands.
    """
    result: str | None
    """
    The image, base64-encoded.
    """


ResponseIncludable = TypeAliasType(
    "ResponseIncludable",
    Literal[
        "file_search_call.results",
        "web_search_call.results",
        "web_search_call.action.sources",
        "message.input_image.image_url",
        "computer_call_output.output.image_url",
        "code_interpreter_call.outputs",
        "reasoning.encrypted_content",
        "message.output_text.logprobs",
    ],
)
"""
Extra data that a response or its items can be asked to carry.
"""


class ResponseIncompleteDetails(BaseModel):
    """
    Why the response stopped before it was complete.
    """

    reason: Literal["max_output_tokens", "content_filter"] | None = None
    """
    What stopped the response.
    """


class ResponseInputFile(BaseModel):
    """
    An input file, given by ID, URL or inline data.
    """

    type: Literal["input_file"] = "input_file"
    """
    Always `input_file`.
    """
    file_id: str | None = None
    """
    The ID of an uploaded file.
    """
    filename: str | None = None
    """
    The file's name, used with `file_data`.
    """
    file_data: str | None = None
    """
    The file's contents, base64-encoded.
    """
    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None
    """
    Marks the end of a prefix that should be cached.
    """
    file_url: str | None = None
    """
    A URL to fetch the file from.
    """
    detail: Literal["auto", "low", "high"] | None = None
    """
    How closely the model reads the file.
    """


class ResponseInputFileParam(BaseModel):
    """
    A file in a tool's output, given by ID, URL or inline data.
    """

    type: Literal["input_file"] = "input_file"
    """
    Always `input_file`.
    """
    file_id: str | None = None
    """
    The ID of an uploaded file.
    """
    filename: str | None = None
    """
    The file's name, used with `file_data`.
    """
    file_data: Annotated[str | None, Field(max_length=73400320)] = None
    """
    The file's contents, base64-encoded.
    """
    file_url: str | None = None
    """
    A URL to fetch the file from.
    """
    detail: Literal["auto", "low", "high"] | None = None
    """
    How closely the model reads the file.
    """
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None
    """
    Marks the end of a prefix that should be cached.
    """


class ResponseInputImage(BaseModel):
    """
    An input image, given by URL, data URL or file ID.
    """

    type: Literal["input_image"] = "input_image"
    """
    Always `input_image`.
    """
    image_url: str | None = None
    """
    The image's URL, or a `data:` URL with the base64-encoded image.
    """
    file_id: str | None = None
    """
    The ID of an uploaded image file.
    """
    detail: Literal["low", "high", "auto", "original"]
    """
    The resolution at which the model sees the image.
    """
    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None
    """
    Marks the end of a prefix that should be cached.
    """


class ResponseInputImageParam(BaseModel):
    """
    An image in a tool's output, given by URL, data URL or file ID.
    """

    type: Literal["input_image"] = "input_image"
    """
    Always `input_image`.
    """
    image_url: Annotated[str | None, Field(max_length=20971520)] = None
    """
    The image's URL, or a `data:` URL with the base64-encoded image.
    """
    file_id: str | None = None
    """
    The ID of an uploaded image file.
    """
    detail: Literal["low", "high", "auto", "original"] | None = None
    """
    The resolution at which the model sees the image.
    """
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None
    """
    Marks the end of a prefix that should be cached.
    """


class ResponseInputText(BaseModel):
    """
    A piece of input text.
    """

    type: Literal["input_text"] = "input_text"
    """
    Always `input_text`.
    """
    text: str
    """
    The text.
    """
    prompt_cache_breakpoint: PromptCacheBreakpoint | None = None
    """
    Marks the end of a prefix that should be cached.
    """


class ResponseInputTextParam(BaseModel):
    """
    A piece of text in a tool's output.
    """

    type: Literal["input_text"] = "input_text"
    """
    Always `input_text`.
    """
    text: Annotated[str, Field(max_length=10485760)]
    """
    The text.
    """
    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None
    """
    Marks the end of a prefix that should be cached.
    """


class ResponseInputTokensDetails(BaseModel):
    """
    A breakdown of the input tokens.
    """

    cached_tokens: int
    """
    Input tokens served from the prompt cache.
    """
    cache_write_tokens: int
    """
    Input tokens written to the prompt cache.
    """


class ResponseItemReference(BaseModel):
    """
    Refers to an earlier item by its ID instead of repeating it.
    """

    type: Literal["item_reference"] | None = None
    """
    Always `item_reference`; may be left out.
    """
    id: str
    """
    The ID of the item.
    """


ResponseItemStatus = TypeAliasType("ResponseItemStatus", Literal["in_progress", "completed", "incomplete"])
"""
Where an item stands.
"""


class ResponseLocalEnvironment(BaseModel):
    """
    The commands ran on your machine.
    """

    type: Literal["local"] = "local"
    """
    Always `local`.
    """


class ResponseLocalShellCallOutput(BaseModel):
    """
    What a local shell command printed.
    """

    type: Literal["local_shell_call_output"] = "local_shell_call_output"
    """
    Always `local_shell_call_output`.
    """
    id: str
    """
    The ID of the call this answers.
    """
    output: str
    """
    What the command printed.
    """
    status: Literal["in_progress", "completed", "incomplete"] | None = None
    """
    Where the item stands.
    """


class ResponseLocalShellExecAction(BaseModel):
    """
    A command to run.
    """

    type: Literal["exec"] = "exec"
    """
    Always `exec`.
    """
    command: list[str]
    """
    The command and its arguments.
    """
    timeout_ms: int | None = None
    """
    How long a command may run, in milliseconds.
    """
    working_directory: str | None = None
    """
    The directory to run it in.
    """
    env: dict[str, str]
    """
    Environment variables to set.
    """
    user: str | None = None
    """
    The user to run it as.
    """


class ResponseMcpApprovalRequest(BaseModel):
    """
    Asks you to approve a call to an MCP tool.
    """

    type: Literal["mcp_approval_request"] = "mcp_approval_request"
    """
    Always `mcp_approval_request`.
    """
    id: str
    """
    The ID of the request; quote it in your answer.
    """
    server_label: str
    """
    The label of the MCP server.
    """
    name: str
    """
    The tool to be called.
    """
    arguments: str
    """
    The arguments, as a JSON string.
    """


class ResponseMcpApprovalResponse(BaseModel):
    """
    Your answer to a request to approve an MCP tool call.
    """

    type: Literal["mcp_approval_response"] = "mcp_approval_response"
    """
    Always `mcp_approval_response`.
    """
    id: str
    """
    The ID of the item.
    """
    approval_request_id: str
    """
    The ID of the request this answers.
    """
    approve: bool
    """
    Whether the call was approved.
    """
    reason: str | None = None
    """
    Why, if a reason was given.
    """


class ResponseMcpApprovalResponseParam(BaseModel):
    """
    Approves or rejects a call to an MCP tool.
    """

    type: Literal["mcp_approval_response"] = "mcp_approval_response"
    """
    Always `mcp_approval_response`.
    """
    id: str | None = None
    """
    The ID of the item.
    """
    approval_request_id: str
    """
    The ID of the request this answers.
    """
    approve: bool
    """
    Whether to approve the call.
    """
    reason: str | None = None
    """
    Why, optionally.
    """


class ResponseMcpCallArgumentsDeltaEvent(BaseModel):
    """
    More of an MCP tool call's arguments.
    """

    type: Literal["response.mcp_call_arguments.delta"] = "response.mcp_call_arguments.delta"
    """
    Always `response.mcp_call_arguments.delta`.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    delta: str
    """
    The new piece of the JSON arguments.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseMcpCallArgumentsDoneEvent(BaseModel):
    """
    An MCP tool call's arguments are complete.
    """

    type: Literal["response.mcp_call_arguments.done"] = "response.mcp_call_arguments.done"
    """
    Always `response.mcp_call_arguments.done`.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    arguments: str
    """
    The whole arguments, as a JSON string.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseMcpCallCompletedEvent(BaseModel):
    """
    An MCP tool call finished.
    """

    type: Literal["response.mcp_call.completed"] = "response.mcp_call.completed"
    """
    Always `response.mcp_call.completed`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseMcpCallFailedEvent(BaseModel):
    """
    An MCP tool call failed.
    """

    type: Literal["response.mcp_call.failed"] = "response.mcp_call.failed"
    """
    Always `response.mcp_call.failed`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseMcpCallInProgressEvent(BaseModel):
    """
    An MCP tool call started.
    """

    type: Literal["response.mcp_call.in_progress"] = "response.mcp_call.in_progress"
    """
    Always `response.mcp_call.in_progress`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """


class ResponseMcpHTTPError(BaseModel):
    """
    The MCP server answered with an HTTP error.
    """

    type: Literal["http_error"] = "http_error"
    """
    Always `http_error`.
    """
    code: int
    """
    The HTTP status code.
    """
    message: str
    """
    What went wrong.
    """


class ResponseMcpListToolsCompletedEvent(BaseModel):
    """
    The tools of an MCP server were listed.
    """

    type: Literal["response.mcp_list_tools.completed"] = "response.mcp_list_tools.completed"
    """
    Always `response.mcp_list_tools.completed`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseMcpListToolsFailedEvent(BaseModel):
    """
    Listing the tools of an MCP server failed.
    """

    type: Literal["response.mcp_list_tools.failed"] = "response.mcp_list_tools.failed"
    """
    Always `response.mcp_list_tools.failed`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseMcpListToolsInProgressEvent(BaseModel):
    """
    Listing the tools of an MCP server started.
    """

    type: Literal["response.mcp_list_tools.in_progress"] = "response.mcp_list_tools.in_progress"
    """
    Always `response.mcp_list_tools.in_progress`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseMcpListToolsTool(BaseModel):
    """
    One tool of an MCP server.
    """

    name: str
    """
    The tool's name.
    """
    description: str | None = None
    """
    What the tool does.
    """
    input_schema: dict[str, Any]
    """
    A JSON Schema of the tool's input.
    """
    annotations: dict[str, Any] | None = None
    """
    Extra information about the tool.
    """


class ResponseMcpProtocolError(BaseModel):
    """
    The MCP server broke the protocol.
    """

    type: Literal["mcp_protocol_error"] = "mcp_protocol_error"
    """
    Always `mcp_protocol_error`.
    """
    code: int
    """
    The protocol error code.
    """
    message: str
    """
    What went wrong.
    """


class ResponseMcpToolExecutionError(BaseModel):
    """
    The MCP tool failed while running.
    """

    type: Literal["mcp_tool_execution_error"] = "mcp_tool_execution_error"
    """
    Always `mcp_tool_execution_error`.
    """
    content: Any
    """
    What the tool reported.
    """


class ResponseModerationConfig(BaseModel):
    """
    What moderation does with one side of the exchange.
    """

    mode: Literal["score", "block"]
    """
    `score` only reports; `block` also stops flagged content.
    """


class ResponseModerationError(BaseModel):
    """
    Moderation could not be run.
    """

    type: Literal["error"] = "error"
    """
    Always `error`.
    """
    code: str
    """
    A machine-readable code for the failure.
    """
    message: str
    """
    A human-readable explanation.
    """


class ResponseModerationPolicy(BaseModel):
    """
    What moderation does with the input and with the output.
    """

    input: ResponseModerationConfig | None = None
    """
    Moderation of the input.
    """
    output: ResponseModerationConfig | None = None
    """
    Moderation of the output.
    """


class ResponseModerationResult(BaseModel):
    """
    What the moderation model found.
    """

    type: Literal["moderation_result"] = "moderation_result"
    """
    Always `moderation_result`.
    """
    model: str
    """
    The moderation model used.
    """
    flagged: bool
    """
    Whether any category was flagged.
    """
    categories: dict[str, bool]
    """
    Whether each category was flagged.
    """
    category_scores: dict[str, float]
    """
    The score of each category.
    """
    category_applied_input_types: dict[str, list[Literal["text", "image"]]]
    """
    Which kinds of input each category was judged on.
    """


class ResponseOutputRefusal(BaseModel):
    """
    The model's refusal to answer.
    """

    type: Literal["refusal"] = "refusal"
    """
    Always `refusal`.
    """
    refusal: str
    """
    The refusal message.
    """


class ResponseOutputTextTopLogprob(BaseModel):
    """
    One of the likeliest tokens at a position, with its log probability.
    """

    token: str
    """
    The token.
    """
    logprob: float
    """
    Its log probability.
    """
    bytes: list[int]
    """
    Its UTF-8 bytes.
    """


class ResponseOutputTokensDetails(BaseModel):
    """
    A breakdown of the output tokens.
    """

    reasoning_tokens: int
    """
    Tokens spent on reasoning.
    """


class ResponseProgram(BaseModel):
    """
    A program the model wrote to call tools.
    """

    type: Literal["program"] = "program"
    """
    Always `program`.
    """
    id: str
    """
    The ID of the item.
    """
    call_id: str
    """
    The ID that ties a tool call to its output.
    """
    code: str
    """
    The program's source code.
    """
    fingerprint: str
    """
    An opaque fingerprint of the program.
    """


class ResponseProgramCaller(BaseModel):
    """
    A program the model ran called the tool.
    """

    type: Literal["program"] = "program"
    """
    Always `program`.
    """
    caller_id: str
    """
    The ID of the program.
    """


class ResponseProgramCallerParam(BaseModel):
    """
    A program the model ran called the tool.
    """

    type: Literal["program"] = "program"
    """
    Always `program`.
    """
    caller_id: Annotated[str, Field(max_length=64, min_length=1)]
    """
    The ID of the program.
    """


class ResponseProgramOutput(BaseModel):
    """
    What a program returned.
    """

    type: Literal["program_output"] = "program_output"
    """
    Always `program_output`.
    """
    id: str
    """
    The ID of the item.
    """
    call_id: str
    """
    The ID that ties a tool call to its output.
    """
    result: str
    """
    What the program returned.
    """
    status: Literal["completed", "incomplete"]
    """
    Where the item stands.
    """


class ResponseProgramOutputParam(BaseModel):
    """
    What a program returned, sent back as input.
    """

    id: str
    """
    The ID of the item.
    """
    type: Literal["program_output"] = "program_output"
    """
    Always `program_output`.
    """
    call_id: Annotated[str, Field(max_length=64, min_length=1)]
    """
    The ID that ties a tool call to its output.
    """
    result: Annotated[str, Field(max_length=10485760)]
    """
    What the program returned.
    """
    status: Literal["completed", "incomplete"]
    """
    Where the item stands.
    """


class ResponseProgramParam(BaseModel):
    """
    A program the model wrote, sent back as input.
    """

    id: str
    """
    The ID of the item.
    """
    type: Literal["program"] = "program"
    """
    Always `program`.
    """
    call_id: Annotated[str, Field(max_length=64, min_length=1)]
    """
    The ID that ties a tool call to its output.
    """
    code: Annotated[str, Field(max_length=10485760)]
    """
    The program's source code.
    """
    fingerprint: Annotated[str, Field(max_length=10485760)]
    """
    An opaque fingerprint of the program.
    """


class ResponsePrompt(BaseModel):
    """
    A reusable prompt stored on the platform, with values for its variables.
    """

    id: str
    """
    The ID of the stored prompt.
    """
    version: str | None = None
    """
    Which version of the prompt to use; the current one when left out.
    """
    variables: dict[str, Any] | None = None
    """
    Values for the prompt's variables: strings, or input parts such as images and files.
    """


class ResponsePromptCacheOptions(BaseModel):
    """
    How the prompt cache treated this response.
    """

    ttl: Literal["30m"] = "30m"
    """
    How long cached prefixes are kept.
    """
    mode: Literal["implicit", "explicit"]
    """
    `implicit` caches automatically; `explicit` only at breakpoints.
    """


class ResponsePromptCacheOptionsParam(BaseModel):
    """
    How the prompt cache treats this request.
    """

    ttl: Literal["30m"] | None = None
    """
    How long cached prefixes are kept.
    """
    mode: Literal["implicit", "explicit"] | None = None
    """
    `implicit` caches automatically; `explicit` only at breakpoints.
    """


class ResponseReasoningSummaryPart(BaseModel):
    """
    A part of the reasoning summary.
    """

    type: Literal["summary_text"] = "summary_text"
    """
    Always `summary_text`.
    """
    text: str
    """
    The summary text.
    """


class ResponseReasoningSummaryPartAddedEvent(BaseModel):
    """
    A new part of the reasoning summary was started.
    """

    type: Literal["response.reasoning_summary_part.added"] = "response.reasoning_summary_part.added"
    """
    Always `response.reasoning_summary_part.added`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    summary_index: int
    """
    Which part of the reasoning summary, by index.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    part: ResponseReasoningSummaryPart
    """
    The new part.
    """


class ResponseReasoningSummaryPartDoneEvent(BaseModel):
    """
    A part of the reasoning summary is complete.
    """

    type: Literal["response.reasoning_summary_part.done"] = "response.reasoning_summary_part.done"
    """
    Always `response.reasoning_summary_part.done`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    summary_index: int
    """
    Which part of the reasoning summary, by index.
    """
    status: Literal["incomplete"] | None = None
    """
    Set when the part was cut short.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    part: ResponseReasoningSummaryPart
    """
    The complete part.
    """


class ResponseReasoningSummaryTextDeltaEvent(BaseModel):
    """
    More reasoning summary text.
    """

    type: Literal["response.reasoning_summary_text.delta"] = "response.reasoning_summary_text.delta"
    """
    Always `response.reasoning_summary_text.delta`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    summary_index: int
    """
    Which part of the reasoning summary, by index.
    """
    delta: str
    """
    The new summary text.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseReasoningSummaryTextDoneEvent(BaseModel):
    """
    A reasoning summary text is complete.
    """

    type: Literal["response.reasoning_summary_text.done"] = "response.reasoning_summary_text.done"
    """
    Always `response.reasoning_summary_text.done`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    summary_index: int
    """
    Which part of the reasoning summary, by index.
    """
    text: str
    """
    The whole summary text.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseReasoningText(BaseModel):
    """
    Reasoning text from the model.
    """

    type: Literal["reasoning_text"] = "reasoning_text"
    """
    Always `reasoning_text`.
    """
    text: str
    """
    The reasoning text.
    """


class ResponseReasoningTextDeltaEvent(BaseModel):
    """
    More reasoning text.
    """

    type: Literal["response.reasoning_text.delta"] = "response.reasoning_text.delta"
    """
    Always `response.reasoning_text.delta`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    content_index: int
    """
    Which content part of the item, by index.
    """
    delta: str
    """
    The new reasoning text.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseReasoningTextDoneEvent(BaseModel):
    """
    A reasoning text is complete.
    """

    type: Literal["response.reasoning_text.done"] = "response.reasoning_text.done"
    """
    Always `response.reasoning_text.done`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    content_index: int
    """
    Which content part of the item, by index.
    """
    text: str
    """
    The whole reasoning text.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseRefusalDeltaEvent(BaseModel):
    """
    More refusal text.
    """

    type: Literal["response.refusal.delta"] = "response.refusal.delta"
    """
    Always `response.refusal.delta`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    content_index: int
    """
    Which content part of the item, by index.
    """
    delta: str
    """
    The new refusal text.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseRefusalDoneEvent(BaseModel):
    """
    A refusal is complete.
    """

    type: Literal["response.refusal.done"] = "response.refusal.done"
    """
    Always `response.refusal.done`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    content_index: int
    """
    Which content part of the item, by index.
    """
    refusal: str
    """
    The whole refusal.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseShellAction(BaseModel):
    """
    The commands to run and their limits.
    """

    commands: list[str]
    """
    The commands, run one after another.
    """
    timeout_ms: int | None
    """
    How long a command may run, in milliseconds.
    """
    max_output_length: int | None
    """
    The most characters of output to keep from each command.
    """


class ResponseShellActionParam(BaseModel):
    """
    The commands to run and their limits.
    """

    commands: list[str]
    """
    The commands, run one after another.
    """
    timeout_ms: int | None = None
    """
    How long a command may run, in milliseconds.
    """
    max_output_length: int | None = None
    """
    The most characters of output to keep from each command.
    """


class ResponseShellCallCommandAddedEvent(BaseModel):
    """
    A new shell command was started.
    """

    type: Literal["response.shell_call_command.added"] = "response.shell_call_command.added"
    """
    Always `response.shell_call_command.added`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    command_index: int
    """
    Which command, by index.
    """
    command: str
    """
    The command so far.
    """


class ResponseShellCallCommandDeltaEvent(BaseModel):
    """
    More of a shell command.
    """

    type: Literal["response.shell_call_command.delta"] = "response.shell_call_command.delta"
    """
    Always `response.shell_call_command.delta`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    command_index: int
    """
    Which command, by index.
    """
    delta: str
    """
    The new piece of the command.
    """
    obfuscation: str | None = None
    """
    Random padding that hides the event's size.
    """


class ResponseShellCallCommandDoneEvent(BaseModel):
    """
    A shell command is complete.
    """

    type: Literal["response.shell_call_command.done"] = "response.shell_call_command.done"
    """
    Always `response.shell_call_command.done`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    command_index: int
    """
    Which command, by index.
    """
    command: str
    """
    The whole command.
    """


class ResponseShellExitOutcome(BaseModel):
    """
    The command exited.
    """

    type: Literal["exit"] = "exit"
    """
    Always `exit`.
    """
    exit_code: int
    """
    The command's exit code.
    """


class ResponseShellExitOutcomeParam(BaseModel):
    """
    The command exited.
    """

    type: Literal["exit"] = "exit"
    """
    Always `exit`.
    """
    exit_code: int
    """
    The command's exit code.
    """


class ResponseShellOutputDelta(BaseModel):
    """
    New output of a command.
    """

    stdout: str | None = None
    """
    New standard output.
    """
    stderr: str | None = None
    """
    New standard error.
    """


class ResponseShellTimeoutOutcome(BaseModel):
    """
    The command ran out of time.
    """

    type: Literal["timeout"] = "timeout"
    """
    Always `timeout`.
    """


class ResponseShellTimeoutOutcomeParam(BaseModel):
    """
    The command ran out of time.
    """

    type: Literal["timeout"] = "timeout"
    """
    Always `timeout`.
    """


class ResponseStreamOptions(BaseModel):
    """
    Settings for a streamed response; only used when `stream` is true.
    """

    include_obfuscation: bool | None = None
    """
    When true (the default), events carry random padding in an `obfuscation` field to hide their sizes. Set false to save bandwidth on trusted links.
    """


class ResponseSummaryText(BaseModel):
    """
    A piece of the summary of the model's reasoning.
    """

    type: Literal["summary_text"] = "summary_text"
    """
    Always `summary_text`.
    """
    text: str
    """
    The summary text.
    """


class ResponseTextTopLogprob(BaseModel):
    """
    One of the likeliest tokens at a position.
    """

    token: str | None = None
    """
    The token.
    """
    logprob: float | None = None
    """
    Its log probability.
    """


ResponseToolCaller = TypeAliasType(
    "ResponseToolCaller", Annotated[ResponseDirectCaller | ResponseProgramCaller, Field(discriminator="type")]
)
"""
Who invoked a tool, told apart by `type`.
"""


ResponseToolCallerParam = TypeAliasType(
    "ResponseToolCallerParam",
    Annotated[ResponseDirectCallerParam | ResponseProgramCallerParam, Field(discriminator="type")],
)
"""
Who invoked a tool, told apart by `type`.
"""


ResponseToolOutputContent = TypeAliasType(
    "ResponseToolOutputContent",
    Annotated[ResponseInputText | ResponseInputImage | ResponseInputFile, Field(discriminator="type")],
)
"""
One part of a tool's output, told apart by `type`.
"""


class ResponseURLCitation(BaseModel):
    """
    Cites a web page that was used.
    """

    type: Literal["url_citation"] = "url_citation"
    """
    Always `url_citation`.
    """
    url: str
    """
    The page's URL.
    """
    start_index: int
    """
    The first character of the cited span.
    """
    end_index: int
    """
    The character after the cited span.
    """
    title: str
    """
    The page's title.
    """


class ResponseUsage(BaseModel):
    """
    Token counts for a response.
    """

    input_tokens: int
    """
    Tokens in the input.
    """
    input_tokens_details: ResponseInputTokensDetails
    """
    A breakdown of the input tokens.
    """
    output_tokens: int
    """
    Tokens generated, reasoning included.
    """
    output_tokens_details: ResponseOutputTokensDetails
    """
    A breakdown of the output tokens.
    """
    total_tokens: int
    """
    Input and output tokens together.
    """


class ResponseWebSearchCallCompletedEvent(BaseModel):
    """
    A web search finished.
    """

    type: Literal["response.web_search_call.completed"] = "response.web_search_call.completed"
    """
    Always `response.web_search_call.completed`.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseWebSearchCallInProgressEvent(BaseModel):
    """
    A web search started.
    """

    type: Literal["response.web_search_call.in_progress"] = "response.web_search_call.in_progress"
    """
    Always `response.web_search_call.in_progress`.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseWebSearchCallSearchingEvent(BaseModel):
    """
    A web search is searching.
    """

    type: Literal["response.web_search_call.searching"] = "response.web_search_call.searching"
    """
    Always `response.web_search_call.searching`.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


ResponsesModel = TypeAliasType(
    "ResponsesModel",
    str
    | ChatModel
    | Literal[
        "o1-pro",
        "o1-pro-2025-03-19",
        "o3-pro",
        "o3-pro-2025-06-10",
        "o3-deep-research",
        "o3-deep-research-2025-06-26",
        "o4-mini-deep-research",
        "o4-mini-deep-research-2025-06-26",
        "computer-use-preview",
        "computer-use-preview-2025-03-11",
        "gpt-5.5-pro",
        "gpt-5.5-pro-2026-04-23",
        "gpt-5-codex",
        "gpt-5-pro",
        "gpt-5-pro-2025-10-06",
        "gpt-5.1-codex-max",
        "gpt-daybreak-blue-latest",
        "gpt-daybreak-red-latest",
        "gpt-5.6-cyber",
    ],
)
"""
The model to use, such as `gpt-4o` or `o3`. Any model ID is accepted; the known IDs include models that only the Responses API serves.
"""


ServiceTier = TypeAliasType("ServiceTier", Literal["auto", "default", "flex", "scale", "priority", "fast"])
"""
A processing tier, trading latency and price.
"""


class SkillReference(BaseModel):
    """
    A skill uploaded earlier, by ID.
    """

    type: Literal["skill_reference"] = "skill_reference"
    """
    Always `skill_reference`.
    """
    skill_id: Annotated[str, Field(max_length=64, min_length=1)]
    """
    The ID of the skill.
    """
    version: str | None = None
    """
    Which version of the skill; the default one when left out.
    """


StopConfiguration1 = TypeAliasType(
    "StopConfiguration1", Annotated[list[str], Field(max_length=4, min_length=1)]
)
"""
Up to four sequences at which the model stops generating.
"""


StopConfiguration = TypeAliasType("StopConfiguration", str | StopConfiguration1)
"""
Up to four sequences at which the model stops generating.
"""


ToolAllowedCaller = TypeAliasType("ToolAllowedCaller", Literal["direct", "programmatic"])
"""
Who may invoke a tool.
"""


class ToolChoiceAllowed(BaseModel):
    """
    Limits the model to a subset of the given tools.
    """

    type: Literal["allowed_tools"] = "allowed_tools"
    """
    Always `allowed_tools`.
    """
    mode: Literal["auto", "required"]
    """
    `auto` lets the model choose; `required` makes it call one of the tools.
    """
    tools: list[dict[str, Any]]
    """
    Tool definitions the model may use, such as `{"type": "function", "name": "get_weather"}`.
    """


class ToolChoiceApplyPatch(BaseModel):
    """
    Makes the model use the apply patch tool.
    """

    type: Literal["apply_patch"] = "apply_patch"
    """
    Always `apply_patch`.
    """


class ToolChoiceCustom(BaseModel):
    """
    Makes the model call one particular custom tool.
    """

    type: Literal["custom"] = "custom"
    """
    Always `custom`.
    """
    name: str
    """
    The name of the custom tool.
    """


class ToolChoiceFunction(BaseModel):
    """
    Makes the model call one particular function.
    """

    type: Literal["function"] = "function"
    """
    Always `function`.
    """
    name: str
    """
    The name of the function.
    """


class ToolChoiceMcp(BaseModel):
    """
    Makes the model call a tool of one MCP server.
    """

    type: Literal["mcp"] = "mcp"
    """
    Always `mcp`.
    """
    server_label: str
    """
    The label of the MCP server.
    """
    name: str | None = None
    """
    The tool to call on that server.
    """


ToolChoiceOptions = TypeAliasType("ToolChoiceOptions", Literal["none", "auto", "required"])
"""
`none`: reply with text only. `auto`: the model decides. `required`: call at least one tool.
"""


class ToolChoiceProgrammaticToolCalling(BaseModel):
    """
    Makes the model write a program that calls tools.
    """

    type: Literal["programmatic_tool_calling"] = "programmatic_tool_calling"
    """
    Always `programmatic_tool_calling`.
    """


class ToolChoiceShell(BaseModel):
    """
    Makes the model use the shell tool.
    """

    type: Literal["shell"] = "shell"
    """
    Always `shell`.
    """


class ToolChoiceTypes(BaseModel):
    """
    Makes the model use a built-in tool.
    """

    type: Literal[
        "file_search",
        "web_search_preview",
        "computer",
        "computer_use_preview",
        "computer_use",
        "web_search_preview_2025_03_11",
        "image_generation",
        "code_interpreter",
    ]
    """
    The built-in tool to use.
    """


ToolSearchExecution = TypeAliasType("ToolSearchExecution", Literal["server", "client"])
"""
Where a tool search runs.
"""


class ToolSearchParameters(BaseModel):
    """
    An object whose fields are given by the tool.
    """


class ToolSearchTool(BaseModel):
    """
    Lets the model search for tools whose loading was deferred.
    """

    type: Literal["tool_search"] = "tool_search"
    """
    Always `tool_search`.
    """
    execution: ToolSearchExecution | None = None
    """
    Whether the search runs on the server or is carried out by the caller.
    """
    description: str | None = None
    """
    What the tool search is for, to help the model.
    """
    parameters: ToolSearchParameters | None = None
    """
    A JSON Schema of the search arguments, for client-side search.
    """


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


TranscriptionInclude = TypeAliasType("TranscriptionInclude", Literal["logprobs"])
"""
Extra data a transcription can include.
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


class UpdateChatCompletionRequest(BaseModel):
    """
    The new metadata of a stored completion.
    """

    metadata: Metadata | None
    """
    The key-value pairs that replace the current ones; null removes them all.
    """


class Upload(BaseModel):
    """
    A file being sent in parts.
    """

    id: str
    """
    The Upload ID.
    """
    object: Literal["upload"] | None = None
    """
    Always `upload`.
    """
    bytes: int
    """
    The size the finished file will have, in bytes.
    """
    created_at: int
    """
    When the Upload was started, in Unix seconds.
    """
    expires_at: int
    """
    When the Upload lapses if it is not completed, in Unix seconds.
    """
    filename: str
    """
    The name of the file being sent.
    """
    purpose: str
    """
    What the finished file is for.
    """
    status: Literal["pending", "completed", "cancelled", "expired"]
    """
    Where the Upload stands.
    """
    file: OpenAIFile | None = None
    """
    The finished File, once the Upload is completed; absent or null before.
    """


class UploadPart(BaseModel):
    """
    One part received for an Upload.
    """

    id: str
    """
    The part ID, listed when completing the Upload.
    """
    object: Literal["upload.part"] = "upload.part"
    """
    Always `upload.part`.
    """
    created_at: int
    """
    When the part arrived, in Unix seconds.
    """
    upload_id: str
    """
    The Upload this part belongs to.
    """


class VadConfig(BaseModel):
    """
    Voice-activity detection settings for cutting audio into chunks.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["server_vad"] = "server_vad"
    """
    Always `server_vad`.
    """
    prefix_padding_ms: int = 300
    """
    Milliseconds of audio kept before detected speech.
    """
    silence_duration_ms: int = 200
    """
    Milliseconds of silence that end a stretch of speech.
    """
    threshold: float = 0.5
    """
    How loud audio must be to count as speech, from 0 to 1.
    """


VectorStoreFileAttributes = TypeAliasType(
    "VectorStoreFileAttributes",
    Annotated[
        dict[Annotated[str, StringConstraints(max_length=64)], str | float | bool], Field(max_length=16)
    ],
)
"""
Up to 16 key-value pairs stored with a file; keys are at most 64 characters, values are strings (up to 512 characters), numbers or booleans.
"""


class VoiceIdsOrCustomVoice1(BaseModel):
    """
    A built-in voice by name, such as `coral`, or an object naming a custom voice.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    id: str
    """
    The custom voice's ID.
    """


VoiceIdsShared = TypeAliasType(
    "VoiceIdsShared",
    str | Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"],
)
"""
The name of a voice; the known built-in ones are listed.
"""


class WebSearchActionFind(BaseModel):
    """
    The tool looked for a pattern in a page.
    """

    type: Literal["find_in_page"] = "find_in_page"
    """
    Always `find_in_page`.
    """
    url: str
    """
    The page's URL.
    """
    pattern: str
    """
    What was looked for.
    """


class WebSearchActionOpenPage(BaseModel):
    """
    The tool opened a page.
    """

    type: Literal["open_page"] = "open_page"
    """
    Always `open_page`.
    """
    url: str | None = None
    """
    The page's URL.
    """


class WebSearchApproximateLocation(BaseModel):
    """
    A rough location of the user, to make results local.
    """

    type: Literal["approximate"] = "approximate"
    """
    Always `approximate`.
    """
    country: str | None = None
    """
    A two-letter ISO country code, such as `US`.
    """
    region: str | None = None
    """
    A region, such as `California`.
    """
    city: str | None = None
    """
    A city, such as `San Francisco`.
    """
    timezone: str | None = None
    """
    An IANA time zone, such as `America/Los_Angeles`.
    """


class WebSearchLocation(BaseModel):
    """
    Location details in free text.
    """

    country: str | None = None
    """
    The two-letter ISO country code, such as `US`.
    """
    region: str | None = None
    """
    The region or state, such as `California`.
    """
    city: str | None = None
    """
    The city, such as `San Francisco`.
    """
    timezone: str | None = None
    """
    The IANA time zone, such as `America/Los_Angeles`.
    """


class WebSearchPreviewLocation(BaseModel):
    """
    A rough location of the user, to make results local.
    """

    type: Literal["approximate"] = "approximate"
    """
    Always `approximate`.
    """
    country: str | None = None
    """
    A two-letter ISO country code, such as `US`.
    """
    region: str | None = None
    """
    A region, such as `California`.
    """
    city: str | None = None
    """
    A city, such as `San Francisco`.
    """
    timezone: str | None = None
    """
    An IANA time zone, such as `America/Los_Angeles`.
    """


class WebSearchPreviewTool(BaseModel):
    """
    Searches the web (the earlier preview version).
    """

    type: Literal["web_search_preview", "web_search_preview_2025_03_11"]
    """
    `web_search_preview`, or a dated version of it.
    """
    user_location: WebSearchPreviewLocation | None = None
    """
    The user's rough location.
    """
    search_context_size: Literal["low", "medium", "high"] | None = None
    """
    How much context to gather from the web for the answer.
    """
    search_content_types: list[Literal["text", "image"]] | None = None
    """
    Which kinds of content to search.
    """


class WebSearchSource(BaseModel):
    """
    A source the search drew on.
    """

    type: Literal["url"] = "url"
    """
    Always `url`.
    """
    url: str
    """
    The source's URL.
    """


class WebSearchToolFilters(BaseModel):
    """
    Limits on what the search may look at.
    """

    allowed_domains: list[str] | None = []
    """
    Only search these domains (and their subdomains).
    """


class WebSearchUserLocation(BaseModel):
    """
    An approximate user location.
    """

    type: Literal["approximate"] = "approximate"
    """
    Always `approximate`.
    """
    approximate: WebSearchLocation


ApplyPatchOperationParam = TypeAliasType(
    "ApplyPatchOperationParam",
    Annotated[
        ApplyPatchCreateFileParam | ApplyPatchDeleteFileParam | ApplyPatchUpdateFileParam,
        Field(discriminator="type"),
    ],
)
"""
A change to one file, told apart by `type`.
"""


class ApplyPatchTool(BaseModel):
    """
    Lets the model create, change and delete files by emitting patches.
    """

    type: Literal["apply_patch"] = "apply_patch"
    """
    Always `apply_patch`.
    """
    allowed_callers: Annotated[list[ToolAllowedCaller] | None, Field(min_length=1)] = None
    """
    Who may invoke this tool: the model directly, programs it runs, or both.
    """


class Batch(BaseModel):
    """
    A batch of requests and how far it has got.
    """

    id: str
    """
    The batch ID.
    """
    object: Literal["batch"] = "batch"
    """
    Always `batch`.
    """
    endpoint: str
    """
    The endpoint the requests go to, such as `/v1/chat/completions`.
    """
    model: str | None = None
    """
    The model that served the requests, such as `gpt-4o-mini-2024-07-18`.
    """
    errors: BatchErrors | None = None
    input_file_id: str
    """
    The file the requests were read from.
    """
    completion_window: str
    """
    How long the batch may take, such as `24h`.
    """
    status: Literal[
        "validating", "failed", "in_progress", "finalizing", "completed", "expired", "cancelling", "cancelled"
    ]
    """
    Where the batch stands.
    """
    output_file_id: str | None = None
    """
    The file with the answers of the requests that succeeded.
    """
    error_file_id: str | None = None
    """
    The file with the answers of the requests that failed.
    """
    created_at: int
    """
    When the batch was created, in Unix seconds.
    """
    in_progress_at: int | None = None
    """
    When it started running, in Unix seconds.
    """
    expires_at: int | None = None
    """
    When it expires if unfinished, in Unix seconds.
    """
    finalizing_at: int | None = None
    """
    When it started finalizing, in Unix seconds.
    """
    completed_at: int | None = None
    """
    When it completed, in Unix seconds.
    """
    failed_at: int | None = None
    """
    When it failed, in Unix seconds.
    """
    expired_at: int | None = None
    """
    When it expired, in Unix seconds.
    """
    cancelling_at: int | None = None
    """
    When cancelling began, in Unix seconds.
    """
    cancelled_at: int | None = None
    """
    When it was cancelled, in Unix seconds.
    """
    request_counts: BatchRequestCounts | None = None
    usage: BatchUsage | None = None
    metadata: Metadata | None = None
    """
    The key-value pairs attached to the batch.
    """


class ChatCompletionFunctions(BaseModel):
    """
    Replaced by function tools. A function the model may call.
    """

    name: str
    """
    The function's name: letters, digits, underscores and dashes, at most 64 characters.
    """
    description: str | None = None
    """
    What the function does, to help the model decide when to call it.
    """
    parameters: FunctionParameters | None = None


ChatCompletionRequestAssistantMessageContentPart = TypeAliasType(
    "ChatCompletionRequestAssistantMessageContentPart",
    Annotated[
        ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartRefusal,
        Field(discriminator="type"),
    ],
)
"""
One part of an assistant message, told apart by its `type`.
"""


Content1 = TypeAliasType(
    "Content1", Annotated[list[ChatCompletionRequestMessageContentPartText], Field(min_length=1)]
)
"""
The instructions, as a string or a list of text parts.
"""


class ChatCompletionRequestDeveloperMessage(BaseModel):
    """
    Instructions from the developer that the model should follow whatever the user says. Takes the place of `system` for newer models.
    """

    role: Literal["developer"] = "developer"
    """
    Always `developer`.
    """
    content: str | Content1
    """
    The instructions, as a string or a list of text parts.
    """
    name: str | None = None
    """
    An optional name to tell apart participants with the same role.
    """


Content4 = TypeAliasType(
    "Content4", Annotated[list[ChatCompletionRequestUserMessageContentPart], Field(min_length=1)]
)
"""
The message, as a string or a list of parts mixing text, images, audio and files.
"""


class ChatCompletionRequestUserMessage(BaseModel):
    """
    A message written by the end user.
    """

    role: Literal["user"] = "user"
    """
    Always `user`.
    """
    content: str | Content4
    """
    The message, as a string or a list of parts mixing text, images, audio and files.
    """
    name: str | None = None
    """
    An optional name to tell apart participants with the same role.
    """


ChatCompletionResponseFormat = TypeAliasType(
    "ChatCompletionResponseFormat",
    Annotated[
        ResponseFormatText | ResponseFormatJsonSchema | ResponseFormatJsonObject, Field(discriminator="type")
    ],
)
"""
The shape of the reply: plain text, JSON that follows a given schema, or any valid JSON object.
"""


class ChatCompletionStoreMessage(BaseModel):
    """
    A message of a stored completion's conversation, with its own ID. The listing returns the request's messages, so unlike a reply it may have any role and need not carry `refusal`.
    """

    id: str
    """
    The message's ID.
    """
    role: Literal["developer", "system", "user", "assistant", "tool", "function"]
    """
    Who wrote the message.
    """
    content: str | None
    """
    The message's text, if any.
    """
    refusal: str | None = None
    """
    The model's refusal message, if it refused.
    """
    content_parts: list[ChatCompletionStoreMessageContentPart] | None = None
    """
    The text and image parts, when the message was sent as a list of parts; null otherwise.
    """
    tool_calls: list[ChatCompletionMessageToolCallUnion] | None = None
    """
    The tool calls the model made.
    """
    annotations: list[ChatCompletionAnnotation] | None = None
    """
    Notes on the text, such as citations of web pages.
    """
    audio: ChatCompletionAudio | None = None
    """
    The spoken reply, when there was one.
    """
    function_call: Annotated[FunctionCall2 | None, Field(deprecated=True)] = None
    """
    Replaced by `tool_calls`. The function the model called.
    """


class ChatCompletionTokenLogprob(BaseModel):
    """
    The log probability of one output token and of its likeliest alternatives.
    """

    token: str
    """
    The token.
    """
    logprob: float
    """
    The token's log probability; -9999.0 stands for very unlikely.
    """
    bytes: list[int] | None
    """
    The token's UTF-8 bytes, useful when a character spans several tokens; null if the token has no byte form.
    """
    top_logprobs: list[ChatCompletionTopLogprob]
    """
    The likeliest tokens at this position.
    """


class CompletionChoice(BaseModel):
    """
    One generated completion.
    """

    finish_reason: Literal["stop", "length", "content_filter"] | None
    """
    Why generation ended: a natural stop or stop sequence (`stop`), the token limit (`length`), or the content filter (`content_filter`). Null in the chunks of a stream until the last one.
    """
    index: int
    """
    The position of this choice in the list.
    """
    logprobs: CompletionLogprobs | None
    """
    Token log probabilities, when `logprobs` was requested.
    """
    text: str
    """
    The generated text.
    """


class CompletionUsage(BaseModel):
    """
    Token counts for a completion request.
    """

    completion_tokens: int
    """
    Tokens in the generated output.
    """
    prompt_tokens: int
    """
    Tokens in the prompt.
    """
    total_tokens: int
    """
    Prompt and completion tokens together.
    """
    completion_tokens_details: CompletionTokensDetails | None = None
    prompt_tokens_details: PromptTokensDetails | None = None


class ComputerActionDrag(BaseModel):
    """
    Drag the mouse along a path.
    """

    type: Literal["drag"] = "drag"
    """
    Always `drag`.
    """
    path: list[ComputerActionDragPoint]
    """
    The points to drag through, starting where the drag begins.
    """
    keys: list[str] | None = None
    """
    Keys held down during the action, such as `CTRL`.
    """


class ContainerNetworkPolicyAllowlist(BaseModel):
    """
    Network access limited to some domains.
    """

    type: Literal["allowlist"] = "allowlist"
    """
    Always `allowlist`.
    """
    allowed_domains: Annotated[list[str], Field(min_length=1)]
    """
    The domains the container may reach.
    """
    domain_secrets: Annotated[list[ContainerNetworkPolicyDomainSecret] | None, Field(min_length=1)] = None
    """
    Secrets to send to some of those domains.
    """


class CreateBatchRequest(BaseModel):
    """
    What to run as a batch.
    """

    input_file_id: str
    """
    A file uploaded with purpose `batch`: a JSONL file of up to 50000 requests and 200 MB, all for the same endpoint.
    """
    endpoint: Literal[
        "/v1/responses",
        "/v1/chat/completions",
        "/v1/embeddings",
        "/v1/completions",
        "/v1/moderations",
        "/v1/images/generations",
        "/v1/images/edits",
        "/v1/videos",
    ]
    """
    The endpoint every request of the file goes to. Embedding batches may hold at most 50000 inputs in all.
    """
    completion_window: Literal["24h"] = "24h"
    """
    How long the batch may take; only `24h` for now.
    """
    metadata: Metadata | None = None
    """
    Up to 16 string key-value pairs to attach to the batch.
    """
    output_expires_after: FileExpirationAfter | None = None


class CreateCompletionRequest(BaseModel):
    """
    Parameters for a legacy text completion.
    """

    model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]
    """
    The ID of the completions model to use.
    """
    prompt: str | list[str] | Prompt | Prompt1 | None
    """
    The text to complete: a string, a list of strings, a list of token IDs, or a list of token-ID lists. Lists produce one completion each.
    """
    best_of: Annotated[int | None, Field(ge=0, le=20)] = 1
    """
    Generate this many candidates on the server and return the best ones (highest log probability per token). Must exceed `n` when both are given; cannot be used with streaming.
    """
    echo: bool | None = False
    """
    Whether to repeat the prompt before the completion.
    """
    frequency_penalty: Annotated[float | None, Field(ge=-2.0, le=2.0)] = 0
    """
    Between -2 and 2. Positive values lower the chance of repeating tokens in proportion to how often they already appeared.
    """
    logit_bias: dict[str, Any] | None = None
    """
    Maps token IDs (as strings) to a bias from -100 to 100 added to their logits before sampling.
    """
    logprobs: Annotated[int | None, Field(ge=0, le=5)] = None
    """
    Return the log probabilities of this many most likely tokens at each position (at most 5).
    """
    max_tokens: Annotated[int | None, Field(ge=0)] = 16
    """
    The most tokens to generate for each completion.
    """
    n: Annotated[int | None, Field(ge=1, le=128)] = 1
    """
    The number of completions to return per prompt.
    """
    presence_penalty: Annotated[float | None, Field(ge=-2.0, le=2.0)] = 0
    """
    Between -2 and 2. Positive values lower the chance of reusing any token that has already appeared, nudging toward new topics.
    """
    seed: int | None = None
    """
    Best-effort deterministic sampling: sending this number again with identical settings tends to reproduce the output.
    """
    stop: StopConfiguration | None = None
    """
    Up to four sequences at which generation stops; the stop text is not returned.
    """
    stream: bool | None = False
    """
    Send the completion back as server-sent events while it is generated.
    """
    stream_options: ChatCompletionStreamOptions | None = None
    """
    Options for streaming; only allowed when `stream` is true.
    """
    suffix: str | None = None
    """
    Text that follows the inserted completion; only `gpt-3.5-turbo-instruct` accepts it.
    """
    temperature: Annotated[float | None, Field(ge=0.0, le=2.0)] = 1
    """
    Sampling temperature between 0 and 2; higher is more random. Tune this or `top_p`, not both.
    """
    top_p: Annotated[float | None, Field(ge=0.0, le=1.0)] = 1
    """
    Nucleus sampling: only tokens within this top probability mass are considered. Tune this or `temperature`, not both.
    """
    user: str | None = None
    """
    A stable identifier for your end user, to help detect abuse.
    """


class CreateCompletionResponse(BaseModel):
    """
    A completion result. When streaming, each event carries one of these with a partial text.
    """

    id: str
    """
    A unique ID for the completion.
    """
    choices: list[CompletionChoice]
    """
    The generated completions, one per prompt and `n`.
    """
    created: int
    """
    When the completion was created, in Unix seconds.
    """
    model: str
    """
    The model that produced the completion.
    """
    system_fingerprint: str | None = None
    """
    Identifies the backend configuration that served the request.
    """
    object: Literal["text_completion"] = "text_completion"
    """
    Always `text_completion`.
    """
    usage: CompletionUsage | None = None


class CreateEmbeddingResponse(BaseModel):
    """
    The embeddings for a request.
    """

    data: list[Embedding]
    """
    One embedding per input, in input order.
    """
    model: str
    """
    The model that produced the embeddings.
    """
    object: Literal["list"] = "list"
    """
    Always `list`.
    """
    usage: EmbeddingUsage


class CreateFileRequest(BaseModel):
    """
    A file to store, and what it is for.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    file: bytes
    """
    The content to upload (the file itself, not its name).
    """
    purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"]
    """
    What the file is for: `assistants`, `batch` input, `fine-tune` training data, `vision` fine-tuning images, `user_data` for anything else, or `evals` data sets.
    """
    expires_after: FileExpirationAfter | None = None


class CreateFineTuningJobHyperparameters(BaseModel):
    """
    Training settings; superseded by `method`, where they now belong.
    """

    batch_size: FineTuneBatchSize | None = "auto"
    learning_rate_multiplier: FineTuneLearningRateMultiplier | None = "auto"
    n_epochs: FineTuneEpochs | None = "auto"


class CreateImageEditRequest(BaseModel):
    """
    Parameters for editing images, sent as a multipart form.
    """

    image: bytes | Image
    """
    The picture to change: one file, or a list of up to 16 for the GPT image models (png, webp or jpg, each under 50 MB). dall-e-2 takes a single square png under 4 MB. A list goes on the wire as `image[]` parts.
    """
    prompt: str
    """
    The edit to make, in words. GPT image models take up to 32000 characters, dall-e-2 up to 1000.
    """
    mask: bytes | None = None
    """
    A png the size of the (first) image; its fully transparent pixels mark the area that may be changed.
    """
    background: Literal["transparent", "opaque", "auto"] | None = "auto"
    """
    Transparent, opaque, or left to the model; GPT image models only. Transparent needs `png` or `webp` output.
    """
    model: (
        str
        | Literal[
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "dall-e-2",
            "gpt-image-1",
            "gpt-image-1-mini",
            "chatgpt-image-latest",
        ]
        | None
    ) = "gpt-image-1.5"
    """
    The image model to use.
    """
    n: Annotated[int | None, Field(ge=1, le=10)] = 1
    """
    How many edited images to return.
    """
    size: str | Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"] | None = (
        "1024x1024"
    )
    """
    The output size as `WIDTHxHEIGHT` in pixels, or `auto`; which sizes work depends on the model (dall-e-2: 256x256, 512x512 or 1024x1024).
    """
    response_format: Literal["url", "b64_json"] | None = None
    """
    For dall-e-2, URLs (valid for an hour) or base64 data; GPT image models always return base64.
    """
    output_format: Literal["png", "jpeg", "webp"] | None = "png"
    """
    The file format of the images; GPT image models only.
    """
    output_compression: int | None = 100
    """
    Compression level from 0 to 100 for `jpeg` and `webp` output; GPT image models only.
    """
    user: str | None = None
    """
    A stable identifier for your end user, to help detect abuse.
    """
    input_fidelity: InputFidelity | None = None
    quality: Literal["standard", "low", "medium", "high", "auto"] | None = "auto"
    """
    Image quality for GPT image models; `auto` picks for you.
    """


class CreateTranscriptionRequest(BaseModel):
    """
    Parameters for transcribing audio, sent as a multipart form.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    file: bytes
    """
    The recording, in a common audio or video format (mp3, wav, m4a, webm, ogg, flac, mp4 ...). Give it a filename with the right extension so the format can be recognised.
    """
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
    )
    """
    The speech-to-text model.
    """
    language: str | None = None
    """
    The spoken language as an ISO-639-1 code (such as `de`), if known.
    """
    languages: Annotated[list[str] | None, Field(min_length=1)] = None
    """
    Languages the recording may be in, as ISO-639-1 codes; gpt-transcribe only.
    """
    keywords: list[str] | None = None
    """
    Words or phrases likely to occur, as hints; gpt-transcribe only.
    """
    prompt: str | None = None
    """
    Text in the recording's language that sets the style or carries on from an earlier segment; not for gpt-4o-transcribe-diarize.
    """
    response_format: AudioResponseFormat | None = "json"
    temperature: float = 0
    """
    Sampling temperature from 0 to 1; at 0 the model raises it by itself where it is unsure.
    """
    include: list[TranscriptionInclude] | None = None
    """
    Extra data in the answer: `logprobs` adds token log probabilities (`json` format and the gpt-4o transcribe models only).
    """
    timestamp_granularities: list[Literal["word", "segment"]] = ["segment"]
    """
    Which timestamps a `verbose_json` answer carries: per `word`, per `segment`, or both. Word timestamps make the request slower.
    """
    chunking_strategy: Literal["auto"] | VadConfig | None = None
    """
    How the recording is split before transcribing: `auto` lets the server choose by voice detection, a `server_vad` object tunes that detection. Unset, the audio is one block.
    """
    known_speaker_names: Annotated[list[str] | None, Field(max_length=4)] = None
    """
    Up to four short labels for speakers whose voice samples are given in `known_speaker_references`, in the same order.
    """
    known_speaker_references: Annotated[list[str] | None, Field(max_length=4)] = None
    """
    Voice samples of 2 to 10 seconds as data URLs, one per name in `known_speaker_names`.
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


class CreateUploadRequest(BaseModel):
    """
    The file an Upload will produce.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    filename: str
    """
    The name the finished file will have.
    """
    purpose: Literal["assistants", "batch", "fine-tune", "vision"]
    """
    What the finished file is for, as for a file uploaded in one go.
    """
    bytes: int
    """
    The total size of the file, in bytes; the parts must add up to it.
    """
    mime_type: str
    """
    The file's MIME type, such as `text/jsonl`; it has to be one the purpose accepts.
    """
    expires_after: FileExpirationAfter | None = None


class CustomTool(BaseModel):
    """
    A tool you run that takes free text, optionally shaped by a grammar.
    """

    type: Literal["custom"] = "custom"
    """
    Always `custom`.
    """
    name: str
    """
    The tool's name, used in calls to it.
    """
    description: str | None = None
    """
    What the tool does, to help the model decide when to call it.
    """
    format: Annotated[
        CustomToolInputFormatText | CustomToolInputFormatGrammar | None, Field(discriminator="type")
    ] = None
    """
    The form the tool's input takes; free text by default.
    """
    defer_loading: bool | None = None
    """
    Load the tool's definition only when tool search finds it.
    """
    allowed_callers: Annotated[list[ToolAllowedCaller] | None, Field(min_length=1)] = None
    """
    Who may invoke this tool: the model directly, programs it runs, or both.
    """


class Custom2(BaseModel):
    """
    The definition of the custom tool.
    """

    name: str
    """
    The tool's name, used to refer to it in tool calls.
    """
    description: str | None = None
    """
    What the tool does, to help the model decide when to call it.
    """
    format: Annotated[CustomToolFormatText | CustomToolFormatGrammar | None, Field(discriminator="type")] = (
        None
    )
    """
    The form the tool's input takes; unconstrained text by default.
    """


class CustomToolChatCompletions(BaseModel):
    """
    A custom tool that takes free text, optionally shaped by a grammar.
    """

    type: Literal["custom"] = "custom"
    """
    Always `custom`.
    """
    custom: Custom2
    """
    The definition of the custom tool.
    """


EvalItemContentItem = TypeAliasType(
    "EvalItemContentItem", str | EvalInputText | EvalOutputText | EvalInputImage | EvalInputAudio
)
"""
A plain string, or a typed piece of text, image or audio.
"""


class FineTuneDPOHyperparameters(BaseModel):
    """
    Training settings of a DPO job.
    """

    beta: Literal["auto"] | Beta = "auto"
    """
    How strongly the trained model is held near the reference model: above 0 and at most 2, or `auto`.
    """
    batch_size: FineTuneBatchSize | None = "auto"
    learning_rate_multiplier: FineTuneLearningRateMultiplier | None = "auto"
    n_epochs: FineTuneEpochs | None = "auto"


class FineTuneDPOMethod(BaseModel):
    """
    Settings of direct preference optimization, on pairs of preferred and rejected replies.
    """

    hyperparameters: FineTuneDPOHyperparameters | None = None


class FineTuningIntegration(BaseModel):
    """
    Reporting of a job's progress to Weights and Biases.
    """

    type: Literal["wandb"] = "wandb"
    """
    Always `wandb`, the only integration offered.
    """
    wandb: FineTuningIntegrationWandb


Integrations = TypeAliasType("Integrations", Annotated[list[FineTuningIntegration], Field(max_length=5)])
"""
The services the job reports its progress to.
"""


class FineTuningJobCheckpoint(BaseModel):
    """
    A usable model saved at some step of a job.
    """

    id: str
    """
    The checkpoint's ID.
    """
    object: Literal["fine_tuning.job.checkpoint"] = "fine_tuning.job.checkpoint"
    """
    Always `fine_tuning.job.checkpoint`.
    """
    created_at: int
    """
    When the checkpoint was saved, in Unix seconds.
    """
    fine_tuned_model_checkpoint: str
    """
    The model name under which the checkpoint can be used.
    """
    fine_tuning_job_id: str
    """
    The job that saved it.
    """
    step_number: int
    """
    The training step at which it was saved.
    """
    metrics: FineTuningJobCheckpointMetrics


class FunctionObject(BaseModel):
    """
    The definition of a function tool.
    """

    name: str
    """
    The function's name: letters, digits, underscores and dashes, at most 64 characters.
    """
    description: str | None = None
    """
    What the function does, to help the model decide when to call it.
    """
    parameters: FunctionParameters | None = None
    strict: bool | None = False
    """
    When true, the model's arguments follow `parameters` exactly. Strict mode accepts only part of JSON Schema.
    """


class FunctionTool(BaseModel):
    """
    A function you define and run; the model decides when to call it and with what.
    """

    type: Literal["function"] = "function"
    """
    Always `function`.
    """
    name: str
    """
    The function's name.
    """
    description: str | None = None
    """
    What the function does, to help the model decide when to call it.
    """
    parameters: dict[str, Any] | None
    """
    The function's arguments, as a JSON Schema object.
    """
    output_schema: dict[str, Any] | None = None
    """
    A JSON Schema of what the function returns.
    """
    strict: bool | None
    """
    When true, the model's arguments follow `parameters` exactly.
    """
    defer_loading: bool | None = None
    """
    Load the tool's definition only when tool search finds it.
    """
    allowed_callers: list[ToolAllowedCaller] | None = None
    """
    Who may invoke this tool: the model directly, programs it runs, or both.
    """


class InlineSkill(BaseModel):
    """
    A skill given inline as a zip archive.
    """

    type: Literal["inline"] = "inline"
    """
    Always `inline`.
    """
    name: str
    """
    The skill's name.
    """
    description: str
    """
    What the skill does.
    """
    source: InlineSkillSource
    """
    The skill's files.
    """


class ListBatchesResponse(BaseModel):
    """
    One page of batches.
    """

    object: Literal["list"] = "list"
    """
    Always `list`.
    """
    data: list[Batch]
    """
    The batches on this page.
    """
    first_id: str | None = None
    """
    ID of the first batch on this page.
    """
    last_id: str | None = None
    """
    ID of the last batch on this page; pass it as `after` for the next one.
    """
    has_more: bool
    """
    Whether more batches follow this page.
    """


class ListFilesResponse(BaseModel):
    """
    One page of files.
    """

    object: str
    """
    Always `list`.
    """
    data: list[OpenAIFile]
    """
    The files on this page.
    """
    first_id: str
    """
    ID of the first file on this page.
    """
    last_id: str
    """
    ID of the last file on this page; pass it as `after` for the next one.
    """
    has_more: bool
    """
    Whether more files follow this page.
    """


class ListFineTuningJobCheckpointsResponse(BaseModel):
    """
    A page of a job's checkpoints.
    """

    object: Literal["list"] = "list"
    """
    Always `list`.
    """
    data: list[FineTuningJobCheckpoint]
    """
    The checkpoints on this page.
    """
    first_id: str | None = None
    """
    ID of the first checkpoint on this page.
    """
    last_id: str | None = None
    """
    ID of the last checkpoint on this page.
    """
    has_more: bool
    """
    Whether more checkpoints follow this page.
    """


class ListModelsResponse(BaseModel):
    """
    The list of models, returned as a single page.
    """

    object: Literal["list"] = "list"
    """
    Always `list`.
    """
    data: list[Model]
    """
    The models.
    """


class LocalEnvironment(BaseModel):
    """
    Your own machine runs the commands.
    """

    type: Literal["local"] = "local"
    """
    Always `local`.
    """
    skills: Annotated[list[LocalSkill] | None, Field(max_length=200)] = None
    """
    Skills available on your machine.
    """


class McpToolApprovalFilter(BaseModel):
    """
    Which MCP tools always need approval and which never do.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    always: McpToolFilter | None = None
    """
    Tools that always need approval.
    """
    never: McpToolFilter | None = None
    """
    Tools that never need approval.
    """


class Moderation(BaseModel):
    """
    The verdict on one input.
    """

    flagged: bool
    """
    True when any category is flagged.
    """
    categories: ModerationCategories
    category_scores: ModerationCategoryScores
    category_applied_input_types: ModerationCategoryAppliedInputTypes


ModerationInputPart = TypeAliasType("ModerationInputPart", ModerationImageURLInput | ModerationTextInput)
"""
One part of a multi-modal moderation input.
"""


class NamespaceFunctionTool(BaseModel):
    """
    A function tool inside a namespace.
    """

    name: Annotated[str, Field(max_length=128, min_length=1, pattern="^[a-zA-Z0-9_-]+$")]
    """
    The function's name.
    """
    description: str | None = None
    """
    What the function does, to help the model decide when to call it.
    """
    parameters: ToolSearchParameters | None = None
    """
    The function's arguments, as a JSON Schema object.
    """
    strict: bool | None = None
    """
    When true, the model's arguments follow `parameters` exactly.
    """
    type: Literal["function"] = "function"
    """
    Always `function`.
    """
    output_schema: dict[str, Any] | None = None
    """
    A JSON Schema of what the function returns.
    """
    defer_loading: bool | None = None
    """
    Load the tool's definition only when tool search finds it.
    """
    allowed_callers: Annotated[list[ToolAllowedCaller] | None, Field(min_length=1)] = None
    """
    Who may invoke this tool: the model directly, programs it runs, or both.
    """


NamespacedTool = TypeAliasType(
    "NamespacedTool", Annotated[NamespaceFunctionTool | CustomTool, Field(discriminator="type")]
)
"""
A tool inside a namespace, told apart by `type`.
"""


class ResponseApplyPatchToolCall(BaseModel):
    """
    A file change the model wants applied with the apply patch tool.
    """

    type: Literal["apply_patch_call"] = "apply_patch_call"
    """
    Always `apply_patch_call`.
    """
    id: str
    """
    The ID of the item.
    """
    call_id: str
    """
    The ID that ties a tool call to its output.
    """
    caller: ResponseToolCaller | None = None
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    status: Literal["in_progress", "completed"]
    """
    Where the item stands.
    """
    operation: Annotated[
        ApplyPatchCreateFile | ApplyPatchDeleteFile | ApplyPatchUpdateFile, Field(discriminator="type")
    ]
    """
    The change to make.
    """
    created_by: str | None = None
    """
    Who created the item.
    """


class ResponseApplyPatchToolCallOutput(BaseModel):
    """
    The result of applying a patch.
    """

    type: Literal["apply_patch_call_output"] = "apply_patch_call_output"
    """
    Always `apply_patch_call_output`.
    """
    id: str
    """
    The ID of the item.
    """
    call_id: str
    """
    The ID that ties a tool call to its output.
    """
    caller: ResponseToolCaller | None = None
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    status: Literal["completed", "failed"]
    """
    Where the item stands.
    """
    output: str | None = None
    """
    A log or message from applying the patch.
    """
    created_by: str | None = None
    """
    Who created the item.
    """


class ResponseApplyPatchToolCallOutputParam(BaseModel):
    """
    The result of applying a patch, sent back to the model.
    """

    type: Literal["apply_patch_call_output"] = "apply_patch_call_output"
    """
    Always `apply_patch_call_output`.
    """
    id: str | None = None
    """
    The ID of the item.
    """
    call_id: Annotated[str, Field(max_length=64, min_length=1)]
    """
    The ID that ties a tool call to its output.
    """
    caller: ResponseToolCallerParam | None = None
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    status: Literal["completed", "failed"]
    """
    Where the item stands.
    """
    output: Annotated[str | None, Field(max_length=10485760)] = None
    """
    A log or message from applying the patch.
    """


class ResponseApplyPatchToolCallParam(BaseModel):
    """
    A file change the model asked for, sent back as input.
    """

    type: Literal["apply_patch_call"] = "apply_patch_call"
    """
    Always `apply_patch_call`.
    """
    id: str | None = None
    """
    The ID of the item.
    """
    call_id: Annotated[str, Field(max_length=64, min_length=1)]
    """
    The ID that ties a tool call to its output.
    """
    caller: ResponseToolCallerParam | None = None
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    status: Literal["in_progress", "completed"]
    """
    Where the item stands.
    """
    operation: ApplyPatchOperationParam
    """
    The change to make.
    """


ResponseCodeInterpreterOutput = TypeAliasType(
    "ResponseCodeInterpreterOutput",
    Annotated[
        ResponseCodeInterpreterOutputLogs | ResponseCodeInterpreterOutputImage, Field(discriminator="type")
    ],
)
"""
Something the code produced, told apart by `type`.
"""


class ResponseCodeInterpreterToolCall(BaseModel):
    """
    Code run by the code interpreter tool.
    """

    type: Literal["code_interpreter_call"] = "code_interpreter_call"
    """
    Always `code_interpreter_call`.
    """
    id: str
    """
    The ID of the call.
    """
    status: Literal["in_progress", "completed", "incomplete", "interpreting", "failed"]
    """
    Where the item stands.
    """
    container_id: str
    """
    The ID of the container the code ran in.
    """
    code: str | None
    """
    The code that ran.
    """
    outputs: list[ResponseCodeInterpreterOutput] | None
    """
    What the code produced; present when `code_interpreter_call.outputs` is included.
    """


class ResponseComputerCallOutput(BaseModel):
    """
    A screenshot taken after carrying out a computer call, sent back to the model.
    """

    id: str | None = None
    """
    The ID of the item.
    """
    call_id: Annotated[str, Field(max_length=64, min_length=1)]
    """
    The ID that ties a tool call to its output.
    """
    type: Literal["computer_call_output"] = "computer_call_output"
    """
    Always `computer_call_output`.
    """
    output: ResponseComputerScreenshot
    """
    A screenshot of the screen after the action.
    """
    acknowledged_safety_checks: list[ResponseComputerSafetyCheck] | None = None
    """
    The safety checks you acknowledged.
    """
    status: ResponseItemStatus | None = None
    """
    Where the item stands.
    """


class ResponseCustomToolCall(BaseModel):
    """
    A call the model wants made to one of your custom tools.
    """

    type: Literal["custom_tool_call"] = "custom_tool_call"
    """
    Always `custom_tool_call`.
    """
    id: str | None = None
    """
    The ID of the item.
    """
    call_id: str
    """
    The ID that ties a tool call to its output.
    """
    caller: ResponseToolCaller | None = None
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    namespace: str | None = None
    """
    The namespace of the tool, when it belongs to one.
    """
    name: str
    """
    The name of the custom tool.
    """
    input: str
    """
    The input the model produced for the tool.
    """


class ResponseCustomToolCallItem(BaseModel):
    """
    A stored call to one of your custom tools.
    """

    type: Literal["custom_tool_call"] = "custom_tool_call"
    """
    Always `custom_tool_call`.
    """
    id: str
    """
    The ID of the item.
    """
    call_id: str
    """
    The ID that ties a tool call to its output.
    """
    caller: ResponseToolCaller | None = None
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    namespace: str | None = None
    """
    The namespace of the tool, when it belongs to one.
    """
    name: str
    """
    The name of the custom tool.
    """
    input: str
    """
    The input the model produced for the tool.
    """
    status: Literal["in_progress", "completed", "incomplete"]
    """
    Where the item stands.
    """
    created_by: str | None = None
    """
    Who created the item.
    """


class ResponseCustomToolCallOutput(BaseModel):
    """
    The result of a custom tool call, sent back to the model.
    """

    type: Literal["custom_tool_call_output"] = "custom_tool_call_output"
    """
    Always `custom_tool_call_output`.
    """
    id: str | None = None
    """
    The ID of the item.
    """
    call_id: str
    """
    The ID that ties a tool call to its output.
    """
    caller: ResponseToolCallerParam | None = None
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    output: str | list[ResponseToolOutputContent]
    """
    The tool's result: a string, or text, image and file parts.
    """


class ResponseCustomToolCallOutputItem(BaseModel):
    """
    The stored result of a custom tool call.
    """

    type: Literal["custom_tool_call_output"] = "custom_tool_call_output"
    """
    Always `custom_tool_call_output`.
    """
    id: str
    """
    The ID of the item.
    """
    call_id: str
    """
    The ID that ties a tool call to its output.
    """
    caller: ResponseToolCallerParam | None = None
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    output: str | list[ResponseToolOutputContent]
    """
    The tool's result: a string, or text, image and file parts.
    """
    status: Literal["in_progress", "completed", "incomplete"]
    """
    Where the item stands.
    """
    created_by: str | None = None
    """
    Who created the item.
    """


class ResponseFileSearchResult(BaseModel):
    """
    A chunk of a file that the search found.
    """

    file_id: str | None = None
    """
    The ID of the file.
    """
    text: str | None = None
    """
    The text of the chunk.
    """
    filename: str | None = None
    """
    The file's name.
    """
    attributes: VectorStoreFileAttributes | None = None
    """
    The attributes stored with the file.
    """
    score: float | None = None
    """
    How relevant the chunk is, between 0 and 1.
    """


class ResponseFileSearchToolCall(BaseModel):
    """
    A search of your vector stores by the file search tool.
    """

    id: str
    """
    The ID of the call.
    """
    type: Literal["file_search_call"] = "file_search_call"
    """
    Always `file_search_call`.
    """
    status: Literal["in_progress", "searching", "completed", "incomplete", "failed"]
    """
    Where the item stands.
    """
    queries: list[str]
    """
    The queries searched for.
    """
    results: list[ResponseFileSearchResult] | None = None
    """
    The chunks found; present when `file_search_call.results` is included.
    """


ResponseFormatTextConfig = TypeAliasType(
    "ResponseFormatTextConfig",
    Annotated[
        ResponseFormatText | ResponseFormatTextJSONSchemaConfig | ResponseFormatJsonObject,
        Field(discriminator="type"),
    ],
)
"""
The form of the text output, told apart by `type`.
"""


ResponseFunctionCallOutputContent = TypeAliasType(
    "ResponseFunctionCallOutputContent",
    Annotated[
        ResponseInputTextParam | ResponseInputImageParam | ResponseInputFileParam, Field(discriminator="type")
    ],
)
"""
One part of a function's output, told apart by `type`.
"""


class ResponseFunctionToolCall(BaseModel):
    """
    A call the model wants made to one of your functions.
    """

    id: str | None = None
    """
    The ID of the item.
    """
    type: Literal["function_call"] = "function_call"
    """
    Always `function_call`.
    """
    call_id: str
    """
    The ID to quote in the `function_call_output` that answers this call.
    """
    caller: ResponseToolCaller | None = None
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    namespace: str | None = None
    """
    The namespace of the tool, when it belongs to one.
    """
    name: str
    """
    The name of the function.
    """
    arguments: str
    """
    The arguments as a JSON string. The model may produce invalid JSON or unexpected keys, so validate before use.
    """
    status: Literal["in_progress", "completed", "incomplete"] | None = None
    """
    Where the item stands.
    """


class ResponseFunctionToolCallItem(BaseModel):
    """
    A stored call to one of your functions.
    """

    id: str
    """
    The ID of the item.
    """
    type: Literal["function_call"] = "function_call"
    """
    Always `function_call`.
    """
    call_id: str
    """
    The ID that ties a tool call to its output.
    """
    caller: ResponseToolCaller | None = None
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    namespace: str | None = None
    """
    The namespace of the tool, when it belongs to one.
    """
    name: str
    """
    The name of the function.
    """
    arguments: str
    """
    The arguments as a JSON string.
    """
    status: Literal["in_progress", "completed", "incomplete"]
    """
    Where the item stands.
    """
    created_by: str | None = None
    """
    Who created the item.
    """


class ResponseFunctionToolCallOutputItem(BaseModel):
    """
    The stored result of a function call.
    """

    id: str
    """
    The ID of the item.
    """
    type: Literal["function_call_output"] = "function_call_output"
    """
    Always `function_call_output`.
    """
    call_id: str | None = None
    """
    The ID that ties a tool call to its output.
    """
    name: str | None = None
    """
    The name of the function.
    """
    namespace: str | None = None
    """
    The namespace of the tool, when it belongs to one.
    """
    caller: ResponseToolCallerParam | None = None
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    output: str | list[ResponseToolOutputContent]
    """
    The function's result: a string, or text, image and file parts.
    """
    status: Literal["in_progress", "completed", "incomplete"]
    """
    Where the item stands.
    """
    created_by: str | None = None
    """
    Who created the item.
    """


ResponseInputContent = TypeAliasType(
    "ResponseInputContent",
    Annotated[ResponseInputText | ResponseInputImage | ResponseInputFile, Field(discriminator="type")],
)
"""
One part of an input message, told apart by `type`.
"""


class ResponseInputMessage(BaseModel):
    """
    A message from the user, the system or the developer, as a list of content parts.
    """

    type: Literal["message"] | None = None
    """
    Always `message`; may be left out.
    """
    role: Literal["user", "system", "developer"]
    """
    Who is speaking: `user`, `system` or `developer`.
    """
    status: Literal["in_progress", "completed", "incomplete"] | None = None
    """
    Where the message stands; filled in when items are returned.
    """
    content: list[ResponseInputContent]
    """
    The message, as a list of text, image and file parts.
    """


class ResponseInputMessageItem(BaseModel):
    """
    A stored input message.
    """

    type: Literal["message"] = "message"
    """
    Always `message`.
    """
    role: Literal["user", "system", "developer"]
    """
    Who was speaking: `user`, `system` or `developer`.
    """
    status: Literal["in_progress", "completed", "incomplete"] | None = None
    """
    Where the message stands.
    """
    content: list[ResponseInputContent]
    """
    The message, as a list of text, image and file parts.
    """
    id: str
    """
    The ID of the message.
    """


class ResponseLocalShellCall(BaseModel):
    """
    A command the model wants run in your local shell.
    """

    type: Literal["local_shell_call"] = "local_shell_call"
    """
    Always `local_shell_call`.
    """
    id: str
    """
    The ID of the call.
    """
    call_id: str
    """
    The ID that ties a tool call to its output.
    """
    action: ResponseLocalShellExecAction
    """
    The command to run.
    """
    status: Literal["in_progress", "completed", "incomplete"]
    """
    Where the item stands.
    """


ResponseMcpCallError = TypeAliasType(
    "ResponseMcpCallError",
    Annotated[
        ResponseMcpProtocolError | ResponseMcpToolExecutionError | ResponseMcpHTTPError,
        Field(discriminator="type"),
    ],
)
"""
Why an MCP tool call failed, told apart by `type`.
"""


class ResponseMcpListTools(BaseModel):
    """
    The tools an MCP server offers.
    """

    type: Literal["mcp_list_tools"] = "mcp_list_tools"
    """
    Always `mcp_list_tools`.
    """
    id: str
    """
    The ID of the item.
    """
    server_label: str
    """
    The label of the MCP server.
    """
    tools: list[ResponseMcpListToolsTool]
    """
    The tools the server offers.
    """
    error: str | None = None
    """
    Why the tools could not be listed, if they could not.
    """


ResponseModerationOutcome = TypeAliasType(
    "ResponseModerationOutcome",
    Annotated[ResponseModerationResult | ResponseModerationError, Field(discriminator="type")],
)
"""
The outcome of moderating one side, told apart by `type`.
"""


class ResponseModerationParam(BaseModel):
    """
    Run a moderation model over the input and output of this response.
    """

    model: str
    """
    The moderation model to use.
    """
    policy: ResponseModerationPolicy | None = None
    """
    What to do with the input and the output.
    """


ResponseOutputTextAnnotation = TypeAliasType(
    "ResponseOutputTextAnnotation",
    Annotated[
        ResponseFileCitation | ResponseURLCitation | ResponseContainerFileCitation | ResponseFilePath,
        Field(discriminator="type"),
    ],
)
"""
A citation or file reference attached to output text, told apart by `type`.
"""


class ResponseOutputTextAnnotationAddedEvent(BaseModel):
    """
    A citation was added to output text.
    """

    type: Literal["response.output_text.annotation.added"] = "response.output_text.annotation.added"
    """
    Always `response.output_text.annotation.added`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    content_index: int
    """
    Which content part of the item, by index.
    """
    annotation_index: int
    """
    The annotation's index within the part.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    annotation: ResponseOutputTextAnnotation | None
    """
    The annotation.
    """


class ResponseOutputTextLogprob(BaseModel):
    """
    The log probability of one output token, with the likeliest alternatives.
    """

    token: str
    """
    The token.
    """
    logprob: float
    """
    Its log probability.
    """
    bytes: list[int]
    """
    Its UTF-8 bytes.
    """
    top_logprobs: list[ResponseOutputTextTopLogprob]
    """
    The likeliest tokens at this position.
    """


class ResponseReasoningItem(BaseModel):
    """
    The model's reasoning before it answered. Send it back with later input to keep the chain of thought across turns.
    """

    type: Literal["reasoning"] = "reasoning"
    """
    Always `reasoning`.
    """
    id: str
    """
    The ID of the reasoning item.
    """
    encrypted_content: str | None = None
    """
    The reasoning, encrypted, for sending back when responses are not stored; present when `reasoning.encrypted_content` is included.
    """
    summary: list[ResponseSummaryText]
    """
    A summary of the reasoning.
    """
    content: list[ResponseReasoningText] | None = None
    """
    The reasoning text, when the model shares it.
    """
    status: Literal["in_progress", "completed", "incomplete"] | None = None
    """
    Where the item stands.
    """


class ResponseShellCall(BaseModel):
    """
    Commands the model wants run with the shell tool.
    """

    type: Literal["shell_call"] = "shell_call"
    """
    Always `shell_call`.
    """
    id: str
    """
    The ID of the item.
    """
    call_id: str
    """
    The ID that ties a tool call to its output.
    """
    caller: ResponseToolCaller | None = None
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    action: ResponseShellAction
    """
    The commands to run.
    """
    status: Literal["in_progress", "completed", "incomplete"]
    """
    Where the item stands.
    """
    environment: ResponseLocalEnvironment | ResponseContainerReference | None
    """
    Where the commands run.
    """
    created_by: str | None = None
    """
    Who created the item.
    """


class ResponseShellCallOutputContent(BaseModel):
    """
    The output of one command.
    """

    stdout: str
    """
    What the command wrote to standard output.
    """
    stderr: str
    """
    What the command wrote to standard error.
    """
    outcome: Annotated[ResponseShellTimeoutOutcome | ResponseShellExitOutcome, Field(discriminator="type")]
    """
    How the command ended.
    """
    created_by: str | None = None
    """
    Who created the item.
    """


class ResponseShellCallOutputContentDeltaEvent(BaseModel):
    """
    More output from a shell command.
    """

    type: Literal["response.shell_call_output_content.delta"] = "response.shell_call_output_content.delta"
    """
    Always `response.shell_call_output_content.delta`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    command_index: int
    """
    Which command, by index.
    """
    delta: ResponseShellOutputDelta
    """
    The new output.
    """


class ResponseShellCallOutputContentDoneEvent(BaseModel):
    """
    A shell command's output is complete.
    """

    type: Literal["response.shell_call_output_content.done"] = "response.shell_call_output_content.done"
    """
    Always `response.shell_call_output_content.done`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    command_index: int
    """
    Which command, by index.
    """
    output: list[ResponseShellCallOutputContent]
    """
    The whole output of each command.
    """


class ResponseShellCallParam(BaseModel):
    """
    Commands the model asked to run with the shell tool, sent back as input.
    """

    id: str | None = None
    """
    The ID of the item.
    """
    call_id: Annotated[str, Field(max_length=64, min_length=1)]
    """
    The ID that ties a tool call to its output.
    """
    caller: ResponseToolCallerParam | None = None
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    type: Literal["shell_call"] = "shell_call"
    """
    Always `shell_call`.
    """
    action: ResponseShellActionParam
    """
    The commands to run.
    """
    status: Literal["in_progress", "completed", "incomplete"] | None = None
    """
    Where the item stands.
    """
    environment: LocalEnvironment | ContainerReference | None = None
    """
    Where the commands run.
    """


ResponseShellOutcomeParam = TypeAliasType(
    "ResponseShellOutcomeParam",
    Annotated[ResponseShellTimeoutOutcomeParam | ResponseShellExitOutcomeParam, Field(discriminator="type")],
)
"""
How a command ended, told apart by `type`.
"""


class ResponseTextConfig(BaseModel):
    """
    How the model's text output is shaped.
    """

    format: ResponseFormatTextConfig | None = None
    """
    Plain text (the default), JSON that follows a schema, or any JSON object.
    """
    verbosity: Literal["low", "medium", "high"] | None = None
    """
    How long and detailed the answer should be.
    """


class ResponseTextLogprob(BaseModel):
    """
    The log probability of one token, with the likeliest alternatives.
    """

    token: str
    """
    The token.
    """
    logprob: float
    """
    Its log probability.
    """
    top_logprobs: list[ResponseTextTopLogprob] | None = None
    """
    The likeliest tokens at this position.
    """


ResponseToolChoice = TypeAliasType(
    "ResponseToolChoice",
    ToolChoiceOptions
    | ToolChoiceAllowed
    | ToolChoiceTypes
    | ToolChoiceFunction
    | ToolChoiceMcp
    | ToolChoiceCustom
    | ToolChoiceProgrammaticToolCalling
    | ToolChoiceApplyPatch
    | ToolChoiceShell,
)
"""
Which tool the model calls: a mode (`none`, `auto`, `required`) or an object that limits or names the tools.
"""


class ResponseToolSearchCall(BaseModel):
    """
    A search for tools to load.
    """

    type: Literal["tool_search_call"] = "tool_search_call"
    """
    Always `tool_search_call`.
    """
    id: str
    """
    The ID of the item.
    """
    call_id: str | None
    """
    The ID that ties a tool call to its output.
    """
    execution: ToolSearchExecution
    """
    Whether the search runs on the server or is carried out by the caller.
    """
    arguments: Any
    """
    What to search for.
    """
    status: Literal["in_progress", "completed", "incomplete"]
    """
    Where the item stands.
    """
    created_by: str | None = None
    """
    Who created the item.
    """


class ResponseToolSearchCallParam(BaseModel):
    """
    A search for tools, sent back as input.
    """

    id: str | None = None
    """
    The ID of the item.
    """
    call_id: Annotated[str | None, Field(max_length=64, min_length=1)] = None
    """
    The ID that ties a tool call to its output.
    """
    type: Literal["tool_search_call"] = "tool_search_call"
    """
    Always `tool_search_call`.
    """
    execution: ToolSearchExecution | None = None
    """
    Whether the search runs on the server or is carried out by the caller.
    """
    arguments: ToolSearchParameters
    """
    What to search for.
    """
    status: ResponseItemStatus | None = None
    """
    Where the item stands.
    """


TranscriptTextUsage = TypeAliasType(
    "TranscriptTextUsage",
    Annotated[TranscriptTextUsageTokens | TranscriptTextUsageDuration, Field(discriminator="type")],
)
"""
What the request was billed for, by tokens or by seconds of audio.
"""


VoiceIdsOrCustomVoice = TypeAliasType("VoiceIdsOrCustomVoice", VoiceIdsShared | VoiceIdsOrCustomVoice1)
"""
A built-in voice by name, such as `coral`, or an object naming a custom voice.
"""


class WebSearchActionSearch(BaseModel):
    """
    The tool ran a search query.
    """

    type: Literal["search"] = "search"
    """
    Always `search`.
    """
    query: Annotated[str | None, Field(deprecated=True)] = None
    """
    The query. Replaced by `queries`.
    """
    queries: list[str] | None = None
    """
    The queries searched for.
    """
    sources: list[WebSearchSource] | None = None
    """
    The sources used; present when `web_search_call.action.sources` is included.
    """


class WebSearchOptions(BaseModel):
    """
    Settings for models that search the web before answering.
    """

    user_location: WebSearchUserLocation | None = None
    """
    Roughly where the user is, to make results more relevant.
    """
    search_context_size: Literal["low", "medium", "high"] = "medium"
    """
    How much search result text to put in the model's context.
    """


class WebSearchTool(BaseModel):
    """
    Searches the web.
    """

    type: Literal["web_search", "web_search_2025_08_26"]
    """
    `web_search`, or a dated version of it.
    """
    external_web_access: bool = True
    """
    Whether the search may fetch live pages, not only cached ones.
    """
    filters: WebSearchToolFilters | None = None
    """
    Limits on what the search may look at.
    """
    user_location: WebSearchApproximateLocation | None = None
    """
    The user's rough location.
    """
    search_context_size: Literal["low", "medium", "high"] = "medium"
    """
    How much context to gather from the web for the answer.
    """


class ChatCompletionChoiceLogprobs(BaseModel):
    """
    Log probability details for a choice.
    """

    content: list[ChatCompletionTokenLogprob] | None
    """
    One entry per token of the message content.
    """
    refusal: list[ChatCompletionTokenLogprob] | None
    """
    One entry per token of the refusal message.
    """


class ChatCompletionMessageList(BaseModel):
    """
    A page of the messages of a stored completion.
    """

    object: Literal["list"] = "list"
    """
    Always `list`.
    """
    data: list[ChatCompletionStoreMessage]
    """
    The messages on this page.
    """
    first_id: str
    """
    ID of the first message on this page.
    """
    last_id: str
    """
    ID of the last message on this page.
    """
    has_more: bool
    """
    Whether more messages follow this page.
    """


Content = TypeAliasType(
    "Content", Annotated[list[ChatCompletionRequestAssistantMessageContentPart], Field(min_length=1)]
)
"""
What the model said, as a string or a list of text and refusal parts. May be null when the message only holds tool calls.
"""


class ChatCompletionRequestAssistantMessage(BaseModel):
    """
    An earlier reply from the model, sent back to keep the conversation's history.
    """

    role: Literal["assistant"] = "assistant"
    """
    Always `assistant`.
    """
    content: str | Content | None = None
    """
    What the model said, as a string or a list of text and refusal parts. May be null when the message only holds tool calls.
    """
    refusal: str | None = None
    """
    The model's refusal message, if it refused.
    """
    name: str | None = None
    """
    An optional name to tell apart participants with the same role.
    """
    audio: Audio | None = None
    """
    A previous audio reply from the model, referred to by its ID.
    """
    tool_calls: list[ChatCompletionMessageToolCallUnion] | None = None
    """
    The tool calls the model made in this message.
    """
    function_call: Annotated[FunctionCall | None, Field(deprecated=True)] = None
    """
    Replaced by `tool_calls`. The function call the model made.
    """


ChatCompletionRequestMessage = TypeAliasType(
    "ChatCompletionRequestMessage",
    Annotated[
        ChatCompletionRequestDeveloperMessage
        | ChatCompletionRequestSystemMessage
        | ChatCompletionRequestUserMessage
        | ChatCompletionRequestAssistantMessage
        | ChatCompletionRequestToolMessage
        | ChatCompletionRequestFunctionMessage,
        Field(discriminator="role"),
    ],
)
"""
One message of the conversation, told apart by its `role`.
"""


class ChatCompletionStreamChoice(BaseModel):
    """
    The new piece of one choice.
    """

    index: int
    """
    The position of this choice in the list.
    """
    delta: ChatCompletionStreamResponseDelta
    finish_reason: Literal["stop", "length", "tool_calls", "content_filter", "function_call"] | None
    """
    Why generation ended; null until the choice's last chunk.
    """
    logprobs: ChatCompletionChoiceLogprobs | None = None
    """
    Token log probabilities for this piece, when `logprobs` was requested.
    """


class ChatCompletionTool(BaseModel):
    """
    A function the model may call.
    """

    type: Literal["function"] = "function"
    """
    Always `function`.
    """
    function: FunctionObject


ChatCompletionToolUnion = TypeAliasType(
    "ChatCompletionToolUnion",
    Annotated[ChatCompletionTool | CustomToolChatCompletions, Field(discriminator="type")],
)
"""
A tool the model may call, told apart by its `type`.
"""


class CodeInterpreterContainerAuto(BaseModel):
    """
    A new container, created for this request.
    """

    type: Literal["auto"] = "auto"
    """
    Always `auto`.
    """
    file_ids: Annotated[list[str] | None, Field(max_length=50)] = None
    """
    Uploaded files to make available in the container.
    """
    memory_limit: ContainerMemoryLimit | None = None
    """
    How much memory the container gets.
    """
    network_policy: Annotated[
        ContainerNetworkPolicyDisabled | ContainerNetworkPolicyAllowlist | None, Field(discriminator="type")
    ] = None
    """
    What network access the container has.
    """


class CodeInterpreterTool(BaseModel):
    """
    Runs Python code in a sandboxed container.
    """

    type: Literal["code_interpreter"] = "code_interpreter"
    """
    Always `code_interpreter`.
    """
    container: str | CodeInterpreterContainerAuto
    """
    The container to run in: an existing container's ID, or settings for a new one.
    """
    allowed_callers: Annotated[list[ToolAllowedCaller] | None, Field(min_length=1)] = None
    """
    Who may invoke this tool: the model directly, programs it runs, or both.
    """


ComputerAction = TypeAliasType(
    "ComputerAction",
    Annotated[
        ComputerActionClick
        | ComputerActionDoubleClick
        | ComputerActionDrag
        | ComputerActionKeypress
        | ComputerActionMove
        | ComputerActionScreenshot
        | ComputerActionScroll
        | ComputerActionType
        | ComputerActionWait,
        Field(discriminator="type"),
    ],
)
"""
One action on a computer, told apart by `type`.
"""


ContainerSkill = TypeAliasType(
    "ContainerSkill", Annotated[SkillReference | InlineSkill, Field(discriminator="type")]
)
"""
A skill to install in a container, told apart by `type`.
"""


class CreateChatCompletionRequest(BaseModel):
    """
    Parameters for a chat completion.
    """

    model: str | ChatModel
    """
    Which model should write the reply, for example `gpt-4o`.
    """
    messages: Annotated[list[ChatCompletionRequestMessage], Field(min_length=1)]
    """
    The conversation so far, oldest message first.
    """
    frequency_penalty: Annotated[float | None, Field(ge=-2.0, le=2.0)] = 0
    """
    Between -2 and 2. Positive values lower the chance of repeating tokens in proportion to how often they already appeared.
    """
    logit_bias: dict[str, Any] | None = None
    """
    Maps token IDs (as strings) to a bias from -100 to 100 added to their logits before sampling.
    """
    logprobs: bool | None = False
    """
    Whether to return the log probability of each output token.
    """
    top_logprobs: Annotated[int | None, Field(ge=0, le=20)] = None
    """
    How many of the most likely tokens to return, with log probabilities, at each position. Requires `logprobs` to be true.
    """
    max_tokens: Annotated[int | None, Field(deprecated=True)] = None
    """
    The most tokens to generate. Replaced by `max_completion_tokens`, and not accepted by reasoning models.
    """
    max_completion_tokens: int | None = None
    """
    An upper limit on generated tokens, counting both visible output and reasoning tokens.
    """
    n: Annotated[int | None, Field(ge=1, le=128)] = 1
    """
    How many alternative replies to generate. You pay for the tokens of all of them.
    """
    modalities: list[Literal["text", "audio"]] | None = None
    """
    The kinds of output wanted, such as `["text"]` or `["text", "audio"]` for models that can speak.
    """
    prediction: PredictionContent | None = None
    """
    Content that the reply is expected to largely repeat (for example a file being edited), which can make generation faster.
    """
    audio: ChatCompletionAudioParam | None = None
    """
    Voice and format for audio output; required when `modalities` includes `audio`.
    """
    presence_penalty: Annotated[float | None, Field(ge=-2.0, le=2.0)] = 0
    """
    Between -2 and 2. Positive values lower the chance of reusing any token that has already appeared, nudging toward new topics.
    """
    response_format: ChatCompletionResponseFormat | None = None
    seed: Annotated[int | None, Field(deprecated=True, ge=-9223372036854775808, le=9223372036854775807)] = (
        None
    )
    """
    Ask for deterministic sampling on a best-effort basis; compare `system_fingerprint` in responses to spot backend changes.
    """
    service_tier: ServiceTier | None = "auto"
    """
    The processing tier for this request. `auto` uses the project's setting; the tier actually used is echoed in the response.
    """
    stop: StopConfiguration | None = None
    """
    Up to four sequences at which generation stops. Not supported by the latest reasoning models.
    """
    store: bool | None = False
    """
    Whether to keep the completion for later use in model distillation or evals.
    """
    metadata: Metadata | None = None
    """
    Up to 16 string key-value pairs to attach to the stored completion.
    """
    stream: bool | None = False
    """
    Send the reply back as server-sent events while it is generated.
    """
    stream_options: ChatCompletionStreamOptions | None = None
    """
    Options for streaming; only allowed when `stream` is true.
    """
    temperature: Annotated[float | None, Field(ge=0.0, le=2.0)] = 1
    """
    Sampling temperature between 0 and 2; higher is more random. Tune this or `top_p`, not both.
    """
    top_p: Annotated[float | None, Field(ge=0.0, le=1.0)] = 1
    """
    Nucleus sampling: only tokens within this top probability mass are considered. Tune this or `temperature`, not both.
    """
    tools: list[ChatCompletionToolUnion] | None = None
    """
    Tools the model may call, either functions or custom tools.
    """
    tool_choice: ChatCompletionToolChoiceOption | None = None
    parallel_tool_calls: bool = True
    """
    Whether the model may call several tools in one reply.
    """
    user: Annotated[str | None, Field(deprecated=True)] = None
    """
    An identifier for your end user. Superseded by `safety_identifier` and `prompt_cache_key`.
    """
    safety_identifier: Annotated[str | None, Field(max_length=64)] = None
    """
    A stable, privacy-preserving identifier for your end user (for example a hashed ID), used to detect abuse.
    """
    prompt_cache_key: str | None = None
    """
    A key that groups similar requests to improve prompt cache hit rates.
    """
    reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | None = "medium"
    """
    How much effort a reasoning model should spend thinking before it answers.
    """
    verbosity: Literal["low", "medium", "high"] | None = "medium"
    """
    How long and detailed the answer should be.
    """
    web_search_options: WebSearchOptions | None = None
    function_call: Annotated[
        Literal["none", "auto"] | ChatCompletionFunctionCallOption | None, Field(deprecated=True)
    ] = None
    """
    Replaced by `tool_choice`. `none`, `auto`, or an object naming the function the model must call.
    """
    functions: Annotated[
        list[ChatCompletionFunctions] | None, Field(deprecated=True, max_length=128, min_length=1)
    ] = None
    """
    Replaced by `tools`. Functions the model may call.
    """


class CreateChatCompletionStreamResponse(BaseModel):
    """
    One chunk of a streamed chat reply. All chunks of a stream share `id` and `created`.
    """

    id: str
    """
    The ID of the chat completion; the same in every chunk.
    """
    object: Literal["chat.completion.chunk"] = "chat.completion.chunk"
    """
    Always `chat.completion.chunk`.
    """
    created: int
    """
    When the completion was created, in Unix seconds; the same in every chunk.
    """
    model: str
    """
    The model that produced the reply.
    """
    choices: list[ChatCompletionStreamChoice]
    """
    The new pieces of each choice. Empty in the final usage chunk sent when `stream_options.include_usage` is true.
    """
    usage: CompletionUsage | None = None
    """
    Token usage; null in every chunk except the last one, which is only sent when `stream_options.include_usage` is true.
    """
    service_tier: ServiceTier | None = None
    """
    The processing tier that actually served the request.
    """
    system_fingerprint: Annotated[str | None, Field(deprecated=True)] = None
    """
    Identifies the backend configuration that served the request.
    """
    obfuscation: str | None = None
    """
    Random padding that hides the payload size; safe to ignore.
    """


class CreateModerationRequest(BaseModel):
    """
    Parameters for a moderation check.
    """

    input: str | list[str] | list[ModerationInputPart]
    """
    What to check: a string, a list of strings, or a list of text and image parts (omni-moderation models).
    """
    model: (
        str
        | Literal[
            "omni-moderation-latest",
            "omni-moderation-2024-09-26",
            "text-moderation-latest",
            "text-moderation-stable",
        ]
    ) = "omni-moderation-latest"
    """
    The moderation model.
    """


class CreateModerationResponse(BaseModel):
    """
    The verdicts of a moderation check.
    """

    id: str
    """
    The check's ID.
    """
    model: str
    """
    The model that did the check.
    """
    results: list[Moderation]
    """
    One verdict per input, in order.
    """


class CreateSpeechRequest(BaseModel):
    """
    Parameters for generating speech.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    model: str | Literal["tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"]
    """
    The text-to-speech model.
    """
    input: Annotated[str, Field(max_length=4096)]
    """
    The text to speak, at most 4096 characters.
    """
    instructions: Annotated[str | None, Field(max_length=4096)] = None
    """
    How the voice should sound (tone, pace, accent ...); ignored by tts-1 and tts-1-hd.
    """
    voice: VoiceIdsOrCustomVoice
    response_format: Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] = "mp3"
    """
    The audio encoding of the answer.
    """
    speed: Annotated[float, Field(ge=0.25, le=4.0)] = 1
    """
    Playback speed, from 0.25 to 4 times normal.
    """
    stream_format: Literal["sse", "audio"] = "audio"
    """
    `audio` sends the encoded audio as it is made; `sse` sends server-sent events carrying audio chunks (not for tts-1 or tts-1-hd).
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


class EasyInputMessage(BaseModel):
    """
    A message with a role. `assistant` messages are taken as earlier model output; the other roles give instructions or input.
    """

    role: Literal["user", "assistant", "system", "developer"]
    """
    Who is speaking: `user`, `assistant`, `system` or `developer`.
    """
    content: str | list[ResponseInputContent]
    """
    The message, as a string or a list of text, image and file parts.
    """
    phase: Literal["commentary", "final_answer"] | None = None
    """
    For assistant messages of some models: whether the text was commentary along the way or the final answer.
    """
    type: Literal["message"] | None = None
    """
    Always `message`; may be left out.
    """


EvalItemContent = TypeAliasType("EvalItemContent", EvalItemContentItem | list[EvalItemContentItem])
"""
The message's content, one item or a list of them.
"""


class McpTool(BaseModel):
    """
    Gives the model the tools of a remote MCP server or a connector.
    """

    type: Literal["mcp"] = "mcp"
    """
    Always `mcp`.
    """
    server_label: str
    """
    A label for the server, used in tool calls.
    """
    server_url: str | None = None
    """
    The server's URL; give this or `connector_id`.
    """
    connector_id: (
        Literal[
            "connector_dropbox",
            "connector_gmail",
            "connector_googlecalendar",
            "connector_googledrive",
            "connector_microsoftteams",
            "connector_outlookcalendar",
            "connector_outlookemail",
            "connector_sharepoint",
        ]
        | None
    ) = None
    """
    A service connector to use instead of a server URL.
    """
    tunnel_id: Annotated[str | None, Field(pattern="^tunnel_[a-z0-9]{32}$")] = None
    """
    A tunnel to reach a server inside your network.
    """
    authorization: str | None = None
    """
    An OAuth access token for the server or connector.
    """
    server_description: str | None = None
    """
    What the server offers, to help the model.
    """
    headers: dict[str, Any] | None = None
    """
    HTTP headers to send to the server, for example for authentication.
    """
    allowed_tools: list[str] | McpToolFilter | None = None
    """
    Only these tools of the server may be used: a list of names, or a filter.
    """
    allowed_callers: Annotated[list[ToolAllowedCaller] | None, Field(min_length=1)] = None
    """
    Who may invoke this tool: the model directly, programs it runs, or both.
    """
    require_approval: McpToolApprovalFilter | Literal["always", "never"] | None = None
    """
    Which tool calls need your approval first: `always`, `never`, or a filter for each case.
    """
    defer_loading: bool | None = None
    """
    Load the tool's definition only when tool search finds it.
    """


class NamespaceTool(BaseModel):
    """
    A named group of function and custom tools.
    """

    type: Literal["namespace"] = "namespace"
    """
    Always `namespace`.
    """
    name: Annotated[str, Field(min_length=1)]
    """
    The namespace's name.
    """
    description: str
    """
    What the tools of the namespace are for.
    """
    tools: Annotated[list[NamespacedTool], Field(min_length=1)]
    """
    The tools in the namespace.
    """


class ResponseComputerToolCall(BaseModel):
    """
    Actions the model wants carried out on a computer.
    """

    type: Literal["computer_call"] = "computer_call"
    """
    Always `computer_call`.
    """
    id: str
    """
    The ID of the item.
    """
    call_id: str
    """
    The ID that ties a tool call to its output.
    """
    action: ComputerAction | None = None
    """
    The action to carry out.
    """
    actions: list[ComputerAction] | None = None
    """
    Several actions to carry out in order.
    """
    pending_safety_checks: list[ResponseComputerSafetyCheck]
    """
    Safety checks to acknowledge before carrying out the action.
    """
    status: Literal["in_progress", "completed", "incomplete"]
    """
    Where the item stands.
    """


class ResponseFunctionCallOutput(BaseModel):
    """
    The result of a function call, sent back to the model.
    """

    id: str | None = None
    """
    The ID of the item; filled in by the server when left out.
    """
    call_id: Annotated[str | None, Field(max_length=64, min_length=1)] = None
    """
    The `call_id` of the function call this answers.
    """
    type: Literal["function_call_output"] = "function_call_output"
    """
    Always `function_call_output`.
    """
    output: str | list[ResponseFunctionCallOutputContent]
    """
    The function's result: a string (often JSON), or text, image and file parts.
    """
    name: Annotated[str | None, Field(max_length=128, min_length=1)] = None
    """
    The name of the function that produced the output.
    """
    namespace: Annotated[str | None, Field(max_length=64, min_length=1, pattern="^[a-zA-Z0-9_-]+$")] = None
    """
    The namespace of the tool, when it belongs to one.
    """
    caller: ResponseToolCallerParam | None = None
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    status: ResponseItemStatus | None = None
    """
    Where the item stands.
    """


class ResponseFunctionWebSearch(BaseModel):
    """
    A web search by the web search tool.
    """

    id: str
    """
    The ID of the call.
    """
    type: Literal["web_search_call"] = "web_search_call"
    """
    Always `web_search_call`.
    """
    status: Literal["in_progress", "searching", "completed", "failed"]
    """
    Where the item stands.
    """
    action: Annotated[
        WebSearchActionSearch | WebSearchActionOpenPage | WebSearchActionFind, Field(discriminator="type")
    ]
    """
    What the tool did: searched, opened a page, or looked within one.
    """


class ResponseMcpCall(BaseModel):
    """
    A call to a tool on an MCP server.
    """

    type: Literal["mcp_call"] = "mcp_call"
    """
    Always `mcp_call`.
    """
    id: str
    """
    The ID of the call.
    """
    server_label: str
    """
    The label of the MCP server.
    """
    name: str
    """
    The tool that was called.
    """
    arguments: str
    """
    The arguments, as a JSON string.
    """
    output: str | None = None
    """
    What the tool returned.
    """
    error: ResponseMcpCallError | None = None
    """
    Why the call failed, if it did.
    """
    status: Literal["in_progress", "completed", "incomplete", "calling", "failed"] | None = None
    """
    Where the item stands.
    """
    approval_request_id: str | None = None
    """
    The approval request this call needed, if any.
    """


class ResponseModeration(BaseModel):
    """
    Moderation results for the input and the output.
    """

    input: ResponseModerationOutcome
    """
    The result for the input.
    """
    output: ResponseModerationOutcome
    """
    The result for the output.
    """


class ResponseOutputText(BaseModel):
    """
    Text written by the model, with its citations.
    """

    type: Literal["output_text"] = "output_text"
    """
    Always `output_text`.
    """
    text: str
    """
    The text.
    """
    annotations: list[ResponseOutputTextAnnotation]
    """
    Citations and file references within the text.
    """
    logprobs: list[ResponseOutputTextLogprob]
    """
    Log probabilities of the tokens, when they were asked for.
    """


class ResponseShellCallOutput(BaseModel):
    """
    What the shell commands printed and how they ended.
    """

    type: Literal["shell_call_output"] = "shell_call_output"
    """
    Always `shell_call_output`.
    """
    id: str
    """
    The ID of the item.
    """
    call_id: str
    """
    The ID that ties a tool call to its output.
    """
    caller: ResponseToolCaller | None = None
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    status: Literal["in_progress", "completed", "incomplete"]
    """
    Where the item stands.
    """
    output: list[ResponseShellCallOutputContent]
    """
    The output of each command.
    """
    max_output_length: int | None
    """
    The most characters of output to keep from each command.
    """
    created_by: str | None = None
    """
    Who created the item.
    """


class ResponseShellCallOutputContentParam(BaseModel):
    """
    The output of one command.
    """

    stdout: Annotated[str, Field(max_length=10485760)]
    """
    What the command wrote to standard output.
    """
    stderr: Annotated[str, Field(max_length=10485760)]
    """
    What the command wrote to standard error.
    """
    outcome: ResponseShellOutcomeParam
    """
    How the command ended.
    """


class ResponseShellCallOutputParam(BaseModel):
    """
    The result of shell commands, sent back to the model.
    """

    id: str | None = None
    """
    The ID of the item.
    """
    call_id: Annotated[str, Field(max_length=64, min_length=1)]
    """
    The ID that ties a tool call to its output.
    """
    caller: ResponseToolCallerParam | None = None
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    type: Literal["shell_call_output"] = "shell_call_output"
    """
    Always `shell_call_output`.
    """
    output: list[ResponseShellCallOutputContentParam]
    """
    The output of each command.
    """
    status: Literal["in_progress", "completed", "incomplete"] | None = None
    """
    Where the item stands.
    """
    max_output_length: int | None = None
    """
    The most characters of output to keep from each command.
    """


class ResponseTextDeltaEvent(BaseModel):
    """
    More output text.
    """

    type: Literal["response.output_text.delta"] = "response.output_text.delta"
    """
    Always `response.output_text.delta`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    content_index: int
    """
    Which content part of the item, by index.
    """
    delta: str
    """
    The new text.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    logprobs: list[ResponseTextLogprob]
    """
    Log probabilities of the new tokens.
    """


class ResponseTextDoneEvent(BaseModel):
    """
    An output text part is complete.
    """

    type: Literal["response.output_text.done"] = "response.output_text.done"
    """
    Always `response.output_text.done`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    content_index: int
    """
    Which content part of the item, by index.
    """
    text: str
    """
    The whole text.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    logprobs: list[ResponseTextLogprob]
    """
    Log probabilities of the tokens.
    """


class ChatCompletionChoice(BaseModel):
    """
    One generated reply.
    """

    index: int
    """
    The position of this choice in the list.
    """
    message: ChatCompletionResponseMessage
    finish_reason: Literal["stop", "length", "tool_calls", "content_filter", "function_call"]
    """
    Why generation ended: a natural stop or stop sequence, the token limit, tool calls, the content filter, or a (deprecated) function call.
    """
    logprobs: ChatCompletionChoiceLogprobs | None
    """
    Token log probabilities, when `logprobs` was requested.
    """


class ContainerAuto(BaseModel):
    """
    A new hosted container, created for this request.
    """

    type: Literal["container_auto"] = "container_auto"
    """
    Always `container_auto`.
    """
    file_ids: Annotated[list[str] | None, Field(max_length=50)] = None
    """
    Uploaded files to make available in the container.
    """
    memory_limit: ContainerMemoryLimit | None = None
    """
    How much memory the container gets.
    """
    network_policy: Annotated[
        ContainerNetworkPolicyDisabled | ContainerNetworkPolicyAllowlist | None, Field(discriminator="type")
    ] = None
    """
    What network access the container has.
    """
    skills: Annotated[list[ContainerSkill] | None, Field(max_length=200)] = None
    """
    Skills to install in the container.
    """


class CreateChatCompletionResponse(BaseModel):
    """
    A completed chat reply.
    """

    id: str
    """
    A unique ID for the chat completion.
    """
    object: Literal["chat.completion"] = "chat.completion"
    """
    Always `chat.completion`.
    """
    created: int
    """
    When the completion was created, in Unix seconds.
    """
    model: str
    """
    The model that produced the reply.
    """
    choices: list[ChatCompletionChoice]
    """
    The generated replies; more than one when `n` is above 1.
    """
    usage: CompletionUsage | None = None
    metadata: Metadata | None = None
    """
    The metadata given with the request.
    """
    service_tier: ServiceTier | None = None
    """
    The processing tier that actually served the request.
    """
    system_fingerprint: Annotated[str | None, Field(deprecated=True)] = None
    """
    Identifies the backend configuration that served the request.
    """


class EvalItem(BaseModel):
    """
    A message shown to a grading model.
    """

    role: Literal["user", "assistant", "system", "developer"]
    """
    Who speaks; `developer` and `system` instructions outrank `user` ones.
    """
    content: EvalItemContent
    type: Literal["message"] | None = None
    """
    Always `message`.
    """


class GraderLabelModel(BaseModel):
    """
    Asks a model to pick labels for an answer; some labels count as a pass.
    """

    type: Literal["label_model"] = "label_model"
    """
    Always `label_model`.
    """
    name: str
    """
    A name for this grader.
    """
    model: str
    """
    The labelling model; it must support structured outputs.
    """
    input: list[EvalItem]
    """
    The messages shown to the labelling model.
    """
    labels: list[str]
    """
    Every label the model may choose.
    """
    passing_labels: list[str]
    """
    The labels that mean a pass; a subset of `labels`.
    """


class GraderScoreModel(BaseModel):
    """
    Asks a model to give an answer a numeric score.
    """

    type: Literal["score_model"] = "score_model"
    """
    Always `score_model`.
    """
    name: str
    """
    A name for this grader.
    """
    model: str
    """
    The model that gives the score.
    """
    sampling_params: GraderSamplingParams | None = None
    input: list[EvalItem]
    """
    The messages shown to the scoring model; template strings are filled in.
    """
    range: list[float] | None = None
    """
    The lowest and highest score, `[0, 1]` when not given.
    """


ResponseContentPart = TypeAliasType(
    "ResponseContentPart",
    Annotated[
        ResponseOutputText | ResponseOutputRefusal | ResponseReasoningText, Field(discriminator="type")
    ],
)
"""
A content part of an output item, told apart by `type`.
"""


class ResponseContentPartAddedEvent(BaseModel):
    """
    A new content part was started.
    """

    type: Literal["response.content_part.added"] = "response.content_part.added"
    """
    Always `response.content_part.added`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    content_index: int
    """
    Which content part of the item, by index.
    """
    part: ResponseContentPart
    """
    The new part, as far as it is known.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseContentPartDoneEvent(BaseModel):
    """
    A content part is complete.
    """

    type: Literal["response.content_part.done"] = "response.content_part.done"
    """
    Always `response.content_part.done`.
    """
    item_id: str
    """
    The ID of the output item this event is about.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    content_index: int
    """
    Which content part of the item, by index.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    part: ResponseContentPart
    """
    The complete part.
    """


ResponseOutputMessageContent = TypeAliasType(
    "ResponseOutputMessageContent",
    Annotated[ResponseOutputText | ResponseOutputRefusal, Field(discriminator="type")],
)
"""
One part of a model message, told apart by `type`.
"""


class ShellTool(BaseModel):
    """
    Lets the model run shell commands, in a hosted container or on your machine.
    """

    type: Literal["shell"] = "shell"
    """
    Always `shell`.
    """
    environment: ContainerAuto | LocalEnvironment | ContainerReference | None = None
    """
    Where commands run: a new or existing hosted container, or your machine.
    """
    allowed_callers: Annotated[list[ToolAllowedCaller] | None, Field(min_length=1)] = None
    """
    Who may invoke this tool: the model directly, programs it runs, or both.
    """


class ChatCompletionList(BaseModel):
    """
    A page of stored chat completions.
    """

    object: Literal["list"] = "list"
    """
    Always `list`.
    """
    data: list[CreateChatCompletionResponse]
    """
    The completions on this page.
    """
    first_id: str
    """
    ID of the first completion on this page.
    """
    last_id: str
    """
    ID of the last completion on this page.
    """
    has_more: bool
    """
    Whether more completions follow this page.
    """


GraderMultiPart = TypeAliasType(
    "GraderMultiPart",
    Annotated[
        GraderStringCheck | GraderTextSimilarity | GraderPython | GraderScoreModel | GraderLabelModel,
        Field(discriminator="type"),
    ],
)
"""
A grader inside a multi grader, told apart by its `type`.
"""


class ResponseOutputMessage(BaseModel):
    """
    A message written by the model.
    """

    id: str
    """
    The ID of the message.
    """
    type: Literal["message"] = "message"
    """
    Always `message`.
    """
    role: Literal["assistant"] = "assistant"
    """
    Always `assistant`.
    """
    content: list[ResponseOutputMessageContent]
    """
    The message, as text and refusal parts.
    """
    phase: Literal["commentary", "final_answer"] | None = None
    """
    Whether the text is commentary along the way or the final answer.
    """
    status: Literal["in_progress", "completed", "incomplete"]
    """
    Where the message stands.
    """


class GraderMulti(BaseModel):
    """
    Combines the scores of other graders with a formula.
    """

    type: Literal["multi"] = "multi"
    """
    Always `multi`.
    """
    name: str
    """
    A name for this grader.
    """
    graders: GraderMultiPart
    calculate_output: str
    """
    The formula that turns the graders' results into one score.
    """


ResponseMessageItem = TypeAliasType(
    "ResponseMessageItem",
    Annotated[ResponseInputMessageItem | ResponseOutputMessage, Field(discriminator="role")],
)
"""
A stored message: input from the user, system or developer, or a reply from the model.
"""


FineTuneGrader = TypeAliasType(
    "FineTuneGrader",
    Annotated[
        GraderStringCheck | GraderTextSimilarity | GraderPython | GraderScoreModel | GraderMulti,
        Field(discriminator="type"),
    ],
)
"""
What scores the model's answers, told apart by its `type`.
"""


class FineTuneReinforcementMethod(BaseModel):
    """
    Settings of reinforcement fine-tuning, where a grader scores the model's answers.
    """

    grader: FineTuneGrader
    hyperparameters: FineTuneReinforcementHyperparameters | None = None


class FineTuneMethod(BaseModel):
    """
    The training method: `type` names it, and the field of the same name holds its settings.
    """

    type: Literal["supervised", "dpo", "reinforcement"]
    """
    Which method to train with.
    """
    supervised: FineTuneSupervisedMethod | None = None
    dpo: FineTuneDPOMethod | None = None
    reinforcement: FineTuneReinforcementMethod | None = None


class FineTuningJob(BaseModel):
    """
    A fine-tuning job, with its settings, progress and outcome.
    """

    id: str
    """
    The job's ID.
    """
    object: Literal["fine_tuning.job"] = "fine_tuning.job"
    """
    Always `fine_tuning.job`.
    """
    created_at: int
    """
    When the job was created, in Unix seconds.
    """
    error: FineTuningJobError | None
    """
    Why the job failed; null unless its status is `failed`.
    """
    fine_tuned_model: str | None
    """
    The name of the trained model; null until the job succeeds.
    """
    finished_at: int | None
    """
    When the job ended, in Unix seconds; null while it runs.
    """
    hyperparameters: FineTuningJobHyperparameters
    model: str
    """
    The base model being trained.
    """
    organization_id: str
    """
    The organization the job belongs to.
    """
    result_files: list[str]
    """
    IDs of the result files; download them with the Files API.
    """
    status: Literal["validating_files", "queued", "running", "succeeded", "failed", "cancelled"]
    """
    Where the job stands.
    """
    trained_tokens: int | None
    """
    Billable tokens the job processed; null while it runs.
    """
    training_file: str
    """
    ID of the training file.
    """
    validation_file: str | None
    """
    ID of the validation file, if one was given.
    """
    integrations: Integrations | None = None
    """
    The services the job reports its progress to.
    """
    seed: int
    """
    The seed the job trains with.
    """
    estimated_finish: int | None = None
    """
    When the job should end, in Unix seconds; null when it is not running.
    """
    method: FineTuneMethod | None = None
    metadata: Metadata | None = None
    """
    The key-value pairs kept with the job.
    """


class ListPaginatedFineTuningJobsResponse(BaseModel):
    """
    A page of fine-tuning jobs.
    """

    object: Literal["list"] = "list"
    """
    Always `list`.
    """
    data: list[FineTuningJob]
    """
    The jobs on this page.
    """
    has_more: bool
    """
    Whether more jobs follow this page.
    """


class CreateFineTuningJobRequest(BaseModel):
    """
    What to fine-tune, on which data, and how.
    """

    model: str | Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"]
    """
    The base model to train, for example `gpt-4o-mini`.
    """
    training_file: str
    """
    ID of an uploaded JSONL file (purpose `fine-tune`) holding the training examples, in chat, completions or preference format.
    """
    hyperparameters: CreateFineTuningJobHyperparameters | None = None
    suffix: Annotated[str | None, Field(max_length=64, min_length=1)] = None
    """
    Up to 64 characters to put into the name of the fine-tuned model, to tell your models apart.
    """
    validation_file: str | None = None
    """
    ID of an uploaded JSONL file of held-out examples; metrics on it are reported while training. Must not overlap the training file.
    """
    integrations: list[FineTuningIntegration] | None = None
    """
    Outside services to report the job's progress to.
    """
    seed: Annotated[int | None, Field(ge=0, le=2147483647)] = None
    """
    Fixes the randomness of training, so that a repeated job gives (nearly always) the same model. Chosen for you when left out.
    """
    method: FineTuneMethod | None = None
    metadata: Metadata | None = None
    """
    Up to 16 string key-value pairs to keep with the job.
    """


class CompoundFilter(BaseModel):
    """
    Combines filters with `and` or `or`.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["and", "or"]
    """
    How to combine the filters.
    """
    filters: list[FileSearchFilter]
    """
    The filters to combine.
    """


class CreateResponseRequest(BaseModel):
    """
    Parameters for creating a model response.
    """

    model: ResponsesModel | None = None
    """
    The model that generates the response, such as `gpt-4o` or `o3`.
    """
    input: str | list[ResponseInputItem] | None = None
    """
    What the model responds to: a string, or a list of messages and other items.
    """
    instructions: str | None = None
    """
    A system (or developer) message placed before the input. It does not carry over to responses that continue this one through `previous_response_id`.
    """
    tools: list[ResponseTool] | None = None
    """
    Tools the model may use: built-in tools, functions, custom tools, MCP servers.
    """
    tool_choice: ResponseToolChoice | None = None
    """
    Which tool, if any, the model must call.
    """
    parallel_tool_calls: bool | None = True
    """
    Whether the model may call several tools at once.
    """
    max_tool_calls: int | None = None
    """
    The most calls to built-in tools the model may make in this response.
    """
    text: ResponseTextConfig | None = None
    """
    The shape of the text output: plain text or JSON, and how long-winded.
    """
    reasoning: Reasoning | None = None
    """
    Settings for reasoning models.
    """
    previous_response_id: str | None = None
    """
    The ID of an earlier response to continue from, for a conversation over several turns. Cannot be combined with `conversation`.
    """
    conversation: str | ResponseConversationParam | None = None
    """
    The conversation this response belongs to; its items are read as input, and the input and output of this response are added to it.
    """
    store: bool | None = True
    """
    Whether to keep the response so that it can be fetched later.
    """
    background: bool | None = False
    """
    Run the response in the background and return at once; poll it with `retrieve`.
    """
    include: list[ResponseIncludable] | None = None
    """
    Extra data to include in the output.
    """
    stream: bool | None = False
    """
    Send the response back as server-sent events while it is generated.
    """
    stream_options: ResponseStreamOptions | None = None
    """
    Settings for streaming; only when `stream` is true.
    """
    max_output_tokens: Annotated[int | None, Field(ge=16)] = None
    """
    An upper limit on generated tokens, visible output and reasoning together.
    """
    temperature: Annotated[float | None, Field(ge=0.0, le=2.0)] = 1
    """
    Sampling temperature between 0 and 2; higher is more random. Tune this or `top_p`, not both.
    """
    top_p: Annotated[float | None, Field(ge=0.0, le=1.0)] = 1
    """
    Nucleus sampling: only tokens within this top probability mass are considered. Tune this or `temperature`, not both.
    """
    top_logprobs: Annotated[int | None, Field(ge=0, le=20)] = None
    """
    How many of the likeliest tokens to return, with log probabilities, at each position.
    """
    truncation: Annotated[Literal["auto", "disabled"] | None, Field(deprecated=True)] = None
    """
    `auto` drops items from the start of the conversation when it would not fit the context window; `disabled` (the default) fails the request instead.
    """
    metadata: dict[str, Any] | None = None
    """
    Up to 16 string key-value pairs for your own bookkeeping.
    """
    prompt: ResponsePrompt | None = None
    """
    A stored prompt template to use, with values for its variables.
    """
    service_tier: Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"] | None = None
    """
    The processing tier: `auto` uses the project's setting; the tier actually used is reported in the response.
    """
    user: Annotated[str | None, Field(deprecated=True)] = None
    """
    An identifier for your end user. Superseded by `safety_identifier` and `prompt_cache_key`.
    """
    safety_identifier: Annotated[str | None, Field(max_length=64)] = None
    """
    A stable identifier for your end user (for example a hash of their ID), used to detect abuse.
    """
    prompt_cache_key: str | None = None
    """
    A key that groups similar requests to improve prompt cache hit rates.
    """
    prompt_cache_retention: Annotated[Literal["in_memory", "24h"] | None, Field(deprecated=True)] = None
    """
    How long cached prompt prefixes are kept. Replaced by `prompt_cache_options`.
    """
    prompt_cache_options: ResponsePromptCacheOptionsParam | None = None
    """
    Prompt caching settings.
    """
    context_management: Annotated[list[ResponseContextManagement] | None, Field(min_length=1)] = None
    """
    Rules for keeping the context of a long conversation within bounds.
    """
    moderation: ResponseModerationParam | None = None
    """
    Moderation of the input and output.
    """


FileSearchFilter = TypeAliasType(
    "FileSearchFilter", Annotated[ComparisonFilter | CompoundFilter, Field(discriminator="type")]
)
"""
A condition on file attributes: one comparison, or several combined.
"""


class FileSearchTool(BaseModel):
    """
    Searches your vector stores for relevant file chunks.
    """

    type: Literal["file_search"] = "file_search"
    """
    Always `file_search`.
    """
    vector_store_ids: list[str]
    """
    The vector stores to search.
    """
    max_num_results: int | None = None
    """
    The most results to return, between 1 and 50.
    """
    ranking_options: FileSearchRankingOptions | None = None
    """
    How results are ranked.
    """
    filters: FileSearchFilter | None = None
    """
    Only search files whose attributes match.
    """


class Response(BaseModel):
    """
    A model response: the output items the model produced, with the settings it ran with, its status and its token usage.
    """

    id: str
    """
    The ID of the response.
    """
    object: Literal["response"] = "response"
    """
    Always `response`.
    """
    created_at: float
    """
    When the response was created, in Unix seconds.
    """
    completed_at: float | None = None
    """
    When the response was completed, in Unix seconds; null until then.
    """
    status: Literal["completed", "failed", "in_progress", "cancelled", "queued", "incomplete"] | None = None
    """
    Where the response stands.
    """
    error: ResponseError | None
    """
    Why the response failed; null unless it did.
    """
    incomplete_details: ResponseIncompleteDetails | None
    """
    Why the response is incomplete; null unless it is.
    """
    model: ResponsesModel
    """
    The model that generates the response, such as `gpt-4o` or `o3`.
    """
    output: list[ResponseOutputItem]
    """
    What the model produced: messages, reasoning, tool calls and their results.
    """
    output_text: str | None = None
    """
    All the text of the output messages, joined; only filled in by some SDKs.
    """
    usage: ResponseUsage | None = None
    """
    Token counts for the response.
    """
    instructions: str | list[ResponseInputItem] | None
    """
    The instructions the model was given.
    """
    tools: list[ResponseTool]
    """
    The tools the model could use.
    """
    tool_choice: ResponseToolChoice
    """
    Which tool, if any, the model had to call.
    """
    parallel_tool_calls: bool
    """
    Whether the model may call several tools at once.
    """
    max_tool_calls: int | None = None
    """
    The most calls to built-in tools the model may make in this response.
    """
    text: ResponseTextConfig | None = None
    """
    The shape asked for the text output.
    """
    reasoning: Reasoning | None = None
    """
    The reasoning settings the model ran with.
    """
    previous_response_id: str | None = None
    """
    The earlier response this one continues, if any.
    """
    conversation: ResponseConversation | None = None
    """
    The conversation the response was added to, if any.
    """
    background: bool | None = False
    """
    Whether the response runs in the background.
    """
    max_output_tokens: int | None = None
    """
    The limit on generated tokens, if one was set.
    """
    temperature: Annotated[float | None, Field(ge=0.0, le=2.0)]
    """
    Sampling temperature between 0 and 2; higher is more random. Tune this or `top_p`, not both.
    """
    top_p: Annotated[float | None, Field(ge=0.0, le=1.0)]
    """
    Nucleus sampling: only tokens within this top probability mass are considered. Tune this or `temperature`, not both.
    """
    top_logprobs: Annotated[int | None, Field(ge=0, le=20)] = None
    """
    How many of the likeliest tokens to return, with log probabilities, at each position.
    """
    truncation: Literal["auto", "disabled"] | None = None
    """
    `auto` drops items from the start of the conversation when it would not fit the context window; `disabled` (the default) fails the request instead.
    """
    metadata: dict[str, Any] | None
    """
    Up to 16 string key-value pairs for your own bookkeeping.
    """
    prompt: ResponsePrompt | None = None
    """
    The stored prompt template used, if any.
    """
    service_tier: Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"] | None = None
    """
    The processing tier that served the response.
    """
    user: Annotated[str | None, Field(deprecated=True)] = None
    """
    An identifier for your end user. Superseded by `safety_identifier` and `prompt_cache_key`.
    """
    safety_identifier: Annotated[str | None, Field(max_length=64)] = None
    """
    A stable identifier for your end user (for example a hash of their ID), used to detect abuse.
    """
    prompt_cache_key: str | None = None
    """
    A key that groups similar requests to improve prompt cache hit rates.
    """
    prompt_cache_retention: Annotated[Literal["in_memory", "24h"] | None, Field(deprecated=True)] = None
    """
    How long cached prompt prefixes are kept. Replaced by `prompt_cache_options`.
    """
    prompt_cache_options: ResponsePromptCacheOptions | None = None
    """
    How the prompt cache treated the response.
    """
    moderation: ResponseModeration | None = None
    """
    Moderation results, when moderation was asked for.
    """


class ResponseAdditionalTools(BaseModel):
    """
    Tools added to the conversation part-way through.
    """

    type: Literal["additional_tools"] = "additional_tools"
    """
    Always `additional_tools`.
    """
    id: str
    """
    The ID of the item.
    """
    role: Literal["unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"]
    """
    Who added the tools.
    """
    tools: list[ResponseTool]
    """
    The tools added.
    """


class ResponseAdditionalToolsParam(BaseModel):
    """
    Tools to add to the conversation part-way through.
    """

    id: str | None = None
    """
    The ID of the item.
    """
    type: Literal["additional_tools"] = "additional_tools"
    """
    Always `additional_tools`.
    """
    role: Literal["developer"] = "developer"
    """
    Who adds the tools; always `developer`.
    """
    tools: list[ResponseTool]
    """
    The tools to add.
    """


class ResponseCompletedEvent(BaseModel):
    """
    The response is complete; the last event of the stream.
    """

    type: Literal["response.completed"] = "response.completed"
    """
    Always `response.completed`.
    """
    response: Response
    """
    The response as it stands at this point.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseCreatedEvent(BaseModel):
    """
    The response was created.
    """

    type: Literal["response.created"] = "response.created"
    """
    Always `response.created`.
    """
    response: Response
    """
    The response as it stands at this point.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseFailedEvent(BaseModel):
    """
    The response failed; the last event of the stream.
    """

    type: Literal["response.failed"] = "response.failed"
    """
    Always `response.failed`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    response: Response
    """
    The response as it stands at this point.
    """


class ResponseInProgressEvent(BaseModel):
    """
    The model is working on the response.
    """

    type: Literal["response.in_progress"] = "response.in_progress"
    """
    Always `response.in_progress`.
    """
    response: Response
    """
    The response as it stands at this point.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseIncompleteEvent(BaseModel):
    """
    The response stopped early, for example at `max_output_tokens`; the last event of the stream.
    """

    type: Literal["response.incomplete"] = "response.incomplete"
    """
    Always `response.incomplete`.
    """
    response: Response
    """
    The response as it stands at this point.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


ResponseInputItem = TypeAliasType(
    "ResponseInputItem",
    Union[EasyInputMessage, ResponseInputMessage, ResponseItemReference, "ResponseTypedInputItem"],
)
"""
One item of input. Messages and item references may leave out `type`, so they are listed on their own; every other kind of item is told apart by `type`.
"""


ResponseItem = TypeAliasType(
    "ResponseItem",
    Annotated[
        Union[
            ResponseMessageItem,
            ResponseFileSearchToolCall,
            ResponseComputerToolCall,
            ResponseComputerToolCallOutputItem,
            ResponseFunctionWebSearch,
            ResponseFunctionToolCallItem,
            ResponseFunctionToolCallOutputItem,
            ResponseToolSearchCall,
            "ResponseToolSearchOutput",
            ResponseAdditionalTools,
            ResponseReasoningItem,
            ResponseProgram,
            ResponseProgramOutput,
            ResponseCompactionItem,
            ResponseImageGenerationCall,
            ResponseCodeInterpreterToolCall,
            ResponseLocalShellCall,
            ResponseLocalShellCallOutput,
            ResponseShellCall,
            ResponseShellCallOutput,
            ResponseApplyPatchToolCall,
            ResponseApplyPatchToolCallOutput,
            ResponseMcpListTools,
            ResponseMcpApprovalRequest,
            ResponseMcpApprovalResponse,
            ResponseMcpCall,
            ResponseCustomToolCallItem,
            ResponseCustomToolCallOutputItem,
        ],
        Field(discriminator="type"),
    ],
)
"""
An item stored with a response, as the input items listing returns it; told apart by `type`, and messages further by `role`.
"""


class ResponseItemList(BaseModel):
    """
    A page of the input items of a response.
    """

    object: Literal["list"] = "list"
    """
    Always `list`.
    """
    data: list[ResponseItem]
    """
    The items of this page.
    """
    has_more: bool
    """
    Whether there are more items after this page.
    """
    first_id: str
    """
    The ID of the first item of this page.
    """
    last_id: str
    """
    The ID of the last item of this page; pass it as `after` for the next page.
    """


ResponseOutputItem = TypeAliasType(
    "ResponseOutputItem",
    Annotated[
        Union[
            ResponseOutputMessage,
            ResponseFileSearchToolCall,
            ResponseFunctionToolCall,
            ResponseFunctionToolCallOutputItem,
            ResponseFunctionWebSearch,
            ResponseComputerToolCall,
            ResponseComputerToolCallOutputItem,
            ResponseReasoningItem,
            ResponseProgram,
            ResponseProgramOutput,
            ResponseToolSearchCall,
            "ResponseToolSearchOutput",
            ResponseAdditionalTools,
            ResponseCompactionItem,
            ResponseImageGenerationCall,
            ResponseCodeInterpreterToolCall,
            ResponseLocalShellCall,
            ResponseLocalShellCallOutput,
            ResponseShellCall,
            ResponseShellCallOutput,
            ResponseApplyPatchToolCall,
            ResponseApplyPatchToolCallOutput,
            ResponseMcpCall,
            ResponseMcpListTools,
            ResponseMcpApprovalRequest,
            ResponseMcpApprovalResponse,
            ResponseCustomToolCall,
            ResponseCustomToolCallOutputItem,
        ],
        Field(discriminator="type"),
    ],
)
"""
One item the model produced, told apart by `type`.
"""


class ResponseOutputItemAddedEvent(BaseModel):
    """
    A new output item was started.
    """

    type: Literal["response.output_item.added"] = "response.output_item.added"
    """
    Always `response.output_item.added`.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    item: ResponseOutputItem
    """
    The new item, as far as it is known.
    """


class ResponseOutputItemDoneEvent(BaseModel):
    """
    An output item is complete.
    """

    type: Literal["response.output_item.done"] = "response.output_item.done"
    """
    Always `response.output_item.done`.
    """
    output_index: int
    """
    Which output item this event is about, by its index in `output`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """
    item: ResponseOutputItem
    """
    The complete item.
    """


class ResponseQueuedEvent(BaseModel):
    """
    The response is waiting to be processed.
    """

    type: Literal["response.queued"] = "response.queued"
    """
    Always `response.queued`.
    """
    response: Response
    """
    The response as it stands at this point.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


ResponseStreamEvent = TypeAliasType(
    "ResponseStreamEvent",
    Annotated[
        ResponseAudioDeltaEvent
        | ResponseAudioDoneEvent
        | ResponseAudioTranscriptDeltaEvent
        | ResponseAudioTranscriptDoneEvent
        | ResponseCodeInterpreterCallCodeDeltaEvent
        | ResponseCodeInterpreterCallCodeDoneEvent
        | ResponseCodeInterpreterCallCompletedEvent
        | ResponseCodeInterpreterCallInProgressEvent
        | ResponseCodeInterpreterCallInterpretingEvent
        | ResponseCompletedEvent
        | ResponseContentPartAddedEvent
        | ResponseContentPartDoneEvent
        | ResponseCreatedEvent
        | ResponseErrorEvent
        | ResponseFileSearchCallCompletedEvent
        | ResponseFileSearchCallInProgressEvent
        | ResponseFileSearchCallSearchingEvent
        | ResponseFunctionCallArgumentsDeltaEvent
        | ResponseFunctionCallArgumentsDoneEvent
        | ResponseShellCallCommandAddedEvent
        | ResponseShellCallCommandDeltaEvent
        | ResponseShellCallCommandDoneEvent
        | ResponseShellCallOutputContentDeltaEvent
        | ResponseShellCallOutputContentDoneEvent
        | ResponseInProgressEvent
        | ResponseFailedEvent
        | ResponseIncompleteEvent
        | ResponseOutputItemAddedEvent
        | ResponseOutputItemDoneEvent
        | ResponseReasoningSummaryPartAddedEvent
        | ResponseReasoningSummaryPartDoneEvent
        | ResponseReasoningSummaryTextDeltaEvent
        | ResponseReasoningSummaryTextDoneEvent
        | ResponseReasoningTextDeltaEvent
        | ResponseReasoningTextDoneEvent
        | ResponseRefusalDeltaEvent
        | ResponseRefusalDoneEvent
        | ResponseTextDeltaEvent
        | ResponseTextDoneEvent
        | ResponseWebSearchCallCompletedEvent
        | ResponseWebSearchCallInProgressEvent
        | ResponseWebSearchCallSearchingEvent
        | ResponseImageGenCallCompletedEvent
        | ResponseImageGenCallGeneratingEvent
        | ResponseImageGenCallInProgressEvent
        | ResponseImageGenCallPartialImageEvent
        | ResponseMcpCallArgumentsDeltaEvent
        | ResponseMcpCallArgumentsDoneEvent
        | ResponseMcpCallCompletedEvent
        | ResponseMcpCallFailedEvent
        | ResponseMcpCallInProgressEvent
        | ResponseMcpListToolsCompletedEvent
        | ResponseMcpListToolsFailedEvent
        | ResponseMcpListToolsInProgressEvent
        | ResponseOutputTextAnnotationAddedEvent
        | ResponseQueuedEvent
        | ResponseCustomToolCallInputDeltaEvent
        | ResponseCustomToolCallInputDoneEvent,
        Field(discriminator="type"),
    ],
)
"""
One event of a streamed response, told apart by `type`.
"""


ResponseTool = TypeAliasType(
    "ResponseTool",
    Annotated[
        FunctionTool
        | FileSearchTool
        | ComputerTool
        | ComputerUsePreviewTool
        | WebSearchTool
        | McpTool
        | CodeInterpreterTool
        | ProgrammaticToolCallingTool
        | ImageGenerationTool
        | LocalShellTool
        | ShellTool
        | CustomTool
        | NamespaceTool
        | ToolSearchTool
        | WebSearchPreviewTool
        | ApplyPatchTool,
        Field(discriminator="type"),
    ],
)
"""
A tool the model may use, told apart by `type`.
"""


class ResponseToolSearchOutput(BaseModel):
    """
    The tools a tool search found.
    """

    type: Literal["tool_search_output"] = "tool_search_output"
    """
    Always `tool_search_output`.
    """
    id: str
    """
    The ID of the item.
    """
    call_id: str | None
    """
    The ID that ties a tool call to its output.
    """
    execution: ToolSearchExecution
    """
    Whether the search runs on the server or is carried out by the caller.
    """
    tools: list[ResponseTool]
    """
    The tools found.
    """
    status: Literal["in_progress", "completed", "incomplete"]
    """
    Where the item stands.
    """
    created_by: str | None = None
    """
    Who created the item.
    """


class ResponseToolSearchOutputParam(BaseModel):
    """
    The tools a tool search found, sent back as input.
    """

    id: str | None = None
    """
    The ID of the item.
    """
    call_id: Annotated[str | None, Field(max_length=64, min_length=1)] = None
    """
    The ID that ties a tool call to its output.
    """
    type: Literal["tool_search_output"] = "tool_search_output"
    """
    Always `tool_search_output`.
    """
    execution: ToolSearchExecution | None = None
    """
    Whether the search runs on the server or is carried out by the caller.
    """
    tools: list[ResponseTool]
    """
    The tools found.
    """
    status: ResponseItemStatus | None = None
    """
    Where the item stands.
    """


ResponseTypedInputItem = TypeAliasType(
    "ResponseTypedInputItem",
    Annotated[
        ResponseOutputMessage
        | ResponseFileSearchToolCall
        | ResponseComputerToolCall
        | ResponseComputerCallOutput
        | ResponseFunctionWebSearch
        | ResponseFunctionToolCall
        | ResponseFunctionCallOutput
        | ResponseToolSearchCallParam
        | ResponseToolSearchOutputParam
        | ResponseAdditionalToolsParam
        | ResponseReasoningItem
        | ResponseCompactionItemParam
        | ResponseImageGenerationCall
        | ResponseCodeInterpreterToolCall
        | ResponseLocalShellCall
        | ResponseLocalShellCallOutput
        | ResponseShellCallParam
        | ResponseShellCallOutputParam
        | ResponseApplyPatchToolCallParam
        | ResponseApplyPatchToolCallOutputParam
        | ResponseMcpListTools
        | ResponseMcpApprovalRequest
        | ResponseMcpApprovalResponseParam
        | ResponseMcpCall
        | ResponseCustomToolCallOutput
        | ResponseCustomToolCall
        | ResponseCompactionTrigger
        | ResponseProgramParam
        | ResponseProgramOutputParam,
        Field(discriminator="type"),
    ],
)
"""
An input item that names its kind in `type`.
"""


CompoundFilter.model_rebuild()
CreateResponseRequest.model_rebuild()
Response.model_rebuild()
ResponseAdditionalTools.model_rebuild()
ResponseAdditionalToolsParam.model_rebuild()
