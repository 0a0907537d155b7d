# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from typing_extensions import TypedDict
from typing import Any, Literal, NotRequired, TypeAlias
from ._shared import ResponseFormatJsonObject, ResponseFormatText


class AllowedTools(TypedDict):
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


class ChatCompletionAllowedToolsChoice(TypedDict):
    """
    Limits the model to a subset of the given tools.
    """

    type: Literal["allowed_tools"]
    """
    Always `allowed_tools`.
    """
    allowed_tools: AllowedTools
    """
    The tools allowed and whether one must be called.
    """


class Voice(TypedDict, closed=True):
    """
    A built-in voice by name, such as `alloy`, or an object with the ID of a custom voice.
    """

    id: str
    """
    The ID of the custom voice.
    """


class ChatCompletionAudioParam(TypedDict):
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


class ChatCompletionFunctionCallOption(TypedDict):
    """
    Makes the model call one particular function (deprecated form).
    """

    name: str
    """
    The name of the function.
    """


class Custom(TypedDict):
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


class ChatCompletionMessageCustomToolCall(TypedDict):
    """
    A call to a custom tool.
    """

    id: str
    """
    The ID of the call, quoted back in the tool message that answers it.
    """
    type: Literal["custom"]
    """
    Always `custom`.
    """
    custom: Custom
    """
    The custom tool and the input the model produced for it.
    """


class Function(TypedDict):
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


class ChatCompletionMessageToolCall(TypedDict):
    """
    A call to a function tool.
    """

    id: str
    """
    The ID of the call, quoted back in the tool message that answers it.
    """
    type: Literal["function"]
    """
    Always `function`.
    """
    function: Function
    """
    The function and the arguments the model chose.
    """


ChatCompletionMessageToolCallUnion: TypeAlias = (
    ChatCompletionMessageToolCall | ChatCompletionMessageCustomToolCall
)
"""
A tool call made by the model, told apart by its `type`.
"""


class Function1(TypedDict):
    """
    The function to call.
    """

    name: str
    """
    The name of the function.
    """


class ChatCompletionNamedToolChoice(TypedDict):
    """
    Makes the model call one particular function.
    """

    type: Literal["function"]
    """
    Always `function`.
    """
    function: Function1
    """
    The function to call.
    """


class Custom1(TypedDict):
    """
    The custom tool to call.
    """

    name: str
    """
    The name of the custom tool.
    """


class ChatCompletionNamedToolChoiceCustom(TypedDict):
    """
    Makes the model call one particular custom tool.
    """

    type: Literal["custom"]
    """
    Always `custom`.
    """
    custom: Custom1
    """
    The custom tool to call.
    """


class Audio(TypedDict):
    """
    A previous audio reply from the model, referred to by its ID.
    """

    id: str
    """
    The ID of the earlier audio reply.
    """


class FunctionCall(TypedDict):
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


class ChatCompletionRequestFunctionMessage(TypedDict):
    """
    Replaced by tool messages. The result of a function call.
    """

    role: Literal["function"]
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


class InputAudio(TypedDict):
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


class ChatCompletionRequestMessageContentPartAudio(TypedDict):
    """
    A clip of input audio.
    """

    type: Literal["input_audio"]
    """
    Always `input_audio`.
    """
    input_audio: InputAudio
    """
    The audio data and its encoding.
    """


class File(TypedDict):
    """
    The file; give either `file_data` or `file_id`.
    """

    filename: NotRequired[str]
    """
    The file's name, used with `file_data`.
    """
    file_data: NotRequired[str]
    """
    The file's contents, base64-encoded.
    """
    file_id: NotRequired[str]
    """
    The ID of a file uploaded earlier.
    """


class ChatCompletionRequestMessageContentPartFile(TypedDict):
    """
    A file, such as a PDF, given inline or by the ID of an uploaded file.
    """

    type: Literal["file"]
    """
    Always `file`.
    """
    file: File
    """
    The file; give either `file_data` or `file_id`.
    """


class ImageUrl(TypedDict):
    """
    Where the image is and how closely to look at it.
    """

    url: str
    """
    An image URL, or a `data:` URL with the base64-encoded image.
    """
    detail: NotRequired[Literal["auto", "low", "high"]]
    """
    The resolution at which the model sees the image.
    """


class ChatCompletionRequestMessageContentPartImage(TypedDict):
    """
    An image, given by URL or as a base64 data URL.
    """

    type: Literal["image_url"]
    """
    Always `image_url`.
    """
    image_url: ImageUrl
    """
    Where the image is and how closely to look at it.
    """


