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


class Notes(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> NotesWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return NotesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> NotesWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return NotesWithStreamingResponse(self)

    def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Note:
        call = self._client.build_call(
            "get",
            "/notes/{id}",
            path={
                "id": id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.Note)


class NotesWithRawResponse:
    def __init__(self, resource: Notes) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)


class NotesWithStreamingResponse:
    def __init__(self, resource: Notes) -> None:
        self._resource = resource
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)


class AsyncNotes(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncNotesWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncNotesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncNotesWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncNotesWithStreamingResponse(self)

    async def retrieve(
        self,
        id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.Note:
        call = self._client.build_call(
            "get",
            "/notes/{id}",
            path={
                "id": id,
            },
            query=None,
            headers=None,
            body=None,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.Note)


class AsyncNotesWithRawResponse:
    def __init__(self, resource: AsyncNotes) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)


class AsyncNotesWithStreamingResponse:
    def __init__(self, resource: AsyncNotes) -> None:
        self._resource = resource
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
