# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from oaiclient._models import BaseModel
from pydantic import AnyUrl, ConfigDict, Field
from typing import Annotated, Any, Literal
from typing_extensions import TypeAliasType
from ._batches import Batch
from ._chat import (
    ChatCompletionMessageToolCallUnion,
    ChatCompletionRequestMessageContentPartImage,
    ChatCompletionRequestMessageContentPartText,
    ChatCompletionStoreMessage,
    CreateChatCompletionResponse,
    ServiceTier,
)
from ._fine_tuning import (
    FineTuneBatchSize,
    FineTuneEpochs,
    FineTuneLearningRateMultiplier,
    FineTuneMethod,
    FineTuningIntegration,
    FineTuningJob,
    FineTuningJobCheckpoint,
    FineTuningJobEvent,
)
from ._models import Model
from ._responses import (
    ChatModel,
    Reasoning,
    ResponseFormatJsonObject,
    ResponseFormatText,
    ResponseInputItem,
    ResponseItem,
    ResponsePrompt,
    ResponseTextConfig,
    ResponseTool,
    ResponseToolChoice,
    ResponsesModel,
)
from ._shared import Metadata, OpenAIFile


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


AudioResponseFormat = TypeAliasType(
    "AudioResponseFormat", Literal["json", "text", "srt", "verbose_json", "vtt", "diarized_json"]
)
"""
The shape of the answer: `json`, `verbose_json` or `diarized_json` as an object, `text`, `srt` or `vtt` as plain text. Which ones a model offers varies; the gpt-4o transcribe models give only `json`.
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


class FunctionParameters(BaseModel):
    """
    The function's arguments, as a JSON Schema object. Leave it out for a function that takes no arguments.
    """

    model_config = ConfigDict(
        extra="allow",
    )


ImageFiles = TypeAliasType("ImageFiles", Annotated[list[bytes], Field(max_length=16)])
"""
Up to 16 pictures, each a file.
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


class ResponseConversationParam(BaseModel):
    """
    A conversation, named by its ID.
    """

    id: str
    """
    The ID of the conversation.
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


class ResponseModerationConfig(BaseModel):
    """
    What moderation does with one side of the exchange.
    """

    mode: Literal["score", "block"]
    """
    `score` only reports; `block` also stops flagged content.
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


class ResponseStreamOptions(BaseModel):
    """
    Settings for a streamed response; only used when `stream` is true.
    """

    include_obfuscation: bool | None = None
    """
    When true (the default), events carry random padding in an `obfuscation` field to hide their sizes. Set false to save bandwidth on trusted links.
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


TranscriptionInclude = TypeAliasType("TranscriptionInclude", Literal["logprobs"])
"""
Extra data a transcription can include.
"""


class UpdateChatCompletionRequest(BaseModel):
    """
    The new metadata of a stored completion.
    """

    metadata: Metadata | None
    """
    The key-value pairs that replace the current ones; null removes them all.
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

    image: bytes | ImageFiles
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


ModerationInputPart = TypeAliasType("ModerationInputPart", ModerationImageURLInput | ModerationTextInput)
"""
One part of a multi-modal moderation input.
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


VoiceIdsOrCustomVoice = TypeAliasType("VoiceIdsOrCustomVoice", VoiceIdsShared | VoiceIdsOrCustomVoice1)
"""
A built-in voice by name, such as `coral`, or an object naming a custom voice.
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
