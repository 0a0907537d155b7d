# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from typing_extensions import TypedDict
from typing import Any, Literal, NotRequired, TypeAlias, Union
from ._shared import ChatModel, ResponseFormatJsonObject, ResponseFormatText


class ApplyPatchCreateFileParam(TypedDict):
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


class ApplyPatchDeleteFileParam(TypedDict):
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


class ApplyPatchUpdateFileParam(TypedDict):
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


class ComparisonFilter(TypedDict, closed=True):
    """
    Compares one attribute with a value.
    """

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


class ComputerActionClick(TypedDict):
    """
    Click a mouse button.
    """

    type: Literal["click"]
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
    keys: NotRequired[list[str] | None]
    """
    Keys held down during the action, such as `CTRL`.
    """


class ComputerActionDoubleClick(TypedDict):
    """
    Double-click.
    """

    type: Literal["double_click"]
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


class ComputerActionDragPoint(TypedDict):
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


class ComputerActionKeypress(TypedDict):
    """
    Press a combination of keys.
    """

    type: Literal["keypress"]
    """
    Always `keypress`.
    """
    keys: list[str]
    """
    The keys to press together.
    """


class ComputerActionMove(TypedDict):
    """
    Move the mouse.
    """

    type: Literal["move"]
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
    keys: NotRequired[list[str] | None]
    """
    Keys held down during the action, such as `CTRL`.
    """


class ComputerActionScreenshot(TypedDict):
    """
    Take a screenshot.
    """

    type: Literal["screenshot"]
    """
    Always `screenshot`.
    """


class ComputerActionScroll(TypedDict):
    """
    Scroll at a position.
    """

    type: Literal["scroll"]
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
    keys: NotRequired[list[str] | None]
    """
    Keys held down during the action, such as `CTRL`.
    """


class ComputerActionType(TypedDict):
    """
    Type some text.
    """

    type: Literal["type"]
    """
    Always `type`.
    """
    text: str
    """
    The text to type.
    """


class ComputerActionWait(TypedDict):
    """
    Wait a moment.
    """

    type: Literal["wait"]
    """
    Always `wait`.
    """


class ComputerTool(TypedDict):
    """
    Lets the model operate a computer through screenshots and actions.
    """

    type: Literal["computer"]
    """
    Always `computer`.
    """


class ComputerUsePreviewTool(TypedDict):
    """
    Lets the model operate a computer (the earlier preview version).
    """

    type: Literal["computer_use_preview"]
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


ContainerMemoryLimit: TypeAlias = Literal["1g", "4g", "16g", "64g"]
"""
How much memory a container gets.
"""


class ContainerNetworkPolicyDisabled(TypedDict):
    """
    No network access from the container.
    """

    type: Literal["disabled"]
    """
    Always `disabled`.
    """


class ContainerNetworkPolicyDomainSecret(TypedDict):
    """
    A secret sent to one allowed domain.
    """

    domain: str
    """
    The domain the secret is for.
    """
    name: str
    """
    The secret's name.
    """
    value: str
    """
    The secret's value.
    """


class ContainerReference(TypedDict):
    """
    An existing hosted container.
    """

    type: Literal["container_reference"]
    """
    Always `container_reference`.
    """
    container_id: str
    """
    The ID of the container.
    """


class CustomToolInputFormatGrammar(TypedDict):
    """
    Input constrained by a grammar.
    """

    type: Literal["grammar"]
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


class CustomToolInputFormatText(TypedDict):
    """
    Unconstrained text input.
    """

    type: Literal["text"]
    """
    Always `text`.
    """


class FileSearchHybridSearch(TypedDict):
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


class FileSearchRankingOptions(TypedDict):
    """
    How search results are ranked.
    """

    ranker: NotRequired[Literal["auto", "default-2024-11-15"]]
    """
    The ranker to use.
    """
    score_threshold: NotRequired[float]
    """
    Drop results scoring below this, between 0 and 1.
    """
    hybrid_search: NotRequired[FileSearchHybridSearch]
    """
    How keyword and vector matches are combined.
    """


class ImageGenerationInputMask(TypedDict, closed=True):
    """
    A mask marking the area of the input image to edit.
    """

    image_url: NotRequired[str]
    """
    The mask's URL, or a `data:` URL.
    """
    file_id: NotRequired[str]
    """
    The ID of an uploaded mask image.
    """


class ImageGenerationTool(TypedDict):
    """
    Generates or edits images.
    """

    type: Literal["image_generation"]
    """
    Always `image_generation`.
    """
    model: NotRequired[
        str
        | Literal["gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5", "gpt-image-2", "gpt-image-2-2026-04-21"]
    ]
    """
    The image model to use.
    """
    quality: NotRequired[Literal["low", "medium", "high", "auto"]]
    """
    The image quality.
    """
    size: NotRequired[str | Literal["1024x1024", "1024x1536", "1536x1024", "auto"]]
    """
    The image size, such as `1024x1024`.
    """
    output_format: NotRequired[Literal["png", "webp", "jpeg"]]
    """
    The image's file format.
    """
    output_compression: NotRequired[int]
    """
    Compression for `jpeg` and `webp`, from 0 to 100.
    """
    moderation: NotRequired[Literal["auto", "low"]]
    """
    How strictly generated images are moderated.
    """
    background: NotRequired[Literal["transparent", "opaque", "auto"]]
    """
    A transparent or opaque background.
    """
    input_fidelity: NotRequired[Literal["high", "low"] | None]
    """
    How closely to keep the features of input images.
    """
    input_image_mask: NotRequired[ImageGenerationInputMask]
    """
    A mask of the area to edit in the input image.
    """
    partial_images: NotRequired[int]
    """
    How many partial images to stream, from 0 to 3.
    """
    action: NotRequired[Literal["generate", "edit", "auto"]]
    """
    `generate` a new image, `edit` the input one, or let the model pick (`auto`).
    """


class InlineSkillSource(TypedDict):
    """
    The contents of an inline skill.
    """

    type: Literal["base64"]
    """
    Always `base64`.
    """
    media_type: Literal["application/zip"]
    """
    Always `application/zip`.
    """
    data: str
    """
    The zip archive, base64-encoded.
    """


class LocalShellTool(TypedDict):
    """
    Lets the model run commands in a shell you provide.
    """

    type: Literal["local_shell"]
    """
    Always `local_shell`.
    """


class LocalSkill(TypedDict):
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


class McpToolFilter(TypedDict, closed=True):
    """
    Selects tools of an MCP server by name or by whether they only read.
    """

    tool_names: NotRequired[list[str]]
    """
    The tool names to select.
    """
    read_only: NotRequired[bool]
    """
    Select tools by whether they only read data.
    """


