# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from oaiclient._models import BaseModel
from pydantic import Field
from typing import Annotated, Literal
from typing_extensions import TypeAliasType


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


Metadata = TypeAliasType("Metadata", dict[str, str])
"""
String key-value pairs attached to an object, for your own bookkeeping. Keys are at most 64 characters and values at most 512.
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
