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


class Ping(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> PingWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return PingWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PingWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return PingWithStreamingResponse(self)

    def ping(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.PingResponse:
        call = self._client.build_call(
            "get",
            "/ping",
            path=None,
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.PingResponse)


class PingWithRawResponse:
    def __init__(self, resource: Ping) -> None:
        self._resource = resource
        self.ping = to_raw_response_wrapper(resource.ping)


class PingWithStreamingResponse:
    def __init__(self, resource: Ping) -> None:
        self._resource = resource
        self.ping = to_streamed_response_wrapper(resource.ping)


class AsyncPing(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncPingWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncPingWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPingWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncPingWithStreamingResponse(self)

    async def ping(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.PingResponse:
        call = self._client.build_call(
            "get",
            "/ping",
            path=None,
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.PingResponse)


class AsyncPingWithRawResponse:
    def __init__(self, resource: AsyncPing) -> None:
        self._resource = resource
        self.ping = async_to_raw_response_wrapper(resource.ping)


class AsyncPingWithStreamingResponse:
    def __init__(self, resource: AsyncPing) -> None:
        self._resource = resource
        self.ping = async_to_streamed_response_wrapper(resource.ping)