class ProgrammaticToolCallingTool(TypedDict):
    """
    Lets the model write programs that call other tools.
    """

    type: Literal["programmatic_tool_calling"]
    """
    Always `programmatic_tool_calling`.
    """


class PromptCacheBreakpoint(TypedDict):
    """
    Caches the prompt up to and including this part.
    """

    mode: Literal["explicit"]
    """
    Always `explicit`.
    """


class PromptCacheBreakpointParam(TypedDict):
    """
    Caches the prompt up to and including this part.
    """

    mode: Literal["explicit"]
    """
    Always `explicit`.
    """


class Reasoning(TypedDict):
    """
    Settings for reasoning models (the gpt-5 and o-series).
    """

    mode: NotRequired[str | Literal["standard", "pro"]]
    """
    The reasoning mode, such as `standard` or `pro`.
    """
    effort: NotRequired[Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"] | None]
    """
    How much effort to spend on reasoning; less effort answers faster and uses fewer tokens.
    """
    summary: NotRequired[Literal["auto", "concise", "detailed"] | None]
    """
    Ask for a summary of the reasoning, at this level of detail.
    """
    context: NotRequired[Literal["auto", "current_turn", "all_turns"] | None]
    """
    Which earlier reasoning the model may see.
    """
    generate_summary: NotRequired[Literal["auto", "concise", "detailed"] | None]
    """
    Replaced by `summary`.
    """


class ResponseCodeInterpreterOutputImage(TypedDict):
    """
    An image the code produced.
    """

    type: Literal["image"]
    """
    Always `image`.
    """
    url: str
    """
    The image's URL.
    """


class ResponseCodeInterpreterOutputLogs(TypedDict):
    """
    Text the code printed.
    """

    type: Literal["logs"]
    """
    Always `logs`.
    """
    logs: str
    """
    The printed text.
    """


class ResponseCompactionItemParam(TypedDict):
    """
    Earlier context compacted into an opaque summary, sent back as input.
    """

    id: NotRequired[str | None]
    """
    The ID of the item.
    """
    type: Literal["compaction"]
    """
    Always `compaction`.
    """
    encrypted_content: str
    """
    The compacted context, encrypted.
    """


class ResponseCompactionTrigger(TypedDict):
    """
    Asks for the context so far to be compacted.
    """

    type: Literal["compaction_trigger"]
    """
    Always `compaction_trigger`.
    """


class ResponseComputerSafetyCheck(TypedDict):
    """
    A safety check raised about a computer action.
    """

    id: str
    """
    The ID of the check.
    """
    code: NotRequired[str | None]
    """
    The kind of check.
    """
    message: NotRequired[str | None]
    """
    What the check is about.
    """


class ResponseComputerScreenshot(TypedDict):
    """
    A screenshot, by URL or file ID.
    """

    type: Literal["computer_screenshot"]
    """
    Always `computer_screenshot`.
    """
    image_url: NotRequired[str]
    """
    The screenshot's URL.
    """
    file_id: NotRequired[str]
    """
    The ID of an uploaded screenshot.
    """


class ResponseContainerFileCitation(TypedDict):
    """
    Cites a file in a code interpreter container.
    """

    type: Literal["container_file_citation"]
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


class ResponseContextManagement(TypedDict):
    """
    A rule for keeping a long conversation's context within bounds.
    """

    type: str
    """
    The kind of rule, such as `compaction`.
    """
    compact_threshold: NotRequired[int | None]
    """
    Compact the context once it grows past this many tokens.
    """


class ResponseConversationParam(TypedDict):
    """
    A conversation, named by its ID.
    """

    id: str
    """
    The ID of the conversation.
    """


class ResponseDirectCaller(TypedDict):
    """
    The model called the tool itself.
    """

    type: Literal["direct"]
    """
    Always `direct`.
    """


class ResponseDirectCallerParam(TypedDict):
    """
    The model called the tool itself.
    """

    type: Literal["direct"]
    """
    Always `direct`.
    """


class ResponseFileCitation(TypedDict):
    """
    Cites a file that was searched.
    """

    type: Literal["file_citation"]
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


class ResponseFilePath(TypedDict):
    """
    Points at a file the model produced.
    """

    type: Literal["file_path"]
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


class ResponseFormatTextJSONSchemaConfig(TypedDict):
    """
    Reply with JSON that follows the given JSON Schema (Structured Outputs).
    """

    type: Literal["json_schema"]
    """
    Always `json_schema`.
    """
    description: NotRequired[str]
    """
    What the format is for, to help the model.
    """
    name: str
    """
    A name for the format: letters, digits, underscores and dashes, at most 64 characters.
    """
    schema: dict[str, Any]
    """
    The JSON Schema the output must follow.
    """
    strict: NotRequired[bool | None]
    """
    When true, the output follows the schema exactly; only part of JSON Schema is supported then.
    """


class ResponseImageGenerationCall(TypedDict):
    """
    An image made by the image generation tool.
    """

    type: Literal["image_generation_call"]
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


ResponseIncludable: TypeAlias = Literal[
    "file_search_call.results",
    "web_search_call.results",
    "web_search_call.action.sources",
    "message.input_image.image_url",
    "computer_call_output.output.image_url",
    "code_interpreter_call.outputs",
    "reasoning.encrypted_content",
    "message.output_text.logprobs",
]
"""
Extra data that a response or its items can be asked to carry.
"""


class ResponseInputFile(TypedDict):
    """
    An input file, given by ID, URL or inline data.
    """

    type: Literal["input_file"]
    """
    Always `input_file`.
    """
    file_id: NotRequired[str | None]
    """
    The ID of an uploaded file.
    """
    filename: NotRequired[str]
    """
    The file's name, used with `file_data`.
    """
    file_data: NotRequired[str]
    """
    The file's contents, base64-encoded.
    """
    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpoint]
    """
    Marks the end of a prefix that should be cached.
    """
    file_url: NotRequired[str]
    """
    A URL to fetch the file from.
    """
    detail: NotRequired[Literal["auto", "low", "high"]]
    """
    How closely the model reads the file.
    """


class ResponseInputFileParam(TypedDict):
    """
    A file in a tool's output, given by ID, URL or inline data.
    """

    type: Literal["input_file"]
    """
    Always `input_file`.
    """
    file_id: NotRequired[str | None]
    """
    The ID of an uploaded file.
    """
    filename: NotRequired[str | None]
    """
    The file's name, used with `file_data`.
    """
    file_data: NotRequired[str | None]
    """
    The file's contents, base64-encoded.
    """
    file_url: NotRequired[str | None]
    """
    A URL to fetch the file from.
    """
    detail: NotRequired[Literal["auto", "low", "high"]]
    """
    How closely the model reads the file.
    """
    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpointParam | None]
    """
    Marks the end of a prefix that should be cached.
    """


