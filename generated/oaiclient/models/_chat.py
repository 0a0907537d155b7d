# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from oaiclient._models import BaseModel
from pydantic import Field
from typing import Annotated, Literal
from typing_extensions import TypeAliasType
from ._shared import CompletionUsage, Metadata


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


ServiceTier = TypeAliasType("ServiceTier", Literal["auto", "default", "flex", "scale", "priority", "fast"])
"""
A processing tier, trading latency and price.
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
