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


class Moderations(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ModerationsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return ModerationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModerationsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return ModerationsWithStreamingResponse(self)

    def create(
        self,
        *,
        input: str | list[str] | list[p.ModerationInputPart],
        model: (
            str
            | Literal[
                "omni-moderation-latest",
                "omni-moderation-2024-09-26",
                "text-moderation-latest",
                "text-moderation-stable",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateModerationResponse:
        """Check text and images for potentially harmful content.

        Args:
            input: What to check: a string, a list of strings, or a list of text and image parts (omni-moderation models).
            model: The moderation model.
        """
        _body: dict[str, object] = {}
        _body["input"] = input
        if model is not NOT_GIVEN:
            _body["model"] = model
        call = self._client.build_call(
            "post",
            "/moderations",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(call, m.CreateModerationResponse)


class ModerationsWithRawResponse:
    def __init__(self, resource: Moderations) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)


class ModerationsWithStreamingResponse:
    def __init__(self, resource: Moderations) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)


class AsyncModerations(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncModerationsWithRawResponse:
        """The same methods, returning the raw response; `.parse()` gives the usual result."""
        return AsyncModerationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModerationsWithStreamingResponse:
        """The same methods as context managers over the response, its body not yet read."""
        return AsyncModerationsWithStreamingResponse(self)

    async def create(
        self,
        *,
        input: str | list[str] | list[p.ModerationInputPart],
        model: (
            str
            | Literal[
                "omni-moderation-latest",
                "omni-moderation-2024-09-26",
                "text-moderation-latest",
                "text-moderation-stable",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> m.CreateModerationResponse:
        """Check text and images for potentially harmful content.

        Args:
            input: What to check: a string, a list of strings, or a list of text and image parts (omni-moderation models).
            model: The moderation model.
        """
        _body: dict[str, object] = {}
        _body["input"] = input
        if model is not NOT_GIVEN:
            _body["model"] = model
        call = self._client.build_call(
            "post",
            "/moderations",
            path=None,
            query=None,
            headers=None,
            body=_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(call, m.CreateModerationResponse)


class AsyncModerationsWithRawResponse:
    def __init__(self, resource: AsyncModerations) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)


class AsyncModerationsWithStreamingResponse:
    def __init__(self, resource: AsyncModerations) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