class ResponseInputImage(TypedDict):
    """
    An input image, given by URL, data URL or file ID.
    """

    type: Literal["input_image"]
    """
    Always `input_image`.
    """
    image_url: NotRequired[str | None]
    """
    The image's URL, or a `data:` URL with the base64-encoded image.
    """
    file_id: NotRequired[str | None]
    """
    The ID of an uploaded image file.
    """
    detail: Literal["low", "high", "auto", "original"]
    """
    The resolution at which the model sees the image.
    """
    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpoint]
    """
    Marks the end of a prefix that should be cached.
    """


class ResponseInputImageParam(TypedDict):
    """
    An image in a tool's output, given by URL, data URL or file ID.
    """

    type: Literal["input_image"]
    """
    Always `input_image`.
    """
    image_url: NotRequired[str | None]
    """
    The image's URL, or a `data:` URL with the base64-encoded image.
    """
    file_id: NotRequired[str | None]
    """
    The ID of an uploaded image file.
    """
    detail: NotRequired[Literal["low", "high", "auto", "original"] | None]
    """
    The resolution at which the model sees the image.
    """
    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpointParam | None]
    """
    Marks the end of a prefix that should be cached.
    """


class ResponseInputText(TypedDict):
    """
    A piece of input text.
    """

    type: Literal["input_text"]
    """
    Always `input_text`.
    """
    text: str
    """
    The text.
    """
    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpoint]
    """
    Marks the end of a prefix that should be cached.
    """


class ResponseInputTextParam(TypedDict):
    """
    A piece of text in a tool's output.
    """

    type: Literal["input_text"]
    """
    Always `input_text`.
    """
    text: str
    """
    The text.
    """
    prompt_cache_breakpoint: NotRequired[PromptCacheBreakpointParam | None]
    """
    Marks the end of a prefix that should be cached.
    """


class ResponseItemReference(TypedDict):
    """
    Refers to an earlier item by its ID instead of repeating it.
    """

    type: NotRequired[Literal["item_reference"] | None]
    """
    Always `item_reference`; may be left out.
    """
    id: str
    """
    The ID of the item.
    """


ResponseItemStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"]
"""
Where an item stands.
"""


class ResponseLocalShellCallOutput(TypedDict):
    """
    What a local shell command printed.
    """

    type: Literal["local_shell_call_output"]
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
    status: NotRequired[Literal["in_progress", "completed", "incomplete"] | None]
    """
    Where the item stands.
    """


class ResponseLocalShellExecAction(TypedDict):
    """
    A command to run.
    """

    type: Literal["exec"]
    """
    Always `exec`.
    """
    command: list[str]
    """
    The command and its arguments.
    """
    timeout_ms: NotRequired[int | None]
    """
    How long a command may run, in milliseconds.
    """
    working_directory: NotRequired[str | None]
    """
    The directory to run it in.
    """
    env: dict[str, str]
    """
    Environment variables to set.
    """
    user: NotRequired[str | None]
    """
    The user to run it as.
    """


class ResponseMcpApprovalRequest(TypedDict):
    """
    Asks you to approve a call to an MCP tool.
    """

    type: Literal["mcp_approval_request"]
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


class ResponseMcpApprovalResponseParam(TypedDict):
    """
    Approves or rejects a call to an MCP tool.
    """

    type: Literal["mcp_approval_response"]
    """
    Always `mcp_approval_response`.
    """
    id: NotRequired[str | None]
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
    reason: NotRequired[str | None]
    """
    Why, optionally.
    """


class ResponseMcpHTTPError(TypedDict):
    """
    The MCP server answered with an HTTP error.
    """

    type: Literal["http_error"]
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


class ResponseMcpListToolsTool(TypedDict):
    """
    One tool of an MCP server.
    """

    name: str
    """
    The tool's name.
    """
    description: NotRequired[str | None]
    """
    What the tool does.
    """
    input_schema: dict[str, Any]
    """
    A JSON Schema of the tool's input.
    """
    annotations: NotRequired[dict[str, Any] | None]
    """
    Extra information about the tool.
    """


class ResponseMcpProtocolError(TypedDict):
    """
    The MCP server broke the protocol.
    """

    type: Literal["mcp_protocol_error"]
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


class ResponseMcpToolExecutionError(TypedDict):
    """
    The MCP tool failed while running.
    """

    type: Literal["mcp_tool_execution_error"]
    """
    Always `mcp_tool_execution_error`.
    """
    content: Any
    """
    What the tool reported.
    """


class ResponseModerationConfig(TypedDict):
    """
    What moderation does with one side of the exchange.
    """

    mode: Literal["score", "block"]
    """
    `score` only reports; `block` also stops flagged content.
    """


class ResponseModerationPolicy(TypedDict):
    """
    What moderation does with the input and with the output.
    """

    input: NotRequired[ResponseModerationConfig | None]
    """
    Moderation of the input.
    """
    output: NotRequired[ResponseModerationConfig | None]
    """
    Moderation of the output.
    """


class ResponseOutputRefusal(TypedDict):
    """
    The model's refusal to answer.
    """

    type: Literal["refusal"]
    """
    Always `refusal`.
    """
    refusal: str
    """
    The refusal message.
    """


class ResponseOutputTextTopLogprob(TypedDict):
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


class ResponseProgramCaller(TypedDict):
    """
    A program the model ran called the tool.
    """

    type: Literal["program"]
    """
    Always `program`.
    """
    caller_id: str
    """
    The ID of the program.
    """


class ResponseProgramCallerParam(TypedDict):
    """
    A program the model ran called the tool.
    """

    type: Literal["program"]
    """
    Always `program`.
    """
    caller_id: str
    """
    The ID of the program.
    """


class ResponseProgramOutputParam(TypedDict):
    """
    What a program returned, sent back as input.
    """

    id: str
    """
    The ID of the item.
    """
    type: Literal["program_output"]
    """
    Always `program_output`.
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


class ResponseProgramParam(TypedDict):
    """
    A program the model wrote, sent back as input.
    """

    id: str
    """
    The ID of the item.
    """
    type: Literal["program"]
    """
    Always `program`.
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


class ResponsePrompt(TypedDict):
    """
    A reusable prompt stored on the platform, with values for its variables.
    """

    id: str
    """
    The ID of the stored prompt.
    """
    version: NotRequired[str | None]
    """
    Which version of the prompt to use; the current one when left out.
    """
    variables: NotRequired[dict[str, Any] | None]
    """
    Values for the prompt's variables: strings, or input parts such as images and files.
    """


class ResponsePromptCacheOptionsParam(TypedDict):
    """
    How the prompt cache treats this request.
    """

    ttl: NotRequired[Literal["30m"]]
    """
    How long cached prefixes are kept.
    """
    mode: NotRequired[Literal["implicit", "explicit"]]
    """
    `implicit` caches automatically; `explicit` only at breakpoints.
    """


