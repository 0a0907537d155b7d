# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from typing_extensions import TypedDict
from typing import Any, Literal, NotRequired, TypeAlias, Union
from ._audio import AudioResponseFormat, TranscriptionInclude, VadConfig, VoiceIdsOrCustomVoice
from ._chat import (
    ChatCompletionAudioParam,
    ChatCompletionFunctionCallOption,
    ChatCompletionFunctions,
    ChatCompletionMessageToolCallUnion,
    ChatCompletionRequestMessage,
    ChatCompletionRequestMessageContentPartImage,
    ChatCompletionRequestMessageContentPartText,
    ChatCompletionResponseFormat,
    ChatCompletionToolChoiceOption,
    ChatCompletionToolUnion,
    PredictionContent,
    ServiceTier,
    WebSearchOptions,
)
from ._completions import PromptItem
from ._embeddings import InputItem
from ._fine_tuning import (
    CreateFineTuningJobHyperparameters,
    FineTuneBatchSize,
    FineTuneEpochs,
    FineTuneLearningRateMultiplier,
    FineTuneMethod,
    FineTuningIntegration,
)
from ._images import InputFidelity
from ._moderations import ModerationInputPart
from ._responses import (
    Reasoning,
    ResponseCodeInterpreterToolCall,
    ResponseComputerSafetyCheck,
    ResponseComputerScreenshot,
    ResponseComputerToolCall,
    ResponseContextManagement,
    ResponseConversationParam,
    ResponseCustomToolCall,
    ResponseFileSearchToolCall,
    ResponseFunctionToolCall,
    ResponseFunctionWebSearch,
    ResponseImageGenerationCall,
    ResponseIncludable,
    ResponseInputContent,
    ResponseInputItem,
    ResponseLocalShellCall,
    ResponseLocalShellCallOutput,
    ResponseMcpApprovalRequest,
    ResponseMcpCall,
    ResponseMcpListTools,
    ResponseModerationParam,
    ResponseOutputMessage,
    ResponseOutputRefusal,
    ResponseOutputText,
    ResponseOutputTextAnnotation,
    ResponsePrompt,
    ResponsePromptCacheOptionsParam,
    ResponseReasoningItem,
    ResponseReasoningText,
    ResponseStreamOptions,
    ResponseTextConfig,
    ResponseTool,
    ResponseToolCaller,
    ResponseToolCallerParam,
    ResponseToolChoice,
    ResponseToolOutputContent,
    ResponsesModel,
    ToolSearchExecution,
)
from ._shared import ChatCompletionStreamOptions, ChatModel, FileExpirationAfter, Metadata, StopConfiguration


class AddUploadPartRequest(TypedDict, closed=True):
    """
    One chunk of the file.
    """

    data: bytes
    """
    The bytes of this part.
    """


class ApplyPatchCreateFile(TypedDict):
    """
    Create a file.
    """

    type: Literal["create_file"]
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


class ApplyPatchDeleteFile(TypedDict):
    """
    Delete a file.
    """

    type: Literal["delete_file"]
    """
    Always `delete_file`.
    """
    path: str
    """
    The file's path.
    """


class ApplyPatchUpdateFile(TypedDict):
    """
    Change a file.
    """

    type: Literal["update_file"]
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


class BatchError(TypedDict):
    """
    One problem with a request of the input file.
    """

    code: NotRequired[str]
    """
    A short code for the kind of problem.
    """
    message: NotRequired[str]
    """
    What is wrong, for people.
    """
    param: NotRequired[str | None]
    """
    The parameter at fault, if one is.
    """
    line: NotRequired[int | None]
    """
    The line of the input file at fault, if one is.
    """


class BatchErrors(TypedDict):
    """
    Problems found in the input file, if any.
    """

    object: NotRequired[str]
    """
    Always `list`.
    """
    data: NotRequired[list[BatchError]]
    """
    One entry per problem.
    """


class BatchRequestCounts(TypedDict):
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


class InputTokensDetails(TypedDict):
    """
    Where the input tokens came from.
    """

    cached_tokens: int
    """
    Input tokens served from the prompt cache.
    """


class OutputTokensDetails(TypedDict):
    """
    What the output tokens were spent on.
    """

    reasoning_tokens: int
    """
    Output tokens used for reasoning.
    """


class BatchUsage(TypedDict):
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


class UrlCitation(TypedDict):
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


class ChatCompletionAnnotation(TypedDict):
    """
    A citation of a web page, attached to a span of the reply.
    """

    type: Literal["url_citation"]
    """
    Always `url_citation`.
    """
    url_citation: UrlCitation
    """
    The cited page and where the citation sits in the text.
    """


class ChatCompletionAudio(TypedDict):
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


class ChatCompletionDeleted(TypedDict):
    """
    The result of deleting a stored completion.
    """

    object: Literal["chat.completion.deleted"]
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


class Function1(TypedDict):
    """
    The function name and the next piece of the arguments.
    """

    name: NotRequired[str]
    """
    The name of the function.
    """
    arguments: NotRequired[str]
    """
    The next piece of the JSON-encoded arguments.
    """


class ChatCompletionMessageToolCallChunk(TypedDict):
    """
    A piece of a tool call; the first piece of a call carries its ID and name.
    """

    index: int
    """
    Which tool call this piece belongs to.
    """
    id: NotRequired[str]
    """
    The ID of the tool call.
    """
    type: NotRequired[Literal["function"]]
    """
    Always `function`.
    """
    function: NotRequired[Function1]
    """
    The function name and the next piece of the arguments.
    """


class FunctionCall1(TypedDict):
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


class ChatCompletionResponseMessage(TypedDict):
    """
    The message the model wrote.
    """

    role: Literal["assistant"]
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
    tool_calls: NotRequired[list[ChatCompletionMessageToolCallUnion]]
    """
    The tool calls the model made.
    """
    annotations: NotRequired[list[ChatCompletionAnnotation]]
    """
    Notes on the text, such as citations of web pages found by web search.
    """
    audio: NotRequired[ChatCompletionAudio | None]
    """
    The spoken reply, when audio output was requested.
    """
    function_call: NotRequired[FunctionCall1]
    """
    Replaced by `tool_calls`. The function the model called.
    """


class FunctionCall2(TypedDict):
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


ChatCompletionStoreMessageContentPart: TypeAlias = (
    ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartImage
)
"""
A text or image part of a stored message, told apart by its `type`.
"""


class FunctionCall3(TypedDict):
    """
    Replaced by `tool_calls`. The next piece of a function call.
    """

    arguments: NotRequired[str]
    """
    The next piece of the JSON-encoded arguments.
    """
    name: NotRequired[str]
    """
    The name of the function.
    """


class ChatCompletionStreamResponseDelta(TypedDict):
    """
    What a chunk adds to the message; fields absent from a chunk did not change.
    """

    role: NotRequired[Literal["developer", "system", "user", "assistant", "tool"]]
    """
    The author's role; only in the first chunk.
    """
    content: NotRequired[str | None]
    """
    The next piece of the text.
    """
    refusal: NotRequired[str | None]
    """
    The next piece of a refusal message.
    """
    tool_calls: NotRequired[list[ChatCompletionMessageToolCallChunk]]
    """
    The next pieces of tool calls, matched to a call by `index`.
    """
    function_call: NotRequired[FunctionCall3]
    """
    Replaced by `tool_calls`. The next piece of a function call.
    """


class ChatCompletionTopLogprob(TypedDict):
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


class CompleteUploadRequest(TypedDict, closed=True):
    """
    How to put the parts together.
    """

    part_ids: list[str]
    """
    The IDs of the parts, in the order their bytes belong in the file.
    """
    md5: NotRequired[str]
    """
    An MD5 checksum of the whole file, if you want the joined bytes checked against it.
    """


class CompletionLogprobs(TypedDict):
    """
    Log probability details for the tokens of a completion.
    """

    text_offset: NotRequired[list[int]]
    """
    The character offset of each token in the text.
    """
    token_logprobs: NotRequired[list[float]]
    """
    The log probability of each chosen token.
    """
    tokens: NotRequired[list[str]]
    """
    The chosen tokens.
    """
    top_logprobs: NotRequired[list[dict[str, float]]]
    """
    For each position, the most likely tokens mapped to their log probabilities.
    """


class CompletionTokensDetails(TypedDict):
    """
    A breakdown of the tokens in the generated output.
    """

    accepted_prediction_tokens: NotRequired[int]
    """
    Tokens from a supplied prediction that appeared in the output.
    """
    audio_tokens: NotRequired[int]
    """
    Audio tokens the model produced.
    """
    reasoning_tokens: NotRequired[int]
    """
    Tokens the model spent on reasoning that are not part of the visible output.
    """
    text_tokens: NotRequired[int]
    """
    Text tokens the model produced.
    """
    rejected_prediction_tokens: NotRequired[int]
    """
    Tokens from a supplied prediction that the output did not use; they are still billed.
    """


