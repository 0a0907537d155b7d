# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from oaiclient._models import BaseModel
from typing import Literal
from ._shared import Metadata


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