class ResponseReasoningText(TypedDict):
    """
    Reasoning text from the model.
    """

    type: Literal["reasoning_text"]
    """
    Always `reasoning_text`.
    """
    text: str
    """
    The reasoning text.
    """


class ResponseShellActionParam(TypedDict):
    """
    The commands to run and their limits.
    """

    commands: list[str]
    """
    The commands, run one after another.
    """
    timeout_ms: NotRequired[int | None]
    """
    How long a command may run, in milliseconds.
    """
    max_output_length: NotRequired[int | None]
    """
    The most characters of output to keep from each command.
    """


class ResponseShellExitOutcomeParam(TypedDict):
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


class ResponseShellTimeoutOutcomeParam(TypedDict):
    """
    The command ran out of time.
    """

    type: Literal["timeout"]
    """
    Always `timeout`.
    """


class ResponseStreamOptions(TypedDict):
    """
    Settings for a streamed response; only used when `stream` is true.
    """

    include_obfuscation: NotRequired[bool]
    """
    When true (the default), events carry random padding in an `obfuscation` field to hide their sizes. Set false to save bandwidth on trusted links.
    """


class ResponseSummaryText(TypedDict):
    """
    A piece of the summary of the model's reasoning.
    """

    type: Literal["summary_text"]
    """
    Always `summary_text`.
    """
    text: str
    """
    The summary text.
    """


ResponseToolCaller: TypeAlias = ResponseDirectCaller | ResponseProgramCaller
"""
Who invoked a tool, told apart by `type`.
"""


ResponseToolCallerParam: TypeAlias = ResponseDirectCallerParam | ResponseProgramCallerParam
"""
Who invoked a tool, told apart by `type`.
"""


ResponseToolOutputContent: TypeAlias = ResponseInputText | ResponseInputImage | ResponseInputFile
"""
One part of a tool's output, told apart by `type`.
"""


class ResponseURLCitation(TypedDict):
    """
    Cites a web page that was used.
    """

    type: Literal["url_citation"]
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


ResponsesModel: TypeAlias = (
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
    ]
)
"""
The model to use, such as `gpt-4o` or `o3`. Any model ID is accepted; the known IDs include models that only the Responses API serves.
"""


class SkillReference(TypedDict):
    """
    A skill uploaded earlier, by ID.
    """

    type: Literal["skill_reference"]
    """
    Always `skill_reference`.
    """
    skill_id: str
    """
    The ID of the skill.
    """
    version: NotRequired[str]
    """
    Which version of the skill; the default one when left out.
    """


ToolAllowedCaller: TypeAlias = Literal["direct", "programmatic"]
"""
Who may invoke a tool.
"""


class ToolChoiceAllowed(TypedDict):
    """
    Limits the model to a subset of the given tools.
    """

    type: Literal["allowed_tools"]
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


class ToolChoiceApplyPatch(TypedDict):
    """
    Makes the model use the apply patch tool.
    """

    type: Literal["apply_patch"]
    """
    Always `apply_patch`.
    """


class ToolChoiceCustom(TypedDict):
    """
    Makes the model call one particular custom tool.
    """

    type: Literal["custom"]
    """
    Always `custom`.
    """
    name: str
    """
    The name of the custom tool.
    """


class ToolChoiceFunction(TypedDict):
    """
    Makes the model call one particular function.
    """

    type: Literal["function"]
    """
    Always `function`.
    """
    name: str
    """
    The name of the function.
    """


class ToolChoiceMcp(TypedDict):
    """
    Makes the model call a tool of one MCP server.
    """

    type: Literal["mcp"]
    """
    Always `mcp`.
    """
    server_label: str
    """
    The label of the MCP server.
    """
    name: NotRequired[str | None]
    """
    The tool to call on that server.
    """


ToolChoiceOptions: TypeAlias = Literal["none", "auto", "required"]
"""
`none`: reply with text only. `auto`: the model decides. `required`: call at least one tool.
"""


class ToolChoiceProgrammaticToolCalling(TypedDict):
    """
    Makes the model write a program that calls tools.
    """

    type: Literal["programmatic_tool_calling"]
    """
    Always `programmatic_tool_calling`.
    """


class ToolChoiceShell(TypedDict):
    """
    Makes the model use the shell tool.
    """

    type: Literal["shell"]
    """
    Always `shell`.
    """


class ToolChoiceTypes(TypedDict):
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


ToolSearchExecution: TypeAlias = Literal["server", "client"]
"""
Where a tool search runs.
"""


class ToolSearchParameters(TypedDict):
    """
    An object whose fields are given by the tool.
    """


class ToolSearchTool(TypedDict):
    """
    Lets the model search for tools whose loading was deferred.
    """

    type: Literal["tool_search"]
    """
    Always `tool_search`.
    """
    execution: NotRequired[ToolSearchExecution]
    """
    Whether the search runs on the server or is carried out by the caller.
    """
    description: NotRequired[str | None]
    """
    What the tool search is for, to help the model.
    """
    parameters: NotRequired[ToolSearchParameters | None]
    """
    A JSON Schema of the search arguments, for client-side search.
    """


VectorStoreFileAttributes: TypeAlias = dict[str, str | float | bool]
"""
Up to 16 key-value pairs stored with a file; keys are at most 64 characters, values are strings (up to 512 characters), numbers or booleans.
"""


class WebSearchActionFind(TypedDict):
    """
    The tool looked for a pattern in a page.
    """

    type: Literal["find_in_page"]
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


class WebSearchActionOpenPage(TypedDict):
    """
    The tool opened a page.
    """

    type: Literal["open_page"]
    """
    Always `open_page`.
    """
    url: NotRequired[str | None]
    """
    The page's URL.
    """


class WebSearchApproximateLocation(TypedDict):
    """
    A rough location of the user, to make results local.
    """

    type: NotRequired[Literal["approximate"]]
    """
    Always `approximate`.
    """
    country: NotRequired[str | None]
    """
    A two-letter ISO country code, such as `US`.
    """
    region: NotRequired[str | None]
    """
    A region, such as `California`.
    """
    city: NotRequired[str | None]
    """
    A city, such as `San Francisco`.
    """
    timezone: NotRequired[str | None]
    """
    An IANA time zone, such as `America/Los_Angeles`.
    """


class WebSearchPreviewLocation(TypedDict):
    """
    A rough location of the user, to make results local.
    """

    type: Literal["approximate"]
    """
    Always `approximate`.
    """
    country: NotRequired[str | None]
    """
    A two-letter ISO country code, such as `US`.
    """
    region: NotRequired[str | None]
    """
    A region, such as `California`.
    """
    city: NotRequired[str | None]
    """
    A city, such as `San Francisco`.
    """
    timezone: NotRequired[str | None]
    """
    An IANA time zone, such as `America/Los_Angeles`.
    """