class CreateEmbeddingRequest(TypedDict, closed=True):
    """
    Parameters for creating embeddings.
    """

    input: str | list[str] | list[int] | list[InputItem]
    """
    The text to embed: a string, a list of strings, a list of token IDs, or a list of token-ID lists. At most 2048 inputs per request, none of them empty or longer than the model's input limit.
    """
    model: str | Literal["text-embedding-ada-002", "text-embedding-3-small", "text-embedding-3-large"]
    """
    The ID of the embedding model to use.
    """
    encoding_format: NotRequired[Literal["float", "base64"]]
    """
    Whether vectors come back as lists of floats or as base64-encoded strings.
    """
    dimensions: NotRequired[int]
    """
    How many dimensions the vectors should have. Only `text-embedding-3` and later models accept this.
    """
    user: NotRequired[str]
    """
    A stable identifier for your end user, to help detect abuse.
    """


class CreateImageRequest(TypedDict):
    """
    Parameters for generating images.
    """

    prompt: str
    """
    What the images should show. The length limit depends on the model: 32000 characters for GPT image models, 4000 for dall-e-3 and 1000 for dall-e-2.
    """
    model: NotRequired[
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
    ]
    """
    The image model to use.
    """
    n: NotRequired[int | None]
    """
    How many images to generate; dall-e-3 only supports 1.
    """
    quality: NotRequired[Literal["standard", "hd", "low", "medium", "high", "auto"] | None]
    """
    Image quality. GPT image models take `low`, `medium` or `high`; dall-e-3 takes `standard` or `hd`; `auto` picks for you.
    """
    response_format: NotRequired[Literal["url", "b64_json"] | None]
    """
    For dall-e models, whether images come back as URLs (valid for an hour) or base64 data. GPT image models always return base64.
    """
    output_format: NotRequired[Literal["png", "jpeg", "webp"] | None]
    """
    The file format of the images; GPT image models only.
    """
    output_compression: NotRequired[int | None]
    """
    Compression level from 0 to 100 for `jpeg` and `webp` output; GPT image models only.
    """
    size: NotRequired[
        str
        | Literal[
            "auto", "1024x1024", "1536x1024", "1024x1536", "256x256", "512x512", "1792x1024", "1024x1792"
        ]
        | None
    ]
    """
    The image size as `WIDTHxHEIGHT` in pixels, or `auto`. Which sizes are accepted depends on the model.
    """
    moderation: NotRequired[Literal["low", "auto"] | None]
    """
    How strictly to filter content; GPT image models only.
    """
    background: NotRequired[Literal["transparent", "opaque", "auto"] | None]
    """
    Whether the background is transparent, opaque, or chosen by the model; GPT image models only. Transparent needs `png` or `webp`.
    """
    style: NotRequired[Literal["vivid", "natural"] | None]
    """
    For dall-e-3 only: `vivid` for dramatic, hyper-real images or `natural` for a plainer look.
    """
    user: NotRequired[str]
    """
    A stable identifier for your end user, to help detect abuse.
    """


class CreateImageVariationRequest(TypedDict):
    """
    Parameters for making variations of an image, sent as a multipart form.
    """

    image: bytes
    """
    The starting picture, a square png under 4 MB.
    """
    model: NotRequired[str | Literal["dall-e-2"] | None]
    """
    The image model; only dall-e-2 makes variations.
    """
    n: NotRequired[int | None]
    """
    How many variations to return.
    """
    response_format: NotRequired[Literal["url", "b64_json"] | None]
    """
    URLs (valid for an hour) or base64 data.
    """
    size: NotRequired[Literal["256x256", "512x512", "1024x1024"] | None]
    """
    The size of the variations in pixels.
    """
    user: NotRequired[str]
    """
    A stable identifier for your end user, to help detect abuse.
    """


class CreateTranslationRequest(TypedDict, closed=True):
    """
    Parameters for translating speech into English, sent as a multipart form.
    """

    file: bytes
    """
    The recording, in a common audio or video format (mp3, wav, m4a, webm, ogg, flac, mp4 ...), best with a filename that shows the format.
    """
    model: str | Literal["whisper-1"]
    """
    The model; only whisper-1 translates.
    """
    prompt: NotRequired[str]
    """
    English text that sets the style or carries on from an earlier segment.
    """
    response_format: NotRequired[Literal["json", "text", "srt", "verbose_json", "vtt"]]
    """
    The shape of the answer: `json` or `verbose_json` as an object, `text`, `srt` or `vtt` as plain text.
    """
    temperature: NotRequired[float]
    """
    Sampling temperature from 0 to 1; at 0 the model raises it by itself where it is unsure.
    """


class DeleteFileResponse(TypedDict):
    """
    The result of deleting a file.
    """

    id: str
    """
    The ID of the deleted file.
    """
    object: Literal["file"]
    """
    Always `file`.
    """
    deleted: bool
    """
    Whether the file was deleted.
    """


class DeleteModelResponse(TypedDict):
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


class Embedding(TypedDict):
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
    object: Literal["embedding"]
    """
    Always `embedding`.
    """


class EmbeddingUsage(TypedDict):
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


class Error(TypedDict):
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


class ErrorResponse(TypedDict):
    """
    The body the API sends with a non-2xx status.
    """

    error: Error


class FineTuningJobCheckpointMetrics(TypedDict):
    """
    Losses and accuracies measured at a checkpoint's step.
    """

    step: NotRequired[float]
    train_loss: NotRequired[float]
    train_mean_token_accuracy: NotRequired[float]
    valid_loss: NotRequired[float]
    valid_mean_token_accuracy: NotRequired[float]
    full_valid_loss: NotRequired[float]
    full_valid_mean_token_accuracy: NotRequired[float]


class FineTuningJobError(TypedDict):
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


class FineTuningJobEvent(TypedDict):
    """
    A message a job logged while it ran.
    """

    object: Literal["fine_tuning.job.event"]
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
    type: NotRequired[Literal["message", "metrics"]]
    """
    Whether the event is a plain message or carries metrics.
    """
    data: NotRequired[dict[str, Any]]
    """
    Extra details, such as training metrics.
    """


class FineTuningJobHyperparameters(TypedDict):
    """
    The training settings of a job; only sent for supervised jobs.
    """

    batch_size: NotRequired[FineTuneBatchSize | None]
    learning_rate_multiplier: NotRequired[FineTuneLearningRateMultiplier]
    n_epochs: NotRequired[FineTuneEpochs]


class Image(TypedDict):
    """
    One generated image, given either as base64 data or as a URL.
    """

    b64_json: NotRequired[str]
    """
    The image, base64-encoded; what GPT image models return.
    """
    url: NotRequired[str]
    """
    A URL to the image, valid for an hour; dall-e models with `response_format` `url` only.
    """
    revised_prompt: NotRequired[str]
    """
    The prompt dall-e-3 actually used after rewriting yours.
    """


ImageFiles: TypeAlias = list[bytes]
"""
Up to 16 pictures, each a file.
"""


class ImageGenInputUsageDetails(TypedDict):
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


class ImageGenOutputTokensDetails(TypedDict):
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


class ImageGenUsage(TypedDict):
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
    output_tokens_details: NotRequired[ImageGenOutputTokensDetails]


class ImagesResponse(TypedDict):
    """
    The result of an image request.
    """

    created: int
    """
    When the images were created, in Unix seconds.
    """
    data: NotRequired[list[Image]]
    """
    The generated images.
    """
    background: NotRequired[Literal["transparent", "opaque"]]
    """
    The background the images were generated with.
    """
    output_format: NotRequired[Literal["png", "webp", "jpeg"]]
    """
    The file format of the images.
    """
    size: NotRequired[Literal["1024x1024", "1024x1536", "1536x1024"]]
    """
    The size of the images.
    """
    quality: NotRequired[Literal["low", "medium", "high"]]
    """
    The quality of the images.
    """
    usage: NotRequired[ImageGenUsage]


class ListFineTuningJobEventsResponse(TypedDict):
    """
    A page of a job's events.
    """

    object: Literal["list"]
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


class Model(TypedDict):
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
    object: Literal["model"]
    """
    Always `model`.
    """
    owned_by: str
    """
    The organization that owns the model.
    """
    shutdown_date: NotRequired[str | None]
    """
    The date (YYYY-MM-DD) after which the model stops being served, or null if none is scheduled.
    """


ModerationCategories = TypedDict(
    "ModerationCategories",
    {
        "hate": bool,
        "hate/threatening": bool,
        "harassment": bool,
        "harassment/threatening": bool,
        "illicit": bool | None,
        "illicit/violent": bool | None,
        "self-harm": bool,
        "self-harm/intent": bool,
        "self-harm/instructions": bool,
        "sexual": bool,
        "sexual/minors": bool,
        "violence": bool,
        "violence/graphic": bool,
    },
)


