# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from oaiclient._models import BaseModel
from pydantic import ConfigDict, Field, StringConstraints
from typing import Annotated, Any, Literal, Union
from typing_extensions import TypeAliasType


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


class ResponseConversation(BaseModel):
    """
    The conversation this response belongs to.
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


VectorStoreFileAttributes = TypeAliasType(
    "VectorStoreFileAttributes",
    Annotated[
        dict[Annotated[str, StringConstraints(max_length=64)], str | float | bool], Field(max_length=16)
    ],
)
"""
Up to 16 key-value pairs stored with a file; keys are at most 64 characters, values are strings (up to 512 characters), numbers or booleans.
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


ResponseMessageItem = TypeAliasType(
    "ResponseMessageItem",
    Annotated[ResponseInputMessageItem | ResponseOutputMessage, Field(discriminator="role")],
)
"""
A stored message: input from the user, system or developer, or a reply from the model.
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