class WebSearchPreviewTool(TypedDict):
    """
    Searches the web (the earlier preview version).
    """

    type: Literal["web_search_preview", "web_search_preview_2025_03_11"]
    """
    `web_search_preview`, or a dated version of it.
    """
    user_location: NotRequired[WebSearchPreviewLocation | None]
    """
    The user's rough location.
    """
    search_context_size: NotRequired[Literal["low", "medium", "high"]]
    """
    How much context to gather from the web for the answer.
    """
    search_content_types: NotRequired[list[Literal["text", "image"]]]
    """
    Which kinds of content to search.
    """


class WebSearchSource(TypedDict):
    """
    A source the search drew on.
    """

    type: Literal["url"]
    """
    Always `url`.
    """
    url: str
    """
    The source's URL.
    """


class WebSearchToolFilters(TypedDict):
    """
    Limits on what the search may look at.
    """

    allowed_domains: NotRequired[list[str] | None]
    """
    Only search these domains (and their subdomains).
    """


ApplyPatchOperationParam: TypeAlias = (
    ApplyPatchCreateFileParam | ApplyPatchDeleteFileParam | ApplyPatchUpdateFileParam
)
"""
A change to one file, told apart by `type`.
"""


class ApplyPatchTool(TypedDict):
    """
    Lets the model create, change and delete files by emitting patches.
    """

    type: Literal["apply_patch"]
    """
    Always `apply_patch`.
    """
    allowed_callers: NotRequired[list[ToolAllowedCaller] | None]
    """
    Who may invoke this tool: the model directly, programs it runs, or both.
    """


class ComputerActionDrag(TypedDict):
    """
    Drag the mouse along a path.
    """

    type: Literal["drag"]
    """
    Always `drag`.
    """
    path: list[ComputerActionDragPoint]
    """
    The points to drag through, starting where the drag begins.
    """
    keys: NotRequired[list[str] | None]
    """
    Keys held down during the action, such as `CTRL`.
    """


class ContainerNetworkPolicyAllowlist(TypedDict):
    """
    Network access limited to some domains.
    """

    type: Literal["allowlist"]
    """
    Always `allowlist`.
    """
    allowed_domains: list[str]
    """
    The domains the container may reach.
    """
    domain_secrets: NotRequired[list[ContainerNetworkPolicyDomainSecret]]
    """
    Secrets to send to some of those domains.
    """


class CustomTool(TypedDict):
    """
    A tool you run that takes free text, optionally shaped by a grammar.
    """

    type: Literal["custom"]
    """
    Always `custom`.
    """
    name: str
    """
    The tool's name, used in calls to it.
    """
    description: NotRequired[str]
    """
    What the tool does, to help the model decide when to call it.
    """
    format: NotRequired[CustomToolInputFormatText | CustomToolInputFormatGrammar]
    """
    The form the tool's input takes; free text by default.
    """
    defer_loading: NotRequired[bool]
    """
    Load the tool's definition only when tool search finds it.
    """
    allowed_callers: NotRequired[list[ToolAllowedCaller] | None]
    """
    Who may invoke this tool: the model directly, programs it runs, or both.
    """


class FunctionTool(TypedDict):
    """
    A function you define and run; the model decides when to call it and with what.
    """

    type: Literal["function"]
    """
    Always `function`.
    """
    name: str
    """
    The function's name.
    """
    description: NotRequired[str | None]
    """
    What the function does, to help the model decide when to call it.
    """
    parameters: dict[str, Any] | None
    """
    The function's arguments, as a JSON Schema object.
    """
    output_schema: NotRequired[dict[str, Any] | None]
    """
    A JSON Schema of what the function returns.
    """
    strict: bool | None
    """
    When true, the model's arguments follow `parameters` exactly.
    """
    defer_loading: NotRequired[bool]
    """
    Load the tool's definition only when tool search finds it.
    """
    allowed_callers: NotRequired[list[ToolAllowedCaller] | None]
    """
    Who may invoke this tool: the model directly, programs it runs, or both.
    """


class InlineSkill(TypedDict):
    """
    A skill given inline as a zip archive.
    """

    type: Literal["inline"]
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


class LocalEnvironment(TypedDict):
    """
    Your own machine runs the commands.
    """

    type: Literal["local"]
    """
    Always `local`.
    """
    skills: NotRequired[list[LocalSkill]]
    """
    Skills available on your machine.
    """


class McpToolApprovalFilter(TypedDict, closed=True):
    """
    Which MCP tools always need approval and which never do.
    """

    always: NotRequired[McpToolFilter]
    """
    Tools that always need approval.
    """
    never: NotRequired[McpToolFilter]
    """
    Tools that never need approval.
    """


class NamespaceFunctionTool(TypedDict):
    """
    A function tool inside a namespace.
    """

    name: str
    """
    The function's name.
    """
    description: NotRequired[str | None]
    """
    What the function does, to help the model decide when to call it.
    """
    parameters: NotRequired[ToolSearchParameters | None]
    """
    The function's arguments, as a JSON Schema object.
    """
    strict: NotRequired[bool | None]
    """
    When true, the model's arguments follow `parameters` exactly.
    """
    type: Literal["function"]
    """
    Always `function`.
    """
    output_schema: NotRequired[dict[str, Any] | None]
    """
    A JSON Schema of what the function returns.
    """
    defer_loading: NotRequired[bool]
    """
    Load the tool's definition only when tool search finds it.
    """
    allowed_callers: NotRequired[list[ToolAllowedCaller] | None]
    """
    Who may invoke this tool: the model directly, programs it runs, or both.
    """


NamespacedTool: TypeAlias = NamespaceFunctionTool | CustomTool
"""
A tool inside a namespace, told apart by `type`.
"""


class ResponseApplyPatchToolCallOutputParam(TypedDict):
    """
    The result of applying a patch, sent back to the model.
    """

    type: Literal["apply_patch_call_output"]
    """
    Always `apply_patch_call_output`.
    """
    id: NotRequired[str | None]
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
    status: Literal["completed", "failed"]
    """
    Where the item stands.
    """
    output: NotRequired[str | None]
    """
    A log or message from applying the patch.
    """


class ResponseApplyPatchToolCallParam(TypedDict):
    """
    A file change the model asked for, sent back as input.
    """

    type: Literal["apply_patch_call"]
    """
    Always `apply_patch_call`.
    """
    id: NotRequired[str | None]
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
    status: Literal["in_progress", "completed"]
    """
    Where the item stands.
    """
    operation: ApplyPatchOperationParam
    """
    The change to make.
    """


ResponseCodeInterpreterOutput: TypeAlias = (
    ResponseCodeInterpreterOutputLogs | ResponseCodeInterpreterOutputImage
)
"""
Something the code produced, told apart by `type`.
"""


