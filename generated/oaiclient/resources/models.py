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


class Models(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return ModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModelsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return ModelsWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[m.Model]:
        """List the models available to your account."""
        call = self._client.build_call(
            "get",
            "/models",
            path=None,
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.page(call, SyncPage[m.Model])

    def retrieve(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Model:
        """Get basic information about one model.

        Args:
            model: The ID of the model, for example `gpt-4o-mini`.
        """
        call = self._client.build_call(
            "get",
            "/models/{model}",
            path={
                "model": model,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.Model)

    def delete(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.DeleteModelResponse:
        """Delete a fine-tuned model.

        Only an Owner of the organization that made the model may delete it.

        Args:
            model: The ID of the fine-tuned model to delete.
        """
        call = self._client.build_call(
            "delete",
            "/models/{model}",
            path={
                "model": model,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.DeleteModelResponse)


class ModelsWithRawResponse:
    def __init__(self, resource: Models) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.delete = to_raw_response_wrapper(resource.delete)


class ModelsWithStreamingResponse:
    def __init__(self, resource: Models) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.delete = to_streamed_response_wrapper(resource.delete)


class AsyncModels(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModelsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncModelsWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AsyncPage[m.Model], m.Model]:
        """List the models available to your account."""
        call = self._client.build_call(
            "get",
            "/models",
            path=None,
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return AsyncPaginator(self._client, call, AsyncPage[m.Model])

    async def retrieve(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Model:
        """Get basic information about one model.

        Args:
            model: The ID of the model, for example `gpt-4o-mini`.
        """
        call = self._client.build_call(
            "get",
            "/models/{model}",
            path={
                "model": model,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.Model)

    async def delete(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.DeleteModelResponse:
        """Delete a fine-tuned model.

        Only an Owner of the organization that made the model may delete it.

        Args:
            model: The ID of the fine-tuned model to delete.
        """
        call = self._client.build_call(
            "delete",
            "/models/{model}",
            path={
                "model": model,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.DeleteModelResponse)


class AsyncModelsWithRawResponse:
    def __init__(self, resource: AsyncModels) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.delete = async_to_raw_response_wrapper(resource.delete)


class AsyncModelsWithStreamingResponse:
    def __init__(self, resource: AsyncModels) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