ModerationCategoryAppliedInputTypes = TypedDict(
    "ModerationCategoryAppliedInputTypes",
    {
        "hate": list[Literal["text"]],
        "hate/threatening": list[Literal["text"]],
        "harassment": list[Literal["text"]],
        "harassment/threatening": list[Literal["text"]],
        "illicit": list[Literal["text"]],
        "illicit/violent": list[Literal["text"]],
        "self-harm": list[Literal["text", "image"]],
        "self-harm/intent": list[Literal["text", "image"]],
        "self-harm/instructions": list[Literal["text", "image"]],
        "sexual": list[Literal["text", "image"]],
        "sexual/minors": list[Literal["text"]],
        "violence": list[Literal["text", "image"]],
        "violence/graphic": list[Literal["text", "image"]],
    },
)


ModerationCategoryScores = TypedDict(
    "ModerationCategoryScores",
    {
        "hate": float,
        "hate/threatening": float,
        "harassment": float,
        "harassment/threatening": float,
        "illicit": float,
        "illicit/violent": float,
        "self-harm": float,
        "self-harm/intent": float,
        "self-harm/instructions": float,
        "sexual": float,
        "sexual/minors": float,
        "violence": float,
        "violence/graphic": float,
    },
)


class OpenAIFile(TypedDict):
    """
    A file stored with the API.
    """

    id: str
    """
    The file ID, used to refer to it in other requests.
    """
    object: Literal["file"]
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
    expires_at: NotRequired[int]
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
    status: NotRequired[Literal["uploaded", "processed", "error"]]
    """
    No longer maintained; was the processing state of the file.
    """
    status_details: NotRequired[str]
    """
    No longer maintained; look at a fine-tuning job's `error` for why its training file was refused.
    """


class PromptTokensDetails(TypedDict):
    """
    A breakdown of the tokens in the prompt.
    """

    audio_tokens: NotRequired[int]
    """
    Audio tokens in the prompt.
    """
    cached_tokens: NotRequired[int]
    """
    Prompt tokens served from the prompt cache.
    """
    text_tokens: NotRequired[int]
    """
    Text tokens in the prompt.
    """
    image_tokens: NotRequired[int]
    """
    Image tokens in the prompt.
    """
    cache_write_tokens: NotRequired[int]
    """
    Prompt tokens written to the prompt cache by this request.
    """


class ResponseAudioDeltaEvent(TypedDict):
    """
    More output audio.
    """

    type: Literal["response.audio.delta"]
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