class ResponseCodeInterpreterToolCall(TypedDict):
    """
    Code run by the code interpreter tool.
    """

    type: Literal["code_interpreter_call"]
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


class ResponseComputerCallOutput(TypedDict):
    """
    A screenshot taken after carrying out a computer call, sent back to the model.
    """

    id: NotRequired[str | None]
    """
    The ID of the item.
    """
    call_id: str
    """
    The ID that ties a tool call to its output.
    """
    type: Literal["computer_call_output"]
    """
    Always `computer_call_output`.
    """
    output: ResponseComputerScreenshot
    """
    A screenshot of the screen after the action.
    """
    acknowledged_safety_checks: NotRequired[list[ResponseComputerSafetyCheck] | None]
    """
    The safety checks you acknowledged.
    """
    status: NotRequired[ResponseItemStatus | None]
    """
    Where the item stands.
    """


class ResponseCustomToolCall(TypedDict):
    """
    A call the model wants made to one of your custom tools.
    """

    type: Literal["custom_tool_call"]
    """
    Always `custom_tool_call`.
    """
    id: NotRequired[str]
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


class ResponseCustomToolCallOutput(TypedDict):
    """
    The result of a custom tool call, sent back to the model.
    """

    type: Literal["custom_tool_call_output"]
    """
    Always `custom_tool_call_output`.
    """
    id: NotRequired[str]
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


class ResponseFileSearchResult(TypedDict):
    """
    A chunk of a file that the search found.
    """

    file_id: NotRequired[str]
    """
    The ID of the file.
    """
    text: NotRequired[str]
    """
    The text of the chunk.
    """
    filename: NotRequired[str]
    """
    The file's name.
    """
    attributes: NotRequired[VectorStoreFileAttributes | None]
    """
    The attributes stored with the file.
    """
    score: NotRequired[float]
    """
    How relevant the chunk is, between 0 and 1.
    """


class ResponseFileSearchToolCall(TypedDict):
    """
    A search of your vector stores by the file search tool.
    """

    id: str
    """
    The ID of the call.
    """
    type: Literal["file_search_call"]
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
    results: NotRequired[list[ResponseFileSearchResult] | None]
    """
    The chunks found; present when `file_search_call.results` is included.
    """


ResponseFormatTextConfig: TypeAlias = (
    ResponseFormatText | ResponseFormatTextJSONSchemaConfig | ResponseFormatJsonObject
)
"""
The form of the text output, told apart by `type`.
"""


ResponseFunctionCallOutputContent: TypeAlias = (
    ResponseInputTextParam | ResponseInputImageParam | ResponseInputFileParam
)
"""
One part of a function's output, told apart by `type`.
"""


class ResponseFunctionToolCall(TypedDict):
    """
    A call the model wants made to one of your functions.
    """

    id: NotRequired[str]
    """
    The ID of the item.
    """
    type: Literal["function_call"]
    """
    Always `function_call`.
    """
    call_id: str
    """
    The ID to quote in the `function_call_output` that answers this call.
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
    The arguments as a JSON string. The model may produce invalid JSON or unexpected keys, so validate before use.
    """
    status: NotRequired[Literal["in_progress", "completed", "incomplete"]]
    """
    Where the item stands.
    """


ResponseInputContent: TypeAlias = ResponseInputText | ResponseInputImage | ResponseInputFile
"""
One part of an input message, told apart by `type`.
"""


class ResponseInputMessage(TypedDict):
    """
    A message from the user, the system or the developer, as a list of content parts.
    """

    type: NotRequired[Literal["message"]]
    """
    Always `message`; may be left out.
    """
    role: Literal["user", "system", "developer"]
    """
    Who is speaking: `user`, `system` or `developer`.
    """
    status: NotRequired[Literal["in_progress", "completed", "incomplete"]]
    """
    Where the message stands; filled in when items are returned.
    """
    content: list[ResponseInputContent]
    """
    The message, as a list of text, image and file parts.
    """


class ResponseLocalShellCall(TypedDict):
    """
    A command the model wants run in your local shell.
    """

    type: Literal["local_shell_call"]
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


ResponseMcpCallError: TypeAlias = (
    ResponseMcpProtocolError | ResponseMcpToolExecutionError | ResponseMcpHTTPError
)
"""
Why an MCP tool call failed, told apart by `type`.
"""


class ResponseMcpListTools(TypedDict):
    """
    The tools an MCP server offers.
    """

    type: Literal["mcp_list_tools"]
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
    error: NotRequired[str | None]
    """
    Why the tools could not be listed, if they could not.
    """


class ResponseModerationParam(TypedDict):
    """
    Run a moderation model over the input and output of this response.
    """

    model: str
    """
    The moderation model to use.
    """
    policy: NotRequired[ResponseModerationPolicy | None]
    """
    What to do with the input and the output.
    """


ResponseOutputTextAnnotation: TypeAlias = (
    ResponseFileCitation | ResponseURLCitation | ResponseContainerFileCitation | ResponseFilePath
)
"""
A citation or file reference attached to output text, told apart by `type`.
"""


class ResponseOutputTextLogprob(TypedDict):
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


class ResponseReasoningItem(TypedDict):
    """
    The model's reasoning before it answered. Send it back with later input to keep the chain of thought across turns.
    """

    type: Literal["reasoning"]
    """
    Always `reasoning`.
    """
    id: str
    """
    The ID of the reasoning item.
    """
    encrypted_content: NotRequired[str | None]
    """
    The reasoning, encrypted, for sending back when responses are not stored; present when `reasoning.encrypted_content` is included.
    """
    summary: list[ResponseSummaryText]
    """
    A summary of the reasoning.
    """
    content: NotRequired[list[ResponseReasoningText]]
    """
    The reasoning text, when the model shares it.
    """
    status: NotRequired[Literal["in_progress", "completed", "incomplete"]]
    """
    Where the item stands.
    """


class ResponseShellCallParam(TypedDict):
    """
    Commands the model asked to run with the shell tool, sent back as input.
    """

    id: NotRequired[str | None]
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
    type: Literal["shell_call"]
    """
    Always `shell_call`.
    """
    action: ResponseShellActionParam
    """
    The commands to run.
    """
    status: NotRequired[Literal["in_progress", "completed", "incomplete"] | None]
    """
    Where the item stands.
    """
    environment: NotRequired[LocalEnvironment | ContainerReference | None]
    """
    Where the commands run.
    """


ResponseShellOutcomeParam: TypeAlias = ResponseShellTimeoutOutcomeParam | ResponseShellExitOutcomeParam
"""
How a command ended, told apart by `type`.
"""


class ResponseTextConfig(TypedDict):
    """
    How the model's text output is shaped.
    """

    format: NotRequired[ResponseFormatTextConfig]
    """
    Plain text (the default), JSON that follows a schema, or any JSON object.
    """
    verbosity: NotRequired[Literal["low", "medium", "high"] | None]
    """
    How long and detailed the answer should be.
    """