class ChatCompletionRequestMessageContentPartRefusal(TypedDict):
    """
    A refusal by the model.
    """

    type: Literal["refusal"]
    """
    Always `refusal`.
    """
    refusal: str
    """
    The model's refusal message.
    """


class ChatCompletionRequestMessageContentPartText(TypedDict):
    """
    A piece of text.
    """

    type: Literal["text"]
    """
    Always `text`.
    """
    text: str
    """
    The text.
    """


class ChatCompletionRequestSystemMessage(TypedDict):
    """
    Instructions that the model should follow whatever the user says. For newer models, prefer a `developer` message.
    """

    role: Literal["system"]
    """
    Always `system`.
    """
    content: str | list[ChatCompletionRequestMessageContentPartText]
    """
    The instructions, as a string or a list of text parts.
    """
    name: NotRequired[str]
    """
    An optional name to tell apart participants with the same role.
    """


class ChatCompletionRequestToolMessage(TypedDict):
    """
    The result of a tool call, sent back to the model.
    """

    role: Literal["tool"]
    """
    Always `tool`.
    """
    content: str | list[ChatCompletionRequestMessageContentPartText]
    """
    The tool's output, as a string or a list of text parts.
    """
    tool_call_id: str
    """
    The ID of the tool call this message answers.
    """


ChatCompletionRequestUserMessageContentPart: TypeAlias = (
    ChatCompletionRequestMessageContentPartText
    | ChatCompletionRequestMessageContentPartImage
    | ChatCompletionRequestMessageContentPartAudio
    | ChatCompletionRequestMessageContentPartFile
)
"""
One part of a user message, told apart by its `type`.
"""


ChatCompletionToolChoiceOption: TypeAlias = (
    Literal["none", "auto", "required"]
    | ChatCompletionAllowedToolsChoice
    | ChatCompletionNamedToolChoice
    | ChatCompletionNamedToolChoiceCustom
)
"""
Which tool the model calls: `none` (reply with text), `auto` (the model decides; the default when tools are given), `required` (at least one tool), or an object that limits or names the tools.
"""


class Grammar(TypedDict):
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


class CustomToolFormatGrammar(TypedDict, closed=True):
    """
    Input constrained by a grammar.
    """

    type: Literal["grammar"]
    """
    Always `grammar`.
    """
    grammar: Grammar
    """
    The grammar the input must match.
    """


class CustomToolFormatText(TypedDict, closed=True):
    """
    Unconstrained text input.
    """

    type: Literal["text"]
    """
    Always `text`.
    """


class FunctionParameters(TypedDict):
    """
    The function's arguments, as a JSON Schema object. Leave it out for a function that takes no arguments.
    """


class PredictionContent(TypedDict):
    """
    Predicted output, such as the current text of a file being edited.
    """

    type: Literal["content"]
    """
    Always `content`.
    """
    content: str | list[ChatCompletionRequestMessageContentPartText]
    """
    The predicted text, as a string or a list of text parts.
    """


class JsonSchema(TypedDict):
    """
    The schema and how to apply it.
    """

    name: str
    """
    A name for the format: letters, digits, underscores and dashes, at most 64 characters.
    """
    description: NotRequired[str]
    """
    What the format is for, to guide the model.
    """
    schema: NotRequired[dict[str, Any]]
    """
    The JSON Schema the reply must follow.
    """
    strict: NotRequired[bool | None]
    """
    When true, the reply follows the schema exactly. Strict mode accepts only part of JSON Schema.
    """


class ResponseFormatJsonSchema(TypedDict):
    """
    Reply with JSON that follows the given schema (Structured Outputs).
    """

    type: Literal["json_schema"]
    """
    Always `json_schema`.
    """
    json_schema: JsonSchema
    """
    The schema and how to apply it.
    """


ServiceTier: TypeAlias = Literal["auto", "default", "flex", "scale", "priority", "fast"]
"""
A processing tier, trading latency and price.
"""


class WebSearchLocation(TypedDict):
    """
    Location details in free text.
    """

    country: NotRequired[str]
    """
    The two-letter ISO country code, such as `US`.
    """
    region: NotRequired[str]
    """
    The region or state, such as `California`.
    """
    city: NotRequired[str]
    """
    The city, such as `San Francisco`.
    """
    timezone: NotRequired[str]
    """
    The IANA time zone, such as `America/Los_Angeles`.
    """


class WebSearchUserLocation(TypedDict):
    """
    An approximate user location.
    """

    type: Literal["approximate"]
    """
    Always `approximate`.
    """
    approximate: WebSearchLocation


class ChatCompletionFunctions(TypedDict):
    """
    Replaced by function tools. A function the model may call.
    """

    name: str
    """
    The function's name: letters, digits, underscores and dashes, at most 64 characters.
    """
    description: NotRequired[str]
    """
    What the function does, to help the model decide when to call it.
    """
    parameters: NotRequired[FunctionParameters]


