# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from oaiclient._models import BaseModel
from typing import Literal
from ._shared import CompletionUsage


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