ResponseToolChoice: TypeAlias = (
    ToolChoiceOptions
    | ToolChoiceAllowed
    | ToolChoiceTypes
    | ToolChoiceFunction
    | ToolChoiceMcp
    | ToolChoiceCustom
    | ToolChoiceProgrammaticToolCalling
    | ToolChoiceApplyPatch
    | ToolChoiceShell
)
"""
Which tool the model calls: a mode (`none`, `auto`, `required`) or an object that limits or names the tools.
"""


class ResponseToolSearchCallParam(TypedDict):
    """
    A search for tools, sent back as input.
    """

    id: NotRequired[str | None]
    """
    The ID of the item.
    """
    call_id: NotRequired[str | None]
    """
    The ID that ties a tool call to its output.
    """
    type: Literal["tool_search_call"]
    """
    Always `tool_search_call`.
    """
    execution: NotRequired[ToolSearchExecution]
    """
    Whether the search runs on the server or is carried out by the caller.
    """
    arguments: ToolSearchParameters
    """
    What to search for.
    """
    status: NotRequired[ResponseItemStatus | None]
    """
    Where the item stands.
    """


class WebSearchActionSearch(TypedDict):
    """
    The tool ran a search query.
    """

    type: Literal["search"]
    """
    Always `search`.
    """
    query: NotRequired[str]
    """
    The query. Replaced by `queries`.
    """
    queries: NotRequired[list[str]]
    """
    The queries searched for.
    """
    sources: NotRequired[list[WebSearchSource]]
    """
    The sources used; present when `web_search_call.action.sources` is included.
    """


class WebSearchTool(TypedDict):
    """
    Searches the web.
    """

    type: Literal["web_search", "web_search_2025_08_26"]
    """
    `web_search`, or a dated version of it.
    """
    external_web_access: NotRequired[bool]
    """
    Whether the search may fetch live pages, not only cached ones.
    """
    filters: NotRequired[WebSearchToolFilters | None]
    """
    Limits on what the search may look at.
    """
    user_location: NotRequired[WebSearchApproximateLocation | None]
    """
    The user's rough location.
    """
    search_context_size: NotRequired[Literal["low", "medium", "high"]]
    """
    How much context to gather from the web for the answer.
    """


class CodeInterpreterContainerAuto(TypedDict):
    """
    A new container, created for this request.
    """

    type: Literal["auto"]
    """
    Always `auto`.
    """
    file_ids: NotRequired[list[str]]
    """
    Uploaded files to make available in the container.
    """
    memory_limit: NotRequired[ContainerMemoryLimit | None]
    """
    How much memory the container gets.
    """
    network_policy: NotRequired[ContainerNetworkPolicyDisabled | ContainerNetworkPolicyAllowlist]
    """
    What network access the container has.
    """


class CodeInterpreterTool(TypedDict):
    """
    Runs Python code in a sandboxed container.
    """

    type: Literal["code_interpreter"]
    """
    Always `code_interpreter`.
    """
    container: str | CodeInterpreterContainerAuto
    """
    The container to run in: an existing container's ID, or settings for a new one.
    """
    allowed_callers: NotRequired[list[ToolAllowedCaller] | None]
    """
    Who may invoke this tool: the model directly, programs it runs, or both.
    """


ComputerAction: TypeAlias = (
    ComputerActionClick
    | ComputerActionDoubleClick
    | ComputerActionDrag
    | ComputerActionKeypress
    | ComputerActionMove
    | ComputerActionScreenshot
    | ComputerActionScroll
    | ComputerActionType
    | ComputerActionWait
)
"""
One action on a computer, told apart by `type`.
"""


ContainerSkill: TypeAlias = SkillReference | InlineSkill
"""
A skill to install in a container, told apart by `type`.
"""


class EasyInputMessage(TypedDict):
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
    phase: NotRequired[Literal["commentary", "final_answer"] | None]
    """
    For assistant messages of some models: whether the text was commentary along the way or the final answer.
    """
    type: NotRequired[Literal["message"]]
    """
    Always `message`; may be left out.
    """


class McpTool(TypedDict):
    """
    Gives the model the tools of a remote MCP server or a connector.
    """

    type: Literal["mcp"]
    """
    Always `mcp`.
    """
    server_label: str
    """
    A label for the server, used in tool calls.
    """
    server_url: NotRequired[str]
    """
    The server's URL; give this or `connector_id`.
    """
    connector_id: NotRequired[
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
    ]
    """
    A service connector to use instead of a server URL.
    """
    tunnel_id: NotRequired[str]
    """
    A tunnel to reach a server inside your network.
    """
    authorization: NotRequired[str]
    """
    An OAuth access token for the server or connector.
    """
    server_description: NotRequired[str]
    """
    What the server offers, to help the model.
    """
    headers: NotRequired[dict[str, Any] | None]
    """
    HTTP headers to send to the server, for example for authentication.
    """
    allowed_tools: NotRequired[list[str] | McpToolFilter | None]
    """
    Only these tools of the server may be used: a list of names, or a filter.
    """
    allowed_callers: NotRequired[list[ToolAllowedCaller] | None]
    """
    Who may invoke this tool: the model directly, programs it runs, or both.
    """
    require_approval: NotRequired[McpToolApprovalFilter | Literal["always", "never"] | None]
    """
    Which tool calls need your approval first: `always`, `never`, or a filter for each case.
    """
    defer_loading: NotRequired[bool]
    """
    Load the tool's definition only when tool search finds it.
    """


class NamespaceTool(TypedDict):
    """
    A named group of function and custom tools.
    """

    type: Literal["namespace"]
    """
    Always `namespace`.
    """
    name: str
    """
    The namespace's name.
    """
    description: str
    """
    What the tools of the namespace are for.
    """
    tools: list[NamespacedTool]
    """
    The tools in the namespace.
    """


class ResponseComputerToolCall(TypedDict):
    """
    Actions the model wants carried out on a computer.
    """

    type: Literal["computer_call"]
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
    action: NotRequired[ComputerAction]
    """
    The action to carry out.
    """
    actions: NotRequired[list[ComputerAction]]
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


class ResponseFunctionCallOutput(TypedDict):
    """
    The result of a function call, sent back to the model.
    """

    id: NotRequired[str | None]
    """
    The ID of the item; filled in by the server when left out.
    """
    call_id: NotRequired[str | None]
    """
    The `call_id` of the function call this answers.
    """
    type: Literal["function_call_output"]
    """
    Always `function_call_output`.
    """
    output: str | list[ResponseFunctionCallOutputContent]
    """
    The function's result: a string (often JSON), or text, image and file parts.
    """
    name: NotRequired[str | None]
    """
    The name of the function that produced the output.
    """
    namespace: NotRequired[str | None]
    """
    The namespace of the tool, when it belongs to one.
    """
    caller: NotRequired[ResponseToolCallerParam | None]
    """
    How the tool was invoked: directly by the model, or by a program it ran.
    """
    status: NotRequired[ResponseItemStatus | None]
    """
    Where the item stands.
    """


