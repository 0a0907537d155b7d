# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

from oaiclient._models import BaseModel
from typing import Literal


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
