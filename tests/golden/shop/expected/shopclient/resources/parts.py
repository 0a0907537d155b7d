# Generated from the OpenAPI spec by `python -m generator`; do not edit.

from __future__ import annotations

import builtins
from typing import Literal, cast, overload

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


class Parts(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> PartsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return PartsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PartsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return PartsWithStreamingResponse(self)

    def retrieve(
        self,
        part_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Part:
        call = self._client.build_call(
            "get",
            "/parts/{part_id}",
            path={
                "part_id": part_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return cast("m.Part", self._client.request_any(call, m.Part))


class PartsWithRawResponse:
    def __init__(self, resource: Parts) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class PartsWithStreamingResponse:
    def __init__(self, resource: Parts) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncParts(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncPartsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncPartsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPartsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncPartsWithStreamingResponse(self)

    async def retrieve(
        self,
        part_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Part:
        call = self._client.build_call(
            "get",
            "/parts/{part_id}",
            path={
                "part_id": part_id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return cast("m.Part", await self._client.request_any(call, m.Part))


class AsyncPartsWithRawResponse:
    def __init__(self, resource: AsyncParts) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncPartsWithStreamingResponse:
    def __init__(self, resource: AsyncParts) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