class ResponseFunctionWebSearch(TypedDict):
    """
    A web search by the web search tool.
    """

    id: str
    """
    The ID of the call.
    """
    type: Literal["web_search_call"]
    """
    Always `web_search_call`.
    """
    status: Literal["in_progress", "searching", "completed", "failed"]
    """
    Where the item stands.
    """
    action: WebSearchActionSearch | WebSearchActionOpenPage | WebSearchActionFind
    """
    What the tool did: searched, opened a page, or looked within one.
    """


class ResponseMcpCall(TypedDict):
    """
    A call to a tool on an MCP server.
    """

    type: Literal["mcp_call"]
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
    output: NotRequired[str | None]
    """
    What the tool returned.
    """
    error: NotRequired[ResponseMcpCallError | None]
    """
    Why the call failed, if it did.
    """
    status: NotRequired[Literal["in_progress", "completed", "incomplete", "calling", "failed"]]
    """
    Where the item stands.
    """
    approval_request_id: NotRequired[str | None]
    """
    The approval request this call needed, if any.
    """


class ResponseOutputText(TypedDict):
    """
    Text written by the model, with its citations.
    """

    type: Literal["output_text"]
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


class ResponseShellCallOutputContentParam(TypedDict):
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
    outcome: ResponseShellOutcomeParam
    """
    How the command ended.
    """


class ResponseShellCallOutputParam(TypedDict):
    """
    The result of shell commands, sent back to the model.
    """

    id: NotRequired[str | None]
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
    type: Literal["shell_call_output"]
    """
    Always `shell_call_output`.
    """
    output: list[ResponseShellCallOutputContentParam]
    """
    The output of each command.
    """
    status: NotRequired[Literal["in_progress", "completed", "incomplete"] | None]
    """
    Where the item stands.
    """
    max_output_length: NotRequired[int | None]
    """
    The most characters of output to keep from each command.
    """


class ContainerAuto(TypedDict):
    """
    A new hosted container, created for this request.
    """

    type: Literal["container_auto"]
    """
    Always `container_auto`.
    """
    file_ids: NotRequired[list[str]]
    """
    Uploaded files to make available in the container.
    """
    memory_limit: NotRequired[ContainerMemoryLimit | None]
    """
    How much memory the container gets.
    """
    network_policy: NotRequired[ContainerNetworkPolicyDisabled | ContainerNetworkPolicyAllowlist]
    """
    What network access the container has.
    """
    skills: NotRequired[list[ContainerSkill]]
    """
    Skills to install in the container.
    """


ResponseOutputMessageContent: TypeAlias = ResponseOutputText | ResponseOutputRefusal
"""
One part of a model message, told apart by `type`.
"""


class ShellTool(TypedDict):
    """
    Lets the model run shell commands, in a hosted container or on your machine.
    """

    type: Literal["shell"]
    """
    Always `shell`.
    """
    environment: NotRequired[ContainerAuto | LocalEnvironment | ContainerReference | None]
    """
    Where commands run: a new or existing hosted container, or your machine.
    """
    allowed_callers: NotRequired[list[ToolAllowedCaller] | None]
    """
    Who may invoke this tool: the model directly, programs it runs, or both.
    """


class ResponseOutputMessage(TypedDict):
    """
    A message written by the model.
    """

    id: str
    """
    The ID of the message.
    """
    type: Literal["message"]
    """
    Always `message`.
    """
    role: Literal["assistant"]
    """
    Always `assistant`.
    """
    content: list[ResponseOutputMessageContent]
    """
    The message, as text and refusal parts.
    """
    phase: NotRequired[Literal["commentary", "final_answer"] | None]
    """
    Whether the text is commentary along the way or the final answer.
    """
    status: Literal["in_progress", "completed", "incomplete"]
    """
    Where the message stands.
    """


class CompoundFilter(TypedDict, closed=True):
    """
    Combines filters with `and` or `or`.
    """

    type: Literal["and", "or"]
    """
    How to combine the filters.
    """
    filters: list[FileSearchFilter]
    """
    The filters to combine.
    """


FileSearchFilter: TypeAlias = ComparisonFilter | CompoundFilter
"""
A condition on file attributes: one comparison, or several combined.
"""


class FileSearchTool(TypedDict):
    """
    Searches your vector stores for relevant file chunks.
    """

    type: Literal["file_search"]
    """
    Always `file_search`.
    """
    vector_store_ids: list[str]
    """
    The vector stores to search.
    """
    max_num_results: NotRequired[int]
    """
    The most results to return, between 1 and 50.
    """
    ranking_options: NotRequired[FileSearchRankingOptions]
    """
    How results are ranked.
    """
    filters: NotRequired[FileSearchFilter | None]
    """
    Only search files whose attributes match.
    """


class ResponseAdditionalToolsParam(TypedDict):
    """
    Tools to add to the conversation part-way through.
    """

    id: NotRequired[str | None]
    """
    The ID of the item.
    """
    type: Literal["additional_tools"]
    """
    Always `additional_tools`.
    """
    role: Literal["developer"]
    """
    Who adds the tools; always `developer`.
    """
    tools: list[ResponseTool]
    """
    The tools to add.
    """


ResponseInputItem: TypeAlias = Union[
    EasyInputMessage, ResponseInputMessage, ResponseItemReference, "ResponseTypedInputItem"
]
"""
One item of input. Messages and item references may leave out `type`, so they are listed on their own; every other kind of item is told apart by `type`.
"""


ResponseTool: TypeAlias = (
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
    | ApplyPatchTool
)
"""
A tool the model may use, told apart by `type`.
"""


class ResponseToolSearchOutputParam(TypedDict):
    """
    The tools a tool search found, sent back as input.
    """

    id: NotRequired[str | None]
    """
    The ID of the item.
    """
    call_id: NotRequired[str | None]
    """
    The ID that ties a tool call to its output.
    """
    type: Literal["tool_search_output"]
    """
    Always `tool_search_output`.
    """
    execution: NotRequired[ToolSearchExecution]
    """
    Whether the search runs on the server or is carried out by the caller.
    """
    tools: list[ResponseTool]
    """
    The tools found.
    """
    status: NotRequired[ResponseItemStatus | None]
    """
    Where the item stands.
    """


ResponseTypedInputItem: TypeAlias = (
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
    | ResponseProgramOutputParam
)
"""
An input item that names its kind in `type`.
"""