class ResponseAudioDoneEvent(TypedDict):
    """
    The output audio is complete.
    """

    type: Literal["response.audio.done"]
    """
    Always `response.audio.done`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseAudioTranscriptDeltaEvent(TypedDict):
    """
    More of the transcript of the output audio.
    """

    type: Literal["response.audio.transcript.delta"]
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


class ResponseAudioTranscriptDoneEvent(TypedDict):
    """
    The transcript of the output audio is complete.
    """

    type: Literal["response.audio.transcript.done"]
    """
    Always `response.audio.transcript.done`.
    """
    sequence_number: int
    """
    The position of this event in the stream, counting from 0.
    """


class ResponseCodeInterpreterCallCodeDeltaEvent(TypedDict):
    """
    More of the code the code interpreter will run.
    """

    type: Literal["response.code_interpreter_call_code.delta"]
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


class ResponseCodeInterpreterCallCodeDoneEvent(TypedDict):
    """
    The code for the code interpreter is complete.
    """

    type: Literal["response.code_interpreter_call_code.done"]
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


class ResponseCodeInterpreterCallCompletedEvent(TypedDict):
    """
    A code interpreter call finished.
    """

    type: Literal["response.code_interpreter_call.completed"]
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


class ResponseCodeInterpreterCallInProgressEvent(TypedDict):
    """
    A code interpreter call started.
    """

    type: Literal["response.code_interpreter_call.in_progress"]
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


class ResponseCodeInterpreterCallInterpretingEvent(TypedDict):
    """
    The code interpreter is running code.
    """

    type: Literal["response.code_interpreter_call.interpreting"]
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


class ResponseCompactionItem(TypedDict):
    """
    Earlier context, compacted into an opaque summary.
    """

    type: Literal["compaction"]
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
    created_by: NotRequired[str]
    """
    Who created the item.
    """


class ResponseComputerToolCallOutputItem(TypedDict):
    """
    The stored output of a computer call.
    """

    type: Literal["computer_call_output"]
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
    acknowledged_safety_checks: NotRequired[list[ResponseComputerSafetyCheck]]
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
    created_by: NotRequired[str]
    """
    Who created the item.
    """


class ResponseContainerReference(TypedDict):
    """
    The commands ran in a hosted container.
    """

    type: Literal["container_reference"]
    """
    Always `container_reference`.
    """
    container_id: str
    """
    The ID of the container.
    """


class ResponseConversation(TypedDict):
    """
    The conversation this response belongs to.
    """

    id: str
    """
    The ID of the conversation.
    """


class ResponseCustomToolCallInputDeltaEvent(TypedDict):
    """
    More of a custom tool call's input.
    """

    type: Literal["response.custom_tool_call_input.delta"]
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


class ResponseCustomToolCallInputDoneEvent(TypedDict):
    """
    A custom tool call's input is complete.
    """

    type: Literal["response.custom_tool_call_input.done"]
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


class ResponseError(TypedDict):
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


class ResponseErrorEvent(TypedDict):
    """
    Something went wrong while streaming.
    """

    type: Literal["error"]
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


class ResponseFileSearchCallCompletedEvent(TypedDict):
    """
    A file search finished.
    """

    type: Literal["response.file_search_call.completed"]
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


class ResponseFileSearchCallInProgressEvent(TypedDict):
    """
    A file search started.
    """

    type: Literal["response.file_search_call.in_progress"]
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


class ResponseFileSearchCallSearchingEvent(TypedDict):
    """
    A file search is searching.
    """

    type: Literal["response.file_search_call.searching"]
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


class ResponseFunctionCallArgumentsDeltaEvent(TypedDict):
    """
    More of a function call's arguments.
    """

    type: Literal["response.function_call_arguments.delta"]
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


class ResponseFunctionCallArgumentsDoneEvent(TypedDict):
    """
    A function call's arguments are complete.
    """

    type: Literal["response.function_call_arguments.done"]
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


class ResponseImageGenCallCompletedEvent(TypedDict):
    """
    An image generation finished.
    """

    type: Literal["response.image_generation_call.completed"]
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


class ResponseImageGenCallGeneratingEvent(TypedDict):
    """
    An image is being generated.
    """

    type: Literal["response.image_generation_call.generating"]
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


class ResponseImageGenCallInProgressEvent(TypedDict):
    """
    An image generation started.
    """

    type: Literal["response.image_generation_call.in_progress"]
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


class ResponseImageGenCallPartialImageEvent(TypedDict):
    """
    A partial image, sent while the final one is generated.
    """

    type: Literal["response.image_generation_call.partial_image"]
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
    size: NotRequired[str]
    """
    The image size.
    """
    quality: NotRequired[str]
    """
    The image quality.
    """
    background: NotRequired[str]
    """
    The image background.
    """
    output_format: NotRequired[str]
    """
    The image's file format.
    """


class ResponseIncompleteDetails(TypedDict):
    """
    Why the response stopped before it was complete.
    """

    reason: NotRequired[Literal["max_output_tokens", "content_filter"]]
    """
    What stopped the response.
    """


class ResponseInputTokensDetails(TypedDict):
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


class ResponseLocalEnvironment(TypedDict):
    """
    The commands ran on your machine.
    """

    type: Literal["local"]
    """
    Always `local`.
    """


class ResponseMcpApprovalResponse(TypedDict):
    """
    Your answer to a request to approve an MCP tool call.
    """

    type: Literal["mcp_approval_response"]
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
    reason: NotRequired[str | None]
    """
    Why, if a reason was given.
    """


class ResponseMcpCallArgumentsDeltaEvent(TypedDict):
    """
    More of an MCP tool call's arguments.
    """

    type: Literal["response.mcp_call_arguments.delta"]
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


class ResponseMcpCallArgumentsDoneEvent(TypedDict):
    """
    An MCP tool call's arguments are complete.
    """

    type: Literal["response.mcp_call_arguments.done"]
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


class ResponseMcpCallCompletedEvent(TypedDict):
    """
    An MCP tool call finished.
    """

    type: Literal["response.mcp_call.completed"]
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


class ResponseMcpCallFailedEvent(TypedDict):
    """
    An MCP tool call failed.
    """

    type: Literal["response.mcp_call.failed"]
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


class ResponseMcpCallInProgressEvent(TypedDict):
    """
    An MCP tool call started.
    """

    type: Literal["response.mcp_call.in_progress"]
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


class ResponseMcpListToolsCompletedEvent(TypedDict):
    """
    The tools of an MCP server were listed.
    """

    type: Literal["response.mcp_list_tools.completed"]
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


class ResponseMcpListToolsFailedEvent(TypedDict):
    """
    Listing the tools of an MCP server failed.
    """

    type: Literal["response.mcp_list_tools.failed"]
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


class ResponseMcpListToolsInProgressEvent(TypedDict):
    """
    Listing the tools of an MCP server started.
    """

    type: Literal["response.mcp_list_tools.in_progress"]
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


class ResponseModerationError(TypedDict):
    """
    Moderation could not be run.
    """

    type: Literal["error"]
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


class ResponseModerationResult(TypedDict):
    """
    What the moderation model found.
    """

    type: Literal["moderation_result"]
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


class ResponseOutputTokensDetails(TypedDict):
    """
    A breakdown of the output tokens.
    """

    reasoning_tokens: int
    """
    Tokens spent on reasoning.
    """


class ResponseProgram(TypedDict):
    """
    A program the model wrote to call tools.
    """

    type: Literal["program"]
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


class ResponseProgramOutput(TypedDict):
    """
    What a program returned.
    """

    type: Literal["program_output"]
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


class ResponsePromptCacheOptions(TypedDict):
    """
    How the prompt cache treated this response.
    """

    ttl: Literal["30m"]
    """
    How long cached prefixes are kept.
    """
    mode: Literal["implicit", "explicit"]
    """
    `implicit` caches automatically; `explicit` only at breakpoints.
    """


class ResponseReasoningSummaryPart(TypedDict):
    """
    A part of the reasoning summary.
    """

    type: Literal["summary_text"]
    """
    Always `summary_text`.
    """
    text: str
    """
    The summary text.
    """


class ResponseReasoningSummaryPartAddedEvent(TypedDict):
    """
    A new part of the reasoning summary was started.
    """

    type: Literal["response.reasoning_summary_part.added"]
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


class ResponseReasoningSummaryPartDoneEvent(TypedDict):
    """
    A part of the reasoning summary is complete.
    """

    type: Literal["response.reasoning_summary_part.done"]
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
    status: NotRequired[Literal["incomplete"]]
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


class ResponseReasoningSummaryTextDeltaEvent(TypedDict):
    """
    More reasoning summary text.
    """

    type: Literal["response.reasoning_summary_text.delta"]
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


class ResponseReasoningSummaryTextDoneEvent(TypedDict):
    """
    A reasoning summary text is complete.
    """

    type: Literal["response.reasoning_summary_text.done"]
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


class ResponseReasoningTextDeltaEvent(TypedDict):
    """
    More reasoning text.
    """

    type: Literal["response.reasoning_text.delta"]
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


class ResponseReasoningTextDoneEvent(TypedDict):
    """
    A reasoning text is complete.
    """

    type: Literal["response.reasoning_text.done"]
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


class ResponseRefusalDeltaEvent(TypedDict):
    """
    More refusal text.
    """

    type: Literal["response.refusal.delta"]
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


class ResponseRefusalDoneEvent(TypedDict):
    """
    A refusal is complete.
    """

    type: Literal["response.refusal.done"]
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


class ResponseShellAction(TypedDict):
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


class ResponseShellCallCommandAddedEvent(TypedDict):
    """
    A new shell command was started.
    """

    type: Literal["response.shell_call_command.added"]
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


class ResponseShellCallCommandDeltaEvent(TypedDict):
    """
    More of a shell command.
    """

    type: Literal["response.shell_call_command.delta"]
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
    obfuscation: NotRequired[str]
    """
    Random padding that hides the event's size.
    """


class ResponseShellCallCommandDoneEvent(TypedDict):
    """
    A shell command is complete.
    """

    type: Literal["response.shell_call_command.done"]
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


class ResponseShellExitOutcome(TypedDict):
    """
    The command exited.
    """

    type: Literal["exit"]
    """
    Always `exit`.
    """
    exit_code: int
    """
    The command's exit code.
    """


class ResponseShellOutputDelta(TypedDict):
    """
    New output of a command.
    """

    stdout: NotRequired[str]
    """
    New standard output.
    """
    stderr: NotRequired[str]
    """
    New standard error.
    """


class ResponseShellTimeoutOutcome(TypedDict):
    """
    The command ran out of time.
    """

    type: Literal["timeout"]
    """
    Always `timeout`.
    """


class ResponseTextTopLogprob(TypedDict):
    """
    One of the likeliest tokens at a position.
    """

    token: NotRequired[str]
    """
    The token.
    """
    logprob: NotRequired[float]
    """
    Its log probability.
    """


class ResponseUsage(TypedDict):
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


class ResponseWebSearchCallCompletedEvent(TypedDict):
    """
    A web search finished.
    """

    type: Literal["response.web_search_call.completed"]
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


class ResponseWebSearchCallInProgressEvent(TypedDict):
    """
    A web search started.
    """

    type: Literal["response.web_search_call.in_progress"]
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


class ResponseWebSearchCallSearchingEvent(TypedDict):
    """
    A web search is searching.
    """

    type: Literal["response.web_search_call.searching"]
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


class TranscriptTextUsageDuration(TypedDict):
    """
    Usage of a model billed by the length of the audio.
    """

    type: Literal["duration"]
    """
    Always `duration`.
    """
    seconds: float
    """
    Length of the audio in seconds.
    """


class TranscriptTextUsageInputTokenDetails(TypedDict):
    """
    A breakdown of the input tokens billed.
    """

    text_tokens: NotRequired[int]
    """
    Text tokens (from the prompt).
    """
    audio_tokens: NotRequired[int]
    """
    Audio tokens.
    """


class TranscriptTextUsageTokens(TypedDict):
    """
    Usage of a model billed by tokens.
    """

    type: Literal["tokens"]
    """
    Always `tokens`.
    """
    input_tokens: int
    """
    Input tokens billed.
    """
    input_token_details: NotRequired[TranscriptTextUsageInputTokenDetails]
    output_tokens: int
    """
    Tokens generated.
    """
    total_tokens: int
    """
    Input and output tokens together.
    """


class TranscriptionDiarizedSegment(TypedDict):
    """
    A stretch of the transcript spoken by one speaker.
    """

    type: Literal["transcript.text.segment"]
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


class TranscriptionLanguage(TypedDict):
    """
    One language found in the recording.
    """

    code: str
    """
    The language's code.
    """


class TranscriptionLogprob(TypedDict):
    """
    The log probability of one token of the transcript.
    """

    token: NotRequired[str]
    """
    The token.
    """
    logprob: NotRequired[float]
    """
    Its log probability.
    """
    bytes: NotRequired[list[float]]
    """
    Its bytes.
    """


class TranscriptionSegment(TypedDict):
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


class TranscriptionWord(TypedDict):
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


class UpdateChatCompletionRequest(TypedDict):
    """
    The new metadata of a stored completion.
    """

    metadata: Metadata | None
    """
    The key-value pairs that replace the current ones; null removes them all.
    """


class Upload(TypedDict):
    """
    A file being sent in parts.
    """

    id: str
    """
    The Upload ID.
    """
    object: NotRequired[Literal["upload"]]
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
    file: NotRequired[OpenAIFile]
    """
    The finished File, once the Upload is completed; absent or null before.
    """


class UploadPart(TypedDict):
    """
    One part received for an Upload.
    """

    id: str
    """
    The part ID, listed when completing the Upload.
    """
    object: Literal["upload.part"]
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


class Batch(TypedDict):
    """
    A batch of requests and how far it has got.
    """

    id: str
    """
    The batch ID.
    """
    object: Literal["batch"]
    """
    Always `batch`.
    """
    endpoint: str
    """
    The endpoint the requests go to, such as `/v1/chat/completions`.
    """
    model: NotRequired[str]
    """
    The model that served the requests, such as `gpt-4o-mini-2024-07-18`.
    """
    errors: NotRequired[BatchErrors]
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
    output_file_id: NotRequired[str]
    """
    The file with the answers of the requests that succeeded.
    """
    error_file_id: NotRequired[str]
    """
    The file with the answers of the requests that failed.
    """
    created_at: int
    """
    When the batch was created, in Unix seconds.
    """
    in_progress_at: NotRequired[int]
    """
    When it started running, in Unix seconds.
    """
    expires_at: NotRequired[int]
    """
    When it expires if unfinished, in Unix seconds.
    """
    finalizing_at: NotRequired[int]
    """
    When it started finalizing, in Unix seconds.
    """
    completed_at: NotRequired[int]
    """
    When it completed, in Unix seconds.
    """
    failed_at: NotRequired[int]
    """
    When it failed, in Unix seconds.
    """
    expired_at: NotRequired[int]
    """
    When it expired, in Unix seconds.
    """
    cancelling_at: NotRequired[int]
    """
    When cancelling began, in Unix seconds.
    """
    cancelled_at: NotRequired[int]
    """
    When it was cancelled, in Unix seconds.
    """
    request_counts: NotRequired[BatchRequestCounts]
    usage: NotRequired[BatchUsage]
    metadata: NotRequired[Metadata | None]
    """
    The key-value pairs attached to the batch.
    """


class ChatCompletionStoreMessage(TypedDict):
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
    refusal: NotRequired[str | None]
    """
    The model's refusal message, if it refused.
    """
    content_parts: NotRequired[list[ChatCompletionStoreMessageContentPart] | None]
    """
    The text and image parts, when the message was sent as a list of parts; null otherwise.
    """
    tool_calls: NotRequired[list[ChatCompletionMessageToolCallUnion]]
    """
    The tool calls the model made.
    """
    annotations: NotRequired[list[ChatCompletionAnnotation]]
    """
    Notes on the text, such as citations of web pages.
    """
    audio: NotRequired[ChatCompletionAudio | None]
    """
    The spoken reply, when there was one.
    """
    function_call: NotRequired[FunctionCall2]
    """
    Replaced by `tool_calls`. The function the model called.
    """


class ChatCompletionTokenLogprob(TypedDict):
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


class CompletionChoice(TypedDict):
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


class CompletionUsage(TypedDict):
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
    completion_tokens_details: NotRequired[CompletionTokensDetails]
    prompt_tokens_details: NotRequired[PromptTokensDetails]


class CreateBatchRequest(TypedDict):
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
    completion_window: Literal["24h"]
    """
    How long the batch may take; only `24h` for now.
    """
    metadata: NotRequired[Metadata | None]
    """
    Up to 16 string key-value pairs to attach to the batch.
    """
    output_expires_after: NotRequired[FileExpirationAfter]


class CreateCompletionRequest(TypedDict):
    """
    Parameters for a legacy text completion.
    """

    model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]
    """
    The ID of the completions model to use.
    """
    prompt: str | list[str] | list[int] | list[PromptItem] | None
    """
    The text to complete: a string, a list of strings, a list of token IDs, or a list of token-ID lists. Lists produce one completion each.
    """
    best_of: NotRequired[int | None]
    """
    Generate this many candidates on the server and return the best ones (highest log probability per token). Must exceed `n` when both are given; cannot be used with streaming.
    """
    echo: NotRequired[bool | None]
    """
    Whether to repeat the prompt before the completion.
    """
    frequency_penalty: NotRequired[float | None]
    """
    Between -2 and 2. Positive values lower the chance of repeating tokens in proportion to how often they already appeared.
    """
    logit_bias: NotRequired[dict[str, Any] | None]
    """
    Maps token IDs (as strings) to a bias from -100 to 100 added to their logits before sampling.
    """
    logprobs: NotRequired[int | None]
    """
    Return the log probabilities of this many most likely tokens at each position (at most 5).
    """
    max_tokens: NotRequired[int | None]
    """
    The most tokens to generate for each completion.
    """
    n: NotRequired[int | None]
    """
    The number of completions to return per prompt.
    """
    presence_penalty: NotRequired[float | None]
    """
    Between -2 and 2. Positive values lower the chance of reusing any token that has already appeared, nudging toward new topics.
    """
    seed: NotRequired[int | None]
    """
    Best-effort deterministic sampling: sending this number again with identical settings tends to reproduce the output.
    """
    stop: NotRequired[StopConfiguration | None]
    """
    Up to four sequences at which generation stops; the stop text is not returned.
    """
    stream: NotRequired[bool | None]
    """
    Send the completion back as server-sent events while it is generated.
    """
    stream_options: NotRequired[ChatCompletionStreamOptions | None]
    """
    Options for streaming; only allowed when `stream` is true.
    """
    suffix: NotRequired[str | None]
    """
    Text that follows the inserted completion; only `gpt-3.5-turbo-instruct` accepts it.
    """
    temperature: NotRequired[float | None]
    """
    Sampling temperature between 0 and 2; higher is more random. Tune this or `top_p`, not both.
    """
    top_p: NotRequired[float | None]
    """
    Nucleus sampling: only tokens within this top probability mass are considered. Tune this or `temperature`, not both.
    """
    user: NotRequired[str]
    """
    A stable identifier for your end user, to help detect abuse.
    """


class CreateCompletionResponse(TypedDict):
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
    system_fingerprint: NotRequired[str]
    """
    Identifies the backend configuration that served the request.
    """
    object: Literal["text_completion"]
    """
    Always `text_completion`.
    """
    usage: NotRequired[CompletionUsage]


class CreateEmbeddingResponse(TypedDict):
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
    object: Literal["list"]
    """
    Always `list`.
    """
    usage: EmbeddingUsage


class CreateFileRequest(TypedDict, closed=True):
    """
    A file to store, and what it is for.
    """

    file: bytes
    """
    The content to upload (the file itself, not its name).
    """
    purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"]
    """
    What the file is for: `assistants`, `batch` input, `fine-tune` training data, `vision` fine-tuning images, `user_data` for anything else, or `evals` data sets.
    """
    expires_after: NotRequired[FileExpirationAfter]


class CreateImageEditRequest(TypedDict):
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
    mask: NotRequired[bytes]
    """
    A png the size of the (first) image; its fully transparent pixels mark the area that may be changed.
    """
    background: NotRequired[Literal["transparent", "opaque", "auto"] | None]
    """
    Transparent, opaque, or left to the model; GPT image models only. Transparent needs `png` or `webp` output.
    """
    model: NotRequired[
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
    ]
    """
    The image model to use.
    """
    n: NotRequired[int | None]
    """
    How many edited images to return.
    """
    size: NotRequired[
        str | Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"] | None
    ]
    """
    The output size as `WIDTHxHEIGHT` in pixels, or `auto`; which sizes work depends on the model (dall-e-2: 256x256, 512x512 or 1024x1024).
    """
    response_format: NotRequired[Literal["url", "b64_json"] | None]
    """
    For dall-e-2, URLs (valid for an hour) or base64 data; GPT image models always return base64.
    """
    output_format: NotRequired[Literal["png", "jpeg", "webp"] | None]
    """
    The file format of the images; GPT image models only.
    """
    output_compression: NotRequired[int | None]
    """
    Compression level from 0 to 100 for `jpeg` and `webp` output; GPT image models only.
    """
    user: NotRequired[str]
    """
    A stable identifier for your end user, to help detect abuse.
    """
    input_fidelity: NotRequired[InputFidelity | None]
    quality: NotRequired[Literal["standard", "low", "medium", "high", "auto"] | None]
    """
    Image quality for GPT image models; `auto` picks for you.
    """


class CreateTranscriptionRequest(TypedDict, closed=True):
    """
    Parameters for transcribing audio, sent as a multipart form.
    """

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
    language: NotRequired[str]
    """
    The spoken language as an ISO-639-1 code (such as `de`), if known.
    """
    languages: NotRequired[list[str]]
    """
    Languages the recording may be in, as ISO-639-1 codes; gpt-transcribe only.
    """
    keywords: NotRequired[list[str]]
    """
    Words or phrases likely to occur, as hints; gpt-transcribe only.
    """
    prompt: NotRequired[str]
    """
    Text in the recording's language that sets the style or carries on from an earlier segment; not for gpt-4o-transcribe-diarize.
    """
    response_format: NotRequired[AudioResponseFormat]
    temperature: NotRequired[float]
    """
    Sampling temperature from 0 to 1; at 0 the model raises it by itself where it is unsure.
    """
    include: NotRequired[list[TranscriptionInclude]]
    """
    Extra data in the answer: `logprobs` adds token log probabilities (`json` format and the gpt-4o transcribe models only).
    """
    timestamp_granularities: NotRequired[list[Literal["word", "segment"]]]
    """
    Which timestamps a `verbose_json` answer carries: per `word`, per `segment`, or both. Word timestamps make the request slower.
    """
    chunking_strategy: NotRequired[Literal["auto"] | VadConfig | None]
    """
    How the recording is split before transcribing: `auto` lets the server choose by voice detection, a `server_vad` object tunes that detection. Unset, the audio is one block.
    """
    known_speaker_names: NotRequired[list[str]]
    """
    Up to four short labels for speakers whose voice samples are given in `known_speaker_references`, in the same order.
    """
    known_speaker_references: NotRequired[list[str]]
    """
    Voice samples of 2 to 10 seconds as data URLs, one per name in `known_speaker_names`.
    """


class CreateTranslationResponse(TypedDict):
    """
    A translation in one of the object formats. `text` is always set; `verbose_json` adds `language`, `duration` and `segments`.
    """

    text: str
    """
    The English text.
    """
    language: NotRequired[str]
    """
    The output language, always `english`; `verbose_json` only.
    """
    duration: NotRequired[float]
    """
    Length of the audio in seconds.
    """
    segments: NotRequired[list[TranscriptionSegment]]
    """
    The translation in segments with their details.
    """


class CreateUploadRequest(TypedDict, closed=True):
    """
    The file an Upload will produce.
    """

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
    expires_after: NotRequired[FileExpirationAfter]


class FineTuningJobCheckpoint(TypedDict):
    """
    A usable model saved at some step of a job.
    """

    id: str
    """
    The checkpoint's ID.
    """
    object: Literal["fine_tuning.job.checkpoint"]
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


class ListBatchesResponse(TypedDict):
    """
    One page of batches.
    """

    object: Literal["list"]
    """
    Always `list`.
    """
    data: list[Batch]
    """
    The batches on this page.
    """
    first_id: NotRequired[str]
    """
    ID of the first batch on this page.
    """
    last_id: NotRequired[str]
    """
    ID of the last batch on this page; pass it as `after` for the next one.
    """
    has_more: bool
    """
    Whether more batches follow this page.
    """


class ListFilesResponse(TypedDict):
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


class ListFineTuningJobCheckpointsResponse(TypedDict):
    """
    A page of a job's checkpoints.
    """

    object: Literal["list"]
    """
    Always `list`.
    """
    data: list[FineTuningJobCheckpoint]
    """
    The checkpoints on this page.
    """
    first_id: NotRequired[str | None]
    """
    ID of the first checkpoint on this page.
    """
    last_id: NotRequired[str | None]
    """
    ID of the last checkpoint on this page.
    """
    has_more: bool
    """
    Whether more checkpoints follow this page.
    """


class ListModelsResponse(TypedDict):
    """
    The list of models, returned as a single page.
    """

    object: Literal["list"]
    """
    Always `list`.
    """
    data: list[Model]
    """
    The models.
    """


class Moderation(TypedDict):
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


class ResponseApplyPatchToolCall(TypedDict):
    """
    A file change the model wants applied with the apply patch tool.
    """

    type: Literal["apply_patch_call"]
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
    caller: NotRequired[ResponseToolCaller | None]
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    status: Literal["in_progress", "completed"]
    """
    Where the item stands.
    """
    operation: ApplyPatchCreateFile | ApplyPatchDeleteFile | ApplyPatchUpdateFile
    """
    The change to make.
    """
    created_by: NotRequired[str]
    """
    Who created the item.
    """


class ResponseApplyPatchToolCallOutput(TypedDict):
    """
    The result of applying a patch.
    """

    type: Literal["apply_patch_call_output"]
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
    caller: NotRequired[ResponseToolCaller | None]
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    status: Literal["completed", "failed"]
    """
    Where the item stands.
    """
    output: NotRequired[str | None]
    """
    A log or message from applying the patch.
    """
    created_by: NotRequired[str]
    """
    Who created the item.
    """


class ResponseCustomToolCallItem(TypedDict):
    """
    A stored call to one of your custom tools.
    """

    type: Literal["custom_tool_call"]
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
    caller: NotRequired[ResponseToolCaller | None]
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    namespace: NotRequired[str]
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
    created_by: NotRequired[str]
    """
    Who created the item.
    """


class ResponseCustomToolCallOutputItem(TypedDict):
    """
    The stored result of a custom tool call.
    """

    type: Literal["custom_tool_call_output"]
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
    caller: NotRequired[ResponseToolCallerParam | None]
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
    created_by: NotRequired[str]
    """
    Who created the item.
    """


class ResponseFunctionToolCallItem(TypedDict):
    """
    A stored call to one of your functions.
    """

    id: str
    """
    The ID of the item.
    """
    type: Literal["function_call"]
    """
    Always `function_call`.
    """
    call_id: str
    """
    The ID that ties a tool call to its output.
    """
    caller: NotRequired[ResponseToolCaller | None]
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    namespace: NotRequired[str]
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
    created_by: NotRequired[str]
    """
    Who created the item.
    """


class ResponseFunctionToolCallOutputItem(TypedDict):
    """
    The stored result of a function call.
    """

    id: str
    """
    The ID of the item.
    """
    type: Literal["function_call_output"]
    """
    Always `function_call_output`.
    """
    call_id: NotRequired[str]
    """
    The ID that ties a tool call to its output.
    """
    name: NotRequired[str]
    """
    The name of the function.
    """
    namespace: NotRequired[str]
    """
    The namespace of the tool, when it belongs to one.
    """
    caller: NotRequired[ResponseToolCallerParam | None]
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
    created_by: NotRequired[str]
    """
    Who created the item.
    """


class ResponseInputMessageItem(TypedDict):
    """
    A stored input message.
    """

    type: Literal["message"]
    """
    Always `message`.
    """
    role: Literal["user", "system", "developer"]
    """
    Who was speaking: `user`, `system` or `developer`.
    """
    status: NotRequired[Literal["in_progress", "completed", "incomplete"]]
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


ResponseModerationOutcome: TypeAlias = ResponseModerationResult | ResponseModerationError
"""
The outcome of moderating one side, told apart by `type`.
"""


class ResponseOutputTextAnnotationAddedEvent(TypedDict):
    """
    A citation was added to output text.
    """

    type: Literal["response.output_text.annotation.added"]
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


class ResponseShellCall(TypedDict):
    """
    Commands the model wants run with the shell tool.
    """

    type: Literal["shell_call"]
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
    caller: NotRequired[ResponseToolCaller | None]
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
    created_by: NotRequired[str]
    """
    Who created the item.
    """


class ResponseShellCallOutputContent(TypedDict):
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
    outcome: ResponseShellTimeoutOutcome | ResponseShellExitOutcome
    """
    How the command ended.
    """
    created_by: NotRequired[str]
    """
    Who created the item.
    """


class ResponseShellCallOutputContentDeltaEvent(TypedDict):
    """
    More output from a shell command.
    """

    type: Literal["response.shell_call_output_content.delta"]
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


class ResponseShellCallOutputContentDoneEvent(TypedDict):
    """
    A shell command's output is complete.
    """

    type: Literal["response.shell_call_output_content.done"]
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


class ResponseTextLogprob(TypedDict):
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
    top_logprobs: NotRequired[list[ResponseTextTopLogprob]]
    """
    The likeliest tokens at this position.
    """


class ResponseToolSearchCall(TypedDict):
    """
    A search for tools to load.
    """

    type: Literal["tool_search_call"]
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
    created_by: NotRequired[str]
    """
    Who created the item.
    """


TranscriptTextUsage: TypeAlias = TranscriptTextUsageTokens | TranscriptTextUsageDuration
"""
What the request was billed for, by tokens or by seconds of audio.
"""


class ChatCompletionChoiceLogprobs(TypedDict):
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


class ChatCompletionMessageList(TypedDict):
    """
    A page of the messages of a stored completion.
    """

    object: Literal["list"]
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


class ChatCompletionStreamChoice(TypedDict):
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
    logprobs: NotRequired[ChatCompletionChoiceLogprobs | None]
    """
    Token log probabilities for this piece, when `logprobs` was requested.
    """


class CreateChatCompletionRequest(TypedDict):
    """
    Parameters for a chat completion.
    """

    model: str | ChatModel
    """
    Which model should write the reply, for example `gpt-4o`.
    """
    messages: list[ChatCompletionRequestMessage]
    """
    The conversation so far, oldest message first.
    """
    frequency_penalty: NotRequired[float | None]
    """
    Between -2 and 2. Positive values lower the chance of repeating tokens in proportion to how often they already appeared.
    """
    logit_bias: NotRequired[dict[str, Any] | None]
    """
    Maps token IDs (as strings) to a bias from -100 to 100 added to their logits before sampling.
    """
    logprobs: NotRequired[bool | None]
    """
    Whether to return the log probability of each output token.
    """
    top_logprobs: NotRequired[int | None]
    """
    How many of the most likely tokens to return, with log probabilities, at each position. Requires `logprobs` to be true.
    """
    max_tokens: NotRequired[int | None]
    """
    The most tokens to generate. Replaced by `max_completion_tokens`, and not accepted by reasoning models.
    """
    max_completion_tokens: NotRequired[int | None]
    """
    An upper limit on generated tokens, counting both visible output and reasoning tokens.
    """
    n: NotRequired[int | None]
    """
    How many alternative replies to generate. You pay for the tokens of all of them.
    """
    modalities: NotRequired[list[Literal["text", "audio"]] | None]
    """
    The kinds of output wanted, such as `["text"]` or `["text", "audio"]` for models that can speak.
    """
    prediction: NotRequired[PredictionContent | None]
    """
    Content that the reply is expected to largely repeat (for example a file being edited), which can make generation faster.
    """
    audio: NotRequired[ChatCompletionAudioParam | None]
    """
    Voice and format for audio output; required when `modalities` includes `audio`.
    """
    presence_penalty: NotRequired[float | None]
    """
    Between -2 and 2. Positive values lower the chance of reusing any token that has already appeared, nudging toward new topics.
    """
    response_format: NotRequired[ChatCompletionResponseFormat]
    seed: NotRequired[int | None]
    """
    Ask for deterministic sampling on a best-effort basis; compare `system_fingerprint` in responses to spot backend changes.
    """
    service_tier: NotRequired[ServiceTier | None]
    """
    The processing tier for this request. `auto` uses the project's setting; the tier actually used is echoed in the response.
    """
    stop: NotRequired[StopConfiguration | None]
    """
    Up to four sequences at which generation stops. Not supported by the latest reasoning models.
    """
    store: NotRequired[bool | None]
    """
    Whether to keep the completion for later use in model distillation or evals.
    """
    metadata: NotRequired[Metadata | None]
    """
    Up to 16 string key-value pairs to attach to the stored completion.
    """
    stream: NotRequired[bool | None]
    """
    Send the reply back as server-sent events while it is generated.
    """
    stream_options: NotRequired[ChatCompletionStreamOptions | None]
    """
    Options for streaming; only allowed when `stream` is true.
    """
    temperature: NotRequired[float | None]
    """
    Sampling temperature between 0 and 2; higher is more random. Tune this or `top_p`, not both.
    """
    top_p: NotRequired[float | None]
    """
    Nucleus sampling: only tokens within this top probability mass are considered. Tune this or `temperature`, not both.
    """
    tools: NotRequired[list[ChatCompletionToolUnion]]
    """
    Tools the model may call, either functions or custom tools.
    """
    tool_choice: NotRequired[ChatCompletionToolChoiceOption]
    parallel_tool_calls: NotRequired[bool]
    """
    Whether the model may call several tools in one reply.
    """
    user: NotRequired[str]
    """
    An identifier for your end user. Superseded by `safety_identifier` and `prompt_cache_key`.
    """
    safety_identifier: NotRequired[str | None]
    """
    A stable, privacy-preserving identifier for your end user (for example a hashed ID), used to detect abuse.
    """
    prompt_cache_key: NotRequired[str | None]
    """
    A key that groups similar requests to improve prompt cache hit rates.
    """
    reasoning_effort: NotRequired[Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | None]
    """
    How much effort a reasoning model should spend thinking before it answers.
    """
    verbosity: NotRequired[Literal["low", "medium", "high"] | None]
    """
    How long and detailed the answer should be.
    """
    web_search_options: NotRequired[WebSearchOptions]
    function_call: NotRequired[Literal["none", "auto"] | ChatCompletionFunctionCallOption]
    """
    Replaced by `tool_choice`. `none`, `auto`, or an object naming the function the model must call.
    """
    functions: NotRequired[list[ChatCompletionFunctions]]
    """
    Replaced by `tools`. Functions the model may call.
    """


class CreateChatCompletionStreamResponse(TypedDict):
    """
    One chunk of a streamed chat reply. All chunks of a stream share `id` and `created`.
    """

    id: str
    """
    The ID of the chat completion; the same in every chunk.
    """
    object: Literal["chat.completion.chunk"]
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
    usage: NotRequired[CompletionUsage | None]
    """
    Token usage; null in every chunk except the last one, which is only sent when `stream_options.include_usage` is true.
    """
    service_tier: NotRequired[ServiceTier | None]
    """
    The processing tier that actually served the request.
    """
    system_fingerprint: NotRequired[str]
    """
    Identifies the backend configuration that served the request.
    """
    obfuscation: NotRequired[str]
    """
    Random padding that hides the payload size; safe to ignore.
    """


class CreateModerationRequest(TypedDict):
    """
    Parameters for a moderation check.
    """

    input: str | list[str] | list[ModerationInputPart]
    """
    What to check: a string, a list of strings, or a list of text and image parts (omni-moderation models).
    """
    model: NotRequired[
        str
        | Literal[
            "omni-moderation-latest",
            "omni-moderation-2024-09-26",
            "text-moderation-latest",
            "text-moderation-stable",
        ]
    ]
    """
    The moderation model.
    """


class CreateModerationResponse(TypedDict):
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


class CreateSpeechRequest(TypedDict, closed=True):
    """
    Parameters for generating speech.
    """

    model: str | Literal["tts-1", "tts-1-hd", "gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15"]
    """
    The text-to-speech model.
    """
    input: str
    """
    The text to speak, at most 4096 characters.
    """
    instructions: NotRequired[str]
    """
    How the voice should sound (tone, pace, accent ...); ignored by tts-1 and tts-1-hd.
    """
    voice: VoiceIdsOrCustomVoice
    response_format: NotRequired[Literal["mp3", "opus", "aac", "flac", "wav", "pcm"]]
    """
    The audio encoding of the answer.
    """
    speed: NotRequired[float]
    """
    Playback speed, from 0.25 to 4 times normal.
    """
    stream_format: NotRequired[Literal["sse", "audio"]]
    """
    `audio` sends the encoded audio as it is made; `sse` sends server-sent events carrying audio chunks (not for tts-1 or tts-1-hd).
    """


class CreateTranscriptionResponse(TypedDict):
    """
    A transcript in one of the object formats. `text` is always set; `json` may add `logprobs`, `languages` and `usage`, `verbose_json` adds `language`, `duration`, `words` and `segments`, and `diarized_json` adds `task`, `duration` and speaker `segments`.
    """

    text: str
    """
    What was said.
    """
    languages: NotRequired[list[TranscriptionLanguage]]
    """
    Languages found in the recording (gpt-transcribe); empty when none could be told.
    """
    logprobs: NotRequired[list[TranscriptionLogprob]]
    """
    Token log probabilities, when `include` asked for them.
    """
    usage: NotRequired[TranscriptTextUsage]
    task: NotRequired[Literal["transcribe"]]
    """
    Always `transcribe`; `diarized_json` only.
    """
    language: NotRequired[str]
    """
    The spoken language; `verbose_json` only.
    """
    duration: NotRequired[float]
    """
    Length of the audio in seconds.
    """
    words: NotRequired[list[TranscriptionWord]]
    """
    Each word with its times, when word timestamps were asked for.
    """
    segments: NotRequired[list[TranscriptionSegment | TranscriptionDiarizedSegment]]
    """
    The transcript in pieces: with decoding details for `verbose_json`, with speakers for `diarized_json`.
    """


class ResponseModeration(TypedDict):
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


class ResponseShellCallOutput(TypedDict):
    """
    What the shell commands printed and how they ended.
    """

    type: Literal["shell_call_output"]
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
    caller: NotRequired[ResponseToolCaller | None]
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
    created_by: NotRequired[str]
    """
    Who created the item.
    """


class ResponseTextDeltaEvent(TypedDict):
    """
    More output text.
    """

    type: Literal["response.output_text.delta"]
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


class ResponseTextDoneEvent(TypedDict):
    """
    An output text part is complete.
    """

    type: Literal["response.output_text.done"]
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


class ChatCompletionChoice(TypedDict):
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


class CreateChatCompletionResponse(TypedDict):
    """
    A completed chat reply.
    """

    id: str
    """
    A unique ID for the chat completion.
    """
    object: Literal["chat.completion"]
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
    usage: NotRequired[CompletionUsage]
    metadata: NotRequired[Metadata | None]
    """
    The metadata given with the request.
    """
    service_tier: NotRequired[ServiceTier | None]
    """
    The processing tier that actually served the request.
    """
    system_fingerprint: NotRequired[str]
    """
    Identifies the backend configuration that served the request.
    """


ResponseContentPart: TypeAlias = ResponseOutputText | ResponseOutputRefusal | ResponseReasoningText
"""
A content part of an output item, told apart by `type`.
"""


class ResponseContentPartAddedEvent(TypedDict):
    """
    A new content part was started.
    """

    type: Literal["response.content_part.added"]
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


class ResponseContentPartDoneEvent(TypedDict):
    """
    A content part is complete.
    """

    type: Literal["response.content_part.done"]
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


class ChatCompletionList(TypedDict):
    """
    A page of stored chat completions.
    """

    object: Literal["list"]
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


ResponseMessageItem: TypeAlias = ResponseInputMessageItem | ResponseOutputMessage
"""
A stored message: input from the user, system or developer, or a reply from the model.
"""


class FineTuningJob(TypedDict):
    """
    A fine-tuning job, with its settings, progress and outcome.
    """

    id: str
    """
    The job's ID.
    """
    object: Literal["fine_tuning.job"]
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
    integrations: NotRequired[list[FineTuningIntegration] | None]
    """
    The services the job reports its progress to.
    """
    seed: int
    """
    The seed the job trains with.
    """
    estimated_finish: NotRequired[int | None]
    """
    When the job should end, in Unix seconds; null when it is not running.
    """
    method: NotRequired[FineTuneMethod]
    metadata: NotRequired[Metadata | None]
    """
    The key-value pairs kept with the job.
    """


class ListPaginatedFineTuningJobsResponse(TypedDict):
    """
    A page of fine-tuning jobs.
    """

    object: Literal["list"]
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


class CreateFineTuningJobRequest(TypedDict):
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
    hyperparameters: NotRequired[CreateFineTuningJobHyperparameters]
    suffix: NotRequired[str | None]
    """
    Up to 64 characters to put into the name of the fine-tuned model, to tell your models apart.
    """
    validation_file: NotRequired[str | None]
    """
    ID of an uploaded JSONL file of held-out examples; metrics on it are reported while training. Must not overlap the training file.
    """
    integrations: NotRequired[list[FineTuningIntegration] | None]
    """
    Outside services to report the job's progress to.
    """
    seed: NotRequired[int | None]
    """
    Fixes the randomness of training, so that a repeated job gives (nearly always) the same model. Chosen for you when left out.
    """
    method: NotRequired[FineTuneMethod]
    metadata: NotRequired[Metadata | None]
    """
    Up to 16 string key-value pairs to keep with the job.
    """


class CreateResponseRequest(TypedDict):
    """
    Parameters for creating a model response.
    """

    model: NotRequired[ResponsesModel]
    """
    The model that generates the response, such as `gpt-4o` or `o3`.
    """
    input: NotRequired[str | list[ResponseInputItem]]
    """
    What the model responds to: a string, or a list of messages and other items.
    """
    instructions: NotRequired[str | None]
    """
    A system (or developer) message placed before the input. It does not carry over to responses that continue this one through `previous_response_id`.
    """
    tools: NotRequired[list[ResponseTool]]
    """
    Tools the model may use: built-in tools, functions, custom tools, MCP servers.
    """
    tool_choice: NotRequired[ResponseToolChoice]
    """
    Which tool, if any, the model must call.
    """
    parallel_tool_calls: NotRequired[bool | None]
    """
    Whether the model may call several tools at once.
    """
    max_tool_calls: NotRequired[int | None]
    """
    The most calls to built-in tools the model may make in this response.
    """
    text: NotRequired[ResponseTextConfig]
    """
    The shape of the text output: plain text or JSON, and how long-winded.
    """
    reasoning: NotRequired[Reasoning | None]
    """
    Settings for reasoning models.
    """
    previous_response_id: NotRequired[str | None]
    """
    The ID of an earlier response to continue from, for a conversation over several turns. Cannot be combined with `conversation`.
    """
    conversation: NotRequired[str | ResponseConversationParam | None]
    """
    The conversation this response belongs to; its items are read as input, and the input and output of this response are added to it.
    """
    store: NotRequired[bool | None]
    """
    Whether to keep the response so that it can be fetched later.
    """
    background: NotRequired[bool | None]
    """
    Run the response in the background and return at once; poll it with `retrieve`.
    """
    include: NotRequired[list[ResponseIncludable] | None]
    """
    Extra data to include in the output.
    """
    stream: NotRequired[bool | None]
    """
    Send the response back as server-sent events while it is generated.
    """
    stream_options: NotRequired[ResponseStreamOptions | None]
    """
    Settings for streaming; only when `stream` is true.
    """
    max_output_tokens: NotRequired[int | None]
    """
    An upper limit on generated tokens, visible output and reasoning together.
    """
    temperature: NotRequired[float | None]
    """
    Sampling temperature between 0 and 2; higher is more random. Tune this or `top_p`, not both.
    """
    top_p: NotRequired[float | None]
    """
    Nucleus sampling: only tokens within this top probability mass are considered. Tune this or `temperature`, not both.
    """
    top_logprobs: NotRequired[int]
    """
    How many of the likeliest tokens to return, with log probabilities, at each position.
    """
    truncation: NotRequired[Literal["auto", "disabled"] | None]
    """
    `auto` drops items from the start of the conversation when it would not fit the context window; `disabled` (the default) fails the request instead.
    """
    metadata: NotRequired[dict[str, Any] | None]
    """
    Up to 16 string key-value pairs for your own bookkeeping.
    """
    prompt: NotRequired[ResponsePrompt | None]
    """
    A stored prompt template to use, with values for its variables.
    """
    service_tier: NotRequired[
        Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"] | None
    ]
    """
    The processing tier: `auto` uses the project's setting; the tier actually used is reported in the response.
    """
    user: NotRequired[str]
    """
    An identifier for your end user. Superseded by `safety_identifier` and `prompt_cache_key`.
    """
    safety_identifier: NotRequired[str | None]
    """
    A stable identifier for your end user (for example a hash of their ID), used to detect abuse.
    """
    prompt_cache_key: NotRequired[str | None]
    """
    A key that groups similar requests to improve prompt cache hit rates.
    """
    prompt_cache_retention: NotRequired[Literal["in_memory", "24h"] | None]
    """
    How long cached prompt prefixes are kept. Replaced by `prompt_cache_options`.
    """
    prompt_cache_options: NotRequired[ResponsePromptCacheOptionsParam]
    """
    Prompt caching settings.
    """
    context_management: NotRequired[list[ResponseContextManagement] | None]
    """
    Rules for keeping the context of a long conversation within bounds.
    """
    moderation: NotRequired[ResponseModerationParam | None]
    """
    Moderation of the input and output.
    """


class Response(TypedDict):
    """
    A model response: the output items the model produced, with the settings it ran with, its status and its token usage.
    """

    id: str
    """
    The ID of the response.
    """
    object: Literal["response"]
    """
    Always `response`.
    """
    created_at: float
    """
    When the response was created, in Unix seconds.
    """
    completed_at: NotRequired[float | None]
    """
    When the response was completed, in Unix seconds; null until then.
    """
    status: NotRequired[Literal["completed", "failed", "in_progress", "cancelled", "queued", "incomplete"]]
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
    output_text: NotRequired[str | None]
    """
    All the text of the output messages, joined; only filled in by some SDKs.
    """
    usage: NotRequired[ResponseUsage]
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
    max_tool_calls: NotRequired[int | None]
    """
    The most calls to built-in tools the model may make in this response.
    """
    text: NotRequired[ResponseTextConfig]
    """
    The shape asked for the text output.
    """
    reasoning: NotRequired[Reasoning | None]
    """
    The reasoning settings the model ran with.
    """
    previous_response_id: NotRequired[str | None]
    """
    The earlier response this one continues, if any.
    """
    conversation: NotRequired[ResponseConversation | None]
    """
    The conversation the response was added to, if any.
    """
    background: NotRequired[bool | None]
    """
    Whether the response runs in the background.
    """
    max_output_tokens: NotRequired[int | None]
    """
    The limit on generated tokens, if one was set.
    """
    temperature: float | None
    """
    Sampling temperature between 0 and 2; higher is more random. Tune this or `top_p`, not both.
    """
    top_p: float | None
    """
    Nucleus sampling: only tokens within this top probability mass are considered. Tune this or `temperature`, not both.
    """
    top_logprobs: NotRequired[int | None]
    """
    How many of the likeliest tokens to return, with log probabilities, at each position.
    """
    truncation: NotRequired[Literal["auto", "disabled"] | None]
    """
    `auto` drops items from the start of the conversation when it would not fit the context window; `disabled` (the default) fails the request instead.
    """
    metadata: dict[str, Any] | None
    """
    Up to 16 string key-value pairs for your own bookkeeping.
    """
    prompt: NotRequired[ResponsePrompt | None]
    """
    The stored prompt template used, if any.
    """
    service_tier: NotRequired[
        Literal["auto", "default", "flex", "scale", "priority", "fast", "ultrafast"] | None
    ]
    """
    The processing tier that served the response.
    """
    user: NotRequired[str]
    """
    An identifier for your end user. Superseded by `safety_identifier` and `prompt_cache_key`.
    """
    safety_identifier: NotRequired[str | None]
    """
    A stable identifier for your end user (for example a hash of their ID), used to detect abuse.
    """
    prompt_cache_key: NotRequired[str | None]
    """
    A key that groups similar requests to improve prompt cache hit rates.
    """
    prompt_cache_retention: NotRequired[Literal["in_memory", "24h"] | None]
    """
    How long cached prompt prefixes are kept. Replaced by `prompt_cache_options`.
    """
    prompt_cache_options: NotRequired[ResponsePromptCacheOptions]
    """
    How the prompt cache treated the response.
    """
    moderation: NotRequired[ResponseModeration | None]
    """
    Moderation results, when moderation was asked for.
    """


class ResponseAdditionalTools(TypedDict):
    """
    Tools added to the conversation part-way through.
    """

    type: Literal["additional_tools"]
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


class ResponseCompletedEvent(TypedDict):
    """
    The response is complete; the last event of the stream.
    """

    type: Literal["response.completed"]
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


class ResponseCreatedEvent(TypedDict):
    """
    The response was created.
    """

    type: Literal["response.created"]
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


class ResponseFailedEvent(TypedDict):
    """
    The response failed; the last event of the stream.
    """

    type: Literal["response.failed"]
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


class ResponseInProgressEvent(TypedDict):
    """
    The model is working on the response.
    """

    type: Literal["response.in_progress"]
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


class ResponseIncompleteEvent(TypedDict):
    """
    The response stopped early, for example at `max_output_tokens`; the last event of the stream.
    """

    type: Literal["response.incomplete"]
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


ResponseItem: TypeAlias = Union[
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
]
"""
An item stored with a response, as the input items listing returns it; told apart by `type`, and messages further by `role`.
"""


class ResponseItemList(TypedDict):
    """
    A page of the input items of a response.
    """

    object: Literal["list"]
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


ResponseOutputItem: TypeAlias = Union[
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
]
"""
One item the model produced, told apart by `type`.
"""


class ResponseOutputItemAddedEvent(TypedDict):
    """
    A new output item was started.
    """

    type: Literal["response.output_item.added"]
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


class ResponseOutputItemDoneEvent(TypedDict):
    """
    An output item is complete.
    """

    type: Literal["response.output_item.done"]
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


class ResponseQueuedEvent(TypedDict):
    """
    The response is waiting to be processed.
    """

    type: Literal["response.queued"]
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


ResponseStreamEvent: TypeAlias = (
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
    | ResponseCustomToolCallInputDoneEvent
)
"""
One event of a streamed response, told apart by `type`.
"""


class ResponseToolSearchOutput(TypedDict):
    """
    The tools a tool search found.
    """

    type: Literal["tool_search_output"]
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
    created_by: NotRequired[str]
    """
    Who created the item.
    """
