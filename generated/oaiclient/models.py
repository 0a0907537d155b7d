# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal
from oaiclient._models import BaseModel
from pydantic import ConfigDict, Field
from typing_extensions import TypeAliasType


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


class FunctionCall2(BaseModel):
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
    function_call: Annotated[FunctionCall2 | None, Field(deprecated=True)] = None
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


class FunctionParameters(BaseModel):
    """
    The function's arguments, as a JSON Schema object. Leave it out for a function that takes no arguments.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class Image(BaseModel):
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


class ImagesResponse(BaseModel):
    """
    The result of an image request.
    """

    created: int
    """
    When the images were created, in Unix seconds.
    """
    data: list[Image] | None = None
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


ServiceTier = TypeAliasType("ServiceTier", Literal["auto", "default", "flex", "scale", "priority", "fast"])
"""
A processing tier, trading latency and price.
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


class WebSearchUserLocation(BaseModel):
    """
    An approximate user location.
    """

    type: Literal["approximate"] = "approximate"
    """
    Always `approximate`.
    """
    approximate: WebSearchLocation


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
