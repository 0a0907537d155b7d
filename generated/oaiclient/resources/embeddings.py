# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

import builtins
from typing import Any, Literal, cast, overload

from .. import models as m
from .. import params as p
from .._base_client import AsyncAPIResource, SyncAPIResource
from .._files import FileTypes
from .._pagination import AsyncCursorPage, AsyncPage, AsyncPaginator, SyncCursorPage, SyncPage
from .._response import (
    BinaryResponse,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._streaming import END_OF_BODY, AsyncStream, Stream
from .._transforms import TRANSFORMS
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from .._utils import cached_property


class Embeddings(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> EmbeddingsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return EmbeddingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EmbeddingsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return EmbeddingsWithStreamingResponse(self)

    def create(
        self,
        *,
        input: str | list[str] | list[int] | list[p.InputItem],
        model: str | Literal["text-embedding-ada-002", "text-embedding-3-small", "text-embedding-3-large"],
        encoding_format: Literal["float", "base64"] | NotGiven = NOT_GIVEN,
        dimensions: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateEmbeddingResponse:
        """Turn text into embedding vectors.

        Returns one vector per input, for use in search, clustering and other similarity tasks.

        Args:
            input: The text to embed: a string, a list of strings, a list of token IDs, or a list of token-ID lists. At most 2048 inputs per request, none of them empty or longer than the model's input limit.
            model: The ID of the embedding model to use.
            encoding_format: Whether vectors come back as lists of floats or as base64-encoded strings.
            dimensions: How many dimensions the vectors should have. Only `text-embedding-3` and later models accept this.
            user: A stable identifier for your end user, to help detect abuse.
        """
        _body: dict[str, object] = {}
        _body["input"] = input
        _body["model"] = model
        if encoding_format is not NOT_GIVEN:
            _body["encoding_format"] = encoding_format
        if dimensions is not NOT_GIVEN:
            _body["dimensions"] = dimensions
        if user is not NOT_GIVEN:
            _body["user"] = user
        call = self._client.build_call(
            "post",
            "/embeddings",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            transform=TRANSFORMS["embeddings_base64"],
        )
        return self._client.request(call, m.CreateEmbeddingResponse)


class EmbeddingsWithRawResponse:
    def __init__(self, resource: Embeddings) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class EmbeddingsWithStreamingResponse:
    def __init__(self, resource: Embeddings) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncEmbeddings(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncEmbeddingsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncEmbeddingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEmbeddingsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncEmbeddingsWithStreamingResponse(self)

    async def create(
        self,
        *,
        input: str | list[str] | list[int] | list[p.InputItem],
        model: str | Literal["text-embedding-ada-002", "text-embedding-3-small", "text-embedding-3-large"],
        encoding_format: Literal["float", "base64"] | NotGiven = NOT_GIVEN,
        dimensions: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateEmbeddingResponse:
        """Turn text into embedding vectors.

        Returns one vector per input, for use in search, clustering and other similarity tasks.

        Args:
            input: The text to embed: a string, a list of strings, a list of token IDs, or a list of token-ID lists. At most 2048 inputs per request, none of them empty or longer than the model's input limit.
            model: The ID of the embedding model to use.
            encoding_format: Whether vectors come back as lists of floats or as base64-encoded strings.
            dimensions: How many dimensions the vectors should have. Only `text-embedding-3` and later models accept this.
            user: A stable identifier for your end user, to help detect abuse.
        """
        _body: dict[str, object] = {}
        _body["input"] = input
        _body["model"] = model
        if encoding_format is not NOT_GIVEN:
            _body["encoding_format"] = encoding_format
        if dimensions is not NOT_GIVEN:
            _body["dimensions"] = dimensions
        if user is not NOT_GIVEN:
            _body["user"] = user
        call = self._client.build_call(
            "post",
            "/embeddings",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            transform=TRANSFORMS["embeddings_base64"],
        )
        return await self._client.request(call, m.CreateEmbeddingResponse)


class AsyncEmbeddingsWithRawResponse:
    def __init__(self, resource: AsyncEmbeddings) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncEmbeddingsWithStreamingResponse:
    def __init__(self, resource: AsyncEmbeddings) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