ChatCompletionRequestAssistantMessageContentPart: TypeAlias = (
    ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartRefusal
)
"""
One part of an assistant message, told apart by its `type`.
"""


class ChatCompletionRequestDeveloperMessage(TypedDict):
    """
    Instructions from the developer that the model should follow whatever the user says. Takes the place of `system` for newer models.
    """

    role: Literal["developer"]
    """
    Always `developer`.
    """
    content: str | list[ChatCompletionRequestMessageContentPartText]
    """
    The instructions, as a string or a list of text parts.
    """
    name: NotRequired[str]
    """
    An optional name to tell apart participants with the same role.
    """


class ChatCompletionRequestUserMessage(TypedDict):
    """
    A message written by the end user.
    """

    role: Literal["user"]
    """
    Always `user`.
    """
    content: str | list[ChatCompletionRequestUserMessageContentPart]
    """
    The message, as a string or a list of parts mixing text, images, audio and files.
    """
    name: NotRequired[str]
    """
    An optional name to tell apart participants with the same role.
    """


ChatCompletionResponseFormat: TypeAlias = (
    ResponseFormatText | ResponseFormatJsonSchema | ResponseFormatJsonObject
)
"""
The shape of the reply: plain text, JSON that follows a given schema, or any valid JSON object.
"""


class Custom2(TypedDict):
    """
    The definition of the custom tool.
    """

    name: str
    """
    The tool's name, used to refer to it in tool calls.
    """
    description: NotRequired[str]
    """
    What the tool does, to help the model decide when to call it.
    """
    format: NotRequired[CustomToolFormatText | CustomToolFormatGrammar]
    """
    The form the tool's input takes; unconstrained text by default.
    """


class CustomToolChatCompletions(TypedDict):
    """
    A custom tool that takes free text, optionally shaped by a grammar.
    """

    type: Literal["custom"]
    """
    Always `custom`.
    """
    custom: Custom2
    """
    The definition of the custom tool.
    """


class FunctionObject(TypedDict):
    """
    The definition of a function tool.
    """

    name: str
    """
    The function's name: letters, digits, underscores and dashes, at most 64 characters.
    """
    description: NotRequired[str]
    """
    What the function does, to help the model decide when to call it.
    """
    parameters: NotRequired[FunctionParameters]
    strict: NotRequired[bool | None]
    """
    When true, the model's arguments follow `parameters` exactly. Strict mode accepts only part of JSON Schema.
    """


class WebSearchOptions(TypedDict):
    """
    Settings for models that search the web before answering.
    """

    user_location: NotRequired[WebSearchUserLocation | None]
    """
    Roughly where the user is, to make results more relevant.
    """
    search_context_size: NotRequired[Literal["low", "medium", "high"]]
    """
    How much search result text to put in the model's context.
    """


class ChatCompletionRequestAssistantMessage(TypedDict):
    """
    An earlier reply from the model, sent back to keep the conversation's history.
    """

    role: Literal["assistant"]
    """
    Always `assistant`.
    """
    content: NotRequired[str | list[ChatCompletionRequestAssistantMessageContentPart] | None]
    """
    What the model said, as a string or a list of text and refusal parts. May be null when the message only holds tool calls.
    """
    refusal: NotRequired[str | None]
    """
    The model's refusal message, if it refused.
    """
    name: NotRequired[str]
    """
    An optional name to tell apart participants with the same role.
    """
    audio: NotRequired[Audio | None]
    """
    A previous audio reply from the model, referred to by its ID.
    """
    tool_calls: NotRequired[list[ChatCompletionMessageToolCallUnion]]
    """
    The tool calls the model made in this message.
    """
    function_call: NotRequired[FunctionCall | None]
    """
    Replaced by `tool_calls`. The function call the model made.
    """


ChatCompletionRequestMessage: TypeAlias = (
    ChatCompletionRequestDeveloperMessage
    | ChatCompletionRequestSystemMessage
    | ChatCompletionRequestUserMessage
    | ChatCompletionRequestAssistantMessage
    | ChatCompletionRequestToolMessage
    | ChatCompletionRequestFunctionMessage
)
"""
One message of the conversation, told apart by its `role`.
"""


class ChatCompletionTool(TypedDict):
    """
    A function the model may call.
    """

    type: Literal["function"]
    """
    Always `function`.
    """
    function: FunctionObject


ChatCompletionToolUnion: TypeAlias = ChatCompletionTool | CustomToolChatCompletions
"""
A tool the model may call, told apart by its `type`.
"""
